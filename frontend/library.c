// library.c: loads the declarative description of a standard-library
// package into a member scope the checker resolves `pkg.Name` in.
//
// Why declarations in Go plus C implementations: a package member is one
// line of Go (library_decls.c) that the ordinary parser and type checker
// read, so signatures, types, methods and constants are exactly Go's with
// no hand-built Type trees; its behaviour is a C function in rt/go_<pkg>.c
// called with codegen's ordinary calling convention (receiver first, Go
// values as their C structs, several results as a struct); and Go's own
// facts about it (escape tags, inlining cost, -m lines at inlined calls)
// are data measured from Go (library_facts.c), so the caller's -m output is
// Go's whatever the C does inside. Callbacks (sort.Slice's less,
// sort.Interface, io.Writer) are called from C through the closure and itab
// conventions of rt/go_rt.h. Compiling Go source for the library instead
// would need packages, per-file positions and a second escape result per
// function (ours for codegen, Go's for callers) throughout the compiler.
//
// Calls of library members reuse the call kinds of fmt and sync: a
// function call is CALL_FMT and a method call CALL_SYNC, with builtin
// BI_LIB and callee the member's Sym (whose `lib` says the rest).
#include "check.h"
#include "library.h"

Node *parse_lib_source(const char *src, size_t len);

typedef struct Loaded {
	const char *path;
	Scope *scope;
	// Imported by this compilation, directly or through another package:
	// its types are the program's (lib_type_at). Packages loaded once for
	// the process (lib_freeze) are all loaded, not all used.
	bool used;
} Loaded;

typedef VEC(Loaded) LoadedList;
static LoadedList loaded, kept_loaded;
static SymList lib_types, kept_lib_types;

static const LibFact *find_fact(const char *name)
{
	for (int i = 0; i < lib_nfacts; i++)
		if (strcmp(lib_facts[i].name, name) == 0)
			return &lib_facts[i];
	return NULL;
}

static const char *str_of(Str s)
{
	return arena_sprintf(&ast_arena, "%.*s", (int)s.len, s.ptr);
}

// Library types print with their package ("strings.Builder") and are
// looked up by their package-local name.
static void declare_type(Scope *s, const char *pkg, Node *spec)
{
	const char *name = spec->u.typespec.name->u.ident.name;
	// os.PathError and os.FileMode are Go's aliases of io/fs's types: Go
	// names them fs.PathError, fs.FileMode (%T, -m), and so does the
	// descriptor, go_type_fs_PathError.
	bool fs = strcmp(pkg, "os") == 0 && (strcmp(name, "PathError") == 0 || strcmp(name, "FileMode") == 0);
	const char *shown = fs ? "fs" : pkg;
	Sym *ts = sym_new(SYM_TYPE, arena_sprintf(&ast_arena, "%s.%s", shown, name), (Pos){0, 0});
	Type *t = type_new(TY_NAMED);
	t->sym = ts;
	ts->type = t;
	ts->used = true;
	ts->lib_pkg = pkg;
	vec_push(&ast_arena, &lib_types, ts);
	Sym *alias = sym_new(SYM_TYPE, name, (Pos){0, 0});
	alias->type = t;
	alias->used = true;
	scope_insert(s, alias);
	spec->u.typespec.name->u.ident.sym = alias;
}

static void resolve_type(Checker *c, Scope *s, Node *spec)
{
	Sym *alias = scope_lookup_local(s, spec->u.typespec.name->u.ident.name);
	Type *t = alias->type;
	Type *rhs = check_type(c, spec->u.typespec.ttype);
	t->underlying = type_underlying(rhs);
}

static void declare_const(Checker *c, Scope *s, const char *pkg, Node *spec)
{
	for (int i = 0; i < spec->u.spec.names.len; i++) {
		Node *id = spec->u.spec.names.items[i];
		Sym *cs = sym_new(SYM_CONST, id->u.ident.name, (Pos){0, 0});
		cs->used = true;
		id->u.ident.sym = cs;
		scope_insert(s, cs);
	}
	check_const_spec(c, spec, false);
	// Go prints a use of a library constant by its name (math.MaxInt64).
	for (int i = 0; i < spec->u.spec.names.len; i++) {
		Sym *cs = spec->u.spec.names.items[i]->u.ident.sym;
		if (!cs->cval)
			continue;
		ConstVal *cv = arena_zalloc(&ast_arena, sizeof *cv);
		*cv = *cs->cval;
		cv->text = arena_sprintf(&ast_arena, "%s.%s", pkg, cs->name);
		cs->cval = cv;
	}
}

