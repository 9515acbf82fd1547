// gen_lit.c: composite literals (T{...}, &T{...}, elided element types).
//
// A literal is built by one flat comma sequence whatever its depth: each
// nested literal appends its own steps (zero its temporary, fill it) to the
// sequence of the outermost one and leaves only its temporary's name to
// the element that holds it. Source nesting would otherwise become C
// nesting as deep: gcc needs gigabytes for a few thousand levels, and Go
// accepts tens of thousands.
//
// Steps follow Go's evaluation order: elements left to right, a nested
// literal's elements at its place among its parent's.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>
#include <string.h>

// Ends each step in the sequence; generated C never holds this byte (string
// literals escape it), so seq_value can join the steps either way.
#define STEP "\001"

static const char *lit_into(CGen *g, Node *n, Type *t, const char *dst, Sect *seq);

// A new object of type t (allocated for site, pointer type pt) filled from
// literal lit in place (it is born zeroed); the pointer is the result.
static const char *new_into(CGen *g, Node *site, Type *pt, Type *t, Node *lit, Sect *seq)
{
	const char *p = cg_tmp(g, pt);
	if (!cg_heap(g, site)) {
		// On the stack: filled by name, which keeps gcc's alias analysis
		// cheap on thousands of nested objects.
		const char *obj = cg_tmp(g, t);
		cg_ce_site(g, obj, site);
		sect_printf(seq, "%s = %s" STEP, obj, cg_zero(g, t));
		lit_into(g, lit, t, obj, seq);
		sect_printf(seq, "%s = &%s" STEP, p, obj);
		return p;
	}
	sect_printf(seq, "%s = %s" STEP, p, cg_alloc(g, site, t));
	lit_into(g, lit, t, cg_fmt(g, "(*%s)", p), seq);
	return cg_heap(g, site) ? cg_ce_obj(g, p, cg_ctype(g, pt), false, site->pos) : p;
}

// A literal-shaped expression (T{...}, &T{...}, an elided {...}, or one of
// these converted to an interface) appended to the sequence: its value, or
// NULL for any other expression.
static const char *lit_part(CGen *g, Node *u, Sect *seq)
{
	switch (u->kind) {
	case ND_COMPOSITE:
		if (type_underlying(u->type)->kind == TY_POINTER)   // []*T{{...}}: an implicit &T{...}
			return new_into(g, u, u->type, type_underlying(u->type)->elem, u, seq);
		return lit_into(g, u, u->type, NULL, seq);
	case ND_UNARY: {
		Node *x = ast_unparen(u->u.unary.x);
		if (u->u.unary.op != TOK_AND || x->kind != ND_COMPOSITE)
			return NULL;
		return new_into(g, u, u->type, x->type, x, seq);
	}
	case ND_CONV: {
		Node *x = ast_unparen(u->u.conv.x);
		if (u->u.conv.conv != CONV_IFACE || x->cval)
			return NULL;
		const char *v = lit_part(g, x, seq);
		return v ? cg_to_iface(g, v, x->type, u->type, u) : NULL;
	}
	default:
		return NULL;
	}
}

// An element's value of type et: nested literals join the sequence;
// anything else is one expression.
static const char *elem_into(CGen *g, Node *e, Type *et, Sect *seq)
{
	Node *u = ast_unparen(e);
	Node *lit = u->kind == ND_CONV ? ast_unparen(u->u.conv.x) : u;
	if (g->pre && g->pre->open && cg_order_hoists(lit))
		return cg_expr_as(g, e, et);   // a map literal Go builds at its place in the statement's order
	const char *v = lit_part(g, u, seq);
	return v ? cg_convert(g, v, u->type, et, NULL) : cg_expr_as(g, e, et);
}

// Element i of an array or slice literal: its value, and its index in *idx
// (a constant key sets it, else it follows the previous element's).
static Node *indexed_elem(Node *n, int i, int64_t *idx)
{
	Node *e = n->u.composite.elems.items[i];
	if (e->kind != ND_KEYVALUE)
		return e;
	Node *k = e->u.kv.key;
	if (k && k->cval && k->cval->kind == CV_INT && (int64_t)k->cval->i >= 0)
		*idx = (int64_t)k->cval->i;
	return e->u.kv.value;
}

