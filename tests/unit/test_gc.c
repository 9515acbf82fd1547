// test_gc.c: the collector on hand-built object graphs — roots, cycles,
// interior pointers, large objects, precise masks (pointer-like integers
// in scalar words and noscan objects retain nothing), a 10^7-node list,
// memory reuse after sweeping. Garbage is built and hidden as
// gc_test_util.h explains.
#include <criterion/criterion.h>
#include <string.h>

#include "rt/rt.h"
#include "gc_test_util.h"

typedef struct Node {
	struct Node *left, *right;
	uintptr_t val;
} Node;

static const uint8_t node_mask[] = {3};   // left, right: pointers; val: scalar
static const uint8_t word1_mask[] = {2};  // only word 1 is a pointer

static Node *root_node;                   // registered as a precise root
static void *root_any;                    // registered as a conservative root

static Node *new_node(Node *l, Node *r)
{
	Node *n = mgo_new_typed(sizeof(Node), node_mask, 3);
	n->left = l;
	n->right = r;
	return n;
}

static void setup(void)
{
	rt_init();
	rt_gc_roots_reset();
	root_node = NULL;
	root_any = NULL;
	mgo_gc_add_root(&root_node, sizeof root_node, node_mask);
	mgo_gc_add_root(&root_any, sizeof root_any, NULL);
}

TestSuite(gc, .init = setup);

static RT_NOINLINE void build_rooted_and_garbage(uintptr_t *live, uintptr_t *dead)
{
	Node *a = new_node(NULL, NULL), *b = new_node(NULL, NULL);
	root_node = new_node(a, b);
	*live = hide(b);
	*dead = hide(new_node(new_node(NULL, NULL), NULL));
}

Test(gc, reachable_from_root_survives_unreachable_dies)
{
	uintptr_t live, dead;
	build_rooted_and_garbage(&live, &dead);
	collect();
	cr_expect(alive(hide(root_node)));
	cr_expect(alive(hide(root_node->left)));
	cr_expect(alive(live));
	cr_expect_dead(dead, "");
	root_node = NULL;
	collect();
	cr_expect_dead(live, "");
}

static RT_NOINLINE void build_cycles(uintptr_t *kept, uintptr_t *lost)
{
	Node *a = new_node(NULL, NULL), *b = new_node(a, NULL);
	a->left = b;
	root_node = a;
	*kept = hide(b);
	Node *c = new_node(NULL, NULL), *d = new_node(c, c);
	c->right = d;
	c->left = c;
	*lost = hide(d);
}

Test(gc, cycles_live_with_root_and_die_without)
{
	uintptr_t kept, lost;
	build_cycles(&kept, &lost);
	collect();
	cr_expect(alive(kept));
	cr_expect_dead(lost, "");
}

static RT_NOINLINE void build_interior(uintptr_t *small, uintptr_t *large, uintptr_t *child,
    uintptr_t *scalar)
{
	char *s = mgo_new(200, true);
	root_any = s + 150; // e.g. &x.field or a subslice
	*small = hide(s);
	// A large array of Node (3 words each): keep it by a pointer to
	// element 5000's val field, and its element 7 points at a small node.
	Node *arr = mgo_new_typed(sizeof(Node) * 10000, node_mask, 3);
	cr_assert_gt(sizeof(Node) * 10000, RT_MAX_SMALL_SIZE);
	Node *c = new_node(NULL, NULL);
	arr[7].right = c;
	Node *x = new_node(NULL, NULL);
	arr[8].val = (uintptr_t)x; // scalar word: retains nothing
	root_node = (Node *)&arr[5000].val;
	*large = hide(arr);
	*child = hide(c);
	*scalar = hide(x);
}

Test(gc, interior_pointers_keep_small_and_large_objects)
{
	uintptr_t small, large, child, scalar;
	build_interior(&small, &large, &child, &scalar);
	collect();
	cr_expect(alive(small));
	cr_expect(alive(large));
	cr_expect(alive(child));
	cr_expect_dead(scalar, "a scalar word kept an object");
	root_node = NULL;
	collect();
	cr_expect_dead(large, "large object not freed");
	cr_expect_dead(child, "");
}

