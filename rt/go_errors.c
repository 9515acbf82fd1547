// go_errors.c: packages errors and io (declared in
// frontend/library_decls.c), and fmt's Fprint family: errors.New's *errors.errorString (its
// descriptor is go_fmt.c's, shared with fmt.Errorf), Is and Unwrap over
// Unwrap methods found in the dynamic type's method table, io's sentinel
// errors and ReadFull.
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"

go_iface go_errors_New(go_string text)
{
	go_string *s = go_new_t(&go_type_string);
	*s = text;
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_error, &go_type_errors_errorString, NULL);
	return (go_iface){tab, s};
}

go_iface go_lib_error(const char *text)
{
	return go_errors_New(go_cstring(text));
}

// A package's sentinel error (strconv.ErrRange, bufio.ErrTooLong, ...): kept
// in a C global, which the collector does not scan, so it lives outside the
// collected heap for the program's life.
go_iface go_lib_error_static(const char *literal)
{
	go_string *s = malloc(sizeof *s);
	if (!s)
		go_panic_plain("out of memory");
	*s = (go_string){(const uint8_t *)literal, (int64_t)strlen(literal)};
	return (go_iface){go_getitab(&go_type_error, &go_type_errors_errorString, NULL), s};
}

go_string go_error_text(go_iface e)
{
	if (!e.tab)
		go_panic_nil();
	return ((go_string (*)(void *))((const go_itab *)e.tab)->fun[0])(e.data);
}

// The dynamic type's method `name` with signature `sig`, or NULL.
static void *method_of(go_iface e, const char *name, const char *sig)
{
	const go_type *t = go_iface_type(e);
	for (int i = 0; t && i < t->nmethods; i++)
		if (strcmp(t->methods[i].name, name) == 0 && strcmp(t->methods[i].sig, sig) == 0)
			return t->methods[i].ifn;
	return NULL;
}

go_iface go_errors_Unwrap(go_iface err)
{
	go_iface (*u)(void *) = (go_iface (*)(void *))method_of(err, "Unwrap", "func() error");
	return u ? u(err.data) : (go_iface){0};
}

bool go_errors_Is(go_iface err, go_iface target)
{
	if (!err.tab || !target.tab)
		return err.tab == target.tab;
	const go_type *tt = go_iface_type(target);
	bool comparable = tt->flags & GO_TF_COMPARABLE;
	for (;;) {
		if (comparable && go_iface_eq(err, false, target, false))
			return true;
		bool (*is)(void *, go_iface) = (bool (*)(void *, go_iface))method_of(err, "Is", "func(error) bool");
		if (is && is(err.data, target))
			return true;
		if (go_os_errno_is(err, target))   // syscall.Errno's Is method
			return true;
		err = go_errors_Unwrap(err);
		if (!err.tab)
			return false;
	}
}

// errors.As(err, target): target is a non-nil pointer to an interface
// type or to a type implementing error.
bool go_errors_As(go_iface err, go_iface target)
{
	const go_type *pt = go_eface_type(target);
	if (!pt || !target.data)
		go_panic_plain("errors: target cannot be nil");
	if (pt->kind != GO_KIND_PTR)
		go_panic_plain("errors: target must be a non-nil pointer");
	const go_type *et = pt->elem;
	while (err.tab) {
		const go_type *t = go_iface_type(err);
		if (et->kind == GO_KIND_IFACE) {
			const go_itab *tab = go_getitab(et, t, NULL);
			if (tab) {
				go_iface *dst = target.data;
				dst->tab = (et->flags & GO_TF_EMPTY_IFACE) ? (const void *)t : (const void *)tab;
				dst->data = err.data;
				return true;
			}
		} else if (t == et) {
			memcpy(target.data, go_iface_dataptr(t, &err.data), t->size);
			return true;
		}
		err = go_errors_Unwrap(err);
	}
	return false;
}

// {==================== io ====================

go_iface go_io_EOF, go_io_ErrUnexpectedEOF, go_io_ErrShortBuffer;

