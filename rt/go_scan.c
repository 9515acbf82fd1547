// go_scan.c: fmt.Sscan, Sscanln, Sscanf and Fscan, Fscanln, Fscanf
// (declared in frontend/library_decls.c): Go's scanning state machine over
// a string, or over the runes read so far from an io.Reader.
// Operands are pointers to bools, integers, floats, strings and byte
// slices (named types included: the pointee's kind decides, as Go's
// reflection does). A scanning error ends the scan from wherever it
// arises, as Go's panic and recover do, here by longjmp; the error texts
// are Go's.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"

go_uint_error go_strconv_ParseUint(go_string s, int64_t base, int64_t bitSize);
go_int_error go_strconv_ParseInt(go_string s, int64_t base, int64_t bitSize);
go_float_error go_strconv_ParseFloat(go_string s, int64_t bitSize);
extern go_iface go_io_EOF;

enum { END = -1 };   // no more input (Go's eof rune)

typedef struct { int32_t r0; int64_t r1; go_iface r2; } rune_size_error;
typedef struct go_bufio_Reader go_bufio_Reader;
typedef struct go_strings_Reader go_strings_Reader;
rune_size_error go_bufio_Reader_ReadRune(go_bufio_Reader *b);
go_iface go_bufio_Reader_UnreadRune(go_bufio_Reader *b);
rune_size_error go_strings_Reader_ReadRune(go_strings_Reader *r);
go_iface go_strings_Reader_UnreadRune(go_strings_Reader *r);
extern const go_type go_type_bufio_Reader_ptr __attribute__((weak));
extern const go_type go_type_strings_Reader_ptr __attribute__((weak));

// Fscan's source. Go reads a reader that can unread a rune (an
// io.RuneScanner: *bufio.Reader, *strings.Reader) rune by rune and gives
// back the one it looked at past the last token; any other reader byte by
// byte, and that rune is lost when the call returns.
enum { SRC_STRING, SRC_BYTES, SRC_BUFIO, SRC_STRINGS };

typedef struct Scan {
	go_string in;            // the input, or what was read of it so far
	int src;
	go_iface rd;
	go_lib_buf inbuf;        // SRC_BYTES...: the runes read (in points here)
	bool rd_eof;
	int64_t pos, limit;      // input position; reads stop at limit (a verb's width)
	int64_t last_width;      // of the rune last read, for unread
	bool at_eof;             // a newline ended Sscanln's input
	bool nl_is_space, nl_is_end;
	go_lib_buf tok;          // the token being accepted
	go_iface err;
	jmp_buf fail;
} Scan;

static _Noreturn void fail_with(Scan *s, go_iface err)
{
	s->err = err;
	longjmp(s->fail, 1);
}

static _Noreturn void fail_text(Scan *s, const char *text)
{
	fail_with(s, go_lib_error(text));
}

static bool is_space(int32_t r)
{
	if (r < 0x80)
		return r == ' ' || (r >= '\t' && r <= '\r');
	return r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) ||
	       r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}

static _Noreturn void fail_with(Scan *s, go_iface err);

static bool is_eof(go_iface err)
{
	return err.tab == go_io_EOF.tab && err.data == go_io_EOF.data;
}

static void read_failed(Scan *s, go_iface err)
{
	s->rd_eof = true;
	if (err.tab && !is_eof(err))
		fail_with(s, err);
}

static bool read_byte(Scan *s, uint8_t *c)
{
	go_slice one = go_make_slice(&go_type_uint8, 1, 1);
	go_int_error r = go_io_read(s->rd, one);
	if (r.r0 != 1) {
		if (r.r1.tab && !is_eof(r.r1))
			fail_with(s, r.r1);
		return false;
	}
	*c = *(uint8_t *)one.ptr;
	return true;
}

