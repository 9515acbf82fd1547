// go_iface.c: type descriptors of the predeclared types, boxing, itabs,
// type assertions, and Go's == and hashing driven by descriptors.
//
// Codegen emits one go_type per distinct type it needs at run time and one
// static go_itab per (concrete type, interface) conversion it sees; itabs
// needed only dynamically (x.(I), I1 -> I2) are built here on first use by
// matching the interface's sorted method list against the type's.
#include "go_rt.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define BASIC(name, K, T, gostr) \
	const go_type go_type_##name = {sizeof(T), K, \
		GO_TF_COMPARABLE | GO_TF_NOSCAN, gostr, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
BASIC(bool, GO_KIND_BOOL, bool, "bool")
BASIC(int, GO_KIND_INT, int64_t, "int")
BASIC(int8, GO_KIND_INT8, int8_t, "int8")
BASIC(int16, GO_KIND_INT16, int16_t, "int16")
BASIC(int32, GO_KIND_INT32, int32_t, "int32")
BASIC(int64, GO_KIND_INT64, int64_t, "int64")
BASIC(uint, GO_KIND_UINT, uint64_t, "uint")
BASIC(uint8, GO_KIND_UINT8, uint8_t, "uint8")
BASIC(uint16, GO_KIND_UINT16, uint16_t, "uint16")
BASIC(uint32, GO_KIND_UINT32, uint32_t, "uint32")
BASIC(uint64, GO_KIND_UINT64, uint64_t, "uint64")
BASIC(uintptr, GO_KIND_UINTPTR, uintptr_t, "uintptr")
BASIC(float32, GO_KIND_FLOAT32, float, "float32")
BASIC(float64, GO_KIND_FLOAT64, double, "float64")

static const uint8_t string_mask[] = {1};
const go_type go_type_string = {sizeof(go_string), GO_KIND_STRING, GO_TF_COMPARABLE, "string",
	0, 0, 0, 0, 0, 0, 0, 0, 0, string_mask};
static const go_imethod error_methods[] = {{"Error", "func() string"}};
static const uint8_t iface_mask[] = {3};
const go_type go_type_error = {sizeof(go_iface), GO_KIND_IFACE, GO_TF_COMPARABLE | GO_TF_NAMED,
	"error", 0, 0, 0, 0, 0, 0, 0, error_methods, 1, iface_mask};

// Go's staticuint64s: small integers box without allocating.
static const uint64_t small_ints[256] = {
#define R4(i) i, i + 1, i + 2, i + 3
#define R16(i) R4(i), R4(i + 4), R4(i + 8), R4(i + 12)
#define R64(i) R16(i), R16(i + 16), R16(i + 32), R16(i + 48)
	R64(0), R64(64), R64(128), R64(192)
#undef R64
#undef R16
#undef R4
};

void *go_box(const go_type *t, const void *v)
{
	if (t->kind >= GO_KIND_BOOL && t->kind <= GO_KIND_UINTPTR) {
		uint64_t x = 0;
		memcpy(&x, v, t->size);   // little-endian: the low bytes
		if (x < 256)
			return (void *)&small_ints[x];
	}
	if (t->size == 0)
		return &go_zerobase;
	void *p = go_new_t(t);
	memcpy(p, v, t->size);
	return p;
}

const void *go_iface_dataptr(const go_type *t, void *const *data)
{
	return t->flags & GO_TF_DIRECT ? (const void *)data : *data;
}

// {==================== itabs ====================

typedef struct itab_entry {
	struct itab_entry *next;
	go_itab *itab;
} itab_entry;
#define ITAB_BUCKETS 1024
static itab_entry *itab_table[ITAB_BUCKETS];
static pthread_mutex_t itab_lock = PTHREAD_MUTEX_INITIALIZER;

