// test_sched.c: the goroutine scheduler (rt/sched*.c) — park/ready, run
// queues (overflow to the global queue, stealing), yielding, preemption,
// stop-the-world collections with other goroutines running, the deadlock
// report (the stacks are test_stack.c's). rt_sched_main
// never returns (the process ends with goroutine 1), so each case runs it
// in a child process and checks its exit status and stderr. Also built
// under ThreadSanitizer by `make tsan` (tests/unit/test_rt_shim.h).
#ifdef RT_TSAN_SHIM
#include "test_rt_shim.h"
#else
#include <criterion/criterion.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rt/rt.h"
#include "rt/sched_impl.h"
#include "rt/go_rt.h"

TestSuite(sched);

#include "test_sched_child.h"

// ---- park / ready -------------------------------------------------------------

static rt_lock_t lk = RT_LOCK_INIT;
static G *waiting;

static void waker(void *arg)
{
	(void)arg;
	rt_lock(&lk);
	G *g = waiting;
	waiting = NULL;
	rt_unlock(&lk);
	CHECK(g != NULL);
	CHECK(rt_goid(rt_getg()) == 2);
	*rt_g_param(g) = 42;
	rt_ready(g);
}

static void park_main(void)
{
	CHECK(rt_goid(rt_getg()) == 1);
	rt_lock(&lk);
	waiting = rt_getg();
	rt_go(waker, NULL);
	rt_park(rt_unlock_cb, &lk, "chan receive");
	CHECK(*rt_g_param(rt_getg()) == 42);
	CHECK(waiting == NULL);
}

Test(sched, park_ready)
{
	expect_ok(park_main, 1);
	expect_ok(park_main, 2);
}

// ---- run queues ---------------------------------------------------------------

#define NG 1000
static _Atomic int ran[NG];
static _Atomic int nran, on_other_m;

static void count_g(void *arg)
{
	atomic_fetch_add(&ran[(intptr_t)arg], 1);
	M *m = rt_sched_m();
	if (m->id != 0)
		atomic_fetch_add(&on_other_m, 1);
	atomic_fetch_add(&nran, 1);
}

// More goroutines than a local ring holds: the rest goes to the global
// queue; each runs exactly once.
static void overflow_main(void)
{
	for (intptr_t i = 0; i < NG; i++)
		rt_go(count_g, (void *)i);
	while (atomic_load(&nran) < NG)
		rt_gosched();
	for (int i = 0; i < NG; i++)
		CHECK(atomic_load(&ran[i]) == 1);
}

Test(sched, runq_overflow)
{
	expect_ok(overflow_main, 1);
	expect_ok(overflow_main, 3);
}

static void slow_g(void *arg)
{
	uint64_t t = rt_nanotime();
	while (rt_nanotime() - t < 2000000)
		GO_POLL();
	count_g(arg);
}

// Goroutine 1 keeps P0 busy: the other P steals from P0's queue.
static void steal_main(void)
{
	for (intptr_t i = 0; i < 100; i++)
		rt_go(slow_g, (void *)i);
	uint64_t t = rt_nanotime();
	while (atomic_load(&nran) < 100 && rt_nanotime() - t < 20000000000u)
		GO_POLL();
	CHECK(atomic_load(&nran) == 100);
	CHECK(atomic_load(&on_other_m) > 0);
}

Test(sched, stealing)
{
	expect_ok(steal_main, 2);
}

// Goroutines too short for their P to look quiet (it switches every 3 us)
// but queued 100 deep: draining them alone would take 300 us, so the
// other M takes half (sched.c, ring_waits). Goroutine 1 sleeps until the
// last one wakes it. A round counts as spread when the goroutines ran on
// both Ms: 7 to 34 rounds of 50 on this 2-core machine, 0 to 5 without the
// drain estimate (the wake-up of the idle M takes part of a round); the
// check asks for one, so that a machine busy with other work passes.
enum { SHORT_G = 100, ROUNDS = 50 };
static _Atomic int short_done, short_ms;
static rt_lock_t short_lk = RT_LOCK_INIT;
static G *short_waiter;

