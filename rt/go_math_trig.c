// go_math_trig.c: math's trigonometric functions as Go 1.19 computes them
// (Go code on amd64, so the same operations in the same order): Cephes'
// polynomials after a reduction by Pi/4 in three parts, and for arguments
// of 2**29 and more a Payne-Hanek reduction with the bits of 4/Pi.
#pragma GCC optimize("fp-contract=off")   // Go on amd64 never fuses a*b+c
#include <math.h>

#include "go_lib.h"
#include "go_math.h"

#define PI_2 0x1.921fb54442d18p+0      // Pi/2 as Go rounds the constant
#define PI_4 0x1.921fb54442d18p-1
#define PI_3_4 0x1.2d97c7f3321d2p+1    // 3*Pi/4, rounded once
#define FOUR_OVER_PI 0x1.45f306dc9c883p+0

// Pi/4 in three parts whose products with a small integer are exact.
static const double pi4a = 7.85398125648498535156e-1, pi4b = 3.77489470793079817668e-8,
		    pi4c = 2.69515142907905952645e-15;

static const double sin_c[] = {
	1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
	-1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
};
static const double cos_c[] = {
	-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
	2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// The binary digits of 4/Pi, 64 at a time, from 2**-64 on.
static const uint64_t four_over_pi_bits[] = {
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

#define REDUCE_THRESHOLD (double)(1 << 29)

// Shifts as Go defines them: by 64 or more (or "negative", wrapped
// around), the result is 0.
static uint64_t shl(uint64_t v, unsigned n) { return n >= 64 ? 0 : v << n; }
static uint64_t shr(uint64_t v, unsigned n) { return n >= 64 ? 0 : v >> n; }

// x >= 2**29, finite: the octant j (even) and the remainder z in
// [-Pi/4, Pi/4]. x's 53-bit mantissa times the 192 bits of 4/Pi that
// matter at its exponent gives the fraction of x/(Pi/4) in 125 bits.
static double reduce_large(double x, uint64_t *jp)
{
	if (x < PI_4) {
		*jp = 0;
		return x;
	}
	uint64_t ix = go_math_Float64bits(x);
	int e = (int)((ix >> 52) & 0x7ff) - 1023 - 52;
	ix = (ix & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52);
	unsigned digit = (unsigned)(e + 61) / 64, shift = (unsigned)(e + 61) % 64;
	const uint64_t *m = four_over_pi_bits + digit;
	uint64_t z0 = shl(m[0], shift) | shr(m[1], 64 - shift);
	uint64_t z1 = shl(m[1], shift) | shr(m[2], 64 - shift);
	uint64_t z2 = shl(m[2], shift) | shr(m[3], 64 - shift);
	unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
	uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
	uint64_t lo = z1lo + z2hi;
	uint64_t hi = z0 * ix + z1hi + (lo < z1lo);
	uint64_t j = hi >> 61;
	hi = hi << 3 | lo >> 61;
	unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
	uint64_t ex = (uint64_t)(1023 - (lz + 1));
	hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
	hi >>= 64 - 52;
	hi |= ex << 52;
	double z = go_math_Float64frombits(hi);
	if (j & 1) {
		j = (j + 1) & 7;
		z--;
	}
	*jp = j;
	return z * PI_4;
}

// |x| < 2**29: the octant rounded up to even, and x minus that many Pi/4.
static double reduce(double x, uint64_t *jp, bool mask)
{
	if (x >= REDUCE_THRESHOLD)
		return reduce_large(x, jp);
	uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
	double y = (double)j;
	if (j & 1) {
		j++;
		y++;
	}
	if (mask)
		j &= 7;
	*jp = j;
	return ((x - y * pi4a) - y * pi4b) - y * pi4c;
}

static double sin_poly(double z, double zz)
{
	return z + z * zz * (((((sin_c[0] * zz + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz + sin_c[4]) * zz + sin_c[5]);
}

static double cos_poly(double zz)
{
	return 1.0 - 0.5 * zz + zz * zz * (((((cos_c[0] * zz + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double go_math_Cos(double x)
{
	if (isnan(x) || isinf(x))
		return go_math_NaN();
	bool neg = false;
	uint64_t j;
	double z = reduce(fabs(x), &j, true);
	if (j > 3) {
		j -= 4;
		neg = !neg;
	}
	if (j > 1)
		neg = !neg;
	double zz = z * z;
	double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
	return neg ? -y : y;
}

double go_math_Sin(double x)
{
	if (x == 0 || isnan(x))
		return x;
	if (isinf(x))
		return go_math_NaN();
	bool neg = x < 0;
	uint64_t j;
	double z = reduce(fabs(x), &j, true);
	if (j > 3) {
		neg = !neg;
		j -= 4;
	}
	double zz = z * z;
	double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
	return neg ? -y : y;
}

go_float2 go_math_Sincos(double x)
{
	return (go_float2){go_math_Sin(x), go_math_Cos(x)};
}

double go_math_Tan(double x)
{
	static const double p[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
				   -1.79565251976484877988e7};
	static const double q[] = {1.36812963470692954678e4, -1.32089234440210967447e6,
				   2.50083801823357915839e7, -5.38695755929454629881e7};
	if (x == 0 || isnan(x))
		return x;
	if (isinf(x))
		return go_math_NaN();
	bool neg = x < 0;
	uint64_t j;
	double z = reduce(fabs(x), &j, false), y;
	double zz = z * z;
	if (zz > 1e-14)
		y = z + z * (zz * ((p[0] * zz + p[1]) * zz + p[2]) / ((((zz + q[0]) * zz + q[1]) * zz + q[2]) * zz + q[3]));
	else
		y = z;
	if (j & 2)
		y = -1 / y;
	return neg ? -y : y;
}

// {==================== arctangent family (Cephes) ====================
static double atan_core(double x)   // |x| <= 0.66
{
	static const double p[] = {-8.750608600031904122785e-01, -1.615753718733365076637e+01,
				   -7.500855792314704667340e+01, -1.228866684490136173410e+02,
				   -6.485021904942025371773e+01};
	static const double q[] = {2.485846490142306297962e+01, 1.650270098316988542046e+02,
				   4.328810604912902668951e+02, 4.853903996359136964868e+02,
				   1.945506571482613964425e+02};
	double z = x * x;
	z = z * ((((p[0] * z + p[1]) * z + p[2]) * z + p[3]) * z + p[4]) /
	    (((((z + q[0]) * z + q[1]) * z + q[2]) * z + q[3]) * z + q[4]);
	return x * z + x;
}

// x >= 0: reduced to [0, 0.66] through tan(3Pi/8) and tan(Pi/4).
static double atan_pos(double x)
{
	const double morebits = 6.123233995736765886130e-17;   // Pi/2 - PI_2
	if (x <= 0.66)
		return atan_core(x);
	if (x > 2.41421356237309504880)
		return PI_2 - atan_core(1 / x) + morebits;
	return PI_4 + atan_core((x - 1) / (x + 1)) + 0.5 * morebits;
}

double go_math_Atan(double x)
{
	if (x == 0)
		return x;
	return x > 0 ? atan_pos(x) : -atan_pos(-x);
}

double go_math_Asin(double x)
{
	if (x == 0)
		return x;
	bool neg = x < 0;
	if (neg)
		x = -x;
	if (x > 1)
		return go_math_NaN();
	double t = sqrt(1 - x * x);
	t = x > 0.7 ? PI_2 - atan_pos(t / x) : atan_pos(x / t);
	return neg ? -t : t;
}

double go_math_Acos(double x)
{
	return PI_2 - go_math_Asin(x);
}

double go_math_Atan2(double y, double x)
{
	if (isnan(y) || isnan(x))
		return go_math_NaN();
	if (y == 0)
		return copysign(x >= 0 && !signbit(x) ? 0 : M_PI, y);
	if (x == 0)
		return copysign(PI_2, y);
	if (isinf(x)) {
		if (x > 0)
			return copysign(isinf(y) ? PI_4 : 0, y);
		return copysign(isinf(y) ? PI_3_4 : M_PI, y);
	}
	if (isinf(y))
		return copysign(PI_2, y);
	double q = go_math_Atan(y / x);
	if (x < 0)
		return q <= 0 ? q + M_PI : q - M_PI;
	return q;
}
// }====================
