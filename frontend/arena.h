// arena.h: bump allocation for compiler data (AST, types, symbols, graphs).
//
// Every long-lived compiler object comes from an Arena and is freed all at
// once with arena_free(): no object is ever freed alone, so no ownership
// bookkeeping is needed. Memory is zeroed, so structs start in a known state.
#ifndef MGO_ARENA_H
#define MGO_ARENA_H

#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
	ArenaChunk *head;   // newest chunk first
	size_t used_total;  // bytes handed out, for -d statistics
} Arena;

void *arena_zalloc(Arena *a, size_t size);
void *arena_memdup(Arena *a, const void *p, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_sprintf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_free(Arena *a);
// Frees all but one ordinary chunk, which is zeroed (as far as it was used)
// and reused: an arena filled and emptied many times (escape analysis's
// per-batch one) zeroes what it used instead of a fresh chunk each time.
void arena_reset(Arena *a);

// A frozen base of an arena: the objects it held, at the same addresses,
// and a copy of their bytes. A process that compiles many programs against
// the same library declarations (fuzz/pipeline.c) builds them once, freezes
// them, and puts the copy back after each program: a program may write into
// them (a type's cached pointer type, a symbol's flags), and the next one
// must find them as they were.
typedef struct ArenaImage {
	ArenaChunk *chunks;
	unsigned char *copy;
	size_t bytes;
} ArenaImage;
// Moves a's chunks into img and saves their bytes; a starts empty (new
// objects go to new chunks, which arena_free frees as before).
void arena_freeze(Arena *a, ArenaImage *img);
// Writes the saved bytes back over the frozen objects.
void arena_restore(const ArenaImage *img);

// The arena that holds the AST, types and symbols of the compilation.
extern Arena ast_arena;

// Allocation outside arenas aborts on out-of-memory with a message.
void *xmalloc(size_t size);
void *xrealloc(void *p, size_t size);

// A growable NUL-terminated string on the C heap, for text built piece by
// piece (expression printers, -m messages); strbuf_done moves it into an
// arena and frees the heap copy.
typedef struct StrBuf {
	char *p;
	size_t len, cap;
} StrBuf;
void strbuf_put(StrBuf *b, const char *s);
void strbuf_putf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *strbuf_done(StrBuf *b, Arena *a);

// Growable arena-backed array: `T *items; int len, cap;`.  vec_push grows by
// doubling; the old block is simply abandoned in the arena.
#define VEC(T) struct { T *items; int len, cap; }
#define vec_push(arena, v, x) do { \
		if ((v)->len == (v)->cap) { \
			int ncap_ = (v)->cap ? (v)->cap * 2 : 4; \
			void *nitems_ = arena_zalloc((arena), (size_t)ncap_ * sizeof *(v)->items); \
			if ((v)->len) memcpy(nitems_, (v)->items, (size_t)(v)->len * sizeof *(v)->items); \
			(v)->items = nitems_; (v)->cap = ncap_; \
		} \
		(v)->items[(v)->len++] = (x); \
	} while (0)

#endif
