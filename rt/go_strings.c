// go_strings.c: package strings (declared in frontend/library_decls.c).
// Results alias their argument exactly where Go's escape tags say a
// parameter leaks to the result (library_facts.c); everything else is
// freshly allocated, so callers' stack allocations stay valid.
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"
#include "go_unicode.h"

typedef struct go_strings_Builder {
	struct go_strings_Builder *addr;
	go_slice buf;
} go_strings_Builder;

static const go_type *byte_t(void)
{
	return &go_type_uint8;
}

static void copy_check(go_strings_Builder *b)
{
	if (!b->addr)
		b->addr = b;
	else if (b->addr != b)
		go_panic_plain("strings: illegal use of non-zero Builder copied by value");
}

static void append_bytes(go_strings_Builder *b, const void *p, int64_t n)
{
	if (b->buf.len + n > b->buf.cap)
		b->buf = go_growslice(b->buf, b->buf.len + n, byte_t());
	memcpy((uint8_t *)b->buf.ptr + b->buf.len, p, (size_t)n);
	b->buf.len += n;
}

go_string go_strings_Builder_String(go_strings_Builder *b)
{
	return (go_string){b->buf.ptr, b->buf.len};
}

int64_t go_strings_Builder_Len(go_strings_Builder *b)
{
	return b->buf.len;
}

int64_t go_strings_Builder_Cap(go_strings_Builder *b)
{
	return b->buf.cap;
}

void go_strings_Builder_Reset(go_strings_Builder *b)
{
	b->addr = NULL;
	b->buf = (go_slice){0};
}

void go_strings_Builder_Grow(go_strings_Builder *b, int64_t n)
{
	copy_check(b);
	if (n < 0)
		go_panic_plain("strings.Builder.Grow: negative count");
	if (b->buf.cap - b->buf.len < n) {
		go_slice nb = go_make_slice(byte_t(), b->buf.len, 2 * b->buf.cap + n);
		memcpy(nb.ptr, b->buf.ptr, (size_t)b->buf.len);
		b->buf = nb;
	}
}

go_int_error go_strings_Builder_Write(go_strings_Builder *b, go_slice p)
{
	copy_check(b);
	append_bytes(b, p.ptr, p.len);
	return (go_int_error){p.len, {0}};
}

go_iface go_strings_Builder_WriteByte(go_strings_Builder *b, uint8_t c)
{
	copy_check(b);
	append_bytes(b, &c, 1);
	return (go_iface){0};
}

go_int_error go_strings_Builder_WriteRune(go_strings_Builder *b, int32_t r)
{
	copy_check(b);
	uint8_t tmp[4];
	int n = go_encode_rune(tmp, r);
	append_bytes(b, tmp, n);
	return (go_int_error){n, {0}};
}

go_int_error go_strings_Builder_WriteString(go_strings_Builder *b, go_string s)
{
	copy_check(b);
	append_bytes(b, s.ptr, s.len);
	return (go_int_error){s.len, {0}};
}

// {==================== searching ====================

static int64_t index_of(go_string s, go_string sub)
{
	if (sub.len == 0)
		return 0;
	if (sub.len > s.len)
		return -1;
	const uint8_t *p = s.ptr, *end = s.ptr + s.len - sub.len;
	while (p <= end) {
		p = memchr(p, sub.ptr[0], (size_t)(end - p + 1));
		if (!p)
			return -1;
		if (memcmp(p, sub.ptr, (size_t)sub.len) == 0)
			return p - s.ptr;
		p++;
	}
	return -1;
}

int64_t go_strings_Index(go_string s, go_string substr)
{
	return index_of(s, substr);
}

int64_t go_strings_IndexByte(go_string s, uint8_t c)
{
	const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
	return p ? p - s.ptr : -1;
}

