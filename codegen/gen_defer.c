// gen_defer.c: defer and go statements' records. The callee (or receiver)
// and the arguments are evaluated when the statement runs, into a record;
// the record's run function makes the call later (at return for defer, on
// the new goroutine for go). Builtins deferred or started get a record of
// their operands; any other call becomes a thunk closure of no arguments.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

// Argument i of a deferred call, as type t: the argument itself, or g's
// i-th result when the call is f(g()) (tup: the temporary holding them).
// Go evaluates each operand of a defer or go statement as a statement of
// its own (`defer f(x + g())` calls g before it reads x).
static const char *thunk_arg(CGen *g, NodeList *args, const char *tup, int i, Type *t)
{
	if (!tup)
		return cg_expr_alone(g, args->items[i], t);
	Type *tt = args->items[0]->type;
	return cg_convert(g, cg_fmt(g, "%s.%s", tup, cg_tuple_field(i)), tt->fields.items[i].type, t, NULL);
}

// The temporary holding g's results when a deferred call is f(g()), or NULL;
// *pre is set to its assignment.
static const char *thunk_tuple(CGen *g, NodeList *args, const char **pre)
{
	Type *tt = args->len == 1 ? args->items[0]->type : NULL;
	*pre = "";
	if (!tt || tt->kind != TY_TUPLE)
		return NULL;
	const char *t = cg_tmp(g, tt);
	*pre = cg_fmt(g, "%s = %s, ", t, cg_expr(g, args->items[0]));
	return t;
}

static Type *thunk_arg_type(NodeList *args, const char *tup, int i)
{
	return tup ? args->items[0]->type->fields.items[i].type : args->items[i]->type;
}

