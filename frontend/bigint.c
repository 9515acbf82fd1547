// bigint.c: sign-and-magnitude integers wider than 128 bits, for constants.
//
// Integer constants beyond 128 bits (const.c) and the exact mantissas of
// float constants (const_float.c) are computed here. BIG_LIMBS leaves room
// for a decimal float literal's scaled digits, far beyond the 512 bits an
// integer constant may hold. Bitwise operators work on two's complement
// images of the same width, exact for |v| < 2^(64*BIG_LIMBS-1).
#include "bigint.h"
#include "ast.h"

#include <string.h>

int big_bitlen(const Big *a)
{
	for (int k = BIG_LIMBS - 1; k >= 0; k--)
		if (a->w[k])
			return k * 64 + 64 - __builtin_clzll(a->w[k]);
	return 0;
}

bool big_is_zero(const Big *a)
{
	return big_bitlen(a) == 0;
}



int mag_cmp(const Big *a, const Big *b)
{
	for (int k = BIG_LIMBS - 1; k >= 0; k--)
		if (a->w[k] != b->w[k])
			return a->w[k] < b->w[k] ? -1 : 1;
	return 0;
}

void mag_add(Big *r, const Big *a, const Big *b)
{
	unsigned __int128 carry = 0;
	for (int k = 0; k < BIG_LIMBS; k++) {
		carry += (unsigned __int128)a->w[k] + b->w[k];
		r->w[k] = (uint64_t)carry;
		carry >>= 64;
	}
}

// r = a - b for |a| >= |b|.
void mag_sub(Big *r, const Big *a, const Big *b)
{
	uint64_t borrow = 0;
	for (int k = 0; k < BIG_LIMBS; k++) {
		uint64_t x = a->w[k], y = b->w[k];
		uint64_t d = x - y - borrow;
		borrow = (x < y) || (x - y < borrow);
		r->w[k] = d;
	}
}

void big_add(Big *r, const Big *a, const Big *b, bool negate_b)
{
	bool bneg = b->neg != negate_b;
	Big t = {0};
	if (a->neg == bneg) {
		mag_add(&t, a, b);
		t.neg = a->neg;
	} else if (mag_cmp(a, b) >= 0) {
		mag_sub(&t, a, b);
		t.neg = a->neg;
	} else {
		mag_sub(&t, b, a);
		t.neg = bneg;
	}
	if (big_is_zero(&t))
		t.neg = false;
	*r = t;
}

// Limbs in use: the loops below stop there (the constants of a program
// are small; the limbs are sized for the largest).
static int limbs_of(const Big *a)
{
	return (big_bitlen(a) + 63) / 64;
}

void big_mul(Big *r, const Big *a, const Big *b)
{
	Big t = {0};
	int nb = limbs_of(b);
	for (int i = 0; i < BIG_LIMBS; i++) {
		if (!a->w[i])
			continue;
		unsigned __int128 carry = 0;
		int j = 0;
		for (; j < nb && i + j < BIG_LIMBS; j++) {
			carry += (unsigned __int128)a->w[i] * b->w[j] + t.w[i + j];
			t.w[i + j] = (uint64_t)carry;
			carry >>= 64;
		}
		for (; carry && i + j < BIG_LIMBS; j++) {
			carry += t.w[i + j];
			t.w[i + j] = (uint64_t)carry;
			carry >>= 64;
		}
	}
	t.neg = a->neg != b->neg && !big_is_zero(&t);
	*r = t;
}

bool mag_bit(const Big *a, int i)
{
	return (a->w[i / 64] >> (i % 64)) & 1;
}

