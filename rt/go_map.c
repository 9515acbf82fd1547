// go_map.c: Go's map — a hash table over an append-only entry array.
//
// Entries live in insertion order in `ents` (hash, key, value per stride);
// `index` is an open-addressing table (linear probing) of entry numbers + 1.
// Deleting clears the entry's `alive` byte and leaves its index slot, so
// probing needs no tombstones. Iteration walks the entry array, which stays
// valid when the loop body deletes or inserts (new entries may or may not
// be seen, as Go allows). Growth copies the array and rebuilds the index; it
// drops dead entries only when no iteration is in progress.
//
// Invariants: count <= nent <= cap; every alive entry is reachable from its
// hash's probe sequence; index has more than twice cap slots, so probes end.
#include "go_rt.h"

#include <stddef.h>
#include <stdlib.h>

struct go_map {
	int64_t count;          // live entries (len(m))
	int64_t nent;           // entry slots used, live or dead
	int64_t cap;            // entry slots allocated
	uint8_t *ents;
	uint8_t *alive;
	uint32_t *index;
	uint64_t mask;          // index slots - 1
	uint32_t stride, voff;  // entry layout: hash at 0, key at 8, value at voff
	int32_t iterators;      // iterations started and not yet finished
	uint64_t seed;
	const go_type *mt;
	uint8_t *entmask;       // pointer words of one entry (NULL: noscan)
};

// The collector scans a map precisely: the header by this mask (its heap
// pointers), the entry array by entmask, built from the key's and value's
// masks at their offsets; alive and index are noscan.
#define MAP_WORD(f) (1u << (offsetof(struct go_map, f) / 8))
_Static_assert(sizeof(struct go_map) <= 16 * 8, "map header mask has 16 bits");
static const uint8_t map_header_mask[2] = {
	(uint8_t)(MAP_WORD(ents) | MAP_WORD(alive) | MAP_WORD(index) | MAP_WORD(entmask)),
	(uint8_t)((MAP_WORD(ents) | MAP_WORD(alive) | MAP_WORD(index) | MAP_WORD(entmask)) >> 8),
};

static uint8_t zero_value[1 << 16];

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

static uint64_t key_hash(const go_map *m, const void *key)
{
	const go_type *kt = m->mt->key;
	switch (kt->kind) {
	case GO_KIND_INT: case GO_KIND_INT64: case GO_KIND_UINT: case GO_KIND_UINT64:
	case GO_KIND_UINTPTR: case GO_KIND_PTR: {
		uint64_t v;
		memcpy(&v, key, 8);
		v ^= m->seed;
		v *= 0xff51afd7ed558ccdULL;
		return v ^ (v >> 32);
	}
	default:
		return go_hash(kt, key, m->seed);
	}
}

// String keys of up to 16 bytes (the common case: words, names)
// compared as two overlapping words each, without a call to memcmp.
static inline bool str_key_eq(const go_string *a, const go_string *b)
{
	if (a->len != b->len)
		return false;
	size_t n = (size_t)a->len;
	const uint8_t *p = a->ptr, *q = b->ptr;
	if (n < 4 || n > 16 || p == q)
		return p == q || memcmp(p, q, n) == 0;
	uint64_t x0, x1, y0, y1;
	if (n >= 8) {
		memcpy(&x0, p, 8), memcpy(&x1, p + n - 8, 8);
		memcpy(&y0, q, 8), memcpy(&y1, q + n - 8, 8);
	} else {
		uint32_t u[4];
		memcpy(&u[0], p, 4), memcpy(&u[1], p + n - 4, 4);
		memcpy(&u[2], q, 4), memcpy(&u[3], q + n - 4, 4);
		x0 = u[0], x1 = u[1], y0 = u[2], y1 = u[3];
	}
	return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}

static bool key_eq(const go_type *kt, const void *a, const void *b)
{
	switch (kt->kind) {
	case GO_KIND_INT: case GO_KIND_INT64: case GO_KIND_UINT: case GO_KIND_UINT64:
	case GO_KIND_UINTPTR: case GO_KIND_PTR:
		return memcmp(a, b, 8) == 0;
	case GO_KIND_STRING:
		return str_key_eq(a, b);
	default:
		return go_equal(kt, a, b);
	}
}

static bool map_noscan(const go_type *mt)
{
	return (mt->key->flags & GO_TF_NOSCAN) && (mt->elem->flags & GO_TF_NOSCAN);
}

static void copy_mask(uint8_t *dst, size_t at, const go_type *t)
{
	if (!t->gcmask)
		return;
	for (size_t w = 0; w < t->size / 8; w++)
		if ((t->gcmask[w >> 3] >> (w & 7)) & 1)
			dst[(at + w) >> 3] |= (uint8_t)(1u << ((at + w) & 7));
}

static uint8_t *ent(const go_map *m, int64_t i)
{
	return m->ents + (size_t)i * m->stride;
}