static void short_g(void *arg)
{
	(void)arg;
	uint64_t t = rt_nanotime();
	while (rt_nanotime() - t < 3000)
		;
	atomic_fetch_or(&short_ms, 1 << (rt_sched_m()->id & 7));
	if (atomic_fetch_add(&short_done, 1) + 1 == SHORT_G) {
		rt_lock(&short_lk);
		G *g = short_waiter;
		short_waiter = NULL;
		rt_unlock(&short_lk);
		if (g)
			rt_ready(g);
	}
}

static void short_main(void)
{
	int spread = 0;
	for (int r = 0; r < ROUNDS; r++) {
		atomic_store(&short_done, 0);
		atomic_store(&short_ms, 0);
		for (int i = 0; i < SHORT_G; i++)
			rt_go(short_g, NULL);
		rt_lock(&short_lk);
		if (atomic_load(&short_done) < SHORT_G) {
			short_waiter = rt_getg();
			rt_park(rt_unlock_cb, &short_lk, "wait");
		} else {
			rt_unlock(&short_lk);
		}
		spread += __builtin_popcount((unsigned)atomic_load(&short_ms)) > 1;
	}
	if (spread == 0)
		fprintf(stderr, "no round of %d ran on both Ms\n", ROUNDS);
	CHECK(spread > 0);
}

Test(sched, short_goroutines_queued_deep_are_shared)
{
	expect_ok(short_main, 2);
}

// ---- yielding and preemption --------------------------------------------------

static char trace[64];
static _Atomic int ntrace;

static void yielder(void *arg)
{
	for (int i = 0; i < 3; i++) {
		trace[atomic_fetch_add(&ntrace, 1)] = *(const char *)arg;
		rt_gosched();
	}
	atomic_fetch_add(&nran, 1);
}

static _Atomic int nwarm;

static void warm_g(void *arg)
{
	(void)arg;
	atomic_fetch_add(&nwarm, 1);
}

// Tests of the order of goroutines: n goroutines run and end first, so
// that the ones the test starts reuse their records (under TSan, making
// a G's fiber takes longer than a time slice, and sysmon would end the
// slice mid-test); then goroutine 1 starts a fresh slice.
static void warm_up(int n)
{
	for (int i = 0; i < n; i++)
		rt_go(warm_g, NULL);
	while (atomic_load(&nwarm) < n)
		rt_gosched();
	rt_gosched();
}

static void gosched_main(void)
{
	warm_up(2);
	rt_go(yielder, "a");
	rt_go(yielder, "b");
	while (atomic_load(&nran) < 2)
		rt_gosched();
	// b took runnext from a (Go's order), then they alternate.
	if (strcmp(trace, "bababa") != 0)
		fprintf(stderr, "trace %s\n", trace);
	CHECK(strcmp(trace, "bababa") == 0);
}

Test(sched, gosched_alternates)
{
	expect_ok(gosched_main, 1);
}

static _Atomic int stop, spinning;

static void spinner(void *arg)
{
	(void)arg;
	atomic_store(&spinning, 1);
	while (!atomic_load_explicit(&stop, memory_order_relaxed))
		GO_POLL();
}

// One P: goroutine 1 gets it back only by preempting the spinner.
static void preempt_main(void)
{
	rt_go(spinner, NULL);
	while (!atomic_load(&spinning))
		rt_gosched();
	atomic_store(&stop, 1);
}

Test(sched, preemption)
{
	expect_ok(preempt_main, 1);
}

// ---- runnext -------------------------------------------------------------------

static char order[8];
static _Atomic int norder;

static void mark(void *arg)
{
	order[atomic_fetch_add(&norder, 1)] = *(const char *)arg;
}

// A new goroutine takes runnext (as in Go): the last one started runs
// first, the ones it displaced follow in order.
static void runnext_main(void)
{
	warm_up(3);
	rt_go(mark, "a");
	rt_go(mark, "b");
	rt_go(mark, "c");
	while (atomic_load(&norder) < 3)
		rt_gosched();
	CHECK(strcmp(order, "cab") == 0);
}

Test(sched, runnext_runs_first)
{
	expect_ok(runnext_main, 1);
}

// Two goroutines hand the P to each other through runnext, a time slice
// that never ends by itself: goroutine 1, queued behind them, must still
// get the P back (sysmon ends the slice after 10 ms).
static rt_lock_t pp_lk = RT_LOCK_INIT;
static G *pp_waiter;
static _Atomic int pp_stop, pp_rounds;
static bool chain_one_p;   // with two Ps main may run beside the chain

