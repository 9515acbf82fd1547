// build_capture.c: closure captures — by value or by reference, and the
// order Go makes them in (§1.5).
//
// Apart from build_call.c because the order is its own small analysis (a
// walk of the literal's body for first uses) that -m=2 depends on for its
// line and text order, unrelated to how a call's arguments flow.
#include "escape/build.h"
#include "check.h"
#include <stdlib.h>

// The captures of a literal in the order Go makes its closure variables:
// at each one's first use outside constants, an assignment's right side
// before its left.
typedef struct FirstUse {
	SymList *caps;
	Sym **vars;    // in that order
	Node **uses;
	int n;
} FirstUse;

static void first_use(FirstUse *f, Sym *v, Node *use)
{
	bool cap = false, seen = false;
	for (int i = 0; i < f->caps->len && !cap; i++)
		cap = f->caps->items[i] == v;
	for (int i = 0; i < f->n && !seen; i++)
		seen = f->vars[i] == v;
	if (cap && !seen) {
		f->vars[f->n] = v;
		f->uses[f->n++] = use;
	}
}

static bool first_use_visit(Node *n, void *ctx);

// The captures of literal `lit` in Go's order (first uses, then the unused).
static int capture_order(Node *lit, Sym **vars, Node **uses)
{
	SymList *caps = &lit->u.funclit.captures;
	FirstUse fu = {caps, vars, uses, 0};
	// (Go makes its closure variables as it generates the body, dead code
	// included: a variable only used there is captured all the same)
	esc_visit_with_dead(lit->u.funclit.body, first_use_visit, &fu);
	for (int i = 0; i < caps->len; i++) {
		bool seen = false;
		for (int j = 0; j < fu.n && !seen; j++)
			seen = vars[j] == caps->items[i];
		if (!seen) {
			vars[fu.n] = caps->items[i];
			uses[fu.n++] = NULL;
		}
	}
	return fu.n;
}

// A literal nested in the one being captured for: Go captures what it
// needs from outside into the enclosing literal once it has made it, at
// its `func`, in the nested literal's own order.
static void nested_lit_uses(FirstUse *f, Node *lit)
{
	int nc = lit->u.funclit.captures.len;
	Sym **vars = xmalloc((size_t)(nc + 1) * sizeof *vars);
	Node **uses = xmalloc((size_t)(nc + 1) * sizeof *uses);
	int n = capture_order(lit, vars, uses);
	for (int i = 0; i < n; i++) {
		Node *id = ast_new(ND_IDENT, lit->pos);
		id->u.ident.name = vars[i]->name;
		id->u.ident.sym = vars[i];
		id->type = vars[i]->type;
		first_use(f, vars[i], id);
	}
	free(vars);
	free(uses);
}

static bool first_use_visit(Node *n, void *ctx)
{
	FirstUse *f = ctx;
	if (n->cval)
		return false;   // (len(arr) is a constant: no use of arr)
	if (n->kind == ND_IDENT) {
		first_use(f, n->u.ident.sym, n);
		return false;
	}
	if (n->kind == ND_FUNCLIT) {
		nested_lit_uses(f, n);
		return false;
	}
	if (n->kind == ND_INLCALL && n->u.inl.call) {
		// a literal called where it is written, inlined since: its
		// captures were made as for the literal
		Node *lit = ast_unparen(n->u.inl.call->u.call.fn);
		if (lit->kind == ND_FUNCLIT)
			nested_lit_uses(f, lit);
		return true;
	}
	if (n->kind == ND_ASSIGN) {
		for (int i = 0; i < n->u.assign.rhs.len; i++)
			esc_visit(n->u.assign.rhs.items[i], first_use_visit, f);
		for (int i = 0; i < n->u.assign.lhs.len; i++)
			esc_visit(n->u.assign.lhs.items[i], first_use_visit, f);
		return false;
	}
	return true;
}

typedef struct Mention {
	Sym *v;
	bool found;
} Mention;

static bool mention_visit(Node *n, void *ctx)
{
	Mention *m = ctx;
	if (n->kind == ND_IDENT && n->u.ident.sym == m->v)
		m->found = true;
	return !m->found;
}

// A capture of an inlined copy of a literal that its body never names: it
// was used in the code Go's dead-code pass removed before copying, and Go
// keeps the original's closure variable (a constant use, len(arr), is
// still there and made none).
static bool dead_only_capture(Node *lit, Sym *v)
{
	Sym *fn = lit->u.funclit.fn;
	if (!fn || !fn->inl_copy)
		return false;
	Mention m = {v, false};
	esc_visit_with_dead(lit->u.funclit.body, mention_visit, &m);
	return !m.found;
}

// Decides by-value or by-reference for every capture of a closure and
// adds the flows: a by-value capture copies v into the record, a by-ref one
// stores &v (so v may have to move to the heap).
void esc_flow_closure(EscState *s, EscClosure *c)
{
	EscBatch *b = s->b;
	if (!c->lit) {
		for (int i = 0; i < c->nvars; i++) {
			EscLoc *l = c->vars[i];
			EscHole k = c->k;
			// Temporaries are at most the argument's size; Go captures
			// those over 128 bytes by reference.
			bool byval = !(l->addrtaken || l->reassigned || l->by_ref);
			Node *use = b->keep_notes ? l->var->decl : NULL;   // the wrapper's use
			if (s->opts->m_level >= 2)
				esc_report_capture(s, l->var, l, byval);
			if (!byval)
				k = esc_addr(b, k, use, "reference");
			esc_flow(b, use ? esc_note(b, k, use, "captured by a closure") : k, l);
		}
		return;
	}
	SymList *caps = &c->lit->u.funclit.captures;
	FirstUse fu = {caps, arena_zalloc(&s->arena, (size_t)(caps->len + 1) * sizeof(Sym *)),
		arena_zalloc(&s->arena, (size_t)(caps->len + 1) * sizeof(Node *)), 0};
	fu.n = capture_order(c->lit, fu.vars, fu.uses);
	for (int i = 0; i < fu.n; i++) {
		Sym *v = fu.vars[i];
		Node *first = fu.uses[i];
		// Go captures only what the literal uses outside constants
		// (len(arr)): the others get no line (their flow stays, as
		// codegen captures them).
		EscLoc *l = esc_var_loc(s, v);
		int64_t size = v->type ? v->type->size : 8;
		bool byval = !l->addrtaken && !l->reassigned && size <= 128;
		v->by_ref = !byval;
		l->by_ref = !byval;
		if (s->opts->m_level >= 2 && (first || dead_only_capture(c->lit, v)))
			esc_report_capture(s, v, l, byval);
		EscHole k = c->k;
		Node *use = b->keep_notes ? first : NULL;   // -m=2 names the first use
		if (!byval)
			k = esc_addr(b, k, use, "reference");
		esc_flow(b, esc_note(b, k, use, "captured by a closure"), l);
	}
}
