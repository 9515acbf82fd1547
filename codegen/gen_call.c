// gen_call.c: calls — static, method, interface and closure calls,
// argument passing (variadic packs, f(g()) spreading), builtins, fmt,
// conversions T(x) (defer and go records: gen_defer.c).
//
// Go evaluates call arguments left to right; C does not promise an order.
// Calls among them are hoisted before the statement (gen_order.c); the
// operands that may still panic go through temporaries, in order, before
// the call and the callee's nil check (ordered_values).
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

static bool has_call_any(Node *n)
{
	if (!n || n->cval)
		return false;
	switch (n->kind) {
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_STRINGLIT: case ND_RUNELIT:
		return false;
	case ND_PAREN:
		return has_call_any(n->u.paren.x);
	case ND_SELECTOR:
		return n->u.sel.sel != SEL_FIELD || has_call_any(n->u.sel.x);
	case ND_CONV:
		return has_call_any(n->u.conv.x);
	case ND_UNARY:
		return has_call_any(n->u.unary.x);
	case ND_BINARY:
		return has_call_any(n->u.binary.x) || has_call_any(n->u.binary.y);
	case ND_STAR:
		return has_call_any(n->u.star.x);
	default:
		return true;
	}
}

static bool hoisting(CGen *g)
{
	return g->pre && g->pre->open;
}

// Values of nodes[i] as types[i], sequenced left to right when needed: the
// operands that may panic (Go's walk evaluates them in order before the
// call, and before the callee's own nil check when checks is set) and,
// where no statement hoists calls, every operand when several call.
// *pre receives the sequencing prefix ("t1 = ..., t2 = ...") or NULL.
static const char **ordered_values(CGen *g, Node **nodes, Type **types, int n, const char **pre, bool checks)
{
	const char **v = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(n + 1));
	int calls = 0, faults = 0;
	for (int i = 0; i < n; i++) {
		calls += has_call_any(nodes[i]);
		faults += cg_may_fault(g, nodes[i]);
	}
	bool by_calls = !hoisting(g) && calls > 1;
	bool by_faults = faults > 1 || (checks && faults > 0);
	Sect b = {0};
	for (int i = 0; i < n; i++) {
		const char *e = cg_expr_as(g, nodes[i], types[i]);
		if (!nodes[i]->cval && (by_calls || (by_faults && cg_may_fault(g, nodes[i])))) {
			Type *t = types[i] && !type_is_untyped(types[i]) ? types[i] : cg_default_type(nodes[i]->type);
			const char *tmp = cg_tmp(g, t);
			sect_printf(&b, "%s%s = %s", b.len ? ", " : "", tmp, e);
			e = tmp;
		}
		v[i] = e;
	}
	*pre = b.p ? arena_strndup(&g->arena, b.p, b.len) : NULL;
	free(b.p);
	return v;
}

static const char *with_pre(CGen *g, const char *pre, const char *e)
{
	return pre ? cg_fmt(g, "(%s, %s)", pre, e) : e;
}

// A []T pack of values (variadic call or fmt arguments): heap when the
// escape pass says the call's `... argument` escapes, else a stack array.
const char *cg_pack(CGen *g, Node *site, Type *et, const char **vals, int n)
{
	if (n == 0)
		return "(go_slice){0}";
	const char *ect = cg_ctype(g, et);
	const char *p = cg_tmp_c(g, cg_fmt(g, "%s *", ect));
	Sect b = {0};
	if (cg_heap(g, site))
		sect_printf(&b, "(%s = go_new_array_t(%s, %d), ", p, cg_tdesc(g, et), n);
	else {
		const char *arr = cg_fmt(g, "pack%d_", ++g->ntmp);
		sect_printf(g->decls, "\t%s %s[%d];\n", ect, arr, n);
		cg_frame_bytes(g, n * (et->size ? et->size : 8));
		cg_ce_site(g, arr, site->kind != ND_BAD ? site : NULL);
		sect_printf(&b, "(%s = %s, ", p, arr);
	}
	for (int i = 0; i < n; i++)
		sect_printf(&b, "%s[%d] = %s, ", p, i, vals[i]);
	sect_printf(&b, "(go_slice){%s, %d, %d})",
		cg_heap(g, site) && site->kind != ND_BAD ? cg_ce_obj(g, p, "void *", false, site->pos) : p, n, n);
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}

