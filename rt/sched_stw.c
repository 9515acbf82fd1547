// sched_stw.c: what the scheduler does to running goroutines from outside
// — stopping the world for the collector, the safepoint and stack-check
// slow paths that generated code calls (go_rt.h GO_STACK_CHECK, GO_POLL),
// preemption and MGODEBUG=schedtrace by the sysmon thread, the deadlock
// report, and the stack scan the collector asks for.
//
// Stop-the-world (the collector's M): set stw_flag, then every other M's
// guard word to RT_GUARD_POLL, then wait until no other M is M_RUNNING. A
// running goroutine reaches a poll (function entry or loop back-edge) or
// the allocation slow path, spills its registers onto its stack, publishes
// its stack pointer and sleeps on stw_flag (rt_sched_stop_here), keeping
// its M and P. An M about to run a goroutine publishes M_RUNNING and then
// reads stw_flag (rt_stw_wait_if_pending); the collector writes stw_flag
// and then reads the statuses, so one of the two sees the other.
//
// Loops. Generated loops carry no poll (a poll at every back-edge kept gcc
// from vectorising and from inlining closures: spectralnorm ran 2x, the
// closures benchmark 4x slower). A thread that does not reach a poll soon
// gets SIGURG, as in Go's asynchronous preemption; the handler runs on the
// goroutine's stack and stops there (the signal frame holds every
// register, below it the published stack pointer) or yields, but only when
// the interrupted instruction is in generated code (section GO_TEXT, which
// holds no runtime lock and no half-updated runtime state); elsewhere it
// returns, and the sender tries again. A goroutine that yields inside the
// handler may resume on another thread: sigreturn restores its registers
// and signal mask from its own stack, and leaves the thread's TLS alone.
#define _GNU_SOURCE   // REG_RIP
#include "rt/sched_impl.h"

#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <ucontext.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt/rt.h"
#include "go_rt.h"

static _Atomic uint32_t stw_flag;   // futex word: 1 while the world is stopped

bool rt_sched_stw_pending(void)
{
	return atomic_load(&stw_flag) != 0;
}

bool rt_stw_wait_if_pending(M *m)
{
	if (!atomic_load(&stw_flag))
		return false;
	atomic_store(&m->status, M_SCHED);
	while (atomic_load(&stw_flag))
		rt_futex_wait(&stw_flag, 1);
	return true;
}

extern char __start_gotext[] __attribute__((weak));
extern char __stop_gotext[] __attribute__((weak));

