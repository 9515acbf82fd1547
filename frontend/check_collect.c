// check_collect.c: the package pass's first step — every package-level
// name into the package scope, and methods onto their receivers' types.
//
// Collecting is eager and resolution lazy (check_decl.c): every name must be
// known before any declaration is resolved, so that declaration order does
// not matter; methods attach once the types are resolved, but before any
// body or initialiser looks them up.
#include "check.h"

#include <string.h>

static Sym *declare_pkg(Checker *c, SymKind kind, Node *id, Node *decl)
{
	const char *name = id->u.ident.name;
	Sym *s = sym_new(kind, name, id->pos);
	s->decl = decl;
	s->is_global = kind == SYM_VAR;
	id->u.ident.sym = s;
	if (strcmp(name, "_") == 0)
		return s;
	// Go's spec keeps both names for functions (in the main package, which
	// every mgo program is); such an object is not declared at all.
	if (strcmp(name, "init") == 0 || strcmp(name, "main") == 0) {
		diag_errorf(id->pos, "cannot declare %s - must be func", name);
		return s;
	}
	Sym *old = scope_lookup_local(c->pkg, name);
	if (old) {
		check_redeclared(old, id->pos, name);
		return s;
	}
	scope_insert(c->pkg, s);
	return s;
}

static void collect_spec(Checker *c, Node *spec)
{
	switch (spec->kind) {
	case ND_TYPESPEC: {
		Sym *s = declare_pkg(c, SYM_TYPE, spec->u.typespec.name, spec);
		if (!spec->u.typespec.alias) {
			Type *t = type_new(TY_NAMED);
			t->sym = s;
			s->type = t;
			vec_push(&ast_arena, &c->prog->types, s);
		}
		vec_push(&ast_arena, &c->type_syms, s);
		break;
	}
	case ND_CONSTSPEC:
		for (int i = 0; i < spec->u.spec.names.len; i++)
			vec_push(&ast_arena, &c->const_syms,
				 declare_pkg(c, SYM_CONST, spec->u.spec.names.items[i], spec));
		break;
	case ND_VARSPEC:
		for (int i = 0; i < spec->u.spec.names.len; i++) {
			Sym *s = declare_pkg(c, SYM_VAR, spec->u.spec.names.items[i], spec);
			vec_push(&ast_arena, &c->prog->globals, s);
		}
		vec_push(&ast_arena, &c->var_specs, spec);
		break;
	default:
		break;
	}
}

static void collect_func(Checker *c, Node *fd)
{
	Node *id = fd->u.func.name;
	const char *name = id->u.ident.name;
	Sym *s = sym_new(SYM_FUNC, name, id->pos);
	s->decl = fd;
	s->func_node = fd;
	s->body = fd->u.func.body;
	fd->u.func.sym = s;
	id->u.ident.sym = s;
	vec_push(&ast_arena, &c->prog->funcs, s);
	if (fd->u.func.recv) {
		vec_push(&ast_arena, &c->methods, s);
		return;
	}
	if (strcmp(name, "init") == 0) {
		diag_errorf(id->pos, "func init is not supported by mgo");
		return;
	}
	if (strcmp(name, "_") == 0)
		return;
	Sym *old = scope_lookup_local(c->pkg, name);
	if (old) {
		check_redeclared(old, id->pos, name);
		return;
	}
	scope_insert(c->pkg, s);
	if (strcmp(name, "main") == 0)
		c->prog->main_fn = s;
}

// Attaches method fn to its receiver's base type.
void check_attach_method(Checker *c, Sym *fn)
{
	Node *fd = fn->decl, *recv = fd->u.func.recv;
	Node *rt = ast_unparen(recv->u.field.ftype);
	bool ptr = false;
	if (rt->kind == ND_STAR) {
		ptr = true;
		rt = ast_unparen(rt->u.star.x);
	}
	fn->type = check_signature(c, fd->u.func.ftype, NULL);
	// Go reports a bad receiver at the receiver's name, or at its type
	// when it has none.
	Node *at = recv->u.field.names.len ? recv->u.field.names.items[0] : recv->u.field.ftype;
	Type *base = check_type(c, rt);
	if (is_bad(base)) {
		fn->recv_type = type_bad;
		return;
	}
	Type *bu = type_underlying(base);
	const char *full = type_errstring(ptr ? type_pointer(base) : base);
	bool named = base->kind == TY_NAMED && base->sym;
	if ((named && base->sym->pos.line == 0) || (!named && type_is_basic(base))) {
		// A predeclared or library type: Go's compiler wording.
		check_errorf(at, "cannot define new methods on non-local type %s", type_errstring(base));
		fn->recv_type = type_bad;
		return;
	}
	if (!named) {
		check_errorf(at, "invalid receiver type %s", full);
		fn->recv_type = type_bad;
		return;
	}
	if (bu->kind == TY_POINTER || bu->kind == TY_INTERFACE) {
		check_errorf(at, "invalid receiver type %s (pointer or interface type)", type_errstring(base));
		fn->recv_type = type_bad;
		return;
	}
	fn->recv_type = ptr ? type_pointer(base) : base;
	for (int i = 0; i < base->methods.len; i++) {
		if (strcmp(base->methods.items[i].name, fn->name) == 0) {
			Sym *o = base->methods.items[i].fn;
			diag_errorf(fn->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
				    base->sym->name, fn->name, diag_filename, o->pos.line, o->pos.col, fn->name);
			return;
		}
	}
	if (bu->kind == TY_STRUCT)
		for (int i = 0; i < bu->fields.len; i++)
			if (bu->fields.items[i].name && strcmp(bu->fields.items[i].name, fn->name) == 0) {
				diag_errorf(fn->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
					    fn->name, diag_filename, bu->fields.items[i].pos.line,
					    bu->fields.items[i].pos.col, fn->name);
				break;  // Go still adds the method (it hides the field)
			}
	if (strcmp(fn->name, "_") == 0)
		return;
	vec_push(&ast_arena, &base->methods,
		 ((Method){.name = fn->name, .sig = fn->type, .fn = fn, .ptr_recv = ptr}));
}

void check_decl_list(Checker *c, NodeList *decls)
{
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->items[i];
		if (d->kind == ND_DECLSTMT) {
			for (int k = 0; k < d->u.decl.specs.len; k++)
				collect_spec(c, d->u.decl.specs.items[k]);
		} else if (d->kind == ND_FUNCDECL) {
			collect_func(c, d);
		} else {
			collect_spec(c, d);
		}
	}
}
