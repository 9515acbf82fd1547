// batch.c: the driver — batches by strongly connected component (after
// prepass.c's walks), and the decisions handed to codegen.
//
// Order matters twice here. Callees must be solved before their callers so
// that calls can use parameter tags; Go gets that from a Tarjan walk of the
// reference graph, and mgo repeats the very same walk because the order of
// batches is also the order of the -m output.
#include "escape/build.h"
#include "inline/inline.h"

#include <stdlib.h>

// {==================== batches ====================

typedef struct Scc {
	EscState *s;
	struct { EscFunc **items; int len, cap; } stack;
	uint32_t gen;
	uint32_t min;   // of the function being visited
} Scc;

static uint32_t scc_visit(Scc *v, EscFunc *f);

static bool init_var_visit(Node *n, void *ctx)
{
	Sym *v = n->kind == ND_IDENT ? n->u.ident.sym : NULL;
	if (v && v->kind == SYM_VAR && v->owner == ctx && (v->captured || v->addr_taken))
		v->escapes = true;
	return true;
}
static void process_batch(EscState *s, EscFunc **fns, int n);
static void wrapper_batches(EscState *s, EscFunc **fns, int n);

typedef struct RefCtx {
	Scc *v;
	uint32_t min;
} RefCtx;

static void ref(RefCtx *c, Sym *fn)
{
	if (!fn || fn->kind != SYM_FUNC || !fn->body)
		return;
	uint32_t m = scc_visit(c->v, esc_func_of(c->v->s, fn));
	if (m < c->min)
		c->min = m;
}

static bool refs_visit(Node *n, void *ctx)
{
	RefCtx *c = ctx;
	switch (n->kind) {
	case ND_IDENT:
		if (n->u.ident.sym && n->u.ident.sym->kind == SYM_FUNC)
			ref(c, n->u.ident.sym);
		return true;
	case ND_SELECTOR:
		if (n->u.sel.sel == SEL_METHOD || n->u.sel.sel == SEL_METHODEXPR)
			ref(c, n->u.sel.method);
		return true;
	case ND_CALL: {
		Type *t;
		Sym *m = esc_devirt_target(c->v->s, n, &t);
		if (m)
			ref(c, m);
		EscState *s = c->v->s;
		int tmp = esc_callee_tmp(s, n);
		EscMulti *multi = esc_multi(s, n);
		if (tmp < 0 && !multi)
			return true;
		// Go moved part of the call into statements run first (autotmp.c):
		// `t := recv; t2, t3 := g(); t.M(t2, t3)`, and that is the order it
		// finds references in.
		Node *fx = ast_unparen(n->u.call.fn);
		bool method = fx->kind == ND_SELECTOR &&
			(fx->u.sel.sel == SEL_METHOD || fx->u.sel.sel == SEL_IFACE_METHOD);
		if (tmp >= 0)
			esc_visit(method ? fx->u.sel.x : fx, refs_visit, c);
		if (multi)
			esc_visit_list(&n->u.call.args, refs_visit, c);
		if (tmp < 0)
			esc_visit(fx, refs_visit, c);
		else if (method && fx->u.sel.sel == SEL_METHOD)
			ref(c, fx->u.sel.method);
		if (!multi)
			esc_visit_list(&n->u.call.args, refs_visit, c);
		return false;
	}
	case ND_FUNCLIT: {
		Sym *f = n->u.funclit.fn;
		if (f) {
			uint32_t m = scc_visit(c->v, esc_func_of(c->v->s, f));
			if (m < c->min)
				c->min = m;
		}
		return false;  // its body belongs to its own visit
	}
	default:
		return true;
	}
}

