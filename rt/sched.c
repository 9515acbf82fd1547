// sched.c: the goroutine scheduler — run queues, the scheduling loop of
// each M, park/ready, go statements, goroutine 1 (rt/sched.h has the
// design; stacks are in sched_stack.c, stop-the-world, preemption and
// deadlock in sched_stw.c).
//
// Each M runs schedule() on its own thread stack and switches into a G
// with rt_ctx_switch; a G leaves by switching back, after recording in
// m->after what the M must do for it on the M's stack (finish parking by
// calling the unlock callback, queue it again, or free its slot): doing
// it there, after the switch, means no other M can resume the G before its
// registers are saved.
//
// TLS: a goroutine that parks on one thread may resume on another, and
// gcc may keep the address of a _Thread_local in a register across a
// call. The current M and G are read only through noipa accessors, and no
// M pointer is used after a switch without reading it again.
#include "rt/sched_impl.h"

#include <linux/futex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "rt/rt.h"

void rt_ctx_switch(uintptr_t *save_sp, uintptr_t new_sp);

// ThreadSanitizer must be told about every stack switch (each G is a
// "fiber"), or it mixes up the shadow stacks of goroutines.
#if defined(__SANITIZE_THREAD__)
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#define TSAN_SWITCH(fiber) __tsan_switch_to_fiber((fiber), 0)
#else
#define TSAN_SWITCH(fiber) ((void)0)
#endif
void rt_ctx_trampoline(void);
void rt_g_start(void);

Sched rt_sched = {.lock = RT_LOCK_INIT};

static _Thread_local M *tls_m __attribute__((tls_model("initial-exec")));
static _Thread_local G *tls_g __attribute__((tls_model("initial-exec")));
static _Thread_local uint32_t tls_rand __attribute__((tls_model("initial-exec")));
// go_rt.h's words: the stack limit / poll word, and the defer chain of the
// running goroutine (saved into its G at every switch).
_Thread_local volatile uintptr_t go_stack_guard __attribute__((tls_model("initial-exec")));
_Thread_local struct go_defer_frame *go_defer_top;

// A thread that is no scheduler thread (C API, unit tests) still gets a
// goroutine record to answer rt_getg and rt_g_param.
static _Thread_local G tls_fake_g;

__attribute__((noipa)) M *rt_sched_m(void)
{
	return tls_m;
}

__attribute__((noipa)) G *rt_getg(void)
{
	G *g = tls_g;
	return g ? g : &tls_fake_g;
}

__attribute__((noipa)) void rt_sched_set_g(G *g)
{
	tls_g = g;
}

int64_t rt_goid(const G *gp)
{
	return gp->id ? gp->id : 1;
}

uintptr_t *rt_g_param(G *gp)
{
	return &gp->param;
}

rt_panic_state *rt_g_panic_state(void)
{
	return &rt_getg()->panic;
}

bool rt_sched_active(void)
{
	return rt_sched.active;
}

__attribute__((noipa)) uint32_t rt_fastrand(void)
{
	uint32_t x = tls_rand;
	if (x == 0)
		x = (uint32_t)(uintptr_t)&tls_rand ^ (uint32_t)rt_nanotime() ^ 0x9e3779b9u;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	tls_rand = x;
	return x;
}

