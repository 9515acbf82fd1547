// const.c: constant values — literals, arithmetic, representability.
//
// Integer constants are exact up to Go's limit of 512 bits (1 << 300 >> 298
// is 4): values that fit 128 bits live in ConstVal.i, larger ones in a
// BigInt (sign and magnitude, below); floats are doubles. A constant's kind follows its
// class (bool, integer, float, string); its Go type lives on the Node, and
// the checker calls const_representable whenever a constant gets a type.
#include "check.h"
#include "bigint.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static ConstVal *cv_new(ConstKind k)
{
	ConstVal *v = arena_zalloc(&ast_arena, sizeof *v);
	v->kind = k;
	return v;
}

ConstVal *const_int(__int128 i)
{
	ConstVal *v = cv_new(CV_INT);
	v->i = i;
	return v;
}

// A float constant kept exact as num/den (its binary128 and float64 views
// rounded from the fraction).
static ConstVal *const_rat(const Big *num, const Big *den)
{
	ConstVal *v = cv_new(CV_FLOAT);
	v->num = arena_memdup(&ast_arena, num, sizeof *num);
	v->den = arena_memdup(&ast_arena, den, sizeof *den);
	v->q = cf_rat_round(num, den, 113);
	v->f = (double)cf_rat_round(num, den, 53);
	return v;
}

ConstVal *const_float(double f)
{
	Big n, d;
	if (cf_rat_from_double(f, &n, &d))
		return const_rat(&n, &d);
	ConstVal *v = cv_new(CV_FLOAT);
	v->f = f;
	v->q = f;
	return v;
}

ConstVal *const_floatq(cf_quad q)
{
	ConstVal *v = cv_new(CV_FLOAT);
	v->q = q;
	v->f = (double)q;   // binary128 to binary64 rounds to nearest even
	return v;
}

ConstVal *const_bool(bool b)
{
	ConstVal *v = cv_new(CV_BOOL);
	v->b = b;
	return v;
}

ConstVal *const_str(Str s)
{
	ConstVal *v = cv_new(CV_STRING);
	v->s = s;
	return v;
}

static const __int128 I128_MAX = (__int128)(((unsigned __int128)1 << 127) - 1);

// {==================== Integers wider than 128 bits ====================
//
// The arithmetic lives in bigint.c; these convert to and from ConstVal.

static void big_from(Big *r, const ConstVal *v)
{
	memset(r, 0, sizeof *r);
	if (v->big) {
		*r = *v->big;
		return;
	}
	r->neg = v->i < 0;
	unsigned __int128 u = r->neg ? -(unsigned __int128)v->i : (unsigned __int128)v->i;
	r->w[0] = (uint64_t)u;
	r->w[1] = (uint64_t)(u >> 64);
}

// The constant for r: NULL when |r| needs more than 512 bits.
static ConstVal *big_to_const(const Big *r)
{
	int bits = big_bitlen(r);
	if (bits > BIG_MAXBITS)
		return NULL;
	if (bits <= 127) {
		unsigned __int128 u = ((unsigned __int128)r->w[1] << 64) | r->w[0];
		return const_int(r->neg ? -(__int128)u : (__int128)u);
	}
	ConstVal *v = const_int(r->neg ? -I128_MAX : I128_MAX);
	v->big = arena_memdup(&ast_arena, r, sizeof *r);
	v->big->neg = r->neg;
	return v;
}

// The value of a numeric constant in binary128.
static cf_quad cv_quad(const ConstVal *v)
{
	if (v->kind == CV_FLOAT)
		return v->q;
	return v->big ? cf_from_big(v->big) : (cf_quad)v->i;
}

// The exact fraction of a numeric constant; false for an inexact float.
static bool cv_rat(const ConstVal *v, Big *n, Big *d)
{
	if (v->kind == CV_FLOAT && !v->num)
		return false;
	memset(d, 0, sizeof *d);
	d->w[0] = 1;
	if (v->kind == CV_FLOAT) {
		*n = *v->num;
		*d = *v->den;
	} else {
		big_from(n, v);
	}
	return true;
}

// An integral value: exactly, when the constant is exact.
static bool cv_is_int(const ConstVal *v)
{
	if (v->kind == CV_INT)
		return true;
	if (v->num)
		return v->den->w[0] == 1 && big_bitlen(v->den) == 1;
	if (v->approx && v->q == 0)
		return false;
	return cf_is_int(v->q);
}

static bool quad_finite(cf_quad q)
{
	return q == q && q - q == 0;
}