static void pp_player(void *arg)
{
	(void)arg;
	while (!atomic_load(&pp_stop)) {
		rt_lock(&pp_lk);
		G *other = pp_waiter;
		pp_waiter = rt_getg();
		if (other)
			rt_ready(other);
		atomic_fetch_add(&pp_rounds, 1);
		rt_park(rt_unlock_cb, &pp_lk, "chan receive");
	}
	rt_lock(&pp_lk);
	G *other = pp_waiter;
	pp_waiter = NULL;
	rt_unlock(&pp_lk);
	if (other && other != rt_getg())
		rt_ready(other);
	atomic_fetch_add(&nran, 1);
}

static void chain_main(void)
{
	rt_go(pp_player, NULL);
	rt_go(pp_player, NULL);
	while (atomic_load(&pp_rounds) < 2)
		rt_gosched();
	rt_gosched();   // behind a chain of handoffs
	if (chain_one_p)
		CHECK(atomic_load(&pp_rounds) > 2);
	atomic_store(&pp_stop, 1);
	while (atomic_load(&nran) < 2)
		rt_gosched();
}

Test(sched, runnext_chain_is_preempted)
{
	chain_one_p = true;
	expect_ok(chain_main, 1);
	chain_one_p = false;
	expect_ok(chain_main, 2);
}

// ---- goroutine records are reused -------------------------------------------

static void count_g_rec(G *g, void *arg)
{
	(void)g;
	++*(int *)arg;
}

static void reuse_main(void)
{
	for (int round = 0; round < 20; round++) {
		atomic_store(&nran, 0);
		for (int i = 0; i < 50; i++) {
			rt_go(count_g, NULL);
			rt_go_small(count_g, NULL, 0);
		}
		while (atomic_load(&nran) < 100)
			rt_gosched();
	}
	// 2,000 goroutines ran; their records (and first segments) came back.
	int n = 0;
	rt_stack_each_g(count_g_rec, &n);
	CHECK(n <= 210);
}

Test(sched, dead_goroutines_are_reused)
{
	expect_ok(reuse_main, 1);
	expect_ok(reuse_main, 2);
}

// ---- the collector ------------------------------------------------------------

static void holder(void *arg)
{
	(void)arg;
	// The only reference to the object is in this goroutine's frame.
	void *volatile p = mgo_new(64, false);
	((uint64_t *)p)[0] = 7;
	atomic_store(&spinning, 1);
	while (!atomic_load_explicit(&stop, memory_order_relaxed))
		GO_POLL();
	CHECK(mgo_gc_is_allocated(p));
	CHECK(((uint64_t *)p)[0] == 7);
	atomic_fetch_add(&nran, 1);
}

static void gc_main(void)
{
	mgo_gc_enable();
	rt_go(holder, NULL);
	while (!atomic_load(&spinning))
		rt_gosched();
	uint32_t before = atomic_load(&rt_gc.cycle);
	for (int i = 0; i < 5; i++) {
		CHECK(mgo_gc());
		for (int k = 0; k < 1000; k++)
			mgo_new(1000, false);   // garbage for the next cycle
	}
	CHECK(atomic_load(&rt_gc.cycle) >= before + 5);
	atomic_store(&stop, 1);
	while (atomic_load(&nran) < 1)
		rt_gosched();
}

Test(sched, gc_stops_running_goroutines)
{
	expect_ok(gc_main, 1);
	expect_ok(gc_main, 2);
}

// ---- deadlock -----------------------------------------------------------------

static void blocked_forever(void *arg)
{
	(void)arg;
	rt_lock(&lk);
	rt_park(rt_unlock_cb, &lk, "semacquire");
}

static void deadlock_main(void)
{
	rt_go(blocked_forever, NULL);
	rt_gosched();
	rt_lock(&lk);
	rt_park(rt_unlock_cb, &lk, "chan receive");
}

Test(sched, deadlock_reported)
{
	for (int p = 1; p <= 2; p++) {
		int code = run_sched(deadlock_main, p, errbuf, sizeof errbuf);
		cr_assert_eq(code, 2);
		// goroutine 1 first, then every other waiting one
		cr_assert(strstr(errbuf, "fatal error: all goroutines are asleep - deadlock!\n\n"
		    "goroutine 1 [chan receive]:\n\ngoroutine 2 [semacquire]:\n") != NULL, "%s", errbuf);
	}
}