// The C argument list for a call of signature sig (first: a leading
// argument such as the receiver or closure, or NULL); *prep receives what
// must be evaluated before it (and before the callee's checks when checks).
static const char *call_args(CGen *g, Node *call, Type *sig, const char *first, bool checks,
			     const char **prep)
{
	NodeList *args = &call->u.call.args;
	int np = sig->fields.len;
	Sect b = {0};
	const char *pre = NULL;
	if (first)
		sect_printf(&b, "%s", first);
	if (args->len == 1 && np > 1 && args->items[0]->type && args->items[0]->type->kind == TY_TUPLE) {
		// f(g()): spread g's results.
		Node *a = args->items[0];
		const char *t = cg_tmp(g, a->type);
		pre = cg_fmt(g, "%s = %s", t, cg_expr(g, a));
		int nfix = sig->variadic ? np - 1 : np;
		for (int i = 0; i < nfix; i++)
			sect_printf(&b, "%s%s", b.len ? ", " : "",
				cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)), a->type->fields.items[i].type,
					sig->fields.items[i].type, NULL));
		if (sig->variadic) {
			int nv = a->type->fields.len - nfix;
			Type *et = type_underlying(sig->fields.items[np - 1].type)->elem;
			const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(nv + 1));
			for (int i = 0; i < nv; i++)
				vals[i] = cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(nfix + i)),
					a->type->fields.items[nfix + i].type, et, NULL);
			sect_printf(&b, "%s%s", b.len ? ", " : "", cg_pack(g, call, et, vals, nv));
		}
	} else {
		int nfix = sig->variadic && !call->u.call.spread ? np - 1 : np;
		int n = args->len;
		Type **types = arena_zalloc(&g->arena, sizeof(Type *) * (size_t)(n + 1));
		Type *et = NULL;
		for (int i = 0; i < n; i++) {
			if (i < nfix)
				types[i] = sig->fields.items[i].type;
			else {
				et = type_underlying(sig->fields.items[np - 1].type)->elem;
				types[i] = et;
			}
		}
		const char **vals = ordered_values(g, args->items, types, n, &pre, checks);
		for (int i = 0; i < nfix && i < n; i++)
			sect_printf(&b, "%s%s", b.len ? ", " : "", vals[i]);
		if (sig->variadic && !call->u.call.spread) {
			et = type_underlying(sig->fields.items[np - 1].type)->elem;
			sect_printf(&b, "%s%s", b.len ? ", " : "",
				cg_pack(g, call, et, vals + nfix, n > nfix ? n - nfix : 0));
		}
	}
	const char *s = arena_strndup(&g->arena, b.p ? b.p : "", b.len);
	free(b.p);
	*prep = pre;
	return s;
}

// fnpart(args), after pre when there is one.
static const char *call_with_pre(CGen *g, const char *pre, const char *fnpart, const char *args)
{
	if (pre)
		return cg_fmt(g, "(%s, %s(%s))", pre, fnpart, args);
	return cg_fmt(g, "%s(%s)", fnpart, args);
}

// A call of a known function: the operands in order, then the call.
static const char *direct_call(CGen *g, Node *n, Type *sig, const char *fname, const char *first)
{
	const char *pre;
	const char *args = call_args(g, n, sig, first, false, &pre);
	return call_with_pre(g, pre, fname, args);
}

// {==================== builtins ====================

