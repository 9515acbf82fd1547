// check_builtin.c: calls of the predeclared functions (len, cap, append,
// copy, delete, make, new, panic, print, println, close, recover), with
// Go's argument rules and constant results (len of arrays and constant
// strings).
#include "check.h"

// Does evaluating n involve a call or a channel receive? (Then len(n) of an
// array is not a constant.)
static bool has_call_or_recv(Node *n)
{
	for (int guard = 0; n && guard < 100000; guard++) {
		switch (n->kind) {
		case ND_CALL:
			// A built-in counts as a call unless its result is a constant.
			if (n->u.call.call == CALL_BUILTIN && !n->cval)
				return true;
			return !(n->u.call.call == CALL_CONV || n->u.call.call == CALL_BUILTIN) ||
			       n->u.call.args.len != 1 || has_call_or_recv(n->u.call.args.items[0]);
		case ND_UNARY:
			if (n->u.unary.op == TOK_ARROW)
				return true;
			n = n->u.unary.x;
			continue;
		case ND_PAREN: n = n->u.paren.x; continue;
		case ND_SELECTOR: n = n->u.sel.x; continue;
		case ND_STAR: n = n->u.star.x; continue;
		case ND_INDEX:
			if (has_call_or_recv(n->u.index.index))
				return true;
			n = n->u.index.x;
			continue;
		case ND_BINARY:
			if (has_call_or_recv(n->u.binary.y))
				return true;
			n = n->u.binary.x;
			continue;
		case ND_KEYVALUE:
			if (has_call_or_recv(n->u.kv.key))
				return true;
			n = n->u.kv.value;
			continue;
		case ND_COMPOSITE:
			for (int i = 0; i < n->u.composite.elems.len; i++)
				if (has_call_or_recv(n->u.composite.elems.items[i]))
					return true;
			return false;
		default:
			return false;
		}
	}
	return false;
}

static bool count_ok(Node *n, const char *name, int min, int max)
{
	int na = n->u.call.args.len;
	if (na < min) {
		check_errorf(n, "invalid operation: not enough arguments for %s (expected %d, found %d)",
			     expr_string(n), min, na);
		return false;
	}
	if (max >= 0 && na > max) {
		check_errorf(n, "invalid operation: too many arguments for %s (expected %d, found %d)",
			     expr_string(n), max, na);
		return false;
	}
	return true;
}

static bool size_arg(Checker *c, Node *x, int64_t *val, bool *is_const)
{
	*is_const = false;
	if (!check_value(c, x))
		return false;
	if (type_is_untyped(x->type)) {
		if (!check_convert_untyped(c, x, type_int))
			return false;
	}
	if (!type_is_integer(x->type)) {
		check_errorf(x, "cannot convert %s to type int", operand_string(x));
		return false;
	}
	if (x->cval && const_int64(x->cval, val)) {
		check_const_set_text(x);
		if (*val < 0) {
			check_errorf(x, "invalid argument: index %s must not be negative", operand_string(x));
			return false;
		}
		*is_const = true;
	}
	return true;
}

static void check_make(Checker *c, Node *n)
{
	NodeList *args = &n->u.call.args;
	if (!count_ok(n, "make", 1, -1))
		return;
	Type *t = check_type(c, args->items[0]);
	if (is_bad(t))
		return;
	Type *u = type_underlying(t);
	int min = 1, max = 2;
	switch (u->kind) {
	case TY_SLICE: min = 2; max = 3; break;
	case TY_MAP: case TY_CHAN: break;
	default:
		check_errorf(args->items[0], "invalid argument: cannot make %s; type must be slice, map, or channel",
			     expr_string(args->items[0]));
		for (int i = 1; i < args->len; i++)
			check_expr(c, args->items[i]);
		return;
	}
	if (args->len < min || args->len > max) {
		check_errorf(n, "invalid operation: %s expects %d or %d arguments; found %d",
			     expr_string(n), min, max, args->len);
		return;
	}
	int64_t v[3] = {0};
	bool k[3] = {0};
	for (int i = 1; i < args->len; i++)
		if (!size_arg(c, args->items[i], &v[i], &k[i]))
			return;
	if (args->len == 3 && k[1] && k[2] && v[1] > v[2]) {
		check_errorf(args->items[1], "invalid argument: length and capacity swapped");
		return;
	}
	n->type = t;
	if (u->kind == TY_CHAN) {
		type_complete(t);
		check_sizes_of(t, n->pos);
	}
}

