// gen_multiassign.c: a, b = x, y (and :=, and return lists) in Go's order
// of evaluation.
//
// Go's order pass first evaluates the calls, receives and the like of
// every left side, then of every right side, into temporaries
// (gen_order.c). Its walk then goes through the pairs in turn: what a store
// goes through (a slice or map and its index, a pointer) and the right
// side are copied into temporaries at once, but only when an earlier
// pair's store could change them; everything else is evaluated at its
// store, and the stores run left to right, each reading its right side
// before locating its left side (bounds and nil checks). So in
// `gx, a[3] = 9, b[1]` gx is stored before a[3] panics, while in
// `gx, a[1] = 9, b[6]` b[6], which reads memory the store to gx could
// change, panics before gx is stored.
//
// A copied operand is bound to its temporary (cg_bind): cg_expr and
// cg_lvalue give the temporary for it from then on.
#define CG_INTERNAL
#include "cgen.h"

void cg_bind(CGen *g, Node *n, const char *text)
{
	CgBind *b = arena_zalloc(&g->arena, sizeof *b);
	b->n = ast_unparen(n);
	b->text = text;
	b->next = g->binds;
	g->binds = b;
}

const char *cg_bound(CGen *g, Node *n)
{
	for (CgBind *b = g->binds; b; b = b->next)
		if (b->n == n)
			return b->text;
	return NULL;
}

static bool is_nil(Node *n)
{
	n = ast_unparen(n);
	if (n->kind == ND_CONV)
		return is_nil(n->u.conv.x);
	return (n->type && n->type->kind == TY_UNTYPED_NIL) ||
		(n->kind == ND_IDENT && n->u.ident.sym && n->u.ident.sym->kind == SYM_NIL);
}

// Nothing to evaluate: a constant, nil, or an operand already in a temporary.
static bool settled(CGen *g, Node *n)
{
	return !n || n->cval || is_nil(n) || cg_bound(g, n);
}

// {==================== what the order pass hoists ====================

// Binds what Go's order pass takes out of n, in the order cg_expr would
// hoist it: its evaluation comes before anything else of the statement.
void cg_hoist_operands(CGen *g, Node *n)
{
	if (settled(g, n) || !cg_has_hoist(n))
		return;
	if (cg_order_hoists(n)) {
		cg_bind(g, n, cg_expr(g, n));
		return;
	}
	switch (n->kind) {
	case ND_PAREN: cg_hoist_operands(g, n->u.paren.x); return;
	case ND_SELECTOR: cg_hoist_operands(g, n->u.sel.x); return;
	case ND_STAR: cg_hoist_operands(g, n->u.star.x); return;
	case ND_INDEX:
		cg_hoist_operands(g, n->u.index.x);
		cg_hoist_operands(g, n->u.index.index);
		if (type_underlying(n->u.index.x->type)->kind == TY_MAP && cg_map_key_copied(n) &&
		    !settled(g, n->u.index.index)) {
			Node *k = n->u.index.index;
			cg_bind(g, k, cg_hoist_text(g, k->type, cg_expr(g, k)));
		}
		return;
	case ND_UNARY: cg_hoist_operands(g, n->u.unary.x); return;
	case ND_BINARY: cg_hoist_operands(g, n->u.binary.x); cg_hoist_operands(g, n->u.binary.y); return;
	case ND_CONV: cg_hoist_operands(g, n->u.conv.x); return;
	case ND_TYPEASSERT: cg_hoist_operands(g, n->u.assert.x); return;
	case ND_KEYVALUE: cg_hoist_operands(g, n->u.kv.key); cg_hoist_operands(g, n->u.kv.value); return;
	case ND_COMPOSITE:
		for (int i = 0; i < n->u.composite.elems.len; i++)
			cg_hoist_operands(g, n->u.composite.elems.items[i]);
		return;
	default:
		bug("hoisting out of node %d", n->kind);
	}
}

// }==================== what earlier stores could change ====================

typedef struct Stores {
	SymList assigned;    // locals of the frame stored so far
	bool mem;            // a store to memory (through a pointer, a global, ...)
	bool result;         // a store to a result of a function that defers
} Stores;

// Does the variable live outside the frame's own registers: a global,
// heap or captured variable, or one whose address is taken?
static bool var_in_memory(CGen *g, Sym *s)
{
	if (!s || s->kind != SYM_VAR)
		return false;
	if (s->is_global || s->addr_taken || s->escapes || s->by_ref)
		return true;
	return s->captured && s->owner && g->fn && s->owner != g->fn;
}

static bool is_string(Type *t)
{
	return t && type_is_string(t);
}

