// go_fmt.c: the fmt package's printing, as Go 1.19 formats it.
//
// Arguments arrive as a []any (a go_slice of go_iface); values are walked
// through their go_type descriptors, the way fmt walks reflect.Values:
// handleMethods first (Error() / String() for %v %s %q %x %X and Print*),
// then the kind's formatter. Floats use the shortest representation that
// round-trips (strconv's 'g' with precision -1), found by trying %.Ne with
// increasing N. Maps print sorted by key (internal/fmtsort's order).
#include "go_rt.h"
#include "go_lib.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

// {==================== output buffer ====================

typedef struct Buf {
	char *p;
	size_t len, cap;
} Buf;

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

static void put(Buf *b, const void *s, size_t n)
{
	if (n == 0)
		return;  // s may be NULL for an empty string
	buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void puts_(Buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void putc_(Buf *b, char c)
{
	buf_grow(b, 1);
	b->p[b->len++] = c;
}

// }==================== formatter state ====================

typedef struct Fmt {
	Buf *b;
	bool plus, minus, sharp, space, zero;
	bool plusV, sharpV;     // %+v, %#v
	bool wid_set, prec_set;
	int wid, prec;
} Fmt;

static void pad_n(Fmt *f, int n, char c)
{
	for (int i = 0; i < n; i++)
		putc_(f->b, c);
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
static void pad(Fmt *f, const char *s, size_t n)
{
	if (!f->wid_set || f->wid == 0) {
		put(f->b, s, n);
		return;
	}
	int w = f->wid - rune_count(s, n);
	if (w <= 0) {
		put(f->b, s, n);
		return;
	}
	if (f->minus) {
		put(f->b, s, n);
		pad_n(f, w, ' ');
	} else {
		pad_n(f, w, f->zero ? '0' : ' ');
		put(f->b, s, n);
	}
}

static void pad_str(Fmt *f, const char *s)
{
	pad(f, s, strlen(s));
}

// }==================== integers ====================

// Go's fmtInteger: base, verb in {d,b,o,O,x,X,c,q,U,v}.
static void fmt_integer(Fmt *f, uint64_t u, bool is_signed, int base, char verb, bool upper)
{
	bool neg = is_signed && (int64_t)u < 0;
	if (neg)
		u = -u;
	char buf[96];
	int i = (int)sizeof buf;
	int prec = 0;
	bool zero_pad = false;
	if (f->prec_set) {
		prec = f->prec;
		if (prec == 0 && u == 0) {
			bool oz = f->zero;
			f->zero = false;
			pad_n(f, f->wid_set ? f->wid : 0, ' ');
			f->zero = oz;
			return;
		}
	} else if (f->zero && f->wid_set && !f->minus) {
		prec = f->wid;
		if (neg || f->plus || f->space)
			prec--;
		zero_pad = true;
	}
	(void)zero_pad;
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	if (u == 0)
		buf[--i] = '0';
	while (u) {
		buf[--i] = digits[u % (unsigned)base];
		u /= (unsigned)base;
	}
	while ((int)sizeof buf - i < prec && i > 8)
		buf[--i] = '0';
	if (f->sharp) {
		if (base == 8 && buf[i] != '0')
			buf[--i] = '0';
		else if (base == 16) {
			buf[--i] = upper ? 'X' : 'x';
			buf[--i] = '0';
		} else if (base == 2) {
			buf[--i] = 'b';
			buf[--i] = '0';
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (neg)
		buf[--i] = '-';
	else if (f->plus)
		buf[--i] = '+';
	else if (f->space)
		buf[--i] = ' ';
	bool oz = f->zero;
	f->zero = false;   // zeros already placed by precision
	pad(f, buf + i, sizeof buf - (size_t)i);
	f->zero = oz;
}

static void fmt_rune_char(Fmt *f, uint64_t r)
{
	uint8_t buf[4];
	if (r > 0x10FFFF)
		r = 0xFFFD;
	int n = go_encode_rune(buf, (int32_t)r);
	pad(f, (const char *)buf, (size_t)n);
}

static bool is_print(int32_t r)
{
	if (r < 0x20 || r == 0x7F)
		return false;
	if (r >= 0x80 && r < 0xA0)
		return false;
	if (r == 0xAD || r == 0xFFFD + 1 || (r >= 0xD800 && r <= 0xDFFF) || r > 0x10FFFF)
		return false;
	if (r == 0x2028 || r == 0x2029 || r == 0xFEFF)
		return false;
	return true;
}

// strconv.Quote / QuoteRune (ascii_only: the %+q forms).
static void quote_rune_into(Buf *b, int32_t r, char q, bool ascii_only, bool valid)
{
	char tmp[16];
	if (!valid) {
		snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)r & 0xFF);
		puts_(b, tmp);
		return;
	}
	if (r == q || r == '\\') {
		putc_(b, '\\');
		putc_(b, (char)r);
		return;
	}
	if (ascii_only ? (r < 0x7F && is_print(r)) : is_print(r)) {
		uint8_t u[4];
		put(b, u, (size_t)go_encode_rune(u, r));
		return;
	}
	switch (r) {
	case '\a': puts_(b, "\\a"); return;
	case '\b': puts_(b, "\\b"); return;
	case '\f': puts_(b, "\\f"); return;
	case '\n': puts_(b, "\\n"); return;
	case '\r': puts_(b, "\\r"); return;
	case '\t': puts_(b, "\\t"); return;
	case '\v': puts_(b, "\\v"); return;
	}
	if (r < ' ' || r == 0x7F)
		snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)r);
	else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		snprintf(tmp, sizeof tmp, "\\ufffd");
	else if (r < 0x10000)
		snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)r);
	else
		snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)r);
	puts_(b, tmp);
}

