// go_fmt_scalar.c: fmt's formatting of scalars as Go 1.19 does it: integers
// in every base and verb, runes and quoted runes, floats (the shortest
// representation that round-trips, strconv's 'g' with precision -1, found
// by trying %.Ne with increasing N) and strings (%s %q %x).
#include "go_fmt_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// }==================== integers ====================

// Go's fmtInteger: base, verb in {d,b,o,O,x,X,c,q,U,v}.
void fmt_integer(Fmt *f, uint64_t u, bool is_signed, int base, char verb, bool upper)
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
			fmt_pad_n(f, f->wid_set ? f->wid : 0, ' ');
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
	fmt_pad(f, buf + i, sizeof buf - (size_t)i);
	f->zero = oz;
}

static void fmt_rune_char(Fmt *f, uint64_t r)
{
	uint8_t buf[4];
	if (r > 0x10FFFF)
		r = 0xFFFD;
	int n = go_encode_rune(buf, (int32_t)r);
	fmt_pad(f, (const char *)buf, (size_t)n);
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
		fmt_puts(b, tmp);
		return;
	}
	if (r == q || r == '\\') {
		fmt_putc(b, '\\');
		fmt_putc(b, (char)r);
		return;
	}
	if (ascii_only ? (r < 0x7F && is_print(r)) : is_print(r)) {
		uint8_t u[4];
		fmt_put(b, u, (size_t)go_encode_rune(u, r));
		return;
	}
	switch (r) {
	case '\a': fmt_puts(b, "\\a"); return;
	case '\b': fmt_puts(b, "\\b"); return;
	case '\f': fmt_puts(b, "\\f"); return;
	case '\n': fmt_puts(b, "\\n"); return;
	case '\r': fmt_puts(b, "\\r"); return;
	case '\t': fmt_puts(b, "\\t"); return;
	case '\v': fmt_puts(b, "\\v"); return;
	}
	if (r < ' ' || r == 0x7F)
		snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)r);
	else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		snprintf(tmp, sizeof tmp, "\\ufffd");
	else if (r < 0x10000)
		snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)r);
	else
		snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)r);
	fmt_puts(b, tmp);
}

static void fmt_qc(Fmt *f, uint64_t r)
{
	Buf q = {0};
	fmt_putc(&q, '\'');
	int32_t rr = r > 0x10FFFF ? 0xFFFD : (int32_t)r;
	quote_rune_into(&q, rr, '\'', f->plus, true);
	fmt_putc(&q, '\'');
	fmt_pad(f, q.p, q.len);
	free(q.p);
}

void fmt_int_verb(Fmt *f, uint64_t v, bool is_signed, char verb)
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
		fmt_pad_str(f, buf);
		break;
	}
	}
}

// }==================== floats ====================

// fmt_shortest (the shortest digits that read back as v) is in go_ftoa.c.