static uint32_t scc_visit(Scc *v, EscFunc *f)
{
	if (f->scc_id)
		return f->scc_id;
	uint32_t id = ++v->gen;
	f->scc_id = id;
	RefCtx c = {v, ++v->gen};
	vec_push(&v->s->arena, &v->stack, f);
	if (f->sym->body)
		esc_visit(f->sym->body, refs_visit, &c);
	if (f->sym == v->s->init_fn) {
		NodeList *l = &v->s->prog->init_order;
		for (int i = 0; i < l->len; i++)
			if (esc_init_is_dynamic(v->s, l->items[i]))
				esc_visit_list(&l->items[i]->u.spec.values, refs_visit, &c);
	}
	if ((c.min == id || c.min == id + 1) && !f->sym->outer) {
		int i = v->stack.len - 1;
		for (; i >= 0; i--) {
			v->stack.items[i]->scc_id = UINT32_MAX;
			if (v->stack.items[i] == f)
				break;
		}
		int n = v->stack.len - i;
		EscFunc **block = xmalloc((size_t)n * sizeof *block);
		memcpy(block, v->stack.items + i, (size_t)n * sizeof *block);
		v->stack.len = i;
		process_batch(v->s, block, n);
		wrapper_batches(v->s, block, n);
		free(block);
	}
	return c.min;
}

// A wrapper's copy of a method holds only the variables its body, once
// Go's dead-code pass pruned it, still mentions: one declared after
// `if true { return }` is not there to be moved to heap (seed 16210).
typedef struct Live {
	Arena *arena;
	struct { Sym **items; int len, cap; } vars;
} Live;

static bool live_visit(Node *n, void *ctx)
{
	Live *l = ctx;
	if (n->kind == ND_IDENT && n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR)
		vec_push(l->arena, &l->vars, n->u.ident.sym);
	return true;
}

static bool is_live(Live *l, Sym *v)
{
	for (int i = 0; i < l->vars.len; i++)
		if (l->vars.items[i] == v)
			return true;
	return false;
}

// The temporaries Go's IR generator declared for a function's calls
// (autotmp.c: a callee holding a call, f(g()) with a multi-valued g), in
// the order of their numbers: Go's declarations list holds them, so they
// get their locations before the body is walked.
typedef struct TempSite {
	int num;
	Node *call;       // a callee temporary's call, or NULL
	EscMulti *multi;  // or the multi-value site's temporaries
} TempSite;

typedef struct Temps {
	EscState *s;
	struct { TempSite *items; int len, cap; } v;
} Temps;

static bool temps_visit(Node *n, void *ctx)
{
	Temps *t = ctx;
	if (n->kind == ND_FUNCLIT)
		return false;   // (the literal's own function's)
	// (an inlined call keeps the call it replaced aside)
	Node *call = n->kind == ND_CALL ? n : n->kind == ND_INLCALL ? n->u.inl.call : NULL;
	int tmp = call && call->kind == ND_CALL ? esc_callee_tmp(t->s, call) : -1;
	if (tmp >= 0)
		vec_push(&t->s->b->arena, &t->v, ((TempSite){tmp, call, NULL}));
	EscMulti *m = esc_multi(t->s, n);
	if (m && m->n > 0)
		vec_push(&t->s->b->arena, &t->v, ((TempSite){m->base, NULL, m}));
	return true;
}

static int cmp_temps(const void *a, const void *b)
{
	const TempSite *x = a, *y = b;
	return (x->num > y->num) - (x->num < y->num);
}

static void init_temps(EscState *s, EscFunc *fn)
{
	Temps t = {s, {0}};
	esc_visit(fn->sym->body, temps_visit, &t);
	if (!t.v.len)
		return;
	qsort(t.v.items, (size_t)t.v.len, sizeof *t.v.items, cmp_temps);

	if (!s->callee_loc)
		s->callee_loc = arena_zalloc(&s->arena, (size_t)s->nnodes * sizeof *s->callee_loc);
	for (int i = 0; i < t.v.len; i++) {
		TempSite *ts = &t.v.items[i];
		if (ts->call) {
			if (ts->call->id > 0 && ts->call->id < s->nnodes)
				s->callee_loc[ts->call->id] = esc_new_loc(s->b, fn, NULL, NULL, false, 1);
			continue;
		}
		for (int j = 0; j < ts->multi->n; j++) {
			Sym *v = ts->multi->vars[j];
			if (v && !v->esc)
				v->esc = esc_new_loc(s->b, fn, NULL, v, false, 1);
		}
	}
}

