// go_slice.c: slice allocation and growth with Go 1.19's exact capacities.
//
// cap() after append is visible to programs, so growth must match Go's
// growslice: double below 256 elements, then grow by (n + 3*256)/4 until big
// enough, and finally round the byte size up to the allocator's size class
// (RUNTIME.md §2), which may add a few elements of slack.
#include "go_rt.h"

// Go 1.19's class_to_size (RUNTIME.md §2), class 0 omitted.
static const uint16_t class_size[] = {
	8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240,
	256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024,
	1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
	4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288,
	13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

// The size mallocgc really hands out for a request of `size` bytes.
int64_t go_roundupsize(int64_t size)
{
	if (size <= 32768) {
		int lo = 0, hi = (int)(sizeof class_size / sizeof class_size[0]) - 1;
		while (lo < hi) {
			int mid = (lo + hi) / 2;
			if (class_size[mid] >= size)
				hi = mid;
			else
				lo = mid + 1;
		}
		return size == 0 ? 0 : class_size[lo];
	}
	// Large objects are whole 8 KiB pages.
	return (size + 8191) & ~(int64_t)8191;
}

go_slice go_growslice(go_slice s, int64_t need, const go_type *elem)
{
	// The length overflowed (the appends compare it unsigned, so they
	// call here): Go 1.19 says cap, whatever the element size.
	if (need < 0)
		go_panic_msg("growslice: cap out of range");
	int64_t newcap = s.cap, doublecap = newcap + newcap;
	if (need > doublecap) {
		newcap = need;
	} else if (s.cap < 256) {
		newcap = doublecap;
	} else {
		while (0 < newcap && newcap < need)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap <= 0)
			newcap = need;
	}
	int64_t es = (int64_t)elem->size;
	if (es == 0) {
		// Zero-sized elements: Go keeps them at zerobase with cap = len.
		return (go_slice){s.ptr ? s.ptr : go_new(0, true), s.len, need};
	}
	if (newcap > (int64_t)(((uint64_t)1 << 47) / (uint64_t)es))
		go_panic_msg("growslice: cap out of range");
	int64_t mem = go_roundupsize(newcap * es);
	newcap = mem / es;
	void *p = go_new_masked((size_t)mem, elem->gcmask, elem->size / 8);
	if (s.len)
		memcpy(p, s.ptr, (size_t)(s.len * es));
	return (go_slice){p, s.len, newcap};
}

go_slice go_make_slice(const go_type *elem, int64_t len, int64_t cap)
{
	if (len < 0 || (elem->size && (uint64_t)len > GO_MAX_ALLOC / elem->size))
		go_panic_makeslice(0);
	if (cap < len)
		go_panic_makeslice(1);
	void *p = go_new_array_t(elem, cap);
	return (go_slice){p, len, cap};
}