static cf_quad quad_abs(cf_quad q)
{
	return q < 0 ? -q : q;
}

// An integer literal too wide for 128 bits; false beyond the limbs.
static bool parse_big(const char *p, Big *out)
{
	int base = 10;
	memset(out, 0, sizeof *out);
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		base = 16, p += 2;
	else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
		base = 2, p += 2;
	else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
		base = 8, p += 2;
	else if (p[0] == '0' && p[1])
		base = 8, p += 1;
	for (; *p; p++) {
		if (*p == '_')
			continue;
		int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 :
			*p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : 99;
		if (d >= base)
			return false;
		unsigned __int128 carry = (unsigned)d;
		for (int k = 0; k < BIG_LIMBS; k++) {
			carry += (unsigned __int128)out->w[k] * (unsigned)base;
			out->w[k] = (uint64_t)carry;
			carry >>= 64;
		}
		if (carry || big_bitlen(out) > BIG_MAXBITS + 8)
			return false;
	}
	return true;
}

// }====================

static bool parse_big(const char *text, Big *out);

static bool parse_int(const char *text, __int128 *out)
{
	int base = 10;
	const char *p = text;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		base = 16, p += 2;
	else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
		base = 2, p += 2;
	else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
		base = 8, p += 2;
	else if (p[0] == '0' && p[1])
		base = 8, p += 1;
	__int128 v = 0;
	for (; *p; p++) {
		int d;
		if (*p == '_')
			continue;
		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (*p >= 'a' && *p <= 'f')
			d = *p - 'a' + 10;
		else if (*p >= 'A' && *p <= 'F')
			d = *p - 'A' + 10;
		else
			return false;
		if (d >= base)
			return false;
		if (v > (I128_MAX - d) / base)
			return false;
		v = v * base + d;
	}
	*out = v;
	return true;
}

static int hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

// Decodes the rune literal text 'x' (with quotes) to its value.
static bool parse_rune(const char *t, __int128 *out)
{
	const unsigned char *p = (const unsigned char *)t;
	if (*p != '\'')
		return false;
	p++;
	if (*p == '\\') {
		p++;
		int n = 0, base = 16;
		switch (*p) {
		case 'a': *out = 7; return true;
		case 'b': *out = 8; return true;
		case 'f': *out = 12; return true;
		case 'n': *out = 10; return true;
		case 'r': *out = 13; return true;
		case 't': *out = 9; return true;
		case 'v': *out = 11; return true;
		case '\\': *out = '\\'; return true;
		case '\'': *out = '\''; return true;
		case 'x': n = 2; p++; break;
		case 'u': n = 4; p++; break;
		case 'U': n = 8; p++; break;
		default:
			if (*p >= '0' && *p <= '7') {
				n = 3;
				base = 8;
				break;
			}
			return false;
		}
		__int128 v = 0;
		for (int i = 0; i < n; i++, p++) {
			int d = hexval(*p);
			if (d < 0 || d >= base)
				return false;
			v = v * base + d;
		}
		*out = v;
		return true;
	}
	// UTF-8 sequence
	unsigned c = *p;
	int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
	unsigned v = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
	for (int i = 0; i < extra; i++) {
		p++;
		if ((*p & 0xC0) != 0x80)
			return false;
		v = (v << 6) | (*p & 0x3F);
	}
	*out = v;
	return true;
}

ConstVal *const_from_lit(Node *lit)
{
	const char *text = lit->u.lit.text ? lit->u.lit.text : "";
	__int128 i;
	switch (lit->kind) {
	case ND_INTLIT: {
		Big b;
		ConstVal *bv;
		if (!parse_int(text, &i) && parse_big(text, &b) && (bv = big_to_const(&b)))
			return bv;
		if (!parse_int(text, &i)) {
			// Too large for 128 bits: keep it as a float so that
			// representability still reports "overflows".
			char buf[512];
			size_t n = 0;
			for (const char *p = text; *p && n < sizeof buf - 1; p++)
				if (*p != '_')
					buf[n++] = *p;
			buf[n] = 0;
			return const_float(strtod(buf, NULL));
		}
		return const_int(i);
	}
	case ND_RUNELIT:
		if (!parse_rune(text, &i))
			return const_int(0);
		return const_int(i);
	case ND_FLOATLIT: {
		char buf[512];
		size_t n = 0;
		for (const char *p = text; *p && n < sizeof buf - 1; p++)
			if (*p != '_')
				buf[n++] = *p;
		buf[n] = 0;
		cf_quad q;
		Big num, den;
		if (cf_rat_parse(buf, &num, &den))
			return const_rat(&num, &den);
		bool tiny = false;
		if (cf_parse(buf, &q) && q != 0)
			return const_floatq(q);
		const char *approx = cf_approx_text(buf, &tiny);
		ConstVal *v = const_floatq(approx && tiny ? 0 : approx ? (cf_quad)INFINITY
					   : (cf_quad)strtod(buf, NULL));
		v->approx = approx;
		return v;
	}
	case ND_STRINGLIT:
		return const_str(lit->u.lit.val);
	default:
		return NULL;
	}
}

