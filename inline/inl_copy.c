// inl_copy.c: deep copy of a callee's body for one inlined call site.
//
// Every local of the callee (parameters and results included, and those of
// the function literals inside it) gets a fresh Sym in the copy, so escape
// analysis and codegen see each inlined copy as variables of its own. All
// copied nodes take the position of the outermost call: Go reports escape
// decisions about inlined code there.
#include "inline/inl_expand_internal.h"
#include "inline/inline.h"

#include <stdlib.h>

void inl_copy_init(InlCopy *c, Sym *callee, Sym *into, Pos pos, int copy_no)
{
	memset(c, 0, sizeof *c);
	c->callee = callee;
	c->into = into;
	c->pos = pos;
	c->copy_no = copy_no;
}

// The function owning the copy of a variable owned by fn, or NULL when fn's
// variables are not copied. (References to the callee itself, a recursive
// call say, keep naming the callee.)
static Sym *new_owner(InlCopy *c, Sym *fn)
{
	if (fn == c->callee)
		return c->into;
	for (int i = c->syms.len - 1; i >= 0; i--)
		if (c->syms.items[i].from == fn)
			return c->syms.items[i].to;
	return NULL;
}

static Sym *lookup(InlCopy *c, Sym *s)
{
	for (int i = c->syms.len - 1; i >= 0; i--)
		if (c->syms.items[i].from == s)
			return c->syms.items[i].to;
	return NULL;
}

static void map_sym(InlCopy *c, Sym *from, Sym *to)
{
	InlSymPair p = {from, to};
	vec_push(&ast_arena, &c->syms, p);
}

static Sym *clone_sym(InlCopy *c, Sym *s)
{
	Sym *v = sym_new(s->kind, s->name, c->pos);
	int id = v->id;
	*v = *s;
	v->id = id;
	if (!c->in_lit)
		v->pos = c->pos;
	v->esc = NULL;
	v->cg = NULL;
	v->escapes = false;
	v->by_ref = false;
	v->inl_copy = c->copy_no;
	return v;
}

Sym *inl_fresh_var(InlCopy *c, Sym *s, Sym *owner, const char *name)
{
	Sym *v = clone_sym(c, s);
	v->owner = owner;
	if (name)
		v->name = name;
	if (owner == c->into)   // the callee's own variables are plain locals now
		v->is_param = v->is_result = v->is_recv = false;
	map_sym(c, s, v);
	vec_push(&ast_arena, &c->fresh, v);
	if (owner == c->into)
		vec_push(&ast_arena, &owner->locals, v);
	return v;
}

Sym *inl_copy_sym(InlCopy *c, Sym *s)
{
	if (!s)
		return NULL;
	Sym *m = lookup(c, s);
	if (m)
		return m;
	if (s->kind == SYM_LABEL) {
		Sym *v = clone_sym(c, s);
		map_sym(c, s, v);
		return v;
	}
	if (s->kind == SYM_VAR && !s->is_global && s->owner) {
		Sym *owner = new_owner(c, s->owner);
		if (owner) {
			Sym *v = inl_fresh_var(c, s, owner, NULL);
			if (owner != c->into)
				vec_push(&ast_arena, &owner->locals, v);
			else if (!s->is_param && !s->is_result && !s->inl_copy)
				v->inl_opaque = true;   // (a copy's copy keeps its flag)
			return v;
		}
	}
	return s;
}

static void remap_list(InlCopy *c, SymList *l)
{
	SymList out = {0};
	for (int i = 0; i < l->len; i++)
		vec_push(&ast_arena, &out, inl_copy_sym(c, l->items[i]));
	*l = out;
}

// A function literal inside the copied body becomes a new closure of the
// function that now contains it.
static void copy_funclit_sym(InlCopy *c, Node *lit)
{
	Sym *old = lit->u.funclit.fn;
	if (!old)
		return;
	Sym *fn = clone_sym(c, old);
	fn->outer = old->outer ? new_owner(c, old->outer) : c->into;
	if (!fn->outer)
		fn->outer = old->outer;
	fn->func_node = lit;
	map_sym(c, old, fn);
	// Parameters, results and locals keep their order in the new lists,
	// and their positions, as everything inside a literal does.
	c->in_lit++;
	SymList params = {0}, results = {0}, locals = {0};
	for (int i = 0; i < old->params.len; i++)
		vec_push(&ast_arena, &params, inl_fresh_var(c, old->params.items[i], fn, NULL));
	for (int i = 0; i < old->results.len; i++)
		vec_push(&ast_arena, &results, inl_fresh_var(c, old->results.items[i], fn, NULL));
	fn->params = params;
	fn->results = results;
	fn->locals = locals;
	for (int i = 0; i < old->locals.len; i++)
		if (!lookup(c, old->locals.items[i]))
			vec_push(&ast_arena, &fn->locals, inl_fresh_var(c, old->locals.items[i], fn, NULL));
	c->in_lit--;
	lit->u.funclit.fn = fn;
}

