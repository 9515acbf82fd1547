// convpos.c: where Go reports an *implicit* interface conversion.
//
// An implicit conversion has no syntax of its own. Go's IR generator gives
// it whatever position was current ("base.Pos") when the conversion node was
// made, and that cursor moves as the generator enters expressions. This
// file replays that cursor over mgo's AST (ESCAPE.md §5.5):
//   - entering a non-constant expression moves the cursor to it, finishing
//     a (non-builtin) call moves it to the call's '(';
//   - call arguments: from the '(' on, each argument that is not a bare
//     variable moves the cursor to itself; a converted argument takes it;
//   - return values: the same, starting from the cursor the list left;
//   - composite-literal elements: the element's own position;
//   - append's arguments: the cursor after the last argument;
//   - anything else: the cursor after the whole statement (RHS before LHS).
// A call argument's retyping conversion (CONV_VALUE: channel direction,
// named <-> unnamed) gets its cursor too: a go/defer wrapper copies such an
// argument into a temporary standing there.
// The result is a side table (EscState.conv_pos, by Node.id) read by
// explain.c; the AST is not modified.
#include "escape/build.h"

#include <stdlib.h>

typedef struct Cursor {
	EscState *s;
	Pos pos;
	struct { Node **items; int len, cap; } pending;  // placed at statement end
} Cursor;

static void set_pos(Cursor *c, Node *conv, Pos p)
{
	if (conv->id > 0 && conv->id < c->s->nconv_pos)
		c->s->conv_pos[conv->id] = p;
}

static bool is_conv(Node *n)
{
	return n && n->kind == ND_CONV && n->u.conv.conv == CONV_IFACE;
}

static bool is_retype(Node *n)
{
	return n && n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE;
}

static Node *unparen(Node *n)
{
	while (n && n->kind == ND_PAREN)
		n = n->u.paren.x;
	return n;
}

static bool is_bare_name(Node *n)
{
	n = unparen(n);
	while (n && n->kind == ND_CONV)
		n = unparen(n->u.conv.x);
	// Go's ir.HasUniquePos: a name (variable or function) keeps the cursor.
	return n && n->kind == ND_IDENT && !n->cval && n->u.ident.sym &&
		(n->u.ident.sym->kind == SYM_VAR || n->u.ident.sym->kind == SYM_FUNC);
}

// The syntax position of an expression (ignoring implicit wrappers).
static Pos syn_pos(Node *n)
{
	n = unparen(n);
	while (n && n->kind == ND_CONV)
		n = unparen(n->u.conv.x);
	return n ? n->pos : (Pos){0, 0};
}

static void expr(Cursor *c, Node *n);
static void stmt(Cursor *c, Node *n);

static bool copied_lit(Node *n, void *ctx)
{
	if (n->kind != ND_FUNCLIT)
		return true;
	Cursor c = {ctx, n->pos, {0}};
	expr(&c, n);
	return false;
}

// The conversions of a multi-value site's temporaries (autotmp.c): all at
// p, or at the statement's end when p is unknown.
static void multi_at(Cursor *c, EscMulti *m, Pos p)
{
	if (!m)
		return;
	for (int i = 0; i < m->n; i++) {
		if (!is_conv(m->uses[i]))
			continue;
		if (p.line)
			set_pos(c, m->uses[i], p);
		else
			vec_push(&c->s->arena, &c->pending, m->uses[i]);
	}
}

static void stmts(Cursor *c, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(c, l->items[i]);
}

static void exprs(Cursor *c, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		expr(c, l->items[i]);
}

static void call(Cursor *c, Node *n)
{
	CallKind k = n->u.call.call;
	c->pos = n->pos;
	NodeList *a = &n->u.call.args;
	bool builtin = k == CALL_BUILTIN || k == CALL_CONV;
	if (!builtin)
		expr(c, n->u.call.fn);
	if (builtin && k == CALL_BUILTIN && n->u.call.builtin == BI_APPEND) {
		// append's arguments are all generated, then converted to the
		// element type where the cursor stopped (Go: 29:24 in
		// `zoo = append(zoo, Dog{name})`, not the statement's 29:2).
		for (int i = 0; i < a->len; i++)
			expr(c, is_conv(a->items[i]) ? a->items[i]->u.conv.x : a->items[i]);
		for (int i = 0; i < a->len; i++)
			if (is_conv(a->items[i]))
				set_pos(c, a->items[i], c->pos);
		multi_at(c, esc_multi(c->s, n), c->pos);
		return;
	}
	if (builtin) {
		exprs(c, a);  // conversions inside go to the statement
		return;
	}
	// Arguments are generated first; their conversions are placed after.
	Cursor inner = {c->s, c->pos, {0}};
	for (int i = 0; i < a->len; i++) {
		Node *arg = a->items[i];
		if (is_conv(arg))
			expr(&inner, arg->u.conv.x);
		else
			expr(&inner, arg);
	}
	for (int i = 0; i < inner.pending.len; i++)
		vec_push(&c->s->arena, &c->pending, inner.pending.items[i]);
	Pos cur = n->pos;
	for (int i = 0; i < a->len; i++) {
		Node *arg = a->items[i];
		if (!is_bare_name(arg))
			cur = syn_pos(arg);
		// (a retyping conversion too: a go/defer wrapper copies it to a
		// temporary standing where the conversion was made)
		if (is_conv(arg) || is_retype(arg))
			set_pos(c, arg, cur);
	}
	// f(g()): the arguments became temporaries, all bare names.
	multi_at(c, esc_multi(c->s, n), n->pos);
	c->pos = n->pos;
}