static RT_NOINLINE void build_noscan(uintptr_t *target, uintptr_t *holder)
{
	Node *t = new_node(NULL, NULL);
	uintptr_t *ints = mgo_new(8 * sizeof(uintptr_t), true);
	for (int i = 0; i < 8; i++)
		ints[i] = (uintptr_t)t + (uintptr_t)i; // pointer-like integers
	void **w = mgo_new_typed(2 * sizeof(void *), word1_mask, 2);
	w[0] = t;                                  // scalar word of a typed object
	root_any = ints;
	root_node = (Node *)w;
	*target = hide(t);
	*holder = hide(w);
}

Test(gc, noscan_and_scalar_words_retain_nothing)
{
	uintptr_t target, holder;
	build_noscan(&target, &holder);
	collect();
	cr_expect(alive(hide(root_any)));
	cr_expect(alive(holder));
	cr_expect_dead(target, "pointer-like integers kept an object");
}

Test(gc, untyped_scan_objects_are_scanned_conservatively)
{
	void **p = mgo_new(4 * sizeof(void *), false);
	p[3] = new_node(NULL, NULL);
	uintptr_t child = hide(p[3]);
	root_any = p;
	p = NULL;
	collect();
	cr_expect(alive(child));
}

static RT_NOINLINE void build_list(long n)
{
	Node *head = NULL;
	for (long i = 0; i < n; i++)
		head = new_node(head, NULL);
	root_node = head;
}

// The marker's explicit stack: a recursive marker would need 10^7 frames.
Test(gc, ten_million_node_list_marks_without_recursion, .timeout = 120)
{
	long n = 10 * 1000 * 1000;
	build_list(n);
	collect();
	long count = 0;
	for (Node *p = root_node; p; p = p->left)
		count++;
	cr_expect_eq(count, n);
	cr_expect(alive(hide(root_node->left->left)));
}

static RT_NOINLINE void churn(int rounds)
{
	for (int r = 0; r < rounds; r++) {
		Node *keep = NULL;
		for (int i = 0; i < 100000; i++)
			keep = new_node(keep, NULL);
		root_node = keep; // the previous round's list becomes garbage
		scrub_stack();
		mgo_gc();
	}
}

Test(gc, sweeping_reuses_memory)
{
	churn(2);
	uintptr_t pages = rt_heap.pagesInUse;
	churn(20);
	cr_expect_leq(rt_heap.pagesInUse, pages + pages / 4,
	    "heap grew from %lu to %lu pages with a constant live set",
	    (unsigned long)pages, (unsigned long)rt_heap.pagesInUse);
}

Test(gc, heap_bitmap_follows_the_mask_repeated_over_arrays)
{
	// [5]struct{p *T; x int} in a 80-byte slot: bits 0,2,4,6,8; 9 is clear.
	static const uint8_t m[] = {1};
	uintptr_t *a = mgo_new_typed(80, m, 2);
	uintptr_t base = (uintptr_t)a;
	for (unsigned i = 0; i < 10; i++) {
		uintptr_t w = base + i * 8;
		bool bit = (*rt_heapbits_word(w) >> ((w >> 3) & 63)) & 1;
		cr_expect_eq(bit, i % 2 == 0, "word %u", i);
	}
	// The same slot reused by a noscan-free object of another type.
	rt_heapbits_set(base, 80, 16, node_mask, 2);
	for (unsigned i = 0; i < 10; i++) {
		uintptr_t w = base + i * 8;
		bool bit = (*rt_heapbits_word(w) >> ((w >> 3) & 63)) & 1;
		cr_expect_eq(bit, i < 2, "word %u after reuse", i);
	}
}

// ---- sweeping: lazy (per span, at refill) and eager (in the pause) ----------

// build_mixed allocates n nodes, every other one rooted (a list through
// left), the others garbage; *dead is the first garbage node.
static RT_NOINLINE void build_mixed(int n, uintptr_t *dead)
{
	Node *keep = NULL;
	*dead = 0;
	for (int i = 0; i < n; i++) {
		Node *x = new_node(NULL, NULL);
		if (i % 2 == 0) {
			x->left = keep;
			keep = x;
		} else if (*dead == 0) {
			x->val = 0x1234;
			*dead = hide(x);
		}
	}
	root_node = keep;
}

