// mheap.c: the page heap — runs of 8 KiB pages for spans (§6, [mgo] variant).
//
// Free runs are MSpan records (state FREE) in size-indexed lists: free[n]
// holds runs of exactly n < 128 pages, free[0] the longer ones. A bitmask of
// non-empty lists makes "smallest list that fits" a count-trailing-zeros;
// the long list is searched best-fit (it holds few runs: whole arenas and the
// remains of big objects). A run is split from its low end. Freeing a span
// coalesces it with the free runs on both sides, found through the page map
// (the last page of the run below and the first page of the run above are
// always valid map entries). Growth maps whole arenas; the heap never unmaps,
// but rt_mheap_scavenge hands free pages back with madvise.
//
// Everything here runs under rt_heap.lock; rt_init is the one entry that
// does not need it.
#include <string.h>

#include "rt/rt.h"

MHeap rt_heap;
_Atomic uint32_t rt_span_gen = 1;

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_all(void)
{
	rt_mheap_init();
	rt_mcache_init();
	rt_stats_init();
	rt_gc_init();
}

void rt_init(void)
{
	pthread_once(&init_once, init_all);
}

void rt_mheap_init(void)
{
	rt_heap.lock = (rt_lock_t)RT_LOCK_INIT;
	rt_fixalloc_init(&rt_heap.spanalloc, sizeof(MSpan));
	// A bitmap block holds allocBits, gcmarkBits, remoteFree and, for spans
	// too big for MSpan.lfInline, localFree. The pool rounds blocks to 64
	// bytes, so the fourth map costs nothing up to 256 objects.
	for (unsigned i = 0; i < 5; i++)
		rt_fixalloc_init(&rt_heap.bitsalloc[i], 4 * sizeof(uint64_t) << i);
	rt_fixalloc_init(&rt_heap.cachealloc, sizeof(MCache));
	for (unsigned ac = 0; ac < RT_NUM_ALLOC_CLASSES; ac++)
		rt_mcentral_init(&rt_heap.central[ac]);
}

// ---- free runs -----------------------------------------------------------

static unsigned free_index(uintptr_t npages)
{
	return npages < RT_HEAP_NFREE ? (unsigned)npages : 0;
}

static MSpan *span_new(uintptr_t start, uintptr_t npages)
{
	MSpan *s = rt_fixalloc_alloc(&rt_heap.spanalloc);
	s->startAddr = start;
	s->npages = npages;
	return s;
}

static void span_dispose(MSpan *s)
{
	atomic_store_explicit(&s->state, RT_SPAN_DEAD, memory_order_relaxed);
	rt_fixalloc_free(&rt_heap.spanalloc, s);
}

static void free_insert(MSpan *s)
{
	unsigned i = free_index(s->npages);
	rt_list_push(&rt_heap.free[i], s);
	rt_heap.freeMask[i / 64] |= (uint64_t)1 << (i % 64);
	rt_heap.pagesFree += s->npages;
	s->where = RT_LIST_HEAP_FREE;
	atomic_store_explicit(&s->state, RT_SPAN_FREE, memory_order_relaxed);
	*rt_spans_entry(s->startAddr) = s;
	*rt_spans_entry(s->startAddr + (s->npages - 1) * RT_PAGE_SIZE) = s;
}

static void free_remove(MSpan *s)
{
	unsigned i = free_index(s->npages);
	rt_list_remove(&rt_heap.free[i], s);
	if (rt_heap.free[i] == NULL)
		rt_heap.freeMask[i / 64] &= ~((uint64_t)1 << (i % 64));
	rt_heap.pagesFree -= s->npages;
	s->where = RT_LIST_NONE;
}

// free_find returns the smallest exact-size run that fits, else the best fit
// among the long runs, else NULL.
static MSpan *free_find(uintptr_t npages)
{
	if (npages < RT_HEAP_NFREE) {
		for (unsigned w = (unsigned)npages / 64; w < RT_HEAP_NFREE / 64; w++) {
			uint64_t m = rt_heap.freeMask[w];
			if (w == npages / 64)
				m &= ~(uint64_t)0 << (npages % 64);
			if (w == 0)
				m &= ~(uint64_t)1; // bit 0 is the long list
			if (m)
				return rt_heap.free[w * 64 + (unsigned)__builtin_ctzll(m)];
		}
	}
	MSpan *best = NULL;
	for (MSpan *s = rt_heap.free[0]; s; s = s->next)
		if (s->npages >= npages && (best == NULL || s->npages < best->npages))
			best = s;
	return best;
}

