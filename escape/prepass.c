// prepass.c: the walks that run before any batch is built — a pre-order
// AST walk that skips what Go's dead-code pass removed, the per-variable
// facts (Go's Defn and reassigned), and devirtualisation of interface calls
// whose receiver's concrete type is known.
#include "escape/build.h"

#include <stdlib.h>

// {==================== a pre-order walk of the AST ====================

static void visit(Node *n, EscVisitFn f, void *ctx);

void esc_visit_list(NodeList *l, EscVisitFn f, void *ctx)
{
	for (int i = 0; i < l->len; i++)
		visit(l->items[i], f, ctx);
}

void esc_visit(Node *n, EscVisitFn f, void *ctx)
{
	visit(n, f, ctx);
}

static EscState *visit_state;  // for the dead-code table
static bool visit_dead;        // also walk what Go's dead-code pass removed

static void visit(Node *n, EscVisitFn f, void *ctx)
{
	if (!n || (visit_state && !visit_dead && esc_is_dead(visit_state, n)) || !f(n, ctx))
		return;
	switch (n->kind) {
	case ND_PAREN: visit(n->u.paren.x, f, ctx); return;
	case ND_COMPOSITE: esc_visit_list(&n->u.composite.elems, f, ctx); return;
	case ND_FUNCLIT: visit(n->u.funclit.body, f, ctx); return;
	case ND_SELECTOR: visit(n->u.sel.x, f, ctx); return;
	case ND_INDEX: visit(n->u.index.x, f, ctx); visit(n->u.index.index, f, ctx); return;
	case ND_SLICE:
		visit(n->u.slice.x, f, ctx);
		visit(n->u.slice.lo, f, ctx);
		visit(n->u.slice.hi, f, ctx);
		visit(n->u.slice.max, f, ctx);
		return;
	case ND_TYPEASSERT: visit(n->u.assert.x, f, ctx); return;
	case ND_CALL: visit(n->u.call.fn, f, ctx); esc_visit_list(&n->u.call.args, f, ctx); return;
	case ND_STAR: visit(n->u.star.x, f, ctx); return;
	case ND_UNARY: visit(n->u.unary.x, f, ctx); return;
	case ND_BINARY: visit(n->u.binary.x, f, ctx); visit(n->u.binary.y, f, ctx); return;
	case ND_KEYVALUE: visit(n->u.kv.key, f, ctx); visit(n->u.kv.value, f, ctx); return;
	case ND_CONV: visit(n->u.conv.x, f, ctx); return;
	case ND_INLCALL:
		visit(n->u.inl.body, f, ctx);
		esc_visit_list(&n->u.inl.results, f, ctx);
		return;
	case ND_INLDONE: visit(n->u.inl_done.assign, f, ctx); return;
	case ND_BLOCK: esc_visit_list(&n->u.block.stmts, f, ctx); return;
	case ND_EXPRSTMT: visit(n->u.exprstmt.x, f, ctx); return;
	case ND_SEND: visit(n->u.send.ch, f, ctx); visit(n->u.send.value, f, ctx); return;
	case ND_INCDEC: visit(n->u.incdec.x, f, ctx); return;
	case ND_ASSIGN:
		esc_visit_list(&n->u.assign.lhs, f, ctx);
		esc_visit_list(&n->u.assign.rhs, f, ctx);
		return;
	case ND_DECLSTMT: esc_visit_list(&n->u.decl.specs, f, ctx); return;
	case ND_VARSPEC: esc_visit_list(&n->u.spec.values, f, ctx); return;
	case ND_LABELED: visit(n->u.labeled.stmt, f, ctx); return;
	case ND_GO: case ND_DEFER: visit(n->u.go.call, f, ctx); return;
	case ND_RETURN: esc_visit_list(&n->u.ret.results, f, ctx); return;
	case ND_IF:
		visit(n->u.ifs.init, f, ctx);
		visit(n->u.ifs.cond, f, ctx);
		visit(n->u.ifs.then, f, ctx);
		visit(n->u.ifs.els, f, ctx);
		return;
	case ND_SWITCH:
		visit(n->u.sw.init, f, ctx);
		visit(n->u.sw.tag, f, ctx);
		esc_visit_list(&n->u.sw.clauses, f, ctx);
		return;
	case ND_TYPESWITCH:
		visit(n->u.tsw.init, f, ctx);
		visit(n->u.tsw.x, f, ctx);
		esc_visit_list(&n->u.tsw.clauses, f, ctx);
		return;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		esc_visit_list(&n->u.clause.list, f, ctx);
		esc_visit_list(&n->u.clause.body, f, ctx);
		return;
	case ND_SELECT: esc_visit_list(&n->u.sel_stmt.clauses, f, ctx); return;
	case ND_FOR:
		visit(n->u.fors.init, f, ctx);
		visit(n->u.fors.cond, f, ctx);
		visit(n->u.fors.post, f, ctx);
		visit(n->u.fors.body, f, ctx);
		return;
	case ND_RANGE:
		visit(n->u.range.x, f, ctx);
		visit(n->u.range.key, f, ctx);
		visit(n->u.range.value, f, ctx);
		visit(n->u.range.body, f, ctx);
		return;
	default:
		return;
	}
}

