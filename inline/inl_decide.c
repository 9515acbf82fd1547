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
#include "inline/inl_wrapcalls.h"
#include "frontend/frontend.h"
#include "escape/build.h"

#include <stdarg.h>
#include <stdlib.h>


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

const char *inl_name_of(InlState *s, Sym *fn)
{
	InlFunc *f = inl_func(s, fn);
	if (!f->name)
		f->name = inl_func_name(fn);
	return f->name;
}

void inl_say(Pos p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char at[32];
	fprintf(stderr, "%s:%s: ", diag_filename, diag_pos_text(at, p));   // (no column past Go's 255)
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

// }====================================================================
// {==================== static callees ====================

// The value a local variable always holds (Go's ir.StaticValue): a
// variable of this function, defined once and never reassigned nor
// addressed.
Node *inl_static_value(Node *n, Sym *curfn)
{
	for (int guard = 0; guard < 64; guard++) {
		n = ast_unparen(n);
		if (n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE) {
			n = n->u.conv.x;
			continue;
		}
		// T(f) between function types changes no bits (Go's OCONVNOP)
		if (n->kind == ND_CALL && n->u.call.call == CALL_CONV && n->u.call.args.len == 1 &&
		    n->type && type_underlying(n->type)->kind == TY_FUNC) {
			n = n->u.call.args.items[0];
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
Sym *inl_callee_of_value(InlState *s, Node *v)
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
		return inl_callee_of_value(s, inl_static_value(fn, curfn));
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
	return inl_func(s, fn)->noinline;   // set by attach_directives
}

void inl_can_inline(InlState *s, Sym *fn)
{
	InlFunc *f = inl_func(s, fn);
	int m = inl_m_level(s);
	Pos pos = inl_func_pos(fn);
	if (marked_noinline(s, fn)) {
		if (m > 1)
			inl_say(pos, "cannot inline %s: marked go:noinline", inl_name_of(s, fn));
		return;
	}
	if (!fn->body) {
		if (m > 1)
			inl_say(pos, "cannot inline %s: no function body", inl_name_of(s, fn));
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
			inl_say(pos, "cannot inline %s: %s", inl_name_of(s, fn), reason);
		return;
	}
	fn->inl_ok = true;
	fn->inl_cost = cost;
	if (m > 1)
		inl_say(pos, "can inline %s with cost %d as: %s", inl_name_of(s, fn), cost,
		    inl_body_summary(fn));
	else if (m == 1)
		inl_say(pos, "can inline %s", inl_name_of(s, fn));
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
	if (inl_dead(n))
		return false;
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
	case ND_CALL: {
		// A method call reaches its receiver's callees before the method
		// (mk().Pop() visits mk first); a method value does the opposite.
		Node *fn = ast_unparen(n->u.call.fn);
		if (n->u.call.call != CALL_METHOD || fn->kind != ND_SELECTOR || fn->u.sel.sel != SEL_METHOD)
			break;
		inl_walk(fn->u.sel.x, refs_pre, NULL, r);
		ref(r, fn->u.sel.method);
		for (int i = 0; i < n->u.call.args.len; i++)
			inl_walk(n->u.call.args.items[i], refs_pre, NULL, r);
		return false;
	}
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
			inl_say(inl_func_pos(fn), "cannot inline %s: recursive", inl_name_of(s, fn));
		inl_inline_calls(s, fn);
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

static void inline_init_calls(InlState *s, Node *file);

// Go's dead-code pass runs before the inliner: what it removes costs
// nothing, inlines nothing and references nothing. escape/deadcode.c
// replays that pass; its table is shared here.
static EscState *dead_state;

bool inl_dead(Node *n)
{
	return dead_state && esc_is_dead(dead_state, n);
}

static void forget_dead_code(void);

static void find_dead_code(Node *file)
{
	forget_dead_code();
	EscState *es = xmalloc(sizeof *es);
	memset(es, 0, sizeof *es);
	Program *prog = arena_zalloc(&es->arena, sizeof *prog);
	prog->file = file;
	NodeList *decls = &file->u.file.decls;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->items[i];
		if (d->kind == ND_FUNCDECL && d->u.func.sym && d->u.func.body)
			vec_push(&es->arena, &prog->funcs, d->u.func.sym);
	}
	es->prog = prog;
	es->nnodes = ast_max_id() + 2;
	esc_deadcode(es);
	dead_state = es;
}

static void forget_dead_code(void)
{
	if (!dead_state)
		return;
	arena_free(&dead_state->arena);
	free(dead_state);
	dead_state = NULL;
}

static void run(Node *file, const InlOptions *opt, bool costs_only)
{
	if (!file || file->kind != ND_FILE)
		return;
	InlState s = {.opt = opt, .costs_only = costs_only};
	find_dead_code(file);
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
	if (roots.fns.len)
		qsort(roots.fns.items, (size_t)roots.fns.len, sizeof *roots.fns.items, cmp_pos);
	for (int i = 0; i < roots.fns.len; i++)
		scc_visit(&s, roots.fns.items[i]);
	inl_wrapcalls_reset();
	if (!costs_only && opt && opt->m_level > 0)   // (only the messages see them)
		for (int i = 0; i < roots.fns.len; i++)
			inl_wrapcalls_find(&s, roots.fns.items[i]);
	inline_init_calls(&s, file);
	fflush(stderr);
	free(s.table.items);
	arena_free(&s.arena);
	if (costs_only)
		forget_dead_code();   // else inl_expand still copies bodies without it
}

void inl_forget_dead(void)
{
	forget_dead_code();
}

// Go's package init function runs the dynamic initialisers of package
// variables in their initialisation order, and it is edited last. Only dynamic initialisers hold calls, so
// every package variable's values stand for its body.
static void inline_init_calls(InlState *s, Node *file)
{
	Node *body = ast_new(ND_BLOCK, file->pos);
	NodeList *decls = &file->u.file.decls;
	const NodeList *order = s->opt ? s->opt->init_order : NULL;
	for (int i = 0; order && i < order->len; i++)
		vec_push(&ast_arena, &body->u.block.stmts, order->items[i]);
	for (int i = 0; !order && i < decls->len; i++) {
		Node *d = decls->items[i];
		if (d->kind != ND_DECLSTMT)
			continue;
		for (int j = 0; j < d->u.decl.specs.len; j++)
			if (d->u.decl.specs.items[j]->kind == ND_VARSPEC)
				vec_push(&ast_arena, &body->u.block.stmts, d->u.decl.specs.items[j]);
	}
	if (!body->u.block.stmts.len)
		return;
	Sym *init = arena_zalloc(&s->arena, sizeof *init);
	init->kind = SYM_FUNC;
	init->name = "init";
	init->body = body;
	inl_func(s, init)->name = "init";
	inl_inline_calls(s, init);
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
