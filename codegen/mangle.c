// mangle.c: C names for mgo identifiers.
//
// Every name the user chose gets a prefix or a suffix that neither C, the C
// library nor the runtime (go_*, mgo_*) can use: package-level functions and
// variables become main_NAME (Go's own "main.NAME"), methods main_T_M,
// locals NAME_ID (the symbol's unique id, which also makes shadowing and
// Go's per-block scopes irrelevant in C). Struct fields keep their names
// unless they are C keywords.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

static const char *const c_words[] = {
	"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
	"else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
	"register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
	"switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool",
	"_Complex", "_Imaginary", "asm", "typeof", "bool", "true", "false", "NULL",
	"main", "errno", "stdin", "stdout", "stderr", "assert", "offsetof", "alignof",
	NULL,
};

static bool is_c_word(const char *name)
{
	for (int i = 0; c_words[i]; i++)
		if (strcmp(c_words[i], name) == 0)
			return true;
	return false;
}

// Go identifiers may contain Unicode letters; C identifiers (portably) not.
static const char *ascii_name(CGen *g, const char *name)
{
	bool ok = true;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      *p == '_'))
			ok = false;
	if (ok)
		return name;
	Sect b = {0};
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
			sect_put(&b, (const char *)&c, 1);
		else if (c == '~')
			sect_put(&b, "res", 3);
		else
			sect_printf(&b, "U%02x", c);
	}
	const char *r = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return r;
}

const char *cg_ident(CGen *g, const char *name)
{
	name = ascii_name(g, name);
	if (is_c_word(name) || strncmp(name, "go_", 3) == 0 || strncmp(name, "mgo_", 4) == 0 ||
	    name[0] == '_')
		return cg_fmt(g, "%s_", name);
	return name;
}

const char *cg_field_name(CGen *g, const char *name, int index)
{
	if (!name || strcmp(name, "_") == 0)
		return cg_fmt(g, "blank%d_", index);
	return cg_ident(g, name);
}

bool cg_debug_names;

// -g: a local keeps its Go name when that is unique in its C function and
// cannot be taken for one of the generator's own names (those end in '_'
// or hold "__"; main_* are functions) or a C library function the
// generated code calls.
static bool plain_name_ok(CGen *g, Sym *s, const char *name)
{
	static const char *const libc[] = {"memset", "memcpy", "memcmp", "memmove", "strlen",
		"abort", "exit", "INT64_C", "UINT64_C", "fnp", NULL};
	size_t n = strlen(name);
	if (!cg_debug_names || !g->fn || s->owner != g->fn || n == 0 || name[n - 1] == '_' ||
	    (n > 3 && strcmp(name + n - 3, "_in") == 0) ||
	    strstr(name, "__") || strncmp(name, "main_", 5) == 0 || strncmp(name, "fnp_", 4) == 0 ||
	    is_c_word(name))
		return false;
	for (int i = 0; libc[i]; i++)
		if (strcmp(libc[i], name) == 0)
			return false;
	for (int i = 0; i < g->dbg_names.len; i++)
		if (strcmp(g->dbg_names.items[i], name) == 0)
			return false;
	vec_push(&g->arena, &g->dbg_names, name);
	return true;
}

const char *cg_var_name(CGen *g, Sym *s)
{
	if (s->cg)
		return s->cg;
	const char *n;
	if (s->lib_pkg) {
		// a library variable, defined in rt/go_<pkg>.c
		n = cg_fmt(g, "go_%s_%s", s->lib_pkg, s->name);
		sect_printf(&g->protos, "extern %s %s;\n", cg_ctype(g, s->type), n);
		s->cg = (void *)n;
		return n;
	}
	if (strcmp(s->name, "_") == 0)
		n = cg_fmt(g, "blank_%d", s->id);
	else if (!s->is_global && plain_name_ok(g, s, ascii_name(g, s->name)))
		n = ascii_name(g, s->name);
	else if (s->is_global)
		n = cg_fmt(g, "main_%s", ascii_name(g, s->name));
	else
		n = cg_fmt(g, "%s_%d", ascii_name(g, s->name), s->id);
	s->cg = (void *)n;
	return n;
}

static bool name_taken(CGen *g, const char *n)
{
	for (int i = 0; i < g->lit_names.len; i++)
		if (strcmp(g->lit_names.items[i], n) == 0)
			return true;
	return false;
}

const char *cg_func_name(CGen *g, Sym *fn)
{
	if (fn->cg)
		return fn->cg;
	const char *n;
	if (fn->lib) {
		// a library function or method, implemented in rt/go_<pkg>.c
		n = fn->lib->cname;
		Type *sig = fn->type;
		Type *rt = cg_result_type(g, sig);
		sect_printf(&g->protos, "%s %s(", rt ? cg_ctype(g, rt) : "void", n);
		int k = 0;
		if (fn->recv_type)
			sect_printf(&g->protos, "%s", cg_ctype(g, fn->recv_type)), k++;
		for (int i = 0; i < sig->fields.len; i++, k++)
			sect_printf(&g->protos, "%s%s", k ? ", " : "", cg_ctype(g, sig->fields.items[i].type));
		sect_printf(&g->protos, "%s);\n", k ? "" : "void");
		fn->cg = (void *)n;
		return n;
	}
	if (fn->outer) {
		// Function literal: Go names it outer.funcN.
		Sym *o = fn->outer;
		n = cg_fmt(g, "%s_func%d", cg_func_name(g, o), fn->index);
		if (fn->inl_copy)   // a literal copied into an inlined body
			n = cg_fmt(g, "%s_i%d", n, fn->inl_copy);
		// A copy of a copy takes the outer copy's number: two literals
		// can end up with one name (f.func1 inlined into f.func2, both
		// into f). The later one gets a suffix.
		const char *base = n;
		for (int k = 2; name_taken(g, n); k++)
			n = cg_fmt(g, "%s_%d", base, k);
		vec_push(&g->arena, &g->lit_names, n);
	} else if (fn->recv_type) {
		Type *r = fn->recv_type;
		if (r->kind == TY_POINTER)
			r = r->elem;
		const char *tn = r->sym ? ascii_name(g, r->sym->name) : "T";
		n = cg_fmt(g, "main_%s_%s", tn, ascii_name(g, fn->name));
	} else {
		n = cg_fmt(g, "main_%s", ascii_name(g, fn->name));
	}
	fn->cg = (void *)n;
	return n;
}
