// gen_conv.c: conversions — to and from interfaces (boxing, itabs, type
// assertions) and between concrete types.
//
// Kept apart from the expression walker (gen_expr.c) because the value
// representation decisions live here: which values an interface holds
// directly in its data word, which are boxed, and when a box may be a
// stack temporary (the escape pass's verdict on the conversion site).
#define CG_INTERNAL
#include "cgen.h"

#include <string.h>

// {==================== interfaces ====================

// The interface data word for a value of concrete type t.
static const char *data_word(CGen *g, const char *val, Type *t, Node *site, bool is_const)
{
	Type *u = type_underlying(t);
	type_complete(t);
	if (u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC || u->kind == TY_CHAN)
		return cg_fmt(g, "(void *)(%s)", val);
	if (type_is_pointer_shaped(t)) {
		const char *tmp = cg_tmp(g, t), *d = cg_tmp_c(g, "void *");
		return cg_fmt(g, "(%s = %s, memcpy(&%s, &%s, sizeof(void *)), %s)", tmp, val, d, tmp, d);
	}
	if (t->size == 0)   // still evaluate the value: it may receive, call...
		return cg_fmt(g, "((void)(%s), (void *)&go_zerobase)", val);
	if (is_const) {
		// Constants live in read-only data, as in Go: no allocation.
		return cg_fmt(g, "({ static const %s c_ = %s; (void *)&c_; })", cg_ctype(g, t), val);
	}
	if (site && !cg_heap(g, site)) {   // the temporary is the box
		const char *tmp = cg_tmp(g, t);
		cg_ce_site(g, tmp, site);
		return cg_fmt(g, "(%s = %s, (void *)&%s)", tmp, val, tmp);
	}
	const char *tmp = cg_tmp_scratch(g, t);
	const char *box = cg_fmt(g, "go_box(%s, &%s)", cg_tdesc(g, t), tmp);
	return cg_fmt(g, "(%s = %s, %s)", tmp, val, site ? cg_ce_obj(g, box, "void *", false, site->pos) : box);
}

const char *cg_make_iface(CGen *g, const char *val, Type *from, Type *to, Node *site,
	bool is_const)
{
	if (type_is_untyped(from))
		from = cg_default_type(from);
	if (type_is_interface(from)) {
		if (type_identical(from, to))
			return val;
		bool fe = cg_is_empty_iface(from), te = cg_is_empty_iface(to);
		if (te)
			return fe ? val : cg_fmt(g, "go_iface_to_eface(%s)", val);
		const char *tmp = cg_tmp_c(g, "go_iface");
		const char *dyn = fe ? cg_fmt(g, "go_eface_type(%s)", tmp) : cg_fmt(g, "go_iface_type(%s)", tmp);
		return cg_fmt(g, "(%s = %s, %s.tab ? (go_iface){go_getitab(%s, %s, NULL), %s.data} : %s)", tmp,
			val, tmp, cg_tdesc(g, to), dyn, tmp, tmp);
	}
	const char *tab = cg_is_empty_iface(to) ? cg_tdesc(g, from) : cg_itab(g, from, to);
	return cg_fmt(g, "((go_iface){%s, %s})", tab, data_word(g, val, from, site, is_const));
}

// A large value read through a pointer (use(*bigp)) is boxed from where it
// lies, as Go does: a copy through a stack temporary could overflow the stack
// before the nil check panics, and costs a second copy.
const char *cg_deref_to_iface(CGen *g, Node *n)
{
	Node *x = n->u.conv.x;
	Type *from = x->type, *to = n->type;
	if (type_is_interface(from) || from->size < (64 << 10) || !cg_heap(g, n))
		return cg_make_iface(g, cg_expr(g, x), from, to, n, false);
	const char *tab = cg_is_empty_iface(to) ? cg_tdesc(g, from) : cg_itab(g, from, to);
	const char *box = cg_fmt(g, "go_box(%s, &%s)", cg_tdesc(g, from), cg_expr(g, x));
	return cg_fmt(g, "((go_iface){%s, %s})", tab, cg_ce_obj(g, box, "void *", false, n->pos));
}

const char *cg_to_iface(CGen *g, const char *val, Type *from, Type *to, Node *site)
{
	return cg_make_iface(g, val, from, to, site, false);
}

const char *cg_unbox(CGen *g, const char *iface, Type *t)
{
	Type *u = type_underlying(t);
	const char *ct = cg_ctype(g, t);
	if (u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC || u->kind == TY_CHAN)
		return cg_fmt(g, "((%s)(%s).data)", ct, iface);
	if (type_is_pointer_shaped(t)) {
		const char *tmp = cg_tmp(g, t), *d = cg_tmp_c(g, "void *");
		return cg_fmt(g, "(%s = (%s).data, memcpy(&%s, &%s, sizeof(void *)), %s)", d, iface, tmp, d,
			tmp);
	}
	return cg_fmt(g, "(*(%s *)(%s).data)", ct, iface);
}