int64_t go_strings_IndexRune(go_string s, int32_t r)
{
	if (r >= 0 && r < 0x80)
		return go_strings_IndexByte(s, (uint8_t)r);
	for (int64_t i = 0; i < s.len;) {
		int64_t w;
		int32_t c = go_decode_rune(s, i, &w);
		if (c == r)
			return i;
		i += w;
	}
	return -1;
}

int64_t go_strings_LastIndex(go_string s, go_string substr)
{
	if (substr.len == 0)
		return s.len;
	for (int64_t i = s.len - substr.len; i >= 0; i--)
		if (memcmp(s.ptr + i, substr.ptr, (size_t)substr.len) == 0)
			return i;
	return -1;
}

bool go_strings_Contains(go_string s, go_string substr)
{
	return index_of(s, substr) >= 0;
}

bool go_strings_ContainsRune(go_string s, int32_t r)
{
	return go_strings_IndexRune(s, r) >= 0;
}

bool go_strings_ContainsAny(go_string s, go_string chars)
{
	for (int64_t i = 0; i < chars.len;) {
		int64_t w;
		int32_t c = go_decode_rune(chars, i, &w);
		if (go_strings_IndexRune(s, c) >= 0)
			return true;
		i += w;
	}
	return false;
}

bool go_strings_HasPrefix(go_string s, go_string prefix)
{
	return s.len >= prefix.len && memcmp(s.ptr, prefix.ptr, (size_t)prefix.len) == 0;
}

bool go_strings_HasSuffix(go_string s, go_string suffix)
{
	return s.len >= suffix.len &&
		memcmp(s.ptr + s.len - suffix.len, suffix.ptr, (size_t)suffix.len) == 0;
}

static int64_t rune_count(go_string s)
{
	int64_t n = 0;
	for (int64_t i = 0; i < s.len; n++) {
		int64_t w;
		go_decode_rune(s, i, &w);
		i += w;
	}
	return n;
}

int64_t go_strings_Count(go_string s, go_string substr)
{
	if (substr.len == 0)
		return rune_count(s) + 1;
	int64_t n = 0;
	for (;;) {
		int64_t i = index_of(s, substr);
		if (i < 0)
			return n;
		n++;
		s.ptr += i + substr.len;
		s.len -= i + substr.len;
	}
}

int64_t go_strings_Compare(go_string a, go_string b)
{
	return go_string_cmp(a, b);
}

// }==================== splitting ====================

static go_slice new_strings(int64_t n)
{
	return go_make_slice(&go_type_string, n, n);
}

// Go's explode: the string's UTF-8 sequences, at most n (n <= 0: all).
static go_slice explode(go_string s, int64_t n)
{
	int64_t l = rune_count(s);
	if (n <= 0 || n > l)
		n = l;
	go_slice out = new_strings(n);
	go_string *a = out.ptr;
	int64_t i = 0;
	for (int64_t k = 0; k < n - 1; k++) {
		int64_t w;
		go_decode_rune(s, i, &w);
		a[k] = (go_string){s.ptr + i, w};
		i += w;
	}
	if (n > 0)
		a[n - 1] = (go_string){s.ptr + i, s.len - i};
	return out;
}

// Go's genSplit: at most n pieces, each keeping `save` bytes of the
// separator after it (SplitAfter keeps all of it).
static go_slice split_n(go_string s, go_string sep, int64_t save, int64_t n)
{
	if (n == 0)
		return (go_slice){0};
	if (sep.len == 0)
		return explode(s, n);
	if (n < 0)
		n = go_strings_Count(s, sep) + 1;
	if (n > s.len + 1)
		n = s.len + 1;
	go_slice out = new_strings(n);
	go_string *a = out.ptr;
	int64_t k = 0;
	while (k < n - 1) {
		int64_t i = index_of(s, sep);
		if (i < 0)
			break;
		a[k++] = (go_string){s.ptr, i + save};
		s.ptr += i + sep.len;
		s.len -= i + sep.len;
	}
	a[k++] = s;
	out.len = k;
	return out;
}

