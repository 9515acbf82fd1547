// initvars.c: package-level variable initialisers as Go's escape analysis
// sees them: only what its static initialiser leaves to the package init
// function (dynamic leaves, and blank declarations with side effects).
#include "escape/build.h"

#include <string.h>

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
		return false;
	case ND_SELECTOR:
		// a method value is made by code (a closure record), not data
		if (n->u.sel.sel != SEL_METHOD && n->u.sel.sel != SEL_IFACE_METHOD)
			return false;
		break;
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

// {==================== blank declarations ====================

static bool side_effects(Node *n);

static bool list_side_effects(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		if (side_effects(l->items[i]))
			return true;
	return false;
}

static bool const_nonzero(const ConstVal *v)
{
	if (v->kind == CV_INT)
		return v->i != 0 || v->big;
	return v->kind == CV_FLOAT && v->f != 0;
}

static bool is_const_int(Node *n, bool nonzero)
{
	n = ast_unparen(n);
	if (!n->cval)
		return false;
	if (!nonzero)
		return true;
	// only a constant divisor known to be nonzero cannot panic
	return const_nonzero(n->cval);
}

// Go's AnySideEffects (staticinit): whether evaluating n may do anything
// beyond computing a value: calls, receives, indexing, dereferences,
// method values, closures, makes of a variable size, division by a
// variable are all assumed to.
static bool side_effects(Node *n)
{
	if (!n)
		return false;
	n = ast_unparen(n);
	if (n->cval || n->is_type)
		return false;
	switch (n->kind) {
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT:
	case ND_STRINGLIT:
		return false;
	case ND_CONV:
		return side_effects(n->u.conv.x);
	case ND_KEYVALUE:
		return side_effects(n->u.kv.key) || side_effects(n->u.kv.value);
	case ND_COMPOSITE:
		return list_side_effects(&n->u.composite.elems);
	case ND_SELECTOR: {
		if (n->u.sel.sel == SEL_METHODEXPR || n->u.sel.sel == SEL_PKG)
			return false;
		if (n->u.sel.sel != SEL_FIELD || n->u.sel.npath)
			return true;
		Type *xt = n->u.sel.x->type ? type_underlying(n->u.sel.x->type) : NULL;
		return !xt || xt->kind == TY_POINTER || side_effects(n->u.sel.x);   // ODOTPTR
	}
	case ND_UNARY:
		if (n->u.unary.op == TOK_ARROW)
			return true;
		return side_effects(n->u.unary.x);
	case ND_BINARY:
		if ((n->u.binary.op == TOK_QUO || n->u.binary.op == TOK_REM) &&
		    !is_const_int(n->u.binary.y, true))
			return true;
		return side_effects(n->u.binary.x) || side_effects(n->u.binary.y);
	case ND_CALL:
		if (n->u.call.call == CALL_CONV)
			return list_side_effects(&n->u.call.args);
		if (n->u.call.call != CALL_BUILTIN)
			return true;
		switch (n->u.call.builtin) {
		case BI_LEN: case BI_CAP: case BI_NEW: case BI_REAL: case BI_IMAG: case BI_COMPLEX:
			return list_side_effects(&n->u.call.args);
		case BI_MAKE: {
			// make(map or chan) of no or constant zero size is harmless
			Type *t = n->type ? type_underlying(n->type) : NULL;
			NodeList *a = &n->u.call.args;
			if (!t || t->kind == TY_SLICE)
				return true;
			Node *size = a->len > 1 ? ast_unparen(a->items[1]) : NULL;
			if (size && (!size->cval || const_nonzero(size->cval)))
				return true;
			return false;
		}
		default:
			return true;
		}
	default:
		return true;
	}
}

// `var _ = v` alone: Go drops it when v has no side effects, and else runs
// `_ = v` in the package init function.
static bool is_blank_spec(Node *spec)
{
	NodeList *names = &spec->u.spec.names;
	Node *nm = names->len == 1 ? names->items[0] : NULL;
	return nm && spec->u.spec.values.len == 1 && nm->kind == ND_IDENT && nm->u.ident.name &&
		strcmp(nm->u.ident.name, "_") == 0;
}

// }====================================================================

bool esc_init_is_dynamic(EscState *s, Node *spec)
{
	NodeList *vals = &spec->u.spec.values;
	if (vals->len == 1 && spec->u.spec.names.len > 1)
		return true;  // var a, b = f()
	if (is_blank_spec(spec))
		return side_effects(vals->items[0]);
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
		if (is_blank_spec(spec)) {
			esc_discard(s, vals->items[0]);
			continue;
		}
		for (int j = 0; j < vals->len; j++) {
			EscHole k = esc_note(s->b, esc_heap_hole(s->b), spec, "assign");
			init_leaf(s, vals->items[j], &k);
		}
	}
}
