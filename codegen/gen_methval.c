// gen_methval.c: function values and method wrappers: the static closure of
// a package function used as a value, the itab / method-table wrappers that
// take an interface's data word first, method values (x.M, a closure holding
// the receiver) and method expressions (T.M, the receiver as the first
// parameter). Each is generated once per program; thunks that copy large
// receivers go through cg_emit_thunk so they check the stack.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>
#include <string.h>

// The C parameter list (decl) or argument list of sig's parameters, named
// a0, a1, ..., after an optional leading hidden parameter.
static const char *args_list(CGen *g, Type *sig, const char *first, bool decl)
{
	Sect b = {0};
	int n = 0;
	if (first) {
		sect_printf(&b, "%s", first);
		n++;
	}
	for (int i = 0; i < sig->fields.len; i++) {
		if (decl)
			sect_printf(&b, "%s%s a%d", n ? ", " : "", cg_ctype(g, sig->fields.items[i].type), i);
		else
			sect_printf(&b, "%sa%d", n ? ", " : "", i);
		n++;
	}
	const char *s = arena_strndup(&g->arena, b.p ? b.p : "", b.len);
	free(b.p);
	return s;
}

const char *cg_fnval(CGen *g, Sym *fn)
{
	const char *cname = cg_func_name(g, fn);
	for (int i = 0; i < g->fnvals.len; i++)
		if (g->fnvals.items[i] == fn)
			return cg_fmt(g, "(&%s_clo)", cname);
	vec_push(&g->arena, &g->fnvals, fn);
	Type *sig = fn->type;
	Type *rt = cg_result_type(g, sig);
	const char *rts = rt ? cg_ctype(g, rt) : "void";
	sect_printf(&g->protos, "static %s %s_fv(%s);\n", rts, cname,
		args_list(g, sig, "go_closure *c_", true));
	sect_printf(&g->funcs, "\nstatic %s %s_fv(%s)\n{\n\t(void)c_;\n\t%s%s(%s);\n}\n", rts, cname,
		args_list(g, sig, "go_closure *c_", true), rt ? "return " : "", cname,
		args_list(g, sig, NULL, false));
	sect_printf(&g->descs, "static go_closure %s_clo = {(void *)%s_fv};\n", cname, cname);
	return cg_fmt(g, "(&%s_clo)", cname);
}

// Calls method `name` on `base`, a C expression of type t (an lvalue when t
// is not a pointer), following embedded fields as check_lookup found them.
static const char *method_call_on(CGen *g, Type *t, const char *base, const char *name,
	const char *args)
{
	Lookup lk = check_lookup(t, name);
	Type *cur = t;
	const char *e = base;
	for (int i = 0; i < lk.npath; i++) {
		Type *u = type_underlying(cur);
		bool ptr = u->kind == TY_POINTER;
		if (ptr)
			u = type_underlying(u->elem);
		Field *f = &u->fields.items[lk.path[i]];
		const char *fn = cg_field_name(g, f->name, lk.path[i]);
		e = ptr ? cg_fmt(g, "GO_NILCHK(%s)->%s", e, fn) : cg_fmt(g, "(%s).%s", e, fn);
		cur = f->type;
	}
	bool is_ptr = type_underlying(cur)->kind == TY_POINTER && cur->kind != TY_NAMED;
	if (lk.kind == LK_IFACE_METHOD) {
		Type *it = is_ptr ? type_underlying(cur)->elem : cur;
		if (is_ptr)
			e = cg_fmt(g, "(*GO_NILCHK(%s))", e);
		int k = cg_iface_method_index(it, name);
		const char *tmp = cg_tmp_c(g, "go_iface");
		return cg_fmt(g, "(%s = %s, ((%s)((const go_itab *)GO_NILCHK(%s.tab))->fun[%d])(%s))", tmp,
			e, cg_func_ptr_type(g, lk.method->sig, "void *"), tmp, k,
			*args ? cg_fmt(g, "%s.data, %s", tmp, args) : cg_fmt(g, "%s.data", tmp));
	}
	if (lk.kind != LK_METHOD)
		bug("method %s not found", name);
	Sym *m = lk.method->fn;
	const char *recv;
	if (lk.method->ptr_recv)
		recv = is_ptr ? e : cg_fmt(g, "&%s", e);
	else
		recv = is_ptr ? cg_fmt(g, "(*GO_NILCHK(%s))", e) : e;
	if (m->builtin)
		return cg_sync_call(g, m->builtin, recv, *args ? args : NULL);
	return cg_fmt(g, "%s(%s%s%s)", cg_func_name(g, m), recv, *args ? ", " : "", args);
}

