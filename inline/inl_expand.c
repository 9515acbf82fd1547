// inl_expand.c: rewrites every call inl_decide marked into the callee's body
// (Go's OINLCALL), so escape analysis decides each inlined copy at its call
// site and codegen compiles the inlined program.
//
// An inlined call becomes an ND_INLCALL whose body is, in Go's order:
//   p1, p2, v := recv, a1, []T{a2}    (parameters; unnamed or blank ones are _;
//                                      the variadic pack is Go's "... argument")
//   var ~R0 T                         (results, unless Go delays them)
//   { the copied body, each return an ND_INLDONE: ~R0 = x; leave }
// and whose value is its first result. Where a multi-valued call fed a list
// (a, b := f(), return f(), g(f())), the INLCALL stays tuple-valued, as
// Go 1.19 keeps its OINLCALL where the call was.
// Calls inside copied bodies are expanded too (mid-stack inlining), never a
// function into itself.
#include "inline/inline.h"
#include "inline/inl_expand_internal.h"
#include "inline/inl_wrapcalls.h"

enum { MAX_DEPTH = 12 };   // nesting of inlined copies (Go's budgets stop far earlier)

typedef struct Expander {
	Sym *fn;               // function whose body receives the copies' locals
	Node *parent;          // node whose children are being visited
	VEC(Sym *) stack;      // callees being expanded, outermost first
	bool changed;
	uint32_t limit;        // when inl_decide inlined the outermost call (0: unknown)
} Expander;

static int copy_counter, label_counter;

static void visit(Expander *x, Node *n);

void inl_reset(void)
{
	copy_counter = label_counter = 0;
}

int inl_new_label(void)
{
	return ++label_counter;
}

static Node *ident(Sym *s, Pos pos)
{
	Node *n = ast_new(ND_IDENT, pos);
	n->u.ident.name = s ? s->name : "_";
	n->u.ident.sym = s;
	n->type = s ? s->type : NULL;
	return n;
}

static Node *conv_to(Node *e, Type *t)
{
	if (!t || !e->type || e->cval || type_identical(e->type, t) || t->kind == TY_BAD)
		return e;
	return check_wrap_conv(e, t, type_is_interface(t) ? CONV_IFACE : CONV_VALUE);
}

static Node *assign(Pos pos, NodeList lhs, NodeList rhs, bool define)
{
	Node *a = ast_new(ND_ASSIGN, pos);
	a->u.assign.lhs = lhs;
	a->u.assign.rhs = rhs;
	a->u.assign.op = TOK_ASSIGN;
	if (define) {
		bool any = false;
		bool *is_new = arena_zalloc(&ast_arena, (size_t)lhs.len + 1);
		for (int i = 0; i < lhs.len; i++) {
			Node *l = lhs.items[i];
			is_new[i] = l->kind == ND_IDENT && l->u.ident.sym;
			any |= is_new[i];
		}
		if (any) {
			a->u.assign.op = TOK_DEFINE;
			a->u.assign.is_new = is_new;
		}
	}
	return a;
}

static Sym *new_local(Expander *x, const char *name, Type *t, Pos pos, int copy_no)
{
	Sym *s = sym_new(SYM_VAR, name, pos);
	s->type = t;
	s->owner = x->fn;
	s->used = true;
	s->inl_copy = copy_no;
	vec_push(&ast_arena, &x->fn->locals, s);
	return s;
}

static bool is_blank_or_unnamed(Sym *p)
{
	return !p->name || strcmp(p->name, "_") == 0 || p->name[0] == '~';
}

static int tuple_len(Node *n)
{
	return n && n->type && n->type->kind == TY_TUPLE ? n->type->fields.len : 1;
}

// {==================== the receiver ====================

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

// Go's implicit * and & of a receiver: at the selector, printed as e.
static Node *deref(Node *e, Pos at)
{
	Node *n = ast_new(ND_STAR, at);
	n->u.star.x = e;
	n->u.star.implicit = true;
	n->type = under(e->type)->elem;
	return n;
}

