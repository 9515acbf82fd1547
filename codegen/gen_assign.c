// gen_assign.c: assignments — =, :=, op=, ++/--, tuple and comma-ok forms,
// var declarations — in Go's evaluation order: what Go hoists from the left
// side, then from the right side; then the right side's value; then the
// left side is located (its index and nil checks) and stored. a, b = x, y
// is in gen_multiassign.c.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

bool cg_is_blank(Node *n)
{
	n = ast_unparen(n);
	return n->kind == ND_IDENT && strcmp(n->u.ident.name, "_") == 0;
}

// lhs = val, where val is a C expression of type vt (already converted).
// A local of the current function kept in its frame: a store into it
// needs no -d=checkescape check.
static bool on_own_stack(Node *l)
{
	Sym *s = l->kind == ND_IDENT ? l->u.ident.sym : NULL;
	return s && s->kind == SYM_VAR && !s->is_global && !s->escapes && !s->by_ref;
}

void cg_assign_to(CGen *g, Node *lhs, const char *val, Type *vt)
{
	cg_store_lvalue(g, lhs, NULL, val, vt);
}

// lhs = val, where lv is lhs's C lvalue already generated (so what Go
// hoists from lhs came before val's), or NULL to generate it here.
void cg_store_lvalue(CGen *g, Node *lhs, const char *lv, const char *val, Type *vt)
{
	if (cg_is_blank(lhs)) {
		cg_line(g, "(void)(%s);", val);
		return;
	}
	Node *l = ast_unparen(lhs);
	// The stored type (a defining identifier may carry none: its symbol's).
	Type *lt = l->type ? l->type : l->kind == ND_IDENT && l->u.ident.sym ? l->u.ident.sym->type : vt;
	if (l->kind == ND_INDEX && type_underlying(l->u.index.x->type)->kind == TY_MAP) {
		// Evaluate the value before the slot: the map may grow meanwhile.
		const char *tv = cg_tmp(g, l->type);
		cg_line(g, "%s = %s;", tv, val);
		if (!lv)
			lv = cg_lvalue(g, l);
		if (g->ce && !cg_noscan(lt)) {
			const char *p = cg_tmp_c(g, cg_fmt(g, "%s *", cg_ctype(g, lt)));
			cg_line(g, "%s = &%s;", p, lv);
			cg_line(g, "*%s = %s;", p, tv);
			cg_ce_store(g, p, lt, l->pos);
			return;
		}
		cg_line(g, "%s = %s;", lv, tv);
		return;
	}
	if (!lv)
		lv = cg_lvalue(g, l);
	if (g->ce && !cg_noscan(lt) && !on_own_stack(l) && cg_is_pure(l)) {
		// The store as without the check (its order of evaluation and
		// panics), then the check on the same lvalue.
		cg_line(g, "%s = %s;", lv, val);
		cg_ce_store(g, cg_fmt(g, "&%s", lv), lt, l->pos);
		return;
	}
	if (g->ce && !cg_noscan(lt) && !on_own_stack(l)) {
		// Through a pointer: the lvalue has side effects (a[f()]).
		const char *p = cg_tmp_c(g, cg_fmt(g, "%s *", cg_ctype(g, lt)));
		cg_line(g, "%s = &%s;", p, lv);
		cg_line(g, "*%s = %s;", p, val);
		cg_ce_store(g, p, lt, l->pos);
		return;
	}
	cg_line(g, "%s = %s;", lv, val);
}

// The lvalue of lhs through a pointer temp when it has side effects, so
// `a[f()] += 1` evaluates f once.
static const char *stable_lvalue(CGen *g, Node *lhs, bool force)
{
	Node *l = ast_unparen(lhs);
	if (!force && cg_is_pure(l) && !(l->kind == ND_INDEX &&
	    type_underlying(l->u.index.x->type)->kind == TY_MAP))
		return cg_lvalue(g, l);
	const char *p = cg_tmp_c(g, cg_fmt(g, "%s *", cg_ctype(g, l->type)));
	cg_line(g, "%s = &%s;", p, cg_lvalue(g, l));
	return cg_fmt(g, "(*%s)", p);
}

static int assign_op_to_binop(int op)
{
	return check_assign_op(op);
}

const char *cg_binop(CGen *g, int op, const char *a, const char *b, Type *t, Type *bt);

