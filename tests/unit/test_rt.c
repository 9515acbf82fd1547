// test_rt.c: the allocator API on one thread — alignment, no overlap, reuse,
// zeroing, realloc, large objects, the page map, the lock-free fast path and
// the debug checks that turn misuse into an abort.
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

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

TestSuite(rt_malloc);

Test(rt_malloc, alignment_is_16_from_16_bytes)
{
	for (size_t sz = 0; sz <= 40000; sz += sz < 2048 ? 1 : 97) {
		char *p = mgo_malloc(sz);
		cr_assert_not_null(p);
		size_t align = sz >= 16 ? 16 : 8;
		cr_assert_eq((uintptr_t)p % align, 0, "size %zu -> %p", sz, (void *)p);
		cr_assert_geq(mgo_usable_size(p), sz);
		if (sz > RT_MAX_SMALL_SIZE)
			cr_assert_eq((uintptr_t)p % RT_PAGE_SIZE, 0);
		memset(p, 0xab, sz);
		mgo_free(p);
	}
}

Test(rt_malloc, free_null_and_malloc_zero)
{
	mgo_free(NULL);
	void *a = mgo_malloc(0), *b = mgo_malloc(0);
	cr_assert(a && b && a != b);
	cr_assert_eq(mgo_usable_size(NULL), 0);
	mgo_free(a);
	mgo_free(b);
}

typedef struct {
	unsigned char *p;
	size_t n;
} Obj;

static int cmp_obj(const void *x, const void *y)
{
	uintptr_t a = (uintptr_t)((const Obj *)x)->p, b = (uintptr_t)((const Obj *)y)->p;
	return a < b ? -1 : a > b;
}

static void fill(Obj *o)
{
	memset(o->p, (int)((uintptr_t)o->p >> 4 & 0xff), o->n);
}

static void verify(const Obj *o)
{
	unsigned char want = (unsigned char)((uintptr_t)o->p >> 4 & 0xff);
	for (size_t i = 0; i < o->n; i++)
		cr_assert_eq(o->p[i], want, "object %p corrupted at %zu", (void *)o->p, i);
}

// A shadow copy of the live set: sorted by address, no two usable ranges may
// intersect, and every object still holds the pattern written when it was
// allocated (an overlap would have overwritten one of them).
static void check_no_overlap(Obj *live, size_t n)
{
	Obj *s = malloc(n * sizeof *s);
	memcpy(s, live, n * sizeof *s);
	qsort(s, n, sizeof *s, cmp_obj);
	for (size_t i = 0; i + 1 < n; i++)
		cr_assert_leq((uintptr_t)s[i].p + mgo_usable_size(s[i].p), (uintptr_t)s[i + 1].p,
		    "%p and %p overlap", (void *)s[i].p, (void *)s[i + 1].p);
	for (size_t i = 0; i < n; i++)
		verify(&s[i]);
	free(s);
}

Test(rt_malloc, live_objects_never_overlap)
{
	enum { N = 20000 };
	Obj *live = calloc(N, sizeof *live);
	for (int round = 0; round < 6; round++) {
		for (size_t i = 0; i < N; i++) {
			if (live[i].p && next_rand() % 2)
				continue;
			mgo_free(live[i].p);
			size_t r = next_rand();
			live[i].n = r % 16 == 0 ? r % 70000 : r % 600;
			live[i].p = mgo_malloc(live[i].n);
			fill(&live[i]);
		}
		check_no_overlap(live, N);
	}
	for (size_t i = 0; i < N; i++)
		mgo_free(live[i].p);
	free(live);
}