uint64_t rt_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void rt_futex_wait(_Atomic uint32_t *addr, uint32_t val)
{
	syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

void rt_futex_wake(_Atomic uint32_t *addr, int n)
{
	syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

static void throw(const char *msg)
{
	fflush(stdout);
	fprintf(stderr, "fatal error: %s\n", msg);
	_exit(2);
}

// {==================== run queues ====================
// A P's local queue is a ring: its owner puts at the tail (a release store
// publishes the slot); the owner and thieves take from the head by CAS.

int rt_runq_len(P *p)
{
	uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
	uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_acquire);
	return (int)(t - h);
}

void rt_runq_put_global(G *g)
{
	rt_lock(&rt_sched.lock);
	g->schedlink = NULL;
	if (rt_sched.gqtail)
		rt_sched.gqtail->schedlink = g;
	else
		rt_sched.gqhead = g;
	rt_sched.gqtail = g;
	atomic_fetch_add(&rt_sched.gqsize, 1);
	rt_unlock(&rt_sched.lock);
}

// Takes up to max goroutines from the global queue: the first is
// returned, the others go to p's ring.
G *rt_runq_get_global(P *p, int max)
{
	if (atomic_load_explicit(&rt_sched.gqsize, memory_order_relaxed) == 0)
		return NULL;
	rt_lock(&rt_sched.lock);
	G *first = rt_sched.gqhead;
	if (first) {
		rt_sched.gqhead = first->schedlink;
		int n = 1;
		uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
		while (n < max && rt_sched.gqhead &&
		    t - atomic_load_explicit(&p->runqhead, memory_order_acquire) < RUNQ_SIZE) {
			G *g = rt_sched.gqhead;
			rt_sched.gqhead = g->schedlink;
			atomic_store_explicit(&p->runq[t % RUNQ_SIZE], g, memory_order_relaxed);
			t++;
			n++;
		}
		atomic_store_explicit(&p->runqtail, t, memory_order_release);
		if (!rt_sched.gqhead)
			rt_sched.gqtail = NULL;
		atomic_fetch_sub(&rt_sched.gqsize, n);
	}
	rt_unlock(&rt_sched.lock);
	return first;
}

// The ring is full: half of it and g go to the global queue. Only the
// owner writes slots, so the claimed ones stay intact after the CAS; they
// are chained through schedlink, with no array on the stack (a goroutine
// on a small first segment may get here).
static void runq_put_slow(P *p, G *g, uint32_t h, uint32_t t)
{
	uint32_t n = (t - h) / 2;
	if (!atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n,
	    memory_order_acq_rel, memory_order_relaxed))
		return (void)rt_runq_put_global(g); // a thief made room meanwhile
	G *first = atomic_load_explicit(&p->runq[h % RUNQ_SIZE], memory_order_relaxed), *last = first;
	for (uint32_t i = 1; i < n; i++) {
		G *x = atomic_load_explicit(&p->runq[(h + i) % RUNQ_SIZE], memory_order_relaxed);
		last->schedlink = x;
		last = x;
	}
	last->schedlink = g;
	g->schedlink = NULL;
	rt_lock(&rt_sched.lock);
	if (rt_sched.gqtail)
		rt_sched.gqtail->schedlink = first;
	else
		rt_sched.gqhead = first;
	rt_sched.gqtail = g;
	atomic_fetch_add(&rt_sched.gqsize, (int32_t)n + 1);
	rt_unlock(&rt_sched.lock);
}

// next: g goes to runnext, and the goroutine it displaces to the ring.
static void runq_put(P *p, G *g, bool next)
{
	if (next) {
		g = atomic_exchange(&p->runnext, g);
		if (!g)
			return;
	}
	uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
	uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
	if (t - h < RUNQ_SIZE) {
		atomic_store_explicit(&p->runq[t % RUNQ_SIZE], g, memory_order_relaxed);
		atomic_store_explicit(&p->runqtail, t + 1, memory_order_release);
		return;
	}
	runq_put_slow(p, g, h, t);
}

// runnext first (*inherit: it runs on the current time slice), then the ring.
static G *runq_get(P *p, bool *inherit)
{
	G *g = atomic_load_explicit(&p->runnext, memory_order_acquire);
	if (g && atomic_compare_exchange_strong(&p->runnext, &g, NULL)) {
		*inherit = true;
		return g;
	}
	*inherit = false;
	for (;;) {
		uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
		uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
		if (t == h)
			return NULL;
		g = atomic_load_explicit(&p->runq[h % RUNQ_SIZE], memory_order_relaxed);
		if (atomic_compare_exchange_weak_explicit(&p->runqhead, &h, h + 1,
		    memory_order_release, memory_order_relaxed))
			return g;
	}
}

