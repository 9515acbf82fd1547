// go_panic.c: panics, deferred calls and the run-time errors of Go.
//
// A panic runs every pending deferred call, innermost function first (the
// frames go_defer_enter linked), then prints Go's report to stderr and exits
// with status 2, unless a deferred call recovers it (then the function of
// that deferred call returns normally, through a longjmp to its frame). Messages follow Go 1.19's runtime text exactly.
#define _GNU_SOURCE   // REG_RIP
#include "go_rt.h"
#include "mgo.h"
#include "rt/sched.h"

#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

// go_defer_top is the running goroutine's; rt/sched.c defines it and swaps
// it at every switch.

// One panic in progress, in start_panic's frame on the goroutine's own
// stack, as Go keeps its _panic records: the collector scans it there, so
// the value stays alive while deferred calls run and allocate, and
// goroutines panicking at once share nothing until one of them reports.
// link is the older panic whose deferred call raised this one: Go prints
// them all, each later one indented under "panic: ".
typedef struct panic_rec {
	go_iface v;
	struct panic_rec *link;
	char *sp;             // how deep it started (recover drops the deeper ones)
	bool is_runtime;
	bool recovered;
	// recover() stops this panic only when called by the function that
	// one of its deferred calls called (Go: "directly by a deferred
	// function"). Before each deferred call, arming is set; the first
	// generated defer thunk to run takes it and names its callee in armed
	// (RECOVER_ANY when it cannot name it: an interface method or a func
	// value, which may be reached through a wrapper); that callee's entry
	// takes armed (go_recover_take), so a function it calls, itself again
	// included, finds nothing.
	bool arming;
	const void *armed;
	bool has_text;        // text holds the value's Error/String result
	go_string text;
} panic_rec;

// A record deferred in a loop lives in the collected heap: its arguments
// may be the only reference to Go objects, and the collector finds it from
// the stack (go_defer_frame.top -> next ...); it scans every word of it.
void *go_defer_alloc(size_t size)
{
	go_defer *d = go_new(size, false);
	d->heap = true;
	return d;
}

static void run_frame(go_defer_frame *f)
{
	go_defer *d;
	while ((d = f->top) != NULL) {
		f->top = d->next;
		d->run(d);
	}
}

void go_defer_return(go_defer_frame *f)
{
	run_frame(f);
	go_defer_top = f->prev;
}

// The runtime.Error values: a string type whose %v is the message.
typedef struct runtime_error {
	go_string msg;
	bool plain;          // TypeAssertionError etc.: no "runtime error: " prefix
} runtime_error;

// Go calls a panic value's Error or String method before it takes the
// report's lock (preprintpanics): the method is Go code and may allocate,
// which may stop the world.
static void preprint(panic_rec *p)
{
	const go_type *t = go_eface_type(p->v);
	if (p->is_runtime || !t || p->has_text)
		return;
	for (int i = 0; i < t->nmethods; i++) {
		const go_method *m = &t->methods[i];
		if ((strcmp(m->name, "Error") == 0 || strcmp(m->name, "String") == 0) &&
		    strcmp(m->sig, "func() string") == 0) {
			go_string (*fn)(void *) = (go_string(*)(void *))m->ifn;
			p->text = fn(p->v.data);
			p->has_text = true;
			return;
		}
	}
}

static void print_panic_value(const panic_rec *pr)
{
	go_iface v = pr->v;
	const go_type *t = go_eface_type(v);
	if (pr->is_runtime) {
		runtime_error *e = v.data;
		fprintf(stderr, "%s%.*s", e->plain ? "" : "runtime error: ", (int)e->msg.len,
			(const char *)e->msg.ptr);
		return;
	}
	if (pr->has_text) {
		fwrite(pr->text.ptr, 1, (size_t)pr->text.len, stderr);
		return;
	}
	if (!t) {
		fputs("nil", stderr);
		return;
	}
	const void *p = go_iface_dataptr(t, &v.data);
	bool named = t->flags & GO_TF_NAMED;
	if (t->kind == GO_KIND_STRING) {
		const go_string *s = p;
		if (named)
			fprintf(stderr, "%s(\"", t->str);
		fwrite(s->ptr, 1, (size_t)s->len, stderr);
		if (named)
			fputs("\")", stderr);
		return;
	}
	if (t->kind <= GO_KIND_FLOAT64) {
		if (named)
			fprintf(stderr, "%s(", t->str);
		fflush(stderr);
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
		}
		if (named)
			fputs(")", stderr);
		return;
	}
	fprintf(stderr, "(%s) %p", t->str, v.data);
}

