// go_fmt_impl.h: what the files of the fmt package's printing share (not a
// public interface): the output buffer, the formatter's flags, and the
// scalar formatters (rt/go_fmt_buf.c, rt/go_fmt_scalar.c) that the value
// walker (rt/go_fmt.c) calls.
#ifndef GO_FMT_IMPL_H
#define GO_FMT_IMPL_H

#include "go_rt.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Buf {
	char *p;
	size_t len, cap;
} Buf;

typedef struct Fmt {
	Buf *b;
	bool plus, minus, sharp, space, zero;
	bool plusV, sharpV;     // %+v, %#v
	bool wid_set, prec_set;
	int wid, prec;
} Fmt;

void fmt_put(Buf *b, const void *s, size_t n);
void fmt_puts(Buf *b, const char *s);
void fmt_putc(Buf *b, char c);
void fmt_pad_n(Fmt *f, int n, char c);
void fmt_pad(Fmt *f, const char *s, size_t n);
void fmt_pad_str(Fmt *f, const char *s);
void fmt_integer(Fmt *f, uint64_t u, bool is_signed, int base, char verb, bool upper);
void fmt_quoted(Fmt *f, go_string s);
void fmt_int_verb(Fmt *f, uint64_t v, bool is_signed, char verb);
void fmt_shortest(double v, int bits, char *digs, int *nd, int *dp);
void fmt_format_shortest(Buf *b, double v, int bits, char verb);
void fmt_float(Fmt *f, double v, int bits, char verb);
void fmt_string(Fmt *f, go_string s, char verb);

// rt/go_fmt.c
void **fmt_map_keys(const go_type *t, go_map *m, int64_t *n, ptrdiff_t *delta);

// A struct field fmt may read through an interface: an exported name.
static inline bool fmt_exported(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}

// rt/go_fmt_gosyntax.c: %#v
void fmt_gosyntax(Fmt *f, const go_type *t, const void *p, int depth, bool can_iface);

#endif
