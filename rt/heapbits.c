// heapbits.c: the heap bitmap — which words of small scan objects hold
// pointers (rt.h, HeapArena.heapBits).
//
// mgo_new_typed writes the bits of the whole slot at allocation: the type's
// gcmask repeated over the object (an array of n elements repeats the
// element's mask n times), zeros after the object up to the end of the slot,
// so a slot reused by an object of another type never inherits stale bits.
// The marker (gcmark.c) reads them back to scan an object precisely.
//
// One bitmap word covers a 512-byte aligned block of heap, which never
// straddles two arenas; an object that crosses blocks looks up each block's
// word on its own, so adjacent arenas that share a span need no special
// case. The common case — an object of at most 64 words — writes one or two
// bitmap words with a mask and a shift.
#include "rt/rt.h"

static inline uint64_t low_bits(size_t n)
{
	return n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
}

// pattern returns the bits of object words [from, from + n), n <= 64: the
// mask repeated with period mw, zero at and after objwords.
static uint64_t pattern(const uint8_t *mask, size_t mw, size_t objwords, size_t from, size_t n)
{
	uint64_t pat = 0;
	if (from >= objwords)
		return 0;
	if (objwords - from < n)
		n = objwords - from;
	if (mask == NULL)
		return low_bits(n);
	if (from == 0 && mw <= 64) {
		// One copy of the mask, then doubling copies of itself.
		uint64_t m = 0;
		for (size_t i = 0; i < mw; i += 8)
			m |= (uint64_t)mask[i >> 3] << i;
		m &= low_bits(mw);
		pat = m;
		for (size_t len = mw; len < n; len *= 2)
			pat |= pat << len;
		return pat & low_bits(n);
	}
	size_t j = from % mw;
	for (size_t i = 0; i < n; i++) {
		if (rt_mask_bit(mask, j))
			pat |= (uint64_t)1 << i;
		if (++j == mw)
			j = 0;
	}
	return pat;
}

void rt_heapbits_set(uintptr_t p, size_t slotbytes, size_t objbytes, const uint8_t *mask,
    size_t maskwords)
{
	size_t slotwords = slotbytes / 8, objwords = (objbytes + 7) / 8;
	if (mask && maskwords == 0)
		mask = NULL, objwords = 0;
	if (slotwords <= 64) {
		rt_heapbits_write_small(p, slotwords, pattern(mask, maskwords, objwords, 0, slotwords));
		return;
	}
	// Bigger objects: one block-aligned bitmap word at a time. When the
	// period divides 64 every aligned chunk of 64 words has the same bits.
	size_t w = 0;
	size_t first = 64 - ((p >> 3) & 63);
	if (first != 64) {
		rt_heapbits_write_small(p, first, pattern(mask, maskwords, objwords, 0, first));
		w = first;
	}
	bool periodic = mask == NULL || (64 % maskwords == 0 && w % maskwords == 0);
	uint64_t same = periodic ? pattern(mask, maskwords, objwords, w, 64) : 0;
	for (; w < slotwords; w += 64) {
		size_t n = slotwords - w < 64 ? slotwords - w : 64;
		uint64_t pat = periodic && w + 64 <= objwords ? same
		    : pattern(mask, maskwords, objwords, w, n);
		*rt_heapbits_word(p + w * 8) = n == 64 ? pat
		    : (*rt_heapbits_word(p + w * 8) & ~low_bits(n)) | pat;
	}
}
