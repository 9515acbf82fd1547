// autotmp.c: Go's compiler temporaries, numbered the way Go numbers them.
//
// Before escape analysis runs, Go's IR generator (noder/irgen, which is
// what Go 1.19 uses by default) rewrites two call shapes through fresh
// temporaries, and a temporary's name is `.autotmp_N` with N = the number
// of declarations its function (a closure counts as its own function) has
// made so far:
//   - RewriteNonNameCall: a callee, or a method call's receiver, containing
//     a call or a receive (new and make excepted) is evaluated first into a
//     temporary: `f()(5)` prints `.autotmp_2(5)`, `g().M()` `T.M(.autotmp_3)`;
//   - RewriteMultiValueCall: `f(g())` with g multi-valued, `return g()`,
//     and `a, b = g()` when a result's type is not the target's: one
//     temporary per result, so `fmt.Println(divmod(9, 2))` boxes
//     `.autotmp_N` and `.autotmp_N+1`.
// The declarations counted are, in IR-generation order: the named, non-blank
// receiver and parameters; every result (unnamed ones are ~rN, blank ones
// ~bN); then locals as their declaring statement is generated (right-hand
// side before the names it defines, except `var` and range, whose names
// come first; a type switch's clause variable at its clause); and the
// temporaries above as the generator finishes the call, return or assign
// that needs them. Escape analysis later numbers its own go/defer argument
// copies after all of these (EscFunc.ndcl).
//
// This file replays that order over mgo's AST and records, by Node.id, the
// callee temporary of a call (EscState.callee_tmp) and the result
// temporaries of a multi-value call site (EscState.multi), with a
// synthetic `.autotmp_N` variable per result and, where the result goes into
// an interface, the implicit conversion node Go would have made (its
// position is set by convpos.c, its escape decided like any box).
#include "escape/build.h"
#include "inline/inline.h"

typedef struct Dcl {
	EscState *s;
	Sym *fn;
	int n;                  // declarations so far
	int inlined;            // those inlining added (counted after all of n)
	int dead;               // those of n in code Go's dead-code pass removes
	bool in_dead;
	bool copy;              // in an inlined copy, numbered as its callee numbered it
} Dcl;

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

static bool blank_name(const char *name)
{
	return !name || !name[0] || strcmp(name, "_") == 0 || name[0] == '~';
}

static void expr(Dcl *d, Node *n);
static void stmt(Dcl *d, Node *n);
static void func_body(EscState *s, Sym *f, Node *body);
// Inlined calls, whose argument temporaries take Go's names once every
// call has its numbers.
static struct { Node **items; int len, cap; } arg_tmps;
static int own_dcls(EscState *s, Sym *f);
static int head_dcls(Sym *f);

static void exprs(Dcl *d, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		expr(d, l->items[i]);
}

static void stmts(Dcl *d, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(d, l->items[i]);
}

// Go's callOrChan (new excepted), anywhere in n but not inside closures.
static bool has_call(Node *n)
{
	if (!n || n->cval || n->is_type)
		return false;
	switch (n->kind) {
	case ND_CALL:
		if (n->u.call.call == CALL_CONV)
			break;
		// new(T) is exempt by name, make(...) because it is OMAKESLICE
		// (MAP, CHAN) by then, which the list does not name.
		if (n->u.call.call == CALL_BUILTIN &&
		    (n->u.call.builtin == BI_NEW || n->u.call.builtin == BI_MAKE))
			break;
		return true;
	case ND_UNARY:
		if (n->u.unary.op == TOK_ARROW)
			return true;
		return has_call(n->u.unary.x);
	case ND_FUNCLIT:
		return false;
	case ND_INLCALL:
		return true;
	default:
		break;
	}
	switch (n->kind) {
	case ND_CALL:
		if (has_call(n->u.call.fn))
			return true;
		for (int i = 0; i < n->u.call.args.len; i++)
			if (has_call(n->u.call.args.items[i]))
				return true;
		return false;
	case ND_PAREN: return has_call(n->u.paren.x);
	case ND_CONV: return has_call(n->u.conv.x);
	case ND_SELECTOR: return n->u.sel.sel != SEL_PKG && has_call(n->u.sel.x);
	case ND_INDEX: return has_call(n->u.index.x) || has_call(n->u.index.index);
	case ND_SLICE:
		return has_call(n->u.slice.x) || has_call(n->u.slice.lo) ||
			has_call(n->u.slice.hi) || has_call(n->u.slice.max);
	case ND_TYPEASSERT: return has_call(n->u.assert.x);
	case ND_STAR: return has_call(n->u.star.x);
	case ND_BINARY: return has_call(n->u.binary.x) || has_call(n->u.binary.y);
	case ND_KEYVALUE: return has_call(n->u.kv.key) || has_call(n->u.kv.value);
	case ND_COMPOSITE:
		for (int i = 0; i < n->u.composite.elems.len; i++)
			if (has_call(n->u.composite.elems.items[i]))
				return true;
		return false;
	default:
		return false;
	}
}

