// check_stmt.c: statements — blocks and scopes, expression statements,
// send, inc/dec, go/defer, return, branches and labels, if, for, range,
// switch, type switch, select. Assignments are in check_assignstmt.c; Go's
// terminating-statement rule for "missing return" in check_terminate.c.
#include "check.h"

static void check_stmt(Checker *c, Node *s);

static void open_scope(Checker *c)
{
	c->scope = scope_new(c->scope, c->fc ? c->fc->fn : NULL);
}

static void close_scope(Checker *c)
{
	check_unused(c, c->scope);
	c->scope = c->scope->parent;
}

void check_stmts(Checker *c, NodeList *stmts)
{
	for (int i = 0; i < stmts->len; i++)
		check_stmt(c, stmts->items[i]);
}

void check_block(Checker *c, Node *block)
{
	open_scope(c);
	check_stmts(c, &block->u.block.stmts);
	close_scope(c);
}

static bool stmt_builtin_ok(Builtin b)
{
	return b == BI_COPY || b == BI_PANIC || b == BI_PRINT || b == BI_PRINTLN ||
	       b == BI_CLOSE || b == BI_DELETE || b == BI_RECOVER;
}

static void check_exprstmt(Checker *c, Node *s)
{
	Node *x = s->u.exprstmt.x;
	Node *u = ast_unparen(x);
	check_expr(c, x);
	if (is_bad(x->type))
		return;
	if (u->kind == ND_CALL) {
		if (u->u.call.call == CALL_CONV || (u->u.call.call == CALL_BUILTIN &&
						    !stmt_builtin_ok(u->u.call.builtin)))
			check_errorf(x, "%s is not used", operand_string(x));
		return;
	}
	if (u->kind == ND_UNARY && u->u.unary.op == TOK_ARROW)
		return;
	if (x->is_type)
		check_errorf(x, "%s (type) is not an expression", expr_string(x));
	else
		check_errorf(x, "%s is not used", operand_string(x));
}

static void check_send(Checker *c, Node *s)
{
	Node *ch = s->u.send.ch;
	bool ok = check_value(c, ch);
	ok &= check_value(c, s->u.send.value);
	if (!ok)
		return;
	Type *t = type_underlying(ch->type);
	if (t->kind != TY_CHAN) {
		check_errorf(ch, "invalid operation: cannot send to non-channel %s", operand_string(ch));
		return;
	}
	if (t->chan_dir == CHAN_RECV) {
		check_errorf(ch, "invalid operation: cannot send to receive-only channel %s",
			     operand_string(ch));
		return;
	}
	check_assign_to(c, &s->u.send.value, t->elem, "send");
}

static void check_go_defer(Checker *c, Node *s)
{
	const char *what = s->kind == ND_GO ? "go" : "defer";
	Node *call = s->u.go.call;
	if (!call)
		return;
	if (call->kind == ND_PAREN) {
		check_errorf(call, "expression in %s must not be parenthesized", what);
		check_expr(c, call);
		return;
	}
	if (call->kind != ND_CALL) {
		check_errorf(call, "expression in %s must be function call", what);
		check_expr(c, call);
		return;
	}
	check_expr(c, call);
	if (call->u.call.call == CALL_CONV)
		check_errorf(call, "%s requires function call, not conversion", what);
	else if (call->u.call.call == CALL_BUILTIN && !stmt_builtin_ok(call->u.call.builtin))
		check_errorf(call, "%s discards result of %s", what, expr_string(call));
}

static const char *types_string(Type **ts, Node **ns, int n)
{
	char *s = arena_sprintf(&ast_arena, "(");
	for (int i = 0; i < n; i++) {
		Type *t = ts ? ts[i] : ns[i]->type;
		const char *ts_ = !t || is_bad(t) ? "<T>" :
			(t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_FLOAT || t->kind == TY_UNTYPED_RUNE) ?
			"number" : t->kind == TY_UNTYPED_NIL ? "nil" :
			type_is_untyped(t) ? type_errstring(check_default_type(t)) : type_errstring(t);
		s = arena_sprintf(&ast_arena, "%s%s%s", s, i ? ", " : "", ts_);
	}
	return arena_sprintf(&ast_arena, "%s)", s);
}

