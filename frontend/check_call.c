// check_call.c: calls — what is being called (function, method, interface
// method, function value, literal, conversion, builtin, fmt/sync), argument
// passing (multi-value f(g()), variadics, f(s...)) and conversions T(x).
// Builtins are in check_builtin.c.
#include "check.h"

#include <stdio.h>

Type *check_result_type(Type *sig)
{
	if (sig->results.len == 0)
		return type_empty_tuple;
	if (sig->results.len == 1)
		return sig->results.items[0].type;
	Type *t = type_new(TY_TUPLE);
	t->fields = sig->results;
	return t;
}

// "(number, string)", "(int, ...string)": argument or parameter types as
// Go prints them in have/want lines.
static const char *summary(Node **args, Type **types, int n, bool variadic)
{
	char buf[1024];
	size_t len = (size_t)snprintf(buf, sizeof buf, "(");
	for (int i = 0; i < n && len < sizeof buf; i++) {
		Type *t = types ? types[i] : args[i]->type;
		const char *s;
		if (!t || is_bad(t))
			s = "<T>";  // Go's summary names no invalid type
		else if (t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_FLOAT ||
			 t->kind == TY_UNTYPED_RUNE)
			s = "number";
		else if (t->kind == TY_UNTYPED_NIL)
			s = "nil";
		else if (type_is_untyped(t))
			s = type_errstring(check_default_type(t));
		else if (variadic && i == n - 1)
			s = arena_sprintf(&ast_arena, "...%s", type_errstring(t->elem));
		else
			s = type_errstring(t);
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "", s);
	}
	if (len < sizeof buf)
		snprintf(buf + len, sizeof buf - len, ")");
	return arena_strndup(&ast_arena, buf, strlen(buf));
}

static const char *args_string(Node **args, Type **types, int n)
{
	return summary(args, types, n, false);
}

static const char *params_string(Type *sig)
{
	int n = sig->fields.len;
	Type **ts = arena_zalloc(&ast_arena, sizeof(Type *) * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		ts[i] = sig->fields.items[i].type;
	return summary(NULL, ts, n, sig->variadic);
}

static void count_error(Node *call, Node *at, bool many, const char *name, const char *have,
			Type *sig)
{
	Pos p = at ? check_start_pos(at) : check_start_pos(call);
	diag_errorf(p, "%s arguments in call to %s\n\thave %s\n\twant %s", many ? "too many" : "not enough",
		    name, have, params_string(sig));
}

// Passes the call's arguments to the parameters of sig.
void check_args(Checker *c, Node *n, Type *sig, const char *name)
{
	NodeList *args = &n->u.call.args;
	int np = sig->fields.len;
	bool variadic = sig->variadic;
	if (args->len == 1 && !n->u.call.spread) {
		check_expr(c, args->items[0]);
		Type *t = args->items[0]->type;
		if (t && t->kind == TY_TUPLE && t->fields.len >= 2) {
			// f(g()): g's results are f's arguments.
			int nr = t->fields.len;
			Type *types[64];
			for (int i = 0; i < nr && i < 64; i++)
				types[i] = t->fields.items[i].type;
			const char *ctx = arena_sprintf(&ast_arena, "argument to %s", name);
			if (nr < (variadic ? np - 1 : np) || (!variadic && nr > np)) {
				count_error(n, args->items[0], nr > np, name,
					    args_string(NULL, types, nr < 64 ? nr : 64), sig);
				return;
			}
			for (int i = 0; i < nr; i++) {
				Type *pt = variadic && i >= np - 1 ? sig->fields.items[np - 1].type->elem :
					sig->fields.items[i].type;
				char why[512];
				if (!check_assignable(types[i], pt, why, sizeof why)) {
					check_errorf(args->items[0], "cannot use %s (value of type %s) as type %s in %s",
						     expr_string(args->items[0]), type_errstring(types[i]),
						     type_errstring(pt), ctx);
					return;
				}
			}
			return;
		}
	}
	bool ok = true;
	for (int i = 0; i < args->len; i++)
		ok &= i == 0 && args->len == 1 && !n->u.call.spread ? check_is_value(c, args->items[i]) :
			check_value(c, args->items[i]);
	if (n->u.call.spread && !variadic) {
		diag_errorf(check_start_pos(n), "cannot use ... in call to non-variadic %s", name);
		return;
	}
	int na = args->len;
	bool few = variadic && !n->u.call.spread ? na < np - 1 : na < np;
	bool many = variadic && !n->u.call.spread ? false : na > np;
	if (few || many) {
		if (!ok)
			return;
		count_error(n, many ? args->items[np] : na ? args->items[na - 1] : NULL, many, name,
			    args_string(args->items, NULL, na), sig);
		return;
	}
	const char *ctx = arena_sprintf(&ast_arena, "argument to %s", name);
	for (int i = 0; i < na; i++) {
		Type *pt;
		if (variadic && i >= np - 1)
			pt = n->u.call.spread ? sig->fields.items[np - 1].type :
				sig->fields.items[np - 1].type->elem;
		else
			pt = sig->fields.items[i].type;
		check_assign_to(c, &args->items[i], pt, ctx);
	}
}

static bool convertible(Type *v, Type *t)
{
	char why[256];
	if (check_assignable(v, t, why, sizeof why))
		return true;
	Type *vu = type_underlying(v), *tu = type_underlying(t);
	if (type_identical(vu, tu))
		return true;
	if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && v->kind != TY_NAMED &&
	    t->kind != TY_NAMED && type_identical(type_underlying(vu->elem), type_underlying(tu->elem)))
		return true;
	if (type_is_numeric(vu) && type_is_numeric(tu))
		return true;
	if (tu->kind == TY_STRING || tu->kind == TY_UNTYPED_STRING) {
		if (type_is_integer(vu))
			return true;
		if (vu->kind == TY_SLICE) {
			Type *e = type_underlying(vu->elem);
			return e->kind == TY_UINT8 || e->kind == TY_INT32;
		}
	}
	if (type_is_string(vu) && tu->kind == TY_SLICE) {
		Type *e = type_underlying(tu->elem);
		return e->kind == TY_UINT8 || e->kind == TY_INT32;
	}
	// Go 1.17: a slice converts to a pointer to an array of its element type.
	if (vu->kind == TY_SLICE && tu->kind == TY_POINTER) {
		Type *a = type_underlying(tu->elem);
		return a->kind == TY_ARRAY && type_identical(vu->elem, a->elem);
	}
	return false;
}

