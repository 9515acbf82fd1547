// gc.c: the collector's driver — settings, pacing, one collection from
// start to trace line, and the public mgo_gc_* API (rt/rt.h has the design).
//
// A collection: stop the world (refused while C API threads run; goroutines
// stop at safepoints, rt/sched_stw.c),
// finish sweeping what the lazy sweeper left, give every cache's GC spans
// back, mark (gcmark.c), then sweep (gcsweep.c): eager, every span now;
// lazy, only hand the spans to the lazy sweeper; large objects now in both
// modes. Then set the next goal from what was marked, release free pages
// beyond 110% of that goal to the OS, print the trace line.
//
// Lazy or eager (MGODEBUG=sweep=lazy|eager; default RT_GC_LAZY_SWEEP_DEFAULT,
// lazy). Measured on a 2-core machine that another benchmark process was
// loading (load average 3-5), medians of interleaved runs (eager, lazy,
// eager, ...), -O2 runtime (RT_DEBUG 1), MGODEBUG=gctrace=1 on both:
//
//   program (GCs)        wall eager / lazy          peak RSS      pause avg (max)
//   binarytrees 21 (147) 18.61 / 18.58 s (7 runs)   215.4 MB both 73.3 (130) / 73.7 (138) ms
//                        21.37 / 21.88 s (5 runs)   total pause 12.34 / 12.16 s
//   binarytrees 18 (121)  2.20 /  2.30 s (7 runs)   37.3 MB both  10.5 (26) / 10.5 (28) ms
//                         2.28 /  2.34 s (11 runs)  total pause 1.37 / 1.27 s
//   tests/gc/soak (31)    0.27 /  0.29 s (7 runs)   39.3 MB both  2.15 (6.2) / 2.03 (4.7) ms
//                         0.30 /  0.25 s (5 runs)
//   iface (114)           0.29 /  0.29 s (7 runs)   6.1 MB both   0.05 / 0.03 ms
//   closures, smallstructs, strbuild, fannkuch, nbody, spectralnorm: no
//   collection (heap < 4 MiB); eager and lazy within 5% of each other, noise.
//
// The sweep's share of the pause (gctrace "sweep" + "finish") falls from
// 1.41 to 0.61 ms per collection on binarytrees 21, 0.18 to 0.06 ms on
// depth 18, 0.28 to 0.16 ms on soak; what remains in lazy mode is the walk
// of allspans for large objects. Wall time is a tie: run-to-run noise on
// this machine (+-15%) is far above any difference, so the work was also
// counted under valgrind: binarytrees 16 runs 5.8806e9 (eager) vs 5.8812e9
// (lazy) instructions, soak 2.6616e9 vs 2.6683e9 (+0.25%), and cachegrind
// on binarytrees 16 finds +1.5% L1 data misses and -0.5% last-level misses
// for lazy. Both sweep the same spans once per cycle; lazy moves the work
// out of the pause into refills, where it costs the same. Lazy therefore
// is the default: same throughput and peak RSS, shorter pauses, and the
// pause no longer grows with the number of dead spans. It does release
// more pages to the OS (binarytrees 18: 2286 vs 467 MB in total, the same
// 48 MB free run every two collections instead of every three; 1604 vs
// 1335 page faults), at no measurable cost in time or RSS.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sched.h>

#include "rt/rt.h"
#include "rt/sched.h"