// raw_allocated: the span's own bits, without the unswept-span correction
// mgo_gc_is_allocated makes.
static RT_NOINLINE bool raw_allocated(uintptr_t h)
{
	MSpan *s = rt_span_of(unhide(h));
	return s && rt_mspan_is_allocated(s, rt_mspan_index(s, (uintptr_t)unhide(h)));
}

static RT_NOINLINE bool unswept(uintptr_t h)
{
	MSpan *s = rt_span_of(unhide(h));
	return s && rt_mspan_unswept(s);
}

// allocate_until returns true when new_node hands out the slot behind h
// within `tries` allocations (the new nodes are garbage).
static RT_NOINLINE bool allocate_until(uintptr_t h, int tries)
{
	for (int i = 0; i < tries; i++)
		if (hide(new_node(NULL, NULL)) == h)
			return true;
	return false;
}

Test(gc, lazy_sweep_reclaims_dead_objects_when_their_span_is_refilled)
{
	rt_gc.lazySweep = true;
	uintptr_t dead;
	build_mixed(4000, &dead);
	collect();
	cr_expect(rt_gcsweep_pending());
	cr_expect(unswept(dead), "the mark left the span for the lazy sweeper");
	cr_expect(raw_allocated(dead), "nothing was swept in the pause");
	cr_expect_dead(dead, "mgo_gc_is_allocated reads an unswept span's marks");
	uint64_t before = atomic_load(&rt_gc.lazySwept);
	cr_expect(allocate_until(dead, 4000), "the dead slot was never handed out again");
	cr_expect_gt(atomic_load(&rt_gc.lazySwept), before);
	cr_expect_not(unswept(dead));
}

static RT_NOINLINE void build_garbage_spans(size_t size, int n, uintptr_t *first)
{
	for (int i = 0; i < n; i++) {
		void *p = mgo_new(size, true);
		if (i == 0)
			*first = hide(p);
	}
}

Test(gc, lazy_sweep_returns_an_all_garbage_span_to_the_page_heap)
{
	rt_gc.lazySweep = true;
	uintptr_t first;
	build_garbage_spans(3000, 64, &first); // a class nothing else here uses
	MSpan *s = rt_span_of(unhide(first));
	uintptr_t start = s->startAddr;
	collect();
	cr_assert(unswept(first));
	uintptr_t spans = rt_heap.spansInUse;
	uint64_t freed = atomic_load(&rt_gc.lazyFreed);
	// Refills sweep the class's spans (a conservatively retained one stops
	// a refill, so allocate until none is left unswept).
	MCentral *ctl = &rt_heap.central[s->allocClass];
	for (int i = 0; i < 1000 && (ctl->unswept[0] || ctl->unswept[1]); i++)
		mgo_new(3000, true);
	uint64_t nspans = 64 / rt_class_to_nelems[rt_size_class(3000)];
	cr_expect_geq(atomic_load(&rt_gc.lazyFreed), freed + nspans - 2, "empty spans not freed");
	cr_expect_lt(rt_heap.spansInUse, spans);
	MSpan *now = *rt_spans_entry(start);
	cr_expect(now != s || atomic_load(&s->state) != RT_SPAN_INUSE || !rt_mspan_unswept(s),
	    "the garbage span was not swept");
}

Test(gc, lazy_sweep_frees_pages_before_the_heap_grows)
{
	rt_gc.lazySweep = true;
	uintptr_t first;
	build_garbage_spans(3000, 256, &first);
	collect();
	cr_assert(rt_gcsweep_pending());
	uintptr_t freeBefore = rt_heap.pagesFree;
	cr_expect_geq(rt_gcsweep_reclaim(4), 4);
	cr_expect_gt(rt_heap.pagesFree, freeBefore);
	// Everything swept: a second pass finds nothing and says so.
	GCCycleStats st = {0};
	rt_gcsweep_finish(&st);
	cr_expect_not(rt_gcsweep_pending());
	cr_expect_eq(rt_gcsweep_reclaim(1), 0);
}

static void next_collection_finishes(bool lazyNext)
{
	rt_gc.lazySweep = true;
	uintptr_t dead;
	build_mixed(4000, &dead);
	collect();
	cr_assert(raw_allocated(dead));
	rt_gc.lazySweep = lazyNext;
	collect(); // must sweep the leftovers before it marks
	cr_expect_not(raw_allocated(dead), "the leftover span was not swept before the mark");
	cr_expect_dead(dead, "");
	cr_expect_eq(unswept(dead), lazyNext);
	// the live half survived both collections
	long n = 0;
	for (Node *p = root_node; p; p = p->left)
		n++;
	cr_expect_eq(n, 2000);
}

