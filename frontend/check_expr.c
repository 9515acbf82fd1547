// check_expr.c: expressions — the dispatcher, identifiers, literals,
// indexing, slicing, dereference, type assertions, and the untyped-value
// machinery (giving untyped constants and untyped boolean/shift results
// their final type).
//
// Calls, conversions and builtins live in check_call.c, operators in
// check_op.c, selectors and method sets in check_lookup.c, composite and
// function literals in check_lit.c, assignability in check_assign.c.
#include "check.h"

static void check_ident(Checker *c, Node *n)
{
	const char *name = n->u.ident.name;
	n->type = type_bad;
	if (strcmp(name, "_") == 0) {
		diag_errorf(n->pos, "cannot use _ as value");
		return;
	}
	Sym *s = scope_lookup(c->scope, name);
	if (!s) {
		diag_errorf(n->pos, "undefined: %s", name);
		return;
	}
	n->u.ident.sym = s;
	if (s->is_global || (s->kind == SYM_FUNC && !s->outer) || s->kind == SYM_TYPE ||
	    s->kind == SYM_CONST)
		check_resolve(c, s);
	switch (s->kind) {
	case SYM_VAR:
		s->used = true;
		check_use_sym(c, s);
		if (s->is_global)
			check_record_dep(c, s);
		n->type = s->type ? s->type : type_bad;
		return;
	case SYM_CONST:
		s->used = true;
		n->type = s->type ? s->type : type_bad;
		if (strcmp(name, "iota") == 0 && s->pos.line == 0) {
			if (!c->iota) {
				diag_errorf(n->pos, "cannot use iota outside constant declaration");
				n->type = type_bad;
				return;
			}
			n->cval = c->iota;
			return;
		}
		n->cval = s->cval;
		if (!n->cval)
			n->type = type_bad;
		return;
	case SYM_TYPE:
		s->used = true;
		n->is_type = true;
		n->type = s->type ? s->type : type_bad;
		return;
	case SYM_FUNC:
		s->used = true;
		check_record_dep(c, s);
		n->type = s->type ? s->type : type_bad;
		return;
	case SYM_PKG:
		diag_errorf(n->pos, "use of package %s not in selector", name);
		return;
	case SYM_BUILTIN:
		// Only valid as the callee of a call; check_call looks at the sym.
		diag_errorf(n->pos, "%s (built-in) must be called", name);
		return;
	case SYM_NIL:
		n->type = type_untyped_nil;
		return;
	case SYM_LABEL:
		diag_errorf(n->pos, "undefined: %s", name);
		return;
	}
}

static void check_lit(Checker *c, Node *n)
{
	n->type = type_bad;
	switch (n->kind) {
	case ND_INTLIT: n->type = type_untyped_int; break;
	case ND_FLOATLIT: n->type = type_untyped_float; break;
	case ND_RUNELIT: n->type = type_untyped_rune; break;
	case ND_STRINGLIT: n->type = type_untyped_string; break;
	case ND_IMAGLIT:
		diag_errorf(n->pos, "complex numbers are not supported by mgo");
		return;
	default: return;
	}
	n->cval = const_from_lit(n);
	if (!n->cval)
		n->type = type_bad;
}

// {==================== Untyped values ====================

Type *check_default_type(Type *t)
{
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return type_bool;
	case TY_UNTYPED_INT: return type_int;
	case TY_UNTYPED_RUNE: return type_rune;
	case TY_UNTYPED_FLOAT: return type_float64;
	case TY_UNTYPED_STRING: return type_str;
	default: return t;
	}
}

static bool is_comparison(int op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ ||
	       op == TOK_GTR || op == TOK_GEQ;
}

// Sets the type of an untyped expression tree to target (already known
// to be compatible in class); constants are checked for representability.
static Repr update_untyped(Checker *c, Node *n, Type *target)
{
	if (!n->type || !type_is_untyped(n->type))
		return REPR_OK;
	if (n->cval) {
		ConstVal *out;
		Repr r = const_representable(n->cval, target, &out);
		if (r != REPR_OK)
			return r;
		n->cval = out;
	}
	// A value still untyped takes its final type later (Go's non-final
	// update): only then are its operands, shifts included, settled.
	if (!n->cval && type_is_untyped(target)) {
		n->type = target;
		return REPR_OK;
	}
	switch (n->kind) {
	case ND_PAREN: {
		Repr r = update_untyped(c, n->u.paren.x, target);
		if (r != REPR_OK)
			return r;
		break;
	}
	case ND_UNARY:
		if (!n->cval) {
			Repr r = update_untyped(c, n->u.unary.x, target);
			if (r != REPR_OK)
				return r;
		}
		break;
	case ND_BINARY:
		if (n->cval || is_comparison(n->u.binary.op))
			break;
		if (n->u.binary.op == TOK_SHL || n->u.binary.op == TOK_SHR) {
			if (!type_is_integer(target) && !is_bad(target)) {
				check_errorf(n, "invalid operation: %s (shift of type %s)", expr_string(n),
					     type_errstring(target));
				n->type = type_bad;
				return REPR_OK;
			}
			update_untyped(c, n->u.binary.x, target);
		} else {
			update_untyped(c, n->u.binary.x, target);
			update_untyped(c, n->u.binary.y, target);
		}
		break;
	default:
		break;
	}
	n->type = target;
	return REPR_OK;
}

