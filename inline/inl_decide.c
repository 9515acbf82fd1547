// inl_decide.c: Go 1.19's inlining decisions and their -m messages.
//
// Go visits functions bottom-up by strongly connected components of the
// reference graph (the same Tarjan walk as escape analysis), and for each
// function of a component, in the component's order:
//   1. CanInline: the function inlines unless it is marked //go:noinline,
//      holds a construct Go cannot inline (go, defer, recover, a type
//      declaration), costs more than 80, or is alone in a recursive
//      component;
//   2. InlineCalls: every call (post-order) to an inlinable callee whose
//      cost fits the caller's limit (80, or 20 in a caller of more than
//      5000 nodes) is inlined, and the callee's own calls are then
//      considered again inside the copy (mid-stack inlining), reported at
//      the outermost call's position.
// Messages are printed as they are produced, before any escape message,
// which is Go's order.
#include "inline/inl_internal.h"
#include "inline/inl_walk.h"
#include "frontend/frontend.h"

#include <stdarg.h>
#include <stdlib.h>

struct InlState {
	const InlOptions *opt;
	struct { InlFunc **items; int len, cap; } table;   // open addressing by Sym*
	int ntable;
	struct { InlFunc **items; int len, cap; } stack;   // Tarjan
	uint32_t gen;
	Sym *curfn;              // InlineCalls: the function being edited
	int32_t max_cost;
	struct { Node **items; int len, cap; } no_inline;  // go/defer calls
	int *noinline_lines;
	int nnoinline;
	bool costs_only;         // inl_costs: no call-site marks
	Arena arena;
};

// {==================== per-function state ====================

static size_t slot_of(InlState *s, Sym *fn)
{
	size_t mask = (size_t)s->table.cap - 1;
	size_t h = ((uintptr_t)fn >> 4) * 0x9E3779B97F4A7C15ull & mask;
	while (s->table.items[h] && s->table.items[h]->sym != fn)
		h = (h + 1) & mask;
	return h;
}

InlFunc *inl_func(InlState *s, Sym *fn)
{
	if (2 * (s->ntable + 1) > s->table.cap) {
		InlFunc **old = s->table.items;
		int old_cap = s->table.cap;
		s->table.cap = old_cap ? 2 * old_cap : 256;
		s->table.items = calloc((size_t)s->table.cap, sizeof *s->table.items);
		if (!s->table.items)
			abort();
		for (int i = 0; i < old_cap; i++)
			if (old[i])
				s->table.items[slot_of(s, old[i]->sym)] = old[i];
		free(old);
	}
	size_t h = slot_of(s, fn);
	if (!s->table.items[h]) {
		InlFunc *f = arena_zalloc(&s->arena, sizeof *f);
		f->sym = fn;
		s->table.items[h] = f;
		s->ntable++;
	}
	return s->table.items[h];
}

int inl_m_level(InlState *s)
{
	return s->opt ? s->opt->m_level : 0;
}

static const char *name_of(InlState *s, Sym *fn)
{
	InlFunc *f = inl_func(s, fn);
	if (!f->name)
		f->name = inl_func_name(fn);
	return f->name;
}

