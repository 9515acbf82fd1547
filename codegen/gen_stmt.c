// gen_stmt.c: statements.
//
// Control flow is lowered to C loops with explicit labels: every Go loop or
// switch gets brk_N (and cont_N) labels and break/continue become gotos, so
// Go's rules (break leaves a switch, labelled break/continue, fallthrough)
// need no C-specific reasoning. Switches become if-chains that jump to case
// bodies laid out in source order, which makes fallthrough a plain goto.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

// Enclosing breakable statements (innermost last).
typedef struct Target {
	Node *stmt;
	const char *label;     // Go label naming it, or NULL
	int brk, cont;         // label numbers (cont 0: not a loop)
} Target;
static VEC(Target) targets;
static const char *pending_label;   // set by ND_LABELED for the statement it labels

static int new_label(CGen *g)
{
	return ++g->nlabels;
}

static void push_target(CGen *g, Node *stmt, int brk, int cont)
{
	Target t = {stmt, pending_label, brk, cont};
	pending_label = NULL;
	vec_push(&g->arena, &targets, t);
}

static void emit_label(CGen *g, const char *kind, int n)
{
	int ind = g->indent;
	g->indent = 0;
	cg_line(g, "%s_%d:;", kind, n);
	g->indent = ind;
}

// cg_body_defers: does the function body n defer (not counting the
// function literals in it)? It also sets in_loop on each of its defer
// statements: one outside loops runs at most once per call, so its record
// can live in the frame (cg_defer). in_loop: n lies inside a loop.
bool cg_body_defers(Node *n, bool in_loop)
{
	if (!n)
		return false;
	bool any = false;
	switch (n->kind) {
	case ND_DEFER:
		n->u.go.in_loop = in_loop;
		return true;
	case ND_BLOCK:
		for (int i = 0; i < n->u.block.stmts.len; i++)
			any |= cg_body_defers(n->u.block.stmts.items[i], in_loop);
		return any;
	case ND_IF:
		any = cg_body_defers(n->u.ifs.then, in_loop);
		return cg_body_defers(n->u.ifs.els, in_loop) || any;
	case ND_FOR:
		return cg_body_defers(n->u.fors.body, true);
	case ND_RANGE:
		return cg_body_defers(n->u.range.body, true);
	case ND_LABELED:
		return cg_body_defers(n->u.labeled.stmt, in_loop);
	case ND_SWITCH: case ND_TYPESWITCH: case ND_SELECT: {
		NodeList *cl = n->kind == ND_SWITCH ? &n->u.sw.clauses :
			n->kind == ND_TYPESWITCH ? &n->u.tsw.clauses : &n->u.sel_stmt.clauses;
		for (int i = 0; i < cl->len; i++) {
			Node *c = cl->items[i];
			for (int k = 0; k < c->u.clause.body.len; k++)
				any |= cg_body_defers(c->u.clause.body.items[k], in_loop);
		}
		return any;
	}
	default:
		return false;
	}
}

void cg_stmts(CGen *g, NodeList *stmts)
{
	for (int i = 0; i < stmts->len; i++)
		cg_stmt(g, stmts->items[i]);
}

void cg_block(CGen *g, Node *block)
{
	cg_line(g, "{");
	g->indent++;
	cg_stmts(g, &block->u.block.stmts);
	g->indent--;
	cg_line(g, "}");
}