// m[k] on the left: evaluates the map and the key into temporaries now and
// returns the lvalue that stores the entry later (go_map_assign).
static const char *map_entry_lvalue(CGen *g, Node *l, const char **m, const char **k)
{
	Type *mt = l->u.index.x->type, *mu = type_underlying(mt);
	*m = cg_tmp(g, mt);
	*k = cg_tmp(g, mu->key);
	cg_line(g, "%s = %s;", *m, cg_expr(g, l->u.index.x));
	cg_line(g, "%s = %s;", *k, cg_map_key(g, mt, l->u.index.index));
	return cg_fmt(g, "(*(%s *)go_map_assign(%s, %s, &%s))", cg_ctype(g, mu->elem), cg_tdesc(g, mt), *m, *k);
}

// The right side of x op= v into a temporary (shifts keep their own count
// type).
static const char *opassign_rhs(CGen *g, Node *lhs, int bop, Node *rhs)
{
	bool shift = bop == TOK_SHL || bop == TOK_SHR;
	const char *r = shift ? cg_expr(g, rhs) : cg_expr_as(g, rhs, lhs->type);
	const char *t = cg_tmp(g, shift ? rhs->type : lhs->type);
	cg_line(g, "%s = %s;", t, r);
	return t;
}

// m[k] op= v: the entry is stored only after v and the operation, so a
// panic on the way (nil dereference, division by zero) leaves the map
// without the key. r: v already evaluated, or NULL. When the statement
// hoists, what Go hoists from m, k and v comes first, then m and k are
// read (after calls in v that change them, as in Go).
static void gen_map_opassign(CGen *g, Node *l, int bop, Node *rhs, const char *r)
{
	Type *mt = l->u.index.x->type, *mu = type_underlying(mt);
	const char *m, *k, *slot;
	if (!r && g->pre && g->pre->open) {
		bool shift = bop == TOK_SHL || bop == TOK_SHR;
		const char *me = cg_expr(g, l->u.index.x), *ke = cg_map_key(g, mt, l->u.index.index);
		const char *re = shift ? cg_expr(g, rhs) : cg_expr_as(g, rhs, l->type);
		m = cg_tmp(g, mt);
		k = cg_tmp(g, mu->key);
		r = cg_tmp(g, shift ? rhs->type : l->type);
		cg_line(g, "%s = %s;", m, me);
		cg_line(g, "%s = %s;", k, ke);
		cg_line(g, "%s = %s;", r, re);
		slot = cg_fmt(g, "(*(%s *)go_map_assign(%s, %s, &%s))", cg_ctype(g, mu->elem), cg_tdesc(g, mt), m, k);
	} else {
		slot = map_entry_lvalue(g, l, &m, &k);
		if (!r)
			r = opassign_rhs(g, l, bop, rhs);
	}
	const char *old = cg_fmt(g, "(*(%s *)go_map_access(%s, %s, &%s, NULL))", cg_ctype(g, mu->elem),
		cg_tdesc(g, mt), m, k);
	const char *nv = cg_tmp(g, l->type);
	cg_line(g, "%s = %s;", nv, cg_binop(g, bop, old, r, l->type, rhs->type));
	cg_line(g, "%s = %s;", slot, nv);
}