static Node *unparen(Node *n)
{
	while (n && n->kind == ND_PAREN)
		n = n->u.paren.x;
	return n;
}

// The multi-valued call a single-element list is, or NULL.
static Node *tuple_call(NodeList *l)
{
	if (l->len != 1)
		return NULL;
	Node *c = unparen(l->items[0]);
	if ((c->kind != ND_CALL && c->kind != ND_INLCALL) || !c->type || c->type->kind != TY_TUPLE ||
	    c->type->fields.len < 2)
		return NULL;
	return c;
}

// Creates the temporaries of a multi-value site: one per result of call,
// converted to targets[i] when that is an interface and the result is not.
static void multi(Dcl *d, Node *site, Node *call, Type **targets, int nt)
{
	EscState *s = d->s;
	FieldList *res = &call->type->fields;
	EscMulti *m = arena_zalloc(&s->arena, sizeof *m);
	m->n = res->len;
	m->base = d->n;
	m->vars = arena_zalloc(&s->arena, (size_t)m->n * sizeof *m->vars);
	m->uses = arena_zalloc(&s->arena, (size_t)m->n * sizeof *m->uses);
	for (int i = 0; i < m->n; i++) {
		Type *rt = res->items[i].type;
		Sym *v = arena_zalloc(&ast_arena, sizeof *v);
		v->kind = SYM_VAR;
		v->id = -1;
		v->name = arena_sprintf(&ast_arena, ".autotmp_%d", d->n++);
		v->pos = call->pos;
		v->type = rt;
		v->owner = d->fn;
		v->used = true;
		m->vars[i] = v;
		Node *id = ast_new(ND_IDENT, call->pos);
		id->u.ident.name = v->name;
		id->u.ident.sym = v;
		id->type = rt;
		Node *use = id;
		Type *to = i < nt ? targets[i] : NULL;
		// (an interface into another interface type is converted too: a
		// note, no box)
		if (to && type_is_interface(to) && rt && !type_identical(rt, to)) {
			use = ast_new(ND_CONV, call->pos);
			use->u.conv.x = id;
			use->u.conv.conv = CONV_IFACE;
			use->type = to;
		}
		m->uses[i] = use;
	}
	if (site->id > 0 && site->id < s->nmulti)
		s->multi[site->id] = m;
}

// The parameter types a call's arguments are assigned to, spreading a
// variadic parameter's element type over the extra arguments.
static int param_targets(Node *call, Type **out, int max)
{
	Type *ft = call->u.call.ftype;
	if (!ft && call->u.call.fn && call->u.call.fn->type)
		ft = under(call->u.call.fn->type);
	if (!ft || ft->kind != TY_FUNC)
		return 0;
	int np = ft->fields.len, n = 0;
	for (int i = 0; i < max; i++) {
		Type *t = NULL;
		if (ft->variadic && i >= np - 1) {
			Type *st = under(ft->fields.items[np - 1].type);
			t = st && st->kind == TY_SLICE ? st->elem : NULL;
		} else if (i < np) {
			t = ft->fields.items[i].type;
		} else {
			break;
		}
		out[n++] = t;
	}
	return n;
}

