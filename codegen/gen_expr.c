// gen_expr.c: expressions — constants, variables, operators, selectors,
// indexing, slicing (conversions: gen_conv.c; composite literals:
// gen_lit.c).
//
// Every function returns C text for an expression. Temporaries are declared
// at the top of the enclosing C function (cg_tmp), so comma expressions can
// sequence evaluation where C leaves the order unspecified and Go does not
// (operands with calls are evaluated left to right into temporaries).
//
// Allocation sites follow the escape pass: Node.escapes -> go_new_t, else a
// function-scope temporary (Go's rule that a non-escaping allocation inside
// a loop never outlives its iteration makes the reuse safe).
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

// {==================== helpers ====================

static bool has_call(Node *n);

static bool list_has_call(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		if (has_call(l->items[i]))
			return true;
	return false;
}

// Could evaluating n call a function (and so have visible side effects)?
static bool has_call(Node *n)
{
	if (!n || n->cval)
		return false;
	switch (n->kind) {
	case ND_CALL: case ND_FUNCLIT: case ND_INLCALL:
		return true;
	case ND_PAREN: return has_call(n->u.paren.x);
	case ND_SELECTOR: return has_call(n->u.sel.x);
	case ND_INDEX: return has_call(n->u.index.x) || has_call(n->u.index.index);
	case ND_SLICE:
		return has_call(n->u.slice.x) || has_call(n->u.slice.lo) || has_call(n->u.slice.hi) ||
			has_call(n->u.slice.max);
	case ND_TYPEASSERT: return has_call(n->u.assert.x);
	case ND_STAR: return has_call(n->u.star.x);
	case ND_UNARY: return has_call(n->u.unary.x);
	case ND_BINARY: return has_call(n->u.binary.x) || has_call(n->u.binary.y);
	case ND_KEYVALUE: return has_call(n->u.kv.key) || has_call(n->u.kv.value);
	case ND_CONV: return has_call(n->u.conv.x);
	case ND_COMPOSITE: return list_has_call(&n->u.composite.elems);
	default: return false;
	}
}

// Side-effect free and cheap to evaluate twice.
bool cg_is_pure(Node *n)
{
	if (!n || n->cval)
		return true;
	switch (n->kind) {
	case ND_IDENT: return true;
	case ND_PAREN: return cg_is_pure(n->u.paren.x);
	case ND_SELECTOR: return n->u.sel.sel == SEL_FIELD && cg_is_pure(n->u.sel.x);
	case ND_STAR: return cg_is_pure(n->u.star.x);
	case ND_INDEX:
		return type_underlying(n->u.index.x->type)->kind != TY_MAP &&
			cg_is_pure(n->u.index.x) && cg_is_pure(n->u.index.index);
	default: return false;
	}
}

static bool is_nil(Node *n)
{
	n = ast_unparen(n);
	if (n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE)
		return is_nil(n->u.conv.x);
	return (n->type && n->type->kind == TY_UNTYPED_NIL) ||
		(n->kind == ND_IDENT && n->u.ident.sym && n->u.ident.sym->kind == SYM_NIL);
}

// A value that may be read twice: n itself when pure, else a temporary.
static const char *once(CGen *g, Node *n, const char **pre)
{
	const char *e = cg_expr(g, n);
	// A pure operand is repeated, unless long: s[0][0]...[0] would double
	// its text at every level.
	if (cg_is_pure(n) && strlen(e) <= 160) {
		*pre = NULL;
		return e;
	}
	const char *t = cg_tmp(g, n->type);
	*pre = cg_fmt(g, "%s = %s", t, e);
	return t;
}

static const char *seq(CGen *g, const char *pre, const char *e)
{
	return pre ? cg_fmt(g, "(%s, %s)", pre, e) : e;
}

// }==================== constants ====================

static const char *int_lit(CGen *g, __int128 v, Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_UINT: case TY_UINT64: case TY_UINTPTR:
		return cg_fmt(g, "(%s)UINT64_C(%llu)", cg_ctype(g, t), (unsigned long long)(uint64_t)v);
	case TY_INT: case TY_INT64: case TY_UNTYPED_INT:
		if ((int64_t)v == INT64_MIN)
			return "(-INT64_C(9223372036854775807) - 1)";
		return cg_fmt(g, "INT64_C(%lld)", (long long)(int64_t)v);
	default:
		return cg_fmt(g, "(%s)%lld", cg_ctype(g, t), (long long)(int64_t)v);
	}
}

