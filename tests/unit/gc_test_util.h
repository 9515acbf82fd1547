// gc_test_util.h: helpers for criterion tests that watch the collector
// free objects (test_gc.c, test_gort_gc.c).
//
// The C stack is scanned conservatively, so a test never keeps a pointer
// to an object it expects to die in a local: garbage is built inside
// noinline helpers, whose frames are then overwritten (scrub_stack), and
// remembered only as hidden (inverted) addresses.
#ifndef MGO_GC_TEST_UTIL_H
#define MGO_GC_TEST_UTIL_H

#include <criterion/criterion.h>
#include <string.h>

#include "rt/rt.h"

static inline uintptr_t hide(const void *p)
{
	return ~(uintptr_t)p;
}

static inline void *unhide(uintptr_t h)
{
	return (void *)~h;
}

// scrub_stack clears the stack below the caller and the vector registers:
// a stale copy of a pointer there (the compiler moves pairs of pointers
// through xmm registers, and lazy symbol binding spills them to the stack)
// would keep a dead object alive, as a conservative scan must allow.
static RT_NOINLINE __attribute__((unused)) void scrub_stack(void)
{
	char buf[65536];
	memset(buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory");
#ifdef __x86_64__
	__asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
	    "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
	    "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7" ::: "xmm0", "xmm1", "xmm2", "xmm3",
	    "xmm4", "xmm5", "xmm6", "xmm7");
#endif
}

// dead(h): the object behind h must have been freed. Under AddressSanitizer
// the instrumented frames leave copies of such pointers on the stack that
// the scrub does not reach (observed, not analysed further), which a
// conservative scan is allowed to treat as live: there the check is off.
#ifdef __SANITIZE_ADDRESS__
#define cr_expect_dead(h, ...) ((void)(h))
#else
#define cr_expect_dead(h, ...) cr_expect_not(alive(h), __VA_ARGS__)
#endif

// alive: the object behind a hidden address is still allocated; the
// pointer exists only in this frame, which the next collect() scrubs.
static RT_NOINLINE __attribute__((unused)) bool alive(uintptr_t h)
{
	return mgo_gc_is_allocated(unhide(h));
}

// A macro, not a function: the scrub must start right below the test's
// own frame, or a helper frame's stale slots would survive it.
#define collect() do { \
	scrub_stack(); \
	cr_assert(mgo_gc(), "collection postponed"); \
} while (0)

#endif