bool const_is_int_valued(ConstVal *v)
{
	if (v->kind == CV_INT)
		return true;
	return v->kind == CV_FLOAT && cv_is_int(v) && quad_abs(v->q) < (cf_quad)1.7e38;
}

bool const_int64(ConstVal *v, int64_t *out)
{
	if (!const_is_int_valued(v))
		return false;
	__int128 i = v->kind == CV_INT ? v->i : (__int128)v->q;
	if (i < INT64_MIN || i > INT64_MAX)
		return false;
	*out = (int64_t)i;
	return true;
}

ConstVal *const_to_kind(ConstVal *v, Type *t)
{
	if (type_is_integer(t) && v->kind == CV_FLOAT && const_is_int_valued(v))
		return const_int((__int128)v->q);
	if (type_is_float(t) && v->kind == CV_INT)
		return const_floatq(cv_quad(v));
	return v;
}

static bool int_range(TypeKind k, __int128 *lo, __int128 *hi)
{
	switch (k) {
	case TY_INT8: *lo = INT8_MIN; *hi = INT8_MAX; return true;
	case TY_INT16: *lo = INT16_MIN; *hi = INT16_MAX; return true;
	case TY_INT32: *lo = INT32_MIN; *hi = INT32_MAX; return true;
	case TY_INT: case TY_INT64: *lo = INT64_MIN; *hi = INT64_MAX; return true;
	case TY_UINT8: *lo = 0; *hi = UINT8_MAX; return true;
	case TY_UINT16: *lo = 0; *hi = UINT16_MAX; return true;
	case TY_UINT32: *lo = 0; *hi = UINT32_MAX; return true;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: *lo = 0; *hi = UINT64_MAX; return true;
	default: return false;
	}
}

Repr const_representable(ConstVal *v, Type *t, ConstVal **out)
{
	Type *u = type_underlying(t);
	*out = v;
	if (u->kind == TY_BAD)
		return REPR_OK;
	__int128 lo = 0, hi = 0;
	if (int_range(u->kind, &lo, &hi) || u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE) {
		if (v->kind != CV_INT && v->kind != CV_FLOAT)
			return REPR_NO;
		// A float that is no value of the integer type is "truncated" in
		// Go's words, even when it is whole but too large.
		if (v->kind == CV_FLOAT) {
			if (!quad_finite(v->q) || !cv_is_int(v))
				return REPR_TRUNCATED;
			if (quad_abs(v->q) >= (cf_quad)1.7e38)
				return u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE ?
					REPR_OVERFLOW : REPR_TRUNCATED;
			v = const_int((__int128)v->q);
			if ((u->kind != TY_UNTYPED_INT && u->kind != TY_UNTYPED_RUNE) && (v->i < lo || v->i > hi))
				return REPR_TRUNCATED;
		}
		if ((u->kind != TY_UNTYPED_INT && u->kind != TY_UNTYPED_RUNE) && (v->i < lo || v->i > hi))
			return REPR_OVERFLOW;
		*out = v;
		return REPR_OK;
	}
	switch (u->kind) {
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT: {
		if (v->kind != CV_INT && v->kind != CV_FLOAT)
			return REPR_NO;
		// Rounded once, from the exact value (or binary128) to the type.
		cf_quad q = cv_quad(v);
		Big n, d;
		bool exact = cv_rat(v, &n, &d);
		if (!quad_finite(q))
			return REPR_OVERFLOW;
		if (u->kind == TY_FLOAT32) {
			float g = exact ? (float)cf_rat_round(&n, &d, 24) : (float)q;
			if (!isfinite(g))
				return REPR_OVERFLOW;
			*out = const_float(g);
		} else if (u->kind == TY_FLOAT64) {
			double g = exact ? (double)cf_rat_round(&n, &d, 53) : (double)q;
			if (!isfinite(g))
				return REPR_OVERFLOW;
			*out = const_float(g);
		} else {
			*out = v->kind == CV_FLOAT ? v : exact ? const_rat(&n, &d) : const_floatq(q);
		}
		return REPR_OK;
	}
	case TY_STRING: case TY_UNTYPED_STRING:
		return v->kind == CV_STRING ? REPR_OK : REPR_NO;
	case TY_BOOL: case TY_UNTYPED_BOOL:
		return v->kind == CV_BOOL ? REPR_OK : REPR_NO;
	default:
		return REPR_NO;
	}
}

