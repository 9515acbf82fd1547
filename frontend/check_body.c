// check_body.c: function bodies and the declarations inside them —
// parameter/result symbols, local var/const/type specs, constant specs
// with iota, variable specs with their initialisers (shared with package
// variables), and "declared but not used".
#include "check.h"

// Declares a local variable named by ident (in the current scope).
Sym *check_declare_var(Checker *c, Node *ident, Type *t, Node *decl)
{
	const char *name = ident->u.ident.name;
	Sym *s = sym_new(SYM_VAR, name, ident->pos);
	s->type = t ? t : type_bad;
	s->decl = decl;
	s->owner = c->fc ? c->fc->fn : NULL;
	ident->u.ident.sym = s;
	ident->type = s->type;
	if (c->types_done)
		type_complete(s->type);
	if (strcmp(name, "_") == 0)
		return s;
	Sym *old = scope_lookup_local(c->scope, name);
	if (old) {
		check_redeclared(old, ident->pos, name);
		return s;
	}
	scope_insert(c->scope, s);
	if (c->fc)
		vec_push(&ast_arena, &c->fc->fn->locals, s);
	return s;
}

// A copy of a constant expression, for the implicit repetition of the
// previous spec's values in a const group (each copy gets its own iota).
static Node *clone_expr(Node *n)
{
	if (!n)
		return NULL;
	Node *m = ast_new(n->kind, n->pos);
	int id = m->id;
	*m = *n;
	m->id = id;
	m->type = NULL;
	m->cval = NULL;
	switch (n->kind) {
	case ND_PAREN: m->u.paren.x = clone_expr(n->u.paren.x); break;
	case ND_SELECTOR: m->u.sel.x = clone_expr(n->u.sel.x); break;
	case ND_INDEX:
		m->u.index.x = clone_expr(n->u.index.x);
		m->u.index.index = clone_expr(n->u.index.index);
		break;
	case ND_CALL: {
		m->u.call.fn = clone_expr(n->u.call.fn);
		NodeList args = {0};
		for (int i = 0; i < n->u.call.args.len; i++)
			vec_push(&ast_arena, &args, clone_expr(n->u.call.args.items[i]));
		m->u.call.args = args;
		break;
	}
	case ND_STAR: m->u.star.x = clone_expr(n->u.star.x); break;
	case ND_UNARY: m->u.unary.x = clone_expr(n->u.unary.x); break;
	case ND_BINARY:
		m->u.binary.x = clone_expr(n->u.binary.x);
		m->u.binary.y = clone_expr(n->u.binary.y);
		break;
	default:
		break;
	}
	return m;
}

// Go's report for a local type defined as itself.
static void self_recursive(Node *id)
{
	const char *n = id->u.ident.name;
	diag_errorf(id->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s", n,
		    diag_filename, id->pos.line, id->pos.col, n, diag_filename, id->pos.line, id->pos.col, n);
}

void check_const_spec(Checker *c, Node *spec, bool local)
{
	NodeList *names = &spec->u.spec.names;
	NodeList *vals = &spec->u.spec.values;
	if (spec->u.spec.implicit) {
		NodeList copy = {0};
		for (int i = 0; i < vals->len; i++)
			vec_push(&ast_arena, &copy, clone_expr(vals->items[i]));
		*vals = copy;
	}
	Type *t = spec->u.spec.vtype ? check_type(c, spec->u.spec.vtype) : NULL;
	if (t && !is_bad(t) && !type_is_basic(type_underlying(t))) {
		check_errorf(spec->u.spec.vtype, "invalid constant type %s", type_errstring(t));
		t = type_bad;
	}
	ConstVal *saved = c->iota;
	c->iota = const_int(spec->u.spec.iota);
	for (int i = 0; i < names->len; i++) {
		Node *id = names->items[i];
		Type *vt = type_bad;
		ConstVal *cv = NULL;
		if (i >= vals->len) {
			if (i == vals->len || !vals->len)
				diag_errorf(id->pos, "missing init expr for %s", id->u.ident.name);
		} else if (!t || !is_bad(t)) {  // Go checks no value against a bad type
			Node **slot = &vals->items[i];
			Pos saved_errpos = diag_errpos;
			diag_errpos = spec->u.spec.implicit ? id->pos : (Pos){0, 0};
			if (check_value(c, *slot)) {
				if (!(*slot)->cval) {
					check_errorf(*slot, "%s is not constant", operand_string(*slot));
				} else if (t) {
					if (check_assign_to(c, slot, t, "constant declaration") && !is_bad(t)) {
						vt = t;
						cv = (*slot)->cval;
					}
				} else {
					vt = (*slot)->type;
					cv = check_const_set_text(*slot);
				}
			}
			diag_errpos = saved_errpos;
		}
		Sym *s;
		if (local) {
			s = sym_new(SYM_CONST, id->u.ident.name, id->pos);
			s->decl = spec;
			s->used = true;
			id->u.ident.sym = s;
		} else {
			s = id->u.ident.sym;
		}
		s->type = cv ? vt : type_bad;
		s->cval = cv;
		id->type = s->type;
		id->cval = cv;
	}
	if (vals->len > names->len)
		check_errorf(vals->items[names->len], "extra init expr %s",
			     expr_string(vals->items[names->len]));
	c->iota = saved;
	if (local) {
		for (int i = 0; i < names->len; i++) {
			Node *id = names->items[i];
			if (strcmp(id->u.ident.name, "_") == 0)
				continue;
			Sym *old = scope_lookup_local(c->scope, id->u.ident.name);
			if (old)
				check_redeclared(old, id->pos, id->u.ident.name);
			else
				scope_insert(c->scope, id->u.ident.sym);
		}
	}
}