// defer f(args): the function value (or receiver) and arguments are
// evaluated now into a record; the record's run function makes the call.
// A defer outside loops runs at most once per call, so its record and the
// thunk it calls live in the frame, which outlives every way the call can
// run (the return's epilogue, a panic running the frame's defers while
// the frame is still there); as Go's stack-allocated defer records, it
// costs no allocation. A defer in a loop may run any number of times: its
// records come from the heap (go_defer_alloc).
const char *cg_defer(CGen *g, Node *call, bool in_loop)
{
	int id = ++g->ndefer;
	const char *rec = cg_fmt(g, "defer%d_", id);
	Sect run = {0};
	Node *fn = ast_unparen(call->u.call.fn);
	CallKind dk = call->u.call.call;
	if ((dk == CALL_FMT || dk == CALL_SYNC) && call->u.call.builtin == BI_LIB)
		dk = CALL_UNRESOLVED;   // the general case below
	// The record holds what its case below stores (a frame record of a
	// small goroutine must stay small: stackcheck.c, small_ok).
	Builtin bi = call->u.call.builtin;
	const char *fields = "go_closure *fn;";
	int64_t bytes = 8;
	if (dk == CALL_FMT)
		fields = "go_slice args; go_string fmt;", bytes = 40;
	else if (dk == CALL_BUILTIN && bi == BI_RECOVER && g->fn)
		fields = "bool may;", bytes = 8;
	else if (dk == CALL_BUILTIN && bi == BI_PANIC)
		fields = "go_iface pv;", bytes = 16;
	else if (dk == CALL_BUILTIN && (bi == BI_PRINT || bi == BI_PRINTLN))
		fields = "go_slice args;", bytes = 24;
	sect_printf(&g->protos, "struct %s { go_defer d; %s };\n", rec, fields);
	const char *p = cg_tmp_c(g, cg_fmt(g, "struct %s *", rec));
	if (in_loop)
		cg_line(g, "%s = go_defer_alloc(sizeof *%s);", p, p);
	else
		cg_line(g, "%s = &%s;", p, cg_tmp_c_bytes(g, cg_fmt(g, "struct %s", rec),
			(int64_t)sizeof(void *) * 3 + bytes));
	cg_line(g, "%s->d.run = %s_run;", p, rec);
	switch (dk) {
	case CALL_FMT: {
		Builtin b = call->u.call.builtin;
		NodeList *args = &call->u.call.args;
		bool has_format = b == BI_FMT_PRINTF;
		int first = has_format ? 1 : 0;
		// defer fmt.Println(g()): g's results are the arguments.
		const char *pre, *tup = has_format ? NULL : thunk_tuple(g, args, &pre);
		int nargs = tup ? args->items[0]->type->fields.len : args->len;
		const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(nargs + 1));
		for (int i = first; i < nargs; i++)
			vals[i] = thunk_arg(g, args, tup, i, type_any);
		if (tup)
			cg_line(g, "(void)(%s0);", pre);
		Node heap = {.escapes = true};
		cg_line(g, "%s->args = %s;", p, cg_pack(g, &heap, type_any, vals + first, nargs - first));
		if (has_format)
			cg_line(g, "%s->fmt = %s;", p, cg_expr_alone(g, args->items[0], type_untyped_string));
		const char *f = b == BI_FMT_PRINTLN ? "go_fmt_println" : b == BI_FMT_PRINT ? "go_fmt_print"
			: "go_fmt_printf";
		if (has_format)
			sect_printf(&run, "\t%s(r->fmt, r->args);\n", f);
		else if (b == BI_FMT_PRINTLN || b == BI_FMT_PRINT)
			sect_printf(&run, "\t%s(r->args);\n", f);
		else
			sect_printf(&run, "\t(void)r;\n");
		break;
	}
	case CALL_BUILTIN:
		// defer recover(): a call by this function, when it returns;
		// whether it may recover was settled at its entry (rcv_ok_).
		if (call->u.call.builtin == BI_RECOVER && g->fn) {
			g->uses_recover = true;
			cg_line(g, "%s->may = rcv_ok_;", p);
			sect_printf(&run, "\tgo_recover_deferred(r->may);\n");
			break;
		}
		if (call->u.call.builtin == BI_PANIC) {
			cg_line(g, "%s->pv = %s;", p, cg_expr_alone(g, call->u.call.args.items[0], type_any));
			sect_printf(&run, "\tgo_panic(r->pv);\n");
			break;
		}
		if (call->u.call.builtin == BI_PRINT || call->u.call.builtin == BI_PRINTLN) {
			NodeList *args = &call->u.call.args;
			const char *pre, *tup = thunk_tuple(g, args, &pre);
			int nargs = tup ? args->items[0]->type->fields.len : args->len;
			const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(nargs + 1));
			for (int i = 0; i < nargs; i++)
				vals[i] = thunk_arg(g, args, tup, i, type_any);
			Node heap = {.escapes = true};
			if (tup)
				cg_line(g, "(void)(%s0);", pre);
			cg_line(g, "%s->args = %s;", p, cg_pack(g, &heap, type_any, vals, nargs));
			sect_printf(&run, "\tgo_print_args(r->args, %s);\n",
				call->u.call.builtin == BI_PRINTLN ? "true" : "false");
			break;
		}
		/* fallthrough */
	default: {
		// Everything else: wrap the call in a closure of no arguments whose
		// captured values are evaluated now. A closure literal's own
		// captures give Go's semantics for defer func(){...}().
		Type *sig = call->u.call.ftype;
		bool direct_lit = (call->u.call.call == CALL_FUNCLIT || call->u.call.call == CALL_VALUE) &&
			sig && sig->fields.len == 0;
		if (direct_lit) {
			cg_line(g, "%s->fn = %s;", p, cg_expr(g, fn));
			Type *rt = cg_result_type(g, sig);
			// A literal's function is the closure's own: it may
			// recover. A func value may be a wrapper: anyone may.
			sect_printf(&run, "\tgo_defer_arm(%s);\n", call->u.call.call == CALL_FUNCLIT ? "r->fn->fn" : "NULL");
			sect_printf(&run, "\t((%s (*)(go_closure *))r->fn->fn)(r->fn);\n", rt ? cg_ctype(g, rt) : "void");
			break;
		}
		// General case: evaluate callee and args into an argument pack of
		// interfaces is too lossy; instead evaluate them into temporaries of
		// their own types and store a closure over them.
		cg_line(g, "%s->fn = %s;", p, cg_defer_thunk(g, call, !in_loop));
		sect_printf(&run, "\t((void (*)(go_closure *))r->fn->fn)(r->fn);\n");
		break;
	}
	}
	cg_line(g, "go_defer_push(&df_, &%s->d);", p);
	sect_printf(&g->protos, "static void %s_run(go_defer *d_);\n", rec);
	sect_printf(&g->funcs, "\nstatic void %s_run(go_defer *d_)\n{\n\tstruct %s *r = (struct %s *)d_;\n%s}\n",
		rec, rec, rec, run.p ? run.p : "");
	free(run.p);
	return "";
}