static void init_locs(EscState *s, EscFunc *fn, Live *live)
{
	EscBatch *b = s->b;
	Sym *f = fn->sym;
	esc_func_params(s, fn);
	fn->param_locs = arena_zalloc(&b->arena, (size_t)(fn->nparams + 1) * sizeof(EscLoc *));
	for (int i = 0; i < fn->nparams; i++) {
		Sym *p = f->params.items[i];
		EscLoc *l = esc_new_loc(b, fn, NULL, p, false, 1);
		l->is_param = true;
		if (p)
			p->esc = l;
		fn->param_locs[i] = l;
	}
	int nres = f->results.len;
	Type *ft = f->type ? type_underlying(f->type) : NULL;
	if (ft && ft->kind == TY_FUNC && ft->results.len > nres)
		nres = ft->results.len;
	fn->nresults = nres;
	fn->result_locs = arena_zalloc(&b->arena, (size_t)(nres + 1) * sizeof(EscLoc *));
	for (int i = 0; i < nres; i++) {
		Sym *r = i < f->results.len ? f->results.items[i] : NULL;
		EscLoc *l = esc_new_loc(b, fn, NULL, r, false, 1);
		l->result_index = i + 1;
		if (r)
			r->esc = l;
		fn->result_locs[i] = l;
	}
	for (int i = 0; i < f->locals.len; i++) {
		Sym *v = f->locals.items[i];
		if (v && !v->esc && v->kind == SYM_VAR && (!live || is_live(live, v)))
			v->esc = esc_new_loc(b, fn, NULL, v, false, 1);
	}
	// A wrapper's copy of the method also declares the variables of the
	// calls it inlines there (inl_wrapcalls.c) up front, after the method's.
	for (int i = 0; live && i < live->vars.len; i++) {
		Sym *v = live->vars.items[i];
		if (v && !v->esc && v->owner == f && v->kind == SYM_VAR)
			v->esc = esc_new_loc(b, fn, NULL, v, false, 1);
	}
	if (f->body)
		init_temps(s, fn);
	esc_lib_param_locs(s, fn);
	fn->ntemps = fn->ndcl;
}

// Go's constants for amd64 with default flags (ESCAPE.md §4).
enum { MAX_STACK_VAR = 10 << 20, MAX_IMPLICIT_STACK_VAR = 64 << 10 };

static bool small_int_const(Node *n, int64_t *v)
{
	if (!n || !n->cval || n->cval->kind != CV_INT)
		return false;
	__int128 x = n->cval->i;
	if (x < INT32_MIN || x > INT32_MAX)
		return false;
	*v = (int64_t)x;
	return true;
}

static int64_t record_size(Node *n)
{
	int64_t size = 8;
	if (n->kind == ND_FUNCLIT) {
		SymList *caps = &n->u.funclit.captures;
		for (int i = 0; i < caps->len; i++) {
			Sym *v = caps->items[i];
			int64_t sz = v->by_ref || !v->type ? 8 : v->type->size;
			int64_t al = v->by_ref || !v->type || v->type->align <= 0 ? 8 : v->type->align;
			size = (size + al - 1) / al * al + sz;
		}
		return size;
	}
	Type *rt = n->u.sel.x->type;
	if (n->u.sel.implicit_addr)
		return size + 8;
	if (n->u.sel.implicit_deref && rt && type_underlying(rt)->kind == TY_POINTER)
		rt = type_underlying(rt)->elem;
	return size + (rt ? rt->size : 8);
}