// Go names a literal copied into a function as a new closure of it,
// numbered after the function's own literals, in the order the copies are
// made (main.func3): one counter per function receiving copies.
static struct { Sym **fn; int *next; int len, cap; } closgen;

typedef struct OwnIndex {
	Sym *f;
	int k;
} OwnIndex;

static void max_own_index(Node **slot, void *ctx)
{
	Node *n = *slot;
	OwnIndex *o = ctx;
	if (n->kind == ND_FUNCLIT) {
		if (n->u.funclit.index > o->k)
			o->k = n->u.funclit.index;
		return;
	}
	// (a literal of f called where it is written, already inlined)
	Node *lit = n->kind == ND_INLCALL && n->u.inl.call ? ast_unparen(n->u.inl.call->u.call.fn) : NULL;
	if (lit && lit->kind == ND_FUNCLIT && lit->u.funclit.fn && lit->u.funclit.fn->outer == o->f &&
	    lit->u.funclit.index > o->k)
		o->k = lit->u.funclit.index;
	inl_children(n, max_own_index, ctx, false);
}

static int next_closure_index(Sym *f)
{
	for (int i = 0; i < closgen.len; i++)
		if (closgen.fn[i] == f)
			return ++closgen.next[i];
	if (closgen.len == closgen.cap) {
		closgen.cap = closgen.cap ? 2 * closgen.cap : 16;
		closgen.fn = xrealloc(closgen.fn, (size_t)closgen.cap * sizeof *closgen.fn);
		closgen.next = xrealloc(closgen.next, (size_t)closgen.cap * sizeof *closgen.next);
	}
	OwnIndex o = {f, 0};
	if (f->body)
		inl_children(f->body, max_own_index, &o, false);
	closgen.fn[closgen.len] = f;
	closgen.next[closgen.len] = o.k + 1;
	return closgen.next[closgen.len++];
}

static void copy_slot(Node **slot, void *ctx)
{
	*slot = inl_copy_tree(ctx, *slot);
}

// The copy takes the outermost call's position, except inside function
// literals, which keep their source positions as Go's do.
static void set_pos(InlCopy *c, Node *m)
{
	if (c->in_lit)
		return;
	if (!m->src_line)
		m->src_line = m->pos.line;
	m->pos = c->pos;
	if (m->pos2.line)
		m->pos2 = c->pos;
	if (m->kind == ND_SELECTOR)
		m->u.sel.name_pos = c->pos;
	else if (m->kind == ND_COMPOSITE)
		m->u.composite.rbrace = c->pos;
	else if (m->kind == ND_CASECLAUSE || m->kind == ND_COMMCLAUSE)
		m->u.clause.colon = c->pos;
	else if (m->kind == ND_RANGE)
		m->u.range.kw = c->pos;   // (-m=2's "for loop (range-deref)" note)
}

// Go copies a body as it was before calls in it were inlined, and inlines
// the copy's calls again; a closure called through a local of the body
// itself (f := func...; f(), or mk()(x) through Go's temporary) it can no
// longer see, since those locals are fresh variables without a definition.
static bool closure_lost(InlCopy *c, Node *call)
{
	if (c->in_lit || !call || call->kind != ND_CALL || call->u.call.call != CALL_VALUE)
		return false;
	Node *fn = ast_unparen(call->u.call.fn);
	if (fn->kind != ND_IDENT)
		return true;
	Sym *v = fn->u.ident.sym;
	if (!v || v->kind != SYM_VAR || v->is_global || v->owner != c->callee)
		return false;
	return !v->is_param && !v->is_result && !v->inl_copy;
}