// defer/go delete(m, k), copy(dst, src), close(c): the operands are
// evaluated now into a record, the builtin runs later.
// Where a thunk record p of struct name (fn, then fields ft; a NULL type
// is a pointer word, ptrw) lives: in the frame for a defer outside loops
// (on_frame, cg_defer), sized for the frame estimate with every field
// padded to a word, else on the heap with the record's pointer mask.
static const char *thunk_storage(CGen *g, const char *name, const char *p, Type **ft, bool *ptrw,
	int nf, bool on_frame)
{
	if (!on_frame)
		return cg_fmt(g, "go_new_masked(sizeof *%s, %s)", p, cg_record_mask(g, name, ft, ptrw, nf));
	int64_t bytes = 8;
	for (int i = 0; i < nf; i++)
		bytes += ft[i] ? (ft[i]->size + 7) & ~(int64_t)7 : 8;
	return cg_fmt(g, "&%s", cg_tmp_c_bytes(g, cg_fmt(g, "struct %s", name), bytes));
}

static const char *builtin_thunk(CGen *g, Node *call, const char *name, bool on_frame)
{
	NodeList *args = &call->u.call.args;
	Builtin b = call->u.call.builtin;
	int nargs = b == BI_CLOSE ? 1 : 2;
	const char *pre, *tup = thunk_tuple(g, args, &pre);
	if ((!tup && args->len != nargs) || call->u.call.spread) {
		cg_unsupported(call->pos, "this deferred call");
		return "NULL";
	}
	Type *t0 = thunk_arg_type(args, tup, 0);
	Type *t1 = nargs > 1 ? thunk_arg_type(args, tup, 1) : NULL;
	if (b == BI_DELETE)
		t1 = type_underlying(t0)->key;
	if (t1 && type_is_untyped(t1))
		t1 = cg_default_type(t1);
	Type *ft[2] = {t0, t1};
	bool ptrw[2] = {false, false};
	const char *p = cg_tmp_c(g, cg_fmt(g, "struct %s *", name));
	sect_printf(&g->protos, "struct %s { void *fn; %s a0; ", name, cg_ctype(g, t0));
	if (t1)
		sect_printf(&g->protos, "%s a1; ", cg_ctype(g, t1));
	sect_printf(&g->protos, "};\nstatic void %s_fn(go_closure *c_);\n", name);
	const char *body;
	if (b == BI_DELETE)
		body = cg_fmt(g, "go_map_delete(%s, t->a0, &t->a1)", cg_tdesc(g, t0));
	else if (b == BI_CLOSE)
		body = "go_chan_close(t->a0)";
	else if (type_is_string(t1))
		body = "go_copy(t->a0, (go_slice){(void *)t->a1.ptr, t->a1.len, t->a1.len}, 1)";
	else
		body = cg_fmt(g, "go_copy(t->a0, t->a1, sizeof(%s))", cg_ctype(g, type_underlying(t0)->elem));
	sect_printf(&g->funcs, "\nstatic void %s_fn(go_closure *c_)\n{\n\tstruct %s *t = (struct %s *)c_;\n"
		"\t%s;\n}\n", name, name, name, body);
	const char *a0 = thunk_arg(g, args, tup, 0, t0);
	const char *a1 = t1 ? thunk_arg(g, args, tup, 1, t1) : NULL;
	return cg_fmt(g, "(%s%s = %s, %s->fn = (void *)%s_fn, %s->a0 = %s, %s%s(go_closure *)%s)",
		pre, p, thunk_storage(g, name, p, ft, ptrw, t1 ? 2 : 1, on_frame), p, name, p, a0,
		t1 ? cg_fmt(g, "%s->a1 = %s", p, a1) : "", t1 ? ", " : "", p);
}

