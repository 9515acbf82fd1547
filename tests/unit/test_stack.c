// test_stack.c: goroutine stack segments (rt/sched_stack.c) — growth onto
// new segments when a check fails, deep recursion across many of them (in
// goroutine 1 and in another one), the collector finding pointers held
// only in older segments (of the collecting goroutine and of a stopped
// one), a jump back across segments as a recovered panic makes, the
// segments a call crossing a boundary in a loop reuses, and the stack
// overflow report. The recursive functions here are written as codegen
// writes Go functions (codegen/gen_thunk.c, cg_gen_stack_check): a check, and
// a thunk that calls the function again on the new segment.
#ifdef RT_TSAN_SHIM
#include "test_rt_shim.h"
#else
#include <criterion/criterion.h>
#endif
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt/rt.h"
#include "rt/sched_impl.h"
#include "rt/go_rt.h"

TestSuite(stack);

#include "test_sched_child.h"

static int segments(void)
{
	int n = 0;
	for (Seg *s = rt_getg()->cur; s; s = s->prev)
		n++;
	return n;
}

// The thread's guard is the current segment's (or the poll value, which
// sysmon may store at any time).
static bool guard_is_current(void)
{
	uintptr_t guard = __atomic_load_n(&go_stack_guard, __ATOMIC_RELAXED);
	return guard == rt_stack_guard_of(rt_getg()) || guard == RT_GUARD_POLL;
}

// ---- a recursive function with a callback at the bottom ------------------------

struct deep_args {
	int64_t n;
	int64_t (*bottom)(void);
	int64_t r;
};
static void deep_ms(void *p);

static __attribute__((noinline)) int64_t deep(int64_t n, int64_t (*bottom)(void))
{
	if (GO_STACK_SHORT()) {
		struct deep_args a = {n, bottom, 0};
		go_stack_call(deep_ms, &a, 0);
		return a.r;
	}
	volatile int64_t a[8];
	a[n % 8] = n;
	if (n == 0)
		return bottom ? bottom() : 0;
	return deep(n - 1, bottom) + a[n % 8] - n + 1;
}

static void deep_ms(void *p)
{
	struct deep_args *a = p;
	a->r = deep(a->n, a->bottom);
}

// TSan records at most 64K frames per stack.
#ifdef RT_TSAN_SHIM
#define DEPTH 50000
#else
#define DEPTH 1000000
#endif

static _Atomic int nran, nsegs;

static int64_t count_segments(void)
{
	atomic_store(&nsegs, segments());
	return 0;
}

// ---- growth and deep recursion -------------------------------------------------

static void grow_main(void)
{
	CHECK(segments() == 1);
	CHECK(deep(2000, count_segments) == 2000);   // ~200 KiB of frames
	CHECK(atomic_load(&nsegs) >= 2);
	CHECK(segments() == 1);   // back on the first segment
	// The stack guard is the first segment's again.
	CHECK(guard_is_current());
}

Test(stack, grows_and_returns)
{
	expect_ok(grow_main, 1);
}

static void deep_g(void *arg)
{
	(void)arg;
	CHECK(deep(DEPTH, count_segments) == DEPTH);
	CHECK(atomic_load(&nsegs) >= 4);
	atomic_fetch_add(&nran, 1);
}

static void deep_main(void)
{
	CHECK(deep(DEPTH, NULL) == DEPTH);
	rt_go(deep_g, NULL);
	while (atomic_load(&nran) < 1)
		rt_gosched();
}

Test(stack, deep_recursion_many_segments)
{
	expect_ok(deep_main, 2);
}

// Depth is comparable across segments: deeper frames are deeper.
static uintptr_t outer_frame;
static int64_t check_depth(void)
{
	char here;
	CHECK(segments() >= 2);
	CHECK(rt_stack_depth((uintptr_t)&here) > rt_stack_depth(outer_frame));
	return 0;
}

