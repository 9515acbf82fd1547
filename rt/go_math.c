// go_math.c: package math (declared in frontend/library_decls.c), bit for
// bit as Go 1.19 computes it on amd64. Go uses the hardware for Sqrt,
// Floor, Ceil and Trunc (exact operations: the C library's are the same),
// assembly of its own for Exp, Log and Hypot (reproduced here operation by
// operation, including Exp's FMA path on CPUs with AVX and FMA), and Go
// code for the rest (go_math_trig.c, go_math_pow.c). The C library's
// transcendental functions differ from Go's in the last bit, so none is
// used. Constants that Go computes exactly at compile time (4/Pi, 1/Ln10)
// are written as the bits Go rounds them to.
#pragma GCC optimize("fp-contract=off")   // Go on amd64 never fuses a*b+c
#include <emmintrin.h>
#include <math.h>
#include <string.h>

#include "go_lib.h"
#include "go_math.h"

uint64_t go_math_Float64bits(double f)
{
	uint64_t u;
	memcpy(&u, &f, 8);
	return u;
}

double go_math_Float64frombits(uint64_t b)
{
	double f;
	memcpy(&f, &b, 8);
	return f;
}

uint32_t go_math_Float32bits(float f)
{
	uint32_t u;
	memcpy(&u, &f, 4);
	return u;
}

float go_math_Float32frombits(uint32_t b)
{
	float f;
	memcpy(&f, &b, 4);
	return f;
}

double go_math_Sqrt(double x) { return sqrt(x); }
double go_math_Abs(double x) { return fabs(x); }
double go_math_Floor(double x) { return floor(x); }
double go_math_Ceil(double x) { return ceil(x); }
double go_math_Trunc(double x) { return trunc(x); }
double go_math_Round(double x) { return round(x); }
double go_math_RoundToEven(double x) { return nearbyint(x); }   // the default rounding mode is to even
double go_math_Copysign(double f, double sign) { return copysign(f, sign); }
bool go_math_Signbit(double x) { return signbit(x) != 0; }
bool go_math_IsNaN(double f) { return isnan(f); }
// Go's NaN has the lowest mantissa bit set (0x7FF8000000000001), not C's.
double go_math_NaN(void) { return go_math_Float64frombits(GO_MATH_NAN_BITS); }

double go_math_Inf(int64_t sign)
{
	return sign >= 0 ? INFINITY : -INFINITY;
}

