// go_math_pow.c: math's powers, logarithms of other bases, Mod, Cbrt and
// the hyperbolic functions as Go 1.19 computes them (Go code on amd64:
// the same operations in the same order, over Go's assembly Exp and Log
// of go_math.c). C's frexp and ldexp are exact, as Go's are.
#pragma GCC optimize("fp-contract=off")   // Go on amd64 never fuses a*b+c
#include <math.h>

#include "go_lib.h"
#include "go_math.h"

#define INV_LN10 0x1.bcb7b1526e50ep-2   // 1/Ln10 as Go rounds the constant
#define INV_LN2 0x1.71547652b82fep+0

double go_math_Log10(double x)
{
	return go_math_Log(x) * INV_LN10;
}

double go_math_Log2(double x)
{
	int e;
	double frac = frexp(x, &e);
	if (frac == 0.5)   // an exact power of two
		return (double)(e - 1);
	return go_math_Log(frac) * INV_LN2 + (double)e;
}

static bool is_odd_int(double x)
{
	double i, f = go_math_modf(x, &i);
	// From 2**53 on every float is even (and int64 would overflow).
	return f == 0 && fabs(i) < 0x1p53 && ((int64_t)i & 1) == 1;
}

double go_math_Pow(double x, double y)
{
	if (y == 0 || x == 1)
		return 1;
	if (y == 1)
		return x;
	if (isnan(x) || isnan(y))
		return go_math_NaN();
	if (x == 0) {
		if (y < 0)
			return is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
		return is_odd_int(y) ? x : 0;
	}
	if (isinf(y)) {
		if (x == -1)
			return 1;
		return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
	}
	if (isinf(x)) {
		if (x < 0)
			return go_math_Pow(1 / x, -y);   // as Pow(-0, -y)
		return y < 0 ? 0 : INFINITY;
	}
	if (y == 0.5)
		return sqrt(x);
	if (y == -0.5)
		return 1 / sqrt(x);
	double yi, yf = go_math_modf(fabs(y), &yi);
	if (yf != 0 && x < 0)
		return go_math_NaN();
	if (yi >= 0x1p63) {   // y is an even integer too large to square towards
		if (x == -1)
			return 1;
		return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
	}
	// x**y = x**yf * x**yi: the first through Exp and Log, the second by
	// repeated squaring of Frexp's fraction with the exponent kept apart.
	double a1 = 1.0;
	int64_t ae = 0;
	if (yf != 0) {
		if (yf > 0.5) {
			yf--;
			yi++;
		}
		a1 = go_math_Exp(yf * go_math_Log(x));
	}
	int xe32;
	double x1 = frexp(x, &xe32);
	int64_t xe = xe32;
	for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
		if (xe < -(1 << 12) || (1 << 12) < xe) {
			// The exponent alone over- or underflows: the rest of the
			// loop cannot bring it back.
			ae += xe;
			break;
		}
		if (i & 1) {
			a1 *= x1;
			ae += xe;
		}
		x1 *= x1;
		xe *= 2;   // may be negative: no shift
		if (x1 < .5) {
			x1 += x1;
			xe--;
		}
	}
	if (y < 0) {
		a1 = 1 / a1;
		ae = -ae;
	}
	// Go's Ldexp saturates an out-of-range exponent; ldexp's int would wrap.
	if (ae > 1 << 20)
		ae = 1 << 20;
	else if (ae < -(1 << 20))
		ae = -(1 << 20);
	return ldexp(a1, (int)ae);
}

// Go's Pow10: two table entries (decimal literals, rounded once as Go
// rounds its constants), multiplied, or divided for negative powers.
double go_math_Pow10(int64_t n)
{
	static const double tab[] = {
		1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
		1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
	};
	static const double pos32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
	static const double neg32[] = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224,
				       1e-256, 1e-288, 1e-320};
	if (0 <= n && n <= 308)
		return pos32[n / 32] * tab[n % 32];
	if (-323 <= n && n <= 0)
		return neg32[-n / 32] / tab[-n % 32];
	return n > 0 ? INFINITY : 0;
}

// Go's Mod: repeated subtraction of y scaled to r's exponent (exact).
double go_math_Mod(double x, double y)
{
	if (y == 0 || isinf(x) || isnan(x) || isnan(y))
		return go_math_NaN();
	y = fabs(y);
	int yexp, rexp;
	double yfr = frexp(y, &yexp);
	double r = x < 0 ? -x : x;
	while (r >= y) {
		double rfr = frexp(r, &rexp);
		if (rfr < yfr)
			rexp--;
		r = r - ldexp(y, rexp - yexp);
	}
	return x < 0 ? -r : r;
}

