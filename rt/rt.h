// rt.h: the internal map of the mgo runtime allocator (all rt/*.c include it).
//
// The shape is Go 1.19's heap (docs: ../shared/docs/RUNTIME.md, whose section
// numbers are cited as §N). Memory is reserved in 64 MiB-aligned arenas
// (arena.c), cut into 8 KiB pages that a page heap hands out as runs
// (mheap.c). A run in use is an MSpan (mspan.c); a small span holds objects of
// one size class (sizeclasses.c), tracked by bitmaps, never by links stored in
// the objects. Each span class has an MCentral (mcentral.c) with a lock, and
// each thread an MCache (mcache.c) from which malloc.c allocates without any
// lock or atomic instruction.
//
// Where mgo differs from Go, because C callers free explicitly (§11):
//
//   Ownership. A small span is at any moment either owned by one MCache or
//   held by its MCentral (owner == NULL). An MCache keeps every span it owns,
//   not only the one it currently allocates from: per class one current span
//   (alloc[]) and a partial FIFO (spans with frees to collect); owned full
//   spans are on no list (unlinking them would cost two cache misses per
//   span cycle) and are found through MHeap.allspans at thread exit.
//   Frees by the owning thread are plain stores into the span's localFree
//   bitmap, so the common "free what this thread allocated" case costs no
//   atomic instruction either. This is mimalloc's free-list sharding done with
//   Go's bitmaps.
//
//   Remote frees. Any other thread sets the object's bit in remoteFree with an
//   atomic OR, after counting itself in nremote. The thread that moves nremote
//   from 0 to 1 is the notifier: under the MCentral lock it either pushes the
//   span onto its owner's lock-free ready stack (the owner collects it at its
//   next refill) or, for a span held by the MCentral, moves it from the full
//   to the partial list. Collecting ("reclaim", a sweep in which "marked"
//   means "not freed") rebuilds allocBits from both bitmaps and subtracts what
//   it found from nremote, so nremote > 0 always means "remote frees pending"
//   and such a span is never parked on a full list.
//
//   Bins. In front of the spans, mgo_free pushes C API objects on a small
//   per-thread LIFO per size class (MCache.bin), found through a byte per
//   page (HeapArena.pageBin), and mgo_malloc pops it first: the common
//   free-then-allocate churn then touches no span metadata at all and gets
//   recently used memory back. Objects in a bin still count as allocated
//   in their span; a full bin gives its older half to the spans.
//   Checked builds validate a binned free from the class tables (the
//   pointer must start a slot) and a tag the free writes into the object's
//   first word: only a tagged object costs a look at its bin and span.
//
//   Free run. A thread that frees a long stretch of one span (a structure
//   torn down in the order it was built) would push each object on the bin
//   only for the spill to take it off again; once a spill shows such a
//   stretch, the later frees of that span's objects set bits in a copy of
//   its bitmap in the MCache (MCache.run, freerun.c), which joins the span
//   when the run moves on. The range test that finds them comes first in
//   mgo_free and replaces the page map and class table lookups for them.
//
//   Ownership changes only under the MCentral lock of the span's class, and
//   only the owner gives a span away. A remote notifier re-checks the span's
//   generation under that lock, so a span that was emptied and recycled while
//   the notifier slept is left alone.
//
// Lock order: MCentral.lock before MHeap.lock; the stats lock is a leaf.
// Nothing here locks on the allocation fast path, the local free path or the
// remote free path (apart from one notifier per collection of a span).
#ifndef MGO_RT_H
#define MGO_RT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rt/lock.h"
#include "rt/mgo.h"

// ---- build modes --------------------------------------------------------
// RT_DEBUG 1 (default unless NDEBUG): checked frees (foreign pointer, double
// free, interior pointer) and cheap invariants. RT_DEBUG 2: also full span
// checks on every refill. NDEBUG builds get RT_DEBUG 0 (bench-alloc measures
// the checked build unless BENCH_MGO_NDEBUG=1).
#ifndef RT_DEBUG
#ifdef NDEBUG
#define RT_DEBUG 0
#else
#define RT_DEBUG 1
#endif
#endif

#define RT_LIKELY(x)   __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RT_NOINLINE    __attribute__((noinline))

