// go_traceback.c: the goroutine stack a panic or fatal error prints, as Go
// prints it ("main.F(...)" then "\tFILE:LINE +0xOFF", innermost first,
// "created by main.G" for a goroutine started by a go statement).
//
// Nothing is recorded while the program runs: at panic time the C stack is
// unwound with the unwind tables gcc emits on x86-64 by default, and each
// PC is mapped to functions and lines by libbacktrace (GCC's own library,
// shipped with gcc: README "Dependencies") reading the program's DWARF
// line tables, inlined C calls included. mgo's inliner leaves its traces in
// #line's file names (codegen/traceback.c): "PATH\037F\037LINE...".
//
// Frames that are not mgo code are skipped until the first mgo frame; from
// there, the walk stops at the goroutine's entry (main_g_, rt_g_start) or
// at the first frame with no debug information (a trampoline in assembly,
// libc), so whatever the stack mechanism puts between the entry and the
// first Go frame, the walk ends cleanly.
#define _GNU_SOURCE   // dl_iterate_phdr
#include "go_rt.h"
#include "rt/sched.h"

#include <backtrace.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const go_funcname *funcnames;
static size_t nfuncnames;

void go_set_funcnames(const go_funcname *t, size_t n)
{
	funcnames = t;
	nfuncnames = n;
}

static const char *linedir_src;
static const go_linedir *linedirs;
static size_t nlinedirs;

void go_set_linedirs(const char *src, const go_linedir *t, size_t n)
{
	linedir_src = src;
	linedirs = t;
	nlinedirs = n;
}

// A line of the program's source as Go prints it under the //line
// directives before it (by line: a /*line*/ inside a line counts for all
// of it, as the statements' lines do).
static void line_mapped(const char **file, int *flen, int *line)
{
	if (!nlinedirs || (size_t)*flen != strlen(linedir_src) ||
	    strncmp(*file, linedir_src, (size_t)*flen) != 0)
		return;
	const go_linedir *d = NULL;
	for (size_t i = 0; i < nlinedirs && linedirs[i].start <= *line; i++)
		d = &linedirs[i];
	if (!d)
		return;
	*line = d->line + (*line - d->start);
	*file = d->file;
	*flen = (int)strlen(d->file);
}

// Go prints at most this many frames of a stack, then a line saying so.
#define MAX_GO_FRAMES 100

// One (function, file, line) of libbacktrace: each inlined C call at a PC
// is one, innermost first; the last one of a PC is its real function.
typedef struct RawFrame {
	uintptr_t pc;
	const char *fn, *file;
	int line;
} RawFrame;

#define MAX_RAW 1024
typedef struct Walk {
	RawFrame raw[MAX_RAW];
	int nraw;
	int ngo;          // mgo frames seen so far (the walk's stopping rule)
	bool switched;    // a segment switch seen (rt_stack_switch_call)
	bool grew;        // then go_stack_call: the next mgo frame is the same call
	uintptr_t skip_pc;
} Walk;

// A goroutine that outgrew a stack segment (rt/sched_stack.c): its frames
// go on past rt_stack_switch_call (assembly, no line table, but with CFI)
// and go_stack_call into the older segment, where the function whose
// check failed waits in its prologue: the same Go call as the frame run on
// the new segment, which Go shows once.
extern char rt_stack_switch_call[], rt_stack_switch_call_end[];

// The copy of libbacktrace.a programs link calls this for dl_iterate_phdr
// (rt/libbacktrace.syms): it sees the program (whose base address it needs
// when it is position-independent) and no shared library. Their frames are
// never printed, and libc's separate debug information, where installed,
// would cost each traceback a tenth of a second to read; without it
// (the usual case), libbacktrace finds no names for them either.
int rt_bt_dl_iterate_phdr(int (*cb)(struct dl_phdr_info *, size_t, void *), void *data);

typedef struct PhdrFwd {
	int (*cb)(struct dl_phdr_info *, size_t, void *);
	void *data;
} PhdrFwd;