// Assigns elements in source order into dst[index]; with calls in several
// elements, C's initializer order would be unspecified.
static void fill_elems(CGen *g, Node *n, Type *et, const char *dst, bool is_slice, Sect *seq)
{
	int64_t idx = 0;
	const char *ct = cg_ctype(g, et);
	for (int i = 0; i < n->u.composite.elems.len; i++, idx++) {
		const char *v = elem_into(g, indexed_elem(n, i, &idx), et, seq);
		if (is_slice)
			sect_printf(seq, "((%s *)%s)[%lld] = %s" STEP, ct, dst, (long long)idx, v);
		else
			sect_printf(seq, "%s.a[%lld] = %s" STEP, dst, (long long)idx, v);
	}
}

static int64_t literal_len(Node *n)
{
	int64_t idx = 0, max = 0;
	for (int i = 0; i < n->u.composite.elems.len; i++) {
		indexed_elem(n, i, &idx);
		if (++idx > max)
			max = idx;
	}
	return max;
}

static int struct_field(Type *u, Node *key)
{
	const char *name = ast_unparen(key)->u.ident.name;
	for (int k = 0; k < u->fields.len; k++)
		if (u->fields.items[k].name && strcmp(u->fields.items[k].name, name) == 0)
			return k;
	bug("composite literal: no field %s", name);
}

// Appends the steps building literal n of type t into dst, a zeroed lvalue,
// or (dst NULL) into a new temporary; returns the C expression of the
// value (read once, right after the steps; dst itself when given).
static const char *lit_into(CGen *g, Node *n, Type *t, const char *dst, Sect *seq)
{
	Type *u = type_underlying(t);
	if (!dst && (u->kind == TY_STRUCT || u->kind == TY_ARRAY)) {
		dst = cg_tmp(g, t);
		sect_printf(seq, "%s = %s" STEP, dst, cg_zero(g, t));
	}
	switch (u->kind) {
	case TY_STRUCT:
		for (int i = 0; i < n->u.composite.elems.len; i++) {
			Node *e = n->u.composite.elems.items[i];
			int k = i;
			if (e->kind == ND_KEYVALUE) {
				k = struct_field(u, e->u.kv.key);
				e = e->u.kv.value;
			}
			Field *f = &u->fields.items[k];
			const char *v = elem_into(g, e, f->type, seq);
			sect_printf(seq, "%s.%s = %s" STEP, dst, cg_field_name(g, f->name, k), v);
		}
		return dst;
	case TY_ARRAY:
		fill_elems(g, n, u->elem, dst, false, seq);
		return dst;
	case TY_SLICE: {
		int64_t len = literal_len(n);
		Type *et = u->elem;
		const char *p = cg_tmp_c(g, "void *");
		const char *alloc;
		if (len == 0)
			alloc = "(void *)&go_zerobase";
		else if (cg_heap(g, n))
			alloc = cg_fmt(g, "go_new_array_t(%s, %lld)", cg_tdesc(g, et), (long long)len);
		else {
			const char *arr = cg_fmt(g, "sarr%d_", ++g->ntmp);
			sect_printf(g->decls, "\t%s %s[%lld];\n", cg_ctype(g, et), arr, (long long)len);
			cg_frame_bytes(g, len * et->size);
			cg_ce_site(g, arr, n);
			alloc = cg_fmt(g, "memset(%s, 0, sizeof %s)", arr, arr);
		}
		sect_printf(seq, "%s = %s" STEP, p, alloc);
		fill_elems(g, n, et, p, true, seq);
		const char *v = cg_fmt(g, "(go_slice){%s, %lld, %lld}",
			len && cg_heap(g, n) ? cg_ce_obj(g, p, "void *", false, n->pos) : p,
			(long long)len, (long long)len);
		if (!dst)
			return v;
		sect_printf(seq, "%s = %s" STEP, dst, v);
		return dst;
	}
	case TY_MAP: {
		const char *m = cg_tmp(g, t);
		sect_printf(seq, "%s = go_map_make(%s, %d)" STEP, m, cg_tdesc(g, t), n->u.composite.elems.len);
		// Go stores entry after entry, each as its own statement m[k] = v:
		// what it hoists from an entry runs just before that entry.
		bool hoist = g->pre && g->pre->open;
		for (int i = 0; i < n->u.composite.elems.len; i++) {
			Node *e = n->u.composite.elems.items[i];
			const char *k = cg_tmp(g, u->key), *v = cg_tmp(g, u->elem);
			CgPre pre;
			Sect es = {0};
			if (hoist)
				cg_pre_open(g, &pre, NULL, false);
			const char *kv = elem_into(g, e->u.kv.key, u->key, &es);
			sect_printf(&es, "%s = %s" STEP, k, kv);
			const char *vv = elem_into(g, e->u.kv.value, u->elem, &es);
			sect_printf(&es, "%s = %s" STEP "*(%s *)go_map_assign(%s, %s, &%s) = %s" STEP, v, vv,
				cg_ctype(g, u->elem), cg_tdesc(g, t), m, k, v);
			if (hoist) {
				for (int j = 0; j < pre.items.len; j++)
					sect_printf(seq, "%s" STEP, pre.items.items[j]);
				pre.items.len = 0;
				cg_pre_close(g, &pre);
			}
			sect_put(seq, es.p, es.len);
			free(es.p);
		}
		if (!dst)
			return m;
		sect_printf(seq, "%s = %s" STEP, dst, m);
		return dst;
	}
	default:
		bug("composite literal of kind %d", u->kind);
	}
}