static void gen_return(CGen *g, Node *n)
{
	NodeList *res = &n->u.ret.results;
	Sym *fn = g->fn;
	if (res->len == 0) {
		if (g->has_defer)
			cg_line(g, "goto ret_;");
		else
			cg_line(g, "%s;", cg_return_results(g, n->pos));
		return;
	}
	Type *sig = fn->type;
	if (res->len == 1 && sig->results.len > 1) {
		// return f(): f's tuple is the result.
		Node *call = res->items[0];
		cg_pre_top(g, call);
		if (g->has_defer) {
			const char *t = cg_tmp(g, call->type);
			cg_line(g, "%s = %s;", t, cg_expr(g, call));
			for (int i = 0; i < fn->results.len; i++)
				cg_line(g, "%s = %s;", cg_var_ref(g, fn->results.items[i]),
					cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)),
						call->type->fields.items[i].type, sig->results.items[i].type, NULL));
			cg_line(g, "goto ret_;");
		} else {
			bool same = true;
			for (int i = 0; i < sig->results.len; i++)
				same = same && type_identical(call->type->fields.items[i].type,
					sig->results.items[i].type);
			if (same) {
				cg_line(g, "return %s;", cg_ce_return(g, cg_expr(g, call), n->pos));
				return;
			}
			// return f() where f's results convert (e.g. to interfaces).
			const char *t = cg_tmp(g, call->type);
			cg_line(g, "%s = %s;", t, cg_expr(g, call));
			Sect b = {0};
			for (int i = 0; i < sig->results.len; i++)
				sect_printf(&b, "%s%s", i ? ", " : "",
					cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)),
						call->type->fields.items[i].type, sig->results.items[i].type, NULL));
			cg_line(g, "return %s;", cg_ce_return(g,
				cg_fmt(g, "(%s){%s}", cg_ctype(g, g->result_type), b.p), n->pos));
			free(b.p);
		}
		return;
	}
	if (g->has_defer || res->len > 1) {
		// Evaluate every result before storing any (they may read the
		// named results), then return them. What Go hoists from all of
		// them comes first.
		const char **tmps = arena_zalloc(&g->arena, sizeof(char *) * (size_t)res->len);
		const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)res->len);
		if (res->len == 1)
			cg_pre_top(g, res->items[0]);
		for (int i = 0; i < res->len; i++)
			vals[i] = cg_expr_as(g, res->items[i], sig->results.items[i].type);
		for (int i = 0; i < res->len; i++)
			tmps[i] = cg_tmp(g, sig->results.items[i].type);
		cg_gen_return_values(g, res, tmps, vals);
		if (g->has_defer) {
			for (int i = 0; i < res->len; i++)
				cg_line(g, "%s = %s;", cg_var_ref(g, fn->results.items[i]), tmps[i]);
			cg_line(g, "goto ret_;");
			return;
		}
		Sect b = {0};
		for (int i = 0; i < res->len; i++)
			sect_printf(&b, "%s%s", i ? ", " : "", tmps[i]);
		cg_line(g, "return %s;", cg_ce_return(g,
			cg_fmt(g, "(%s){%s}", cg_ctype(g, g->result_type), b.p), n->pos));
		free(b.p);
		return;
	}
	cg_pre_top(g, res->items[0]);
	cg_line(g, "return %s;", cg_ce_return(g, cg_expr_as(g, res->items[0], sig->results.items[0].type),
		n->pos));
}

static Target *find_target(Node *n)
{
	Node *label = n->u.branch.label;
	for (int i = targets.len - 1; i >= 0; i--) {
		Target *t = &targets.items[i];
		if (label) {
			if (t->label && strcmp(t->label, label->u.ident.name) == 0)
				return t;
			continue;
		}
		if (n->u.branch.tok == TOK_CONTINUE && !t->cont)
			continue;
		return t;
	}
	return NULL;
}

// Where a fallthrough in the current switch clause goes.
static int fallthrough_label;

static void gen_branch(CGen *g, Node *n)
{
	switch (n->u.branch.tok) {
	case TOK_BREAK: {
		Target *t = find_target(n);
		if (!t)
			bug("break outside a loop");
		cg_line(g, "goto brk_%d;", t->brk);
		return;
	}
	case TOK_CONTINUE: {
		Target *t = find_target(n);
		if (!t)
			bug("continue outside a loop");
		cg_line(g, "goto cont_%d;", t->cont);
		return;
	}
	case TOK_FALLTHROUGH:
		cg_line(g, "goto case_%d;", fallthrough_label);
		return;
	default:
		cg_unsupported(n->pos, "goto");
		return;
	}
}