static const char *heap_reason(EscLoc *l)
{
	if (l->var) {
		if (l->is_param || l->result_index)
			return NULL;
		return l->var->type && l->var->type->size > MAX_STACK_VAR ? "too large for stack" : NULL;
	}
	Node *n = l->node;
	if (!n || l->heap_reason)   // (an inlined library body's, measured)
		return l->heap_reason;
	Type *t = n->type ? type_underlying(n->type) : NULL;
	bool ptrlit = (n->kind == ND_UNARY) ||
		(n->kind == ND_CALL && n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_NEW) ||
		(n->kind == ND_COMPOSITE && t && t->kind == TY_POINTER);
	if (ptrlit && t && t->kind == TY_POINTER && t->elem && t->elem->size > MAX_IMPLICIT_STACK_VAR)
		return "too large for stack";
	// Closure and method-value records: a code pointer plus what they hold.
	if (n->kind == ND_FUNCLIT && record_size(n) > MAX_IMPLICIT_STACK_VAR)
		return "too large for stack";
	if (n->kind == ND_SELECTOR && record_size(n) > MAX_IMPLICIT_STACK_VAR)
		return "too large for stack";
	if (n->kind == ND_CALL && n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_MAKE &&
	    t && t->kind == TY_SLICE) {
		NodeList *a = &n->u.call.args;
		Node *r = a->len > 2 ? a->items[2] : a->len > 1 ? a->items[1] : NULL;
		int64_t v;
		if (!small_int_const(r, &v))
			return "non-constant size";
		int64_t es = t->elem ? t->elem->size : 0;
		if (es != 0 && v > MAX_IMPLICIT_STACK_VAR / es)
			return "too large for stack";
	}
	return NULL;
}

// {==================== package-level literals ====================

// Package-level function literals are functions of their own, analysed
// in source order among the declared functions.
static bool global_lits_visit(Node *n, void *ctx)
{
	EscState *s = ctx;
	Node *lit = esc_inlined_literal(n);
	if (lit)
		vec_push(&s->arena, &s->roots, lit->u.funclit.fn);
	if (n->kind == ND_FUNCLIT) {
		// (the copy of a literal inlining put in init is init's closure)
		if (n->u.funclit.fn && !n->u.funclit.fn->outer)
			vec_push(&s->arena, &s->roots, n->u.funclit.fn);
		return false;
	}
	return true;
}

