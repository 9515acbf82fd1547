// build_stmt.c: lowers statements (ESCAPE.md §1.4, §1.6).
//
// Statements only combine holes; what matters beyond the flows is the loop
// depth: a variable declared inside a loop is a new variable on every
// iteration, so anything declared outside the loop that stores its address
// outlives it (solve.c's esc_outlives).
#include "escape/build.h"

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

EscHole esc_dcl(EscState *s, Sym *v)
{
	EscLoc *l = esc_var_loc(s, v);
	l->loop_depth = s->loop_depth;
	return esc_hole(l);
}

// A wrapper's copy of a method holds its closures as the literals were
// written: what they inlined is a call there again.
bool esc_wrapper_plain(EscState *s, Node *inl)
{
	bool id_ok = inl->id > 0 && inl->id < s->nnodes;
	if (s->wrapper_mode && s->curfn && s->curfn->sym->outer && inl->u.inl.call &&
	    inl->u.inl.call->kind == ND_CALL && id_ok) {
		if (!s->wrap_plain)   // (for the lines printed once the batch is solved)
			s->wrap_plain = arena_zalloc(&s->arena, (size_t)s->nnodes);
		s->wrap_plain[inl->id] = true;
		return true;
	}
	return false;
}

bool esc_wrapper_plain_seen(EscState *s, Node *inl)
{
	return s->wrapper_mode && s->wrap_plain && inl->id > 0 && inl->id < s->nnodes &&
		s->wrap_plain[inl->id];
}

void esc_inl_body(EscState *s, Node *inl)
{
	Node *c = inl->u.inl.call;
	if (s->wrapper_mode && inl->u.inl.callee && inl->u.inl.callee->outer && c &&
	    ast_unparen(c->u.call.fn)->kind != ND_FUNCLIT && inl->u.inl.body &&
	    inl->u.inl.body->kind == ND_BLOCK) {
		// In a wrapper Go does not inline a closure called through a
		// variable again (inl_wrappers.c): a call of an unknown function,
		// the arguments bound to its parameters leak.
		NodeList *st = &inl->u.inl.body->u.block.stmts;
		for (int i = 0; i < st->len; i++) {
			Node *x = st->items[i];
			if (x->kind == ND_ASSIGN && (x->u.assign.inl == INL_ASSIGN_PARAMS ||
			                             x->u.assign.inl == INL_ASSIGN_ARGS))
				for (int j = 0; j < x->u.assign.rhs.len; j++)
					esc_expr(s, esc_note(s->b, esc_heap_hole(s->b), c, "call parameter"),
						x->u.assign.rhs.items[j]);
		}
		return;
	}
	Node *saved = s->inl_site;
	s->inl_site = inl;
	esc_block(s, inl->u.inl.body);
	s->inl_site = saved;
}

void esc_stmts(EscState *s, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		Node *n = l->items[i];
		esc_stmt(s, n);
	}
}

void esc_block(EscState *s, Node *block)
{
	if (!block || esc_is_dead(s, block))
		return;
	int depth = s->loop_depth;
	if (block->kind == ND_BLOCK)
		esc_stmts(s, &block->u.block.stmts);
	else
		esc_stmt(s, block);
	s->loop_depth = depth;
}

static void discards(EscState *s, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		esc_discard(s, l->items[i]);
}

static bool is_blank(Node *n)
{
	n = ast_unparen(n);
	return n->kind == ND_IDENT && n->u.ident.name && strcmp(n->u.ident.name, "_") == 0;
}

// Declares the variables a `:=` introduces (Go emits their ODCLs first).
static void declare_new(EscState *s, Node *as)
{
	NodeList *lhs = &as->u.assign.lhs;
	for (int i = 0; i < lhs->len; i++) {
		Node *x = ast_unparen(lhs->items[i]);
		bool is_new = as->u.assign.is_new ? as->u.assign.is_new[i] : true;
		if (is_new && x->kind == ND_IDENT && x->u.ident.sym && !is_blank(x) &&
		    x->u.ident.sym->kind == SYM_VAR)
			esc_dcl(s, x->u.ident.sym);
	}
}