void esc_visit_with_dead(Node *n, EscVisitFn f, void *ctx)
{
	bool saved = visit_dead;
	visit_dead = true;
	visit(n, f, ctx);
	visit_dead = saved;
}

// }====================================================================
// {==================== per-variable facts (Go's Defn, ir.reassigned) ====

EscVarInfo *esc_var_info(EscState *s, Sym *v)
{
	if (!v || v->id < 0)
		return NULL;
	if (v->id >= s->nvinfo) {
		int n = s->nvinfo ? s->nvinfo : 1024;
		while (n <= v->id)
			n *= 2;
		s->vinfo = xrealloc(s->vinfo, (size_t)n * sizeof *s->vinfo);
		memset(s->vinfo + s->nvinfo, 0, (size_t)(n - s->nvinfo) * sizeof *s->vinfo);
		s->nvinfo = n;
	}
	return &s->vinfo[v->id];
}

static Sym *local_sym(Node *n)
{
	n = ast_unparen(n);
	if (n->kind != ND_IDENT)
		return NULL;
	Sym *v = n->u.ident.sym;
	if (!v || v->kind != SYM_VAR || v->is_global || !v->owner)
		return NULL;
	return v;
}

static bool is_ptr(Type *t)
{
	t = t ? type_underlying(t) : NULL;
	return t && t->kind == TY_POINTER;
}

// The variable whose storage an addressable expression denotes (Go's
// ir.OuterValue), or NULL when it goes through a pointer.
static Sym *outer_var(Node *n)
{
	for (;;) {
		n = ast_unparen(n);
		if (n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE) {
			n = n->u.conv.x;
		} else if (n->kind == ND_SELECTOR && n->u.sel.sel == SEL_FIELD &&
			   !is_ptr(n->u.sel.x->type) && n->u.sel.npath == 0) {
			n = n->u.sel.x;
		} else if (n->kind == ND_INDEX && n->u.index.x->type &&
			   type_underlying(n->u.index.x->type)->kind == TY_ARRAY) {
			n = n->u.index.x;
		} else {
			return local_sym(n);
		}
	}
}

// While a closure that only dead code reaches is walked, facts are kept
// for its own variables only (Go's reassigned looks at a variable's own
// function, whose body the dead-code pass left alone).
static Sym *vinfo_owner;

static EscVarInfo *vi_of(EscState *s, Sym *v)
{
	if (vinfo_owner && (!v || v->owner != vinfo_owner))
		return NULL;
	return esc_var_info(s, v);
}

static void mark_reassigned(EscState *s, Sym *v)
{
	EscVarInfo *vi = v ? vi_of(s, v) : NULL;
	if (vi)
		vi->static_reassigned = true;
}