static void fmt_qc(Fmt *f, uint64_t r)
{
	Buf q = {0};
	putc_(&q, '\'');
	int32_t rr = r > 0x10FFFF ? 0xFFFD : (int32_t)r;
	quote_rune_into(&q, rr, '\'', f->plus, true);
	putc_(&q, '\'');
	pad(f, q.p, q.len);
	free(q.p);
}

static void fmt_int_verb(Fmt *f, uint64_t v, bool is_signed, char verb)
{
	switch (verb) {
	case 'v': case 'd':
		fmt_integer(f, v, is_signed, 10, verb, false);
		break;
	case 'b': fmt_integer(f, v, is_signed, 2, verb, false); break;
	case 'o': case 'O': fmt_integer(f, v, is_signed, 8, verb, false); break;
	case 'x': fmt_integer(f, v, is_signed, 16, verb, false); break;
	case 'X': fmt_integer(f, v, is_signed, 16, verb, true); break;
	case 'c': fmt_rune_char(f, v); break;
	case 'q': fmt_qc(f, v); break;
	case 'U': {
		char buf[32];
		snprintf(buf, sizeof buf, "U+%04llX", (unsigned long long)v);
		pad_str(f, buf);
		break;
	}
	}
}

// }==================== floats ====================

// Shortest decimal digits of v that read back as v (at the given bit size):
// digits without dot, count nd, decimal point position dp (value = 0.d * 10^dp).
static void shortest(double v, int bits, char *digs, int *nd, int *dp)
{
	char buf[64];
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, v);
		bool ok = bits == 32 ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v;
		if (ok || p == 17)
			break;
	}
	// buf = d.ddddde±XX
	int n = 0;
	char *s = buf;
	for (; *s && *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			digs[n++] = *s;
	int exp = atoi(s + 1);
	while (n > 1 && digs[n - 1] == '0')
		n--;
	digs[n] = 0;
	*nd = n;
	*dp = exp + 1;
	if (n == 1 && digs[0] == '0')
		*dp = 1;
}

