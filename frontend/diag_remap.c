// diag_remap.c: the -m output under //line directives, placed as Go places it.
//
// Errors are mapped when reported (diag.c). The -m writers (escape
// analysis, inliner, their -m=2 explanations with "at FILE:L:C" inside)
// print positions of the file itself, in many places; Go prints every one
// under the directive in force, with that directive's file, line and (only
// when the directive gave one) column. So while they write, stderr is a
// stream that rewrites each finished line before passing it on. Without
// directives nothing is installed and the output is untouched.
#define _GNU_SOURCE
#include "diag.h"
#include "arena.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Reads "L" or "L:C" at s (digits only); returns the characters used, 0
// when s does not start with a line number.
static size_t read_pos(const char *s, Pos *p)
{
	const char *e = s;
	long line = 0, col = 0;
	if (!isdigit((unsigned char)*e))
		return 0;
	while (isdigit((unsigned char)*e) && line < 100000000)
		line = line * 10 + (*e++ - '0');
	// A line printed without a column: Go did not know the column.
	col = DIAG_COL_MAX;
	if (*e == ':' && isdigit((unsigned char)e[1])) {
		col = 0;
		e++;
		while (isdigit((unsigned char)*e) && col < 100000000)
			col = col * 10 + (*e++ - '0');
	}
	if (isdigit((unsigned char)*e))
		return 0;
	*p = (Pos){(int)line, (int)col};
	return (size_t)(e - s);
}

char *diag_remap_text(const char *s)
{
	if (!diag_has_line_bases() || !diag_filename || !*diag_filename)
		return NULL;
	size_t flen = strlen(diag_filename);
	StrBuf out = {0};
	bool changed = false;
	const char *from = s;
	for (const char *p = strstr(s, diag_filename); p; p = strstr(p, diag_filename)) {
		Pos pos;
		size_t n = p[flen] == ':' ? read_pos(p + flen + 1, &pos) : 0;
		if (n == 0) {
			p += flen;
			continue;
		}
		char at[4096];
		strbuf_putf(&out, "%.*s%s", (int)(p - from), from, diag_at(at, sizeof at, pos));
		changed = true;
		p += flen + 1 + n;
		from = p;
	}
	if (!changed) {
		free(out.p);
		return NULL;
	}
	strbuf_put(&out, from);
	return out.p;
}

// The stream that stands in for stderr: lines are gathered, rewritten
// and written to the real stderr.
static FILE *real_stderr;
static StrBuf pending;

static void flush_line(const char *line)
{
	char *m = diag_remap_text(line);
	fputs(m ? m : line, real_stderr);
	free(m);
}

static ssize_t remap_write(void *cookie, const char *buf, size_t size)
{
	(void)cookie;
	size_t i = 0;
	while (i < size) {
		const char *nl = memchr(buf + i, '\n', size - i);
		size_t n = nl ? (size_t)(nl - (buf + i)) + 1 : size - i;
		strbuf_putf(&pending, "%.*s", (int)n, buf + i);
		i += n;
		if (nl) {
			flush_line(pending.p);
			pending.len = 0;
			pending.p[0] = 0;
		}
	}
	return (ssize_t)size;
}

static int remap_close(void *cookie)
{
	(void)cookie;
	if (pending.len)
		flush_line(pending.p);
	free(pending.p);
	pending = (StrBuf){0};
	fflush(real_stderr);
	return 0;
}

void diag_remap_stderr_begin(void)
{
	if (real_stderr || !diag_has_line_bases())
		return;
	fflush(stderr);
	FILE *f = fopencookie(NULL, "w", (cookie_io_functions_t){
		.write = remap_write, .close = remap_close});
	if (!f)
		return;
	real_stderr = stderr;
	stderr = f;
}

void diag_remap_stderr_end(void)
{
	if (!real_stderr)
		return;
	FILE *f = stderr;
	stderr = real_stderr;
	fclose(f);   // writes the last line through real_stderr
	real_stderr = NULL;
}
