// go_map.c: Go's map — a hash table over an append-only entry array.
//
// Entries live in insertion order (hash, key, value per stride). A small
// map keeps them in one array that doubles (copied) up to a chunk of about
// 32 KiB; beyond that the map adds chunks of that size, which never move:
// a growing big map copies no entries, keeps no old table alive, and
// entry i is one shift and one mask away (chunks[i >> cshift]). `index` is
// an open-addressing table (linear probing, at most half full) of 32-bit
// slots: the entry number + 1 in the low `ebits` bits and as many bits of
// its hash as fit above them (10 for a map of a million entries), so a
// probe that meets another key's slot rarely touches that entry. Doubling
// the index frees the old one at once (nothing else points into it): a
// growing map peaks at its entries plus 1.5 indexes, where Go's
// incremental growth holds an old and a new bucket array.
//
// A live entry's stored hash has its top bit set; deleting zeroes the whole
// entry (hash 0 = dead) and leaves its index slot, so probing needs no
// tombstones. Iteration walks the entries by number, up to the last one
// that existed when it started: the loop body may delete or insert (new
// entries are not seen, as Go allows, and a body that inserts a key per key
// seen still ends). Dead entries are dropped (the live ones copied into
// fresh storage) when the map is at least half dead, even during an
// iteration: the iteration then goes on over the storage it started on,
// which compaction leaves as it was, and takes each key from there only if
// the map still holds it (nothing is counted per iteration, so a range loop
// left by break, return or panic costs the map nothing).
//
// Invariants: count <= nent <= cap; cap < chunk size with one array, else
// a multiple of it; every live entry is reachable from its hash's probe
// sequence; nent < index slots / 2, so probes end.
#include "go_rt.h"

#include <stddef.h>
#include <stdlib.h>

#include "mgo.h"

#define MAP_CHUNK_BYTES 32768

