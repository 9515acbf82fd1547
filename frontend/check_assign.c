// check_assign.c: assignability — whether a value may be stored in a
// location of another type, with Go's messages, and the ND_CONV nodes that
// make every implicit conversion explicit for the later stages:
// CONV_IFACE when a value goes into an interface type (boxing or an
// interface-to-interface change), CONV_VALUE when the type changes without
// a representation change (named <-> unnamed, channel direction).
#include "check.h"

#include <stdio.h>

static bool is_named(Type *t)
{
	return t->kind == TY_NAMED || type_is_basic(t);
}

bool check_assignable(Type *v, Type *t, char *why, size_t whylen)
{
	if (why && whylen)
		why[0] = 0;
	if (is_bad(v) || is_bad(t))
		return true;
	if (type_identical(v, t))
		return true;
	Type *vu = type_underlying(v), *tu = type_underlying(t);
	if (v->kind == TY_UNTYPED_NIL)
		return type_is_nilable(t);
	// An untyped value of the right class (no constant to check: the
	// untyped bool of a comparison or comma-ok, a non-constant shift).
	if (type_is_untyped(v) && tu->kind != TY_INTERFACE) {
		if (v->kind == TY_UNTYPED_BOOL)
			return type_is_boolean(tu);
		if (v->kind == TY_UNTYPED_STRING)
			return type_is_string(tu);
		return type_is_numeric(tu);
	}
	if (type_identical(vu, tu) && (!is_named(v) || !is_named(t)) && vu->kind != TY_INTERFACE)
		return true;
	if (tu->kind == TY_INTERFACE) {
		return check_implements(v, t, why, whylen);
	}
	// Go explains a pointer to an interface as a target that is no
	// interface.
	if (tu->kind == TY_POINTER && type_is_interface(tu->elem)) {
		if (why && whylen)
			snprintf(why, whylen, "%s does not implement %s (type %s is pointer to interface, not interface)",
				 type_errstring(v), type_errstring(t), type_errstring(t));
		return false;
	}
	if (vu->kind == TY_INTERFACE && !type_is_untyped(v)) {
		if (why && whylen)
			snprintf(why, whylen, "need type assertion");
		return false;
	}
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->chan_dir == CHAN_BOTH &&
	    type_identical(vu->elem, tu->elem) && (!is_named(v) || !is_named(t)))
		return true;
	return false;
}

bool check_assign_to(Checker *c, Node **slot, Type *t, const char *context)
{
	Node *n = *slot;
	Type *v = n->type;
	if (is_bad(v) || is_bad(t))
		return true;
	if (type_is_untyped(v)) {
		if (v->kind == TY_UNTYPED_NIL) {
			if (!type_is_nilable(t)) {
				check_errorf(n, "cannot use nil as %s value in %s", type_errstring(t), context);
				return false;
			}
			check_convert_untyped_code(c, n, t);
			return true;
		}
		if (type_is_interface(t)) {
			check_default_in(c, n, context);
			if (is_bad(n->type))
				return false;
			check_const_set_text(n);
			v = n->type;
		} else {
			Repr r = check_convert_untyped_code(c, n, t);
			if (r != REPR_OK) {
				check_errorf(n, "cannot use %s as %s value in %s%s", operand_string(n),
					     type_errstring(t), context,
					     r == REPR_OVERFLOW ? " (overflows)" :
					     r == REPR_TRUNCATED ? " (truncated)" : "");
				n->type = type_bad;
				return false;
			}
			check_const_set_text(n);
			return true;
		}
	}
	char why[1024];
	if (!check_assignable(v, t, why, sizeof why)) {
		if (why[0])
			check_errorf(n, "cannot use %s as type %s in %s:\n\t%s", operand_string(n),
				     type_errstring(t), context, why);
		else
			check_errorf(n, "cannot use %s as type %s in %s", operand_string(n),
				     type_errstring(t), context);
		return false;
	}
	if (n->cval)
		check_const_set_text(n);
	if (type_identical(v, t))
		return true;
	*slot = check_wrap_conv(n, t, type_is_interface(t) ? CONV_IFACE : CONV_VALUE);
	return true;
}
