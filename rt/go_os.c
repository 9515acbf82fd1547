// go_os.c: package os and fmt's Fprint family (declared in
// frontend/library_decls.c). Stdout and Stderr write through C stdio, the
// buffer fmt.Println uses too, so output stays in program order. Also
// io/fs's part of os: the sentinel errors, PathError and FileMode.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "go_lib.h"

go_slice go_os_Args;
go_os_file *go_os_Stdin, *go_os_Stdout, *go_os_Stderr;

static go_os_file files[3] = {
	{0, GO_STR("/dev/stdin")}, {1, GO_STR("/dev/stdout")}, {2, GO_STR("/dev/stderr")},
};

__attribute__((constructor)) static void init_files(void)
{
	go_os_Stdin = &files[0];
	go_os_Stdout = &files[1];
	go_os_Stderr = &files[2];
}

// os.Args from the kernel's copy of argv: constructors run before main()
// has handed argv to the runtime, and only programs importing os link this.
__attribute__((constructor)) static void init_args(void)
{
	go_lib_buf b = {0};
	int fd = open("/proc/self/cmdline", O_RDONLY);
	char tmp[4096];
	ssize_t k;
	while (fd >= 0 && (k = read(fd, tmp, sizeof tmp)) > 0)
		go_lib_buf_put(&b, tmp, k);
	if (fd >= 0)
		close(fd);
	int64_t n = 0;
	for (int64_t i = 0; i < b.len; i++)
		n += b.p[i] == 0;
	go_string *a = malloc(sizeof *a * (size_t)(n ? n : 1));
	int64_t k2 = 0, start = 0;
	for (int64_t i = 0; i < b.len; i++)
		if (b.p[i] == 0) {
			a[k2++] = (go_string){b.p + start, i - start};
			start = i + 1;
		}
	go_os_Args = (go_slice){a, n, n};
}

typedef struct go_os_PathError {
	go_string Op, Path;
	go_iface Err;
} go_os_PathError;

// Emitted by codegen in programs that import os (weak: see go_strconv.c).
extern const go_type go_type_fs_PathError __attribute__((weak));
extern const go_type go_type_fs_PathError_ptr __attribute__((weak));

go_string go_os_PathError_Error(go_os_PathError *e)
{
	go_string parts[] = {e->Op, GO_STR(" "), e->Path, GO_STR(": "), go_error_text(e->Err)};
	return go_string_concat(parts, 5, NULL, 0);
}

go_iface go_os_PathError_Unwrap(go_os_PathError *e)
{
	return e->Err;
}

static go_iface path_error_of(const char *op, go_string path, go_iface err)
{
	go_os_PathError *e = go_new_t(&go_type_fs_PathError);
	e->Op = go_cstring(op);
	e->Path = path;
	e->Err = err;
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_error, &go_type_fs_PathError_ptr, NULL);
	return (go_iface){tab, e};
}

// os's sentinel errors (io/fs's in Go). A file used after Close fails with
// ErrClosed itself, as in Go.
go_iface go_os_ErrNotExist, go_os_ErrExist, go_os_ErrPermission, go_os_ErrClosed;

// Go's syscall.Errno values that answer errors.Is for a sentinel: one
// static error each, so errors.Is can tell them by identity.
static go_iface errno_enoent, errno_eexist, errno_eacces, errno_eperm;

// Go's errno texts are C's with a lower-case first letter.
static go_iface errno_error_static(int err)
{
	char msg[256];
	snprintf(msg, sizeof msg, "%s", strerror(err));
	if (msg[0] >= 'A' && msg[0] <= 'Z')
		msg[0] = (char)(msg[0] + 32);
	char *keep = strdup(msg);
	if (!keep)
		go_panic_plain("out of memory");
	return go_lib_error_static(keep);
}

__attribute__((constructor)) static void init_os_errors(void)
{
	go_os_ErrNotExist = go_lib_error_static("file does not exist");
	go_os_ErrExist = go_lib_error_static("file already exists");
	go_os_ErrPermission = go_lib_error_static("permission denied");
	go_os_ErrClosed = go_lib_error_static("file already closed");
	errno_enoent = errno_error_static(ENOENT);
	errno_eexist = errno_error_static(EEXIST);
	errno_eacces = errno_error_static(EACCES);
	errno_eperm = errno_error_static(EPERM);
}

static bool same_error(go_iface a, go_iface b)
{
	return a.tab == b.tab && a.data == b.data;
}

bool go_os_errno_is(go_iface err, go_iface target)
{
	if (same_error(target, go_os_ErrNotExist))
		return same_error(err, errno_enoent);
	if (same_error(target, go_os_ErrExist))
		return same_error(err, errno_eexist);
	if (same_error(target, go_os_ErrPermission))
		return same_error(err, errno_eacces) || same_error(err, errno_eperm);
	return false;
}

