// const_float.c: the values of untyped float constants.
//
// Go computes float constants exactly (rationals, or 512-bit floats) and
// rounds once, when a constant gets a type: 0.1 + 0.2 is 0.3, not
// 0.30000000000000004. mgo keeps them as IEEE binary128 values (113-bit
// significands, exponents to ±16383): literals are rounded once from their
// exact decimal value, arithmetic rounds to 113 bits, and conversion to
// float64 or float32 rounds once more, to nearest even. binary128 arithmetic
// is done by the C compiler's runtime (libgcc), with no other library.
#include "check.h"
#include "bigint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { QUAD_BITS = 113 };

// x * 2^e, exact unless it overflows or underflows binary128.
static cf_quad scale2(cf_quad x, int e)
{
	const cf_quad two64 = 18446744073709551616.0;
	while (e >= 64) {
		x *= two64;
		e -= 64;
	}
	while (e <= -64) {
		x /= two64;
		e += 64;
	}
	if (e > 0)
		x *= (cf_quad)((uint64_t)1 << e);
	else if (e < 0)
		x /= (cf_quad)((uint64_t)1 << -e);
	return x;
}

// m * 2^e2 rounded to `bits` bits (113 at most), to nearest even; sticky
// says that nonzero bits below m's last were dropped before (a division's
// remainder).
static cf_quad round_bits(const Big *m, bool sticky, int e2, int bits)
{
	int n = big_bitlen(m);
	Big t = *m;
	t.neg = false;
	if (n > bits) {
		int drop = n - bits;
		bool half = mag_bit(&t, drop - 1);
		for (int i = 0; i < drop - 1 && !sticky; i++)
			sticky = mag_bit(&t, i);
		mag_shr(&t, &t, drop);
		e2 += drop;
		if (half && (sticky || (t.w[0] & 1))) {
			Big one = {0};
			one.w[0] = 1;
			mag_add(&t, &t, &one);   // 2^113 at worst: still exact in binary128
		}
	}
	// At most 114 bits: two limbs, each converted exactly.
	cf_quad q = (cf_quad)t.w[1] * 18446744073709551616.0 + (cf_quad)t.w[0];
	q = scale2(q, e2);
	return m->neg ? -q : q;
}

static cf_quad round_big(const Big *m, bool sticky, int e2)
{
	return round_bits(m, sticky, e2, QUAD_BITS);
}

cf_quad cf_from_big(const Big *m)
{
	return round_big(m, false, 0);
}

// 10^k as a Big; false when it does not fit with room to spare.
static bool pow10_big(Big *r, int k)
{
	Big ten = {0};
	memset(r, 0, sizeof *r);
	r->w[0] = 1;
	ten.w[0] = 10;
	for (int i = 0; i < k; i++) {
		if (big_bitlen(r) + 4 > (BIG_LIMBS - 4) * 64)
			return false;
		big_mul(r, r, &ten);
	}
	return true;
}

// digits * 10^exp10 (decimal) or digits * 2^exp2 (hexadecimal), rounded once.
static bool scaled(const Big *digits, int exp10, int exp2, cf_quad *out)
{
	if (big_is_zero(digits)) {
		*out = 0;
		return true;
	}
	if (exp10 >= 0) {
		Big p, r;
		if (!pow10_big(&p, exp10) || big_bitlen(digits) + big_bitlen(&p) > (BIG_LIMBS - 2) * 64)
			return false;
		big_mul(&r, digits, &p);
		*out = round_big(&r, false, exp2);
		return true;
	}
	// digits / 10^-exp10: a quotient of at least 115 bits and the remainder
	// as the sticky bit round correctly.
	Big p, num, q, rem;
	if (!pow10_big(&p, -exp10))
		return false;
	int shift = QUAD_BITS + 2 + big_bitlen(&p) - big_bitlen(digits);
	if (shift < 0)
		shift = 0;
	if (big_bitlen(digits) + shift > (BIG_LIMBS - 2) * 64)
		return false;
	mag_shl(&num, digits, shift);
	num.neg = false;
	big_divmod(&q, &rem, &num, &p);
	*out = round_big(&q, !big_is_zero(&rem), exp2 - shift);
	return true;
}