// Reads one more rune of the reader into inbuf.
static void pull(Scan *s)
{
	uint8_t tmp[4];
	int n = 0;
	if (s->src == SRC_BYTES) {
		if (!read_byte(s, &tmp[0])) {
			s->rd_eof = true;
			return;
		}
		int want = tmp[0] < 0xC0 ? 1 : tmp[0] < 0xE0 ? 2 : tmp[0] < 0xF0 ? 3 : 4;
		for (n = 1; n < want && read_byte(s, &tmp[n]); n++)
			if ((tmp[n] & 0xC0) != 0x80) {
				n++;
				break;
			}
	} else {
		rune_size_error r = s->src == SRC_BUFIO ? go_bufio_Reader_ReadRune(s->rd.data) :
			go_strings_Reader_ReadRune(s->rd.data);
		if (r.r2.tab) {
			read_failed(s, r.r2);
			return;
		}
		n = go_encode_rune(tmp, r.r0);
	}
	go_lib_buf_put(&s->inbuf, tmp, n);
	s->in = (go_string){s->inbuf.p, s->inbuf.len};
}

static int32_t get_rune(Scan *s)
{
	if (s->src != SRC_STRING && s->pos >= s->in.len && !s->rd_eof && !s->at_eof &&
	    s->pos < s->limit)
		pull(s);
	if (s->at_eof || s->pos >= s->in.len || s->pos >= s->limit) {
		s->last_width = 0;
		return END;
	}
	int64_t w = 1;
	int32_t r = s->in.ptr[s->pos] < 0x80 ? s->in.ptr[s->pos] : go_decode_rune(s->in, s->pos, &w);
	s->pos += w;
	s->last_width = w;
	if (s->nl_is_end && r == '\n')
		s->at_eof = true;
	return r;
}

static void unread(Scan *s)
{
	s->pos -= s->last_width;
	s->last_width = 0;
	s->at_eof = false;
}

static int32_t must_rune(Scan *s)
{
	int32_t r = get_rune(s);
	if (r == END)
		fail_text(s, "unexpected EOF");
	return r;
}

static bool in_set(const char *set, int32_t r)
{
	return r > 0 && r < 0x80 && strchr(set, (int)r) != NULL;
}

// Takes the next rune into the token when it is one of set.
static bool accept(Scan *s, const char *set)
{
	int32_t r = get_rune(s);
	if (r == END)
		return false;
	if (in_set(set, r)) {
		uint8_t tmp[4];
		go_lib_buf_put(&s->tok, tmp, go_encode_rune(tmp, r));
		return true;
	}
	unread(s);
	return false;
}

static bool peek(Scan *s, const char *set)
{
	int32_t r = get_rune(s);
	if (r != END)
		unread(s);
	return in_set(set, r);
}

static void skip_space(Scan *s)
{
	for (;;) {
		int32_t r = get_rune(s);
		if (r == END)
			return;
		if (r == '\r' && peek(s, "\n"))
			continue;
		if (r == '\n') {
			if (s->nl_is_space)
				continue;
			fail_text(s, "unexpected newline");
		}
		if (!is_space(r)) {
			unread(s);
			return;
		}
	}
}

static void not_eof(Scan *s)
{
	if (get_rune(s) == END)
		fail_with(s, go_io_EOF);
	unread(s);
}

static void ok_verb(Scan *s, int32_t verb, const char *verbs, const char *what)
{
	if (in_set(verbs, verb))
		return;
	char msg[64];
	uint8_t v[5] = {0};
	go_encode_rune(v, verb);
	snprintf(msg, sizeof msg, "bad verb '%%%s' for %s", (char *)v, what);
	fail_text(s, msg);
}

static go_string token_string(Scan *s)
{
	go_string t = go_string_from_bytes(s->tok.p, s->tok.len);
	s->tok.len = 0;
	return t;
}

// {==================== numbers ====================
static const char *base_prefix(Scan *s, int *base, bool *have)
{
	if (!peek(s, "0")) {
		*base = 0, *have = false;
		return "0123456789_";
	}
	accept(s, "0");
	*base = 0, *have = true;
	if (accept(s, "bB"))
		return "01_";
	if (accept(s, "oO"))
		return "01234567_";
	if (accept(s, "xX"))
		return "0123456789aAbBcCdDeEfF_";
	return "01234567_";
}

