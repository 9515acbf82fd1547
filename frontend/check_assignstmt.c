// check_assignstmt.c: assignment statements — `=`, `:=` (with at least one
// new variable), `op=`, `x++`/`x--`, tuple and comma-ok forms, and what
// may stand on the left (addressable values, map entries, `_`).
#include "check.h"

// Checks an assignment target; returns its type, NULL for `_`. A plain
// variable on the left is not a "use" of it.
Type *check_lhs(Checker *c, Node *lhs)
{
	Node *u = ast_unparen(lhs);
	if (u->kind == ND_IDENT && strcmp(u->u.ident.name, "_") == 0) {
		lhs->type = NULL;
		u->type = NULL;
		return NULL;
	}
	if (u->kind == ND_IDENT) {
		Sym *s = scope_lookup(c->scope, u->u.ident.name);
		if (s && s->kind == SYM_VAR) {
			bool used = s->used;
			check_expr(c, lhs);
			s->used = used;
			s->reassigned = true;
			return lhs->type;
		}
	}
	check_expr(c, lhs);
	if (is_bad(lhs->type))
		return type_bad;
	if (lhs->is_type || lhs->type->kind == TY_TUPLE) {
		check_is_value(c, lhs);
		return type_bad;
	}
	if (check_is_addressable(lhs))
		return lhs->type;
	if (u->kind == ND_INDEX && type_underlying(u->u.index.x->type)->kind == TY_MAP)
		return lhs->type;
	if (u->kind == ND_SELECTOR && u->u.sel.sel == SEL_FIELD) {
		Node *ux = ast_unparen(u->u.sel.x);
		if (ux->kind == ND_INDEX && ux->u.index.x->type &&
		    type_underlying(ux->u.index.x->type)->kind == TY_MAP) {
			check_errorf(lhs, "cannot assign to struct field %s in map", expr_string(lhs));
			return type_bad;
		}
	}
	check_errorf(lhs, "cannot assign to %s", operand_string(lhs));
	return type_bad;
}

// Assigns the value in *slot to a target of type lt (NULL: blank).
static void assign_value(Checker *c, Node **slot, Type *lt)
{
	if (!lt) {
		if ((*slot)->type && (*slot)->type->kind == TY_UNTYPED_NIL) {
			check_errorf(*slot, "use of untyped nil in assignment to _ identifier");
			return;
		}
		check_default(c, *slot);
		check_const_set_text(*slot);
		return;
	}
	check_assign_to(c, slot, lt, "assignment");
}

// a, b = f() / v, ok = m[k]: one multi-valued right side.
static void assign_tuple(Checker *c, Node *s, Type **lts, int nl)
{
	Node **slot = &s->u.assign.rhs.items[0];
	Node *v = *slot;
	check_expr(c, v);
	if (is_bad(v->type))
		return;
	if (nl == 2 && check_is_commaok(v) && !v->is_type) {
		if (lts[0])
			check_assign_to(c, slot, lts[0], "assignment");
		else
			check_default(c, v);
		Node *u = ast_unparen(*slot);
		if (u->kind == ND_CONV)
			u = ast_unparen(u->u.conv.x);
		char why[256];
		if (lts[1] && !is_bad(lts[1]) && !check_assignable(type_untyped_bool, lts[1], why, sizeof why))
			check_errorf(s->u.assign.lhs.items[1], "cannot use %s (untyped bool value) as %s value in assignment",
				     expr_string(v), type_errstring(lts[1]));
		check_set_commaok(u);
		return;
	}
	if (v->type->kind == TY_TUPLE && v->type->fields.len == nl) {
		for (int i = 0; i < nl; i++) {
			Type *et = v->type->fields.items[i].type;
			char why[512];
			if (lts[i] && !check_assignable(et, lts[i], why, sizeof why))
				check_errorf(v, "cannot use %s (value of type %s) as type %s in assignment",
					     expr_string(v), type_errstring(et), type_errstring(lts[i]));
		}
		return;
	}
	if (v->type->kind == TY_TUPLE && v->type->fields.len == 0) {
		check_is_value(c, v);
		return;
	}
	check_assign_mismatch(v, nl, ast_unparen(v)->kind == ND_CALL ? ast_unparen(v) : NULL,
			      v->type->kind == TY_TUPLE ? v->type->fields.len : 1);
}

// x op= y and x++ read x: unlike a plain assignment, they are a use of a
// variable x (Go reports no "declared but not used" for it).
static void mark_read(Node *lhs)
{
	Node *u = ast_unparen(lhs);
	if (u->kind == ND_IDENT && u->u.ident.sym && u->u.ident.sym->kind == SYM_VAR)
		u->u.ident.sym->used = true;
}