static const char *float_lit(CGen *g, double v, Type *t)
{
	char buf[64];
	if (v == 0)
		v = 0;   // Go constants have no negative zero
	snprintf(buf, sizeof buf, "%.17g", v);
	if (!strpbrk(buf, ".eEn"))
		strcat(buf, ".0");
	if (type_underlying(t)->kind == TY_FLOAT32)
		return cg_fmt(g, "(float)%s", buf);
	return cg_fmt(g, "%s", buf);
}

const char *cg_const(CGen *g, ConstVal *v, Type *t)
{
	if (type_is_untyped(t))
		t = cg_default_type(t);
	if (type_is_interface(t)) {
		Type *dt = NULL;
		switch (v->kind) {
		case CV_BOOL: dt = type_bool; break;
		case CV_INT: dt = type_int; break;
		case CV_FLOAT: dt = type_float64; break;
		case CV_STRING: dt = type_untyped_string; break;
		}
		return cg_to_iface(g, cg_const(g, v, dt), dt, t, NULL);
	}
	Type *u = type_underlying(t);
	switch (v->kind) {
	case CV_BOOL:
		return v->b ? "true" : "false";
	case CV_STRING:
		if (v->s.len == 0)
			return "(go_string){0}";
		return cg_fmt(g, "GO_STRN(%s, %lld)", cg_cstring(g, v->s), (long long)v->s.len);
	case CV_INT:
		if (type_is_float(u))
			return float_lit(g, (double)v->i, t);
		return int_lit(g, v->i, t);
	case CV_FLOAT:
		if (type_is_integer(u))
			return int_lit(g, (__int128)v->f, t);
		return float_lit(g, v->f, t);
	}
	bug("cg_const: bad constant");
}

// }==================== variables, allocation ====================

// Must this allocation site use the heap? The escape pass decides inside
// functions; package-level initialisers run in main_init_, whose frame
// dies before main, so everything they allocate lives on the heap.
bool cg_heap(CGen *g, Node *site)
{
	return !site || site->escapes || !g->fn || g->go_args;
}

const char *cg_alloc(CGen *g, Node *site, Type *t)
{
	const char *ct = cg_ctype(g, t);
	if (cg_heap(g, site))
		return cg_fmt(g, "((%s *)go_new_t(%s))", ct, cg_tdesc(g, t));
	const char *tmp = cg_tmp(g, t);
	cg_ce_site(g, tmp, site);
	return cg_fmt(g, "(%s = %s, &%s)", tmp, cg_zero(g, t), tmp);
}

static const char *ident(CGen *g, Node *n)
{
	Sym *s = n->u.ident.sym;
	if (!s)
		bug("unresolved identifier %s", n->u.ident.name);
	switch (s->kind) {
	case SYM_VAR:
		return cg_var_ref(g, s);
	case SYM_FUNC:
		return cg_fnval(g, s);
	case SYM_NIL:
		return cg_zero(g, n->type);
	case SYM_CONST:
		return cg_const(g, s->cval, n->type);
	default:
		bug("ident %s: unexpected symbol kind %d", s->name, s->kind);
	}
}

// }==================== operators ====================

static bool small_int(Type *t)
{
	Type *u = type_underlying(t);
	return type_is_integer(u) && u->size < 8;
}

static const char *wrap(CGen *g, Type *t, const char *e)
{
	if (small_int(t))
		return cg_fmt(g, "((%s)(%s))", cg_ctype(g, t), e);
	return cg_fmt(g, "(%s)", e);
}

