// mspan.c: the bitmap life of one span (§3, §4, §11).
//
// A small span never stores links in its objects. Which slots are taken is
// encoded by freeindex + allocBits (allocation only advances freeindex), and
// which were given back by localFree (owner) and remoteFree (other threads).
// rt_mspan_reclaim folds the frees back into allocBits — the same step a GC
// sweep will do with gcmarkBits — and rt_mspan_next_word feeds the 64-bit
// allocCache that malloc.c consumes with count-trailing-zeros.
//
// Callers: the span's owner, or anyone holding its MCentral lock while the
// span has no owner. Only remoteFree and nremote are shared (atomics).
#include "rt/rt.h"

// Padding bits of the last bitmap word, which must read "allocated".
static uint64_t padding_mask(const MSpan *s)
{
	unsigned r = s->nelems % 64;
	return r ? ~(uint64_t)0 << r : 0;
}

void rt_mspan_init_small(MSpan *s, unsigned sizeclass)
{
	s->base = s->startAddr;
	s->elemsize = rt_class_to_size[sizeclass];
	s->nelems = rt_class_to_nelems[sizeclass];
	s->divMul = rt_class_to_divmagic[sizeclass];
	s->bytes = s->nelems * s->elemsize;
	// bitmaps come zeroed from the pool
	s->allocBits[rt_mspan_nwords(s) - 1] = padding_mask(s);
	s->freeindex = 0;
	s->allocCount = 0;
	s->allocCache = 0;
	rt_mspan_next_word(s);
}

void rt_mspan_init_large(MSpan *s)
{
	s->base = s->startAddr;
	s->elemsize = 0; // rt_mspan_usable: sizes can exceed 32 bits
	s->nelems = 1;
	s->divMul = 0; // every address maps to slot 0
	s->bytes = 0; // a large span is never spilled
	s->allocBits[0] = ~(uint64_t)0;
	s->freeindex = 1;
	s->allocCount = 1;
	s->allocCache = 0;
}

// rt_mspan_next_word is called when allocCache is empty: it loads the next
// word (from the first word boundary at or after freeindex) that has a free
// slot. Returns false, with freeindex == nelems, when the span is full.
// freeindex is word-aligned after a load, so bit 0 of allocCache is slot
// freeindex and the fast path needs no shift of its own.
bool rt_mspan_next_word(MSpan *s)
{
	unsigned nw = rt_mspan_nwords(s);
	for (unsigned w = (s->freeindex + 63) / 64; w < nw; w++) {
		uint64_t free = ~s->allocBits[w];
		if (free) {
			s->freeindex = w * 64;
			s->allocCache = free;
			return true;
		}
	}
	s->freeindex = s->nelems;
	s->allocCache = 0;
	return false;
}

// Mask of the slots of word w below freeindex fi.
static uint64_t below_mask(uint32_t fi, unsigned w)
{
	if (fi >= (w + 1) * 64)
		return ~(uint64_t)0;
	if (fi <= w * 64)
		return 0;
	return ((uint64_t)1 << (fi - w * 64)) - 1;
}

// allocated_slots counts the allocated slots by allocBits and freeindex.
static uint32_t allocated_slots(const MSpan *s)
{
	uint32_t n = 0;
	for (unsigned w = 0; w < rt_mspan_nwords(s); w++)
		n += (uint32_t)__builtin_popcountll(s->allocBits[w] | below_mask(s->freeindex, w));
	return n - (uint32_t)__builtin_popcountll(padding_mask(s));
}

// rt_mspan_reclaim collects every free recorded so far into allocBits,
// restarts allocation at the first free slot and returns the number of free
// slots. Remote bits are taken with an atomic exchange and subtracted from
// nremote only after they were seen, so nremote never undercounts pending
// frees. The common case, an exhausted span (freeindex == nelems), is one
// pass over at most 16 words with no population counts: everything not
// freed is allocated, and nlocal already counts the local frees.
uint32_t rt_mspan_reclaim(MSpan *s)
{
	unsigned nw = rt_mspan_nwords(s);
	uint32_t fi = s->freeindex;
	bool exhausted = fi >= s->nelems;
	bool remote = atomic_load_explicit(&s->nremote, memory_order_relaxed) != 0;
	uint32_t count = exhausted ? s->nelems : allocated_slots(s);
	uint32_t nremote = 0;
	unsigned first = nw;
	for (unsigned w = 0; w < nw; w++) {
		uint64_t lf = s->localFree[w];
		uint64_t rf = 0;
		if (remote && atomic_load_explicit(&s->remoteFree[w], memory_order_relaxed)) {
			rf = atomic_exchange_explicit(&s->remoteFree[w], 0, memory_order_acquire);
			nremote += (uint32_t)__builtin_popcountll(rf);
		}
		// lf and rf never hold padding bits, so ~(lf | rf) keeps them set.
		uint64_t alloc = exhausted ? ~(uint64_t)0 : s->allocBits[w] | below_mask(fi, w);
		if (RT_DEBUG && ((lf | rf) & ~alloc))
			rt_throw("double free of an object in span %p (class size %zu), "
			    "found while collecting frees", (void *)s->startAddr, (size_t)s->elemsize);
		if (RT_DEBUG && (lf & rf))
			rt_throw("double free (once by the owner, once by another thread) in span %p",
			    (void *)s->startAddr);
		alloc &= ~(lf | rf);
		s->allocBits[w] = alloc;
		if (lf)
			s->localFree[w] = 0;
		if (first == nw && ~alloc)
			first = w;
	}
	count -= s->nlocal + nremote;
	if (nremote)
		atomic_fetch_sub_explicit(&s->nremote, nremote, memory_order_relaxed);
	if (s->nlocal + nremote)
		s->needzero = 1;
	s->allocCount = count;
	s->nlocal = 0;
	if (first < nw) {
		s->freeindex = first * 64;
		s->allocCache = ~s->allocBits[first];
	} else {
		s->freeindex = s->nelems;
		s->allocCache = 0;
	}
	RT_ASSERT_SLOW((rt_mspan_check(s), true));
	return s->nelems - count;
}