go_slice go_strings_Split(go_string s, go_string sep)
{
	return split_n(s, sep, 0, -1);
}

go_slice go_strings_SplitN(go_string s, go_string sep, int64_t n)
{
	return split_n(s, sep, 0, n);
}

go_slice go_strings_SplitAfter(go_string s, go_string sep)
{
	return split_n(s, sep, sep.len, -1);
}

go_slice go_strings_SplitAfterN(go_string s, go_string sep, int64_t n)
{
	return split_n(s, sep, sep.len, n);
}

static bool is_space(int32_t r)
{
	return go_unicode_IsSpace(r);
}

go_slice go_strings_Fields(go_string s)
{
	int64_t n = 0;
	bool in = false;
	for (int64_t i = 0; i < s.len;) {
		int64_t w;
		int32_t r = go_decode_rune(s, i, &w);
		bool sp = is_space(r);
		if (!sp && !in)
			n++;
		in = !sp;
		i += w;
	}
	go_slice out = new_strings(n);
	go_string *a = out.ptr;
	int64_t k = 0, start = -1;
	for (int64_t i = 0; i <= s.len;) {
		int64_t w = 1;
		bool sp = true;
		if (i < s.len)
			sp = is_space(go_decode_rune(s, i, &w));
		if (sp && start >= 0) {
			a[k++] = (go_string){s.ptr + start, i - start};
			start = -1;
		} else if (!sp && start < 0) {
			start = i;
		}
		i += w;
	}
	return out;
}

go_string go_strings_Join(go_slice elems, go_string sep)
{
	go_string *a = elems.ptr;
	if (elems.len == 0)
		return (go_string){0};
	if (elems.len == 1)
		return a[0];
	int64_t n = sep.len * (elems.len - 1);
	for (int64_t i = 0; i < elems.len; i++)
		n += a[i].len;
	uint8_t *p = go_new((size_t)n, true), *q = p;
	for (int64_t i = 0; i < elems.len; i++) {
		if (i) {
			memcpy(q, sep.ptr, (size_t)sep.len);
			q += sep.len;
		}
		memcpy(q, a[i].ptr, (size_t)a[i].len);
		q += a[i].len;
	}
	return (go_string){p, n};
}

go_string go_strings_Repeat(go_string s, int64_t count)
{
	if (count < 0)
		go_panic_plain("strings: negative Repeat count");
	if (count == 0 || s.len == 0)
		return (go_string){0};
	if (s.len * count / count != s.len)
		go_panic_plain("strings: Repeat count causes overflow");
	int64_t n = s.len * count;
	uint8_t *p = go_new((size_t)n, true);
	for (int64_t i = 0; i < count; i++)
		memcpy(p + i * s.len, s.ptr, (size_t)s.len);
	return (go_string){p, n};
}

// }==================== replacing and case ====================

go_string go_strings_Replace(go_string s, go_string old, go_string new_, int64_t n)
{
	if ((old.len == new_.len && memcmp(old.ptr, new_.ptr, (size_t)old.len) == 0) || n == 0)
		return s;
	int64_t m = go_strings_Count(s, old);
	if (m == 0)
		return s;
	if (n < 0 || m < n)
		n = m;
	go_lib_buf b = {0};
	int64_t start = 0;
	for (int64_t i = 0; i < n; i++) {
		int64_t j = start;
		if (old.len == 0) {
			if (i > 0) {
				int64_t w;
				go_decode_rune(s, start, &w);
				j += w;
			}
		} else {
			j += index_of((go_string){s.ptr + start, s.len - start}, old);
		}
		go_lib_buf_put(&b, s.ptr + start, j - start);
		go_lib_buf_put(&b, new_.ptr, new_.len);
		start = j + old.len;
	}
	go_lib_buf_put(&b, s.ptr + start, s.len - start);
	return go_lib_buf_string(&b);
}

go_string go_strings_ReplaceAll(go_string s, go_string old, go_string new_)
{
	return go_strings_Replace(s, old, new_, -1);
}