static void depth_main(void)
{
	char here;
	outer_frame = (uintptr_t)&here;
	CHECK(deep(5000, check_depth) == 5000);
}

Test(stack, depth_across_segments)
{
	expect_ok(depth_main, 1);
}

// ---- the collector -------------------------------------------------------------

static _Atomic int at_bottom, stop;

static int64_t collect_at_bottom(void)
{
	CHECK(segments() >= 3);
	for (int i = 0; i < 3; i++) {
		CHECK(mgo_gc());
		for (int k = 0; k < 1000; k++)
			mgo_new(1000, false);   // garbage for the next cycle
	}
	return 0;
}

static void gc_self_main(void)
{
	mgo_gc_enable();
	// The only reference is in this frame, on the first segment.
	void *volatile p = mgo_new(64, false);
	((uint64_t *)p)[0] = 7;
	CHECK(deep(20000, collect_at_bottom) == 20000);
	CHECK(mgo_gc_is_allocated(p));
	CHECK(((uint64_t *)p)[0] == 7);
}

Test(stack, gc_scans_older_segments_of_the_collector)
{
	expect_ok(gc_self_main, 1);
}

static int64_t spin_at_bottom(void)
{
	CHECK(segments() >= 3);
	atomic_store(&at_bottom, 1);
	while (!atomic_load_explicit(&stop, memory_order_relaxed))
		GO_POLL();
	return 0;
}

static void holder(void *arg)
{
	(void)arg;
	void *volatile p = mgo_new(64, false);
	((uint64_t *)p)[0] = 9;
	CHECK(deep(20000, spin_at_bottom) == 20000);
	CHECK(mgo_gc_is_allocated(p));
	CHECK(((uint64_t *)p)[0] == 9);
	atomic_fetch_add(&nran, 1);
}

static void gc_other_main(void)
{
	mgo_gc_enable();
	rt_go(holder, NULL);
	while (!atomic_load(&at_bottom))
		rt_gosched();
	for (int i = 0; i < 3; i++) {
		CHECK(mgo_gc());
		for (int k = 0; k < 1000; k++)
			mgo_new(1000, false);
	}
	atomic_store(&stop, 1);
	while (atomic_load(&nran) < 1)
		rt_gosched();
}

Test(stack, gc_scans_older_segments_of_stopped_goroutines)
{
	expect_ok(gc_other_main, 1);
	expect_ok(gc_other_main, 2);
}

// ---- a jump back across segments (recover) -------------------------------------

static void *jb[5];
static uintptr_t resume_frame;

// Under ASan the frames the jump skips keep their redzones poisoned. The
// next calls at the same depths lay out the same frames, so they mostly
// fit the stale redzones; but a frame that is not one of deep()'s — the
// poll's path into the scheduler when sysmon preempted the goroutine,
// which only a loaded machine makes happen mid-recursion — lands on
// them and ASan reports an overflow. So unpoison the skipped range, as a
// recovered panic does (rt/go_panic.c).
extern void __asan_unpoison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));

static void unpoison(uintptr_t lo, uintptr_t hi)
{
	if (hi > lo)
		__asan_unpoison_memory_region((void *)lo, (size_t)(hi - lo));
}

static int64_t jump_back(void)
{
	CHECK(segments() >= 3);
	if (__asan_unpoison_memory_region)
		rt_stack_each_skipped((uintptr_t)__builtin_frame_address(0), (uintptr_t)jb[2], unpoison);
	rt_stack_unwind_to(resume_frame);
	__builtin_longjmp(jb, 1);
}

static __attribute__((noinline)) void jump_main(void)
{
	volatile int rounds = 0;
	char here;
	resume_frame = (uintptr_t)&here;
	if (__builtin_setjmp(jb))
		rounds++;
	CHECK(segments() == 1);
	CHECK(guard_is_current());
	if (rounds < 3)
		deep(20000, jump_back);   // the cached segments are used again
	CHECK(deep(DEPTH / 10, NULL) == DEPTH / 10);
}