// Oldest first, as Go prints them.
static void print_panics(const panic_rec *p)
{
	if (p->link) {
		print_panics(p->link);
		fputc('\t', stderr);
	}
	fputs("panic: ", stderr);
	print_panic_value(p);
	if (p->recovered)
		fputs(" [recovered]", stderr);
	fputc('\n', stderr);
}

static const char *signal_name(int sig)
{
	return sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation";
}

static void print_signal(const rt_panic_state *st)
{
	if (st->sig)
		fprintf(stderr, "[signal %s code=0x%x addr=0x%lx pc=0x%lx]\n", signal_name(st->sig),
			(unsigned)st->sigcode, (unsigned long)st->sigaddr, (unsigned long)st->sigpc);
}

// Goroutines that panic at once report one at a time: the first one ends
// the program, the others stop where they are. Nothing after the claim
// runs Go code or allocates, so a loser never holds up a collection.
static _Atomic int reporting;
// Goroutines with a panic in progress (running deferred calls, or about
// to report).
static _Atomic int panicking_gs;

static void claim_report(void)
{
	int none = 0;
	if (!atomic_compare_exchange_strong(&reporting, &none, 1))
		rt_sched_stop_forever();
	atomic_fetch_sub(&panicking_gs, 1);
}

// main.main returned (rt/sched.c) while another goroutine panics: as in
// Go, that one gets a while to run its deferred calls, and once it
// reports, the report ends the program instead of main's exit(0). Go
// yields 1,000 times; mgo's report starts later (the unwinder reads the
// debug information first), so the while is a second of yielding.
void go_main_exit_wait(void)
{
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (atomic_load(&panicking_gs) > 0 && !atomic_load(&reporting)) {
		rt_gosched();
		sched_yield();
		clock_gettime(CLOCK_MONOTONIC, &t);
		if (t.tv_sec - t0.tv_sec >= 2 ||
		    (t.tv_sec - t0.tv_sec) * 1000000000L + (t.tv_nsec - t0.tv_nsec) >= 1000000000L)
			break;
	}
	if (atomic_load(&reporting))
		rt_park(NULL, NULL, "panicwait");
}

_Noreturn static void die(panic_rec *top)
{
	for (panic_rec *p = top; p; p = p->link)
		preprint(p);
	claim_report();
	fflush(stdout);
	print_panics(top);
	print_signal(rt_g_panic_state());
	fputc('\n', stderr);
	go_print_traceback("running");
	fflush(stderr);
	_exit(2);
}

extern void __asan_unpoison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));

#define RECOVER_ANY ((const void *)1)

void go_defer_arm(const void *callee)
{
	panic_rec *p = rt_g_panic_state()->top;
	if (p && p->arming) {
		p->arming = false;
		p->armed = callee ? callee : RECOVER_ANY;
	}
}

bool go_recover_take(const void *self)
{
	panic_rec *p = rt_g_panic_state()->top;
	if (!p || !p->armed || (p->armed != self && p->armed != RECOVER_ANY))
		return false;
	p->armed = NULL;
	return true;
}

// recover(): the newest panic's value, which then stops; nil when not
// panicking or not called directly by a deferred call (may: what
// go_recover_take said at the caller's entry).
go_iface go_recover_if(bool may)
{
	return may ? go_recover() : (go_iface){0};
}

// defer recover(): a call by the deferring function when it returns
// normally; run by a panic, recover is the deferred call itself and called
// by no deferred function (the panic is arming its deferred call).
void go_recover_deferred(bool may)
{
	panic_rec *p = rt_g_panic_state()->top;
	if (may && p && !p->arming)
		(void)go_recover();
}