// Beyond this many steps the sequence is a statement expression: gcc
// parses a comma sequence as a left-leaning tree as deep as it is long and
// recurses over it (8 MB of stack overflow near 100,000 steps).
enum { COMMA_STEPS_MAX = 500 };

// The sequence and its value as one C expression: (a, b, v), or for a long
// sequence ({ a; b; v; }).
static const char *seq_value(CGen *g, Sect *seq, const char *v)
{
	size_t nsteps = 0;
	for (size_t i = 0; i < seq->len; i++)
		nsteps += seq->p[i] == STEP[0];
	bool stmts = nsteps > COMMA_STEPS_MAX;
	Sect b = {0};
	sect_printf(&b, stmts ? "({ " : "(");
	for (size_t i = 0; i < seq->len; i++) {
		if (seq->p[i] == STEP[0])
			sect_printf(&b, stmts ? "; " : ", ");
		else
			sect_put(&b, &seq->p[i], 1);
	}
	sect_printf(&b, stmts ? "%s; })" : "%s)", v);
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	free(seq->p);
	return s;
}

const char *cg_composite(CGen *g, Node *n)
{
	Sect seq = {0};
	const char *v = lit_part(g, n, &seq);
	return seq_value(g, &seq, v);
}

const char *cg_new_composite(CGen *g, Node *site, Node *lit)
{
	Sect seq = {0};
	const char *v = new_into(g, site, site->type, lit->type, lit, &seq);
	return seq_value(g, &seq, v);
}

// A composite literal of a large array or struct type with no elements
// (T{}): its value is the zero value, which a store makes with memset.
bool cg_is_large_zero_literal(Node *rhs, Type *t)
{
	Node *r = ast_unparen(rhs);
	return r->kind == ND_COMPOSITE && r->u.composite.elems.len == 0 && r->type &&
	    type_identical(r->type, t) && cg_is_large_aggregate(t);
}

// cg_define_literal generates `x := T{...}` (or `var x = T{...}`) for a new
// variable x of a large array or struct type by filling x in place, as Go
// does: x cannot occur in its own initializer. As a value, the literal
// would be a temporary as large as x in the frame (a [1<<24]int{} is 128
// MiB of stack) and a copy. False, having generated nothing, for any
// other initializer. cg_literal_fills_var says which (stackcheck.c counts
// no temporary for them).
bool cg_literal_fills_var(Sym *s, Node *rhs)
{
	Node *r = ast_unparen(rhs);
	return s && s->type && r->kind == ND_COMPOSITE && r->type && type_identical(r->type, s->type) &&
	    cg_is_large_aggregate(s->type);
}

bool cg_define_literal(CGen *g, Sym *s, Node *rhs)
{
	if (!cg_literal_fills_var(s, rhs))
		return false;
	Node *r = ast_unparen(rhs);
	cg_pre_top(g, rhs);
	cg_declare(g, s, true);
	if (r->u.composite.elems.len == 0)
		return true;
	Sect seq = {0};
	const char *v = lit_into(g, r, r->type, cg_var_ref(g, s), &seq);
	cg_line(g, "(void)%s;", seq_value(g, &seq, v));
	if (s->escapes)
		cg_ce_store(g, cg_fmt(g, "&%s", cg_var_ref(g, s)), s->type, rhs->pos);
	return true;
}
