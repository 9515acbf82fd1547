// deadcode.c: the code Go's dead-code pass removes before escape analysis.
//
// Go 1.19 runs a small dead-code eliminator (cmd/compile/internal/deadcode)
// on every function, closures included, after type checking and before
// devirtualisation and escape analysis. What it removes is never analysed:
// its allocations print nothing, its calls do not order the batches, its
// assignments do not count as reassignments. This file marks the same code
// dead (EscState.dead, by Node.id); every walker of the escape pass skips
// marked nodes. The rules, as Go applies them to a statement list:
//   - `if` with a constant condition (after folding `true && x` to x,
//     `false && x` to false, `true || x` to true, `false || x` to x): the
//     branch not taken is dead; if the taken branch ends in `return` or a
//     `panic(...)` statement and no label follows the `if` in its list,
//     every statement after the `if` is dead too;
//   - an expression switch whose tag (or `true` when there is none) and
//     case values are all constant keeps only the matching clause, else
//     `default`, else nothing (a clause with `fallthrough` stops this);
//   - then it recurses into blocks, loops, ifs, ranges, selects and switch
//     clauses (type switch clauses too);
//   - a function whose whole body is constant `if`s with empty branches and
//     `for false` loops (without init statements) becomes empty.
#include "escape/build.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

typedef struct Dead {
	EscState *s;
} Dead;

static void mark(Dead *d, Node *n);

static void mark_list(Dead *d, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		mark(d, l->items[i]);
}

static void mark(Dead *d, Node *n)
{
	if (n && n->id > 0 && n->id < d->s->ndead)
		d->s->dead[n->id] = true;
}

static Node *unparen(Node *n)
{
	while (n && n->kind == ND_PAREN)
		n = n->u.paren.x;
	return n;
}

// 1: constant true, 0: constant false, -1: not constant. Marks the operand
// a folded && / || drops.
static int fold(Dead *d, Node *c)
{
	c = unparen(c);
	if (!c)
		return -1;
	if (c->cval)
		return c->cval->kind == CV_BOOL ? c->cval->b : -1;
	if (c->kind != ND_BINARY || (c->u.binary.op != TOK_LAND && c->u.binary.op != TOK_LOR))
		return -1;
	int x = fold(d, c->u.binary.x);
	int y = fold(d, c->u.binary.y);
	bool and = c->u.binary.op == TOK_LAND;
	if (x < 0)
		return -1;
	if (x == (and ? 1 : 0))
		return y;           // true && y, false || y
	mark(d, c->u.binary.y);  // false && y, true || y
	return x;
}

static void stmts(Dead *d, NodeList *l);
static void stmt(Dead *d, Node *n);

// Go's IR generator splices nested blocks (and a label's statement) into
// the enclosing list and drops empty statements; the rules below see that
// flat list. A label is an entry of its own (the ND_LABELED node), followed
// by its statement.
typedef struct Flat {
	struct { Node **items; int len, cap; } v;
} Flat;

static void flatten(EscState *s, Flat *f, NodeList *l);

static void flatten_one(EscState *s, Flat *f, Node *n)
{
	if (!n || n->kind == ND_EMPTY)
		return;
	if (n->kind == ND_BLOCK) {
		flatten(s, f, &n->u.block.stmts);
		return;
	}
	vec_push(&s->arena, &f->v, n);
	if (n->kind == ND_LABELED)
		flatten_one(s, f, n->u.labeled.stmt);
}

static void flatten(EscState *s, Flat *f, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		flatten_one(s, f, l->items[i]);
}

// Does a branch end in `return` or a `panic(...)` statement?
static bool terminates(EscState *s, Node *branch)
{
	Flat f = {0};
	flatten_one(s, &f, branch);
	if (f.v.len == 0)
		return false;
	Node *last = f.v.items[f.v.len - 1];
	if (last->kind == ND_RETURN || last->kind == ND_INLDONE)
		return true;
	if (last->kind == ND_EXPRSTMT) {
		Node *c = unparen(last->u.exprstmt.x);
		return c->kind == ND_CALL && c->u.call.call == CALL_BUILTIN &&
			c->u.call.builtin == BI_PANIC;
	}
	return false;
}