// Allocates n objects of `size` bytes and frees them in order, 50 times:
// every round must reuse the memory of the first.
static void reuse_rounds(size_t size, int n)
{
	void **p = calloc((size_t)n, sizeof *p);
	RtStats before, after;
	for (int i = 0; i < n; i++)
		p[i] = mgo_malloc(size);
	for (int i = 0; i < n; i++)
		mgo_free(p[i]);
	rt_stats_read(&before);
	for (int round = 0; round < 50; round++) {
		for (int i = 0; i < n; i++)
			p[i] = mgo_malloc(size);
		for (int i = 0; i < n; i++)
			mgo_free(p[i]);
	}
	rt_stats_read(&after);
	// The cache keeps RT_EMPTY_SPAN_BUDGET of the spans when they empty
	// and gives the others back to the page heap, which hands the same
	// pages out again: the heap itself does not grow.
	cr_expect_leq(after.spansInUse, before.spansInUse, "size %zu", size);
	cr_expect_eq(after.arenas, before.arenas, "size %zu", size);
	cr_expect_eq(after.pagesInUse + after.pagesFree, before.pagesInUse + before.pagesFree,
	    "size %zu", size);
	free(p);
}

// 4096 objects of 48 bytes need 25 spans, each emptied over several bin
// spills.
Test(rt_malloc, freed_slots_are_reused)
{
	reuse_rounds(48, 4096);
}

// A span of 1 KiB objects holds 8 and its bin spills 8 at a time, so a
// full span gets its first free and becomes empty in one run of a spill,
// and the 8 KiB class has one object per span.
Test(rt_malloc, spans_emptied_within_one_spill_are_reused)
{
	reuse_rounds(1024, 800);
	reuse_rounds(8192, 200);
}