struct go_map {
	int64_t count;          // live entries (len(m))
	int64_t nent;           // entry slots used, live or dead
	int64_t cap;            // entry slots in the segments
	uint8_t **segs;         // nseg entry arrays (the table is scanned as pointers)
	uint32_t *index;        // hash tag << ebits | entry number + 1; 0 = empty
	uint64_t mask;          // index slots - 1
	uint32_t stride, voff;  // entry layout: hash at 0, key at 8, value at voff
	uint32_t gen;           // compactions so far (entry numbers change)
	uint8_t cshift;         // a chunk holds 1 << cshift entries
	uint32_t nseg, segcap;  // chunks in use, pointers the table holds
	uint8_t ebits;          // index slot bits holding an entry number + 1
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

static inline uint8_t *ent_in(uint8_t *const *segs, unsigned cshift, uint32_t stride, int64_t i)
{
	return segs[(uint64_t)i >> cshift] + (size_t)((uint64_t)i & (((uint64_t)1 << cshift) - 1)) * stride;
}

static inline uint8_t *ent(const go_map *m, int64_t i)
{
	return ent_in(m->segs, m->cshift, m->stride, i);
}

static inline uint64_t ent_hash(const uint8_t *p)
{
	uint64_t h;
	memcpy(&h, p, 8);
	return h;
}

// An index that outgrew the small size classes goes back to the heap at
// once (its pages are reused by the next, bigger one); small ones are left
// to the collector.
static void free_index(void *p, size_t bytes)
{
	if (bytes > 32768)
		mgo_free(p);
}

static uint8_t *new_entries(const go_map *m, size_t n)
{
	return m->entmask ? go_new_masked(n * m->stride, m->entmask, m->stride / 8)
	                  : go_new(n * m->stride, true);
}

// add_entries makes room for more entries: the single array doubles until
// it is a chunk, then chunks are added (the chunk table doubling as needed).
static void add_entries(go_map *m)
{
	int64_t chunk = (int64_t)1 << m->cshift;
	if (m->cap < chunk) {
		int64_t n = m->cap ? m->cap * 2 : 8;
		if (n > chunk)
			n = chunk;
		uint8_t *a = new_entries(m, (size_t)n);
		// The old array is left to the collector: a pointer that
		// go_map_access returned may still be read (m[a] = m[b]).
		if (m->nseg)
			memcpy(a, m->segs[0], (size_t)m->nent * m->stride);
		m->segs[0] = a;
		m->nseg = 1;
		m->cap = n;
		return;
	}
	if (m->cap >= ((int64_t)1 << 29))
		go_panic_msg("map: too many entries");
	if (m->nseg == m->segcap) {
		uint8_t **t = go_new((size_t)m->segcap * 2 * sizeof *t, false);
		memcpy(t, m->segs, m->nseg * sizeof *t);
		m->segs = t;
		m->segcap *= 2;
	}
	m->segs[m->nseg++] = new_entries(m, (size_t)chunk);
	m->cap += chunk;
}

// A slot's tag: hash bits above the 32 that place it, as many as fit above
// the entry number (ebits <= 31: maps hold fewer than 2^29 entries).
static inline uint32_t slot_tag(const go_map *m, uint64_t h)
{
	return (uint32_t)(h >> 32) << m->ebits;
}

static inline uint32_t index_slot(const go_map *m, uint64_t h, int64_t i)
{
	return slot_tag(m, h) | (uint32_t)(i + 1);
}

// rebuild_index replaces the index by one of `slots` (a power of two,
// more than twice nent) slots.
static void rebuild_index(go_map *m, uint64_t slots)
{
	unsigned ebits = 1;
	while (((uint64_t)1 << ebits) <= slots / 2)
		ebits++;
	m->ebits = (uint8_t)ebits;
	uint32_t *index = go_new(slots * sizeof(uint32_t), true);
	for (int64_t i = 0; i < m->nent; i++) {
		uint64_t h = ent_hash(ent(m, i));
		if (!h)
			continue;
		uint64_t j = h & (slots - 1);
		while (index[j])
			j = (j + 1) & (slots - 1);
		index[j] = index_slot(m, h, i);
	}
	if (m->index)
		free_index(m->index, (m->mask + 1) * sizeof(uint32_t));
	m->index = index;
	m->mask = slots - 1;
}

static uint64_t index_slots_for(int64_t n)
{
	uint64_t slots = 16;
	while (slots <= (uint64_t)n * 2)
		slots *= 2;
	return slots;
}

static void reset_entries(go_map *m)
{
	m->segcap = 4;
	m->segs = go_new(m->segcap * sizeof(uint8_t *), false);
	m->nseg = 0;
	m->cap = 0;
	m->nent = 0;
}

// compact copies the live entries into fresh storage. The old storage is
// left to the collector, as in add_entries, and no longer written: an
// iteration begun before walks it (go_map_iter_next).
static void compact(go_map *m)
{
	m->gen++;
	uint8_t **old = m->segs;
	int64_t oldnent = m->nent;
	reset_entries(m);
	for (int64_t i = 0; i < oldnent; i++) {
		uint8_t *p = ent_in(old, m->cshift, m->stride, i);
		if (!ent_hash(p))
			continue;
		if (m->nent == m->cap)
			add_entries(m);
		memcpy(ent(m, m->nent++), p, m->stride);
	}
	if (m->nent == 0)
		add_entries(m);
	rebuild_index(m, index_slots_for(m->nent));
}

// grow runs before an insert that would fill the entries or the index.
static void grow(go_map *m)
{
	if (m->nent == m->cap) {
		if (m->count * 2 < m->cap)
			compact(m);
		if (m->nent == m->cap)
			add_entries(m);
	}
	if ((uint64_t)(m->nent + 1) * 2 > m->mask + 1)
		rebuild_index(m, (m->mask + 1) * 2);
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
	unsigned cshift = 3;
	while (((size_t)2 << cshift) * m->stride <= MAP_CHUNK_BYTES)
		cshift++;
	m->cshift = (uint8_t)cshift;
	reset_entries(m);
	do
		add_entries(m);
	while (m->cap < hint);
	rebuild_index(m, index_slots_for(hint));
	return m;
}

int64_t go_map_len(go_map *m)
{
	return m ? m->count : 0;
}

// Returns the entry holding key, or NULL; *slot is its index slot, or the
// empty one where it would go.
static uint8_t *find(const go_map *m, const void *key, uint64_t h, uint64_t *slot)
{
	const go_type *kt = m->mt->key;
	uint32_t tag = slot_tag(m, h), emask = (1u << m->ebits) - 1;
	uint64_t j = h & m->mask;
	for (;;) {
		uint32_t e = m->index[j];
		if (!e)
			break;
		if ((e & ~emask) == tag) {
			uint8_t *p = ent(m, (int64_t)(e & emask) - 1);
			if (ent_hash(p) == h && key_eq(kt, p + 8, key)) {
				*slot = j;
				return p;
			}
		}
		j = (j + 1) & m->mask;
	}
	*slot = j;
	return NULL;
}

void *go_map_access(const go_type *mt, go_map *m, const void *key, bool *ok)
{
	if (m && m->count) {
		uint64_t slot;
		uint8_t *p = find(m, key, key_hash(m, key), &slot);
		if (p) {
			if (ok)
				*ok = true;
			return p + m->voff;
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
	uint8_t *p = find(m, key, h, &slot);
	if (p)
		return p + m->voff;
	if (m->nent == m->cap || (uint64_t)(m->nent + 1) * 2 > m->mask + 1) {
		grow(m);
		find(m, key, h, &slot);
	}
	int64_t i = m->nent++;
	p = ent(m, i);
	memset(p, 0, m->stride);
	memcpy(p, &h, 8);
	memcpy(p + 8, key, m->mt->key->size);
	m->index[slot] = index_slot(m, h, i);
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
	uint8_t *p = find(m, key, key_hash(m, key), &slot);
	if (!p)
		return;
	memset(p, 0, m->stride);   // dead; and let the GC drop what it held
	m->count--;
}

void go_map_iter_init(go_map_iter *it, go_map *m)
{
	it->m = m;
	it->i = 0;
	it->key = it->val = NULL;
	if (m) {
		it->end = m->nent;
		it->segs = m->segs;
		it->gen = m->gen;
	}
}

bool go_map_iter_next(go_map_iter *it)
{
	go_map *m = it->m;
	if (!m)
		return false;
	if (it->gen == m->gen) {
		while (it->i < it->end) {
			uint8_t *p = ent(m, it->i++);
			if (ent_hash(p)) {
				it->key = p + 8;
				it->val = p + m->voff;
				return true;
			}
		}
	} else {
		// Compacted since the start: it->segs is the storage as it was
		// then (compaction makes a new chunk table and never writes the
		// old one again); a key counts only if the map holds it now, and
		// the value is the map's.
		while (it->i < it->end) {
			uint8_t *p = ent_in(it->segs, m->cshift, m->stride, it->i++);
			uint64_t h = ent_hash(p), slot;
			if (!h)
				continue;
			uint8_t *q = find(m, p + 8, h, &slot);
			// A key unequal to itself (NaN) is never found, and never
			// deleted either: still in the map, as it was.
			if (!q && !key_eq(m->mt->key, p + 8, p + 8))
				q = p;
			if (q) {
				it->key = q + 8;
				it->val = q + m->voff;
				return true;
			}
		}
	}
	it->m = NULL;
	return false;
}