static void gen_for(CGen *g, Node *n)
{
	int brk = new_label(g), cont = new_label(g);
	cg_line(g, "{");
	g->indent++;
	if (n->u.fors.init)
		cg_stmt(g, n->u.fors.init);
	cg_line(g, "for (;;) {");
	g->indent++;
	if (n->u.fors.cond) {
		cg_pos_node(g, n->u.fors.cond);
		cg_pre_top(g, n->u.fors.cond);
		cg_line(g, "if (!(%s))", cg_expr(g, n->u.fors.cond));
		cg_line(g, "\tbreak;");
	}
	push_target(g, n, brk, cont);
	cg_block(g, n->u.fors.body);
	targets.len--;
	emit_label(g, "cont", cont);
	if (n->u.fors.post)
		cg_stmt(g, n->u.fors.post);
	g->indent--;
	cg_line(g, "}");
	g->indent--;
	cg_line(g, "}");
	emit_label(g, "brk", brk);
}

static void range_bind(CGen *g, Node *n, Node *var, const char *val, Type *vt)
{
	if (!var || cg_is_blank(var))
		return;
	if (n->u.range.define) {
		Sym *s = ast_unparen(var)->u.ident.sym;
		cg_line(g, "%s = %s;", cg_var_ref(g, s), cg_convert(g, val, vt, s->type, NULL));
	} else {
		cg_assign_to(g, var, cg_convert(g, val, vt, var->type, NULL), vt);
	}
}

// Binds both iteration values; without :=, as a parallel assignment (the
// value's destination, say x[i], is located before i changes).
static void range_bind2(CGen *g, Node *n, Node *k, const char *kv, Type *kt, Node *v,
	const char *vv, Type *vt)
{
	if (!n->u.range.define && k && !cg_is_blank(k) && v && !cg_is_blank(v) && vv &&
	    ast_unparen(v)->kind != ND_IDENT) {
		NodeList one = {0};
		vec_push(&g->arena, &one, v);
		const char **addr = cg_lhs_lvalues(g, &one);
		range_bind(g, n, k, kv, kt);
		if (addr[0])
			cg_line(g, "%s = %s;", addr[0], cg_convert(g, vv, vt, v->type, NULL));
		else
			range_bind(g, n, v, vv, vt);
		return;
	}
	range_bind(g, n, k, kv, kt);
	if (vv)
		range_bind(g, n, v, vv, vt);
}

