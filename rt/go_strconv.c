// go_strconv.c: package strconv (declared in frontend/library_decls.c).
// Parse errors are *strconv.NumError values with Go's texts; the
// descriptor of *NumError is the one codegen emits for the program
// (go_type_strconv_NumError_ptr), so x.(*strconv.NumError) matches.
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"
#include "go_math.h"

typedef struct go_strconv_NumError {
	go_string Func, Num;
	go_iface Err;
} go_strconv_NumError;

// Emitted by codegen in programs that import strconv; weak, so that tests
// linking every runtime object need not define them.
extern const go_type go_type_strconv_NumError __attribute__((weak));
extern const go_type go_type_strconv_NumError_ptr __attribute__((weak));

go_iface go_strconv_ErrRange, go_strconv_ErrSyntax;

__attribute__((constructor)) static void init_errors(void)
{
	go_strconv_ErrRange = go_lib_error_static("value out of range");
	go_strconv_ErrSyntax = go_lib_error_static("invalid syntax");
}

static go_string gs(const char *s)
{
	return (go_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

static go_string quote(go_string s);

go_string go_strconv_NumError_Error(go_strconv_NumError *e)
{
	go_string parts[] = {GO_STR("strconv."), e->Func, GO_STR(": parsing "), quote(e->Num),
		GO_STR(": "), go_error_text(e->Err)};
	return go_string_concat(parts, 6, NULL, 0);
}

go_iface go_strconv_NumError_Unwrap(go_strconv_NumError *e)
{
	return e->Err;
}

static go_iface num_error(const char *fn, go_string num, go_iface err)
{
	go_strconv_NumError *e = go_new_t(&go_type_strconv_NumError);
	e->Func = gs(fn);
	e->Num = go_string_from_bytes(num.ptr, num.len);   // Go clones the input
	e->Err = err;
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_error, &go_type_strconv_NumError_ptr, NULL);
	return (go_iface){tab, e};
}

// {==================== integers ====================

static int digit_val(uint8_t c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

// Go's rule for '_' in numbers (base prefixes and floats included): only
// between digits, or between a base prefix and a digit.
static bool underscore_ok(go_string t)
{
	char saw = '^';
	int64_t i = 0;
	if (t.len >= 1 && (t.ptr[0] == '-' || t.ptr[0] == '+'))
		i++;
	bool hex = false;
	if (t.len - i >= 2 && t.ptr[i] == '0' && strchr("bBoOxX", t.ptr[i + 1])) {
		hex = (t.ptr[i + 1] | 32) == 'x';
		i += 2;
		saw = '0';
	}
	for (; i < t.len; i++) {
		uint8_t c = t.ptr[i];
		if ((c >= '0' && c <= '9') || (hex && (c | 32) >= 'a' && (c | 32) <= 'f')) {
			saw = '0';
		} else if (c == '_') {
			if (saw != '0')
				return false;
			saw = '_';
		} else {
			if (saw == '_')
				return false;
			saw = '!';
		}
	}
	return saw != '_';
}

// Go's ParseUint: *err 0 ok, 1 syntax, 2 range, 3 bad base, 4 bad bit size.
static uint64_t parse_uint(go_string s, int64_t base, int64_t bits, int *err)
{
	*err = 0;
	if (s.len == 0) {
		*err = 1;
		return 0;
	}
	bool base0 = base == 0;
	const uint8_t *p = s.ptr;
	int64_t n = s.len;
	if (base >= 2 && base <= 36) {
	} else if (base == 0) {
		base = 10;
		if (p[0] == '0') {
			if (n >= 3 && (p[1] | 32) == 'b') {
				base = 2, p += 2, n -= 2;
			} else if (n >= 3 && (p[1] | 32) == 'o') {
				base = 8, p += 2, n -= 2;
			} else if (n >= 3 && (p[1] | 32) == 'x') {
				base = 16, p += 2, n -= 2;
			} else {
				base = 8, p += 1, n -= 1;
			}
		}
	} else {
		*err = 3;
		return 0;
	}
	if (bits == 0)
		bits = 64;
	else if (bits < 0 || bits > 64) {
		*err = 4;
		return 0;
	}
	uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
	uint64_t maxv = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
	bool underscores = false;
	uint64_t v = 0;
	for (int64_t i = 0; i < n; i++) {
		uint8_t c = p[i];
		if (c == '_' && base0) {
			underscores = true;
			continue;
		}
		int d = digit_val(c);
		if (d >= base) {
			*err = 1;
			return 0;
		}
		if (*err == 2)
			continue;
		if (v >= cutoff) {
			*err = 2;
			v = maxv;
			continue;
		}
		v *= (uint64_t)base;
		uint64_t v1 = v + (uint64_t)d;
		if (v1 < v || v1 > maxv) {
			*err = 2;
			v = maxv;
			continue;
		}
		v = v1;
	}
	if (underscores && !underscore_ok(s)) {
		*err = 1;
		return 0;
	}
	return v;
}

static go_iface int_error(const char *fn, go_string s, int err, int64_t base, int64_t bits)
{
	char buf[64];
	switch (err) {
	case 1: return num_error(fn, s, go_strconv_ErrSyntax);
	case 2: return num_error(fn, s, go_strconv_ErrRange);
	case 3:
		snprintf(buf, sizeof buf, "invalid base %lld", (long long)base);
		return num_error(fn, s, go_lib_error(buf));
	default:
		snprintf(buf, sizeof buf, "invalid bit size %lld", (long long)bits);
		return num_error(fn, s, go_lib_error(buf));
	}
}

go_uint_error go_strconv_ParseUint(go_string s, int64_t base, int64_t bitSize)
{
	int err;
	uint64_t v = parse_uint(s, base, bitSize, &err);
	if (err)
		return (go_uint_error){err == 2 ? v : 0, int_error("ParseUint", s, err, base, bitSize)};
	return (go_uint_error){v, {0}};
}

static go_int_error parse_int(const char *fn, go_string s, int64_t base, int64_t bits)
{
	if (s.len == 0)
		return (go_int_error){0, num_error(fn, s, go_strconv_ErrSyntax)};
	go_string t = s;
	bool neg = false;
	if (t.ptr[0] == '+' || t.ptr[0] == '-') {
		neg = t.ptr[0] == '-';
		t.ptr++;
		t.len--;
	}
	int err;
	uint64_t u = parse_uint(t, base, bits, &err);
	if (bits == 0)
		bits = 64;
	if (err && err != 2)
		return (go_int_error){0, int_error(fn, s, err, base, bits)};
	uint64_t cutoff = (uint64_t)1 << (bits - 1);
	if (err == 2 || (!neg && u >= cutoff))
		return (go_int_error){neg ? -(int64_t)(cutoff - 1) - 1 : (int64_t)(cutoff - 1),
			num_error(fn, s, go_strconv_ErrRange)};
	if (neg && u > cutoff)
		return (go_int_error){-(int64_t)(cutoff - 1) - 1, num_error(fn, s, go_strconv_ErrRange)};
	return (go_int_error){neg ? (int64_t)(0 - u) : (int64_t)u, {0}};
}

go_int_error go_strconv_ParseInt(go_string s, int64_t base, int64_t bitSize)
{
	return parse_int("ParseInt", s, base, bitSize);
}

go_int_error go_strconv_Atoi(go_string s)
{
	// Go's fast path: up to 18 characters cannot overflow, so a plain
	// loop decides; anything it rejects is a syntax error either way.
	if (s.len > 0 && s.len < 19) {
		int64_t i = s.ptr[0] == '-' || s.ptr[0] == '+', n = 0;
		bool ok = i < s.len;
		for (int64_t k = i; k < s.len && ok; k++) {
			unsigned d = (unsigned)s.ptr[k] - '0';
			ok = d <= 9;
			n = n * 10 + (int64_t)d;
		}
		if (ok)
			return (go_int_error){s.ptr[0] == '-' ? -n : n, {0}};
	}
	go_int_error r = parse_int("Atoi", s, 10, 0);
	if (r.r1.tab)
		((go_strconv_NumError *)r.r1.data)->Func = gs("Atoi");
	return r;
}

static go_string format_bits(uint64_t u, int64_t base, bool neg)
{
	if (base < 2 || base > 36)
		go_panic_plain("strconv: illegal AppendInt/FormatInt base");
	char buf[72];
	int i = sizeof buf;
	do {
		buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
		u /= (uint64_t)base;
	} while (u);
	if (neg)
		buf[--i] = '-';
	return go_string_from_bytes(buf + i, (int64_t)sizeof buf - i);
}

go_string go_strconv_FormatInt(int64_t i, int64_t base)
{
	return format_bits(i < 0 ? 0 - (uint64_t)i : (uint64_t)i, base, i < 0);
}

go_string go_strconv_FormatUint(uint64_t i, int64_t base)
{
	return format_bits(i, base, false);
}

go_string go_strconv_Itoa(int64_t i)
{
	return go_strconv_FormatInt(i, 10);
}

go_slice go_strconv_AppendInt(go_slice dst, int64_t i, int64_t base)
{
	go_string s = go_strconv_FormatInt(i, base);
	if (dst.len + s.len > dst.cap)
		dst = go_growslice(dst, dst.len + s.len, &go_type_uint8);
	memcpy((uint8_t *)dst.ptr + dst.len, s.ptr, (size_t)s.len);
	dst.len += s.len;
	return dst;
}

go_string go_strconv_FormatBool(bool b)
{
	return b ? gs("true") : gs("false");
}

go_bool_error go_strconv_ParseBool(go_string str)
{
	static const char *const t[] = {"1", "t", "T", "TRUE", "true", "True"};
	static const char *const f[] = {"0", "f", "F", "FALSE", "false", "False"};
	for (int i = 0; i < 6; i++) {
		if (go_string_eq(str, gs(t[i])))
			return (go_bool_error){true, {0}};
		if (go_string_eq(str, gs(f[i])))
			return (go_bool_error){false, {0}};
	}
	return (go_bool_error){false, num_error("ParseBool", str, go_strconv_ErrSyntax)};
}

// {==================== floats ====================

static bool eq_fold(go_string s, const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)s.len != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((s.ptr[i] | 32) != lit[i])
			return false;
	return true;
}

// The exact case (Go's atof64exact, Clinger's): a plain decimal whose
// digits fit in 15 and whose power of ten is at most 22 is one correctly
// rounded multiply or divide of two exact doubles. *v gets it; false for
// anything else (signs of exponents aside, a character outside
// [+-0-9.eE] sends the string to the full parser).
static bool parse_float_exact(go_string s, double *v)
{
	static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
	int64_t i = 0, n = s.len;
	bool neg = false;
	if (i < n && (s.ptr[i] == '+' || s.ptr[i] == '-'))
		neg = s.ptr[i++] == '-';
	uint64_t mant = 0;
	int ndigits = 0, exp10 = 0;
	bool any = false, dot = false;
	for (; i < n; i++) {
		uint8_t c = s.ptr[i];
		if (c == '.' && !dot) {
			dot = true;
			continue;
		}
		if (c < '0' || c > '9')
			break;
		any = true;
		if (mant == 0 && c == '0') {   // leading zeros are not digits of the mantissa
			exp10 -= dot;
			continue;
		}
		if (++ndigits > 15)
			return false;
		mant = mant * 10 + (c - '0');
		exp10 -= dot;
	}
	if (!any)
		return false;
	if (i < n) {
		if ((s.ptr[i] | 32) != 'e' || ++i == n)
			return false;
		bool eneg = false;
		if (s.ptr[i] == '+' || s.ptr[i] == '-')
			eneg = s.ptr[i++] == '-';
		int e = 0;
		if (i == n || n - i > 4)
			return false;
		for (; i < n; i++) {
			unsigned d = (unsigned)s.ptr[i] - '0';
			if (d > 9)
				return false;
			e = e * 10 + (int)d;
		}
		exp10 += eneg ? -e : e;
	}
	double f = (double)mant;   // exact: below 10^15 < 2^53
	if (mant != 0) {
		if (exp10 > 22 || exp10 < -22)
			return false;
		f = exp10 >= 0 ? f * pow10[exp10] : f / pow10[-exp10];
	}
	*v = neg ? -f : f;
	return true;
}

// Go's float syntax (decimal or hex mantissa, '_' between digits with
// a prefix-free form) is checked here; strtod does the correctly rounded
// conversion.
go_float_error go_strconv_ParseFloat(go_string s, int64_t bitSize)
{
	double exact;
	if (bitSize != 32 && parse_float_exact(s, &exact))
		return (go_float_error){exact, {0}};
	go_string t = s;
	bool neg = false;
	if (t.len && (t.ptr[0] == '+' || t.ptr[0] == '-')) {
		neg = t.ptr[0] == '-';
		t.ptr++;
		t.len--;
	}
	if (eq_fold(t, "inf") || eq_fold(t, "infinity"))
		return (go_float_error){neg ? -INFINITY : INFINITY, {0}};
	if (eq_fold(t, "nan") && s.len == 3)
		// Go's NaN bits, through float32 for bitSize 32 as Go's are
		return (go_float_error){bitSize == 32 ? (double)(float)go_math_NaN() : go_math_NaN(), {0}};
	char *buf = malloc((size_t)s.len + 1);
	int64_t n = 0;
	bool ok = t.len > 0, digits = false, hex = t.len > 2 && t.ptr[0] == '0' && (t.ptr[1] | 32) == 'x';
	bool dot = false, exp = false, underscores = false;
	if (neg)
		buf[n++] = '-';
	for (int64_t i = 0; i < t.len && ok; i++) {
		uint8_t c = t.ptr[i];
		if (hex && i < 2) {
			buf[n++] = (char)c;
			continue;
		}
		if (c == '_') {
			underscores = true;
			continue;
		} else if (c >= '0' && c <= '9') {
			digits = true;
		} else if (hex && !exp && digit_val(c) < 16) {
			digits = true;
		} else if (c == '.' && !dot && !exp) {
			dot = true;
		} else if (((!hex && (c | 32) == 'e') || (hex && (c | 32) == 'p')) && !exp && digits) {
			exp = true;
			if (i + 1 < t.len && (t.ptr[i + 1] == '+' || t.ptr[i + 1] == '-'))
				buf[n++] = (char)c, c = t.ptr[++i];
			if (i + 1 >= t.len && (c == '+' || c == '-' || (c | 32) == 'e' || (c | 32) == 'p'))
				ok = false;
		} else {
			ok = false;
		}
		buf[n++] = (char)c;
	}
	buf[n] = 0;
	if (hex && !exp)
		ok = false;
	if (underscores && !underscore_ok(s))
		ok = false;
	if (!ok || !digits) {
		free(buf);
		return (go_float_error){0, num_error("ParseFloat", s, go_strconv_ErrSyntax)};
	}
	errno = 0;
	double v;
	if (bitSize == 32) {
		float f = strtof(buf, NULL);
		v = f;
	} else {
		v = strtod(buf, NULL);
	}
	bool range = errno == ERANGE && isinf(v);
	free(buf);
	if (range)
		return (go_float_error){v, num_error("ParseFloat", s, go_strconv_ErrRange)};
	return (go_float_error){v, {0}};
}

go_string go_strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize)
{
	if (bitSize == 32)
		f = (float)f;
	if (isnan(f))
		return gs("NaN");
	if (isinf(f))
		return gs(f > 0 ? "+Inf" : "-Inf");
	char buf[1200];
	if (prec < 0 && (fmt == 'e' || fmt == 'E' || fmt == 'f' || fmt == 'g' || fmt == 'G'))
		return go_fmt_format_shortest(f, bitSize == 32 ? 32 : 64, (char)fmt);
	if (prec > 1100)
		prec = 1100;
	switch (fmt) {
	case 'f': case 'e': case 'E': case 'g': case 'G': {
		char spec[8] = {'%', '.', '*', (char)fmt, 0};
		snprintf(buf, sizeof buf, spec, (int)prec, f);
		// C writes at least two exponent digits, like Go.
		return go_string_from_bytes(buf, (int64_t)strlen(buf));
	}
	default:
		snprintf(buf, sizeof buf, "%%%c", fmt);
		return go_string_from_bytes(buf, (int64_t)strlen(buf));
	}
}

// {==================== quoting ====================

static go_string quote(go_string s)
{
	go_iface arg = {&go_type_string, &s};
	return go_fmt_sprintf(GO_STR("%q"), (go_slice){&arg, 1, 1});
}

go_string go_strconv_Quote(go_string s)
{
	return quote(s);
}