// FreeBSD's cube root: a 5-bit estimate from the exponent bits, one
// rational step to 23 bits, rounded, then one Newton step.
double go_math_Cbrt(double x)
{
	const uint64_t b1 = 715094163, b2 = 696219795;
	const double c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01,
		     e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00,
		     g = 3.57142857142857150787e-01;
	if (x == 0 || isnan(x) || isinf(x))
		return x;
	bool neg = x < 0;
	if (neg)
		x = -x;
	double t = go_math_Float64frombits(go_math_Float64bits(x) / 3 + (b1 << 32));
	if (x < 0x1p-1022) {   // subnormal: scaled up by 2**54 first
		t = 0x1p54;
		t *= x;
		t = go_math_Float64frombits(go_math_Float64bits(t) / 3 + (b2 << 32));
	}
	double r = t * t / x;
	double s = c + r * t;
	t *= g + f / (s + e + d / s);
	t = go_math_Float64frombits((go_math_Float64bits(t) & (UINT64_C(0xFFFFFFFFC) << 28)) + (UINT64_C(1) << 30));
	s = t * t;
	r = x / s;
	double w = t + t;
	r = (r - t) / (w + r);
	t = t + t * r;
	return neg ? -t : t;
}

// {==================== Exp2 and the hyperbolic functions ====================
static double exp_multi(double hi, double lo, int k)
{
	const double p1 = 1.66666666666666657415e-01, p2 = -2.77777777770155933842e-03,
		     p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06,
		     p5 = 4.13813679705723846039e-08;
	double r = hi - lo;
	double t = r * r;
	double c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
	double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
	return ldexp(y, k);
}

double go_math_Exp2(double x)
{
	const double ln2hi = 6.93147180369123816490e-01, ln2lo = 1.90821492927058770002e-10;
	if (isnan(x) || (isinf(x) && x > 0))
		return x;
	if (isinf(x))
		return 0;
	if (x > 1.0239999999999999e+03)
		return INFINITY;
	if (x < -1.0740e+03)
		return 0;
	int k = 0;
	if (x > 0)
		k = (int)(x + 0.5);
	else if (x < 0)
		k = (int)(x - 0.5);
	double t = x - (double)k;
	return exp_multi(t * ln2hi, -t * ln2lo, k);
}

double go_math_Sinh(double x)
{
	const double p0 = -0.6307673640497716991184787251e+6, p1 = -0.8991272022039509355398013511e+5,
		     p2 = -0.2894211355989563807284660366e+4, p3 = -0.2630563213397497062819489e+2,
		     q0 = -0.6307673640497716991212077277e+6, q1 = 0.1521517378790019070696485176e+5,
		     q2 = -0.173678953558233699533450911e+3;
	bool neg = x < 0;
	if (neg)
		x = -x;
	double r;
	if (x > 21) {
		r = go_math_Exp(x) * 0.5;
	} else if (x > 0.5) {
		double ex = go_math_Exp(x);
		r = (ex - 1 / ex) * 0.5;
	} else {
		double sq = x * x;
		r = (((p3 * sq + p2) * sq + p1) * sq + p0) * x;
		r = r / (((sq + q2) * sq + q1) * sq + q0);
	}
	return neg ? -r : r;
}

double go_math_Cosh(double x)
{
	x = fabs(x);
	if (x > 21)
		return go_math_Exp(x) * 0.5;
	double ex = go_math_Exp(x);
	return (ex + 1 / ex) * 0.5;
}

double go_math_Tanh(double x)
{
	static const double p[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
				   -1.61468768441708447952e3};
	static const double q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
				   4.84406305325125486048e3};
	double z = fabs(x);
	if (z > 0.5 * 8.8029691931113054295988e+01)
		return x < 0 ? -1 : 1;
	if (z >= 0.625) {
		double s = go_math_Exp(2 * z);
		z = 1 - 2 / (s + 1);
		return x < 0 ? -z : z;
	}
	if (x == 0)
		return x;
	double s = x * x;
	return x + x * s * ((p[0] * s + p[1]) * s + p[2]) / (((s + q[0]) * s + q[1]) * s + q[2]);
}
// }====================
