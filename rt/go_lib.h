// go_lib.h: what the C implementations of the library packages
// (rt/go_<pkg>.c, declared in frontend/library_decls.c) share: the C
// mirrors of the library structs codegen lays out from those declarations
// (field for field, so both agree), and small helpers.
#ifndef MGO_GO_LIB_H
#define MGO_GO_LIB_H

#include "go_rt.h"

// A Go (T, error) or (T1, T2, error) result, as codegen returns tuples.
typedef struct { int64_t r0; go_iface r1; } go_int_error;
typedef struct { uint64_t r0; go_iface r1; } go_uint_error;
typedef struct { double r0; go_iface r1; } go_float_error;
typedef struct { bool r0; go_iface r1; } go_bool_error;
typedef struct { go_string r0; go_iface r1; } go_string_error;
typedef struct { go_slice r0; go_iface r1; } go_slice_error;

// errors.New(text)
go_iface go_errors_New(go_string text);
go_iface go_lib_error(const char *text);
go_iface go_lib_error_static(const char *literal);   // never collected: for C globals
go_string go_error_text(go_iface e);   // e.Error()
static inline bool go_is_nil_error(go_iface e)
{
	return e.tab == NULL;
}

// io.Writer / io.Reader calls through an interface (Write and Read are
// each interface's only method: fun[0]).
go_int_error go_io_write(go_iface w, go_slice p);
go_int_error go_io_read(go_iface r, go_slice p);
extern go_iface go_io_EOF, go_io_ErrUnexpectedEOF, go_io_ErrShortBuffer;

// os.File: the declaration's struct { fd int; name string }.
typedef struct go_os_file {
	int64_t fd;
	go_string name;
} go_os_file;

// errors.Is(err, target) for an errno error os returned (Go's
// syscall.Errno.Is): ENOENT is os.ErrNotExist, and so on.
bool go_os_errno_is(go_iface err, go_iface target);

// A growable byte buffer on the C heap, for results built piecewise.
typedef struct go_lib_buf {
	uint8_t *p;
	int64_t len, cap;
} go_lib_buf;
void go_lib_buf_put(go_lib_buf *b, const void *s, int64_t n);
go_string go_lib_buf_string(go_lib_buf *b);   // copies into the Go heap, frees b
// fmt's formatting into a C buffer (rt/go_fmt.c).
void go_fmt_format(go_lib_buf *b, int kind, go_string format, go_slice args);
enum { GO_FMT_PRINT, GO_FMT_PRINTLN, GO_FMT_PRINTF };
// strconv: shortest decimal digits of v (bits 32 or 64): digits, count and
// decimal point position (rt/go_fmt.c).
go_string go_fmt_format_shortest(double v, int bits, char verb);   // FormatFloat(v, verb, -1, bits): e E f g G

#endif