static go_string number_token(Scan *s, int32_t verb, bool is_signed, int *base)
{
	skip_space(s);
	not_eof(s);
	ok_verb(s, verb, "bdoUxXv", "integer");
	const char *digits = "0123456789";
	*base = 10;
	if (verb == 'b')
		*base = 2, digits = "01";
	else if (verb == 'o')
		*base = 8, digits = "01234567";
	else if (verb == 'x' || verb == 'X' || verb == 'U')
		*base = 16, digits = "0123456789aAbBcCdDeEfF";
	bool have = false;
	if (is_signed)
		accept(s, "+-");
	if (verb == 'v')
		digits = base_prefix(s, base, &have);
	while (accept(s, digits))
		have = true;
	if (!have)
		fail_text(s, "expected integer");
	return token_string(s);
}

static int64_t scan_rune(Scan *s, int bits)
{
	int64_t r = get_rune(s);
	if (bits < 64 && ((r << (64 - bits)) >> (64 - bits)) != r) {
		char msg[64];
		uint8_t v[5] = {0};
		go_encode_rune(v, (int32_t)r);
		snprintf(msg, sizeof msg, "overflow on character value %s", (char *)v);
		fail_text(s, msg);
	}
	return r;
}

static int64_t scan_int(Scan *s, int32_t verb, int bits)
{
	if (verb == 'c')
		return scan_rune(s, bits);
	int base;
	go_string tok = number_token(s, verb, true, &base);
	go_int_error r = go_strconv_ParseInt(tok, base, 64);
	if (r.r1.tab)
		fail_with(s, r.r1);
	if (bits < 64 && ((r.r0 << (64 - bits)) >> (64 - bits)) != r.r0) {
		char msg[128];
		snprintf(msg, sizeof msg, "integer overflow on token %.*s", (int)tok.len, (const char *)tok.ptr);
		fail_text(s, msg);
	}
	return r.r0;
}

static uint64_t scan_uint(Scan *s, int32_t verb, int bits)
{
	if (verb == 'c')
		return (uint64_t)scan_rune(s, bits);
	int base;
	go_string tok = number_token(s, verb, false, &base);
	go_uint_error r = go_strconv_ParseUint(tok, base, 64);
	if (r.r1.tab)
		fail_with(s, r.r1);
	if (bits < 64 && (r.r0 >> bits) != 0) {
		char msg[128];
		snprintf(msg, sizeof msg, "unsigned integer overflow on token %.*s", (int)tok.len,
			 (const char *)tok.ptr);
		fail_text(s, msg);
	}
	return r.r0;
}

static double scan_float(Scan *s, int32_t verb, int bits)
{
	ok_verb(s, verb, "beEfFgGv", bits == 32 ? "float32" : "float64");
	skip_space(s);
	not_eof(s);
	if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN"))
		goto parse;
	accept(s, "+-");
	if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF"))
		goto parse;
	const char *digits = "0123456789_", *exp = "eEpP";
	if (accept(s, "0") && accept(s, "xX"))
		digits = "0123456789aAbBcCdDeEfF_", exp = "pP";
	while (accept(s, digits))
		;
	if (accept(s, "."))
		while (accept(s, digits))
			;
	if (accept(s, exp)) {
		accept(s, "+-");
		while (accept(s, "0123456789_"))
			;
	}
parse:;
	go_float_error r = go_strconv_ParseFloat(token_string(s), bits);
	if (r.r1.tab)
		fail_with(s, r.r1);
	return r.r0;
}
// }====================

static bool scan_bool(Scan *s, int32_t verb)
{
	skip_space(s);
	not_eof(s);
	ok_verb(s, verb, "tv", "boolean");
	static const char bad[] = "syntax error scanning boolean";
	switch (get_rune(s)) {
	case '0':
		return false;
	case '1':
		return true;
	case 't': case 'T':
		if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE")))
			fail_text(s, bad);
		return true;
	case 'f': case 'F':
		if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE")))
			fail_text(s, bad);
		return false;
	}
	return false;
}

static void put_rune(Scan *s, int32_t r)
{
	uint8_t tmp[4];
	go_lib_buf_put(&s->tok, tmp, go_encode_rune(tmp, r));
}

static int hex_val(int32_t r)
{
	return r >= '0' && r <= '9' ? r - '0' : r >= 'a' && r <= 'f' ? r - 'a' + 10 :
		r >= 'A' && r <= 'F' ? r - 'A' + 10 : -1;
}

extern go_iface go_strconv_ErrSyntax;

