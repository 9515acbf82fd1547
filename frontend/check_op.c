// check_op.c: unary and binary operators — operand matching for untyped
// values, comparisons (with the interface conversion of the concrete side),
// shifts, and constant folding with Go's overflow and division rules.
#include "check.h"

static bool is_comparison(int op)
{
	return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ ||
	       op == TOK_GTR || op == TOK_GEQ;
}

// Is binary operator op defined on values of type t?
static bool op_defined(int op, Type *t)
{
	switch (op) {
	case TOK_ADD:
		return type_is_numeric(t) || type_is_string(t);
	case TOK_SUB: case TOK_MUL: case TOK_QUO:
		return type_is_numeric(t);
	case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
		return type_is_integer(t);
	case TOK_LAND: case TOK_LOR:
		return type_is_boolean(t);
	default:
		return false;
	}
}

static int untyped_rank(Type *t)
{
	switch (t->kind) {
	case TY_UNTYPED_INT: return 1;
	case TY_UNTYPED_RUNE: return 2;
	case TY_UNTYPED_FLOAT: return 3;
	default: return 0;
	}
}

// Reports x op y's mismatched operand types at `at`.
static void mismatch(Node *n, Node *at, Node *x, Node *y)
{
	check_errorf(at, "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
		     type_errstring(x->type), type_errstring(y->type));
}

// Can an untyped operand be converted to the other operand's type at all?
// (Go first tries, and reports a failed conversion; operands of different
// classes are a type mismatch instead.)
static bool can_mix(Type *x, Type *y)
{
	if (type_is_interface(x) || type_is_interface(y))
		return true;
	if (type_is_boolean(x) != type_is_boolean(y) || type_is_string(x) != type_is_string(y))
		return false;
	if (x->kind == TY_UNTYPED_NIL && !type_is_nilable(y))
		return false;
	if (y->kind == TY_UNTYPED_NIL && !type_is_nilable(x))
		return false;
	return true;
}

// Implicit conversion of an untyped operand to the other operand's type.
static bool convert_operand(Checker *c, Node *n, Node *x, Node *other, bool cmp)
{
	Type *t = other->type;
	if (type_is_interface(t) && x->type->kind != TY_UNTYPED_NIL) {
		if (!cmp)
			return true;
		check_default(c, x);
		return !is_bad(x->type);
	}
	Repr r = check_convert_untyped_code(c, x, t);
	if (r == REPR_NO) {
		Node *bx = n->u.binary.x, *by = n->u.binary.y;
		if (can_mix(bx->type, by->type))
			check_errorf(x, "cannot convert %s to %s", operand_string(x), type_errstring(t));
		else
			mismatch(n, cmp ? by : bx, bx, by);
		n->type = type_bad;
		return false;
	}
	if (r != REPR_OK) {
		check_errorf(x, r == REPR_TRUNCATED ? "%s truncated to %s" : "%s overflows %s",
			     operand_string(x), type_errstring(t));
		return false;
	}
	return true;
}

bool check_match_operands(Checker *c, Node *n, Node *x, Node *y)
{
	Type *xt = x->type, *yt = y->type;
	bool cmp = is_comparison(n->u.binary.op);
	if (type_is_untyped(xt) && type_is_untyped(yt)) {
		if (xt->kind == TY_UNTYPED_NIL || yt->kind == TY_UNTYPED_NIL) {
			if (xt->kind == yt->kind)
				return true;
			mismatch(n, cmp ? y : x, x, y);
			return false;
		}
		int rx = untyped_rank(xt), ry = untyped_rank(yt);
		if (rx && ry) {
			if (rx < ry)
				return check_convert_untyped_code(c, x, yt) == REPR_OK;
			if (ry < rx)
				return check_convert_untyped_code(c, y, xt) == REPR_OK;
			return true;
		}
		if (xt->kind != yt->kind) {
			mismatch(n, cmp ? y : x, x, y);
			return false;
		}
		return true;
	}
	if (type_is_untyped(xt))
		return convert_operand(c, n, x, y, cmp);
	if (type_is_untyped(yt))
		return convert_operand(c, n, y, x, cmp);
	return true;
}