static const char *results_string(Type *sig)
{
	Type *ts[256];
	int n = sig->results.len < 256 ? sig->results.len : 256;
	for (int i = 0; i < n; i++)
		ts[i] = sig->results.items[i].type;
	return types_string(ts, NULL, n);
}

static void check_return(Checker *c, Node *s)
{
	if (!c->fc)
		return;
	Type *sig = c->fc->sig;
	NodeList *vals = &s->u.ret.results;
	int nr = sig->results.len, nv = vals->len;
	if (nv == 0) {
		if (nr > 0 && !sig->results.items[0].name)
			diag_errorf(s->pos, "not enough return values\n\thave ()\n\twant %s", results_string(sig));
		return;
	}
	if (nv == 1 && nr != 1) {
		Node *v = vals->items[0];
		check_expr(c, v);
		if (is_bad(v->type))
			return;
		if (v->type->kind == TY_TUPLE && v->type->fields.len == nr && nr > 1)
			return;
		// f() returning a different number of values: Go counts them
		// one by one and names the call.
		if (v->type->kind == TY_TUPLE && v->type->fields.len > 1 && nr > 0) {
			int nt = v->type->fields.len < 256 ? v->type->fields.len : 256;
			Type *ts[256];
			for (int i = 0; i < nt; i++)
				ts[i] = v->type->fields.items[i].type;
			check_errorf(v, "%s return values\n\thave %s\n\twant %s", nt > nr ? "too many" : "not enough",
				     types_string(ts, NULL, nt), results_string(sig));
			return;
		}
	}
	bool ok = true;
	for (int i = 0; i < nv; i++)
		ok &= nv == 1 && nr != 1 ? check_is_value(c, vals->items[i]) : check_value(c, vals->items[i]);
	if (nv != nr) {
		if (!ok)
			return;
		if (nv > nr)
			check_errorf(vals->items[nr], "too many return values\n\thave %s\n\twant %s",
				     types_string(NULL, vals->items, nv), results_string(sig));
		else
			check_errorf(vals->items[nv - 1], "not enough return values\n\thave %s\n\twant %s",
				     types_string(NULL, vals->items, nv), results_string(sig));
		return;
	}
	for (int i = 0; i < nv; i++)
		check_assign_to(c, &vals->items[i], sig->results.items[i].type, "return statement");
}

// {==================== Branches and labels ====================

static void check_branch(Checker *c, Node *s)
{
	int tok = s->u.branch.tok;
	Node *label = s->u.branch.label;
	if (tok == TOK_GOTO) {
		diag_errorf(s->pos, "goto is not supported by mgo");
		return;
	}
	if (tok == TOK_FALLTHROUGH) {
		if (s == c->ft_ok)
			return;
		if (s == c->ft_final)
			diag_errorf(s->pos, "cannot fallthrough final case in switch");
		else if (s == c->ft_tswitch)
			diag_errorf(s->pos, "cannot fallthrough in type switch");
		else
			diag_errorf(s->pos, "fallthrough statement out of place");
		return;
	}
	bool is_break = tok == TOK_BREAK;
	const char *what = is_break ? "break" : "continue";
	if (label) {
		const char *name = label->u.ident.name;
		for (BranchTarget *t = c->targets; t; t = t->up) {
			if (t->label && strcmp(t->label->name, name) == 0) {
				t->label->used = true;
				label->u.ident.sym = t->label;
				if (!is_break && !t->loop) {
					diag_errorf(label->pos, "invalid continue label %s", name);
					return;
				}
				s->u.branch.target = t->stmt;
				return;
			}
		}
		if (c->fc) {
			for (int i = 0; i < c->fc->labels.len; i++)
				if (strcmp(c->fc->labels.items[i]->name, name) == 0) {
					c->fc->labels.items[i]->used = true;
					diag_errorf(label->pos, "invalid %s label %s", what, name);
					return;
				}
		}
		diag_errorf(label->pos, "%s label not defined: %s", what, name);
		return;
	}
	for (BranchTarget *t = c->targets; t; t = t->up) {
		if (is_break || t->loop) {
			s->u.branch.target = t->stmt;
			return;
		}
	}
	diag_errorf(s->pos, is_break ? "break is not in a loop, switch, or select" :
		    "continue is not in a loop");
}