const char *cg_binop(CGen *g, int op, const char *a, const char *b, Type *t, Type *bt)
{
	Type *u = type_underlying(t);
	if (type_is_untyped(t))
		u = type_underlying(cg_default_type(t));
	bool isint = type_is_integer(u);
	bool isunsigned = type_is_unsigned(u);
	const char *sfx = cg_suffix(u);
	switch (op) {
	case TOK_ADD:
		if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING)
			return cg_fmt(g, "go_string_concat((go_string[]){%s, %s}, 2, NULL, 0)", a, b);
		return isint ? wrap(g, u, cg_fmt(g, "%s + %s", a, b)) : cg_fmt(g, "(%s + %s)", a, b);
	case TOK_SUB:
		return isint ? wrap(g, u, cg_fmt(g, "%s - %s", a, b)) : cg_fmt(g, "(%s - %s)", a, b);
	case TOK_MUL:
		if (isint && !isunsigned && u->size == 8)   // avoid C's signed overflow
			return cg_fmt(g, "((int64_t)((uint64_t)%s * (uint64_t)%s))", a, b);
		return isint ? wrap(g, u, cg_fmt(g, "%s * %s", a, b)) : cg_fmt(g, "(%s * %s)", a, b);
	case TOK_QUO:
		if (!isint)
			return cg_fmt(g, "(%s / %s)", a, b);
		return cg_fmt(g, "go_div_%s(%s, %s)", sfx, a, b);
	case TOK_REM:
		return cg_fmt(g, "go_mod_%s(%s, %s)", sfx, a, b);
	case TOK_AND:
		return wrap(g, u, cg_fmt(g, "%s & %s", a, b));
	case TOK_OR:
		return wrap(g, u, cg_fmt(g, "%s | %s", a, b));
	case TOK_XOR:
		return wrap(g, u, cg_fmt(g, "%s ^ %s", a, b));
	case TOK_AND_NOT:
		return wrap(g, u, cg_fmt(g, "%s & ~%s", a, b));
	case TOK_SHL: case TOK_SHR: {
		const char *cnt = bt && !type_is_unsigned(bt) && !type_is_untyped(bt)
			? cg_fmt(g, "go_shift_count(%s)", b) : cg_fmt(g, "(uint64_t)(%s)", b);
		return cg_fmt(g, "go_%s_%s(%s, %s)", op == TOK_SHL ? "shl" : "shr", sfx, a, cnt);
	}
	}
	bug("cg_binop: op %d", op);
}

const char *cg_equal(CGen *g, const char *a, const char *b, Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		return cg_fmt(g, "go_string_eq(%s, %s)", a, b);
	case TY_INTERFACE:
		return cg_fmt(g, "go_iface_eq(%s, %d, %s, %d)", a, cg_is_empty_iface(u), b,
			cg_is_empty_iface(u));
	case TY_STRUCT: case TY_ARRAY: {
		const char *ta = cg_tmp(g, t), *tb = cg_tmp(g, t);
		return cg_fmt(g, "(%s = %s, %s = %s, go_equal(%s, &%s, &%s))", ta, a, tb, b, cg_tdesc(g, t),
			ta, tb);
	}
	default:
		return cg_fmt(g, "(%s == %s)", a, b);
	}
}

static const char *nil_compare(CGen *g, int op, const char *v, Type *t)
{
	Type *u = type_underlying(t);
	const char *e;
	switch (u->kind) {
	case TY_SLICE: e = cg_fmt(g, "(%s).ptr", v); break;
	case TY_INTERFACE: e = cg_fmt(g, "(%s).tab", v); break;
	default: e = v; break;
	}
	return cg_fmt(g, "(%s %s NULL)", e, op == TOK_EQL ? "==" : "!=");
}

// a op y, where a is C text of type at (switch tags use this too).
const char *cg_compare(CGen *g, int op, const char *a, Type *at, Node *y)
{
	if (is_nil(y))
		return nil_compare(g, op, a, at);
	Type *t = at;
	if (type_is_interface(t) && !type_is_interface(y->type)) {
		// Comparing an interface with a concrete value: box the value.
		return cg_fmt(g, "%s%s", op == TOK_NEQ ? "!" : "",
			cg_equal(g, a, cg_make_iface(g, cg_expr(g, y), y->type, t, NULL, false), t));
	}
	const char *b = cg_expr_as(g, y, t);   // (Go spells its comparisons as C does)
	Type *u = type_underlying(t);
	if (op == TOK_EQL || op == TOK_NEQ) {
		const char *e = cg_equal(g, a, b, t);
		return op == TOK_NEQ ? cg_fmt(g, "(!%s)", e) : e;
	}
	if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING)
		return cg_fmt(g, "(go_string_cmp(%s, %s) %s 0)", a, b, ast_op_string(op));
	return cg_fmt(g, "(%s %s %s)", a, ast_op_string(op), b);
}