// x op= v in Go's order when v makes calls: calls inside x come first (x's
// address is fixed), then v, then the variables x reads (in *p += f() a p
// reassigned by f is used, as Go does).
static void gen_opassign(CGen *g, Node *lhs, int op, Node *rhs)
{
	Node *ml = ast_unparen(lhs);
	int bop = assign_op_to_binop(op);
	bool is_map = ml->kind == ND_INDEX && type_underlying(ml->u.index.x->type)->kind == TY_MAP;
	// Calls on the right are hoisted before the statement when a statement
	// hoists (gen_order.c); what remains reads variables after them.
	bool calls = !cg_is_pure(rhs) && !(g->pre && g->pre->open);
	bool lhs_pure = is_map ? cg_is_pure(ml->u.index.x) && cg_is_pure(ml->u.index.index) : cg_is_pure(ml);
	const char *r = calls && lhs_pure ? opassign_rhs(g, lhs, bop, rhs) : NULL;
	if (is_map) {
		gen_map_opassign(g, ml, bop, rhs, r);
		return;
	}
	const char *lv;
	if (g->pre && g->pre->open) {
		// What Go hoists from x, then from v; then x is located (its
		// checks), then the rest of v.
		lv = cg_lvalue(g, ml);
		r = bop == TOK_SHL || bop == TOK_SHR ? cg_expr(g, rhs) : cg_expr_as(g, rhs, lhs->type);
		if (!cg_is_pure(ml) || (cg_may_fault(g, ml) && cg_may_fault(g, rhs))) {
			const char *p = cg_tmp_c(g, cg_fmt(g, "%s *", cg_ctype(g, ml->type)));
			cg_line(g, "%s = &%s;", p, lv);
			lv = cg_fmt(g, "(*%s)", p);
		}
	} else {
		lv = stable_lvalue(g, lhs, calls && !lhs_pure);
		if (!r)
			r = calls ? opassign_rhs(g, lhs, bop, rhs)
				: bop == TOK_SHL || bop == TOK_SHR ? cg_expr(g, rhs) : cg_expr_as(g, rhs, lhs->type);
	}
	if ((bop == TOK_QUO || bop == TOK_REM) && rhs->cval && type_is_integer(lhs->type)) {
		// A non-zero constant divisor other than -1 cannot fault.
		__int128 d = rhs->cval->kind == CV_INT ? rhs->cval->i : (__int128)rhs->cval->f;
		if (d != 0 && d != -1) {
			cg_line(g, "%s = (%s)(%s %s %s);", lv, cg_ctype(g, lhs->type), lv,
				bop == TOK_QUO ? "/" : "%", r);
			return;
		}
	}
	cg_line(g, "%s = %s;", lv, cg_binop(g, bop, lv, r, lhs->type, rhs->type));
}

void cg_gen_incdec(CGen *g, Node *n)
{
	const char *lv = stable_lvalue(g, n->u.incdec.x, false);
	Type *t = n->u.incdec.x->type;
	cg_line(g, "%s = %s;", lv, cg_binop(g, n->u.incdec.op == TOK_INC ? TOK_ADD : TOK_SUB, lv,
		cg_fmt(g, "(%s)1", cg_ctype(g, t)), t, t));
}

// Phase 1 of a tuple assignment: Go evaluates the index expressions and
// indirections on the left before assigning anything (i, m[i] = 1, 2 uses
// the old i). Returns, per left-hand side, the C lvalue phase 2 stores
// into, or NULL for variables and blanks (stored directly).
const char **cg_lhs_lvalues(CGen *g, NodeList *lhs)
{
	const char **lvs = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(lhs->len + 1));
	for (int i = 0; i < lhs->len; i++) {
		Node *l = ast_unparen(lhs->items[i]);
		if (cg_is_blank(l) || l->kind == ND_IDENT)
			continue;
		if (l->kind == ND_INDEX && type_underlying(l->u.index.x->type)->kind == TY_MAP) {
			const char *m, *k;
			lvs[i] = map_entry_lvalue(g, l, &m, &k);
			continue;
		}
		const char *p = cg_tmp_c(g, cg_fmt(g, "%s *", cg_ctype(g, l->type)));
		cg_line(g, "%s = &%s;", p, cg_lvalue(g, l));
		lvs[i] = cg_fmt(g, "(*%s)", p);
	}
	return lvs;
}

static void hoist_lhs(CGen *g, NodeList *lhs)
{
	if (!g->pre || !g->pre->open)
		return;
	for (int i = 0; i < lhs->len; i++)
		if (!cg_is_blank(lhs->items[i]))
			cg_hoist_operands(g, lhs->items[i]);
}

static void store(CGen *g, Node *l, const char *lv, const char *val, Type *vt)
{
	if (lv)
		cg_line(g, "%s = %s;", lv, val);
	else
		cg_assign_to(g, l, val, vt);
}

