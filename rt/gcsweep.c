// gcsweep.c: the sweep half of a collection, eager or lazy (rt/rt.h,
// "Sweep"; the measurement that chose the default is in gc.c's header).
//
// Sweeping a small span turns its mark bits into its allocation bits
// (rt_mspan_sweep); an empty span goes back to the page heap, the others
// to their MCentral's partial or full list. Who does it, and when:
//
//   eager  every GC span inside the pause, right after the mark
//          (rt_gcsweep_eager), so nothing is ever left unswept;
//   lazy   the pause only moves each MCentral's partial and full lists to
//          its unswept pair (rt_gcsweep_defer, O(1) per class). A span is
//          then swept by the first of: an mcache refill of its class that
//          found no swept partial span (rt_gcsweep_refill, under the
//          MCentral lock the refill holds anyway); the page heap, which
//          sweeps before it maps a new arena (rt_gcsweep_reclaim), so the
//          heap grows only when sweeping cannot free enough pages; the
//          start of the next collection (rt_gcsweep_finish), because the
//          next mark reuses the mark bits.
//
// A span is unswept while its sweepgen lags rt_gc.cycle (rt_mspan_unswept).
// Unswept spans are unowned and reachable only through the unswept lists,
// under their MCentral lock, so the lock that serialises ownership also
// serialises sweeping: there is no claim protocol as Go's CAS on sweepgen.
// Such a span keeps its `where` (central partial or full: which unswept
// list holds it); a remote free only sets its bits, and the sweep folds
// them in before it reads the marks (an object freed by hand after the mark
// that found it dies in that sweep). Large objects are swept in the pause
// in both modes: a walk of allspans that frees whole page runs, cheaper to
// do at once than to track.
#include "rt/rt.h"

// sweep_span sweeps s, an unswept small GC span that the caller unlinked
// and whose MCentral lock it holds. True when s was empty and went back to
// the page heap (s is gone then); else the caller files or uses it.
static bool sweep_span(MSpan *s)
{
	bool freed;
	if (atomic_load_explicit(&s->nremote, memory_order_relaxed))
		rt_mspan_reclaim(s); // remote frees since its owner gave it up
	uint32_t live = rt_mspan_sweep(s, rt_gc.poison, &freed);
	s->sweepgen = atomic_load_explicit(&rt_gc.cycle, memory_order_relaxed);
	if (live == 0 && !atomic_load_explicit(&s->nremote, memory_order_relaxed)) {
		s->where = RT_LIST_NONE;
		atomic_store_explicit(&s->gen, atomic_fetch_add(&rt_span_gen, 1), memory_order_relaxed);
		rt_mheap_free(s);
		return true;
	}
	return false;
}

// take_unswept unlinks the first unswept span of ctl (partial ones first:
// those had free slots already), or returns NULL.
static MSpan *take_unswept(MCentral *ctl)
{
	for (int i = 0; i < 2; i++) {
		MSpan *s = ctl->unswept[i];
		if (s) {
			rt_list_remove(&ctl->unswept[i], s);
			return s;
		}
	}
	return NULL;
}

// unsweep_class moves ctl's partial and full lists (every span of the class
// after a mark: the caches gave theirs back) to its unswept pair; ctl->lock
// held.
static void unsweep_class(MCentral *ctl)
{
	RT_ASSERT(ctl->unswept[0] == NULL && ctl->unswept[1] == NULL);
	ctl->unswept[0] = ctl->partial;
	ctl->unswept[1] = ctl->full;
	ctl->partial = ctl->full = NULL;
}

// sweep_class sweeps every unswept span of ctl, filing the survivors;
// ctl->lock held.
static void sweep_class(MCentral *ctl, GCCycleStats *st)
{
	MSpan *s;
	while ((s = take_unswept(ctl)) != NULL) {
		st->spansSwept++;
		if (sweep_span(s))
			st->spansFreed++;
		else
			rt_mcentral_put(ctl, s);
	}
}

// rt_gcsweep_eager sweeps every span of every GC class at the end of a
// mark (the caches gave theirs back first, so all are on these lists).
void rt_gcsweep_eager(GCCycleStats *st)
{
	for (unsigned ac = 2; ac < RT_NUM_SPAN_CLASSES; ac++) {
		MCentral *ctl = &rt_heap.central[ac];
		rt_lock(&ctl->lock);
		unsweep_class(ctl);
		sweep_class(ctl, st);
		rt_unlock(&ctl->lock);
	}
}

// rt_gcsweep_defer: the lazy mode's whole sweep inside the pause. Every GC
// span is on its MCentral's lists (the caches gave theirs back before the
// mark) and rt_gc.cycle has moved past their sweepgen.
void rt_gcsweep_defer(void)
{
	for (unsigned ac = 2; ac < RT_NUM_SPAN_CLASSES; ac++) {
		MCentral *ctl = &rt_heap.central[ac];
		rt_lock(&ctl->lock);
		unsweep_class(ctl);
		rt_unlock(&ctl->lock);
	}
	atomic_fetch_add_explicit(&rt_gc.sweepEpoch, 1, memory_order_release);
}

bool rt_gcsweep_pending(void)
{
	return atomic_load_explicit(&rt_gc.sweepDone, memory_order_relaxed) !=
	    atomic_load_explicit(&rt_gc.sweepEpoch, memory_order_acquire);
}

