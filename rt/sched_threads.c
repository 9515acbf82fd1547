// sched_threads.c: an interim implementation of the goroutine contract
// (rt/sched.h) in which every goroutine is a detached OS thread. It exists
// so that channels, select and sync can be written against rt/sched.h
// before the M:N scheduler lands; that scheduler replaces this whole file.
//
// A goroutine's G lives on its thread's stack (thread-local pointer); the
// main thread's G is static. Parking sleeps on a futex word in the G, after
// a short spin and a few yields (a futex round trip costs more than the
// peer of a ping-pong usually takes to answer).
//
// Deadlock detection: one atomic word holds the number of live goroutines
// (high half) and the number parked and not yet readied (low half). A
// goroutine counts itself parked before it releases the lock of the object
// it waits on, and a waker needs that lock to find it, so "parked == live"
// means that nobody is left to ready anybody: Go's "all goroutines are
// asleep".
//
// The collector cannot stop these threads (rt/rt.h, "Threads"): go_go keeps
// today's rule, collections wait while any goroutine runs.
#include "go_rt.h"
#include "mgo.h"
#include "rt/sched.h"

#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

struct G {
	uint32_t wake;           // 0 running or parked, 1 readied, 2 asleep on the futex
	uintptr_t param;         // rt_g_param
	int64_t goid;
	const char *waitreason;  // while parked
};

static G g_main = {.goid = 1};
static _Thread_local G *tls_g;
// Go 1.19 starts its runtime goroutines first: the first user one is 6.
static int64_t next_goid = 6;

#define LIVE_ONE ((uint64_t)1 << 32)
static uint64_t counts = LIVE_ONE;   // main is live; see the header

// A parking goroutine first spins briefly (the peer on another core often
// answers within a microsecond), then yields its core a few times (the peer
// may be waiting for it: on the 2-core machine shared with other loads,
// yielding made unbuffered ping-pong 5-10x faster than a 2000-pause spin),
// and only then sleeps on the futex.
enum { PARK_SPIN = 50, PARK_YIELDS = 20 };

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ volatile("yield");
#endif
}

_Noreturn static void deadlock(void)
{
	fflush(stdout);
	const char *why = __atomic_load_n(&g_main.waitreason, __ATOMIC_ACQUIRE);
	fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [%s]:\n"
		"main.main()\n", why ? why : "running");
	_exit(2);
}

static void check_deadlock(uint64_t c)
{
	uint64_t live = c >> 32, parked = c & (LIVE_ONE - 1);
	if (live > 0 && parked >= live)
		deadlock();
}

G *rt_getg(void)
{
	G *gp = tls_g;
	if (__builtin_expect(gp != NULL, 1))
		return gp;
	if (syscall(SYS_gettid) == getpid()) {
		gp = &g_main;
	} else {
		// A thread the program did not start with go_go (a C test's
		// pthread): a goroutine that lives as long as the process.
		gp = calloc(1, sizeof *gp);
		if (!gp)
			abort();
		gp->goid = __atomic_fetch_add(&next_goid, 1, __ATOMIC_RELAXED);
		__atomic_fetch_add(&counts, LIVE_ONE, __ATOMIC_RELAXED);
	}
	tls_g = gp;
	return gp;
}

int64_t rt_goid(const G *gp)
{
	return gp->goid;
}

uintptr_t *rt_g_param(G *gp)
{
	return &gp->param;
}

void rt_park(void (*unlock)(void *arg), void *arg, const char *reason)
{
	G *gp = rt_getg();
	__atomic_store_n(&gp->waitreason, reason, __ATOMIC_RELEASE);
	check_deadlock(__atomic_add_fetch(&counts, 1, __ATOMIC_ACQ_REL));
	if (unlock)
		unlock(arg);
	for (int i = 0; i < PARK_SPIN; i++) {
		if (__atomic_load_n(&gp->wake, __ATOMIC_ACQUIRE) == 1)
			goto woken;
		cpu_relax();
	}
	for (int i = 0; i < PARK_YIELDS; i++) {
		if (__atomic_load_n(&gp->wake, __ATOMIC_ACQUIRE) == 1)
			goto woken;
		sched_yield();
	}
	uint32_t running = 0;
	if (__atomic_compare_exchange_n(&gp->wake, &running, 2, false, __ATOMIC_ACQ_REL,
					__ATOMIC_ACQUIRE)) {
		while (__atomic_load_n(&gp->wake, __ATOMIC_ACQUIRE) != 1)
			syscall(SYS_futex, &gp->wake, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
	}
woken:
	__atomic_store_n(&gp->wake, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&gp->waitreason, NULL, __ATOMIC_RELAXED);
}

void rt_ready(G *gp)
{
	__atomic_sub_fetch(&counts, 1, __ATOMIC_ACQ_REL);
	// gp may return from rt_park (and its thread exit) as soon as it sees
	// 1: a futex wake on a vanished stack only gets EFAULT.
	if (__atomic_exchange_n(&gp->wake, 1, __ATOMIC_ACQ_REL) == 2)
		syscall(SYS_futex, &gp->wake, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void rt_gosched(void)
{
	sched_yield();
}

uint32_t rt_fastrand(void)
{
	static _Thread_local uint64_t state;
	if (__builtin_expect(state == 0, 0)) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		state = ((uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ull) ^ (uintptr_t)&state;
		state |= 1;
	}
	// wyrand
	state += 0xa0761d6478bd642full;
	__uint128_t m = (__uint128_t)state * (state ^ 0xe7037ed1a0b428dbull);
	return (uint32_t)((uint64_t)(m >> 64) ^ (uint64_t)m);
}

// {==================== goroutines ====================

struct start {
	go_closure *fn;
	int64_t goid;
};

static void *goroutine_main(void *arg)
{
	struct start st = *(struct start *)arg;
	free(arg);
	G g = {.goid = st.goid};
	tls_g = &g;
	((void (*)(go_closure *))st.fn->fn)(st.fn);
	mgo_gc_threads_add(-1);   // done with Go values: collections may run
	tls_g = NULL;
	check_deadlock(__atomic_sub_fetch(&counts, LIVE_ONE, __ATOMIC_ACQ_REL));
	return NULL;
}

void go_go(go_closure *c)
{
	struct start *st = malloc(sizeof *st);
	if (!st) {
		fputs("fatal error: out of memory\n", stderr);
		_exit(2);
	}
	st->fn = c;
	st->goid = __atomic_fetch_add(&next_goid, 1, __ATOMIC_RELAXED);
	// Live before it exists: the parent cannot be counted alone.
	__atomic_fetch_add(&counts, LIVE_ONE, __ATOMIC_ACQ_REL);
	// The collector cannot stop goroutines yet (rt/rt.h, "Threads"): it
	// waits while any runs.
	mgo_gc_threads_add(1);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 64 << 20);
	pthread_t t;
	if (pthread_create(&t, &attr, goroutine_main, st) != 0) {
		fputs("fatal error: cannot create goroutine\n", stderr);
		_exit(2);
	}
	pthread_attr_destroy(&attr);
}

// }
