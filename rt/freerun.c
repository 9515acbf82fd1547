// freerun.c: the free run, a shortcut past the bins for frees that stream
// through one span (rt.h, FreeRun).
//
// A program that tears down what it built (a tree freed in post-order, a
// list in order) frees long stretches of objects that share a span. Through
// the bins each of them is pushed, later spilled, and only then recorded in
// its span; the run records it at once: mgo_free sets its bit in run.freed,
// a copy of the span's bitmap shape kept in the MCache, and the bits reach
// the span's localFree and nlocal together when a spill moves the run to
// another span (rt_run_start), when the thread needs another span of the
// run's class (rt_mcache_refill: the run's slots come before a new span's),
// or when the cache gives its spans back (rt_mcache_release_gc,
// rt_mcache_flush).
//
// Until then the span counts those objects as allocated: they cannot be
// handed out again, and the span cannot look empty and leave its owner (an
// empty run, which can, ends when its span leaves: rt_run_leave). A
// second free of an object still in the run is seen by mgo_free's bit test
// (or by the freed tag and rt_run_holds); one that reached the span first is
// seen when the run's bits join localFree.
#include "rt/rt.h"

static void run_end(FreeRun *r)
{
	r->bytes = 0;
	r->base = 0;
}

// rt_run_flush moves the run's bits into its span and ends the run. The span
// may get its free event: the first free of a full span, or the last one of
// an empty span, which may give it away.
void rt_run_flush(MCache *c)
{
	FreeRun *r = &c->run;
	if (r->bytes == 0)
		return;
	MSpan *s = r->span;
	run_end(r);
	uint32_t n = 0;
	for (unsigned w = 0; w < rt_mspan_nwords(s); w++) {
		uint64_t freed = r->freed[w];
		if (freed == 0)
			continue;
		r->freed[w] = 0;
		if (RT_DEBUG && (s->localFree[w] & freed)) {
			unsigned i = w * 64 + (unsigned)__builtin_ctzll(s->localFree[w] & freed);
			rt_throw("free(%p): double free", (void *)(s->base + (uintptr_t)i * s->elemsize));
		}
		s->localFree[w] |= freed;
		n += (uint32_t)__builtin_popcountll(freed);
	}
	rt_mspan_count_local(c, s, n);
}

// rt_run_leave: c is about to give s, found empty, back to the heap. A run
// on s holds no frees then (they would have kept s from looking empty), but
// it must end: the frees of whatever the pages hold next must not land in
// it.
void rt_run_leave(MCache *c, MSpan *s)
{
	FreeRun *r = &c->run;
	if (r->bytes == 0 || r->span != s)
		return;
	for (unsigned w = 0; w < rt_mspan_nwords(s); w++)
		if (r->freed[w] != 0)
			rt_throw("double free in span %p: found empty with frees in the free run",
			    (void *)s->startAddr);
	run_end(r);
}

// rt_run_start makes s, an owned C API span, the run (after the spill found
// the thread freeing a stretch of it).
void rt_run_start(MCache *c, MSpan *s)
{
	FreeRun *r = &c->run;
	if (r->bytes != 0 && r->span == s)
		return; // already there, with frees that may be all s has left
	rt_run_flush(c);
	r->span = s;
	r->base = s->base;
	r->bytes = s->bytes;
	r->divMul = s->divMul;
	r->elemsize = s->elemsize;
}

// rt_run_holds: is the object at a freed into the run (checked builds, for a
// free that finds the freed tag)?
bool rt_run_holds(const MCache *c, uintptr_t a)
{
	const FreeRun *r = &c->run;
	uintptr_t off = a - r->base;
	if (off >= r->bytes)
		return false;
	uint32_t idx = (uint32_t)((uint64_t)off * r->divMul >> 32);
	return r->freed[idx / 64] >> (idx % 64) & 1;
}
