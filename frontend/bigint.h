// bigint.h: integers wider than 128 bits (bigint.c), shared by the
// constant evaluators const.c and const_float.c.
#ifndef MGO_BIGINT_H
#define MGO_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

// Go's integer constants hold at most 512 bits; the limbs leave room for
// intermediate products and for float constants' scaled mantissas.
enum { BIG_LIMBS = 40, BIG_MAXBITS = 512 };

struct BigInt {
	bool neg;
	uint64_t w[BIG_LIMBS];   // magnitude, least significant limb first
};
typedef struct BigInt Big;

int big_bitlen(const Big *a);
bool big_is_zero(const Big *a);
int mag_cmp(const Big *a, const Big *b);
void mag_add(Big *r, const Big *a, const Big *b);
void mag_sub(Big *r, const Big *a, const Big *b);
void big_add(Big *r, const Big *a, const Big *b, bool negate_b);
void big_mul(Big *r, const Big *a, const Big *b);
bool mag_bit(const Big *a, int i);
void big_divmod(Big *q, Big *m, const Big *a, const Big *b);
void big_bitop(Big *r, int op, const Big *a, const Big *b);
void mag_shl(Big *r, const Big *a, int s);
void mag_shr(Big *r, const Big *a, int s);
double big_to_double(const Big *a);
const char *big_decimal(const Big *a);

#endif