static const char *gen_append(CGen *g, Node *n)
{
	NodeList *args = &n->u.call.args;
	Type *st = n->type;
	Type *et = type_underlying(st)->elem;
	const char *ect = cg_ctype(g, et);
	const char *s = cg_tmp_c(g, "go_slice");
	const char *elem_desc = cg_tdesc(g, et);
	Sect b = {0};
	Type *tt = args->items[0]->type;
	if (args->len == 1 && tt && tt->kind == TY_TUPLE) {
		// append(f()): f's results, through a temporary, are the arguments.
		int k = tt->fields.len - 1;
		const char *t = cg_tmp(g, tt);
		sect_printf(&b, "(%s = %s, %s = %s.%s, ", t, cg_expr(g, args->items[0]), s, t,
			    cg_tuple_field(0));
		sect_printf(&b, "(uint64_t)(%s.len + %d) > (uint64_t)%s.cap ? (%s = go_growslice(%s, %s.len + %d, %s)) : %s, ",
			    s, k, s, s, s, s, k, elem_desc, s);
		for (int i = 0; i < k; i++)
			sect_printf(&b, "((%s *)%s.ptr)[%s.len + %d] = %s, ", ect, s, s, i,
				    cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i + 1)),
					       tt->fields.items[i + 1].type, et, NULL));
		sect_printf(&b, "%s.len += %d, %s)", s, k, s);
		goto done;
	}
	sect_printf(&b, "(%s = %s, ", s, cg_expr_as(g, args->items[0], st));
	if (n->u.call.spread) {
		Node *src = args->items[1];
		const char *t = cg_tmp_c(g, "go_slice");
		if (type_is_string(src->type)) {
			const char *str = cg_tmp_c(g, "go_string");
			sect_printf(&b, "%s = %s, %s = (go_slice){(void *)%s.ptr, %s.len, %s.len}, ", str,
				cg_expr(g, src), t, str, str, str);
		} else {
			sect_printf(&b, "%s = %s, ", t, cg_expr(g, src));
		}
		// Unsigned: a length sum that overflows must reach growslice's panic.
		sect_printf(&b, "(uint64_t)(%s.len + %s.len) > (uint64_t)%s.cap ? (%s = go_growslice(%s, %s.len + %s.len, %s)) : %s, ",
			s, t, s, s, s, s, t, elem_desc, s);
		sect_printf(&b, "%s.len ? go_memmove((%s *)%s.ptr + %s.len, %s.ptr, sizeof(%s) * (size_t)%s.len) : 0, ",
			t, ect, s, s, t, ect, t);
		sect_printf(&b, "%s.len += %s.len, %s)", s, t, s);
	} else {
		int k = args->len - 1;
		if (k == 0) {
			sect_printf(&b, "%s)", s);
		} else {
			const char **vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)k);
			for (int i = 0; i < k; i++) {
				Node *a = args->items[i + 1];
				const char *v = cg_expr_as(g, a, et);
				if (!a->cval) {
					const char *t = cg_tmp(g, et);
					sect_printf(&b, "%s = %s, ", t, v);
					v = t;
				}
				vals[i] = v;
			}
			sect_printf(&b, "(uint64_t)(%s.len + %d) > (uint64_t)%s.cap ? (%s = go_growslice(%s, %s.len + %d, %s)) : %s, ",
				s, k, s, s, s, s, k, elem_desc, s);
			for (int i = 0; i < k; i++)
				sect_printf(&b, "((%s *)%s.ptr)[%s.len + %d] = %s, ", ect, s, s, i, vals[i]);
			sect_printf(&b, "%s.len += %d, %s)", s, k, s);
		}
	}
done:;
	const char *r = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return r;
}

static const char *gen_make(CGen *g, Node *n)
{
	NodeList *args = &n->u.call.args;
	Type *t = args->items[0]->type;
	Type *u = type_underlying(t);
	if (u->kind == TY_MAP) {
		const char *hint = args->len > 1 ? cg_expr_as(g, args->items[1], type_int) : "0";
		return cg_fmt(g, "go_map_make(%s, %s)", cg_tdesc(g, t), hint);
	}
	if (u->kind == TY_CHAN) {
		const char *size = args->len > 1 ? cg_expr_as(g, args->items[1], type_int) : "0";
		return cg_fmt(g, "go_chan_make(%s, %s)", cg_tdesc(g, u->elem), size);
	}
	Type *et = u->elem;
	const char *ect = cg_ctype(g, et);
	Node *ln = args->items[1], *cn = args->len > 2 ? args->items[2] : NULL;
	const char *len = cg_expr_as(g, ln, type_int);
	const char *cap = cn ? cg_expr_as(g, cn, type_int) : NULL;
	// A non-escaping make with constant size lives in the frame (Go: up to 64 KiB).
	if (!cg_heap(g, n) && ln->cval && (!cn || cn->cval)) {
		int64_t c = (int64_t)(cn ? cn->cval->i : ln->cval->i);
		type_complete(et);
		if (c >= 0 && c * et->size <= 65536 && c >= (int64_t)ln->cval->i) {
			const char *arr = cg_fmt(g, "mk%d_", ++g->ntmp);
			sect_printf(g->decls, "\t%s %s[%lld];\n", ect, arr, (long long)(c ? c : 1));
			cg_ce_site(g, arr, n);
			return cg_fmt(g, "(memset(%s, 0, sizeof %s), (go_slice){%s, %s, %lld})", arr, arr, arr, len,
				(long long)c);
		}
	}
	if (!cap) {
		const char *t1 = cg_tmp_c(g, "int64_t");
		return cg_fmt(g, "(%s = %s, go_make_slice(%s, %s, %s))", t1, len, cg_tdesc(g, et), t1, t1);
	}
	return cg_fmt(g, "go_make_slice(%s, %s, %s)", cg_tdesc(g, et), len, cap);
}