const go_itab *go_getitab(const go_type *inter, const go_type *t, const char **missing)
{
	uintptr_t h = (((uintptr_t)inter >> 4) * 31 + ((uintptr_t)t >> 4)) % ITAB_BUCKETS;
	pthread_mutex_lock(&itab_lock);
	for (itab_entry *e = itab_table[h]; e; e = e->next) {
		if (e->itab->inter == inter && e->itab->type == t) {
			pthread_mutex_unlock(&itab_lock);
			return e->itab;
		}
	}
	pthread_mutex_unlock(&itab_lock);
	go_itab *it = malloc(sizeof *it + (size_t)inter->nimethods * sizeof(void *));
	if (!it)
		abort();
	it->type = t;
	it->inter = inter;
	int j = 0;
	for (int i = 0; i < inter->nimethods; i++) {
		const go_imethod *im = &inter->imethods[i];
		while (j < t->nmethods && strcmp(t->methods[j].name, im->name) < 0)
			j++;
		if (j >= t->nmethods || strcmp(t->methods[j].name, im->name) != 0 ||
		    strcmp(t->methods[j].sig, im->sig) != 0) {
			if (missing)
				*missing = im->name;
			free(it);
			return NULL;
		}
		it->fun[i] = t->methods[j].ifn;
	}
	itab_entry *e = malloc(sizeof *e);
	if (!e)
		abort();
	e->itab = it;
	pthread_mutex_lock(&itab_lock);
	e->next = itab_table[h];
	itab_table[h] = e;
	pthread_mutex_unlock(&itab_lock);
	return it;
}

go_iface go_assert_iface(const go_type *inter, const go_type *t, void *data,
	const go_type *src, bool *ok)
{
	const char *missing = NULL;
	const go_itab *it = t ? go_getitab(inter, t, &missing) : NULL;
	if (!it) {
		if (ok) {
			*ok = false;
			return (go_iface){NULL, NULL};
		}
		(void)src;
		go_panic_assert_iface(t, inter, missing);
	}
	if (ok)
		*ok = true;
	return (go_iface){it, data};
}

go_iface go_assert_eface(const go_type *t, void *data, const go_type *src, bool *ok)
{
	if (!t) {
		if (ok) {
			*ok = false;
			return (go_iface){NULL, NULL};
		}
		go_panic_assert(NULL, &go_type_string, src);
	}
	if (ok)
		*ok = true;
	return (go_iface){t, data};
}

// }==================== equality and hashing ====================

_Noreturn static void uncomparable(const char *what, const go_type *t)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s %s type %s", what,
		strcmp(what, "hash of") == 0 ? "unhashable" : "uncomparable", t->str);
	char *msg = malloc(strlen(buf) + 1);
	strcpy(msg, buf);
	go_panic_msg(msg);
}

bool go_efaceeq(const go_type *t, void *x, void *y)
{
	if (!t)
		return true;
	if (!(t->flags & GO_TF_COMPARABLE))
		uncomparable("comparing", t);
	if (t->flags & GO_TF_DIRECT)
		return x == y;
	return go_equal(t, x, y);
}

bool go_iface_eq(go_iface a, bool a_empty, go_iface b, bool b_empty)
{
	const go_type *ta = a_empty ? go_eface_type(a) : go_iface_type(a);
	const go_type *tb = b_empty ? go_eface_type(b) : go_iface_type(b);
	if (ta != tb)
		return false;
	return go_efaceeq(ta, a.data, b.data);
}

