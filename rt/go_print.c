// go_print.c: the print and println builtins, which write to stderr in the
// Go runtime's own formats (floats as +1.500000e+000, pointers in hex).
#include "go_rt.h"

#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t print_mu = PTHREAD_MUTEX_INITIALIZER;

void go_print_lock(void)
{
	fflush(stdout);
	pthread_mutex_lock(&print_mu);
}

void go_print_unlock(void)
{
	pthread_mutex_unlock(&print_mu);
}

static void out(const char *s, size_t n)
{
	fwrite(s, 1, n, stderr);
}

void go_print_int(int64_t v)
{
	fprintf(stderr, "%lld", (long long)v);
}

void go_print_uint(uint64_t v)
{
	fprintf(stderr, "%llu", (unsigned long long)v);
}

// runtime.printfloat, digit for digit (it is not correctly rounded, and
// Go's output is what we must match).
void go_print_float(double v)
{
	if (v != v) {
		out("NaN", 3);
		return;
	}
	if (v + v == v && v > 0) {
		out("+Inf", 4);
		return;
	}
	if (v + v == v && v < 0) {
		out("-Inf", 4);
		return;
	}
	enum { N = 7 };
	char buf[N + 7];
	buf[0] = '+';
	int e = 0;
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double h = 5.0;
		for (int i = 0; i < N; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < N; i++) {
		int s = (int)v;
		buf[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[N + 2] = 'e';
	buf[N + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[N + 3] = '-';
	}
	buf[N + 4] = (char)(e / 100 + '0');
	buf[N + 5] = (char)((e / 10) % 10 + '0');
	buf[N + 6] = (char)(e % 10 + '0');
	out(buf, sizeof buf);
}

void go_print_bool(bool v)
{
	out(v ? "true" : "false", v ? 4 : 5);
}

void go_print_string(go_string s)
{
	out((const char *)s.ptr, (size_t)s.len);
}

void go_print_pointer(const void *p)
{
	fprintf(stderr, "0x%lx", (unsigned long)(uintptr_t)p);
}

void go_print_slice(go_slice s)
{
	fprintf(stderr, "[%lld/%lld]", (long long)s.len, (long long)s.cap);
	go_print_pointer(s.ptr);
}

void go_print_iface(go_iface i)
{
	fprintf(stderr, "(0x%lx,0x%lx)", (unsigned long)(uintptr_t)i.tab,
		(unsigned long)(uintptr_t)i.data);
}

void go_print_sp(void)
{
	out(" ", 1);
}

void go_print_nl(void)
{
	out("\n", 1);
}

// print/println of values captured by a deferred call (boxed as any).
void go_print_args(go_slice args, bool ln)
{
	const go_iface *a = args.ptr;
	go_print_lock();
	for (int64_t i = 0; i < args.len; i++) {
		if (i && ln)
			go_print_sp();
		const go_type *t = go_eface_type(a[i]);
		if (!t) {
			go_print_pointer(NULL);
			continue;
		}
		const void *p = go_iface_dataptr(t, &a[i].data);
		switch (t->kind) {
		case GO_KIND_BOOL: go_print_bool(*(const bool *)p); break;
		case GO_KIND_INT: case GO_KIND_INT64: go_print_int(*(const int64_t *)p); break;
		case GO_KIND_INT8: go_print_int(*(const int8_t *)p); break;
		case GO_KIND_INT16: go_print_int(*(const int16_t *)p); break;
		case GO_KIND_INT32: go_print_int(*(const int32_t *)p); break;
		case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR:
			go_print_uint(*(const uint64_t *)p); break;
		case GO_KIND_UINT8: go_print_uint(*(const uint8_t *)p); break;
		case GO_KIND_UINT16: go_print_uint(*(const uint16_t *)p); break;
		case GO_KIND_UINT32: go_print_uint(*(const uint32_t *)p); break;
		case GO_KIND_FLOAT32: go_print_float(*(const float *)p); break;
		case GO_KIND_FLOAT64: go_print_float(*(const double *)p); break;
		case GO_KIND_STRING: go_print_string(*(const go_string *)p); break;
		case GO_KIND_SLICE: go_print_slice(*(const go_slice *)p); break;
		case GO_KIND_IFACE: go_print_iface(*(const go_iface *)p); break;
		default: go_print_pointer(*(void *const *)p); break;
		}
	}
	if (ln)
		go_print_nl();
	go_print_unlock();
}