Test(gc, next_collection_finishes_unswept_spans_first)
{
	next_collection_finishes(true);
}

Test(gc, switching_lazy_to_eager_finishes_unswept_spans_first)
{
	next_collection_finishes(false);
}

static RT_NOINLINE uint64_t word_at(uintptr_t h, int i)
{
	return ((volatile uint64_t *)unhide(h))[i];
}

Test(gc, lazy_sweep_poisons_when_the_span_is_swept)
{
	rt_gc.lazySweep = true;
	rt_gc.poison = true;
	uintptr_t dead;
	build_mixed(200, &dead); // span stays in use: half of it lives
	collect();
	cr_expect_eq(word_at(dead, 2), 0x1234, "poisoned before the sweep");
	GCCycleStats st = {0};
	rt_gcsweep_finish(&st);
	cr_expect_geq(st.spansSwept, 1);
	cr_expect_eq(word_at(dead, 0), RT_GC_POISON);
	cr_expect_eq(word_at(dead, 2), RT_GC_POISON);
	cr_expect_not(raw_allocated(dead));
}

Test(gc, eager_sweep_frees_and_poisons_in_the_pause)
{
	rt_gc.lazySweep = false;
	rt_gc.poison = true;
	uintptr_t dead;
	build_mixed(200, &dead);
	collect();
	cr_expect_not(rt_gcsweep_pending());
	cr_expect_not(unswept(dead));
	cr_expect_not(raw_allocated(dead));
	cr_expect_eq(word_at(dead, 2), RT_GC_POISON);
}

Test(gc, a_free_by_hand_after_the_mark_survives_the_lazy_sweep)
{
	rt_gc.lazySweep = true;
	uintptr_t dead;
	build_mixed(200, &dead);
	Node *live = root_node;      // marked by the next collection
	collect();
	cr_assert(unswept(hide(live)));
	root_node = live->left;
	uintptr_t h = hide(live);
	mgo_free(live);              // remote path: the span has no owner now
	live = NULL;
	GCCycleStats st = {0};
	rt_gcsweep_finish(&st);
	cr_expect_not(raw_allocated(h), "a marked slot freed by hand came back");
}

// A C API thread takes pages from the page heap while the main thread
// allocates Go objects after a lazy collection: its page-heap misses sweep
// GC spans (rt_gcsweep_reclaim) under the same MCentral locks as the main
// thread's refills. (Not during the collection itself: a thread with a
// cache must be stopped then, as rt.h "Threads" says.)
static void *c_api_churn(void *arg)
{
	(void)arg;
	void *big[64];
	uintptr_t got = 0;
	for (int i = 0; i < 64; i++) {
		big[i] = mgo_malloc(40000 + 8192 * (size_t)(i % 8));
		got += rt_gcsweep_reclaim(4); // as a page-heap miss would
	}
	for (int i = 0; i < 64; i++)
		mgo_free(big[i]);
	return (void *)got;
}

static RT_NOINLINE void build_round(void)
{
	uintptr_t dead, first;
	build_mixed(2000, &dead);
	build_garbage_spans(3000, 64, &first);
}

Test(gc, lazy_sweep_beside_a_c_api_thread, .timeout = 60)
{
	rt_gc.lazySweep = true;
	uintptr_t reclaimed = 0;
	for (int r = 0; r < 30; r++) {
		build_round();
		collect();
		pthread_t t;
		void *got;
		cr_assert_eq(pthread_create(&t, NULL, c_api_churn, NULL), 0);
		for (int i = 0; i < 3000; i++) // garbage; refills sweep
			new_node(NULL, NULL);
		pthread_join(t, &got);
		reclaimed += (uintptr_t)got;
	}
	cr_expect_gt(reclaimed, 0, "the thread never swept");
	long n = 0;
	for (Node *p = root_node; p; p = p->left)
		n++;
	cr_expect_eq(n, 1000);
	GCCycleStats st = {0};
	rt_gcsweep_finish(&st);
	cr_expect_not(rt_gcsweep_pending());
}