// rt_mspan_handed_out counts the slots allocated since allocBits was last
// rebuilt: the free ones below freeindex.
uint32_t rt_mspan_handed_out(const MSpan *s)
{
	uint32_t n = 0;
	if (s->nelems == 0)
		return 0;
	for (unsigned w = 0; w * 64 < s->freeindex; w++)
		n += (uint32_t)__builtin_popcountll(~s->allocBits[w] & below_mask(s->freeindex, w));
	return n;
}

// rt_mspan_is_allocated: the owner's view of slot idx (remote frees that are
// still in flight may make it stale for other threads).
bool rt_mspan_is_allocated(const MSpan *s, uint32_t idx)
{
	uint64_t bit = (uint64_t)1 << (idx % 64);
	unsigned w = idx / 64;
	if (idx >= s->nelems)
		return false;
	if (idx >= s->freeindex && !(s->allocBits[w] & bit))
		return false;
	if (s->localFree[w] & bit)
		return false;
	return !(atomic_load_explicit(&s->remoteFree[w], memory_order_relaxed) & bit);
}

// rt_mspan_check verifies the invariants stated above struct MSpan.
void rt_mspan_check(const MSpan *s)
{
	if (s->spanclass >> 1 == 0)
		return;
	unsigned nw = rt_mspan_nwords(s);
	uint32_t nlocal = 0;
	RT_ASSERT(s->freeindex <= s->nelems);
	RT_ASSERT(s->base == s->startAddr && s->bytes == s->nelems * s->elemsize);
	RT_ASSERT(rt_mspan_limit(s) <= s->startAddr + s->npages * RT_PAGE_SIZE);
	RT_ASSERT((s->allocBits[nw - 1] & padding_mask(s)) == padding_mask(s));
	if (s->allocCache != 0)
		RT_ASSERT(s->allocCache == ~s->allocBits[s->freeindex / 64] >> (s->freeindex % 64));
	for (unsigned w = 0; w < nw; w++) {
		uint64_t alloc = s->allocBits[w] | below_mask(s->freeindex, w);
		RT_ASSERT((s->localFree[w] & ~alloc) == 0);
		nlocal += (uint32_t)__builtin_popcountll(s->localFree[w]);
	}
	RT_ASSERT(nlocal == s->nlocal);
}

// poison_slots fills the objects of word w that `freed` names with
// RT_GC_POISON (MGODEBUG=gcstress), so a use after a wrong free faults or
// prints garbage at once instead of reading plausible stale data.
static void poison_slots(MSpan *s, unsigned w, uint64_t freed)
{
	while (freed) {
		unsigned i = (unsigned)__builtin_ctzll(freed);
		freed &= freed - 1;
		uint64_t *p = (uint64_t *)(s->startAddr + (uintptr_t)(w * 64 + i) * s->elemsize);
		for (size_t k = 0; k < s->elemsize / 8; k++)
			p[k] = RT_GC_POISON;
	}
}

// rt_mspan_sweep ends a collection for an unowned small span (§12): the
// marked slots become the allocated ones, the mark bits are cleared for the
// next cycle and allocation restarts at the first free slot. Returns the
// number of live objects; *freed says whether any object died. The span's
// own frees were collected when its owner gave it up (rt_mcache_release_gc).
uint32_t rt_mspan_sweep(MSpan *s, bool poison, bool *freed)
{
	unsigned nw = rt_mspan_nwords(s);
	uint64_t pad = padding_mask(s);
	uint32_t live = 0;
	bool any = false;
	RT_ASSERT(s->nlocal == 0);
	for (unsigned w = 0; w < nw; w++) {
		uint64_t was = (s->allocBits[w] | below_mask(s->freeindex, w)) & ~(w == nw - 1 ? pad : 0);
		// a slot freed by hand after the mark found it stays free
		uint64_t marked = s->gcmarkBits[w] & was;
		uint64_t dead = was & ~marked;
		if (dead) {
			any = true;
			if (poison)
				poison_slots(s, w, dead);
		}
		s->allocBits[w] = marked | (w == nw - 1 ? pad : 0);
		s->gcmarkBits[w] = 0;
		live += (uint32_t)__builtin_popcountll(marked);
	}
	if (any)
		s->needzero = 1;
	s->allocCount = live;
	s->freeindex = 0;
	s->allocCache = 0;
	rt_mspan_next_word(s);
	*freed = any;
	RT_ASSERT_SLOW((rt_mspan_check(s), true));
	return live;
}
