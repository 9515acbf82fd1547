// gen_order.c: Go's order of evaluation inside a statement.
//
// Go's compiler (its "order" pass) first evaluates, in source order, every
// call, receive, len/cap/append/make/new/copy, slicing expression, && / ||
// and some conversions and type assertions of a statement into temporaries,
// and only then the rest of the statement: variable reads, field selections,
// indexing and arithmetic. So in `fmt.Println(x, f())` a change f makes to
// x is printed. The generator mirrors that with a per-statement list of
// hoisted evaluations ("tmp = expr"): cg_expr appends to it what Go hoists
// and returns the temporary; the list is written as C statements before the
// next line of the statement (cg_line flushes it), or, where only an
// expression may stand (the right side of && and ||, a defer's operands),
// as the prefix of a comma expression.
//
// A second rule belongs to Go's walk pass: among a call's operands, those
// that may panic are evaluated left to right before the call's own checks
// (a nil interface, func value or receiver pointer). cg_may_fault tells
// which operands those are.
#define CG_INTERNAL
#include "cgen.h"
#include "inline/inl_expand_internal.h"

#include <stdlib.h>

void cg_pre_open(CGen *g, CgPre *p, Node *top, bool lines)
{
	memset(p, 0, sizeof *p);
	p->top = top;
	p->out = lines ? g->out : NULL;
	p->outer = g->pre;
	p->open = true;
	g->pre = p;
}

// Opens no scope: until cg_pre_close, nothing is hoisted (the operands of
// defer and go statements, evaluated one after another into their record).
void cg_pre_off(CGen *g, CgPre *p)
{
	memset(p, 0, sizeof *p);
	p->outer = g->pre;
	p->open = false;
	g->pre = p;
}

void cg_pre_flush(CGen *g)
{
	CgPre *p = g->pre;
	if (!p || !p->open || !p->out || p->out != g->out || p->items.len == 0)
		return;
	int n = p->items.len;
	p->items.len = 0;   // cg_line calls back here
	for (int i = 0; i < n; i++)
		cg_line(g, "%s;", p->items.items[i]);
}

void cg_pre_close(CGen *g, CgPre *p)
{
	if (p->open && p->out && p->items.len) {
		Sect *saved = g->out;
		g->out = p->out;
		cg_pre_flush(g);
		g->out = saved;
	}
	if (p->items.len && !p->out)
		bug("hoisted evaluations left in a comma scope");
	g->pre = p->outer;
}

const char *cg_pre_take(CGen *g, CgPre *p, const char *e)
{
	if (p->items.len == 0)
		return e;
	Sect b = {0};
	sect_printf(&b, "(");
	for (int i = 0; i < p->items.len; i++)
		sect_printf(&b, "%s, ", p->items.items[i]);
	sect_printf(&b, "%s)", e);
	p->items.len = 0;
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}

void cg_pre_top(CGen *g, Node *n)
{
	if (g->pre && g->pre->open)
		g->pre->top = n;
}

const char *cg_hoist_text(CGen *g, Type *t, const char *e)
{
	CgPre *p = g->pre;
	if (!p || !p->open)
		return e;
	if (!t || (t->kind == TY_TUPLE && t->fields.len == 0)) {
		vec_push(&g->arena, &p->items, cg_fmt(g, "(void)(%s)", e));
		return "(void)0";
	}
	if (type_is_untyped(t))
		t = cg_default_type(t);
	const char *tmp = cg_tmp(g, t);
	vec_push(&g->arena, &p->items, cg_fmt(g, "%s = %s", tmp, e));
	return tmp;
}

const char *cg_expr_scoped(CGen *g, Node *n, Type *t)
{
	if (!g->pre || !g->pre->open)
		return cg_expr_as(g, n, t);
	CgPre sub;
	cg_pre_open(g, &sub, n, false);
	const char *e = cg_expr_as(g, n, t);
	e = cg_pre_take(g, &sub, e);
	cg_pre_close(g, &sub);
	return e;
}

void cg_alone_open(CGen *g, CgPre *p)
{
	cg_pre_open(g, p, NULL, false);
}

const char *cg_alone_close(CGen *g, CgPre *p, const char *e)
{
	e = cg_pre_take(g, p, e);
	cg_pre_close(g, p);
	return e;
}

const char *cg_expr_alone(CGen *g, Node *n, Type *t)
{
	CgPre sub;
	cg_pre_open(g, &sub, n, false);
	return cg_alone_close(g, &sub, cg_expr_as(g, n, t));
}