static Node *addr(Node *e, Pos at)
{
	Node *n = ast_new(ND_UNARY, at);
	n->u.unary.op = TOK_AND;
	n->u.unary.x = e;
	n->u.unary.implicit = true;
	n->type = type_pointer(e->type);
	return n;
}

// x.M(...) with M found through embedded fields and called on &x or *x:
// the receiver expression Go passes, spelt out.
static Node *receiver(Node *sel, Sym *callee)
{
	Node *r = sel->u.sel.x;
	for (int i = 0; i < sel->u.sel.npath; i++) {
		Type *t = under(r->type);
		if (t && t->kind == TY_POINTER)
			t = under(t->elem);
		if (!t || t->kind != TY_STRUCT || sel->u.sel.path[i] >= t->fields.len)
			return NULL;
		Field *f = &t->fields.items[sel->u.sel.path[i]];
		Node *s = ast_new(ND_SELECTOR, sel->pos);
		s->u.sel.x = r;
		s->u.sel.name = f->name;
		s->u.sel.name_pos = sel->pos;
		s->u.sel.sel = SEL_FIELD;
		s->u.sel.field_index = sel->u.sel.path[i];
		s->type = f->type;
		r = s;
	}
	bool want_ptr = under(callee->recv_type) && under(callee->recv_type)->kind == TY_POINTER;
	bool have_ptr = under(r->type) && under(r->type)->kind == TY_POINTER;
	if (want_ptr && !have_ptr)
		r = addr(r, sel->pos);
	else if (!want_ptr && have_ptr)
		r = deref(r, sel->pos);
	return r;
}

// }

// {==================== returns ====================

typedef struct RetCtx {
	Node *inl;
	bool delay;            // results are declared at the single return (Go's delayretvars)
} RetCtx;

static void rewrite_returns(Node **slot, void *ctx)
{
	RetCtx *rc = ctx;
	Node *n = *slot;
	if (!n || n->kind == ND_FUNCLIT)
		return;    // a literal's returns are its own
	if (n->kind != ND_RETURN) {
		inl_children(n, rewrite_returns, ctx, false);
		return;
	}
	Node *done = ast_new(ND_INLDONE, n->pos);
	done->src_line = n->src_line;
	done->u.inl_done.inl = rc->inl;
	NodeList *res = &rc->inl->u.inl.results;
	if (n->u.ret.results.len && res->len) {
		NodeList lhs = {0};
		for (int i = 0; i < res->len; i++)
			vec_push(&ast_arena, &lhs, ident(res->items[i]->u.ident.sym, n->pos));
		done->u.inl_done.assign = assign(n->pos, lhs, n->u.ret.results, rc->delay);
		done->u.inl_done.assign->src_line = n->src_line;
		done->u.inl_done.assign->u.assign.inl = INL_ASSIGN_RESULTS;
		if (rc->delay && lhs.len == 1)   // the definition Go's StaticValue follows
			lhs.items[0]->u.ident.sym->decl = done->u.inl_done.assign;
	}
	*slot = done;
}

static void count_slot(Node **slot, void *ctx);

// Returns of the body itself (a literal's are its own); a bare return
// counts as many, since it never lets Go delay the results.
static int count_returns(Node *n)
{
	if (!n || n->kind == ND_FUNCLIT || inl_dead(n))
		return 0;
	if (n->kind == ND_RETURN)
		return n->u.ret.results.len ? 1 : 1000;
	int k = 0;
	inl_children(n, count_slot, &k, false);
	return k;
}

static void count_slot(Node **slot, void *ctx)
{
	*(int *)ctx += count_returns(*slot);
}

// }

// {==================== one call site ====================

