// mcentral.c: per-class lists of spans that no thread owns (§5, §11).
//
// An MCentral holds a partial list (free slots, or remote frees not yet
// collected) and a full list, under one mutex that is taken once per span
// handed to a thread, not per object. It is also the lock that serialises
// ownership: a span changes owner only here, and remote-free notifiers look
// at the owner only under this lock (the protocol is in rt/rt.h).
//
// Lazy sweep (gcsweep.c, the default): the end of a mark moves partial and
// full to unswept[0] and unswept[1]. cache_span takes a swept partial span
// first, then has rt_gcsweep_refill sweep unswept ones (under this lock)
// until one has a free slot, and only then asks the page heap, which in
// turn sweeps other classes before it grows. Go keeps two partial and two
// full sets per class and flips their roles by sweepgen; here the lock
// already owns every unowned span, so one pair of lists that the mark
// fills is enough. Measured against the eager sweep, which sweeps every
// span in the pause: same wall time and peak RSS, shorter pauses (gc.c).
#include "rt/rt.h"

void rt_mcentral_init(MCentral *ctl)
{
	ctl->lock = (rt_lock_t)RT_LOCK_INIT;
}

// rt_mcentral_put files an unowned, freshly reclaimed or swept span. A span
// with remote frees in flight (counted but not yet visible) must stay partial, or nobody
// would ever look at it again.
void rt_mcentral_put(MCentral *ctl, MSpan *s)
{
	if (s->freeindex < s->nelems || atomic_load_explicit(&s->nremote, memory_order_relaxed)) {
		s->where = RT_LIST_CENTRAL_PARTIAL;
		rt_list_push(&ctl->partial, s);
	} else {
		s->where = RT_LIST_CENTRAL_FULL;
		rt_list_push(&ctl->full, s);
	}
}

// rt_mcentral_cache_span gives `owner` a span of class ac with a free slot:
// an unowned partial span if one has room after collecting its frees, else a
// new span from the heap. Returns NULL when out of memory.
MSpan *rt_mcentral_cache_span(unsigned ac, MCache *owner)
{
	MCentral *ctl = &rt_heap.central[ac];
	MSpan *busy = NULL; // partial spans whose remote frees are still in flight
	atomic_fetch_add_explicit(&ctl->nrefill, 1, memory_order_relaxed);
	rt_lock(&ctl->lock);
	MSpan *s;
	while ((s = ctl->partial) != NULL) {
		rt_list_remove(&ctl->partial, s);
		if (rt_mspan_reclaim(s) > 0)
			break;
		if (atomic_load_explicit(&s->nremote, memory_order_relaxed)) {
			rt_list_push(&busy, s);
		} else {
			s->where = RT_LIST_CENTRAL_FULL;
			rt_list_push(&ctl->full, s);
		}
	}
	while (busy) {
		MSpan *b = busy;
		rt_list_remove(&busy, b);
		b->where = RT_LIST_CENTRAL_PARTIAL;
		rt_list_push(&ctl->partial, b);
	}
	if (s == NULL && (ctl->unswept[0] || ctl->unswept[1]))
		s = rt_gcsweep_refill(ctl); // lazy sweep: before growing the heap
	if (s) {
		s->where = RT_LIST_CURRENT;
		atomic_store_explicit(&s->owner, owner, memory_order_relaxed);
		rt_unlock(&ctl->lock);
		return s;
	}
	rt_unlock(&ctl->lock);

	unsigned sizeclass = ac < RT_NUM_SPAN_CLASSES ? ac >> 1 : ac - RT_NUM_SPAN_CLASSES;
	s = rt_mheap_alloc(rt_class_to_npages[sizeclass], ac);
	if (s == NULL)
		return NULL;
	atomic_fetch_add_explicit(&ctl->ngrow, 1, memory_order_relaxed);
	// Nobody else can know this span yet, so no lock is needed to own it.
	s->where = RT_LIST_CURRENT;
	atomic_store_explicit(&s->owner, owner, memory_order_relaxed);
	return s;
}