void check_update_untyped(Checker *c, Node *n, Type *target)
{
	update_untyped(c, n, target);
}

// Converts untyped n to target; returns a Repr code (REPR_NO when the
// classes do not match). Interface targets get the default type.
Repr check_convert_untyped_code(Checker *c, Node *n, Type *target)
{
	Type *t = n->type;
	if (!t || !type_is_untyped(t) || is_bad(target))
		return REPR_OK;
	Type *tu = type_underlying(target);
	if (t->kind == TY_UNTYPED_NIL) {
		if (!type_is_nilable(target))
			return REPR_NO;
		n->type = target;
		if (n->kind == ND_PAREN)
			check_convert_untyped_code(c, n->u.paren.x, target);
		return REPR_OK;
	}
	if (tu->kind == TY_INTERFACE) {
		check_default(c, n);
		return REPR_OK;
	}
	if (!type_is_basic(tu))
		return REPR_NO;
	bool ok;
	switch (t->kind) {
	case TY_UNTYPED_BOOL: ok = type_is_boolean(tu); break;
	case TY_UNTYPED_STRING: ok = type_is_string(tu); break;
	default: ok = type_is_numeric(tu); break;
	}
	if (!ok)
		return REPR_NO;
	if (!n->cval && (t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE ||
			 t->kind == TY_UNTYPED_FLOAT) && !type_is_numeric(tu))
		return REPR_NO;
	return update_untyped(c, n, target);
}

bool check_convert_untyped(Checker *c, Node *n, Type *target)
{
	Repr r = check_convert_untyped_code(c, n, target);
	if (r == REPR_OK)
		return true;
	// Go's reason comes from the two types alone: a number that does not
	// fit is truncated (to an integer, from a non-integer) or overflows;
	// anything else cannot be converted.
	const char *op = operand_string(n);
	if (type_is_numeric(n->type) && type_is_numeric(target))
		r = !type_is_integer(n->type) && type_is_integer(target) ? REPR_TRUNCATED : REPR_OVERFLOW;
	else
		r = REPR_NO;
	if (r == REPR_TRUNCATED)
		check_errorf(n, "%s truncated to %s", op, type_errstring(target));
	else if (r == REPR_OVERFLOW)
		check_errorf(n, "%s overflows %s", op, type_errstring(target));
	else
		check_errorf(n, "cannot convert %s to %s", op, type_errstring(target));
	n->type = type_bad;
	return false;
}

void check_default(Checker *c, Node *n)
{
	check_default_in(c, n, "assignment");
}

void check_default_in(Checker *c, Node *n, const char *context)
{
	Type *t = n->type;
	if (!t || !type_is_untyped(t) || t->kind == TY_UNTYPED_NIL)
		return;
	Type *d = check_default_type(t);
	if (n->cval) {
		ConstVal *out;
		Repr r = const_representable(n->cval, d, &out);
		if (r == REPR_OVERFLOW) {
			check_errorf(n, "cannot use %s as %s value in %s (overflows)", operand_string(n),
				     type_errstring(d), context);
			n->type = type_bad;
			return;
		}
	}
	update_untyped(c, n, d);
}

// Records the final constant text at a constant expression's root.
ConstVal *check_const_set_text(Node *n)
{
	if (n->cval && !n->cval->text) {
		ConstVal *v = arena_memdup(&ast_arena, n->cval, sizeof *v);
		v->text = expr_string(n);
		n->cval = v;
	}
	return n->cval;
}

// }==================== Value checks ====================

bool check_value(Checker *c, Node *n)
{
	check_expr(c, n);
	return check_is_value(c, n);
}

// The single-value test of check_value for an already checked expression.
bool check_is_value(Checker *c, Node *n)
{
	if (is_bad(n->type)) {
		n->type = type_bad;
		return false;
	}
	if (n->is_type) {
		check_errorf(n, "%s (type) is not an expression", expr_string(n));
		n->type = type_bad;
		return false;
	}
	if (n->type->kind == TY_TUPLE) {
		if (n->type->fields.len == 0)
			check_errorf(n, "%s (no value) used as value", expr_string(n));
		else
			check_errorf(n, "multiple-value %s (value of type %s) in single-value context",
				     expr_string(n), type_errstring(n->type));
		n->type = type_bad;
		return false;
	}
	return true;
}