// Collects the operands of a chain of string '+' (a + b + c ...).
static void concat_parts(Node *n, NodeList *out)
{
	Node *u = ast_unparen(n);
	if (u->kind == ND_BINARY && u->u.binary.op == TOK_ADD && !u->cval &&
	    type_is_string(u->type)) {
		concat_parts(u->u.binary.x, out);
		concat_parts(u->u.binary.y, out);
		return;
	}
	vec_push(&ast_arena, out, n);
}

static const char *binary(CGen *g, Node *n)
{
	int op = n->u.binary.op;
	Node *x = n->u.binary.x, *y = n->u.binary.y;
	if (op == TOK_LAND || op == TOK_LOR) {
		// What Go hoists from the right side runs only when it is evaluated.
		const char *a = cg_expr(g, x);
		return cg_fmt(g, "(%s %s %s)", a, op == TOK_LAND ? "&&" : "||", cg_expr_scoped(g, y, NULL));
	}
	if (op == TOK_ADD && type_is_string(n->type)) {
		NodeList parts = {0};
		concat_parts(n, &parts);
		Sect b = {0};
		for (int i = 0; i < parts.len; i++)
			sect_printf(&b, "%s%s", i ? ", " : "", cg_expr_as(g, parts.items[i], type_untyped_string));
		// Operands of a compound literal initializer are indeterminately
		// sequenced in C, but at most one of them may call a function
		// before its value is needed: hoist calls when several do.
		const char *buf = "NULL, 0";
		if (!cg_heap(g, n)) {
			const char *stack = cg_fmt(g, "sbuf%d_", ++g->ntmp);
			sect_printf(g->decls, "\tuint8_t %s[32];\n", stack);
			cg_frame_bytes(g, 32);
			cg_ce_site(g, stack, n);
			buf = cg_fmt(g, "%s, sizeof %s", stack, stack);
		}
		const char *r = cg_fmt(g, "go_string_concat((go_string[]){%s}, %d, %s)", b.p, parts.len, buf);
		free(b.p);
		return r;
	}
	switch (op) {
	case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ: {
		Type *t = x->type;
		if (is_nil(x)) {   // nil == v
			Node *tmp = x;
			x = y;
			y = tmp;
			t = x->type;
		}
		if (type_is_untyped(t))
			t = type_is_untyped(y->type) ? cg_default_type(t) : y->type;
		const char *pre = NULL, *a = cg_expr_as(g, x, t);
		if (cg_may_fault(g, x) && cg_may_fault(g, y)) {   // C leaves the order open
			const char *tmp = cg_tmp(g, t);
			pre = cg_fmt(g, "%s = %s", tmp, a);
			a = tmp;
		}
		return seq(g, pre, cg_compare(g, op, a, t, y));
	}
	}
	Type *t = n->type;
	if (type_is_untyped(t))
		t = cg_default_type(t);
	bool shift = op == TOK_SHL || op == TOK_SHR;
	const char *a = cg_expr_as(g, x, t);
	const char *pre = NULL;
	if (cg_may_fault(g, x) && cg_may_fault(g, y)) {   // C leaves the order open
		const char *tmp = cg_tmp(g, t);
		pre = cg_fmt(g, "%s = %s", tmp, a);
		a = tmp;
	}
	const char *b;
	Type *bt = y->type;
	if (shift) {
		b = cg_expr(g, y);
		if (y->cval) {
			bt = type_uint64;
			b = cg_const(g, y->cval, type_uint64);
		}
	} else {
		b = cg_expr_as(g, y, t);
	}
	// Division by a non-zero constant other than -1 cannot fault.
	if ((op == TOK_QUO || op == TOK_REM) && y->cval && type_is_integer(t)) {
		__int128 d = y->cval->kind == CV_INT ? y->cval->i : (__int128)y->cval->f;
		if (d != 0 && d != -1)
			return seq(g, pre, wrap(g, t, cg_fmt(g, "%s %s %s", a, op == TOK_QUO ? "/" : "%", b)));
	}
	return seq(g, pre, cg_binop(g, op, a, b, t, bt));
}