__attribute__((constructor)) static void init_io(void)
{
	static go_string eof = {(const uint8_t *)"EOF", 3};
	go_io_EOF = (go_iface){go_getitab(&go_type_error, &go_type_errors_errorString, NULL), &eof};
	go_io_ErrUnexpectedEOF = go_lib_error_static("unexpected EOF");
	go_io_ErrShortBuffer = go_lib_error_static("short buffer");
}

typedef go_int_error (*io_fn)(void *, go_slice);

go_int_error go_io_write(go_iface w, go_slice p)
{
	if (!w.tab)
		go_panic_nil();
	return ((io_fn)((const go_itab *)w.tab)->fun[0])(w.data, p);
}

go_int_error go_io_read(go_iface r, go_slice p)
{
	if (!r.tab)
		go_panic_nil();
	return ((io_fn)((const go_itab *)r.tab)->fun[0])(r.data, p);
}

// io.ReadAtLeast: Read until min bytes are in; an error stops it early, and
// io.EOF after some bytes becomes ErrUnexpectedEOF (Go's order of checks).
go_int_error go_io_ReadAtLeast(go_iface r, go_slice buf, int64_t min)
{
	if (buf.len < min)
		return (go_int_error){0, go_io_ErrShortBuffer};
	int64_t n = 0;
	go_iface err = {0};
	while (n < min && go_is_nil_error(err)) {
		go_slice rest = {(uint8_t *)buf.ptr + n, buf.len - n, buf.cap - n};
		go_int_error res = go_io_read(r, rest);
		n += res.r0;
		err = res.r1;
	}
	if (n >= min)
		err = (go_iface){0};
	else if (n > 0 && go_iface_eq(err, false, go_io_EOF, false))
		err = go_io_ErrUnexpectedEOF;
	return (go_int_error){n, err};
}

go_int_error go_io_ReadFull(go_iface r, go_slice buf)
{
	return go_io_ReadAtLeast(r, buf, buf.len);
}

// io.WriteString: w.Write of a copy of s (what Go does for a writer
// without a WriteString method; the bytes written are the same).
go_int_error go_io_WriteString(go_iface w, go_string s)
{
	go_slice p = go_make_slice(&go_type_uint8, s.len, s.len);
	if (s.len)
		memcpy(p.ptr, s.ptr, (size_t)s.len);
	return go_io_write(w, p);
}

// io.ReadAll: Go's loop, growing the buffer as append(b, 0) would (so a
// Read that keeps p sees the same capacities as under Go).
go_slice_error go_io_ReadAll(go_iface r)
{
	go_slice b = go_make_slice(&go_type_uint8, 0, 512);
	for (;;) {
		if (b.len == b.cap)
			b = go_growslice(b, b.len + 1, &go_type_uint8);
		go_slice rest = {(uint8_t *)b.ptr + b.len, b.cap - b.len, b.cap - b.len};
		go_int_error res = go_io_read(r, rest);
		// b = b[:len(b)+n], bounds-checked as Go's slice expression is.
		int64_t hi = b.len + res.r0;
		if (hi < 0 || hi > b.cap)
			go_panic_slice(hi, b.cap, b.cap, 2);
		b.len = hi;
		if (res.r1.tab) {
			if (go_iface_eq(res.r1, false, go_io_EOF, false))
				res.r1 = (go_iface){0};
			return (go_slice_error){b, res.r1};
		}
	}
}

// {==================== fmt.Fprint* ====================

static go_int_error fprint(go_iface w, int kind, go_string format, go_slice a)
{
	go_lib_buf b = {0};
	go_fmt_format(&b, kind, format, a);
	go_slice p = go_make_slice(&go_type_uint8, b.len, b.len);
	if (b.len)
		memcpy(p.ptr, b.p, (size_t)b.len);
	free(b.p);
	return go_io_write(w, p);
}

go_int_error go_fmt_Fprintln(go_iface w, go_slice a)
{
	return fprint(w, GO_FMT_PRINTLN, (go_string){0}, a);
}

go_int_error go_fmt_Fprint(go_iface w, go_slice a)
{
	return fprint(w, GO_FMT_PRINT, (go_string){0}, a);
}

go_int_error go_fmt_Fprintf(go_iface w, go_string format, go_slice a)
{
	return fprint(w, GO_FMT_PRINTF, format, a);
}

