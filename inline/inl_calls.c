// inl_calls.c: Go's InlineCalls — which calls of a function inline.
//
// The body is walked post-order (a call's arguments before the call). A
// call inlines when its callee is statically known (inl_decide.c), can
// inline, fits the caller's limit and is not the caller itself; the
// callee's body is then walked again as the inlined copy (mid-stack), its
// messages reported at the outermost call. Two things only exist in the
// copy and are modelled here:
//  - a parameter of the copy is bound to its argument, so a function
//    passed to an inlined function is a static callee inside it;
//  - every function literal of the copy is a new closure of the caller,
//    numbered after the caller's own (main.func3), and one returned as the
//    copy's only result is what the call evaluates to, so `mk()(x)` or
//    `f := mk(); f(x)` call that closure statically.
#include "inline/inl_internal.h"
#include "inline/inl_walk.h"
#include "inline/inl_wrapcalls.h"

typedef struct Edit {
	InlState *s;
	Sym *body_fn;         // whose body is walked (the callee, mid-stack)
	Pos at;               // mid-stack: the outermost call's position
	bool top;             // walking curfn's own body: annotate the calls
	Node *call;           // mid-stack: the call being expanded ...
	struct Edit *parent;  // ... and the walk it was found in
	int cfirst, cn;       // mid-stack: the copies this expansion made
} Edit;

// What a call reaches: a function, or the copy of a literal.
typedef struct Target {
	Sym *sym;
	InlCopy *copy;
} Target;

static void inline_call(InlState *s, Edit *from, Node *call, Target t, Pos at);

// A call of a copy not inlined because its callee was being inlined
// already (a recursive cycle), while inlining `root`, a call of curfn's
// own body.
struct InlRefusal {
	Node *root, *call;
	Sym *callee;
	Pos at;
};

// {==================== copies of function literals ====================

static bool skip_dead(Node *n, void *ctx)
{
	(void)ctx;
	return !inl_dead(n);
}

// Post-order: Go names a copied literal when it has copied its body, so
// literals nested in it take their numbers first (all the caller's:
// main.func7 inside main.func8, not main.func8.1).
static bool collect_lits(Node *n, void *ctx)
{
	InlState *s = ctx;
	if (n->kind != ND_FUNCLIT)
		return true;
	inl_walk(n->u.funclit.body, skip_dead, collect_lits, s);   // (inl_walk stays out)
	if (n->u.funclit.fn) {
		Sym *cur = s->curfn;
		s->clos_next++;
		InlCopy c = {
			.orig = n->u.funclit.fn,
			.name = arena_sprintf(&s->arena, cur->outer ? "%s.%d" : "%s.func%d",
				inl_name_of(s, cur), s->clos_next),
		};
		vec_push(&s->arena, &s->copies, c);
	}
	return true;
}

static bool count_lits(Node *n, void *ctx)
{
	InlState *s = ctx;
	if (n->kind == ND_FUNCLIT && n->u.funclit.fn && n->u.funclit.index > s->clos_next)
		s->clos_next = n->u.funclit.index;
	return n->kind != ND_FUNCLIT;
}

static InlCopy *copy_in(InlState *s, int first, int n, Sym *orig)
{
	for (int i = first; i < first + n; i++)
		if (s->copies.items[i].orig == orig)
			return &s->copies.items[i];
	return NULL;
}

// Go can take an inlined call's value from its copy only when the callee
// has exactly one return statement (literals' own returns aside), with a
// value, and unnamed results: the result variable is then defined once,
// by that return.
static bool find_returns(Node *n, void *ctx)
{
	Node **ret = ctx;
	if (n->kind == ND_FUNCLIT || inl_dead(n))
		return false;
	if (n->kind == ND_RETURN) {
		ret[1] = ret[0] || !n->u.ret.results.len ? n : ret[1];
		ret[0] = n;
	}
	return true;
}

static Node *single_result(Sym *callee)
{
	for (int i = 0; i < callee->results.len; i++) {
		const char *nm = callee->results.items[i]->name;
		if (nm && nm[0] && strcmp(nm, "_") != 0 && nm[0] != '~')
			return NULL;
	}
	Node *ret[2] = {NULL, NULL};   // the last return seen; one that disqualifies
	inl_walk(callee->body, find_returns, NULL, ret);
	if (!ret[0] || ret[1] || ret[0]->u.ret.results.len != 1)
		return NULL;
	return ast_unparen(ret[0]->u.ret.results.items[0]);
}

