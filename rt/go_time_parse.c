// go_time_parse.c: time.ParseDuration and Duration's rounding (declared
// in frontend/library_decls.c), with Go's overflow limits and error texts.
#include <stdio.h>
#include <string.h>

#include "go_lib.h"

typedef struct { int64_t r0; go_iface r1; } go_duration_error;

#define LIMIT (UINT64_C(1) << 63)

// time's own quoting in its errors: non-ASCII and control bytes as \xNN.
void go_time_quote(go_lib_buf *b, go_string s)
{
	go_lib_buf_put(b, "\"", 1);
	for (int64_t i = 0; i < s.len;) {
		int64_t w = 1;
		int32_t c = s.ptr[i] < 0x80 ? s.ptr[i] : go_decode_rune(s, i, &w);
		if (c >= 0x80 || c < ' ') {
			if (c == 0xFFFD)   // an invalid byte, or a real U+FFFD (3 bytes)
				w = (i + 2 < s.len && memcmp(s.ptr + i, "\xef\xbf\xbd", 3) == 0) ? 3 : 1;
			for (int64_t j = 0; j < w; j++) {
				char hex[5];
				snprintf(hex, sizeof hex, "\\x%02x", s.ptr[i + j]);
				go_lib_buf_put(b, hex, 4);
			}
		} else {
			if (c == '"' || c == '\\')
				go_lib_buf_put(b, "\\", 1);
			go_lib_buf_put(b, s.ptr + i, 1);
		}
		i += w;
	}
	go_lib_buf_put(b, "\"", 1);
}

static go_duration_error fail(const char *what, go_string unit, go_string orig)
{
	go_lib_buf b = {0};
	go_lib_buf_put(&b, "time: ", 6);
	go_lib_buf_put(&b, what, (int64_t)strlen(what));
	if (unit.ptr) {
		go_time_quote(&b, unit);
		go_lib_buf_put(&b, " in duration ", 13);
	}
	go_time_quote(&b, orig);
	go_string text = go_lib_buf_string(&b);
	return (go_duration_error){0, go_errors_New(text)};
}

static go_duration_error invalid(go_string orig)
{
	return fail("invalid duration ", (go_string){0}, orig);
}

static int64_t unit_of(const uint8_t *u, int64_t n)
{
	static const struct { const char *name; int64_t ns; } units[] = {
		{"ns", 1}, {"us", 1000}, {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000}, {"ms", 1000000},
		{"s", 1000000000}, {"m", 60000000000}, {"h", 3600000000000},
	};
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if ((int64_t)strlen(units[i].name) == n && memcmp(units[i].name, u, (size_t)n) == 0)
			return units[i].ns;
	return 0;
}

static bool is_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

go_duration_error go_time_ParseDuration(go_string orig)
{
	const uint8_t *s = orig.ptr, *end = orig.ptr + orig.len;
	uint64_t d = 0;
	bool neg = false;
	if (s < end && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	if (end - s == 1 && *s == '0')
		return (go_duration_error){0, {0}};
	if (s == end)
		return invalid(orig);
	while (s < end) {
		if (!(*s == '.' || is_digit(*s)))
			return invalid(orig);
		uint64_t v = 0, f = 0;
		double scale = 1;
		const uint8_t *p0 = s;
		for (; s < end && is_digit(*s); s++) {
			if (v > LIMIT / 10)
				return invalid(orig);
			v = v * 10 + (uint64_t)(*s - '0');
			if (v > LIMIT)
				return invalid(orig);
		}
		bool pre = s != p0, post = false;
		if (s < end && *s == '.') {
			const uint8_t *q0 = ++s;
			bool overflow = false;
			for (; s < end && is_digit(*s); s++) {
				// digits past what fits are dropped, not an error
				if (overflow)
					continue;
				if (f > (LIMIT - 1) / 10) {
					overflow = true;
					continue;
				}
				uint64_t y = f * 10 + (uint64_t)(*s - '0');
				if (y > LIMIT) {
					overflow = true;
					continue;
				}
				f = y;
				scale *= 10;
			}
			post = s != q0;
		}
		if (!pre && !post)
			return invalid(orig);
		const uint8_t *u = s;
		while (s < end && !(*s == '.' || is_digit(*s)))
			s++;
		if (s == u)
			return fail("missing unit in duration ", (go_string){0}, orig);
		int64_t unit = unit_of(u, s - u);
		if (!unit)
			return fail("unknown unit ", (go_string){u, s - u}, orig);
		if (v > LIMIT / (uint64_t)unit)
			return invalid(orig);
		v *= (uint64_t)unit;
		if (f > 0) {
			v += (uint64_t)((double)f * ((double)unit / scale));
			if (v > LIMIT)
				return invalid(orig);
		}
		d += v;
		if (d > LIMIT)
			return invalid(orig);
	}
	if (neg)
		return (go_duration_error){(int64_t)(0 - d), {0}};
	if (d > LIMIT - 1)
		return invalid(orig);
	return (go_duration_error){(int64_t)d, {0}};
}

int64_t go_time_Duration_Truncate(int64_t d, int64_t m)
{
	return m <= 0 ? d : d - d % m;
}

static bool less_than_half(int64_t x, int64_t y)
{
	return (uint64_t)x + (uint64_t)x < (uint64_t)y;
}

// To the nearest multiple of m, halves away from zero, saturating.
int64_t go_time_Duration_Round(int64_t d, int64_t m)
{
	if (m <= 0)
		return d;
	int64_t r = d % m;
	if (d < 0) {
		r = -r;
		if (less_than_half(r, m))
			return d + r;
		int64_t d1 = (int64_t)((uint64_t)d - (uint64_t)m + (uint64_t)r);
		return d1 < d ? d1 : INT64_MIN;
	}
	if (less_than_half(r, m))
		return d - r;
	int64_t d1 = (int64_t)((uint64_t)d + (uint64_t)m - (uint64_t)r);
	return d1 > d ? d1 : INT64_MAX;
}

int64_t go_time_Duration_Abs(int64_t d)
{
	if (d >= 0)
		return d;
	return d == INT64_MIN ? INT64_MAX : -d;
}