// strconv.FormatFloat(v, verb, -1, bits): the shortest digits laid out as
// Go's fmtE (verb 'e', 'E') or fmtF ('f'); 'g' and 'G' take the %e form when
// the exponent is < -4 or >= 6 (the "shortest" eprec), else the %f form.
// Not printf with the digits' count: that prints the binary value's own
// digits (1e23 as 99999999999999991611392).
void fmt_format_shortest(Buf *b, double v, int bits, char verb)
{
	char digs[40];
	int nd, dp;
	if (signbit(v)) {
		fmt_putc(b, '-');
		v = -v;
	}
	fmt_shortest(v, bits, digs, &nd, &dp);
	int exp = v == 0 ? 0 : dp - 1;
	bool eform = verb == 'e' || verb == 'E' ||
		((verb == 'g' || verb == 'G') && (exp < -4 || exp >= 6));
	if (eform) {
		fmt_putc(b, digs[0]);
		if (nd > 1) {
			fmt_putc(b, '.');
			fmt_put(b, digs + 1, (size_t)nd - 1);
		}
		char tmp[16];
		snprintf(tmp, sizeof tmp, "%c%c%02d", verb == 'E' || verb == 'G' ? 'E' : 'e',
			exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
		fmt_puts(b, tmp);
		return;
	}
	if (dp <= 0) {
		fmt_puts(b, "0.");
		for (int i = 0; i < -dp; i++)
			fmt_putc(b, '0');
		fmt_put(b, digs, (size_t)nd);
	} else if (dp >= nd) {
		fmt_put(b, digs, (size_t)nd);
		for (int i = nd; i < dp; i++)
			fmt_putc(b, '0');
	} else {
		fmt_put(b, digs, (size_t)dp);
		fmt_putc(b, '.');
		fmt_put(b, digs + dp, (size_t)(nd - dp));
	}
}

// %#g without a precision, as Go's fmtFloat: the shortest digits, then a
// decimal point if there is none and zeros up to 6 significant digits, the
// exponent kept at the end ("1.00000", "1.00000e+20", "0.125000").
static void sharp_pad(Buf *num)
{
	int digits = 6;
	size_t i = num->len && (num->p[0] == '-' || num->p[0] == '+'), end = num->len;
	bool point = false, nonzero = false;
	for (size_t k = i; k < num->len; k++) {
		char c = num->p[k];
		if (c == 'e' || c == 'E') {
			end = k;
			break;
		}
		if (c == '.') {
			point = true;
			continue;
		}
		nonzero |= c != '0';
		digits -= nonzero;
	}
	Buf out = {0};
	fmt_put(&out, num->p, end);
	if (!point) {
		if (end - i == 1 && num->p[i] == '0')   // a lone 0 counts once
			digits--;
		fmt_putc(&out, '.');
	}
	for (; digits > 0; digits--)
		fmt_putc(&out, '0');
	fmt_put(&out, num->p + end, num->len - end);
	free(num->p);
	*num = out;
}

// %x and %X of a finite float, as Go's strconv 'x' format: a normalised
// hex mantissa ("0x1.8p+01"), the shortest that is exact when prec < 0,
// else rounded half to even to prec hex digits; an exponent of at least
// two digits. float32s keep their own mantissa width.
static void format_hex(Buf *b, double v, int bits, int prec, bool upper)
{
	// The IEEE fields of the float at its own width.
	uint64_t u;
	int mantbits = bits == 32 ? 23 : 52, expbits = bits == 32 ? 8 : 11;
	if (bits == 32) {
		float f32 = (float)v;
		uint32_t u32;
		memcpy(&u32, &f32, 4);
		u = u32;
	} else {
		memcpy(&u, &v, 8);
	}
	uint64_t mant = u & (((uint64_t)1 << mantbits) - 1);
	int exp = (int)(u >> mantbits) & ((1 << expbits) - 1);
	if (exp == 0)   // subnormal
		exp++;
	else
		mant |= (uint64_t)1 << mantbits;
	exp -= (1 << (expbits - 1)) - 1;
	if (mant == 0)
		exp = 0;
	mant <<= 60 - mantbits;   // the leading 1, if any, at bit 60
	while (mant != 0 && !(mant & ((uint64_t)1 << 60))) {
		mant <<= 1;
		exp--;
	}
	if (prec >= 0 && prec < 15) {
		unsigned shift = (unsigned)prec * 4;
		uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
		mant >>= 60 - shift;
		if ((extra | (mant & 1)) > (uint64_t)1 << 59)
			mant++;
		mant <<= 60 - shift;
		if (mant & ((uint64_t)1 << 61)) {   // rounded up to 2.0
			mant >>= 1;
			exp++;
		}
	}
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	if (signbit(v))
		fmt_putc(b, '-');
	fmt_putc(b, '0');
	fmt_putc(b, upper ? 'X' : 'x');
	fmt_putc(b, (char)('0' + ((mant >> 60) & 1)));
	mant <<= 4;
	if ((prec < 0 && mant != 0) || prec > 0) {
		fmt_putc(b, '.');
		for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
			fmt_putc(b, hex[(mant >> 60) & 15]);
			mant <<= 4;
		}
	}
	char tail[16];
	snprintf(tail, sizeof tail, "%c%c%02d", upper ? 'P' : 'p', exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
	fmt_puts(b, tail);
}

void fmt_float(Fmt *f, double v, int bits, char verb)
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
		fmt_pad_str(f, s);
		f->zero = oz;
		return;
	}
	if (verb == 'v')
		verb = 'g';
	// The digits: Go's shortest form, or C's printf with the precision
	// (correctly rounded, as Go's), into a stack buffer unless very long.
	char out[512], *s = out, *heap = NULL;
	size_t n;
	if (!f->prec_set && (verb == 'g' || verb == 'G')) {
		fmt_format_shortest(&tmp, v, bits, verb);
		if (f->sharp)
			sharp_pad(&tmp);
		s = tmp.p;
		n = tmp.len;
	} else if ((verb == 'x' || verb == 'X') && !f->sharp) {
		format_hex(&tmp, v, bits, f->prec_set ? f->prec : -1, verb == 'X');
		s = tmp.p;
		n = tmp.len;
	} else {
		int prec = f->prec_set ? f->prec : 6;
		char cv = verb == 'F' ? 'f' : verb;
		if (verb == 'x' || verb == 'X')
			cv = verb == 'x' ? 'a' : 'A';
		char cfmt[8];
		const char *head = f->sharp ? "%#.*" : "%.*";
		size_t k = strlen(head);
		memcpy(cfmt, head, k);
		cfmt[k] = cv;
		cfmt[k + 1] = 0;
		int len = snprintf(out, sizeof out, cfmt, prec, v);
		if (len >= (int)sizeof out) {   // %.600f and the like
			heap = malloc((size_t)len + 1);
			snprintf(heap, (size_t)len + 1, cfmt, prec, v);
			s = heap;
		}
		n = len > 0 ? (size_t)len : 0;
	}
	// Sign handling and zero padding as Go's fmtFloat does.
	char sign = 0;
	if (s[0] != '-' && s[0] != '+')
		sign = f->plus ? '+' : f->space ? ' ' : 0;
	size_t total = n + (sign != 0);
	if (f->zero && f->wid_set && !f->minus && f->wid > (int)total) {
		size_t signlen = sign ? 0 : (s[0] == '-' || s[0] == '+');
		if (sign)
			fmt_putc(f->b, sign);
		fmt_put(f->b, s, signlen);
		fmt_pad_n(f, f->wid - (int)total, '0');
		fmt_put(f->b, s + signlen, n - signlen);
	} else if (!sign) {
		fmt_pad(f, s, n);
	} else {
		Buf o = {0};
		fmt_putc(&o, sign);
		fmt_put(&o, s, n);
		fmt_pad(f, o.p, o.len);
		free(o.p);
	}
	free(tmp.p);
	free(heap);
}