static const char *unary(CGen *g, Node *n)
{
	Node *x = n->u.unary.x;
	Type *t = n->type;
	if (type_is_untyped(t))
		t = cg_default_type(t);
	switch (n->u.unary.op) {
	case TOK_AND:
		return cg_addr_of(g, n);
	case TOK_SUB:
		if (type_is_integer(t))
			return wrap(g, t, cg_fmt(g, "(%s)0 - %s", cg_ctype(g, t), cg_expr_as(g, x, t)));
		return cg_fmt(g, "(-%s)", cg_expr_as(g, x, t));
	case TOK_ADD:
		return cg_expr_as(g, x, t);
	case TOK_NOT:
		return cg_fmt(g, "(!%s)", cg_expr(g, x));
	case TOK_XOR:
		return wrap(g, t, cg_fmt(g, "~%s", cg_expr_as(g, x, t)));
	case TOK_ARROW:
		return cg_chan_recv(g, x, type_underlying(x->type)->elem, NULL);
	}
	bug("unary op %d", n->u.unary.op);
}

// }==================== selectors, index, slice ====================

// The struct value (or pointer) at the end of an embedded-field path.
static const char *walk_path(CGen *g, const char *e, Type **tp, int *path, int npath)
{
	Type *cur = *tp;
	for (int i = 0; i < npath; i++) {
		Type *u = type_underlying(cur);
		bool ptr = u->kind == TY_POINTER;
		if (ptr)
			u = type_underlying(u->elem);
		Field *f = &u->fields.items[path[i]];
		const char *fn = cg_field_name(g, f->name, path[i]);
		e = ptr ? cg_nilfield(g, e, fn) : cg_nilfield_extend(g, e, cg_fmt(g, ".%s", fn));
		cur = f->type;
	}
	*tp = cur;
	return e;
}

static const char *field(CGen *g, Node *n, bool lvalue)
{
	Node *x = n->u.sel.x;
	Type *t = x->type;
	const char *e = lvalue || type_is_pointer(t) ? cg_lvalue(g, x) : cg_expr(g, x);
	e = walk_path(g, e, &t, n->u.sel.path, n->u.sel.npath);
	Type *u = type_underlying(t);
	bool ptr = u->kind == TY_POINTER;
	if (ptr)
		u = type_underlying(u->elem);
	int k = n->u.sel.field_index;
	const char *fn = cg_field_name(g, u->fields.items[k].name, k);
	return ptr ? cg_nilfield(g, e, fn) : cg_nilfield_extend(g, e, cg_fmt(g, ".%s", fn));
}

// The receiver argument of a static method call x.M(...).
const char *cg_recv_expr(CGen *g, Node *sel)
{
	Node *x = sel->u.sel.x;
	Type *t = x->type;
	bool addr = sel->u.sel.implicit_addr;
	const char *e = addr || sel->u.sel.npath ? cg_lvalue(g, x) : cg_expr(g, x);
	e = walk_path(g, e, &t, sel->u.sel.path, sel->u.sel.npath);
	if (addr)
		return cg_fmt(g, "&%s", cg_nilfield_addr(g, e));
	if (sel->u.sel.implicit_deref)
		return cg_fmt(g, "(*GO_NILCHK(%s))", e);
	return e;
}

// An interface value reached through x (and an embedding path).
const char *cg_iface_recv(CGen *g, Node *sel)
{
	Node *x = sel->u.sel.x;
	Type *t = x->type;
	const char *e = cg_expr(g, x);
	e = walk_path(g, e, &t, sel->u.sel.path, sel->u.sel.npath);
	if (type_underlying(t)->kind == TY_POINTER)
		e = cg_fmt(g, "(*GO_NILCHK(%s))", e);
	return e;
}