static void gen_range(CGen *g, Node *n)
{
	Node *x = n->u.range.x, *k = n->u.range.key, *v = n->u.range.value;
	Type *xt = type_underlying(x->type);
	int brk = new_label(g), cont = new_label(g);
	cg_pre_top(g, x);
	cg_line(g, "{");
	g->indent++;
	// Go 1.19: one variable per loop, declared before it starts.
	if (n->u.range.define) {
		if (k && !cg_is_blank(k))
			cg_declare(g, ast_unparen(k)->u.ident.sym, true);
		if (v && !cg_is_blank(v))
			cg_declare(g, ast_unparen(v)->u.ident.sym, true);
	}
	push_target(g, n, brk, cont);
	if (xt->kind == TY_CHAN) {
		const char *c = cg_tmp(g, x->type), *rv = cg_tmp_scratch(g, xt->elem);
		cg_line(g, "%s = %s;", c, cg_expr(g, x));
		cg_line(g, "while (go_chan_recv(%s, &%s, NULL)) {", c, rv);
		g->indent++;
		range_bind(g, n, k, rv, xt->elem);
	} else if (xt->kind == TY_MAP) {
		const char *it = cg_tmp_c(g, "go_map_iter");
		cg_line(g, "go_map_iter_init(&%s, %s);", it, cg_expr(g, x));
		cg_line(g, "while (go_map_iter_next(&%s)) {", it);
		g->indent++;
		range_bind2(g, n, k, cg_fmt(g, "*(%s *)%s.key", cg_ctype(g, xt->key), it), xt->key, v,
			cg_fmt(g, "*(%s *)%s.val", cg_ctype(g, xt->elem), it), xt->elem);
	} else if (xt->kind == TY_STRING) {
		const char *s = cg_tmp_c(g, "go_string");
		const char *i = cg_tmp_c(g, "int64_t"), *w = cg_tmp_c(g, "int64_t");
		const char *r = cg_tmp_c(g, "int32_t");
		cg_line(g, "%s = %s;", s, cg_expr(g, x));
		cg_line(g, "for (%s = 0; %s < %s.len; %s += %s) {", i, i, s, i, w);
		g->indent++;
		cg_line(g, "%s = %s.ptr[%s];", r, s, i);
		cg_line(g, "%s = 1;", w);
		cg_line(g, "if (%s >= 0x80)", r);
		cg_line(g, "\t%s = go_decode_rune(%s, %s, &%s);", r, s, i, w);
		range_bind2(g, n, k, i, type_int, v, r, type_rune);
	} else {
		// Slices, arrays and pointers to arrays: the length is fixed when the
		// loop starts; an array is copied only when its values are used.
		const char *len = cg_tmp_c(g, "int64_t"), *i = cg_tmp_c(g, "int64_t");
		Type *et;
		const char *elem;
		if (xt->kind == TY_SLICE) {
			et = xt->elem;
			const char *s = cg_tmp_c(g, "go_slice");
			cg_line(g, "%s = %s;", s, cg_expr(g, x));
			cg_line(g, "%s = %s.len;", len, s);
			elem = cg_fmt(g, "((%s *)%s.ptr)[%s]", cg_ctype(g, et), s, i);
		} else if (xt->kind == TY_ARRAY) {
			et = xt->elem;
			cg_line(g, "%s = %lld;", len, (long long)xt->len);
			if (v && !cg_is_blank(v)) {
				const char *a = cg_tmp(g, x->type);
				cg_line(g, "%s = %s;", a, cg_expr(g, x));
				elem = cg_fmt(g, "%s.a[%s]", a, i);
			} else {
				if (!cg_is_pure(x) && !cg_range_skips(x))
					cg_line(g, "(void)(%s);", cg_expr(g, x));
				elem = NULL;
			}
		} else {   // pointer to array
			Type *at = type_underlying(xt->elem);
			et = at->elem;
			const char *p = cg_tmp(g, x->type);
			cg_line(g, "%s = %s;", p, cg_expr(g, x));
			cg_line(g, "%s = %lld;", len, (long long)at->len);
			if (v && !cg_is_blank(v))
				cg_line(g, "GO_NILCHK(%s);", p);
			elem = cg_fmt(g, "%s->a[%s]", p, i);
		}
		cg_line(g, "for (%s = 0; %s < %s; %s++) {", i, i, len, i);
		g->indent++;
		range_bind2(g, n, k, i, type_int, v, elem, et);
	}
	cg_block(g, n->u.range.body);
	targets.len--;
	emit_label(g, "cont", cont);
	g->indent--;
	cg_line(g, "}");
	g->indent--;
	cg_line(g, "}");
	emit_label(g, "brk", brk);
}