// }==================== idle and spinning Ms ====================
// Go's scheme. An M out of work first spins a little (SPIN_NS) stealing,
// counted in nmspinning; only then it sleeps. A goroutine made ready
// wakes a sleeping M only when no M is spinning (the spinner will find
// it), and the M it wakes starts out spinning. A spinner that gives up
// looks again, after it stopped counting as spinning, for what it may take
// at once (rt_steal_any_waiting), so a waker that saw it spinning (and woke
// nobody) is never missed: what else it queued is in the ring of a
// running P, which runs it, and sysmon wakes an idle M for a ring whose P
// leaves goroutines waiting (rt_sched_check_rings).

static bool any_work(void)
{
	if (atomic_load(&rt_sched.gqsize) > 0)
		return true;
	for (int i = 0; i < rt_sched.nprocs; i++)
		if (rt_runq_len(&rt_sched.ps[i]) > 0)
			return true;
	return false;
}

static bool any_runnext(void)
{
	for (int i = 0; i < rt_sched.nprocs; i++)
		if (atomic_load(&rt_sched.ps[i].runnext))
			return true;
	return false;
}

// Wakes an idle M, as a spinner, unless one spins already.
static void wake_idle(void)
{
	if (atomic_load(&rt_sched.nidle) == 0 || atomic_load(&rt_sched.nmspinning) != 0)
		return;
	int32_t none = 0;
	if (!atomic_compare_exchange_strong(&rt_sched.nmspinning, &none, 1))
		return;
	rt_lock(&rt_sched.lock);
	M *m = rt_sched.idle;
	if (m) {
		rt_sched.idle = m->idlenext;
		atomic_fetch_sub(&rt_sched.nidle, 1);
		m->spinning = true;
		atomic_store(&m->parked, 0);
	}
	rt_unlock(&rt_sched.lock);
	if (m)
		rt_futex_wake(&m->parked, 1);
	else
		atomic_fetch_sub(&rt_sched.nmspinning, 1);
}

void rt_sched_wake_idle(void)
{
	wake_idle();
}

// sysmon's look, once a tick, for goroutines left waiting on a P while an
// M may sleep: a ring whose head did not move, or a runnext while its P
// did not switch, since the last look (seen: two words per P) gets an idle
// M, which will find them waiting (sched_steal.c).
void rt_sched_check_rings(uint32_t *seen)
{
	for (int i = 0; i < rt_sched.nprocs; i++) {
		P *p = &rt_sched.ps[i];
		uint32_t sw = atomic_load_explicit(&p->nswitch, memory_order_acquire);
		uint32_t head = atomic_load_explicit(&p->runqhead, memory_order_acquire);
		if ((head == seen[2 * i] && rt_runq_len(p) > 0) ||
		    (sw == seen[2 * i + 1] && atomic_load(&p->runnext)))
			wake_idle();
		seen[2 * i] = head;
		seen[2 * i + 1] = sw;
	}
}

// Removes m from the idle list if a waker has not already.
static void unidle(M *m)
{
	rt_lock(&rt_sched.lock);
	if (atomic_load(&m->parked)) {
		M **pp = &rt_sched.idle;
		while (*pp != m)
			pp = &(*pp)->idlenext;
		*pp = m->idlenext;
		atomic_fetch_sub(&rt_sched.nidle, 1);
		atomic_store(&m->parked, 0);
	}
	rt_unlock(&rt_sched.lock);
}

// Registers m as idle first, then looks for work once more: a waker that
// queued work either is seen here or sees nidle > 0 (both sides are
// sequentially consistent). The last M to go idle with nothing queued
// means no goroutine can run again: deadlock.
// Sleeping goroutines (time.Sleep, rt/go_time.c, which overrides this when
// linked) will be readied by the timer thread: not a deadlock.
__attribute__((weak)) bool rt_timers_pending(void)
{
	return false;
}

static void go_idle(M *m)
{
	rt_lock(&rt_sched.lock);
	m->idlenext = rt_sched.idle;
	rt_sched.idle = m;
	atomic_store(&m->parked, 1);
	atomic_store(&m->status, M_IDLE);
	int32_t n = atomic_fetch_add(&rt_sched.nidle, 1) + 1;
	bool dead = n == rt_sched.nprocs && !any_work() && !any_runnext() && !rt_timers_pending();
	rt_unlock(&rt_sched.lock);
	if (dead)
		rt_deadlock();
	if (rt_steal_any_waiting()) {
		unidle(m);
	} else {
		while (atomic_load(&m->parked))
			rt_futex_wait(&m->parked, 1);
	}
	atomic_store(&m->status, M_SCHED);
}