static const char *bound(CGen *g, Node *i, const char *len, int64_t clen)
{
	if (i->cval && clen >= 0) {
		return cg_const(g, i->cval, type_int);   // checker verified constant indices
	}
	return cg_fmt(g, "go_index(%s, %s)", cg_expr_as(g, i, type_int), len);
}

const char *cg_map_index(CGen *g, Node *n, const char *ok)
{
	Type *mt = type_underlying(n->u.index.x->type);
	const char *m = cg_expr(g, n->u.index.x);
	const char *k = cg_tmp(g, mt->key);
	const char *kv = cg_map_key(g, n->u.index.x->type, n->u.index.index);
	return cg_fmt(g, "(%s = %s, *(%s *)go_map_access(%s, %s, &%s, %s))", k, kv,
		cg_ctype(g, mt->elem), cg_tdesc(g, n->u.index.x->type), m, k, ok ? cg_fmt(g, "&%s", ok) : "NULL");
}

static const char *index_expr(CGen *g, Node *n, bool lvalue)
{
	Node *x = n->u.index.x, *i = n->u.index.index;
	Type *u = type_underlying(x->type);
	switch (u->kind) {
	case TY_MAP: {
		if (!lvalue)
			return cg_map_index(g, n, NULL);
		const char *k = cg_tmp(g, u->key);
		const char *m = cg_expr(g, x);
		const char *kv = cg_map_key(g, x->type, i);
		return cg_fmt(g, "(*(%s *)(%s = %s, go_map_assign(%s, %s, &%s)))", cg_ctype(g, u->elem), k,
			kv, cg_tdesc(g, x->type), m, k);
	}
	case TY_ARRAY: {
		const char *a = lvalue ? cg_lvalue(g, x) : cg_expr(g, x);
		const char *k = bound(g, i, cg_fmt(g, "%lld", (long long)u->len), u->len);
		if (i->cval)   // one load at a constant offset
			return cg_nilfield_extend(g, a, cg_fmt(g, ".a[%s]", k));
		return cg_fmt(g, "%s.a[%s]", cg_nilfield_addr(g, a), k);
	}
	case TY_POINTER: {
		Type *at = type_underlying(u->elem);
		const char *p = cg_expr(g, x);
		const char *k = bound(g, i, cg_fmt(g, "%lld", (long long)at->len), at->len);
		if (i->cval)
			return cg_nilfield(g, p, cg_fmt(g, "a[%s]", k));
		return cg_fmt(g, "GO_NILCHK(%s)->a[%s]", p, k);
	}
	case TY_SLICE: {
		const char *pre;
		const char *s = once(g, x, &pre);
		const char *idx = cg_fmt(g, "go_index(%s, %s.len)", cg_expr_as(g, i, type_int), s);
		const char *e = cg_fmt(g, "((%s *)%s.ptr)[%s]", cg_ctype(g, u->elem), s, idx);
		// C does not sequence a[i]'s operands: the slice temporary must be
		// set before the index reads its length (and the result stays an lvalue).
		return pre ? cg_fmt(g, "(*(%s, &%s))", pre, e) : e;
	}
	case TY_STRING: case TY_UNTYPED_STRING: {
		const char *pre;
		const char *s = once(g, x, &pre);
		return seq(g, pre, cg_fmt(g, "%s.ptr[go_index(%s, %s.len)]", s, cg_expr_as(g, i, type_int), s));
	}
	default:
		bug("index of %d", u->kind);
	}
}

// A slice bound as an int; with calls among the bounds, each goes through a
// temporary appended to *pre, so they run left to right (after the operand).
static const char *slice_bound(CGen *g, Node *b, bool order, const char **pre)
{
	const char *v = cg_expr_as(g, b, type_int);
	if (!order || b->cval)
		return v;
	const char *t = cg_tmp(g, type_int);
	const char *a = cg_fmt(g, "%s = %s", t, v);
	*pre = *pre ? cg_fmt(g, "%s, %s", *pre, a) : a;
	return t;
}

