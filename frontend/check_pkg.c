// check_pkg.c: the two importable packages. fmt offers Println, Printf,
// Sprintf, Sprint, Print, Sprintln and Errorf with Go's signatures (...any
// variadics, so arguments are converted to interfaces like in Go); sync
// offers WaitGroup, Mutex and Once, whose pointer-receiver methods are calls
// of kind CALL_SYNC. The other packages are described in library.c;
// anything else is rejected.
#include "check.h"
#include "library.h"

static Type *sig(Type **params, int np, bool variadic, Type **results, int nr)
{
	Type *f = type_new(TY_FUNC);
	for (int i = 0; i < np; i++)
		vec_push(&ast_arena, &f->fields, ((Field){.type = params[i]}));
	for (int i = 0; i < nr; i++)
		vec_push(&ast_arena, &f->results, ((Field){.type = results[i]}));
	f->variadic = variadic;
	return f;
}

static Scope *fmt_scope(void)
{
	Scope *s = scope_new(NULL, NULL);
	Type *anys = type_slice(type_any);
	Type *print_res[2] = {type_int, type_error};
	Type *p_a[1] = {anys}, *p_fa[2] = {type_str, anys};
	Type *r_s[1] = {type_str}, *r_e[1] = {type_error};
	static const struct { const char *name; Builtin b; int kind; } fns[] = {
		{"Println", BI_FMT_PRINTLN, 0}, {"Print", BI_FMT_PRINT, 0},
		{"Printf", BI_FMT_PRINTF, 1}, {"Sprintf", BI_FMT_SPRINTF, 2},
		{"Sprint", BI_FMT_SPRINT, 3}, {"Sprintln", BI_FMT_SPRINTLN, 3},
		{"Errorf", BI_FMT_ERRORF, 4},
	};
	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
		Sym *f = sym_new(SYM_BUILTIN, fns[i].name, (Pos){0, 0});
		f->builtin = fns[i].b;
		switch (fns[i].kind) {
		case 0: f->type = sig(p_a, 1, true, print_res, 2); break;
		case 1: f->type = sig(p_fa, 2, true, print_res, 2); break;
		case 2: f->type = sig(p_fa, 2, true, r_s, 1); break;
		case 3: f->type = sig(p_a, 1, true, r_s, 1); break;
		default: f->type = sig(p_fa, 2, true, r_e, 1); break;
		}
		scope_insert(s, f);
	}
	return s;
}

static Type *sync_type(Scope *s, const char *name, const char *f1, Type *t1, const char *f2, Type *t2)
{
	Sym *ts = sym_new(SYM_TYPE, arena_sprintf(&ast_arena, "sync.%s", name), (Pos){0, 0});
	Type *t = type_new(TY_NAMED);
	Type *u = type_new(TY_STRUCT);
	vec_push(&ast_arena, &u->fields, ((Field){.name = f1, .type = t1}));
	vec_push(&ast_arena, &u->fields, ((Field){.name = f2, .type = t2}));
	t->underlying = u;
	t->sym = ts;
	ts->type = t;
	ts->used = true;
	// Looked up by its package-local name; printed with the package.
	Sym *alias = sym_new(SYM_TYPE, name, (Pos){0, 0});
	alias->type = t;
	scope_insert(s, alias);
	type_complete(t);
	return t;
}

static void sync_method(Type *t, const char *name, Builtin b, Type *fsig)
{
	Sym *fn = sym_new(SYM_FUNC, name, (Pos){0, 0});
	fn->builtin = b;
	fn->type = fsig;
	fn->recv_type = type_pointer(t);
	fn->used = true;
	vec_push(&ast_arena, &t->methods, ((Method){.name = name, .sig = fsig, .fn = fn, .ptr_recv = true}));
}