static Node **stmt_label_slot(Node *s)
{
	switch (s->kind) {
	case ND_FOR: return &s->u.fors.label;
	case ND_RANGE: return &s->u.range.label;
	case ND_SWITCH: return &s->u.sw.label;
	case ND_TYPESWITCH: return &s->u.tsw.label;
	case ND_SELECT: return &s->u.sel_stmt.label;
	default: return NULL;
	}
}

static void check_labeled(Checker *c, Node *s)
{
	Node *id = s->u.labeled.label;
	const char *name = id->u.ident.name;
	Sym *l = sym_new(SYM_LABEL, name, id->pos);
	l->decl = s;
	s->u.labeled.sym = l;
	id->u.ident.sym = l;
	if (c->fc && strcmp(name, "_") != 0) {
		for (int i = 0; i < c->fc->labels.len; i++)
			if (strcmp(c->fc->labels.items[i]->name, name) == 0) {
				Sym *o = c->fc->labels.items[i];
				diag_errorf(id->pos, "label %s already declared\n\t%s:%d:%d: other declaration of %s",
					    name, diag_filename, o->pos.line, o->pos.col, name);
				l->used = true;
			}
		vec_push(&ast_arena, &c->fc->labels, l);
	}
	Node *inner = s->u.labeled.stmt;
	if (!inner)
		return;
	Node **slot = stmt_label_slot(inner);
	if (slot) {
		*slot = id;
		c->pending_label = l;
	}
	check_stmt(c, inner);
	c->pending_label = NULL;
}

static void push_target(Checker *c, BranchTarget *t, Node *stmt, bool loop)
{
	t->up = c->targets;
	t->stmt = stmt;
	t->loop = loop;
	t->label = c->pending_label;
	c->pending_label = NULL;
	c->targets = t;
}

// }==================== Control flow ====================

static void check_cond(Checker *c, Node *cond, const char *what)
{
	if (!check_value(c, cond))
		return;
	if (!type_is_boolean(cond->type)) {
		check_errorf(cond, "non-boolean condition in %s statement", what);
		return;
	}
	check_default(c, cond);
}

// A second default clause; Go names the first one's position.
static void check_multiple_default(Node **first, Node *cl)
{
	if (*first)
		diag_errorf(cl->pos, "multiple defaults (first at %s:%d:%d)", diag_filename,
			    (*first)->pos.line, (*first)->pos.col);
	else
		*first = cl;
}

static void check_if(Checker *c, Node *s)
{
	open_scope(c);
	if (s->u.ifs.init)
		check_stmt(c, s->u.ifs.init);
	if (s->u.ifs.cond)
		check_cond(c, s->u.ifs.cond, "if");
	if (s->u.ifs.then)
		check_block(c, s->u.ifs.then);
	if (s->u.ifs.els) {
		if (s->u.ifs.els->kind == ND_BLOCK)
			check_block(c, s->u.ifs.els);
		else
			check_stmt(c, s->u.ifs.els);
	}
	close_scope(c);
}

static void check_for(Checker *c, Node *s)
{
	BranchTarget t;
	push_target(c, &t, s, true);
	open_scope(c);
	if (s->u.fors.init)
		check_stmt(c, s->u.fors.init);
	if (s->u.fors.cond)
		check_cond(c, s->u.fors.cond, "for");
	if (s->u.fors.post) {
		Node *p = s->u.fors.post;
		if (p->kind == ND_ASSIGN && p->u.assign.op == TOK_DEFINE)
			diag_errorf(p->pos, "cannot declare in post statement of for loop");
		else
			check_stmt(c, p);
	}
	if (s->u.fors.body)
		check_block(c, s->u.fors.body);
	close_scope(c);
	c->targets = t.up;
}

