// mcache.c: the per-thread cache — spans a thread owns, refills, thread exit.
//
// Each thread gets an MCache on its first allocation (rt_tls_mcache points
// at it; before that at rt_empty_mcache, whose every class is the empty
// span, so malloc.c's fast path needs no NULL test). Per allocation class
// the cache owns a current span (alloc[]) and a FIFO of partial spans; full
// ones are on no list. rt/rt.h says why spans stay owned after they fill.
//
// Refill order when the current span runs out: (1) collect its own frees in
// place if there are enough of them (>= 1/32 of the span); (2) park it and
// take one of the oldest partial spans that has enough, after draining the
// ready stack that remote notifiers fill, or else the partial span with the
// most frees among the next few (most_freed_partial); (3) ask the MCentral.
// Each step is O(1) amortised per object: a collection costs at most 16
// bitmap words (and the look at 16 spans' free counts) and yields at least
// 1/128 of a span (one object in spans of 128 or fewer).
//
// A pthread key destructor flushes the cache when its thread exits: every
// owned span goes back to its MCentral (or to the heap if empty) and the
// statistics are merged, so no memory stays stranded in dead threads.
#include <string.h>

#include "rt/rt.h"

MSpan rt_empty_span; // allocCache == 0 and nelems == 0: every fast path misses
MCache rt_empty_mcache = {.alloc = {[0 ... RT_NUM_ALLOC_CLASSES - 1] = &rt_empty_span}};
_Thread_local MCache *rt_tls_mcache __attribute__((tls_model("local-exec"))) = &rt_empty_mcache;

static pthread_key_t cache_key;

static void cache_destructor(void *arg)
{
	MCache *c = arg;
	// Not while a collection runs: it may be releasing this very cache.
	pthread_mutex_lock(&rt_gc.lock);
	rt_mcache_flush(c);
	rt_tls_mcache = &rt_empty_mcache;
	rt_lock(&rt_heap.lock);
	if (c->allprev)
		c->allprev->allnext = c->allnext;
	else
		rt_heap.allcaches = c->allnext;
	if (c->allnext)
		c->allnext->allprev = c->allprev;
	rt_fixalloc_free(&rt_heap.cachealloc, c);
	rt_unlock(&rt_heap.lock);
	pthread_mutex_unlock(&rt_gc.lock);
}

void rt_mcache_init(void)
{
	if (pthread_key_create(&cache_key, cache_destructor) != 0)
		rt_throw("pthread_key_create failed");
}

// A cache not tied to a thread: the scheduler gives one to each P.
MCache *rt_mcache_new(void)
{
	rt_init();
	rt_lock(&rt_heap.lock);
	MCache *c = rt_fixalloc_alloc(&rt_heap.cachealloc);
	c->allnext = rt_heap.allcaches;
	if (rt_heap.allcaches)
		rt_heap.allcaches->allprev = c;
	rt_heap.allcaches = c;
	c->live = true;
	rt_unlock(&rt_heap.lock);
	for (unsigned ac = 0; ac < RT_NUM_ALLOC_CLASSES; ac++)
		c->alloc[ac] = &rt_empty_span;
	for (unsigned k = 1; k < RT_NUM_SIZE_CLASSES; k++) {
		c->binState[k] = (uint64_t)rt_bin_cap(k) << 8;
	}
	return c;
}

MCache *rt_mcache_create(void)
{
	MCache *c = rt_mcache_new();
	pthread_setspecific(cache_key, c);
	rt_tls_mcache = c;
	return c;
}

static unsigned size_class_of(const MSpan *s)
{
	return s->spanclass >> 1;
}

// ---- the partial FIFO ------------------------------------------------------

static void queue_push_tail(SpanQueue *q, MSpan *s)
{
	s->next = NULL;
	s->prev = q->tail;
	if (q->tail)
		q->tail->next = s;
	else
		q->head = s;
	q->tail = s;
}