static void gen_switch(CGen *g, Node *n)
{
	int brk = new_label(g);
	NodeList *cl = &n->u.sw.clauses;
	cg_line(g, "{");
	g->indent++;
	if (n->u.sw.init)
		cg_stmt(g, n->u.sw.init);
	const char *tag = NULL;
	Type *tt = NULL;
	if (n->u.sw.tag) {
		tt = n->u.sw.tag->type;
		if (type_is_untyped(tt))
			tt = cg_default_type(tt);
		tag = cg_tmp(g, tt);
		cg_pre_top(g, n->u.sw.tag);
		cg_line(g, "%s = %s;", tag, cg_expr_as(g, n->u.sw.tag, tt));
	}
	int *labels = arena_zalloc(&g->arena, sizeof(int) * (size_t)(cl->len + 1));
	int def = -1;
	for (int i = 0; i < cl->len; i++)
		labels[i] = new_label(g);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		if (c->u.clause.is_default || c->u.clause.list.len == 0) {
			def = i;
			continue;
		}
		for (int k = 0; k < c->u.clause.list.len; k++) {
			Node *e = c->u.clause.list.items[k];
			const char *cond;
			Node *conv = k < c->u.clause.tag_conv.len ? c->u.clause.tag_conv.items[k] : NULL;
			if (tag && conv) {
				// A concrete tag against an interface-typed case: the tag
				// is converted to the case's interface type for ==.
				const char *boxed = cg_tmp(g, conv->type);
				cg_line(g, "%s = %s;", boxed, cg_to_iface(g, tag, tt, conv->type, conv));
				cond = cg_compare(g, TOK_EQL, boxed, conv->type, e);
			} else if (conv) {
				// switch { case v: } with v an interface: v == true.
				const char *boxed = cg_tmp(g, conv->type);
				cg_line(g, "%s = %s;", boxed, cg_to_iface(g, "true", type_bool, conv->type, conv));
				cond = cg_compare(g, TOK_EQL, boxed, conv->type, e);
			} else if (tag)
				cond = cg_compare(g, TOK_EQL, tag, tt, e);
			else
				cond = cg_expr(g, e);
			cg_line(g, "if (%s)", cond);
			cg_line(g, "\tgoto case_%d;", labels[i]);
		}
	}
	if (def >= 0)
		cg_line(g, "goto case_%d;", labels[def]);
	else
		cg_line(g, "goto brk_%d;", brk);
	push_target(g, n, brk, 0);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		emit_label(g, "case", labels[i]);
		int saved = fallthrough_label;
		fallthrough_label = i + 1 < cl->len ? labels[i + 1] : 0;
		cg_line(g, "{");
		g->indent++;
		cg_stmts(g, &c->u.clause.body);
		g->indent--;
		cg_line(g, "}");
		fallthrough_label = saved;
		cg_line(g, "goto brk_%d;", brk);
	}
	targets.len--;
	g->indent--;
	cg_line(g, "}");
	emit_label(g, "brk", brk);
}

static void gen_typeswitch(CGen *g, Node *n)
{
	int brk = new_label(g);
	NodeList *cl = &n->u.tsw.clauses;
	cg_line(g, "{");
	g->indent++;
	if (n->u.tsw.init)
		cg_stmt(g, n->u.tsw.init);
	Node *x = n->u.tsw.x;
	Type *xt = x->type;
	bool empty = cg_is_empty_iface(xt);
	const char *xv = cg_tmp_c(g, "go_iface");
	const char *dt = cg_tmp_c(g, "const go_type *");
	cg_pre_top(g, x);
	cg_line(g, "%s = %s;", xv, cg_expr(g, x));
	cg_line(g, "%s = %s(%s);", dt, empty ? "go_eface_type" : "go_iface_type", xv);
	int *labels = arena_zalloc(&g->arena, sizeof(int) * (size_t)(cl->len + 1));
	int def = -1;
	for (int i = 0; i < cl->len; i++)
		labels[i] = new_label(g);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		if (c->u.clause.is_default || c->u.clause.list.len == 0) {
			def = i;
			continue;
		}
		for (int k = 0; k < c->u.clause.list.len; k++) {
			Node *e = c->u.clause.list.items[k];
			Type *t = e->type;
			const char *cond;
			if (!t || t->kind == TY_UNTYPED_NIL || (e->kind == ND_IDENT && strcmp(e->u.ident.name, "nil") == 0))
				cond = cg_fmt(g, "%s == NULL", dt);
			else if (type_is_interface(t))
				cond = cg_is_empty_iface(t) ? cg_fmt(g, "%s != NULL", dt) :
					cg_fmt(g, "%s && go_getitab(%s, %s, NULL)", dt, cg_tdesc(g, t), dt);
			else
				cond = cg_fmt(g, "%s == %s", dt, cg_tdesc(g, t));
			cg_line(g, "if (%s)", cond);
			cg_line(g, "\tgoto case_%d;", labels[i]);
		}
	}
	if (def >= 0)
		cg_line(g, "goto case_%d;", labels[def]);
	else
		cg_line(g, "goto brk_%d;", brk);
	push_target(g, n, brk, 0);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		emit_label(g, "case", labels[i]);
		cg_line(g, "{");
		g->indent++;
		Sym *bs = c->u.clause.bind_sym;
		if (bs && bs->used) {
			cg_declare(g, bs, false);
			Type *bt = bs->type;
			const char *val;
			if (type_is_interface(bt)) {
				if (type_identical(bt, xt))
					val = xv;
				else if (cg_is_empty_iface(bt))
					val = empty ? xv : cg_fmt(g, "go_iface_to_eface(%s)", xv);
				else
					val = cg_fmt(g, "go_assert_iface(%s, %s, %s.data, NULL, NULL)", cg_tdesc(g, bt),
						dt, xv);
			} else {
				val = cg_unbox(g, xv, bt);
			}
			cg_line(g, "%s = %s;", cg_var_ref(g, bs), val);
		}
		cg_stmts(g, &c->u.clause.body);
		g->indent--;
		cg_line(g, "}");
		cg_line(g, "goto brk_%d;", brk);
	}
	targets.len--;
	g->indent--;
	cg_line(g, "}");
	emit_label(g, "brk", brk);
}