// go fmt.Println(x), go println(x), go panic(x): the arguments are boxed
// now into a record ([]any, and Printf's format); the goroutine prints
// them (a Sprint-like call's result is dropped, as Go drops it).
static const char *print_thunk(CGen *g, Node *call, const char *name)
{
	NodeList *args = &call->u.call.args;
	Builtin b = call->u.call.builtin;
	bool has_format = b == BI_FMT_PRINTF || b == BI_FMT_SPRINTF || b == BI_FMT_ERRORF;
	int first = has_format ? 1 : 0;
	const char *pre = "", *tup = has_format ? NULL : thunk_tuple(g, args, &pre);
	int nargs = tup ? args->items[0]->type->fields.len : args->len;
	const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(nargs + 1));
	for (int i = first; i < nargs; i++)
		vals[i] = thunk_arg(g, args, tup, i, type_any);
	Node heap = {.escapes = true};
	const char *pack = cg_pack(g, &heap, type_any, vals + first, nargs - first);
	const char *fmt = has_format ? cg_expr_alone(g, args->items[0], type_untyped_string) : "(go_string){0}";
	const char *body;
	if (call->u.call.call == CALL_BUILTIN && b == BI_PANIC)
		body = "go_panic(((go_iface *)t->a0.ptr)[0])";
	else if (call->u.call.call == CALL_BUILTIN)
		body = cg_fmt(g, "go_print_args(t->a0, %s)", b == BI_PRINTLN ? "true" : "false");
	else if (b == BI_FMT_PRINTLN || b == BI_FMT_PRINT)
		body = cg_fmt(g, "%s(t->a0)", b == BI_FMT_PRINTLN ? "go_fmt_println" : "go_fmt_print");
	else if (b == BI_FMT_PRINTF)
		body = "go_fmt_printf(t->a1, t->a0)";
	else
		body = "(void)t";
	Type *ft[2] = {type_slice(type_any), type_str};
	bool ptrw[2] = {false, false};
	const char *p = cg_tmp_c(g, cg_fmt(g, "struct %s *", name));
	sect_printf(&g->protos, "struct %s { void *fn; go_slice a0; go_string a1; };\n"
		"static void %s_fn(go_closure *c_);\n", name, name);
	sect_printf(&g->funcs, "\nstatic void %s_fn(go_closure *c_)\n{\n\tstruct %s *t = (struct %s *)c_;\n"
		"\t%s;\n}\n", name, name, name, body);
	// The format is evaluated first, as Go evaluates arguments in order.
	return cg_fmt(g, "(%s%s = go_new_masked(sizeof *%s, %s), %s->fn = (void *)%s_fn, %s->a1 = %s, "
		"%s->a0 = %s, (go_closure *)%s)", pre, p, p, cg_record_mask(g, name, ft, ptrw, 2), p, name,
		p, fmt, p, pack, p);
}

// The receiver of a deferred method call, evaluated as its own statement.
static const char *recv_alone(CGen *g, Node *sel, const char *(*recv)(CGen *, Node *))
{
	CgPre sub;
	cg_alone_open(g, &sub);
	return cg_alone_close(g, &sub, recv(g, sel));
}