static void queue_push_head(SpanQueue *q, MSpan *s)
{
	s->prev = NULL;
	s->next = q->head;
	if (q->head)
		q->head->prev = s;
	else
		q->tail = s;
	q->head = s;
}

static void queue_remove(SpanQueue *q, MSpan *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		q->head = s->next;
	if (s->next)
		s->next->prev = s->prev;
	else
		q->tail = s->prev;
	s->next = s->prev = NULL;
}

static void uncount_empty(MCache *c, MSpan *s)
{
	if (s->cachedEmpty) {
		s->cachedEmpty = 0;
		c->emptyBytes -= s->npages * RT_PAGE_SIZE;
	}
}

// make_partial moves an owned span to the partial FIFO; a local free that
// empties it will then call rt_mcache_free_event.
static void make_partial(MCache *c, MSpan *s)
{
	s->where = RT_LIST_OWNED_PARTIAL;
	s->trigger = s->allocCount;
	queue_push_tail(&c->partial[s->allocClass], s);
}

// park files a span that stopped being current and is fully allocated as far
// as allocBits/freeindex know (allocCount == nelems). A full span goes on no
// list: its first local free (trigger 1) or remote notification finds it.
static void park(MCache *c, MSpan *s)
{
	if (s->nlocal || atomic_load_explicit(&s->nremote, memory_order_relaxed)) {
		make_partial(c, s);
		if (s->nlocal == s->allocCount)
			rt_mcache_free_event(c, s);
	} else {
		s->where = RT_LIST_OWNED_FULL;
		s->trigger = 1;
	}
}

// drain_ready moves spans that other threads freed into to the partial FIFO.
static void drain_ready(MCache *c, unsigned ac)
{
	if (atomic_load_explicit(&c->ready[ac], memory_order_relaxed) == NULL)
		return;
	MSpan *s = atomic_exchange_explicit(&c->ready[ac], NULL, memory_order_acquire);
	while (s) {
		MSpan *next = s->rnext; // read before a notifier may push s again
		atomic_store_explicit(&s->inReady, 0, memory_order_release);
		if (s->where == RT_LIST_OWNED_FULL)
			make_partial(c, s);
		s = next;
	}
}

static void *take(MSpan *s)
{
	uint64_t cache = s->allocCache;
	unsigned b = (unsigned)__builtin_ctzll(cache);
	uint32_t idx = s->freeindex + b;
	s->allocCache = (cache >> b) >> 1;
	s->freeindex = idx + 1;
	return (void *)(s->startAddr + (uintptr_t)idx * s->elemsize);
}

static void *use(MCache *c, unsigned ac, MSpan *s)
{
	s->where = RT_LIST_CURRENT;
	s->trigger = 0;
	c->alloc[ac] = s;
	RT_ASSERT_SLOW((rt_mspan_check(s), true));
	return take(s);
}

// Frees a span must have pending before collecting them is worth a refill:
// 1/32 of its slots (RT_COLLECT_DIV). Frees left uncollected are memory the
// program cannot use: with 1/8, churn1, churn2 and gosizes held 6-8% more
// resident memory (RSS 1.38x their live bytes against mimalloc's 1.28x) and
// spread their objects over as many more pages. A collection costs at most
// 16 bitmap words, so even one object per refill stays cheap.
static bool worth_collecting(const MSpan *s)
{
	if (s->freeindex < s->nelems) // collected already (trim_backlog)
		return true;
	uint32_t pending = s->nlocal + atomic_load_explicit(&s->nremote, memory_order_relaxed);
	return pending > 0 && pending * RT_COLLECT_DIV >= s->nelems;
}