// The receive operand of a select case's communication, or NULL.
static Node *recv_of(Node *e)
{
	e = e ? ast_unparen(e) : NULL;
	while (e && e->kind == ND_CONV)   // v = <-c with v an interface
		e = ast_unparen(e->u.conv.x);
	if (e && e->kind == ND_UNARY && e->u.unary.op == TOK_ARROW)
		return e;
	return NULL;
}

static const char *cs_item(CGen *g, const char *cs, int k)
{
	return cg_fmt(g, "%s[%d]", cs, k);
}

static void gen_select(CGen *g, Node *n)
{
	NodeList *cl = &n->u.sel_stmt.clauses;
	int brk = new_label(g);
	int ncases = 0;
	bool has_default = false;
	for (int i = 0; i < cl->len; i++) {
		if (cl->items[i]->u.clause.list.len == 0)
			has_default = true;
		else
			ncases++;
	}
	const char *cs = cg_fmt(g, "sel%d_", ++g->ntmp);
	sect_printf(g->decls, "\tgo_select_case %s[%d];\n", cs, ncases ? ncases : 1);
	cg_frame_bytes(g, 48 * (ncases ? ncases : 1));
	const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(cl->len + 1));
	const char **oks = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(cl->len + 1));
	int *idx = arena_zalloc(&g->arena, sizeof(int) * (size_t)(cl->len + 1));
	cg_line(g, "{");
	g->indent++;
	int k = 0;
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		idx[i] = -1;
		if (c->u.clause.list.len == 0)
			continue;
		Node *comm = c->u.clause.list.items[0];
		idx[i] = k;
		if (comm->kind == ND_SEND) {
			Type *et = type_underlying(comm->u.send.ch->type)->elem;
			vals[i] = cg_tmp_scratch(g, et);
			const char *ch = cg_expr(g, comm->u.send.ch);
			cg_line(g, "%s = (go_select_case){%s, GO_SELECT_SEND, &%s, NULL};", cs_item(g, cs, k), ch, vals[i]);
			cg_line(g, "%s = %s;", vals[i], cg_expr_as(g, comm->u.send.value, et));
		} else {
			Node *r = comm->kind == ND_EXPRSTMT ? recv_of(comm->u.exprstmt.x)
				: comm->kind == ND_ASSIGN ? recv_of(comm->u.assign.rhs.items[0]) : NULL;
			if (!r)
				bug("select case without a communication");
			Type *et = type_underlying(r->u.unary.x->type)->elem;
			vals[i] = cg_tmp_scratch(g, et);
			oks[i] = cg_tmp_c(g, "bool");
			cg_line(g, "%s = (go_select_case){%s, GO_SELECT_RECV, &%s, &%s};", cs_item(g, cs, k),
				cg_expr(g, r->u.unary.x), vals[i], oks[i]);
		}
		k++;
	}
	const char *sel = cg_tmp_c(g, "int");
	// Go compiles a lone case without default as that send or receive, at
	// the case's line (where a trace shows it blocked).
	if (ncases == 1 && !has_default)
		for (int i = 0; i < cl->len; i++)
			if (idx[i] >= 0)
				cg_pos(g, cl->items[i]->u.clause.list.items[0]->pos);
	cg_line(g, "%s = go_select(%s, %d, %s);", sel, cs, ncases, has_default ? "true" : "false");
	push_target(g, n, brk, 0);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		cg_line(g, "if (%s == %d) {", sel, idx[i]);
		g->indent++;
		if (idx[i] >= 0) {
			Node *comm = c->u.clause.list.items[0];
			if (comm->kind == ND_ASSIGN) {
				NodeList *lhs = &comm->u.assign.lhs;
				bool define = comm->u.assign.op == TOK_DEFINE;
				for (int j = 0; j < lhs->len && j < 2; j++) {
					Node *l = lhs->items[j];
					if (define && (!comm->u.assign.is_new || comm->u.assign.is_new[j]))
						cg_declare(g, ast_unparen(l)->u.ident.sym, false);
					Type *vt = j == 0 ? type_underlying(recv_of(comm->u.assign.rhs.items[0])->u.unary.x->type)->elem
						: type_bool;
					const char *v = j == 0 ? vals[i] : oks[i];
					if (!cg_is_blank(l))
						cg_assign_to(g, l, cg_convert(g, v, vt, l->type, NULL), vt);
				}
			}
		}
		cg_stmts(g, &c->u.clause.body);
		cg_line(g, "goto brk_%d;", brk);
		g->indent--;
		cg_line(g, "}");
	}
	targets.len--;
	g->indent--;
	cg_line(g, "}");
	emit_label(g, "brk", brk);
}