// }==================== scheduling ====================

static void stop_spinning(M *m)
{
	m->spinning = false;
	atomic_fetch_sub(&rt_sched.nmspinning, 1);
}

static G *find_work(M *m, bool *inherit)
{
	P *p = m->p;
	for (;;) {
		G *g;
		*inherit = false;
		// Now and then the global queue first, so that it cannot starve.
		if (p->schedtick % 61 == 0 && (g = rt_runq_get_global(p, 1)))
			return g;
		if ((g = runq_get(p, inherit)))
			return g;
		if ((g = rt_runq_get_global(p, RUNQ_SIZE / 2)))
			return g;
		int32_t busy = rt_sched.nprocs - atomic_load(&rt_sched.nidle);
		if (!m->spinning && 2 * atomic_load(&rt_sched.nmspinning) < busy) {
			m->spinning = true;
			atomic_fetch_add(&rt_sched.nmspinning, 1);
		}
		if (m->spinning) {
			if ((g = rt_steal_spin(p)))
				return g;
			stop_spinning(m);
			if (rt_steal_any_waiting())
				continue;
		} else if ((g = rt_steal_backlog(p))) {
			return g;
		}
		go_idle(m);
	}
}

static G *find_runnable(M *m, bool *inherit)
{
	for (;;) {
		G *g = find_work(m, inherit);
		if (m->spinning) {
			// Keep one M spinning while there is work to take.
			stop_spinning(m);
			if (atomic_load(&rt_sched.nmspinning) == 0 && any_work())
				wake_idle();
		}
		// A chain of handoffs through runnext used up its time slice
		// (sysmon): the goroutine queues behind the others.
		if (*inherit && rt_preempt_take(m)) {
			runq_put(m->p, g, false);
			continue;
		}
		return g;
	}
}

static void execute(M *m, G *g, bool inherit)
{
	m->curg = g;
	atomic_store_explicit(&m->p->nswitch, atomic_load_explicit(&m->p->nswitch, memory_order_relaxed) + 1,
			      memory_order_release);
	if (!inherit) {   // a new time slice
		m->p->schedtick++;
		// Plain stores: only this M writes ticks, and a request in preempt
		// names its slice (rt_preempt_take), so a late one is ignored. An
		// atomic read-modify-write or sequentially consistent store here
		// costs every goroutine switch a locked instruction.
		atomic_store_explicit(&m->ticks, atomic_load_explicit(&m->ticks, memory_order_relaxed) + 1,
				      memory_order_relaxed);
		atomic_store_explicit(&m->preempt, 0, memory_order_relaxed);
	}
	atomic_store_explicit(&g->status, G_RUNNING, memory_order_release);
	rt_sched_set_g(g);
	go_defer_top = g->defer_top;
	if (g->small)
		rt_sched_nosig(m);
	TSAN_SWITCH(g->tsan_fiber);
	rt_ctx_switch(&m->g0sp, g->sp);
	// Back on the M's stack: g switched out.
	atomic_store_explicit(&m->nosig, 0, memory_order_relaxed);
	g->defer_top = go_defer_top;
	m->curg = NULL;
	rt_sched_set_g(NULL);
	// Release: a stop-the-world that sees M_SCHED sees g's state saved.
	atomic_store_explicit(&m->status, M_SCHED, memory_order_release);
	switch (m->after) {
	case AFTER_PARK:
		if (g->unlock)
			g->unlock(g->unlock_arg);
		break;
	case AFTER_YIELD:
		atomic_store(&g->status, G_RUNNABLE);
		rt_runq_put_global(g);
		break;
	case AFTER_EXIT:
		atomic_fetch_sub(&rt_sched.ngoroutines, 1);
		rt_stack_free(g);
		break;
	}
	m->after = AFTER_NONE;
}