static const char *print_value(CGen *g, const char *v, Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_BOOL: return cg_fmt(g, "go_print_bool(%s)", v);
	case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
		return cg_fmt(g, "go_print_int(%s)", v);
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
		return cg_fmt(g, "go_print_uint(%s)", v);
	case TY_FLOAT32: case TY_FLOAT64: return cg_fmt(g, "go_print_float(%s)", v);
	case TY_STRING: case TY_UNTYPED_STRING: return cg_fmt(g, "go_print_string(%s)", v);
	case TY_SLICE: return cg_fmt(g, "go_print_slice(%s)", v);
	case TY_INTERFACE: return cg_fmt(g, "go_print_iface(%s)", v);
	case TY_UNTYPED_NIL: return "go_print_pointer(NULL)";
	default: return cg_fmt(g, "go_print_pointer((const void *)%s)", v);
	}
}

// The argument's value; one that may call, block or panic is evaluated into
// a temporary (*pre) before the print lock is taken, as Go does: println(f())
// where f prints, or println(*p) that panics and is recovered, would
// otherwise deadlock on the lock.
static const char *print_arg(CGen *g, Node *a, Sect *pre)
{
	Type *t = a->type;
	if (type_is_untyped(t))
		t = cg_default_type(t);
	const char *v = cg_expr_as(g, a, t);
	Node *u = ast_unparen(a);
	if (!a->cval && u->kind != ND_IDENT) {
		const char *tmp = cg_tmp(g, t);
		sect_printf(pre, "%s = %s, ", tmp, v);
		v = tmp;
	}
	return print_value(g, v, t);
}

static const char *gen_print(CGen *g, Node *n, bool ln)
{
	NodeList *args = &n->u.call.args;
	Sect b = {0};
	if (args->len == 1 && args->items[0]->type->kind == TY_TUPLE) {
		// print(f()): the results, evaluated before the lock is taken
		Type *tt = args->items[0]->type;
		const char *t = cg_tmp(g, tt);
		sect_printf(&b, "(%s = %s, go_print_lock(), ", t, cg_expr(g, args->items[0]));
		for (int i = 0; i < tt->fields.len; i++) {
			if (i && ln)
				sect_printf(&b, "go_print_sp(), ");
			sect_printf(&b, "%s, ", print_value(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)),
				tt->fields.items[i].type));
		}
	} else {
		Sect vals = {0};
		sect_printf(&b, "(");
		for (int i = 0; i < args->len; i++) {
			if (i && ln)
				sect_printf(&vals, "go_print_sp(), ");
			sect_printf(&vals, "%s, ", print_arg(g, args->items[i], &b));
		}
		sect_printf(&b, "go_print_lock(), %.*s", (int)vals.len, vals.p ? vals.p : "");
		free(vals.p);
	}
	if (ln)
		sect_printf(&b, "go_print_nl(), ");
	sect_printf(&b, "go_print_unlock())");
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}