// v, ok = m[k] / x.(T): the comma-ok forms.
static bool gen_comma_ok(CGen *g, Node *n, NodeList *lhs, Node *rhs, bool define)
{
	rhs = ast_unparen(rhs);
	// `var a, b any = x.(T)`: the checker wraps the comma-ok form in a
	// conversion to the variables' type; each value is converted below.
	while (rhs->kind == ND_CONV)
		rhs = ast_unparen(rhs->u.conv.x);
	const char *v, *ok;
	Type *vt;
	bool known = (rhs->kind == ND_INDEX && type_underlying(rhs->u.index.x->type)->kind == TY_MAP) ||
		(rhs->kind == ND_UNARY && rhs->u.unary.op == TOK_ARROW) || rhs->kind == ND_TYPEASSERT;
	if (!known)
		return false;
	// What Go hoists from the left side comes first (a[f()], ok = ...);
	// the left-hand sides are located only after the right side ran (a
	// nil gS in gS.x, ok = <-c panics after the receive).
	CgBind *saved = g->binds;
	hoist_lhs(g, lhs);
	if (rhs->kind == ND_INDEX && type_underlying(rhs->u.index.x->type)->kind == TY_MAP) {
		vt = type_underlying(rhs->u.index.x->type)->elem;
		ok = cg_tmp_c(g, "bool");
		v = cg_map_index(g, rhs, ok);
	} else if (rhs->kind == ND_UNARY && rhs->u.unary.op == TOK_ARROW) {
		vt = type_underlying(rhs->u.unary.x->type)->elem;
		ok = cg_tmp_c(g, "bool");
		v = cg_chan_recv(g, rhs->u.unary.x, vt, ok);
	} else if (rhs->kind == ND_TYPEASSERT) {
		vt = rhs->u.assert.atype->type;
		ok = cg_tmp_c(g, "bool");
		v = cg_type_assert(g, rhs, ok);
	} else {
		bug("comma-ok form");
	}
	const char *tv = cg_tmp(g, vt);
	cg_line(g, "%s = %s;", tv, v);
	const char **addrs = cg_lhs_lvalues(g, lhs);
	for (int i = 0; i < 2; i++) {
		Node *l = lhs->items[i];
		if (define && n->u.assign.is_new && n->u.assign.is_new[i])
			cg_declare(g, ast_unparen(l)->u.ident.sym, false);
		Type *lt = i == 0 ? vt : type_bool;
		const char *val = i == 0 ? tv : ok;
		if (!cg_is_blank(l)) {
			// A package-level `var a, b T = ...` names carry no type of
			// their own: the variable's is on its symbol.
			Node *u = ast_unparen(l);
			Type *dst = l->type;
			if (!dst && u->kind == ND_IDENT && u->u.ident.sym)
				dst = u->u.ident.sym->type;
			val = cg_convert(g, val, lt, dst, NULL);
			lt = dst ? dst : lt;
		}
		store(g, l, addrs[i], val, lt);
	}
	g->binds = saved;
	return true;
}

void cg_gen_assign(CGen *g, Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	int op = n->u.assign.op;
	bool define = op == TOK_DEFINE;
	if (op != TOK_ASSIGN && op != TOK_DEFINE) {
		gen_opassign(g, lhs->items[0], op, rhs->items[0]);
		return;
	}
	if (lhs->len == 2 && rhs->len == 1 && gen_comma_ok(g, n, lhs, rhs->items[0], define))
		return;
	if (rhs->len == 1 && lhs->len > 1) {
		// a, b = f(): a tuple-valued call.
		Node *call = rhs->items[0];
		cg_pre_top(g, call);
		// As in the comma-ok forms: what Go hoists from the left side,
		// then the call, then the left side is located.
		CgBind *saved = g->binds;
		hoist_lhs(g, lhs);
		const char *t = cg_tmp(g, call->type);
		cg_line(g, "%s = %s;", t, cg_expr(g, call));
		const char **addrs = cg_lhs_lvalues(g, lhs);
		for (int i = 0; i < lhs->len; i++) {
			Node *l = lhs->items[i];
			if (define && n->u.assign.is_new && n->u.assign.is_new[i])
				cg_declare(g, ast_unparen(l)->u.ident.sym, false);
			if (cg_is_blank(l))
				continue;
			Type *et = call->type->fields.items[i].type;
			store(g, l, addrs[i], cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)), et,
				l->type, NULL), et);
		}
		g->binds = saved;
		return;
	}
	if (lhs->len == 1) {
		Node *l = lhs->items[0];
		if (define && n->u.assign.is_new && n->u.assign.is_new[0]) {
			Sym *s = ast_unparen(l)->u.ident.sym;
			if (cg_define_literal(g, s, rhs->items[0]))
				return;
			cg_pre_top(g, rhs->items[0]);
			const char *v = cg_expr_as(g, rhs->items[0], s->type);
			cg_declare(g, s, false);
			cg_line(g, "%s = %s;", cg_var_ref(g, s), v);
			return;
		}
		if (cg_is_blank(l)) {
			cg_pre_top(g, rhs->items[0]);
			cg_line(g, "(void)(%s);", cg_expr(g, rhs->items[0]));
			return;
		}
		Node *ul = ast_unparen(l);
		if (cg_is_large_zero_literal(rhs->items[0], l->type)) {
			// x = T{}: no temporary as large as x, no copy.
			const char *lv = cg_lvalue(g, ul);
			cg_line(g, "memset(&%s, 0, sizeof(%s));", lv, cg_ctype(g, l->type));
			return;
		}
		if (ul->kind == ND_IDENT) {
			cg_pre_top(g, rhs->items[0]);   // Go assigns a call's result directly
			cg_assign_to(g, l, cg_expr_as(g, rhs->items[0], l->type), l->type);
			return;
		}
		// What Go hoists from the left side, then from the right; then the
		// right side's value, then the left side is located (its index and
		// nil checks: a[g()] = f() calls f before a[g()] may panic).
		const char *lv = cg_lvalue(g, ul);
		Node *r = ast_unparen(rhs->items[0]);
		const char *v = cg_expr_as(g, rhs->items[0], l->type);
		Type *lu = type_underlying(l->type);
		bool map = ul->kind == ND_INDEX && type_underlying(ul->u.index.x->type)->kind == TY_MAP;
		// *p = *q may overlap (two array pointers into one slice): Go
		// copies as memmove does, a C struct assignment may not.
		bool overlap = r->kind == ND_STAR && (lu->kind == TY_ARRAY || lu->kind == TY_STRUCT);
		if (!map && (overlap || cg_may_fault(g, rhs->items[0]))) {
			const char *t = cg_tmp(g, l->type);
			cg_line(g, "%s = %s;", t, v);
			v = t;
		}
		cg_store_lvalue(g, l, lv, v, l->type);
		return;
	}
	cg_gen_multi_assign(g, n);
}

