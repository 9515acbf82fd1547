// test_math.c: package math's C (rt/go_math*.c) against Go 1.19's results,
// bit for bit, on the inputs of math_go_table.h (tools/mathtable/gen.go).
// The table was made on a CPU with or without FMA; Go's Exp (and what
// uses it) rounds differently on the other kind, so those rows are
// skipped there.
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt/go_lib.h"
#include "rt/go_math.h"
#include "math_go_table.h"

double go_math_Floor(double), go_math_Ceil(double), go_math_Trunc(double), go_math_Round(double),
	go_math_RoundToEven(double), go_math_Log2(double), go_math_Log10(double),
	go_math_Sin(double), go_math_Cos(double), go_math_Tan(double), go_math_Atan(double),
	go_math_Asin(double), go_math_Acos(double), go_math_Cbrt(double), go_math_Exp2(double),
	go_math_Sinh(double), go_math_Cosh(double), go_math_Tanh(double), go_math_Pow10(int64_t),
	go_math_Pow(double, double), go_math_Atan2(double, double), go_math_Hypot(double, double),
	go_math_Mod(double, double), go_math_Max(double, double), go_math_Min(double, double),
	go_math_Dim(double, double), go_math_Copysign(double, double), go_math_Log1p(double),
	go_math_Expm1(double), go_math_Asinh(double), go_math_Acosh(double), go_math_Atanh(double),
	go_math_Remainder(double, double);

// (the table's Acosh and Atanh inputs are mapped into their domains as gen.go does)
static double acosh_of(double x) { return go_math_Acosh(fabs(x) + 1); }
static double atanh_of(double x) { return go_math_Atanh(x / (1 + fabs(x))); }

static double modf_int(double x) { double i; go_math_modf(x, &i); return i; }
static double modf_frac(double x) { double i; return go_math_modf(x, &i); }
static double pow10_of(double x) { return go_math_Pow10((int64_t)fmod(x, 400)); }

#define F1(n, f, e) {n, f, NULL, e}
#define F2(n, f, e) {n, NULL, f, e}
static const struct {
	const char *name;
	double (*f1)(double);
	double (*f2)(double, double);
	bool uses_exp;
} funcs[] = {
	F1("Sqrt", go_math_Sqrt, false), F1("Floor", go_math_Floor, false), F1("Ceil", go_math_Ceil, false),
	F1("Trunc", go_math_Trunc, false), F1("Round", go_math_Round, false), F1("RoundToEven", go_math_RoundToEven, false),
	F1("Exp", go_math_Exp, true), F1("Log", go_math_Log, false), F1("Log2", go_math_Log2, false),
	F1("Log10", go_math_Log10, false), F1("Sin", go_math_Sin, false), F1("Cos", go_math_Cos, false), F1("Tan", go_math_Tan, false),
	F1("Atan", go_math_Atan, false), F1("Asin", go_math_Asin, false), F1("Acos", go_math_Acos, false),
	F1("Cbrt", go_math_Cbrt, false), F1("Exp2", go_math_Exp2, false), F1("Sinh", go_math_Sinh, true),
	F1("Cosh", go_math_Cosh, true), F1("Tanh", go_math_Tanh, true),
	F1("ModfInt", modf_int, false), F1("ModfFrac", modf_frac, false), F1("Pow10", pow10_of, false),
	F1("Log1p", go_math_Log1p, false), F1("Expm1", go_math_Expm1, false), F1("Asinh", go_math_Asinh, false),
	F1("Acosh", acosh_of, false), F1("Atanh", atanh_of, false),
	F2("Pow", go_math_Pow, true), F2("Atan2", go_math_Atan2, false), F2("Hypot", go_math_Hypot, false),
	F2("Mod", go_math_Mod, false), F2("Max", go_math_Max, false), F2("Min", go_math_Min, false),
	F2("Dim", go_math_Dim, false), F2("Copysign", go_math_Copysign, false),
	F2("Remainder", go_math_Remainder, false),
};

Test(math, bits_as_go)
{
	__builtin_cpu_init();
	bool fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
	size_t n = sizeof go_math_cases / sizeof *go_math_cases, checked = 0, bad = 0;
	for (size_t k = 0; k < sizeof funcs / sizeof *funcs; k++) {
		size_t rows = 0, wrong = 0;
		for (size_t i = 0; i < n; i++) {
			const struct go_math_case *c = &go_math_cases[i];
			if (strcmp(c->fn, funcs[k].name) != 0)
				continue;
			rows++;
			if (funcs[k].uses_exp && fma != GO_MATH_TABLE_FMA)
				continue;
			double x = go_math_Float64frombits(c->x), y = go_math_Float64frombits(c->y);
			double r = funcs[k].f1 ? funcs[k].f1(x) : funcs[k].f2(x, y);
			checked++;
			if (go_math_Float64bits(r) != c->r) {
				if (wrong++ < 3)
					cr_log_error("%s(%a, %a) = %a (%#lx), Go: %a (%#lx)", c->fn, x, y, r,
						     (unsigned long)go_math_Float64bits(r),
						     go_math_Float64frombits(c->r), (unsigned long)c->r);
			}
		}
		cr_expect(rows > 0, "no rows for %s", funcs[k].name);
		if (wrong)
			cr_log_error("%s: %zu of %zu differ", funcs[k].name, wrong, rows);
		bad += wrong;
	}
	cr_expect(checked == n || fma != GO_MATH_TABLE_FMA, "%zu rows of %zu checked", checked, n);
	cr_expect(bad == 0, "%zu of %zu results differ from Go's", bad, checked);
}