bool check_value_default(Checker *c, Node *n)
{
	if (!check_value(c, n))
		return false;
	check_default(c, n);
	return !is_bad(n->type);
}

// Integer index i for x[i] or a slice bound; len >= 0 bounds constants.
bool check_index_value(Checker *c, Node *i, int64_t len, const char *what)
{
	if (!check_value(c, i))
		return false;
	if (type_is_untyped(i->type) && i->cval) {
		if (!check_convert_untyped(c, i, type_int))
			return false;
	} else {
		check_default(c, i);
	}
	if (!type_is_integer(i->type)) {
		check_errorf(i, "invalid argument: %s %s must be integer", what, operand_string(i));
		return false;
	}
	int64_t v;
	if (i->cval && const_int64(i->cval, &v)) {
		check_const_set_text(i);
		if (v < 0) {
			check_errorf(i, "invalid argument: %s %s must not be negative", what,
				     operand_string(i));
			return false;
		}
		if (len >= 0 && v >= len) {
			check_errorf(i, "invalid argument: %s %s out of bounds [0:%lld]", what,
				     expr_string(i), (long long)len);
			return false;
		}
	}
	return true;
}

static void check_index(Checker *c, Node *n)
{
	Node *x = n->u.index.x, *i = n->u.index.index;
	n->type = type_bad;
	check_expr(c, x);
	if (x->is_type) {
		check_errorf(x, "generic types are not supported by mgo");
		return;
	}
	if (!check_is_value(c, x))
		return;
	Type *t = type_underlying(x->type);
	if (t->kind == TY_POINTER && type_underlying(t->elem)->kind == TY_ARRAY)
		t = type_underlying(t->elem);
	switch (t->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: {
		int64_t len = x->cval ? x->cval->s.len : -1;
		if (!check_index_value(c, i, len, "index"))
			return;
		if (x->cval)
			check_default(c, x);
		n->type = type_byte;
		if (x->cval && i->cval) {
			int64_t v;
			const_int64(i->cval, &v);
			n->cval = const_int((unsigned char)x->cval->s.ptr[v]);
			n->cval = NULL; // Go: indexing a constant string is not a constant
		}
		return;
	}
	case TY_ARRAY:
		if (!check_index_value(c, i, t->len, "index"))
			return;
		n->type = t->elem;
		return;
	case TY_SLICE:
		if (!check_index_value(c, i, -1, "index"))
			return;
		n->type = t->elem;
		return;
	case TY_MAP:
		if (!check_value(c, i))
			return;
		if (!check_assign_to(c, &n->u.index.index, t->key, "map index"))
			return;
		n->type = t->elem;
		return;
	default:
		diag_errorf(n->pos, "invalid operation: cannot index %s", operand_string(x));
		check_expr(c, i);
		return;
	}
}

static void check_slice_expr(Checker *c, Node *n)
{
	Node *x = n->u.slice.x;
	n->type = type_bad;
	if (!check_value(c, x))
		return;
	Type *t = type_underlying(x->type);
	int64_t len = -1;
	Type *result = NULL;
	switch (t->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		if (n->u.slice.three) {
			check_errorf(x, "invalid operation: 3-index slice of string");
			return;
		}
		if (x->cval)
			len = x->cval->s.len;
		check_default(c, x);
		result = t->kind == TY_UNTYPED_STRING ? type_str : x->type;
		break;
	case TY_ARRAY:
		if (!check_is_addressable(x)) {
			check_errorf(x, "invalid operation: %s (slice of unaddressable value)",
				     operand_string(x));
			return;
		}
		len = t->len;
		result = type_slice(t->elem);
		Sym *root = check_root_var(x);
		if (root)
			root->addr_taken = true;
		break;
	case TY_POINTER:
		if (type_underlying(t->elem)->kind == TY_ARRAY) {
			len = type_underlying(t->elem)->len;
			result = type_slice(type_underlying(t->elem)->elem);
			break;
		}
		check_errorf(x, "invalid operation: cannot slice %s", operand_string(x));
		return;
	case TY_SLICE:
		result = x->type;
		break;
	default:
		check_errorf(x, "invalid operation: cannot slice %s", operand_string(x));
		return;
	}
	// Go checks every index, then the order of the constant ones (one
	// error at most).
	Node *idx[3] = {n->u.slice.lo, n->u.slice.hi, n->u.slice.max};
	int64_t val[3] = {-1, -1, -1};
	bool ok = true;
	for (int k = 0; k < 3; k++) {
		if (!idx[k])
			continue;
		int64_t bound = len >= 0 ? len + 1 : -1, v;
		if (!check_index_value(c, idx[k], bound, "index"))
			ok = false;
		else if (idx[k]->cval && const_int64(idx[k]->cval, &v))
			val[k] = v;
	}
	for (int i = 0; i < 2; i++) {
		if (val[i] <= 0)
			continue;
		for (int j = i + 1; j < 3; j++) {
			if (val[j] >= 0 && val[j] < val[i]) {
				check_errorf(idx[j], "invalid slice indices: %lld < %lld",
					     (long long)val[j], (long long)val[i]);
				i = 2;
				break;
			}
		}
	}
	if (ok)
		n->type = result;
}