static bool has_fallthrough(NodeList *body)
{
	for (int i = 0; i < body->len; i++) {
		Node *n = body->items[i];
		if (n->kind == ND_BRANCH && n->u.branch.tok == TOK_FALLTHROUGH)
			return true;
	}
	return false;
}

static bool const_equal(ConstVal *x, ConstVal *y)
{
	if (x->kind != y->kind)
		return false;
	ConstVal *r = const_compare(TOK_EQL, x, y);
	return r && r->kind == CV_BOOL && r->b;
}

static void kill_clause(Dead *d, Node *cl)
{
	mark(d, cl);
}

static void prune_switch(Dead *d, Node *n)
{
	Node *tag = n->u.sw.tag;
	ConstVal truth = {.kind = CV_BOOL, .b = true};
	ConstVal *x = &truth;
	if (tag) {
		if (!tag->cval)
			return;
		x = tag->cval;
	}
	NodeList *cl = &n->u.sw.clauses;
	Node *def = NULL;
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->items[i];
		if (c->u.clause.list.len == 0) {
			def = c;
			continue;
		}
		for (int j = 0; j < c->u.clause.list.len; j++) {
			Node *v = c->u.clause.list.items[j];
			if (!v->cval)
				return;
			if (const_equal(x, v->cval)) {
				if (has_fallthrough(&c->u.clause.body))
					return;
				for (int k = 0; k < cl->len; k++)
					if (cl->items[k] != c)
						kill_clause(d, cl->items[k]);
				return;
			}
		}
	}
	if (def) {
		if (has_fallthrough(&def->u.clause.body))
			return;
		for (int k = 0; k < cl->len; k++)
			if (cl->items[k] != def)
				kill_clause(d, cl->items[k]);
		return;
	}
	for (int k = 0; k < cl->len; k++)
		kill_clause(d, cl->items[k]);
}

static void stmts(Dead *d, NodeList *list)
{
	Flat f = {0};
	flatten(d->s, &f, list);
	int last_label = -1;
	for (int i = 0; i < f.v.len; i++)
		if (f.v.items[i]->kind == ND_LABELED)
			last_label = i;
	for (int i = 0; i < f.v.len; i++) {
		Node *n = f.v.items[i];
		if (n->kind == ND_LABELED)
			continue;  // its statement is the next entry
		bool cut = false;
		if (n->kind == ND_IF) {
			int c = fold(d, n->u.ifs.cond);
			if (c >= 0) {
				Node *taken = c ? n->u.ifs.then : n->u.ifs.els;
				mark(d, c ? n->u.ifs.els : n->u.ifs.then);
				if (taken && terminates(d->s, taken) && i > last_label)
					cut = true;
			}
		}
		if (n->kind == ND_SWITCH)
			prune_switch(d, n);
		stmt(d, n);
		if (cut) {
			for (int j = i + 1; j < f.v.len; j++)
				mark(d, f.v.items[j]);
			break;
		}
	}
}

static void stmt(Dead *d, Node *n)
{
	if (!n || d->s->dead[n->id])
		return;
	switch (n->kind) {
	case ND_BLOCK:
		stmts(d, &n->u.block.stmts);
		return;
	case ND_FOR:
		stmt(d, n->u.fors.body);
		return;
	case ND_RANGE:
		stmt(d, n->u.range.body);
		return;
	case ND_IF:
		if (n->u.ifs.then) {
			NodeList one = {&n->u.ifs.then, 1, 1};
			stmts(d, &one);
		}
		if (n->u.ifs.els) {
			NodeList one = {&n->u.ifs.els, 1, 1};  // a block, or an else-if
			stmts(d, &one);
		}
		return;
	case ND_SWITCH:
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			Node *c = n->u.sw.clauses.items[i];
			if (!d->s->dead[c->id])
				stmts(d, &c->u.clause.body);
		}
		return;
	case ND_TYPESWITCH:
		for (int i = 0; i < n->u.tsw.clauses.len; i++)
			stmts(d, &n->u.tsw.clauses.items[i]->u.clause.body);
		return;
	case ND_SELECT:
		for (int i = 0; i < n->u.sel_stmt.clauses.len; i++)
			stmts(d, &n->u.sel_stmt.clauses.items[i]->u.clause.body);
		return;
	default:
		return;
	}
}