static Scope *sync_scope(Checker *c)
{
	Scope *s = scope_new(NULL, NULL);
	Type *wg = sync_type(s, "WaitGroup", "state1", type_uint64, "state2", type_uint32);
	// WaitGroup starts with Go's zero-size noCopy marker, which %v prints.
	Type *nocopy = type_new(TY_NAMED);
	nocopy->underlying = type_new(TY_STRUCT);
	nocopy->sym = sym_new(SYM_TYPE, "sync.noCopy", (Pos){0, 0});
	nocopy->sym->type = nocopy;
	type_complete(nocopy);
	FieldList *wf = &wg->underlying->fields;
	Field last = wf->items[wf->len - 1];
	vec_push(&ast_arena, wf, last);
	for (int i = wf->len - 1; i > 0; i--)
		wf->items[i] = wf->items[i - 1];
	wf->items[0] = (Field){.name = "noCopy", .type = nocopy};
	wg->size = wg->underlying->size = -1;   // laid out again with it
	type_complete(wg);
	Type *mu = sync_type(s, "Mutex", "state", type_int32, "sema", type_uint32);
	Type *p_int[1] = {type_int}, *r_bool[1] = {type_bool};
	sync_method(wg, "Add", BI_WG_ADD, sig(p_int, 1, false, NULL, 0));
	sync_method(wg, "Done", BI_WG_DONE, sig(NULL, 0, false, NULL, 0));
	sync_method(wg, "Wait", BI_WG_WAIT, sig(NULL, 0, false, NULL, 0));
	sync_method(mu, "Lock", BI_MU_LOCK, sig(NULL, 0, false, NULL, 0));
	sync_method(mu, "TryLock", BI_MU_TRYLOCK, sig(NULL, 0, false, r_bool, 1));
	sync_method(mu, "Unlock", BI_MU_UNLOCK, sig(NULL, 0, false, NULL, 0));
	// Once {done uint32; m Mutex}, as Go lays it out.
	Type *once = sync_type(s, "Once", "done", type_uint32, "m", mu);
	Type *p_fn[1] = {sig(NULL, 0, false, NULL, 0)};
	sync_method(once, "Do", BI_ONCE_DO, sig(p_fn, 1, false, NULL, 0));
	c->sync_wg = wg;
	c->sync_mu = mu;
	c->sync_once = once;
	return s;
}

static bool str_is(Str s, const char *lit)
{
	return (size_t)s.len == strlen(lit) && memcmp(s.ptr, lit, (size_t)s.len) == 0;
}

void check_imports(Checker *c, NodeList *imports)
{
	for (int i = 0; i < imports->len; i++) {
		Node *imp = imports->items[i];
		if (imp->kind != ND_IMPORT)
			continue;
		Str path = imp->u.import.path;
		const char *spath = arena_sprintf(&ast_arena, "%.*s", (int)path.len, path.ptr);
		bool is_fmt = str_is(path, "fmt"), is_sync = str_is(path, "sync");
		Scope *lib = NULL;
		if (!is_sync && lib_package_source(spath))
			lib = lib_package_scope(spath);
		if (!is_fmt && !is_sync && !lib) {
			diag_errorf(imp->pos, "package %s is not supported by mgo (only %s)", spath,
				    lib_package_list());
			// Its uses then check silently (no member scope): one message.
			const char *base = strrchr(spath, '/') ? strrchr(spath, '/') + 1 : spath;
			Sym *bad = sym_new(SYM_PKG, imp->u.import.name ? imp->u.import.name : base, imp->pos);
			bad->used = true;
			if (!scope_lookup_local(c->pkg, bad->name))
				scope_insert(c->pkg, bad);
			continue;
		}
		const char *pname = imp->u.import.name ? imp->u.import.name : spath;
		if (strcmp(pname, ".") == 0 || strcmp(pname, "_") == 0) {
			diag_errorf(imp->pos, "import %s \"%s\" is not supported by mgo", pname, spath);
			continue;
		}
		Sym *s = sym_new(SYM_PKG, pname, imp->pos);
		s->decl = imp;
		Sym *old = scope_lookup_local(c->pkg, pname);
		if (old) {
			diag_errorf(imp->pos, "%s redeclared in this block", pname);
			continue;
		}
		scope_insert(c->pkg, s);
		if (is_fmt) {
			if (!c->fmt_scope) {
				c->fmt_scope = fmt_scope();
				// fmt's members described in library.c (Fprintln, ...)
				for (int k = 0; lib && k < lib->syms.len; k++)
					scope_insert(c->fmt_scope, lib->syms.items[k]);
			}
			c->fmt_pkg = s;
			c->prog->imports_fmt = true;
			s->members = c->fmt_scope;
		} else if (is_sync) {
			if (!c->sync_scope)
				c->sync_scope = sync_scope(c);
			c->sync_pkg = s;
			c->prog->imports_sync = true;
			s->members = c->sync_scope;
		} else {
			s->members = lib;
		}
	}
}

void check_unused_imports(Checker *c)
{
	for (int i = 0; i < c->pkg->syms.len; i++) {
		Sym *s = c->pkg->syms.items[i];
		if (s->kind != SYM_PKG || s->used)
			continue;
		Node *imp = s->decl;
		Str path = imp->u.import.path;
		if (imp->u.import.name)
			diag_errorf(imp->pos, "imported and not used: \"%.*s\" as %s", (int)path.len,
				    path.ptr, s->name);
		else
			diag_errorf(imp->pos, "imported and not used: \"%.*s\"", (int)path.len, path.ptr);
	}
}
