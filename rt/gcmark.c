// gcmark.c: the mark phase — roots, the mark stack, precise object scans.
//
// Input: a stopped world (rt_gc_collect holds rt_gc.lock and no other thread
// runs) whose caches gave their GC spans back, so allocBits and freeindex
// describe every small span exactly. Output: gcmarkBits set for every object
// reachable from the roots (rt.h lists them and says why the stack is
// scanned conservatively), and the bytes and objects marked.
//
// Invariant of the loop: an object is marked before it is pushed, and pushed
// at most once per cycle (only when its mark bit flips), so the mark stack
// never holds more entries than there are scan objects, and the work is
// linear in the reachable heap.
#define _GNU_SOURCE // pthread_getattr_np
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "rt/rt.h"
#include "rt/sched.h"

// ---- registered roots --------------------------------------------------------

// A root is a range of words outside the heap; mask NULL means every word
// may be a pointer (runtime statics), else bit i says word i is one.
typedef struct GCRoot {
	uintptr_t addr;
	size_t nwords;
	const uint8_t *mask;
} GCRoot;

static GCRoot *roots;
static size_t nroots, roots_cap;
static pthread_mutex_t roots_lock = PTHREAD_MUTEX_INITIALIZER;

// grow_os_array doubles an array kept in OS memory (never in the heap the
// collector walks), keeping its first `used` elements; first: initial cap.
static void *grow_os_array(void *old, size_t used, size_t *cap, size_t elem, size_t first)
{
	size_t ncap = *cap ? *cap * 2 : first;
	void *p = rt_os_alloc(ncap * elem);
	if (old) {
		memcpy(p, old, used * elem);
		rt_os_free(old, *cap * elem);
	}
	*cap = ncap;
	return p;
}

void mgo_gc_add_root(const void *addr, size_t size, const uint8_t *mask)
{
	pthread_mutex_lock(&roots_lock);
	if (nroots == roots_cap)
		roots = grow_os_array(roots, nroots, &roots_cap, sizeof *roots, 256);
	roots[nroots++] = (GCRoot){(uintptr_t)addr, size / 8, mask};
	pthread_mutex_unlock(&roots_lock);
}

void rt_gc_roots_reset(void)
{
	pthread_mutex_lock(&roots_lock);
	nroots = 0;
	pthread_mutex_unlock(&roots_lock);
}

// ---- the mark stack ------------------------------------------------------------

// Object base addresses still to scan; grows by doubling, memory from the
// OS (never from the heap being collected) and kept between cycles.
static uintptr_t *stack;
static size_t depth, stack_cap;

static RT_NOINLINE void stack_grow(void)
{
	stack = grow_os_array(stack, depth, &stack_cap, sizeof *stack, (size_t)1 << 16);
}

static inline void push(uintptr_t obj)
{
	if (RT_UNLIKELY(depth == stack_cap))
		stack_grow();
	stack[depth++] = obj;
}

// ---- marking one pointer ---------------------------------------------------------

static GCCycleStats *cur;

// mark_ptr marks the object that p points into, if p points into an
// object of a GC span; `conservative` also requires the slot to be
// allocated (a stack word may point at a free slot, a heap pointer cannot).
static inline void mark_ptr(uintptr_t p, bool conservative)
{
	HeapArena *ha = rt_arena_of(p);
	if (ha == NULL)
		return;
	MSpan *s = ha->spans[(p >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)];
	// Entries of free runs may be stale; the state and range tests catch
	// them (MSpan records are never unmapped, so reading one is safe).
	if (s == NULL || atomic_load_explicit(&s->state, memory_order_relaxed) != RT_SPAN_INUSE)
		return;
	if (p < s->startAddr || p >= rt_mspan_limit(s) || rt_mspan_is_manual(s))
		return;
	uint32_t idx = rt_mspan_index(s, p);
	uint64_t bit = (uint64_t)1 << (idx % 64);
	uint64_t *w = &s->gcmarkBits[idx / 64];
	if (*w & bit)
		return;
	if (conservative && idx >= s->freeindex && !(s->allocBits[idx / 64] & bit))
		return;
	*w |= bit;
	cur->markedObjects++;
	cur->markedBytes += rt_mspan_usable(s);
	if (!(s->spanclass & 1))
		push(s->startAddr + (uintptr_t)idx * s->elemsize);
}

// scan_conservative treats every aligned word of [lo, hi) as a possible
// pointer. No sanitizer instrumentation: stack words between live
// variables are poisoned red zones under ASan, and reading them is the
// point.
__attribute__((no_sanitize("address", "undefined")))
static void scan_conservative(uintptr_t lo, uintptr_t hi)
{
	lo = (lo + 7) & ~(uintptr_t)7;
	for (uintptr_t a = lo; a + 8 <= hi; a += 8)
		mark_ptr(*(const uintptr_t *)a, true);
}

// ---- scanning heap objects precisely -------------------------------------------

