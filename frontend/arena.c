// arena.c: chunked bump allocator behind arena.h.
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaChunk {
	ArenaChunk *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

enum { CHUNK_MIN = 1 << 20, POOL_MAX = 32 };

Arena ast_arena;

// Freed ordinary chunks, zeroed, for the next arena to take. A process that
// compiles many programs (the fuzzers, test_session) or empties arenas often
// (the escape and inlining passes) would otherwise map, zero and unmap a
// megabyte per arena per program, which under ASan costs more than the
// compilation itself. Only the compiling thread allocates (mgoc.c runs
// one), so the pool needs no lock.
static ArenaChunk *pool;
static int pool_len;

static ArenaChunk *chunk_new(size_t cap)
{
	if (cap == CHUNK_MIN && pool) {
		ArenaChunk *c = pool;
		pool = c->next;
		pool_len--;
		return c;
	}
	// calloc: fresh chunks are zero, and large ones come straight from
	// mmap so untouched pages cost nothing.
	ArenaChunk *c = calloc(1, sizeof *c + cap);
	if (!c) {
		fprintf(stderr, "mgoc: out of memory (%zu bytes)\n", cap);
		abort();
	}
	c->size = cap;
	return c;
}

// Zeroes what was handed out, so a pooled chunk is as fresh as calloc's.
static void chunk_free(ArenaChunk *c)
{
	if (c->size != CHUNK_MIN || pool_len >= POOL_MAX) {
		free(c);
		return;
	}
	memset(c->data, 0, c->used);
	c->used = 0;
	c->next = pool;
	pool = c;
	pool_len++;
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p) {
		fprintf(stderr, "mgoc: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

void *xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size ? size : 1);
	if (!q) {
		fprintf(stderr, "mgoc: out of memory (%zu bytes)\n", size);
		abort();
	}
	return q;
}

void *arena_zalloc(Arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	ArenaChunk *c = a->head;
	if (!c || c->size - c->used < size) {
		c = chunk_new(size > CHUNK_MIN ? size : CHUNK_MIN);
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	a->used_total += size;
	return p;
}

void *arena_memdup(Arena *a, const void *p, size_t size)
{
	void *q = arena_zalloc(a, size);
	if (size)
		memcpy(q, p, size);
	return q;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
	char *q = arena_zalloc(a, n + 1);
	memcpy(q, s, n);
	q[n] = 0;
	return q;
}

char *arena_sprintf(Arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *q = arena_zalloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(q, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return q;
}

void arena_reset(Arena *a)
{
	ArenaChunk *keep = a->head;
	if (keep && keep->size != CHUNK_MIN)
		keep = NULL;   // a large chunk made for one big object: not kept
	ArenaChunk *c = a->head;
	while (c) {
		ArenaChunk *next = c->next;
		if (c != keep)
			chunk_free(c);
		c = next;
	}
	if (keep) {
		memset(keep->data, 0, keep->used);   // only what was handed out
		keep->used = 0;
		keep->next = NULL;
	}
	a->head = keep;
	a->used_total = 0;
}

void arena_free(Arena *a)
{
	ArenaChunk *c = a->head;
	while (c) {
		ArenaChunk *next = c->next;
		chunk_free(c);
		c = next;
	}
	a->head = NULL;
	a->used_total = 0;
}

void arena_freeze(Arena *a, ArenaImage *img)
{
	size_t bytes = 0;
	for (ArenaChunk *c = a->head; c; c = c->next)
		bytes += c->used;
	img->chunks = a->head;
	img->bytes = bytes;
	img->copy = xmalloc(bytes);
	unsigned char *p = img->copy;
	for (ArenaChunk *c = a->head; c; c = c->next) {
		memcpy(p, c->data, c->used);
		p += c->used;
	}
	a->head = NULL;
	a->used_total = 0;
}

void arena_restore(const ArenaImage *img)
{
	const unsigned char *p = img->copy;
	for (ArenaChunk *c = img->chunks; c; c = c->next) {
		memcpy(c->data, p, c->used);
		p += c->used;
	}
}

void strbuf_put(StrBuf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->len, s, n + 1);
	b->len += n;
}

void strbuf_putf(StrBuf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < (int)sizeof tmp) {
		strbuf_put(b, n < 0 ? "" : tmp);
		return;
	}
	// longer than the scratch (a deeply nested type's name): no truncation
	char *big = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	strbuf_put(b, big);
	free(big);
}

const char *strbuf_done(StrBuf *b, Arena *a)
{
	const char *s = arena_strndup(a, b->p ? b->p : "", b->len);
	free(b->p);
	*b = (StrBuf){0};
	return s;
}