// {==================== what Go hoists ====================

static Type *sole_component(Type *t)
{
	Type *u = type_underlying(t);
	if (u->kind == TY_STRUCT)
		return u->fields.len == 1 ? sole_component(u->fields.items[0].type) : NULL;
	if (u->kind == TY_ARRAY)
		return u->len == 1 ? sole_component(u->elem) : NULL;
	return t;
}

// Does converting a value of type t to an interface pass its address to
// the runtime (Go's convT/convTnoptr, not the by-value convT16/32/64,
// convTstring, convTslice)?
static bool iface_conv_by_addr(Type *t)
{
	type_complete(t);
	if (t->size == 2 && t->align == 2)
		return false;
	if ((t->size == 4 && t->align == 4) || (t->size == 8 && t->align == 8))
		if (!t->has_pointers)
			return false;
	Type *sc = sole_component(t);
	if (sc) {
		Type *u = type_underlying(sc);
		if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING || u->kind == TY_SLICE)
			return false;
	}
	return true;
}

// A field selection through a pointer (x.f with x a pointer, or an
// embedded pointer on the path).
bool cg_sel_through_pointer(Node *sel)
{
	Type *cur = sel->u.sel.x->type;
	if (type_underlying(cur)->kind == TY_POINTER)
		return true;
	for (int i = 0; i < sel->u.sel.npath; i++) {
		cur = type_underlying(cur)->fields.items[sel->u.sel.path[i]].type;
		if (type_underlying(cur)->kind == TY_POINTER)
			return true;
	}
	return false;
}

// Go's addressable operands.
static bool addressable(Node *n)
{
	n = ast_unparen(n);
	switch (n->kind) {
	case ND_IDENT:
		return n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR;
	case ND_SELECTOR: {
		if (n->u.sel.sel == SEL_PKG)
			return n->u.sel.pkg_sym && n->u.sel.pkg_sym->kind == SYM_VAR;
		if (n->u.sel.sel != SEL_FIELD)
			return false;
		return cg_sel_through_pointer(n) || addressable(n->u.sel.x);
	}
	case ND_INDEX: {
		Type *u = type_underlying(n->u.index.x->type);
		if (u->kind == TY_ARRAY)
			return addressable(n->u.index.x);
		return u->kind == TY_SLICE || u->kind == TY_POINTER;
	}
	case ND_STAR:
		return true;
	default:
		return false;
	}
}

// An operand whose address Go hands the runtime in place: addressable, and
// not a local variable (those are copied to keep their liveness exact).
static bool addr_in_place(Node *n)
{
	n = ast_unparen(n);
	if (n->kind == ND_IDENT)
		return n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR && n->u.ident.sym->is_global;
	return addressable(n);
}

static bool all_const(Node *n)
{
	n = ast_unparen(n);
	if (n->cval)
		return true;
	if (n->kind == ND_KEYVALUE)
		return all_const(n->u.kv.value);
	if (n->kind != ND_COMPOSITE)
		return false;
	for (int i = 0; i < n->u.composite.elems.len; i++)
		if (!all_const(n->u.composite.elems.items[i]))
			return false;
	return true;
}

// Converting x to an interface: does Go copy x into a temporary first?
static bool iface_operand_copied(Node *x)
{
	if (!x->type || type_is_interface(x->type) || type_is_untyped(x->type) || x->cval || all_const(x))
		return false;
	return iface_conv_by_addr(x->type) && !addr_in_place(x);
}

static bool compared_by_addr(Node *x)
{
	Type *u = x->type ? type_underlying(x->type) : NULL;
	return u && (u->kind == TY_STRUCT || u->kind == TY_ARRAY) && !x->cval && !all_const(x) &&
		!addr_in_place(x);
}

static bool direct_iface(Type *t)
{
	return type_is_pointer_shaped(t);
}