// "2 variables" / "1 value" / "f() returns 2 values".
const char *check_count_string(int n, const char *what)
{
	return arena_sprintf(&ast_arena, "%d %s%s", n, what, n == 1 ? "" : "s");
}

void check_assign_mismatch(Node *at, int nl, Node *call, int nr)
{
	const char *vars = check_count_string(nl, "variable");
	if (call)
		check_errorf(at, "assignment mismatch: %s but %s returns %s", vars,
			     expr_string(call->u.call.fn), check_count_string(nr, "value"));
	else
		check_errorf(at, "assignment mismatch: %s but %s", vars, check_count_string(nr, "value"));
}

// Is n a comma-ok capable expression (m[k], x.(T), <-ch)?
bool check_is_commaok(Node *n)
{
	n = ast_unparen(n);
	if (n->kind == ND_TYPEASSERT)
		return true;
	if (n->kind == ND_UNARY && n->u.unary.op == TOK_ARROW)
		return true;
	return n->kind == ND_INDEX && n->u.index.x->type &&
	       type_underlying(n->u.index.x->type)->kind == TY_MAP;
}

// Marks a comma-ok expression as producing (T, bool).
void check_set_commaok(Node *n)
{
	Type *t = type_new(TY_TUPLE);
	vec_push(&ast_arena, &t->fields, ((Field){.type = n->type}));
	vec_push(&ast_arena, &t->fields, ((Field){.type = type_bool}));
	n->type = t;
}

// The values of a var spec (package or local): fills syms[i]->type.
// check_value for the i-th of n values assigned to n targets: a
// multi-value call there is an assignment count mismatch.
bool check_single_rhs(Checker *c, Node *v, int nl)
{
	check_expr(c, v);
	Node *u = ast_unparen(v);
	// x := f() with two results is a count mismatch; in a list of values
	// (x, y := f(), 2) it is a multi-value in single-value context.
	if (nl == 1 && v->type && v->type->kind == TY_TUPLE && v->type->fields.len >= 2 &&
	    u->kind == ND_CALL) {
		check_assign_mismatch(v, nl, u, v->type->fields.len);
		v->type = type_bad;
		return false;
	}
	return check_is_value(c, v);
}