// rt_gcsweep_finish sweeps whatever the lazy sweeper left, before the next
// mark overwrites the mark bits; counted as swept in this pause.
void rt_gcsweep_finish(GCCycleStats *st)
{
	st->lazySwept = atomic_exchange_explicit(&rt_gc.lazySwept, 0, memory_order_relaxed);
	st->lazyFreed = atomic_exchange_explicit(&rt_gc.lazyFreed, 0, memory_order_relaxed);
	if (!rt_gcsweep_pending())
		return;
	uint32_t epoch = atomic_load_explicit(&rt_gc.sweepEpoch, memory_order_acquire);
	for (unsigned ac = 2; ac < RT_NUM_SPAN_CLASSES; ac++) {
		MCentral *ctl = &rt_heap.central[ac];
		rt_lock(&ctl->lock);
		sweep_class(ctl, st);
		rt_unlock(&ctl->lock);
	}
	atomic_store_explicit(&rt_gc.sweepDone, epoch, memory_order_relaxed);
}

// rt_gcsweep_refill: an mcache refill of ctl's class found no swept partial
// span. Sweep unswept spans of the class until one has a free slot and
// return it (unlinked; the caller takes ownership); empty ones go back to
// the page heap, full ones to the full list. NULL when none is left.
MSpan *rt_gcsweep_refill(MCentral *ctl)
{
	MSpan *s;
	uint64_t swept = 0, freed = 0;
	while ((s = take_unswept(ctl)) != NULL) {
		swept++;
		if (sweep_span(s)) {
			freed++;
			continue;
		}
		if (s->freeindex < s->nelems)
			break;
		rt_mcentral_put(ctl, s);
	}
	if (swept) {
		atomic_fetch_add_explicit(&rt_gc.lazySwept, swept, memory_order_relaxed);
		atomic_fetch_add_explicit(&rt_gc.lazyFreed, freed, memory_order_relaxed);
	}
	return s;
}

// rt_gcsweep_reclaim: the page heap has no free run of npages. Sweep unswept
// spans of any class until they returned at least npages pages (Go's
// reclaim before heap growth); returns the pages freed. The caller holds
// no lock. A pass that finds nothing unswept records the epoch as done, so
// later misses skip the walk; a mark that defers again bumps the epoch.
uintptr_t rt_gcsweep_reclaim(uintptr_t npages)
{
	static _Atomic unsigned cursor; // where the last reclaim stopped
	if (!rt_gcsweep_pending())
		return 0;
	uint32_t epoch = atomic_load_explicit(&rt_gc.sweepEpoch, memory_order_acquire);
	const unsigned n = RT_NUM_SPAN_CLASSES - 2;
	unsigned start = atomic_load_explicit(&cursor, memory_order_relaxed);
	uintptr_t got = 0;
	uint64_t swept = 0, freed = 0;
	bool left = false;
	for (unsigned k = 0; k < n && got < npages; k++) {
		unsigned ac = 2 + (start + k) % n;
		MCentral *ctl = &rt_heap.central[ac];
		rt_lock(&ctl->lock);
		MSpan *s;
		while (got < npages && (s = take_unswept(ctl)) != NULL) {
			uintptr_t pages = s->npages;
			swept++;
			if (sweep_span(s)) {
				freed++;
				got += pages;
			} else {
				rt_mcentral_put(ctl, s);
			}
		}
		if (ctl->unswept[0] || ctl->unswept[1]) {
			left = true;
			atomic_store_explicit(&cursor, (start + k) % n, memory_order_relaxed);
		}
		rt_unlock(&ctl->lock);
	}
	if (!left && got < npages)
		atomic_store_explicit(&rt_gc.sweepDone, epoch, memory_order_relaxed);
	atomic_fetch_add_explicit(&rt_gc.lazySwept, swept, memory_order_relaxed);
	atomic_fetch_add_explicit(&rt_gc.lazyFreed, freed, memory_order_relaxed);
	return got;
}

// rt_gcsweep_large frees every unmarked large Go object and clears the
// marks of the others, in both modes. Caches hold no large Go objects (they
// only keep spans that mgo_free gave back), so every one is in allspans.
void rt_gcsweep_large(GCCycleStats *st)
{
	rt_lock(&rt_heap.lock);
	MSpan *next;
	for (MSpan *s = rt_heap.allspans; s; s = next) {
		next = s->allnext;
		if (s->spanclass >> 1 != 0 || rt_mspan_is_manual(s) ||
		    atomic_load_explicit(&s->state, memory_order_relaxed) != RT_SPAN_INUSE)
			continue;
		st->spansSwept++;
		s->sweepgen = atomic_load_explicit(&rt_gc.cycle, memory_order_relaxed);
		if (s->gcmarkBits[0] & 1) {
			s->gcmarkBits[0] = 0;
			continue;
		}
		if (rt_gc.poison)
			for (uint64_t *p = (uint64_t *)s->startAddr, *e = (uint64_t *)rt_mspan_limit(s); p < e; p++)
				*p = RT_GC_POISON;
		st->largeFreed++;
		rt_mheap_free_locked(s);
	}
	rt_unlock(&rt_heap.lock);
}