// The arguments in parameter order (receiver first), each already
// converted to its parameter's type; multi-valued arguments go through
// temporaries assigned by *pre.
static bool call_args(Expander *x, Node *call, Sym *f, NodeList *out, Node **pre, int copy_no)
{
	NodeList *args = &call->u.call.args;
	Node *fn = ast_unparen(call->u.call.fn);
	if (call->u.call.call == CALL_METHOD) {
		if (fn->kind != ND_SELECTOR)
			return false;
		Node *r = receiver(fn, f);
		if (!r)
			return false;
		vec_push(&ast_arena, out, r);
	}
	if (args->len == 1 && tuple_len(args->items[0]) > 1) {
		Type *tt = args->items[0]->type;
		NodeList lhs = {0}, rhs = {0};
		for (int i = 0; i < tt->fields.len; i++) {
			Sym *t = new_local(x, arena_sprintf(&ast_arena, "~arg%d", i), tt->fields.items[i].type,
				call->pos, copy_no);
			vec_push(&ast_arena, &lhs, ident(t, call->pos));
			vec_push(&ast_arena, out, ident(t, call->pos));
		}
		vec_push(&ast_arena, &rhs, args->items[0]);
		*pre = assign(call->pos, lhs, rhs, true);
		(*pre)->u.assign.inl = INL_ASSIGN_ARGS;   // escape names them as Go does
		return true;
	}
	for (int i = 0; i < args->len; i++)
		vec_push(&ast_arena, out, args->items[i]);
	return true;
}

// Can f's body be copied into x->fn: are the variables a literal captures
// those of x->fn or of a function around it?
static bool reachable(Expander *x, Sym *f)
{
	if (!f->outer)
		return true;
	Node *lit = f->func_node;
	if (!lit || lit->kind != ND_FUNCLIT)
		return false;
	SymList *caps = &lit->u.funclit.captures;
	for (int i = 0; i < caps->len; i++) {
		bool ok = false;
		for (Sym *o = x->fn; o && !ok; o = o->outer)
			ok = caps->items[i]->owner == o;
		if (!ok)
			return false;
	}
	return true;
}

// The value a never-reassigned local was defined with, or NULL.
static Node *def_value(Sym *v)
{
	Node *d = v->decl;
	NodeList *l = NULL, *r = NULL;
	if (d && d->kind == ND_ASSIGN && d->u.assign.op == TOK_DEFINE) {
		l = &d->u.assign.lhs;
		r = &d->u.assign.rhs;
	} else if (d && d->kind == ND_VARSPEC) {
		l = &d->u.spec.names;
		r = &d->u.spec.values;
	}
	if (!l || l->len != r->len)
		return NULL;
	for (int i = 0; i < l->len; i++)
		if (l->items[i]->kind == ND_IDENT && l->items[i]->u.ident.sym == v)
			return r->items[i];
	return NULL;
}

// The function literal a call through locals reaches, as Go's
// ir.StaticValue finds it in the inlined program: f := adder(1); f(2)
// calls the copy of adder's literal made for that inlined call.
static Sym *static_closure(Node *fn, Sym *in)
{
	for (int depth = 0; depth < 16 && fn; depth++) {
		fn = ast_unparen(fn);
		switch (fn->kind) {
		case ND_FUNCLIT:
			return fn->u.funclit.fn;
		case ND_INLCALL:
			fn = fn->u.inl.results.len ? fn->u.inl.results.items[0] : NULL;
			continue;
		case ND_CONV:
			if (fn->u.conv.conv != CONV_VALUE)
				return NULL;
			fn = fn->u.conv.x;
			continue;
		case ND_IDENT: {
			// (a variable of an enclosing function is a closure variable
			// in `in`, which Go's StaticValue never follows)
			Sym *v = fn->u.ident.sym;
			if (!v || v->kind != SYM_VAR || v->is_global || v->reassigned || v->addr_taken ||
			    v->inl_opaque || v->owner != in)
				return NULL;
			fn = def_value(v);
			continue;
		}
		default:
			return NULL;
		}
	}
	return NULL;
}

