// inl_captures.c: the captures of function literals after inlining.
//
// An inlined body can bring new free variables into a literal (a closure
// called through a local, inlined inside another closure, reads what the
// first one captured), so each literal of a function that received inlined
// code gets its capture list extended: the checker's entries keep their
// order and the new ones follow in first-use order.
#include "inline/inl_expand_internal.h"

typedef struct Uses {
	SymList vars;          // every local variable referenced, first use first
} Uses;

static bool has(SymList *l, Sym *s)
{
	for (int i = 0; i < l->len; i++)
		if (l->items[i] == s)
			return true;
	return false;
}

// Is variable v declared by fn or a literal nested in fn?
static bool owned_within(Sym *v, Sym *fn)
{
	for (Sym *o = v->owner; o; o = o->outer)
		if (o == fn)
			return true;
	return false;
}

static void collect(Node **slot, void *ctx);

static void fix_lit(Node *lit, Uses *outer)
{
	Uses u = {0};
	inl_children(lit, collect, &u, false);
	Sym *fn = lit->u.funclit.fn;
	SymList *caps = &lit->u.funclit.captures;
	for (int i = 0; i < u.vars.len; i++) {
		Sym *v = u.vars.items[i];
		if (fn && !owned_within(v, fn) && !has(caps, v)) {
			vec_push(&ast_arena, caps, v);
			v->captured = true;
		}
		if (outer && !has(&outer->vars, v))
			vec_push(&ast_arena, &outer->vars, v);
	}
}

static void collect(Node **slot, void *ctx)
{
	Uses *u = ctx;
	Node *n = *slot;
	if (n->kind == ND_FUNCLIT) {
		fix_lit(n, u);
		return;
	}
	if (n->kind == ND_IDENT) {
		Sym *s = n->u.ident.sym;
		if (s && s->kind == SYM_VAR && !s->is_global && s->owner && !has(&u->vars, s))
			vec_push(&ast_arena, &u->vars, s);
		return;
	}
	inl_children(n, collect, u, false);
}

void inl_fix_captures(Node *decl)
{
	Uses top = {0};
	inl_children(decl, collect, &top, false);
}