// Integer x op y beyond 128 bits; NULL (and *err) past 512 bits.
static ConstVal *big_binary(int op, ConstVal *x, ConstVal *y, const char **err)
{
	Big a, b, r, m;
	big_from(&a, x);
	big_from(&b, y);
	switch (op) {
	case TOK_ADD: big_add(&r, &a, &b, false); break;
	case TOK_SUB: big_add(&r, &a, &b, true); break;
	case TOK_MUL:
		if (big_bitlen(&a) + big_bitlen(&b) > BIG_MAXBITS + 1) {
			*err = "constant overflow";
			return NULL;
		}
		big_mul(&r, &a, &b);
		break;
	case TOK_QUO: case TOK_REM:
		if (big_is_zero(&b)) {
			*err = "division by zero";
			return NULL;
		}
		big_divmod(&r, &m, &a, &b);
		if (op == TOK_REM)
			r = m;
		break;
	case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
		big_bitop(&r, op, &a, &b);
		break;
	default:
		return NULL;
	}
	ConstVal *v = big_to_const(&r);
	if (!v)
		*err = "constant overflow";
	return v;
}

ConstVal *const_binary(int op, ConstVal *x, ConstVal *y, bool int_div, const char **err)
{
	*err = NULL;
	if (x->kind == CV_STRING && y->kind == CV_STRING && op == TOK_ADD) {
		Str s;
		s.len = x->s.len + y->s.len;
		char *p = arena_zalloc(&ast_arena, (size_t)s.len + 1);
		memcpy(p, x->s.ptr, (size_t)x->s.len);
		memcpy(p + x->s.len, y->s.ptr, (size_t)y->s.len);
		s.ptr = p;
		return const_str(s);
	}
	if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
		if (op == TOK_LAND)
			return const_bool(x->b && y->b);
		if (op == TOK_LOR)
			return const_bool(x->b || y->b);
		return NULL;
	}
	if (x->kind == CV_INT && y->kind == CV_INT && (op != TOK_QUO || int_div) &&
	    (x->big || y->big))
		return big_binary(op, x, y, err);
	if (x->kind == CV_INT && y->kind == CV_INT && (op != TOK_QUO || int_div)) {
		__int128 a = x->i, b = y->i, r = 0;
		bool ovf = false;
		switch (op) {
		case TOK_ADD: ovf = __builtin_add_overflow(a, b, &r); break;
		case TOK_SUB: ovf = __builtin_sub_overflow(a, b, &r); break;
		case TOK_MUL: ovf = __builtin_mul_overflow(a, b, &r); break;
		case TOK_QUO: case TOK_REM:
			if (b == 0) {
				*err = "division by zero";
				return NULL;
			}
			if (b == -1)
				r = op == TOK_QUO ? -a : 0;
			else
				r = op == TOK_QUO ? a / b : a % b;
			break;
		case TOK_AND: r = a & b; break;
		case TOK_OR: r = a | b; break;
		case TOK_XOR: r = a ^ b; break;
		case TOK_AND_NOT: r = a & ~b; break;
		default: return NULL;
		}
		if (ovf)
			return big_binary(op, x, y, err);
		return const_int(r);
	}
	if ((x->kind == CV_INT || x->kind == CV_FLOAT) && (y->kind == CV_INT || y->kind == CV_FLOAT)) {
		Big an, ad, bn, bd, rn, rd;
		if (op == TOK_QUO && y->kind == CV_FLOAT ? y->q == 0 && !y->approx && (!y->num || big_is_zero(y->num)) :
		    op == TOK_QUO && y->kind == CV_INT && !y->big && y->i == 0) {
			*err = "division by zero";
			return NULL;
		}
		if (cv_rat(x, &an, &ad) && cv_rat(y, &bn, &bd) &&
		    cf_rat_op(op, &an, &ad, &bn, &bd, &rn, &rd))
			return const_rat(&rn, &rd);
		cf_quad a = cv_quad(x), b = cv_quad(y);
		if ((x->kind == CV_FLOAT && x->approx) || (y->kind == CV_FLOAT && y->approx))
			return cf_huge_binary(op, x, y, a, b, err);
		switch (op) {
		case TOK_ADD: return const_floatq(a + b);
		case TOK_SUB: return const_floatq(a - b);
		case TOK_MUL: return const_floatq(a * b);
		case TOK_QUO:
			if (b == 0) {
				*err = "division by zero";
				return NULL;
			}
			return const_floatq(a / b);
		default: return NULL;
		}
	}
	return NULL;
}