bool cf_parse(const char *s, cf_quad *out)
{
	Big digits = {0};
	int base = 10, frac = 0, exp = 0;
	bool dot = false;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16, s += 2;
	for (; *s; s++) {
		int d;
		if (*s == '_')
			continue;
		if (*s == '.') {
			dot = true;
			continue;
		}
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && ((*s >= 'a' && *s <= 'f') || (*s >= 'A' && *s <= 'F')))
			d = (*s | 0x20) - 'a' + 10;
		else
			break;
		if (big_bitlen(&digits) > (BIG_LIMBS - 8) * 64)
			return false;
		Big b = {0}, dd = {0};
		b.w[0] = (uint64_t)base;
		dd.w[0] = (uint64_t)d;
		big_mul(&digits, &digits, &b);
		mag_add(&digits, &digits, &dd);
		if (dot)
			frac++;
	}
	if (*s == 'e' || *s == 'E' || *s == 'p' || *s == 'P') {
		char *end;
		long e = strtol(s + 1, &end, 10);
		if (e > 100000 || e < -100000)
			return false;
		exp = (int)e;
	}
	if (base == 16)
		return scaled(&digits, 0, exp - 4 * frac, out);
	return scaled(&digits, exp - frac, 0, out);
}

/* Go keeps such constants as floats with a 32-bit binary exponent and
 * prints them from a float64 mantissa and a decimal exponent; the literal's
 * own digits give the same text. */
const char *cf_approx_text(const char *s, bool *tiny)
{
	char digits[20];
	int nd = 0, before_dot = 0;
	bool dot = false, any = false;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		return NULL;
	for (; *s && *s != 'e' && *s != 'E'; s++) {
		if (*s == '.') {
			dot = true;
			continue;
		}
		if (*s < '0' || *s > '9')
			continue;
		if (!any && *s == '0') {   // leading zeros only move the point
			if (dot)
				before_dot--;
			continue;
		}
		any = true;
		if (!dot)
			before_dot++;
		if (nd < (int)sizeof digits - 1)
			digits[nd++] = *s;
	}
	if (!any)
		return NULL;
	long long e = (*s == 'e' || *s == 'E') ? strtoll(s + 1, NULL, 10) : 0;
	e += before_dot - 1;
	char m[32];
	snprintf(m, sizeof m, "%c.%.*se0", digits[0], nd - 1, digits + 1);
	*tiny = e < 0;
	return arena_sprintf(&ast_arena, "%.6ge%+lld", strtod(m, NULL), e);
}

bool cf_is_int(cf_quad q)
{
	if (q != q || q - q != 0)
		return false;   // NaN or infinite
	cf_quad a = q < 0 ? -q : q;
	if (a >= (cf_quad)1e34)
		return true;    // beyond 2^113 every binary128 value is an integer
	return (cf_quad)(__int128)q == q;
}

// {==================== exact rationals ====================
//
// Like Go, a float constant stays an exact fraction num/den (den > 0, in
// lowest terms) while its parts stay small; past RAT_BITS it continues in
// binary128 only.

enum { RAT_BITS = 1200 };

static void mag_gcd(Big *g, const Big *a, const Big *b)
{
	Big x = *a, y = *b;
	x.neg = y.neg = false;
	int shift = 0;
	if (big_is_zero(&x)) {
		*g = y;
		return;
	}
	if (big_is_zero(&y)) {
		*g = x;
		return;
	}
	while (!((x.w[0] | y.w[0]) & 1)) {
		mag_shr(&x, &x, 1);
		mag_shr(&y, &y, 1);
		shift++;
	}
	while (!(x.w[0] & 1))
		mag_shr(&x, &x, 1);
	while (!big_is_zero(&y)) {
		while (!(y.w[0] & 1))
			mag_shr(&y, &y, 1);
		if (mag_cmp(&x, &y) > 0) {
			Big t = x;
			x = y;
			y = t;
		}
		mag_sub(&y, &y, &x);
	}
	mag_shl(g, &x, shift);
}

// Lowest terms; false when a part is too wide to keep exact.
static bool normalize(Big *n, Big *d)
{
	if (big_is_zero(n)) {
		memset(d, 0, sizeof *d);
		d->w[0] = 1;
		n->neg = false;
		return true;
	}
	bool neg = n->neg != d->neg;
	Big g, q, r;
	mag_gcd(&g, n, d);
	n->neg = d->neg = false;
	big_divmod(&q, &r, n, &g);
	*n = q;
	big_divmod(&q, &r, d, &g);
	*d = q;
	n->neg = neg;
	return big_bitlen(n) <= RAT_BITS && big_bitlen(d) <= RAT_BITS;
}

