// stats.c: allocation statistics and the MGODEBUG=allocs=1 exit report.
//
// Counting stays off the fast path: an MCache adds up the objects a span
// handed out when the span stops being current (as Go does at refill), and
// merges its counters into the globals here when it is flushed. A snapshot
// adds the live caches on top, so the report is exact at exit for the
// calling thread and approximate for threads still running.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt/rt.h"

static uint64_t g_nsmall[RT_NUM_SIZE_CLASSES]; // under rt_heap.lock
static uint64_t g_nlarge, g_largeBytes, g_nflushed;

void rt_stats_merge(MCache *c)
{
	for (unsigned i = 0; i < RT_NUM_SIZE_CLASSES; i++) {
		g_nsmall[i] += c->nsmall[i] + RT_BIN_POPS(c->binState[i]);
		c->nsmall[i] = 0;
		c->binState[i] &= (uint64_t)0xffff;
	}
	g_nsmall[RT_TINY_SIZE_CLASS] += c->ntiny;
	c->ntiny = 0;
	g_nlarge += c->nlarge;
	g_largeBytes += c->largeAllocBytes;
	c->nlarge = c->largeAllocBytes = 0;
	g_nflushed++;
}

void rt_stats_read(RtStats *st)
{
	memset(st, 0, sizeof *st);
	rt_init();
	rt_lock(&rt_heap.lock);
	for (unsigned i = 0; i < RT_NUM_SIZE_CLASSES; i++)
		st->nsmall[i] = g_nsmall[i];
	st->nlarge = g_nlarge;
	st->largeBytes = g_largeBytes;
	st->nflushed = g_nflushed;
	for (MCache *c = rt_heap.allcaches; c; c = c->allnext) {
		st->ncaches++;
		for (unsigned i = 0; i < RT_NUM_SIZE_CLASSES; i++)
			st->nsmall[i] += c->nsmall[i] + RT_BIN_POPS(c->binState[i]);
		for (unsigned ac = 0; ac < RT_NUM_ALLOC_CLASSES; ac++) {
			MSpan *s = c->alloc[ac];
			if (s != &rt_empty_span)
				st->nsmall[s->spanclass >> 1] += rt_mspan_handed_out(s);
		}
		st->nsmall[RT_TINY_SIZE_CLASS] += c->ntiny;
		st->nlarge += c->nlarge;
		st->largeBytes += c->largeAllocBytes;
	}
	st->spansInUse = rt_heap.spansInUse;
	st->pagesInUse = rt_heap.pagesInUse;
	st->pagesFree = rt_heap.pagesFree;
	st->arenas = rt_heap.arenas;
	rt_unlock(&rt_heap.lock);
	for (unsigned ac = 0; ac < RT_NUM_ALLOC_CLASSES; ac++) {
		st->nrefill += atomic_load_explicit(&rt_heap.central[ac].nrefill, memory_order_relaxed);
		st->ngrow += atomic_load_explicit(&rt_heap.central[ac].ngrow, memory_order_relaxed);
	}
}

static void report(void)
{
	RtStats st;
	rt_stats_read(&st);
	uint64_t n = st.nlarge, bytes = st.largeBytes;
	for (unsigned i = 1; i < RT_NUM_SIZE_CLASSES; i++) {
		n += st.nsmall[i];
		bytes += st.nsmall[i] * rt_class_to_size[i];
	}
	// The summary line comes first: bench/run.py greps "N heap allocations".
	fprintf(stderr, "mgo: %llu heap allocations, %llu bytes\n",
	    (unsigned long long)n, (unsigned long long)bytes);
	fprintf(stderr, "%6s %8s %14s %16s\n", "class", "size", "count", "bytes");
	for (unsigned i = 1; i < RT_NUM_SIZE_CLASSES; i++) {
		if (st.nsmall[i] == 0)
			continue;
		fprintf(stderr, "%6u %8u %14llu %16llu\n", i, rt_class_to_size[i],
		    (unsigned long long)st.nsmall[i],
		    (unsigned long long)(st.nsmall[i] * rt_class_to_size[i]));
	}
	fprintf(stderr, "%6s %8s %14llu %16llu\n", "large", ">32768",
	    (unsigned long long)st.nlarge, (unsigned long long)st.largeBytes);
	fprintf(stderr, "mgo: spans in use %lu (%lu pages), free pages %lu, arenas reserved %lu "
	    "(%lu MiB), mcentral refills %llu, spans grown %llu\n",
	    (unsigned long)st.spansInUse, (unsigned long)st.pagesInUse,
	    (unsigned long)st.pagesFree, (unsigned long)st.arenas,
	    (unsigned long)(st.arenas * (RT_ARENA_SIZE >> 20)),
	    (unsigned long long)st.nrefill, (unsigned long long)st.ngrow);
}

// MGODEBUG is a comma-separated list of name=value settings, as GODEBUG.
static bool debug_setting(const char *env, const char *name)
{
	size_t len = strlen(name);
	for (const char *p = env; p && *p;) {
		if (strncmp(p, name, len) == 0 && p[len] == '=' && atoi(p + len + 1) > 0)
			return true;
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return false;
}

void rt_stats_init(void)
{
	if (debug_setting(getenv("MGODEBUG"), "allocs"))
		atexit(report);
}
