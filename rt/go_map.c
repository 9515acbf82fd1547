// go_map.c: Go's map — a hash table over an append-only entry array.
//
// Entries live in insertion order (hash, key, value per stride) in
// segments that never move: segment 0 holds `base` entries, segment k >= 1
// holds base << (k-1), so doubling the capacity is adding one segment. A
// growing map copies no entries, keeps no old table alive and touches the
// pages of its newest segment only as entries fill it. `index` is an
// open-addressing table (linear probing, at most half full) of entry
// numbers + 1; growth replaces it and frees the old one at once (nothing
// else points into it), so a map peaks at its entries plus 1.5 indexes
// where Go's incremental growth holds an old and a new bucket array.
//
// A live entry's stored hash has its top bit set; deleting zeroes the whole
// entry (hash 0 = dead) and leaves its index slot, so probing needs no
// tombstones. Iteration walks the entries, which stay put while the loop
// body deletes or inserts (new entries may or may not be seen, as Go
// allows). Dead entries are dropped (the live ones copied into fresh
// segments) only when the map is at least half dead and no iteration is in
// progress.
//
// Invariants: count <= nent <= cap = base << (nseg - 1) (base for nseg 1);
// every live entry is reachable from its hash's probe sequence; index has
// 2 * cap slots, so probes end.
#include "go_rt.h"

#include <stddef.h>
#include <stdlib.h>

#include "mgo.h"

#define MAP_MAX_SEGS 48

struct go_map {
	int64_t count;          // live entries (len(m))
	int64_t nent;           // entry slots used, live or dead
	int64_t cap;            // entry slots in the segments
	uint8_t **segs;         // MAP_MAX_SEGS segment pointers (scanned as such)
	uint32_t *index;
	uint64_t mask;          // index slots - 1
	uint32_t stride, voff;  // entry layout: hash at 0, key at 8, value at voff
	int32_t iterators;      // iterations started and not yet finished
	uint8_t bshift;         // segment 0 holds 1 << bshift entries
	uint8_t nseg;
	uint64_t seed;
	const go_type *mt;
	uint8_t *entmask;       // pointer words of one entry (NULL: noscan)
};

#define HASH_LIVE ((uint64_t)1 << 63)

// The collector scans a map precisely: the header by this mask (its heap
// pointers), the segments by entmask, built from the key's and value's
// masks at their offsets; the index is noscan.
#define MAP_WORD(f) (1u << (offsetof(struct go_map, f) / 8))
_Static_assert(sizeof(struct go_map) <= 16 * 8, "map header mask has 16 bits");
static const uint8_t map_header_mask[2] = {
	(uint8_t)(MAP_WORD(segs) | MAP_WORD(index) | MAP_WORD(entmask)),
	(uint8_t)((MAP_WORD(segs) | MAP_WORD(index) | MAP_WORD(entmask)) >> 8),
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
		return (v ^ (v >> 32)) | HASH_LIVE;
	}
	default:
		return go_hash(kt, key, m->seed) | HASH_LIVE;
	}
}