void check_var_spec_values(Checker *c, Node *spec, Type *t, SymList *syms)
{
	NodeList *vals = &spec->u.spec.values;
	int nl = syms->len, nr = vals->len;
	const char *ctx = "variable declaration";
	if (nr == 0) {
		for (int i = 0; i < nl; i++)
			syms->items[i]->type = t ? t : type_bad;
		return;
	}
	if (nr == 1 && nl > 1) {
		Node *v = vals->items[0];
		check_expr(c, v);
		Type *vt = v->type;
		if (is_bad(vt)) {
			for (int i = 0; i < nl; i++)
				syms->items[i]->type = t ? t : type_bad;
			return;
		}
		if (nl == 2 && check_is_commaok(v) && !v->is_type) {
			Type *t0 = v->type;
			if (t)
				check_assign_to(c, &vals->items[0], t, ctx);
			else
				check_default(c, v);
			syms->items[0]->type = t ? t : vals->items[0]->type;
			syms->items[1]->type = t ? t : type_bool;
			(void)t0;
			check_set_commaok(ast_unparen(vals->items[0]));
			if (vals->items[0] != ast_unparen(vals->items[0]))
				vals->items[0]->type = ast_unparen(vals->items[0])->type;
			return;
		}
		if (vt->kind == TY_TUPLE && vt->fields.len == nl) {
			for (int i = 0; i < nl; i++) {
				Type *et = vt->fields.items[i].type;
				if (t) {
					char why[512];
					if (!check_assignable(et, t, why, sizeof why))
						check_errorf(v, "cannot use %s value as %s value in assignment",
							     type_errstring(et), type_errstring(t));
				}
				syms->items[i]->type = t ? t : et;
			}
			return;
		}
		check_assign_mismatch(v, nl, ast_unparen(v)->kind == ND_CALL ? ast_unparen(v) : NULL,
				      vt->kind == TY_TUPLE ? vt->fields.len : 1);
		for (int i = 0; i < nl; i++)
			syms->items[i]->type = t ? t : type_bad;
		return;
	}
	if (nl != nr) {
		for (int i = 0; i < nr; i++)
			check_expr(c, vals->items[i]);
		Node *first = vals->items[0];
		if (nr == 1 && first->type && first->type->kind == TY_TUPLE && ast_unparen(first)->kind == ND_CALL)
			check_assign_mismatch(first, nl, ast_unparen(first), first->type->fields.len);
		else if (nl > nr && nr == 1)
			check_assign_mismatch(first, nl, NULL, nr);
		else if (nl > nr)
			diag_errorf(syms->items[nr]->pos, "missing init expr for %s", syms->items[nr]->name);
		else
			check_errorf(vals->items[nl], "extra init expr %s", expr_string(vals->items[nl]));
		for (int i = 0; i < nl; i++)
			syms->items[i]->type = t ? t : type_bad;
		return;
	}
	for (int i = 0; i < nl; i++) {
		Node **slot = &vals->items[i];
		Sym *s = syms->items[i];
		// One name, one value: Go checks a single value, so a multi-value
		// call is one in a single-value context.
		check_expr(c, *slot);
		if (!check_is_value(c, *slot)) {
			s->type = t ? t : type_bad;
			continue;
		}
		if (t) {
			check_assign_to(c, slot, t, ctx);
			s->type = t;
			continue;
		}
		if ((*slot)->type->kind == TY_UNTYPED_NIL) {
			check_errorf(*slot, "use of untyped nil in %s", ctx);
			s->type = type_bad;
			continue;
		}
		check_default_in(c, *slot, ctx);
		check_const_set_text(*slot);
		s->type = (*slot)->type;
	}
}

void check_local_spec(Checker *c, Node *spec)
{
	switch (spec->kind) {
	case ND_VARSPEC: {
		Type *t = spec->u.spec.vtype ? check_type(c, spec->u.spec.vtype) : NULL;
		SymList syms = {0};
		for (int i = 0; i < spec->u.spec.names.len; i++) {
			Node *id = spec->u.spec.names.items[i];
			Sym *s = sym_new(SYM_VAR, id->u.ident.name, id->pos);
			vec_push(&ast_arena, &syms, s);
		}
		int errs = diag_count();
		check_var_spec_values(c, spec, t, &syms);
		// As Go: variables whose initialisation failed are not also reported unused.
		bool bad_init = diag_count() > errs;
		for (int i = 0; i < spec->u.spec.names.len; i++) {
			Sym *v = check_declare_var(c, spec->u.spec.names.items[i], syms.items[i]->type, spec);
			if (v && bad_init)
				v->used = true;
			if (v)
				check_sizes_of(v->type, v->pos);
		}
		break;
	}
	case ND_CONSTSPEC:
		check_const_spec(c, spec, true);
		break;
	case ND_TYPESPEC: {
		Node *id = spec->u.typespec.name;
		Sym *s = sym_new(SYM_TYPE, id->u.ident.name, id->pos);
		s->decl = spec;
		s->used = true;
		id->u.ident.sym = s;
		Node *rhs_id = ast_unparen(spec->u.typespec.ttype);
		if (spec->u.typespec.alias && rhs_id->kind == ND_IDENT &&
		    strcmp(rhs_id->u.ident.name, id->u.ident.name) == 0) {
			// type T = T: the alias is in scope on its right.
			self_recursive(id);
			s->type = type_bad;
		} else if (spec->u.typespec.alias) {
			s->type = check_type(c, spec->u.typespec.ttype);
		} else {
			Type *t = type_new(TY_NAMED);
			t->sym = s;
			s->type = t;
		}
		if (strcmp(id->u.ident.name, "_") != 0) {
			Sym *old = scope_lookup_local(c->scope, id->u.ident.name);
			if (old)
				check_redeclared(old, id->pos, id->u.ident.name);
			else
				scope_insert(c->scope, s);
		}
		if (!spec->u.typespec.alias) {
			Type *rhs = check_type(c, spec->u.typespec.ttype);
			if (rhs == s->type || (rhs->kind == TY_NAMED && !rhs->underlying)) {
				self_recursive(id);
				s->type->underlying = type_bad;
			} else {
				s->type->underlying = is_bad(rhs) ? type_bad : type_underlying(rhs);
			}
			check_valid_named(c, s->type);
			check_pending_keys(c);
			type_complete(s->type);
			check_sizes_of(s->type, id->pos);
		}
		break;
	}
	default:
		break;
	}
}