// strconv.FormatFloat(v, 'g', -1, bits): shortest digits; %e form when the
// exponent is < -4 or >= 6 (the "shortest" eprec), else %f form.
static void format_shortest(Buf *b, double v, int bits)
{
	char digs[40];
	int nd, dp;
	if (signbit(v)) {
		putc_(b, '-');
		v = -v;
	}
	shortest(v, bits, digs, &nd, &dp);
	int exp = dp - 1;
	if (v != 0 && (exp < -4 || exp >= 6)) {
		putc_(b, digs[0]);
		if (nd > 1) {
			putc_(b, '.');
			put(b, digs + 1, (size_t)nd - 1);
		}
		char tmp[16];
		snprintf(tmp, sizeof tmp, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
		puts_(b, tmp);
		return;
	}
	if (v == 0) {
		putc_(b, '0');
	} else if (dp <= 0) {
		puts_(b, "0.");
		for (int i = 0; i < -dp; i++)
			putc_(b, '0');
		put(b, digs, (size_t)nd);
	} else if (dp >= nd) {
		put(b, digs, (size_t)nd);
		for (int i = nd; i < dp; i++)
			putc_(b, '0');
	} else {
		put(b, digs, (size_t)dp);
		putc_(b, '.');
		put(b, digs + dp, (size_t)(nd - dp));
	}
}

static void fmt_float(Fmt *f, double v, int bits, char verb)
{
	Buf tmp = {0};
	if (isnan(v) || isinf(v)) {
		const char *s = isnan(v) ? "NaN" : v > 0 ? (f->space && !f->plus ? " Inf" : "+Inf") : "-Inf";
		if (isnan(v) && f->plus)
			s = "+NaN";
		else if (isnan(v) && f->space)
			s = " NaN";
		bool oz = f->zero;
		f->zero = false;
		pad_str(f, s);
		f->zero = oz;
		return;
	}
	if (verb == 'v')
		verb = 'g';
	if (!f->prec_set && (verb == 'g' || verb == 'G')) {
		format_shortest(&tmp, v, bits);
		if (verb == 'G')
			for (size_t i = 0; i < tmp.len; i++)
				if (tmp.p[i] == 'e')
					tmp.p[i] = 'E';
	} else {
		char cfmt[16], out[512];
		int prec = f->prec_set ? f->prec : 6;
		char cv = verb == 'F' ? 'f' : verb;
		if (verb == 'x' || verb == 'X')
			cv = verb == 'x' ? 'a' : 'A';
		snprintf(cfmt, sizeof cfmt, "%%%s.%d%c", f->sharp ? "#" : "", prec, cv);
		snprintf(out, sizeof out, cfmt, v);
		puts_(&tmp, out);
	}
	// Sign handling and zero padding as Go's fmtFloat does.
	char *s = tmp.p;
	size_t n = tmp.len;
	Buf o = {0};
	if (s[0] != '-' && s[0] != '+') {
		if (f->plus)
			putc_(&o, '+');
		else if (f->space)
			putc_(&o, ' ');
	}
	put(&o, s, n);
	free(tmp.p);
	if (f->zero && f->wid_set && !f->minus && f->wid > (int)o.len) {
		int signlen = o.p[0] == '-' || o.p[0] == '+' || o.p[0] == ' ';
		put(f->b, o.p, (size_t)signlen);
		pad_n(f, f->wid - (int)o.len, '0');
		put(f->b, o.p + signlen, o.len - (size_t)signlen);
	} else {
		pad(f, o.p, o.len);
	}
	free(o.p);
}

// }==================== strings ====================

static void fmt_hex_bytes(Fmt *f, const uint8_t *p, int64_t n, bool upper)
{
	Buf o = {0};
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int64_t len = f->prec_set && f->prec < n ? f->prec : n;
	for (int64_t i = 0; i < len; i++) {
		if (f->space && i > 0)
			putc_(&o, ' ');
		if (f->sharp && (f->space || i == 0)) {
			putc_(&o, '0');
			putc_(&o, upper ? 'X' : 'x');
		}
		putc_(&o, digits[p[i] >> 4]);
		putc_(&o, digits[p[i] & 15]);
	}
	pad(f, o.p ? o.p : "", o.len);
	free(o.p);
}

static void fmt_quoted(Fmt *f, go_string s)
{
	Buf q = {0};
	bool backq = false;
	if (f->sharp) {
		backq = true;
		for (int64_t i = 0; i < s.len; i++) {
			uint8_t c = s.ptr[i];
			if (c == '`' || c == 0x7F || (c < ' ' && c != '\t'))
				backq = false;
		}
	}
	if (backq) {
		putc_(&q, '`');
		put(&q, s.ptr, (size_t)s.len);
		putc_(&q, '`');
	} else {
		putc_(&q, '"');
		int64_t w;
		for (int64_t i = 0; i < s.len; i += w) {
			int32_t r = go_decode_rune(s, i, &w);
			bool valid = !(r == 0xFFFD && w == 1);
			quote_rune_into(&q, valid ? r : s.ptr[i], '"', f->plus, valid);
		}
		putc_(&q, '"');
	}
	pad(f, q.p, q.len);
	free(q.p);
}

static void fmt_string(Fmt *f, go_string s, char verb)
{
	switch (verb) {
	case 'v': case 's': {
		int64_t n = s.len;
		if (f->prec_set) {
			// precision counts runes
			int64_t i = 0, w;
			for (int k = 0; k < f->prec && i < s.len; k++) {
				go_decode_rune(s, i, &w);
				i += w;
			}
			n = i;
		}
		pad(f, (const char *)s.ptr, (size_t)n);
		break;
	}
	case 'x': fmt_hex_bytes(f, s.ptr, s.len, false); break;
	case 'X': fmt_hex_bytes(f, s.ptr, s.len, true); break;
	case 'q': fmt_quoted(f, s); break;
	}
}

// }==================== values ====================

static void print_value(Fmt *f, const go_type *t, const void *p, char verb, int depth, bool can_iface);

static void bad_verb(Fmt *f, char verb, const go_type *t, const void *p);

static void fmt_pointer(Fmt *f, const void *ptr, char verb)
{
	char buf[40];
	uintptr_t u = (uintptr_t)ptr;
	switch (verb) {
	case 'v':
		if (!u) {
			pad_str(f, "<nil>");
			return;
		}
		snprintf(buf, sizeof buf, "0x%lx", (unsigned long)u);
		pad_str(f, buf);
		return;
	case 'p':
		snprintf(buf, sizeof buf, f->sharp ? "%lx" : "0x%lx", (unsigned long)u);
		pad_str(f, buf);
		return;
	case 'b': case 'o': case 'd': case 'x': case 'X': {
		bool os = f->sharp;
		if (verb != 'd')
			f->sharp = !f->sharp;   // Go shows 0x for %x of pointers
		fmt_int_verb(f, u, false, verb);
		f->sharp = os;
		return;
	}
	}
}

// Calls Error() or String() when the verb allows; true if it printed.
static bool handle_methods(Fmt *f, const go_type *t, const void *p, char verb)
{
	if (f->sharpV)
		return false;
	switch (verb) {
	case 'v': case 's': case 'x': case 'X': case 'q':
		break;
	default:
		return false;
	}
	const go_method *m = NULL;
	for (int i = 0; i < t->nmethods; i++) {
		const go_method *c = &t->methods[i];
		if (strcmp(c->sig, "func() string") == 0 &&
		    (strcmp(c->name, "Error") == 0 || (!m && strcmp(c->name, "String") == 0)))
			m = c;
	}
	if (!m)
		return false;
	void *data;
	if (t->flags & GO_TF_DIRECT) {
		memcpy(&data, p, sizeof data);
		if (t->kind == GO_KIND_PTR && !data) {
			pad_str(f, "<nil>");
			return true;
		}
	} else {
		data = (void *)p;
	}
	go_string s = ((go_string(*)(void *))m->ifn)(data);
	fmt_string(f, s, verb);
	return true;
}

static int key_cmp(const go_type *t, const void *a, const void *b);

static int iface_cmp(const go_type *t, const void *a, const void *b)
{
	const go_iface *x = a, *y = b;
	bool empty = t->flags & GO_TF_EMPTY_IFACE;
	const go_type *tx = empty ? go_eface_type(*x) : go_iface_type(*x);
	const go_type *ty = empty ? go_eface_type(*y) : go_iface_type(*y);
	if (!tx || !ty)
		return tx ? 1 : ty ? -1 : 0;
	if (tx != ty)
		return tx < ty ? -1 : 1;
	return key_cmp(tx, go_iface_dataptr(tx, &x->data), go_iface_dataptr(ty, &y->data));
}

// internal/fmtsort's ordering.
static int key_cmp(const go_type *t, const void *a, const void *b)
{
#define CMP(T) { T x = *(const T *)a, y = *(const T *)b; return x < y ? -1 : x > y ? 1 : 0; }
	switch (t->kind) {
	case GO_KIND_BOOL: CMP(bool)
	case GO_KIND_INT: case GO_KIND_INT64: CMP(int64_t)
	case GO_KIND_INT8: CMP(int8_t)
	case GO_KIND_INT16: CMP(int16_t)
	case GO_KIND_INT32: CMP(int32_t)
	case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR: CMP(uint64_t)
	case GO_KIND_UINT8: CMP(uint8_t)
	case GO_KIND_UINT16: CMP(uint16_t)
	case GO_KIND_UINT32: CMP(uint32_t)
	case GO_KIND_PTR: case GO_KIND_CHAN: CMP(uintptr_t)
	case GO_KIND_FLOAT32: case GO_KIND_FLOAT64: {
		double x = t->kind == GO_KIND_FLOAT32 ? *(const float *)a : *(const double *)a;
		double y = t->kind == GO_KIND_FLOAT32 ? *(const float *)b : *(const double *)b;
		if (x < y) return -1;
		if (x > y) return 1;
		if (isnan(x) && !isnan(y)) return -1;
		if (!isnan(x) && isnan(y)) return 1;
		return 0;
	}
	case GO_KIND_STRING:
		return go_string_cmp(*(const go_string *)a, *(const go_string *)b);
	case GO_KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			size_t off = (size_t)i * t->elem->size;
			int c = key_cmp(t->elem, (const char *)a + off, (const char *)b + off);
			if (c)
				return c;
		}
		return 0;
	case GO_KIND_STRUCT:
		for (int i = 0; i < t->nfields; i++) {
			const go_field *fl = &t->fields[i];
			int c = key_cmp(fl->type, (const char *)a + fl->offset, (const char *)b + fl->offset);
			if (c)
				return c;
		}
		return 0;
	case GO_KIND_IFACE:
		return iface_cmp(t, a, b);
	default:
		return 0;
	}
#undef CMP
}