static void call(Dcl *d, Node *n)
{
	CallKind k = n->u.call.call;
	if ((k == CALL_FMT || k == CALL_SYNC) && d->s->opts->inlined)
		d->inlined += inl_stdlib_dcls(n);
	expr(d, n->u.call.fn);
	exprs(d, &n->u.call.args);
	if (k == CALL_BUILTIN) {
		// append(g()), copy(g()), print(g()), ...: rewritten the same way;
		// append's extra results are converted to the slice's element type.
		Node *c = n->u.call.spread ? NULL : tuple_call(&n->u.call.args);
		if (!c)
			return;
		Type *targets[64];
		int nt = c->type->fields.len < 64 ? c->type->fields.len : 64;
		Type *st = under(c->type->fields.items[0].type);
		bool app = n->u.call.builtin == BI_APPEND && st && st->kind == TY_SLICE;
		for (int i = 0; i < nt; i++)
			targets[i] = app && i > 0 ? st->elem : NULL;
		multi(d, n, c, targets, nt);
		return;
	}
	if (k == CALL_CONV)
		return;
	// RewriteNonNameCall: a method selector is peeled to its receiver.
	Node *x = unparen(n->u.call.fn);
	if (x->kind == ND_SELECTOR &&
	    (x->u.sel.sel == SEL_METHOD || x->u.sel.sel == SEL_IFACE_METHOD))
		x = x->u.sel.x;
	if (has_call(x) && n->id > 0 && n->id < d->s->nmulti)
		d->s->callee_tmp[n->id] = 1 + d->n++;
	// RewriteMultiValueCall: f(g()).
	Node *c = n->u.call.spread ? NULL : tuple_call(&n->u.call.args);
	if (c) {
		Type *targets[64];
		int nt = param_targets(n, targets, c->type->fields.len < 64 ? c->type->fields.len : 64);
		multi(d, n, c, targets, nt);
	}
}

static void expr(Dcl *d, Node *n)
{
	if (!n || n->cval || n->is_type)
		return;
	switch (n->kind) {
	case ND_CALL:
		call(d, n);
		return;
	case ND_INLCALL: {
		// Go numbered its temporaries when it type-checked, before
		// inlining: the original call counts as it did; what the inlined
		// body adds does not (its multi-value sites still get theirs).
		// The copy's temporaries are the callee's, names included: its
		// sites are numbered as the callee numbered its own.
		int saved = d->n;
		bool saved_copy = d->copy;
		Sym *callee = n->u.inl.callee;
		if (callee && callee->kind == SYM_FUNC) {
			d->n = head_dcls(callee);
			d->copy = true;
		}
		stmt(d, n->u.inl.body);
		d->n = saved;
		d->copy = saved_copy;
		d->inlined += own_dcls(d->s, n->u.inl.callee);
		vec_push(&d->s->arena, &arg_tmps, n);
		if (!n->u.inl.nested) {
			// (its arguments are the body's: their inlining counted there)
			int inl = d->inlined;
			call(d, n->u.inl.call);
			d->inlined = inl;
		}
		return;
	}
	case ND_FUNCLIT: {
		Sym *f = n->u.funclit.fn;
		if (f)
			func_body(d->s, f, n->u.funclit.body);
		return;
	}
	case ND_PAREN: expr(d, n->u.paren.x); return;
	case ND_CONV: expr(d, n->u.conv.x); return;
	case ND_SELECTOR:
		if (n->u.sel.sel != SEL_PKG)
			expr(d, n->u.sel.x);
		return;
	case ND_INDEX: expr(d, n->u.index.x); expr(d, n->u.index.index); return;
	case ND_SLICE:
		expr(d, n->u.slice.x);
		expr(d, n->u.slice.lo);
		expr(d, n->u.slice.hi);
		expr(d, n->u.slice.max);
		return;
	case ND_TYPEASSERT: expr(d, n->u.assert.x); return;
	case ND_STAR: expr(d, n->u.star.x); return;
	case ND_UNARY: expr(d, n->u.unary.x); return;
	case ND_BINARY: expr(d, n->u.binary.x); expr(d, n->u.binary.y); return;
	case ND_KEYVALUE: expr(d, n->u.kv.key); expr(d, n->u.kv.value); return;
	case ND_COMPOSITE: exprs(d, &n->u.composite.elems); return;
	default:
		return;
	}
}

// A name a statement defines: counted unless blank.
static void def(Dcl *d, Node *id)
{
	id = unparen(id);
	// Go names its temporaries when it type-checks, before inlining: the
	// variables of inlined bodies come later and are not counted.
	if (id && id->kind == ND_IDENT && !blank_name(id->u.ident.name) && id->u.ident.sym &&
	    id->u.ident.sym->kind == SYM_VAR && (d->copy || !id->u.ident.sym->inl_copy))
		d->n++;
}

// The declarations a function starts with: its named parameters (receiver
// first) and every result.
static int head_dcls(Sym *f)
{
	int n = 0;
	for (int i = 0; i < f->params.len; i++) {
		Sym *p = f->params.items[i];
		if (p && !blank_name(p->name))
			n++;
	}
	Type *ft = f->type ? under(f->type) : NULL;
	int nres = f->results.len;
	if (ft && ft->kind == TY_FUNC && ft->results.len > nres)
		nres = ft->results.len;
	return n + nres;
}

