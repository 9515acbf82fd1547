// sched_stack.c: goroutine stacks — the small first segment of every
// goroutine, growth segments, the switch onto a new segment when a
// generated function's stack check fails (go_stack_call), and the table
// of every goroutine (rt/sched.h, "Stacks", says why segments, and why
// these sizes).
//
// First segments are RT_STACK_SEG0 bytes, carved densely from chunks
// mapped with MAP_NORESERVE: a goroutine touches only the pages it uses,
// and 32 goroutines share a page-table page. The G record sits at the top
// of its first segment; a dead goroutine's record goes on a free list with
// its segment, which is reused as it is (at most RT_STACK_SEG0 of memory).
//
// Growth segments come in size classes (x4 from 256 KiB to 64 MiB) from
// global free lists. A segment is kept by the one it grew from
// (Seg.next) until the goroutine ends, so a call that crosses a segment
// boundary in a loop switches stacks without allocating; at exit they go
// back to the free lists, their pages below the top returned to the kernel.
#include "rt/sched_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "go_rt.h"

#define SEG0_PER_CHUNK 1024
#define SMALL_PER_CHUNK 4096
#define NCLASS         5                        // 256 KiB, 1, 4, 16, 64 MiB
#define CLASS_SIZE(c)  (((uintptr_t)256 << 10) << (2 * (c)))
#define CARVE_CHUNK    ((uintptr_t)64 << 20)     // classes below 4 MiB share mappings
#define KEEP_BYTES     ((uintptr_t)64 << 10)     // kept backed when a segment is freed
#define STACK_LIMIT    ((uint64_t)512 << 20)    // see below

static rt_lock_t stack_lock = RT_LOCK_INIT;
// First segments of one size: carved from chunks, reused through a free
// list of dead Gs.
typedef struct Seg0Pool {
	uintptr_t size, per_chunk;
	uintptr_t next, end;           // unused segments of the last chunk
	G *free;
} Seg0Pool;
static Seg0Pool pools[2] = {
	{RT_STACK_SEG0, SEG0_PER_CHUNK, 0, 0, NULL},
	{RT_STACK_SMALL, SMALL_PER_CHUNK, 0, 0, NULL},
};
static uintptr_t carve_next, carve_end;    // growth segments below 4 MiB
static Seg *freeseg[NCLASS];
// allgs: every G ever made (dead ones stay, their segments are reused).
static G **allgs;
static size_t nallgs, capallgs;

static void throw(const char *msg)
{
	fflush(stdout);
	fprintf(stderr, "fatal error: %s\n", msg);
	_exit(2);
}

static uintptr_t reserve(uintptr_t len)
{
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		throw("cannot reserve goroutine stacks");
	// Huge pages would back a few touched stack pages with 2 MiB.
	madvise(p, len, MADV_NOHUGEPAGE);
	return (uintptr_t)p;
}

// {==================== first segments and G records ====================

static uintptr_t new_seg0(Seg0Pool *pool)
{
	if (pool->next == pool->end) {
		pool->next = reserve(pool->per_chunk * pool->size);
		pool->end = pool->next + pool->per_chunk * pool->size;
	}
	uintptr_t s = pool->next;
	pool->next += pool->size;
	return s;
}

static void seg0_init(G *g, uintptr_t lo, uintptr_t hi)
{
	g->seg0.lo = lo;
	g->seg0.hi = hi;
	g->seg0.total = hi - lo;
	g->seg0.cls = -1;
	g->cur = &g->seg0;
}

G *rt_stack_alloc(bool small)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
	small = false;   // instrumented runtime frames are several times larger
#endif
	Seg0Pool *pool = &pools[small];
	rt_lock(&stack_lock);
	G *g = pool->free;
	if (g) {
		pool->free = g->schedlink;
		rt_unlock(&stack_lock);
		uintptr_t lo = g->seg0.lo, hi = g->seg0.hi;
		void *fiber = g->tsan_fiber;
		memset(g, 0, sizeof *g);
		seg0_init(g, lo, hi);
		g->tsan_fiber = fiber;
		g->small = small;
		return g;
	}
	uintptr_t lo = new_seg0(pool);
	uintptr_t hi = lo + pool->size;
	g = (G *)((hi - sizeof(G)) & ~(uintptr_t)63);
	seg0_init(g, lo, hi);
	g->small = small;
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