static const go_type *sort_kt;
static int sort_cmp(const void *a, const void *b)
{
	return key_cmp(sort_kt, *(void *const *)a, *(void *const *)b);
}

static bool is_exported(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}

static void print_map(Fmt *f, const go_type *t, go_map *m, char verb, int depth, bool can_iface)
{
	puts_(f->b, "map[");
	int64_t n = go_map_len(m);
	void **keys = malloc(sizeof(void *) * (size_t)(n ? n : 1));
	go_map_iter it;
	go_map_iter_init(&it, m);
	int64_t k = 0;
	ptrdiff_t delta = 0;   // value address - key address, fixed per map
	while (go_map_iter_next(&it)) {
		if (k < n)
			keys[k++] = it.key;
		delta = (char *)it.val - (char *)it.key;
	}
	sort_kt = t->key;
	qsort(keys, (size_t)k, sizeof(void *), sort_cmp);
	for (int64_t i = 0; i < k; i++) {
		if (i > 0)
			putc_(f->b, ' ');
		print_value(f, t->key, keys[i], verb, depth + 1, can_iface);
		putc_(f->b, ':');
		print_value(f, t->elem, (char *)keys[i] + delta, verb, depth + 1, can_iface);
	}
	free(keys);
	putc_(f->b, ']');
}