static int program_only(struct dl_phdr_info *info, size_t size, void *data)
{
	PhdrFwd *f = data;
	if (info->dlpi_name && info->dlpi_name[0])
		return 0;
	return f->cb(info, size, f->data);
}

int rt_bt_dl_iterate_phdr(int (*cb)(struct dl_phdr_info *, size_t, void *), void *data)
{
	PhdrFwd f = {cb, data};
	return dl_iterate_phdr(program_only, &f);
}

static struct backtrace_state *bt_state;

static void bt_error(void *data, const char *msg, int errnum)
{
	(void)data;
	(void)msg;
	(void)errnum;   // no debug information: the frames are just left out
}

static struct backtrace_state *state(void)
{
	if (!bt_state)
		bt_state = backtrace_create_state(NULL, 1, bt_error, NULL);
	return bt_state;
}

// The C name with a gcc clone suffix (.isra.0, .constprop.0, .cold) cut.
static const go_funcname *lookup(const char *cname)
{
	if (!cname)
		return NULL;
	size_t n = strcspn(cname, ".");
	for (size_t i = 0; i < nfuncnames; i++)
		if (strncmp(funcnames[i].c, cname, n) == 0 && funcnames[i].c[n] == 0)
			return &funcnames[i];
	return NULL;
}

static bool is_entry(const char *fn)
{
	return fn && (strcmp(fn, "main_g_") == 0 || strcmp(fn, "rt_g_start") == 0 ||
		      strcmp(fn, "main") == 0 || strcmp(fn, "rt_ctx_trampoline") == 0);
}

static int collect(void *data, uintptr_t pc, const char *file, int line, const char *fn)
{
	Walk *w = data;
	if (pc - 1 >= (uintptr_t)rt_stack_switch_call && pc - 1 < (uintptr_t)rt_stack_switch_call_end) {
		w->switched = true;
		return 0;
	}
	if (fn && strcmp(fn, "go_stack_call") == 0) {
		// Only past a switch: an overflow report starts in go_stack_call,
		// and the frame whose check failed is then the innermost call.
		w->grew = w->switched;
		w->switched = false;
		return 0;
	}
	if (fn && strcmp(fn, "rt_stack_call_big") == 0) {
		// runtime code moved to a new segment: no Go call waits below
		w->grew = false;
		return 0;
	}
	if (w->skip_pc && pc == w->skip_pc)
		return 0;
	if (w->grew && lookup(fn)) {
		w->grew = false;
		w->skip_pc = pc;
		return 0;
	}
	if (w->nraw == MAX_RAW || is_entry(fn) || (!fn && w->ngo > 0))
		return 1;
	if (lookup(fn))
		w->ngo++;
	w->raw[w->nraw++] = (RawFrame){pc, fn, file, line};
	// Past Go's limit nothing more is printed.
	return w->ngo > MAX_GO_FRAMES + 1 ? 1 : 0;
}

typedef struct Printer {
	int printed;
	bool elided;
} Printer;

static bool frame_out(Printer *p, const char *name, int nlen, const char *args, const char *file,
		      int flen, int line, long off)
{
	if (p->printed == MAX_GO_FRAMES) {
		p->elided = true;
		return false;
	}
	p->printed++;
	line_mapped(&file, &flen, &line);
	fprintf(stderr, "%.*s%s\n\t%.*s:%d", nlen, name, args, flen, file, line);
	if (off >= 0)
		fprintf(stderr, " +0x%lx", (unsigned long)off);
	fputc('\n', stderr);
	return true;
}

typedef struct SymArg {
	uintptr_t value;
} SymArg;

static void got_sym(void *data, uintptr_t pc, const char *name, uintptr_t value, uintptr_t size)
{
	(void)pc;
	(void)name;
	(void)size;
	((SymArg *)data)->value = value;
}

// The offset Go prints for a frame: the return address from the start of
// its function. pc is one byte into the call (libbacktrace's adjustment).
static long pc_offset(uintptr_t pc)
{
	SymArg s = {0};
	backtrace_syminfo(state(), pc, got_sym, bt_error, &s);
	return s.value && s.value <= pc ? (long)(pc + 1 - s.value) : -1;
}