static void check_star(Checker *c, Node *n)
{
	Node *x = n->u.star.x;
	check_expr(c, x);
	if (x->is_type) {
		n->is_type = true;
		n->type = is_bad(x->type) ? type_bad : type_pointer(x->type);
		return;
	}
	n->type = type_bad;
	if (!check_is_value(c, x))
		return;
	if (x->type->kind == TY_UNTYPED_NIL) {
		check_errorf(x, "invalid operation: cannot indirect nil");
		return;
	}
	Type *t = type_underlying(x->type);
	if (t->kind != TY_POINTER) {
		check_errorf(x, "invalid operation: cannot indirect %s", operand_string(x));
		return;
	}
	n->type = t->elem;
}

static void check_assert(Checker *c, Node *n)
{
	Node *x = n->u.assert.x;
	n->type = type_bad;
	if (!n->u.assert.atype) {
		check_errorf(n, "invalid AST: use of .(type) outside type switch");
		check_expr(c, x);
		return;
	}
	bool ok = check_value(c, x);
	Type *t = check_type(c, n->u.assert.atype);
	if (!ok || is_bad(t))
		return;
	if (!type_is_interface(x->type)) {
		check_errorf(x, "invalid operation: %s is not an interface", operand_string(x));
		return;
	}
	if (!type_is_interface(t)) {
		char why[512];
		if (!check_implements(t, x->type, why, sizeof why)) {
			check_errorf(n, "impossible type assertion: %s\n\t%s",
				     expr_string(n), why);
			return;
		}
	}
	n->type = t;
}

void check_expr(Checker *c, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_BAD:
		n->type = type_bad;
		return;
	case ND_IDENT:
		check_ident(c, n);
		break;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRINGLIT:
		check_lit(c, n);
		break;
	case ND_COMPOSITE:
		check_composite(c, n, NULL);
		break;
	case ND_FUNCLIT:
		check_funclit(c, n);
		break;
	case ND_PAREN:
		check_expr(c, n->u.paren.x);
		n->type = n->u.paren.x->type;
		n->cval = n->u.paren.x->cval;
		n->is_type = n->u.paren.x->is_type;
		break;
	case ND_SELECTOR:
		check_selector(c, n);
		break;
	case ND_INDEX:
		check_index(c, n);
		break;
	case ND_SLICE:
		check_slice_expr(c, n);
		break;
	case ND_TYPEASSERT:
		check_assert(c, n);
		break;
	case ND_CALL:
		check_call(c, n);
		break;
	case ND_STAR:
		check_star(c, n);
		break;
	case ND_UNARY:
		check_unary(c, n);
		break;
	case ND_BINARY:
		check_binary(c, n);
		break;
	case ND_KEYVALUE:
		check_errorf(n, "unexpected key:value expression");
		n->type = type_bad;
		break;
	case ND_CONV:
		if (!n->type)
			check_expr(c, n->u.conv.x);
		break;
	case ND_INLCALL: case ND_INLDONE:
		break;   // made after checking, already typed
	case ND_ARRAYTYPE: case ND_MAPTYPE: case ND_CHANTYPE: case ND_FUNCTYPE:
	case ND_STRUCTTYPE: case ND_INTERFACETYPE:
		n->type = check_type(c, n);
		n->is_type = true;
		break;
	case ND_ELLIPSIS: case ND_FIELD:
	case ND_EMPTY: case ND_BLOCK: case ND_EXPRSTMT: case ND_SEND: case ND_INCDEC:
	case ND_ASSIGN: case ND_DECLSTMT: case ND_LABELED: case ND_GO: case ND_DEFER:
	case ND_RETURN: case ND_BRANCH: case ND_IF: case ND_SWITCH: case ND_TYPESWITCH:
	case ND_CASECLAUSE: case ND_SELECT: case ND_COMMCLAUSE: case ND_FOR: case ND_RANGE:
	case ND_IMPORT: case ND_VARSPEC: case ND_CONSTSPEC: case ND_TYPESPEC: case ND_FUNCDECL:
	case ND_FILE: case ND__COUNT:
		check_errorf(n, "unexpected %s in expression", ast_kind_name(n->kind));
		n->type = type_bad;
		return;
	}
	if (!n->type)
		n->type = type_bad;
	if (c->types_done)
		type_complete(n->type);
}