static void utf8_encode(char *buf, int *len, uint32_t r)
{
	if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = 0xFFFD;
	if (r < 0x80) {
		buf[0] = (char)r;
		*len = 1;
	} else if (r < 0x800) {
		buf[0] = (char)(0xC0 | (r >> 6));
		buf[1] = (char)(0x80 | (r & 0x3F));
		*len = 2;
	} else if (r < 0x10000) {
		buf[0] = (char)(0xE0 | (r >> 12));
		buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (r & 0x3F));
		*len = 3;
	} else {
		buf[0] = (char)(0xF0 | (r >> 18));
		buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
		buf[3] = (char)(0x80 | (r & 0x3F));
		*len = 4;
	}
}

static void check_conversion(Checker *c, Node *n, Type *t)
{
	NodeList *args = &n->u.call.args;
	n->u.call.call = CALL_CONV;
	n->type = t;
	if (args->len != 1) {
		// Go: at the conversion's start, or at its last argument.
		if (args->len == 0)
			check_errorf(n, "missing argument in conversion to %s", type_errstring(t));
		else
			check_errorf(args->items[args->len - 1], "too many arguments in conversion to %s",
				     type_errstring(t));
		for (int i = 0; i < args->len; i++)
			check_expr(c, args->items[i]);
		n->type = type_bad;
		return;
	}
	Node *x = args->items[0];
	if (!check_value(c, x) || is_bad(t))
		return;
	Type *tu = type_underlying(t);
	if (x->cval && type_is_basic(tu)) {
		// Constant conversion.
		ConstVal *v = x->cval, *out;
		if (type_is_string(tu) && type_is_integer(x->type)) {
			int64_t r;
			char buf[4];
			int len = 0;
			if (!const_int64(v, &r) || r < 0 || r > 0x10FFFF)
				r = 0xFFFD;
			utf8_encode(buf, &len, (uint32_t)r);
			Str s = {arena_memdup(&ast_arena, buf, (size_t)len), len};
			n->cval = const_str(s);
			check_convert_untyped_code(c, x, type_is_untyped(x->type) ? type_rune : x->type);
			return;
		}
		bool classes = (type_is_numeric(tu) && (v->kind == CV_INT || v->kind == CV_FLOAT)) ||
			       (type_is_string(tu) && v->kind == CV_STRING) ||
			       (type_is_boolean(tu) && v->kind == CV_BOOL);
		Repr r = classes ? const_representable(v, t, &out) : REPR_NO;
		if (r != REPR_OK) {
			// Go gives no reason for a constant that does not convert.
			check_errorf(x, "cannot convert %s to type %s", operand_string(x), type_errstring(t));
			n->type = type_bad;
			return;
		}
		if (type_is_untyped(x->type)) {
			Type *target = type_is_integer(tu) && x->type->kind == TY_UNTYPED_FLOAT ? t :
				type_is_float(tu) || type_is_integer(tu) ? t : t;
			if (check_convert_untyped_code(c, x, target) != REPR_OK)
				check_default(c, x);
		}
		// The conversion prints as itself (uint64(C)), not as C's value.
		n->cval = arena_memdup(&ast_arena, out, sizeof *out);
		n->cval->text = NULL;
		check_const_set_text(n);
		return;
	}
	if (type_is_untyped(x->type)) {
		if (x->type->kind == TY_UNTYPED_NIL) {
			if (!type_is_nilable(t)) {
				check_errorf(x, "cannot convert nil to type %s", type_errstring(t));
				n->type = type_bad;
				return;
			}
			check_convert_untyped_code(c, x, t);
			return;
		}
		if (!x->cval && !type_is_interface(t) && !type_is_numeric(type_underlying(t))) {
			// An untyped shift or comparison: Go judges it untyped, then
			// gives it the target type (1 << s as a string is a shift
			// of type string).
			if (!convertible(check_default_type(x->type), t)) {
				check_errorf(x, "cannot convert %s to type %s", operand_string(x), type_errstring(t));
				n->type = type_bad;
				return;
			}
			check_update_untyped(c, x, t);
			return;
		}
		if (type_is_interface(t) || check_convert_untyped_code(c, x, t) != REPR_OK)
			check_default(c, x);
	}
	if (!convertible(x->type, t)) {
		// Go gives the reason a value does not implement an interface.
		char why[1024] = "";
		if (type_is_interface(t) && !type_is_interface(x->type))
			check_implements(x->type, t, why, sizeof why);
		check_errorf(x, "cannot convert %s to type %s%s%s", operand_string(x), type_errstring(t),
			     why[0] ? ":\n\t" : "", why);
		n->type = type_bad;
	}
}