bool go_equal(const go_type *t, const void *a, const void *b)
{
	switch (t->kind) {
	case GO_KIND_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case GO_KIND_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case GO_KIND_STRING:
		return go_string_eq(*(const go_string *)a, *(const go_string *)b);
	case GO_KIND_IFACE: {
		bool empty = t->flags & GO_TF_EMPTY_IFACE;
		return go_iface_eq(*(const go_iface *)a, empty, *(const go_iface *)b, empty);
	}
	case GO_KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			size_t off = (size_t)i * t->elem->size;
			if (!go_equal(t->elem, (const char *)a + off, (const char *)b + off))
				return false;
		}
		return true;
	case GO_KIND_STRUCT:
		for (int i = 0; i < t->nfields; i++) {
			const go_field *f = &t->fields[i];
			if (strcmp(f->name, "_") == 0)
				continue;
			if (!go_equal(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
				return false;
		}
		return true;
	case GO_KIND_SLICE: case GO_KIND_MAP: case GO_KIND_FUNC:
		uncomparable("comparing", t);
	default:
		return memcmp(a, b, t->size) == 0;
	}
}

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h *= 0xff51afd7ed558ccdULL;
	return h ^ (h >> 33);
}

// Multiplies out to 128 bits and folds: every input bit reaches every
// output bit.
static inline uint64_t fold_mul(uint64_t a, uint64_t b)
{
	unsigned __int128 r = (unsigned __int128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t load32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

// Eight bytes at a time (string keys are hashed on every map access, and
// a byte at a time was a tenth of a word-counting program); the last
// 1..8 bytes are read as overlapping words, never past the end.
static uint64_t hash_bytes(const uint8_t *p, size_t n, uint64_t h)
{
	const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
	uint64_t x = h ^ k0 ^ (uint64_t)n;
	size_t len = n;
	for (; n > 8; p += 8, n -= 8)
		x = fold_mul(x ^ load64(p), k1);
	uint64_t a, b;
	if (n >= 4) {
		a = load32(p);
		b = load32(p + n - 4);
	} else if (n > 0) {
		a = (uint64_t)p[0] << 16 | (uint64_t)p[n / 2] << 8 | p[n - 1];
		b = 0;
	} else {
		a = b = 0;
	}
	return mix(fold_mul(x ^ a, k1 ^ (b << 1)), len);
}

uint64_t go_hash(const go_type *t, const void *p, uint64_t seed)
{
	switch (t->kind) {
	case GO_KIND_FLOAT32: {
		float f = *(const float *)p;
		if (f == 0)
			return mix(seed, 0);
		if (f != f)
			return mix(seed, (uint64_t)rand());   // NaN != NaN: any hash
		uint32_t u;
		memcpy(&u, &f, 4);
		return mix(seed, u);
	}
	case GO_KIND_FLOAT64: {
		double f = *(const double *)p;
		if (f == 0)
			return mix(seed, 0);
		if (f != f)
			return mix(seed, (uint64_t)rand());
		uint64_t u;
		memcpy(&u, &f, 8);
		return mix(seed, u);
	}
	case GO_KIND_STRING: {
		const go_string *s = p;
		return hash_bytes(s->ptr, (size_t)s->len, seed);
	}
	case GO_KIND_IFACE: {
		const go_iface *i = p;
		const go_type *dt = t->flags & GO_TF_EMPTY_IFACE ? go_eface_type(*i) : go_iface_type(*i);
		if (!dt)
			return mix(seed, 0);
		if (!(dt->flags & GO_TF_COMPARABLE))
			uncomparable("hash of", dt);
		return go_hash(dt, go_iface_dataptr(dt, &i->data), mix(seed, (uintptr_t)dt));
	}
	case GO_KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++)
			seed = go_hash(t->elem, (const char *)p + (size_t)i * t->elem->size, seed);
		return seed;
	case GO_KIND_STRUCT:
		for (int k = 0; k < t->nfields; k++) {
			const go_field *f = &t->fields[k];
			if (strcmp(f->name, "_") != 0)
				seed = go_hash(f->type, (const char *)p + f->offset, seed);
		}
		return seed;
	case GO_KIND_SLICE: case GO_KIND_MAP: case GO_KIND_FUNC:
		uncomparable("hash of", t);
	default: {
		uint64_t v = 0;
		if (t->size <= 8) {
			memcpy(&v, p, t->size);
			return mix(seed, v);
		}
		return hash_bytes(p, t->size, seed);
	}
	}
}
