// inl_typeset.c: sets of types up to identity, for inl_wrappers.c.
//
// The wrapper walk asks "was an identical type seen?" once per type it
// meets; comparing against every earlier type made programs with many
// deep types (p1 := &p0, p2 := &p1, ...: a tower of pointer types) cubic.
// Types are hashed structurally (a named type by itself, so recursion
// stops there; each hash is memoised), and only equal hashes compared.
#include "inline/inl_internal.h"

#include <stdlib.h>

static uint64_t mix(uint64_t h, uint64_t x)
{
	h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h;
}

static uint64_t type_hash(InlTypeSet *s, Type *t);

static size_t slot_of(const struct InlTypeMemo *e, bool by_type)
{
	return by_type ? ((uintptr_t)e->t >> 4) * 0x9e3779b97f4a7c15ull : e->h;
}

// Doubles an open-addressing table (*tab, *n entries) when half full;
// by_type: keyed by the Type pointer (the memo), else by the hash (the set).
static void grow(struct InlTypeMemo **tab, size_t *n, size_t used, bool by_type)
{
	if (2 * used <= *n)
		return;
	size_t nn = *n * 2;
	struct InlTypeMemo *m = calloc(nn, sizeof *m);
	for (size_t i = 0; i < *n; i++) {
		if (!(*tab)[i].t)
			continue;
		size_t k = slot_of(&(*tab)[i], by_type) & (nn - 1);
		while (m[k].t)
			k = (k + 1) & (nn - 1);
		m[k] = (*tab)[i];
	}
	free(*tab);
	*tab = m;
	*n = nn;
}

static uint64_t fields_hash(InlTypeSet *s, uint64_t h, FieldList *l)
{
	h = mix(h, (uint64_t)l->len);
	for (int i = 0; i < l->len; i++) {
		Field *f = &l->items[i];
		for (const char *c = f->name ? f->name : ""; *c; c++)
			h = mix(h, (unsigned char)*c);
		h = mix(h, f->embedded);
		h = mix(h, type_hash(s, f->type));
	}
	return h;
}

static uint64_t type_hash(InlTypeSet *s, Type *t)
{
	if (!t)
		return 1;
	if (t->kind == TY_NAMED)
		return mix(7, (uint64_t)(uintptr_t)(t->sym ? (void *)t->sym : (void *)t));
	// memo: open addressing on the Type pointer
	size_t mask = s->nmemo - 1;
	size_t j = ((uintptr_t)t >> 4) * 0x9e3779b97f4a7c15ull & mask;
	for (; s->memo[j].t; j = (j + 1) & mask)
		if (s->memo[j].t == t)
			return s->memo[j].h;
	uint64_t h = mix(3, (uint64_t)t->kind);
	h = mix(h, (uint64_t)t->len);
	h = mix(h, (uint64_t)t->chan_dir);
	h = mix(h, t->variadic);
	h = mix(h, type_hash(s, t->elem));
	h = mix(h, type_hash(s, t->key));
	h = fields_hash(s, h, &t->fields);
	h = fields_hash(s, h, &t->results);
	for (int i = 0; i < t->methods.len; i++)
		h = mix(h, type_hash(s, t->methods.items[i].sig));
	// (the table may have grown while hashing the parts)
	grow(&s->memo, &s->nmemo, s->nmemo_used + 1, true);
	mask = s->nmemo - 1;
	j = ((uintptr_t)t >> 4) * 0x9e3779b97f4a7c15ull & mask;
	while (s->memo[j].t)
		j = (j + 1) & mask;
	s->memo[j].t = t;
	s->memo[j].h = h;
	s->nmemo_used++;
	return h;
}

void inl_typeset_init(InlTypeSet *s)
{
	*s = (InlTypeSet){0};
	s->nmemo = 64;
	s->memo = calloc(s->nmemo, sizeof *s->memo);
	s->nslots = 64;
	s->slots = calloc(s->nslots, sizeof *s->slots);
}

void inl_typeset_free(InlTypeSet *s)
{
	free(s->memo);
	free(s->slots);
	*s = (InlTypeSet){0};
}

bool inl_typeset_add(InlTypeSet *s, Type *t)
{
	uint64_t h = type_hash(s, t);
	size_t mask = s->nslots - 1;
	size_t j = h & mask;
	for (; s->slots[j].t; j = (j + 1) & mask)
		if (s->slots[j].h == h && (s->slots[j].t == t || type_identical(s->slots[j].t, t)))
			return false;
	s->slots[j].t = t;
	s->slots[j].h = h;
	grow(&s->slots, &s->nslots, ++s->nused, false);
	return true;
}