void check_call(Checker *c, Node *n)
{
	Node *fn = n->u.call.fn;
	Node *ufn = ast_unparen(fn);
	n->type = type_bad;
	if (ufn->kind == ND_IDENT) {
		Sym *s = scope_lookup(c->scope, ufn->u.ident.name);
		if (s && s->kind == SYM_BUILTIN) {
			ufn->u.ident.sym = s;
			s->used = true;
			check_builtin(c, n, s->builtin);
			return;
		}
	}
	check_expr(c, fn);
	if (fn->is_type) {
		check_conversion(c, n, fn->type);
		return;
	}
	if (is_bad(fn->type)) {
		for (int i = 0; i < n->u.call.args.len; i++)
			check_expr(c, n->u.call.args.items[i]);
		return;
	}
	if (fn->type->kind == TY_TUPLE) {
		check_is_value(c, fn);
		return;
	}
	Type *sig = type_underlying(fn->type);
	if (sig->kind != TY_FUNC) {
		check_errorf(fn, "invalid operation: cannot call non-function %s", operand_string(fn));
		for (int i = 0; i < n->u.call.args.len; i++)
			check_expr(c, n->u.call.args.items[i]);
		return;
	}
	n->u.call.ftype = sig;
	n->u.call.call = CALL_VALUE;
	if (ufn->kind == ND_IDENT && ufn->u.ident.sym && ufn->u.ident.sym->kind == SYM_FUNC) {
		n->u.call.call = CALL_FUNC;
		n->u.call.callee = ufn->u.ident.sym;
	} else if (ufn->kind == ND_FUNCLIT) {
		n->u.call.call = CALL_FUNCLIT;
		n->u.call.callee = ufn->u.funclit.fn;
	} else if (ufn->kind == ND_SELECTOR) {
		switch (ufn->u.sel.sel) {
		case SEL_METHOD:
			n->u.call.callee = ufn->u.sel.method;
			n->u.call.call = CALL_METHOD;
			if (ufn->u.sel.method && ufn->u.sel.method->builtin) {
				n->u.call.call = CALL_SYNC;
				n->u.call.builtin = ufn->u.sel.method->builtin;
			} else if (ufn->u.sel.method && ufn->u.sel.method->lib) {
				n->u.call.call = CALL_SYNC;
				n->u.call.builtin = BI_LIB;
			}
			break;
		case SEL_IFACE_METHOD:
			n->u.call.call = CALL_IFACE;
			break;
		case SEL_METHODEXPR:
			n->u.call.call = CALL_METHODEXPR;
			n->u.call.callee = ufn->u.sel.method;
			break;
		case SEL_PKG:
			if (ufn->u.sel.pkg_sym && ufn->u.sel.pkg_sym->kind == SYM_BUILTIN) {
				n->u.call.call = CALL_FMT;
				n->u.call.builtin = ufn->u.sel.pkg_sym->builtin;
			} else if (ufn->u.sel.pkg_sym && ufn->u.sel.pkg_sym->lib) {
				n->u.call.call = CALL_FMT;
				n->u.call.builtin = BI_LIB;
				n->u.call.callee = ufn->u.sel.pkg_sym;
			}
			break;
		case SEL_FIELD: case SEL_UNRESOLVED:
			break;
		}
	}
	check_args(c, n, sig, expr_string(fn));
	n->type = check_result_type(sig);
}