// most_freed_partial: before a new span is taken, one more look further down
// the partial FIFO, at up to RT_PARTIAL_SCAN spans, for the one with the
// most pending frees if they are at least 1/(4 * RT_COLLECT_DIV) of it.
// A consumer's remote frees reach the producer's spans in bursts, and the
// oldest spans were often not the ones that had gathered them: without
// this look the bench's prodcons peaked at 2.80-2.85 MB of pages, with it
// at 2.70-2.72 MB (RSS 4.86 -> 4.65 MB, median of 3); churn1 28.8 -> 28.7.
// The span's frees are collected here; NULL if none qualifies (or what it
// had was still in flight).
static MSpan *most_freed_partial(MCache *c, unsigned ac)
{
	MSpan *best = NULL;
	uint32_t most = 0;
	int n = 0;
	for (MSpan *q = c->partial[ac].head; q && n < RT_PARTIAL_SCAN; q = q->next, n++) {
		uint32_t pending = q->nlocal + atomic_load_explicit(&q->nremote, memory_order_relaxed);
		if (pending > most && pending * 4 * RT_COLLECT_DIV >= q->nelems) {
			most = pending;
			best = q;
		}
	}
	if (best == NULL)
		return NULL;
	queue_remove(&c->partial[ac], best);
	uncount_empty(c, best);
	if (rt_mspan_reclaim(best) > 0)
		return best;
	best->allocCount = best->nelems;
	park(c, best);
	return NULL;
}

// fully_freed: every slot the owner last knew allocated has a free pending
// (counted; some remote bits may still be in flight).
static bool fully_freed(const MSpan *s)
{
	return s->nlocal + atomic_load_explicit(&s->nremote, memory_order_relaxed) >= s->allocCount;
}

// release_empty gives s, an owned span found empty, back to its MCentral;
// false when a free in flight keeps it here. A free run on it ends either
// way: its pages may come back as another class's span.
static bool release_empty(MCache *c, MSpan *s)
{
	rt_run_leave(c, s);
	return rt_mcentral_release_owned(s);
}

// trim_backlog runs when the refill took a span that was entirely free: if
// the next spans in the FIFO are entirely free too, the thread is holding a
// queue of empty spans, which a consumer of a producer's objects builds up
// (they come back in the order they were filled, and the owner only sees
// that they are empty when it reaches them). Keeping that queue costs
// memory for as long as the program runs; up to two of them per refill go
// back to the page heap, where any class can take their pages. (The empty
// spans kept on purpose, cachedEmpty, stay.) Measured on the bench's
// prodcons-full: the spans held 2.61 MB after 1/16 of the run and 2.76 MB at
// the end without this, 2.46-2.51 MB throughout with it (live 2.18 MB).
static void trim_backlog(MCache *c, unsigned ac)
{
	MSpan *q;
	for (int n = 0; n < 2 && (q = c->partial[ac].head) != NULL && !q->cachedEmpty &&
	    fully_freed(q); n++) {
		queue_remove(&c->partial[ac], q);
		rt_mspan_reclaim(q);
		if (q->allocCount == 0 && release_empty(c, q))
			continue;
		// A free still in flight, or a notifier has it on the ready stack:
		// keep it first in line, its free slots already collected.
		q->trigger = q->allocCount;
		queue_push_head(&c->partial[ac], q);
		break;
	}
}

// rt_mcache_refill allocates one object of class ac once the fast path found
// the current span's allocCache empty. NULL only when out of memory.
void *rt_mcache_refill(MCache *c, unsigned ac)
{
	MSpan *s = c->alloc[ac];
	if (s->allocCache)
		return take(s);
	if (s != &rt_empty_span) {
		if (rt_mspan_next_word(s))
			return take(s);
		// Exhausted: every slot is allocated or recorded as freed. allocCount
		// still holds the count from when the span became current.
		c->nsmall[size_class_of(s)] += s->nelems - s->allocCount;
		s->allocCount = s->nelems;
		if (worth_collecting(s) && rt_mspan_reclaim(s) > 0)
			return take(s);
		c->alloc[ac] = &rt_empty_span;
		park(c, s);
	}
	// The free run's frees are slots of this class that the steps below
	// can use, instead of a new span while the run's span sits full.
	if (c->run.bytes != 0 && c->run.span->allocClass == ac)
		rt_run_flush(c);
	drain_ready(c, ac);
	// Look at a few of the oldest partial spans; one that has not gathered
	// enough frees yet goes to the back of the queue.
	for (int tries = 0; tries < 4 && (s = c->partial[ac].head) != NULL; tries++) {
		queue_remove(&c->partial[ac], s);
		if (!worth_collecting(s)) {
			queue_push_tail(&c->partial[ac], s);
			continue;
		}
		uncount_empty(c, s);
		bool empty = fully_freed(s);
		if (rt_mspan_reclaim(s) > 0) {
			if (empty && s->allocCount == 0)
				trim_backlog(c, ac);
			return use(c, ac, s);
		}
		// Only remote frees still in flight: look again later.
		s->allocCount = s->nelems;
		park(c, s);
		break;
	}
	if ((s = most_freed_partial(c, ac)) != NULL)
		return use(c, ac, s);
	s = rt_mcentral_cache_span(ac, c);
	if (s == NULL)
		return NULL;
	return use(c, ac, s);
}