// append(f()): f's first result is the slice, the others its new elements.
static void append_tuple(Checker *c, Node *n, Node *x)
{
	Type *tt = x->type;
	Type *st = tt->fields.items[0].type, *u = type_underlying(st);
	if (u->kind != TY_SLICE) {
		check_errorf(x, "first argument to append must be a slice; have %s (value of type %s)",
			     expr_string(x), type_errstring(st));
		return;
	}
	for (int i = 1; i < tt->fields.len; i++) {
		Type *et = tt->fields.items[i].type;
		char why[512];
		if (!check_assignable(et, u->elem, why, sizeof why)) {
			check_errorf(x, "cannot use %s (value of type %s) as type %s in argument to append",
				     expr_string(x), type_errstring(et), type_errstring(u->elem));
			return;
		}
	}
	n->type = st;
}

static void check_append(Checker *c, Node *n, bool prechecked)
{
	NodeList *args = &n->u.call.args;
	if (!count_ok(n, "append", 1, -1))
		return;
	Node *s = args->items[0];
	if (!prechecked)
		check_expr(c, s);
	if (prechecked && s->type && s->type->kind == TY_TUPLE && s->type->fields.len > 1) {
		append_tuple(c, n, s);
		return;
	}
	if (!check_is_value(c, s)) {
		for (int i = 1; i < args->len; i++)
			check_expr(c, args->items[i]);
		return;
	}
	if (s->type->kind == TY_UNTYPED_NIL) {
		check_errorf(s, "first argument to append must be a slice; have untyped nil");
		return;
	}
	Type *u = type_underlying(s->type);
	if (u->kind != TY_SLICE) {
		check_errorf(s, "first argument to append must be a slice; have %s", operand_string(s));
		return;
	}
	n->type = s->type;
	if (n->u.call.spread) {
		if (args->len != 2) {
			Node *at = args->items[args->len < 2 ? 0 : 2];
			for (int i = 1; i < args->len; i++)
				check_expr(c, args->items[i]);
			check_errorf(at, "%s arguments in call to append",
				     args->len < 2 ? "not enough" : "too many");
			return;
		}
		Node *t = args->items[1];
		if (!check_value(c, t))
			return;
		Type *eu = type_underlying(u->elem);
		if (eu->kind == TY_UINT8 && type_is_string(t->type)) {
			check_default(c, t);
			return;
		}
		// The spread slice goes to the parameter ...E, of the unnamed type []E.
		check_assign_to(c, &args->items[1], type_slice(u->elem), "argument to append");
		return;
	}
	for (int i = 1; i < args->len; i++)
		if (check_value(c, args->items[i]))
			check_assign_to(c, &args->items[i], u->elem, "argument to append");
}

static bool check_len_cap(Checker *c, Node *n, bool is_len)
{
	const char *name = is_len ? "len" : "cap";
	if (!count_ok(n, name, 1, 1))
		return false;
	Node *x = n->u.call.args.items[0];
	if (!check_value(c, x))
		return false;
	Type *u = type_underlying(x->type);
	if (u->kind == TY_POINTER && type_underlying(u->elem)->kind == TY_ARRAY)
		u = type_underlying(u->elem);
	bool ok;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: case TY_MAP: ok = is_len; break;
	case TY_ARRAY: case TY_SLICE: case TY_CHAN: ok = true; break;
	default: ok = false; break;
	}
	if (!ok) {
		check_errorf(x, "invalid argument: %s for %s", operand_string(x), name);
		return false;
	}
	n->type = type_int;
	if (x->cval && x->cval->kind == CV_STRING) {
		n->cval = const_int(x->cval->s.len);
		check_default(c, x);
	} else if (u->kind == TY_ARRAY && !has_call_or_recv(x)) {
		n->cval = const_int(u->len);
	}
	check_default(c, x);
	return true;
}