// The escapes of a double-quoted Go string (strconv.Unquote's rules) in
// tok[1 .. len-1], decoded in place; false when one is invalid.
static bool unquote(Scan *s)
{
	uint8_t *p = s->tok.p, *out = s->tok.p;
	int64_t i = 1, end = s->tok.len - 1;
	while (i < end) {
		if (p[i] == '"' || p[i] == '\n')
			return false;
		if (p[i] != '\\') {
			*out++ = p[i++];
			continue;
		}
		if (++i >= end)
			return false;
		uint8_t c = p[i++];
		static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\\"\"";
		const char *m = c ? strchr(simple, c) : NULL;
		if (m && (m - simple) % 2 == 0) {
			*out++ = (uint8_t)m[1];
			continue;
		}
		int n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : c >= '0' && c <= '7' ? 2 : -1;
		if (n < 0 || i + n > end)
			return false;
		int64_t v = c >= '0' && c <= '7' ? c - '0' : 0;
		for (int k = 0; k < n; k++, i++) {
			int d = hex_val(p[i]);
			if (c >= '0' && c <= '7') {
				if (p[i] < '0' || p[i] > '7')
					return false;
				v = v * 8 + (p[i] - '0');
			} else {
				if (d < 0)
					return false;
				v = v * 16 + d;
			}
		}
		if (c == 'x' || (c >= '0' && c <= '7')) {
			if (v > 255)
				return false;
			*out++ = (uint8_t)v;
		} else {
			if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
				return false;
			out += go_encode_rune(out, (int32_t)v);
		}
	}
	s->tok.len = out - s->tok.p;
	return true;
}

// %q: a back-quoted string as it is, a double-quoted one unescaped.
static go_string quoted_string(Scan *s)
{
	not_eof(s);
	int32_t q = get_rune(s);
	if (q == '`') {
		for (int32_t r; (r = must_rune(s)) != '`';)
			put_rune(s, r);
		return token_string(s);
	}
	if (q != '"')
		fail_text(s, "expected quoted string");
	put_rune(s, '"');
	for (;;) {
		int32_t r = must_rune(s);
		put_rune(s, r);
		if (r == '\\')
			put_rune(s, must_rune(s));   // (an escaped quote does not end it)
		else if (r == '"')
			break;
	}
	// Unquote writes no more than it reads (an escape is longer than its bytes).
	if (!unquote(s))
		fail_with(s, go_strconv_ErrSyntax);
	return token_string(s);
}

// %x: pairs of hex digits, up to the first rune that is not one.
static go_string hex_string(Scan *s)
{
	for (;;) {
		int32_t r = get_rune(s);
		if (r == END)
			break;
		int hi = hex_val(r);
		if (hi < 0) {
			unread(s);
			break;
		}
		int lo = hex_val(must_rune(s));
		if (lo < 0)
			fail_text(s, "illegal hex digit");
		uint8_t b = (uint8_t)(hi << 4 | lo);
		go_lib_buf_put(&s->tok, &b, 1);
	}
	if (s->tok.len == 0)
		fail_text(s, "no hex data for %x string");
	return token_string(s);
}

static go_string scan_string(Scan *s, int32_t verb)
{
	ok_verb(s, verb, "svqxX", "string");
	skip_space(s);
	not_eof(s);
	if (verb == 'q')
		return quoted_string(s);
	if (verb == 'x' || verb == 'X')
		return hex_string(s);
	for (;;) {
		int32_t r = get_rune(s);
		if (r == END)
			break;
		if (is_space(r)) {
			unread(s);
			break;
		}
		uint8_t tmp[4];
		go_lib_buf_put(&s->tok, tmp, go_encode_rune(tmp, r));
	}
	return token_string(s);
}