bool cf_rat_parse(const char *s, Big *num, Big *den)
{
	Big digits = {0};
	int base = 10, frac = 0, exp = 0;
	bool dot = false;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16, s += 2;
	for (; *s; s++) {
		int d;
		if (*s == '_')
			continue;
		if (*s == '.') {
			dot = true;
			continue;
		}
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && ((*s >= 'a' && *s <= 'f') || (*s >= 'A' && *s <= 'F')))
			d = (*s | 0x20) - 'a' + 10;
		else
			break;
		if (big_bitlen(&digits) > RAT_BITS)
			return false;
		Big b = {0}, dd = {0};
		b.w[0] = (uint64_t)base;
		dd.w[0] = (uint64_t)d;
		big_mul(&digits, &digits, &b);
		mag_add(&digits, &digits, &dd);
		if (dot)
			frac++;
	}
	if (*s == 'e' || *s == 'E' || *s == 'p' || *s == 'P') {
		long e = strtol(s + 1, NULL, 10);
		if (e > 2000 || e < -2000)
			return false;
		exp = (int)e;
	}
	Big p, one = {0};
	one.w[0] = 1;
	*num = digits;
	*den = one;
	if (base == 16) {
		int e2 = exp - 4 * frac;
		if (e2 > RAT_BITS || e2 < -RAT_BITS)
			return false;
		if (e2 >= 0)
			mag_shl(num, &digits, e2);
		else
			mag_shl(den, &one, -e2);
	} else {
		int e10 = exp - frac;
		if (e10 > 400 || e10 < -400 || !pow10_big(&p, e10 < 0 ? -e10 : e10))
			return false;
		if (e10 >= 0)
			big_mul(num, &digits, &p);
		else
			*den = p;
	}
	return normalize(num, den);
}

bool cf_rat_op(int op, const Big *an, const Big *ad, const Big *bn, const Big *bd, Big *rn, Big *rd)
{
	Big t1, t2;
	switch (op) {
	case TOK_ADD: case TOK_SUB:
		big_mul(&t1, an, bd);
		big_mul(&t2, bn, ad);
		big_add(rn, &t1, &t2, op == TOK_SUB);
		big_mul(rd, ad, bd);
		break;
	case TOK_MUL:
		big_mul(rn, an, bn);
		big_mul(rd, ad, bd);
		break;
	case TOK_QUO:
		if (big_is_zero(bn))
			return false;
		big_mul(rn, an, bd);
		big_mul(rd, ad, bn);
		break;
	default:
		return false;
	}
	return normalize(rn, rd);
}

int cf_rat_cmp(const Big *an, const Big *ad, const Big *bn, const Big *bd)
{
	Big t1, t2, d;
	big_mul(&t1, an, bd);
	big_mul(&t2, bn, ad);
	big_add(&d, &t1, &t2, true);
	return big_is_zero(&d) ? 0 : d.neg ? -1 : 1;
}

cf_quad cf_rat_round(const Big *num, const Big *den, int bits)
{
	if (big_is_zero(num))
		return 0;
	// A quotient of at least bits + 2 bits; the remainder is the sticky bit.
	int shift = bits + 2 + big_bitlen(den) - big_bitlen(num);
	Big n = *num, d = *den, q, r;
	n.neg = d.neg = false;
	if (shift > 0)
		mag_shl(&n, &n, shift);
	else if (shift < 0)
		mag_shl(&d, &d, -shift);
	big_divmod(&q, &r, &n, &d);
	q.neg = num->neg;
	// Below the format's smallest normal exponent fewer bits are kept
	// (subnormals): rounding to those once avoids a second rounding by the
	// cast (2.2250738585072011e-308 is the largest subnormal, not 2^-1022).
	int emin = bits == 24 ? -126 : bits == 53 ? -1022 : -16382;
	int top = big_bitlen(&q) - 1 - shift;
	if (top < emin) {
		bits -= emin - top;
		if (bits < 0)
			return num->neg ? -(cf_quad)0 : 0;
	}
	return round_bits(&q, !big_is_zero(&r), -shift, bits);
}

// }====================================================================