Test(stack, unwind_across_segments)
{
	expect_ok(jump_main, 1);
}

// ---- a call crossing a boundary in a loop --------------------------------------

static Seg *first_grown;
static int64_t note_segment(void)
{
	Seg *s = rt_getg()->cur;
	if (!first_grown)
		first_grown = s;
	CHECK(s == first_grown);   // the same segment every time
	return 0;
}

static void hot_main(void)
{
	// Deep enough that the bottom is on the second segment.
	for (int i = 0; i < 100000; i++)
		CHECK(deep(400, note_segment) == 400);
	CHECK(first_grown != &rt_getg()->seg0);
}

Test(stack, boundary_in_a_loop_reuses_the_segment)
{
	expect_ok(hot_main, 1);
}

// ---- room for a large frame -----------------------------------------------------

// A function with a large frame asks go_stack_call for room (codegen's
// estimate): the new segment has it, even when the goroutine keeps a
// smaller one from an earlier switch.
static void room_ms(void *p)
{
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	*(uintptr_t *)p = sp - rt_stack_guard_of(rt_getg());
}

static void room_main(void)
{
	uintptr_t room = 0;
	go_stack_call(room_ms, &room, 0);
	CHECK(room > 64 << 10);
	go_stack_call(room_ms, &room, 3 << 20);
	CHECK(room >= 3 << 20);
	go_stack_call(room_ms, &room, 0);   // the large one is kept
	CHECK(room >= 3 << 20);
	CHECK(segments() == 1);
	CHECK(guard_is_current());
}

Test(stack, large_need_gets_a_large_segment)
{
	expect_ok(room_main, 1);
}

// ---- overflow ------------------------------------------------------------------

// The overflow needs more than TSan's 64K frames.
#ifndef RT_TSAN_SHIM
static volatile int64_t limit = INT64_MAX;   // never reached

struct unb_args {
	int64_t n, r;
};
static void unbounded_ms(void *p);

static __attribute__((noinline)) int64_t unbounded(int64_t n)
{
	if (GO_STACK_SHORT()) {
		struct unb_args a = {n, 0};
		go_stack_call(unbounded_ms, &a, 0);
		return a.r;
	}
	volatile int64_t a[8];
	a[n % 8] = n;
	if (n == limit)
		return 0;
	return unbounded(n + 1) + a[3];
}

static void unbounded_ms(void *p)
{
	struct unb_args *a = p;
	a->r = unbounded(a->n);
}

static void overflow_g(void *arg)
{
	(void)arg;
	unbounded(0);
}

static void stack_overflow_main(void)
{
	rt_go(overflow_g, NULL);
	for (;;)
		rt_gosched();
}

Test(stack, overflow_reported)
{
	int code = run_sched(stack_overflow_main, 1, errbuf, sizeof errbuf);
	cr_assert_eq(code, 2);
	cr_assert(strstr(errbuf, "runtime: goroutine stack exceeds 1000000000-byte limit\n") != NULL);
	cr_assert(strstr(errbuf, "fatal error: stack overflow\n\ngoroutine 2 [running]:\n") != NULL);
}

// C code that cannot grow dies the same way when its segment is short.
static __attribute__((noinline)) int64_t unbounded_nogrow(int64_t n)
{
	GO_STACK_CHECK();
	volatile int64_t a[8];
	a[n % 8] = n;
	if (n == limit)
		return 0;
	return unbounded_nogrow(n + 1) + a[3];
}

static void nogrow_main(void)
{
	unbounded_nogrow(0);
}

Test(stack, overflow_without_growth_reported)
{
	int code = run_sched(nogrow_main, 1, errbuf, sizeof errbuf);
	cr_assert_eq(code, 2);
	cr_assert(strstr(errbuf, "fatal error: stack overflow\n\ngoroutine 1 [running]:\n") != NULL);
}
#endif