// give_up ends ownership of s under ctl's lock: collect its frees, then
// return it to the heap if empty, else file it.
static void give_up(MCentral *ctl, MSpan *s)
{
	atomic_store_explicit(&s->owner, NULL, memory_order_relaxed);
	s->cachedEmpty = 0;
	s->trigger = 0;
	rt_mspan_reclaim(s);
	if (s->allocCount == 0 && !atomic_load_explicit(&s->nremote, memory_order_relaxed)) {
		atomic_store_explicit(&s->gen, atomic_fetch_add(&rt_span_gen, 1), memory_order_relaxed);
		rt_mheap_free(s);
		return;
	}
	rt_mcentral_put(ctl, s);
}

// rt_mcentral_take_back moves every span of class ac that c owns back to the
// MCentral (thread exit): the current one, the partial FIFO and `full`, a
// chain through ->next of its full spans. The ready stack is drained under
// the lock, after which no notifier can find c as an owner of these spans.
void rt_mcentral_take_back(MCache *c, unsigned ac, MSpan *full)
{
	MCentral *ctl = &rt_heap.central[ac];
	rt_lock(&ctl->lock);
	for (MSpan *s = atomic_exchange(&c->ready[ac], NULL); s; s = s->rnext)
		atomic_store_explicit(&s->inReady, 0, memory_order_relaxed);
	if (c->alloc[ac] != &rt_empty_span)
		give_up(ctl, c->alloc[ac]);
	c->alloc[ac] = &rt_empty_span;
	MSpan *s;
	while ((s = c->partial[ac].head) != NULL) {
		c->partial[ac].head = s->next;
		give_up(ctl, s);
	}
	c->partial[ac].tail = NULL;
	while ((s = full) != NULL) {
		full = s->next;
		give_up(ctl, s);
	}
	rt_unlock(&ctl->lock);
}

// rt_mcentral_release_owned returns an owned span that its owner found empty
// to the heap, unless a notifier has it on the ready stack or a remote free
// is in flight (then the owner keeps it). The caller has unlinked it.
bool rt_mcentral_release_owned(MSpan *s)
{
	MCentral *ctl = &rt_heap.central[s->allocClass];
	rt_lock(&ctl->lock);
	if (atomic_load_explicit(&s->inReady, memory_order_relaxed) ||
	    atomic_load_explicit(&s->nremote, memory_order_relaxed)) {
		rt_unlock(&ctl->lock);
		return false;
	}
	atomic_store_explicit(&s->owner, NULL, memory_order_relaxed);
	atomic_store_explicit(&s->gen, atomic_fetch_add(&rt_span_gen, 1), memory_order_relaxed);
	s->where = RT_LIST_NONE;
	rt_unlock(&ctl->lock);
	rt_mheap_free(s);
	return true;
}

// rt_mcentral_notify is called by the remote free that moved s->nremote from
// 0 to 1; gen and ac were read before that free was counted, while the span
// was certainly alive. Tell the owner (ready stack) or, for an unowned span,
// make sure it is on the partial list.
void rt_mcentral_notify(MSpan *s, unsigned ac, uint32_t gen)
{
	MCentral *ctl = &rt_heap.central[ac];
	rt_lock(&ctl->lock);
	if (atomic_load_explicit(&s->gen, memory_order_relaxed) != gen) {
		// Emptied, released and maybe reused while we slept: our free was
		// already collected, nothing to tell.
		rt_unlock(&ctl->lock);
		return;
	}
	MCache *o = atomic_load_explicit(&s->owner, memory_order_relaxed);
	if (o != NULL) {
		if (!atomic_exchange_explicit(&s->inReady, 1, memory_order_acquire)) {
			MSpan *head = atomic_load_explicit(&o->ready[ac], memory_order_relaxed);
			do
				s->rnext = head;
			while (!atomic_compare_exchange_weak_explicit(&o->ready[ac], &head, s,
			    memory_order_release, memory_order_relaxed));
		}
	} else if (s->where == RT_LIST_CENTRAL_FULL && !rt_mspan_unswept(s)) {
		// (an unswept span stays on its unswept list: its sweep collects
		// this free)
		rt_list_remove(&ctl->full, s);
		s->where = RT_LIST_CENTRAL_PARTIAL;
		rt_list_push(&ctl->partial, s);
	}
	rt_unlock(&ctl->lock);
}