// Does evaluating n itself (not its operands) read memory a store could
// change? Go's list: names in memory, and anything but arithmetic,
// conversions, plain field selections and type assertions.
static bool reads_memory(CGen *g, Node *n)
{
	switch (n->kind) {
	case ND_IDENT:
		return var_in_memory(g, n->u.ident.sym);
	case ND_PAREN: case ND_CONV: case ND_TYPEASSERT:
		return false;
	case ND_BINARY:
		switch (n->u.binary.op) {
		case TOK_ADD: case TOK_SUB: case TOK_MUL: case TOK_QUO: case TOK_REM: case TOK_AND:
		case TOK_OR: case TOK_XOR: case TOK_AND_NOT: case TOK_SHL: case TOK_SHR:
		case TOK_LAND: case TOK_LOR:
			return false;
		default:
			return true;
		}
	case ND_UNARY:
		return !(n->u.unary.op == TOK_SUB || n->u.unary.op == TOK_ADD || n->u.unary.op == TOK_XOR);
	case ND_SELECTOR:
		return n->u.sel.sel != SEL_FIELD || cg_sel_through_pointer(n);
	case ND_CALL:
		if (n->u.call.call == CALL_CONV) {
			// string <-> []byte, []rune and string(rune) build new values
			Type *from = n->u.call.args.items[0]->type;
			return is_string(n->type) != is_string(from);
		}
		return true;
	default:
		return true;
	}
}

static bool touches(CGen *g, Node *n, Stores *st)
{
	if (settled(g, n))
		return false;
	if (n->kind == ND_IDENT)
		for (int i = 0; i < st->assigned.len; i++)
			if (st->assigned.items[i] == n->u.ident.sym)
				return true;
	if (st->mem && reads_memory(g, n))
		return true;
	switch (n->kind) {
	case ND_IDENT:
		return false;
	case ND_PAREN: return touches(g, n->u.paren.x, st);
	case ND_SELECTOR: return n->u.sel.sel == SEL_FIELD && touches(g, n->u.sel.x, st);
	case ND_STAR: return touches(g, n->u.star.x, st);
	case ND_INDEX: return touches(g, n->u.index.x, st) || touches(g, n->u.index.index, st);
	case ND_UNARY: return touches(g, n->u.unary.x, st);
	case ND_BINARY: return touches(g, n->u.binary.x, st) || touches(g, n->u.binary.y, st);
	case ND_CONV: return touches(g, n->u.conv.x, st);
	case ND_TYPEASSERT: return touches(g, n->u.assert.x, st);
	case ND_KEYVALUE: return touches(g, n->u.kv.key, st) || touches(g, n->u.kv.value, st);
	case ND_COMPOSITE:
		for (int i = 0; i < n->u.composite.elems.len; i++)
			if (touches(g, n->u.composite.elems.items[i], st))
				return true;
		return false;
	case ND_CALL:
		if (n->u.call.call == CALL_CONV || n->u.call.call == CALL_BUILTIN) {
			for (int i = 0; i < n->u.call.args.len; i++)
				if (touches(g, n->u.call.args.items[i], st))
					return true;
			return false;
		}
		return st->mem;
	default:
		return st->mem;   // a closure: Go does not look inside
	}
}

// Copies n now when an earlier store could change what it reads.
static void save(CGen *g, Node *n, Stores *st)
{
	n = ast_unparen(n);
	if (settled(g, n) || !(st->result || touches(g, n, st)))
		return;
	Type *t = n->type && type_is_untyped(n->type) ? cg_default_type(n->type) : n->type;
	const char *tmp = cg_tmp(g, t);
	cg_line(g, "%s = %s;", tmp, cg_expr(g, n));
	cg_bind(g, n, tmp);
}

// Records what a store to l may change for the pairs after it.
static void note_store(CGen *g, Node *l, Stores *st)
{
	l = ast_unparen(l);
	while ((l->kind == ND_INDEX && type_underlying(l->u.index.x->type)->kind == TY_ARRAY) ||
	       (l->kind == ND_SELECTOR && l->u.sel.sel == SEL_FIELD && !cg_sel_through_pointer(l)))
		l = ast_unparen(l->kind == ND_INDEX ? l->u.index.x : l->u.sel.x);
	Sym *name = l->kind == ND_IDENT ? l->u.ident.sym :
		l->kind == ND_SELECTOR && l->u.sel.sel == SEL_PKG ? l->u.sel.pkg_sym : NULL;
	if (!name) {
		st->mem = true;
	} else if (name->kind == SYM_VAR && name->is_result && !name->inl_copy && name->owner == g->fn &&
		   g->has_defer) {
		// A deferred call may see it if a later operand panics.
		st->result = true;
	} else if (strcmp(name->name, "_") == 0 || name->name[0] == '~') {
		// blank, or an unnamed result: nothing reads it
	} else if (var_in_memory(g, name)) {
		st->mem = true;
	} else {
		vec_push(&g->arena, &st->assigned, name);
	}
}

