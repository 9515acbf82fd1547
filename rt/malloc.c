// malloc.c: the public API (rt/mgo.h) and the allocation and free fast paths.
//
// Fast path budget, allocation: one table load for the class, the TLS cache
// pointer, the current span, then count-trailing-zeros on its allocCache and
// two stores (allocCache, freeindex). No lock, no atomic instruction, one
// predictable branch; everything else is rt_mcache_refill.
//
// Fast path budget, mgo_free: two loads through the page map (rt_arenas,
// HeapArena.pageBin) give the size class; the pointer is pushed on this
// thread's bin for that class (no span touched; the bin's count and
// capacity are one word). The checked build adds a slot-start test from
// the class tables and a tag in the freed object's first word (slot_start,
// freed_tag), not a span lookup. No stack frame: everything else is a tail
// call. mgo_malloc pops that bin before it looks at the span. A full bin
// gives its older half to the spans (bin_spill): for the span's owner
// a multiply-shift for the slot index and a bit test-and-set in localFree,
// with the span's fields in registers over a stretch of its objects; large
// objects and spans owned elsewhere take free_slow. Before all that, one
// range test sends an object of the free run's span (rt/freerun.c) into
// the run: the slot index from the run's copy of the span's fields, a slot
// start and freed-tag check in checked builds, and a bit test-and-set.
#include <errno.h>
#include <string.h>

#include "rt/rt.h"

static inline void *take_fast(MSpan *s, uint64_t cache)
{
	unsigned b = (unsigned)__builtin_ctzll(cache);
	uint32_t idx = s->freeindex + b;
	s->allocCache = (cache >> b) >> 1;
	s->freeindex = idx + 1;
	return (void *)(s->startAddr + (uintptr_t)idx * s->elemsize);
}

static MCache *cache_get(void)
{
	MCache *c = rt_tls_mcache;
	return c != &rt_empty_mcache ? c : rt_mcache_create();
}

// What a small allocation is for; the callers pass constants, so the tests
// below fold away.
enum {
	KIND_MALLOC = 1, // C API: manual noscan spans, malloc's class table
	KIND_NOSCAN = 2, // Go object without pointers
	KIND_ZERO = 4,   // the caller needs zeroed memory
};

// A thread starts with rt_empty_mcache, whose spans are all empty, so its
// first allocation reaches alloc_small_slow, which initialises the runtime
// and creates the thread's cache.
static inline unsigned class_of(size_t n, unsigned kind)
{
	if (kind & KIND_MALLOC) {
		if (n <= RT_SMALL_SIZE_MAX8)
			return rt_malloc_class8[(n + 7) >> 3];
		return RT_MANUAL_CLASS(rt_size_to_class128[(n - RT_SMALL_SIZE_MAX8 + 127) >> 7]);
	}
	return rt_size_class(n) << 1 | ((kind & KIND_NOSCAN) ? 1 : 0);
}

// alloc_small_slow: the first allocation of a thread (and of the process) or
// an empty allocCache.
// For Go objects this is also where the collector runs and counts (rt.h,
// "Pacing"): once per span, never on the fast path.
// Zeroes a reused slot for an object of n bytes. Objects up to 64 bytes
// (most Go objects) are cleared word by word inline: a call to memset costs
// more than the stores. Slots are multiples of 8 bytes, so rounding n up
// stays inside the slot.
static inline void zero_object(void *p, size_t n)
{
	uint64_t *q = p;
	switch ((n + 7) >> 3) {
	case 8: q[7] = 0; __attribute__((fallthrough));
	case 7: q[6] = 0; __attribute__((fallthrough));
	case 6: q[5] = 0; __attribute__((fallthrough));
	case 5: q[4] = 0; __attribute__((fallthrough));
	case 4: q[3] = 0; __attribute__((fallthrough));
	case 3: q[2] = 0; __attribute__((fallthrough));
	case 2: q[1] = 0; __attribute__((fallthrough));
	case 1: q[0] = 0; __attribute__((fallthrough));
	case 0: return;
	default: memset(p, 0, n);
	}
}

