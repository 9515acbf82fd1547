// panic.c: fatal runtime errors.
//
// Heap corruption and misuse of the C API (double free, foreign pointer) end
// the process with a message and SIGABRT, so that a debugger or a test
// harness sees the fault where it happened instead of a later crash.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "rt/rt.h"

_Noreturn void rt_throw(const char *fmt, ...)
{
	// Format into a stack buffer and write(2) it: stdio may be what broke.
	char buf[512];
	int n = snprintf(buf, sizeof buf, "mgo: fatal error: ");
	va_list ap;
	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof buf - (size_t)n - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof buf - 2)
		n = (int)sizeof buf - 2;
	buf[n++] = '\n';
	ssize_t w = write(2, buf, (size_t)n);
	(void)w;
	abort();
}
