// scope.c: lexical scopes, symbols, and the universe scope.
//
// A scope is a list of symbols in insertion order plus, once it grows past
// a few entries, an open-addressing hash table over them (the package scope
// of a large program holds thousands of names). Lookups walk outwards, but
// a name that no function scope declares (int, a package function, a type)
// skips the function scopes at once: deeply nested function literals would
// otherwise make every such lookup cost the nesting depth.
#include "check.h"

static int next_sym_id, base_sym_id;

Sym *sym_new(SymKind kind, const char *name, Pos pos)
{
	Sym *s = arena_zalloc(&ast_arena, sizeof *s);
	s->kind = kind;
	s->name = name;
	s->pos = pos;
	s->id = ++next_sym_id;
	return s;
}

int sym_count(void)
{
	return next_sym_id;
}

Scope *scope_new(Scope *parent, Sym *fn)
{
	Scope *s = arena_zalloc(&ast_arena, sizeof *s);
	s->parent = parent;
	s->fn = fn;
	s->nonlocal = !fn || !parent ? s : parent->nonlocal;
	return s;
}

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

// Names declared in some function scope of this compilation (a set; reset
// with the universe, at the start of each check_program).
static struct {
	const char **tab;
	int cap, len;
} local_names;

static bool is_local_name(const char *name)
{
	if (!local_names.len)
		return false;
	unsigned i = hash(name) & (unsigned)(local_names.cap - 1);
	for (; local_names.tab[i]; i = (i + 1) & (unsigned)(local_names.cap - 1))
		if (strcmp(local_names.tab[i], name) == 0)
			return true;
	return false;
}

static void add_local_name(const char *name)
{
	if (is_local_name(name))
		return;
	if ((local_names.len + 1) * 2 > local_names.cap) {
		const char **old = local_names.tab;
		int oldcap = local_names.cap;
		local_names.cap = oldcap ? oldcap * 2 : 256;
		local_names.tab = arena_zalloc(&ast_arena, sizeof(char *) * (size_t)local_names.cap);
		for (int k = 0; k < oldcap; k++) {
			if (!old[k])
				continue;
			unsigned i = hash(old[k]) & (unsigned)(local_names.cap - 1);
			while (local_names.tab[i])
				i = (i + 1) & (unsigned)(local_names.cap - 1);
			local_names.tab[i] = old[k];
		}
	}
	unsigned i = hash(name) & (unsigned)(local_names.cap - 1);
	while (local_names.tab[i])
		i = (i + 1) & (unsigned)(local_names.cap - 1);
	local_names.tab[i] = name;
	local_names.len++;
}

static void tab_put(Scope *s, Sym *sym)
{
	unsigned i = hash(sym->name) & (unsigned)(s->tabcap - 1);
	while (s->tab[i])
		i = (i + 1) & (unsigned)(s->tabcap - 1);
	s->tab[i] = sym;
}

Sym *scope_lookup_local(Scope *s, const char *name)
{
	if (s->tab) {
		unsigned i = hash(name) & (unsigned)(s->tabcap - 1);
		for (; s->tab[i]; i = (i + 1) & (unsigned)(s->tabcap - 1))
			if (strcmp(s->tab[i]->name, name) == 0)
				return s->tab[i];
		return NULL;
	}
	for (int i = s->syms.len - 1; i >= 0; i--)
		if (strcmp(s->syms.items[i]->name, name) == 0)
			return s->syms.items[i];
	return NULL;
}

Sym *scope_lookup(Scope *s, const char *name)
{
	if (s && s->fn && !is_local_name(name))
		s = s->nonlocal;
	for (; s; s = s->parent) {
		Sym *sym = scope_lookup_local(s, name);
		if (sym)
			return sym;
	}
	return NULL;
}

void scope_insert(Scope *s, Sym *sym)
{
	if (s->fn)
		add_local_name(sym->name);
	vec_push(&ast_arena, &s->syms, sym);
	if (s->syms.len > 8 && s->syms.len * 2 > s->tabcap) {
		s->tabcap = s->tabcap ? s->tabcap * 4 : 64;
		s->tab = arena_zalloc(&ast_arena, (size_t)s->tabcap * sizeof *s->tab);
		for (int i = 0; i < s->syms.len; i++)
			tab_put(s, s->syms.items[i]);
	} else if (s->tab) {
		tab_put(s, sym);
	}
}

static void add_type(Scope *u, const char *name, Type *t)
{
	Sym *s = sym_new(SYM_TYPE, name, (Pos){0, 0});
	s->type = t;
	s->used = true;
	scope_insert(u, s);
}

static void add_builtin(Scope *u, const char *name, Builtin b)
{
	Sym *s = sym_new(SYM_BUILTIN, name, (Pos){0, 0});
	s->builtin = b;
	scope_insert(u, s);
}

Scope *scope_universe(void)
{
	type_init();
	local_names.tab = NULL;
	local_names.cap = local_names.len = 0;
	Scope *u = scope_new(NULL, NULL);
	static const struct { const char *name; Type **t; } types[] = {
		{"bool", &type_bool}, {"int", &type_int}, {"int8", &type_int8},
		{"int16", &type_int16}, {"int32", &type_int32}, {"int64", &type_int64},
		{"uint", &type_uint}, {"uint8", &type_uint8}, {"uint16", &type_uint16},
		{"uint32", &type_uint32}, {"uint64", &type_uint64}, {"uintptr", &type_uintptr},
		{"float32", &type_float32}, {"float64", &type_float64}, {"string", &type_str},
		{"byte", &type_byte}, {"rune", &type_rune}, {"any", &type_any},
		{"error", &type_error},
	};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		add_type(u, types[i].name, *types[i].t);
	type_error->sym = scope_lookup_local(u, "error");

	Sym *t = sym_new(SYM_CONST, "true", (Pos){0, 0});
	t->type = type_untyped_bool;
	t->cval = const_bool(true);
	scope_insert(u, t);
	Sym *f = sym_new(SYM_CONST, "false", (Pos){0, 0});
	f->type = type_untyped_bool;
	f->cval = const_bool(false);
	scope_insert(u, f);
	Sym *iota = sym_new(SYM_CONST, "iota", (Pos){0, 0});
	iota->type = type_untyped_int;
	scope_insert(u, iota);
	Sym *nil = sym_new(SYM_NIL, "nil", (Pos){0, 0});
	nil->type = type_untyped_nil;
	scope_insert(u, nil);

	static const struct { const char *name; Builtin b; } builtins[] = {
		{"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE}, {"copy", BI_COPY},
		{"delete", BI_DELETE}, {"len", BI_LEN}, {"make", BI_MAKE}, {"new", BI_NEW},
		{"panic", BI_PANIC}, {"print", BI_PRINT}, {"println", BI_PRINTLN},
		{"recover", BI_RECOVER}, {"complex", BI_COMPLEX}, {"real", BI_REAL},
		{"imag", BI_IMAG},
	};
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
		add_builtin(u, builtins[i].name, builtins[i].b);
	return u;
}

void sym_freeze_ids(void)
{
	base_sym_id = next_sym_id;
}

// Between compilations (frontend_reset): symbol ids restart, so a program
// compiled twice in one process gets the same C names.
void sym_reset_ids(void)
{
	next_sym_id = base_sym_id;
	local_names.tab = NULL;
	local_names.cap = local_names.len = 0;
}