bool cf_rat_from_double(double f, Big *num, Big *den)
{
	if (f != f || f - f != 0)
		return false;
	int e;
	double m = frexp(f, &e);
	int64_t mi = (int64_t)ldexp(m, 53);
	e -= 53;
	Big one = {0};
	one.w[0] = 1;
	memset(num, 0, sizeof *num);
	num->w[0] = (uint64_t)(mi < 0 ? -mi : mi);
	*den = one;
	if (e > 0)
		mag_shl(num, num, e);
	else if (e < 0)
		mag_shl(den, &one, -e);
	num->neg = mi < 0;
	return normalize(num, den);
}

/* Arithmetic on constants beyond binary128 (ConstVal.approx set, q ±inf or
 * 0). Go keeps them as floats with a 32-bit binary exponent; mgo follows
 * their decimal mantissa (long double) and exponent, which is as far as
 * Go's text for them goes. A result beyond Go's exponent is not
 * representable; one below it is 0; one back inside binary128 is an
 * ordinary value. */
static bool dec_parts(const ConstVal *v, cf_quad q, long double *m, long long *e)
{
	if (v->approx) {
		// "M.MMMMMe+E": the mantissa alone, then the exponent
		const char *x = strchr(v->approx, 'e');
		size_t n = x ? (size_t)(x - v->approx) : strlen(v->approx);
		char buf[40];
		if (n >= sizeof buf)
			n = sizeof buf - 1;
		memcpy(buf, v->approx, n);
		buf[n] = 0;
		*m = strtold(buf, NULL);
		*e = x ? strtoll(x + 1, NULL, 10) : 0;
		return *m != 0 && isfinite(*m);
	}
	if (q == 0)
		return false;
	long double x = (long double)q;
	*e = (long long)floorl(log10l(fabsl(x)));
	*m = x / powl(10.0L, (long double)*e);
	return true;
}

static void dec_norm(long double *m, long long *e)
{
	if (!isfinite(*m))
		return;
	while (fabsl(*m) >= 10) {
		*m /= 10;
		(*e)++;
	}
	while (*m != 0 && fabsl(*m) < 1) {
		*m *= 10;
		(*e)--;
	}
}

ConstVal *cf_huge_binary(int op, const ConstVal *x, const ConstVal *y, cf_quad a, cf_quad b,
			 const char **err)
{
	long double ma = 0, mb = 0, m;
	long long ea = 0, eb = 0, e;
	bool nza = dec_parts(x, a, &ma, &ea), nzb = dec_parts(y, b, &mb, &eb);
	switch (op) {
	case TOK_MUL:
		if (!nza || !nzb)
			return const_floatq(0);
		m = ma * mb;
		e = ea + eb;
		break;
	case TOK_QUO:
		if (!nza)
			return const_floatq(0);
		m = ma / mb;
		e = ea - eb;
		break;
	case TOK_ADD: case TOK_SUB:
		if (op == TOK_SUB)
			mb = -mb;
		if (!nza || (nzb && eb > ea)) {
			long double tm = ma;
			long long te = ea;
			ma = mb, ea = eb, mb = tm, eb = te;
			bool tz = nza;
			nza = nzb, nzb = tz;
		}
		m = ma;
		e = ea;
		if (nzb && ea - eb < 40)
			m += mb / powl(10.0L, (long double)(ea - eb));
		if (m == 0)
			return const_floatq(0);
		break;
	default:
		return NULL;
	}
	dec_norm(&m, &e);
	if (!isfinite(m)) {
		*err = "constant result is not representable";
		return NULL;
	}
	if (e > -4900 && e < 4900)
		return const_floatq((cf_quad)(m * powl(10.0L, (long double)e)));
	// Go's floats: mantissa in [1/2, 1) times 2^exp, exp a 32-bit integer.
	long double exp2 = (long double)e * 3.32192809488736234787L + log2l(fabsl(m)) + 1;
	if (exp2 > 2147483647.0L) {
		*err = "constant result is not representable";
		return NULL;
	}
	if (exp2 < -2147483648.0L)
		return const_floatq(0);
	ConstVal *v = const_floatq(e < 0 ? 0 : m < 0 ? -(cf_quad)INFINITY : (cf_quad)INFINITY);
	v->approx = arena_sprintf(&ast_arena, "%.6ge%+lld", (double)m, e);
	return v;
}
