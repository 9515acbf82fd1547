// go_ftoa.c: the shortest decimal digits of a float64 or float32 that read
// back as the same value, by the Ryū method as Go's strconv uses it: scale
// the interval of values that round to v by a 128-bit power of ten
// (rt/go_pow10_table.c), then drop digits while the result stays inside.
// The same steps as Go's give the same digits, including Go's choice where
// two candidates of the shortest length both read back (the closest one,
// ties to even). Before this, fmt_shortest tried printf precisions 1..17
// and read each back with strtod: 6.4 us for FormatFloat(x, 'g', -1, 64)
// where Go takes 0.17.
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "go_fmt_impl.h"

#define POW10_MIN (-348)
#define POW10_MAX 347
extern const uint64_t go_pow10_128[POW10_MAX - POW10_MIN + 1][2];

typedef unsigned __int128 u128;

// The digits being built: d[0..nd) with the decimal point at dp
// (value 0.d * 10^dp); d may advance into buf when leading zeros go.
typedef struct {
	char buf[40];
	char *d;
	int nd, dp;
} Digits;

// floor(x * log10(2)) and floor(x * log2(10)) for the exponents floats have.
static int mul_log2_log10(int x)
{
	return (x * 78913) >> 18;
}

static int mul_log10_log2(int x)
{
	return (x * 108853) >> 15;
}

static bool divisible_by_pow5(uint64_t m, int k)
{
	if (m == 0)
		return true;
	for (int i = 0; i < k; i++) {
		if (m % 5 != 0)
			return false;
		m /= 5;
	}
	return true;
}

// m * 2^e2 * 10^q for a 55-bit m: the product's top bits (about 64) and
// their exponent (*e2), and whether the bits dropped were all zero. Powers
// below 1 are truncated in the table, so they are rounded up here.
static uint64_t mul128_pow10(uint64_t m, int *e2, int q, bool *exact)
{
	if (q == 0) {
		*e2 -= 8;
		*exact = true;
		return m << 8;
	}
	uint64_t lo = go_pow10_128[q - POW10_MIN][0], hi = go_pow10_128[q - POW10_MIN][1];
	if (q < 0)
		lo += 1;
	*e2 += mul_log10_log2(q) - 127 + 119;
	u128 l = (u128)m * lo, h = (u128)m * hi;
	uint64_t l0 = (uint64_t)l, l1 = (uint64_t)(l >> 64);
	uint64_t h0 = (uint64_t)h, h1 = (uint64_t)(h >> 64);
	uint64_t mid = l1 + h0;
	h1 += mid < l1;
	*exact = (mid << 9) == 0 && l0 == 0;
	return h1 << 9 | mid >> 55;
}

// The same for a 26-bit m (float32) with the table's top 64 bits.
static uint32_t mul64_pow10(uint32_t m, int *e2, int q, bool *exact)
{
	if (q == 0) {
		*e2 -= 6;
		*exact = true;
		return m << 6;
	}
	uint64_t pow = go_pow10_128[q - POW10_MIN][1];
	if (q < 0)
		pow += 1;
	u128 p = (u128)m * pow;
	uint64_t hi = (uint64_t)(p >> 64), lo = (uint64_t)p;
	*e2 += mul_log10_log2(q) - 63 + 57;
	*exact = (lo << 7) == 0;
	return (uint32_t)(hi << 7 | lo >> 57);
}