// rt_mcache_free_event runs when local frees made s->nlocal reach
// s->trigger: a full span got its first free, or a parked span became empty.
void rt_mcache_free_event(MCache *c, MSpan *s)
{
	if (s->where == RT_LIST_OWNED_FULL) {
		make_partial(c, s);
		if (s->nlocal != s->allocCount)
			return;
	}
	if (s->where != RT_LIST_OWNED_PARTIAL || s->nlocal != s->allocCount)
		return;
	// Empty. Keep a few empty spans for quick reuse, give the rest back.
	unsigned ac = s->allocClass;
	size_t bytes = s->npages * RT_PAGE_SIZE;
	if (s->cachedEmpty)
		return;
	if (c->emptyBytes + bytes <= RT_EMPTY_SPAN_BUDGET) {
		s->cachedEmpty = 1;
		c->emptyBytes += bytes;
		queue_remove(&c->partial[ac], s);
		queue_push_head(&c->partial[ac], s); // reuse whole spans first
		return;
	}
	queue_remove(&c->partial[ac], s);
	if (!release_empty(c, s))
		queue_push_tail(&c->partial[ac], s);
}

// ---- large objects -------------------------------------------------------

// The largest span the cache takes fits its budget, so a full cache can
// always make room by eviction.
_Static_assert(RT_LARGE_CACHE_PAGES * RT_PAGE_SIZE <= RT_LARGE_CACHE_BUDGET,
	       "a cacheable large span exceeds the large-cache budget");

// large_pop takes the most recently cached span of npages pages off c's
// large cache, or returns NULL.
static MSpan *large_pop(MCache *c, unsigned npages)
{
	MSpan *s = c->large[npages];
	if (s == NULL)
		return NULL;
	c->large[npages] = s->next;
	if (--c->largeCount[npages] == 0)
		c->largeMask &= ~((uint64_t)1 << npages);
	c->largeBytes -= npages * RT_PAGE_SIZE;
	s->next = NULL;
	s->where = RT_LIST_NONE;
	return s;
}

// rt_mcache_large_alloc reuses a large span of exactly npages pages that this
// thread freed earlier, or returns NULL.
MSpan *rt_mcache_large_alloc(MCache *c, uintptr_t npages)
{
	MSpan *s = large_pop(c, (unsigned)npages);
	if (s != NULL)
		atomic_store_explicit(&s->state, RT_SPAN_INUSE, memory_order_relaxed);
	return s;
}

// fullest_large: the page count with the most cached spans (the largest on
// a tie, whose eviction makes the most room).
static unsigned fullest_large(const MCache *c)
{
	unsigned best = 0;
	for (uint64_t m = c->largeMask; m != 0; m &= m - 1) {
		unsigned n = (unsigned)__builtin_ctzll(m);
		if (c->largeCount[n] >= c->largeCount[best])
			best = n;
	}
	return best;
}

