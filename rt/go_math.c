// go_math.c: package math (declared in frontend/library_decls.c). Sqrt,
// Floor, Ceil, Trunc, Abs, Copysign and the bit functions are exact, as
// in Go; the transcendental functions come from the C library, which
// can differ from Go's own algorithms in the last bit.
#include <math.h>
#include <string.h>

#include "go_lib.h"

double go_math_Sqrt(double x) { return sqrt(x); }
double go_math_Abs(double x) { return fabs(x); }
double go_math_Floor(double x) { return floor(x); }
double go_math_Ceil(double x) { return ceil(x); }
double go_math_Trunc(double x) { return trunc(x); }
double go_math_Round(double x) { return round(x); }
double go_math_Mod(double x, double y) { return fmod(x, y); }
double go_math_Pow(double x, double y) { return pow(x, y); }
double go_math_Exp(double x) { return exp(x); }
double go_math_Log(double x) { return log(x); }
double go_math_Log2(double x) { return log2(x); }
double go_math_Log10(double x) { return log10(x); }
double go_math_Sin(double x) { return sin(x); }
double go_math_Cos(double x) { return cos(x); }
double go_math_Tan(double x) { return tan(x); }
double go_math_Atan(double x) { return atan(x); }
double go_math_Atan2(double y, double x) { return atan2(y, x); }
double go_math_Hypot(double p, double q) { return hypot(p, q); }
double go_math_Cbrt(double x) { return (double)cbrtl((long double)x); }   // glibc's cbrt is off by an ulp on exact cubes
double go_math_Copysign(double f, double sign) { return copysign(f, sign); }
bool go_math_Signbit(double x) { return signbit(x) != 0; }
bool go_math_IsNaN(double f) { return isnan(f); }
double go_math_NaN(void) { return NAN; }

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
		return NAN;
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
		return NAN;
	if (x == 0 && x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}

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
