// test_rt_sizeclass.c: the size-class table equals Go 1.19's rules, and the
// O(1) lookups (Go's and mgo_malloc's) pick the right class for every size.
#ifdef RT_TSAN_SHIM
#include "test_rt_shim.h"
#else
#include <criterion/criterion.h>
#endif

#include "rt/rt.h"

static void setup(void)
{
	rt_init();
}

TestSuite(rt_sizeclass, .init = setup);

// Go's generation rule, re-derived from RUNTIME.md §2: sizes step by 8 up to
// 32, 16 up to 128, 1/8 of the last power of two up to 2048, then 256; the
// span is the fewest pages that keep the tail <= 1/8; equal (pages, objects)
// neighbours merge into the larger; then each class grows to the largest
// multiple of 128 holding the same number of objects.
static int generate(unsigned size[], unsigned npages[])
{
	int n = 1;
	size[0] = npages[0] = 0;
	unsigned step = 8;
	for (unsigned sz = 8; sz <= RT_MAX_SMALL_SIZE; sz += step) {
		if ((sz & (sz - 1)) == 0) {
			if (sz >= 2048)
				step = 256;
			else if (sz >= 128)
				step = sz / 8;
			else if (sz >= 32)
				step = 16;
		}
		unsigned span = RT_PAGE_SIZE;
		while (span % sz > span / 8)
			span += RT_PAGE_SIZE;
		unsigned np = span / RT_PAGE_SIZE;
		if (n > 1 && np == npages[n - 1] && span / sz == span / size[n - 1]) {
			size[n - 1] = sz;
			continue;
		}
		cr_assert_lt(n, 100);
		size[n] = sz;
		npages[n] = np;
		n++;
	}
	for (int i = 1; i < n; i++) {
		unsigned span = npages[i] * RT_PAGE_SIZE;
		unsigned grown = (span / (span / size[i])) & ~127u;
		if (grown > size[i])
			size[i] = grown;
	}
	return n;
}

Test(rt_sizeclass, table_equals_go_generation_rule)
{
	unsigned size[100], npages[100];
	int n = generate(size, npages);
	cr_assert_eq(n, RT_NUM_SIZE_CLASSES);
	for (int i = 0; i < n; i++) {
		cr_expect_eq(size[i], rt_class_to_size[i], "class %d size", i);
		cr_expect_eq(npages[i], rt_class_to_npages[i], "class %d pages", i);
	}
}

Test(rt_sizeclass, tail_waste_and_object_counts_are_bounded)
{
	for (unsigned c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		unsigned span = rt_class_to_npages[c] * RT_PAGE_SIZE;
		unsigned n = span / rt_class_to_size[c];
		cr_expect_eq(n, rt_class_to_nelems[c]);
		cr_expect_eq(rt_class_to_divmagic[c], 0xFFFFFFFFu / rt_class_to_size[c] + 1);
		cr_expect_leq(span - n * rt_class_to_size[c], span / 8, "class %u tail", c);
		cr_expect_leq(n, RT_MAX_OBJS_PER_SPAN);
		cr_expect_leq(rt_class_to_npages[c], 10);
		if (c > 1)
			cr_expect_gt(rt_class_to_size[c], rt_class_to_size[c - 1]);
	}
	cr_expect_eq(rt_class_to_size[RT_NUM_SIZE_CLASSES - 1], RT_MAX_SMALL_SIZE);
	cr_expect_eq(rt_class_to_nelems[1], 1024);
	cr_expect_eq(rt_class_to_nelems[65], 3); // 27264 B x 3 in 80 KiB
}

Test(rt_sizeclass, lookup_gives_smallest_fitting_class)
{
	for (size_t sz = 1; sz <= RT_MAX_SMALL_SIZE; sz++) {
		unsigned c = rt_size_class(sz);
		cr_assert(c >= 1 && c < RT_NUM_SIZE_CLASSES);
		cr_assert_geq(rt_class_to_size[c], sz, "size %zu", sz);
		cr_assert_lt(rt_class_to_size[c - 1], sz, "size %zu not smallest", sz);
	}
}

Test(rt_sizeclass, malloc_lookup_keeps_16_byte_alignment)
{
	for (size_t sz = 0; sz <= RT_SMALL_SIZE_MAX8; sz++) {
		unsigned ac = rt_malloc_class8[(sz + 7) >> 3];
		cr_assert_geq(ac, RT_NUM_SPAN_CLASSES);
		unsigned c = ac - RT_NUM_SPAN_CLASSES;
		cr_assert_geq(rt_class_to_size[c], sz ? sz : 1);
		if (sz >= 16)
			cr_assert_eq(rt_class_to_size[c] % 16, 0, "size %zu -> class %u", sz, c);
		if (sz >= 17 && sz <= 24)
			cr_assert_eq(c, 4);
		cr_assert_eq(rt_malloc_bin[sz], c, "size %zu", sz);
	}
}

Test(rt_sizeclass, divmagic_is_exact_for_every_offset)
{
	for (unsigned c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uint64_t size = rt_class_to_size[c];
		uint64_t span = rt_class_to_npages[c] * RT_PAGE_SIZE;
		for (uint64_t off = 0; off < span; off++)
			cr_assert_eq((off * rt_class_to_divmagic[c]) >> 32, off / size,
			    "class %u offset %lu", c, (unsigned long)off);
	}
}

// The slot-check table against its definition (sizeclasses.c).
Test(rt_sizeclass, slot_check_table)
{
	for (unsigned c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uint64_t eps = (uint64_t)rt_class_to_size[c] * rt_class_to_divmagic[c] - ((uint64_t)1 << 32);
		uint64_t bound = rt_class_to_nelems[c] * eps;
		cr_assert_eq(rt_class_slot_check[c].magic, rt_class_to_divmagic[c], "class %u", c);
		cr_assert_eq(rt_class_slot_check[c].bound, bound ? bound : 1, "class %u", c);
	}
}

// mgo_free's interior-pointer check: exactly the slot starts of a span pass,
// not the other offsets, nor the tail behind the last slot.
Test(rt_sizeclass, slot_start_test_is_exact_for_every_offset)
{
	for (unsigned c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uint64_t size = rt_class_to_size[c];
		uint64_t span = rt_class_to_npages[c] * RT_PAGE_SIZE;
		for (uint64_t off = 0; off < span; off++) {
			bool want = off % size == 0 && off / size < rt_class_to_nelems[c];
			cr_assert_eq(rt_class_slot_start(c, off), want, "class %u offset %lu", c,
			    (unsigned long)off);
		}
	}
}
