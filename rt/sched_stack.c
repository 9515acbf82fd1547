// sched_stack.c: goroutine stack slots and the table of every goroutine
// (rt/sched.h, "Stacks", says why slots are large, lazily backed and
// unguarded).
//
// Slots come from chunks of SLOTS_PER_CHUNK mapped with MAP_NORESERVE;
// the G record sits at the top of its slot. A dead goroutine's record goes
// on a free list with its slot; when the list is long, the slot's pages
// below the top KEEP_BYTES go back to the kernel, so a goroutine that
// recursed deeply once does not keep its memory.
#include "rt/sched_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SLOTS_PER_CHUNK 64
#define KEEP_BYTES      ((uintptr_t)16 << 10)
#define FREE_KEEP       1024   // dead slots kept without releasing pages

static rt_lock_t stack_lock = RT_LOCK_INIT;
static uintptr_t chunk_next, chunk_end;    // unused slots of the last chunk
static G *freeg;
static int64_t nfree;
// allgs: every G ever made (dead ones stay, their slots are reused).
static G **allgs;
static size_t nallgs, capallgs;

static void throw(const char *msg)
{
	fflush(stdout);
	fprintf(stderr, "fatal error: %s\n", msg);
	_exit(2);
}

static uintptr_t new_slot(void)
{
	if (chunk_next == chunk_end) {
		size_t len = SLOTS_PER_CHUNK * RT_STACK_SLOT;
		void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			throw("cannot reserve goroutine stacks");
		// Huge pages would back a 4 KiB stack with 2 MiB.
		madvise(p, len, MADV_NOHUGEPAGE);
		chunk_next = (uintptr_t)p;
		chunk_end = chunk_next + len;
	}
	uintptr_t s = chunk_next;
	chunk_next += RT_STACK_SLOT;
	return s;
}

G *rt_stack_alloc(void)
{
	rt_lock(&stack_lock);
	G *g = freeg;
	if (g) {
		freeg = g->schedlink;
		nfree--;
		rt_unlock(&stack_lock);
		uintptr_t lo = g->lo, hi = g->hi;
		void *fiber = g->tsan_fiber;
		memset(g, 0, sizeof *g);
		g->lo = lo;
		g->hi = hi;
		g->tsan_fiber = fiber;
		return g;
	}
	uintptr_t lo = new_slot();
	uintptr_t hi = lo + RT_STACK_SLOT;
	g = (G *)((hi - sizeof(G)) & ~(uintptr_t)63);
	g->lo = lo;
	g->hi = hi;
	if (nallgs == capallgs) {
		capallgs = capallgs ? capallgs * 2 : 1024;
		G **n = realloc(allgs, capallgs * sizeof *n);
		if (!n)
			throw("out of memory (goroutine table)");
		allgs = n;
	}
	allgs[nallgs++] = g;
	rt_unlock(&stack_lock);
	return g;
}

// On the M's own stack, after the goroutine left its slot for good.
void rt_stack_free(G *g)
{
	bool release;
	rt_lock(&stack_lock);
	release = nfree >= FREE_KEEP;
	rt_unlock(&stack_lock);
	if (release)
		madvise((void *)g->lo, g->hi - g->lo - KEEP_BYTES, MADV_DONTNEED);
	rt_lock(&stack_lock);
	atomic_store(&g->status, G_IDLE);
	g->schedlink = freeg;
	freeg = g;
	nfree++;
	rt_unlock(&stack_lock);
}

void rt_stack_each_g(void (*f)(G *g, void *arg), void *arg)
{
	rt_lock(&stack_lock);
	for (size_t i = 0; i < nallgs; i++)
		f(allgs[i], arg);
	rt_unlock(&stack_lock);
}

uintptr_t rt_stack_guard_of(const G *g)
{
	return g->lo + RT_STACK_RESERVE;
}