static void expr(Cursor *c, Node *n)
{
	if (!n)
		return;
	if (is_conv(n)) {
		expr(c, n->u.conv.x);
		vec_push(&c->s->arena, &c->pending, n);
		return;
	}
	if (n->cval || n->is_type)
		return;
	switch (n->kind) {
	case ND_PAREN:
		expr(c, n->u.paren.x);
		return;
	case ND_CONV:
		expr(c, n->u.conv.x);
		return;
	case ND_CALL:
		call(c, n);
		return;
	case ND_INLCALL:
		// Go placed the conversions before it inlined: those of the
		// arguments are the call's (the parameters' assignment shares
		// them); the copied body's all stand at the call.
		if (!n->u.inl.nested && n->u.inl.call)
			call(c, n->u.inl.call);
		// ... except inside the copy's function literals, which keep their
		// source positions, and their cursor.
		esc_visit(n->u.inl.body, copied_lit, c->s);
		c->pos = n->pos;
		return;
	case ND_COMPOSITE: {
		c->pos = n->pos;
		NodeList *el = &n->u.composite.elems;
		Type *ct = n->type ? type_underlying(n->type) : NULL;
		if (ct && ct->kind == TY_POINTER)
			ct = ct->elem ? type_underlying(ct->elem) : NULL;
		bool is_struct = ct && ct->kind == TY_STRUCT;
		for (int i = 0; i < el->len; i++) {
			Node *e = el->items[i];
			if (e->kind == ND_KEYVALUE) {
				Node *key = e->u.kv.key;
				if (is_conv(key)) {
					// A map literal's key: at the ':' like its value.
					expr(c, key->u.conv.x);
					set_pos(c, key, e->pos);
				} else if (!is_struct) {
					expr(c, key);  // a struct literal's field name is no expression
				}
				Node *v = e->u.kv.value;
				if (is_conv(v)) {
					expr(c, v->u.conv.x);
					set_pos(c, v, e->pos);
				} else {
					expr(c, v);
				}
			} else if (is_conv(e)) {
				expr(c, e->u.conv.x);
				set_pos(c, e, syn_pos(e));
			} else {
				expr(c, e);
			}
		}
		return;
	}
	case ND_FUNCLIT: {
		c->pos = n->pos;
		Cursor inner = {c->s, c->pos, {0}};
		stmt(&inner, n->u.funclit.body);
		c->pos = inner.pos;
		return;
	}
	case ND_SELECTOR:
		c->pos = n->pos;
		if (n->u.sel.sel != SEL_PKG)
			expr(c, n->u.sel.x);
		return;
	case ND_INDEX:
		c->pos = n->pos;
		expr(c, n->u.index.x);
		if (is_conv(n->u.index.index)) {
			// m[k] with k converted to the key type: made right here.
			expr(c, n->u.index.index->u.conv.x);
			set_pos(c, n->u.index.index, c->pos);
		} else {
			expr(c, n->u.index.index);
		}
		return;
	case ND_SLICE:
		c->pos = n->pos;
		expr(c, n->u.slice.x);
		expr(c, n->u.slice.lo);
		expr(c, n->u.slice.hi);
		expr(c, n->u.slice.max);
		return;
	case ND_TYPEASSERT:
		c->pos = n->pos;
		expr(c, n->u.assert.x);
		return;
	case ND_STAR:
		c->pos = n->pos;
		expr(c, n->u.star.x);
		return;
	case ND_UNARY:
		c->pos = n->pos;
		expr(c, n->u.unary.x);
		return;
	case ND_BINARY:
		c->pos = n->pos;
		expr(c, n->u.binary.x);
		expr(c, n->u.binary.y);
		return;
	case ND_KEYVALUE:
		expr(c, n->u.kv.key);
		expr(c, n->u.kv.value);
		return;
	default:
		c->pos = n->pos;
		return;
	}
}