// {==================== case ====================

static go_string map_runes(go_string s, int32_t (*f)(void *ctx, int32_t r), void *ctx);

static int32_t to_case(void *ctx, int32_t r)
{
	return go_unicode_To((int64_t)(intptr_t)ctx, r);
}

// ASCII strings map byte by byte (s itself when nothing changes), others
// rune by rune through Unicode's case ranges, as Go does.
static go_string map_case(go_string s, int c)
{
	bool ascii = true, change = false;
	for (int64_t i = 0; i < s.len && ascii; i++) {
		uint8_t ch = s.ptr[i];
		ascii = ch < 0x80;
		change = change || (c == 1 ? (ch >= 'A' && ch <= 'Z') : (ch >= 'a' && ch <= 'z'));
	}
	if (!ascii)
		return map_runes(s, to_case, (void *)(intptr_t)c);
	if (!change)
		return s;
	uint8_t *p = go_new((size_t)s.len, true);
	for (int64_t k = 0; k < s.len; k++) {
		uint8_t ch = s.ptr[k];
		if (c != 1 && ch >= 'a' && ch <= 'z')
			ch -= 32;
		else if (c == 1 && ch >= 'A' && ch <= 'Z')
			ch += 32;
		p[k] = ch;
	}
	return (go_string){p, s.len};
}

go_string go_strings_ToUpper(go_string s)
{
	return map_case(s, 0);
}

go_string go_strings_ToLower(go_string s)
{
	return map_case(s, 1);
}

go_string go_strings_ToTitle(go_string s)
{
	return map_runes(s, to_case, (void *)(intptr_t)2);
}

bool go_unicode_IsLetter(int32_t r);
bool go_unicode_IsDigit(int32_t r);

// Title's word boundaries: ASCII other than letters, digits and '_', and
// Unicode white space.
static bool title_separator(int32_t r)
{
	if (r <= 0x7F)
		return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
			 r == '_');
	if (go_unicode_IsLetter(r) || go_unicode_IsDigit(r))
		return false;
	return go_unicode_IsSpace(r);
}

static int32_t title_step(void *ctx, int32_t r)
{
	int32_t *prev = ctx;
	bool start = title_separator(*prev);
	*prev = r;
	return start ? go_unicode_To(2, r) : r;
}

go_string go_strings_Title(go_string s)
{
	int32_t prev = ' ';
	return map_runes(s, title_step, &prev);
}

static int32_t next_rune(go_string *s)
{
	int64_t w = 1;
	int32_t r = s->ptr[0] < 0x80 ? s->ptr[0] : go_decode_rune(*s, 0, &w);
	s->ptr += w;
	s->len -= w;
	return r;
}

// Equal under simple case folding: runes that differ must lie on one
// SimpleFold orbit.
bool go_strings_EqualFold(go_string s, go_string t)
{
	while (s.len > 0 && t.len > 0) {
		int32_t sr = next_rune(&s), tr = next_rune(&t);
		if (sr == tr)
			continue;
		if (tr < sr) {
			int32_t x = tr;
			tr = sr;
			sr = x;
		}
		if (tr < 0x80) {
			if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A')
				continue;
			return false;
		}
		int32_t r = go_unicode_SimpleFold(sr);
		while (r != sr && r < tr)
			r = go_unicode_SimpleFold(r);
		if (r != tr)
			return false;
	}
	return s.len == t.len;   // both empty
}

// }==================== trimming ====================

static bool in_cutset(int32_t r, go_string cutset)
{
	return go_strings_IndexRune(cutset, r) >= 0;
}

static go_string trim_left(go_string s, go_string cutset, bool space)
{
	while (s.len > 0) {
		int64_t w;
		int32_t r = go_decode_rune(s, 0, &w);
		if (!(space ? is_space(r) : in_cutset(r, cutset)))
			break;
		s.ptr += w;
		s.len -= w;
	}
	return s;
}