// append(f()), copy(f()), delete(f()), print(f()): a lone call argument
// may stand for all the builtin's arguments. Checks it once, here; true
// when it has been checked (each builtin then looks at its tuple type).
static bool lone_call_arg(Checker *c, Node *n, Builtin b)
{
	NodeList *args = &n->u.call.args;
	if (args->len != 1 || n->u.call.spread || ast_unparen(args->items[0])->kind != ND_CALL)
		return false;
	if (b != BI_APPEND && b != BI_COPY && b != BI_DELETE && b != BI_PRINT && b != BI_PRINTLN)
		return false;
	check_expr(c, args->items[0]);
	return true;
}

// x is a call returning exactly n values.
static bool tuple_of(Node *x, int n)
{
	return x->type && x->type->kind == TY_TUPLE && x->type->fields.len == n;
}

void check_builtin(Checker *c, Node *n, Builtin b)
{
	NodeList *args = &n->u.call.args;
	n->u.call.call = CALL_BUILTIN;
	n->u.call.builtin = b;
	n->type = type_bad;
	bool prechecked = lone_call_arg(c, n, b);
	if (n->u.call.spread && b != BI_APPEND) {
		check_errorf(n, "invalid operation: invalid use of ... with built-in %s",
			     ast_builtin_name(b));
		for (int i = 0; i < args->len; i++)
			check_expr(c, args->items[i]);
		return;
	}
	switch (b) {
	case BI_LEN: case BI_CAP:
		check_len_cap(c, n, b == BI_LEN);
		return;
	case BI_APPEND:
		check_append(c, n, prechecked);
		return;
	case BI_MAKE:
		check_make(c, n);
		return;
	case BI_NEW: {
		if (!count_ok(n, "new", 1, 1))
			return;
		Type *t = check_type(c, args->items[0]);
		if (!is_bad(t))
			n->type = type_pointer(t);
		return;
	}
	case BI_COPY: {
		if (prechecked && tuple_of(args->items[0], 2)) {
			// copy(f()): f's two results are the destination and source
			Type *tt = args->items[0]->type;
			Type *du = type_underlying(tt->fields.items[0].type);
			Type *su = type_underlying(tt->fields.items[1].type);
			bool str = type_is_string(su);
			if (du->kind != TY_SLICE || (su->kind != TY_SLICE && !str) ||
			    (str ? type_underlying(du->elem)->kind != TY_UINT8 : !type_identical(du->elem, su->elem))) {
				check_errorf(args->items[0], "invalid argument: copy expects slice arguments of the same element type; found %s",
					     expr_string(args->items[0]));
				return;
			}
			n->type = type_int;
			return;
		}
		if (!count_ok(n, "copy", 2, 2))
			return;
		bool ok = check_value(c, args->items[0]);
		ok &= check_value(c, args->items[1]);
		if (!ok)
			return;
		Node *d = args->items[0], *s = args->items[1];
		Type *du = type_underlying(d->type), *su = type_underlying(s->type);
		if (du->kind != TY_SLICE || (su->kind != TY_SLICE && !type_is_string(su))) {
			check_errorf(d, "invalid argument: copy expects slice arguments; found %s and %s",
				     operand_string(d), operand_string(s));
			return;
		}
		if (type_is_string(su)) {
			if (type_underlying(du->elem)->kind != TY_UINT8) {
				check_errorf(d, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
					     operand_string(d), operand_string(s), type_errstring(du->elem), "byte");
				return;
			}
			check_default(c, s);
		} else if (!type_identical(du->elem, su->elem)) {
			check_errorf(d, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
				     operand_string(d), operand_string(s), type_errstring(du->elem),
				     type_errstring(su->elem));
			return;
		}
		n->type = type_int;
		return;
	}
	case BI_DELETE: {
		if (prechecked && tuple_of(args->items[0], 2)) {
			// delete(f()): f's two results are the map and the key
			Type *tt = args->items[0]->type;
			Type *mu = type_underlying(tt->fields.items[0].type);
			char why[256] = "";
			if (mu->kind != TY_MAP || !check_assignable(tt->fields.items[1].type, mu->key, why, sizeof why)) {
				check_errorf(args->items[0], "invalid argument: delete expects a map and its key; found %s",
					     expr_string(args->items[0]));
				return;
			}
			n->type = type_empty_tuple;
			return;
		}
		if (!count_ok(n, "delete", 2, 2))
			return;
		bool ok = check_value(c, args->items[0]);
		ok &= check_value(c, args->items[1]);
		if (!ok)
			return;
		Type *mu = type_underlying(args->items[0]->type);
		if (mu->kind != TY_MAP) {
			check_errorf(args->items[0], "invalid argument: %s is not a map",
				     operand_string(args->items[0]));
			return;
		}
		check_assign_to(c, &args->items[1], mu->key, "argument to delete");
		n->type = type_empty_tuple;
		return;
	}
	case BI_PANIC:
		if (!count_ok(n, "panic", 1, 1))
			return;
		if (check_value(c, args->items[0]))
			check_assign_to(c, &args->items[0], type_any, "argument to panic");
		n->type = type_empty_tuple;
		return;
	case BI_PRINT: case BI_PRINTLN:
		if (prechecked && args->items[0]->type && args->items[0]->type->kind == TY_TUPLE &&
		    args->items[0]->type->fields.len > 1) {
			n->type = type_empty_tuple;   // print(f()): codegen prints each result
			return;
		}
		for (int i = 0; i < args->len; i++) {
			if (!prechecked)
				check_expr(c, args->items[i]);
			if (!check_is_value(c, args->items[i]))
				continue;
			if (args->items[i]->type->kind == TY_UNTYPED_NIL) {
				check_errorf(args->items[i], "use of untyped nil in argument to built-in %s",
					     ast_builtin_name(b));
				continue;
			}
			check_default_in(c, args->items[i], b == BI_PRINT ? "argument to print" :
					 "argument to println");
			check_const_set_text(args->items[i]);
		}
		n->type = type_empty_tuple;
		return;
	case BI_CLOSE: {
		if (!count_ok(n, "close", 1, 1))
			return;
		Node *x = args->items[0];
		if (!check_value(c, x))
			return;
		Type *u = type_underlying(x->type);
		if (u->kind != TY_CHAN) {
			check_errorf(x, "invalid operation: cannot close non-channel %s", operand_string(x));
			return;
		}
		if (u->chan_dir == CHAN_RECV) {
			check_errorf(x, "invalid operation: cannot close receive-only channel %s",
				     operand_string(x));
			return;
		}
		n->type = type_empty_tuple;
		return;
	}
	case BI_RECOVER:
		if (!count_ok(n, "recover", 0, 0))
			return;
		n->type = type_any;
		return;
	case BI_COMPLEX: case BI_REAL: case BI_IMAG:
		check_errorf(n, "complex numbers are not supported by mgo");
		for (int i = 0; i < args->len; i++)
			check_expr(c, args->items[i]);
		return;
	case BI_NONE: case BI_FMT_PRINTLN: case BI_FMT_PRINTF: case BI_FMT_SPRINTF:
	case BI_FMT_SPRINT: case BI_FMT_PRINT: case BI_FMT_SPRINTLN: case BI_FMT_ERRORF:
	case BI_WG_ADD: case BI_WG_DONE: case BI_WG_WAIT: case BI_MU_LOCK: case BI_MU_UNLOCK:
	case BI_MU_TRYLOCK: case BI_ONCE_DO: case BI_LIB: case BI__COUNT:
		bug("check_builtin: %d is not a universe builtin", (int)b);
	}
}
