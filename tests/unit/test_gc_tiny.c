// test_gc_tiny.c: Go's tiny allocator (rt/malloc.c, new_tiny): pointer-free
// objects under 16 bytes share 16-byte blocks, aligned by their size; a
// block lives while any object in it does; each object still counts as an
// allocation. Garbage is built and hidden as gc_test_util.h explains.
#include <criterion/criterion.h>
#include <stdint.h>

#include "rt/rt.h"
#include "gc_test_util.h"

static void *root_any;   // a conservative root

static void setup(void)
{
	rt_init();
	rt_gc_roots_reset();
	root_any = NULL;
	mgo_gc_add_root(&root_any, sizeof root_any, NULL);
}

TestSuite(gc_tiny, .init = setup);

static uintptr_t block_of(const void *p)
{
	return (uintptr_t)p & ~(uintptr_t)(RT_TINY_SIZE - 1);
}

Test(gc_tiny, small_noscan_objects_share_a_block_aligned_by_size)
{
	cr_assert_eq(rt_size_class(RT_TINY_SIZE), RT_TINY_SIZE_CLASS);
	cr_assert(mgo_gc(), "collection postponed");   // a fresh block below
	char *a = mgo_new(1, true);
	uint32_t *b = mgo_new(4, true);    // 4-aligned after the byte
	uint16_t *c = mgo_new(2, true);
	uint64_t *d = mgo_new(8, true);    // no room left: a new block
	cr_expect_eq(block_of(a), (uintptr_t)a, "a new block starts at its first byte");
	cr_expect_eq((uintptr_t)b, (uintptr_t)a + 4);
	cr_expect_eq((uintptr_t)c, (uintptr_t)a + 8);
	cr_expect_eq(block_of(d), (uintptr_t)d);
	cr_expect_neq(block_of(d), block_of(a));
	cr_expect(*a == 0 && *b == 0 && *c == 0 && *d == 0, "tiny objects come zeroed");
	// The first block had 6 bytes left, the second has 8: the next object
	// goes to whichever block the cache kept, never over another one.
	uint64_t *e = mgo_new(8, true);
	cr_expect_eq((uintptr_t)e, (uintptr_t)d + 8);
	void *big = mgo_new(16, true);      // 16 bytes and more: own slots
	cr_expect_neq(block_of(big), block_of(e));
}

Test(gc_tiny, objects_with_pointers_never_share)
{
	void *p = mgo_new(8, false);
	void *q = mgo_new(8, false);
	cr_expect_geq((uintptr_t)q > (uintptr_t)p ? (uintptr_t)q - (uintptr_t)p :
	    (uintptr_t)p - (uintptr_t)q, 8);
	cr_expect_eq(rt_span_of(p)->elemsize, 8, "a scan object keeps its own 8-byte slot");
}

static RT_NOINLINE void build_pair(uintptr_t *kept, uintptr_t *dropped)
{
	char *x = mgo_new(8, true), *y = mgo_new(8, true);
	cr_assert_eq(block_of(x), block_of(y));
	memset(x, 'x', 8);
	memset(y, 'y', 8);
	root_any = y;
	*kept = hide(y);
	*dropped = hide(x);
}

static RT_NOINLINE void build_garbage(uintptr_t *h)
{
	char *x = mgo_new(4, true);
	mgo_new(4, true);
	*h = hide(x);
}

// One live object keeps its whole block, and what the cache allocates
// after the collection never lands on it.
Test(gc_tiny, a_live_object_keeps_its_block)
{
	cr_assert(mgo_gc(), "collection postponed");
	uintptr_t kept, dropped;
	build_pair(&kept, &dropped);
	collect();
	cr_expect(alive(kept));
	cr_expect(alive(dropped), "the block of a live tiny object stays allocated");
	for (int i = 0; i < 10000; i++) {
		char *z = mgo_new(1 + i % 15, true);
		cr_assert_neq(block_of(z), block_of(unhide(kept)), "allocated over a live block");
	}
	cr_expect(memcmp(unhide(kept), "yyyyyyyy", 8) == 0);
	root_any = NULL;
	uintptr_t g;
	build_garbage(&g);
	collect();
	cr_expect_dead(g, "a block of dead tiny objects is freed");
}

Test(gc_tiny, every_tiny_object_counts_as_an_allocation)
{
	RtStats before, after;
	rt_stats_read(&before);
	for (int i = 0; i < 1000; i++)
		mgo_new(4, true);
	rt_stats_read(&after);
	uint64_t n = 0;
	for (unsigned k = 0; k < RT_NUM_SIZE_CLASSES; k++)
		n += after.nsmall[k] - before.nsmall[k];
	cr_expect_eq(n, 1000, "%llu allocations counted for 1000", (unsigned long long)n);
}
