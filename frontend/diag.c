// diag.c: collects, sorts and prints diagnostics in Go's format.
#include "diag.h"
#include "arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *diag_filename = "<input>";
Pos diag_errpos;

typedef struct Diag {
	Pos pos;     // as printed (after //line directives)
	int rank;    // of its //line base: Go sorts by the order bases were first used
	const char *file;  // a //line directive's file name, or NULL
	int seq;     // arrival order, keeps the sort stable
	char *msg;
} Diag;

typedef struct LineBase {
	Pos start;
	char *file;
	int line, col;
	int rank;    // 0: no error uses it yet, else 1 + its rank
} LineBase;

static LineBase *bases;
static int nbases, capbases;
static int main_rank, nranks;   // the same for positions before any directive

void diag_line_base(Pos start, const char *file, int line, int col)
{
	if (nbases == capbases) {
		capbases = capbases ? capbases * 2 : 8;
		bases = xrealloc(bases, (size_t)capbases * sizeof *bases);
	}
	char *f = NULL;
	if (!file && nbases)
		file = bases[nbases - 1].file;
	if (file) {
		f = xmalloc(strlen(file) + 1);
		strcpy(f, file);
	}
	bases[nbases++] = (LineBase){start, f, line, col, 0};
}

void diag_line_reset(void)
{
	main_rank = nranks = 0;
	for (int i = 0; i < nbases; i++)
		free(bases[i].file);
	free(bases);
	bases = NULL;
	nbases = capbases = 0;
}

// The directive in force at p, NULL before the first.
static LineBase *line_base_at(Pos p)
{
	LineBase *b = NULL;
	for (int i = 0; i < nbases; i++)
		if (!pos_before(p, bases[i].start))
			b = &bases[i];
	return b;
}

static Pos base_mapped(const LineBase *b, Pos p)
{
	Pos m = {b->line + (p.line - b->start.line), 0};
	if (b->col)
		m.col = p.line == b->start.line ? b->col + (p.col - b->start.col) : p.col;
	return m;
}

// p as Go prints it under the //line directives before it; *rank: the
// rank of the directive (or of the file) among those errors used so far.
static Pos line_mapped(Pos p, const char **file, int *rank)
{
	*file = NULL;
	LineBase *b = line_base_at(p);
	int *r = b ? &b->rank : &main_rank;
	if (!*r)
		*r = ++nranks;
	*rank = *r;
	if (!b)
		return p;
	*file = b->file;
	return base_mapped(b, p);
}

bool diag_has_line_bases(void)
{
	return nbases > 0;
}

Pos diag_map_pos(Pos p, const char **file)
{
	*file = diag_filename;
	p = diag_go_pos(p);
	LineBase *b = line_base_at(p);
	if (!b) {
		if (p.col >= DIAG_COL_MAX)
			p.col = 0;
		return p;
	}
	*file = b->file ? b->file : "";
	bool col_known = p.col > 0 && p.col < DIAG_COL_MAX;
	p = base_mapped(b, p);
	if (!col_known || p.col >= DIAG_COL_MAX || p.col < 0)
		p.col = 0;
	return p;
}

const char *diag_at(char *buf, size_t size, Pos p)
{
	const char *file;
	p = diag_map_pos(p, &file);
	if (p.col > 0)
		snprintf(buf, size, "%s:%d:%d", file, p.line, p.col);
	else
		snprintf(buf, size, "%s:%d", file, p.line);
	return buf;
}

static Diag *diags;
static int ndiags, capdiags;
// Every diag_errorf call, kept or not: callers ask whether a check
// reported anything.
static int ncalls;
// Go stops at the tenth error it counts, in the order they are reported,
// and names that error's position in its "too many errors" line.
static bool limited;
static Pos limit_pos;
static const char *limit_file;
// The last syntax error and the last other error, for Go's filters: one
// syntax error a line, and no repeat of the same message on its line.
static Pos last_syntax, last_other;
static char *last_msg;

