// initvars.c: package-level variable initialisers as Go's escape analysis
// sees them: only what its static initialiser leaves to the package init
// function (dynamic leaves, and blank declarations with side effects).
#include "escape/build.h"

// Go's static initialiser lays out package-level composite literals as data
// and leaves only their dynamic leaves (calls, map literals, receives,
// non-constant arithmetic) to the package init function, which is what
// escape analysis sees. init_leaf visits those leaves; with k == NULL it
// only reports whether there is one.
static bool init_leaf(EscState *s, Node *e, EscHole *k)
{
	if (!e)
		return false;
	Node *n = ast_unparen(e);
	if (n->cval || n->is_type)
		return false;
	switch (n->kind) {
	case ND_IDENT:
	case ND_FUNCLIT:
	case ND_SELECTOR:
		return false;
	case ND_COMPOSITE: {
		if (n->type && type_underlying(n->type)->kind == TY_MAP)
			break;
		bool dyn = false;
		for (int i = 0; i < n->u.composite.elems.len; i++) {
			Node *el = n->u.composite.elems.items[i];
			if (el->kind == ND_KEYVALUE)
				el = el->u.kv.value;
			dyn |= init_leaf(s, el, k);
		}
		return dyn;
	}
	case ND_UNARY:
		if (n->u.unary.op == TOK_AND) {
			Node *x = ast_unparen(n->u.unary.x);
			if (x->kind == ND_COMPOSITE)
				return init_leaf(s, x, k);
			return false;  // &global
		}
		break;
	case ND_CONV:
		if (!init_leaf(s, n->u.conv.x, NULL))
			return false;
		break;
	case ND_CALL:
		// A string conversion of a variable ([]rune(s), string(b)) is
		// code: only a literal's ([]byte("x")) is laid out as data.
		if (n->u.call.call == CALL_CONV && n->u.call.args.len == 1 &&
		    !(esc_is_string_conv(n) && !ast_unparen(n->u.call.args.items[0])->cval) &&
		    !init_leaf(s, n->u.call.args.items[0], NULL))
			return false;
		break;
	default:
		break;
	}
	if (k)
		esc_expr(s, *k, e);
	return true;
}

bool esc_init_is_dynamic(EscState *s, Node *spec)
{
	NodeList *vals = &spec->u.spec.values;
	if (vals->len == 1 && spec->u.spec.names.len > 1)
		return true;  // var a, b = f()
	bool dyn = false;
	for (int i = 0; i < vals->len; i++)
		dyn |= init_leaf(s, vals->items[i], NULL);
	return dyn;
}

void esc_walk_init(EscState *s)
{
	NodeList *l = &s->prog->init_order;
	for (int i = 0; i < l->len; i++) {
		Node *spec = l->items[i];
		if (!esc_init_is_dynamic(s, spec))
			continue;
		NodeList *names = &spec->u.spec.names, *vals = &spec->u.spec.values;
		if (vals->len == 1 && names->len > 1) {
			EscHole ks[64];
			int n = names->len < 64 ? names->len : 64;
			for (int j = 0; j < n; j++)
				ks[j] = esc_addr_hole(s, names->items[j]);
			esc_call(s, ks, n, vals->items[0]);
			continue;
		}
		for (int j = 0; j < vals->len; j++) {
			EscHole k = esc_note(s->b, esc_heap_hole(s->b), spec, "assign");
			init_leaf(s, vals->items[j], &k);
		}
	}
}