static void scan_one(Scan *s, int32_t verb, go_iface arg)
{
	const go_type *t = go_eface_type(arg);
	char msg[256];
	if (!t || t->kind != GO_KIND_PTR) {
		snprintf(msg, sizeof msg, "type not a pointer: %s", t ? t->str : "<nil>");
		fail_text(s, msg);
	}
	void *p = arg.data;
	const go_type *e = t->elem;
	s->tok.len = 0;
	switch (e->kind) {
	case GO_KIND_BOOL: *(bool *)p = scan_bool(s, verb); return;
	case GO_KIND_INT: case GO_KIND_INT64: *(int64_t *)p = scan_int(s, verb, 64); return;
	case GO_KIND_INT8: *(int8_t *)p = (int8_t)scan_int(s, verb, 8); return;
	case GO_KIND_INT16: *(int16_t *)p = (int16_t)scan_int(s, verb, 16); return;
	case GO_KIND_INT32: *(int32_t *)p = (int32_t)scan_int(s, verb, 32); return;
	case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR:
		*(uint64_t *)p = scan_uint(s, verb, 64); return;
	case GO_KIND_UINT8: *(uint8_t *)p = (uint8_t)scan_uint(s, verb, 8); return;
	case GO_KIND_UINT16: *(uint16_t *)p = (uint16_t)scan_uint(s, verb, 16); return;
	case GO_KIND_UINT32: *(uint32_t *)p = (uint32_t)scan_uint(s, verb, 32); return;
	case GO_KIND_FLOAT32: *(float *)p = (float)scan_float(s, verb, 32); return;
	case GO_KIND_FLOAT64: *(double *)p = scan_float(s, verb, 64); return;
	case GO_KIND_STRING: *(go_string *)p = scan_string(s, verb); return;
	case GO_KIND_SLICE:
		if (e->elem->kind == GO_KIND_UINT8) {
			go_string str = scan_string(s, verb);
			go_slice b = go_make_slice(e->elem, str.len, str.len);
			memcpy(b.ptr, str.ptr, (size_t)str.len);
			*(go_slice *)p = b;
			return;
		}
		break;
	default:
		break;
	}
	snprintf(msg, sizeof msg, "can't scan type: %s", t->str);
	fail_text(s, msg);
}

static void scan_init(Scan *s, go_string str, bool nl_is_space, bool nl_is_end)
{
	memset(s, 0, sizeof *s);
	s->in = str;
	s->limit = INT64_MAX;
	s->nl_is_space = nl_is_space;
	s->nl_is_end = nl_is_end;
}

// A reader that can unread gets back the rune looked at past the end.
static void give_back(Scan *s)
{
	if (s->pos >= s->in.len || (s->src != SRC_BUFIO && s->src != SRC_STRINGS))
		return;
	if (s->src == SRC_BUFIO)
		go_bufio_Reader_UnreadRune(s->rd.data);
	else
		go_strings_Reader_UnreadRune(s->rd.data);
}

static go_int_error scan_result(Scan *s, int64_t n)
{
	give_back(s);
	free(s->tok.p);
	free(s->inbuf.p);
	return (go_int_error){n, s->err};
}

static void scan_reader(Scan *s, go_iface r)
{
	if (!r.tab)
		go_panic_nil();
	const go_type *t = ((const go_itab *)r.tab)->type;
	s->rd = r;
	s->src = t == &go_type_bufio_Reader_ptr ? SRC_BUFIO :
		t == &go_type_strings_Reader_ptr ? SRC_STRINGS : SRC_BYTES;
}

static go_int_error scan_args(go_string str, go_iface rd, go_slice a, bool ln)
{
	Scan s;
	scan_init(&s, str, !ln, ln);
	if (rd.tab)
		scan_reader(&s, rd);
	volatile int64_t n = 0;
	if (setjmp(s.fail) == 0) {
		go_iface *args = a.ptr;
		for (int64_t i = 0; i < a.len; i++) {
			scan_one(&s, 'v', args[i]);
			n++;
		}
		if (ln)
			for (;;) {
				int32_t r = get_rune(&s);
				if (r == '\n' || r == END)
					break;
				if (!is_space(r))
					fail_text(&s, "expected newline");
			}
	}
	return scan_result(&s, n);
}

go_int_error go_fmt_Sscan(go_string str, go_slice a)
{
	return scan_args(str, (go_iface){0}, a, false);
}

go_int_error go_fmt_Sscanln(go_string str, go_slice a)
{
	return scan_args(str, (go_iface){0}, a, true);
}

go_int_error go_fmt_Fscan(go_iface r, go_slice a)
{
	if (!r.tab)
		go_panic_nil();
	return scan_args((go_string){0}, r, a, false);
}