static void rebuild(go_map *m, int64_t newcap)
{
	bool compact = m->iterators == 0;
	uint8_t *ents = go_new_masked((size_t)newcap * m->stride, m->entmask, m->stride / 8);
	uint8_t *alive = go_new((size_t)newcap, true);
	uint64_t slots = 8;
	while (slots < (uint64_t)newcap * 2 + 2)
		slots *= 2;
	uint32_t *index = go_new(slots * sizeof(uint32_t), true);
	int64_t n = 0;
	for (int64_t i = 0; i < m->nent; i++) {
		if (compact && !m->alive[i])
			continue;
		memcpy(ents + (size_t)n * m->stride, ent(m, i), m->stride);
		alive[n] = m->alive[i];
		uint64_t h;
		memcpy(&h, ents + (size_t)n * m->stride, 8);
		uint64_t j = h & (slots - 1);
		while (index[j])
			j = (j + 1) & (slots - 1);
		index[j] = (uint32_t)(n + 1);
		n++;
	}
	m->ents = ents;
	m->alive = alive;
	m->index = index;
	m->mask = slots - 1;
	m->nent = n;
	m->cap = newcap;
}

go_map *go_map_make(const go_type *mt, int64_t hint)
{
	if (hint < 0)
		go_panic_msg("makemap: size out of range");
	go_map *m = go_new_masked(sizeof *m, map_header_mask, sizeof *m / 8);
	m->mt = mt;
	size_t koff = 8;
	m->voff = (uint32_t)align8(koff + mt->key->size);
	m->stride = (uint32_t)align8(m->voff + mt->elem->size);
	if (!map_noscan(mt)) {
		size_t words = m->stride / 8;
		m->entmask = go_new((words + 7) / 8, true);
		copy_mask(m->entmask, koff / 8, mt->key);
		copy_mask(m->entmask, m->voff / 8, mt->elem);
	}
	m->seed = ((uint64_t)rand() << 32) ^ (uint64_t)rand() ^ (uintptr_t)m;
	rebuild(m, hint > 8 ? hint : 8);
	return m;
}

int64_t go_map_len(go_map *m)
{
	return m ? m->count : 0;
}

// Returns the entry number holding key, or -1.
static int64_t find(const go_map *m, const void *key, uint64_t h, uint64_t *slot)
{
	const go_type *kt = m->mt->key;
	uint64_t j = h & m->mask;
	for (;;) {
		uint32_t e = m->index[j];
		if (!e)
			break;
		uint8_t *p = ent(m, e - 1);
		uint64_t eh;
		memcpy(&eh, p, 8);
		if (eh == h && m->alive[e - 1] && key_eq(kt, p + 8, key)) {
			*slot = j;
			return e - 1;
		}
		j = (j + 1) & m->mask;
	}
	*slot = j;
	return -1;
}

void *go_map_access(const go_type *mt, go_map *m, const void *key, bool *ok)
{
	if (m && m->count) {
		uint64_t slot;
		int64_t i = find(m, key, key_hash(m, key), &slot);
		if (i >= 0) {
			if (ok)
				*ok = true;
			return ent(m, i) + m->voff;
		}
	} else if (mt->key->kind == GO_KIND_IFACE) {
		go_hash(mt->key, key, 0);   // panics on an unhashable dynamic key, as Go does
	}
	if (ok)
		*ok = false;
	if (mt->elem->size <= sizeof zero_value)
		return zero_value;
	return go_new(mt->elem->size, true);
}

void *go_map_assign(const go_type *mt, go_map *m, const void *key)
{
	(void)mt;
	if (!m)
		go_panic_nilmap();
	uint64_t h = key_hash(m, key), slot;
	int64_t i = find(m, key, h, &slot);
	if (i >= 0)
		return ent(m, i) + m->voff;
	if (m->nent == m->cap) {
		int64_t newcap = m->count * 2 < m->cap && m->iterators == 0 ? m->cap : m->cap * 2;
		rebuild(m, newcap);
		find(m, key, h, &slot);
	}
	i = m->nent++;
	uint8_t *p = ent(m, i);
	memset(p, 0, m->stride);
	memcpy(p, &h, 8);
	memcpy(p + 8, key, m->mt->key->size);
	m->alive[i] = 1;
	m->index[slot] = (uint32_t)(i + 1);
	m->count++;
	return p + m->voff;
}

void go_map_delete(const go_type *mt, go_map *m, const void *key)
{
	if (!m || !m->count) {
		if (mt->key->kind == GO_KIND_IFACE)
			go_hash(mt->key, key, 0);
		return;
	}
	uint64_t slot;
	int64_t i = find(m, key, key_hash(m, key), &slot);
	if (i < 0)
		return;
	m->alive[i] = 0;
	memset(ent(m, i) + 8, 0, m->stride - 8);   // let the GC drop what it held
	m->count--;
}

void go_map_iter_init(go_map_iter *it, go_map *m)
{
	it->m = m;
	it->i = 0;
	it->key = it->val = NULL;
	if (m)
		m->iterators++;
}

bool go_map_iter_next(go_map_iter *it)
{
	go_map *m = it->m;
	if (!m)
		return false;
	while (it->i < m->nent) {
		int64_t i = it->i++;
		if (m->alive[i]) {
			it->key = ent(m, i) + 8;
			it->val = ent(m, i) + m->voff;
			return true;
		}
	}
	m->iterators--;
	it->m = NULL;
	return false;
}