bool cg_order_hoists(Node *n)
{
	if (!n || n->cval)
		return false;
	switch (n->kind) {
	case ND_CALL:
		switch (n->u.call.call) {
		case CALL_CONV: {
			// []byte(s) and []rune(s) allocate: Go's order evaluates them early.
			Node *x = n->u.call.args.items[0];
			if (type_is_interface(n->type))
				return iface_operand_copied(x);
			return type_is_string(x->type) && type_underlying(n->type)->kind == TY_SLICE;
		}
		case CALL_BUILTIN:
			switch (n->u.call.builtin) {
			case BI_LEN: case BI_CAP: case BI_APPEND: case BI_COPY: case BI_MAKE: case BI_NEW:
			case BI_RECOVER:
				return true;
			default:
				return false;
			}
		default:
			return true;
		}
	case ND_INLCALL: case ND_SLICE:
		return true;
	case ND_INDEX: {
		// m[string(b)]: Go reads the entry right after the conversion (the
		// bytes may change later in the statement).
		Node *k = ast_unparen(n->u.index.index);
		return type_underlying(n->u.index.x->type)->kind == TY_MAP && k->kind == ND_CALL &&
			k->u.call.call == CALL_CONV && type_is_string(k->type) &&
			type_underlying(k->u.call.args.items[0]->type)->kind == TY_SLICE;
	}
	case ND_TYPEASSERT:
		return !direct_iface(n->u.assert.atype->type);
	case ND_UNARY:
		return n->u.unary.op == TOK_ARROW;
	case ND_BINARY:
		if (n->u.binary.op == TOK_EQL || n->u.binary.op == TOK_NEQ)
			// Go copies struct and array operands first (their addresses
			// go to the runtime's comparison): the comparison's value is
			// fixed there.
			return compared_by_addr(n->u.binary.x) || compared_by_addr(n->u.binary.y);
		return n->u.binary.op == TOK_LAND || n->u.binary.op == TOK_LOR;
	case ND_COMPOSITE:
		return n->type && type_underlying(n->type)->kind == TY_MAP && !all_const(n);
	case ND_CONV:
		return n->u.conv.conv == CONV_IFACE && iface_operand_copied(n->u.conv.x);
	default:
		return false;
	}
}

// Go's equality algorithm of a key type, as far as its map calls care.
enum { ALG_MEM, ALG_STRING, ALG_OTHER };

static int key_alg(Type *t)
{
	Type *u = type_underlying(t);
	type_complete(u);
	switch (u->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
	case TY_POINTER: case TY_CHAN: case TY_UNSAFEPTR:
		return ALG_MEM;
	case TY_STRING:
		return ALG_STRING;
	case TY_ARRAY: {
		int a = key_alg(u->elem);
		if (a == ALG_MEM || u->len == 0)
			return ALG_MEM;
		return u->len == 1 ? a : ALG_OTHER;
	}
	case TY_STRUCT: {
		// A struct of one field compares as that field; otherwise as
		// memory when every field does and nothing pads between them.
		Field *f = u->fields.items;
		if (u->fields.len == 1 && !(f[0].name && strcmp(f[0].name, "_") == 0))
			return key_alg(f[0].type);
		for (int i = 0; i < u->fields.len; i++) {
			int64_t end = i + 1 < u->fields.len ? f[i + 1].offset : u->size;
			if (key_alg(f[i].type) != ALG_MEM || (f[i].name && strcmp(f[i].name, "_") == 0) ||
			    f[i].offset + f[i].type->size != end)
				return ALG_OTHER;
		}
		return ALG_MEM;
	}
	default:
		return ALG_OTHER;
	}
}

// Does Go's runtime take this map's keys by address (no *_fast* variant
// of its map calls: a key that is not 4 or 8 bytes of plain memory or a
// string, or an element over 128 bytes)?
static bool map_slow(Type *mt)
{
	Type *u = type_underlying(mt);
	type_complete(u->elem);
	if (u->elem->size > 128)
		return true;
	int a = key_alg(u->key);
	return !(a == ALG_STRING || (a == ALG_MEM && (u->key->size == 4 || u->key->size == 8)));
}

// The runtime gets the key's address: Go's order copies it where it
// stands, unless it is a constant, a global or another addressable operand
// that is not a local variable.
bool cg_map_key_copied(Node *index)
{
	Node *k = index->u.index.index;
	return !k->cval && map_slow(index->u.index.x->type) && !addr_in_place(k);
}

const char *cg_map_key(CGen *g, Type *mt, Node *k)
{
	Type *kt = type_underlying(mt)->key;
	const char *kv = cg_expr_as(g, k, kt);
	if (g->pre && g->pre->open && !k->cval && map_slow(mt) && !addr_in_place(k) &&
	    !(g->binds && cg_bound(g, k)))
		kv = cg_hoist_text(g, kt, kv);
	return kv;
}

static bool list_has_hoist(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		if (cg_has_hoist(l->items[i]))
			return true;
	return false;
}