// Frees in shuffled order: every spill from the bin mixes spans and bitmap
// words, which the spill keeps in registers while they repeat. Each span's
// free count must still equal its freed bits, and a second round must get
// exactly the freed slots back.
Test(rt_malloc, shuffled_frees_reach_their_spans)
{
	enum { N = 6000 };
	static Obj o[N];
	static size_t order[N];
	for (int round = 0; round < 3; round++) {
		for (size_t i = 0; i < N; i++) {
			o[i].n = 16;
			o[i].p = mgo_malloc(16);
			fill(&o[i]);
			order[i] = i;
		}
		check_no_overlap(o, N);
		for (size_t i = N - 1; i > 0; i--) {
			size_t j = next_rand() % (i + 1), t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		// the first half in shuffled order, the rest in runs of the same span
		for (size_t i = 0; i < N / 2; i++)
			mgo_free(o[order[i]].p);
		for (size_t i = N / 2; i < N; i++)
			rt_mspan_check(rt_span_lookup((uintptr_t)o[order[i]].p));
		for (size_t i = N / 2; i < N; i++)
			mgo_free(o[order[i]].p);
	}
}

// Random replacement in a live set (the bench's churn1, smaller): the spans
// must stay dense, i.e. frees get collected and reused before new spans are
// taken. With frees collected only once 1/8 of a span was free, the pages
// in use were 1.17x the live slot bytes here; with 1/32, 1.11x.
Test(rt_malloc, random_churn_keeps_spans_dense)
{
	enum { N = 20000 };
	static void *p[N];
	static uint16_t sz[N];
	RtStats before, after;
	rt_stats_read(&before);
	uint64_t s = 12345;
	for (int i = 0; i < N; i++) {
		sz[i] = (uint16_t)(8 + (next_rand() % 505));
		p[i] = mgo_malloc(sz[i]);
	}
	for (int op = 0; op < 30 * N; op++) {
		s ^= s << 13, s ^= s >> 7, s ^= s << 17;
		unsigned i = (unsigned)(s % N);
		mgo_free(p[i]);
		sz[i] = (uint16_t)(8 + (s >> 32) % 505);
		p[i] = mgo_malloc(sz[i]);
	}
	rt_stats_read(&after);
	size_t slots = 0;
	for (int i = 0; i < N; i++)
		slots += mgo_usable_size(p[i]);
	double ratio = (double)(after.pagesInUse - before.pagesInUse) * RT_PAGE_SIZE / (double)slots;
	cr_expect_leq(ratio, 1.14, "pages in use / live slot bytes = %.3f", ratio);
	for (int i = 0; i < N; i++)
		mgo_free(p[i]);
}

// Random replacement of 1..64 KiB objects (the bench's `large`, smaller):
// what the caches in front of the spans and the page heap hold back (bins
// of the big classes, fully free spans, freed large spans) is memory the
// program cannot use. With bins of at least 4 objects of up to 32 KiB each,
// a 1 MiB large-span cache and 256 KiB of empty spans, the peak of the
// pages in use was 1.176x the peak of the live bytes here; with bins of
// at most 16 KiB (at least one object), 256 KiB and 64 KiB, 1.129x.
Test(rt_malloc, big_object_churn_holds_little_back)
{
	enum { N = 1024, OPS = 40 * N };
	static char *p[N];
	static uint32_t sz[N];
	RtStats before, st;
	rt_stats_read(&before);
	size_t live = 0, peakLive = 0;
	uintptr_t peakPages = 0;
	for (int op = 0; op < OPS; op++) {
		unsigned i = (unsigned)(next_rand() % N);
		if (p[i]) {
			mgo_free(p[i]);
			live -= sz[i];
		}
		sz[i] = (uint32_t)(1024 + next_rand() % (63 * 1024 + 1));
		p[i] = mgo_malloc(sz[i]);
		memset(p[i], 1, sz[i]);
		live += sz[i];
		if (live > peakLive)
			peakLive = live;
		if (op % 64 == 0) {
			rt_stats_read(&st);
			if (st.pagesInUse - before.pagesInUse > peakPages)
				peakPages = st.pagesInUse - before.pagesInUse;
		}
	}
	double ratio = (double)peakPages * RT_PAGE_SIZE / (double)peakLive;
	cr_expect_leq(ratio, 1.15, "peak pages in use / peak live bytes = %.3f", ratio);
	for (int i = 0; i < N; i++)
		mgo_free(p[i]);
}

Test(rt_malloc, free_then_malloc_reuses_the_hot_object)
{
	void *p = mgo_malloc(100);
	mgo_free(p);
	void *q = mgo_malloc(100); // same class: popped from this thread's bin
	cr_expect_eq(q, p);
	void *many[300];
	for (int i = 0; i < 300; i++) // more than a bin holds: the rest go to spans
		many[i] = mgo_malloc(100);
	for (int i = 0; i < 300; i++)
		mgo_free(many[i]);
	for (int i = 0; i < 300; i++)
		many[i] = mgo_malloc(100);
	for (int i = 0; i < 300; i++)
		for (int j = i + 1; j < 300; j++)
			cr_assert_neq(many[i], many[j]);
	for (int i = 0; i < 300; i++)
		mgo_free(many[i]);
	mgo_free(q);
}

Test(rt_malloc, fast_path_takes_no_lock)
{
	RtStats before, after;
	void *warm = mgo_malloc(64);
	rt_stats_read(&before);
	for (int i = 0; i < 1000000; i++) {
		void *p = mgo_malloc(64);
		*(volatile char *)p = 1;
		mgo_free(p);
	}
	rt_stats_read(&after);
	mgo_free(warm);
	// Every mcentral lock is counted in nrefill: an alloc/free loop of one
	// size keeps collecting its own span and never goes there again.
	cr_expect_leq(after.nrefill - before.nrefill, 1, "refills: %lu",
	    (unsigned long)(after.nrefill - before.nrefill));
}

Test(rt_malloc, calloc_and_new_return_zeroed_memory)
{
	for (int round = 0; round < 4; round++) {
		void *dirty[300];
		for (int i = 0; i < 300; i++) {
			dirty[i] = mgo_malloc((size_t)i * 13 + 1);
			memset(dirty[i], 0xff, (size_t)i * 13 + 1);
		}
		for (int i = 0; i < 300; i++)
			mgo_free(dirty[i]);
		for (int i = 0; i < 300; i++) {
			size_t n = (size_t)i * 13 + 1;
			unsigned char *c = round % 2 ? mgo_calloc(1, n) : mgo_new(n, i % 2);
			for (size_t k = 0; k < n; k++)
				cr_assert_eq(c[k], 0, "size %zu byte %zu", n, k);
			memset(c, 0xff, n);
			mgo_free(c);
		}
	}
	unsigned char *big = mgo_malloc(100000);
	memset(big, 0xff, 100000);
	mgo_free(big);
	big = mgo_calloc(100000, 1);
	for (size_t k = 0; k < 100000; k++)
		cr_assert_eq(big[k], 0);
	mgo_free(big);
	cr_expect_null(mgo_calloc(SIZE_MAX / 2, 3));
	cr_expect_not_null(mgo_new(0, true));
	mgo_free(mgo_new(0, false));
}

Test(rt_malloc, realloc_keeps_contents)
{
	unsigned char *p = NULL;
	size_t n = 0;
	for (size_t want = 1; want < 300000; want = want * 3 / 2 + 1) {
		p = mgo_realloc(p, want);
		cr_assert_not_null(p);
		for (size_t i = 0; i < n; i++)
			cr_assert_eq(p[i], (unsigned char)(i * 7), "grow to %zu, byte %zu", want, i);
		for (size_t i = n; i < want; i++)
			p[i] = (unsigned char)(i * 7);
		n = want;
	}
	for (size_t want = n; want > 1; want /= 3) {
		p = mgo_realloc(p, want);
		for (size_t i = 0; i < want; i++)
			cr_assert_eq(p[i], (unsigned char)(i * 7));
	}
	cr_expect_null(mgo_realloc(p, 0));
}

Test(rt_malloc, large_objects_get_their_own_span)
{
	rt_init();
	char *p = mgo_malloc(RT_MAX_SMALL_SIZE + 1);
	MSpan *s = rt_span_of(p);
	cr_assert_not_null(s);
	cr_expect_eq(s->spanclass >> 1, 0);
	cr_expect_eq(s->npages, 5);
	cr_expect_eq(s->startAddr, (uintptr_t)p);
	cr_expect_eq(mgo_usable_size(p), 5 * RT_PAGE_SIZE);
	char *q = mgo_malloc(RT_MAX_SMALL_SIZE); // still small: class 67
	cr_expect_eq(rt_span_of(q)->spanclass >> 1, 67);
	mgo_free(p);
	mgo_free(q);
}

// A full large-span cache that lacks the size being freed gives the heap a
// span of the size it holds most of: a program freeing and allocating
// sizes at random then finds each size cached. Keeping whatever came first
// sent 44% of bench `large`'s large allocations to the page heap.
Test(rt_malloc, full_large_cache_makes_room_for_a_missing_size)
{
	rt_init();
	enum { FIT = RT_LARGE_CACHE_BUDGET / (5 * RT_PAGE_SIZE), N = FIT + 4 };
	size_t five = 4 * RT_PAGE_SIZE + 1, eight = 8 * RT_PAGE_SIZE;
	char *p[N];
	char *big = mgo_malloc(eight);
	for (int i = 0; i < N; i++)
		p[i] = mgo_malloc(five);
	for (int i = 0; i < N; i++)
		mgo_free(p[i]);
	MCache *c = rt_tls_mcache;
	// the size the cache holds most of is not cached past the budget
	cr_assert_eq(c->largeCount[5], FIT);
	cr_assert_eq(c->largeCount[8], 0);
	RtStats before, after;
	rt_stats_read(&before);
	mgo_free(big);
	rt_stats_read(&after);
	cr_expect_eq(c->largeCount[8], 1);
	// 64 KiB more than the budget allowed: one 5-page span went to the heap
	cr_expect_eq(c->largeCount[5], FIT - 1);
	cr_expect_eq(before.pagesInUse - after.pagesInUse, 5);
	cr_expect_leq(c->largeBytes, RT_LARGE_CACHE_BUDGET);
	char *again = mgo_malloc(eight);
	cr_expect_eq(again, big);
	cr_expect_eq(c->largeCount[8], 0);
	mgo_free(again);
}

Test(rt_malloc, large_pages_are_returned_and_coalesced)
{
	rt_init();
	enum { N = 8 };
	size_t size = 1 << 20; // 128 pages: beyond the per-thread large cache
	char *p[N];
	RtStats base, st;
	mgo_free(mgo_malloc(1));
	rt_stats_read(&base);
	for (int i = 0; i < N; i++) {
		p[i] = mgo_malloc(size);
		memset(p[i], i, size);
	}
	rt_stats_read(&st);
	cr_expect_eq(st.pagesInUse - base.pagesInUse, N * 128);
	for (int i = 0; i < N; i++)
		mgo_free(p[i]);
	rt_stats_read(&st);
	cr_expect_eq(st.pagesInUse, base.pagesInUse);
	cr_expect_eq(st.spansInUse, base.spansInUse);
	// The runs merged: the same range now serves one object of N x 1 MiB.
	uintptr_t lo = (uintptr_t)p[0];
	for (int i = 1; i < N; i++)
		if ((uintptr_t)p[i] < lo)
			lo = (uintptr_t)p[i];
	char *all = mgo_malloc(N * size);
	cr_expect_eq((uintptr_t)all, lo);
	MSpan *free_after = rt_span_lookup((uintptr_t)all + N * size);
	cr_expect(free_after == NULL || free_after->startAddr == (uintptr_t)all + N * size);
	mgo_free(all);
	cr_expect_gt(mgo_release_memory(), 0);
	char *again = mgo_malloc(size);
	cr_expect_eq(again[0], 0); // released pages come back zeroed
	mgo_free(again);
}

Test(rt_malloc, interior_pointers_find_their_object)
{
	rt_init();
	for (size_t sz = 8; sz < 200000; sz = sz * 2 + 8) {
		char *p = mgo_malloc(sz);
		for (size_t off = 0; off < sz; off += sz / 7 + 1) {
			cr_assert_eq(rt_object_base(p + off), p, "size %zu off %zu", sz, off);
			cr_assert_not_null(rt_span_of(p + off));
		}
		mgo_free(p);
	}
	int local;
	cr_expect_null(rt_span_of(&local));
	cr_expect_null(rt_object_base(&local));
}

Test(rt_malloc, spans_are_enumerable)
{
	void *p = mgo_malloc(100), *q = mgo_new(5000, false);
	bool seen_p = false, seen_q = false;
	rt_lock(&rt_heap.lock);
	for (MSpan *s = rt_heap.allspans; s; s = s->allnext) {
		seen_p |= s == rt_span_of(p);
		seen_q |= s == rt_span_of(q);
		cr_assert_eq(atomic_load(&s->state), RT_SPAN_INUSE);
	}
	rt_unlock(&rt_heap.lock);
	cr_expect(seen_p && seen_q);
	cr_expect(rt_mspan_is_manual(rt_span_of(p)));
	cr_expect(!rt_mspan_is_manual(rt_span_of(q)));
	mgo_free(p);
	mgo_free(q);
}

Test(rt_malloc, mgodebug_allocs_prints_report)
{
	int fd[2];
	cr_assert_eq(pipe(fd), 0);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fd[1], 2);
		setenv("MGODEBUG", "gc=0,allocs=1", 1);
		for (int i = 0; i < 10; i++)
			mgo_free(mgo_malloc(100));
		mgo_free(mgo_malloc(50000));
		exit(0);
	}
	close(fd[1]);
	char buf[8192];
	size_t n = 0;
	ssize_t r;
	while ((r = read(fd[0], buf + n, sizeof buf - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = 0;
	int status;
	waitpid(pid, &status, 0);
	cr_assert(strstr(buf, "heap allocations"), "report: %s", buf);
	cr_expect(strstr(buf, "     26      112             10") || strstr(buf, "112"), "%s", buf);
	cr_expect(strstr(buf, "arenas reserved 1"), "%s", buf);
	cr_expect(strstr(buf, "large"), "%s", buf);
}

// ---- misuse is reported, not absorbed --------------------------------------
#if RT_DEBUG
Test(rt_malloc, double_free_aborts, .signal = SIGABRT)
{
	void *p = mgo_malloc(32);
	mgo_free(p);
	mgo_free(p);
}

Test(rt_malloc, double_free_after_reuse_of_span_aborts, .signal = SIGABRT)
{
	void *keep[600];
	for (int i = 0; i < 600; i++)
		keep[i] = mgo_malloc(16);
	mgo_free(keep[3]);
	mgo_free(keep[3]);
}

Test(rt_malloc, large_double_free_aborts, .signal = SIGABRT)
{
	void *p = mgo_malloc(100000);
	mgo_free(p);
	mgo_free(p);
}

// Too big for the thread's large-span cache: the first free returns the
// pages to the heap, so the second finds no in-use span there.
Test(rt_malloc, double_free_of_a_heap_returned_large_object_aborts, .signal = SIGABRT)
{
	void *p = mgo_malloc(1 << 20);
	mgo_free(p);
	mgo_free(p);
}

Test(rt_malloc, interior_pointer_into_a_large_object_aborts, .signal = SIGABRT)
{
	char *p = mgo_malloc(100000);
	mgo_free(p + RT_PAGE_SIZE);
}

Test(rt_malloc, foreign_pointer_aborts, .signal = SIGABRT)
{
	static int not_heap;
	mgo_free(&not_heap);
}

Test(rt_malloc, malloc_pointer_aborts, .signal = SIGABRT)
{
	mgo_free(mgo_malloc(8)); // the heap exists, but this pointer is glibc's
	mgo_free(malloc(64));
}

Test(rt_malloc, interior_pointer_free_aborts, .signal = SIGABRT)
{
	char *p = mgo_malloc(64);
	mgo_free(p + 16);
}

// 1400 bytes: class 35, 11 slots in a two-page span, so the slot test needs
// the span's base, not the page's.
Test(rt_malloc, interior_pointer_in_multipage_span_aborts, .signal = SIGABRT)
{
	char *p[11];
	for (int i = 0; i < 11; i++)
		p[i] = mgo_malloc(1400);
	char *lo = p[0], *hi = p[0];
	for (int i = 1; i < 11; i++) {
		lo = p[i] < lo ? p[i] : lo;
		hi = p[i] > hi ? p[i] : hi;
	}
	cr_assert_neq((uintptr_t)hi / RT_PAGE_SIZE, (uintptr_t)lo / RT_PAGE_SIZE,
	    "a fresh span's last slot lies in its second page");
	for (int i = 0; i < 11; i++)
		if (p[i] != hi)
			mgo_free(p[i]); // every slot start is accepted, in either page
	mgo_free(hi + 8);
}

// full_bin48 frees 200 objects of 48 bytes (first_free before them, if
// given): more than the thread's bin holds, so the older ones, first_free
// among them, go on to their spans.
static void full_bin48(void *first_free)
{
	void *q[200];
	for (int i = 0; i < 200; i++)
		q[i] = mgo_malloc(48);
	if (first_free)
		mgo_free(first_free);
	for (int i = 0; i < 200; i++)
		mgo_free(q[i]);
}

// The first free left the object in the thread's bin, from which the bin
// gave it to its span; the second free must still be seen.
Test(rt_malloc, double_free_after_bin_spill_aborts, .signal = SIGABRT)
{
	void *p = mgo_malloc(48);
	full_bin48(p);
	mgo_free(p);
}

// The bin was full at the first free: the object went on top of it.
Test(rt_malloc, double_free_past_a_full_bin_aborts, .signal = SIGABRT)
{
	void *p = mgo_malloc(48);
	full_bin48(NULL);
	mgo_free(p);
	mgo_free(p);
}

// A write after the first free clobbered the freed tag, so the second free
// also goes into the bin: both copies reach the spans in the same spill,
// whose held bitmap word must see the bit set twice.
Test(rt_malloc, double_free_within_one_spill_aborts, .signal = SIGABRT)
{
	uint64_t *p = mgo_malloc(48);
	mgo_free(p);
	p[0] = 0;
	mgo_free(p);
	full_bin48(NULL);
}

Test(rt_malloc, double_free_of_a_reused_object_aborts, .signal = SIGABRT)
{
	void *p = mgo_malloc(48);
	mgo_free(p);
	void *q = mgo_malloc(48); // p again (LIFO)
	mgo_free(q);
	mgo_free(p);
}
// The run's span must stay this thread's while the run lasts: a span that
// left (found empty, back to the heap) may come back as another class's,
// whose frees would land in the run. Batches of one size are freed in
// order, in reverse, in stretches of 8 interleaved with another span's, or
// shuffled, and the invariant is checked after every free.
static void check_run(void)
{
	const MCache *c = rt_tls_mcache;
	if (c->run.bytes == 0)
		return;
	const MSpan *s = c->run.span;
	cr_assert_eq(atomic_load(&s->owner), c, "the free run's span left its owner (where %d)", s->where);
	cr_assert_eq(atomic_load(&s->state), RT_SPAN_INUSE);
	cr_assert_eq(c->run.base, s->base);
	cr_assert_eq(c->run.bytes, rt_mspan_limit(s) - s->base);
}

Test(rt_malloc, free_run_span_stays_owned)
{
	enum { N = 3000 };
	static void *p[N];
	static const size_t sizes[] = {16, 48, 512, 1024, 128};
	for (int round = 0; round < 300; round++) {
		size_t size = sizes[next_rand() % 5];
		int n = (int)(200 + next_rand() % (N - 200));
		for (int i = 0; i < n; i++)
			p[i] = mgo_malloc(size);
		switch (round % 4) {
		case 0: // in order
			break;
		case 1: // reversed
			for (int i = 0; i < n / 2; i++) {
				void *t = p[i];
				p[i] = p[n - 1 - i];
				p[n - 1 - i] = t;
			}
			break;
		case 2: // stretches of 8 from two halves, interleaved
			for (int i = 0; i + 16 <= n / 2; i += 16)
				for (int j = 0; j < 8; j++) {
					void *t = p[i + 8 + j];
					p[i + 8 + j] = p[n / 2 + i + j];
					p[n / 2 + i + j] = t;
				}
			break;
		default: // shuffled
			for (int i = n - 1; i > 0; i--) {
				int j = (int)(next_rand() % (uint64_t)(i + 1));
				void *t = p[i];
				p[i] = p[j];
				p[j] = t;
			}
		}
		for (int i = 0; i < n; i++) {
			mgo_free(p[i]);
			check_run();
		}
	}
}

// stream_free allocates n objects of 16 bytes and frees them in the order
// they were allocated, except those marked in skip: the thread's bin
// spills a stretch of one span and the frees after it go into the free run
// (rt/freerun.c). Returns the objects.
static void **stream_free(int n, const bool *skip)
{
	void **p = malloc((size_t)n * sizeof *p);
	for (int i = 0; i < n; i++)
		p[i] = mgo_malloc(16);
	for (int i = 0; i < n; i++)
		if (!skip || !skip[i])
			mgo_free(p[i]);
	return p;
}

Test(rt_malloc, stream_of_frees_starts_a_free_run)
{
	void **p = stream_free(300, NULL);
	MCache *c = rt_tls_mcache;
	cr_assert_neq(c->run.bytes, 0, "no free run after 300 frees in order");
	cr_assert(rt_run_holds(c, (uintptr_t)p[299]));
	free(p);
}

// Frees that stream through the spans keep the bin of their class short
// (RT_BIN_STREAM_CAP), so that the run follows them from span to span;
// frees in no order give the bin its full capacity back.
Test(rt_malloc, streaming_frees_keep_their_bin_short)
{
	enum { SPAN = 512, N = 8 * SPAN }; // 16-byte objects: 512 per span
	unsigned k = rt_malloc_class8[(16 + 7) >> 3] - RT_NUM_SPAN_CLASSES;
	void **p = stream_free(N, NULL);
	cr_expect_eq(RT_BIN_CAP(rt_tls_mcache->binState[k]), RT_BIN_STREAM_CAP);
	for (int i = 0; i < N; i++)
		p[i] = mgo_malloc(16);
	for (int j = 0; j < SPAN; j++) // each free in another span than the last
		for (int m = 0; m < N / SPAN; m++)
			mgo_free(p[m * SPAN + j]);
	cr_expect_eq(RT_BIN_CAP(rt_tls_mcache->binState[k]), rt_bin_cap(k));
	free(p);
}

// The frees still in the run are slots the next allocations of their class
// must get before a new span: after a structure is torn down and built
// again, the heap holds no more pages than before.
Test(rt_malloc, allocation_takes_the_free_run_slots_before_a_new_span)
{
	enum { N = 4 * 512 };
	void **p = stream_free(N, NULL);
	cr_assert_neq(rt_tls_mcache->run.bytes, 0);
	RtStats before, after;
	rt_stats_read(&before);
	for (int i = 0; i < N; i++)
		p[i] = mgo_malloc(16);
	rt_stats_read(&after);
	cr_expect_leq(after.pagesInUse, before.pagesInUse);
	for (int i = 0; i < N; i++)
		mgo_free(p[i]);
	free(p);
}

// The object's freed tag sends the second free to the checks, which find
// it in the run.
Test(rt_malloc, double_free_in_the_free_run_aborts, .signal = SIGABRT)
{
	void **p = stream_free(300, NULL);
	mgo_free(p[299]);
}

// A write after the first free clobbered the tag: the run's own bit test
// sees the second free.
Test(rt_malloc, double_free_of_a_clobbered_object_in_the_free_run_aborts, .signal = SIGABRT)
{
	void **p = stream_free(300, NULL);
	*(uint64_t *)p[299] = 0;
	mgo_free(p[299]);
}

// The first free went through the bin to the span's localFree; the second,
// with the tag clobbered, lands in the run, and the run's bits meet
// localFree when the run moves on to the next span.
Test(rt_malloc, double_free_split_between_span_and_free_run_aborts, .signal = SIGABRT)
{
	enum { N = 2000 };
	bool skip[N] = {0};
	void *x = NULL;
	void **p = malloc(N * sizeof *p);
	for (int i = 0; i < N; i++)
		p[i] = mgo_malloc(16);
	x = p[5];
	mgo_free(x);
	*(uint64_t *)x = 0;
	skip[5] = true;
	for (int i = 0; i < 400; i++) // span of p[0] (512 slots): the run
		if (!skip[i])
			mgo_free(p[i]);
	mgo_free(x);
	for (int i = 400; i < N; i++) // other spans: the run moves, flushing
		mgo_free(p[i]);
}

Test(rt_malloc, interior_pointer_into_the_free_run_span_aborts, .signal = SIGABRT)
{
	enum { N = 300 };
	bool skip[N] = {0};
	skip[298] = true;
	void **p = stream_free(N, skip);
	cr_assert(rt_tls_mcache->run.bytes != 0);
	mgo_free((char *)p[298] + 8);
}
#endif

// A freed object carries a tag in its first word (checked builds); an object
// handed out again with the tag still there is freed normally.
Test(rt_malloc, reallocated_object_with_stale_tag_frees)
{
	for (int round = 0; round < 3; round++) {
		void *p = mgo_malloc(40);
		mgo_free(p);
		void *q = mgo_malloc(40);
		cr_assert_eq(p, q, "LIFO reuse");
		mgo_free(q); // first word untouched since the free
	}
	// the same once the object went through its span
	void *p = mgo_malloc(40), *q[200];
	for (int i = 0; i < 200; i++)
		q[i] = mgo_malloc(40);
	mgo_free(p);
	for (int i = 0; i < 200; i++)
		mgo_free(q[i]);
	for (int i = 0; i < 200; i++)
		q[i] = mgo_malloc(40);
	p = mgo_malloc(40);
	mgo_free(p);
	for (int i = 0; i < 200; i++)
		mgo_free(q[i]);
}