// The operands of left side l a store goes through, then the right side r;
// records what the store to l may change.
static void save_pair(CGen *g, Node *l, Node *r, Stores *st)
{
	l = ast_unparen(l);
	// Elements of arrays and fields of structs are inside their variable.
	for (;;) {
		if (l->kind == ND_INDEX && type_underlying(l->u.index.x->type)->kind == TY_ARRAY) {
			save(g, l->u.index.index, st);
			l = ast_unparen(l->u.index.x);
		} else if (l->kind == ND_SELECTOR && l->u.sel.sel == SEL_FIELD && !cg_sel_through_pointer(l)) {
			l = ast_unparen(l->u.sel.x);
		} else {
			break;
		}
	}
	switch (l->kind) {
	case ND_INDEX:
		if (type_underlying(l->u.index.x->type)->kind == TY_POINTER) {
			save(g, l->u.index.index, st);   // p[i] is (*p)[i]
			save(g, l->u.index.x, st);
		} else {
			save(g, l->u.index.x, st);
			save(g, l->u.index.index, st);
		}
		break;
	case ND_STAR:
		save(g, l->u.star.x, st);
		break;
	case ND_SELECTOR:
		if (l->u.sel.sel != SEL_PKG)
			save(g, l->u.sel.x, st);
		break;
	default:
		break;
	}
	save(g, r, st);
	note_store(g, l, st);
}

// }==================== the statements ====================

void cg_gen_multi_assign(CGen *g, Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	bool define = n->u.assign.op == TOK_DEFINE;
	CgBind *saved = g->binds;
	if (g->pre && g->pre->open) {
		for (int i = 0; i < lhs->len; i++)
			cg_hoist_operands(g, lhs->items[i]);
		for (int i = 0; i < rhs->len; i++)
			cg_hoist_operands(g, rhs->items[i]);
	}
	Stores st = {0};
	for (int i = 0; i < lhs->len; i++)
		save_pair(g, lhs->items[i], rhs->items[i], &st);
	for (int i = 0; i < lhs->len; i++) {
		Node *l = lhs->items[i], *r = rhs->items[i];
		if (define && n->u.assign.is_new && n->u.assign.is_new[i])
			cg_declare(g, ast_unparen(l)->u.ident.sym, false);
		if (cg_is_blank(l)) {
			if (!settled(g, r))
				cg_line(g, "(void)(%s);", cg_expr(g, r));
			continue;
		}
		Node *ul = ast_unparen(l);
		Type *t = l->type;
		if (!t && ul->kind == ND_IDENT && ul->u.ident.sym)
			t = ul->u.ident.sym->type;
		const char *v = cg_expr_as(g, r, t);
		if (ul->kind != ND_IDENT && cg_may_fault(g, r)) {
			// the right side (and its panic) before the left side's checks
			const char *tmp = cg_tmp(g, t);
			cg_line(g, "%s = %s;", tmp, v);
			v = tmp;
		}
		cg_assign_to(g, l, v, t);
	}
	g->binds = saved;
}

// return x, y: the results are evaluated into tmps (their texts in vals,
// already generated) in Go's order, as if stored into the result
// variables: a value an earlier store could change is evaluated early, the
// others one after the other (`return r1, x` leaves r1 as it is).
void cg_gen_return_values(CGen *g, NodeList *res, const char **tmps, const char **vals)
{
	Sym *fn = g->fn;
	Stores st = {0};
	bool *late = arena_zalloc(&g->arena, sizeof(bool) * (size_t)res->len);
	for (int i = 0; i < res->len; i++) {
		Sym *rs = fn->results.items[i];
		Node *r = ast_unparen(res->items[i]);
		if (r->kind == ND_IDENT && r->u.ident.sym == rs && !cg_bound(g, r)) {
			late[i] = true;   // no store: its own value
			continue;
		}
		if (st.result || touches(g, r, &st))
			cg_line(g, "%s = %s;", tmps[i], vals[i]);
		else
			late[i] = true;
		Node name = {.kind = ND_IDENT, .type = rs->type};
		name.u.ident.sym = rs;
		name.u.ident.name = rs->name;
		note_store(g, &name, &st);
	}
	for (int i = 0; i < res->len; i++)
		if (late[i])
			cg_line(g, "%s = %s;", tmps[i], vals[i]);
}

// }