bool go_math_IsInf(double f, int64_t sign)
{
	return (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
}

// Go's Max/Min: an infinity wins over NaN, NaN over numbers, and +0 > -0.
double go_math_Max(double x, double y)
{
	if (isinf(x) && x > 0)
		return x;
	if (isinf(y) && y > 0)
		return y;
	if (isnan(x) || isnan(y))
		return go_math_NaN();
	if (x == 0 && x == y)
		return signbit(x) ? y : x;
	return x > y ? x : y;
}

double go_math_Min(double x, double y)
{
	if (isinf(x) && x < 0)
		return x;
	if (isinf(y) && y < 0)
		return y;
	if (isnan(x) || isnan(y))
		return go_math_NaN();
	if (x == 0 && x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}

double go_math_Dim(double x, double y)
{
	double v = x - y;
	return v <= 0 ? 0 : v;
}

// Go's Modf works on the bits: an infinity's fraction is NaN (Inf-Inf),
// where C's modf says 0.
double go_math_modf(double f, double *ip)
{
	if (f < 1) {
		if (f < 0) {
			double i, fr = go_math_modf(-f, &i);
			*ip = -i;
			return -fr;
		}
		if (f == 0) {
			*ip = f;
			return f;
		}
		*ip = 0;
		return f;
	}
	uint64_t x = go_math_Float64bits(f);
	int e = (int)((x >> 52) & 0x7ff) - 1023;
	if (e < 52)
		x &= ~((UINT64_C(1) << (52 - e)) - 1);
	*ip = go_math_Float64frombits(x);
	return f - *ip;
}

go_float2 go_math_Modf(double f)
{
	go_float2 r;
	r.r1 = go_math_modf(f, &r.r0);
	return r;
}

// {==================== Exp (Go's amd64 assembly) ====================
// A reduction by k*ln2 (k rounded to nearest), a degree-8 Taylor
// polynomial of x/16, four squarings of (1+p) in the form p(p+2), then a
// scaling by 2**k through the exponent bits. With AVX and FMA, Go uses
// fused multiply-adds in the reduction and the polynomial; so do we, on
// the same condition (fma() is exact whether or not the CPU has it).
static bool use_fma(void)
{
	static int known;   // 0: not asked yet, 1: no, 2: yes
	if (!known) {
		__builtin_cpu_init();
		known = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma") ? 2 : 1;
	}
	return known == 2;
}

static const double exp_taylor[] = {   // 1/8!, 1/7!, ... 1/3!, then 1/2, 1
	2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
	8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
	0.5, 1.0,
};

double go_math_Exp(double x)
{
	const double log2e = 1.4426950408889634073599246810018920;
	const double ln2u = 0.69314718055966295651160180568695068359375;
	const double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
	uint64_t bits = go_math_Float64bits(x);
	if ((bits & ~(UINT64_C(1) << 63)) >= UINT64_C(0x7FF0000000000000))
		return bits == UINT64_C(0xFFF0000000000000) ? 0 : x;   // -Inf: 0; +Inf, NaN: x
	if (x > 7.09782712893384e+02)
		return INFINITY;
	// CVTSD2SL: rounded to nearest, INT32_MIN when out of range.
	int32_t k = _mm_cvtsd_si32(_mm_set_sd(log2e * x));
	double kf = k, p;
	if (use_fma()) {
		x = fma(-ln2u, kf, x);
		x = fma(-ln2l, kf, x);
		x *= 0.0625;
		p = exp_taylor[0];
		for (int i = 1; i < 8; i++)
			p = fma(p, x, exp_taylor[i]);
		x *= p;
		for (int i = 0; i < 3; i++)
			x *= x + 2.0;
		x = fma(x + 2.0, x, 1.0);
	} else {
		x -= ln2u * kf;
		x -= ln2l * kf;
		x *= 0.0625;
		p = exp_taylor[0];
		for (int i = 1; i < 8; i++)
			p = p * x + exp_taylor[i];
		x *= p;
		for (int i = 0; i < 4; i++)
			x *= 2.0 + x;
		x += 1.0;
	}
	int32_t e = k + 0x3FF;
	if (e <= 0) {   // a subnormal result, in two steps
		if (e < -52)
			return 0;
		x *= go_math_Float64frombits((uint64_t)(e + 0x3FE) << 52);
		e = 1;
	} else if (e >= 0x7FF) {
		return INFINITY;
	}
	return x * go_math_Float64frombits((uint64_t)e << 52);
}
// }====================

// {==================== Log (Go's amd64 assembly) ====================
// FreeBSD's algorithm: x = 2**k * (1+f) with 1+f in [sqrt(2)/2, sqrt(2)),
// s = f/(2+f), and a polynomial in s*s. The exponent is taken from the
// bits without normalising subnormals, as Go's assembly does.
double go_math_Log(double x)
{
	const double ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10;
	const double l1 = 6.666666666666735130e-01, l2 = 3.999999999940941908e-01,
		     l3 = 2.857142874366239149e-01, l4 = 2.222219843214978396e-01,
		     l5 = 1.818357216161805012e-01, l6 = 1.531383769920937332e-01,
		     l7 = 1.479819860511658591e-01;
	uint64_t bits = go_math_Float64bits(x);
	if ((bits & ~(UINT64_C(1) << 63)) == 0)
		return -INFINITY;
	if ((int64_t)bits < 0)
		return go_math_NaN();
	if (bits >= UINT64_C(0x7FF0000000000000))
		return x;
	double f1 = go_math_Float64frombits((bits & UINT64_C(0x000FFFFFFFFFFFFF)) | UINT64_C(0x3FE0000000000000));
	double k = (double)((int32_t)((bits >> 52) & 0x7FF) - 0x3FE);
	if (f1 <= 7.07106781186547524401e-01) {   // CMPSD's "not less than", so <=
		k -= 1.0;
		f1 *= 2.0;
	}
	double f = f1 - 1.0;
	double s = f / (2.0 + f);
	double s2 = s * s, s4 = s2 * s2;
	double t1 = s2 * (((l7 * s4 + l5) * s4 + l3) * s4 + l1);
	double t2 = s4 * ((l6 * s4 + l4) * s4 + l2);
	double r = t1 + t2;
	double hfsq = 0.5 * f * f;
	return k * ln2hi - ((hfsq - (s * (hfsq + r) + k * ln2lo)) - f);
}
// }====================

// Go's amd64 assembly: max * sqrt(1 + (min/max)**2), an infinity beating
// a NaN.
double go_math_Hypot(double p, double q)
{
	p = fabs(p);
	q = fabs(q);
	if (isinf(p) || isinf(q))
		return INFINITY;
	if (isnan(p) || isnan(q))
		return go_math_NaN();
	if (p == 0 && q == 0)
		return 0;
	double hi = p > q ? p : q, lo = p > q ? q : p;
	lo /= hi;
	return hi * sqrt(lo * lo + 1.0);
}