static void check_range(Checker *c, Node *s)
{
	BranchTarget tg;
	push_target(c, &tg, s, true);
	open_scope(c);
	Node *x = s->u.range.x;
	Type *kt = type_bad, *vt = type_bad;
	bool ok = check_value(c, x);
	bool one_var = false;
	if (ok) {
		Type *t = type_underlying(x->type);
		if (t->kind == TY_POINTER && type_underlying(t->elem)->kind == TY_ARRAY)
			t = type_underlying(t->elem);
		switch (t->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			check_default(c, x);
			kt = type_int;
			vt = type_rune;
			break;
		case TY_ARRAY: case TY_SLICE:
			kt = type_int;
			vt = t->elem;
			break;
		case TY_MAP:
			kt = t->key;
			vt = t->elem;
			break;
		case TY_CHAN:
			kt = t->elem;
			one_var = true;
			if (t->chan_dir == CHAN_SEND) {
				check_errorf(x, "invalid operation: range %s receive from send-only channel",
					     operand_string(x));
				kt = type_bad;
			}
			break;
		default:
			check_errorf(x, "cannot range over %s", operand_string(x));
			break;
		}
	}
	Node *k = s->u.range.key, *v = s->u.range.value;
	if (ok)
		check_frame_range(x->type, v && !(v->kind == ND_IDENT && strcmp(v->u.ident.name, "_") == 0));
	if (one_var && v) {
		check_errorf(v, "range over %s permits only one iteration variable", operand_string(x));
		v = NULL;
	} else if (ok && s->u.range.extra) {
		check_errorf(s->u.range.extra, "range clause permits at most two iteration variables");
	}
	if (s->u.range.define) {
		Node *ids[2] = {k, v};
		Type *ts[2] = {kt, vt};
		bool any_new = false;
		for (int i = 0; i < 2; i++) {
			if (!ids[i])
				continue;
			if (ids[i]->kind != ND_IDENT) {
				check_errorf(ids[i], "non-name %s on left side of :=", expr_string(ids[i]));
				continue;
			}
			if (strcmp(ids[i]->u.ident.name, "_") != 0)
				any_new = true;
			Sym *sym = check_declare_var(c, ids[i], ts[i], s);
			sym->reassigned = true;
		}
		if (!any_new && (k || v))
			diag_errorf(s->pos, "no new variables on left side of :=");
	} else {
		Node *lhs[2] = {k, v};
		Type *ts[2] = {kt, vt};
		for (int i = 0; i < 2; i++) {
			if (!lhs[i])
				continue;
			Type *lt = check_lhs(c, lhs[i]);
			char why[256];
			if (lt && !is_bad(ts[i]) && !check_assignable(ts[i], lt, why, sizeof why))
				check_errorf(lhs[i], "cannot assign %s to %s in range", type_errstring(ts[i]),
					     operand_string(lhs[i]));
		}
	}
	if (s->u.range.body)
		check_block(c, s->u.range.body);
	close_scope(c);
	c->targets = tg.up;
}

// Checks a clause body with the fallthrough rules of its switch.
static void clause_body(Checker *c, Node *cl, bool last, bool tswitch)
{
	NodeList *body = &cl->u.clause.body;
	Node *end = body->len ? body->items[body->len - 1] : NULL;
	Node *ok = c->ft_ok, *fin = c->ft_final, *ts = c->ft_tswitch;
	c->ft_ok = c->ft_final = c->ft_tswitch = NULL;
	if (end && end->kind == ND_BRANCH && end->u.branch.tok == TOK_FALLTHROUGH) {
		if (tswitch)
			c->ft_tswitch = end;
		else if (last)
			c->ft_final = end;
		else
			c->ft_ok = end;
	}
	check_stmts(c, body);
	c->ft_ok = ok;
	c->ft_final = fin;
	c->ft_tswitch = ts;
}

// switch x { case v: } with x concrete and v an interface: `x == v`
// converts x to v's type; the clause records it (ast.h, clause.tag_conv).
// A tagless switch records it too: its tag is the constant true.
static void note_tag_conv(Node *cl, int k, Node *tag, Type *iface)
{
	NodeList *l = &cl->u.clause.tag_conv;
	while (l->len < cl->u.clause.list.len)
		vec_push(&ast_arena, l, NULL);
	Node *cv = ast_new(ND_CONV, tag->pos);
	cv->type = iface;
	cv->u.conv.conv = CONV_IFACE;
	l->items[k] = cv;
}

