// build_assign.c: assignment targets and assignment lists (ESCAPE.md §1.4).
//
// An assignment first computes the hole of every target, left to right,
// then evaluates each source into its target's hole. Stores through a
// pointer, a slice element or a map go to the heap: the analysis does not
// know where the pointee lives, so it assumes the worst.
#include "escape/build.h"

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

static bool is_blank(Node *n)
{
	return n->kind == ND_IDENT && n->u.ident.name && strcmp(n->u.ident.name, "_") == 0;
}

static bool is_ptr(Type *t)
{
	t = under(t);
	return t && t->kind == TY_POINTER;
}

// Does evaluating selector `sel` (a field) go through a pointer anywhere?
static bool selector_derefs(Node *sel)
{
	Type *t = sel->u.sel.x->type;
	if (is_ptr(t))
		return true;
	for (int i = 0; i < sel->u.sel.npath; i++) {
		Type *st = under(t);
		if (st && st->kind == TY_POINTER)
			return true;
		if (!st || st->kind != TY_STRUCT || sel->u.sel.path[i] >= st->fields.len)
			return false;
		t = st->fields.items[sel->u.sel.path[i]].type;
	}
	return is_ptr(t);
}

EscHole esc_addr_hole(EscState *s, Node *n)
{
	EscBatch *b = s->b;
	if (!n)
		return esc_discard_hole(b);
	n = ast_unparen(n);
	if (is_blank(n))
		return esc_discard_hole(b);
	switch (n->kind) {
	case ND_IDENT: {
		Sym *v = n->u.ident.sym;
		if (!v || v->kind != SYM_VAR || v->is_global || !v->owner)
			return esc_heap_hole(b);
		return esc_hole(esc_var_loc(s, v));
	}
	case ND_SELECTOR:
		if (n->u.sel.sel == SEL_FIELD && !selector_derefs(n))
			return esc_addr_hole(s, n->u.sel.x);
		esc_discard(s, n);
		return esc_heap_hole(b);
	case ND_INDEX: {
		Type *xt = under(n->u.index.x->type);
		if (xt && xt->kind == TY_MAP) {
			esc_discard(s, n->u.index.x);
			esc_assign_heap(s, n->u.index.index, "key of map put", n);
			return esc_heap_hole(b);
		}
		esc_discard(s, n->u.index.index);
		if (xt && xt->kind == TY_ARRAY)
			return esc_addr_hole(s, n->u.index.x);
		esc_discard(s, n->u.index.x);
		return esc_heap_hole(b);
	}
	case ND_STAR:
	default:
		esc_discard(s, n);
		return esc_heap_hole(b);
	}
}

void esc_assign_heap(EscState *s, Node *src, const char *why, Node *where)
{
	esc_expr(s, esc_note(s->b, esc_heap_hole(s->b), where, why), src);
}

// {==================== self-assignment ====================

static Node *strip(Node *n)
{
	for (;;) {
		if (n->kind == ND_PAREN)
			n = n->u.paren.x;
		else if (n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE)
			n = n->u.conv.x;
		else
			return n;
	}
}

static bool is_arith(int op)
{
	switch (op) {
	case TOK_ADD: case TOK_SUB: case TOK_OR: case TOK_XOR: case TOK_MUL: case TOK_SHL:
	case TOK_SHR: case TOK_AND: case TOK_AND_NOT: case TOK_QUO: case TOK_REM:
		return true;
	default:
		return false;
	}
}

static bool same_path(Node *a, Node *b)
{
	if (a->u.sel.npath != b->u.sel.npath)
		return false;
	for (int i = 0; i < a->u.sel.npath; i++)
		if (a->u.sel.path[i] != b->u.sel.path[i])
			return false;
	return true;
}

// Go's ir.SameSafeExpr: the same side-effect-free expression.
static bool same_safe(Node *l, Node *r)
{
	l = strip(l);
	r = strip(r);
	if (l->cval && r->cval) {
		ConstVal *a = l->cval, *c = r->cval;
		if (a->kind != c->kind)
			return false;
		switch (a->kind) {
		case CV_BOOL: return a->b == c->b;
		case CV_INT: return a->i == c->i;
		case CV_FLOAT: return a->f == c->f;
		case CV_STRING:
			return a->s.len == c->s.len && memcmp(a->s.ptr, c->s.ptr, (size_t)a->s.len) == 0;
		}
		return false;
	}
	if (l->kind != r->kind)
		return false;
	if (l->type && r->type && !type_identical(l->type, r->type))
		return false;
	switch (l->kind) {
	case ND_IDENT:
		return l->u.ident.sym && l->u.ident.sym == r->u.ident.sym &&
			l->u.ident.sym->kind == SYM_VAR;
	case ND_SELECTOR:
		return l->u.sel.sel == SEL_FIELD && r->u.sel.sel == SEL_FIELD &&
			strcmp(l->u.sel.name, r->u.sel.name) == 0 && same_path(l, r) &&
			same_safe(l->u.sel.x, r->u.sel.x);
	case ND_STAR:
		return same_safe(l->u.star.x, r->u.star.x);
	case ND_UNARY:
		return l->u.unary.op == r->u.unary.op && l->u.unary.op != TOK_AND &&
			l->u.unary.op != TOK_ARROW && same_safe(l->u.unary.x, r->u.unary.x);
	case ND_BINARY:
		return l->u.binary.op == r->u.binary.op && is_arith(l->u.binary.op) &&
			same_safe(l->u.binary.x, r->u.binary.x) &&
			same_safe(l->u.binary.y, r->u.binary.y);
	case ND_INDEX: {
		Type *t = under(l->u.index.x->type);
		if (t && t->kind == TY_MAP)
			return false;
		return same_safe(l->u.index.x, r->u.index.x) &&
			same_safe(l->u.index.index, r->u.index.index);
	}
	case ND_CALL:
		if (l->u.call.call != CALL_CONV || r->u.call.call != CALL_CONV ||
		    l->u.call.args.len != 1 || r->u.call.args.len != 1 ||
		    esc_is_string_conv(l))
			return false;
		return same_safe(l->u.call.args.items[0], r->u.call.args.items[0]);
	default:
		return false;
	}
}

