// graph.c: locations, holes and the flow primitive of the escape graph.
//
// build_*.c lower the AST into calls of these functions; solve.c walks the
// result. Everything here is allocated from the batch's arena and dies with
// the batch. escape.h explains derefs, holes and the location kinds.
#include "escape.h"

#include <string.h>

void esc_batch_init(EscBatch *b)
{
	memset(b, 0, sizeof *b);
	b->heap.escapes = true;
	b->heap.id = -1;
	b->blank.id = -2;
}

void esc_batch_free(EscBatch *b)
{
	arena_free(&b->arena);
	b->locs.items = NULL;
	b->locs.len = b->locs.cap = 0;
}

EscLoc *esc_new_loc(EscBatch *b, EscFunc *fn, Node *node, Sym *var, bool transient,
	int loop_depth)
{
	EscLoc *l = arena_zalloc(&b->arena, sizeof *l);
	l->node = node;
	l->var = var;
	l->fn = fn;
	l->loop_depth = loop_depth;
	l->transient = transient;
	l->id = b->locs.len;
	vec_push(&b->arena, &b->locs, l);
	return l;
}

bool esc_loc_is_heap(const EscBatch *b, const EscLoc *l)
{
	return l == &b->heap;
}

EscHole esc_hole(EscLoc *l)
{
	return (EscHole){.dst = l};
}

EscHole esc_heap_hole(EscBatch *b)
{
	return esc_hole(&b->heap);
}

EscHole esc_discard_hole(EscBatch *b)
{
	return esc_hole(&b->blank);
}

EscHole esc_shift(EscHole k, int delta)
{
	k.derefs += delta;
	if (k.derefs < -1)
		bug("esc_shift: derefs underflow (%d)", k.derefs);
	k.addrtaken = delta < 0;
	return k;
}

// Notes cost an allocation per hole, so they exist only when someone will
// print them (-m=2, json).
EscHole esc_note(EscBatch *b, EscHole k, Node *where, const char *why)
{
	if (b->keep_notes && where) {
		EscNote *n = arena_zalloc(&b->arena, sizeof *n);
		n->next = k.notes;
		n->where = where;
		n->why = why;
		k.notes = n;
	}
	return k;
}

EscHole esc_deref(EscBatch *b, EscHole k, Node *where, const char *why)
{
	return esc_note(b, esc_shift(k, 1), where, why);
}

EscHole esc_addr(EscBatch *b, EscHole k, Node *where, const char *why)
{
	return esc_note(b, esc_shift(k, -1), where, why);
}

// flow records "k.dst = <derefs> src". A flow of an address into something
// already known to escape needs no edge: src escapes right away, which is
// also what Go does (and why it is visible in -m=2 output order).
void esc_flow(EscBatch *b, EscHole k, EscLoc *src)
{
	if (k.addrtaken)
		src->addrtaken = true;
	EscLoc *dst = k.dst;
	if (dst == &b->blank)
		return;
	if (dst == src && k.derefs >= 0)
		return;  // x = x, x = *x: nothing new reaches x
	if (dst->escapes && k.derefs < 0) {
		if (b->on_flow_escape)
			b->on_flow_escape(b, k, src);
		src->escapes = true;
		return;
	}
	EscEdge e = {src, k.derefs, k.notes};
	vec_push(&b->arena, &dst->edges, e);
}

EscHole esc_tee(EscBatch *b, EscFunc *fn, int loop_depth, EscHole *ks, int n)
{
	if (n == 0)
		return esc_discard_hole(b);
	if (n == 1)
		return ks[0];
	// "l1 = _; l2 = *_" become "t = _; l1 = t; l2 = *t". That rewiring is
	// only sound for derefs >= 0: "l = &_" cannot be split through a temp.
	EscLoc *t = esc_new_loc(b, fn, NULL, NULL, true, loop_depth);
	for (int i = 0; i < n; i++) {
		if (ks[i].derefs < 0)
			bug("esc_tee: negative derefs");
		esc_flow(b, ks[i], t);
	}
	return esc_hole(t);
}

EscHole esc_later(EscBatch *b, EscFunc *fn, int loop_depth, EscHole k)
{
	EscLoc *t = esc_new_loc(b, fn, NULL, NULL, false, loop_depth);
	esc_flow(b, k, t);
	return esc_hole(t);
}

EscHole esc_spill(EscBatch *b, EscFunc *fn, int loop_depth, EscHole k, Node *n)
{
	EscLoc *l = esc_new_loc(b, fn, n, NULL, true, loop_depth);
	esc_flow(b, esc_addr(b, k, n, "spill"), l);
	return esc_hole(l);
}