static void print_value(Fmt *f, const go_type *t, const void *p, char verb, int depth, bool can_iface)
{
	if (depth > 0 && can_iface && t->nmethods && handle_methods(f, t, p, verb))
		return;
	switch (t->kind) {
	case GO_KIND_BOOL:
		if (verb == 'v' || verb == 't')
			pad_str(f, *(const bool *)p ? "true" : "false");
		else
			bad_verb(f, verb, t, p);
		return;
	case GO_KIND_INT: case GO_KIND_INT64: case GO_KIND_INT8: case GO_KIND_INT16:
	case GO_KIND_INT32: case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR:
	case GO_KIND_UINT8: case GO_KIND_UINT16: case GO_KIND_UINT32: {
		uint64_t v;
		bool sgn = t->kind <= GO_KIND_INT64;
		switch (t->size) {
		case 1: v = sgn ? (uint64_t)(int64_t)*(const int8_t *)p : *(const uint8_t *)p; break;
		case 2: v = sgn ? (uint64_t)(int64_t)*(const int16_t *)p : *(const uint16_t *)p; break;
		case 4: v = sgn ? (uint64_t)(int64_t)*(const int32_t *)p : *(const uint32_t *)p; break;
		default: v = *(const uint64_t *)p; break;
		}
		if (strchr("vdboOxXcqU", verb) && verb)
			fmt_int_verb(f, v, sgn, verb);
		else
			bad_verb(f, verb, t, p);
		return;
	}
	case GO_KIND_FLOAT32: case GO_KIND_FLOAT64: {
		double v = t->kind == GO_KIND_FLOAT32 ? *(const float *)p : *(const double *)p;
		if (strchr("vbgGxXfFeE", verb) && verb)
			fmt_float(f, v, t->kind == GO_KIND_FLOAT32 ? 32 : 64, verb);
		else
			bad_verb(f, verb, t, p);
		return;
	}
	case GO_KIND_STRING:
		if (strchr("vsxXq", verb) && verb)
			fmt_string(f, *(const go_string *)p, verb);
		else
			bad_verb(f, verb, t, p);
		return;
	case GO_KIND_MAP: {
		go_map *m = *(go_map *const *)p;
		if (verb == 'p') {
			fmt_pointer(f, m, verb);
			return;
		}
		print_map(f, t, m, verb, depth, can_iface);
		return;
	}
	case GO_KIND_STRUCT:
		putc_(f->b, '{');
		for (int i = 0; i < t->nfields; i++) {
			const go_field *fl = &t->fields[i];
			if (i > 0)
				putc_(f->b, ' ');
			if (f->plusV) {
				puts_(f->b, fl->name);
				putc_(f->b, ':');
			}
			print_value(f, fl->type, (const char *)p + fl->offset, verb, depth + 1,
				can_iface && is_exported(fl->name));
		}
		putc_(f->b, '}');
		return;
	case GO_KIND_IFACE: {
		const go_iface *i = p;
		const go_type *dt = t->flags & GO_TF_EMPTY_IFACE ? go_eface_type(*i) : go_iface_type(*i);
		if (!dt) {
			pad_str(f, "<nil>");
			return;
		}
		const void *dp = go_iface_dataptr(dt, &i->data);
		print_value(f, dt, dp, verb, depth + 1, can_iface);
		return;
	}
	case GO_KIND_ARRAY: case GO_KIND_SLICE: {
		const char *base;
		int64_t n;
		if (t->kind == GO_KIND_SLICE) {
			const go_slice *s = p;
			base = s->ptr;
			n = s->len;
			if (verb == 'p') {
				fmt_pointer(f, s->ptr, verb);
				return;
			}
		} else {
			base = p;
			n = t->len;
		}
		if (t->elem->kind == GO_KIND_UINT8 && (verb == 's' || verb == 'q' || verb == 'x' ||
		    verb == 'X')) {
			fmt_string(f, (go_string){(const uint8_t *)base, n}, verb);
			return;
		}
		putc_(f->b, '[');
		for (int64_t i = 0; i < n; i++) {
			if (i > 0)
				putc_(f->b, ' ');
			print_value(f, t->elem, base + (size_t)i * t->elem->size, verb, depth + 1, can_iface);
		}
		putc_(f->b, ']');
		return;
	}
	case GO_KIND_PTR: {
		const void *q = *(const void *const *)p;
		if (depth == 0 && q && (verb == 'v')) {
			switch (t->elem->kind) {
			case GO_KIND_ARRAY: case GO_KIND_SLICE: case GO_KIND_STRUCT: case GO_KIND_MAP:
				putc_(f->b, '&');
				print_value(f, t->elem, q, verb, depth + 1, can_iface);
				return;
			}
		}
		fmt_pointer(f, q, verb);
		return;
	}
	case GO_KIND_CHAN: case GO_KIND_FUNC:
		fmt_pointer(f, *(const void *const *)p, verb);
		return;
	}
}