go_iface go_recover(void)
{
	panic_rec *p = rt_g_panic_state()->top;
	if (!p || p->recovered)
		return (go_iface){0};
	p->recovered = true;
	return p->v;
}

static void asan_unpoison(uintptr_t lo, uintptr_t hi)
{
	if (hi > lo && hi - lo < ((uintptr_t)1 << 30))
		__asan_unpoison_memory_region((void *)lo, (size_t)(hi - lo));
}

_Noreturn static void start_panic(go_iface v, bool is_runtime)
{
	rt_panic_state *st = rt_g_panic_state();
	panic_rec p = {.v = v, .link = st->top, .is_runtime = is_runtime};
	p.sp = (char *)&p;
	if (!st->top)
		atomic_fetch_add(&panicking_gs, 1);
	st->top = &p;
	while (go_defer_top) {
		go_defer_frame *f = go_defer_top;
		go_defer *d;
		while ((d = f->top) != NULL) {
			f->top = d->next;
			p.arming = true;
			d->run(d);
			p.arming = false;
			p.armed = NULL;
			if (p.recovered) {
				// The function of frame f returns normally; panics that
				// started below it on the stack are over too.
				panic_rec *q = p.link;
				while (q && rt_stack_depth((uintptr_t)q->sp) >= rt_stack_depth((uintptr_t)f))
					q = q->link;
				st->top = q;
				if (!q) {
					st->sig = 0;
					atomic_fetch_sub(&panicking_gs, 1);
				}
				go_defer_top = f;
				// A program built with ASan: the frames skipped by
				// the jump must lose their redzones, or the next
				// calls trip over them. __asan_handle_no_return
				// cannot do it on a goroutine stack (ASan does not
				// know its bounds), so unpoison exactly the skipped
				// range: from this frame up to the frame that
				// resumes (jb[2] is its saved stack pointer), on
				// each stack segment in between.
				if (__asan_unpoison_memory_region)
					rt_stack_each_skipped((uintptr_t)__builtin_frame_address(0),
					    (uintptr_t)f->jb[2], asan_unpoison);
				rt_stack_unwind_to((uintptr_t)f);
				__builtin_longjmp(f->jb, 1);
			}
		}
		go_defer_top = f->prev;
	}
	die(&p);
}

static void panic_big(void *arg)
{
	start_panic(*(go_iface *)arg, false);
}

_Noreturn void go_panic(go_iface v)
{
	// A goroutine on a small first segment: printing and allocating need
	// a growth segment. Its deferred calls (sync operations, which cannot
	// recover: codegen/stackcheck.c) run from there.
	if (rt_stack_on_small())
		rt_stack_call_big(panic_big, &v);
	start_panic(v, false);
}

static _Thread_local bool next_plain;

static go_string runtime_error_Error(void *data)
{
	return ((runtime_error *)data)->msg;
}
static void runtime_error_RuntimeError(void *data)
{
	(void)data;
}
static const go_method runtime_error_methods[] = {
	{"Error", "func() string", (void *)runtime_error_Error},
	{"RuntimeError", "func()", (void *)runtime_error_RuntimeError},
};
static const go_type go_type_runtime_error = {
	.size = sizeof(void *), .kind = GO_KIND_PTR,
	.flags = GO_TF_NAMED | GO_TF_DIRECT | GO_TF_COMPARABLE,
	.str = "runtime.Error", .nmethods = 2, .methods = runtime_error_methods,
};

typedef struct { const char *fmt; va_list *ap; } PanicArgs;

_Noreturn static void vruntime_panic(const char *fmt, va_list ap)
{
	char buf[200];
	int p = next_plain ? 0 : snprintf(buf, sizeof buf, "runtime error: ");
	int n = vsnprintf(buf + p, sizeof buf - (size_t)p, fmt, ap);
	n += p;
	if (n >= (int)sizeof buf)
		n = (int)sizeof buf - 1;
	runtime_error *e = go_new(sizeof *e + (size_t)n, false);
	memcpy(e + 1, buf, (size_t)n);
	e->msg = (go_string){(const uint8_t *)(e + 1), n};
	e->plain = true;
	next_plain = false;
	start_panic((go_iface){&go_type_runtime_error, e}, true);
}

