// go_math.h: what the files of package math (go_math*.c) share.
#ifndef MGO_GO_MATH_H
#define MGO_GO_MATH_H

#include <stdint.h>

#define GO_MATH_NAN_BITS UINT64_C(0x7FF8000000000001)

// Two float64 results (Modf, Frexp's fraction and Sincos).
typedef struct go_float2 {
	double r0, r1;
} go_float2;

uint64_t go_math_Float64bits(double f);
double go_math_Float64frombits(uint64_t b);
double go_math_NaN(void);
double go_math_Exp(double x);
double go_math_Log(double x);
double go_math_Sqrt(double x);
// Go's Modf: the fraction returned, the integer part in *ip.
double go_math_modf(double f, double *ip);

#endif