// `a, b := f()` / `v, ok = m[k]` / `v, ok := x.(T)` / `v, ok := <-c`: one
// source for several targets.
static void assign_multi(EscState *s, Node **lhs, int nl, Node *rhs, Node *where)
{
	Node *r = ast_unparen(rhs);
	// `e, f = x.(T)` into interface variables: Go converts the two results
	// only after escape analysis (order's as2ok), so the flow is direct and
	// no box is reported; the checker's conversion wrapper is looked through.
	Node *inner = r;
	while (inner->kind == ND_CONV)
		inner = ast_unparen(inner->u.conv.x);
	if (inner != r && (inner->kind == ND_TYPEASSERT || inner->kind == ND_INDEX ||
			   (inner->kind == ND_UNARY && inner->u.unary.op == TOK_ARROW))) {
		const char *why = inner->kind == ND_INDEX ? "assign-pair-mapr" :
			inner->kind == ND_TYPEASSERT ? "assign-pair-dot-type" : "assign-pair-receive";
		esc_assign_list(s, lhs, nl, &inner, 1, why, where);
		return;
	}
	EscMulti *m = esc_multi(s, where);
	if (m) {
		// Converting assignment: `t1, t2 := g(); a, b = T(t1), T(t2)`.
		EscHole ks[64];
		int n = m->n < 64 ? m->n : 64;
		for (int i = 0; i < n; i++)
			ks[i] = esc_dcl(s, m->vars[i]);
		esc_call(s, ks, n, r);
		esc_assign_list(s, lhs, nl, m->uses, m->n, "assign-pair", where);
		return;
	}
	if ((r->kind == ND_CALL && r->u.call.call != CALL_CONV) || r->kind == ND_INLCALL) {
		EscHole ks[64];
		int n = nl < 64 ? nl : 64;
		for (int i = 0; i < n; i++)
			ks[i] = esc_addr_hole(s, lhs[i]);
		esc_call(s, ks, n, r);
		esc_reassigned(s, ks, n, where);
		return;
	}
	const char *why = "assign-pair";
	if (r->kind == ND_INDEX)
		why = "assign-pair-mapr";
	else if (r->kind == ND_TYPEASSERT)
		why = "assign-pair-dot-type";
	else if (r->kind == ND_UNARY)
		why = "assign-pair-receive";
	esc_assign_list(s, lhs, nl, &rhs, 1, why, where);
}

// The parameters of an inlined method call: a receiver that is itself an
// inlined call went through Go's function-level temporary first
// (esc_callee_tmp_hole), `t := gp(); (*T).P(t)`.
static bool inl_params(EscState *s, Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	Node *call = s->inl_site ? s->inl_site->u.inl.call : NULL;
	if (n->u.assign.inl != INL_ASSIGN_PARAMS || !call || call->kind != ND_CALL ||
	    call->u.call.call != CALL_METHOD || !lhs->len || lhs->len != rhs->len ||
	    esc_callee_tmp(s, call) < 0)
		return false;
	Node *r = ast_unparen(rhs->items[0]);
	bool deref = r->kind == ND_STAR;
	if (deref)
		r = ast_unparen(r->u.star.x);
	if (r->kind != ND_INLCALL)
		return false;
	// Go binds the parameter to the temporary: t := .autotmp_N.
	Node *where = n;
	if (s->b->keep_notes) {
		Node *id = arena_zalloc(&s->arena, sizeof *id);
		id->kind = ND_IDENT;
		id->pos = r->pos;
		id->u.ident.name = arena_sprintf(&ast_arena, ".autotmp_%d", esc_callee_tmp(s, call));
		Node *v = id;
		if (deref) {
			v = arena_zalloc(&s->arena, sizeof *v);
			v->kind = ND_STAR;
			v->pos = r->pos;
			v->u.star.x = id;
		}
		where = arena_zalloc(&s->arena, sizeof *where);
		*where = *n;
		where->id = 0;
		where->u.assign.rhs = (NodeList){0};
		vec_push(&s->arena, &where->u.assign.rhs, v);
		for (int i = 1; i < rhs->len; i++)
			vec_push(&s->arena, &where->u.assign.rhs, rhs->items[i]);
	}
	EscHole k = esc_note(s->b, esc_addr_hole(s, lhs->items[0]), where, "assign-pair");
	if (deref)
		k = esc_deref(s->b, k, rhs->items[0], "indirection");
	esc_expr(s, esc_callee_tmp_into(s, call, k, r), r);
	esc_reassigned(s, &k, 1, n);
	esc_assign_list(s, lhs->items + 1, lhs->len - 1, rhs->items + 1, rhs->len - 1, "assign-pair", n);
	return true;
}