void check_unused(Checker *c, Scope *s)
{
	for (int i = 0; i < s->syms.len; i++) {
		Sym *v = s->syms.items[i];
		if (v->kind == SYM_VAR && !v->used && !v->is_param && !v->is_result && !v->is_recv)
			diag_errorf(v->pos, "%s declared but not used", v->name);
	}
}

static Sym *param_sym(Checker *c, Node *id, const char *name, Type *t, Pos pos, Sym *fn)
{
	Sym *s = sym_new(SYM_VAR, name, pos);
	s->type = t;
	s->owner = fn;
	s->used = true;
	if (id)
		id->u.ident.sym = s;
	type_complete(t);
	if (strcmp(name, "_") != 0 && name[0] != '~') {
		Sym *old = scope_lookup_local(c->scope, name);
		if (old)
			check_redeclared(old, pos, name);
		else
			scope_insert(c->scope, s);
	}
	return s;
}

static void declare_params(Checker *c, Sym *fn, NodeList *fields, FieldList *types, bool results)
{
	int k = 0;
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->items[i];
		if (f->kind != ND_FIELD)
			continue;
		int n = f->u.field.names.len ? f->u.field.names.len : 1;
		for (int j = 0; j < n && k < types->len; j++, k++) {
			Node *id = f->u.field.names.len ? f->u.field.names.items[j] : NULL;
			const char *name = id ? id->u.ident.name :
				arena_sprintf(&ast_arena, "~%c%d", results ? 'r' : 'p', k);
			Sym *s = param_sym(c, id, name, types->items[k].type, id ? id->pos : f->pos, fn);
			s->index = k;
			if (results) {
				s->is_result = true;
				vec_push(&ast_arena, &fn->results, s);
			} else {
				s->is_param = true;
				vec_push(&ast_arena, &fn->params, s);
			}
		}
	}
}

void check_func_body(Checker *c, Sym *fn, Node *body, Type *sig, Node *lit)
{
	FuncCtx fc = {.up = c->fc, .fn = fn, .sig = sig, .lit = lit};
	Scope *saved_scope = c->scope;
	BranchTarget *saved_targets = c->targets;
	ConstVal *saved_iota = c->iota;
	c->iota = NULL;
	c->targets = NULL;
	c->scope = scope_new(lit ? c->scope : c->pkg, fn);
	fc.top = c->scope;
	c->fc = &fc;
	void *frame = check_frame_open();
	Node *fd = lit ? NULL : fn->decl;
	if (fd && fd->u.func.recv && fn->recv_type) {
		Node *r = fd->u.func.recv;
		Node *id = r->u.field.names.len ? r->u.field.names.items[0] : NULL;
		Sym *s = param_sym(c, id, id ? id->u.ident.name : "~r", fn->recv_type,
				   id ? id->pos : r->pos, fn);
		s->is_param = s->is_recv = true;
		vec_push(&ast_arena, &fn->params, s);
	}
	Node *ft = lit ? lit->u.funclit.ftype : fd->u.func.ftype;
	if (ft && ft->kind == ND_FUNCTYPE) {
		declare_params(c, fn, &ft->u.functype.params, &sig->fields, false);
		declare_params(c, fn, &ft->u.functype.results, &sig->results, true);
	}
	check_stmts(c, &body->u.block.stmts);
	body->type = NULL;
	if (sig->results.len && !check_is_terminating(body))
		diag_errorf(body->pos2.line ? body->pos2 : body->pos, "missing return");
	check_unused(c, c->scope);
	for (int i = 0; i < fc.labels.len; i++)
		if (!fc.labels.items[i]->used)
			diag_errorf(fc.labels.items[i]->pos, "label %s defined and not used",
				    fc.labels.items[i]->name);
	check_frame_close(frame, lit ? lit->pos : fd->u.func.after_func,
			  lit ? NULL : fn->recv_type, sig);
	c->fc = fc.up;
	c->scope = saved_scope;
	c->targets = saved_targets;
	c->iota = saved_iota;
}