_Noreturn void rt_throw(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#if RT_DEBUG >= 1
#define RT_ASSERT(c) \
	((c) ? (void)0 : rt_throw("%s:%d: assertion failed: %s", __FILE__, __LINE__, #c))
#else
#define RT_ASSERT(c) ((void)0)
#endif
#if RT_DEBUG >= 2
#define RT_ASSERT_SLOW(c) RT_ASSERT(c)
#else
#define RT_ASSERT_SLOW(c) ((void)0)
#endif

// ---- constants (§1) -----------------------------------------------------
#define RT_PAGE_SHIFT        13
#define RT_PAGE_SIZE         ((uintptr_t)1 << RT_PAGE_SHIFT)
#define RT_ARENA_SHIFT       26
#define RT_ARENA_SIZE        ((uintptr_t)1 << RT_ARENA_SHIFT)
#define RT_PAGES_PER_ARENA   (RT_ARENA_SIZE / RT_PAGE_SIZE)
#define RT_HEAP_ADDR_BITS    48
#define RT_ARENA_L2_ENTRIES  ((uintptr_t)1 << (RT_HEAP_ADDR_BITS - RT_ARENA_SHIFT))

#define RT_NUM_SIZE_CLASSES  68  // class 0 = large
#define RT_NUM_SPAN_CLASSES  (RT_NUM_SIZE_CLASSES << 1)
#define RT_MAX_SMALL_SIZE    32768
#define RT_TINY_SIZE         16   // Go's tiny block (malloc.c, new_tiny)
#define RT_TINY_SIZE_CLASS   2    // its size class
#define RT_SMALL_SIZE_MAX8   1024 // size_to_class8 covers sizes <= this
#define RT_MAX_OBJS_PER_SPAN 1024
#define RT_MAX_BITMAP_WORDS  (RT_MAX_OBJS_PER_SPAN / 64)
#define RT_LF_INLINE_WORDS   3 // MSpan.lfInline

// Allocation classes index MCache.alloc and MHeap.central. 0..135 are Go's
// span classes (sizeclass<<1 | noscan) for memory the future GC owns; the C
// API (mgo_malloc) gets its own noscan spans, 136 + sizeclass, flagged
// `manual` so that the sweeper will treat them as always marked (§9).
#define RT_NUM_ALLOC_CLASSES (RT_NUM_SPAN_CLASSES + RT_NUM_SIZE_CLASSES)
#define RT_MANUAL_CLASS(sizeclass) (RT_NUM_SPAN_CLASSES + (sizeclass))

// What the caches in front of the spans and the page heap may hold back is
// memory the program cannot use: with the budgets below instead of 1 MiB of
// large spans, 32 KiB bins of at least 4 objects and 256 KiB of empty
// spans, the bench's `large` (1..64 KiB objects) peaks 1.6 MB lower (heap
// top 45.6 -> 43.4 MB; RSS, in 2 MiB huge pages, 47.0 -> 45.0 MB). The
// price is more trips to the page heap: `large` runs 53% more instructions
// (cachegrind) and 14% more CPU time, still 1.4x faster than tcmalloc;
// churn1's bins of 288..512-byte objects still hold 32..56 (+1%
// instructions), gosizes' bins of 1..32 KiB fewer (+4%). A 512 KiB large
// cache that kept spans first-come put `large` back at 47.1 MB at full
// scale; kept balanced (below) it does not.
//
// Large spans (class 0) freed by a thread are kept in its MCache for reuse
// when at most this many pages, up to a byte budget (§7 [mgo]). A full
// cache evicts from its most common page count (mcache.c), so it holds
// every size a program churns: 512 KiB then sends 20% of `large`'s large
// allocations to the page heap (256 KiB kept first-come: 44%) with the
// same peak RSS at scales 0.25 to 2; 768 KiB cost a 2 MiB huge page more.
#define RT_LARGE_CACHE_PAGES  32
#define RT_LARGE_CACHE_BUDGET ((size_t)512 << 10)
// Per-thread bins of freed C API objects (mgo_free) per size class: at most
// RT_BIN_MAX pointers, and RT_BIN_BYTES bytes for classes up to
// RT_BIN_SMALL bytes (RT_BIN_BYTES_BIG above it; at least one object).
// Small objects are what programs churn: every empty bin sends an
// allocation to its span's bitmap and every full one spills to the spans,
// and objects that make that round trip come back cold. churn1 (8..512
// bytes) under cachegrind: bins of 64 objects / 16 KiB took 9% more
// last-level misses than bins of 255 (1.66 M against 1.51 M per 2 M ops),
// and ran 3% slower. jemalloc's tcache holds up to 200 small objects per
// class. Bigger objects keep small bins: `large` (1..64 KiB) would hold
// 128 KiB per class, its peak RSS over the 1.2x target.
#define RT_BIN_MAX       255
#define RT_BIN_SMALL     1024
#define RT_BIN_BYTES     (128 << 10)
#define RT_BIN_BYTES_BIG (16 << 10)
// A bin whose spills find mostly objects of spans that other threads own
// keeps at most this many (malloc.c, bin_spill).
#define RT_BIN_REMOTE_CAP 4
// A bin whose spill found long stretches of one span's objects (frees
// streaming through the spans) keeps at most this many: bintree with 255
// took 17% more instructions than with 64, half its frees going through
// bin and spill.
#define RT_BIN_STREAM_CAP 64
// An MCache collects the frees of a span it owns once they reach
// 1/RT_COLLECT_DIV of its slots (mcache.c, worth_collecting).
#define RT_COLLECT_DIV 32
// How many partial spans a refill looks at before it takes a new span
// (mcache.c, most_freed_partial).
#define RT_PARTIAL_SCAN 16
// Fully free small spans an MCache keeps before giving them back to the heap.
#define RT_EMPTY_SPAN_BUDGET  ((size_t)64 << 10)

// ---- size classes (sizeclasses.c) --------------------------------------
extern const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES];
extern const uint8_t rt_class_to_npages[RT_NUM_SIZE_CLASSES];
extern const uint32_t rt_class_to_divmagic[RT_NUM_SIZE_CLASSES];
extern const uint16_t rt_class_to_nelems[RT_NUM_SIZE_CLASSES];
extern const uint8_t rt_size_to_class8[RT_SMALL_SIZE_MAX8 / 8 + 1];
extern const uint8_t rt_size_to_class128[(RT_MAX_SMALL_SIZE - RT_SMALL_SIZE_MAX8) / 128 + 1];
// mgo_malloc's lookup: alloc class (136 + class) for sizes <= 1024, with the
// 17..24-byte bucket routed to the 32-byte class for 16-byte alignment and
// size 0 to class 1.
extern const uint8_t rt_malloc_class8[RT_SMALL_SIZE_MAX8 / 8 + 1];
extern const uint8_t rt_malloc_bin[RT_SMALL_SIZE_MAX8 + 1]; // size class by byte

// rt_class_slot_start: off is an offset inside a small span of size class
// k; is it the start of one of the span's slots? One multiply and one
// compare: off = q * size + r gives off * divMul = q * 2^32 + q * eps +
// r * divMul (eps = size * divMul - 2^32 < size), so the low half is q * eps
// for a slot start and at least divMul otherwise; below the class's bound
// (the tail offset's q * eps) it is a slot start of the span.
// test_rt_sizeclass checks each offset of each class.
typedef struct RtSlotCheck {
	uint32_t magic; // rt_class_to_divmagic
	uint32_t bound;
} RtSlotCheck;
extern const RtSlotCheck rt_class_slot_check[RT_NUM_SIZE_CLASSES];

static inline bool rt_class_slot_start(unsigned k, uintptr_t off)
{
	const RtSlotCheck *c = &rt_class_slot_check[k];
	return (uint32_t)((uint32_t)off * c->magic) < c->bound;
}

// Size class for 1 <= size <= RT_MAX_SMALL_SIZE (Go's rules, no malloc tweak).
static inline unsigned rt_size_class(size_t size)
{
	if (size <= RT_SMALL_SIZE_MAX8 - 8)
		return rt_size_to_class8[(size + 7) >> 3];
	return rt_size_to_class128[(size - RT_SMALL_SIZE_MAX8 + 127) >> 7];
}

// ---- OS layer (os.c) -----------------------------------------------------
void *rt_os_reserve_aligned(size_t size, size_t align); // zeroed, lazily committed
void *rt_os_alloc(size_t size);                         // zeroed metadata pages
void rt_os_free(void *p, size_t size);
void rt_os_release(void *p, size_t size);               // MADV_DONTNEED: zero on next touch

// ---- persistent metadata pools (fixalloc.c) ------------------------------
// A FixAlloc hands out zeroed fixed-size blocks from 256 KiB OS chunks and
// recycles freed blocks; memory is never returned, so a stale pointer to a
// recycled MSpan stays readable (remote notifiers rely on that). Callers lock.
typedef struct FixAlloc {
	size_t size;
	void *list;     // freed blocks, linked through their first word
	char *chunk;
	size_t nchunk;  // bytes left in chunk
	size_t inuse;
} FixAlloc;
void rt_fixalloc_init(FixAlloc *f, size_t size);
void *rt_fixalloc_alloc(FixAlloc *f);
void rt_fixalloc_free(FixAlloc *f, void *p);

// ---- spans (mspan.c) ------------------------------------------------------
typedef struct MSpan MSpan;
typedef struct MCache MCache;

typedef enum {
	RT_SPAN_DEAD,         // struct sits in the FixAlloc free list
	RT_SPAN_FREE,         // a free run in the page heap
	RT_SPAN_INUSE,        // small span or live large object
	RT_SPAN_LARGE_CACHED, // large span parked in an MCache, object freed
} SpanState;

typedef enum {
	RT_LIST_NONE,
	RT_LIST_CURRENT,        // MCache.alloc[] of its owner
	RT_LIST_OWNED_PARTIAL,  // owner's partial list
	RT_LIST_OWNED_FULL,     // owner's full list
	RT_LIST_CENTRAL_PARTIAL,
	RT_LIST_CENTRAL_FULL,
	RT_LIST_HEAP_FREE,      // page heap free list
	RT_LIST_LARGE_CACHE,    // MCache.large[]
} SpanList;

// MSpan: one run of pages [startAddr, startAddr + npages*8192).
//
// Invariants for a small span (checked by rt_mspan_check):
//  - slot i is allocated iff (i < freeindex || allocBits[i]) && !freed(i),
//    where freed = localFree | remoteFree; bits >= nelems of allocBits are 1
//    (padding), so the fast path never tests nelems;
//  - allocCache == ~allocBits[freeindex/64] >> (freeindex%64) restricted to
//    the slots not yet handed out (freeindex is word-aligned when loaded);
//    allocCache == 0 and freeindex < nelems means "look at the next word";
//  - every object lies inside [startAddr, rt_mspan_limit), whose end is
//    start + nelems*size (bytes);
//  - nlocal == popcount(localFree); localFree marks only allocated slots;
//  - the non-atomic fields and the bitmaps except remoteFree are touched
//    only by the owner (or, when owner == NULL, under the MCentral lock);
//    other threads touch only remoteFree, nremote, gen, inReady, rnext.
// A large span (spanclass>>1 == 0) has nelems 1 and is never owned.
struct MSpan {
	// Line 0: allocation and refill (owner only; under the MCentral lock
	// when unowned).
	uint64_t allocCache;
	uintptr_t startAddr;
	uint64_t *allocBits;
	MSpan *next, *prev;          // the list `where` names
	uint32_t elemsize;           // object size; 0 for a large span
	uint32_t freeindex;
	uint32_t nelems;
	uint32_t allocCount;         // allocated slots; for the current span, the
	                             // count when it became current
	uint16_t spanclass;          // sizeclass<<1 | noscan (§3)
	uint16_t allocClass;         // index into MCache.alloc / MHeap.central
	uint8_t where;               // SpanList
	_Atomic uint8_t state;       // SpanState
	uint8_t needzero;            // free slots may hold garbage
	uint8_t cachedEmpty;         // counted in its owner's emptyBytes

	// Line 1: all that a free touches, so that a local free costs one
	// cache line and the refill's "worth collecting?" test reads nothing
	// else. localFree points at lfInline when the span has at most
	// RT_LF_INLINE_WORDS * 64 slots (every class from 48 bytes up), else
	// into the span's bitmap block.
	_Alignas(64) _Atomic(MCache *) owner; // NULL: held by MCentral (or large/free)
	uint64_t *localFree;         // the owner's frees since the last reclaim
	uintptr_t base;              // == startAddr
	uint32_t divMul;             // idx = (off * divMul) >> 32 (§2)
	uint32_t bytes;              // small span: nelems * elemsize, the extent of
	                             // its objects from base (rt_mspan_limit); in
	                             // this line so that a spill range-tests them
	                             // from it; 0 for a large span
	uint16_t nlocal;             // popcount(localFree)
	uint16_t trigger;            // local frees that make nlocal reach trigger
	                             // call rt_mcache_free_event (0 = never)
	_Atomic uint32_t nremote;    // remote frees not yet collected
	uint64_t lfInline[RT_LF_INLINE_WORDS];

	// Cold: heap and GC fields, and what other threads write (gen, inReady
	// and rnext change once per collection of a span, not per free, so they
	// need no line of their own).
	uint64_t *gcmarkBits;        // objects the running mark found reachable
	                             // (gcmark.c); all zero outside a collection
	uint32_t sweepgen;           // rt_gc.cycle when the span was last swept
	uint32_t largeMaskWords;     // large scan object: words in largeMask's
	                             // period (the element type of an array)
	const uint8_t *largeMask;    // large scan object: pointer bitmap repeated
	                             // over the object; NULL = every word
	uintptr_t largeSize;         // large scan object: bytes the scan covers
	uint8_t bitsOrder;           // bitmap block holds 4 << bitsOrder words
	uint8_t scavenged;           // free run whose pages went back to the OS
	_Atomic uint8_t inReady;     // on its owner's ready stack
	uint32_t freedCycle;         // free run: rt_gc.cycle when last freed (the
	                             // most recent of its coalesced parts)
	uintptr_t npages;
	MSpan *allnext, *allprev;    // MHeap.allspans: every in-use span
	_Atomic uint32_t gen;        // new value whenever the span is given up
	_Atomic(uint64_t) *remoteFree;
	MSpan *rnext;                // ready-stack link
};

_Static_assert(offsetof(MSpan, owner) == 64, "MSpan line 0 overflows");
_Static_assert(offsetof(MSpan, gcmarkBits) == 128, "MSpan line 1 overflows");
// 256 bytes, not 384: the records are 4.7% of a one-page span's memory
// when they are 384 bytes, and most spans are one page (churn1: 1.6 MB).
_Static_assert(sizeof(MSpan) == 256, "MSpan grew");
_Static_assert(RT_MAX_OBJS_PER_SPAN <= UINT16_MAX, "MSpan.nlocal and trigger are 16 bits");

// A C API span: the future sweeper must treat its objects as always marked.
static inline bool rt_mspan_is_manual(const MSpan *s)
{
	return s->allocClass >= RT_NUM_SPAN_CLASSES;
}

static inline size_t rt_mspan_usable(const MSpan *s)
{
	return s->elemsize ? s->elemsize : s->npages * RT_PAGE_SIZE;
}

// The end of a span's objects: a small span's last slot, a large span's
// last page.
static inline uintptr_t rt_mspan_limit(const MSpan *s)
{
	return s->base + (s->elemsize ? s->bytes : s->npages * RT_PAGE_SIZE);
}

// Fast index of the object containing address a (exact for every offset
// inside a small span, §2).
static inline uint32_t rt_mspan_index(const MSpan *s, uintptr_t a)
{
	return (uint32_t)(((uint64_t)(a - s->base) * s->divMul) >> 32);
}

static inline unsigned rt_mspan_nwords(const MSpan *s)
{
	return (s->nelems + 63) / 64;
}

void rt_mspan_init_small(MSpan *s, unsigned sizeclass);
void rt_mspan_init_large(MSpan *s);
bool rt_mspan_next_word(MSpan *s);
uint32_t rt_mspan_reclaim(MSpan *s);
uint32_t rt_mspan_handed_out(const MSpan *s);
bool rt_mspan_is_allocated(const MSpan *s, uint32_t idx);
void rt_mspan_check(const MSpan *s);

// ---- arenas and the page -> span map (arena.c) ----------------------------
// heapArena: metadata for one 64 MiB arena, allocated outside the heap.
// spans[i] is valid for every page of an in-use span and for the first and
// last page of a free run; other entries may be stale (§10).
typedef struct HeapArena {
	MSpan *spans[RT_PAGES_PER_ARENA];
	uint64_t pageInUse[RT_PAGES_PER_ARENA / 64]; // first page of in-use spans
	uint64_t pageMarks[RT_PAGES_PER_ARENA / 64]; // for the GC
	// Per page of a C API small span: its size class (mgo_free's bin index)
	// in the low byte, the page's index inside the span in the high byte
	// (so the slot-start check needs no span); 0 for any other page.
	uint16_t pageBin[RT_PAGES_PER_ARENA];
	uintptr_t base;
	// The heap bitmap (heapbits.c): bit i of word k is 1 iff the heap word at
	// base + (64*k + i)*8 belongs to an object in a small scan span and
	// holds a pointer. Valid for allocated slots only (written at
	// allocation); 1 MiB of address space, committed where touched.
	uint64_t heapBits[RT_ARENA_SIZE / 8 / 64];
} HeapArena;

extern HeapArena *rt_arenas[RT_ARENA_L2_ENTRIES];

static inline HeapArena *rt_arena_of(uintptr_t a)
{
	return (a >> RT_HEAP_ADDR_BITS) ? NULL : rt_arenas[a >> RT_ARENA_SHIFT];
}

// The span entry of page address a; a must lie in a registered arena.
static inline MSpan **rt_spans_entry(uintptr_t a)
{
	return &rt_arenas[a >> RT_ARENA_SHIFT]->spans[(a >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)];
}

uintptr_t rt_arena_grow(uintptr_t npages, uintptr_t *got);
void rt_arena_set_spans(uintptr_t base, uintptr_t npages, MSpan *s);
void rt_arena_set_inuse(MSpan *s, bool inuse);
void rt_arena_set_bin(uintptr_t base, uintptr_t npages, unsigned sizeclass);
MSpan *rt_span_lookup(uintptr_t a); // span whose pages hold a, or NULL
MSpan *rt_span_of(const void *p);    // in-use span holding p (interior ok)
void *rt_object_base(const void *p); // base of the slot holding p

// ---- page heap (mheap.c) ---------------------------------------------------
typedef struct MCentral {
	_Alignas(64) rt_lock_t lock; // padded: a cache line per class
	MSpan *partial;        // spans with free slots or pending remote frees
	MSpan *full;           // spans with neither
	MSpan *unswept[2];     // lazy sweep (gcsweep.c): the partial [0] and full
	                       // [1] lists as the last mark found them, unswept
	_Atomic uint64_t nrefill;  // rt_mcentral_cache_span calls
	_Atomic uint64_t ngrow;    // new spans taken from the heap
} MCentral;
_Static_assert(sizeof(MCentral) == 64, "MCentral no longer fits its cache line");

// Free runs live in free[npages] for npages < RT_HEAP_NFREE, larger ones in
// free[0] (unsorted, searched best-fit); freeMask has bit n set iff free[n]
// is non-empty, so finding the smallest fitting list is a count-trailing-zeros.
#define RT_HEAP_NFREE 128
typedef struct MHeap {
	rt_lock_t lock;  // lock.h: no owner or type bookkeeping, unlike pthread's
	MSpan *free[RT_HEAP_NFREE];
	uint64_t freeMask[RT_HEAP_NFREE / 64];
	MSpan *allspans;         // every in-use span (GC enumerates these)
	FixAlloc spanalloc;
	FixAlloc bitsalloc[5];   // bitmap blocks of 4 << order words
	FixAlloc cachealloc;
	uintptr_t pagesInUse, pagesFree, spansInUse, arenas;
	MCache *allcaches;       // live MCaches
	MCentral central[RT_NUM_ALLOC_CLASSES];
} MHeap;

extern MHeap rt_heap;
extern _Atomic uint32_t rt_span_gen; // source of MSpan.gen values, never 0

void rt_init(void); // idempotent, thread-safe
void rt_mheap_init(void);
MSpan *rt_mheap_alloc(uintptr_t npages, unsigned allocClass);
void rt_mheap_free(MSpan *s);
void rt_mheap_free_locked(MSpan *s);
size_t rt_mheap_scavenge(void);

// ---- central lists (mcentral.c) --------------------------------------------
void rt_mcentral_init(MCentral *c);
MSpan *rt_mcentral_cache_span(unsigned ac, MCache *owner);
void rt_mcentral_take_back(MCache *c, unsigned ac, MSpan *full);
bool rt_mcentral_release_owned(MSpan *s);
void rt_mcentral_notify(MSpan *s, unsigned ac, uint32_t gen);

// span list helpers shared by mcentral.c and mcache.c (doubly linked, NULL
// terminated, head pointer only)
static inline void rt_list_push(MSpan **head, MSpan *s)
{
	s->prev = NULL;
	s->next = *head;
	if (*head)
		(*head)->prev = s;
	*head = s;
}

static inline void rt_list_remove(MSpan **head, MSpan *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		*head = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

// ---- per-thread caches (mcache.c) -------------------------------------------
// A FIFO of spans: partial spans are taken from the head (oldest, most frees
// collected so far) and parked at the tail.
typedef struct SpanQueue {
	MSpan *head, *tail;
} SpanQueue;

// MCache: everything one thread owns. Only the owning thread touches it,
// except ready[] (pushed by notifiers under the MCentral lock, drained by the
// owner with an atomic exchange). alloc[] entries are never NULL: unused
// classes point at rt_empty_span, whose allocCache is 0.
//
// bin[k] is a LIFO of objects of size class k that this thread passed to
// mgo_free and that mgo_malloc hands out again first (jemalloc's tcache):
// a free that lands there touches no span metadata, and the memory it
// returns is the most recently used. Their spans still count them as
// allocated; a bin that fills up gives its older half to the spans, and
// thread exit empties it (the GC must do the same before sweeping).
// binState[k] packs the bin's state in one word, so a push or a pop is one
// load and one store: the object count (RT_BIN_N), the capacity
// (RT_BIN_CAP) and, above them, the objects popped so far (statistics). The
// capacity is 0 in rt_empty_mcache and for class 0, so threads without a
// cache and pages of other spans miss the bins with the same compare.
#define RT_BIN_N(st)   ((unsigned)(uint8_t)(st))
#define RT_BIN_CAP(st) ((unsigned)(uint8_t)((st) >> 8))
#define RT_BIN_POPS(st) ((st) >> 16)
#define RT_BIN_POP     (((uint64_t)1 << 16) - 1) // added by a pop: n-1, pops+1
_Static_assert(RT_BIN_MAX <= 255, "a bin's count and capacity are bytes of binState");
// The capacity of a bin of size class k: its byte budget, within [1,
// RT_BIN_MAX].
static inline unsigned rt_bin_cap(unsigned k)
{
	unsigned size = rt_class_to_size[k];
	unsigned cap = (size <= RT_BIN_SMALL ? RT_BIN_BYTES : RT_BIN_BYTES_BIG) / size;
	return cap < 1 ? 1 : cap > RT_BIN_MAX ? RT_BIN_MAX : cap;
}
// The free run (freerun.c): a span this thread owns that frees of its
// objects go straight into, once a bin spill found the thread freeing a
// long stretch of it (a structure torn down in the order it was built). It
// costs a range test per free when it does not apply.
typedef struct {
	uintptr_t base, bytes;       // the span's objects: [base, base + bytes);
	                             // bytes 0: no run
	MSpan *span;
	uint32_t divMul;             // span->divMul
	uint32_t elemsize;           // span->elemsize (the two copies spare
	                             // mgo_free a load from the span)
	uint64_t freed[RT_MAX_BITMAP_WORDS]; // slots freed since the run began,
	                             // not yet in localFree or nlocal
} FreeRun;

// The shortest stretch of one span's objects that, ending a bin spill, starts
// a free run on that span.
#define RT_RUN_MIN 8

struct MCache {
	uint64_t binState[RT_NUM_SIZE_CLASSES];
	FreeRun run;
	MSpan *alloc[RT_NUM_ALLOC_CLASSES];
	SpanQueue partial[RT_NUM_ALLOC_CLASSES];
	MSpan *large[RT_LARGE_CACHE_PAGES + 1]; // freed large spans by npages
	size_t largeBytes;                      // bytes in large[]
	uint8_t largeCount[RT_LARGE_CACHE_PAGES + 1]; // spans in each large[n] (<= budget / 5 pages)
	uint64_t largeMask;                     // bit n: large[n] is not empty
	size_t emptyBytes;                      // fully free spans kept in partial[]
	// statistics, merged into the global ones when the cache is flushed
	uint64_t nsmall[RT_NUM_SIZE_CLASSES];   // objects handed out per class
	uint64_t nlarge, largeAllocBytes;
	uint64_t ntiny;                         // objects put in a tiny block after its first
	// Go's tiny allocator (malloc.c, new_tiny): the 16-byte block that
	// pointer-free objects under 16 bytes are packed into, and its first
	// free byte. Dropped at every collection, which may free the block.
	uintptr_t tiny, tinyoffset;
	MCache *allnext, *allprev;              // MHeap.allcaches
	bool live;
	_Alignas(64) _Atomic(MSpan *) ready[RT_NUM_ALLOC_CLASSES];
	void *bin[RT_NUM_SIZE_CLASSES][RT_BIN_MAX + 1]; // a row of 2 KiB: a shift finds it
};

extern MSpan rt_empty_span;
extern MCache rt_empty_mcache;
extern _Thread_local MCache *rt_tls_mcache __attribute__((tls_model("local-exec")));

void rt_mcache_init(void);
MCache *rt_mcache_create(void);   // for the calling thread
MCache *rt_mcache_new(void);      // for a P (rt/sched.c)
void rt_mcache_flush(MCache *c);
void rt_free_to_span(MCache *c, uintptr_t a); // mgo_free minus the bins
void *rt_mcache_refill(MCache *c, unsigned ac);
void rt_mcache_free_event(MCache *c, MSpan *s);
MSpan *rt_mcache_large_alloc(MCache *c, uintptr_t npages);
bool rt_mcache_large_free(MCache *c, MSpan *s);

// rt_mspan_count_local counts n frees just set in s->localFree into
// s->nlocal; when that reaches the trigger, s gets its free event (which
// may give it away) and the answer is true.
static inline bool rt_mspan_count_local(MCache *c, MSpan *s, uint32_t n)
{
	uint32_t before = s->nlocal, trigger = s->trigger;
	s->nlocal = (uint16_t)(before + n);
	if (RT_UNLIKELY(before + n >= trigger && before < trigger)) {
		rt_mcache_free_event(c, s);
		return true;
	}
	return false;
}

// The free run (freerun.c).
void rt_run_start(MCache *c, MSpan *s);
void rt_run_flush(MCache *c);
void rt_run_leave(MCache *c, MSpan *s);
bool rt_run_holds(const MCache *c, uintptr_t a);

// rt_bit_test_and_set sets bit i % 64 of *word and says whether it was set.
static inline bool rt_bit_test_and_set(uint64_t *word, unsigned i)
{
#if defined(__x86_64__)
	bool was;
	__asm__("btsq %q2, %0" : "+r"(*word), "=@ccc"(was) : "r"((uint64_t)i));
	return was;
#else
	uint64_t bit = (uint64_t)1 << (i % 64);
	bool was = (*word & bit) != 0;
	*word |= bit;
	return was;
#endif
}

// ---- statistics (stats.c) ----------------------------------------------------
void rt_stats_init(void);
void rt_stats_merge(MCache *c); // caller holds rt_heap.lock

// Snapshot for tests and MGODEBUG (sums over live caches are approximate
// while other threads run).
typedef struct RtStats {
	uint64_t nsmall[RT_NUM_SIZE_CLASSES];
	uint64_t nlarge, largeBytes;
	uint64_t nrefill, ngrow;
	uintptr_t spansInUse, pagesInUse, pagesFree, arenas;
	uint64_t ncaches, nflushed;
} RtStats;
void rt_stats_read(RtStats *st);

// ---- garbage collector (gc.c, gcmark.c, heapbits.c; sweep in mspan.c) ------
//
// A stop-the-world mark-sweep collector for the objects mgo_new and
// mgo_new_typed allocate (span classes 0..135). C API spans (manual) are
// never marked, scanned or swept: C frees them.
//
// Roots. (1) Precise: package-level variables, registered by the generated
// main() through go_register_roots -> mgo_gc_add_root with their type's
// pointer mask; runtime statics that hold Go pointers (the panic list)
// register the same way without a mask. (2) Conservative: the stack of
// the collecting goroutine (or thread, outside the scheduler), from the
// innermost frame to the stack's base, and its registers, spilled into
// that range by __builtin_unwind_init; and every other goroutine's stack
// from its saved stack pointer ("Threads" below). Conservative because the C compiler,
// not mgoc, decides which values live in which frame slot or register and
// emits no stack maps; any word that points into an allocated slot keeps
// that object alive (interior pointers included), so the price is only
// that a stale integer may retain garbage. Heap objects themselves are
// scanned precisely: noscan spans never, small scan objects by the heap
// bitmap (one bit per word, written at allocation from the type's gcmask,
// repeated for arrays), large ones by the mask their span records.
//
// Mark. Marks go to MSpan.gcmarkBits; every newly marked object of a scan
// span goes on an explicit mark stack (mmap'd, doubled when full), never
// on the C stack, so a list of 10^7 nodes needs 10^7 iterations, not 10^7
// frames. Interior pointers find their object through the page map and
// rt_mspan_index.
//
// Sweep. Before marking, every cache gives its spans of GC classes back to
// their MCentral (so no thread holds a half-used allocCache across the
// sweep) and empties its bins. Sweeping a small span makes gcmarkBits its
// allocBits and restarts allocation at slot 0 (rt_mspan_sweep); an empty
// span goes back to the page heap, the others to their MCentral's partial
// or full list. Two modes (gcsweep.c; MGODEBUG=sweep=lazy|eager):
//   lazy (default): the pause only hands each MCentral's lists to the lazy
//   sweeper (sweepgen < cycle marks a span unswept); a span is swept by
//   the refill that takes it, by the page heap before it grows, or at the
//   start of the next collection, before the mark reuses the mark bits;
//   eager: every span inside the pause.
// Unmarked large objects return their pages inside the pause in both modes.
// Then the page heap releases free pages beyond 110% of the next goal to
// the OS if they stayed unused for two cycles, so RSS falls after a peak
// while memory the next cycle will reuse stays mapped. MGODEBUG=gcstress
// poisons objects when their span is swept. Why lazy is the default, with
// the measurements: gc.c.
//
// Pacing. heapLive counts the bytes found live by the last mark plus the
// free bytes of every span a cache has taken since (counted at refill, so
// the fast path does not count). A collection starts at the next refill
// once heapLive >= goal = max(marked * (1 + GOGC/100), 4 MiB * GOGC/100);
// GOGC=off disables collection. MGODEBUG=gctrace=1 prints a line per
// collection, MGODEBUG=gcstress=N collects before every N-th Go allocation
// (gcstress=1: every one) and poisons what the sweep frees.
//
// Threads. Collections need the world stopped. Goroutines (rt/sched.h)
// stop at safepoints: rt_gc_collect takes rt_gc.lock (waiting at the
// safepoint, not on the lock, when another goroutine is collecting), then
// rt_sched_stop_world makes every other thread that runs Go code stop at
// its next poll (function entry, loop back-edge) or allocation slow path
// with its registers spilled and its stack pointer published; the mark
// scans every live goroutine's stack from that pointer to the top of its
// slot (gcmark.c, rt_sched_scan_stacks), the collecting goroutine's own
// from its innermost frame. Each P's cache is in rt_heap.allcaches and is
// released like any other. C API threads are not goroutines: while any is
// registered (mgo_gc_threads_add) a collection is refused, as before, and
// waits for the next refill. Cache destructors of exiting threads take
// rt_gc.lock, so an exiting thread never flushes spans while a collection
// sweeps them.
typedef struct GCState {
	pthread_mutex_t lock;      // held for a whole collection ("the world")
	bool enabled;              // mgo_gc_enable was called (the Go runtime)
	bool trace;                // MGODEBUG=gctrace=1
	bool poison;               // fill freed objects with RT_GC_POISON
	int gogc;                  // GOGC percentage; < 0: off
	uint32_t stressPeriod;     // MGODEBUG=gcstress: collect every N allocations
	_Atomic uint32_t stressCount;
	_Atomic int threads;       // other threads that may hold Go pointers
	_Atomic uint64_t heapLive; // see "Pacing"
	uint64_t goal;             // collect once heapLive reaches it
	uint64_t minHeap;          // lowest goal: 4 MiB * GOGC/100, as Go
	uint64_t marked;           // bytes marked by the last collection
	_Atomic uint32_t cycle;    // completed collections (marks)
	bool lazySweep;            // MGODEBUG=sweep=lazy|eager (gcsweep.c)
	_Atomic uint32_t sweepEpoch; // lazy: bumped when a mark leaves spans unswept
	_Atomic uint32_t sweepDone;  // lazy: the last epoch found fully swept
	_Atomic uint64_t lazySwept, lazyFreed; // since the last collection
	uint64_t pauseTotal;       // ns, all pauses
	uint64_t startNs;          // process start (gctrace's @time)
} GCState;

#define RT_GC_MIN_HEAP ((uint64_t)4 << 20)
#define RT_GC_POISON   0xdeadbeefdeadbeefULL // non-canonical: faults if used
// The sweep mode without MGODEBUG=sweep=...: 1 lazy, 0 eager (gc.c: why).
#define RT_GC_LAZY_SWEEP_DEFAULT 1

extern GCState rt_gc;

// Per-collection counters filled by mark and sweep (gctrace).
typedef struct GCCycleStats {
	uint64_t markedBytes, markedObjects;
	uint64_t spansSwept, spansFreed, largeFreed; // in the pause
	uint64_t lazySwept, lazyFreed; // lazily, between the previous pause and this one
	uint64_t rootBytes, stackBytes;
	uint64_t scavenged;
} GCCycleStats;

// The number after "name=" in MGODEBUG (comma-separated, as GODEBUG), or -1.
long rt_debug_value(const char *name);
void rt_gc_init(void);
// Runs a collection now if the world can be stopped; false when postponed
// (another thread runs) or disabled. force ignores GOGC=off.
bool rt_gc_collect(bool force);
// Allocation slow paths: a span (or large object) of `bytes` free bytes
// was handed out; collect first when the goal is reached.
void rt_gc_note_alloc(uint64_t bytes);
static inline bool rt_gc_due(void)
{
	return rt_gc.enabled &&
	    atomic_load_explicit(&rt_gc.heapLive, memory_order_relaxed) >= rt_gc.goal;
}
void rt_gc_stress_tick(void);

// gcmark.c
void rt_gc_mark(GCCycleStats *st);
void rt_gc_roots_reset(void);         // tests: forget registered roots

// heapbits.c: record the pointer words of the object at p (slot of
// slotbytes): mask has maskwords bits, repeated over objbytes; words at
// and after objbytes read as scalars. mask == NULL: every object word.
void rt_heapbits_set(uintptr_t p, size_t slotbytes, size_t objbytes,
    const uint8_t *mask, size_t maskwords);
static inline uint64_t *rt_heapbits_word(uintptr_t a)
{
	return &rt_arenas[a >> RT_ARENA_SHIFT]->heapBits[(a & (RT_ARENA_SIZE - 1)) >> 9];
}
// Stores the n <= 64 bits of pat for the words starting at a (an object's
// whole slot: zeros after the object clear a previous tenant's bits).
static inline void rt_heapbits_write_small(uintptr_t a, size_t n, uint64_t pat)
{
	unsigned sh = (unsigned)(a >> 3) & 63;
	uint64_t keep = n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
	uint64_t *w = rt_heapbits_word(a);
	*w = (*w & ~(keep << sh)) | (pat << sh);
	if (sh + n > 64) { // sh > 0 here, so the shifts below are < 64
		uint64_t *w2 = rt_heapbits_word(a + (64 - sh) * 8);
		size_t rest = sh + n - 64;
		*w2 = (*w2 & ~(((uint64_t)1 << rest) - 1)) | (pat >> (64 - sh));
	}
}
// Bit `word` (0 = the first word of the period) of a pointer mask.
static inline bool rt_mask_bit(const uint8_t *mask, size_t word)
{
	return (mask[word >> 3] >> (word & 7)) & 1;
}

// A small GC span the last mark left for the lazy sweeper: its allocBits
// still describe the heap before that mark, its gcmarkBits what survived.
// C API spans are never swept, large ones always in the pause.
static inline bool rt_mspan_unswept(const MSpan *s)
{
	return s->allocClass < RT_NUM_SPAN_CLASSES && s->spanclass >> 1 != 0 &&
	    s->sweepgen != atomic_load_explicit(&rt_gc.cycle, memory_order_relaxed);
}

// gcsweep.c
void rt_gcsweep_eager(GCCycleStats *st);   // in the pause: every span
void rt_gcsweep_defer(void);               // lazy: leave them for later
void rt_gcsweep_finish(GCCycleStats *st);  // before a mark: what is left
void rt_gcsweep_large(GCCycleStats *st);   // unmarked large objects
MSpan *rt_gcsweep_refill(MCentral *ctl);   // lazy, under ctl's lock
uintptr_t rt_gcsweep_reclaim(uintptr_t npages); // lazy, for the page heap
bool rt_gcsweep_pending(void);

// mspan.c / mcentral.c / mcache.c / mheap.c parts of a collection
uint32_t rt_mspan_sweep(MSpan *s, bool poison, bool *freed);
void rt_mcentral_put(MCentral *ctl, MSpan *s);
void rt_mcache_release_gc(MCache *c);
size_t rt_mheap_scavenge_to(size_t retain, uint32_t idleCycles, uintptr_t inUse);

#endif