static void assign(EscState *s, Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	int op = n->u.assign.op;
	if (op == TOK_DEFINE)
		declare_new(s, n);
	if (op != TOK_DEFINE && op != TOK_ASSIGN) {
		// x op= y is modelled as x = y (so s += t leaks t into s).
		esc_assign_list(s, lhs->items, 1, rhs->items, 1, "assign", n);
		return;
	}
	if (inl_params(s, n))
		return;
	if (lhs->len == rhs->len) {
		esc_assign_list(s, lhs->items, lhs->len, rhs->items, rhs->len,
			lhs->len == 1 && !n->u.assign.inl ? "assign" : "assign-pair", n);
		return;
	}
	if (rhs->len == 1) {
		assign_multi(s, lhs->items, lhs->len, rhs->items[0], n);
		return;
	}
	esc_assign_list(s, lhs->items, lhs->len, rhs->items, rhs->len, "assign-pair", n);
}

static void var_spec(EscState *s, Node *spec)
{
	NodeList *names = &spec->u.spec.names, *vals = &spec->u.spec.values;
	for (int i = 0; i < names->len; i++) {
		Node *x = names->items[i];
		if (x->kind == ND_IDENT && x->u.ident.sym && !is_blank(x) &&
		    x->u.ident.sym->kind == SYM_VAR)
			esc_dcl(s, x->u.ident.sym);
	}
	if (vals->len == 0)
		return;  // `var x T`: its zero value is not a reassignment
	if (names->len == vals->len) {
		// Go declares `var a, b T = x, y` as one assignment a name (a = x).
		for (int i = 0; i < names->len; i++) {
			Node *one = spec;
			if (names->len > 1 && s->b->keep_notes) {
				one = arena_zalloc(&s->arena, sizeof *one);
				*one = *spec;
				one->id = 0;
				one->u.spec.names = (NodeList){0};
				one->u.spec.values = (NodeList){0};
				vec_push(&s->arena, &one->u.spec.names, names->items[i]);
				vec_push(&s->arena, &one->u.spec.values, vals->items[i]);
			}
			esc_assign_list(s, &names->items[i], 1, &vals->items[i], 1, "assign", one);
		}
	} else if (vals->len == 1)
		assign_multi(s, names->items, names->len, vals->items[0], spec);
}

static void ret(EscState *s, Node *n)
{
	EscFunc *fn = s->curfn;
	NodeList *res = &n->u.ret.results;
	int nr = fn->nresults;
	EscHole ks[64];
	if (nr > 64)
		nr = 64;
	for (int i = 0; i < nr; i++)
		ks[i] = fn->result_locs ? esc_hole(fn->result_locs[i]) : esc_discard_hole(s->b);
	EscMulti *m = res->len == 1 && nr > 1 ? esc_multi(s, n) : NULL;
	if (m) {
		// return f() with f multi-valued: `t1, t2 := f(); return t1, t2`.
		EscHole tks[64];
		int nt = m->n < 64 ? m->n : 64;
		for (int i = 0; i < nt; i++)
			tks[i] = esc_dcl(s, m->vars[i]);
		esc_call(s, tks, nt, res->items[0]);
		for (int i = 0; i < nr && i < m->n; i++)
			esc_expr(s, esc_note(s->b, ks[i], n, "return"), m->uses[i]);
	} else if (res->len == 1 && nr > 1) {
		esc_call(s, ks, nr, res->items[0]);  // return f() with f multi-valued
	} else {
		for (int i = 0; i < nr; i++) {
			Node *src = i < res->len ? res->items[i] : NULL;
			esc_expr(s, esc_note(s->b, ks[i], n, "return"), src);
		}
	}
	esc_reassigned(s, ks, nr, n);
}