// The slice a variadic parameter receives: args[from:] as a `... argument`
// literal, or nil.
static Node *pack_args(NodeList *args, int from, Type *slice, Type *elem, Pos pos)
{
	if (from >= args->len) {
		Node *nil = ast_new(ND_IDENT, pos);
		nil->u.ident.name = "nil";
		nil->u.ident.sym = scope_lookup(scope_universe(), "nil");
		nil->type = type_untyped_nil;
		return check_wrap_conv(nil, slice, CONV_VALUE);
	}
	Node *lit = ast_new(ND_COMPOSITE, pos);
	for (int k = from; k < args->len; k++)
		vec_push(&ast_arena, &lit->u.composite.elems, conv_to(args->items[k], elem));
	lit->u.composite.rbrace = pos;
	lit->u.composite.implicit = true;
	lit->type = slice;
	return lit;
}

static bool on_stack(Expander *x, Sym *f)
{
	for (int i = 0; i < x->stack.len; i++)
		if (x->stack.items[i] == f)
			return true;
	return false;
}

// Go declares an inlined call's result variables after the callee's
// locals, and escape analysis reports them in that order ("moved to heap:
// arr" before "moved to heap: r0", escgen seed 24213): locals[from:to],
// the results made before the body was copied, move behind what the copy
// declared.
static void reverse_syms(Sym **a, int n)
{
	for (int i = 0, j = n - 1; i < j; i++, j--) {
		Sym *t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}

static void after_locals(SymList *locals, int from, int to)
{
	int n = to - from, tail = locals->len - to;
	if (n <= 0 || tail <= 0)
		return;
	// (a rotation: three reversals)
	reverse_syms(locals->items + from, n);
	reverse_syms(locals->items + to, tail);
	reverse_syms(locals->items + from, n + tail);
}

// May this marked call be expanded where it stands?
static bool expandable(Expander *x, Node *call, Node *parent)
{
	Sym *f = call->u.call.inl_callee;
	if (!f || f->kind != SYM_FUNC || !f->body || f == x->fn || on_stack(x, f) ||
	    x->stack.len >= MAX_DEPTH || !f->type || under(f->type)->kind != TY_FUNC)
		return false;
	switch (call->u.call.call) {
	case CALL_FUNC: case CALL_METHOD: case CALL_METHODEXPR: case CALL_FUNCLIT: case CALL_VALUE:
		break;
	case CALL_UNRESOLVED: case CALL_IFACE: case CALL_CONV: case CALL_BUILTIN: case CALL_FMT:
	case CALL_SYNC:
		return false;
	}
	if (parent && (parent->kind == ND_GO || parent->kind == ND_DEFER) && parent->u.go.call == call)
		return false;   // Go never inlines the deferred or started call itself
	// The outer function's own literal, called inside itself, would copy a
	// body that contains the call.
	for (Sym *o = x->fn; o; o = o->outer)
		if (o == f)
			return false;
	return reachable(x, f);
}

static Node *expand_call(Expander *x, Node *call)
{
	Sym *f = call->u.call.inl_callee;
	Type *ft = under(f->type);
	Pos pos = call->pos;
	int copy_no = ++copy_counter;

	NodeList args = {0};
	Node *pre = NULL;
	if (!call_args(x, call, f, &args, &pre, copy_no))
		return call;
	int np = f->params.len;
	bool pack = ft->variadic && !call->u.call.spread;
	int nfixed = pack ? np - 1 : np;
	if (args.len < nfixed || (!pack && args.len != np))
		return call;   // not a shape the checker accepts

	uint32_t saved_limit = x->limit;
	if (!x->stack.len)   // the copies inside are made as Go made this one
		x->limit = inl_mark_seq(call);
	InlCopy c;
	inl_copy_init(&c, f, x->fn, pos, copy_no);
	c.limit = x->limit;
	c.active = x->stack.items;
	c.nactive = x->stack.len;
	Node *inl = ast_new(ND_INLCALL, pos);
	inl->u.inl.call = call;
	inl->u.inl.callee = f;
	inl->u.inl.label = inl_new_label();
	inl->u.inl.nested = x->stack.len > 0;
	NodeList stmts = {0};
	Node *fnx = ast_unparen(call->u.call.fn);
	if (call->u.call.call == CALL_VALUE && fnx->kind != ND_IDENT) {
		// The closure value is not needed, but what computes it still runs
		// (f(x)() with f inlined: f's body).
		Node *es = ast_new(ND_EXPRSTMT, pos);
		es->u.exprstmt.x = call->u.call.fn;
		es->u.exprstmt.tmp_of = call;
		vec_push(&ast_arena, &stmts, es);
	}
	if (pre)
		vec_push(&ast_arena, &stmts, pre);

	// Parameters := arguments, in one assignment as Go makes it; Go has
	// packed the variadic arguments already (FixVariadicCall): a
	// `... argument` slice literal, or nil when there are none.
	NodeList lhs = {0}, rhs = {0};
	for (int i = 0; i < np; i++) {
		Sym *p = f->params.items[i];
		Sym *v = inl_fresh_var(&c, p, x->fn, is_blank_or_unnamed(p) ? NULL : p->name);
		vec_push(&ast_arena, &lhs, is_blank_or_unnamed(p) ? ident(NULL, pos) : ident(v, pos));
		if (i == np - 1 && pack) {
			Type *elem = p->type && under(p->type)->kind == TY_SLICE ? under(p->type)->elem : NULL;
			vec_push(&ast_arena, &rhs, pack_args(&args, nfixed, p->type, elem, pos));
			continue;
		}
		vec_push(&ast_arena, &rhs, conv_to(args.items[i], p->type));
	}
	if (lhs.len) {
		Node *a = assign(pos, lhs, rhs, true);
		a->u.assign.inl = INL_ASSIGN_PARAMS;
		vec_push(&ast_arena, &stmts, a);
		// The assignment defines them, as Go's StaticValue sees it: a
		// literal passed for a func parameter is inlined where it is called.
		for (int i = 0; i < lhs.len; i++)
			if (lhs.items[i]->u.ident.sym)
				lhs.items[i]->u.ident.sym->decl = a;
	}

	// Results: named ones keep their names, the others are ~R0, ~R1, ...
	int res_from = x->fn->locals.len;
	bool named = false;
	for (int i = 0; i < ft->results.len; i++) {
		Sym *r = i < f->results.len ? f->results.items[i] : NULL;
		bool unnamed = !r || is_blank_or_unnamed(r);
		named |= !unnamed;
		Sym *v;
		if (r)
			v = inl_fresh_var(&c, r, x->fn, unnamed ? arena_sprintf(&ast_arena, "~R%d", i) : NULL);
		else
			v = new_local(x, arena_sprintf(&ast_arena, "~R%d", i), ft->results.items[i].type, pos, copy_no);
		vec_push(&ast_arena, &inl->u.inl.results, ident(v, pos));
	}
	RetCtx rc = {inl, !named && count_returns(f->body) == 1};
	if (ft->results.len && !rc.delay) {
		Node *decl = ast_new(ND_DECLSTMT, pos);
		Node *spec = ast_new(ND_VARSPEC, pos);
		for (int i = 0; i < inl->u.inl.results.len; i++)
			vec_push(&ast_arena, &spec->u.spec.names, ident(inl->u.inl.results.items[i]->u.ident.sym, pos));
		vec_push(&ast_arena, &decl->u.decl.specs, spec);
		vec_push(&ast_arena, &stmts, decl);
	}

	int res_to = x->fn->locals.len;
	Node *body = inl_copy_tree(&c, f->body);
	after_locals(&x->fn->locals, res_from, res_to);
	inl_copy_finish(&c);
	inl_children(body, rewrite_returns, &rc, false);
	vec_push(&ast_arena, &stmts, body);
	Node *blk = ast_new(ND_BLOCK, pos);
	blk->pos2 = pos;
	blk->u.block.stmts = stmts;
	inl->u.inl.body = blk;
	inl->type = ft->results.len > 1 ? call->type : ft->results.len ? ft->results.items[0].type : NULL;

	// Mid-stack: the calls the copy still holds.
	vec_push(&ast_arena, &x->stack, f);
	Node *saved_parent = x->parent;
	visit(x, blk);
	x->parent = saved_parent;
	x->stack.len--;
	x->limit = saved_limit;
	x->changed = true;
	return inl;
}

// }

static void visit_slot(Node **slot, void *ctx)
{
	Expander *x = ctx;
	Node *parent = x->parent;
	Node *n = *slot;
	visit(x, n);
	x->parent = parent;
	if (n->kind != ND_CALL || inl_held(n))
		return;
	if (n->u.call.call == CALL_VALUE) {
		// Inlining may have made the closure a call reaches static (a
		// literal passed to an inlined function, returned by one): Go's
		// inliner sees the inlined program, and takes it when it can.
		Sym *lit = static_closure(n->u.call.fn, x->fn);
		if (lit && (n->u.call.inl_callee || lit->inl_ok) && reachable(x, lit))
			n->u.call.inl_callee = lit;
	}
	if (n->u.call.inl_callee && expandable(x, n, parent))
		*slot = expand_call(x, n);
}

static void visit(Expander *x, Node *n)
{
	if (!n)
		return;
	Sym *saved_fn = x->fn;
	if (n->kind == ND_FUNCLIT && n->u.funclit.fn)
		x->fn = n->u.funclit.fn;
	x->parent = n;
	inl_children(n, visit_slot, x, false);
	x->fn = saved_fn;
}

// The copies the wrappers' analysis swaps in (inl_wrapcalls.c), made as
// the call's own expansion would be, mid-stack under the method; the
// method keeps its locals, which the copies' are not.
static void expand_wrapcalls(void)
{
	for (int i = 0; i < inl_wrapcalls_count(); i++) {
		Sym *m, *f;
		Node *call = inl_wrapcalls_get(i, &m, &f);
		Expander x = {.fn = m};
		int nlocals = m->locals.len;
		Sym *saved = call->u.call.inl_callee;
		call->u.call.inl_callee = f;
		if (expandable(&x, call, NULL)) {
			Node *inl = expand_call(&x, call);
			if (inl != call)
				inl_wrapcalls_set(i, inl);
		}
		call->u.call.inl_callee = saved;
		m->locals.len = nlocals;
	}
}

Sym *inl_expand(Node *file, const InlOptions *opt)
{
	(void)opt;
	if (!file || file->kind != ND_FILE)
		return NULL;
	for (int i = 0; i < file->u.file.decls.len; i++) {
		Node *d = file->u.file.decls.items[i];
		if (d->kind != ND_FUNCDECL || !d->u.func.body || !d->u.func.sym)
			continue;
		Expander x = {.fn = d->u.func.sym};
		visit(&x, d->u.func.body);
		if (x.changed)
			inl_fix_captures(d);
	}
	// Package variables' initialisers: Go's init function, whose locals
	// the copies' variables become.
	Sym *init = NULL;
	for (int i = 0; i < file->u.file.decls.len; i++) {
		Node *d = file->u.file.decls.items[i];
		if (d->kind != ND_DECLSTMT)
			continue;
		for (int j = 0; j < d->u.decl.specs.len; j++) {
			Node *spec = d->u.decl.specs.items[j];
			if (spec->kind != ND_VARSPEC || !spec->u.spec.values.len)
				continue;
			if (!init) {
				init = sym_new(SYM_FUNC, "init", file->pos);
				init->body = ast_new(ND_BLOCK, file->pos);
			}
			Expander x = {.fn = init};
			visit(&x, spec);
		}
	}
	expand_wrapcalls();
	inl_forget_dead();
	inl_forget_held();
	return init && init->locals.len ? init : NULL;
}