const char *cg_builtin(CGen *g, Node *n)
{
	NodeList *args = &n->u.call.args;
	Node *a0 = args->len ? args->items[0] : NULL;
	switch (n->u.call.builtin) {
	case BI_LEN: case BI_CAP: {
		Type *u = type_underlying(a0->type);
		bool cap = n->u.call.builtin == BI_CAP;
		const char *word = cap ? ".cap" : ".len";
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING: case TY_SLICE: {
			// Of a nil pointer's field: Go loads the length word alone.
			const char *e = cg_expr(g, a0);
			if (cg_is_nilfield(e))
				return cg_nilfield_extend(g, e, word);
			return cg_fmt(g, "(%s)%s", e, word);
		}
		case TY_MAP:
			return cg_fmt(g, "go_map_len(%s)", cg_expr(g, a0));
		case TY_CHAN:
			return cg_fmt(g, "go_chan_%s(%s)", cap ? "cap" : "len", cg_expr(g, a0));
		case TY_ARRAY:
			if (a0->cval || cg_is_pure(a0))
				return cg_fmt(g, "INT64_C(%lld)", (long long)u->len);
			return cg_fmt(g, "((void)(%s), INT64_C(%lld))", cg_expr(g, a0), (long long)u->len);
		case TY_POINTER:
			if (a0->cval || cg_is_pure(a0))
				return cg_fmt(g, "INT64_C(%lld)", (long long)type_underlying(u->elem)->len);
			return cg_fmt(g, "((void)(%s), INT64_C(%lld))", cg_expr(g, a0),
				(long long)type_underlying(u->elem)->len);
		default:
			cg_unsupported(n->pos, "len/cap of this type");
			return "0";
		}
	}
	case BI_APPEND:
		return gen_append(g, n);
	case BI_COPY: {
		if (args->len == 1) {    // copy(f())
			Type *tt = a0->type;
			const char *t = cg_tmp(g, tt);
			Type *st = tt->fields.items[1].type;
			if (type_is_string(st))
				return cg_fmt(g, "(%s = %s, go_copy(%s.%s, (go_slice){(void *)%s.%s.ptr, %s.%s.len, %s.%s.len}, 1))",
					t, cg_expr(g, a0), t, cg_tuple_field(0), t, cg_tuple_field(1), t, cg_tuple_field(1),
					t, cg_tuple_field(1));
			return cg_fmt(g, "(%s = %s, go_copy(%s.%s, %s.%s, sizeof(%s)))", t, cg_expr(g, a0), t,
				cg_tuple_field(0), t, cg_tuple_field(1),
				cg_ctype(g, type_underlying(tt->fields.items[0].type)->elem));
		}
		Node *src = args->items[1];
		Type *et = type_underlying(a0->type)->elem;
		if (type_is_string(src->type)) {
			const char *s = cg_tmp_c(g, "go_string");
			return cg_fmt(g, "(%s = %s, go_copy(%s, (go_slice){(void *)%s.ptr, %s.len, %s.len}, 1))", s,
				cg_expr(g, src), cg_expr(g, a0), s, s, s);
		}
		const char *pre;
		Node *nodes[2] = {a0, src};
		Type *types[2] = {a0->type, src->type};
		const char **v = ordered_values(g, nodes, types, 2, &pre, false);
		return with_pre(g, pre, cg_fmt(g, "go_copy(%s, %s, sizeof(%s))", v[0], v[1], cg_ctype(g, et)));
	}
	case BI_DELETE: {
		if (args->len == 1) {    // delete(f())
			Type *tt = a0->type, *mt = tt->fields.items[0].type;
			Type *kt = type_underlying(mt)->key;
			const char *t = cg_tmp(g, tt), *k = cg_tmp(g, kt);
			return cg_fmt(g, "(%s = %s, %s = %s, go_map_delete(%s, %s.%s, &%s))", t, cg_expr(g, a0), k,
				cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(1)), tt->fields.items[1].type, kt, NULL),
				cg_tdesc(g, mt), t, cg_tuple_field(0), k);
		}
		Type *mt = a0->type;
		Type *kt = type_underlying(mt)->key;
		const char *k = cg_tmp(g, kt);
		const char *m = cg_expr(g, a0);
		const char *kv = cg_map_key(g, mt, args->items[1]);
		return cg_fmt(g, "(%s = %s, go_map_delete(%s, %s, &%s))", k, kv, cg_tdesc(g, mt), m, k);
	}
	case BI_MAKE:
		return gen_make(g, n);
	case BI_NEW:
		return cg_alloc(g, n, a0->type);
	case BI_PANIC:
		return cg_fmt(g, "go_panic(%s)", cg_expr_as(g, a0, type_any));
	case BI_PRINT:
		return gen_print(g, n, false);
	case BI_PRINTLN:
		return gen_print(g, n, true);
	case BI_RECOVER:
		// rcv_ok_: declared at the function's entry (gen_decl.c).
		if (!g->fn)
			return "go_recover_if(false)";
		g->uses_recover = true;
		return "go_recover_if(rcv_ok_)";
	case BI_CLOSE:
		return cg_fmt(g, "go_chan_close(%s)", cg_expr(g, a0));
	default:
		cg_unsupported(n->pos, ast_builtin_name(n->u.call.builtin));
		return "0";
	}
}

// {==================== fmt ====================