static void check_switch(Checker *c, Node *s)
{
	BranchTarget tg;
	push_target(c, &tg, s, false);
	open_scope(c);
	if (s->u.sw.init)
		check_stmt(c, s->u.sw.init);
	Node *tag = s->u.sw.tag;
	bool tag_ok = true;
	if (tag) {
		tag_ok = check_value_default(c, tag);
		if (tag_ok && !type_is_comparable(tag->type) && !type_is_nilable(tag->type)) {
			check_errorf(tag, "cannot switch on %s (%s is not comparable)", operand_string(tag),
				     type_errstring(tag->type));
			tag_ok = false;
		}
	}
	NodeList seen = {0};
	Node *first_default = NULL;
	for (int i = 0; i < s->u.sw.clauses.len; i++) {
		Node *cl = s->u.sw.clauses.items[i];
		if (cl->u.clause.is_default || !cl->u.clause.list.len)
			check_multiple_default(&first_default, cl);
		for (int k = 0; k < cl->u.clause.list.len; k++) {
			Node **slot = &cl->u.clause.list.items[k];
			if (!check_value(c, *slot) || !tag_ok)
				continue;
			Node *v = *slot;
			if (!tag) {
				// A missing tag is the constant true: a case compares
				// with it as `v == true`, so an interface bool
				// implements is a case too.
				char why[256];
				if (type_is_untyped(v->type)) {
					if (!check_convert_untyped(c, v, type_bool))
						continue;
				} else if (type_is_interface(v->type) &&
					   check_assignable(type_bool, v->type, why, sizeof why)) {
					note_tag_conv(cl, k, v, v->type);
				} else if (!type_identical(v->type, type_bool)) {
					// true is a typed bool here: a named bool mismatches.
					check_errorf(v, "invalid case %s in switch on true (mismatched types %s and bool)",
						     expr_string(v), type_errstring(v->type));
					continue;
				}
			} else {
				Type *tt = tag->type;
				char why[256];
				bool isnil = v->type->kind == TY_UNTYPED_NIL;
				if (type_is_untyped(v->type) && check_convert_untyped_code(c, v, tt) != REPR_OK) {
					check_errorf(v, "invalid case %s in switch on %s (mismatched types %s and %s)",
						     expr_string(v), expr_string(tag), type_errstring(v->type),
						     type_errstring(tt));
					continue;
				}
				if (!check_assignable(v->type, tt, why, sizeof why) &&
				    !check_assignable(tt, v->type, why, sizeof why)) {
					check_errorf(v, "invalid case %s in switch on %s (mismatched types %s and %s)",
						     expr_string(v), expr_string(tag), type_errstring(v->type),
						     type_errstring(tt));
					continue;
				}
				// A slice, map or func (case or tag) compares only with
				// untyped nil; Go blames the case first.
				Type *bad = isnil ? NULL : !type_is_comparable(v->type) ? v->type :
					    !type_is_comparable(tt) ? tt : NULL;
				int bk = bad ? type_underlying(bad)->kind : 0;
				if (bk == TY_SLICE || bk == TY_MAP || bk == TY_FUNC) {
					check_errorf(v, "invalid case %s in switch on %s (%s can only be compared to nil)",
						     expr_string(v), expr_string(tag),
						     bk == TY_SLICE ? "slice" : bk == TY_MAP ? "map" : "func");
					continue;
				}
				if (type_is_interface(tt) && !type_is_interface(v->type))
					check_assign_to(c, slot, tt, "switch case");
				else if (!type_is_interface(tt) && type_is_interface(v->type))
					note_tag_conv(cl, k, tag, v->type);
				v = *slot;
			}
			Node *uv = ast_unparen(v);
			if (uv->kind == ND_CONV)
				uv = ast_unparen(uv->u.conv.x);
			// Go looks for duplicate numbers and strings, not booleans.
			if (uv->cval && uv->cval->kind != CV_BOOL) {
				check_const_set_text(uv);
				for (int j = 0; j < seen.len; j++) {
					Node *p = seen.items[j];
					ConstVal *eq = const_compare(TOK_EQL, p->cval, uv->cval);
					if (eq && eq->b && type_identical(p->type, uv->type)) {
						check_errorf(v, "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
							     operand_string(uv), diag_filename, p->pos.line,
							     p->pos.col);
						break;
					}
				}
				vec_push(&ast_arena, &seen, uv);
			}
		}
		open_scope(c);
		clause_body(c, cl, i == s->u.sw.clauses.len - 1, false);
		close_scope(c);
	}
	close_scope(c);
	c->targets = tg.up;
}