static const char *slice_expr(CGen *g, Node *n)
{
	Node *x = n->u.slice.x;
	Type *u = type_underlying(x->type);
	bool order = has_call(n->u.slice.lo) || has_call(n->u.slice.hi) || has_call(n->u.slice.max);
	if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
		const char *pre;
		const char *s = once(g, x, &pre);
		const char *lo = n->u.slice.lo ? slice_bound(g, n->u.slice.lo, order, &pre) : "0";
		const char *hi = n->u.slice.hi ? slice_bound(g, n->u.slice.hi, order, &pre) : cg_fmt(g, "%s.len", s);
		return seq(g, pre, cg_fmt(g, "go_substr(%s, %s, %s)", s, lo, hi));
	}
	if (u->kind == TY_SLICE) {
		const char *pre;
		const char *s = once(g, x, &pre);
		const char *lo = n->u.slice.lo ? slice_bound(g, n->u.slice.lo, order, &pre) : "0";
		const char *hi = n->u.slice.hi ? slice_bound(g, n->u.slice.hi, order, &pre) : cg_fmt(g, "%s.len", s);
		const char *es = cg_fmt(g, "sizeof(%s)", cg_ctype(g, u->elem));
		if (n->u.slice.max) {
			const char *max = slice_bound(g, n->u.slice.max, order, &pre);
			return seq(g, pre, cg_fmt(g, "go_slice3(%s, %s, %s, %s, %s)", s, lo, hi, max, es));
		}
		return seq(g, pre, cg_fmt(g, "go_slice2(%s, %s, %s, %s)", s, lo, hi, es));
	}
	// Arrays (addressable) and pointers to arrays.
	Type *at = u->kind == TY_POINTER ? type_underlying(u->elem) : u;
	const char *pre = NULL;
	const char *base;
	if (u->kind == TY_POINTER) {
		const char *p = once(g, x, &pre);
		base = cg_fmt(g, "GO_NILCHK(%s)->a", p);
	} else
		base = cg_fmt(g, "%s.a", cg_nilfield_addr(g, cg_lvalue(g, x)));
	const char *len = cg_fmt(g, "%lld", (long long)at->len);
	const char *lo = n->u.slice.lo ? slice_bound(g, n->u.slice.lo, order, &pre) : "0";
	const char *hi = n->u.slice.hi ? slice_bound(g, n->u.slice.hi, order, &pre) : len;
	const char *max = n->u.slice.max ? slice_bound(g, n->u.slice.max, order, &pre) : len;
	return seq(g, pre, cg_fmt(g, "go_slice_array(%s, %s, %s, %s, %s, sizeof(%s))", base, len, lo, hi, max,
		cg_ctype(g, at->elem)));
}

// &x: the address of a variable or field, or a new &T{...} object.
const char *cg_addr_of(CGen *g, Node *n)
{
	Node *x = ast_unparen(n->u.unary.x);
	if (x->kind == ND_COMPOSITE)
		return cg_new_composite(g, n, x);
	return cg_fmt(g, "(&%s)", cg_nilfield_addr(g, cg_lvalue(g, x)));
}

// }==================== entry points ====================

const char *cg_lvalue(CGen *g, Node *n)
{
	const char *b = g->binds ? cg_bound(g, n) : NULL;
	if (b)
		return b;
	switch (n->kind) {
	case ND_IDENT:
		return ident(g, n);
	case ND_PAREN:
		return cg_lvalue(g, n->u.paren.x);
	case ND_STAR:
		return cg_deref(g, n->u.star.x->type, cg_expr(g, n->u.star.x));
	case ND_SELECTOR:
		return field(g, n, true);
	case ND_INDEX:
		return index_expr(g, n, true);
	case ND_CONV:
		return cg_lvalue(g, n->u.conv.x);
	default:
		// Not addressable in Go: a temporary holds the value (x.f of a
		// call result, method calls on composite literals).
		{
			const char *t = cg_tmp(g, n->type);
			return cg_fmt(g, "(*(%s = %s, &%s))", t, cg_expr(g, n), t);
		}
	}
}

static const char *expr1(CGen *g, Node *n);

const char *cg_expr(CGen *g, Node *n)
{
	const char *b = g->binds ? cg_bound(g, n) : NULL;
	if (b)
		return b;
	const char *e = expr1(g, n);
	if (g->pre && g->pre->open && n != g->pre->top && cg_order_hoists(n))
		e = cg_hoist_text(g, n->type, e);
	return e;
}