static void say(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(Pos p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s:%d:%d: ", diag_filename, p.line, p.col);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

// }====================================================================
// {==================== static callees ====================

// The value a local variable always holds (Go's ir.StaticValue): a
// variable of this function, defined once and never reassigned nor
// addressed.
static Node *static_value(Node *n, Sym *curfn)
{
	for (int guard = 0; guard < 64; guard++) {
		n = ast_unparen(n);
		if (n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE) {
			n = n->u.conv.x;
			continue;
		}
		if (n->kind != ND_IDENT)
			return n;
		Sym *v = n->u.ident.sym;
		if (!v || v->kind != SYM_VAR || v->owner != curfn || v->is_param || v->is_result ||
		    v->is_global || v->addr_taken || v->reassigned || !v->decl)
			return n;
		Node *d = v->decl, *val = NULL;
		if (d->kind == ND_ASSIGN && d->u.assign.op == TOK_DEFINE &&
		    d->u.assign.lhs.len == d->u.assign.rhs.len) {
			for (int i = 0; i < d->u.assign.lhs.len; i++) {
				Node *l = d->u.assign.lhs.items[i];
				if (l->kind == ND_IDENT && l->u.ident.sym == v)
					val = d->u.assign.rhs.items[i];
			}
		} else if (d->kind == ND_VARSPEC && d->u.spec.values.len == d->u.spec.names.len) {
			for (int i = 0; i < d->u.spec.names.len; i++)
				if (d->u.spec.names.items[i]->u.ident.sym == v)
					val = d->u.spec.values.items[i];
		}
		if (!val)
			return n;
		n = val;
	}
	return n;
}

// The function a value always is: a literal, a declared function, or a
// method expression whose receiver is exactly the method's.
static Sym *callee_of_value(InlState *s, Node *v)
{
	if (v->kind == ND_FUNCLIT && v->u.funclit.fn) {
		inl_can_inline(s, v->u.funclit.fn);
		return v->u.funclit.fn;
	}
	if (v->kind == ND_IDENT && v->u.ident.sym && v->u.ident.sym->kind == SYM_FUNC &&
	    v->u.ident.sym->body)
		return v->u.ident.sym;
	if (v->kind == ND_SELECTOR && v->u.sel.sel == SEL_METHODEXPR && v->u.sel.method &&
	    v->u.sel.method->body && v->u.sel.method->recv_type &&
	    type_identical(v->u.sel.method->recv_type, v->u.sel.x->type))
		return v->u.sel.method;
	return NULL;
}

Sym *inl_static_callee(InlState *s, Node *call, Sym *curfn)
{
	Node *fn = ast_unparen(call->u.call.fn);
	switch (call->u.call.call) {
	case CALL_FUNC: case CALL_METHOD:
		return call->u.call.callee && call->u.call.callee->body ? call->u.call.callee : NULL;
	case CALL_METHODEXPR: {
		// Go only inlines T.M when the method's receiver is exactly T.
		Sym *m = call->u.call.callee;
		if (!m || !m->body || fn->kind != ND_SELECTOR || !m->recv_type ||
		    !type_identical(m->recv_type, fn->u.sel.x->type))
			return NULL;
		return m;
	}
	case CALL_FUNCLIT: case CALL_VALUE:
		return callee_of_value(s, static_value(fn, curfn));
	case CALL_UNRESOLVED: case CALL_IFACE: case CALL_CONV: case CALL_BUILTIN: case CALL_FMT:
	case CALL_SYNC:
		return NULL;
	}
	return NULL;
}

// }====================================================================
// {==================== CanInline ====================

static bool marked_noinline(InlState *s, Sym *fn)
{
	Node *d = fn->func_node;
	if (!d || d->kind != ND_FUNCDECL)
		return false;
	// A directive belongs to the declaration that follows it with no other
	// declaration in between; the caller passes the previous one's line.
	InlFunc *f = inl_func(s, fn);
	return f->noinline;
}

void inl_can_inline(InlState *s, Sym *fn)
{
	InlFunc *f = inl_func(s, fn);
	int m = inl_m_level(s);
	Pos pos = inl_func_pos(fn);
	if (marked_noinline(s, fn)) {
		if (m > 1)
			say(pos, "cannot inline %s: marked go:noinline", name_of(s, fn));
		return;
	}
	if (!fn->body) {
		if (m > 1)
			say(pos, "cannot inline %s: no function body", name_of(s, fn));
		return;
	}
	if (f->checked)
		return;
	f->checked = true;
	int32_t cost;
	const char *reason;
	char buf[96];
	if (inl_body_cost(s, fn, &cost, &reason) && cost > INL_BUDGET) {
		snprintf(buf, sizeof buf, "function too complex: cost %d exceeds budget %d", cost,
			 INL_BUDGET);
		reason = buf;
	}
	if (reason) {
		if (m > 1)
			say(pos, "cannot inline %s: %s", name_of(s, fn), reason);
		return;
	}
	fn->inl_ok = true;
	fn->inl_cost = cost;
	if (m > 1)
		say(pos, "can inline %s with cost %d as: %s", name_of(s, fn), cost,
		    inl_body_summary(fn));
	else if (m == 1)
		say(pos, "can inline %s", name_of(s, fn));
}

// }====================================================================
// {==================== InlineCalls ====================

typedef struct Edit {
	InlState *s;
	Sym *body_fn;     // whose body is walked (the callee, mid-stack)
	Pos at;           // mid-stack: the outermost call's position
	bool top;         // walking curfn's own body: annotate the calls
	Node *call;       // mid-stack: the call being expanded ...
	struct Edit *parent;  // ... and the walk it was found in
} Edit;

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

// Inside an inlined copy Go's locals are fresh variables it cannot see
// through, but a parameter is bound to its argument, which it can.
static Sym *value_callee(InlState *s, Edit *e, Node *v)
{
	if (e->top)
		return callee_of_value(s, static_value(v, e->body_fn));
	v = ast_unparen(v);
	if (v->kind == ND_IDENT && v->u.ident.sym && v->u.ident.sym->kind == SYM_VAR) {
		Sym *p = v->u.ident.sym;
		if (p->owner != e->body_fn || !p->is_param || p->reassigned || p->addr_taken)
			return NULL;
		Node *arg = arg_for(e->call, e->body_fn, p);
		return arg ? value_callee(s, e->parent, arg) : NULL;
	}
	return callee_of_value(s, v);
}

static Sym *callee_in(InlState *s, Edit *e, Node *call)
{
	if (e->top || (call->u.call.call != CALL_VALUE && call->u.call.call != CALL_FUNCLIT))
		return inl_static_callee(s, call, e->body_fn);
	return value_callee(s, e, call->u.call.fn);
}

static void inline_call(InlState *s, Edit *from, Node *call, Sym *callee, Pos at);

static bool edit_pre(Node *n, void *ctx)
{
	Edit *e = ctx;
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
		if (k >= 0 && k <= s->max_cost && inl_m_level(s) > 0)
			say(at, "inlining call to %s", name);
		return true;
	}
	Sym *callee = callee_in(s, e, n);
	if (callee)
		inline_call(s, e, n, callee, at);
	return true;
}

// Go's mkinlcall: inlines callee at call (or, mid-stack, inside a copy).
static void inline_call(InlState *s, Edit *from, Node *call, Sym *callee, Pos at)
{
	bool top = from->top;
	if (!callee->inl_ok || callee->inl_cost > s->max_cost || callee == s->curfn)
		return;
	InlFunc *f = inl_func(s, callee);
	if (f->on_path) {
		if (inl_m_level(s) > 1)
			say(at, "cannot inline %s into %s: repeated recursive cycle",
			    name_of(s, callee), name_of(s, s->curfn));
		return;
	}
	f->on_path = true;
	if (inl_m_level(s) > 0)
		say(at, "inlining call to %s", name_of(s, callee));
	if (top && !s->costs_only)
		call->u.call.inl_callee = callee;
	Edit e = {s, callee, at, false, call, from};
	inl_walk(callee->body, edit_pre, edit_post, &e);
	f->on_path = false;
}

static void inline_calls(InlState *s, Sym *fn)
{
	if (!fn->body)
		return;
	s->curfn = fn;
	s->max_cost = inl_node_count(fn) >= INL_BIG_NODES ? INL_BIG_MAX_COST : INL_BUDGET;
	s->no_inline.len = 0;
	Edit e = {s, fn, {0, 0}, true, NULL, NULL};
	inl_walk(fn->body, edit_pre, edit_post, &e);
	s->curfn = NULL;
}

// }====================================================================
// {==================== bottom-up order ====================

static uint32_t scc_visit(InlState *s, Sym *fn);

typedef struct Refs {
	InlState *s;
	uint32_t min;
} Refs;

static void ref(Refs *r, Sym *fn)
{
	if (!fn || fn->kind != SYM_FUNC || !fn->body)
		return;
	uint32_t m = scc_visit(r->s, fn);
	if (m < r->min)
		r->min = m;
}

static bool refs_pre(Node *n, void *ctx)
{
	Refs *r = ctx;
	switch (n->kind) {
	case ND_IDENT:
		if (n->u.ident.sym && n->u.ident.sym->kind == SYM_FUNC)
			ref(r, n->u.ident.sym);
		break;
	case ND_SELECTOR:
		if (n->u.sel.sel == SEL_METHOD || n->u.sel.sel == SEL_METHODEXPR)
			ref(r, n->u.sel.method);
		break;
	case ND_FUNCLIT:
		ref(r, n->u.funclit.fn);
		break;
	default:
		break;
	}
	return true;
}

static int count_non_closures(InlFunc **fns, int n)
{
	int k = 0;
	for (int i = 0; i < n; i++)
		k += !fns[i]->sym->outer && !(fns[i]->sym->func_node &&
			fns[i]->sym->func_node->kind == ND_FUNCLIT);
	return k;
}

static void process(InlState *s, InlFunc **fns, int n, bool recursive)
{
	int nfns = count_non_closures(fns, n);
	for (int i = 0; i < n; i++) {
		Sym *fn = fns[i]->sym;
		if (!recursive || nfns > 1)
			inl_can_inline(s, fn);
		else if (inl_m_level(s) > 1)
			say(inl_func_pos(fn), "cannot inline %s: recursive", name_of(s, fn));
		inline_calls(s, fn);
	}
}

static uint32_t scc_visit(InlState *s, Sym *fn)
{
	InlFunc *f = inl_func(s, fn);
	if (f->scc_id)
		return f->scc_id;
	uint32_t id = ++s->gen;
	f->scc_id = id;
	Refs r = {s, ++s->gen};
	vec_push(&s->arena, &s->stack, f);
	inl_walk(fn->body, refs_pre, NULL, &r);
	bool hidden = fn->outer != NULL;
	if ((r.min == id || r.min == id + 1) && !hidden) {
		bool recursive = r.min == id;
		int i = s->stack.len - 1;
		for (; i >= 0; i--) {
			s->stack.items[i]->scc_id = UINT32_MAX;
			if (s->stack.items[i] == f)
				break;
		}
		int n = s->stack.len - i;
		InlFunc **block = xmalloc((size_t)n * sizeof *block);
		memcpy(block, s->stack.items + i, (size_t)n * sizeof *block);
		s->stack.len = i;
		process(s, block, n, recursive);
		free(block);
	}
	return r.min;
}

// }====================================================================

typedef struct Roots {
	Arena *arena;
	struct { Sym **items; int len, cap; } fns;
} Roots;

// Package-level function literals are functions of their own (glob..funcN).
static bool global_lits(Node *n, void *ctx)
{
	Roots *r = ctx;
	if (n->kind == ND_FUNCLIT && n->u.funclit.fn) {
		vec_push(r->arena, &r->fns, n->u.funclit.fn);
		return false;
	}
	return true;
}

static int cmp_pos(const void *a, const void *b)
{
	const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
	Pos p = x->func_node ? x->func_node->pos : x->pos, q = y->func_node ? y->func_node->pos : y->pos;
	if (p.line != q.line)
		return p.line < q.line ? -1 : 1;
	return p.col < q.col ? -1 : p.col > q.col;
}

// Attaches each //go:noinline line to the function declared next, when
// no other declaration comes in between.
static void attach_directives(InlState *s, Node *file)
{
	int nd = lex_noinline_count();
	NodeList *decls = &file->u.file.decls;
	for (int k = 0; k < nd; k++) {
		int line = lex_noinline_line(k);
		for (int i = 0; i < decls->len; i++) {
			Node *d = decls->items[i];
			if (d->pos.line <= line)
				continue;
			if (d->kind == ND_FUNCDECL && d->u.func.sym)
				inl_func(s, d->u.func.sym)->noinline = true;
			break;
		}
	}
}

static void run(Node *file, const InlOptions *opt, bool costs_only)
{
	if (!file || file->kind != ND_FILE)
		return;
	InlState s = {.opt = opt, .costs_only = costs_only};
	attach_directives(&s, file);
	Roots roots = {.arena = &s.arena};
	NodeList *decls = &file->u.file.decls;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->items[i];
		if (d->kind == ND_FUNCDECL && d->u.func.sym && d->u.func.body)
			vec_push(&s.arena, &roots.fns, d->u.func.sym);
		else if (d->kind == ND_DECLSTMT)
			inl_walk(d, global_lits, NULL, &roots);
	}
	qsort(roots.fns.items, (size_t)roots.fns.len, sizeof *roots.fns.items, cmp_pos);
	for (int i = 0; i < roots.fns.len; i++)
		scc_visit(&s, roots.fns.items[i]);
	fflush(stderr);
	free(s.table.items);
	arena_free(&s.arena);
}

void inl_decide(Node *file, const InlOptions *opt)
{
	run(file, opt, false);
}

void inl_costs(Node *file)
{
	InlOptions quiet = {0};
	run(file, &quiet, true);
}