static int cmp3(ConstVal *x, ConstVal *y)
{
	if (x->kind == CV_STRING) {
		int64_t n = x->s.len < y->s.len ? x->s.len : y->s.len;
		int c = memcmp(x->s.ptr, y->s.ptr, (size_t)n);
		if (c)
			return c < 0 ? -1 : 1;
		return x->s.len < y->s.len ? -1 : x->s.len > y->s.len;
	}
	if (x->kind == CV_INT && y->kind == CV_INT && (x->big || y->big)) {
		Big a, b, d;
		big_from(&a, x);
		big_from(&b, y);
		big_add(&d, &a, &b, true);
		return big_is_zero(&d) ? 0 : d.neg ? -1 : 1;
	}
	if (x->kind == CV_INT && y->kind == CV_INT)
		return x->i < y->i ? -1 : x->i > y->i;
	Big an, ad, bn, bd;
	if (cv_rat(x, &an, &ad) && cv_rat(y, &bn, &bd))
		return cf_rat_cmp(&an, &ad, &bn, &bd);
	cf_quad a = cv_quad(x), b = cv_quad(y);
	return a < b ? -1 : a > b;
}

ConstVal *const_compare(int op, ConstVal *x, ConstVal *y)
{
	if (x->kind == CV_BOOL || y->kind == CV_BOOL) {
		if (x->kind != y->kind)
			return NULL;
		if (op == TOK_EQL)
			return const_bool(x->b == y->b);
		if (op == TOK_NEQ)
			return const_bool(x->b != y->b);
		return NULL;
	}
	if ((x->kind == CV_STRING) != (y->kind == CV_STRING))
		return NULL;
	int c = cmp3(x, y);
	switch (op) {
	case TOK_EQL: return const_bool(c == 0);
	case TOK_NEQ: return const_bool(c != 0);
	case TOK_LSS: return const_bool(c < 0);
	case TOK_LEQ: return const_bool(c <= 0);
	case TOK_GTR: return const_bool(c > 0);
	case TOK_GEQ: return const_bool(c >= 0);
	default: return NULL;
	}
}

ConstVal *const_unary(int op, ConstVal *x, Type *t)
{
	switch (op) {
	case TOK_ADD:
		return x;
	case TOK_SUB:
		if (x->kind == CV_INT && (x->big || x->i == -I128_MAX - 1)) {
			Big a;
			big_from(&a, x);
			a.neg = !a.neg && !big_is_zero(&a);
			return big_to_const(&a);
		}
		if (x->kind == CV_INT)
			return const_int(-x->i);
		if (x->kind == CV_FLOAT && x->num) {
			Big n = *x->num;
			n.neg = !n.neg && !big_is_zero(&n);
			return const_rat(&n, x->den);
		}
		if (x->kind == CV_FLOAT) {
			ConstVal *r = const_floatq(-x->q);
			if (x->approx)
				r->approx = x->approx[0] == '-' ? x->approx + 1
					: arena_sprintf(&ast_arena, "-%s", x->approx);
			return r;
		}
		return NULL;
	case TOK_NOT:
		return x->kind == CV_BOOL ? const_bool(!x->b) : NULL;
	case TOK_XOR: {
		if (x->kind != CV_INT)
			return NULL;
		Type *u = type_underlying(t);
		if (type_is_unsigned(u)) {
			int bits = (int)(u->size * 8);
			unsigned __int128 mask = bits >= 128 ? ~(unsigned __int128)0 :
				(((unsigned __int128)1 << bits) - 1);
			return const_int((__int128)(~(unsigned __int128)x->i & mask));
		}
		if (x->big) {
			// ^x == -x - 1 for untyped integers
			Big a, one = {0}, r;
			big_from(&a, x);
			a.neg = !a.neg;
			one.w[0] = 1;
			big_add(&r, &a, &one, true);
			return big_to_const(&r);
		}
		return const_int(~x->i);
	}
	default:
		return NULL;
	}
}