static RT_NOINLINE void *alloc_small_slow(size_t n, unsigned kind)
{
	MCache *c = cache_get();
	unsigned ac = class_of(n, kind);
	bool gc = !(kind & KIND_MALLOC);
	if (gc && rt_gc_due())
		rt_gc_collect(false);
	MSpan *before = c->alloc[ac];
	void *p = rt_mcache_refill(c, ac);
	if (p == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	MSpan *s = c->alloc[ac];
	if (gc && s != before)
		rt_gc_note_alloc((uint64_t)(s->nelems - s->allocCount) * s->elemsize);
	// The object came from what is now the current span of its class.
	if ((kind & KIND_ZERO) && c->alloc[ac]->needzero)
		zero_object(p, n);
	return p;
}

// alloc_next_word: the current span's cache word ran out, but after a
// reclaim the free slots are spread over several words, so most of the time
// the next word has some; only a full span goes on to the refill.
static RT_NOINLINE void *alloc_next_word(MSpan *s, size_t n, unsigned kind)
{
	if (s->freeindex < s->nelems && rt_mspan_next_word(s)) {
		void *p = take_fast(s, s->allocCache);
		if ((kind & KIND_ZERO) && s->needzero)
			zero_object(p, n);
		return p;
	}
	return alloc_small_slow(n, kind);
}

static inline void *alloc_small(size_t n, unsigned kind)
{
	unsigned ac = class_of(n, kind);
	MSpan *s = rt_tls_mcache->alloc[ac];
	uint64_t cache = s->allocCache;
	if (RT_LIKELY(cache != 0)) {
		void *p = take_fast(s, cache);
		if ((kind & KIND_ZERO) && s->needzero)
			zero_object(p, n);
		return p;
	}
	return alloc_next_word(s, n, kind);
}

static RT_NOINLINE void *alloc_large(size_t n, unsigned ac, bool zero)
{
	rt_init();
	if (n > SIZE_MAX - RT_PAGE_SIZE) {
		errno = ENOMEM;
		return NULL;
	}
	uintptr_t npages = (n + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
	MCache *c = cache_get();
	if (ac < RT_NUM_SPAN_CLASSES) {
		if (rt_gc_due())
			rt_gc_collect(false);
		rt_gc_note_alloc(npages * RT_PAGE_SIZE);
	}
	MSpan *s = npages <= RT_LARGE_CACHE_PAGES ? rt_mcache_large_alloc(c, npages) : NULL;
	if (s) {
		s->allocClass = (uint16_t)ac;
		s->spanclass = ac < RT_NUM_SPAN_CLASSES ? (uint16_t)ac : 1;
	} else if ((s = rt_mheap_alloc(npages, ac)) == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	c->nlarge++;
	c->largeAllocBytes += npages * RT_PAGE_SIZE;
	if (zero && s->needzero)
		memset((void *)s->startAddr, 0, n);
	return (void *)s->startAddr;
}

// bin_pop: the most recently freed C API object of size class k, or NULL.
static inline void *bin_pop(MCache *c, unsigned k)
{
	uint64_t st = c->binState[k];
	unsigned n = RT_BIN_N(st);
	if (n == 0)
		return NULL;
	c->binState[k] = st + RT_BIN_POP;
	return c->bin[k][n - 1];
}

void *mgo_malloc(size_t n)
{
	unsigned k;
	// Sizes up to 1 KiB first: one compare and one load on the common path.
	if (RT_LIKELY(n <= RT_SMALL_SIZE_MAX8))
		k = rt_malloc_bin[n];
	else if (n <= RT_MAX_SMALL_SIZE)
		k = class_of(n, KIND_MALLOC) - RT_NUM_SPAN_CLASSES;
	else
		return alloc_large(n, RT_MANUAL_CLASS(0), false);
	MCache *c = rt_tls_mcache;
	uint64_t st = c->binState[k];
	if (RT_LIKELY(RT_BIN_N(st) != 0)) {
		c->binState[k] = st + RT_BIN_POP;
		return c->bin[k][RT_BIN_N(st) - 1];
	}
	// alloc_small with the class and cache already at hand
	MSpan *s = c->alloc[RT_MANUAL_CLASS(k)];
	uint64_t cache = s->allocCache;
	if (RT_LIKELY(cache != 0))
		return take_fast(s, cache);
	return alloc_next_word(s, n, KIND_MALLOC);
}

void *mgo_calloc(size_t n, size_t size)
{
	size_t total;
	if (__builtin_mul_overflow(n, size, &total)) {
		errno = ENOMEM;
		return NULL;
	}
	if (total <= RT_MAX_SMALL_SIZE) {
		void *p = bin_pop(rt_tls_mcache, class_of(total, KIND_MALLOC) - RT_NUM_SPAN_CLASSES);
		if (p)
			return memset(p, 0, total);
		return alloc_small(total, KIND_MALLOC | KIND_ZERO);
	}
	return alloc_large(total, RT_MANUAL_CLASS(0), true);
}

// new_tiny: Go's tiny allocator. Pointer-free objects under 16 bytes
// (short strings, a boxed int, a []byte of a few bytes) share 16-byte
// blocks, aligned to their size's largest power of two up to 8: a block
// lives while any of them does. Go programs make many such objects, and
// giving each its own 8- or 16-byte slot took up to twice the memory and
// refills (textgen: 207,141 objects of the 8-byte class, 1.58x Go's RSS).
// The block comes zeroed, so what is carved from it is zero too.
static inline void *new_tiny(size_t size)
{
	MCache *c = rt_tls_mcache;
	uintptr_t off = c->tinyoffset;
	if ((size & 7) == 0)
		off = (off + 7) & ~(uintptr_t)7;
	else if ((size & 3) == 0)
		off = (off + 3) & ~(uintptr_t)3;
	else if ((size & 1) == 0)
		off = (off + 1) & ~(uintptr_t)1;
	if (off + size <= RT_TINY_SIZE && c->tiny) {
		c->tinyoffset = off + size;
		c->ntiny++;
		return (void *)(c->tiny + off);
	}
	void *b = alloc_small(RT_TINY_SIZE, KIND_NOSCAN | KIND_ZERO);
	if (b == NULL)
		return NULL;
	// The first allocation of a thread created its cache just now; and
	// keep whichever block has more room left.
	c = rt_tls_mcache;
	if (size < c->tinyoffset || c->tiny == 0) {
		c->tiny = (uintptr_t)b;
		c->tinyoffset = size;
	}
	return b;
}

static void *new_noscan(size_t size)
{
	void *p;
	if (size == 0) // Go may share one address for these; we give each its own
		size = 1;
	if (RT_UNLIKELY(rt_gc.stressPeriod))
		rt_gc_stress_tick();
	if (size < RT_TINY_SIZE)
		p = new_tiny(size);
	else if (size > RT_MAX_SMALL_SIZE)
		p = alloc_large(size, 1, true);
	else
		p = alloc_small(size, KIND_NOSCAN | KIND_ZERO);
	if (p == NULL)
		rt_throw("out of memory allocating %zu bytes", size);
	return p;
}

// new_scan: an object with pointers. Small ones record their pointer words
// in the heap bitmap, large ones in their span (rt.h); mask NULL means
// "every word".
static void *new_scan(size_t size, const uint8_t *mask, size_t maskwords)
{
	void *p;
	if (size == 0)
		size = 1;
	if (RT_UNLIKELY(rt_gc.stressPeriod))
		rt_gc_stress_tick();
	if (size > RT_MAX_SMALL_SIZE) {
		p = alloc_large(size, 0, true);
		if (p == NULL)
			rt_throw("out of memory allocating %zu bytes", size);
		MSpan *s = *rt_spans_entry((uintptr_t)p);
		s->largeMask = mask;
		s->largeMaskWords = (uint32_t)maskwords;
		s->largeSize = size;
		return p;
	}
	p = alloc_small(size, KIND_ZERO);
	if (p == NULL)
		rt_throw("out of memory allocating %zu bytes", size);
	// The common case: one element of at most 8 words in a slot of at most
	// 64 words; its bits are the mask's first byte.
	size_t slot = rt_class_to_size[rt_size_class(size)];
	if (mask && maskwords <= 8 && maskwords * 8 >= size && slot <= 64 * 8)
		rt_heapbits_write_small((uintptr_t)p, slot / 8, mask[0] & (uint8_t)((1u << maskwords) - 1));
	else
		rt_heapbits_set((uintptr_t)p, slot, size, mask, maskwords);
	return p;
}

void *mgo_new(size_t size, bool noscan)
{
	return noscan ? new_noscan(size) : new_scan(size, NULL, 0);
}

void *mgo_new_typed(size_t size, const uint8_t *mask, size_t maskwords)
{
	if (mask == NULL || maskwords == 0)
		return new_noscan(size);
	return new_scan(size, mask, maskwords);
}

// ---- free ------------------------------------------------------------------

// checked_span validates a pointer handed to mgo_free/realloc/usable_size
// (debug builds): it must be the start of an object in an in-use span.
static MSpan *checked_span(uintptr_t a, const char *op)
{
	MSpan *s = rt_span_lookup(a);
	if (s == NULL)
		rt_throw("%s(%p): pointer not allocated by mgo", op, (void *)a);
	uint8_t st = atomic_load_explicit(&s->state, memory_order_relaxed);
	if (st == RT_SPAN_LARGE_CACHED && a == s->startAddr)
		rt_throw("%s(%p): double free", op, (void *)a);
	if (st != RT_SPAN_INUSE)
		rt_throw("%s(%p): double free or pointer not allocated by mgo", op, (void *)a);
	if (a >= rt_mspan_limit(s) || a != s->startAddr + (uintptr_t)rt_mspan_index(s, a) * s->elemsize)
		rt_throw("%s(%p): invalid pointer (not the start of an object)", op, (void *)a);
	return s;
}

static inline MSpan *span_of_object(uintptr_t a, const char *op)
{
	if (RT_DEBUG)
		return checked_span(a, op);
	return *rt_spans_entry(a);
}

// free_remote: s is a small span this thread does not own. Count the free,
// then publish its bit; the free that finds nremote at 0 notifies (rt.h).
static RT_NOINLINE void free_remote(MSpan *s, uintptr_t a)
{
	uint32_t idx = rt_mspan_index(s, a);
	uint64_t bit = (uint64_t)1 << (idx % 64);
	unsigned ac = s->allocClass;
	uint32_t gen = atomic_load_explicit(&s->gen, memory_order_relaxed);
	uint32_t before = atomic_fetch_add_explicit(&s->nremote, 1, memory_order_relaxed);
	uint64_t old = atomic_fetch_or_explicit(&s->remoteFree[idx / 64], bit, memory_order_release);
	if (RT_DEBUG && (old & bit))
		rt_throw("free(%p): double free", (void *)a);
	if (before == 0)
		rt_mcentral_notify(s, ac, gen);
}

static RT_NOINLINE void free_slow(MCache *c, MSpan *s, uintptr_t a)
{
	if (s->spanclass >> 1 != 0) {
		free_remote(s, a);
		return;
	}
	if (!rt_mcache_large_free(c, s))
		rt_mheap_free(s);
}

// free_owned: the owner's free of slot idx of s, a plain bit in localFree.
// True if it ran a free event (after which s may belong to someone else).
static inline bool free_owned(MCache *c, MSpan *s, uintptr_t a, uint32_t idx)
{
	uint64_t bit = (uint64_t)1 << (idx % 64), old = s->localFree[idx / 64];
	// A second free before the next reclaim is caught here, one of a slot
	// that is not allocated by the reclaim (rt_mspan_reclaim).
	if (RT_DEBUG && (old & bit))
		rt_throw("free(%p): double free", (void *)a);
	s->localFree[idx / 64] = old | bit;
	return rt_mspan_count_local(c, s, 1);
}

// rt_free_to_span records the free of the object at a in its span: a plain
// bit for the span's owner, the remote protocol for anyone else, the page
// heap (or the large cache) for a large object.
void rt_free_to_span(MCache *c, uintptr_t a)
{
	MSpan *s = *rt_spans_entry(a);
	if (RT_LIKELY(atomic_load_explicit(&s->owner, memory_order_relaxed) == c)) {
		free_owned(c, s, a, rt_mspan_index(s, a));
		return;
	}
	free_slow(c, s, a);
}

// A freed C API object carries this tag (xor its address) in its first
// word, in checked builds: the free writes into the line the program just
// used, so a double free costs no lookup until the tag says "maybe".
#define FREED_TAG 0x6d676f2066726565ull // "mgo free"

static inline uint64_t freed_tag(uintptr_t a)
{
	return a ^ FREED_TAG;
}

// tag_as_freed writes the freed tag into the object at a, unless it is
// there already (a double free, or a program value that equals it): then
// it says so and writes nothing.
static inline bool tag_as_freed(uintptr_t a)
{
	uint64_t tag = freed_tag(a);
	if (RT_UNLIKELY(*(const uint64_t *)a == tag))
		return false;
	*(uint64_t *)a = tag;
	return true;
}

// bin_confirm (checked builds): the object at a carries the freed tag; that
// is a double free if it sits in a bin or its span has it as free. Anything
// else is a program value that happens to equal the tag.
static RT_NOINLINE void bin_confirm(MCache *c, unsigned k, uintptr_t a)
{
	for (unsigned i = 0; i < RT_BIN_N(c->binState[k]); i++)
		if (c->bin[k][i] == (void *)a)
			rt_throw("free(%p): double free", (void *)a);
	if (rt_run_holds(c, a))
		rt_throw("free(%p): double free", (void *)a);
	MSpan *s = *rt_spans_entry(a);
	if (atomic_load_explicit(&s->owner, memory_order_relaxed) == c &&
	    !rt_mspan_is_allocated(s, rt_mspan_index(s, a)))
		rt_throw("free(%p): double free", (void *)a);
}

// slot_start (checked builds): a lies in page e>>8 of a C API span of size
// class e&255 (its pageBin entry); is it the start of a slot? The class
// tables answer without a look at the span.
static inline bool slot_start(unsigned e, uintptr_t a)
{
	return rt_class_slot_start(e & 255, (uintptr_t)(e >> 8) << RT_PAGE_SHIFT | (a & (RT_PAGE_SIZE - 1)));
}

// free_checked_slow: a pointer outside the C API's small spans. Most are
// the start of an in-use large span, which the fields the free reads anyway
// confirm; anything else gets the full check.
static RT_NOINLINE void free_checked_slow(MCache *c, uintptr_t a)
{
	MSpan *s = *rt_spans_entry(a);
	if (s != NULL && a == s->startAddr && s->spanclass >> 1 == 0 &&
	    atomic_load_explicit(&s->state, memory_order_relaxed) == RT_SPAN_INUSE) {
		free_slow(c, s, a);
		return;
	}
	checked_span(a, "free");
	rt_free_to_span(c, a);
}

// The two errors mgo_free finds itself. Not _Noreturn on purpose (noipa
// keeps gcc from finding out): mgo_free reaches them with a jump, so its
// own path needs no stack frame.
static __attribute__((noipa)) void free_bad_slot(uintptr_t a)
{
	rt_throw("free(%p): invalid pointer (not the start of an object)", (void *)a);
}

static __attribute__((noipa)) void free_foreign(uintptr_t a)
{
	rt_throw("free(%p): pointer not allocated by mgo", (void *)a);
}

// spill_to_spans gives b[0..n) to their spans and counts how many of them
// belong to spans this thread does not own. Objects freed together mostly
// share a span and a bitmap word, so the loop runs over one span's objects
// at a time with its fields in registers: the span is found by a range
// test instead of the page map, the word being filled is stored only when
// the next object needs another, and the free count grows by the stretch's
// length, stored once (updated in memory per object, each free waited for
// the store of the one before). A stretch that makes the count reach the
// span's trigger gives it its free event at the end; a long one that ends
// the batch starts the free run on its span (rt/freerun.c). *stretches (if
// not NULL) gets the number of stretches of this thread's spans.
static unsigned spill_to_spans(MCache *c, void **b, unsigned n, unsigned *stretches)
{
	unsigned remote = 0, nstretch = 0;
	void **p = b, **end = b + n;
	while (p < end) {
		uintptr_t a = (uintptr_t)*p;
		MSpan *s = *rt_spans_entry(a);
		if (RT_UNLIKELY(atomic_load_explicit(&s->owner, memory_order_relaxed) != c)) {
			remote++;
			p++;
			free_slow(c, s, a);
			continue;
		}
		nstretch++;
		uintptr_t base = s->base, bytes = s->bytes;
		uint32_t divMul = s->divMul;
		uint64_t *lf = s->localFree;
		void **first = p;
		uint32_t w = UINT32_MAX; // no word loaded yet
		uint64_t word = 0;
		do {
			a = (uintptr_t)*p;
			if (RT_UNLIKELY(a - base >= bytes))
				break;
			// rt_mspan_index with the span's fields in registers
			uint32_t idx = (uint32_t)((uint64_t)(a - base) * divMul >> 32);
			if (idx / 64 != w) {
				if (w != UINT32_MAX)
					lf[w] = word;
				w = idx / 64;
				word = lf[w];
			}
			// A second free before the next reclaim (free_owned).
			if (rt_bit_test_and_set(&word, idx) && RT_DEBUG)
				rt_throw("free(%p): double free", (void *)a);
		} while (++p < end);
		// The page map put the first object in this span, but past its
		// last slot: only a pointer the checks did not see (NDEBUG) gets
		// here, and skipping the range test for it would corrupt the bitmap.
		if (RT_UNLIKELY(p == first))
			rt_throw("free(%p): invalid pointer (not the start of an object)", (void *)a);
		lf[w] = word;
		// A stretch that passes the trigger ends at a span that became
		// empty (nothing of it can follow in the batch) or one that got its
		// first free, and the event handles both from the final count.
		if (!rt_mspan_count_local(c, s, (uint32_t)(p - first)) &&
		    p == end && p - first >= RT_RUN_MIN)
			rt_run_start(c, s); // the newest frees stream through s
	}
	if (stretches)
		*stretches = nstretch;
	return remote;
}

// bin_spill makes room in a full bin by giving its older half to the spans:
// the bin keeps the most recently freed objects, and the spans get theirs
// back in the order they were freed (a bin that kept the oldest ones
// instead would pin their spans, and a program that frees a whole
// structure and builds it again got new pages from the heap each time).
// A bin that fills with objects of other threads' spans (a consumer of
// what a producer allocates) would only hold their memory back from the
// owners: its capacity drops to RT_BIN_REMOTE_CAP (if it was larger) until
// a spill finds mostly this thread's own objects again. A spill whose
// objects came in stretches of RT_RUN_MIN per span or more (the frees
// stream through the spans, rt/freerun.c) drops it to RT_BIN_STREAM_CAP:
// when the stream moves on to the next span, its objects go through the
// bin until the next spill moves the run there, and a deep bin would delay
// that.
static RT_NOINLINE void bin_spill(MCache *c, unsigned k)
{
	uint64_t st = c->binState[k];
	unsigned n = RT_BIN_N(st), out = n / 2;
	void **b = c->bin[k];
	unsigned stretches;
	unsigned remote = spill_to_spans(c, b, out, &stretches);
	unsigned cap = rt_bin_cap(k);
	if (remote * 2 > out && cap > RT_BIN_REMOTE_CAP)
		cap = RT_BIN_REMOTE_CAP;
	else if (cap > RT_BIN_STREAM_CAP && stretches * RT_RUN_MIN <= out)
		cap = RT_BIN_STREAM_CAP;
	if (n - out > cap / 2) { // shrinking: keep only the newest cap/2
		spill_to_spans(c, b + out, n - out - cap / 2, NULL);
		out = n - cap / 2;
	}
	memmove(b, b + out, (n - out) * sizeof *b);
	st = (st & ~(uint64_t)0xffff) | (uint64_t)cap << 8 | (n - out);
	c->binState[k] = st;
}

static inline void bin_push(MCache *c, unsigned k, uintptr_t a, uint64_t st)
{
	c->bin[k][RT_BIN_N(st)] = (void *)a;
	c->binState[k] = st + 1;
}

// free_bin_full: the bin of class k has no room. A thread without a cache
// (capacity 0) gives the object to its span; otherwise the bin spills.
static RT_NOINLINE void free_bin_full(MCache *c, unsigned k, uintptr_t a)
{
	if (RT_BIN_CAP(c->binState[k]) == 0) {
		rt_free_to_span(c, a);
		return;
	}
	bin_spill(c, k);
	bin_push(c, k, a, c->binState[k]);
}

// free_binned pushes a C API object of class k on this thread's bin; the
// rare full bin is a tail call, so the caller needs no stack frame.
static inline void free_binned(MCache *c, unsigned k, uintptr_t a)
{
	uint64_t st = c->binState[k];
	if (RT_UNLIKELY(RT_BIN_N(st) >= RT_BIN_CAP(st))) {
		free_bin_full(c, k, a);
		return;
	}
	bin_push(c, k, a, st);
}

// free_run_double: the object is already in the free run.
static __attribute__((noipa)) void free_run_double(uintptr_t a)
{
	rt_throw("free(%p): double free", (void *)a);
}

// run_set sets the run's bit for slot idx; a bit already set is a double
// free.
static inline void run_set(MCache *c, uintptr_t a, uint32_t idx)
{
	uint64_t *freed = &c->run.freed[idx / 64];
	uint64_t word = *freed;
	if (RT_UNLIKELY(rt_bit_test_and_set(&word, idx))) {
		free_run_double(a);
		return;
	}
	*freed = word;
}

// free_run_tagged (checked builds): an object of the run's span carries the
// freed tag.
static RT_NOINLINE void free_run_tagged(MCache *c, uintptr_t a, uint32_t idx)
{
	bin_confirm(c, c->run.span->spanclass >> 1, a);
	run_set(c, a, idx);
}

// free_into_run: a lies in the free run's span (rt/freerun.c). The run has
// the span's fields, so the checks need neither the page map nor the class
// tables: the slot index is computed anyway, and a slot's start is the
// index times the size.
static inline void free_into_run(MCache *c, uintptr_t off, uintptr_t a)
{
	uint32_t idx = (uint32_t)((uint64_t)off * c->run.divMul >> 32);
	if (RT_DEBUG) {
		if (RT_UNLIKELY((uintptr_t)idx * c->run.elemsize != off)) {
			free_bad_slot(a);
			return;
		}
		if (RT_UNLIKELY(!tag_as_freed(a))) {
			free_run_tagged(c, a, idx);
			return;
		}
	}
	run_set(c, a, idx);
}

// free_tagged (checked builds): the object carries the freed tag.
static RT_NOINLINE void free_tagged(MCache *c, unsigned k, uintptr_t a)
{
	bin_confirm(c, k, a);
	free_binned(c, k, a);
}

// mgo_free. The common path touches no span metadata: the page map's
// pageBin entry gives the size class, and the object goes on top of this
// thread's bin for it. Checked builds validate on the way without a span
// either: the pointer must lie in an arena (or be NULL), its page must
// belong to a C API span, the offset must start a slot, and the object must
// not carry the freed tag (which the free then writes, wherever the object
// goes, so that a second free is caught wherever the first one put it);
// whatever is not a C API small object goes through checked_span. An
// object of the free run's span goes into the run instead, before any of
// that (free_into_run).
void mgo_free(void *p)
{
	uintptr_t a = (uintptr_t)p;
	MCache *c = rt_tls_mcache;
	// NULL is below any run (whose base is 0 only when it is empty).
	uintptr_t off = a - c->run.base;
	if (off < c->run.bytes) {
		free_into_run(c, off, a);
		return;
	}
	// One test for NULL and for addresses beyond the heap's 48 bits.
	if (RT_UNLIKELY((a - 1) >> RT_HEAP_ADDR_BITS)) {
		if (RT_DEBUG && a != 0)
			free_foreign(a);
		return;
	}
	HeapArena *ha = rt_arenas[a >> RT_ARENA_SHIFT];
	if (RT_DEBUG && RT_UNLIKELY(ha == NULL)) {
		free_foreign(a);
		return;
	}
	unsigned e = ha->pageBin[(a >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)];
	unsigned k = e & 255;
	if (RT_UNLIKELY(k == 0)) {
		if (RT_DEBUG)
			free_checked_slow(c, a);
		else
			rt_free_to_span(c, a);
		return;
	}
	if (RT_DEBUG) {
		if (RT_UNLIKELY(!slot_start(e, a))) {
			free_bad_slot(a);
			return;
		}
		if (RT_UNLIKELY(!tag_as_freed(a))) {
			free_tagged(c, k, a);
			return;
		}
	}
	free_binned(c, k, a);
}

size_t mgo_usable_size(const void *p)
{
	if (p == NULL)
		return 0;
	MSpan *s = span_of_object((uintptr_t)p, "usable_size");
	return rt_mspan_usable(s);
}

void *mgo_realloc(void *p, size_t n)
{
	if (p == NULL)
		return mgo_malloc(n);
	if (n == 0) {
		mgo_free(p);
		return NULL;
	}
	size_t old = mgo_usable_size(p);
	// Keep the block when it fits and is not mostly wasted; small classes
	// are not worth shrinking (the copy costs more than the slack).
	if (n <= old && (old <= RT_MAX_SMALL_SIZE || n > old / 2))
		return p;
	void *q = mgo_malloc(n);
	if (q == NULL)
		return NULL;
	memcpy(q, p, n < old ? n : old);
	mgo_free(p);
	return q;
}

size_t mgo_release_memory(void)
{
	rt_init();
	return rt_mheap_scavenge();
}