static int cmp_roots(const void *a, const void *b)
{
	const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

// }====================================================================

// With s->wrapper_mode, the batch is a method body as Go analyses it
// inlined into one of the method wrappers it generates (wrapper_batches):
// its lines go to the wrapper's record (explain.c), and neither tags nor
// decisions are kept.
static void process_batch(EscState *s, EscFunc **fns, int n)
{
	EscBatch b;
	esc_batch_init(&b);
	b.arena = s->batch_arena;   // one chunk reused by every batch
	s->b = &b;
	esc_install_hooks(s);
	bool wrap = s->wrapper_mode;
	if ((s->opts->json_out || s->opts->graph_func) && !wrap)
		b.keep_notes = true;
	for (int i = 0; i < n; i++)
		fns[i]->state = ESC_FN_PLANNED;
	Live live = {&b.arena, {0}};
	if (wrap)   // (fns[0] is the method, its closures inside its body)
		esc_visit(fns[0]->sym->body, live_visit, &live);
	for (int i = 0; i < n; i++)
		init_locs(s, fns[i], wrap ? &live : NULL);
	for (int i = 0; i < n; i++) {
		EscFunc *fn = fns[i];
		if (fn->sym->outer)
			continue;  // closures are walked where they appear
		s->curfn = fn;
		s->loop_depth = 1;
		fn->state = ESC_FN_STARTED;
		if (fn->sym == s->init_fn)
			esc_walk_init(s);
		else
			esc_block(s, fn->sym->body);
	}
	for (int i = 0; i < s->closures.len; i++)
		esc_flow_closure(s, &s->closures.items[i]);
	s->closures.len = 0;
	for (int i = 0; i < b.locs.len; i++) {
		EscLoc *l = b.locs.items[i];
		const char *why = heap_reason(l);
		if (why) {
			l->heap_reason = why;
			Node *where = l->node;
			if (!where && l->var && b.keep_notes) {   // a variable: named at itself
				where = arena_zalloc(&s->arena, sizeof *where);
				where->kind = ND_IDENT;
				where->pos = l->var->pos;
				where->u.ident.name = l->var->name;
				where->u.ident.sym = l->var;
			}
			esc_flow(&b, esc_addr(&b, esc_heap_hole(&b), where, why), l);
		}
	}
	esc_walk_all(&b);

	if (wrap) {
		esc_report_batch(s, fns, n);
		for (int i = 0; i < b.locs.len; i++)
			if (b.locs.items[i]->var)
				b.locs.items[i]->var->esc = NULL;
		for (int i = 0; i < n; i++) {
			fns[i]->state = ESC_FN_TAGGED;   // (their tags untouched)
			fns[i]->param_locs = NULL;
			fns[i]->result_locs = NULL;
		}
		arena_reset(&b.arena);
		s->batch_arena = b.arena;
		s->b = NULL;
		return;
	}
	// Tags for later batches.
	for (int i = 0; i < n; i++) {
		EscFunc *fn = fns[i];
		for (int j = 0; j < fn->nparams; j++) {
			EscLeaks t = {{0}};
			if (fn->param_ptrs[j] && fn->param_named[j]) {
				t = fn->param_locs[j]->leaks;
				esc_leaks_optimize(&t);
			}
			fn->tags[j] = t;
		}
		fn->state = ESC_FN_TAGGED;
		if (s->opts->m_level >= 2)
			esc_wrapflow_record(fn);
	}
	esc_report_batch(s, fns, n);
	if (s->opts->graph_func || s->opts->json_out)
		esc_dot_graph(s, fns, n);

	// Decisions for codegen.
	for (int i = 0; i < b.locs.len; i++) {
		EscLoc *l = b.locs.items[i];
		if (l->var) {
			l->var->escapes = l->escapes;
			if (l->addrtaken || l->captured)
				vec_push(&s->arena, &s->addressed, l->var);
			l->var->esc = NULL;
		} else if (l->node && !l->godefer) {
			l->node->escapes = l->escapes;
			vec_push(&s->arena, &s->sites, l->node);
		}
	}
	for (int i = 0; i < n; i++) {
		fns[i]->param_locs = NULL;
		fns[i]->result_locs = NULL;
	}
	arena_reset(&b.arena);   // (esc_batch_free, keeping a chunk for the next)
	s->batch_arena = b.arena;
	s->b = NULL;
}

// Go inlines a small method into each wrapper it generates for it ((*T).M
// of a value method, E.M of a promoted one) and analyses the wrapper alone,
// after every batch: the copy's callees are tagged by then (a method of a
// recursive batch included), and the copy is the body as Go saved it for
// inlining, before devirtualisation, so its interface calls stay dynamic;
// it inlines what can inline by then (inl_wrapper_swap).
// Each such method of the batch just done, with its closures, is analysed
// again that way; what it says is printed if a wrapper inlines it.
static void wrapper_batches(EscState *s, EscFunc **fns, int n)
{
	if (s->opts->m_level <= 0 || !s->opts->inlined)
		return;
	EscFunc **group = xmalloc((size_t)n * sizeof *group);
	for (int i = 0; i < n; i++) {
		Sym *m = fns[i]->sym;
		if (m->outer || !m->recv_type || !m->inl_ok || !m->body)
			continue;
		int k = 0;
		group[k++] = fns[i];
		for (int j = 0; j < n; j++) {
			Sym *o = fns[j]->sym->outer;
			while (o && o != m)
				o = o->outer;
			if (o)
				group[k++] = fns[j];
		}
		int lib_calls = s->lib_calls.len;
		s->wrapper_mode = true;
		esc_wrapper_begin(m);
		inl_wrapper_swap(m, true);
		process_batch(s, group, k);
		if (s->wrap_plain)
			memset(s->wrap_plain, 0, (size_t)s->nnodes);
		inl_wrapper_swap(m, false);
		s->wrapper_mode = false;
		s->lib_calls.len = s->lib_locs.len = lib_calls;
	}
	free(group);
}

// }====================================================================

void esc_conv_positions(EscState *s);

void esc_reset(void)
{
	esc_prepass_reset();
	esc_fmt_unpacked = false;
	esc_wrap_reset();
	esc_wrapflow_reset();
	esc_keep_dead(NULL);
}

void esc_analyze(Program *prog, EscOptions *opts)
{
	EscState s = {0};
	esc_wrap_reset();
	esc_wrapflow_reset();
	s.prog = prog;
	s.opts = opts;
	// Go's dead-code pass ran before inlining numbered its variables: the
	// dead code's inlined calls number none (autotmp.c).
	s.nnodes = ast_max_id() + 2;
	esc_deadcode(&s);
	esc_number_temps(&s);  // may add synthetic nodes: before sizing the tables
	s.nnodes = ast_max_id() + 2;
	s.is_pack_call = xmalloc((size_t)s.nnodes);
	memset(s.is_pack_call, 0, (size_t)s.nnodes);
	s.call_fixed = xmalloc((size_t)s.nnodes);
	memset(s.call_fixed, 0, (size_t)s.nnodes);
	s.devirt_fn = xmalloc((size_t)s.nnodes * sizeof *s.devirt_fn);
	memset(s.devirt_fn, 0, (size_t)s.nnodes * sizeof *s.devirt_fn);
	s.devirt_type = xmalloc((size_t)s.nnodes * sizeof *s.devirt_type);
	memset(s.devirt_type, 0, (size_t)s.nnodes * sizeof *s.devirt_type);
	s.devirt_adj = arena_zalloc(&s.arena, (size_t)s.nnodes);
	esc_prepass_begin(&s);
	esc_var_facts(&s, prog);
	esc_json_begin(&s);
	esc_devirt_all(&s, prog);

	for (int i = 0; i < prog->funcs.len; i++)
		if (prog->funcs.items[i]->body)
			vec_push(&s.arena, &s.roots, prog->funcs.items[i]);
	bool has_init = false;
	for (int i = 0; i < prog->init_order.len; i++) {
		Node *spec = prog->init_order.items[i];
		esc_visit_list(&spec->u.spec.values, global_lits_visit, &s);
		has_init |= esc_init_is_dynamic(&s, spec);
	}
	qsort(s.roots.items, (size_t)s.roots.len, sizeof *s.roots.items, cmp_roots);
	esc_conv_positions(&s);
	if (has_init) {
		// Go's package init function: the dynamic initialisers, last.
		// (inl_expand's, when inlining declared variables in it)
		Sym *init = prog->init_fn;
		if (!init) {
			init = arena_zalloc(&s.arena, sizeof *init);
			init->kind = SYM_FUNC;
			init->name = "init";
			init->id = -1;
		}
		s.init_fn = init;
	}
	Scc v = {.s = &s};
	for (int i = 0; i < s.roots.len; i++)
		scc_visit(&v, esc_func_of(&s, s.roots.items[i]));
	if (has_init) {
		EscFunc *fn = esc_func_of(&s, s.init_fn);
		fn->name = "init";
		scc_visit(&v, fn);
	}
	esc_json_end(&s);

	if (prog->init_fn) {
		// Variables of bodies inlined into package initialisers whose
		// address outlives init: on the heap. The walk above does not see
		// their captures (-m misses Go's second "moved to heap" for them),
		// and init runs once, so the conservative decision costs nothing.
		NodeList *l = &prog->init_order;
		for (int i = 0; i < l->len; i++)
			esc_visit_list(&l->items[i]->u.spec.values, init_var_visit, prog->init_fn);
	}
	if (opts->noescape) {
		for (int i = 0; i < s.sites.len; i++)
			s.sites.items[i]->escapes = true;
		for (int i = 0; i < s.addressed.len; i++)
			s.addressed.items[i]->escapes = true;
	}
	if (opts->forcestack_line > 0) {
		for (int i = 0; i < s.sites.len; i++) {
			Node *n = s.sites.items[i];
			if (n->escapes && n->pos.line == opts->forcestack_line) {
				n->escapes = false;
				opts->forcestack_count++;
			}
		}
		for (int i = 0; i < s.addressed.len; i++) {
			Sym *var = s.addressed.items[i];
			if (var->escapes && var->pos.line == opts->forcestack_line) {
				var->escapes = false;
				opts->forcestack_count++;
			}
		}
	}
	for (int i = 0; i < s.funcs.len; i++)
		s.funcs.items[i]->sym->esc = NULL;
	esc_keep_dead(&s);
	free(s.is_pack_call);
	free(s.call_fixed);
	esc_nodefmt_done();
	free(s.devirt_fn);
	free(s.devirt_type);
	free(s.vinfo);
	free(s.conv_pos);
	arena_free(&s.arena);
	arena_free(&s.batch_arena);
	esc_prepass_reset();
}