static _Noreturn void schedule(M *m)
{
	for (;;) {
		bool inherit;
		G *g = find_runnable(m, &inherit);
		// Not while the world is stopped: publish "running", then look.
		for (;;) {
			__atomic_store_n(m->guardp, rt_stack_guard_of(g), __ATOMIC_RELAXED);
			atomic_store(&m->status, M_RUNNING);
			if (!rt_stw_wait_if_pending(m))
				break;
		}
		execute(m, g, inherit);
	}
}

// A deadlock report resumes each waiting goroutine in its park so that it
// prints its own trace: the unwinder walks only the stack it runs on.
static bool dumping_traces;

extern void go_print_traceback(const char *status) __attribute__((weak));
extern void go_main_exit_wait(void) __attribute__((weak));

static void print_trace_here(void *arg)
{
	G *g = arg;
	const char *reason = g->waitreason ? g->waitreason : "waiting";
	if (go_print_traceback)
		go_print_traceback(reason);
	else    // the runtime alone (its unit tests): no frames to name
		fprintf(stderr, "goroutine %lld [%s]:\n", (long long)rt_goid(g), reason);
}

static _Noreturn void print_own_trace(M *m, G *g)
{
	// The unwinder and stdio need more than a small first segment holds.
	if (rt_stack_on_small())
		rt_stack_call_big(print_trace_here, g);
	else
		print_trace_here(g);
	TSAN_SWITCH(m->tsan_fiber);
	rt_ctx_switch(&g->sp, m->g0sp);
	__builtin_unreachable();    // the reporting M exits the process
}

void rt_sched_print_trace_of(G *g)
{
	M *m = rt_sched_m();
	dumping_traces = true;
	m->curg = g;
	rt_sched_set_g(g);
	TSAN_SWITCH(g->tsan_fiber);
	rt_ctx_switch(&m->g0sp, g->sp);
	m->curg = NULL;
	rt_sched_set_g(NULL);
}

// Called on g's stack: switch to the M's stack, which finishes `after`.
static void switch_out(int after)
{
	M *m = rt_sched_m();
	G *g = m->curg;
	m->after = after;
	TSAN_SWITCH(m->tsan_fiber);
	rt_ctx_switch(&g->sp, m->g0sp);
	// Resumed, maybe on another M: execute() set everything up.
	if (__builtin_expect(dumping_traces, 0))
		print_own_trace(rt_sched_m(), g);
}

void rt_park(void (*unlock)(void *arg), void *arg, const char *reason)
{
	G *g = rt_getg();
	if (!rt_sched.active || g == &tls_fake_g)
		throw("rt_park outside a goroutine");
	g->unlock = unlock;
	g->unlock_arg = arg;
	g->waitreason = reason;
	atomic_store(&g->status, G_WAITING);
	switch_out(AFTER_PARK);
}

void rt_ready(G *gp)
{
	// Release only: the fence below orders the queue against wake_idle.
	atomic_store_explicit(&gp->status, G_RUNNABLE, memory_order_release);
	M *m = rt_sched_m();
	if (m && m->p)
		runq_put(m->p, gp, true);
	else
		rt_runq_put_global(gp);
	atomic_thread_fence(memory_order_seq_cst);
	wake_idle();
}

void rt_gosched(void)
{
	if (!rt_sched.active || rt_getg() == &tls_fake_g)
		return;
	switch_out(AFTER_YIELD);
}

// First code of every goroutine (rt_ctx_trampoline calls it).
void rt_g_start(void)
{
	G *g = rt_getg();
	g->fn(g->arg);
	if (g == rt_sched.main_g) {  // main returned: abandon the others
		if (go_main_exit_wait)   // ... unless one is panicking
			go_main_exit_wait();
		exit(0);                 // atexit reports (MGODEBUG=allocs) still run
	}

	g->arg = NULL;
	atomic_store(&g->status, G_DEAD);
	switch_out(AFTER_EXIT);
	__builtin_unreachable();
}