// Formats one operand of Print*/Printf: Go's printArg.
static void print_arg(Fmt *f, go_iface arg, char verb)
{
	const go_type *t = go_eface_type(arg);
	if (!t) {
		if (verb == 'T' || verb == 'v')
			pad_str(f, "<nil>");
		else
			bad_verb(f, verb, NULL, NULL);
		return;
	}
	if (verb == 'T') {
		fmt_string(f, go_cstring(t->str), 's');
		return;
	}
	const void *p = go_iface_dataptr(t, &arg.data);
	if (verb == 'p') {
		switch (t->kind) {
		case GO_KIND_PTR: case GO_KIND_MAP: case GO_KIND_CHAN: case GO_KIND_FUNC:
			fmt_pointer(f, *(const void *const *)p, 'p');
			return;
		case GO_KIND_SLICE:
			fmt_pointer(f, ((const go_slice *)p)->ptr, 'p');
			return;
		default:
			bad_verb(f, verb, t, p);
			return;
		}
	}
	if (t->nmethods && handle_methods(f, t, p, verb))
		return;
	print_value(f, t, p, verb, 0, true);
}

static void bad_verb(Fmt *f, char verb, const go_type *t, const void *p)
{
	Buf *b = f->b;
	puts_(b, "%!");
	putc_(b, verb);
	putc_(b, '(');
	if (!t) {
		puts_(b, "<nil>");
	} else {
		puts_(b, t->str);
		putc_(b, '=');
		Fmt g = {.b = b};
		print_value(&g, t, p, 'v', 0, true);
	}
	putc_(b, ')');
}

// }==================== entry points ====================