static void declare_var(Checker *c, Scope *s, const char *pkg, Node *spec)
{
	Type *t = check_type(c, spec->u.spec.vtype);
	type_complete(t);
	for (int i = 0; i < spec->u.spec.names.len; i++) {
		Node *id = spec->u.spec.names.items[i];
		Sym *v = sym_new(SYM_VAR, id->u.ident.name, (Pos){0, 0});
		v->type = t;
		v->is_global = true;
		v->used = true;
		v->lib_pkg = pkg;
		scope_insert(s, v);
	}
}

static void declare_func(Checker *c, Scope *s, const char *pkg, Node *fd)
{
	const char *name = fd->u.func.name->u.ident.name;
	Sym *fn = sym_new(SYM_FUNC, name, (Pos){0, 0});
	fn->type = check_signature(c, fd->u.func.ftype, NULL);
	fn->used = true;
	LibFunc *lf = arena_zalloc(&ast_arena, sizeof *lf);
	lf->pkg = pkg;
	lf->ftype = fd->u.func.ftype;
	lf->recv = fd->u.func.recv;
	fn->lib = lf;
	fn->lib_pkg = pkg;
	if (!fd->u.func.recv) {
		lf->goname = arena_sprintf(&ast_arena, "%s.%s", pkg, name);
		lf->cname = arena_sprintf(&ast_arena, "go_%s_%s", pkg, name);
		scope_insert(s, fn);
	} else {
		Node *rt = ast_unparen(fd->u.func.recv->u.field.ftype);
		bool ptr = rt->kind == ND_STAR;
		if (ptr)
			rt = ast_unparen(rt->u.star.x);
		Sym *ts = scope_lookup_local(s, rt->u.ident.name);
		if (!ts || ts->kind != SYM_TYPE)
			bug("library receiver %s.%s", pkg, rt->u.ident.name);
		Type *base = ts->type;
		fn->recv_type = ptr ? type_pointer(base) : base;
		// (os.PathError's methods are io/fs's: Go names them fs.(*PathError).Error)
		const char *gpkg = strncmp(base->sym->name, "fs.", 3) == 0 ? "fs" : pkg;
		lf->goname = arena_sprintf(&ast_arena, ptr ? "%s.(*%s).%s" : "%s.%s.%s", gpkg, ts->name, name);
		lf->cname = arena_sprintf(&ast_arena, "go_%s_%s_%s", pkg, ts->name, name);
		vec_push(&ast_arena, &base->methods,
			 ((Method){.name = name, .sig = fn->type, .fn = fn, .ptr_recv = ptr}));
	}
	lf->fact = find_fact(lf->goname);
	// Parameter symbols, receiver first, as declared functions have them
	// (codegen reads a method's receiver type from params[0]).
	if (fn->recv_type) {
		Sym *r = sym_new(SYM_VAR, "~recv", (Pos){0, 0});
		r->type = fn->recv_type;
		r->is_param = r->is_recv = true;
		r->owner = fn;
		vec_push(&ast_arena, &fn->params, r);
	}
	for (int i = 0; fn->type && i < fn->type->fields.len; i++) {
		Sym *p = sym_new(SYM_VAR, "~p", (Pos){0, 0});
		p->type = fn->type->fields.items[i].type;
		p->is_param = true;
		p->owner = fn;
		p->index = i;
		vec_push(&ast_arena, &fn->params, p);
	}
}