// What an inlined call of curfn's body evaluates to, when Go's StaticValue
// sees it: the copy of a literal it returns, or a declared function
// (func() func(*int) *int { return id }()(p) calls id).
static Target result_target(InlState *s, Node *call)
{
	for (int i = s->expansions.len - 1; i >= 0; i--) {
		InlExpansion *x = &s->expansions.items[i];
		if (x->call != call)
			continue;
		Node *v = single_result(x->callee);
		if (!v)
			return (Target){NULL, NULL};
		if (v->kind != ND_FUNCLIT) {
			if (v->kind == ND_IDENT && v->u.ident.sym && v->u.ident.sym->kind == SYM_FUNC)
				return (Target){inl_callee_of_value(s, v), NULL};
			return (Target){NULL, NULL};
		}
		InlCopy *c = v->u.funclit.fn ? copy_in(s, x->first, x->n, v->u.funclit.fn) : NULL;
		return (Target){c ? c->orig : NULL, c};
	}
	return (Target){NULL, NULL};
}

static void copy_can_inline(InlState *s, InlCopy *c);

typedef struct NestedCopies {
	InlState *s;
	InlCopy *c;
} NestedCopies;

// A call in a copy's body of a literal copied with it: Go's cost walk of
// the copy judges that copy first (inlCallee), with its own message.
static bool nested_call(Node *n, void *ctx)
{
	NestedCopies *k = ctx;
	if (inl_dead(n))
		return false;
	if (n->kind != ND_CALL ||
	    (n->u.call.call != CALL_FUNCLIT && n->u.call.call != CALL_VALUE))
		return true;
	Node *fx = ast_unparen(n->u.call.fn);
	Node *v = n->u.call.call == CALL_FUNCLIT ? fx : inl_static_value(fx, k->c->orig);
	if (v && v->kind == ND_FUNCLIT && v->u.funclit.fn) {
		InlCopy *cc = copy_in(k->s, k->c->first, k->c->n, v->u.funclit.fn);
		if (cc && cc != k->c)
			copy_can_inline(k->s, cc);
	}
	return true;
}

// CanInline on a copy: the literal's decision under the copy's name,
// taken without deciding the literal itself (Go decides that later, in
// its own turn, with its own message).
static void copy_can_inline(InlState *s, InlCopy *c)
{
	if (c->said)
		return;
	c->said = true;
	Sym *o = c->orig;
	if (c->n) {
		NestedCopies k = {s, c};
		inl_walk(o->body, nested_call, NULL, &k);
	}
	const char *reason = NULL;
	if (o->inl_ok || inl_func(s, o)->checked) {
		c->ok = o->inl_ok;
		c->cost = o->inl_cost;
	} else {
		c->ok = inl_body_cost(s, o, &c->cost, &reason) && c->cost <= INL_BUDGET;
	}
	int m = inl_m_level(s);
	Pos pos = inl_func_pos(o);
	if (!c->ok)
		return;
	if (m > 1)
		inl_say(pos, "can inline %s with cost %d as: %s", c->name, c->cost, inl_body_summary(o));
	else if (m == 1)
		inl_say(pos, "can inline %s", c->name);
}

// }====================================================================
// {==================== static callees in a copy ====================

// The argument a call passes for parameter v of its callee, or NULL.
static Node *arg_for(Node *call, Sym *callee, Sym *v)
{
	int i = 0;
	while (i < callee->params.len && callee->params.items[i] != v)
		i++;
	if (i == callee->params.len)
		return NULL;
	Node *fn = ast_unparen(call->u.call.fn);
	if (callee->recv_type) {
		if (i == 0)
			return call->u.call.call == CALL_METHOD && fn->kind == ND_SELECTOR ? fn->u.sel.x : NULL;
		if (call->u.call.call == CALL_METHOD)
			i--;
	}
	Type *sig = call->u.call.ftype;
	if (call->u.call.spread || (sig && sig->variadic && i >= sig->fields.len - 1))
		return NULL;
	NodeList *a = &call->u.call.args;
	if (a->len == 1 && a->items[0]->type && a->items[0]->type->kind == TY_TUPLE)
		return NULL;
	return i < a->len ? a->items[i] : NULL;
}

static Target resolve(InlState *s, Edit *e, Sym *sym)
{
	Target t = {sym, NULL};
	if (sym && !e->top)
		t.copy = copy_in(s, e->cfirst, e->cn, sym);
	return t;
}