static void do_print(Buf *b, go_slice args, bool ln)
{
	const go_iface *a = args.ptr;
	bool prev_string = false;
	for (int64_t i = 0; i < args.len; i++) {
		const go_type *t = go_eface_type(a[i]);
		bool is_string = t && t->kind == GO_KIND_STRING;
		if (i > 0 && (ln || (!is_string && !prev_string)))
			putc_(b, ' ');
		Fmt f = {.b = b};
		print_arg(&f, a[i], 'v');
		prev_string = is_string;
	}
	if (ln)
		putc_(b, '\n');
}

static void do_printf(Buf *b, go_string format, go_slice args)
{
	const go_iface *a = args.ptr;
	int64_t argn = 0;
	const uint8_t *s = format.ptr;
	int64_t n = format.len;
	for (int64_t i = 0; i < n;) {
		int64_t start = i;
		while (i < n && s[i] != '%')
			i++;
		if (i > start)
			put(b, s + start, (size_t)(i - start));
		if (i >= n)
			break;
		i++;   // skip %
		Fmt f = {.b = b};
		for (; i < n; i++) {
			switch (s[i]) {
			case '#': f.sharp = true; continue;
			case '0': f.zero = !f.minus; continue;
			case '+': f.plus = true; continue;
			case '-': f.minus = true; f.zero = false; continue;
			case ' ': f.space = true; continue;
			}
			break;
		}
		// width
		if (i < n && s[i] == '*') {
			i++;
			if (argn < args.len && go_eface_type(a[argn]) &&
			    go_eface_type(a[argn])->kind == GO_KIND_INT) {
				f.wid = (int)*(const int64_t *)a[argn].data;
				f.wid_set = true;
				if (f.wid < 0) {
					f.minus = true;
					f.wid = -f.wid;
					f.zero = false;
				}
			} else {
				puts_(b, "%!(BADWIDTH)");
			}
			argn++;
		} else {
			while (i < n && s[i] >= '0' && s[i] <= '9') {
				f.wid = f.wid * 10 + (s[i] - '0');
				f.wid_set = true;
				i++;
			}
		}
		if (i < n && s[i] == '.') {
			i++;
			f.prec_set = true;
			if (i < n && s[i] == '*') {
				i++;
				if (argn < args.len && go_eface_type(a[argn]) &&
				    go_eface_type(a[argn])->kind == GO_KIND_INT) {
					f.prec = (int)*(const int64_t *)a[argn].data;
					if (f.prec < 0) {
						f.prec = 0;
						f.prec_set = false;
					}
				} else {
					puts_(b, "%!(BADPREC)");
				}
				argn++;
			} else {
				while (i < n && s[i] >= '0' && s[i] <= '9') {
					f.prec = f.prec * 10 + (s[i] - '0');
					i++;
				}
			}
		}
		if (i >= n) {
			puts_(b, "%!(NOVERB)");
			break;
		}
		int64_t w = 1;
		int32_t verb = s[i] < 0x80 ? s[i] : go_decode_rune(format, i, &w);
		i += w;
		if (verb == '%') {
			putc_(b, '%');
			continue;
		}
		if (argn >= args.len) {
			puts_(b, "%!");
			char vb[4];
			put(b, vb, (size_t)go_encode_rune((uint8_t *)vb, verb));
			puts_(b, "(MISSING)");
			continue;
		}
		if (verb == 'v') {
			if (f.sharp) {
				f.sharp = false;
				f.sharpV = true;
			}
			if (f.plus) {
				f.plus = false;
				f.plusV = true;
			}
		}
		print_arg(&f, a[argn++], (char)verb);
	}
	if (argn < args.len) {
		puts_(b, "%!(EXTRA ");
		for (; argn < args.len; argn++) {
			const go_type *t = go_eface_type(a[argn]);
			puts_(b, t ? t->str : "<nil>");
			if (t) {
				putc_(b, '=');
				Fmt f = {.b = b};
				print_arg(&f, a[argn], 'v');
			}
			if (argn + 1 < args.len)
				puts_(b, ", ");
		}
		putc_(b, ')');
	}
}

static void flush_stdout(Buf *b)
{
	fwrite(b->p, 1, b->len, stdout);
	free(b->p);
}

static go_string to_string(Buf *b)
{
	go_string s = go_string_from_bytes(b->p, (int64_t)b->len);
	free(b->p);
	return s;
}

void go_fmt_println(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, true);
	flush_stdout(&b);
}

void go_fmt_print(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, false);
	flush_stdout(&b);
}

void go_fmt_printf(go_string format, go_slice args)
{
	Buf b = {0};
	do_printf(&b, format, args);
	flush_stdout(&b);
}