// One C frame of mgo code: its inlined mgo calls, then itself.
static bool print_mgo(Printer *p, const RawFrame *r, const go_funcname *f, bool phys)
{
	const char *file = r->file ? r->file : "?";
	const char *sep = strchr(file, '\037');
	int flen = sep ? (int)(sep - file) : (int)strlen(file);
	int line = r->line;
	while (sep) {
		// "\037NAME\037CALLLINE": NAME's frame is at `line`; its caller's
		// at CALLLINE.
		const char *name = sep + 1;
		const char *nsep = strchr(name, '\037');
		if (!nsep)
			break;
		if (!frame_out(p, name, (int)(nsep - name), "(...)", file, flen, line, -1))
			return false;
		line = atoi(nsep + 1);
		sep = strchr(nsep + 1, '\037');
	}
	// Go shows an inlined frame as F(...) and without offset.
	const char *args = phys && !f->has_args ? "()" : "(...)";
	return frame_out(p, f->go, (int)strlen(f->go), args, file, flen, line,
			 phys ? pc_offset(r->pc) : -1);
}

static void print_walk(Walk *w)
{
	Printer p = {0};
	bool seen = false;
	for (int i = 0; i < w->nraw; i++) {
		const RawFrame *r = &w->raw[i];
		bool phys = i + 1 == w->nraw || w->raw[i + 1].pc != r->pc;
		const go_funcname *f = lookup(r->fn);
		if (f) {
			seen = true;
			if (!print_mgo(&p, r, f, phys))
				break;
		} else if (seen && r->fn && strcmp(r->fn, "start_panic") == 0) {
			// A deferred call that a panic runs: Go shows the panic.
			if (!frame_out(&p, "panic", 5, "({...})", r->file ? r->file : "?",
				       r->file ? (int)strlen(r->file) : 1, r->line, -1))
				break;
		}
	}
	if (p.elided)
		fputs("...additional frames elided...\n", stderr);
}

static Walk walk_buf;
static int collect_one(void *data, uintptr_t pc, const char *file, int line, const char *fn)
{
	Walk *w = data;
	if (w->nraw < MAX_RAW)
		w->raw[w->nraw++] = (RawFrame){pc, fn, file, line};
	return 0;
}

// "created by main.F\n\tFILE:LINE +0xOFF": the function holding the go
// statement (its physical frame) at the statement's line.
static void print_created_by(uintptr_t gopc)
{
	Walk *w = &walk_buf;
	w->nraw = 0;
	backtrace_pcinfo(state(), gopc - 1, collect_one, bt_error, w);
	if (w->nraw == 0)
		return;
	// The outermost mgo function (gcc may have inlined it into main_g_).
	const RawFrame *inner = &w->raw[0];
	const go_funcname *f = NULL;
	for (int i = w->nraw - 1; i >= 0 && !f; i--)
		f = lookup(w->raw[i].fn);
	if (!f)
		return;
	const char *file = inner->file ? inner->file : "?";
	int flen = (int)strcspn(file, "\037");
	int line = inner->line;
	line_mapped(&file, &flen, &line);
	fprintf(stderr, "created by %s\n\t%.*s:%d +0x%lx\n", f->go, flen, file, line,
		(unsigned long)pc_offset(gopc - 1));
}

void go_print_traceback(const char *status)
{
	G *g = rt_getg();
	fprintf(stderr, "goroutine %lld [%s]:\n", (long long)rt_goid(g), status);
	if (state()) {
		// The panicking goroutine stops here: the buffer is ours.
		Walk *w = &walk_buf;
		w->nraw = 0;
		w->ngo = 0;
		w->grew = w->switched = false;
		w->skip_pc = 0;
		backtrace_full(state(), 0, collect, bt_error, w);
		print_walk(w);
		if (rt_g_gopc(g))
			print_created_by(rt_g_gopc(g));
	}
	fflush(stderr);
}