void cg_gen_varspec(CGen *g, Node *spec)
{
	NodeList *names = &spec->u.spec.names, *vals = &spec->u.spec.values;
	if (vals->len == 1 && names->len > 1) {
		Node *rhs = vals->items[0];
		Node fake = {.kind = ND_ASSIGN};
		fake.u.assign.lhs = *names;
		fake.u.assign.rhs = *vals;
		fake.u.assign.op = TOK_DEFINE;
		bool *is_new = arena_zalloc(&g->arena, sizeof(bool) * (size_t)names->len);
		for (int i = 0; i < names->len; i++)
			is_new[i] = names->items[i]->u.ident.sym && !names->items[i]->u.ident.sym->is_global;
		fake.u.assign.is_new = is_new;
		if (gen_comma_ok(g, &fake, names, rhs, true))
			return;
		const char *t = cg_tmp(g, rhs->type);
		cg_pre_top(g, rhs);
		cg_line(g, "%s = %s;", t, cg_expr(g, rhs));
		for (int i = 0; i < names->len; i++) {
			Sym *s = names->items[i]->u.ident.sym;
			if (!s || strcmp(s->name, "_") == 0)
				continue;
			if (!s->is_global)
				cg_declare(g, s, false);
			Type *et = rhs->type->fields.items[i].type;
			cg_line(g, "%s = %s;", cg_var_ref(g, s),
				cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)), et, s->type, NULL));
			if (s->is_global || s->escapes)
				cg_ce_store(g, cg_fmt(g, "&%s", cg_var_ref(g, s)), s->type, names->items[i]->pos);
		}
		return;
	}
	// var a, b = x, f(): Go assigns one variable after the other, each
	// as its own statement (x is read before f runs).
	for (int i = 0; i < names->len; i++) {
		Sym *s = names->items[i]->u.ident.sym;
		Node *v = i < vals->len ? vals->items[i] : NULL;
		if (v)
			cg_pre_top(g, v);
		if (!s || strcmp(s->name, "_") == 0) {
			if (v)
				cg_line(g, "(void)(%s);", cg_expr(g, v));
			continue;
		}
		if (v && !s->is_global && cg_define_literal(g, s, v))
			continue;
		if (v) {
			const char *val = cg_expr_as(g, v, s->type);
			if (!s->is_global)
				cg_declare(g, s, false);
			cg_line(g, "%s = %s;", cg_var_ref(g, s), val);
			if (s->is_global || s->escapes)
				cg_ce_store(g, cg_fmt(g, "&%s", cg_var_ref(g, s)), s->type, names->items[i]->pos);
		} else if (!s->is_global) {
			cg_declare(g, s, true);
		}
	}
}