// A wrapper that calls method `name` of a value of type recv:
//   iface_call: R W(void *data, params)   (itab and method-table entries)
const char *cg_method_wrapper(CGen *g, Type *recv, const char *name, bool iface_call)
{
	const char *td = cg_tdesc(g, recv);
	const char *wname = cg_fmt(g, "%s_%s_iw", td + 1, name);
	for (int i = 0; i < g->made_iw.len; i++)
		if (strcmp(g->made_iw.items[i], wname) == 0)
			return wname;
	vec_push(&g->arena, &g->made_iw, wname);
	(void)iface_call;
	Lookup lk = check_lookup(recv, name);
	Type *sig = lk.method->sig;
	Type *rt = cg_result_type(g, sig);
	const char *rts = rt ? cg_ctype(g, rt) : "void";
	const char *params = args_list(g, sig, "void *d_", true);
	sect_printf(&g->protos, "static %s %s(%s);\n", rts, wname, params);

	Sect decls = {0}, *saved_decls = g->decls;
	g->decls = &decls;
	int saved_tmp = g->ntmp;
	const char *ct = cg_ctype(g, recv);
	const char *base;
	Type *u = type_underlying(recv);
	if (u->kind == TY_POINTER) {
		base = cg_fmt(g, "((%s)d_)", ct);
		// A value method reached through a nil *T: Go's panicwrap text.
		if (lk.kind == LK_METHOD && !lk.method->ptr_recv && lk.npath == 0)
			sect_printf(&decls, "	if (!d_)\n\t\tgo_panic_wrap(%s, \"%s\");\n",
				cg_tdesc(g, u->elem), name);
	} else if (type_is_pointer_shaped(recv)) {
		sect_printf(&decls, "\t%s v_;\n\tmemcpy(&v_, &d_, sizeof v_);\n", ct);
		base = "v_";
	} else {
		base = cg_fmt(g, "(*(%s *)d_)", ct);
	}
	const char *call = method_call_on(g, recv, base, name, args_list(g, sig, NULL, false));
	// The receiver's value is copied from *d_ (embedding: the whole path's).
	Type *ru = type_underlying(recv);
	CgThunk th = {wname, rts, rt ? rt->size : 0, "void *", "d_", sig,
		cg_fmt(g, "%s\t%s%s;\n", decls.p ? decls.p : "", rt ? "return " : "", call),
		ru->kind == TY_POINTER && ru->elem ? ru->elem->size : recv->size};
	cg_emit_thunk(g, &th);
	free(decls.p);
	g->decls = saved_decls;
	g->ntmp = saved_tmp;
	return wname;
}

