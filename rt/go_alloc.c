// go_alloc.c: the compiler-facing allocation entry points and the GC root
// table, on top of the span allocator's mgo_new.
//
// Generated code allocates only through go_new/go_new_array (or their typed
// forms go_new_t/go_new_array_t), so a heap allocation is exactly one call here: that is what MGODEBUG=allocs=1 counts
// (in the allocator) and what -noescape multiplies.
#include "go_rt.h"

#include <stdlib.h>
#include <sys/sysinfo.h>

#include "mgo.h"

uint64_t go_zerobase;

// Go commits the heap it grows into, and Linux refuses to commit more than
// its RAM and swap together: an object that large stops a Go program with
// "fatal error: runtime: out of memory". mgo's heap is only reserved, so it
// would succeed; refuse the same objects.
static void check_commit(size_t size)
{
	static uint64_t limit;
	if (size < ((size_t)1 << 30))
		return;
	if (!limit) {
		struct sysinfo si;
		limit = sysinfo(&si) == 0 ? ((uint64_t)si.totalram + si.totalswap) * si.mem_unit : GO_MAX_ALLOC;
	}
	if (size > limit)
		go_fatal("runtime: out of memory");
}

void *go_new(size_t size, bool noscan)
{
	check_commit(size);
	return mgo_new(size, noscan);
}

void *go_new_array(size_t elemsize, int64_t n, bool noscan)
{
	if (n < 0 || (elemsize && (uint64_t)n > GO_MAX_ALLOC / elemsize))
		go_panic_makeslice(1);
	check_commit(elemsize * (size_t)n);
	return mgo_new(elemsize * (size_t)n, noscan);
}

// The typed entry points give the collector the exact pointer words: the
// type's gcmask, repeated per element for arrays (NULL mask: noscan).
void *go_new_t(const go_type *t)
{
	check_commit(t->size);
	return mgo_new_typed(t->size, t->gcmask, t->size / 8);
}

void *go_new_array_t(const go_type *elem, int64_t n)
{
	size_t es = elem->size;
	if (n < 0 || (es && (uint64_t)n > GO_MAX_ALLOC / es))
		go_panic_makeslice(1);
	check_commit(es * (size_t)n);
	return mgo_new_typed(es * (size_t)n, elem->gcmask, es / 8);
}

void *go_new_masked(size_t size, const uint8_t *mask, size_t maskwords)
{
	return mgo_new_typed(size, mask, maskwords);
}

// Package-level variables, registered once by the generated main(): each
// one with a pointer becomes a precise root of the collector, which may run
// from then on.
void go_register_roots(const go_root *roots, int n)
{
	for (int i = 0; i < n; i++)
		if (roots[i].type->gcmask)
			mgo_gc_add_root(roots[i].addr, roots[i].type->size, roots[i].type->gcmask);
	mgo_gc_enable();
}
