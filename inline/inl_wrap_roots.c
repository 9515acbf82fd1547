// inl_wrap_roots.c: the types whose descriptors a program needs, as Go
// finds them (package-level types, types converted to interfaces, heap
// allocations, maps and channels made, method values), and the method
// expressions that name wrappers. inl_wrappers.c writes them in Go's order.
#include "inline/inl_wrap_internal.h"
#include "inline/inl_walk.h"

static Type *base_type(Type *t)
{
	return t && type_underlying(t)->kind == TY_POINTER && t->kind != TY_NAMED ? t->elem : t;
}

// A type whose descriptor the program needs directly (a root).
static void need(Wrap *w, Type *t, int depth)
{
	(void)depth;
	if (inl_wrap_skip_type(t))
		return;
	if (inl_typeset_add(&w->roots_set, t))
		vec_push(&w->arena, &w->roots, t);
}

// Go devirtualises i.M() when i always holds one concrete type, before
// escape analysis. When the call is a statement of its own in the inlined
// copy of a function literal called where it is written, the literal
// captures nothing, and that type is *T with M a method of T, Go 1.19
// stops with an internal compiler error ("order.stmt CALLMETH") before it
// writes the (*T).M wrapper: no line about it. (Its value used,
// `_ = i.M()`, compiles: escgen seed 13224; so does a literal capturing a
// variable, even one it does not use in the call: seed 18286.)
static void note_devirtualized(Wrap *w, Node *call)
{
	Node *sel = ast_unparen(call->u.call.fn);
	if (sel->kind != ND_SELECTOR)
		return;
	Node *x = ast_unparen(sel->u.sel.x);
	if (x->kind != ND_IDENT || !x->u.ident.sym || x->u.ident.sym->kind != SYM_VAR ||
	    !x->u.ident.sym->owner)
		return;
	Node *v = inl_static_value(x, x->u.ident.sym->owner);
	if (v->kind != ND_CONV || v->u.conv.conv != CONV_IFACE || !v->u.conv.x->type)
		return;
	Type *ct = v->u.conv.x->type;
	if (type_underlying(ct)->kind != TY_POINTER || ct->kind == TY_NAMED || !ct->elem ||
	    ct->elem->kind != TY_NAMED)
		return;
	bool value_method = false;   // declared on T itself (promoted ones resolve directly)
	for (int i = 0; i < ct->elem->methods.len; i++) {
		Method *m = &ct->elem->methods.items[i];
		if (strcmp(m->name, sel->u.sel.name) == 0 && !m->ptr_recv)
			value_method = true;
	}
	if (!value_method)
		return;
	const char *key = arena_sprintf(&w->arena, "%s.%s", type_string(ct), sel->u.sel.name);
	inl_wrap_done_add(w, key);
}