static const char two_digits[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

// Digits of a number below 1e9 lying in [lower, upper], as few as keep it
// there, written so that the last one lands at index endindex of d.
// c0: the digits of central already dropped are all zero; cup: central
// should round up.
static void digits32(Digits *d, uint32_t lower, uint32_t central, uint32_t upper,
	bool c0, bool cup, int endindex)
{
	if (upper == 0) {
		d->dp = endindex + 1;
		return;
	}
	int trimmed = 0;
	unsigned next_digit = 0;   // the last digit dropped from central
	while (upper > 0) {
		uint32_t l = (lower + 9) / 10;
		uint32_t c = central / 10, cdigit = central % 10;
		uint32_t u = upper / 10;
		if (l > u)
			break;   // one digit fewer would leave the interval
		// central just below a round number that lower already passed
		if (l == c + 1 && c < u) {
			c++;
			cdigit = 0;
			cup = false;
		}
		trimmed++;
		c0 = c0 && next_digit == 0;
		next_digit = cdigit;
		lower = l;
		central = c;
		upper = u;
	}
	if (trimmed > 0)
		cup = next_digit > 5 || (next_digit == 5 && !c0) || (next_digit == 5 && c0 && (central & 1));
	if (central < upper && cup)
		central++;
	endindex -= trimmed;
	uint32_t v = central;
	int n = endindex;
	while (n > d->nd) {
		uint32_t v2 = v % 100;
		v /= 100;
		d->d[n] = two_digits[2 * v2 + 1];
		d->d[n - 1] = two_digits[2 * v2];
		n -= 2;
	}
	if (n == d->nd)
		d->d[n] = (char)('0' + v);
	d->nd = endindex + 1;
	d->dp = d->nd + trimmed;
}

static void digits64(Digits *d, uint64_t lower, uint64_t central, uint64_t upper, bool c0, bool cup)
{
	uint32_t lhi = (uint32_t)(lower / 1000000000), llo = (uint32_t)(lower % 1000000000);
	uint32_t chi = (uint32_t)(central / 1000000000), clo = (uint32_t)(central % 1000000000);
	uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = (uint32_t)(upper % 1000000000);
	if (uhi == 0) {
		digits32(d, llo, clo, ulo, c0, cup, 8);   // subnormals: low digits only
	} else if (lhi < uhi) {
		// the low nine digits all go
		if (llo != 0)
			lhi++;
		c0 = c0 && clo == 0;
		cup = clo > 500000000 || (clo == 500000000 && cup);
		digits32(d, lhi, chi, uhi, c0, cup, 8);
		d->dp += 9;
	} else {
		d->nd = 0;
		int n = 9;
		for (uint32_t v = chi; v > 0; v /= 10)
			d->d[--n] = (char)('0' + v % 10);
		d->d += n;
		d->nd = 9 - n;
		digits32(d, llo, clo, ulo, c0, cup, d->nd + 8);
	}
	while (d->nd > 0 && d->d[d->nd - 1] == '0')
		d->nd--;
	while (d->nd > 0 && d->d[0] == '0') {
		d->nd--;
		d->dp--;
		d->d++;
	}
}

// mant * 2^exp, mant having mantbits+1 bits (or fewer for a subnormal);
// min_exp is the exponent of the subnormals.
static void shortest(Digits *d, uint64_t mant, int exp, int mantbits, int min_exp, bool is32)
{
	d->d = d->buf;
	d->nd = d->dp = 0;
	if (mant == 0)
		return;
	// An integer with fewer bits than the mantissa: its neighbours are
	// integers too, so only its own digits will do.
	if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
		mant >>= -exp;
		digits64(d, mant, mant, mant, true, false);
		return;
	}
	// The interval of values that round to v: (ml, mu) * 2^e2, narrower
	// below at a power of two (the gap below is half the one above).
	uint64_t ml, mc, mu;
	int e2;
	if (mant != (uint64_t)1 << mantbits || exp == min_exp) {
		ml = 2 * mant - 1, mc = 2 * mant, mu = 2 * mant + 1;
		e2 = exp - 1;
	} else {
		ml = 4 * mant - 1, mc = 4 * mant, mu = 4 * mant + 2;
		e2 = exp - 2;
	}
	if (e2 == 0) {
		digits64(d, ml, mc, mu, true, false);
		return;
	}
	int q = mul_log2_log10(-e2) + 1;   // 10^q just above 2^-e2
	uint64_t dl, dc, du;
	bool dl0, dc0, du0;
	if (is32) {
		int el = e2, ec = e2;
		dl = mul64_pow10((uint32_t)ml, &el, q, &dl0);
		dc = mul64_pow10((uint32_t)mc, &ec, q, &dc0);
		du = mul64_pow10((uint32_t)mu, &e2, q, &du0);
	} else {
		int el = e2, ec = e2;
		dl = mul128_pow10(ml, &el, q, &dl0);
		dc = mul128_pow10(mc, &ec, q, &dc0);
		du = mul128_pow10(mu, &e2, q, &du0);
	}
	if (q > 55)
		dl0 = dc0 = du0 = false;   // large powers of ten are not exact
	if (q < 0 && q >= -24) {
		// a division by 5^-q may be exact (5^25 has 59 bits: never)
		dl0 = dl0 || divisible_by_pow5(ml, -q);
		dc0 = dc0 || divisible_by_pow5(mc, -q);
		du0 = du0 || divisible_by_pow5(mu, -q);
	}
	unsigned extra = (unsigned)-e2;
	uint64_t mask = ((uint64_t)1 << extra) - 1;
	uint64_t fracl = dl & mask, fracc = dc & mask, fracu = du & mask;
	dl >>= extra;
	dc >>= extra;
	du >>= extra;
	// du itself only when the product was truncated, or exact with an even
	// mantissa (round-to-even reads the bound back as v).
	bool uok = !du0 || fracu > 0;
	if (du0 && fracu == 0)
		uok = (mant & 1) == 0;
	if (!uok)
		du--;
	bool cup;
	if (dc0)
		cup = fracc > (uint64_t)1 << (extra - 1) ||
			(fracc == (uint64_t)1 << (extra - 1) && (dc & 1));
	else
		cup = fracc >> (extra - 1) == 1;
	bool lok = dl0 && fracl == 0 && (mant & 1) == 0;
	if (!lok)
		dl++;
	bool c0 = dc0 && fracc == 0;
	digits64(d, dl, dc, du, c0, cup);
	d->dp -= q;
}

void fmt_shortest(double v, int bits, char *digs, int *nd, int *dp)
{
	Digits d;
	if (bits == 32) {
		float f = (float)v;
		uint32_t u;
		memcpy(&u, &f, sizeof u);
		int exp = (int)(u >> 23 & 0xff);
		uint64_t mant = u & ((1u << 23) - 1);
		if (exp == 0)
			exp++;
		else
			mant |= (uint64_t)1 << 23;
		shortest(&d, mant, exp - 127 - 23, 23, 1 - 127 - 23, true);
	} else {
		uint64_t u;
		memcpy(&u, &v, sizeof u);
		int exp = (int)(u >> 52 & 0x7ff);
		uint64_t mant = u & (((uint64_t)1 << 52) - 1);
		if (exp == 0)
			exp++;
		else
			mant |= (uint64_t)1 << 52;
		shortest(&d, mant, exp - 1023 - 52, 52, 1 - 1023 - 52, false);
	}
	if (d.nd == 0) {   // zero: one digit, "0"
		digs[0] = '0';
		digs[1] = 0;
		*nd = 1;
		*dp = 1;
		return;
	}
	memcpy(digs, d.d, (size_t)d.nd);
	digs[d.nd] = 0;
	*nd = d.nd;
	*dp = d.dp;
}