static void flush(Cursor *c)
{
	for (int i = 0; i < c->pending.len; i++)
		set_pos(c, c->pending.items[i], c->pos);
	c->pending.len = 0;
}

static void stmt(Cursor *c, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_BLOCK:
		stmts(c, &n->u.block.stmts);
		return;
	case ND_ASSIGN:
		exprs(c, &n->u.assign.rhs);
		exprs(c, &n->u.assign.lhs);
		multi_at(c, esc_multi(c->s, n), (Pos){0, 0});
		flush(c);
		return;
	case ND_RETURN: {
		NodeList *r = &n->u.ret.results;
		for (int i = 0; i < r->len; i++) {
			Node *e = r->items[i];
			expr(c, is_conv(e) ? e->u.conv.x : e);
		}
		Pos cur = c->pos;
		for (int i = 0; i < r->len; i++) {
			Node *e = r->items[i];
			if (!is_bare_name(e))
				cur = syn_pos(e);
			if (is_conv(e))
				set_pos(c, e, cur);
		}
		multi_at(c, esc_multi(c->s, n), cur);
		flush(c);
		return;
	}
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++)
			stmt(c, n->u.decl.specs.items[i]);
		return;
	case ND_VARSPEC:
		if (n->u.spec.names.len)
			c->pos = n->u.spec.names.items[0]->pos;
		exprs(c, &n->u.spec.values);
		multi_at(c, esc_multi(c->s, n), (Pos){0, 0});
		flush(c);
		return;
	case ND_EXPRSTMT:
		expr(c, n->u.exprstmt.x);
		flush(c);
		return;
	case ND_SEND:
		expr(c, n->u.send.ch);
		expr(c, n->u.send.value);
		flush(c);
		return;
	case ND_INCDEC:
		expr(c, n->u.incdec.x);
		flush(c);
		return;
	case ND_LABELED:
		stmt(c, n->u.labeled.stmt);
		return;
	case ND_GO:
	case ND_DEFER:
		expr(c, n->u.go.call);
		flush(c);
		return;
	case ND_IF:
		stmt(c, n->u.ifs.init);
		expr(c, n->u.ifs.cond);
		flush(c);
		stmt(c, n->u.ifs.then);
		stmt(c, n->u.ifs.els);
		return;
	case ND_SWITCH:
		stmt(c, n->u.sw.init);
		expr(c, n->u.sw.tag);
		flush(c);
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			Node *cl = n->u.sw.clauses.items[i];
			exprs(c, &cl->u.clause.list);
			flush(c);
			stmts(c, &cl->u.clause.body);
		}
		return;
	case ND_TYPESWITCH:
		stmt(c, n->u.tsw.init);
		expr(c, n->u.tsw.x);
		flush(c);
		for (int i = 0; i < n->u.tsw.clauses.len; i++)
			stmts(c, &n->u.tsw.clauses.items[i]->u.clause.body);
		return;
	case ND_SELECT:
		for (int i = 0; i < n->u.sel_stmt.clauses.len; i++) {
			Node *cl = n->u.sel_stmt.clauses.items[i];
			if (cl->u.clause.list.len)
				stmt(c, cl->u.clause.list.items[0]);
			stmts(c, &cl->u.clause.body);
		}
		return;
	case ND_FOR:
		stmt(c, n->u.fors.init);
		expr(c, n->u.fors.cond);
		flush(c);
		stmt(c, n->u.fors.post);
		stmt(c, n->u.fors.body);
		return;
	case ND_RANGE:
		expr(c, n->u.range.x);
		expr(c, n->u.range.key);
		expr(c, n->u.range.value);
		flush(c);
		stmt(c, n->u.range.body);
		return;
	default:
		return;
	}
}

void esc_conv_positions(EscState *s)
{
	s->nconv_pos = s->nnodes;
	s->conv_pos = xmalloc((size_t)s->nconv_pos * sizeof *s->conv_pos);
	memset(s->conv_pos, 0, (size_t)s->nconv_pos * sizeof *s->conv_pos);
	for (int i = 0; i < s->roots.len; i++) {
		Sym *f = s->roots.items[i];
		if (!f->body)
			continue;
		Cursor c = {s, f->pos, {0}};
		stmt(&c, f->body);
		flush(&c);
	}
	NodeList *l = &s->prog->init_order;
	for (int i = 0; i < l->len; i++) {
		Cursor c = {s, l->items[i]->pos, {0}};
		stmt(&c, l->items[i]);
		flush(&c);
	}
}