static bool roots(Node *n, void *ctx)
{
	Wrap *w = ctx;
	switch (n->kind) {
	case ND_GO: case ND_DEFER:
		// Go wraps these calls in a closure first; the wrapper it makes
		// for them comes late enough to be inlined into.
		w->godefer_call = ast_unparen(n->u.go.call);
		break;
	case ND_EXPRSTMT:
		w->stmt_call = ast_unparen(n->u.exprstmt.x);
		break;
	case ND_INLCALL:
		if (n->u.inl.call && ast_unparen(n->u.inl.call->u.call.fn)->kind == ND_FUNCLIT) {
			Node *outer = w->lit_copy;
			w->lit_copy = ast_unparen(n->u.inl.call->u.call.fn);
			inl_walk(n->u.inl.body, roots, NULL, w);
			for (int i = 0; i < n->u.inl.results.len; i++)
				inl_walk(n->u.inl.results.items[i], roots, NULL, w);
			w->lit_copy = outer;
			return false;
		}
		break;
	case ND_TYPESPEC: {
		// Go writes the descriptor of every package-level type it declares.
		Node *nm = n->u.typespec.name;
		Sym *ts = nm && nm->kind == ND_IDENT ? nm->u.ident.sym : NULL;
		if (!n->u.typespec.alias && ts && ts->kind == SYM_TYPE && ts->type)
			need(w, ts->type, 0);
		return false;
	}
	case ND_CONV:
		if (n->u.conv.conv == CONV_IFACE && n->u.conv.x && n->u.conv.x->type &&
		    !type_is_interface(n->u.conv.x->type))
			need(w, n->u.conv.x->type, 0);
		break;
	case ND_TYPEASSERT:
		if (n->u.assert.atype && n->u.assert.atype->type &&
		    !type_is_interface(n->u.assert.atype->type))
			need(w, n->u.assert.atype->type, 0);
		break;
	case ND_CASECLAUSE:
		for (int i = 0; i < n->u.clause.list.len; i++) {
			Node *e = n->u.clause.list.items[i];
			if (e->is_type && e->type && !type_is_interface(e->type))
				need(w, e->type, 0);
		}
		break;
	case ND_CALL:
		if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_MAKE && n->type) {
			Type *u = type_underlying(n->type);
			if (u->kind == TY_MAP || u->kind == TY_CHAN)
				need(w, n->type, 0);
			else if (n->escapes && u->kind == TY_SLICE)
				need(w, u->elem, 0);
		} else if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_NEW && n->escapes &&
			   n->type && type_underlying(n->type)->kind == TY_POINTER) {
			need(w, type_underlying(n->type)->elem, 0);
		} else if (n->u.call.call == CALL_CONV && n->type && type_is_interface(n->type) &&
			   n->u.call.args.len && n->u.call.args.items[0]->type &&
			   !type_is_interface(n->u.call.args.items[0]->type)) {
			need(w, n->u.call.args.items[0]->type, 0);
		}
		if (n->u.call.call == CALL_IFACE && n != w->godefer_call && n == w->stmt_call &&
		    w->lit_copy && !w->lit_copy->u.funclit.captures.len)
			note_devirtualized(w, n);
		{
			Node *fn = ast_unparen(n->u.call.fn);
			if (fn->kind == ND_SELECTOR &&
			    (fn->u.sel.sel == SEL_METHOD || fn->u.sel.sel == SEL_IFACE_METHOD)) {
				inl_walk(fn->u.sel.x, roots, NULL, w);
				for (int i = 0; i < n->u.call.args.len; i++)
					inl_walk(n->u.call.args.items[i], roots, NULL, w);
				return false;
			}
		}
		break;
	case ND_COMPOSITE:
		if (n->type && type_underlying(n->type)->kind == TY_MAP)
			need(w, n->type, 0);
		else if (n->escapes && n->type && type_underlying(n->type)->kind == TY_SLICE)
			need(w, type_underlying(n->type)->elem, 0);
		break;
	case ND_UNARY:
		// a heap allocation passes the allocated type's descriptor
		if (n->escapes && n->u.unary.op == TOK_AND && n->u.unary.x->type)
			need(w, n->u.unary.x->type, 0);
		break;
	case ND_SELECTOR:
		// A method value's closure holds the receiver: its descriptor is
		// written (calls x.M() do not get here, see ND_CALL).
		if (n->u.sel.sel == SEL_METHOD && n->u.sel.method && n->u.sel.method->recv_type) {
			Type *rt = n->u.sel.method->recv_type;
			need(w, type_underlying(rt)->kind == TY_POINTER && rt->kind != TY_NAMED ?
				rt->elem : rt, 0);
		}
		// A method expression names a function; one whose receiver type
		// differs from the method's is a wrapper.
		if (n->u.sel.sel == SEL_METHODEXPR && n->u.sel.method && n->u.sel.x->type) {
			MethExpr m = {n->u.sel.x->type, n->u.sel.method, n->u.sel.name, n->u.sel.npath};
			// (a method expression has no path: promoted when the bases differ)
			if (!m.depth && !type_identical(base_type(m.rcvr), base_type(m.fn->recv_type)))
				m.depth = 1;
			// (*T).M of a method declared on T: Go writes *T's descriptor,
			// so all of T's wrappers come with the other types, sorted
			Type *ru = type_underlying(m.rcvr);
			if (!m.depth && m.rcvr->kind != TY_NAMED && ru->kind == TY_POINTER &&
			    ru->elem->kind == TY_NAMED && type_identical(ru->elem, m.fn->recv_type))
				need(w, ru->elem, 0);
			else
				vec_push(&w->arena, &w->exprs, m);
		}
		break;
	case ND_IDENT:
		if (n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR && n->u.ident.sym->escapes &&
		    n->u.ident.sym->type)
			need(w, n->u.ident.sym->type, 0);   // moved to heap
		break;
	case ND_FUNCLIT:
		if (n->u.funclit.body)
			inl_walk(n->u.funclit.body, roots, NULL, w);
		return false;
	default:
		break;
	}
	return true;
}

// The roots need escape analysis's decisions: taken once Go's walk starts.
void inl_wrap_find_roots(Wrap *w)
{
	if (w->have_roots)
		return;
	w->have_roots = true;
	for (int i = 0; i < w->decls->len; i++) {
		Node *d = w->decls->items[i];
		if (d->kind == ND_FUNCDECL && d->u.func.body)
			inl_walk(d->u.func.body, roots, NULL, w);
		else if (d->kind == ND_DECLSTMT)
			inl_walk(d, roots, NULL, w);
	}
}
