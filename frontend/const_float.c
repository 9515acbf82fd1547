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

// m * 2^e2 rounded to 113 bits, to nearest even; sticky says that nonzero
// bits below m's last were dropped before (a division's remainder).
static cf_quad round_big(const Big *m, bool sticky, int e2)
{
	int n = big_bitlen(m);
	Big t = *m;
	t.neg = false;
	if (n > QUAD_BITS) {
		int drop = n - QUAD_BITS;
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

bool cf_is_int(cf_quad q)
{
	if (q != q || q - q != 0)
		return false;   // NaN or infinite
	cf_quad a = q < 0 ? -q : q;
	if (a >= (cf_quad)1e34)
		return true;    // beyond 2^113 every binary128 value is an integer
	return (cf_quad)(__int128)q == q;
}
