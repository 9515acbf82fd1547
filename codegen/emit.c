// emit.c: the one indenting printer, text sections and temporaries.
//
// Output is assembled in sections (types, prototypes, descriptors, globals,
// functions) so that a declaration can be produced when its first use is
// generated and still precede that use in the file. Each function body is
// built in its own section too: its locals and temporaries are declared at
// the top once the body is known.
#define CG_INTERNAL
#include "cgen.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void sect_put(Sect *s, const char *text, size_t n)
{
	if (s->len + n + 1 > s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 4096;
		while (cap < s->len + n + 1)
			cap *= 2;
		s->p = xrealloc(s->p, cap);
		s->cap = cap;
	}
	memcpy(s->p + s->len, text, n);
	s->len += n;
	s->p[s->len] = 0;
}

void sect_printf(Sect *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char small[512];
	char *buf = n < (int)sizeof small ? small : xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sect_put(s, buf, (size_t)n);
	if (buf != small)
		free(buf);
}

void cg_line(CGen *g, const char *fmt, ...)
{
	if (g->pre && g->pre->items.len)
		cg_pre_flush(g);
	// One Go statement takes several C lines: each gets the statement's
	// line (after `#line N`, C counts N+1, N+2...).
	if (g->last_line > 0 && g->pos_lines++ > 0)
		sect_printf(g->out, "#line %d %s\n", g->last_line, g->last_file);
	for (int i = 0; i < g->indent; i++)
		sect_put(g->out, "\t", 1);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *buf = xmalloc((size_t)n + 2);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf[n] = '\n';
	sect_put(g->out, buf, (size_t)n + 1);
	free(buf);
}

// #line keeps C diagnostics and gdb on the .mgo source. Emitted only when
// the line changes, before a statement.
void cg_pos(CGen *g, Pos pos)
{
	if (pos.line <= 0 || (pos.line == g->last_line && g->cur_file == g->last_file))
		return;
	g->last_line = pos.line;
	g->last_file = g->cur_file;
	g->pos_lines = 0;
	sect_printf(g->out, "#line %d %s\n", pos.line, g->cur_file);
}

// A node an inlined call copied carries its source line apart.
void cg_pos_node(CGen *g, Node *n)
{
	Pos p = n->pos;
	if (n->src_line)
		p.line = n->src_line;
	cg_pos(g, p);
}