static bool vinfo_visit(Node *n, void *ctx)
{
	EscState *s = ctx;
	switch (n->kind) {
	case ND_ASSIGN: {
		NodeList *l = &n->u.assign.lhs, *r = &n->u.assign.rhs;
		int op = n->u.assign.op;
		if (op != TOK_DEFINE && op != TOK_ASSIGN)
			break;  // op= is not an ir.reassigned assignment
		for (int i = 0; i < l->len; i++) {
			Sym *v = local_sym(l->items[i]);
			if (!v)
				continue;
			bool is_new = op == TOK_DEFINE &&
				(n->u.assign.is_new ? n->u.assign.is_new[i] : true);
			EscVarInfo *vi = vi_of(s, v);
			if (is_new && vi) {
				vi->defn = n;
				vi->init = l->len == r->len ? r->items[i] : NULL;
			} else {
				mark_reassigned(s, v);
			}
		}
		break;
	}
	case ND_VARSPEC: {
		NodeList *l = &n->u.spec.names, *r = &n->u.spec.values;
		for (int i = 0; i < l->len; i++) {
			Sym *v = l->items[i]->kind == ND_IDENT ? l->items[i]->u.ident.sym : NULL;
			EscVarInfo *vi = v && v->kind == SYM_VAR ? vi_of(s, v) : NULL;
			if (!vi || r->len == 0)
				continue;
			vi->defn = n;
			vi->init = l->len == r->len ? r->items[i] : NULL;
		}
		break;
	}
	case ND_RANGE:
		if (n->u.range.define) {
			Sym *k = n->u.range.key ? local_sym(n->u.range.key) : NULL;
			Sym *v = n->u.range.value ? local_sym(n->u.range.value) : NULL;
			if (k)
				if (vi_of(s, k))
				vi_of(s, k)->defn = n;
			if (v && vi_of(s, v))
				vi_of(s, v)->defn = n;
		}
		break;
	case ND_TYPESWITCH:
		for (int i = 0; i < n->u.tsw.clauses.len; i++) {
			Sym *v = n->u.tsw.clauses.items[i]->u.clause.bind_sym;
			if (v && vi_of(s, v))
				vi_of(s, v)->defn = n;
		}
		break;
	case ND_UNARY:
		if (n->u.unary.op == TOK_AND)
			mark_reassigned(s, outer_var(n->u.unary.x));
		break;
	case ND_SELECTOR:
		if (n->u.sel.sel == SEL_METHOD && n->u.sel.implicit_addr)
			mark_reassigned(s, outer_var(n->u.sel.x));
		break;
	case ND_SLICE:
		if (n->u.slice.x->type && type_underlying(n->u.slice.x->type)->kind == TY_ARRAY)
			mark_reassigned(s, outer_var(n->u.slice.x));
		break;
	default:
		break;
	}
	return true;
}

// Every closure, dead code included: the facts of its own variables.
// The literal of a call inl_expand replaced (`func() {...}()` inlined), or
// NULL: still one of Go's functions, which devirtualisation visits.
Node *esc_inlined_literal(Node *n)
{
	if (n->kind != ND_INLCALL || n->u.inl.nested || !n->u.inl.call)
		return NULL;
	Node *lit = ast_unparen(n->u.inl.call->u.call.fn);
	return lit->kind == ND_FUNCLIT && lit->u.funclit.fn ? lit : NULL;
}

static bool vinfo_closures(Node *n, void *ctx)
{
	Node *lit = esc_inlined_literal(n);
	if (lit) {
		vinfo_closures(lit, ctx);
		visit(lit->u.funclit.body, vinfo_closures, ctx);
	}
	if (n->kind == ND_FUNCLIT && n->u.funclit.fn) {
		Sym *saved = vinfo_owner;
		bool saved_dead = visit_dead;
		vinfo_owner = n->u.funclit.fn;
		visit_dead = false;
		visit(n->u.funclit.body, vinfo_visit, ctx);
		vinfo_owner = saved;
		visit_dead = saved_dead;
	}
	return true;
}