const char *cg_type_assert(CGen *g, Node *n, const char *ok)
{
	Node *x = n->u.assert.x;
	Type *t = n->u.assert.atype->type;
	bool empty = cg_is_empty_iface(x->type);
	const char *xv = cg_tmp_c(g, "go_iface"), *dt = cg_tmp_c(g, "const go_type *");
	const char *pre = cg_fmt(g, "%s = %s, %s = %s(%s)", xv, cg_expr(g, x), dt,
		empty ? "go_eface_type" : "go_iface_type", xv);
	if (type_is_interface(t)) {
		if (cg_is_empty_iface(t))
			return cg_fmt(g, "(%s, go_assert_eface(%s, %s.data, %s, %s))", pre, dt, xv,
				cg_tdesc(g, x->type), ok ? cg_fmt(g, "&%s", ok) : "NULL");
		return cg_fmt(g, "(%s, go_assert_iface(%s, %s, %s.data, %s, %s))", pre, cg_tdesc(g, t), dt,
			xv, cg_tdesc(g, x->type), ok ? cg_fmt(g, "&%s", ok) : "NULL");
	}
	const char *td = cg_tdesc(g, t);
	if (ok)
		return cg_fmt(g, "(%s, (%s = %s == %s) ? %s : %s)", pre, ok, dt, td, cg_unbox(g, xv, t),
			cg_zero(g, t));
	return cg_fmt(g, "(%s, %s != %s ? (go_panic_assert(%s, %s, %s), %s) : %s)", pre, dt, td, dt, td,
		cg_tdesc(g, x->type), cg_zero(g, t), cg_unbox(g, xv, t));
}

// }==================== conversions ====================

const char *cg_convert(CGen *g, const char *val, Type *from, Type *to, Node *site)
{
	if (!to || !from)
		return val;
	if (type_is_interface(to))
		return cg_make_iface(g, val, from, to, site, false);
	Type *fu = type_underlying(from), *tu = type_underlying(to);
	if (type_is_untyped(from))
		fu = type_underlying(cg_default_type(from));
	if (fu->kind == TY_UNTYPED_NIL)
		return cg_zero(g, to);
	if (tu->kind == TY_STRING && fu->kind != TY_STRING && fu->kind != TY_UNTYPED_STRING) {
		if (type_is_integer(fu))
			return cg_fmt(g, "go_string_from_rune((int64_t)(%s))", val);
		if (fu->kind == TY_SLICE && type_underlying(fu->elem)->kind == TY_INT32)
			return cg_fmt(g, "go_string_from_runes(%s)", val);
		if (fu->kind == TY_SLICE) {
			const char *t = cg_tmp_c(g, "go_slice");
			return cg_fmt(g, "(%s = %s, go_string_from_bytes(%s.ptr, %s.len))", t, val, t, t);
		}
	}
	if (fu->kind == TY_STRING && tu->kind == TY_SLICE) {
		if (type_underlying(tu->elem)->kind == TY_INT32)
			return cg_fmt(g, "go_runes_from_string(%s)", val);
		return cg_fmt(g, "go_bytes_from_string(%s)", val);
	}
	if (fu->kind == TY_SLICE && tu->kind == TY_POINTER)
		return cg_fmt(g, "((%s)go_slice_arrptr(%s, %lld))", cg_ctype(g, to), val,
			      (long long)type_underlying(tu->elem)->len);
	const char *fc = cg_ctype(g, from), *tc = cg_ctype(g, to);
	if (strcmp(fc, tc) == 0)
		return val;
	if (type_is_float(fu) && type_is_integer(tu)) {
		// Go's amd64 results for NaN and out-of-range values (go_rt.h).
		bool sign = tu->kind == TY_INT || tu->kind == TY_INT64 || tu->kind == TY_INT32 ||
			tu->kind == TY_INT16 || tu->kind == TY_INT8;
		const char *f = tu->size == 8 ? (sign ? "go_f2i64" : "go_f2u64")
			: tu->size == 4 && !sign ? "go_f2i64" : "go_f2i32";
		return cg_fmt(g, "((%s)%s(%s))", tc, f, val);
	}
	if (type_is_numeric(tu) || tu->kind == TY_POINTER || tu->kind == TY_UNSAFEPTR)
		return cg_fmt(g, "((%s)(%s))", tc, val);
	return val;
}