// neighbour returns the free run whose pages include address a, if any.
static MSpan *free_run_at(uintptr_t a)
{
	if (rt_arena_of(a) == NULL)
		return NULL;
	MSpan *p = *rt_spans_entry(a);
	if (p == NULL || atomic_load_explicit(&p->state, memory_order_relaxed) != RT_SPAN_FREE)
		return NULL;
	return p;
}

// free_coalesce merges s (not on any list) with free neighbours and files it.
static void free_coalesce(MSpan *s)
{
	MSpan *p = free_run_at(s->startAddr - RT_PAGE_SIZE);
	if (p && p->startAddr + p->npages * RT_PAGE_SIZE == s->startAddr) {
		free_remove(p);
		s->startAddr = p->startAddr;
		s->npages += p->npages;
		s->needzero |= p->needzero;
		s->scavenged &= p->scavenged;
		if (p->freedCycle > s->freedCycle)
			s->freedCycle = p->freedCycle;
		span_dispose(p);
	}
	uintptr_t end = s->startAddr + s->npages * RT_PAGE_SIZE;
	MSpan *n = free_run_at(end);
	if (n && n->startAddr == end) {
		free_remove(n);
		s->npages += n->npages;
		s->needzero |= n->needzero;
		s->scavenged &= n->scavenged;
		if (n->freedCycle > s->freedCycle)
			s->freedCycle = n->freedCycle;
		span_dispose(n);
	}
	free_insert(s);
}

static bool grow(uintptr_t npages)
{
	uintptr_t got;
	uintptr_t base = rt_arena_grow(npages, &got);
	if (base == 0)
		return false;
	MSpan *s = span_new(base, got);
	s->scavenged = 1; // fresh mapping: zero, not resident
	free_coalesce(s);
	return true;
}

// alloc_pages takes npages from the free runs (growing if needed) and returns
// a span record for exactly those pages, with needzero set, or NULL.
static MSpan *alloc_pages(uintptr_t npages)
{
	MSpan *s = free_find(npages);
	if (s == NULL) {
		if (!grow(npages))
			return NULL;
		s = free_find(npages);
		RT_ASSERT(s != NULL);
	}
	free_remove(s);
	if (s->npages > npages) {
		MSpan *rest = span_new(s->startAddr + npages * RT_PAGE_SIZE, s->npages - npages);
		rest->needzero = s->needzero;
		rest->scavenged = s->scavenged;
		rest->freedCycle = s->freedCycle;
		free_insert(rest);
	}
	// Reset the record for its new life; gen must stay unique (mcentral.c).
	uintptr_t start = s->startAddr;
	uint8_t needzero = s->needzero;
	memset(s, 0, sizeof *s);
	s->startAddr = start;
	s->npages = npages;
	s->needzero = needzero;
	return s;
}

// rt_mheap_alloc returns an in-use span of npages pages for allocation class
// ac (a large class when ac's size class is 0), or NULL when out of memory.
MSpan *rt_mheap_alloc(uintptr_t npages, unsigned ac)
{
	unsigned spanclass = ac < RT_NUM_SPAN_CLASSES ? ac : ((ac - RT_NUM_SPAN_CLASSES) << 1 | 1);
	unsigned sizeclass = spanclass >> 1;
	unsigned order = 0, words = 1;
	if (sizeclass != 0) {
		words = (rt_class_to_nelems[sizeclass] + 63) / 64;
		while ((1u << order) < words)
			order++;
	}
	rt_lock(&rt_heap.lock);
	if (free_find(npages) == NULL && rt_gcsweep_pending()) {
		// Lazy sweep: free the pages of dead spans before mapping more.
		rt_unlock(&rt_heap.lock);
		rt_gcsweep_reclaim(npages);
		rt_lock(&rt_heap.lock);
	}
	MSpan *s = alloc_pages(npages);
	if (s == NULL) {
		rt_unlock(&rt_heap.lock);
		return NULL;
	}
	uint64_t *bits = rt_fixalloc_alloc(&rt_heap.bitsalloc[order]);
	size_t w = (size_t)1 << order;
	s->allocBits = bits;
	s->gcmarkBits = bits + w;
	s->remoteFree = (_Atomic(uint64_t) *)(bits + 2 * w);
	s->localFree = words <= RT_LF_INLINE_WORDS ? s->lfInline : bits + 3 * w;
	s->bitsOrder = (uint8_t)order;
	s->spanclass = (uint16_t)spanclass;
	s->allocClass = (uint16_t)ac;
	s->sweepgen = atomic_load_explicit(&rt_gc.cycle, memory_order_relaxed); // born swept
	if (sizeclass != 0)
		rt_mspan_init_small(s, sizeclass);
	else
		rt_mspan_init_large(s);
	rt_arena_set_spans(s->startAddr, npages, s);
	rt_arena_set_inuse(s, true);
	if (sizeclass != 0 && rt_mspan_is_manual(s))
		rt_arena_set_bin(s->startAddr, npages, sizeclass);
	s->allnext = rt_heap.allspans;
	if (rt_heap.allspans)
		rt_heap.allspans->allprev = s;
	rt_heap.allspans = s;
	rt_heap.spansInUse++;
	rt_heap.pagesInUse += npages;
	atomic_store_explicit(&s->gen, atomic_fetch_add(&rt_span_gen, 1), memory_order_relaxed);
	atomic_store_explicit(&s->state, RT_SPAN_INUSE, memory_order_relaxed);
	rt_unlock(&rt_heap.lock);
	return s;
}

