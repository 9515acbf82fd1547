// build_call.c: calls, builtins and go/defer (§1.6, §3; closure captures:
// build_capture.c).
//
// A call's arguments flow into the callee's parameters. Within the batch
// being analysed that is a plain edge to the parameter's location; for an
// already solved callee the parameter's tag (EscLeaks) is expanded into
// holes: "to the heap with h derefs" and "to result i with r derefs". A call
// whose target is unknown (function values, interface methods) sends every
// argument to the heap, as Go does.
#include "escape/build.h"
#include "check.h"
#include <stdlib.h>

#include "frontend/library.h"

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

void esc_func_params(EscState *s, EscFunc *fn)
{
	Sym *f = fn->sym;
	if (!f || fn->tags)
		return;
	int n = f->params.len;
	fn->nparams = n;
	fn->tags = arena_zalloc(&s->arena, (size_t)(n ? n : 1) * sizeof *fn->tags);
	fn->param_named = arena_zalloc(&s->arena, (size_t)(n ? n : 1));
	fn->param_ptrs = arena_zalloc(&s->arena, (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		Sym *p = f->params.items[i];
		// The checker names unnamed parameters ~p0, ~r...: never diagnosed.
		fn->param_named[i] = p && p->name && p->name[0] && p->name[0] != '~' &&
			strcmp(p->name, "_") != 0;
		fn->param_ptrs[i] = p && esc_type_has_ptrs(p->type);
	}
	fn->nresults = f->results.len;
}

static Node *unparen_conv(Node *n)
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

// Go's ir.StaticValue: follows locals of fn that are defined once by
// `=`/`:=` and never reassigned nor &-taken, to the expression they hold.
// A variable of an enclosing function is a closure variable inside fn, and
// Go never follows those.
Node *esc_static_value(EscState *s, Node *n, Sym *fn)
{
	for (int guard = 0; guard < 1000; guard++) {
		n = unparen_conv(n);
		if (n->kind == ND_INLCALL && n->u.inl.results.len == 1) {
			n = n->u.inl.results.items[0];   // Go's SingleResult
			continue;
		}
		if (n->kind != ND_IDENT)
			return n;
		Sym *v = n->u.ident.sym;
		if (!v || v->kind != SYM_VAR || v->is_global || v->is_param || v->is_result ||
		    v->inl_opaque || !v->owner || (fn && v->owner != fn))
			return n;
		EscVarInfo *vi = esc_var_info(s, v);
		if (!vi || !vi->init || vi->static_reassigned)
			return n;
		n = vi->init;
	}
	return n;
}

// (*T).M with M declared on T: Go calls the generated pointer wrapper,
// which escape analysis has not seen, but reads the tags of T.M (the
// method expression's name) for it: the *T argument takes T.M's receiver
// tag, and a T without pointers has none (the argument leaks to the
// heap). Promoted methods' wrappers (E.M, (*E).M) it has.
static Sym *methodexpr_callee(Node *sel, Sym *m)
{
	Type *rt = sel->kind == ND_SELECTOR ? sel->u.sel.x->type : NULL;
	if (m && m->recv_type && rt && type_underlying(rt)->kind == TY_POINTER &&
	    type_identical(m->recv_type, type_underlying(rt)->elem)) {
		type_complete(m->recv_type);
		return m->recv_type->has_pointers ? m : NULL;
	}
	return m;
}

Sym *esc_static_callee(EscState *s, Node *call, bool *called_literal)
{
	Node *fx = unparen_conv(call->u.call.fn);
	*called_literal = false;
	switch (call->u.call.call) {
	case CALL_METHODEXPR:
		return methodexpr_callee(fx, call->u.call.callee ? call->u.call.callee :
			fx->kind == ND_SELECTOR ? fx->u.sel.method : NULL);
	case CALL_FUNC:
	case CALL_METHOD:
		if (call->u.call.callee)
			return call->u.call.callee;
		if (fx->kind == ND_IDENT)
			return fx->u.ident.sym;
		if (fx->kind == ND_SELECTOR)
			return fx->u.sel.method;
		return NULL;
	case CALL_FUNCLIT:
		*called_literal = fx->kind == ND_FUNCLIT;
		if (fx->kind == ND_FUNCLIT)
			return fx->u.funclit.fn;
		return call->u.call.callee;
	case CALL_VALUE: {
		Node *v = esc_static_value(s, fx, s->curfn ? s->curfn->sym : NULL);
		if (v->kind == ND_IDENT && v->u.ident.sym && v->u.ident.sym->kind == SYM_FUNC)
			return v->u.ident.sym;
		if (v->kind == ND_FUNCLIT)
			return v->u.funclit.fn;
		if (v->kind == ND_SELECTOR && v->u.sel.sel == SEL_METHODEXPR)
			return methodexpr_callee(v, v->u.sel.method);
		return NULL;
	}
	case CALL_IFACE:
	case CALL_UNRESOLVED:
	case CALL_CONV:
	case CALL_BUILTIN:
	case CALL_FMT:
	case CALL_SYNC:
		return NULL;
	}
	return NULL;
}

// {==================== argument rewriting for go/defer ====================

// While a go/defer wrapper is being built, arguments are first copied into
// temporaries that the wrapper captures (Go's rewriteArgument).
typedef struct Wrap {
	struct { EscLoc **items; int len, cap; } temps;
} Wrap;

static bool stays_in_call(Node *arg)
{
	Node *a = ast_unparen(arg);
	if (a->cval || a->is_type)
		return true;
	if (a->kind == ND_IDENT && a->u.ident.sym &&
	    (a->u.ident.sym->kind == SYM_FUNC || a->u.ident.sym->kind == SYM_NIL ||
	     a->u.ident.sym->kind == SYM_CONST))
		return true;
	if (a->kind == ND_SELECTOR && a->u.sel.sel == SEL_METHODEXPR)
		return true;
	return false;
}

static EscLoc *wrap_temp(EscState *s, Wrap *w, Node *arg, Pos at, Type *type);

// A slice literal (or `... argument` pack) under a go/defer wrapper: the
// elements els[from..] go through captured temporaries, then the slice is
// spilled into k.
static void wrapped_pack(EscState *s, Wrap *w, EscHole k, Node *site, NodeList *els, int from)
{
	EscBatch *b = s->b;
	int n = els->len - from;
	EscLoc **t = arena_zalloc(&b->arena, (size_t)(n > 0 ? n : 1) * sizeof *t);
	// The elements' type: an argument converted to an interface is copied
	// converted.
	Type *et = NULL;
	if (site->kind == ND_COMPOSITE && site->type)
		et = under(site->type)->elem;
	else if (site->kind == ND_CALL && site->u.call.call == CALL_FMT)
		et = type_any;
	else if (site->kind == ND_CALL && site->u.call.ftype && site->u.call.ftype->fields.len)
		et = under(site->u.call.ftype->fields.items[site->u.call.ftype->fields.len - 1].type)->elem;
	if (et && !type_is_interface(et))
		et = NULL;
	for (int i = 0; i < n; i++) {
		Node *a = els->items[from + i];
		if (a->kind == ND_KEYVALUE)
			a = a->u.kv.value;
		t[i] = stays_in_call(a) ? NULL : wrap_temp(s, w, a, site->pos, et);
	}
	if (site->kind == ND_CALL)
		s->is_pack_call[site->id] = true;
	EscHole pk = esc_spill_node(s, k, site);
	for (int i = 0; i < n; i++) {
		EscHole ek = esc_note(b, pk, site, "slice-literal-element");
		Node *a = els->items[from + i];
		if (a->kind == ND_KEYVALUE)
			a = a->u.kv.value;
		if (!t[i]) {
			esc_expr(s, ek, a);
			continue;
		}
		if (!esc_type_has_ptrs(a->type))
			ek.dst = &b->blank;
		esc_flow(b, ek, t[i]);
	}
}

// A go/defer argument copy. It is named like Go's compiler temporaries
// because a large one (captured by reference) can surface in -m output as
// "moved to heap: .autotmp_N". It sits at the argument, or where Go copies
// an argument without a position of its own (a name, an implicit
// conversion of one): `at`, the call or the peeled slice literal, which is
// also where the wrapper refers to it. type: the copy's type when it is
// not the argument's (an element converted to the slice's interface type).
// Returns the hole of its initialisation, "from .autotmp_N = ARG (assign)".
static EscHole new_temp(EscState *s, Node *arg, Pos at, Pos own, Type *type, EscLoc **out)
{
	Sym *v = arena_zalloc(&s->arena, sizeof *v);
	v->kind = SYM_VAR;
	v->id = -1;
	v->name = arena_sprintf(&ast_arena, ".autotmp_%d", s->curfn->ntemps++);
	Node *a = arg ? ast_unparen(arg) : NULL;
	// An implicit conversion stands where Go's IR generator made it
	// (convpos.c), even of a name.
	Pos conv = {0, 0};
	if (a && a->kind == ND_CONV && a->id > 0 && a->id < s->nconv_pos)
		conv = s->conv_pos[a->id];
	while (a && a->kind == ND_CONV && a->u.conv.x && a->u.conv.conv == CONV_IFACE)
		a = ast_unparen(a->u.conv.x);
	// (a name, or a named constant, has no position of its own)
	Node *inner = a;
	while (inner && inner->kind == ND_CONV && inner->u.conv.x)
		inner = ast_unparen(inner->u.conv.x);
	v->pos = own.line ? own : conv.line && inner && inner->kind == ND_IDENT ? conv :
		a && a->kind != ND_IDENT ? a->pos : at;
	v->type = type ? type : arg ? arg->type : NULL;
	EscLoc *t = esc_new_loc(s->b, s->curfn, NULL, v, false, s->loop_depth);
	t->captured = true;
	*out = t;
	if (!s->b->keep_notes || !arg)
		return esc_hole(t);
	// -m=2 notes: the copy's assignment, and the wrapper's use of it.
	Node *id = arena_zalloc(&s->arena, sizeof *id);
	id->kind = ND_IDENT;
	id->pos = v->pos;
	id->u.ident.name = v->name;
	id->u.ident.sym = v;
	Node *use = arena_zalloc(&s->arena, sizeof *use);
	*use = *id;
	use->pos = at;
	v->decl = use;
	Node *as = arena_zalloc(&s->arena, sizeof *as);
	as->kind = ND_ASSIGN;
	as->pos = v->pos;
	as->u.assign.op = TOK_ASSIGN;
	vec_push(&s->arena, &as->u.assign.lhs, id);
	Node *rhs = arena_zalloc(&s->arena, sizeof *rhs);   // not replaced by the copy
	*rhs = *arg;
	rhs->id = 0;
	vec_push(&s->arena, &as->u.assign.rhs, rhs);
	if (arg->id > 0 && arg->id < s->nnodes) {
		if (!s->wrap_tmp)
			s->wrap_tmp = arena_zalloc(&s->arena, (size_t)s->nnodes * sizeof *s->wrap_tmp);
		s->wrap_tmp[arg->id] = v;
	}
	return esc_note(s->b, esc_hole(t), as, "assign");
}

static EscLoc *wrap_temp(EscState *s, Wrap *w, Node *arg, Pos at, Type *type)
{
	EscLoc *t;
	EscHole k = new_temp(s, arg, at, (Pos){0, 0}, type, &t);
	t->by_ref = t->var->type && t->var->type->size > 128;
	esc_expr(s, k, arg);
	vec_push(&s->arena, &w->temps, t);
	return t;
}

// Evaluates argument `arg` into k; under a wrapper, through a captured temp.
static void argument(EscState *s, Wrap *w, EscHole k, Node *call, Node *arg)
{
	k = esc_note(s->b, k, call, "call parameter");
	if (!w || stays_in_call(arg)) {
		esc_expr(s, k, arg);
		return;
	}
	Node *lit = ast_unparen(arg);
	if (lit->kind == ND_COMPOSITE && lit->type && under(lit->type)->kind == TY_SLICE) {
		// Go peels a slice literal: its elements are copied into the
		// wrapper, the slice itself is built when the call runs.
		wrapped_pack(s, w, k, lit, &lit->u.composite.elems, 0);
		return;
	}
	EscLoc *t = wrap_temp(s, w, arg, call->pos, NULL);
	if (!esc_type_has_ptrs(arg->type))
		k.dst = &s->b->blank;
	esc_flow(s->b, k, t);
}

// }====================================================================

// A call given g()'s results (append(g()), f(g()), ...): g's call fills
// the temporaries autotmp.c made, which *out lists as the call's arguments
// (true); otherwise *out is the call's own list.
bool esc_multi_args(EscState *s, Node *call, NodeList *out)
{
	*out = call->u.call.args;
	EscMulti *m = out->len == 1 && !call->u.call.spread ? esc_multi(s, call) : NULL;
	if (!m)
		return false;
	EscHole tks[64];
	int nt = m->n < 64 ? m->n : 64;
	for (int i = 0; i < nt; i++)
		tks[i] = esc_dcl(s, m->vars[i]);
	esc_call(s, tks, nt, out->items[0]);
	out->items = m->uses;
	out->len = out->cap = nt;
	return true;
}

static void builtin_call(EscState *s, Wrap *w, EscHole *ks, int nks, Node *call)
{
	EscBatch *b = s->b;
	NodeList *a = &call->u.call.args;
	switch (call->u.call.builtin) {
	case BI_APPEND: {
		if (a->len == 0)
			return;
		EscHole appendee = nks > 0 ? ks[0] : esc_discard_hole(b);
		NodeList margs;
		esc_multi_args(s, call, &margs);
		a = &margs;
		Type *st = under(a->items[0]->type);
		if (st && st->kind == TY_SLICE && esc_type_has_ptrs(st->elem)) {
			EscHole hs[2] = {appendee, esc_deref(b, esc_heap_hole(b), call, "appendee slice")};
			appendee = esc_tee(b, s->curfn, s->loop_depth, hs, 2);
		}
		argument(s, w, appendee, call, a->items[0]);
		if (call->u.call.spread) {
			EscHole appended = esc_discard_hole(b);
			Type *t = a->len > 1 ? under(a->items[1]->type) : NULL;
			if (t && t->kind == TY_SLICE && esc_type_has_ptrs(t->elem))
				appended = esc_deref(b, esc_heap_hole(b), call, "appended slice...");
			if (a->len > 1)
				argument(s, w, appended, call, a->items[1]);
		} else {
			for (int i = 1; i < a->len; i++)
				argument(s, w, esc_heap_hole(b), call, a->items[i]);
		}
		return;
	}
	case BI_COPY: {
		NodeList margs;
		esc_multi_args(s, call, &margs);
		a = &margs;
		if (a->len == 1) {
			// copy(f()): the results are the destination and the source;
			// a source of pointers sends them (all f's results, to be
			// safe) to the heap, as the two-argument form below does.
			Type *t = a->items[0]->type;
			bool ptrs = t && t->kind == TY_TUPLE && t->fields.len == 2 &&
				under(t->fields.items[1].type)->kind == TY_SLICE &&
				esc_type_has_ptrs(under(t->fields.items[1].type)->elem);
			argument(s, w, ptrs ? esc_deref(b, esc_heap_hole(b), call, "copied slice") : esc_discard_hole(b),
				call, a->items[0]);
			return;
		}
		if (a->len < 2)
			return;
		argument(s, w, esc_discard_hole(b), call, a->items[0]);
		EscHole copied = esc_discard_hole(b);
		Type *t = under(a->items[1]->type);
		if (t && t->kind == TY_SLICE && esc_type_has_ptrs(t->elem))
			copied = esc_deref(b, esc_heap_hole(b), call, "copied slice");
		argument(s, w, copied, call, a->items[1]);
		return;
	}
	case BI_PANIC:
		for (int i = 0; i < a->len; i++)
			argument(s, w, esc_heap_hole(b), call, a->items[i]);
		return;
	case BI_NEW:
	case BI_MAKE:
		esc_expr(s, nks ? ks[0] : esc_discard_hole(b), call);
		return;
	case BI_NONE: case BI_CAP: case BI_CLOSE: case BI_DELETE: case BI_LEN:
	case BI_PRINT: case BI_PRINTLN: case BI_RECOVER: case BI_COMPLEX: case BI_REAL:
	case BI_IMAG:
	default: {
		NodeList margs;
		esc_multi_args(s, call, &margs);
		a = &margs;
		for (int i = 0; i < a->len; i++)
			argument(s, w, esc_discard_hole(b), call, a->items[i]);
		return;
	}
	}
}

// Go's x.(T) of a call i.M() devirtualised to T, for the notes: i, or
// the function's temporary when i holds a call.
static Node *devirt_assert(EscState *s, Node *call, Node *sel, Type *devirt)
{
	Node *x = sel->u.sel.x;
	int tmp = esc_callee_tmp(s, call);
	if (tmp >= 0) {
		Node *id = ast_new(ND_IDENT, x->pos);
		id->u.ident.name = arena_sprintf(&ast_arena, ".autotmp_%d", tmp);
		id->type = x->type;
		x = id;
	} else if (s->wrap_tmp && x->id > 0 && x->id < s->nnodes && s->wrap_tmp[x->id]) {
		// a go/defer copy holds i.(T), not i: i itself is read here
		Node *c = ast_new(ND_IDENT, x->pos);
		*c = *x;
		c->id = 0;
		x = c;
	}
	Node *ta = ast_new(ND_TYPEASSERT, sel->pos);
	ta->u.assert.x = x;
	ta->type = devirt;
	return ta;
}

// i.M() devirtualised to T: the receiver passed is i.(T), then the
// embedded fields walked down to a promoted method's receiver, then an
// implicit * or & to the receiver the method takes. Go notes each step,
// the outermost first.
static EscHole devirt_recv(EscState *s, EscHole k, Node *sel_call, Node *sel, Type *devirt,
	Sym *callee)
{
	EscBatch *b = s->b;
	Node *ta = devirt_assert(s, sel_call, sel, devirt);
	enum { MAXSTEP = 20 };
	Node *at[MAXSTEP];
	const char *why[MAXSTEP];
	int shift[MAXSTEP], n = 0;
	Lookup lk = check_lookup(devirt, sel->u.sel.name);
	Type *cur = devirt;
	Node *cn = ta;
	for (int i = 0; i < lk.npath && n < MAXSTEP - 1; i++) {
		bool ptr = under(cur)->kind == TY_POINTER;
		if (ptr)
			cur = under(cur)->elem;
		Field *f = &under(cur)->fields.items[lk.path[i]];
		Node *d = ast_new(ND_SELECTOR, sel->pos);
		d->u.sel.x = cn;
		d->u.sel.name = f->name;
		d->u.sel.sel = SEL_FIELD;
		d->type = f->type;
		at[n] = d, why[n] = ptr ? "dot of pointer" : "dot", shift[n++] = ptr;
		cn = d;
		cur = f->type;
	}
	if (callee && callee->recv_type) {
		bool want = under(callee->recv_type)->kind == TY_POINTER;
		bool have = under(cur)->kind == TY_POINTER;
		if (want && !have)
			at[n] = cn, why[n] = "address-of", shift[n++] = -1;
		else if (!want && have)
			at[n] = cn, why[n] = "indirection", shift[n++] = 1;
	} else if (!callee && lk.npath == 0 && under(devirt)->kind == TY_POINTER) {
		at[n] = cn, why[n] = "dot of pointer", shift[n++] = 1;
	}
	for (int i = n - 1; i >= 0; i--)
		k = esc_note(b, esc_shift(k, shift[i]), at[i], why[i]);
	if (!type_is_interface(devirt) && !type_is_pointer_shaped(devirt))
		k = esc_shift(k, 1);
	return esc_note(b, k, ta, "dot");
}

static void call_common(EscState *s, Wrap *w, EscHole *ks, int nks, Node *call)
{
	EscBatch *b = s->b;
	CallKind kind = call->u.call.call;
	if (call->id > 0 && call->id < s->nnodes)
		s->call_fixed[call->id] = true;
	if (kind == CALL_BUILTIN) {
		builtin_call(s, w, ks, nks, call);
		return;
	}
	if (kind == CALL_CONV) {
		esc_expr(s, nks ? ks[0] : esc_discard_hole(b), call);
		return;
	}

	if (!w && esc_fmt_inlined(s, call)) {
		esc_fmt_inlined_call(s, call);
		return;
	}
	if (!w && esc_sync_inlined(s, call)) {
		esc_sync_inlined_call(s, call);
		return;
	}
	if (!w && esc_libbody_inlined(s, call)) {
		esc_libbody_call(s, ks, nks, call);
		return;
	}

	EscFunc *fn = NULL;
	bool lit = false;
	Type *devirt = NULL;
	Sym *callee = NULL;
	if (kind == CALL_FMT || kind == CALL_SYNC) {
		fn = esc_library_func(s, call);
	} else if (kind == CALL_IFACE) {
		callee = esc_devirt_target(s, call, &devirt);
	} else {
		callee = esc_static_callee(s, call, &lit);
	}
	if (callee && callee->kind == SYM_FUNC) {
		fn = esc_func_of(s, callee);
		esc_func_params(s, fn);
		if (fn->state == ESC_FN_UNKNOWN)
			fn = NULL;  // not analysed and not in this batch: cannot happen
	}
	if (lit && fn)
		fn->closure_called = true;

	// A callee in this batch: its results flow straight to ours.
	if (ks && fn && fn->state < ESC_FN_TAGGED && fn->result_locs) {
		for (int i = 0; i < nks && i < fn->nresults; i++) {
			EscHole k = ks[i];
			EscLoc *r = fn->result_locs[i];
			if (k.derefs >= 0 && r->var && !esc_type_has_ptrs(r->var->type))
				k.dst = &b->blank;
			esc_flow(b, k, r);
		}
	}

	Node *fx = call->u.call.fn;
	NodeList *args = &call->u.call.args;
	int ai = 0;       // first argument that is a regular parameter
	int pbase = 0;    // tag index of args[0]
	bool has_recv = false;
	switch (kind) {
	case CALL_FUNC:
	case CALL_VALUE:
	case CALL_FUNCLIT:
		if (w && kind != CALL_FUNC)
			argument(s, w, esc_discard_hole(b), call, fx);
		else
			esc_expr(s, esc_callee_tmp_hole(s, call,
				esc_note(b, esc_discard_hole(b), call, "call parameter"), fx), fx);
		// A statically known method expression through a variable:
		// the receiver is the first argument.
		if (callee && callee->recv_type)
			has_recv = true;
		break;
	case CALL_METHODEXPR:
		has_recv = true;
		break;
	case CALL_METHOD:
	case CALL_SYNC:
	case CALL_IFACE: {
		Node *sel = ast_unparen(fx);
		EscHole k = esc_tag_hole(s, ks, nks, kind == CALL_IFACE && !devirt ? NULL : fn, 0);
		k = esc_note(b, k, call, "call parameter");
		if (sel->kind != ND_SELECTOR) {
			esc_expr(s, k, sel);
		} else if (w) {
			// The receiver is an argument of the wrapper's call.
			// (an implicit & or * of the receiver is at the selector)
			EscLoc *t;
			bool dv = kind == CALL_IFACE && devirt;
			// (x.T.M(): Go's copy holds the embedded field, made at the
			// selector; a receiver Go evaluated into a temporary is a
			// name, whose copy is made at the call)
			bool implicit = sel->u.sel.implicit_addr || sel->u.sel.implicit_deref ||
				sel->u.sel.npath;
			Pos own = implicit || dv ? sel->pos : (Pos){0, 0};
			if (!dv && esc_callee_tmp(s, call) >= 0)
				own = call->pos;
			// The copy has the receiver's type: &x, *x, and devirtualised
			// the receiver value i.(T) or *i.(*T).
			Type *xt = sel->u.sel.x->type, *ct = NULL;
			if (dv)
				ct = callee && callee->recv_type ? callee->recv_type : devirt;
			else if (sel->u.sel.npath && callee && callee->recv_type)
				ct = callee->recv_type;
			else if (sel->u.sel.implicit_addr && xt)
				ct = type_pointer(xt);
			else if (sel->u.sel.implicit_deref && xt && under(xt)->kind == TY_POINTER)
				ct = under(xt)->elem;
			if (ct)
				type_complete(ct);
			EscHole tk = new_temp(s, sel->u.sel.x, call->pos, own, ct, &t);
			// (a receiver Go evaluated into a temporary: the copy is of it)
			int ctn = esc_callee_tmp(s, call);
			if (!dv && ctn >= 0 && tk.notes && tk.notes->where->kind == ND_ASSIGN) {
				Node *id = ast_new(ND_IDENT, call->pos);
				id->u.ident.name = arena_sprintf(&ast_arena, ".autotmp_%d", ctn);
				id->type = sel->u.sel.x->type;
				tk.notes->where->u.assign.rhs.items[0] = id;
			} else if (!dv && sel->u.sel.npath && tk.notes && tk.notes->where->kind == ND_ASSIGN) {
				tk.notes->where->u.assign.rhs.items[0] = esc_recv_path_node(s, sel);
			}
			// (Go's copy holds the devirtualised receiver, i.(T))
			if (dv && callee && tk.notes && tk.notes->where->kind == ND_ASSIGN)
				tk.notes->where->u.assign.rhs.items[0] = devirt_assert(s, call, sel, devirt);
			// An inlined receiver goes through the function-wide callee
			// temporary first (outside any loop: seed 15183).
			if (kind == CALL_IFACE && devirt)
				esc_expr(s, esc_callee_tmp_into(s, call,
					devirt_recv(s, tk, call, sel, devirt, callee), sel->u.sel.x), sel->u.sel.x);
			else if (kind == CALL_IFACE)
				esc_expr(s, esc_callee_tmp_any(s, call, tk, sel->u.sel.x), sel->u.sel.x);
			else
				esc_selector_base(s, tk, sel);
			vec_push(&s->arena, &w->temps, t);
			esc_flow(b, k, t);
		} else if (kind == CALL_IFACE) {
			if (devirt)
				k = devirt_recv(s, k, call, sel, devirt, callee);
			// (a receiver holding a call, inlined or not, goes through
			// Go's temporary: f().M() is `t := f(); t.M()`)
			esc_expr(s, esc_callee_tmp_any(s, call, k, sel->u.sel.x), sel->u.sel.x);
		} else if (ast_unparen(sel->u.sel.x)->kind == ND_INLCALL && !sel->u.sel.npath &&
			   !sel->u.sel.implicit_addr) {
			// (a call is not addressable: no implicit &)
			if (sel->u.sel.implicit_deref)
				k = esc_deref(b, k, sel, "indirection");
			// (k is noted as the call's parameter already)
			esc_expr(s, esc_callee_tmp_into(s, call, k, sel->u.sel.x), sel->u.sel.x);
		} else {
			esc_selector_base(s, k, sel);
		}
		pbase = 1;
		break;
	}
	case CALL_UNRESOLVED:
	case CALL_CONV:
	case CALL_BUILTIN:
	case CALL_FMT:
		break;
	}
	if (kind == CALL_FMT)
		pbase = 0;
	if (esc_lib_has_moved(call))
		esc_lib_inlined_params(s, call);

	Type *ft = call->u.call.ftype;
	if (!ft && fx->type && under(fx->type) && under(fx->type)->kind == TY_FUNC)
		ft = under(fx->type);
	int np = ft ? ft->fields.len : args->len;
	bool variadic = ft && ft->variadic && !call->u.call.spread;
	(void)has_recv;

	// f(g()) with a multi-valued g: Go first assigns g's results to
	// temporaries (autotmp.c), then passes those: `t1, t2 := g(); f(t1, t2)`.
	NodeList margs;
	if (esc_multi_args(s, call, &margs)) {
		args = &margs;
	} else if (args->len == 1 && np > 1 && args->items[0]->type &&
		   args->items[0]->type->kind == TY_TUPLE) {
		// No numbered temporaries (a package initialiser): anonymous ones.
		Node *inner = args->items[0];
		int nt = args->items[0]->type->fields.len;
		EscLoc *tmps[64];
		EscHole tks[64];
		for (int i = 0; i < nt && i < 64; i++) {
			tmps[i] = esc_new_loc(b, s->curfn, NULL, NULL, false, s->loop_depth);
			tks[i] = esc_hole(tmps[i]);
		}
		esc_call(s, tks, nt < 64 ? nt : 64, inner);
		for (int i = 0; i < nt && i < 64; i++) {
			EscHole k = esc_tag_hole(s, ks, nks, fn, pbase + (i < np ? i : np - 1));
			k = esc_note(b, k, call, "call parameter");
			if (!esc_type_has_ptrs(inner->type->fields.items[i].type))
				k.dst = &b->blank;
			esc_flow(b, k, tmps[i]);
		}
		return;
	}

	int nfixed = variadic ? np - 1 : args->len;
	// An inlined library body that stores a parameter in its allocation:
	// the argument goes there (a temporary until the site exists), not
	// where the tag of the out-of-line function says.
	bool lib_inl = (kind == CALL_FMT || kind == CALL_SYNC) && call->u.call.builtin == BI_LIB &&
		call->u.call.inl_callee;
	EscLoc *held[8];
	int nheld = 0;
	for (int i = ai; i < nfixed && i < args->len; i++) {
		EscHole k = esc_tag_hole(s, ks, nks, fn, pbase + i);
		int p = pbase + i;
		if (lib_inl && fn && p < 64 && (fn->lib_held >> p & 1) && nheld < 8) {
			held[nheld] = esc_new_loc(b, s->curfn, NULL, NULL, false, s->loop_depth);
			k = esc_hole(held[nheld++]);
		}
		argument(s, w, k, call, args->items[i]);
	}
	if (variadic && args->len > nfixed) {
		// The extra arguments become an implicit slice literal.
		EscHole k = esc_tag_hole(s, ks, nks, fn, pbase + np - 1);
		k = esc_note(b, k, call, "call parameter");
		if (w) {
			wrapped_pack(s, w, k, call, args, nfixed);
		} else {
			s->is_pack_call[call->id] = true;
			EscHole pk = esc_spill_node(s, k, call);
			for (int i = nfixed; i < args->len; i++)
				esc_expr(s, esc_note(b, pk, call, "slice-literal-element"),
					args->items[i]);
		}
	}
	// The inlined body runs after its parameters are bound.
	if (lib_inl)
		esc_lib_inlined_sites(s, call, ks, nks, held, nheld);
}

void esc_call(EscState *s, EscHole *ks, int nks, Node *call)
{
	call = ast_unparen(call);
	if (call->kind == ND_INLCALL && esc_wrapper_plain(s, call))
		call = call->u.inl.call;
	if (call->kind == ND_INLCALL) {
		// An inlined multi-valued call: its body, then result i into ks[i].
		esc_inl_body(s, call);
		NodeList *r = &call->u.inl.results;
		for (int i = 0; i < r->len; i++)
			esc_expr(s, i < nks ? ks[i] : esc_discard_hole(s->b), r->items[i]);
		return;
	}
	if (call->kind != ND_CALL) {
		esc_expr(s, nks ? ks[0] : esc_discard_hole(s->b), call);
		return;
	}
	call_common(s, NULL, ks, nks, call);
}

// go f(x) / defer f(x): the call runs later, so its arguments are copied
// into a closure record now (heap for go and deferred calls in loops; a
// frame slot for a top-level defer).
void esc_go_defer(EscState *s, Node *stmt)
{
	EscBatch *b = s->b;
	EscHole k = esc_heap_hole(b);
	if (stmt->kind == ND_DEFER && s->loop_depth == 1)
		k = esc_later(b, s->curfn, s->loop_depth, esc_discard_hole(b));
	Node *call = ast_unparen(stmt->u.go.call);
	if (call->kind != ND_CALL) {
		esc_discard(s, call);
		return;
	}
	CallKind kind = call->u.call.call;
	bool plain = kind == CALL_FUNC || kind == CALL_VALUE || kind == CALL_FUNCLIT ||
		kind == CALL_METHODEXPR || kind == CALL_FMT;
	if (plain) {
		Type *ft = call->u.call.fn->type ? under(call->u.call.fn->type) : NULL;
		if (ft && ft->kind == TY_FUNC && ft->fields.len == 0 && ft->results.len == 0) {
			if (kind == CALL_FUNCLIT) {
				Sym *f = ast_unparen(call->u.call.fn)->u.funclit.fn;
				EscFunc *fn = esc_func_of(s, f);
				if (fn)
					fn->closure_called = true;
			}
			esc_expr(s, k, call->u.call.fn);
			return;
		}
	}
	Wrap w = {0};
	call_common(s, &w, NULL, 0, call);
	// Go's wrapper is a function literal at the statement, which -m=2
	// names ("{storage for func literal}") though -m does not.
	Node *lit = NULL;
	if (b->keep_notes) {
		lit = arena_zalloc(&s->arena, sizeof *lit);
		lit->kind = ND_FUNCLIT;
		lit->pos = stmt->pos;
	}
	EscLoc *clo = esc_new_loc(b, s->curfn, lit, NULL, true, s->loop_depth);
	clo->godefer = true;
	esc_flow(b, esc_addr(b, k, lit, "spill"), clo);
	EscClosure c = {.k = esc_hole(clo), .lit = NULL, .vars = w.temps.items, .nvars = w.temps.len,
		.call = call};
	vec_push(&s->arena, &s->closures, c);
}