// The width of the last UTF-8 sequence of s.
static int64_t last_width(go_string s)
{
	int64_t start = s.len - 1;
	while (start > 0 && s.len - start < 4 && (s.ptr[start] & 0xC0) == 0x80)
		start--;
	int64_t w;
	go_decode_rune(s, start, &w);
	return start + w == s.len ? w : 1;
}

static go_string trim_right(go_string s, go_string cutset, bool space)
{
	while (s.len > 0) {
		int64_t w = last_width(s), dummy;
		int32_t r = go_decode_rune(s, s.len - w, &dummy);
		if (!(space ? is_space(r) : in_cutset(r, cutset)))
			break;
		s.len -= w;
	}
	return s;
}

go_string go_strings_TrimSpace(go_string s)
{
	return trim_right(trim_left(s, (go_string){0}, true), (go_string){0}, true);
}

go_string go_strings_Trim(go_string s, go_string cutset)
{
	if (s.len == 0 || cutset.len == 0)
		return s;
	return trim_right(trim_left(s, cutset, false), cutset, false);
}

go_string go_strings_TrimLeft(go_string s, go_string cutset)
{
	if (s.len == 0 || cutset.len == 0)
		return s;
	return trim_left(s, cutset, false);
}

go_string go_strings_TrimRight(go_string s, go_string cutset)
{
	if (s.len == 0 || cutset.len == 0)
		return s;
	return trim_right(s, cutset, false);
}

go_string go_strings_TrimPrefix(go_string s, go_string prefix)
{
	if (go_strings_HasPrefix(s, prefix))
		return (go_string){s.ptr + prefix.len, s.len - prefix.len};
	return s;
}

go_string go_strings_TrimSuffix(go_string s, go_string suffix)
{
	if (go_strings_HasSuffix(s, suffix))
		return (go_string){s.ptr, s.len - suffix.len};
	return s;
}

// }==================== more searching, and callbacks ====================

typedef struct { go_string r0, r1; bool r2; } cut_result;

cut_result go_strings_Cut(go_string s, go_string sep)
{
	int64_t i = index_of(s, sep);
	if (i >= 0)
		return (cut_result){{s.ptr, i}, {s.ptr + i + sep.len, s.len - i - sep.len}, true};
	return (cut_result){s, {0}, false};
}

int64_t go_strings_IndexAny(go_string s, go_string chars)
{
	if (chars.len == 0)
		return -1;
	for (int64_t i = 0; i < s.len;) {
		int64_t w;
		int32_t r = go_decode_rune(s, i, &w);
		if (go_strings_IndexRune(chars, r) >= 0)
			return i;
		i += w;
	}
	return -1;
}

int64_t go_strings_LastIndexByte(go_string s, uint8_t c)
{
	for (int64_t i = s.len - 1; i >= 0; i--)
		if (s.ptr[i] == c)
			return i;
	return -1;
}

typedef int32_t (*rune_map_fn)(go_closure *, int32_t);
typedef bool (*rune_pred_fn)(go_closure *, int32_t);

// Go's Map: s itself when no rune changes; an invalid byte changes (to
// U+FFFD) even when the mapping keeps RuneError.
static go_string map_runes(go_string s, int32_t (*f)(void *ctx, int32_t r), void *ctx)
{
	go_lib_buf b = {0};
	bool changed = false;
	for (int64_t i = 0; i < s.len;) {
		int64_t w;
		int32_t r = go_decode_rune(s, i, &w);
		int32_t m = f(ctx, r);
		changed = changed || m != r || (r == 0xFFFD && w == 1);
		if (m >= 0) {
			uint8_t tmp[4];
			go_lib_buf_put(&b, tmp, go_encode_rune(tmp, m));
		}
		i += w;
	}
	if (!changed) {
		free(b.p);
		return s;
	}
	return go_lib_buf_string(&b);
}

static int32_t call_mapping(void *ctx, int32_t r)
{
	go_closure *mapping = ctx;
	return ((rune_map_fn)mapping->fn)(mapping, r);
}