// Go copies the body its dead-code pass left: a dead statement is not
// copied (its variables are not the caller's: no "moved to heap" for a
// huge array declared after `if true { return }`), a dead clause keeps
// only its case list. Dead operands of && and || are expressions, and
// stay.
static bool dead_stmt(Node *n)
{
	return n->kind >= ND_EMPTY && n->kind <= ND_RANGE && n->kind != ND_CASECLAUSE &&
		n->kind != ND_COMMCLAUSE && inl_dead(n);
}

// Calls inside the copy's function literals that stay calls (by Node.id):
// Go copies a literal's body as it was before its calls were inlined, and
// never inlines into the closure it makes of it. A later copy of that
// closure's body, inlined where it is called, inlines them again.
static struct { uint8_t *bits; int len; } held;

static void hold(Node *call)
{
	if (call->id <= 0)
		return;
	if (call->id >= held.len) {
		int len = call->id * 2 + 1024;
		held.bits = xrealloc(held.bits, (size_t)len);
		memset(held.bits + held.len, 0, (size_t)(len - held.len));
		held.len = len;
	}
	held.bits[call->id] = 1;
}

bool inl_held(Node *call)
{
	return call->id > 0 && call->id < held.len && held.bits[call->id];
}

// Calls inl_decide inlined only inside inlined copies (by Node.id of the
// callee body's call): in a recursive batch Go decides a function's own
// calls before the callee can inline, and its copies' calls after. With
// each, when it was decided (inl_decide's count of the calls it inlined
// into the function being edited) and when a call's own mark was: Go
// copies a body as it is at the time of the call it inlines, so a copy
// made earlier ignores what was decided later (a literal called where it
// is written is copied before its own calls are decided, in the batch).
static struct { Sym **callee; uint32_t *seq, *mark; int len; } midstack;

static void grow_midstack(int id)
{
	if (id < midstack.len)
		return;
	int len = id * 2 + 1024;
	midstack.callee = xrealloc(midstack.callee, (size_t)len * sizeof *midstack.callee);
	midstack.seq = xrealloc(midstack.seq, (size_t)len * sizeof *midstack.seq);
	midstack.mark = xrealloc(midstack.mark, (size_t)len * sizeof *midstack.mark);
	size_t k = (size_t)(len - midstack.len);
	memset(midstack.callee + midstack.len, 0, k * sizeof *midstack.callee);
	memset(midstack.seq + midstack.len, 0, k * sizeof *midstack.seq);
	memset(midstack.mark + midstack.len, 0, k * sizeof *midstack.mark);
	midstack.len = len;
}

void inl_note_midstack(Node *call, Sym *callee, uint32_t seq)
{
	if (call->id <= 0)
		return;
	grow_midstack(call->id);
	if (!midstack.callee[call->id])   // (the first decision is the earliest)
		midstack.seq[call->id] = seq;
	midstack.callee[call->id] = callee;
}

void inl_note_mark(Node *call, uint32_t seq)
{
	if (call->id <= 0)
		return;
	grow_midstack(call->id);
	midstack.mark[call->id] = seq;
}

uint32_t inl_mark_seq(Node *call)
{
	return call->id > 0 && call->id < midstack.len ? midstack.mark[call->id] : 0;
}

// Was the call's own mark set after the copy's time?
static bool marked_late(InlCopy *c, Node *call)
{
	// (a literal called where it is written can inline whenever it is
	// copied: its CanInline runs on demand)
	return c->limit && call && call->u.call.call != CALL_FUNCLIT && inl_mark_seq(call) > c->limit;
}

void inl_forget_held(void)
{
	free(held.bits);
	held.bits = NULL;
	held.len = 0;
	free(midstack.callee);
	free(midstack.seq);
	free(midstack.mark);
	memset(&midstack, 0, sizeof midstack);
	free(closgen.fn);
	free(closgen.next);
	memset(&closgen, 0, sizeof closgen);
}

// Go copies a callee's body as written and inlines its calls again, never
// one of a function being inlined around it (its inlMap) or the function
// compiled; mgo copies the body already expanded, so an inlined call of
// one of those goes back to being a call (escgen seed 16705: (*U).M and f6
// call each other).
static bool active_callee(InlCopy *c, Sym *f)
{
	if (!f)
		return false;
	if (f == c->into || f == c->callee)
		return true;
	for (int i = 0; i < c->nactive; i++)
		if (c->active[i] == f)
			return true;
	return false;
}