// As Go, a failed assignment counts as a use of the variables on its left,
// so no "declared but not used" follows the error.
static void mark_lhs_used(NodeList *lhs)
{
	for (int i = 0; i < lhs->len; i++)
		mark_read(lhs->items[i]);
}

static void plain_assign_checked(Checker *c, Node *s);

static void plain_assign(Checker *c, Node *s)
{
	int errs = diag_count();
	plain_assign_checked(c, s);
	if (diag_count() > errs)
		mark_lhs_used(&s->u.assign.lhs);
}

static void plain_assign_checked(Checker *c, Node *s)
{
	NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
	int nl = lhs->len, nr = rhs->len;
	Type **lts = arena_zalloc(&ast_arena, sizeof(Type *) * (size_t)(nl + 1));
	for (int i = 0; i < nl; i++)
		lts[i] = check_lhs(c, lhs->items[i]);
	if (nr == 1 && nl > 1) {
		assign_tuple(c, s, lts, nl);
		return;
	}
	if (nl != nr) {
		for (int i = 0; i < nr; i++)
			check_expr(c, rhs->items[i]);
		Node *first = rhs->items[0];
		if (nr == 1 && first->type && first->type->kind == TY_TUPLE && ast_unparen(first)->kind == ND_CALL)
			check_assign_mismatch(first, nl, ast_unparen(first), first->type->fields.len);
		else
			check_assign_mismatch(first, nl, NULL, nr);
		return;
	}
	for (int i = 0; i < nl; i++) {
		if (!check_single_rhs(c, rhs->items[i], nl))
			continue;
		if (lts[i] && is_bad(lts[i]))
			continue;
		assign_value(c, &rhs->items[i], lts[i]);
	}
}

static void short_var_decl(Checker *c, Node *s)
{
	NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
	int nl = lhs->len, nr = rhs->len;
	bool *is_new = arena_zalloc(&ast_arena, (size_t)nl + 1);
	s->u.assign.is_new = is_new;
	Type **lts = arena_zalloc(&ast_arena, sizeof(Type *) * (size_t)(nl + 1));
	Sym **old = arena_zalloc(&ast_arena, sizeof(Sym *) * (size_t)(nl + 1));
	bool any_new = false, bad_lhs = false;
	for (int i = 0; i < nl; i++) {
		Node *id = lhs->items[i];
		if (id->kind != ND_IDENT) {
			check_errorf(id, "non-name %s on left side of :=", expr_string(id));
			bad_lhs = true;
			continue;
		}
		const char *name = id->u.ident.name;
		if (strcmp(name, "_") == 0)
			continue;
		bool repeated = false;
		for (int k = 0; k < i && !repeated; k++)
			if (lhs->items[k]->kind == ND_IDENT && strcmp(lhs->items[k]->u.ident.name, name) == 0) {
				diag_errorf(id->pos, "%s repeated on left side of :=", name);
				bad_lhs = repeated = true;
			}
		// As Go, a repeated name declares nothing (no "redeclared" follows).
		if (repeated)
			continue;
		Sym *o = scope_lookup_local(c->scope, name);
		if (o && o->kind == SYM_VAR) {
			old[i] = o;
			lts[i] = o->type;
			id->u.ident.sym = o;
			id->type = o->type;
			o->reassigned = true;
			check_use_sym(c, o);
		} else {
			is_new[i] = true;
			any_new = true;
		}
	}
	if (!any_new && !bad_lhs)
		diag_errorf(s->pos, "no new variables on left side of :=");
	int errs = diag_count();
	// Types of the new variables come from the right side.
	Type **vts = arena_zalloc(&ast_arena, sizeof(Type *) * (size_t)(nl + 1));
	if (nr == 1 && nl > 1) {
		Node **slot = &rhs->items[0];
		Node *v = *slot;
		check_expr(c, v);
		if (!is_bad(v->type) && nl == 2 && check_is_commaok(v) && !v->is_type) {
			if (lts[0])
				check_assign_to(c, slot, lts[0], "assignment");
			else
				check_default(c, v);
			vts[0] = lts[0] ? lts[0] : (*slot)->type;
			vts[1] = lts[1] ? lts[1] : type_bool;
			Node *u = ast_unparen(*slot);
			if (u->kind == ND_CONV)
				u = ast_unparen(u->u.conv.x);
			check_set_commaok(u);
		} else if (!is_bad(v->type) && v->type->kind == TY_TUPLE && v->type->fields.len == nl) {
			for (int i = 0; i < nl; i++) {
				Type *et = v->type->fields.items[i].type;
				char why[512];
				if (lts[i] && !check_assignable(et, lts[i], why, sizeof why))
					check_errorf(v, "cannot use %s (value of type %s) as type %s in assignment",
						     expr_string(v), type_errstring(et), type_errstring(lts[i]));
				vts[i] = lts[i] ? lts[i] : et;
			}
		} else if (!is_bad(v->type)) {
			if (v->type->kind == TY_TUPLE && v->type->fields.len == 0)
				check_is_value(c, v);
			else
				check_assign_mismatch(v, nl, ast_unparen(v)->kind == ND_CALL ? ast_unparen(v) : NULL,
						      v->type->kind == TY_TUPLE ? v->type->fields.len : 1);
		}
	} else if (nl != nr) {
		for (int i = 0; i < nr; i++)
			check_expr(c, rhs->items[i]);
		Node *first = rhs->items[0];
		if (nr == 1 && first->type && first->type->kind == TY_TUPLE && ast_unparen(first)->kind == ND_CALL)
			check_assign_mismatch(first, nl, ast_unparen(first), first->type->fields.len);
		else
			check_assign_mismatch(first, nl, NULL, nr);
	} else {
		for (int i = 0; i < nl; i++) {
			Node **slot = &rhs->items[i];
			if (!check_single_rhs(c, *slot, nl))
				continue;
			if (lts[i]) {
				check_assign_to(c, slot, lts[i], "assignment");
				vts[i] = lts[i];
				continue;
			}
			if ((*slot)->type->kind == TY_UNTYPED_NIL) {
				check_errorf(*slot, "use of untyped nil in assignment");
				continue;
			}
			check_default(c, *slot);
			check_const_set_text(*slot);
			vts[i] = (*slot)->type;
		}
	}
	for (int i = 0; i < nl; i++) {
		Node *id = lhs->items[i];
		if (id->kind != ND_IDENT || old[i])
			continue;
		if (!is_new[i] && strcmp(id->u.ident.name, "_") != 0)
			continue;
		if (strcmp(id->u.ident.name, "_") == 0) {
			id->type = vts[i];
			continue;
		}
		Sym *v = check_declare_var(c, id, vts[i] ? vts[i] : type_bad, s);
		// As Go: variables whose initialisation failed are not also reported unused.
		if (v && (is_bad(vts[i]) || diag_count() > errs))
			v->used = true;
	}
}

