// checkescape.c: the code `mgoc build -d=checkescape` adds to the program
// (rt/checkescape.c is its run-time half, go_rt.h "-d=checkescape" the
// interface). Every helper here does nothing unless g->ce is set.
//
// What is checked, and where:
//   stores      cg_assign_to and package/heap variable initialisation: the
//               stored value, unless the destination is itself on a stack
//   heap objects made and filled by the generated code (&T{}, slice
//               literals, closure and method-value records, interface
//               boxes, `...` packs): their pointer words
//   go          the record of a go statement
//   sends       the value sent on a channel
//   returns     the results, against the returning frame
// and every stack-allocated addressable variable or allocation site gets a
// go_ce_var record naming it for the message.
#define CG_INTERNAL
#include "cgen.h"

#include <string.h>

// "f.mgo:12" as a C string literal: the file's base name, as Go's
// runtime messages print it relative to nothing.
const char *cg_ce_pos(CGen *g, Pos pos)
{
	const char *f = diag_filename ? diag_filename : "?";
	const char *slash = strrchr(f, '/');
	return cg_fmt(g, "\"%s:%d\"", slash ? slash + 1 : f, pos.line);
}

static void register_storage(CGen *g, const char *cvar, const char *what, const char *name, Pos pos)
{
	Str s = {name, (int64_t)strlen(name)};
	sect_printf(g->decls, "\tGO_CE_VAR(%s, \"%s\", %s, %s);\n", cvar, what, cg_cstring(g, s),
		cg_ce_pos(g, pos));
	cg_frame_bytes(g, 64);   // its go_ce_var record
}

void cg_ce_var(CGen *g, Sym *s)
{
	if (g->ce && !s->escapes && (s->addr_taken || s->by_ref) && strcmp(s->name, "_") != 0)
		register_storage(g, cg_var_name(g, s), "variable", s->name, s->pos);
}

// Go's -m words for an allocation site, roughly: enough to find it.
static const char *site_name(CGen *g, Node *n)
{
	switch (n->kind) {
	case ND_UNARY:
		if (!n->u.unary.x || !n->u.unary.x->type)
			return "&T{...}";
		return cg_fmt(g, "&%s{...}", type_string(n->u.unary.x->type));
	case ND_COMPOSITE:
		if (!n->type)
			return "composite literal";
		if (type_underlying(n->type)->kind == TY_POINTER)
			return cg_fmt(g, "&%s{...}", type_string(type_underlying(n->type)->elem));
		return cg_fmt(g, "%s{...}", type_string(n->type));
	case ND_FUNCLIT:
		return "func literal";
	case ND_SELECTOR:
		return cg_fmt(g, "method value %s", n->u.sel.name);
	case ND_CONV:
		return cg_fmt(g, "%s value boxed in an interface",
			n->u.conv.x && n->u.conv.x->type ? type_string(n->u.conv.x->type) : "a");
	case ND_BINARY:
		return "string concatenation";
	case ND_CALL:
		if (!n->type)
			return "... argument";
		if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_NEW)
			return cg_fmt(g, "new(%s)", type_string(type_underlying(n->type)->elem));
		if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_MAKE)
			return cg_fmt(g, "make(%s, ...)", type_string(n->type));
		if (n->u.call.call == CALL_CONV)
			return cg_fmt(g, "%s(...) conversion", type_string(n->type));
		return "... argument";
	default:
		return "value";
	}
}

void cg_ce_site(CGen *g, const char *cvar, Node *site)
{
	if (g->ce && site)
		register_storage(g, cvar, "value", site_name(g, site), site->pos);
}

const char *cg_ce_obj(CGen *g, const char *ptr, const char *ctype, bool go_stmt, Pos pos)
{
	if (!g->ce)
		return ptr;
	return cg_fmt(g, "((%s)go_ce_obj((void *)(%s), %s, %s))", ctype, ptr,
		go_stmt ? "GO_CE_GO" : "GO_CE_STORE", cg_ce_pos(g, pos));
}

void cg_ce_store(CGen *g, const char *addr, Type *t, Pos pos)
{
	if (g->ce && !cg_noscan(t))
		cg_line(g, "go_ce_store(%s, %s, %s);", addr, cg_tdesc(g, t), cg_ce_pos(g, pos));
}

void cg_ce_send(CGen *g, const char *addr, Type *t, Pos pos)
{
	if (g->ce && !cg_noscan(t))
		cg_line(g, "go_ce_send(%s, %s, %s);", addr, cg_tdesc(g, t), cg_ce_pos(g, pos));
}

// `return e` of the current function's C result: e checked first. A tuple
// result has no descriptor: every word of it is looked at (go_ce_ret
// compares them with the returning frame only, so integers cost nothing).
const char *cg_ce_return(CGen *g, const char *e, Pos pos)
{
	Type *rt = g->result_type;
	if (!g->ce || !rt)
		return e;
	bool ptrs = false;
	if (rt->kind == TY_TUPLE) {
		for (int i = 0; i < rt->fields.len; i++)
			ptrs |= !cg_noscan(rt->fields.items[i].type);
	} else {
		ptrs = !cg_noscan(rt);
	}
	if (!ptrs)
		return e;
	const char *td = rt->kind == TY_TUPLE ? "NULL" : cg_tdesc(g, rt);
	cg_frame_bytes(g, cg_struct_bytes(g, cg_ctype(g, rt)) + 16);   // r_ce_
	return cg_fmt(g, "({ %s r_ce_ = %s; go_ce_ret(&r_ce_, %s, sizeof r_ce_, "
		"__builtin_frame_address(0), %s); r_ce_; })", cg_ctype(g, rt), e, td, cg_ce_pos(g, pos));
}