static const char *gen_fmt(CGen *g, Node *n)
{
	NodeList *args = &n->u.call.args;
	Builtin b = n->u.call.builtin;
	bool has_format = b == BI_FMT_PRINTF || b == BI_FMT_SPRINTF || b == BI_FMT_ERRORF;
	int first = has_format ? 1 : 0;
	int nv = args->len - first;
	const char *pre = NULL;
	Type **types = arena_zalloc(&g->arena, sizeof(Type *) * (size_t)(args->len + 1));
	for (int i = 0; i < args->len; i++)
		types[i] = i < first ? type_untyped_string : type_any;
	const char **vals;
	const char *packed;
	if (first && args->len == 1 && args->items[0]->type && args->items[0]->type->kind == TY_TUPLE) {
		// fmt.Sprintf(f()): the first result is the format, the rest the operands.
		Node *a = args->items[0];
		const char *t = cg_tmp(g, a->type);
		pre = cg_fmt(g, "%s = %s", t, cg_expr(g, a));
		int k = a->type->fields.len;
		vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(k + 1));
		for (int i = 1; i < k; i++)
			vals[i - 1] = cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)),
				a->type->fields.items[i].type, type_any, NULL);
		packed = cg_pack(g, n, type_any, vals, k - 1);
		vals = arena_zalloc(&g->arena, sizeof(char *) * 2);
		vals[0] = cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(0)), a->type->fields.items[0].type,
			type_str, NULL);
	} else if (args->len == 1 + first && args->items[first]->type &&
	    args->items[first]->type->kind == TY_TUPLE) {
		// fmt.Println(f()): each result becomes an argument.
		Node *a = args->items[first];
		const char *t = cg_tmp(g, a->type);
		pre = cg_fmt(g, "%s = %s", t, cg_expr(g, a));
		int k = a->type->fields.len;
		vals = arena_zalloc(&g->arena, sizeof(char *) * (size_t)(k + 1));
		for (int i = 0; i < k; i++)
			vals[i] = cg_convert(g, cg_fmt(g, "%s.%s", t, cg_tuple_field(i)),
				a->type->fields.items[i].type, type_any, NULL);
		packed = cg_pack(g, n, type_any, vals, k);
		const char *fmtv = first ? cg_expr_as(g, args->items[0], type_untyped_string) : NULL;
		vals = arena_zalloc(&g->arena, sizeof(char *) * 2);
		vals[0] = fmtv;
	} else if (n->u.call.spread) {
		vals = ordered_values(g, args->items, types, args->len, &pre, false);
		packed = cg_expr(g, args->items[args->len - 1]);
		vals[args->len - 1] = packed;
		packed = vals[args->len - 1];
	} else {
		vals = ordered_values(g, args->items, types, args->len, &pre, false);
		packed = cg_pack(g, n, type_any, vals + first, nv);
	}
	const char *fn = NULL;
	switch (b) {
	case BI_FMT_PRINTLN: fn = "go_fmt_println"; break;
	case BI_FMT_PRINT: fn = "go_fmt_print"; break;
	case BI_FMT_PRINTF: fn = "go_fmt_printf"; break;
	case BI_FMT_SPRINTF: fn = "go_fmt_sprintf"; break;
	case BI_FMT_SPRINT: fn = "go_fmt_sprint"; break;
	case BI_FMT_SPRINTLN: fn = "go_fmt_sprintln"; break;
	case BI_FMT_ERRORF: fn = "go_fmt_errorf"; break;
	default:
		cg_unsupported(n->pos, ast_builtin_name(b));
		return "0";
	}
	const char *call = has_format ? cg_fmt(g, "%s(%s, %s)", fn, vals[0], packed)
		: cg_fmt(g, "%s(%s)", fn, packed);
	if ((b == BI_FMT_PRINTLN || b == BI_FMT_PRINT || b == BI_FMT_PRINTF) && n->type &&
	    n->type->kind == TY_TUPLE && n->type->fields.len == 2)
		call = cg_fmt(g, "(%s, %s)", call, cg_zero(g, n->type));   // (n, err) are not tracked
	return with_pre(g, pre, call);
}

// {==================== calls ====================

const char *cg_conversion(CGen *g, Node *n, Type *to)
{
	Node *x = n->u.call.args.items[0];
	if (n->cval)
		return cg_const(g, n->cval, to);
	Type *tu = type_underlying(to);
	bool basic = type_is_numeric(tu) || type_is_boolean(tu) || type_is_string(tu);
	if (x->cval && basic && (!type_is_string(tu) || type_is_string(x->type)))
		return cg_const(g, x->cval, to);
	Type *from = x->type;
	if (type_is_untyped(from))
		from = cg_default_type(from);
	return cg_convert(g, cg_expr_as(g, x, from), from, to, n);
}