static void check_typeswitch(Checker *c, Node *s)
{
	BranchTarget tg;
	push_target(c, &tg, s, false);
	open_scope(c);
	if (s->u.tsw.init)
		check_stmt(c, s->u.tsw.init);
	Node *x = s->u.tsw.x, *bind = s->u.tsw.bind;
	if (bind && strcmp(bind->u.ident.name, "_") == 0) {
		// Go: `_ := x.(type)` is a short variable declaration of nothing.
		check_errorf(bind, "no new variable on left side of :=");
	}
	bool ok = check_value(c, x);
	if (ok && !type_is_interface(x->type)) {
		check_errorf(x, "%s is not an interface", operand_string(x));
		ok = false;
	}
	bool used = false;
	SymList binds = {0};
	Node *seen[256];
	int nseen = 0;
	Node *first_default = NULL;
	for (int i = 0; i < s->u.tsw.clauses.len; i++) {
		Node *cl = s->u.tsw.clauses.items[i];
		Type *single = NULL;
		int ntypes = 0;
		if (cl->u.clause.is_default || !cl->u.clause.list.len)
			check_multiple_default(&first_default, cl);
		for (int k = 0; k < cl->u.clause.list.len; k++) {
			Node *e = cl->u.clause.list.items[k];
			Node *ue = ast_unparen(e);
			Type *t;
			ntypes++;
			if (ue->kind == ND_IDENT && strcmp(ue->u.ident.name, "nil") == 0 &&
			    scope_lookup(c->scope, "nil") && scope_lookup(c->scope, "nil")->kind == SYM_NIL) {
				check_expr(c, e);
				t = type_untyped_nil;
			} else {
				t = check_type(c, e);
			}
			// Go gives a one-type clause's variable that type even when
			// it is invalid, so its uses report nothing more.
			single = t;
			if (is_bad(t) || !ok)
				continue;
			if (t->kind != TY_UNTYPED_NIL && !type_is_interface(t)) {
				char why[512];
				if (!check_implements(t, x->type, why, sizeof why)) {
					// "T does not implement I (...)" -> "cannot have dynamic type T (...)"
					const char *paren = strstr(why, " (");
					check_errorf(e, "impossible type switch case: %s\n\t%s cannot have dynamic type %s%s",
						     expr_string(e), operand_string(x), type_errstring(t),
						     paren ? paren : "");
					continue;
				}
			}
			for (int j = 0; j < nseen; j++) {
				if (type_identical(seen[j]->type, t)) {
					Pos p = check_start_pos(seen[j]);
					check_errorf(e, "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
						     t->kind == TY_UNTYPED_NIL ? "nil" : type_errstring(t),
						     diag_filename, p.line, p.col);
					break;
				}
			}
			if (nseen < 256) {
				e->type = t;
				seen[nseen++] = e;
			}
		}
		open_scope(c);
		if (bind) {
			Type *bt = ntypes == 1 && single && single->kind != TY_UNTYPED_NIL ? (is_bad(single) ? type_bad : single) :
				(ok ? x->type : type_bad);
			Sym *v = sym_new(SYM_VAR, bind->u.ident.name, cl->u.clause.colon.line ?
					 cl->u.clause.colon : bind->pos);
			v->type = bt;
			v->decl = cl;
			v->owner = c->fc ? c->fc->fn : NULL;
			type_complete(bt);
			cl->u.clause.bind_sym = v;
			if (strcmp(bind->u.ident.name, "_") != 0)
				scope_insert(c->scope, v);
			if (c->fc)
				vec_push(&ast_arena, &c->fc->fn->locals, v);
			vec_push(&ast_arena, &binds, v);
		}
		clause_body(c, cl, i == s->u.tsw.clauses.len - 1, true);
		if (cl->u.clause.bind_sym) {
			used |= cl->u.clause.bind_sym->used;
			cl->u.clause.bind_sym->used = true;
		}
		close_scope(c);
	}
	if (bind && !used && strcmp(bind->u.ident.name, "_") != 0)
		diag_errorf(bind->pos, "%s declared but not used", bind->u.ident.name);
	if (bind && binds.len)
		bind->u.ident.sym = binds.items[0];
	close_scope(c);
	c->targets = tg.up;
}