// Inside an inlined copy Go's locals are fresh variables it cannot see
// through, but a parameter is bound to its argument, which it can.
static Target value_target(InlState *s, Edit *e, Node *v)
{
	if (e->top) {
		Node *sv = inl_static_value(v, e->body_fn);
		if (sv->kind == ND_CALL)
			return result_target(s, sv);
		return (Target){inl_callee_of_value(s, sv), NULL};
	}
	v = ast_unparen(v);
	if (v->kind == ND_IDENT && v->u.ident.sym && v->u.ident.sym->kind == SYM_VAR) {
		Sym *p = v->u.ident.sym;
		// A literal inlined into the function whose variable it captured
		// reads that variable itself.
		if (p->owner == s->curfn && p->owner != e->body_fn) {
			Node *sv = inl_static_value(v, s->curfn);
			return (Target){sv->kind == ND_IDENT && sv->u.ident.sym == p ? NULL :
				inl_callee_of_value(s, sv), NULL};
		}
		if (p->owner != e->body_fn || !p->is_param || p->reassigned || p->addr_taken)
			return (Target){NULL, NULL};
		Node *arg = arg_for(e->call, e->body_fn, p);
		return arg ? value_target(s, e->parent, arg) : (Target){NULL, NULL};
	}
	if (v->kind == ND_FUNCLIT && v->u.funclit.fn) {
		InlCopy *c = copy_in(s, e->cfirst, e->cn, v->u.funclit.fn);
		if (c)
			return (Target){c->orig, c};
	}
	return resolve(s, e, inl_callee_of_value(s, v));
}

static Target target_of(InlState *s, Edit *e, Node *call)
{
	CallKind k = call->u.call.call;
	if (k == CALL_VALUE || k == CALL_FUNCLIT)
		return value_target(s, e, call->u.call.fn);
	return resolve(s, e, inl_static_callee(s, call, e->body_fn));
}

// }====================================================================
// {==================== the walk ====================

static bool edit_pre(Node *n, void *ctx)
{
	Edit *e = ctx;
	if (inl_dead(n))
		return false;
	if (n->kind == ND_GO || n->kind == ND_DEFER)
		vec_push(&e->s->arena, &e->s->no_inline, ast_unparen(n->u.go.call));
	return true;
}

static bool is_no_inline(InlState *s, Node *call)
{
	for (int i = s->no_inline.len - 1; i >= 0; i--)
		if (s->no_inline.items[i] == call)
			return true;
	return false;
}

static bool edit_post(Node *n, void *ctx)
{
	Edit *e = ctx;
	InlState *s = e->s;
	if (n->kind != ND_CALL || is_no_inline(s, n))
		return true;
	Pos at = e->top ? n->pos : e->at;
	if (n->u.call.call == CALL_FMT || n->u.call.call == CALL_SYNC) {
		const char *name;
		int k = inl_stdlib_cost(n, &name);
		if (k >= 0 && k <= s->max_cost && n->u.call.builtin == BI_LIB && !s->costs_only)
			n->u.call.inl_callee = n->u.call.callee;   // Go inlines it (-m text; never expanded)
		if (k >= 0 && k <= s->max_cost && inl_m_level(s) > 0) {
			inl_say(at, "inlining call to %s", name);
			for (const char *c = inl_stdlib_chain(n); *c;) {
				const char *bar = strchr(c, '|');
				int len = bar ? (int)(bar - c) : (int)strlen(c);
				inl_say(at, "inlining call to %.*s", len, c);
				c += len + (bar != NULL);
			}
		}
		return true;
	}
	Target t = target_of(s, e, n);
	if (t.sym)
		inline_call(s, e, n, t, at);
	return true;
}

// Go edits an inlined call's arguments once more after inlining it, with
// only its callee being inlined: a call their copies refused as a
// recursive cycle is inlined then (escgen seed 16705).
static bool retry_post(Node *n, void *ctx)
{
	InlState *s = ctx;
	if (n->kind != ND_CALL || !n->u.call.inl_callee)
		return true;
	for (int i = 0; i < s->refused.len; i++) {
		struct InlRefusal r = s->refused.items[i];
		if (r.root != n || inl_func(s, r.callee)->on_path)
			continue;
		Edit mid = {s, NULL, r.at, false, NULL, NULL, 0, 0};
		Node *saved = s->root;
		s->root = NULL;   // (what it refuses in turn is not tried again)
		s->retry_seq = inl_mark_seq(n);   // (the copy it edits was made then)
		inline_call(s, &mid, r.call, (Target){r.callee, NULL}, r.at);
		s->retry_seq = 0;
		s->root = saved;
	}
	return true;
}

static void retry_args(InlState *s, Node *call)
{
	if (!s->refused.len)
		return;
	inl_walk(call->u.call.fn, skip_dead, retry_post, s);
	for (int i = 0; i < call->u.call.args.len; i++)
		inl_walk(call->u.call.args.items[i], skip_dead, retry_post, s);
}

