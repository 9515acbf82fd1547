// check_sizes.c: the limits Go's back end puts on types — a channel's
// element under 64kB, an array inside the address space — reported as Go
// reports them: only when the package type-checks, at the declaration (or
// make) that first needs the type's size. Also its 1GB limit on a
// function's stack frame, reported only when nothing else is wrong.
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

/* Go's back end refuses a function whose locals or whose own argument
 * area reach 1GB. The locals counted are the copies Go's order pass makes
 * of an array ranged over with a value variable: the only large stack
 * objects left, as escape analysis moves variables over 10MB to the heap.
 * Copies live one after another and share a slot, so the largest counts.
 * The argument area holds the receiver, parameters and results. */
#define FRAME_MAX ((int64_t)1 << 30)

typedef struct Frame {
	int64_t locals;
	struct Frame *up;
} Frame;

static Frame *frame;
static VEC(Late) frames;

void *check_frame_open(void)
{
	Frame *f = arena_zalloc(&ast_arena, sizeof *f);
	f->up = frame;
	frame = f;
	return f;
}

void check_frame_range(Type *x, bool copies)
{
	Type *t = x ? type_underlying(x) : NULL;
	if (frame && copies && t && t->kind == TY_ARRAY && t->size > frame->locals)
		frame->locals = t->size;
}

static int64_t args_width(int64_t off, const FieldList *l)
{
	for (int i = 0; i < l->len; i++) {
		Type *t = l->items[i].type;
		if (!t || is_bad(t))
			continue;
		int64_t a = t->align > 0 ? t->align : 1;
		off = (off + a - 1) / a * a + t->size;
	}
	return off;
}

void check_frame_close(void *open, Pos at, Type *recv, Type *sig)
{
	Frame *f = open;
	frame = f->up;
	if (!sig || sig->kind != TY_FUNC)
		return;
	int64_t args = 0;
	if (recv && !is_bad(recv))
		args = recv->size;
	args = args_width(args_width(args, &sig->fields), &sig->results);
	if (f->locals >= FRAME_MAX || args >= FRAME_MAX)
		vec_push(&ast_arena, &frames, ((Late){at, arena_sprintf(&ast_arena,
			"stack frame too large (>1GB): %lld MB locals + %lld MB args",
			(long long)(f->locals >> 20), (long long)(args >> 20))}));
}

// Frame errors of a clean package, held for check_frames_report.
static VEC(Late) pending;

void check_sizes_flush(bool report)
{
	// The back end runs only on a package without errors.
	bool clean = diag_count() == 0 && late.len == 0;
	for (int i = 0; report && i < late.len; i++)
		diag_errorf(late.items[i].pos, "%s", late.items[i].msg);
	memset(&pending, 0, sizeof pending);
	if (report && clean)
		memcpy(&pending, &frames, sizeof pending);
	memset(&late, 0, sizeof late);
	memset(&frames, 0, sizeof frames);
	memset(&chans_reported, 0, sizeof chans_reported);
	frame = NULL;
}

void check_frames_report(void)
{
	for (int i = 0; i < pending.len; i++)
		diag_errorf(pending.items[i].pos, "%s", pending.items[i].msg);
	memset(&pending, 0, sizeof pending);
}
