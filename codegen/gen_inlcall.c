// gen_inlcall.c: calls the inline pass expanded in place, emitted as GNU C
// statement expressions.
//
// Apart from the statement walker (gen_stmt.c) because an inlined body is a
// statement list that must yield a value inside an expression: its labels
// must be made local to the statement expression, and its argument
// assignments must run before the callee's traceback frame is pushed.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

// {==================== inlined calls ====================
//
// The body of an inlined call is emitted in place; each of its returns
// jumps to the label ending it (labels are numbered per inlined copy, so
// copies never clash). Its locals are declared at the top of the C
// function like any other, under their own names.

void cg_inl_body(CGen *g, Node *n)
{
	// A local label: codegen macros may repeat an expression's text.
	cg_line(g, "__label__ inl%d_;", n->u.inl.label);
	// The arguments are evaluated in the caller's frame, as Go's order
	// pass does before the inlined body: a panic there (an argument
	// that is itself an inlined call, an index) has no frame of the
	// callee in its trace.
	NodeList *stmts = &n->u.inl.body->u.block.stmts;
	int scratch = g->scratch.len;
	int nargs = 0;
	while (nargs < stmts->len && stmts->items[nargs]->kind == ND_ASSIGN &&
	       (stmts->items[nargs]->u.assign.inl == INL_ASSIGN_ARGS ||
		stmts->items[nargs]->u.assign.inl == INL_ASSIGN_PARAMS))
		cg_stmt(g, stmts->items[nargs++]);
	cg_trace_inl_push(g, n);
	for (int i = nargs; i < stmts->len; i++)
		cg_stmt(g, stmts->items[i]);
	cg_line(g, "inl%d_:;", n->u.inl.label);
	cg_scratch_clear(g, scratch);   // what its returns left
	cg_trace_inl_pop(g);
}

const char *cg_inlcall(CGen *g, Node *n)
{
	Sect body = {0};
	Sect *saved_out = g->out;
	int saved_indent = g->indent;
	g->out = &body;
	g->indent++;
	int first_label = g->nlabels;
	cg_inl_body(g, n);
	g->out = saved_out;
	g->indent = saved_indent;
	// Every label the body defined (loops, switches) is local to this
	// statement expression too: a macro that repeats the expression's text
	// would otherwise define it twice. Unused names cost nothing.
	if (g->nlabels > first_label) {
		Sect decl = {0};
		sect_printf(&decl, "__label__ ");
		for (int k = first_label + 1; k <= g->nlabels; k++)
			sect_printf(&decl, "%sbrk_%d, cont_%d, case_%d", k > first_label + 1 ? ", " : "", k, k, k);
		sect_printf(&decl, ";\n%.*s", (int)body.len, body.p ? body.p : "");
		free(body.p);
		body = decl;
	}
	const char *val = "(void)0";
	NodeList *res = &n->u.inl.results;
	if (n->type && n->type->kind == TY_TUPLE && res->len > 1) {
		Sect t = {0};
		sect_printf(&t, "(%s){", cg_ctype(g, n->type));
		for (int i = 0; i < res->len; i++)
			sect_printf(&t, "%s.%s = %s", i ? ", " : "", cg_tuple_field(i), cg_expr(g, res->items[i]));
		sect_printf(&t, "}");
		val = arena_strndup(&g->arena, t.p, t.len);
		free(t.p);
	} else if (res->len) {
		val = cg_expr(g, res->items[0]);
	}
	const char *s = cg_fmt(g, "({\n%.*s%s; })", (int)body.len, body.p ? body.p : "", val);
	free(body.p);
	return s;
}

// }