static bool is_empty(EscState *s, Node *branch)
{
	Flat f = {0};
	flatten_one(s, &f, branch);
	return f.v.len == 0;
}

// Go empties a body made only of constant ifs with empty branches and
// `for false` loops.
static bool trivially_dead(Dead *d, NodeList *list)
{
	Flat f = {0};
	flatten(d->s, &f, list);
	if (f.v.len == 0)
		return false;
	for (int i = 0; i < f.v.len; i++) {
		Node *n = f.v.items[i];
		if (d->s->dead[n->id])
			continue;  // already gone
		switch (n->kind) {
		case ND_IF: {
			if (n->u.ifs.init || !unparen(n->u.ifs.cond)->cval)
				return false;
			bool then_empty = !n->u.ifs.then || d->s->dead[n->u.ifs.then->id] ||
				is_empty(d->s, n->u.ifs.then);
			bool els_empty = !n->u.ifs.els || d->s->dead[n->u.ifs.els->id] ||
				is_empty(d->s, n->u.ifs.els);
			if (!then_empty || !els_empty)
				return false;
			break;
		}
		case ND_FOR: {
			Node *c = n->u.fors.cond ? unparen(n->u.fors.cond) : NULL;
			if (n->u.fors.init || !c || !c->cval || c->cval->kind != CV_BOOL || c->cval->b)
				return false;
			break;
		}
		default:
			return false;
		}
	}
	return true;
}

static void func_body(Dead *d, Node *body);

static bool funclit_visit(Node *n, void *ctx)
{
	Dead *d = ctx;
	if (n->kind == ND_FUNCLIT) {
		func_body(d, n->u.funclit.body);
		return false;
	}
	if (n->kind == ND_INLCALL && !n->u.inl.nested && n->u.inl.call) {
		// A literal called where it stands, inlined away: still one of
		// Go's functions (devirtualised), pruned like any.
		Node *lit = ast_unparen(n->u.inl.call->u.call.fn);
		if (lit->kind == ND_FUNCLIT)
			func_body(d, lit->u.funclit.body);
	}
	if (n->kind == ND_INLCALL && n->u.inl.body) {
		// Go inlines bodies its dead-code pass has already pruned: the
		// copied body (the inlined block's last statement) is pruned alike.
		NodeList *l = &n->u.inl.body->u.block.stmts;
		Node *cb = l->len ? l->items[l->len - 1] : NULL;
		if (cb && cb->kind == ND_BLOCK) {
			stmts(d, &cb->u.block.stmts);
			if (trivially_dead(d, &cb->u.block.stmts))
				mark_list(d, &cb->u.block.stmts);
		}
	}
	return true;
}

static void func_body(Dead *d, Node *body)
{
	if (!body || body->kind != ND_BLOCK)
		return;
	stmts(d, &body->u.block.stmts);
	if (trivially_dead(d, &body->u.block.stmts))
		mark_list(d, &body->u.block.stmts);
	// Closures are functions of their own (still reached through live code
	// only: esc_visit skips what is dead).
	esc_visit(body, funclit_visit, d);
}

void esc_deadcode(EscState *s)
{
	s->ndead = s->nnodes;
	s->dead = arena_zalloc(&s->arena, (size_t)s->ndead);
	Dead d = {s};
	for (int i = 0; i < s->prog->funcs.len; i++) {
		Sym *f = s->prog->funcs.items[i];
		if (f->body)
			func_body(&d, f->body);
	}
}

// After the analysis: the same table, for the method wrappers' pass.
static bool *kept_dead;
static int nkept_dead;

void esc_keep_dead(EscState *s)
{
	free(kept_dead);
	kept_dead = NULL;
	nkept_dead = 0;
	if (!s || !s->dead)
		return;
	kept_dead = xmalloc((size_t)s->ndead);
	memcpy(kept_dead, s->dead, (size_t)s->ndead);
	nkept_dead = s->ndead;
}

bool esc_node_dead(Node *n)
{
	return n && n->id > 0 && n->id < nkept_dead && kept_dead[n->id];
}
