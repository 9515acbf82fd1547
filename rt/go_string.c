// go_string.c: Go strings — concatenation, comparison, UTF-8, conversions.
//
// Strings are {ptr, len} and immutable, so slicing and assignment share
// bytes; only concatenation and conversions allocate (noscan).
#include "go_rt.h"

#include <stdlib.h>

go_string go_string_concat(const go_string *parts, int n, void *stackbuf, size_t bufsize)
{
	int64_t total = 0;
	int nonempty = 0, last = 0;
	for (int i = 0; i < n; i++) {
		total += parts[i].len;
		if (parts[i].len) {
			nonempty++;
			last = i;
		}
	}
	// Go returns the operand itself when at most one is non-empty and the
	// result does not live on the stack.
	if (nonempty <= 1 && !stackbuf)
		return nonempty ? parts[last] : (go_string){NULL, 0};
	if (total == 0)
		return (go_string){NULL, 0};
	uint8_t *p = stackbuf && (size_t)total <= bufsize ? stackbuf : go_new((size_t)total, true);
	int64_t off = 0;
	for (int i = 0; i < n; i++) {
		if (parts[i].len)
			memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
		off += parts[i].len;
	}
	return (go_string){p, total};
}

int go_string_cmp(go_string a, go_string b)
{
	int64_t n = a.len < b.len ? a.len : b.len;
	int c = n ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
	if (c)
		return c < 0 ? -1 : 1;
	return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

int go_encode_rune(uint8_t *buf, int32_t r)
{
	uint32_t c = (uint32_t)r;
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		c = 0xFFFD;
	if (c < 0x80) {
		buf[0] = (uint8_t)c;
		return 1;
	}
	if (c < 0x800) {
		buf[0] = (uint8_t)(0xC0 | (c >> 6));
		buf[1] = (uint8_t)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		buf[0] = (uint8_t)(0xE0 | (c >> 12));
		buf[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
		buf[2] = (uint8_t)(0x80 | (c & 0x3F));
		return 3;
	}
	buf[0] = (uint8_t)(0xF0 | (c >> 18));
	buf[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
	buf[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
	buf[3] = (uint8_t)(0x80 | (c & 0x3F));
	return 4;
}

// Go's utf8.DecodeRune: invalid or short sequences decode as U+FFFD, width 1.
int32_t go_decode_rune(go_string s, int64_t i, int64_t *width)
{
	const uint8_t *p = s.ptr + i;
	int64_t n = s.len - i;
	uint8_t c0 = p[0];
	*width = 1;
	if (c0 < 0x80)
		return c0;
	int need;
	uint32_t r, min;
	uint8_t lo = 0x80, hi = 0xBF;
	if (c0 >= 0xC2 && c0 <= 0xDF) {
		need = 1; r = c0 & 0x1F; min = 0x80;
	} else if (c0 >= 0xE0 && c0 <= 0xEF) {
		need = 2; r = c0 & 0x0F; min = 0x800;
		if (c0 == 0xE0) lo = 0xA0;
		if (c0 == 0xED) hi = 0x9F;
	} else if (c0 >= 0xF0 && c0 <= 0xF4) {
		need = 3; r = c0 & 0x07; min = 0x10000;
		if (c0 == 0xF0) lo = 0x90;
		if (c0 == 0xF4) hi = 0x8F;
	} else {
		return 0xFFFD;
	}
	if (n < need + 1)
		return 0xFFFD;
	for (int k = 1; k <= need; k++) {
		uint8_t c = p[k];
		if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF))
			return 0xFFFD;
		r = (r << 6) | (c & 0x3F);
	}
	(void)min;
	*width = need + 1;
	return (int32_t)r;
}

go_string go_string_from_rune(int64_t r)
{
	uint8_t buf[4];
	if (r < 0 || r > 0x10FFFF)
		r = 0xFFFD;
	int n = go_encode_rune(buf, (int32_t)r);
	uint8_t *p = go_new((size_t)n, true);
	memcpy(p, buf, (size_t)n);
	return (go_string){p, n};
}

go_string go_string_from_bytes(const void *p, int64_t n)
{
	if (n == 0)
		return (go_string){NULL, 0};
	uint8_t *q = go_new((size_t)n, true);
	memcpy(q, p, (size_t)n);
	return (go_string){q, n};
}

go_string go_cstring(const char *s)
{
	return go_string_from_bytes(s, (int64_t)strlen(s));
}

go_slice go_bytes_from_string(go_string s)
{
	if (s.len == 0)
		return (go_slice){go_new(0, true), 0, 0};
	int64_t cap = go_roundupsize(s.len);
	uint8_t *p = go_new((size_t)cap, true);
	memcpy(p, s.ptr, (size_t)s.len);
	return (go_slice){p, s.len, cap};
}

go_slice go_runes_from_string(go_string s)
{
	int64_t n = 0, w;
	for (int64_t i = 0; i < s.len; i += w) {
		go_decode_rune(s, i, &w);
		n++;
	}
	int64_t cap = n ? go_roundupsize(n * 4) / 4 : 0;
	int32_t *p = go_new((size_t)cap * 4, true);
	int64_t k = 0;
	for (int64_t i = 0; i < s.len; i += w)
		p[k++] = go_decode_rune(s, i, &w);
	return (go_slice){p, n, cap};
}

go_string go_string_from_runes(go_slice s)
{
	const int32_t *r = s.ptr;
	int64_t total = 0;
	uint8_t buf[4];
	for (int64_t i = 0; i < s.len; i++)
		total += go_encode_rune(buf, r[i]);
	if (total == 0)
		return (go_string){NULL, 0};
	uint8_t *p = go_new((size_t)total, true);
	int64_t off = 0;
	for (int64_t i = 0; i < s.len; i++)
		off += go_encode_rune(p + off, r[i]);
	return (go_string){p, total};
}