const char *cg_fmt(CGen *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *buf = arena_zalloc(&g->arena, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return buf;
}

void cg_frame_bytes(CGen *g, int64_t n)
{
	g->frame_extra += n;
}

// Compound literals in generated code, (go_slice){p, n, n} and the like:
// at -O0 each is a temporary of its own in the frame. Counted from the
// function's text, by their C types' sizes (ctype_bytes; arrays of
// (go_string[]){...} by their elements).
static int64_t ctype_bytes(CGen *g, const char *ct);

void cg_frame_literals(CGen *g, const char *text, size_t len)
{
	char ct[64];
	for (size_t i = 1; i + 1 < len; i++) {
		// A statement expression's variable, GO_NILCHK's (GO_NILFIELD's) pointer:
		// temporaries at -O0 too.
		if (text[i] == '(' && text[i + 1] == '{')
			g->frame_extra += 16;
		else if (text[i] == 'G' && (strncmp(text + i, "GO_NILCHK(", 10) == 0 ||
		    strncmp(text + i, "GO_NILFIELD(", 12) == 0))
			g->frame_extra += 8;
		if (text[i] != ')' || text[i + 1] != '{')
			continue;
		size_t j = i;
		while (j > 0 && text[j - 1] != '(' && i - j < sizeof ct - 1)
			j--;
		if (j == 0 || text[j - 1] != '(')
			continue;
		size_t n = i - j;
		memcpy(ct, text + j, n);
		ct[n] = 0;
		if (n > 2 && ct[n - 2] == '[' && ct[n - 1] == ']') {
			ct[n - 2] = 0;
			size_t k = i + 2, elems = 1;
			for (int depth = 0; k < len && (depth || text[k] != '}'); k++) {
				depth += (text[k] == '(' || text[k] == '{') - (text[k] == ')' || text[k] == '}');
				elems += !depth && text[k] == ',';
			}
			g->frame_extra += (int64_t)elems * ctype_bytes(g, ct);
		} else {
			g->frame_extra += ctype_bytes(g, ct);
		}
	}
}

// The bytes of a temporary known by its C type only: pointers and scalars
// are words, the runtime's value types their size; anything else (a
// closure record) is guessed large enough by the caller's size class.
static int64_t ctype_bytes(CGen *g, const char *ct)
{
	int64_t sb = cg_struct_bytes(g, ct);
	if (sb)
		return sb;
	size_t n = strlen(ct);
	if (n && ct[n - 1] == '*')
		return 8;
	if (strcmp(ct, "go_slice") == 0)
		return 24;
	if (strcmp(ct, "go_string") == 0 || strcmp(ct, "go_iface") == 0)
		return 16;
	return strncmp(ct, "struct ", 7) == 0 || strncmp(ct, "go_", 3) == 0 ? 64 : 8;
}

static const char *tmp_decl(CGen *g, const char *ctype, int64_t bytes)
{
	const char *name = cg_fmt(g, "t%d_", ++g->ntmp);
	sect_printf(g->decls, "\t%s %s;\n", ctype, name);
	// A value wider than a register reaches it through another copy at -O0.
	cg_frame_bytes(g, bytes > 8 && bytes <= CG_LARGE_VALUE ? 2 * bytes : bytes);
	return name;
}

const char *cg_tmp_c(CGen *g, const char *ctype)
{
	return tmp_decl(g, ctype, ctype_bytes(g, ctype));
}

const char *cg_tmp_c_bytes(CGen *g, const char *ctype, int64_t bytes)
{
	return tmp_decl(g, ctype, bytes);
}

const char *cg_tmp(CGen *g, Type *t)
{
	// Package initialisation runs once: a large pointer-free temporary
	// (var a = [100 << 20]byte{42}) lives in static storage, not on the
	// C stack it would overflow.
	if (!g->fn && !g->fnlit && t->size >= (1 << 16) && !t->has_pointers) {
		const char *name = cg_fmt(g, "t%d_", ++g->ntmp);
		sect_printf(g->decls, "\tstatic %s %s;\n", cg_ctype(g, t), name);
		return name;
	}
	type_complete(t);
	return tmp_decl(g, cg_ctype(g, t), t->size > 8 ? t->size : 8);
}

// A temporary that only carries a value through its statement, and whose
// address the runtime is given: a received value, one being sent or boxed. Stacks are scanned conservatively, so
// left alone it would keep what it points at alive as long as its frame
// lives; Go's stack maps know it is dead. In main, or in a worker's loop,
// with an inlined callee's receive, that was a whole tree (binarytrees_sub
// peaked at 1.8 times Go's RSS). So cg_stmt clears these when their
// statement is done. Never for storage something may point to (the
// temporary behind a non-escaping &T{}): only value copies come here.
const char *cg_tmp_scratch(CGen *g, Type *t)
{
	const char *name = cg_tmp(g, t);
	// Wrappers and thunks generated meanwhile declare into sections of
	// their own, where no statement ends.
	if (t->has_pointers && g->decls == g->scratch_decls)
		vec_push(&g->arena, &g->scratch, name);
	return name;
}

// The clears are stores gcc keeps: each of these temporaries had its
// address passed to the runtime, so a later call could read it.
void cg_scratch_clear(CGen *g, int mark)
{
	for (int i = mark; i < g->scratch.len; i++)
		cg_line(g, "memset(&%s, 0, sizeof %s);", g->scratch.items[i], g->scratch.items[i]);
	g->scratch.len = mark;
}

// A C string literal holding exactly these bytes (Go strings may hold NULs
// and invalid UTF-8). Octal escapes are always three digits, so a following
// digit can never extend them.
const char *cg_cstring(CGen *g, Str s)
{
	Sect b = {0};
	sect_put(&b, "\"", 1);
	for (int64_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.ptr[i];
		if (c == '"' || c == '\\') {
			char e[2] = {'\\', (char)c};
			sect_put(&b, e, 2);
		} else if (c >= 0x20 && c < 0x7f && c != '?') {
			sect_put(&b, (const char *)&c, 1);
		} else {
			sect_printf(&b, "\\%03o", c);
		}
	}
	sect_put(&b, "\"", 1);
	const char *r = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return r;
}

void cg_unsupported(Pos pos, const char *what)
{
	diag_errorf(pos, "%s not supported", what);
}