static go_iface errno_error(int err)
{
	switch (err) {
	case ENOENT: return errno_enoent;
	case EEXIST: return errno_eexist;
	case EACCES: return errno_eacces;
	case EPERM: return errno_eperm;
	}
	char msg[256];
	snprintf(msg, sizeof msg, "%s", strerror(err));
	if (msg[0] >= 'A' && msg[0] <= 'Z')
		msg[0] = (char)(msg[0] + 32);
	return go_lib_error(msg);
}

static go_iface path_error(const char *op, go_string path, int err)
{
	return path_error_of(op, path, errno_error(err));
}

// {==================== os.FileMode (io/fs's) ====================

// The type bits from the top bit down, one letter each, then the nine
// permission bits as rwx triplets ('-' when clear); "-" stands in when no
// type bit is set.
go_string go_os_FileMode_String(uint32_t m)
{
	static const char type_letters[] = "dalTLDpSugct?";
	char buf[32];
	int w = 0;
	for (int i = 0; type_letters[i]; i++)
		if (m & (UINT32_C(1) << (31 - i)))
			buf[w++] = type_letters[i];
	if (w == 0)
		buf[w++] = '-';
	for (int i = 0; i < 9; i++)
		buf[w++] = m & (UINT32_C(1) << (8 - i)) ? "rwx"[i % 3] : '-';
	go_lib_buf b = {0};
	go_lib_buf_put(&b, buf, w);
	return go_lib_buf_string(&b);
}

// ModeDir and the type mask (ModeType) as the declarations define them.
#define FS_MODE_DIR (UINT32_C(1) << 31)
#define FS_MODE_TYPE (FS_MODE_DIR | UINT32_C(1) << 27 | UINT32_C(1) << 25 | UINT32_C(1) << 24 | \
		      UINT32_C(1) << 26 | UINT32_C(1) << 21 | UINT32_C(1) << 19)

bool go_os_FileMode_IsDir(uint32_t m) { return (m & FS_MODE_DIR) != 0; }
bool go_os_FileMode_IsRegular(uint32_t m) { return (m & FS_MODE_TYPE) == 0; }
uint32_t go_os_FileMode_Perm(uint32_t m) { return m & 0777; }
uint32_t go_os_FileMode_Type(uint32_t m) { return m & FS_MODE_TYPE; }

// os.IsNotExist and friends: Go's underlyingErrorIs, which looks through a
// *PathError only (not through Unwrap chains).
static bool underlying_is(go_iface err, go_iface target)
{
	if (err.tab && go_iface_type(err) == &go_type_fs_PathError_ptr)
		err = ((go_os_PathError *)err.data)->Err;
	return same_error(err, target) || go_os_errno_is(err, target);
}

bool go_os_IsNotExist(go_iface err) { return underlying_is(err, go_os_ErrNotExist); }
bool go_os_IsExist(go_iface err) { return underlying_is(err, go_os_ErrExist); }
bool go_os_IsPermission(go_iface err) { return underlying_is(err, go_os_ErrPermission); }

static char *cpath(go_string s)
{
	char *p = malloc((size_t)s.len + 1);
	memcpy(p, s.ptr, (size_t)s.len);
	p[s.len] = 0;
	return p;
}

go_int_error go_os_File_Write(go_os_file *f, go_slice b)
{
	if (!f)
		go_panic_nil();
	if (f->fd == 1 || f->fd == 2) {
		FILE *out = f->fd == 1 ? stdout : stderr;
		if (f->fd == 2)
			fflush(stdout);
		fwrite(b.ptr, 1, (size_t)b.len, out);
		return (go_int_error){b.len, {0}};
	}
	if (f->fd < 0)
		return (go_int_error){0, path_error_of("write", f->name, go_os_ErrClosed)};
	int64_t n = 0;
	while (n < b.len) {
		ssize_t k = write((int)f->fd, (uint8_t *)b.ptr + n, (size_t)(b.len - n));
		if (k < 0)
			return (go_int_error){n, path_error("write", f->name, errno)};
		n += k;
	}
	return (go_int_error){n, {0}};
}

go_int_error go_os_File_WriteString(go_os_file *f, go_string s)
{
	return go_os_File_Write(f, (go_slice){(void *)s.ptr, s.len, s.len});
}

go_int_error go_os_File_Read(go_os_file *f, go_slice b)
{
	if (!f)
		go_panic_nil();
	if (f->fd < 0)
		return (go_int_error){0, path_error_of("read", f->name, go_os_ErrClosed)};
	if (b.len == 0)
		return (go_int_error){0, {0}};
	if (f->fd == 0)
		fflush(stdout);
	ssize_t k;
	do
		k = read((int)f->fd, b.ptr, (size_t)b.len);
	while (k < 0 && errno == EINTR);
	if (k < 0)
		return (go_int_error){0, path_error("read", f->name, errno)};
	if (k == 0)
		return (go_int_error){0, go_io_EOF};
	return (go_int_error){k, {0}};
}