static void scan_small(MSpan *s, uintptr_t obj)
{
	size_t nw = s->elemsize / 8;
	for (size_t w = 0; w < nw;) {
		uintptr_t a = obj + w * 8;
		unsigned sh = (unsigned)(a >> 3) & 63;
		size_t n = 64 - sh;
		if (n > nw - w)
			n = nw - w;
		uint64_t bits = *rt_heapbits_word(a) >> sh;
		if (n < 64)
			bits &= ((uint64_t)1 << n) - 1;
		while (bits) {
			unsigned i = (unsigned)__builtin_ctzll(bits);
			bits &= bits - 1;
			mark_ptr(*(const uintptr_t *)(a + (uintptr_t)i * 8), false);
		}
		w += n;
	}
}

static void scan_large(MSpan *s, uintptr_t obj)
{
	size_t nw = (s->largeSize + 7) / 8;
	const uintptr_t *words = (const uintptr_t *)obj;
	const uint8_t *mask = s->largeMask;
	size_t mw = s->largeMaskWords;
	if (mask == NULL) {
		for (size_t i = 0; i < nw; i++)
			mark_ptr(words[i], false);
		return;
	}
	for (size_t i = 0, j = 0; i < nw; i++) {
		if (rt_mask_bit(mask, j))
			mark_ptr(words[i], false);
		if (++j == mw)
			j = 0;
	}
}

static inline void scan_object(uintptr_t obj)
{
	MSpan *s = *rt_spans_entry(obj);
	if (s->spanclass >> 1)
		scan_small(s, obj);
	else
		scan_large(s, obj);
}

// drain scans until the mark stack is empty. Popped objects wait in a
// small FIFO after a prefetch of their first line and of their heap bitmap
// word, so that up to RING cache misses are in flight instead of one: on a
// heap much larger than the cache, marking is bound by memory latency.
#define RING 8
static void drain(void)
{
	uintptr_t ring[RING];
	unsigned head = 0, n = 0;
	for (;;) {
		if (depth > 0) {
			uintptr_t obj = stack[--depth];
			__builtin_prefetch((const void *)obj);
			__builtin_prefetch(rt_heapbits_word(obj));
			ring[(head + n) % RING] = obj;
			if (++n < RING)
				continue;
		} else if (n == 0) {
			return;
		}
		uintptr_t obj = ring[head];
		head = (head + 1) % RING;
		n--;
		scan_object(obj);
	}
}

// ---- roots --------------------------------------------------------------------

static void scan_roots(void)
{
	pthread_mutex_lock(&roots_lock);
	for (size_t r = 0; r < nroots; r++) {
		const uintptr_t *words = (const uintptr_t *)roots[r].addr;
		const uint8_t *mask = roots[r].mask;
		for (size_t i = 0; i < roots[r].nwords; i++)
			if (mask == NULL || rt_mask_bit(mask, i))
				mark_ptr(words[i], mask == NULL);
		cur->rootBytes += roots[r].nwords * 8;
		drain();
	}
	pthread_mutex_unlock(&roots_lock);
}

extern void *__libc_stack_end;

// stack_base: the highest address of the calling thread's stack.
static uintptr_t stack_base(void)
{
	if (syscall(SYS_gettid) == getpid())
		return (uintptr_t)__libc_stack_end;
	pthread_attr_t attr;
	void *addr;
	size_t size;
	if (pthread_getattr_np(pthread_self(), &attr) != 0)
		rt_throw("gc: cannot find the stack of this thread");
	pthread_attr_getstack(&attr, &addr, &size);
	pthread_attr_destroy(&attr);
	return (uintptr_t)addr + size;
}

// Another goroutine's stack, stopped: from its published stack pointer
// (its registers were spilled below it) to the top of its slot.
static void scan_stack_range(uintptr_t lo, uintptr_t hi)
{
	scan_conservative(lo, hi);
	cur->stackBytes += hi - lo;
	drain();
}

// scan_stack_from runs one frame below spill_and_scan, so its local's
// address is below the registers that frame spilled.
static RT_NOINLINE void scan_stack_from(void)
{
	volatile uintptr_t here = 0;
	uintptr_t lo = (uintptr_t)&here, hi = rt_sched_current_stack_hi();
	if (hi == 0)
		hi = stack_base();
	scan_conservative(lo, hi);
	cur->stackBytes += hi - lo;
	drain();
	rt_sched_scan_stacks(scan_stack_range);
}

// spill_and_scan stores every callee-saved register into its own frame
// (the caller-saved ones were saved by the calls that led here), then
// scans the stack from below that frame.
static RT_NOINLINE void spill_and_scan(void)
{
	__builtin_unwind_init();
	scan_stack_from();
	__asm__ volatile("" ::: "memory"); // no tail call: keep this frame alive
}

void rt_gc_mark(GCCycleStats *st)
{
	cur = st;
	depth = 0;
	scan_roots();
	spill_and_scan();
	RT_ASSERT(depth == 0);
	cur = NULL;
}