static void range_stmt(EscState *s, Node *n)
{
	EscBatch *b = s->b;
	// X is evaluated once, outside the loop.
	EscLoc *tmp = esc_new_loc(b, s->curfn, NULL, NULL, false, s->loop_depth);
	esc_expr(s, esc_hole(tmp), n->u.range.x);
	Node *key = n->u.range.key, *val = n->u.range.value;
	if (n->u.range.define) {
		// Declared once per loop (Go 1.19), at the loop's own depth.
		if (key && !is_blank(key) && key->kind == ND_IDENT && key->u.ident.sym)
			esc_dcl(s, key->u.ident.sym);
		if (val && !is_blank(val) && val->kind == ND_IDENT && val->u.ident.sym)
			esc_dcl(s, val->u.ident.sym);
	}
	s->loop_depth++;
	EscHole ks[2] = {esc_addr_hole(s, key), esc_addr_hole(s, val)};
	Type *xt = under(n->u.range.x->type);
	if (xt && xt->kind == TY_ARRAY)
		esc_flow(b, esc_note(b, ks[1], n, "range"), tmp);
	else
		esc_flow(b, esc_deref(b, ks[1], n, "range-deref"), tmp);
	esc_reassigned(s, ks, 2, n);
	esc_block(s, n->u.range.body);
	s->loop_depth--;
}

static void type_switch(EscState *s, Node *n)
{
	EscBatch *b = s->b;
	esc_stmt(s, n->u.tsw.init);
	NodeList *cl = &n->u.tsw.clauses;
	EscHole *ks = arena_zalloc(&b->arena, (size_t)(cl->len + 1) * sizeof *ks);
	int nk = 0;
	if (n->u.tsw.bind) {
		for (int i = 0; i < cl->len; i++) {
			Sym *cv = cl->items[i]->u.clause.bind_sym;
			if (!cv)
				continue;
			EscHole k = esc_dcl(s, cv);
			if (esc_type_has_ptrs(cv->type)) {
				if (!type_is_interface(cv->type) && !type_is_pointer_shaped(cv->type))
					k = esc_shift(k, 1);
				ks[nk++] = esc_note(b, k, cl->items[i], "switch case");
			}
		}
	}
	esc_expr(s, esc_tee(b, s->curfn, s->loop_depth, ks, nk), n->u.tsw.x);
	for (int i = 0; i < cl->len; i++) {
		discards(s, &cl->items[i]->u.clause.list);
		int depth = s->loop_depth;
		esc_stmts(s, &cl->items[i]->u.clause.body);
		s->loop_depth = depth;
	}
}

static bool label_loops(EscState *s, Sym *label)
{
	for (int i = 0; i < s->looping_labels.len; i++)
		if (s->looping_labels.items[i] == label)
			return true;
	return false;
}

// `case i = <-c` into a variable of another type: Go's type checker drops
// the implicit conversion (the select's lowering converts after escape
// analysis, always to the heap), so no location and no -m line for it.
static void select_comm(EscState *s, Node *comm)
{
	Node **rhs = comm->kind == ND_ASSIGN && comm->u.assign.op == TOK_ASSIGN &&
		comm->u.assign.rhs.len == 1 ? &comm->u.assign.rhs.items[0] : NULL;
	Node *conv = rhs ? *rhs : NULL;
	if (!conv || conv->kind != ND_CONV || conv->u.conv.conv != CONV_IFACE ||
	    ast_unparen(conv->u.conv.x)->kind != ND_UNARY ||
	    ast_unparen(conv->u.conv.x)->u.unary.op != TOK_ARROW) {
		esc_stmt(s, comm);
		return;
	}
	conv->escapes = true;
	*rhs = conv->u.conv.x;
	esc_stmt(s, comm);
	*rhs = conv;
}