// }==================== strings ====================

static void fmt_hex_bytes(Fmt *f, const uint8_t *p, int64_t n, bool upper)
{
	Buf o = {0};
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int64_t len = f->prec_set && f->prec < n ? f->prec : n;
	for (int64_t i = 0; i < len; i++) {
		if (f->space && i > 0)
			fmt_putc(&o, ' ');
		if (f->sharp && (f->space || i == 0)) {
			fmt_putc(&o, '0');
			fmt_putc(&o, upper ? 'X' : 'x');
		}
		fmt_putc(&o, digits[p[i] >> 4]);
		fmt_putc(&o, digits[p[i] & 15]);
	}
	fmt_pad(f, o.p ? o.p : "", o.len);
	free(o.p);
}

void fmt_quoted(Fmt *f, go_string s)
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
		fmt_putc(&q, '`');
		fmt_put(&q, s.ptr, (size_t)s.len);
		fmt_putc(&q, '`');
	} else {
		fmt_putc(&q, '"');
		int64_t w;
		for (int64_t i = 0; i < s.len; i += w) {
			int32_t r = go_decode_rune(s, i, &w);
			bool valid = !(r == 0xFFFD && w == 1);
			quote_rune_into(&q, valid ? r : s.ptr[i], '"', f->plus, valid);
		}
		fmt_putc(&q, '"');
	}
	fmt_pad(f, q.p, q.len);
	free(q.p);
}

void fmt_string(Fmt *f, go_string s, char verb)
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
		fmt_pad(f, (const char *)s.ptr, (size_t)n);
		break;
	}
	case 'x': fmt_hex_bytes(f, s.ptr, s.len, false); break;
	case 'X': fmt_hex_bytes(f, s.ptr, s.len, true); break;
	case 'q': fmt_quoted(f, s); break;
	}
}