// Might evaluating the receiver of x.M(...) panic (a nil pointer)?
static bool recv_may_fault(CGen *g, Node *sel)
{
	return sel->u.sel.implicit_deref || sel->u.sel.npath > 0 || cg_may_fault(g, sel->u.sel.x);
}

// x.M(args) of a static method: the receiver is the first operand.
static const char *method_call(CGen *g, Node *n, Node *fn, Type *rt)
{
	Type *sig = n->u.call.ftype;
	const char *name = cg_func_name(g, n->u.call.callee);
	const char *recv = cg_recv_expr(g, fn);
	bool faults = recv_may_fault(g, fn);
	if (!faults && (hoisting(g) || !has_call_any(fn->u.sel.x)))
		return direct_call(g, n, sig, name, recv);
	// The receiver before the operands: they may panic too, or (when calls
	// are not hoisted) call.
	const char *t = cg_tmp(g, rt), *pre;
	const char *args = call_args(g, n, sig, t, faults, &pre);
	return cg_fmt(g, "(%s = %s, %s)", t, recv, call_with_pre(g, pre, name, args));
}

// A call through an interface or a func value: the operands that may panic
// come before the callee's value and its nil check (Go evaluates them into
// temporaries first). set: "tmp = callee"; first: the leading C argument.
static const char *callee_call(CGen *g, Node *n, Type *sig, Node *callee, const char *set, const char *fp,
			       const char *first)
{
	const char *pre;
	if (!hoisting(g) && has_call_any(callee)) {
		// No statement hoists the callee's calls: they come first.
		const char *args = call_args(g, n, sig, first, false, &pre);
		return cg_fmt(g, "(%s, %s)", set, call_with_pre(g, pre, fp, args));
	}
	const char *args = call_args(g, n, sig, first, true, &pre);
	return cg_fmt(g, "(%s%s%s, %s(%s))", pre ? pre : "", pre ? ", " : "", set, fp, args);
}

const char *cg_call(CGen *g, Node *n)
{
	Node *fn = ast_unparen(n->u.call.fn);
	Type *sig = n->u.call.ftype;
	switch (n->u.call.call) {
	case CALL_CONV:
		return cg_conversion(g, n, n->type);
	case CALL_BUILTIN:
		return cg_builtin(g, n);
	case CALL_FMT:
		if (n->u.call.builtin == BI_LIB)
			return direct_call(g, n, sig, cg_func_name(g, n->u.call.callee), NULL);
		return gen_fmt(g, n);
	case CALL_SYNC:
		if (n->u.call.builtin == BI_LIB)   // a library method: the receiver first, like any method
			return method_call(g, n, fn, n->u.call.callee->recv_type);
		return cg_sync_call(g, n->u.call.builtin, cg_recv_expr(g, fn),
			n->u.call.args.len ? cg_expr_as(g, n->u.call.args.items[0],
				sig && sig->fields.len ? sig->fields.items[0].type : type_int) : NULL);
	case CALL_FUNC:
		return direct_call(g, n, sig, cg_func_name(g, n->u.call.callee), NULL);
	case CALL_METHOD:
		return method_call(g, n, fn, n->u.call.callee->params.items[0]->type);
	case CALL_IFACE: {
		Type *it = fn->u.sel.x->type;
		// the interface whose method is called (after the embedding path)
		Type *cur = it;
		for (int i = 0; i < fn->u.sel.npath; i++) {
			Type *u = type_underlying(cur);
			if (u->kind == TY_POINTER)
				u = type_underlying(u->elem);
			cur = u->fields.items[fn->u.sel.path[i]].type;
		}
		if (type_underlying(cur)->kind == TY_POINTER)
			cur = type_underlying(cur)->elem;
		int k = cg_iface_method_index(cur, fn->u.sel.name);
		const char *t = cg_tmp_c(g, "go_iface");
		const char *fp = cg_fmt(g, "((%s)((const go_itab *)GO_NILCHK(%s.tab))->fun[%d])",
			cg_func_ptr_type(g, sig, "void *"), t, k);
		return callee_call(g, n, sig, fn->u.sel.x, cg_fmt(g, "%s = %s", t, cg_iface_recv(g, fn)), fp,
			cg_fmt(g, "%s.data", t));
	}
	case CALL_VALUE: case CALL_FUNCLIT: case CALL_METHODEXPR: {
		const char *f = cg_tmp_c(g, "go_closure *");
		const char *fp = cg_fmt(g, "((%s)GO_NILCHK(%s)->fn)", cg_func_ptr_type(g, sig, "go_closure *"), f);
		Node *callee = ast_unparen(fn);
		if (n->u.call.call == CALL_VALUE && callee->kind == ND_IDENT &&
		    cg_cached_fn_param(g, callee->u.ident.sym))
			fp = cg_fmt(g, "(GO_NILCHK(%s), (%s)fnp_%s)", f, cg_func_ptr_type(g, sig, "go_closure *"),
				cg_var_name(g, callee->u.ident.sym));
		return callee_call(g, n, sig, fn, cg_fmt(g, "%s = %s", f, cg_expr(g, fn)), fp, f);
	}
	default:
		cg_unsupported(n->pos, "this call");
		return "0";
	}
}