static Scope *load(const char *path, const char *src)
{
	Checker *c = chk;
	Scope *s = scope_new(c->universe, NULL);
	vec_push(&ast_arena, &loaded, ((Loaded){path, s, false}));
	int errors0 = diag_count();
	Node *file = parse_lib_source(src, strlen(src));
	if (diag_count() > errors0)
		bug("library package %s does not parse", path);
	const char *pkg = path;
	Scope *scope = c->scope;
	c->scope = s;
	NodeList *imps = &file->u.file.imports;
	for (int i = 0; i < imps->len; i++) {
		const char *ip = str_of(imps->items[i]->u.import.path);
		Sym *ps = sym_new(SYM_PKG, ip, (Pos){0, 0});
		ps->used = true;
		ps->members = lib_package_scope(ip);
		scope_insert(s, ps);
	}
	NodeList *decls = &file->u.file.decls;
	// Types first (they may refer to each other), then the rest in order.
	for (int pass = 0; pass < 3; pass++) {
		for (int i = 0; i < decls->len; i++) {
			Node *d = decls->items[i];
			if (d->kind == ND_FUNCDECL) {
				if (pass == 2)
					declare_func(c, s, pkg, d);
				continue;
			}
			for (int k = 0; k < d->u.decl.specs.len; k++) {
				Node *spec = d->u.decl.specs.items[k];
				if (spec->kind == ND_TYPESPEC && pass == 0)
					declare_type(s, pkg, spec);
				else if (spec->kind == ND_TYPESPEC && pass == 1)
					resolve_type(c, s, spec);
				else if (spec->kind == ND_CONSTSPEC && pass == 2)
					declare_const(c, s, pkg, spec);
				else if (spec->kind == ND_VARSPEC && pass == 2)
					declare_var(c, s, pkg, spec);
			}
		}
		if (pass == 1)
			for (int i = 0; i < s->syms.len; i++)
				if (s->syms.items[i]->kind == SYM_TYPE)
					type_complete(s->syms.items[i]->type);
	}
	c->scope = scope;
	if (diag_count() > errors0)
		bug("library package %s does not type-check", path);
	return s;
}

static Loaded *find_loaded(const char *path)
{
	for (int i = 0; i < loaded.len; i++)
		if (strcmp(loaded.items[i].path, path) == 0)
			return &loaded.items[i];
	return NULL;
}

static void mark_used(Loaded *l)
{
	if (!l || l->used)
		return;
	l->used = true;
	for (int i = 0; i < l->scope->syms.len; i++) {
		Sym *s = l->scope->syms.items[i];
		if (s->kind == SYM_PKG)
			mark_used(find_loaded(s->name));
	}
}

Scope *lib_package_scope(const char *path)
{
	Loaded *l = find_loaded(path);
	if (!l) {
		const char *src = lib_package_source(path);
		if (!src)
			return NULL;
		load(path, src);
		l = find_loaded(path);
	}
	mark_used(l);
	return l->scope;
}

static bool type_used(Sym *ts)
{
	// (lib_pkg is the package's path; os.PathError's is "os")
	Loaded *l = find_loaded(ts->lib_pkg);
	return l && l->used;
}

int lib_type_count(void)
{
	int n = 0;
	for (int i = 0; i < lib_types.len; i++)
		n += type_used(lib_types.items[i]);
	return n;
}

Type *lib_type_at(int i)
{
	for (int k = 0; k < lib_types.len; k++)
		if (type_used(lib_types.items[k]) && i-- == 0)
			return lib_types.items[k]->type;
	return NULL;
}

bool lib_is_type(Type *t)
{
	return t && t->kind == TY_NAMED && t->sym && t->sym->lib_pkg;
}

const char *lib_type_cname(Type *named, bool ptr)
{
	const char *n = named->sym->name;   // "strconv.NumError"
	const char *dot = strchr(n, '.');
	return arena_sprintf(&ast_arena, "go_type_%.*s_%s%s", (int)(dot - n), n, dot + 1, ptr ? "_ptr" : "");
}

// A new compilation loads the packages again into the new arena, unless
// they were loaded once for the process (lib_freeze).
void lib_reset(void)
{
	loaded = kept_loaded;
	lib_types = kept_lib_types;
}

void lib_freeze(void)
{
	for (int i = 0; i < loaded.len; i++)
		loaded.items[i].used = false;
	kept_loaded = loaded;
	kept_lib_types = lib_types;
}