static void runtime_panic_big(void *arg)
{
	PanicArgs *a = arg;
	vruntime_panic(a->fmt, *a->ap);
}

_Noreturn static void runtime_panic(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn static void runtime_panic(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (rt_stack_on_small()) {   // see go_panic
		PanicArgs a = {fmt, &ap};
		rt_stack_call_big(runtime_panic_big, &a);
	}
	vruntime_panic(fmt, ap);
}

_Noreturn void go_panic_msg(const char *text)
{
	runtime_panic("%s", text);
}

_Noreturn void go_panic_plain(const char *text)
{
	next_plain = true;
	runtime_panic("%s", text);
}

// A negative index or bound is reported alone, as Go does: its length or
// capacity would add nothing.
_Noreturn void go_panic_index(int64_t i, int64_t len)
{
	if (i < 0)
		runtime_panic("index out of range [%lld]", (long long)i);
	runtime_panic("index out of range [%lld] with length %lld", (long long)i, (long long)len);
}

// which: 1 = [lo:hi] lo > hi, 2 = hi beyond cap (or max for 3-index),
// 3 = max beyond cap, 4 = hi beyond a string's/array's length, 5 = max
// beyond an array's length.
_Noreturn void go_panic_slice(int64_t x, int64_t y, int64_t cap, int which)
{
	(void)cap;
	if (x < 0) {
		static const char *const neg[] = {
			[1] = "slice bounds out of range [%lld:]",
			[2] = "slice bounds out of range [:%lld]",
			[3] = "slice bounds out of range [::%lld]",
			[4] = "slice bounds out of range [:%lld]",
			[5] = "slice bounds out of range [::%lld]",
		};
		runtime_panic(neg[which >= 1 && which <= 5 ? which : 4], (long long)x);
	}
	switch (which) {
	case 1:
		runtime_panic("slice bounds out of range [%lld:%lld]", (long long)x, (long long)y);
	case 2:
		runtime_panic("slice bounds out of range [:%lld] with capacity %lld",
			(long long)x, (long long)y);
	case 3:
		runtime_panic("slice bounds out of range [::%lld] with capacity %lld",
			(long long)x, (long long)y);
	case 5:
		runtime_panic("slice bounds out of range [::%lld] with length %lld",
			(long long)x, (long long)y);
	default:
		runtime_panic("slice bounds out of range [:%lld] with length %lld",
			(long long)x, (long long)y);
	}
}

_Noreturn void go_panic_divide(void)
{
	runtime_panic("integer divide by zero");
}

// A nil dereference, reported as the fault Go's own check would take:
// SIGSEGV, SEGV_MAPERR at addr (a field's offset where Go's check is the
// access itself), at pc.
static _Noreturn void panic_mem(int sig, int code, uintptr_t addr, uintptr_t pc)
{
	rt_panic_state *st = rt_g_panic_state();
	st->sig = sig;
	st->sigcode = code;
	st->sigaddr = addr;
	st->sigpc = pc;
	runtime_panic("invalid memory address or nil pointer dereference");
}

// The pc is the check's call (the return address minus one lies in it).
_Noreturn void go_panic_nil(void)
{
	panic_mem(SIGSEGV, SEGV_MAPERR, 0, (uintptr_t)__builtin_return_address(0) - 1);
}

_Noreturn void go_panic_nil_at(uintptr_t addr)
{
	panic_mem(SIGSEGV, SEGV_MAPERR, addr, (uintptr_t)__builtin_return_address(0) - 1);
}

_Noreturn void go_panic_shift(void)
{
	runtime_panic("negative shift amount");
}

_Noreturn void go_panic_nilmap(void)
{
	static go_string msg = {(const uint8_t *)"assignment to entry in nil map", 30};
	start_panic((go_iface){&go_type_string, &msg}, false);
}

_Noreturn void go_panic_makeslice(int which)
{
	runtime_panic(which ? "makeslice: cap out of range" : "makeslice: len out of range");
}

_Noreturn void go_panic_arrptr(int64_t len, int64_t n)
{
	runtime_panic("cannot convert slice with length %lld to pointer to array with length %lld",
		      (long long)len, (long long)n);
}

static const char *tstr(const go_type *t)
{
	return t ? t->str : "nil";
}

_Noreturn void go_panic_wrap(const go_type *t, const char *method)
{
	const char *full = tstr(t), *dot = strrchr(full, '.');
	next_plain = true;
	runtime_panic("value method %s.%s called using nil *%s pointer", full, method, dot ? dot + 1 : full);
}

_Noreturn void go_panic_assert(const go_type *have, const go_type *want, const go_type *iface)
{
	next_plain = true;
	// Two local types of one name (one program is one package): Go adds
	// which of its two hints applies.
	const char *hint = have && strcmp(have->str, want->str) == 0 ? " (types from different scopes)" : "";
	runtime_panic("interface conversion: %s is %s, not %s%s", tstr(iface), tstr(have), tstr(want), hint);
}

_Noreturn void go_panic_assert_iface(const go_type *have, const go_type *want, const char *missing)
{
	next_plain = true;
	if (!have)
		runtime_panic("interface conversion: interface is nil, not %s", want->str);
	runtime_panic("interface conversion: %s is not %s: missing method %s",
		have->str, want->str, missing);
}

static void fatal_big(void *msg);

_Noreturn void go_fatal(const char *msg)
{
	// printf and the traceback need more than a small first segment
	if (rt_stack_on_small())
		rt_stack_call_big(fatal_big, (void *)msg);
	fflush(stdout);
	fprintf(stderr, "fatal error: %s\n", msg);
	print_signal(rt_g_panic_state());
	fputc('\n', stderr);
	go_print_traceback("running");
	_exit(2);
}

static void fatal_big(void *msg)
{
	go_fatal(msg);
}

// A fault the inline nil checks did not catch: Go's rules (sigpanic). A
// fault in the first page is a nil dereference; one near the stack
// pointer is a stack overflow; anything else is fatal.
static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	const ucontext_t *uc = ctx;
#if defined(__x86_64__)
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.pc;
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.sp;
#else
	uintptr_t pc = 0, sp = (uintptr_t)&uc;
#endif
	uintptr_t addr = (uintptr_t)si->si_addr;
	int code = si->si_code;
	rt_panic_state *st = rt_g_panic_state();
	st->sig = sig;
	st->sigcode = code;
	st->sigaddr = addr;
	st->sigpc = pc;
	// Not on a goroutine (sysmon, the timer thread): the runtime's own
	// bug, which no deferred call may see.
	if (rt_sched_active() && !rt_sched_current_stack_hi())
		go_fatal("unexpected signal during runtime execution");
	bool nil_code = sig == SIGBUS ? code == BUS_ADRERR
	    : code == 0 || code == SEGV_MAPERR || code == SEGV_ACCERR;
	if (nil_code && addr < 0x1000)
		panic_mem(sig, code, addr, pc);
	fflush(stdout);
	if (addr + ((uintptr_t)1 << 20) >= sp && addr < sp + ((uintptr_t)1 << 30)) {
		fputs("runtime: goroutine stack exceeds 1000000000-byte limit\n"
		      "fatal error: stack overflow\n", stderr);
		_exit(2);
	}
	fprintf(stderr, "unexpected fault address 0x%lx\n", (unsigned long)addr);
	go_fatal("fault");
}

void go_runtime_init(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	static char outbuf[1 << 16];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	// Not SA_ONSTACK: a nil dereference panics on the goroutine's own
	// stack (its reserve has room), where recover's longjmp returns.
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;   // a recovered fault may fault again
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}

int go_exit_main(void)
{
	fflush(stdout);
	return 0;
}