// }====================================================================
// {==================== devirtualisation ====================

static Sym *find_method(Type *t, const char *name, bool *ptr_recv)
{
	Type *named = t;
	if (t->kind == TY_POINTER)
		named = t->elem;
	if (!named || named->kind != TY_NAMED)
		return NULL;
	for (int i = 0; i < named->methods.len; i++) {
		Method *m = &named->methods.items[i];
		if (strcmp(m->name, name) == 0) {
			*ptr_recv = m->ptr_recv;
			return m->fn;
		}
	}
	return NULL;
}

// A method promoted to t through embedded struct fields (Go's lookup: the
// shallowest one). *derefs gets what reaching the receiver from a value of
// t costs: one per step out of a pointer, plus one more for a value method
// on a pointer field, minus one for a pointer method on a value field.
static Sym *find_promoted(Type *t, const char *name, int *derefs)
{
	enum { MAXQ = 64 };
	struct { Type *t; int derefs; } q[MAXQ], next[MAXQ];
	int nq = 1, depth = 0;
	q[0].t = t;
	q[0].derefs = 0;
	while (nq > 0 && depth++ < 8) {
		int nn = 0;
		for (int i = 0; i < nq; i++) {
			Type *st = type_underlying(q[i].t);
			int d = q[i].derefs;
			if (st->kind == TY_POINTER) {
				st = type_underlying(st->elem);
				d++;
			}
			if (st->kind != TY_STRUCT)
				continue;
			for (int j = 0; j < st->fields.len; j++) {
				Field *f = &st->fields.items[j];
				if (!f->embedded || type_is_interface(f->type))
					continue;
				bool ptr_recv = false;
				Sym *m = find_method(f->type, name, &ptr_recv);
				if (m) {
					bool fptr = f->type->kind == TY_POINTER;
					*derefs = d + (!ptr_recv && fptr ? 1 : 0) - (ptr_recv && !fptr ? 1 : 0);
					return m;
				}
				if (nn < MAXQ) {
					next[nn].t = f->type;
					next[nn].derefs = d;
					nn++;
				}
			}
		}
		memcpy(q, next, (size_t)nn * sizeof q[0]);
		nq = nn;
	}
	return NULL;
}

static bool promoted_from_iface(Type *t, const char *name)
{
	Type *st = type_underlying(t);
	if (st->kind == TY_POINTER)
		st = type_underlying(st->elem);
	if (st->kind != TY_STRUCT)
		return false;
	for (int i = 0; i < st->fields.len; i++) {
		Field *f = &st->fields.items[i];
		if (!f->embedded || !type_is_interface(f->type))
			continue;
		Type *it = type_underlying(f->type);
		for (int j = 0; j < it->methods.len; j++)
			if (strcmp(it->methods.items[j].name, name) == 0)
				return true;
	}
	return false;
}

typedef struct Devirt {
	EscState *s;
	Sym *fn;        // the function whose calls are being devirtualised
} Devirt;


static void devirt_func(EscState *s, Sym *fn, Node *body);

// Go devirtualises function by function in the order its IR generator
// finished them: a function's closures (inner ones first) before it.
static bool devirt_closures(Node *n, void *ctx)
{
	Node *lit = esc_inlined_literal(n);
	if (lit) {
		devirt_func(ctx, lit->u.funclit.fn, lit->u.funclit.body);
		return true;
	}
	if (n->kind == ND_FUNCLIT) {
		if (n->u.funclit.fn)
			devirt_func(ctx, n->u.funclit.fn, n->u.funclit.body);
		return false;
	}
	return true;
}

