// os.c: the only file that talks to the kernel about memory.
//
// Everything above asks for address space (lazily committed, zero on first
// touch) or gives pages back; no other file calls mmap, munmap or madvise.
#include <sys/mman.h>

#include "rt/rt.h"

#define NOHUGE_PREFIX ((size_t)4 << 20)

// rt_os_reserve_aligned maps size bytes aligned to align (a power of two >=
// the OS page). It over-maps by align and trims both ends, so the kernel only
// ever holds the aligned part. Returns NULL when the address space is gone.
void *rt_os_reserve_aligned(size_t size, size_t align)
{
	size_t len = size + align;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	uintptr_t a = ((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1);
	size_t head = a - (uintptr_t)p;
	if (head)
		munmap(p, head);
	size_t tail = len - head - size;
	if (tail)
		munmap((char *)a + size, tail);
	// Huge pages where the kernel has them on request: the heap is filled
	// densely from the bottom of each arena, and the collector's pointer
	// chasing over a heap larger than the cache is bound by TLB misses.
	// Not for the first few MiB of the first arena: a small program's heap
	// would be rounded up to 2 MiB pages (a 2 MiB heap resident as 4 MiB),
	// and it does not miss the TLB anyway.
	static bool first_done; // callers hold rt_heap.lock
	size_t skip = first_done || size <= NOHUGE_PREFIX ? 0 : NOHUGE_PREFIX;
	first_done = true;
	madvise((void *)(a + skip), size - skip, MADV_HUGEPAGE);
	return (void *)a;
}

// rt_os_alloc maps zeroed pages for runtime metadata; aborts on failure
// because every caller is already on a path that cannot report an error.
void *rt_os_alloc(size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		rt_throw("out of memory allocating %zu bytes of metadata", size);
	return p;
}

void rt_os_free(void *p, size_t size)
{
	munmap(p, size);
}

// rt_os_release drops the pages' contents; the mapping stays and reads zero.
void rt_os_release(void *p, size_t size)
{
	madvise(p, size, MADV_DONTNEED);
}
