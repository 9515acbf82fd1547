// arena.c: address-space reservation and the page -> span map (§3, §10).
//
// The heap grows by whole 64 MiB arenas, mapped aligned and committed by the
// kernel only when touched. rt_arenas[] maps an arena number (addr >> 26) to
// its HeapArena, whose spans[] maps each page to its MSpan: two dependent
// loads find the span of any pointer, interior pointers included, which is
// what mgo_free needs now and the GC's marker later. rt_arenas lives in .bss
// (32 MiB of address space; only the touched page of it is ever resident).
// Writers hold rt_heap.lock; readers need no lock because an entry is
// written before any pointer into its memory is handed out.
#include <string.h>

#include "rt/rt.h"

HeapArena *rt_arenas[RT_ARENA_L2_ENTRIES];

// rt_arena_grow reserves enough whole arenas for npages pages and registers
// them; returns the base and stores the page count in *got, or returns 0 when
// the OS refuses. Caller holds rt_heap.lock.
uintptr_t rt_arena_grow(uintptr_t npages, uintptr_t *got)
{
	uintptr_t narenas = (npages + RT_PAGES_PER_ARENA - 1) / RT_PAGES_PER_ARENA;
	if (narenas == 0 || narenas > RT_ARENA_L2_ENTRIES)
		return 0;
	size_t bytes = narenas * RT_ARENA_SIZE;
	char *base = rt_os_reserve_aligned(bytes, RT_ARENA_SIZE);
	if (base == NULL)
		return 0;
	uintptr_t b = (uintptr_t)base;
	if ((b + bytes - 1) >> RT_HEAP_ADDR_BITS) { // outside the map's 48 bits
		rt_os_free(base, bytes);
		return 0;
	}
	for (uintptr_t i = 0; i < narenas; i++) {
		HeapArena *ha = rt_os_alloc(sizeof(HeapArena));
		ha->base = b + i * RT_ARENA_SIZE;
		rt_arenas[ha->base >> RT_ARENA_SHIFT] = ha;
	}
	rt_heap.arenas += narenas;
	*got = narenas * RT_PAGES_PER_ARENA;
	return b;
}

// rt_arena_set_spans points the map entries of npages pages at s. A run may
// cross arena boundaries when arenas happen to be adjacent.
void rt_arena_set_spans(uintptr_t base, uintptr_t npages, MSpan *s)
{
	while (npages > 0) {
		HeapArena *ha = rt_arenas[base >> RT_ARENA_SHIFT];
		uintptr_t first = (base >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1);
		uintptr_t n = RT_PAGES_PER_ARENA - first;
		if (n > npages)
			n = npages;
		for (uintptr_t i = 0; i < n; i++)
			ha->spans[first + i] = s;
		base += n * RT_PAGE_SIZE;
		npages -= n;
	}
}

// rt_arena_set_inuse sets or clears the pageInUse bit of s's first page.
void rt_arena_set_inuse(MSpan *s, bool inuse)
{
	HeapArena *ha = rt_arenas[s->startAddr >> RT_ARENA_SHIFT];
	uintptr_t page = (s->startAddr >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1);
	uint64_t bit = (uint64_t)1 << (page % 64);
	if (inuse)
		ha->pageInUse[page / 64] |= bit;
	else
		ha->pageInUse[page / 64] &= ~bit;
}

// rt_arena_set_bin records (or, with 0, clears) the size class of a C API
// small span and each page's index in the span in pageBin.
void rt_arena_set_bin(uintptr_t base, uintptr_t npages, unsigned sizeclass)
{
	for (uintptr_t i = 0; i < npages; i++) {
		uintptr_t a = base + i * RT_PAGE_SIZE;
		rt_arenas[a >> RT_ARENA_SHIFT]->pageBin[(a >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)] =
		    sizeclass ? (uint16_t)(sizeclass | i << 8) : 0;
	}
}

// rt_span_lookup returns the span whose pages contain a, in any state, or
// NULL if a is not in the heap. Stale entries are filtered by the range test.
MSpan *rt_span_lookup(uintptr_t a)
{
	HeapArena *ha = rt_arena_of(a);
	if (ha == NULL)
		return NULL;
	MSpan *s = ha->spans[(a >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)];
	if (s == NULL || a < s->startAddr || a - s->startAddr >= s->npages * RT_PAGE_SIZE)
		return NULL;
	return s;
}

// rt_span_of: the in-use span holding p (any interior pointer), else NULL.
MSpan *rt_span_of(const void *p)
{
	MSpan *s = rt_span_lookup((uintptr_t)p);
	if (s == NULL || atomic_load_explicit(&s->state, memory_order_relaxed) != RT_SPAN_INUSE)
		return NULL;
	return s;
}

// rt_object_base: start of the object slot holding p, or NULL if p is not
// inside an object slot of an in-use span (slot allocation is not checked:
// the GC will ask about mark bits itself).
void *rt_object_base(const void *p)
{
	MSpan *s = rt_span_of(p);
	uintptr_t a = (uintptr_t)p;
	if (s == NULL || a >= rt_mspan_limit(s))
		return NULL;
	return (void *)(s->startAddr + (uintptr_t)rt_mspan_index(s, a) * s->elemsize);
}