go_string go_fmt_sprintf(go_string format, go_slice args)
{
	Buf b = {0};
	do_printf(&b, format, args);
	return to_string(&b);
}

go_string go_fmt_sprint(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, false);
	return to_string(&b);
}

go_string go_fmt_sprintln(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, true);
	return to_string(&b);
}

// fmt.Errorf without %w returns *errors.errorString{s}.
static go_string errorString_Error(void *data)
{
	return *(go_string *)data;
}
static const go_method errorString_methods[] = {
	{"Error", "func() string", (void *)errorString_Error},
};
static const uint8_t ptr_mask[] = {1};
const go_type go_type_errors_errorString = {sizeof(void *), GO_KIND_PTR,
	GO_TF_COMPARABLE | GO_TF_DIRECT, "*errors.errorString", 0, 0, 0, 0, 0, 1,
	errorString_methods, 0, 0, ptr_mask};

// fmt.Errorf with a %w verb returns *fmt.wrapError{msg, err}, whose
// Unwrap gives err back (errors.Is/As/Unwrap in rt/go_errors.c).
typedef struct wrap_error {
	go_string msg;
	go_iface err;
} wrap_error;

static go_string wrapError_Error(void *data)
{
	return ((wrap_error *)data)->msg;
}

static go_iface wrapError_Unwrap(void *data)
{
	return ((wrap_error *)data)->err;
}

static const go_method wrapError_methods[] = {
	{"Error", "func() string", (void *)wrapError_Error},
	{"Unwrap", "func() error", (void *)wrapError_Unwrap},
};
static const go_type go_type_fmt_wrapError = {sizeof(void *), GO_KIND_PTR,
	GO_TF_COMPARABLE | GO_TF_DIRECT, "*fmt.wrapError", 0, 0, 0, 0, 0, 2,
	wrapError_methods, 0, 0, ptr_mask};

// The operand index of the first %w verb of format (rewritten to %v in
// *out, which is a copy), or -1.
static int64_t find_w(go_string format, char *out)
{
	memcpy(out, format.ptr, (size_t)format.len);
	int64_t arg = 0;
	for (int64_t i = 0; i < format.len; i++) {
		if (out[i] != '%')
			continue;
		i++;
		if (i < format.len && out[i] == '%')
			continue;
		while (i < format.len && strchr("+-# 0123456789.*[]", out[i])) {
			if (out[i] == '*')
				arg++;
			i++;
		}
		if (i >= format.len)
			break;
		if (out[i] == 'w') {
			out[i] = 'v';
			return arg;
		}
		arg++;
	}
	return -1;
}

go_iface go_fmt_errorf(go_string format, go_slice args)
{
	char *f = malloc((size_t)format.len + 1);
	int64_t w = find_w(format, f);
	go_iface *a = args.ptr;
	if (w >= 0 && w < args.len && a[w].tab) {
		const go_type *t = go_eface_type(a[w]);
		const go_itab *etab = go_getitab(&go_type_error, t, NULL);
		if (etab) {
			static const uint8_t mask[] = {0x0d};   // msg.ptr, err.tab, err.data
			wrap_error *e = go_new_masked(sizeof *e, mask, 4);
			e->msg = go_fmt_sprintf((go_string){(const uint8_t *)f, format.len}, args);
			e->err = (go_iface){etab, a[w].data};
			free(f);
			static const go_itab *tab;
			if (!tab)
				tab = go_getitab(&go_type_error, &go_type_fmt_wrapError, NULL);
			return (go_iface){tab, e};
		}
	}
	go_string *s = go_new_t(&go_type_string);
	*s = go_fmt_sprintf(w >= 0 ? (go_string){(const uint8_t *)f, format.len} : format, args);
	free(f);
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_error, &go_type_errors_errorString, NULL);
	return (go_iface){tab, s};
}

// {==================== for the library (go_lib.h) ====================

void go_fmt_format(go_lib_buf *out, int kind, go_string format, go_slice args)
{
	Buf b = {0};
	if (kind == GO_FMT_PRINTF)
		do_printf(&b, format, args);
	else
		do_print(&b, args, kind == GO_FMT_PRINTLN);
	go_lib_buf_put(out, b.p, (int64_t)b.len);
	free(b.p);
}

void go_fmt_shortest(double v, int bits, char *digs, int *nd, int *dp)
{
	shortest(v, bits, digs, nd, dp);
}

go_string go_fmt_format_shortest(double v, int bits)
{
	Buf b = {0};
	format_shortest(&b, v, bits);
	return to_string(&b);
}
