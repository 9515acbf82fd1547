// go_fmt_buf.c: fmt's output buffer and the padding of a formatted piece
// to the verb's width (Go's fmt.pad / padString).
#include "go_fmt_impl.h"

#include <stdlib.h>
#include <string.h>

// {==================== output buffer ====================

static void buf_grow(Buf *b, size_t n)
{
	if (b->len + n <= b->cap)
		return;
	size_t cap = b->cap ? b->cap * 2 : 64;
	while (cap < b->len + n)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p)
		abort();
	b->p = p;
	b->cap = cap;
}

void fmt_put(Buf *b, const void *s, size_t n)
{
	if (n == 0)
		return;  // s may be NULL for an empty string
	buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

void fmt_puts(Buf *b, const char *s)
{
	fmt_put(b, s, strlen(s));
}

void fmt_putc(Buf *b, char c)
{
	buf_grow(b, 1);
	b->p[b->len++] = c;
}

// }==================== formatter state ====================

void fmt_pad_n(Fmt *f, int n, char c)
{
	for (int i = 0; i < n; i++)
		fmt_putc(f->b, c);
}

// Count of runes, which is what Go's width counts.
static int rune_count(const char *s, size_t n)
{
	int k = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			k++;
	return k;
}

// Writes s padded to the width (spaces, or zeros when f->zero and not minus).
void fmt_pad(Fmt *f, const char *s, size_t n)
{
	if (!f->wid_set || f->wid == 0) {
		fmt_put(f->b, s, n);
		return;
	}
	int w = f->wid - rune_count(s, n);
	if (w <= 0) {
		fmt_put(f->b, s, n);
		return;
	}
	if (f->minus) {
		fmt_put(f->b, s, n);
		fmt_pad_n(f, w, ' ');
	} else {
		fmt_pad_n(f, w, f->zero ? '0' : ' ');
		fmt_put(f->b, s, n);
	}
}

void fmt_pad_str(Fmt *f, const char *s)
{
	fmt_pad(f, s, strlen(s));
}