GCState rt_gc = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.gogc = 100,
	.goal = RT_GC_MIN_HEAP,
};

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// rt_debug_value returns the number after "name=" in MGODEBUG (a
// comma-separated list, as GODEBUG), or -1 when the setting is absent.
long rt_debug_value(const char *name)
{
	const char *env = getenv("MGODEBUG");
	size_t len = strlen(name);
	for (const char *p = env; p && *p;) {
		if (strncmp(p, name, len) == 0 && p[len] == '=')
			return strtol(p + len + 1, NULL, 10);
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return -1;
}

// debug_is: MGODEBUG has "name=value" (value a word, as sweep=lazy).
static bool debug_is(const char *name, const char *value)
{
	const char *env = getenv("MGODEBUG");
	size_t len = strlen(name), vlen = strlen(value);
	for (const char *p = env; p && *p;) {
		if (strncmp(p, name, len) == 0 && p[len] == '=' &&
		    strncmp(p + len + 1, value, vlen) == 0 &&
		    (p[len + 1 + vlen] == ',' || p[len + 1 + vlen] == '\0'))
			return true;
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return false;
}

// rt_gc_init reads the settings; called once by rt_init.
void rt_gc_init(void)
{
	const char *g = getenv("GOGC");
	if (g && *g)
		rt_gc.gogc = strcmp(g, "off") == 0 ? -1 : atoi(g);
	rt_gc.trace = rt_debug_value("gctrace") > 0;
	rt_gc.lazySweep = RT_GC_LAZY_SWEEP_DEFAULT;
	if (debug_is("sweep", "lazy"))
		rt_gc.lazySweep = true;
	else if (debug_is("sweep", "eager"))
		rt_gc.lazySweep = false;
	long stress = rt_debug_value("gcstress");
	if (stress > 0) {
		rt_gc.stressPeriod = (uint32_t)stress;
		rt_gc.poison = true;
	}
	rt_gc.minHeap = RT_GC_MIN_HEAP;
	if (rt_gc.gogc > 0 && rt_gc.gogc != 100) // Go scales the minimum with GOGC
		rt_gc.minHeap = RT_GC_MIN_HEAP / 100 * (uint64_t)rt_gc.gogc;
	rt_gc.goal = rt_gc.minHeap;
	rt_gc.startNs = now_ns();
}

void mgo_gc_enable(void)
{
	rt_init();
	rt_gc.enabled = rt_gc.gogc >= 0 || rt_gc.stressPeriod;
}

void mgo_gc_threads_add(int delta)
{
	atomic_fetch_add_explicit(&rt_gc.threads, delta, memory_order_acq_rel);
}

void rt_gc_note_alloc(uint64_t bytes)
{
	atomic_fetch_add_explicit(&rt_gc.heapLive, bytes, memory_order_relaxed);
}

void rt_gc_stress_tick(void)
{
	if (rt_gc.enabled &&
	    atomic_fetch_add_explicit(&rt_gc.stressCount, 1, memory_order_relaxed) %
	    rt_gc.stressPeriod == rt_gc.stressPeriod - 1)
		rt_gc_collect(true);
}

// other_threads: C API threads that may hold Go pointers (rt.h, "Threads")
// run; goroutines are stopped at safepoints instead (rt_sched_stop_world).
static bool other_threads(void)
{
	return atomic_load_explicit(&rt_gc.threads, memory_order_acquire) != 0;
}

// take_gc_lock: another goroutine may be collecting and stopping the world:
// blocking on the lock would keep this thread from ever stopping, so wait
// at the safepoint instead. False when a collection finished meanwhile.
static bool take_gc_lock(void)
{
	uint32_t cycle = atomic_load(&rt_gc.cycle);
	while (pthread_mutex_trylock(&rt_gc.lock) != 0) {
		if (rt_sched_stw_pending())
			rt_sched_stop_here();
		else
			sched_yield();
	}
	if (atomic_load(&rt_gc.cycle) != cycle) {
		pthread_mutex_unlock(&rt_gc.lock);
		return false;
	}
	return true;
}

static double mib(uint64_t b)
{
	return (double)b / (1 << 20);
}

bool rt_gc_collect(bool force)
{
	if (!rt_gc.enabled && !force)
		return false;
	if (other_threads())
		return false; // due again at the next refill
	if (!take_gc_lock())
		return false;
	if (other_threads()) {
		pthread_mutex_unlock(&rt_gc.lock);
		return false;
	}
	uint64_t t0 = now_ns();
	rt_sched_stop_world();
	GCCycleStats st = {0};
	rt_gcsweep_finish(&st); // lazy: what the mutator left, before marks reset
	uint64_t tf = now_ns();
	uintptr_t pagesBefore = rt_heap.pagesInUse;
	for (MCache *c = rt_heap.allcaches; c; c = c->allnext)
		rt_mcache_release_gc(c);
	rt_gc_mark(&st);
	uint64_t t1 = now_ns();
	rt_gc.cycle++;
	if (rt_gc.lazySweep)
		rt_gcsweep_defer();
	else
		rt_gcsweep_eager(&st);
	rt_gcsweep_large(&st);
	uint64_t t2 = now_ns();

	// Pacing: the next collection when the heap has grown by GOGC percent of
	// what survived, but never below the minimum heap.
	rt_gc.marked = st.markedBytes;
	uint64_t goal = st.markedBytes + st.markedBytes / 100 * (uint64_t)(rt_gc.gogc > 0 ? rt_gc.gogc : 0);
	if (rt_gc.gogc < 0)
		goal = UINT64_MAX;
	if (goal < rt_gc.minHeap)
		goal = rt_gc.minHeap;
	rt_gc.goal = goal;
	atomic_store_explicit(&rt_gc.heapLive, st.markedBytes, memory_order_relaxed);
	// Lazy sweep: the pages of dead spans still count as in use until they
	// are swept; the sweeper will keep about what was marked.
	uintptr_t inUse = rt_gc.lazySweep ?
	    (uintptr_t)((st.markedBytes + RT_PAGE_SIZE - 1) / RT_PAGE_SIZE) + 1 : 0;
	if (goal != UINT64_MAX)
		st.scavenged = rt_mheap_scavenge_to(goal + goal / 10, 2, inUse);
	uint64_t t3 = now_ns();
	rt_gc.pauseTotal += t3 - t0;
	if (rt_gc.trace)
		fprintf(stderr, "gc %u @%.3fs: %.1f->%.1f->%.1f MB, %.1f MB goal, "
		    "pause %.3f ms (finish %.3f + mark %.3f + sweep %.3f + release %.3f), "
		    "%s sweep: %llu spans swept in the pause (%llu freed, %llu large), "
		    "%llu lazily before it (%llu freed), %.1f MB released\n",
		    rt_gc.cycle, (double)(t0 - rt_gc.startNs) / 1e9, mib(pagesBefore * RT_PAGE_SIZE),
		    mib(rt_heap.pagesInUse * RT_PAGE_SIZE), mib(st.markedBytes),
		    goal == UINT64_MAX ? 0.0 : mib(goal), (double)(t3 - t0) / 1e6,
		    (double)(tf - t0) / 1e6, (double)(t1 - tf) / 1e6, (double)(t2 - t1) / 1e6,
		    (double)(t3 - t2) / 1e6, rt_gc.lazySweep ? "lazy" : "eager",
		    (unsigned long long)st.spansSwept, (unsigned long long)st.spansFreed,
		    (unsigned long long)st.largeFreed, (unsigned long long)st.lazySwept,
		    (unsigned long long)st.lazyFreed, mib(st.scavenged));
	rt_sched_start_world();
	pthread_mutex_unlock(&rt_gc.lock);
	return true;
}

bool mgo_gc(void)
{
	rt_init();
	return rt_gc_collect(true);
}

bool mgo_gc_is_allocated(const void *p)
{
	MSpan *s = rt_span_of(p);
	uintptr_t a = (uintptr_t)p;
	if (s == NULL || a >= rt_mspan_limit(s))
		return false;
	if (s->spanclass >> 1 == 0)
		return true;
	uint32_t idx = rt_mspan_index(s, a);
	if (!rt_mspan_is_allocated(s, idx))
		return false;
	// Lazy sweep: a span the last mark left unswept still counts its dead
	// objects as allocated; its mark bits say which survived.
	return !rt_mspan_unswept(s) || ((s->gcmarkBits[idx / 64] >> (idx % 64)) & 1);
}