static const char *expr1(CGen *g, Node *n)
{
	if (n->cval) {
		// len(f()) of an array pointer is constant but f still runs.
		if (n->kind == ND_CALL && n->u.call.call == CALL_BUILTIN && n->u.call.args.len == 1 &&
		    has_call(n->u.call.args.items[0]))
			return cg_fmt(g, "((void)(%s), %s)", cg_expr(g, n->u.call.args.items[0]),
				cg_const(g, n->cval, n->type));
		return cg_const(g, n->cval, n->type);
	}
	switch (n->kind) {
	case ND_IDENT: return ident(g, n);
	case ND_PAREN: return cg_expr(g, n->u.paren.x);
	case ND_FUNCLIT: return cg_funclit(g, n);
	case ND_COMPOSITE: return cg_composite(g, n);
	case ND_SELECTOR:
		switch (n->u.sel.sel) {
		case SEL_FIELD: return field(g, n, false);
		case SEL_METHOD: case SEL_IFACE_METHOD: return cg_method_value(g, n);
		case SEL_METHODEXPR: return cg_method_expr(g, n);
		case SEL_PKG: {
			Sym *m = n->u.sel.pkg_sym;
			if (m && m->kind == SYM_VAR)
				return cg_var_name(g, m);
			if (m && m->lib)
				return cg_fnval(g, m);
			return cg_fmt_fnval(g, n);
		}
		default:
			cg_unsupported(n->pos, "this selector");
			return "0";
		}
	case ND_INDEX: return index_expr(g, n, false);
	case ND_SLICE: return slice_expr(g, n);
	case ND_TYPEASSERT: return cg_type_assert(g, n, NULL);
	case ND_CALL: return cg_call(g, n);
	case ND_INLCALL: return cg_inlcall(g, n);
	case ND_STAR: return cg_deref(g, n->u.star.x->type, cg_expr(g, n->u.star.x));
	case ND_UNARY: return unary(g, n);
	case ND_BINARY: return binary(g, n);
	case ND_CONV:
		if (n->u.conv.conv == CONV_IFACE && ast_unparen(n->u.conv.x)->kind == ND_STAR)
			return cg_deref_to_iface(g, n);
		if (n->u.conv.conv == CONV_IFACE)
			return cg_make_iface(g, type_is_untyped(n->u.conv.x->type) && n->u.conv.x->cval
				? cg_const(g, n->u.conv.x->cval, cg_default_type(n->u.conv.x->type))
				: cg_expr(g, n->u.conv.x), n->u.conv.x->type, n->type, n,
				n->u.conv.x->cval != NULL);
		return cg_expr_as(g, n->u.conv.x, n->type);
	default:
		cg_unsupported(n->pos, ast_kind_name(n->kind));
		return "0";
	}
}

const char *cg_expr_as(CGen *g, Node *n, Type *t)
{
	if (!t || type_is_untyped(t))
		return cg_expr(g, n);
	if (n->cval) {
		if (type_is_interface(t))
			return cg_make_iface(g, cg_const(g, n->cval, cg_default_type(n->type)),
				cg_default_type(n->type), t, NULL, true);
		return cg_const(g, n->cval, t);
	}
	if (is_nil(n))
		return cg_zero(g, t);
	return cg_convert(g, cg_expr(g, n), n->type, t, NULL);
}

const char *cg_addr(CGen *g, Node *n)
{
	return cg_fmt(g, "(&%s)", cg_nilfield_addr(g, cg_lvalue(g, n)));
}

const char *cg_index_addr(CGen *g, Node *n)
{
	return cg_addr(g, n);
}

// <-ch: the received value (zero once closed); ok, when given, names a bool
// lvalue that receives the comma-ok result.
const char *cg_chan_recv(CGen *g, Node *ch, Type *elem, const char *ok)
{
	const char *t = cg_tmp_scratch(g, elem);
	return cg_fmt(g, "(go_chan_recv(%s, &%s, %s), %s)", cg_expr(g, ch), t, ok ? cg_fmt(g, "&%s", ok) : "NULL", t);
}