// Go's mkinlcall: inlines t at call (or, mid-stack, inside a copy).
static void inline_call(InlState *s, Edit *from, Node *call, Target t, Pos at)
{
	Sym *callee = t.sym;
	bool ok = callee->inl_ok;
	int32_t cost = callee->inl_cost;
	if (t.copy) {
		copy_can_inline(s, t.copy);
		ok = t.copy->ok;
		cost = t.copy->cost;
	}
	if (!ok || cost > s->max_cost || callee == s->curfn)
		return;
	InlFunc *f = inl_func(s, callee);
	const char *name = t.copy ? t.copy->name : inl_name_of(s, callee);
	if (f->on_path) {
		if (inl_m_level(s) > 1)
			inl_say(at, "cannot inline %s into %s: repeated recursive cycle", name,
				inl_name_of(s, s->curfn));
		if (!from->top && !t.copy && s->root) {
			struct InlRefusal r = {s->root, call, callee, at};
			vec_push(&s->arena, &s->refused, r);
		}
		return;
	}
	f->on_path = true;
	if (inl_m_level(s) > 0)
		inl_say(at, "inlining call to %s", name);
	if (from->top && !s->costs_only) {
		call->u.call.inl_callee = callee;
		inl_note_mark(call, ++s->seq);
	} else if (!s->costs_only && !t.copy && !call->u.call.inl_callee) {
		inl_note_midstack(call, callee, s->retry_seq ? s->retry_seq : s->seq);
	}
	Node *saved_root = s->root;
	if (from->top) {
		retry_args(s, call);
		s->root = call;
	}
	int first = s->copies.len;
	inl_walk(callee->body, skip_dead, collect_lits, s);
	for (int i = first; i < s->copies.len; i++) {
		s->copies.items[i].first = first;
		s->copies.items[i].n = s->copies.len - first;
	}
	if (from->top) {
		InlExpansion x = {call, callee, first, s->copies.len - first};
		vec_push(&s->arena, &s->expansions, x);
	}
	Edit e = {s, callee, at, false, call, from, first, s->copies.len - first};
	inl_walk(callee->body, edit_pre, edit_post, &e);
	s->root = saved_root;
	f->on_path = false;
}

void inl_inline_calls(InlState *s, Sym *fn)
{
	if (!fn->body)
		return;
	s->curfn = fn;
	s->max_cost = inl_node_count(fn) >= INL_BIG_NODES ? INL_BIG_MAX_COST : INL_BUDGET;
	s->no_inline.len = 0;
	s->expansions.len = 0;
	s->refused.len = 0;
	s->root = NULL;
	s->clos_next = 0;
	inl_walk(fn->body, count_lits, NULL, s);
	Edit e = {s, fn, {0, 0}, true, NULL, NULL, 0, 0};
	inl_walk(fn->body, edit_pre, edit_post, &e);
	s->curfn = NULL;
}

// {==================== the wrappers' copies ====================

// A wrapper's copy of method m inlines, mid-stack, the calls that can
// inline once the whole package is decided; m itself kept those whose
// callee came later in its recursive batch. Go never inlines a go/defer
// call, nor m into itself.
typedef struct WrapScan {
	InlState *s;
	Sym *m;
	struct { Node **items; int len, cap; } godefer;
} WrapScan;

static bool wrap_pre(Node *n, void *ctx)
{
	WrapScan *w = ctx;
	if (inl_dead(n))
		return false;
	if (n->kind == ND_GO || n->kind == ND_DEFER)
		vec_push(&w->s->arena, &w->godefer, ast_unparen(n->u.go.call));
	return true;
}

static bool wrap_post(Node *n, void *ctx)
{
	WrapScan *w = ctx;
	if (n->kind != ND_CALL || n->u.call.inl_callee)
		return true;
	CallKind k = n->u.call.call;
	if (k != CALL_FUNC && k != CALL_METHOD && k != CALL_METHODEXPR)
		return true;
	for (int i = 0; i < w->godefer.len; i++)
		if (w->godefer.items[i] == n)
			return true;
	Sym *f = inl_static_callee(w->s, n, w->m);
	// (a wrapper is far below the big-function limit: the budget is 80)
	if (!f || f == w->m || !f->inl_ok || f->inl_cost > INL_BUDGET || f->outer)
		return true;
	inl_wrapcalls_note(w->m, n, f);
	return true;
}

void inl_wrapcalls_find(InlState *s, Sym *m)
{
	if (!m || !m->recv_type || !m->inl_ok || !m->body || m->outer)
		return;
	WrapScan w = {s, m, {0}};
	inl_walk(m->body, wrap_pre, wrap_post, &w);
}
