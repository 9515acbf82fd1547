// dump.c: machine-readable views of the analysis, beyond Go's own flags.
//
// -m=json writes a JSON array with one object per diagnostic (the same
// messages -m prints) plus the flow path that explains it, for editors.
// -escape-graph=FUNC writes the location graph of FUNC (and its closures)
// as Graphviz DOT: one node per location, one edge per flow labelled with
// its derefs, escaping locations filled red, so a person can *see* why.
#include "escape/build.h"

#include <stdlib.h>

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", f);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

void esc_json_begin(EscState *s)
{
	if (!s->opts->json_out)
		return;
	fputs("[", s->opts->json_out);
	s->json_first = true;
}

void esc_json_end(EscState *s)
{
	if (!s->opts->json_out)
		return;
	fputs(s->json_first ? "]\n" : "\n]\n", s->opts->json_out);
}

// One object: {"file","line","col","kind","message","flow":[lines]}.
// Under //line directives the place is Go's (col 0 when Go knows none),
// and "srcline", "srccol" give the line and column in the source itself.
void esc_json_message(EscState *s, const char *kind, Pos p, const char *msg,
	const char *explain)
{
	FILE *f = s->opts->json_out;
	fputs(s->json_first ? "\n  {" : ",\n  {", f);
	s->json_first = false;
	fputs("\"file\": ", f);
	const char *file;
	Pos at = diag_map_pos(p, &file);
	json_str(f, file);
	fprintf(f, ", \"line\": %d, \"col\": %d, ", at.line, at.col);
	if (diag_has_line_bases())
		fprintf(f, "\"srcline\": %d, \"srccol\": %d, ", p.line, p.col);
	fputs("\"kind\": ", f);
	json_str(f, kind);
	fputs(", \"message\": ", f);
	json_str(f, msg);
	fputs(", \"flow\": [", f);
	bool first = true;
	for (const char *l = explain; l && *l;) {
		const char *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		char *line = arena_strndup(&ast_arena, l, n);
		while (*line == ' ')
			line++;
		if (!first)
			fputs(", ", f);
		first = false;
		char *mapped = diag_remap_text(line);
		json_str(f, mapped ? mapped : line);
		free(mapped);
		l = e ? e + 1 : l + n;
	}
	fputs("]}", f);
}

static bool wanted(EscState *s, EscFunc *fn)
{
	const char *want = s->opts->graph_func;
	for (EscFunc *f = fn; f; f = f->outer)
		if (strcmp(esc_func_name(f), want) == 0 || (f->sym && f->sym->name &&
		    !f->sym->outer && strcmp(f->sym->name, want) == 0))
			return true;
	return false;
}

static const char *dot_label(EscState *s, EscLoc *l)
{
	if (l == &s->b->heap)
		return "{heap}";
	if (l->var)
		return l->var->name ? l->var->name : "~param";
	if (l->node)
		return esc_node_string(s, l->node);
	return "{temp}";
}

void esc_dot_graph(EscState *s, EscFunc **fns, int nfns)
{
	if (!s->opts->graph_func || !s->opts->dot_out)
		return;
	bool any = false;
	for (int i = 0; i < nfns; i++)
		any |= wanted(s, fns[i]);
	if (!any)
		return;
	FILE *f = s->opts->dot_out;
	EscBatch *b = s->b;
	fprintf(f, "digraph \"%s\" {\n\trankdir=LR;\n\tnode [shape=box, fontname=\"monospace\"];\n",
		s->opts->graph_func);
	fprintf(f, "\theap [label=\"{heap}\", style=filled, fillcolor=\"#f4a6a6\"];\n");
	for (int i = 0; i < b->locs.len; i++) {
		EscLoc *l = b->locs.items[i];
		if (!wanted(s, l->fn))
			continue;
		Pos p = l->var ? l->var->pos : l->node ? esc_site_pos(s, l->node) : (Pos){0, 0};
		fprintf(f, "\tL%d [label=", l->id);
		json_str(f, arena_sprintf(&ast_arena, "%s\n%d:%d%s", dot_label(s, l), p.line, p.col,
			l->is_param ? " (param)" : l->result_index ? " (result)" : ""));
		if (l->escapes)
			fputs(", style=filled, fillcolor=\"#f4a6a6\"", f);
		else if (!l->var && !l->node)
			fputs(", style=dashed", f);
		fputs("];\n", f);
	}
	for (int i = -1; i < b->locs.len; i++) {
		EscLoc *dst = i < 0 ? &b->heap : b->locs.items[i];
		if (i >= 0 && !wanted(s, dst->fn))
			continue;
		for (int j = 0; j < dst->edges.len; j++) {
			EscEdge *e = &dst->edges.items[j];
			if (!wanted(s, e->src->fn))
				continue;
			fprintf(f, "\tL%d -> ", e->src->id);
			if (i < 0)
				fputs("heap", f);
			else
				fprintf(f, "L%d", dst->id);
			fprintf(f, " [label=\"%d\"%s];\n", e->derefs, e->derefs < 0 ? ", color=red" : "");
		}
	}
	fputs("}\n", f);
}
