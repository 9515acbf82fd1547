// go_math_hyp.c: package math's Log1p, Expm1, Asinh, Acosh, Atanh and
// Remainder, bit for bit as Go 1.19 on amd64, where all six are Go code
// (FreeBSD's msun algorithms): the same reductions and polynomial
// coefficients, each operation in Go's order and rounded to float64 (no
// fused multiply-add, which the C compiler does not form for x86-64's
// baseline either).
#include <math.h>
#include <stdbool.h>

#include "go_math.h"

double go_math_Mod(double x, double y);

static const double ln2_hi = 6.93147180369123816490e-01;   // ln 2, high 32 bits
static const double ln2_lo = 1.90821492927058770002e-10;   // and the rest

// log(1+f) for the reduced f, with k*ln2 and the correction c added back.
static double log1p_tail(double f, int64_t k, double c, uint64_t iu)
{
	static const double lp[] = {6.666666666666735130e-01, 3.999999999940941908e-01,
		2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01,
		1.531383769920937332e-01, 1.479819860511658591e-01};
	double hfsq = 0.5 * f * f;
	double dk = (double)k;
	if (iu == 0) {   // |f| < 2**-20
		if (f == 0) {
			if (k == 0)
				return 0;
			c += dk * ln2_lo;
			return dk * ln2_hi + c;
		}
		double r = hfsq * (1.0 - 0.66666666666666666 * f);
		if (k == 0)
			return f - r;
		return dk * ln2_hi - ((r - (dk * ln2_lo + c)) - f);
	}
	double s = f / (2.0 + f);
	double z = s * s;
	double r = z * (lp[0] + z * (lp[1] + z * (lp[2] + z * (lp[3] + z * (lp[4] + z * (lp[5] + z * lp[6]))))));
	if (k == 0)
		return f - (hfsq - s * (hfsq + r));
	return dk * ln2_hi - ((hfsq - (s * (hfsq + r) + (dk * ln2_lo + c))) - f);
}

double go_math_Log1p(double x)
{
	if (x < -1 || isnan(x))
		return go_math_NaN();
	if (x == -1)
		return -INFINITY;
	if (isinf(x))
		return INFINITY;
	double ax = fabs(x), f = 0, c = 0;
	uint64_t iu = 0;
	int64_t k = 1;
	if (ax < 4.142135623730950488017e-01) {          // sqrt(2)-1
		if (ax < 0x1p-29) {
			if (ax < 0x1p-54)
				return x;
			return x - x * x * 0.5;
		}
		if (x > -2.928932188134524755992e-01) {   // sqrt(2)/2-1
			k = 0;
			f = x;
			iu = 1;
		}
	}
	if (k != 0) {
		double u;
		if (ax < 0x1p53) {
			u = 1.0 + x;
			iu = go_math_Float64bits(u);
			k = (int64_t)((iu >> 52) - 1023);
			c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
			c /= u;
		} else {
			u = x;
			iu = go_math_Float64bits(u);
			k = (int64_t)((iu >> 52) - 1023);
			c = 0;
		}
		iu &= 0x000fffffffffffff;
		if (iu < 0x0006a09e667f3bcd) {   // below sqrt(2)'s mantissa
			u = go_math_Float64frombits(iu | 0x3ff0000000000000);
		} else {
			k++;
			u = go_math_Float64frombits(iu | 0x3fe0000000000000);
			iu = (0x0010000000000000 - iu) >> 2;
		}
		f = u - 1.0;
	}
	return log1p_tail(f, k, c, iu);
}

// expm1's result from the reduced x, its correction c and the power k.
static double expm1_tail(double x, double c, int64_t k)
{
	static const double q[] = {-3.33333333333331316428e-02, 1.58730158725481460165e-03,
		-7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07};
	double hfx = 0.5 * x;
	double hxs = x * hfx;
	double r1 = 1 + hxs * (q[0] + hxs * (q[1] + hxs * (q[2] + hxs * (q[3] + hxs * q[4]))));
	double t = 3 - r1 * hfx;
	double e = hxs * ((r1 - t) / (6.0 - x * t));
	if (k == 0)
		return x - (x * e - hxs);
	e = (x * (e - c) - c);
	e -= hxs;
	if (k == -1)
		return 0.5 * (x - e) - 0.5;
	if (k == 1) {
		if (x < -0.25)
			return -2 * (e - (x + 0.5));
		return 1 + 2 * (x - e);
	}
	if (k <= -2 || k > 56) {
		double y = 1 - (e - x);
		y = go_math_Float64frombits(go_math_Float64bits(y) + ((uint64_t)k << 52));
		return y - 1;
	}
	if (k < 20) {
		t = go_math_Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> k));
		double y = t - (e - x);
		return go_math_Float64frombits(go_math_Float64bits(y) + ((uint64_t)k << 52));
	}
	t = go_math_Float64frombits((uint64_t)(0x3ff - k) << 52);
	double y = x - (e + t);
	y++;
	return go_math_Float64frombits(go_math_Float64bits(y) + ((uint64_t)k << 52));
}

