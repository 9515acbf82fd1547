// solve.c: decides which locations must live on the heap.
//
// Input: the graph that build_*.c made for one batch of functions.
// Output: EscLoc.escapes for every location whose address outlives it,
// EscLoc.transient for sites whose address never leaves the statement, and
// EscLeaks for every parameter. escape.h explains derefs and holes.
//
// The fixed point must be Go's, not merely *a* fixed point: the order of the
// work stack decides nothing about the result, but -m=2 prints explanations
// as they are discovered, so the stack discipline (LIFO, roots pushed in
// creation order, heap last) is kept exactly.
#include "escape.h"

#include <stdlib.h>

typedef struct Stack {
	EscLoc **items;
	int len, cap;
} Stack;

static void push(Stack *s, EscLoc *l)
{
	if (l->queued)
		return;
	if (s->len == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->items = xrealloc(s->items, (size_t)s->cap * sizeof *s->items);
	}
	s->items[s->len++] = l;
	l->queued = true;
}

// c is a closure nested (at any depth) inside f.
bool esc_contains_closure(const EscFunc *f, const EscFunc *c)
{
	if (!f || !c || f == c)
		return false;
	for (const EscFunc *p = c->outer; p; p = p->outer)
		if (p == f)
			return true;
	return false;
}

// esc_outlives reports whether values stored in l may survive beyond the
// lifetime of `other` if other were on the stack.
bool esc_outlives(const EscLoc *l, const EscLoc *other)
{
	if (l->escapes)
		return true;  // the heap outlives everything
	if (l->result_index > 0) {
		// Callers may keep results forever, except that a literal called
		// where it is written may return its parent's locals:
		// `*(func() *int { return &u }()) = 42` keeps u on the stack.
		if (esc_contains_closure(other->fn, l->fn) && l->fn->closure_called)
			return false;
		return true;
	}
	// Same function: declared outside other's loop means it outlives it
	// (`var l *int; for { l = new(int) }`).
	if (l->fn == other->fn && l->loop_depth < other->loop_depth)
		return true;
	// other belongs to a closure nested in l's function: the closure may
	// run later than any particular frame of its own.
	if (esc_contains_closure(l->fn, other->fn))
		return true;
	return false;
}

// walk_one computes the least derefs from every location to root
// (Bellman-Ford; derefs are clamped at 0 past the first hop, so negative
// cycles cannot run forever) and applies what it finds.
static void walk_one(EscBatch *b, EscLoc *root, uint32_t gen, Stack *todo, Stack *work,
	int *ntransient)
{
	b->nwalks++;
	root->walkgen = gen;
	root->derefs = 0;
	root->dst = NULL;
	work->len = 0;
	work->items[work->len++] = root;
	while (work->len > 0) {
		EscLoc *l = work->items[--work->len];
		int derefs = l->derefs;
		bool addr_of = derefs < 0;
		if (addr_of) {
			// "root = &l; l = x": l's address reaches root, x's does not.
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				(*ntransient)--;
				push(todo, l);
			}
		}
		if (esc_outlives(root, l)) {
			if (l->is_param) {
				if (b->on_leak && !l->escapes)
					b->on_leak(b, root, l, derefs);
				esc_leak_to(l, root, derefs);
			}
			if (addr_of && !l->escapes) {
				if (b->on_escape)
					b->on_escape(b, root, l);
				l->escapes = true;
				push(todo, l);
				continue;  // the walk from l, as a root, covers the rest
			}
		}
		for (int i = 0; i < l->edges.len; i++) {
			EscEdge *e = &l->edges.items[i];
			EscLoc *s = e->src;
			if (s->escapes)
				continue;
			int d = derefs + e->derefs;
			if (s->walkgen != gen || s->derefs > d) {
				s->walkgen = gen;
				s->derefs = d;
				s->dst = l;
				s->dst_edge = i;
				if (work->len == work->cap) {
					work->cap *= 2;
					work->items = xrealloc(work->items,
						(size_t)work->cap * sizeof *work->items);
				}
				work->items[work->len++] = s;
			}
		}
	}
}

// esc_walk_all walks from every location (and the heap) until nothing
// changes. Each location is re-queued at most twice (transient->persistent,
// stack->heap), so there are O(#locations) walks.
// Marks (in `inner`) the locations that nothing in the batch can be outlived
// by: no location of their function sits deeper in loops, and no closure
// inside their function has locations. A walk from such a root can only
// clear transient flags.
static bool *innermost_roots(EscBatch *b)
{
	int n = b->locs.len;
	bool *inner = xmalloc((size_t)(n ? n : 1) * sizeof *inner);
	struct { EscFunc *fn; int maxdepth; bool nested; } *fs = NULL;
	int nf = 0, cap = 0, last = -1;
	for (int i = 0; i < n; i++) {
		EscLoc *l = b->locs.items[i];
		if (last < 0 || fs[last].fn != l->fn) {
			last = -1;
			for (int k = 0; k < nf; k++)
				if (fs[k].fn == l->fn)
					last = k;
			if (last < 0) {
				if (nf == cap) {
					cap = cap ? cap * 2 : 8;
					fs = xrealloc(fs, (size_t)cap * sizeof *fs);
				}
				fs[nf].fn = l->fn;
				fs[nf].maxdepth = l->loop_depth;
				fs[nf].nested = false;
				last = nf++;
			}
		}
		if (l->loop_depth > fs[last].maxdepth)
			fs[last].maxdepth = l->loop_depth;
	}
	for (int k = 0; k < nf; k++)
		for (int j = 0; j < nf && !fs[k].nested; j++)
			fs[k].nested = esc_contains_closure(fs[k].fn, fs[j].fn);
	for (int i = 0; i < n; i++) {
		EscLoc *l = b->locs.items[i];
		inner[i] = false;
		for (int k = 0; k < nf; k++)
			if (fs[k].fn == l->fn)
				inner[i] = !fs[k].nested && l->loop_depth >= fs[k].maxdepth;
	}
	free(fs);
	return inner;
}

void esc_walk_all(EscBatch *b)
{
	Stack todo = {0}, work = {0};
	work.cap = 64;
	work.items = xmalloc((size_t)work.cap * sizeof *work.items);
	int ntransient = 0;
	for (int i = 0; i < b->locs.len; i++) {
		push(&todo, b->locs.items[i]);
		ntransient += b->locs.items[i]->transient;
	}
	push(&todo, &b->heap);
	// A walk matters only if its root can outlive something (escapes,
	// results, outer loop depths, enclosing closures) or can clear a
	// transient flag. Skipping the others keeps chains of nested literals
	// (each root reaching every inner one) from costing O(n^2).
	bool *inner = innermost_roots(b);
	uint32_t gen = 0;
	while (todo.len > 0) {
		EscLoc *root = todo.items[--todo.len];
		root->queued = false;
		if (root != &b->heap && !root->escapes && root->result_index == 0 &&
		    root->id >= 0 && root->id < b->locs.len && b->locs.items[root->id] == root &&
		    inner[root->id] && (root->transient || ntransient == 0))
			continue;
		walk_one(b, root, ++gen, &todo, &work, &ntransient);
	}
	free(inner);
	free(todo.items);
	free(work.items);
}
