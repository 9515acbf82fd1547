// go_log.c: package log's standard logger (declared in
// frontend/library_decls.c): Print*, Fatal* (exit status 1) and Panic*
// write one line to standard error, prefixed with the prefix and the
// local date and time as the flags ask (Go's LstdFlags by default). The
// file-name flags have no file to name: mgo's programs carry no call
// positions at run time, so they print nothing.
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "go_lib.h"

enum { LDATE = 1, LTIME = 2, LMICRO = 4, LUTC = 32, LMSGPREFIX = 64 };

static int64_t flags = LDATE | LTIME;
static go_string prefix;

static void header(go_lib_buf *b)
{
	if (!(flags & LMSGPREFIX))
		go_lib_buf_put(b, prefix.ptr, prefix.len);
	if (flags & (LDATE | LTIME | LMICRO)) {
		struct timeval tv;
		gettimeofday(&tv, NULL);
		struct tm tm;
		time_t secs = tv.tv_sec;
		if (flags & LUTC)
			gmtime_r(&secs, &tm);
		else
			localtime_r(&secs, &tm);
		char tmp[64];
		int n = 0;
		if (flags & LDATE)
			n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%04d/%02d/%02d ", tm.tm_year + 1900,
				      tm.tm_mon + 1, tm.tm_mday);
		if (flags & (LTIME | LMICRO)) {
			n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min,
				      tm.tm_sec);
			if (flags & LMICRO)
				n += snprintf(tmp + n, sizeof tmp - (size_t)n, ".%06ld", (long)tv.tv_usec);
			n += snprintf(tmp + n, sizeof tmp - (size_t)n, " ");
		}
		go_lib_buf_put(b, tmp, n);
	}
	if (flags & LMSGPREFIX)
		go_lib_buf_put(b, prefix.ptr, prefix.len);
}

// Formats the message, writes the line; returns the message (for Panic).
static go_string output(int kind, go_string format, go_slice v)
{
	go_lib_buf msg = {0};
	go_fmt_format(&msg, kind, format, v);
	go_lib_buf line = {0};
	header(&line);
	go_lib_buf_put(&line, msg.p, msg.len);
	if (msg.len == 0 || msg.p[msg.len - 1] != '\n')
		go_lib_buf_put(&line, "\n", 1);
	fflush(stdout);
	fwrite(line.p, 1, (size_t)line.len, stderr);
	fflush(stderr);
	free(line.p);
	return go_lib_buf_string(&msg);
}

static const go_string none = {0};

void go_log_Print(go_slice v) { output(GO_FMT_PRINT, none, v); }
void go_log_Println(go_slice v) { output(GO_FMT_PRINTLN, none, v); }
void go_log_Printf(go_string format, go_slice v) { output(GO_FMT_PRINTF, format, v); }

static _Noreturn void fatal(void)
{
	fflush(stdout);
	exit(1);
}

void go_log_Fatal(go_slice v) { output(GO_FMT_PRINT, none, v); fatal(); }
void go_log_Fatalln(go_slice v) { output(GO_FMT_PRINTLN, none, v); fatal(); }
void go_log_Fatalf(go_string format, go_slice v) { output(GO_FMT_PRINTF, format, v); fatal(); }

static _Noreturn void panic_with(go_string s)
{
	go_panic((go_iface){&go_type_string, go_box(&go_type_string, &s)});
}

void go_log_Panic(go_slice v) { panic_with(output(GO_FMT_PRINT, none, v)); }
void go_log_Panicln(go_slice v) { panic_with(output(GO_FMT_PRINTLN, none, v)); }
void go_log_Panicf(go_string format, go_slice v) { panic_with(output(GO_FMT_PRINTF, format, v)); }

void go_log_SetFlags(int64_t flag) { flags = flag; }
int64_t go_log_Flags(void) { return flags; }
void go_log_SetPrefix(go_string p) { prefix = p; }
go_string go_log_Prefix(void) { return prefix; }