go_iface go_os_File_Close(go_os_file *f)
{
	if (!f)
		return go_lib_error("invalid argument");
	if (f->fd < 0)
		return path_error_of("close", f->name, go_os_ErrClosed);
	int fd = (int)f->fd;
	f->fd = -1;
	if (fd > 2 && close(fd) < 0)
		return path_error("close", f->name, errno);
	return (go_iface){0};
}

go_string go_os_File_Name(go_os_file *f)
{
	if (!f)
		go_panic_nil();
	return f->name;
}

// Emitted by codegen in programs that import os.
extern const go_type go_type_os_File __attribute__((weak));

typedef struct { go_os_file *r0; go_iface r1; } go_file_error;

static go_file_error open_file(go_string name, int flags)
{
	char *p = cpath(name);
	int fd = open(p, flags | O_CLOEXEC, 0666);
	free(p);
	if (fd < 0)
		return (go_file_error){NULL, path_error("open", name, errno)};
	go_os_file *f = go_new_t(&go_type_os_File);
	f->fd = fd;
	f->name = name;
	return (go_file_error){f, {0}};
}

go_file_error go_os_Open(go_string name)
{
	return open_file(name, O_RDONLY);
}

go_file_error go_os_Create(go_string name)
{
	return open_file(name, O_RDWR | O_CREAT | O_TRUNC);
}

go_iface go_os_Remove(go_string name)
{
	char *p = cpath(name);
	int r = unlink(p), e = errno;
	if (r < 0 && e == EISDIR)
		r = rmdir(p), e = errno;
	free(p);
	return r < 0 ? path_error("remove", name, e) : (go_iface){0};
}

void go_os_Exit(int64_t code)
{
	fflush(stdout);
	fflush(stderr);
	_exit((int)code);
}

go_string go_os_Getenv(go_string key)
{
	char *k = cpath(key);
	const char *v = getenv(k);
	free(k);
	return v ? go_cstring(v) : (go_string){0};
}

typedef struct { go_string r0; bool r1; } go_string_bool;

go_string_bool go_os_LookupEnv(go_string key)
{
	char *k = cpath(key);
	const char *v = getenv(k);
	free(k);
	return (go_string_bool){v ? go_cstring(v) : (go_string){0}, v != NULL};
}

// Go's texts for a bad key (syscall.EINVAL).
go_iface go_os_Setenv(go_string key, go_string value)
{
	if (key.len == 0 || memchr(key.ptr, '=', (size_t)key.len) || memchr(key.ptr, 0, (size_t)key.len) ||
	    memchr(value.ptr, 0, (size_t)value.len)) {
		char msg[300];
		snprintf(msg, sizeof msg, "setenv: invalid argument");
		return go_lib_error(msg);
	}
	char *k = cpath(key), *v = cpath(value);
	setenv(k, v, 1);
	free(k);
	free(v);
	return (go_iface){0};
}

go_iface go_os_Unsetenv(go_string key)
{
	char *k = cpath(key);
	unsetenv(k);
	free(k);
	return (go_iface){0};
}

go_slice_error go_os_ReadFile(go_string name)
{
	char *p = cpath(name);
	int fd = open(p, O_RDONLY);
	free(p);
	if (fd < 0)
		return (go_slice_error){{0}, path_error("open", name, errno)};
	// Read straight into the growing buffer: runtime C code runs on the
	// goroutine's stack, whose reserve below the check is 32 KiB
	// (rt/sched.h), so no large buffer may live on it.
	go_lib_buf b = {0};
	for (;;) {
		if (b.cap - b.len < 4096) {
			b.cap = b.cap ? b.cap * 2 : 16384;
			b.p = realloc(b.p, (size_t)b.cap);
			if (!b.p)
				go_panic_plain("out of memory");
		}
		ssize_t k = read(fd, b.p + b.len, (size_t)(b.cap - b.len));
		if (k < 0) {
			int e = errno;
			close(fd);
			free(b.p);
			return (go_slice_error){{0}, path_error("read", name, e)};
		}
		if (k == 0)
			break;
		b.len += k;
	}
	close(fd);
	go_slice s = go_make_slice(&go_type_uint8, b.len, b.len);
	if (b.len)
		memcpy(s.ptr, b.p, (size_t)b.len);
	free(b.p);
	return (go_slice_error){s, {0}};
}

go_iface go_os_WriteFile(go_string name, go_slice data, uint32_t perm)
{
	char *p = cpath(name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, perm);
	free(p);
	if (fd < 0)
		return path_error("open", name, errno);
	int64_t n = 0;
	while (n < data.len) {
		ssize_t k = write(fd, (uint8_t *)data.ptr + n, (size_t)(data.len - n));
		if (k < 0) {
			int e = errno;
			close(fd);
			return path_error("write", name, e);
		}
		n += k;
	}
	close(fd);
	return (go_iface){0};
}