static const char *kind_noun(Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_STRUCT: return "struct";
	case TY_INTERFACE: return "interface";
	case TY_POINTER: return "pointer";
	case TY_SLICE: return "slice";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	case TY_FUNC: return "func";
	case TY_ARRAY: return "array";
	case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
	default: return type_errstring(t);
	}
}

// Why t is not comparable, as Go says it ("struct containing []int cannot
// be compared"); NULL when it is comparable.
static const char *incomparable(Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_SLICE: case TY_MAP: case TY_FUNC:
		return arena_sprintf(&ast_arena, "%s can only be compared to nil", kind_noun(t));
	case TY_STRUCT:
		for (int i = 0; i < u->fields.len; i++)
			if (!type_is_comparable(u->fields.items[i].type))
				return arena_sprintf(&ast_arena, "struct containing %s cannot be compared",
						     type_errstring(u->fields.items[i].type));
		return NULL;
	case TY_ARRAY:
		if (!type_is_comparable(u->elem))
			return arena_sprintf(&ast_arena, "%s cannot be compared", type_errstring(t));
		return NULL;
	default:
		return NULL;
	}
}

static bool is_ordered(Type *t)
{
	return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

static void check_comparison(Checker *c, Node *n)
{
	Node *x = n->u.binary.x, *y = n->u.binary.y;
	int op = n->u.binary.op;
	n->type = type_bad;
	bool xnil = x->type->kind == TY_UNTYPED_NIL, ynil = y->type->kind == TY_UNTYPED_NIL;
	if (!check_match_operands(c, n, x, y))
		return;
	Type *xt = x->type, *yt = y->type;
	char why[256];
	// Go reports a comparison's error at the operand it blames: the
	// second one for a type mismatch (known only once both are seen).
	if (!xnil && !ynil && !check_assignable(xt, yt, why, sizeof why) &&
	    !check_assignable(yt, xt, why, sizeof why)) {
		mismatch(n, y, x, y);
		return;
	}
	if (op == TOK_EQL || op == TOK_NEQ) {
		if (xnil || ynil) {
			Node *other = xnil ? y : x;
			if (!type_is_nilable(other->type) && !(xnil && ynil)) {
				mismatch(n, y, x, y);
				return;
			}
			if (xnil && ynil) {
				check_errorf(y, "invalid operation: %s (operator %s not defined on untyped nil)",
					     expr_string(n), op == TOK_EQL ? "==" : "!=");
				return;
			}
		} else {
			Node *bad = incomparable(xt) ? x : incomparable(yt) ? y : NULL;
			if (bad) {
				check_errorf(bad, "invalid operation: %s (%s)", expr_string(n),
					     incomparable(bad->type));
				return;
			}
		}
	} else {
		Node *bad = !is_ordered(xt) ? x : !is_ordered(yt) ? y : NULL;
		if (bad) {
			check_errorf(bad, "invalid operation: %s (operator %s not defined on %s)",
				     expr_string(n), check_op_string(op), kind_noun(bad->type));
			return;
		}
	}
	// A concrete operand compared with an interface is converted to it.
	if (!xnil && !ynil) {
		if (type_is_interface(xt) && !type_is_interface(yt))
			check_assign_to(c, &n->u.binary.y, xt, "comparison");
		else if (type_is_interface(yt) && !type_is_interface(xt))
			check_assign_to(c, &n->u.binary.x, yt, "comparison");
	}
	n->type = type_untyped_bool;
	if (x->cval && y->cval) {
		n->cval = const_compare(op, x->cval, y->cval);
		if (!n->cval)
			n->type = type_bad;
	}
}

static void check_shift(Checker *c, Node *n)
{
	Node *x = n->u.binary.x, *y = n->u.binary.y;
	int op = n->u.binary.op;
	n->type = type_bad;
	// The count: integer, non-negative; untyped constants must fit a uint.
	if (y->cval && type_is_untyped(y->type)) {
		if (!const_is_int_valued(y->cval)) {
			check_errorf(y, "invalid operation: shift count %s must be integer",
				     operand_string(y));
			return;
		}
		check_convert_untyped_code(c, y, type_untyped_int);
	} else if (type_is_untyped(y->type)) {
		check_convert_untyped_code(c, y, type_uint);
	}
	if (!type_is_integer(y->type)) {
		check_errorf(y, "invalid operation: shift count %s must be integer", operand_string(y));
		return;
	}
	int64_t s = 0;
	bool sconst = false;
	if (y->cval) {
		if (!const_int64(y->cval, &s) || s < 0) {
			check_errorf(y, "invalid operation: negative shift count %s", operand_string(y));
			return;
		}
		sconst = true;
	}
	if (x->cval && type_is_untyped(x->type)) {
		if (!const_is_int_valued(x->cval)) {
			check_errorf(x, "invalid operation: shifted operand %s must be integer",
				     operand_string(x));
			return;
		}
		if (sconst) {
			// Constant shift: the result is an untyped constant of x's kind
			// (an integer if x was an integral float).
			Type *rt = x->type->kind == TY_UNTYPED_FLOAT ? type_untyped_int : x->type;
			ConstVal *xv = const_to_kind(x->cval, type_untyped_int);
			const char *err;
			n->cval = const_shift(op, xv, (uint64_t)s, &err);
			if (!n->cval) {
				diag_errorf(n->pos, "constant shift overflow");
				return;
			}
			n->type = rt;
			return;
		}
		// Non-constant shift of an untyped constant: the type comes from
		// the context (update_untyped), int if none.
		n->type = x->type->kind == TY_UNTYPED_FLOAT ? type_untyped_int : x->type;
		return;
	}
	if (!type_is_integer(x->type)) {
		check_errorf(x, "invalid operation: shifted operand %s must be integer",
			     operand_string(x));
		return;
	}
	check_default(c, x);
	n->type = x->type;
	if (x->cval && sconst) {
		const char *err;
		ConstVal *v = const_shift(op, x->cval, (uint64_t)s, &err);
		ConstVal *out;
		if (!v || const_representable(v, x->type, &out) != REPR_OK) {
			n->cval = v;
			if (v)
				check_errorf(n, "%s overflows %s", operand_string(n), type_errstring(x->type));
			else
				diag_errorf(n->pos, "constant shift overflow");
			n->cval = NULL;
			n->type = type_bad;
			return;
		}
		n->cval = out;
	}
}

void check_binary(Checker *c, Node *n)
{
	bool okx = check_value(c, n->u.binary.x), oky = check_value(c, n->u.binary.y);
	n->type = type_bad;
	if (!okx || !oky)
		return;
	check_binary_op(c, n);
}

// The operator part of x op y, with both operands already checked.
void check_binary_op(Checker *c, Node *n)
{
	Node *x = n->u.binary.x, *y = n->u.binary.y;
	int op = n->u.binary.op;
	n->type = type_bad;
	if (op == TOK_SHL || op == TOK_SHR) {
		check_shift(c, n);
		return;
	}
	if (is_comparison(op)) {
		check_comparison(c, n);
		return;
	}
	if (!check_match_operands(c, n, x, y))
		return;
	if (is_bad(x->type) || is_bad(y->type))
		return;
	if (!type_identical(x->type, y->type)) {
		mismatch(n, x, x, y);
		return;
	}
	if (!op_defined(op, x->type)) {
		check_errorf(x, "invalid operation: operator %s not defined on %s", check_op_string(op),
			     operand_string(x));
		return;
	}
	bool int_div = type_is_integer(x->type);
	if ((op == TOK_QUO || op == TOK_REM) && y->cval && (int_div || x->cval)) {
		bool zero = (y->cval->kind == CV_INT && y->cval->i == 0) ||
			    (y->cval->kind == CV_FLOAT && y->cval->q == 0 && !y->cval->approx);
		if (zero) {
			check_errorf(y, "invalid operation: division by zero");
			return;
		}
	}
	n->type = x->type;
	if (x->cval && y->cval) {
		const char *err;
		ConstVal *v = const_binary(op, x->cval, y->cval, int_div, &err);
		if (!v) {
			if (err && strcmp(err, "division by zero") == 0)
				check_errorf(y, "invalid operation: division by zero");
			else if (err && strcmp(err, "constant result is not representable") == 0)
				diag_errorf(n->pos, "%s", err);
			else
				diag_errorf(n->pos, "constant %soverflow", op == TOK_MUL ? "multiplication " :
					     op == TOK_ADD ? "addition " : op == TOK_SUB ? "subtraction "
					     : op == TOK_XOR ? "bitwise XOR " : "");
			n->type = type_bad;
			return;
		}
		if (!type_is_untyped(n->type)) {
			ConstVal *out;
			n->cval = v;
			if (const_representable(v, n->type, &out) != REPR_OK) {
				check_errorf(n, "%s overflows %s", operand_string(n), type_errstring(n->type));
				n->cval = NULL;
				n->type = type_bad;
				return;
			}
			v = out;
		}
		n->cval = v;
	}
}

void check_unary(Checker *c, Node *n)
{
	Node *x = n->u.unary.x;
	int op = n->u.unary.op;
	n->type = type_bad;
	if (op == TOK_TILDE) {
		// Go parses ~x anywhere (for constraints) and rejects it here.
		if (check_value(c, x))
			check_errorf(n, "cannot use ~ outside of interface or type constraint");
		return;
	}
	if (op == TOK_AND) {
		Node *u = ast_unparen(x);
		if (u->kind == ND_COMPOSITE) {
			check_expr(c, x);
			if (!is_bad(x->type))
				n->type = type_pointer(x->type);
			return;
		}
		if (!check_value(c, x))
			return;
		if (!check_is_addressable(x)) {
			check_errorf(x, "invalid operation: cannot take address of %s", operand_string(x));
			return;
		}
		Sym *root = check_root_var(x);
		if (root)
			root->addr_taken = true;
		n->type = type_pointer(x->type);
		return;
	}
	if (!check_value(c, x))
		return;
	if (op == TOK_ARROW) {
		Type *t = type_underlying(x->type);
		if (t->kind != TY_CHAN) {
			check_errorf(x, "invalid operation: cannot receive from non-channel %s",
				     operand_string(x));
			return;
		}
		if (t->chan_dir == CHAN_SEND) {
			check_errorf(x, "invalid operation: cannot receive from send-only channel %s",
				     operand_string(x));
			return;
		}
		n->type = t->elem;
		return;
	}
	bool ok = op == TOK_NOT ? type_is_boolean(x->type) :
		  op == TOK_XOR ? type_is_integer(x->type) : type_is_numeric(x->type);
	if (!ok) {  // Go blames the operand, not the operator
		check_errorf(x, "invalid operation: operator %s not defined on %s", check_op_string(op),
			     operand_string(x));
		return;
	}
	n->type = x->type;
	if (x->cval) {
		ConstVal *v = const_unary(op, x->cval, x->type);
		if (!v) {
			// only an untyped complement can outgrow Go's 512 bits
			if (op == TOK_XOR && x->cval->kind == CV_INT)
				diag_errorf(n->pos, "constant bitwise complement overflow");
			n->type = type_bad;
			return;
		}
		if (!type_is_untyped(n->type)) {
			ConstVal *out;
			n->cval = v;
			if (const_representable(v, n->type, &out) != REPR_OK) {
				check_errorf(n, "%s overflows %s", operand_string(n), type_errstring(n->type));
				n->cval = NULL;
				n->type = type_bad;
				return;
			}
			v = out;
		}
		n->cval = v;
	}
}