// Truncated division, as Go's integer constants: q = a / b, m = a % b.
void big_divmod(Big *q, Big *m, const Big *a, const Big *b)
{
	Big qq = {0}, rr = {0};
	// rr < 2|b| throughout, so only b's limbs and one more are ever set
	// (all of them when dividing by zero, which callers rule out).
	int n = big_is_zero(b) ? BIG_LIMBS : limbs_of(b) + 1;
	if (n > BIG_LIMBS)
		n = BIG_LIMBS;
	for (int i = big_bitlen(a) - 1; i >= 0; i--) {
		// rr = rr << 1 | bit i of a
		for (int k = n - 1; k > 0; k--)
			rr.w[k] = (rr.w[k] << 1) | (rr.w[k - 1] >> 63);
		rr.w[0] = (rr.w[0] << 1) | (uint64_t)mag_bit(a, i);
		int c = 0;
		for (int k = n - 1; k >= 0 && !c; k--)
			if (rr.w[k] != b->w[k])
				c = rr.w[k] < b->w[k] ? -1 : 1;
		if (c >= 0) {
			uint64_t borrow = 0;
			for (int k = 0; k < n; k++) {
				uint64_t x = rr.w[k], y = b->w[k];
				rr.w[k] = x - y - borrow;
				borrow = (x < y) || (x - y < borrow);
			}
			qq.w[i / 64] |= (uint64_t)1 << (i % 64);
		}
	}
	qq.neg = a->neg != b->neg && !big_is_zero(&qq);
	rr.neg = a->neg && !big_is_zero(&rr);
	*q = qq;
	*m = rr;
}

// Two's complement image of a (same width) and back.
static void to_twos(Big *r, const Big *a)
{
	*r = *a;
	r->neg = false;
	if (!a->neg)
		return;
	for (int k = 0; k < BIG_LIMBS; k++)
		r->w[k] = ~r->w[k];
	for (int k = 0; k < BIG_LIMBS && ++r->w[k] == 0; k++)
		;
}

static void from_twos(Big *r, const Big *a)
{
	bool neg = a->w[BIG_LIMBS - 1] >> 63;
	*r = *a;
	r->neg = false;
	if (!neg)
		return;
	for (int k = 0; k < BIG_LIMBS; k++)
		r->w[k] = ~r->w[k];
	for (int k = 0; k < BIG_LIMBS && ++r->w[k] == 0; k++)
		;
	r->neg = true;
}

void big_bitop(Big *r, int op, const Big *a, const Big *b)
{
	Big x, y, t = {0};
	to_twos(&x, a);
	to_twos(&y, b);
	for (int k = 0; k < BIG_LIMBS; k++) {
		uint64_t p = x.w[k], q = y.w[k];
		t.w[k] = op == TOK_AND ? p & q : op == TOK_OR ? p | q : op == TOK_XOR ? p ^ q : p & ~q;
	}
	from_twos(r, &t);
}

// r = |a| << s (s small enough that the result fits the limbs).
void mag_shl(Big *r, const Big *a, int s)
{
	Big t = {0};
	int limbs = s / 64, bits = s % 64;
	for (int k = BIG_LIMBS - 1; k >= limbs; k--) {
		uint64_t hi = a->w[k - limbs] << bits;
		uint64_t lo = bits && k - limbs - 1 >= 0 ? a->w[k - limbs - 1] >> (64 - bits) : 0;
		t.w[k] = hi | lo;
	}
	t.neg = a->neg;
	*r = t;
}

void mag_shr(Big *r, const Big *a, int s)
{
	Big t = {0};
	int limbs = s / 64, bits = s % 64, na = limbs_of(a);
	for (int k = 0; k + limbs < na; k++) {
		uint64_t lo = a->w[k + limbs] >> bits;
		uint64_t hi = bits && k + limbs + 1 < BIG_LIMBS ? a->w[k + limbs + 1] << (64 - bits) : 0;
		t.w[k] = lo | hi;
	}
	*r = t;
}

double big_to_double(const Big *a)
{
	double d = 0;
	for (int k = BIG_LIMBS - 1; k >= 0; k--)
		d = d * 18446744073709551616.0 + (double)a->w[k];
	return a->neg ? -d : d;
}

const char *big_decimal(const Big *a)
{
	char digits[200];
	int n = 0;
	Big t = *a, ten19 = {0}, q, m;
	t.neg = false;
	ten19.w[0] = 10000000000000000000ull;
	while (!big_is_zero(&t)) {
		big_divmod(&q, &m, &t, &ten19);
		uint64_t chunk = m.w[0];
		bool last = big_is_zero(&q);
		for (int d = 0; d < 19 && (!last || chunk); d++) {
			digits[n++] = (char)('0' + chunk % 10);
			chunk /= 10;
		}
		t = q;
	}
	char *out = arena_zalloc(&ast_arena, (size_t)n + 2);
	int o = 0;
	if (a->neg)
		out[o++] = '-';
	while (n)
		out[o++] = digits[--n];
	return out;
}