go_string go_strings_Map(go_closure *mapping, go_string s)
{
	return map_runes(s, call_mapping, mapping);
}

go_slice go_strings_FieldsFunc(go_string s, go_closure *f)
{
	go_lib_buf spans = {0};   // (start, end) pairs
	int64_t start = -1;
	for (int64_t i = 0; i < s.len;) {
		int64_t w;
		int32_t r = go_decode_rune(s, i, &w);
		if (((rune_pred_fn)f->fn)(f, r)) {
			if (start >= 0) {
				int64_t span[2] = {start, i};
				go_lib_buf_put(&spans, span, sizeof span);
				start = -1;
			}
		} else if (start < 0) {
			start = i;
		}
		i += w;
	}
	if (start >= 0) {
		int64_t span[2] = {start, s.len};
		go_lib_buf_put(&spans, span, sizeof span);
	}
	int64_t n = spans.len / (int64_t)(2 * sizeof(int64_t));
	go_slice out = new_strings(n);
	int64_t *sp = (int64_t *)spans.p;
	for (int64_t k = 0; k < n; k++)
		((go_string *)out.ptr)[k] = (go_string){s.ptr + sp[2 * k], sp[2 * k + 1] - sp[2 * k]};
	free(spans.p);
	return out;
}

int64_t go_strings_IndexFunc(go_string s, go_closure *f)
{
	for (int64_t i = 0; i < s.len;) {
		int64_t w;
		int32_t r = go_decode_rune(s, i, &w);
		if (((rune_pred_fn)f->fn)(f, r))
			return i;
		i += w;
	}
	return -1;
}

go_string go_strings_TrimLeftFunc(go_string s, go_closure *f)
{
	while (s.len > 0) {
		int64_t w;
		int32_t r = go_decode_rune(s, 0, &w);
		if (!((rune_pred_fn)f->fn)(f, r))
			break;
		s.ptr += w;
		s.len -= w;
	}
	return s;
}

go_string go_strings_TrimRightFunc(go_string s, go_closure *f)
{
	while (s.len > 0) {
		int64_t w = last_width(s), dummy;
		int32_t r = go_decode_rune(s, s.len - w, &dummy);
		if (!((rune_pred_fn)f->fn)(f, r))
			break;
		s.len -= w;
	}
	return s;
}

go_string go_strings_TrimFunc(go_string s, go_closure *f)
{
	return go_strings_TrimRightFunc(go_strings_TrimLeftFunc(s, f), f);
}

int64_t go_strings_LastIndexFunc(go_string s, go_closure *f)
{
	while (s.len > 0) {
		int64_t w = last_width(s), dummy;
		int32_t r = go_decode_rune(s, s.len - w, &dummy);
		if (((rune_pred_fn)f->fn)(f, r))
			return s.len - w;
		s.len -= w;
	}
	return -1;
}

int64_t go_strings_LastIndexAny(go_string s, go_string chars)
{
	if (chars.len == 0)
		return -1;
	while (s.len > 0) {
		int64_t w = last_width(s), dummy;
		int32_t r = go_decode_rune(s, s.len - w, &dummy);
		if (go_strings_IndexRune(chars, r) >= 0)
			return s.len - w;
		s.len -= w;
	}
	return -1;
}

// {==================== shared helpers (go_lib.h) ====================

void go_lib_buf_put(go_lib_buf *b, const void *s, int64_t n)
{
	if (n <= 0)
		return;
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2 + 16;
		b->p = realloc(b->p, (size_t)b->cap);
		if (!b->p)
			go_panic_plain("out of memory");
	}
	memcpy(b->p + b->len, s, (size_t)n);
	b->len += n;
}

go_string go_lib_buf_string(go_lib_buf *b)
{
	go_string s = go_string_from_bytes(b->p, b->len);
	free(b->p);
	*b = (go_lib_buf){0};
	return s;
}