static void check_select(Checker *c, Node *s)
{
	BranchTarget tg;
	push_target(c, &tg, s, false);
	for (int i = 0; i < s->u.sel_stmt.clauses.len; i++) {
		Node *cl = s->u.sel_stmt.clauses.items[i];
		open_scope(c);
		if (cl->u.clause.list.len) {
			Node *comm = cl->u.clause.list.items[0];
			Node *rx = NULL;
			if (comm->kind == ND_EXPRSTMT)
				rx = comm->u.exprstmt.x;
			else if (comm->kind == ND_ASSIGN && comm->u.assign.rhs.len == 1)
				rx = comm->u.assign.rhs.items[0];
			if (comm->kind != ND_SEND && (!rx || ast_unparen(rx)->kind != ND_UNARY ||
						      ast_unparen(rx)->u.unary.op != TOK_ARROW))
				check_errorf(comm, "select case must be send or receive (possibly with assignment)");
			check_stmt(c, comm);
		}
		check_stmts(c, &cl->u.clause.body);
		close_scope(c);
	}
	c->targets = tg.up;
}

static void check_stmt(Checker *c, Node *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case ND_EMPTY: case ND_BAD:
		return;
	case ND_BLOCK: check_block(c, s); return;
	case ND_EXPRSTMT: check_exprstmt(c, s); return;
	case ND_SEND: check_send(c, s); return;
	case ND_INCDEC: check_incdec(c, s); return;
	case ND_ASSIGN: check_assign_stmt(c, s); return;
	case ND_DECLSTMT:
		for (int i = 0; i < s->u.decl.specs.len; i++)
			check_local_spec(c, s->u.decl.specs.items[i]);
		return;
	case ND_VARSPEC: case ND_CONSTSPEC: case ND_TYPESPEC:
		check_local_spec(c, s);
		return;
	case ND_LABELED: check_labeled(c, s); return;
	case ND_GO: case ND_DEFER: check_go_defer(c, s); return;
	case ND_RETURN: check_return(c, s); return;
	case ND_BRANCH: check_branch(c, s); return;
	case ND_IF: check_if(c, s); return;
	case ND_SWITCH: check_switch(c, s); return;
	case ND_TYPESWITCH: check_typeswitch(c, s); return;
	case ND_SELECT: check_select(c, s); return;
	case ND_FOR: check_for(c, s); return;
	case ND_RANGE: check_range(c, s); return;
	case ND_CASECLAUSE: case ND_COMMCLAUSE: case ND_IMPORT: case ND_FUNCDECL: case ND_FILE:
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT:
	case ND_STRINGLIT: case ND_COMPOSITE: case ND_FUNCLIT: case ND_PAREN: case ND_SELECTOR:
	case ND_INDEX: case ND_SLICE: case ND_TYPEASSERT: case ND_CALL: case ND_STAR:
	case ND_UNARY: case ND_BINARY: case ND_KEYVALUE: case ND_CONV: case ND_ARRAYTYPE:
	case ND_ELLIPSIS: case ND_MAPTYPE: case ND_CHANTYPE: case ND_FUNCTYPE: case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: case ND_FIELD: case ND_INLCALL: case ND_INLDONE: case ND__COUNT:
		check_errorf(s, "unexpected %s in statement position", ast_kind_name(s->kind));
		return;
	}
}