// Does n contain something Go hoists?
bool cg_has_hoist(Node *n)
{
	if (!n || n->cval)
		return false;
	if (cg_order_hoists(n))
		return true;
	switch (n->kind) {
	case ND_PAREN: return cg_has_hoist(n->u.paren.x);
	case ND_SELECTOR: return cg_has_hoist(n->u.sel.x);
	case ND_INDEX:
		if (type_underlying(n->u.index.x->type)->kind == TY_MAP && cg_map_key_copied(n))
			return true;
		return cg_has_hoist(n->u.index.x) || cg_has_hoist(n->u.index.index);
	case ND_STAR: return cg_has_hoist(n->u.star.x);
	case ND_UNARY: return cg_has_hoist(n->u.unary.x);
	case ND_BINARY: return cg_has_hoist(n->u.binary.x) || cg_has_hoist(n->u.binary.y);
	case ND_CONV: return cg_has_hoist(n->u.conv.x);
	case ND_KEYVALUE: return cg_has_hoist(n->u.kv.key) || cg_has_hoist(n->u.kv.value);
	case ND_COMPOSITE: return list_has_hoist(&n->u.composite.elems);
	case ND_TYPEASSERT: return cg_has_hoist(n->u.assert.x);
	default: return false;
	}
}

// }==================== what may panic ====================

static bool may_fault(CGen *g, Node *n, bool hoisted);

static bool list_may_fault(CGen *g, NodeList *l, bool hoisted)
{
	for (int i = 0; i < l->len; i++)
		if (may_fault(g, l->items[i], hoisted))
			return true;
	return false;
}

// Could evaluating n panic (or call, which may)? Go's mayCall: such call
// operands are evaluated, in order, before the call's own nil checks. What
// the statement hoisted is a temporary by now.
bool cg_may_fault(CGen *g, Node *n)
{
	return may_fault(g, n, g->pre && g->pre->open);
}

static bool may_fault(CGen *g, Node *n, bool hoisted)
{
	if (!n || n->cval || (g->binds && cg_bound(g, n)))
		return false;
	if (hoisted && cg_order_hoists(n))
		return false;
	switch (n->kind) {
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_STRINGLIT: case ND_RUNELIT:
	case ND_FUNCLIT:
		return false;
	case ND_PAREN:
		return may_fault(g, n->u.paren.x, hoisted);
	case ND_SELECTOR:
		switch (n->u.sel.sel) {
		case SEL_PKG: case SEL_METHODEXPR:
			return false;
		case SEL_FIELD:
			if (n->u.sel.npath || type_underlying(n->u.sel.x->type)->kind == TY_POINTER)
				return true;
			return may_fault(g, n->u.sel.x, hoisted);
		default:
			return true;
		}
	case ND_UNARY:
		if (n->u.unary.op == TOK_ARROW)
			return true;
		return may_fault(g, n->u.unary.x, hoisted);
	case ND_BINARY:
		if (n->u.binary.op == TOK_QUO || n->u.binary.op == TOK_REM)
			if (type_is_integer(n->type) || type_is_untyped(n->type))
				return true;
		return may_fault(g, n->u.binary.x, hoisted) || may_fault(g, n->u.binary.y, hoisted);
	case ND_CONV:
		if (n->u.conv.conv == CONV_VALUE && type_underlying(n->type)->kind == TY_POINTER &&
		    type_underlying(n->u.conv.x->type)->kind == TY_SLICE)
			return true;
		return may_fault(g, n->u.conv.x, hoisted);
	case ND_KEYVALUE:
		return may_fault(g, n->u.kv.key, hoisted) || may_fault(g, n->u.kv.value, hoisted);
	case ND_COMPOSITE:
		return list_may_fault(g, &n->u.composite.elems, hoisted);
	default:
		return true;
	}
}

// }

// Go's spec: with at most one iteration variable, `range x` does not
// evaluate x when len(x) is constant, which holds for an array x without
// channel receives or non-constant function calls (conversions are not).
static void evaluated_slot(Node **slot, void *ctx)
{
	if (!*(bool *)ctx)
		*(bool *)ctx = !cg_range_skips(*slot);
}

bool cg_range_skips(Node *x)
{
	if (!x || x->cval)
		return true;
	if ((x->kind == ND_CALL && x->u.call.call != CALL_CONV) || x->kind == ND_INLCALL ||
	    (x->kind == ND_UNARY && x->u.unary.op == TOK_ARROW))
		return false;
	if (x->kind == ND_FUNCLIT)
		return true;   // made, not run
	bool evaluated = false;
	inl_children(x, evaluated_slot, &evaluated, false);
	return !evaluated;
}