// rt_mcache_large_free keeps a freed large span for reuse while the cache's
// byte budget allows; false means the caller must return it to the heap.
// A full cache makes room by giving the heap a span of its most common page
// count, unless that is s's own: a program that frees and allocates sizes
// at random then finds every size in the cache, where a cache that kept
// whatever came first ran out of some sizes while it held several of
// others (bench `large`: 44% of its large allocations reached the heap).
bool rt_mcache_large_free(MCache *c, MSpan *s)
{
	size_t bytes = s->npages * RT_PAGE_SIZE;
	if (c == &rt_empty_mcache || s->npages > RT_LARGE_CACHE_PAGES)
		return false;
	while (c->largeBytes + bytes > RT_LARGE_CACHE_BUDGET) {
		unsigned n = fullest_large(c);
		if (c->largeCount[n] <= c->largeCount[s->npages] + 1)
			return false;
		rt_mheap_free(large_pop(c, n));
	}
	atomic_store_explicit(&s->state, RT_SPAN_LARGE_CACHED, memory_order_relaxed);
	s->needzero = 1;
	s->where = RT_LIST_LARGE_CACHE;
	s->next = c->large[s->npages];
	c->large[s->npages] = s;
	c->largeCount[s->npages]++;
	c->largeMask |= (uint64_t)1 << s->npages;
	c->largeBytes += bytes;
	return true;
}

// give_back returns every span c owns of the allocation classes below nac
// to the MCentrals, after emptying the bins (their objects go back to
// spans, which may be c's own). Owned full spans are on no list, so they
// are collected from allspans first (only this thread, or a collector that
// stopped it, changes their state, so the scan cannot go stale).
static void give_back(MCache *c, unsigned nac)
{
	MSpan *full[RT_NUM_ALLOC_CLASSES] = {0};
	rt_run_flush(c);
	for (unsigned k = 1; k < RT_NUM_SIZE_CLASSES; k++) {
		unsigned n = RT_BIN_N(c->binState[k]);
		c->binState[k] -= n;
		for (unsigned i = 0; i < n; i++)
			rt_free_to_span(c, (uintptr_t)c->bin[k][i]);
	}
	rt_lock(&rt_heap.lock);
	for (MSpan *s = rt_heap.allspans; s; s = s->allnext) {
		// owner first: other threads' spans change `where` without a lock
		if (atomic_load_explicit(&s->owner, memory_order_relaxed) == c &&
		    s->where == RT_LIST_OWNED_FULL && s->allocClass < nac) {
			s->next = full[s->allocClass];
			full[s->allocClass] = s;
		}
	}
	rt_unlock(&rt_heap.lock);
	for (unsigned ac = 0; ac < nac; ac++) {
		MSpan *cur = c->alloc[ac];
		if (cur == &rt_empty_span && c->partial[ac].head == NULL && full[ac] == NULL &&
		    atomic_load_explicit(&c->ready[ac], memory_order_relaxed) == NULL)
			continue;
		if (cur != &rt_empty_span)
			c->nsmall[size_class_of(cur)] += rt_mspan_handed_out(cur);
		for (MSpan *s = c->partial[ac].head; s; s = s->next)
			uncount_empty(c, s);
		rt_mcentral_take_back(c, ac, full[ac]);
	}
}

// rt_mcache_release_gc: a collection is about to mark and sweep; c's thread
// is stopped (or is the collector). Give back its spans of GC classes, so
// that the sweep sees every such span unowned, and empty its bins.
void rt_mcache_release_gc(MCache *c)
{
	c->tiny = c->tinyoffset = 0;   // the sweep may free the block
	give_back(c, RT_NUM_SPAN_CLASSES);
}

// rt_mcache_flush gives back everything c owns and merges its statistics.
void rt_mcache_flush(MCache *c)
{
	c->tiny = c->tinyoffset = 0;
	give_back(c, RT_NUM_ALLOC_CLASSES);
	c->emptyBytes = 0;
	rt_lock(&rt_heap.lock);
	while (c->largeMask != 0)
		rt_mheap_free_locked(large_pop(c, (unsigned)__builtin_ctzll(c->largeMask)));
	rt_stats_merge(c);
	rt_unlock(&rt_heap.lock);
}