// Go's mayAffectMemory: could evaluating n change the program's memory?
static bool may_affect_memory(Node *n)
{
	n = strip(n);
	if (n->cval)
		return false;
	switch (n->kind) {
	case ND_IDENT:
		return false;
	case ND_BINARY:
		if (!is_arith(n->u.binary.op))
			return true;
		return may_affect_memory(n->u.binary.x) || may_affect_memory(n->u.binary.y);
	case ND_INDEX:
		return may_affect_memory(n->u.index.x) || may_affect_memory(n->u.index.index);
	case ND_UNARY:
		if (n->u.unary.op == TOK_AND || n->u.unary.op == TOK_ARROW)
			return true;
		return may_affect_memory(n->u.unary.x);
	case ND_SELECTOR:
		if (n->u.sel.sel != SEL_FIELD)
			return true;
		return may_affect_memory(n->u.sel.x);
	case ND_STAR:
		return may_affect_memory(n->u.star.x);
	case ND_CALL:
		if (n->u.call.call == CALL_CONV && n->u.call.args.len == 1 && !esc_is_string_conv(n))
			return may_affect_memory(n->u.call.args.items[0]);
		if (n->u.call.call == CALL_BUILTIN && n->u.call.args.len == 1 &&
		    (n->u.call.builtin == BI_LEN || n->u.call.builtin == BI_CAP))
			return may_affect_memory(n->u.call.args.items[0]);
		return true;
	default:
		return true;
	}
}

// `*n` or `n.f` through pointer n: returns n's symbol.
static Sym *deref_base(Node *n)
{
	n = strip(n);
	Node *x = NULL;
	if (n->kind == ND_STAR)
		x = n->u.star.x;
	else if (n->kind == ND_SELECTOR && n->u.sel.sel == SEL_FIELD && n->u.sel.npath == 0 &&
		 is_ptr(n->u.sel.x->type))
		x = n->u.sel.x;
	if (!x)
		return NULL;
	x = strip(x);
	if (x->kind != ND_IDENT || !x->u.ident.sym || x->u.ident.sym->kind != SYM_VAR)
		return NULL;
	return x->u.ident.sym;
}

// `b.buf = b.buf[i:j]` stores nothing new into *b.
static bool is_slice_self_assign(Node *dst, Node *src)
{
	Sym *d = deref_base(dst);
	if (!d)
		return false;
	src = strip(src);
	if (src->kind != ND_SLICE)
		return false;
	Type *xt = under(src->u.slice.x->type);
	if (xt && xt->kind == TY_ARRAY)
		return false;  // slicing an array in *b would store a pointer to b
	return deref_base(src->u.slice.x) == d;
}

bool esc_is_self_assign(Node *dst, Node *src)
{
	if (!dst || !src)
		return false;
	if (is_slice_self_assign(dst, src))
		return true;
	dst = strip(dst);
	src = strip(src);
	if (dst->kind != src->kind)
		return false;
	switch (dst->kind) {
	case ND_SELECTOR:
		if (dst->u.sel.sel != SEL_FIELD || src->u.sel.sel != SEL_FIELD)
			return false;
		if (is_ptr(dst->u.sel.x->type) != is_ptr(src->u.sel.x->type))
			return false;
		// Go compares what precedes the last field, implicit embedded
		// steps included: v.p (promoted from v.T) and v.q differ.
		return same_path(dst, src) && same_safe(dst->u.sel.x, src->u.sel.x);
	case ND_INDEX: {
		Type *t = under(dst->u.index.x->type);
		if (t && t->kind == TY_MAP)
			return false;
		if (may_affect_memory(dst->u.index.index) || may_affect_memory(src->u.index.index))
			return false;
		return same_safe(dst->u.index.x, src->u.index.x);
	}
	default:
		return false;
	}
}

// }====================================================================

void esc_reassigned(EscState *s, EscHole *ks, int n, Node *where)
{
	for (int i = 0; i < n; i++) {
		EscLoc *l = ks[i].dst;
		Sym *v = l->var;
		EscVarInfo *vi = v ? esc_var_info(s, v) : NULL;
		if (vi && where->kind != ND_RANGE && vi->defn == where)
			continue;  // its own defining statement
		l->reassigned = true;
	}
}

void esc_assign_list(EscState *s, Node **dsts, int ndst, Node **srcs, int nsrc,
	const char *why, Node *where)
{
	EscHole ks_small[8];
	EscHole *ks = ndst <= 8 ? ks_small : arena_zalloc(&s->b->arena, (size_t)ndst * sizeof *ks);
	for (int i = 0; i < ndst; i++)
		ks[i] = esc_addr_hole(s, dsts[i]);
	for (int i = 0; i < ndst; i++) {
		Node *src = i < nsrc ? srcs[i] : NULL;
		EscHole k = ks[i];
		if (dsts[i] && src && esc_is_self_assign(dsts[i], src)) {
			if (s->opts->m_level || s->opts->json_out)
				esc_report_self_assign(s, where);
			k = esc_discard_hole(s->b);
		}
		esc_expr(s, esc_note(s->b, k, where, why), src);
	}
	esc_reassigned(s, ks, ndst, where);
}