// x.M as a value: a closure holding the receiver, evaluated (and for value
// receivers copied) now, as Go does.
const char *cg_method_value(CGen *g, Node *n)
{
	Type *sig = n->type;
	bool iface = n->u.sel.sel == SEL_IFACE_METHOD;
	const char *recv;
	Type *rt_recv;
	if (iface) {
		recv = cg_fmt(g, "({ go_iface mvi_ = %s; GO_NILCHK(mvi_.tab); mvi_; })", cg_iface_recv(g, n));
		rt_recv = NULL;
	} else {
		recv = cg_recv_expr(g, n);
		// Library and sync methods have no parameter symbols.
		Sym *m = n->u.sel.method;
		rt_recv = m->params.len ? m->params.items[0]->type : m->recv_type;
	}
	// sync's methods (mu.Lock as a value) are runtime calls, not functions.
	Builtin sync_bi = iface || n->u.sel.method->builtin == BI_LIB ? BI_NONE : n->u.sel.method->builtin;
	const char *base = iface ? "iface" : sync_bi ? cg_fmt(g, "sync_%s", n->u.sel.method->name) :
		cg_func_name(g, n->u.sel.method);
	const char *fname = cg_fmt(g, "%s_mv%d", base, ++g->nmv);
	const char *ct = iface ? "go_iface" : cg_ctype(g, rt_recv);
	Type *rt = cg_result_type(g, sig);
	const char *rts = rt ? cg_ctype(g, rt) : "void";
	sect_printf(&g->protos, "struct %s_ctx { void *fn; %s recv; };\n", fname, ct);
	const char *params = args_list(g, sig, "go_closure *c_", true);
	const char *args = args_list(g, sig, NULL, false);
	sect_printf(&g->protos, "static %s %s(%s);\n", rts, fname, params);
	const char *r = cg_fmt(g, "((struct %s_ctx *)c_)->recv", fname);
	const char *call;
	if (iface) {
		Type *it = n->u.sel.x->type;
		for (int i = 0; i < n->u.sel.npath; i++) {
			Type *u = type_underlying(it);
			if (u->kind == TY_POINTER)
				u = type_underlying(u->elem);
			it = u->fields.items[n->u.sel.path[i]].type;
		}
		if (type_underlying(it)->kind == TY_POINTER)
			it = type_underlying(it)->elem;
		call = cg_fmt(g, "((%s)((const go_itab *)%s.tab)->fun[%d])(%s.data%s%s)",
			cg_func_ptr_type(g, sig, "void *"), r, cg_iface_method_index(it, n->u.sel.name), r,
			*args ? ", " : "", args);
	} else if (sync_bi) {
		call = cg_sync_call(g, sync_bi, r, *args ? args : NULL);
	} else {
		call = cg_fmt(g, "%s(%s%s%s)", cg_func_name(g, n->u.sel.method), r, *args ? ", " : "", args);
	}
	CgThunk th = {fname, rts, rt ? rt->size : 0, "go_closure *", "c_", sig,
		cg_fmt(g, "\t%s%s;\n", rt ? "return " : "", call), iface ? 16 : rt_recv->size};
	cg_emit_thunk(g, &th);
	const char *p = cg_tmp_c(g, cg_fmt(g, "struct %s_ctx *", fname));
	const char *alloc;
	if (cg_heap(g, n)) {
		// An interface receiver is two pointer words (tab, data).
		Type *ft[2] = {rt_recv, rt_recv};
		bool br[2] = {iface, iface};
		alloc = cg_fmt(g, "go_new_masked(sizeof *%s, %s)", p,
			cg_record_mask(g, fname, ft, br, iface ? 2 : 1));
	} else {
		const char *rec = cg_tmp_c(g, cg_fmt(g, "struct %s_ctx", fname));
		cg_ce_site(g, rec, n);
		alloc = cg_fmt(g, "&%s", rec);
	}
	return cg_fmt(g, "(%s = %s, %s->fn = (void *)%s, %s->recv = %s, (go_closure *)%s)", p, alloc,
		p, fname, p, recv, cg_heap(g, n) ? cg_ce_obj(g, p, "void *", false, n->pos) : p);
}

// T.M / (*T).M as a function value: receiver becomes the first parameter.
const char *cg_method_expr(CGen *g, Node *n)
{
	Type *t = n->u.sel.x->type;
	const char *name = n->u.sel.name;
	const char *td = cg_tdesc(g, t);
	const char *fname = cg_fmt(g, "%s_%s_me", td + 1, name);
	for (int i = 0; i < g->made_me.len; i++)
		if (strcmp(g->made_me.items[i], fname) == 0)
			return cg_fmt(g, "(&%s_clo)", fname);
	vec_push(&g->arena, &g->made_me, fname);
	Type *sig = n->type;   // func(recv, params...) results
	Type *rt = cg_result_type(g, sig);
	const char *rts = rt ? cg_ctype(g, rt) : "void";
	const char *params = args_list(g, sig, "go_closure *c_", true);
	sect_printf(&g->protos, "static %s %s(%s);\n", rts, fname, params);
	Sect b = {0};
	for (int i = 1; i < sig->fields.len; i++)
		sect_printf(&b, "%sa%d", i > 1 ? ", " : "", i);
	Sect decls = {0}, *saved_decls = g->decls;
	g->decls = &decls;
	const char *call = method_call_on(g, t, "a0", name, b.p ? b.p : "");
	g->decls = saved_decls;
	// A value method called through a *T parameter copies *a0.
	Type *tu = type_underlying(t);
	CgThunk th = {fname, rts, rt ? rt->size : 0, "go_closure *", "c_", sig,
		cg_fmt(g, "\t(void)c_;\n%s\t%s%s;\n", decls.p ? decls.p : "", rt ? "return " : "", call),
		tu->kind == TY_POINTER && tu->elem ? tu->elem->size : 0};
	cg_emit_thunk(g, &th);
	free(decls.p);
	free(b.p);
	sect_printf(&g->descs, "static go_closure %s_clo = {(void *)%s};\n", fname, fname);
	return cg_fmt(g, "(&%s_clo)", fname);
}