static void stmt1(CGen *g, Node *n);

static bool ends_in_jump(Node *n)
{
	while (n->kind == ND_LABELED)
		n = n->u.labeled.stmt;
	return n->kind == ND_RETURN || n->kind == ND_BRANCH || n->kind == ND_INLDONE;
}

// Each statement has its own list of hoisted evaluations (gen_order.c). A
// defer or go statement evaluates its callee and then each operand in turn
// into its record, as Go does: nothing is hoisted there.
void cg_stmt(CGen *g, Node *n)
{
	if (!n)
		return;
	CgPre pre;
	int scratch = g->scratch.len;
	if (n->kind == ND_DEFER || n->kind == ND_GO)
		cg_pre_off(g, &pre);
	else
		cg_pre_open(g, &pre, NULL, true);
	stmt1(g, n);
	cg_pre_close(g, &pre);
	// A statement that jumps leaves its temporaries to the code it jumps
	// to: an inlined body's end (cg_inl_body), an enclosing loop's.
	if (!ends_in_jump(n))
		cg_scratch_clear(g, scratch);
}

static void stmt1(CGen *g, Node *n)
{
	if (n->kind != ND_BLOCK && n->kind != ND_EMPTY)
		cg_pos_node(g, n);
	switch (n->kind) {
	case ND_EMPTY:
		return;
	case ND_BLOCK:
		cg_block(g, n);
		return;
	case ND_EXPRSTMT:
		if (ast_unparen(n->u.exprstmt.x)->kind == ND_INLCALL) {
			cg_line(g, "{");
			g->indent++;
			cg_inl_body(g, ast_unparen(n->u.exprstmt.x));
			g->indent--;
			cg_line(g, "}");
			return;
		}
		cg_pre_top(g, n->u.exprstmt.x);
		cg_line(g, "%s;", cg_expr(g, n->u.exprstmt.x));
		return;
	case ND_INLDONE:
		if (n->u.inl_done.assign)
			cg_stmt(g, n->u.inl_done.assign);
		cg_line(g, "goto inl%d_;", n->u.inl_done.inl->u.inl.label);
		return;
	case ND_INCDEC:
		cg_gen_incdec(g, n);
		return;
	case ND_ASSIGN:
		cg_gen_assign(g, n);
		return;
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++) {
			Node *s = n->u.decl.specs.items[i];
			if (s->kind == ND_VARSPEC)
				cg_gen_varspec(g, s);
		}
		return;
	case ND_VARSPEC:   // package-level initialisation (main_init_)
		cg_gen_varspec(g, n);
		return;
	case ND_LABELED:
		pending_label = n->u.labeled.label->u.ident.name;
		cg_stmt(g, n->u.labeled.stmt);
		pending_label = NULL;
		return;
	case ND_RETURN:
		gen_return(g, n);
		return;
	case ND_BRANCH:
		gen_branch(g, n);
		return;
	case ND_IF:
		cg_line(g, "{");
		g->indent++;
		if (n->u.ifs.init)
			cg_stmt(g, n->u.ifs.init);
		cg_pre_top(g, n->u.ifs.cond);
		cg_line(g, "if (%s) {", cg_expr(g, n->u.ifs.cond));
		g->indent++;
		cg_stmts(g, &n->u.ifs.then->u.block.stmts);
		g->indent--;
		if (n->u.ifs.els) {
			cg_line(g, "} else {");
			g->indent++;
			cg_stmt(g, n->u.ifs.els);
			g->indent--;
		}
		cg_line(g, "}");
		g->indent--;
		cg_line(g, "}");
		return;
	case ND_FOR:
		gen_for(g, n);
		return;
	case ND_RANGE:
		gen_range(g, n);
		return;
	case ND_SWITCH:
		gen_switch(g, n);
		return;
	case ND_TYPESWITCH:
		gen_typeswitch(g, n);
		return;
	case ND_DEFER:
		if (!g->has_defer) {
			// Only in an inlined body, where Go's dead-code pass removed
			// it (Go inlines no function with a live defer): no frame to
			// push it on, and never reached.
			cg_line(g, "go_panic_plain(\"mgo: unreachable defer reached\");");
			return;
		}
		cg_defer(g, n->u.go.call, n->u.go.in_loop);
		return;
	case ND_GO: {
		g->go_args = true;
		const char *thunk = cg_defer_thunk(g, n->u.go.call, false);
		g->go_args = false;
		cg_line(g, "%s(%s);", cg_go_small(n->u.go.call) ? "go_go_small" : "go_go",
		    cg_ce_obj(g, thunk, "go_closure *", true, n->pos));
		return;
	}
		return;
	case ND_SEND: {
		Type *ct = n->u.send.ch->type;
		Type *et = type_underlying(ct)->elem;
		const char *c = cg_tmp(g, ct), *v = cg_tmp_scratch(g, et);
		// Both operands' hoisted evaluations come before either is read.
		const char *ce = cg_expr(g, n->u.send.ch), *ve = cg_expr_as(g, n->u.send.value, et);
		cg_line(g, "%s = %s;", c, ce);
		cg_line(g, "%s = %s;", v, ve);
		cg_ce_send(g, cg_fmt(g, "&%s", v), et, n->pos);
		cg_line(g, "go_chan_send(%s, &%s);", c, v);
		return;
	}
	case ND_SELECT:
		gen_select(g, n);
		return;
	default:
		bug("cg_stmt: unexpected %s", ast_kind_name(n->kind));
	}
}

void cg_stmt_reset(void)
{
	memset(&targets, 0, sizeof targets);   // in the previous program's CGen arena
	pending_label = NULL;
	fallthrough_label = 0;
}