// Growth segments back to the free lists, their pages to the kernel.
// Called with stack_lock held.
static void release_chain(Seg *chain)
{
	for (Seg *s = chain; s; s = s->next)
		madvise((void *)s->lo, CLASS_SIZE(s->cls) - KEEP_BYTES, MADV_DONTNEED);
	for (Seg *s = chain, *next; s; s = next) {
		next = s->next;
		s->freelink = freeseg[s->cls];
		freeseg[s->cls] = s;
	}
}

// On the M's own stack, after the goroutine left its stack for good.
void rt_stack_free(G *g)
{
	Seg *chain = g->seg0.next;
	g->seg0.next = NULL;
	rt_lock(&stack_lock);
	release_chain(chain);
	atomic_store(&g->status, G_IDLE);
	g->schedlink = pools[g->small].free;
	pools[g->small].free = g;
	rt_unlock(&stack_lock);
}

void rt_stack_each_g(void (*f)(G *g, void *arg), void *arg)
{
	rt_lock(&stack_lock);
	for (size_t i = 0; i < nallgs; i++)
		f(allgs[i], arg);
	rt_unlock(&stack_lock);
}

// }==================== growth ====================

uintptr_t rt_stack_guard_of(const G *g)
{
	return g->cur->lo + RT_STACK_RESERVE;
}

// The goroutine's segments from the current one back, each scanned from
// its stack pointer: sp in the current one, then where each older one
// was left.
// The G record at the top of the first segment is left out but for its
// pointer fields: the scheduler links a runnable G (schedlink) from other
// threads while the collector scans, and nothing else in it points into
// the heap.
void rt_stack_scan_g(G *g, uintptr_t sp, void (*scan)(uintptr_t lo, uintptr_t hi))
{
	for (Seg *s = g->cur; s; s = s->prev) {
		uintptr_t hi = s == &g->seg0 ? (uintptr_t)g : s->hi;
		if (sp >= s->lo && sp < hi)
			scan(sp, hi);
		sp = s->prev_sp;
	}
	scan((uintptr_t)&g->arg, (uintptr_t)(&g->arg + 1));
	scan((uintptr_t)&g->unlock_arg, (uintptr_t)(&g->unlock_arg + 1));
}

static Seg *seg_alloc(int cls)
{
	uintptr_t size = CLASS_SIZE(cls);
	rt_lock(&stack_lock);
	Seg *s = freeseg[cls];
	if (s) {
		freeseg[cls] = s->freelink;
		rt_unlock(&stack_lock);
		return s;
	}
	uintptr_t lo;
	if (size < CARVE_CHUNK / 16) {
		if (carve_end - carve_next < size) {
			carve_next = reserve(CARVE_CHUNK);
			carve_end = carve_next + CARVE_CHUNK;
		}
		lo = carve_next;
		carve_next += size;
		rt_unlock(&stack_lock);
	} else {
		rt_unlock(&stack_lock);
		lo = reserve(size);
	}
	s = (Seg *)((lo + size - sizeof(Seg)) & ~(uintptr_t)63);
	memset(s, 0, sizeof *s);
	s->lo = lo;
	s->hi = (uintptr_t)s;
	s->cls = cls;
	return s;
}

extern void go_print_traceback(const char *status) __attribute__((weak));

_Noreturn static void stack_overflow(G *g, uintptr_t sp)
{
	fflush(stdout);
	fprintf(stderr, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
	    "runtime: sp=%#lx stack=[%#lx, %#lx]\n"
	    "fatal error: stack overflow\n\n",
	    (unsigned long)sp, (unsigned long)g->cur->lo, (unsigned long)g->cur->hi);
	// Weak: the allocator's unit tests link the scheduler without the
	// language runtime.
	if (go_print_traceback)
		go_print_traceback("running");
	else
		fprintf(stderr, "goroutine %lld [running]:\n", (long long)rt_goid(g));
	_exit(2);
}

// The segment to continue on, past the current one, with room for need
// bytes above its reserve: the frames a large-frame function takes before
// its check can pass again on the new segment (codegen/gen_decl.c). A
// cached next segment too small for that is given back for a larger one.
static Seg *grow(G *g, uintptr_t sp, uintptr_t need)
{
	Seg *cur = g->cur, *s = cur->next;
	int cls = cur->cls + 1 < NCLASS ? cur->cls + 1 : NCLASS - 1;
	while (cls < NCLASS - 1 && CLASS_SIZE(cls) < need + RT_STACK_RESERVE + sizeof(Seg) + 4096)
		cls++;
	if (s && s->cls < cls) {
		cur->next = NULL;
		rt_lock(&stack_lock);
		release_chain(s);
		rt_unlock(&stack_lock);
		s = NULL;
	}
	if (!s) {
		if (cur->total + CLASS_SIZE(cls) > STACK_LIMIT)
			stack_overflow(g, sp);
		s = seg_alloc(cls);
		s->next = NULL;
		s->total = cur->total + (s->hi - s->lo);
		cur->next = s;
	}
	s->prev = cur;
	return s;
}

