// check_sizes.c: the limits Go's back end puts on types — a channel's
// element under 64kB, an array inside the address space — reported as Go
// reports them: only when the package type-checks, at the declaration (or
// make) that first needs the type's size.
#include "check.h"

typedef struct Late {
	Pos pos;
	const char *msg;
} Late;

static VEC(Late) late;
static TypeList chans_reported;  // Go sizes a channel type once

// Go's largest object on amd64 (1 << 50 bytes).
#define SIZE_MAX_WIDTH ((int64_t)1 << 50)

static void note(Pos at, const char *msg)
{
	vec_push(&ast_arena, &late, ((Late){at, msg}));
}

static void walk(Type *t, Pos at, int depth)
{
	if (!t || is_bad(t) || depth > 64)
		return;
	switch (t->kind) {
	case TY_ARRAY:
		walk(t->elem, at, depth + 1);
		if (t->elem && t->elem->size > 0 && t->len > (SIZE_MAX_WIDTH - 1) / t->elem->size)
			note(at, arena_sprintf(&ast_arena, "type %s larger than address space", type_errstring(t)));
		return;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			walk(t->fields.items[i].type, at, depth + 1);
		return;
	case TY_CHAN:
		for (int i = 0; i < chans_reported.len; i++)
			if (type_identical(chans_reported.items[i], t))
				return;
		if (t->elem && t->elem->size >= (1 << 16)) {
			vec_push(&ast_arena, &chans_reported, t);
			note(at, "channel element type too large (>64kB)");
		}
		return;
	default:
		// Named types are sized at their own declaration; pointers,
		// slices, maps and functions do not size what they refer to.
		return;
	}
}

void check_sizes_of(Type *t, Pos at)
{
	if (t && t->kind == TY_NAMED)
		t = t->underlying;
	walk(t, at, 0);
}

void check_sizes_flush(bool report)
{
	for (int i = 0; report && i < late.len; i++)
		diag_errorf(late.items[i].pos, "%s", late.items[i].msg);
	memset(&late, 0, sizeof late);
	memset(&chans_reported, 0, sizeof chans_reported);
}