static void on_sigurg(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	M *m = rt_sched_m();
	if (m)
		atomic_store(&m->sigsent, 0);
	if (!m || !m->curg)
		return;
#if defined(__x86_64__)
	uintptr_t pc = (uintptr_t)((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
	uintptr_t pc = (uintptr_t)((ucontext_t *)ctx)->uc_mcontext.pc;
#else
	uintptr_t pc = 0;
#endif
	if (pc < (uintptr_t)__start_gotext || pc >= (uintptr_t)__stop_gotext)
		return;
	int saved = errno;
	go_safepoint();
	errno = saved;
}

void rt_sched_signals_init(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigurg;
	// On the goroutine's stack (no SA_ONSTACK); not blocked while a
	// goroutine that yielded in the handler is switched out.
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGURG, &sa, NULL);
}

// The kernel writes a signal frame (3 KiB and more with AVX-512 state)
// below the interrupted stack pointer, which a small first segment
// (RT_STACK_SMALL) has no room for. So no signal is sent to an M running
// such a goroutine: the sender publishes sigsent, then reads nosig; the M
// publishes nosig before switching to the goroutine, then waits for a
// signal in flight to land on its own stack (the handler clears sigsent).
// A goroutine on a small segment runs no loop (codegen/stackcheck.c): it
// reaches a switch soon without being interrupted.
static void interrupt(M *m)
{
	if (!rt_m_guardp(m))
		return;
	uint32_t idle = 0;
	if (!atomic_compare_exchange_strong(&m->sigsent, &idle, 1))
		return;   // one is in flight: it will do
	if (atomic_load(&m->nosig)) {
		atomic_store(&m->sigsent, 0);
		return;
	}
	if (pthread_kill(m->thread, SIGURG) != 0)
		atomic_store(&m->sigsent, 0);
}

void rt_sched_nosig(M *m)
{
	atomic_store(&m->nosig, 1);
	while (atomic_load(&m->sigsent))
		rt_cpu_relax();
}

void rt_sched_stop_world(void)
{
	if (!rt_sched.active)
		return;
	M *self = rt_sched_m();
	atomic_store(&stw_flag, 1);
	for (int i = 0; i < rt_sched.nprocs; i++) {
		volatile uintptr_t *guard = rt_m_guardp(&rt_sched.ms[i]);
		if (&rt_sched.ms[i] != self && guard)
			__atomic_store_n(guard, RT_GUARD_POLL, __ATOMIC_RELAXED);
	}
	for (int i = 0; i < rt_sched.nprocs; i++) {
		M *m = &rt_sched.ms[i];
		for (int spins = 0; m != self && atomic_load(&m->status) == M_RUNNING; spins++) {
			if (spins < 100)
				rt_cpu_relax();
			else
				sched_yield();
			if (spins % 200 == 100)   // a loop without calls: interrupt it
				interrupt(m);
		}
	}
}

void rt_sched_start_world(void)
{
	if (!rt_sched.active)
		return;
	atomic_store(&stw_flag, 0);
	rt_futex_wake(&stw_flag, INT_MAX);
}

static RT_NOINLINE void publish_and_wait(M *m, G *g)
{
	volatile uintptr_t here = 0;
	g->sp = (uintptr_t)&here;
	for (;;) {
		atomic_store(&m->status, M_STOPPED);
		// Most pauses are short (MGODEBUG=gcstress: a tiny heap per
		// collection): watch the flag a little before sleeping.
		for (int i = 0; i < 4000 && atomic_load_explicit(&stw_flag, memory_order_relaxed); i++)
			rt_cpu_relax();
		while (atomic_load(&stw_flag))
			rt_futex_wait(&stw_flag, 1);
		__atomic_store_n(m->guardp, rt_stack_guard_of(g), __ATOMIC_RELAXED);
		atomic_store(&m->status, M_RUNNING);
		if (!atomic_load(&stw_flag))
			return;
	}
}

// The registers are spilled into this frame, above publish_and_wait's,
// so the scan from the published sp covers them.
RT_NOINLINE void rt_sched_stop_here(void)
{
	M *m = rt_sched_m();
	if (!m || !m->curg || !atomic_load(&stw_flag))
		return;
	__builtin_unwind_init();
	publish_and_wait(m, m->curg);
	__asm__ volatile("" ::: "memory");
}

RT_NOINLINE _Noreturn void rt_sched_stop_forever(void)
{
	static _Atomic uint32_t never;   // nobody wakes it
	M *m = rt_sched_m();
	if (m && m->curg) {
		volatile uintptr_t here = 0;
		__builtin_unwind_init();
		m->curg->sp = (uintptr_t)&here;
		atomic_store(&m->status, M_STOPPED);
	}
	for (;;)
		rt_futex_wait(&never, 0);
}

void go_safepoint(void)
{
	M *m = rt_sched_m();
	if (!m || !m->curg)
		return;
	for (;;) {
		__atomic_store_n(m->guardp, rt_stack_guard_of(m->curg), __ATOMIC_RELAXED);
		atomic_thread_fence(memory_order_seq_cst);
		if (!atomic_load(&stw_flag))
			break;
		rt_sched_stop_here();
	}
	if (rt_preempt_take(m))
		rt_gosched();
}

// {==================== the collector's view ====================

uintptr_t rt_sched_current_stack_hi(void)
{
	M *m = rt_sched_m();
	return m && m->curg ? m->curg->cur->hi : 0;
}

typedef struct { void (*scan)(uintptr_t, uintptr_t); G *self; } ScanArg;

static void scan_one(G *g, void *arg)
{
	ScanArg *a = arg;
	uint32_t st = atomic_load(&g->status);
	if (st == G_IDLE || st == G_DEAD)
		return;
	// The caller scans its own current segment; sp 0 skips it.
	rt_stack_scan_g(g, g == a->self ? 0 : g->sp, a->scan);
}

void rt_sched_scan_stacks(void (*scan)(uintptr_t lo, uintptr_t hi))
{
	if (!rt_sched.active)
		return;
	M *m = rt_sched_m();
	ScanArg a = {scan, m ? m->curg : NULL};
	rt_stack_each_g(scan_one, &a);
}

// }==================== deadlock ====================

// Go's report: goroutine 1, then every other waiting goroutine in the
// order they were first made, each with its frames. Listed first and
// printed after: printing may grow a stack, which takes the stacks' lock.
typedef struct { G **gs; size_t n, cap; } GList;

static void list_waiting(G *g, void *arg)
{
	GList *l = arg;
	if (g == rt_sched.main_g || atomic_load(&g->status) != G_WAITING)
		return;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		G **gs = realloc(l->gs, cap * sizeof *gs);
		if (!gs)
			return;
		l->gs = gs;
		l->cap = cap;
	}
	l->gs[l->n++] = g;
}