// Publishes g's guard for its current segment, unless the scheduler asked
// this thread to stop meanwhile (then the poll value stays).
static void set_guard(M *m, G *g)
{
	__atomic_store_n(m->guardp, rt_stack_guard_of(g), __ATOMIC_RELAXED);
	atomic_thread_fence(memory_order_seq_cst);
	if (rt_sched_stw_pending() || atomic_load(&m->preempt))
		__atomic_store_n(m->guardp, RT_GUARD_POLL, __ATOMIC_RELAXED);
}

void rt_stack_switch_call(void (*fn)(void *), void *arg, uintptr_t top, uintptr_t *save_sp);

void (go_stack_call)(void (*fn)(void *), void *arg, uintptr_t need)
{
	M *m = rt_sched_m();
	G *g = m ? m->curg : NULL;
	if (!g) {               // not on a goroutine (C API, unit tests)
		fn(arg);
		return;
	}
	Seg *s = grow(g, (uintptr_t)__builtin_frame_address(0), need);
	g->cur = s;
	set_guard(m, g);
	// The collector may scan this goroutine from here on (fn reaches
	// safepoints): s->prev_sp is written before the first one.
	rt_stack_switch_call(fn, arg, s->hi & ~(uintptr_t)15, &s->prev_sp);
	// fn returned, maybe on another M: read it again.
	m = rt_sched_m();
	g->cur = s->prev;
	set_guard(m, g);
}

uint64_t rt_stack_depth(uintptr_t addr)
{
	M *m = rt_sched_m();
	G *g = m ? m->curg : NULL;
	if (!g)
		return UINT64_MAX - addr;   // one contiguous stack
	for (Seg *s = g->cur; s; s = s->prev)
		if (addr >= s->lo && addr < s->hi)
			return s->total - (addr - s->lo);
	return 0;
}

// A recovered panic resumes the frame at addr, maybe in an older segment:
// make that one current (the newer ones stay cached by their next links).
void rt_stack_unwind_to(uintptr_t addr)
{
	M *m = rt_sched_m();
	G *g = m ? m->curg : NULL;
	if (!g)
		return;
	Seg *s = g->cur;
	while (s->prev && !(addr >= s->lo && addr < s->hi))
		s = s->prev;
	if (s != g->cur) {
		g->cur = s;
		set_guard(m, g);
	}
}

void rt_stack_each_skipped(uintptr_t sp, uintptr_t to_sp, void (*fn)(uintptr_t lo, uintptr_t hi))
{
	M *m = rt_sched_m();
	G *g = m ? m->curg : NULL;
	for (Seg *s = g ? g->cur : NULL; s && !(to_sp >= s->lo && to_sp < s->hi); s = s->prev) {
		fn(sp, s->hi);
		sp = s->prev_sp;
	}
	fn(sp, to_sp);
}

// A stack check failed at sp (need more bytes of frame to come): false if
// it was only a poll and the stack has room (go_safepoint ran); true if
// the function must continue on a new segment.
bool go_morestack(uintptr_t need)
{
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	M *m = rt_sched_m();
	if (!m || !m->curg)
		return false;
	G *g = m->curg;
	if (sp - need >= rt_stack_guard_of(g)) {
		go_safepoint();
		return false;
	}
	if (g->cur->total >= STACK_LIMIT)
		stack_overflow(g, sp);
	return true;
}

// A check with no way to grow (runtime and test C code).
void go_morestack_nogrow(void)
{
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	if (go_morestack(0)) {
		M *m = rt_sched_m();
		stack_overflow(m->curg, sp);
	}
}

bool rt_stack_on_small(void)
{
	M *m = rt_sched_m();
	G *g = m ? m->curg : NULL;
	return g && g->small && g->cur == &g->seg0;
}

// Not inlined and no tail call: tracebacks (rt/go_traceback.c) recognise
// this frame, whose caller is runtime code, not a Go function waiting in
// its prologue for the call on the new segment.
__attribute__((noinline)) void rt_stack_call_big(void (*fn)(void *), void *arg)
{
	go_stack_call(fn, arg, 0);
	__asm__ volatile("" ::: "memory");
}