double go_math_Expm1(double x)
{
	if (isnan(x) || (isinf(x) && x > 0))
		return x;
	if (isinf(x))
		return -1;
	double ax = x;
	bool neg = false;
	if (x < 0) {
		ax = -ax;
		neg = true;
	}
	if (ax >= 3.88162421113569373274e+01) {   // 56 ln 2
		if (neg)
			return -1;
		if (ax >= 7.09782712893383973096e+02)
			return INFINITY;
	}
	double c = 0;
	int64_t k = 0;
	if (ax > 3.46573590279972654709e-01) {    // ln 2 / 2
		double hi, lo;
		if (ax < 1.03972077083991796413e+00) {   // 3 ln 2 / 2
			hi = neg ? x + ln2_hi : x - ln2_hi;
			lo = neg ? -ln2_lo : ln2_lo;
			k = neg ? -1 : 1;
		} else {
			const double inv_ln2 = 1.44269504088896338700e+00;
			k = (int64_t)(neg ? inv_ln2 * x - 0.5 : inv_ln2 * x + 0.5);
			double t = (double)k;
			hi = x - t * ln2_hi;
			lo = t * ln2_lo;
		}
		x = hi - lo;
		c = (hi - x) - lo;
	} else if (ax < 0x1p-54) {
		return x;
	}
	return expm1_tail(x, c, k);
}

double go_math_Asinh(double x)
{
	if (isnan(x) || isinf(x))
		return x;
	bool neg = x < 0;
	if (neg)
		x = -x;
	double r;
	if (x > 0x1p28)
		r = go_math_Log(x) + 6.93147180559945286227e-01;
	else if (x > 2)
		r = go_math_Log(2 * x + 1 / (sqrt(x * x + 1) + x));
	else if (x < 0x1p-28)
		r = x;
	else
		r = go_math_Log1p(x + x * x / (1 + sqrt(1 + x * x)));
	return neg ? -r : r;
}

double go_math_Acosh(double x)
{
	if (x < 1 || isnan(x))
		return go_math_NaN();
	if (x == 1)
		return 0;
	if (x >= 0x1p28)
		return go_math_Log(x) + 0.693147180559945309417232121458176568;
	if (x > 2)
		return go_math_Log(2 * x - 1 / (x + sqrt(x * x - 1)));
	double t = x - 1;
	return go_math_Log1p(t + sqrt(2 * t + t * t));
}

double go_math_Atanh(double x)
{
	if (x < -1 || x > 1 || isnan(x))
		return go_math_NaN();
	if (x == 1)
		return INFINITY;
	if (x == -1)
		return -INFINITY;
	bool neg = x < 0;
	if (neg)
		x = -x;
	double r;
	if (x < 0x1p-28) {
		r = x;
	} else if (x < 0.5) {
		r = x + x;
		r = 0.5 * go_math_Log1p(r + r * x / (1 - x));
	} else {
		r = 0.5 * go_math_Log1p((x + x) / (1 - x));
	}
	return neg ? -r : r;
}

double go_math_Remainder(double x, double y)
{
	if (isnan(x) || isnan(y) || isinf(x) || y == 0)
		return go_math_NaN();
	if (isinf(y))
		return x;
	bool neg = x < 0;
	if (neg)
		x = -x;
	if (y < 0)
		y = -y;
	if (x == y)
		return neg ? -0.0 : 0.0;
	if (y <= 1.79769313486231570814527423731704356798070e+308 / 2)
		x = go_math_Mod(x, y + y);
	if (y < 4.45014771701440276618e-308) {   // twice the smallest normal
		if (x + x > y) {
			x -= y;
			if (x + x >= y)
				x -= y;
		}
	} else {
		double half = 0.5 * y;
		if (x > half) {
			x -= y;
			if (x >= half)
				x -= y;
		}
	}
	return neg ? -x : x;
}
