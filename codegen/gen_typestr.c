// gen_typestr.c: Go's spelling of a type, as reflect's Type.String gives it.
//
// Apart from the C types and descriptors (gen_type.c) because these strings
// are run-time data, not C: they are what %T, %v of a type and panic
// messages print, and what descriptors compare method signatures by, so
// they must match Go's text byte for byte.
#define CG_INTERNAL
#include "cgen.h"
#include "frontend/lex_unicode.h"

#include <stdlib.h>
#include <string.h>

// {==================== Go's type strings (reflect's spelling) ====================

static void tstr(CGen *g, Sect *b, Type *t);

static const char *basic_name(Type *t)
{
	switch (t->kind) {
	case TY_BOOL: return "bool";
	case TY_INT: return "int";
	case TY_INT8: return "int8";
	case TY_INT16: return "int16";
	case TY_INT32: return "int32";
	case TY_INT64: return "int64";
	case TY_UINT: return "uint";
	case TY_UINT8: return "uint8";
	case TY_UINT16: return "uint16";
	case TY_UINT32: return "uint32";
	case TY_UINT64: return "uint64";
	case TY_UINTPTR: return "uintptr";
	case TY_FLOAT32: return "float32";
	case TY_FLOAT64: return "float64";
	case TY_STRING: return "string";
	default: return "?";
	}
}

Type *cg_default_type(Type *t)
{
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return type_bool;
	case TY_UNTYPED_INT: return type_int;
	case TY_UNTYPED_RUNE: return type_rune;
	case TY_UNTYPED_FLOAT: return type_float64;
	case TY_UNTYPED_STRING: return type_untyped_string;
	default: return t;
	}
}

static void sig_str(CGen *g, Sect *b, Type *t)
{
	sect_put(b, "(", 1);
	for (int i = 0; i < t->fields.len; i++) {
		if (i)
			sect_put(b, ", ", 2);
		Type *pt = t->fields.items[i].type;
		if (t->variadic && i == t->fields.len - 1) {
			sect_put(b, "...", 3);
			pt = type_underlying(pt)->elem;
		}
		tstr(g, b, pt);
	}
	sect_put(b, ")", 1);
	if (t->results.len == 1) {
		sect_put(b, " ", 1);
		tstr(g, b, t->results.items[0].type);
	} else if (t->results.len > 1) {
		sect_put(b, " (", 2);
		for (int i = 0; i < t->results.len; i++) {
			if (i)
				sect_put(b, ", ", 2);
			tstr(g, b, t->results.items[i].type);
		}
		sect_put(b, ")", 1);
	}
}

static void tstr(CGen *g, Sect *b, Type *t)
{
	switch (t->kind) {
	case TY_NAMED:
		if (t == type_error)
			sect_printf(b, "error");
		else if (lib_is_type(t) || (t->sym && strncmp(t->sym->name, "sync.", 5) == 0))
			sect_printf(b, "%s", t->sym->name);   // already "strconv.NumError"
		else
			sect_printf(b, "main.%s", t->sym ? t->sym->name : "?");
		return;
	case TY_POINTER:
		sect_put(b, "*", 1);
		tstr(g, b, t->elem);
		return;
	case TY_SLICE:
		sect_put(b, "[]", 2);
		tstr(g, b, t->elem);
		return;
	case TY_ARRAY:
		sect_printf(b, "[%lld]", (long long)t->len);
		tstr(g, b, t->elem);
		return;
	case TY_MAP:
		sect_put(b, "map[", 4);
		tstr(g, b, t->key);
		sect_put(b, "]", 1);
		tstr(g, b, t->elem);
		return;
	case TY_CHAN:
		sect_printf(b, "%s", t->chan_dir == CHAN_SEND ? "chan<- " :
			t->chan_dir == CHAN_RECV ? "<-chan " : "chan ");
		tstr(g, b, t->elem);
		return;
	case TY_FUNC:
		sect_put(b, "func", 4);
		sig_str(g, b, t);
		return;
	case TY_STRUCT:
		if (t->fields.len == 0) {
			sect_printf(b, "struct {}");
			return;
		}
		sect_put(b, "struct { ", 9);
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = &t->fields.items[i];
			if (i)
				sect_put(b, "; ", 2);
			if (!f->embedded)
				sect_printf(b, "%s ", f->name);
			tstr(g, b, f->type);
		}
		sect_put(b, " }", 2);
		return;
	case TY_INTERFACE:
		if (t->methods.len == 0) {
			sect_printf(b, "interface {}");
			return;
		}
		sect_put(b, "interface { ", 12);
		for (int i = 0; i < t->methods.len; i++) {
			if (i)
				sect_put(b, "; ", 2);
			// reflect qualifies an unexported method with its package
			if (!lex_is_exported(t->methods.items[i].name))
				sect_put(b, "main.", 5);
			sect_printf(b, "%s", t->methods.items[i].name);
			sig_str(g, b, t->methods.items[i].sig);
		}
		sect_put(b, " }", 2);
		return;
	case TY_UNTYPED_BOOL: sect_printf(b, "bool"); return;
	case TY_UNTYPED_INT: sect_printf(b, "int"); return;
	case TY_UNTYPED_RUNE: sect_printf(b, "int32"); return;
	case TY_UNTYPED_FLOAT: sect_printf(b, "float64"); return;
	case TY_UNTYPED_STRING: sect_printf(b, "string"); return;
	case TY_UINT8: sect_printf(b, "uint8"); return;
	case TY_INT32: sect_printf(b, "int32"); return;
	default:
		sect_printf(b, "%s", basic_name(t));
		return;
	}
}

const char *cg_type_string(CGen *g, Type *t)
{
	Sect b = {0};
	tstr(g, &b, t);
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}

const char *cg_sig_string(CGen *g, Type *sig)
{
	Sect b = {0};
	sect_put(&b, "func", 4);
	sig_str(g, &b, sig);
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}