static bool devirt_visit(Node *n, void *ctx)
{
	Devirt *d = ctx;
	EscState *s = d->s;
	if (n->kind == ND_FUNCLIT)
		return false;  // a function of its own
	if (n->kind != ND_CALL || n->u.call.call != CALL_IFACE)
		return true;
	Node *sel = ast_unparen(n->u.call.fn);
	if (sel->kind != ND_SELECTOR)
		return true;
	Node *r = esc_static_value(s, sel->u.sel.x, d->fn);
	Node *x = NULL;
	if (r->kind == ND_CONV && r->u.conv.conv == CONV_IFACE)
		x = r->u.conv.x;
	else if (r->kind == ND_CALL && r->u.call.call == CALL_CONV && r->type &&
		 type_is_interface(r->type) && r->u.call.args.len == 1)
		x = r->u.call.args.items[0];
	if (!x || !x->type || type_is_interface(x->type))
		return true;
	bool ptr_recv = false;
	Sym *m = find_method(x->type, sel->u.sel.name, &ptr_recv);
	int adj = 0;
	if (m) {
		// x.(T).M(): a value method on a pointer T takes *x.(T).
		adj = ptr_recv || x->type->kind != TY_POINTER ? 0 : 1;
	} else {
		m = find_promoted(x->type, sel->u.sel.name, &adj);
		if (m) {
			ptr_recv = false;  // reachable: the conversion compiled
			s->devirt_adj[n->id] = (signed char)adj;
			s->devirt_fn[n->id] = m;
			s->devirt_type[n->id] = x->type;
			if (s->opts->m_level || s->opts->json_out)
				esc_report_devirt(s, n, x->type, false);
			return true;
		}
	}
	if (!m && promoted_from_iface(x->type, sel->u.sel.name)) {
		// The method comes from an embedded interface: the call stays
		// dynamic, on the embedded field of x.(T).
		s->devirt_type[n->id] = x->type;
		if (s->opts->m_level || s->opts->json_out)
			esc_report_devirt(s, n, x->type, true);
		return true;
	}
	if (!m || (ptr_recv && x->type->kind != TY_POINTER))
		return true;
	s->devirt_fn[n->id] = m;
	s->devirt_type[n->id] = x->type;
	s->devirt_adj[n->id] = (signed char)adj;
	if (s->opts->m_level || s->opts->json_out)
		esc_report_devirt(s, n, x->type, false);
	return true;
}

static void devirt_func(EscState *s, Sym *fn, Node *body)
{
	if (!body)
		return;
	// Dead code is gone from fn's body, but a closure in it is still a
	// function Go devirtualises.
	bool saved = visit_dead;
	visit_dead = true;
	visit(body, devirt_closures, s);
	visit_dead = false;
	Devirt d = {s, fn};
	visit(body, devirt_visit, &d);
	visit_dead = saved;
}

int esc_devirt_derefs(EscState *s, Node *call)
{
	if (call->id <= 0 || call->id >= s->nnodes || s->wrapper_mode)
		return 0;
	return s->devirt_adj[call->id];
}

Sym *esc_devirt_target(EscState *s, Node *call, Type **concrete)
{
	*concrete = NULL;
	if (call->id <= 0 || call->id >= s->nnodes || !s->devirt_type[call->id] || s->wrapper_mode)
		return NULL;
	*concrete = s->devirt_type[call->id];
	return s->devirt_fn[call->id];
}

// }====================================================================

void esc_prepass_reset(void)
{
	visit_state = NULL;
	visit_dead = false;
	vinfo_owner = NULL;
}

// From here on esc_visit skips what s's dead-code table marks.
void esc_prepass_begin(EscState *s)
{
	visit_state = s;
}

void esc_var_facts(EscState *s, Program *prog)
{
	for (int i = 0; i < prog->funcs.len; i++)
		if (prog->funcs.items[i]->body)
			visit(prog->funcs.items[i]->body, vinfo_visit, s);
	visit_dead = true;
	for (int i = 0; i < prog->funcs.len; i++)
		if (prog->funcs.items[i]->body)
			visit(prog->funcs.items[i]->body, vinfo_closures, s);
	visit_dead = false;
}

void esc_devirt_all(EscState *s, Program *prog)
{
	for (int i = 0; i < prog->funcs.len; i++)
		if (prog->funcs.items[i]->body)
			devirt_func(s, prog->funcs.items[i], prog->funcs.items[i]->body);
}