// transformAssign: `a, b = g()` needs temporaries when some non-blank
// target's type is not identical to its result's.
static void assign_tuple(Dcl *d, Node *site, NodeList *lhs, NodeList *rhs)
{
	Node *c = lhs->len > 1 ? tuple_call(rhs) : NULL;
	if (!c || c->type->fields.len != lhs->len)
		return;
	Type *targets[64];
	bool mismatch = false;
	int n = lhs->len < 64 ? lhs->len : 64;
	for (int i = 0; i < n; i++) {
		Node *l = unparen(lhs->items[i]);
		bool blank = l->kind == ND_IDENT && l->u.ident.name && strcmp(l->u.ident.name, "_") == 0;
		targets[i] = blank ? NULL : l->type;
		if (!blank && l->type && !type_identical(l->type, c->type->fields.items[i].type))
			mismatch = true;
	}
	if (mismatch)
		multi(d, site, c, targets, n);
}

static void stmt_live(Dcl *d, Node *n);

// Go numbered the type checker's temporaries before its dead-code pass, and
// inlining's after: dead code has the former only.
static void stmt(Dcl *d, Node *n)
{
	if (!n)
		return;
	int inlined = d->inlined, before = d->n;
	bool dead = esc_is_dead(d->s, n) && !d->in_dead;
	d->in_dead |= dead;
	stmt_live(d, n);
	if (esc_is_dead(d->s, n))
		d->inlined = inlined;
	if (dead) {
		d->dead += d->n - before;
		d->in_dead = false;
	}
}

static void stmt_live(Dcl *d, Node *n)
{
	switch (n->kind) {
	case ND_INLDONE:
		stmt(d, n->u.inl_done.assign);
		return;
	case ND_BLOCK:
		stmts(d, &n->u.block.stmts);
		return;
	case ND_EXPRSTMT:
		expr(d, n->u.exprstmt.x);
		return;
	case ND_SEND:
		expr(d, n->u.send.ch);
		expr(d, n->u.send.value);
		return;
	case ND_INCDEC:
		expr(d, n->u.incdec.x);
		return;
	case ND_ASSIGN: {
		NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
		int op = n->u.assign.op;
		if (op != TOK_DEFINE && op != TOK_ASSIGN) {
			exprs(d, rhs);
			exprs(d, lhs);
			return;
		}
		exprs(d, rhs);
		for (int i = 0; i < lhs->len && !(d->copy && n->u.assign.inl); i++) {
			bool is_new = op == TOK_DEFINE &&
				(n->u.assign.is_new ? n->u.assign.is_new[i] : true);
			if (is_new)
				def(d, lhs->items[i]);
			else if (op != TOK_DEFINE)
				expr(d, lhs->items[i]);
		}
		assign_tuple(d, n, lhs, rhs);
		return;
	}
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++)
			stmt(d, n->u.decl.specs.items[i]);
		return;
	case ND_VARSPEC: {
		NodeList *names = &n->u.spec.names;
		for (int i = 0; i < names->len; i++)
			def(d, names->items[i]);
		exprs(d, &n->u.spec.values);
		assign_tuple(d, n, names, &n->u.spec.values);
		return;
	}
	case ND_LABELED:
		stmt(d, n->u.labeled.stmt);
		return;
	case ND_GO:
	case ND_DEFER: {
		// Go never inlines the started or deferred call itself.
		Node *c = ast_unparen(n->u.go.call);
		expr(d, c);
		if (c->kind == ND_CALL && (c->u.call.call == CALL_FMT || c->u.call.call == CALL_SYNC) &&
		    d->s->opts->inlined)
			d->inlined -= inl_stdlib_dcls(c);
		return;
	}
	case ND_RETURN: {
		exprs(d, &n->u.ret.results);
		Node *c = tuple_call(&n->u.ret.results);
		if (c) {
			Type *ft = d->fn && d->fn->type ? under(d->fn->type) : NULL;
			Type *targets[64];
			int nt = 0;
			for (int i = 0; ft && i < ft->results.len && i < 64; i++)
				targets[nt++] = ft->results.items[i].type;
			multi(d, n, c, targets, nt);
		}
		return;
	}
	case ND_IF:
		stmt(d, n->u.ifs.init);
		expr(d, n->u.ifs.cond);
		stmt(d, n->u.ifs.then);
		stmt(d, n->u.ifs.els);
		return;
	case ND_SWITCH:
		stmt(d, n->u.sw.init);
		expr(d, n->u.sw.tag);
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			Node *cl = n->u.sw.clauses.items[i];
			exprs(d, &cl->u.clause.list);
			stmts(d, &cl->u.clause.body);
		}
		return;
	case ND_TYPESWITCH:
		stmt(d, n->u.tsw.init);
		expr(d, n->u.tsw.x);
		for (int i = 0; i < n->u.tsw.clauses.len; i++) {
			Node *cl = n->u.tsw.clauses.items[i];
			Sym *v = cl->u.clause.bind_sym;
			if (v && !blank_name(v->name))
				d->n++;
			stmts(d, &cl->u.clause.body);
		}
		return;
	case ND_SELECT:
		for (int i = 0; i < n->u.sel_stmt.clauses.len; i++) {
			Node *cl = n->u.sel_stmt.clauses.items[i];
			if (cl->u.clause.list.len)
				stmt(d, cl->u.clause.list.items[0]);
			stmts(d, &cl->u.clause.body);
		}
		return;
	case ND_FOR:
		stmt(d, n->u.fors.init);
		expr(d, n->u.fors.cond);
		stmt(d, n->u.fors.post);
		stmt(d, n->u.fors.body);
		return;
	case ND_RANGE:
		if (n->u.range.define) {
			def(d, n->u.range.key);
			def(d, n->u.range.value);
		} else {
			expr(d, n->u.range.key);
			expr(d, n->u.range.value);
		}
		expr(d, n->u.range.x);
		stmt(d, n->u.range.body);
		return;
	default:
		return;
	}
}