static G *new_g(void (*fn)(void *), void *arg, bool small)
{
	G *g = rt_stack_alloc(small);
#if defined(__SANITIZE_THREAD__)
	if (!g->tsan_fiber)
		g->tsan_fiber = __tsan_create_fiber(0);
#endif
	g->fn = fn;
	g->arg = arg;
	g->id = atomic_fetch_add(&rt_sched.nextid, 1);
	// The first switch pops six callee-saved registers and returns into
	// the trampoline with a 16-byte-aligned stack.
	uintptr_t top = ((uintptr_t)g & ~(uintptr_t)15) - 16;
	uintptr_t *sp = (uintptr_t *)(top - 8);
	*sp = (uintptr_t)rt_ctx_trampoline;
	for (int i = 0; i < 6; i++)
		*--sp = 0;
	g->sp = (uintptr_t)sp;
	atomic_fetch_add(&rt_sched.ngoroutines, 1);
	return g;
}

void rt_go(void (*fn)(void *), void *arg)
{
	rt_go_at(fn, arg, 0);
}

void rt_go_at(void (*fn)(void *), void *arg, uintptr_t gopc)
{
	G *g = new_g(fn, arg, false);
	g->gopc = gopc;
	rt_ready(g);
}

void rt_go_small(void (*fn)(void *), void *arg, uintptr_t gopc)
{
	G *g = new_g(fn, arg, true);
	g->gopc = gopc;
	rt_ready(g);
}

uintptr_t rt_g_gopc(const G *gp)
{
	return gp->gopc;
}

// }==================== start-up ====================

static void m_init_thread(M *m)
{
	tls_m = m;
	m->thread = pthread_self();
#if defined(__SANITIZE_THREAD__)
	m->tsan_fiber = __tsan_get_current_fiber();
#endif
	rt_tls_mcache = m->p->mcache;
	// Last, and published: sysmon and the collector poke only Ms whose
	// thread has started (a loaded machine may start one more than 10 ms
	// late, and sysmon once stored through the NULL guardp of such an M:
	// a SIGSEGV in the middle of deadlock-wg's report).
	__atomic_store_n(&m->guardp, &go_stack_guard, __ATOMIC_RELEASE);
}

static void *m_main(void *arg)
{
	M *m = arg;
	m_init_thread(m);
	atomic_store(&m->status, M_SCHED);
	schedule(m);
}

static int nprocs_from_env(void)
{
	const char *e = getenv("GOMAXPROCS");
	int n = e ? atoi(e) : 0;
	if (n <= 0)
		n = (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (n <= 0)
		n = 1;
	if (n > RT_MAX_PROCS)
		n = RT_MAX_PROCS;
	return n;
}

static void main_entry(void *arg)
{
	((void (*)(void))arg)();
}

_Noreturn void rt_sched_main(void (*fn)(void))
{
	int n = nprocs_from_env();
	rt_sched.nprocs = n;
	rt_sched.ps = calloc((size_t)n, sizeof(P));
	rt_sched.ms = calloc((size_t)n, sizeof(M));
	if (!rt_sched.ps || !rt_sched.ms)
		throw("out of memory (scheduler)");
	rt_sched.nextid = 1;
	rt_sched.start_ns = rt_nanotime();
	for (int i = 0; i < n; i++) {
		rt_sched.ps[i].id = i;
		rt_sched.ps[i].mcache = rt_mcache_new();
		rt_sched.ms[i].id = i;
		rt_sched.ms[i].p = &rt_sched.ps[i];
		atomic_store(&rt_sched.ms[i].status, M_SCHED);
	}
	M *m0 = &rt_sched.ms[0];
	m_init_thread(m0);
	rt_sched.main_g = new_g(main_entry, (void *)fn, false);
	runq_put(m0->p, rt_sched.main_g, false);
	rt_sched.active = true;
	rt_sched_signals_init();
	for (int i = 1; i < n; i++) {
		pthread_attr_t attr;
		pthread_attr_init(&attr);
		pthread_attr_setstacksize(&attr, 1 << 20);
		pthread_t t;
		if (pthread_create(&t, &attr, m_main, &rt_sched.ms[i]) != 0)
			throw("cannot create thread");
		pthread_attr_destroy(&attr);
	}
	rt_sysmon_start();
	schedule(m0);
}
