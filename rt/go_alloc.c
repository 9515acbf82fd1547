// go_alloc.c: the compiler-facing allocation entry points and the GC root
// table, on top of the span allocator's mgo_new.
//
// Generated code allocates only through go_new/go_new_array, so a heap
// allocation is exactly one call here: that is what MGODEBUG=allocs=1 counts
// (in the allocator) and what -noescape multiplies.
#include "go_rt.h"

#include <stdlib.h>

#include "mgo.h"

uint64_t go_zerobase;

void *go_new(size_t size, bool noscan)
{
	return mgo_new(size, noscan);
}

void *go_new_array(size_t elemsize, int64_t n, bool noscan)
{
	if (n < 0 || (elemsize && (uint64_t)n > ((uint64_t)1 << 47) / elemsize))
		go_panic_makeslice(1);
	return mgo_new(elemsize * (size_t)n, noscan);
}

// Package-level variables, registered once by the generated main(); the
// collector (issue 6) will scan the words their gcmask marks.
static const go_root *root_table;
static int root_count;

void go_register_roots(const go_root *roots, int n)
{
	root_table = roots;
	root_count = n;
}