// Inlining a call declares, in the caller, a variable for each of the
// callee's own declarations (parameters, results, locals and temporaries;
// the callee as it was before calls in it were inlined, which the copy
// redoes).
static int own_dcls(EscState *s, Sym *f)
{
	if (!f || f->kind != SYM_FUNC || !f->body)
		return 0;
	EscFunc *ef = esc_func_of(s, f);
	if (!ef->ndcl_known)
		func_body(s, f, f->body);
	return ef->ndcl_own;
}

static void func_body(EscState *s, Sym *f, Node *body)
{
	Dcl d = {s, f, head_dcls(f), 0, 0, false, false};
	stmt(&d, body);
	EscFunc *ef = esc_func_of(s, f);
	ef->ndcl = d.n + d.inlined;
	// (Go's inline body keeps the locals its dead-code pass left in use:
	// what was declared in removed code is not copied)
	ef->ndcl_own = d.n - d.dead;
	ef->ndcl_known = true;
}

// An argument as inl_expand passes it: the variable, converted, or packed
// into the variadic parameter's slice.
static void rename_uses(Node *r)
{
	while (r->kind == ND_CONV || r->kind == ND_PAREN)
		r = r->kind == ND_CONV ? r->u.conv.x : r->u.paren.x;
	if (r->kind == ND_IDENT && r->u.ident.sym)
		r->u.ident.name = r->u.ident.sym->name;
	else if (r->kind == ND_COMPOSITE && r->u.composite.implicit)
		for (int i = 0; i < r->u.composite.elems.len; i++)
			rename_uses(r->u.composite.elems.items[i]);
}

// inl_expand named the temporaries of f(g()) ~argN: they are the call's
// .autotmp_N (autotmp.c's numbering of the call, in the function the call
// was written in).
static void name_arg_tmps(EscState *s, Node *inl)
{
	NodeList *st = &inl->u.inl.body->u.block.stmts;
	EscMulti *m = esc_multi(s, inl->u.inl.call);
	for (int i = 0; m && i < st->len && i < 2; i++) {
		Node *a = st->items[i];
		if (a->kind != ND_ASSIGN || a->u.assign.inl != INL_ASSIGN_ARGS)
			continue;
		for (int j = 0; j < a->u.assign.lhs.len && j < m->n; j++) {
			Node *l = a->u.assign.lhs.items[j];
			if (l->kind == ND_IDENT && l->u.ident.sym && m->vars[j])
				l->u.ident.sym->name = l->u.ident.name = m->vars[j]->name;
		}
		// ... and their uses: the parameters' assignment that follows.
		Node *p = i + 1 < st->len ? st->items[i + 1] : NULL;
		if (!p || p->kind != ND_ASSIGN || p->u.assign.inl != INL_ASSIGN_PARAMS)
			continue;
		for (int j = 0; j < p->u.assign.rhs.len; j++)
			rename_uses(p->u.assign.rhs.items[j]);
	}
}