Node *inl_copy_tree(InlCopy *c, Node *n)
{
	if (!n)
		return NULL;
	if (!c->in_lit && n->kind == ND_INLCALL && n->u.inl.call && active_callee(c, n->u.inl.callee))
		return inl_copy_tree(c, n->u.inl.call);
	if (c->in_lit && n->kind == ND_INLCALL && n->u.inl.call) {
		Node *m = inl_copy_tree(c, n->u.inl.call);
		hold(m);
		return m;
	}
	if (dead_stmt(n)) {
		Node *b = ast_new(ND_BLOCK, c->in_lit ? n->pos : c->pos);
		b->pos2 = b->pos;
		return b;
	}
	if (n->kind == ND_INLCALL && !n->u.inl.nested &&
	    (closure_lost(c, n->u.inl.call) || marked_late(c, n->u.inl.call))) {
		// (a late mark may still have been inlined in the copies then)
		Node *m = inl_copy_tree(c, n->u.inl.call);
		if (closure_lost(c, n->u.inl.call))
			m->u.call.inl_callee = NULL;
		return m;
	}
	Node *m = ast_new(n->kind, c->pos);
	int id = m->id;
	*m = *n;
	m->id = id;
	m->escapes = false;
	vec_push(&ast_arena, &c->from, n);
	vec_push(&ast_arena, &c->to, m);
	set_pos(c, m);
	switch (m->kind) {
	case ND_IDENT:
		m->u.ident.sym = inl_copy_sym(c, m->u.ident.sym);
		break;
	case ND_FUNCLIT:
		copy_funclit_sym(c, m);
		break;
	case ND_LABELED:
		m->u.labeled.sym = inl_copy_sym(c, m->u.labeled.sym);
		break;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		m->u.clause.bind_sym = inl_copy_sym(c, m->u.clause.bind_sym);
		break;
	default:
		break;
	}
	if ((m->kind == ND_CASECLAUSE || m->kind == ND_COMMCLAUSE) && inl_dead(n))
		m->u.clause.body = (NodeList){0};
	if (m->kind == ND_FUNCLIT)
		c->in_lit++;
	inl_children(m, copy_slot, c, true);
	if (m->kind == ND_FUNCLIT)
		c->in_lit--;
	switch (m->kind) {
	case ND_CALL:
		m->u.call.callee = inl_copy_sym(c, m->u.call.callee);
		if (marked_late(c, n))
			m->u.call.inl_callee = NULL;
		// (the callee not expanded yet: its own call is still a call)
		if (!m->u.call.inl_callee && !c->in_lit && n->id > 0 && n->id < midstack.len &&
		    (!c->limit || midstack.seq[n->id] <= c->limit))
			m->u.call.inl_callee = midstack.callee[n->id];
		m->u.call.inl_callee = closure_lost(c, n) ? NULL : inl_copy_sym(c, m->u.call.inl_callee);
		if (c->in_lit && m->u.call.inl_callee)
			hold(m);
		break;
	case ND_FUNCLIT: {
		Sym *fn = m->u.funclit.fn;
		if (fn)
			fn->body = m->u.funclit.body;
		// (post-order: a literal nested in the copy is named first,
		// as a closure of c->into too: inl_name_outer)
		if (fn && fn->outer && inl_name_outer(fn) == c->into)
			m->u.funclit.index = next_closure_index(c->into);
		remap_list(c, &m->u.funclit.captures);
		break;
	}
	case ND_INLCALL:
		m->u.inl.callee = inl_copy_sym(c, m->u.inl.callee);
		m->u.inl.label = inl_new_label();
		m->u.inl.nested = true;
		break;
	default:
		break;
	}
	return m;
}

static Node *copied(InlCopy *c, Node *n)
{
	for (int i = 0; i < c->from.len; i++)
		if (c->from.items[i] == n)
			return c->to.items[i];
	return n;
}

void inl_copy_finish(InlCopy *c)
{
	for (int i = 0; i < c->to.len; i++) {
		Node *m = c->to.items[i];
		if (m->kind == ND_BRANCH && m->u.branch.target)
			m->u.branch.target = copied(c, m->u.branch.target);
		else if (m->kind == ND_INLDONE && m->u.inl_done.inl)
			m->u.inl_done.inl = copied(c, m->u.inl_done.inl);
	}
	for (int i = 0; i < c->fresh.len; i++) {
		Sym *v = c->fresh.items[i];
		if (v->decl)
			v->decl = copied(c, v->decl);
	}
}