// rt_mheap_free_locked returns an in-use (or cached large) span's pages.
// Nothing may reference its objects any more.
void rt_mheap_free_locked(MSpan *s)
{
	uint8_t st = atomic_load_explicit(&s->state, memory_order_relaxed);
	if (st != RT_SPAN_INUSE && st != RT_SPAN_LARGE_CACHED)
		rt_throw("freeing span %p in state %d", (void *)s->startAddr, st);
	if (s->allprev)
		s->allprev->allnext = s->allnext;
	else
		rt_heap.allspans = s->allnext;
	if (s->allnext)
		s->allnext->allprev = s->allprev;
	rt_heap.spansInUse--;
	rt_heap.pagesInUse -= s->npages;
	rt_arena_set_inuse(s, false);
	if (s->spanclass >> 1 != 0 && rt_mspan_is_manual(s))
		rt_arena_set_bin(s->startAddr, s->npages, 0);
	rt_fixalloc_free(&rt_heap.bitsalloc[s->bitsOrder], s->allocBits);
	s->allocBits = s->gcmarkBits = NULL;
	s->remoteFree = NULL;
	s->localFree = NULL;
	atomic_store_explicit(&s->owner, NULL, memory_order_relaxed);
	s->needzero = 1;
	s->scavenged = 0;
	s->freedCycle = rt_gc.cycle;
	s->next = s->prev = s->allnext = s->allprev = NULL;
	free_coalesce(s);
}

void rt_mheap_free(MSpan *s)
{
	rt_lock(&rt_heap.lock);
	rt_mheap_free_locked(s);
	rt_unlock(&rt_heap.lock);
}

// rt_mheap_scavenge releases the pages of every free run to the OS. The runs
// stay in the heap; their pages read as zero when next used (needzero = 0).
size_t rt_mheap_scavenge(void)
{
	size_t bytes = 0;
	rt_lock(&rt_heap.lock);
	for (unsigned i = 0; i < RT_HEAP_NFREE; i++) {
		for (MSpan *s = rt_heap.free[i]; s; s = s->next) {
			if (s->scavenged)
				continue;
			rt_os_release((void *)s->startAddr, s->npages * RT_PAGE_SIZE);
			s->scavenged = 1;
			s->needzero = 0;
			bytes += s->npages * RT_PAGE_SIZE;
		}
	}
	rt_unlock(&rt_heap.lock);
	return bytes;
}

// rt_mheap_scavenge_to releases free pages until the pages the heap keeps
// resident (inUse, or the pages in use if inUse is 0, plus free but not
// released) fit in `retain` bytes, or
// nothing is left to release; returns the bytes released. Only runs that
// stayed free for idleCycles collections go (memory freed by the last
// sweeps is what the next cycle allocates from), long runs first: one
// madvise returns the most, and the page heap hands out short runs first.
size_t rt_mheap_scavenge_to(size_t retain, uint32_t idleCycles, uintptr_t inUse)
{
	size_t bytes = 0;
	rt_lock(&rt_heap.lock);
	uintptr_t resident = inUse ? inUse : rt_heap.pagesInUse;
	for (unsigned i = 0; i < RT_HEAP_NFREE; i++)
		for (MSpan *s = rt_heap.free[i]; s; s = s->next)
			if (!s->scavenged)
				resident += s->npages;
	uintptr_t keep = retain / RT_PAGE_SIZE;
	for (unsigned k = 0; k < RT_HEAP_NFREE && resident > keep; k++) {
		unsigned i = k == 0 ? 0 : RT_HEAP_NFREE - k; // the long list, then 127 down
		for (MSpan *s = rt_heap.free[i]; s && resident > keep; s = s->next) {
			if (s->scavenged || s->freedCycle + idleCycles > rt_gc.cycle)
				continue;
			rt_os_release((void *)s->startAddr, s->npages * RT_PAGE_SIZE);
			s->scavenged = 1;
			s->needzero = 0;
			resident -= s->npages;
			bytes += s->npages * RT_PAGE_SIZE;
		}
	}
	rt_unlock(&rt_heap.lock);
	return bytes;
}