static bool init_inlcall(Node *n, void *ctx)
{
	EscState *s = ctx;
	if (n->kind == ND_INLCALL)
		vec_push(&s->arena, &arg_tmps, n);
	return true;
}

void esc_number_temps(EscState *s)
{
	s->nmulti = ast_max_id() + 2;
	s->callee_tmp = arena_zalloc(&s->arena, (size_t)s->nmulti * sizeof *s->callee_tmp);
	s->multi = arena_zalloc(&s->arena, (size_t)s->nmulti * sizeof *s->multi);
	for (int i = 0; i < s->prog->funcs.len; i++) {
		Sym *f = s->prog->funcs.items[i];
		if (f->body)
			func_body(s, f, f->body);
	}
	// (package initialisers: the copies made in Go's init)
	for (int i = 0; i < s->prog->init_order.len; i++)
		esc_visit(s->prog->init_order.items[i], init_inlcall, s);
	for (int i = 0; i < arg_tmps.len; i++)
		name_arg_tmps(s, arg_tmps.items[i]);
	memset(&arg_tmps, 0, sizeof arg_tmps);   // (its memory is the analysis')
}

EscMulti *esc_multi(EscState *s, Node *site)
{
	if (!site || site->id <= 0 || site->id >= s->nmulti)
		return NULL;
	return s->multi[site->id];
}

int esc_callee_tmp(EscState *s, Node *call)
{
	if (!call || call->id <= 0 || call->id >= s->nmulti)
		return -1;
	return s->callee_tmp[call->id] - 1;
}

// {==================== the callee temporary's location ====================

// The call's callee (or receiver) goes through its temporary, declared
// ahead (batch.c's init_temps): `.autotmp_N := ~R0`.
EscHole esc_callee_tmp_hole(EscState *s, Node *call, EscHole k, Node *x)
{
	if (esc_callee_tmp(s, call) < 0 || ast_unparen(x)->kind != ND_INLCALL)
		return k;
	return esc_callee_tmp_into(s, call, esc_note(s->b, k, call, "call parameter"), x);
}

static EscHole callee_tmp(EscState *s, Node *call, EscHole k, Node *x, bool any)
{
	int n = esc_callee_tmp(s, call);
	if (n < 0 || (!any && ast_unparen(x)->kind != ND_INLCALL))
		return k;
	// No declaration statement puts it in a loop: it lives as long as the
	// function, so what a loop makes and stores there outlives the loop.
	Sym *v = arena_zalloc(&s->arena, sizeof *v);
	v->kind = SYM_VAR;
	v->id = -1;
	v->name = arena_sprintf(&ast_arena, ".autotmp_%d", n);
	v->pos = x->pos;
	v->type = x->type;
	// (declared ahead, batch.c's init_temps, as Go's are)
	EscLoc *t = s->callee_loc && call->id > 0 && call->id < s->nnodes ? s->callee_loc[call->id] : NULL;
	if (t && t->fn == s->curfn) {
		t->var = v;
		s->callee_loc[call->id] = NULL;
	} else {
		t = esc_new_loc(s->b, s->curfn, NULL, v, false, 1);
	}
	esc_flow(s->b, k, t);
	Node *as = NULL;
	if (s->b->keep_notes) {   // .autotmp_N := ~R0, at the call
		Node *id = arena_zalloc(&s->arena, sizeof *id);
		id->kind = ND_IDENT;
		id->pos = call->pos;
		id->u.ident.name = v->name;
		id->u.ident.sym = v;
		as = arena_zalloc(&s->arena, sizeof *as);
		as->kind = ND_ASSIGN;
		as->pos = call->pos;
		as->u.assign.op = TOK_DEFINE;
		vec_push(&s->arena, &as->u.assign.lhs, id);
		vec_push(&s->arena, &as->u.assign.rhs, x);
	}
	return esc_note(s->b, esc_hole(t), as, "assign");
}

EscHole esc_callee_tmp_into(EscState *s, Node *call, EscHole k, Node *x)
{
	return callee_tmp(s, call, k, x, false);
}

EscHole esc_callee_tmp_any(EscState *s, Node *call, EscHole k, Node *x)
{
	return callee_tmp(s, call, k, x, true);
}

// }====================================================================