// A closure of no arguments that performs `call` with its callee and
// arguments as evaluated now (the general defer case).
const char *cg_defer_thunk(CGen *g, Node *call, bool on_frame)
{
	int id = ++g->nthunk;
	const char *name = cg_fmt(g, "thunk%d_", id);
	if (call->u.call.call == CALL_BUILTIN && (call->u.call.builtin == BI_DELETE ||
	    call->u.call.builtin == BI_COPY || call->u.call.builtin == BI_CLOSE))
		return builtin_thunk(g, call, name, on_frame);
	if (call->u.call.call == CALL_BUILTIN && call->u.call.builtin == BI_RECOVER) {
		// go recover(): the goroutine's function is recover itself, not
		// a deferred function calling it, so it recovers nothing.
		sect_printf(&g->funcs, "\nstatic void %s_fn(go_closure *c_)\n{\n\t(void)c_;\n}\n", name);
		sect_printf(&g->descs, "static go_closure %s_clo = {(void *)%s_fn};\n", name, name);
		sect_printf(&g->protos, "static void %s_fn(go_closure *c_);\n", name);
		return cg_fmt(g, "(&%s_clo)", name);
	}
	if ((call->u.call.call == CALL_FMT && call->u.call.builtin != BI_LIB) ||
	    (call->u.call.call == CALL_BUILTIN && (call->u.call.builtin == BI_PRINT ||
	     call->u.call.builtin == BI_PRINTLN || call->u.call.builtin == BI_PANIC)))
		return print_thunk(g, call, name);
	Node *fn = ast_unparen(call->u.call.fn);
	Type *sig = call->u.call.ftype;
	NodeList *args = &call->u.call.args;
	if (!sig && call->u.call.callee)
		sig = call->u.call.callee->type;
	if (!sig && fn->kind == ND_SELECTOR && fn->u.sel.method)
		sig = fn->u.sel.method->type;
	if (!sig) {
		cg_unsupported(call->pos, "this deferred call");
		return "NULL";
	}
	int np = sig->fields.len;
	Sect st = {0}, body = {0}, init = {0};
	sect_printf(&st, "struct %s { void *fn; ", name);
	const char *p = cg_tmp_c(g, cg_fmt(g, "struct %s *", name));
	sect_printf(&init, "%s->fn = (void *)%s_fn, ", p, name);
	// The record's fields after fn, for its pointer mask: a pointer word
	// (by_ref) or a value of a Go type.
	Type **ft = arena_zalloc(&g->arena, sizeof(Type *) * (size_t)(np + 3));
	bool *ptrw = arena_zalloc(&g->arena, sizeof(bool) * (size_t)(np + 3));
	int nf = 0;
	// callee part
	const char *callee = NULL;
	CallKind ck = call->u.call.call;
	if (ck == CALL_FMT && call->u.call.builtin == BI_LIB)
		ck = CALL_FUNC;
	else if (ck == CALL_SYNC && call->u.call.builtin == BI_LIB)
		ck = CALL_METHOD;
	switch (ck) {
	case CALL_FUNC:
		callee = cg_func_name(g, call->u.call.callee);
		break;
	case CALL_METHOD: {
		Sym *m = call->u.call.callee;
		Type *rt = m->params.len ? m->params.items[0]->type : m->recv_type;   // library methods have no param syms
		ft[nf++] = rt;
		sect_printf(&st, "%s recv; ", cg_ctype(g, rt));
		sect_printf(&init, "%s->recv = %s, ", p, recv_alone(g, fn, cg_recv_expr));
		callee = cg_func_name(g, m);
		break;
	}
	case CALL_IFACE: {
		ptrw[nf++] = true;   // tab
		ptrw[nf++] = true;   // data
		sect_printf(&st, "go_iface recv; ");
		// x.M is evaluated now: a nil interface panics at the defer
		// statement (a nil func value only when the call runs).
		sect_printf(&init, "%s->recv = %s, (void)GO_NILCHK(%s->recv.tab), ", p,
			recv_alone(g, fn, cg_iface_recv), p);
		break;
	}
	case CALL_VALUE: case CALL_FUNCLIT: case CALL_METHODEXPR:
		ptrw[nf++] = true;
		sect_printf(&st, "go_closure *f; ");
		sect_printf(&init, "%s->f = %s, ", p, cg_expr_alone(g, fn, NULL));
		break;
	case CALL_SYNC:
		ptrw[nf++] = true;
		sect_printf(&st, "void *recv; ");
		sect_printf(&init, "%s->recv = %s, ", p, recv_alone(g, fn, cg_recv_expr));
		break;
	default:
		cg_unsupported(call->pos, "this deferred call");
		free(st.p);
		free(body.p);
		free(init.p);
		return "NULL";
	}
	// arguments; f(g()) takes them from g's results, through a temporary
	int nfix = sig->variadic && !call->u.call.spread ? np - 1 : np;
	const char *pre, *tup = thunk_tuple(g, args, &pre);
	int nargs = tup ? args->items[0]->type->fields.len : args->len;
	sect_printf(&init, "%s", pre);
	Sect al = {0};
	for (int i = 0; i < np; i++) {
		Type *pt = sig->fields.items[i].type;
		ft[nf++] = pt;
		sect_printf(&st, "%s a%d; ", cg_ctype(g, pt), i);
		if (i < nfix) {
			sect_printf(&init, "%s->a%d = %s, ", p, i, thunk_arg(g, args, tup, i, pt));
		} else {
			Type *et = type_underlying(pt)->elem;
			int nv = nargs - nfix;
			const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(nv + 1));
			for (int k = 0; k < nv; k++)
				vals[k] = thunk_arg(g, args, tup, nfix + k, et);
			Node heap = {.escapes = true};
			sect_printf(&init, "%s->a%d = %s, ", p, i, cg_pack(g, &heap, et, vals, nv));
		}
		sect_printf(&al, "%st->a%d", i ? ", " : "", i);
	}
	sect_printf(&st, "};\n");
	sect_put(&g->protos, st.p, st.len);
	sect_printf(&g->protos, "static void %s_fn(go_closure *c_);\n", name);
	const char *a = al.p ? al.p : "";
	// The function called may recover a panic whose deferred call this is
	// (go_defer_arm): named when known, else (an interface method, a func
	// value: perhaps a wrapper) whichever function comes first.
	if (ck == CALL_FUNC || ck == CALL_METHOD)
		sect_printf(&body, "\tgo_defer_arm((const void *)%s);\n", callee);
	else if (ck == CALL_FUNCLIT)
		sect_printf(&body, "\tgo_defer_arm(t->f->fn);\n");
	else if (ck != CALL_SYNC)
		sect_printf(&body, "\tgo_defer_arm(NULL);\n");
	switch (ck) {
	case CALL_FUNC:
		sect_printf(&body, "\t%s(%s);\n", callee, a);
		break;
	case CALL_METHOD:
		sect_printf(&body, "\t%s(t->recv%s%s);\n", callee, *a ? ", " : "", a);
		break;
	case CALL_SYNC:
		sect_printf(&body, "\t%s;\n", cg_sync_call(g, call->u.call.builtin, "t->recv", np ? "t->a0" : NULL));
		break;
	case CALL_IFACE: {
		Type *cur = fn->u.sel.x->type;
		for (int i = 0; i < fn->u.sel.npath; i++) {
			Type *u = type_underlying(cur);
			if (u->kind == TY_POINTER)
				u = type_underlying(u->elem);
			cur = u->fields.items[fn->u.sel.path[i]].type;
		}
		int k = cg_iface_method_index(cur, fn->u.sel.name);
		sect_printf(&body, "\t((%s)((const go_itab *)GO_NILCHK(t->recv.tab))->fun[%d])(t->recv.data%s%s);\n",
			cg_func_ptr_type(g, sig, "void *"), k, *a ? ", " : "", a);
		break;
	}
	default:
		sect_printf(&body, "\t((%s)GO_NILCHK(t->f)->fn)(t->f%s%s);\n",
			cg_func_ptr_type(g, sig, "go_closure *"), *a ? ", " : "", a);
		break;
	}
	// The call copies the saved receiver and arguments, and gets the
	// callee's results.
	int64_t copies = 0;
	for (int i = 0; i < nf; i++)
		copies += ft[i] ? ft[i]->size : 8;
	for (int i = 0; i < sig->results.len; i++)
		copies += sig->results.items[i].type ? sig->results.items[i].type->size : 8;
	CgThunk th = {cg_fmt(g, "%s_fn", name), "void", 0, "go_closure *", "c_", NULL,
		cg_fmt(g, "\tstruct %s *t = (struct %s *)c_;\n\t(void)t;\n%s", name, name, body.p), copies};
	cg_emit_thunk(g, &th);
	sect_printf(&init, "(go_closure *)%s)", p);
	const char *r = cg_fmt(g, "(%s = %s, %s", p, thunk_storage(g, name, p, ft, ptrw, nf,
		on_frame), init.p);
	free(st.p);
	free(body.p);
	free(init.p);
	free(al.p);
	return r;
}