go_int_error go_fmt_Fscanln(go_iface r, go_slice a)
{
	if (!r.tab)
		go_panic_nil();
	return scan_args((go_string){0}, r, a, true);
}

// {==================== Sscanf ====================
// Matches the literal text at the start of format against the input:
// runs of spaces and newlines as Go's rules say, other runes exactly.
// Returns the bytes of format consumed, or -1 when the input differs.
static int64_t advance(Scan *s, go_string f)
{
	int64_t i = 0;
	while (i < f.len) {
		int64_t w;
		int32_t fc = go_decode_rune(f, i, &w);
		if (is_space(fc)) {
			int newlines = 0;
			bool trailing = false;
			while (is_space(fc) && i < f.len) {
				if (fc == '\n')
					newlines++, trailing = false;
				else
					trailing = true;
				i += w;
				fc = i < f.len ? go_decode_rune(f, i, &w) : END;
			}
			for (int j = 0; j < newlines; j++) {
				int32_t ic = get_rune(s);
				while (is_space(ic) && ic != '\n')
					ic = get_rune(s);
				if (ic != '\n' && ic != END)
					fail_text(s, "newline in format does not match input");
			}
			if (trailing) {
				int32_t ic = get_rune(s);
				if (newlines == 0) {
					if (!is_space(ic) && ic != END)
						fail_text(s, "expected space in input to match format");
					if (ic == '\n')
						fail_text(s, "newline in input does not match format");
				}
				while (is_space(ic) && ic != '\n')
					ic = get_rune(s);
				if (ic != END)
					unread(s);
			}
			continue;
		}
		if (fc == '%') {
			if (i + w == f.len)
				fail_text(s, "missing verb: % at end of format string");
			if (f.ptr[i + w] != '%')
				return i;
			i += w;
		}
		int32_t ic = must_rune(s);
		if (fc != ic) {
			unread(s);
			return -1;
		}
		i += w;
	}
	return i;
}

static go_int_error scan_format(go_string str, go_iface r, go_string format, go_slice a);

go_int_error go_fmt_Sscanf(go_string str, go_string format, go_slice a)
{
	return scan_format(str, (go_iface){0}, format, a);
}

go_int_error go_fmt_Fscanf(go_iface r, go_string format, go_slice a)
{
	if (!r.tab)
		go_panic_nil();
	return scan_format((go_string){0}, r, format, a);
}

static go_int_error scan_format(go_string str, go_iface r, go_string format, go_slice a)
{
	Scan s;
	scan_init(&s, str, false, false);
	if (r.tab)
		scan_reader(&s, r);
	volatile int64_t n = 0;
	if (setjmp(s.fail) == 0) {
		go_iface *args = a.ptr;
		int64_t i = 0;
		while (i < format.len) {
			int64_t w = advance(&s, (go_string){format.ptr + i, format.len - i});
			if (w > 0) {
				i += w;
				continue;
			}
			if (format.ptr[i] != '%') {
				if (w < 0)
					fail_text(&s, "input does not match format");
				break;
			}
			i++;
			int64_t wid = 0;
			bool has_wid = false;
			while (i < format.len && format.ptr[i] >= '0' && format.ptr[i] <= '9')
				wid = wid * 10 + (format.ptr[i++] - '0'), has_wid = true;
			int64_t cw = 1;
			int32_t c = i < format.len ? go_decode_rune(format, i, &cw) : END;
			int64_t verb_at = i;
			i += cw;
			if (c != 'c')
				skip_space(&s);
			if (c == '%') {
				skip_space(&s);
				not_eof(&s);
				if (!accept(&s, "%"))
					fail_text(&s, "missing literal %");
				s.tok.len = 0;
				continue;
			}
			if (n >= a.len) {
				char msg[256];
				snprintf(msg, sizeof msg, "too few operands for format '%%%.*s'",
					 (int)(format.len - verb_at), (const char *)format.ptr + verb_at);
				fail_text(&s, msg);
			}
			if (has_wid)
				s.limit = s.pos + wid;   // Go counts runes; the subset's inputs are ASCII
			scan_one(&s, c, args[n]);
			n++;
			s.limit = INT64_MAX;
		}
		if (n < a.len)
			fail_text(&s, "too many operands");
	}
	return scan_result(&s, n);
}
// }====================