// fmt.Println and friends used as function values: a static closure whose
// code forwards to the runtime (results it does not track are zero).
const char *cg_fmt_fnval(CGen *g, Node *sel)
{
	Sym *ps = sel->u.sel.pkg_sym;
	Type *sig = sel->type;
	if (!ps || ps->kind != SYM_BUILTIN || !sig || sig->kind != TY_FUNC) {
		cg_unsupported(sel->pos, "this selector");
		return "NULL";
	}
	Builtin b = ps->builtin;
	const char *rtfn;
	switch (b) {
	case BI_FMT_PRINTLN: rtfn = "go_fmt_println"; break;
	case BI_FMT_PRINT: rtfn = "go_fmt_print"; break;
	case BI_FMT_PRINTF: rtfn = "go_fmt_printf"; break;
	case BI_FMT_SPRINTF: rtfn = "go_fmt_sprintf"; break;
	case BI_FMT_SPRINT: rtfn = "go_fmt_sprint"; break;
	case BI_FMT_SPRINTLN: rtfn = "go_fmt_sprintln"; break;
	case BI_FMT_ERRORF: rtfn = "go_fmt_errorf"; break;
	default:
		cg_unsupported(sel->pos, "this selector");
		return "NULL";
	}
	const char *name = cg_fmt(g, "%s_fv", rtfn);
	if (!g->made_fmt_fv[b]) {
		g->made_fmt_fv[b] = true;
		Type *rt = cg_result_type(g, sig);
		const char *rts = rt ? cg_ctype(g, rt) : "void";
		bool two = sig->fields.len == 2;
		const char *params = two ? "go_closure *c_, go_string f_, go_slice a_" : "go_closure *c_, go_slice a_";
		const char *args = two ? "f_, a_" : "a_";
		bool returns = b == BI_FMT_SPRINTF || b == BI_FMT_SPRINT || b == BI_FMT_SPRINTLN ||
			b == BI_FMT_ERRORF;
		sect_printf(&g->protos, "static %s %s(%s);\n", rts, name, params);
		if (returns || !rt)
			sect_printf(&g->funcs, "\nstatic %s %s(%s)\n{\n\t(void)c_;\n\t%s%s(%s);\n}\n", rts, name,
				params, rt ? "return " : "", rtfn, args);
		else
			sect_printf(&g->funcs, "\nstatic %s %s(%s)\n{\n\t(void)c_;\n\t%s(%s);\n\treturn %s;\n}\n",
				rts, name, params, rtfn, args, cg_zero(g, rt));
		sect_printf(&g->descs, "static go_closure %s_clo = {(void *)%s};\n", name, name);
	}
	return cg_fmt(g, "(&%s_clo)", name);
}

// sync.WaitGroup, sync.Mutex and sync.Once methods; recv is a pointer to the value.
const char *cg_sync_call(CGen *g, Builtin b, const char *recv, const char *arg)
{
	switch (b) {
	case BI_WG_ADD: return cg_fmt(g, "go_wg_add(%s, %s)", recv, arg);
	case BI_WG_DONE: return cg_fmt(g, "go_wg_add(%s, -1)", recv);
	case BI_WG_WAIT: return cg_fmt(g, "go_wg_wait(%s)", recv);
	case BI_MU_LOCK: return cg_fmt(g, "go_mutex_lock(%s)", recv);
	case BI_MU_UNLOCK: return cg_fmt(g, "go_mutex_unlock(%s)", recv);
	case BI_MU_TRYLOCK: return cg_fmt(g, "go_mutex_trylock(%s)", recv);
	case BI_ONCE_DO: return cg_fmt(g, "go_once_do(%s, %s)", recv, arg);
	default: bug("sync builtin %d", b);
	}
}
