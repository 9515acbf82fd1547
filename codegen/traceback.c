// traceback.c: what the generated program needs to print Go's tracebacks.
//
// A panic unwinds the C stack and reads the DWARF line table (rt/go_traceback.c),
// so nothing here costs anything while the program runs. Two things C's
// debug information cannot say are emitted as data:
//  - Go's name of each generated function (main.(*T).M, main.main.func1),
//    in a table from C name to Go name (go_funcnames_);
//  - the calls mgo's own inliner expanded: their bodies are plain C inside
//    the caller, so the line table alone would put the callee's lines in
//    the caller's frame. Inside an inlined body, #line names the file
//    "PATH\037F\037LINE...": the inlined function F and the line of its
//    call in the enclosing frame, innermost first. The runtime splits it
//    into one frame per inlined call, as Go prints them.
#define CG_INTERNAL
#include "cgen.h"

#include "inline/inline.h"

#include <limits.h>
#include <stdlib.h>

void cg_trace_init(CGen *g)
{
	char abs[PATH_MAX];
	const char *path = realpath(diag_filename, abs) ? abs : diag_filename;
	g->src_file = cg_cstring(g, (Str){path, (int64_t)strlen(path)});
	g->cur_file = g->src_file;
}

static const char *go_name(CGen *g, Sym *fn)
{
	return cg_fmt(g, "main.%s", inl_func_name(fn));
}

// mgoc build -g: the function's symbol is Go's name, which gdb's `break`
// accepts: main.F, main.main.func1, and main.T.M for a method of T or *T
// (main.(*T).M would need quoting the assembler does not do).
const char *cg_trace_asm_label(CGen *g, Sym *fn)
{
	if (!cg_debug_names)
		return "";
	const char *go = go_name(g, fn);
	Sect b = {0};
	for (const char *p = go; *p; p++) {
		if (*p == '(' || *p == ')' || *p == '*')
			continue;
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      *p == '_' || *p == '.')) {
			free(b.p);
			return "";
		}
		sect_put(&b, p, 1);
	}
	const char *r = cg_fmt(g, " __asm__(\"%.*s\")", (int)b.len, b.p);
	free(b.p);
	return r;
}

void cg_trace_func(CGen *g, Sym *fn, const char *cname)
{
	sect_printf(&g->functab, "\t{\"%s\", \"%s\", %d},\n", cname, go_name(g, fn),
		fn->params.len > 0);
}

// The file name for the current stack of inlined calls.
static void set_file(CGen *g)
{
	if (g->inl_depth == 0) {
		g->cur_file = g->src_file;
		return;
	}
	Sect b = {0};
	// src_file is a quoted literal: drop its closing quote.
	sect_put(&b, g->src_file, strlen(g->src_file) - 1);
	for (int i = g->inl_depth - 1; i >= 0; i--)
		sect_printf(&b, "\\037%s\\037%d", g->inl_stack[i].name, g->inl_stack[i].line);
	sect_put(&b, "\"", 1);
	g->cur_file = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
}

void cg_trace_inl_push(CGen *g, Node *n)
{
	int d = g->inl_depth;
	if (d >= (int)(sizeof g->inl_stack / sizeof g->inl_stack[0])) {
		g->inl_depth++;   // too deep to name: the frames merge
		return;
	}
	// The call's line is the enclosing frame's current line.
	g->inl_stack[d].name = go_name(g, n->u.inl.callee);
	Node *call = n->u.inl.call;
	g->inl_stack[d].line = !call ? g->last_line : call->src_line ? call->src_line : call->pos.line;
	g->inl_depth++;
	set_file(g);
}

// Back in the enclosing frame: the rest of the expression holding the
// inlined call belongs to the call's line, so #line goes back to it now
// (its text follows on the same C line as the body's end).
void cg_trace_inl_pop(CGen *g)
{
	g->inl_depth--;
	if (g->inl_depth >= (int)(sizeof g->inl_stack / sizeof g->inl_stack[0]))
		return;
	int line = g->inl_stack[g->inl_depth].line;
	set_file(g);
	if (line > 0) {
		sect_printf(g->out, "#line %d %s\n", line, g->cur_file);
		g->last_line = line;
		g->last_file = g->cur_file;
		g->pos_lines = 0;
	}
}

void cg_trace_emit(CGen *g, FILE *out)
{
	fprintf(out, "\nstatic const go_funcname go_funcnames_[] = {\n%s\t{\"main_init_\", \"main.init\", 0},\n};\n",
		g->functab.p ? g->functab.p : "");
	free(g->functab.p);
	g->functab = (Sect){0};
	// Go's tracebacks follow //line directives too.
	int n = diag_line_base_count();
	if (!n)
		return;
	fprintf(out, "\nstatic const go_linedir go_linedirs_[] = {\n");
	for (int i = 0; i < n; i++) {
		Pos start;
		const char *file;
		int line;
		diag_line_base_get(i, &start, &file, &line);
		fprintf(out, "\t{%d, %s, %d},\n", start.line,
			cg_cstring(g, (Str){file, (int64_t)strlen(file)}), line);
	}
	fprintf(out, "};\n");
}

const char *cg_trace_init_call(CGen *g)
{
	if (!diag_line_base_count())
		return "";
	return cg_fmt(g, "\tgo_set_linedirs(%s, go_linedirs_, %d);\n", g->src_file,
		      diag_line_base_count());
}