Pos diag_go_pos(Pos p)
{
	if (p.line >= DIAG_LINE_MAX)
		return (Pos){DIAG_LINE_MAX, 0};
	if (p.col > DIAG_COL_MAX)
		p.col = DIAG_COL_MAX;
	return p;
}

const char *diag_pos_text(char *buf, Pos p)
{
	p = diag_go_pos(p);
	if (p.col > 0 && p.col < DIAG_COL_MAX)
		snprintf(buf, 32, "%d:%d", p.line, p.col);
	else
		snprintf(buf, 32, "%d", p.line);
	return buf;
}

void diag_errorf(Pos pos, const char *fmt, ...)
{
	if (diag_errpos.line > 0)
		pos = diag_errpos;
	const char *file;
	int rank;
	pos = line_mapped(pos, &file, &rank);
	pos = diag_go_pos(pos);  // Go sorts errors by the position it keeps
	if (ndiags == capdiags) {
		capdiags = capdiags ? capdiags * 2 : 16;
		diags = xrealloc(diags, (size_t)capdiags * sizeof *diags);
	}
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	ncalls++;
	// As Go's checker: once an error is out, a message naming an invalid
	// operand or type (not at its start) is a follow-on and is dropped.
	char *inv = strstr(msg, "invalid operand");
	char *invt = strstr(msg, "invalid type");
	bool drop = limited || (ndiags > 0 && ((inv && inv > msg) || (invt && invt > msg)));
	if (!drop && strncmp(msg, "syntax error", 12) == 0) {
		drop = last_syntax.line == pos.line;
		last_syntax = pos;
	} else if (!drop) {
		drop = last_other.line == pos.line && last_msg && strcmp(last_msg, msg) == 0;
		last_other = pos;
		free(last_msg);
		last_msg = xmalloc((size_t)n + 1);
		memcpy(last_msg, msg, (size_t)n + 1);
	}
	if (drop) {
		free(msg);
		return;
	}
	diags[ndiags] = (Diag){pos, rank, file, ndiags, msg};
	ndiags++;
	if (ndiags == 10) {
		limited = true;
		limit_pos = pos;
		limit_file = file;
	}
}

int diag_count(void)
{
	return ncalls;
}

static int cmp_diag(const void *a, const void *b)
{
	const Diag *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	return x->seq - y->seq;
}

int diag_flush(void)
{
	int n = ncalls;
	if (ndiags > 0)
		qsort(diags, (size_t)ndiags, sizeof *diags, cmp_diag);
	char at[32];
	for (int i = 0; i < ndiags; i++) {
		// Go prints a message identical to the previous one (position
		// included) once.
		if (i > 0 && diags[i].pos.line == diags[i - 1].pos.line &&
		    diags[i].pos.col == diags[i - 1].pos.col &&
		    strcmp(diags[i].msg, diags[i - 1].msg) == 0)
			continue;
		diag_pos_text(at, diags[i].pos);
		fprintf(stderr, "%s:%s: %s\n", diags[i].file ? diags[i].file : diag_filename, at,
			diags[i].msg);
	}
	if (limited)
		fprintf(stderr, "%s:%s: too many errors\n", limit_file ? limit_file : diag_filename,
			diag_pos_text(at, limit_pos));
	diag_discard();
	return n;
}

void diag_discard(void)
{
	for (int i = 0; i < ndiags; i++)
		free(diags[i].msg);
	free(diags);
	diags = NULL;
	ndiags = capdiags = ncalls = 0;
	limited = false;
	limit_file = NULL;
	last_syntax = last_other = diag_errpos = (Pos){0, 0};
	free(last_msg);
	last_msg = NULL;
}

_Noreturn void bug_at(const char *file, int line, const char *fmt, ...)
{
	fprintf(stderr, "%s:%d: internal error: ", file, line);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}