void esc_stmt(EscState *s, Node *n)
{
	if (!n || esc_is_dead(s, n))
		return;
	switch (n->kind) {
	case ND_EMPTY:
	case ND_BRANCH:
		return;
	case ND_BLOCK:
		esc_block(s, n);
		return;
	case ND_EXPRSTMT: {
		Node *x = ast_unparen(n->u.exprstmt.x);
		if (n->u.exprstmt.tmp_of)
			esc_expr(s, esc_callee_tmp_hole(s, n->u.exprstmt.tmp_of, esc_discard_hole(s->b), x), x);
		else if (x->kind == ND_CALL)
			esc_call(s, NULL, 0, x);
		else
			esc_discard(s, x);
		return;
	}
	case ND_SEND:
		esc_discard(s, n->u.send.ch);
		esc_assign_heap(s, n->u.send.value, "send", n);
		return;
	case ND_INCDEC: {
		EscHole k = esc_addr_hole(s, n->u.incdec.x);
		esc_reassigned(s, &k, 1, n);
		return;
	}
	case ND_ASSIGN:
		assign(s, n);
		return;
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++)
			if (n->u.decl.specs.items[i]->kind == ND_VARSPEC)
				var_spec(s, n->u.decl.specs.items[i]);
		return;
	case ND_VARSPEC:
		var_spec(s, n);
		return;
	case ND_INLDONE:
		esc_stmt(s, n->u.inl_done.assign);
		return;
	case ND_LABELED:
		// A label jumped to from below starts an unstructured loop that
		// lasts to the end of its block (Go does not track where it ends).
		if (n->u.labeled.sym && label_loops(s, n->u.labeled.sym))
			s->loop_depth++;
		esc_stmt(s, n->u.labeled.stmt);
		return;
	case ND_GO:
	case ND_DEFER:
		esc_go_defer(s, n);
		return;
	case ND_RETURN:
		ret(s, n);
		return;
	case ND_IF: {
		esc_stmt(s, n->u.ifs.init);
		Node *cond = n->u.ifs.cond;
		esc_discard(s, cond);
		esc_block(s, n->u.ifs.then);  // a dead branch is skipped (deadcode.c)
		esc_block(s, n->u.ifs.els);
		return;
	}
	case ND_SWITCH: {
		esc_stmt(s, n->u.sw.init);
		esc_discard(s, n->u.sw.tag);
		NodeList *cl = &n->u.sw.clauses;
		for (int i = 0; i < cl->len; i++) {
			if (esc_is_dead(s, cl->items[i]))
				continue;
			NodeList *vals = &cl->items[i]->u.clause.list;
			for (int k = 0; k < vals->len; k++) {
				// A concrete case value against an interface tag: Go
				// converts it only after escape analysis (walk compares
				// type word and value), so no conversion is analysed here.
				Node *v = vals->items[k];
				if (v->kind == ND_CONV && v->u.conv.conv == CONV_IFACE && v->u.conv.x &&
				    v->u.conv.x->type && type_underlying(v->u.conv.x->type)->kind != TY_INTERFACE)
					v = v->u.conv.x;
				esc_discard(s, v);
			}
			int depth = s->loop_depth;
			esc_stmts(s, &cl->items[i]->u.clause.body);
			s->loop_depth = depth;
		}
		return;
	}
	case ND_TYPESWITCH:
		type_switch(s, n);
		return;
	case ND_SELECT: {
		NodeList *cl = &n->u.sel_stmt.clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			if (c->u.clause.list.len > 0)
				select_comm(s, c->u.clause.list.items[0]);
			int depth = s->loop_depth;
			esc_stmts(s, &c->u.clause.body);
			s->loop_depth = depth;
		}
		return;
	}
	case ND_FOR:
		esc_stmt(s, n->u.fors.init);
		s->loop_depth++;
		esc_discard(s, n->u.fors.cond);
		esc_stmt(s, n->u.fors.post);
		esc_block(s, n->u.fors.body);
		s->loop_depth--;
		return;
	case ND_RANGE:
		range_stmt(s, n);
		return;
	case ND_CASECLAUSE:
	case ND_COMMCLAUSE:
		esc_stmts(s, &n->u.clause.body);
		return;
	default:
		// An expression in statement position (e.g. a receive `<-c`).
		esc_discard(s, n);
		return;
	}
}