static void op_assign(Checker *c, Node *s)
{
	NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
	if (lhs->len != 1 || rhs->len != 1) {
		diag_errorf(s->pos, "assignment operation %s requires single-valued expressions",
			    check_op_string(s->u.assign.op));
		return;
	}
	Type *lt = check_lhs(c, lhs->items[0]);
	mark_read(lhs->items[0]);
	if (!lt) {
		check_errorf(lhs->items[0], "cannot use _ as value");
		check_expr(c, rhs->items[0]);
		return;
	}
	if (!check_value(c, rhs->items[0]) || is_bad(lt))
		return;
	Node tmp = {0};
	tmp.kind = ND_BINARY;
	tmp.pos = s->pos;
	tmp.u.binary.op = check_assign_op(s->u.assign.op);
	tmp.u.binary.x = lhs->items[0];
	tmp.u.binary.y = rhs->items[0];
	check_binary_op(c, &tmp);
	rhs->items[0] = tmp.u.binary.y;
	if (!is_bad(tmp.type) && !type_identical(tmp.type, lt) && !type_is_untyped(tmp.type))
		check_errorf(lhs->items[0], "cannot assign %s to %s", type_errstring(tmp.type),
			     operand_string(lhs->items[0]));
}

void check_assign_stmt(Checker *c, Node *s)
{
	if (!s->u.assign.lhs.len || !s->u.assign.rhs.len)
		return;
	switch (s->u.assign.op) {
	case TOK_DEFINE: short_var_decl(c, s); return;
	case TOK_ASSIGN: plain_assign(c, s); return;
	default: op_assign(c, s); return;
	}
}

void check_incdec(Checker *c, Node *s)
{
	Node *x = s->u.incdec.x;
	Type *t = check_lhs(c, x);
	mark_read(x);
	if (!t) {
		check_errorf(x, "cannot use _ as value");
		return;
	}
	if (is_bad(t))
		return;
	if (!type_is_numeric(t)) {
		check_errorf(x, "invalid operation: %s%s (non-numeric type %s)", expr_string(x),
			     check_op_string(s->u.incdec.op), type_errstring(t));
	}
}