static bool key_eq(const go_type *kt, const void *a, const void *b)
{
	switch (kt->kind) {
	case GO_KIND_INT: case GO_KIND_INT64: case GO_KIND_UINT: case GO_KIND_UINT64:
	case GO_KIND_UINTPTR: case GO_KIND_PTR:
		return memcmp(a, b, 8) == 0;
	case GO_KIND_STRING:
		return go_string_eq(*(const go_string *)a, *(const go_string *)b);
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

// Entry i of a segment table: segment 0 holds entries [0, base), segment
// t + 1 holds [base << t, base << (t + 1)).
static inline uint8_t *ent_in(uint8_t *const *segs, unsigned bshift, uint32_t stride, int64_t i)
{
	uint64_t q = (uint64_t)i >> bshift;
	if (q == 0)
		return segs[0] + (size_t)i * stride;
	unsigned t = 63 - (unsigned)__builtin_clzll(q);
	return segs[t + 1] + (size_t)((uint64_t)i - ((uint64_t)1 << (bshift + t))) * stride;
}

static inline uint8_t *ent(const go_map *m, int64_t i)
{
	return ent_in(m->segs, m->bshift, m->stride, i);
}

static inline uint64_t ent_hash(const uint8_t *p)
{
	uint64_t h;
	memcpy(&h, p, 8);
	return h;
}

static size_t seg_entries(const go_map *m, unsigned k)
{
	return k == 0 ? (size_t)1 << m->bshift : (size_t)1 << (m->bshift + k - 1);
}

// A table that outgrew the small size classes goes back to the heap at once
// (its pages are reused by the next, bigger one); small ones are left to
// the collector.
static void free_table(void *p, size_t bytes)
{
	if (bytes > 32768)
		mgo_free(p);
}

static void add_segment(go_map *m)
{
	if (m->nseg == MAP_MAX_SEGS)
		go_panic_msg("map: too many entries");
	size_t n = seg_entries(m, m->nseg);
	m->segs[m->nseg] = m->entmask ? go_new_masked(n * m->stride, m->entmask, m->stride / 8)
	                              : go_new(n * m->stride, true);
	m->nseg++;
	m->cap = (int64_t)((size_t)1 << (m->bshift + m->nseg - 1));
}

static void rebuild_index(go_map *m)
{
	uint64_t slots = (uint64_t)m->cap * 2;
	uint32_t *index = go_new(slots * sizeof(uint32_t), true);
	for (int64_t i = 0; i < m->nent; i++) {
		uint64_t h = ent_hash(ent(m, i));
		if (!h)
			continue;
		uint64_t j = h & (slots - 1);
		while (index[j])
			j = (j + 1) & (slots - 1);
		index[j] = (uint32_t)(i + 1);
	}
	if (m->index)
		free_table(m->index, (m->mask + 1) * sizeof(uint32_t));
	m->index = index;
	m->mask = slots - 1;
}

// compact copies the live entries into fresh segments and frees the old
// ones: only with no iteration in progress (an iterator holds entry
// numbers), so nothing points into them.
static void compact(go_map *m)
{
	uint8_t **old = m->segs;
	unsigned oldn = m->nseg;
	int64_t oldnent = m->nent;
	m->segs = go_new(MAP_MAX_SEGS * sizeof(uint8_t *), false);
	m->nseg = 0;
	m->cap = 0;
	m->nent = 0;
	for (int64_t i = 0; i < oldnent; i++) {
		uint8_t *p = ent_in(old, m->bshift, m->stride, i);
		if (!ent_hash(p))
			continue;
		if (m->nent == m->cap)
			add_segment(m);
		memcpy(ent(m, m->nent++), p, m->stride);
	}
	if (m->nseg == 0)
		add_segment(m);
	for (unsigned k = 0; k < oldn; k++)
		free_table(old[k], seg_entries(m, k) * m->stride);
}

static void grow(go_map *m)
{
	if (m->count * 2 < m->cap && m->iterators == 0)
		compact(m);
	if (m->nent == m->cap)
		add_segment(m);
	rebuild_index(m);
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
	unsigned bshift = 3;
	while (bshift < 40 && ((int64_t)1 << bshift) < hint)
		bshift++;
	m->bshift = (uint8_t)bshift;
	m->segs = go_new(MAP_MAX_SEGS * sizeof(uint8_t *), false);
	add_segment(m);
	rebuild_index(m);
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
		if (ent_hash(p) == h && key_eq(kt, p + 8, key)) {
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
		grow(m);
		find(m, key, h, &slot);
	}
	i = m->nent++;
	uint8_t *p = ent(m, i);
	memset(p, 0, m->stride);
	memcpy(p, &h, 8);
	memcpy(p + 8, key, m->mt->key->size);
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
	memset(ent(m, i), 0, m->stride);   // dead; and let the GC drop what it held
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
		uint8_t *p = ent(m, it->i++);
		if (ent_hash(p)) {
			it->key = p + 8;
			it->val = p + m->voff;
			return true;
		}
	}
	m->iterators--;
	it->m = NULL;
	return false;
}