_Noreturn void rt_deadlock(void)
{
	fflush(stdout);
	fputs("fatal error: all goroutines are asleep - deadlock!\n\n", stderr);
	G *g = rt_sched.main_g;
	if (atomic_load(&g->status) == G_WAITING)
		rt_sched_print_trace_of(g);
	else
		fputs("goroutine 1 [running]:\nmain.main()\n", stderr);
	GList l = {0};
	rt_stack_each_g(list_waiting, &l);
	for (size_t i = 0; i < l.n; i++) {
		fputc('\n', stderr);
		rt_sched_print_trace_of(l.gs[i]);
	}
	fflush(stderr);
	_exit(2);
}

// }==================== sysmon ====================

static void schedtrace(uint64_t now)
{
	char buf[4096];
	int n = snprintf(buf, sizeof buf,
	    "SCHED %llums: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d "
	    "idlethreads=%d goroutines=%lld runqueue=%d [",
	    (unsigned long long)((now - rt_sched.start_ns) / 1000000), rt_sched.nprocs,
	    (int)atomic_load(&rt_sched.nidle), rt_sched.nprocs + 1,
	    (int)atomic_load(&rt_sched.nmspinning), (int)atomic_load(&rt_sched.nidle),
	    (long long)atomic_load(&rt_sched.ngoroutines), (int)atomic_load(&rt_sched.gqsize));
	for (int i = 0; i < rt_sched.nprocs && n < (int)sizeof buf - 16; i++)
		n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%d", i ? " " : "",
		    rt_runq_len(&rt_sched.ps[i]));
	fprintf(stderr, "%s]\n", buf);
}

#define PREEMPT_NS 10000000u

// Every 10 ms: a goroutine that has run for 10 ms or more without a switch
// is asked to yield at its next poll, and goroutines queued behind one that
// ran the whole tick get an idle M.
static void *sysmon(void *arg)
{
	(void)arg;
	int n = rt_sched.nprocs;
	uint64_t *seen = calloc((size_t)n, sizeof *seen), *since = calloc((size_t)n, sizeof *since);
	uint32_t *queues = calloc(2 * (size_t)n, sizeof *queues);
	long trace = rt_debug_value("schedtrace");
	uint64_t next_trace = rt_sched.start_ns + (trace > 0 ? (uint64_t)trace * 1000000u : 0);
	for (;;) {
		usleep(10000);
		uint64_t now = rt_nanotime();
		for (int i = 0; i < n; i++) {
			M *m = &rt_sched.ms[i];
			volatile uintptr_t *guard = rt_m_guardp(m);
			if (!guard)
				continue;
			uint64_t t = atomic_load_explicit(&m->ticks, memory_order_relaxed);
			// A chain of runnext handoffs keeps one time slice (the M
			// flips between running and scheduling): only idleness or
			// a new slice restarts the clock.
			if (atomic_load(&m->status) == M_IDLE || t != seen[i]) {
				seen[i] = t;
				since[i] = now;
			} else if (now - since[i] >= PREEMPT_NS) {
				atomic_store(&m->preempt, (uint32_t)t + 1);
				__atomic_store_n(guard, RT_GUARD_POLL, __ATOMIC_RELAXED);
				interrupt(m);
				since[i] = now;
			}
		}
		rt_sched_check_rings(queues);
		if (trace > 0 && now >= next_trace) {
			schedtrace(now);
			next_trace += (uint64_t)trace * 1000000u;
		}
	}
	return NULL;
}

void rt_sysmon_start(void)
{
	pthread_t t;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 256 << 10);
	if (pthread_create(&t, &attr, sysmon, NULL) != 0) {
		fputs("fatal error: cannot create sysmon\n", stderr);
		_exit(2);
	}
	pthread_attr_destroy(&attr);
}