ConstVal *const_shift(int op, ConstVal *x, uint64_t s, const char **err)
{
	*err = NULL;
	if (x->kind != CV_INT)
		return NULL;
	if (!x->big && op == TOK_SHR)
		return const_int(s >= 127 ? (x->i < 0 ? -1 : 0) : x->i >> s);
	if (!x->big && x->i == 0)
		return x;
	if (!x->big && s < 127) {
		__int128 r = (__int128)((unsigned __int128)x->i << s);
		if ((r >> s) == x->i)
			return const_int(r);
	}
	Big a, r;
	big_from(&a, x);
	if (op == TOK_SHR) {
		// Floor division by 2^s: for a negative x, -((|x| - 1) >> s) - 1.
		if (s >= (uint64_t)BIG_LIMBS * 64)
			return const_int(a.neg ? -1 : 0);
		if (!a.neg) {
			mag_shr(&r, &a, (int)s);
			return big_to_const(&r);
		}
		Big one = {0}, t;
		one.w[0] = 1;
		a.neg = false;
		mag_sub(&t, &a, &one);
		mag_shr(&r, &t, (int)s);
		mag_add(&r, &r, &one);
		r.neg = true;
		return big_to_const(&r);
	}
	if ((uint64_t)big_bitlen(&a) + s > BIG_MAXBITS) {
		*err = "constant shift overflow";
		return NULL;
	}
	mag_shl(&r, &a, (int)s);
	return big_to_const(&r);
}

static void u128_str(char *buf, __int128 v)
{
	char tmp[64];
	int n = 0;
	bool neg = v < 0;
	unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
	do {
		tmp[n++] = (char)('0' + (int)(u % 10));
		u /= 10;
	} while (u);
	char *p = buf;
	if (neg)
		*p++ = '-';
	while (n)
		*p++ = tmp[--n];
	*p = 0;
}

// A float constant as Go prints one: %.6g of its float64 value; beyond
// float64's range, an approximate mantissa and decimal exponent.
static void float_repr(char *buf, const ConstVal *v)
{
	double x = v->f;
	cf_quad q = v->q;
	if (v->approx) {
		snprintf(buf, 64, "%s", v->approx);
		return;
	}
	if ((isfinite(x) && (x == 0) == (q == 0)) || !quad_finite(q)) {
		snprintf(buf, 64, "%.6g", x);
		return;
	}
	int exp = 0;  // q = m * 2^exp with 0.5 <= |m| < 1
	cf_quad m = quad_abs(q);
	while (m >= 1) {
		m /= 2;
		exp++;
	}
	while (m < 0.5) {
		m *= 2;
		exp--;
	}
	double dm = (double)(q < 0 ? -m : m);
	double d = exp * (M_LN2 / M_LN10);
	long long e = (long long)d;
	dm *= pow(10, d - (double)e);
	if (fabs(dm) < 1 - 0.5e-6) {
		dm *= 10;
		e--;
	} else if (fabs(dm) >= 10) {
		dm /= 10;
		e++;
	}
	snprintf(buf, 64, "%.6ge%+lld", dm, e);
}

const char *const_repr(ConstVal *v)
{
	char buf[128];
	switch (v->kind) {
	case CV_BOOL:
		return v->b ? "true" : "false";
	case CV_INT:
		if (v->big)
			return big_decimal(v->big);
		u128_str(buf, v->i);
		return arena_strndup(&ast_arena, buf, strlen(buf));
	case CV_FLOAT:
		float_repr(buf, v);
		return arena_strndup(&ast_arena, buf, strlen(buf));
	case CV_STRING: {
		size_t cap = (size_t)v->s.len * 4 + 8, n = 0;
		char *out = arena_zalloc(&ast_arena, cap);
		out[n++] = '"';
		for (int64_t i = 0; i < v->s.len; i++) {
			unsigned char ch = (unsigned char)v->s.ptr[i];
			if (ch == '"' || ch == '\\') {
				out[n++] = '\\';
				out[n++] = (char)ch;
			} else if (ch == '\n') {
				out[n++] = '\\';
				out[n++] = 'n';
			} else if (ch == '\t') {
				out[n++] = '\\';
				out[n++] = 't';
			} else if (ch < 0x20 || ch == 0x7f) {
				n += (size_t)snprintf(out + n, cap - n, "\\x%02x", ch);
			} else {
				out[n++] = (char)ch;
			}
		}
		out[n++] = '"';
		return out;
	}
	}
	return "?";
}
