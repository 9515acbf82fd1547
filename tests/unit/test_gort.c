// test_gort.c: the language runtime (rt/go_*.c) on values built in C —
// fmt formatting, shortest floats, maps, append growth, string operations.
// Expected strings were produced by Go 1.19.
#include <criterion/criterion.h>
#include <math.h>

#include "rt/go_rt.h"

static go_iface box(const go_type *t, const void *v)
{
	return (go_iface){t, go_box(t, v)};
}
static go_iface I(int64_t v) { return box(&go_type_int, &v); }
static go_iface F(double v) { return box(&go_type_float64, &v); }
static go_iface F32(float v) { return box(&go_type_float32, &v); }
static go_iface S(const char *s) { go_string g = go_cstring(s); return box(&go_type_string, &g); }
static go_iface B(bool v) { return box(&go_type_bool, &v); }

// The results are compared and dropped at once, so a ring of buffers that
// lives for the whole test is enough (and leaves nothing for LeakSanitizer).
static char *cstr(go_string s)
{
	static char ring[8][4096];
	static int next;
	char *p = ring[next++ % 8];
	size_t n = (size_t)s.len < sizeof ring[0] - 1 ? (size_t)s.len : sizeof ring[0] - 1;
	if (n)
		memcpy(p, s.ptr, n);
	p[n] = 0;
	return p;
}

static char *sprintf_(const char *f, int n, go_iface *args)
{
	return cstr(go_fmt_sprintf(go_cstring(f), (go_slice){args, n, n}));
}
static char *sprint_(int n, go_iface *args)
{
	return cstr(go_fmt_sprint((go_slice){args, n, n}));
}
static char *sprintln_(int n, go_iface *args)
{
	return cstr(go_fmt_sprintln((go_slice){args, n, n}));
}

#define EXPECT_FMT(want, f, ...) do { \
		go_iface a_[] = {__VA_ARGS__}; \
		char *got_ = sprintf_(f, (int)(sizeof a_ / sizeof a_[0]), a_); \
		cr_expect_str_eq(got_, want, "Sprintf(%s)", f); \
	} while (0)

Test(gort_fmt, shortest_floats)
{
	EXPECT_FMT("1e+06", "%v", F(1e6));
	EXPECT_FMT("3.14", "%v", F(3.14));
	EXPECT_FMT("1e-05", "%v", F(1e-5));
	EXPECT_FMT("0.0001", "%v", F(0.0001));
	EXPECT_FMT("123456", "%v", F(123456));
	EXPECT_FMT("1.234567e+06", "%v", F(1234567));
	EXPECT_FMT("0.1", "%v", F(0.1));
	EXPECT_FMT("0.30000000000000004", "%v", F(0.1 + 0.2));
	EXPECT_FMT("0", "%v", F(0));
	EXPECT_FMT("-0", "%v", F(-0.0));
	EXPECT_FMT("+Inf", "%v", F(INFINITY));
	EXPECT_FMT("NaN", "%v", F(NAN));
	EXPECT_FMT("2.5", "%v", F32(2.5f));
	EXPECT_FMT("0.1", "%v", F32(0.1f));
	EXPECT_FMT("1e+21", "%v", F(1e21));
	EXPECT_FMT("-2.5e-10", "%g", F(-2.5e-10));
}

Test(gort_fmt, float_precision)
{
	EXPECT_FMT("3.142", "%.3f", F(3.14159));
	EXPECT_FMT("3.141590", "%f", F(3.14159));
	EXPECT_FMT("  3.14", "%6.2f", F(3.14159));
	EXPECT_FMT("003.14", "%06.2f", F(3.14159));
	EXPECT_FMT("-03.14", "%06.2f", F(-3.14159));
	EXPECT_FMT("+3.14", "%+.2f", F(3.14159));
	EXPECT_FMT("1.000000e+06", "%e", F(1e6));
	EXPECT_FMT("3.14  |", "%-6.2f|", F(3.14159));
}

Test(gort_fmt, integers)
{
	EXPECT_FMT("42", "%d", I(42));
	EXPECT_FMT("   42", "%5d", I(42));
	EXPECT_FMT("42   |", "%-5d|", I(42));
	EXPECT_FMT("00042", "%05d", I(42));
	EXPECT_FMT("-0042", "%05d", I(-42));
	EXPECT_FMT("+42", "%+d", I(42));
	EXPECT_FMT("ff", "%x", I(255));
	EXPECT_FMT("FF", "%X", I(255));
	EXPECT_FMT("0xff", "%#x", I(255));
	EXPECT_FMT("-ff", "%x", I(-255));
	EXPECT_FMT("101", "%b", I(5));
	EXPECT_FMT("17", "%o", I(15));
	EXPECT_FMT("A", "%c", I(65));
	EXPECT_FMT("'A'", "%q", I(65));
	EXPECT_FMT("U+0041", "%U", I(65));
	EXPECT_FMT("%!d(string=hi)", "%d", S("hi"));
	EXPECT_FMT("1 %!d(MISSING)", "%d %d", I(1));
	EXPECT_FMT("1%!(EXTRA int=2)", "%d", I(1), I(2));
	EXPECT_FMT("100%", "%d%%", I(100));
	EXPECT_FMT("   07", "%5.2d", I(7));
}

Test(gort_fmt, strings_and_bools)
{
	EXPECT_FMT("hi", "%s", S("hi"));
	EXPECT_FMT("\"hi\\n\"", "%q", S("hi\n"));
	EXPECT_FMT("   hi", "%5s", S("hi"));
	EXPECT_FMT("hi   |", "%-5s|", S("hi"));
	EXPECT_FMT("6869", "%x", S("hi"));
	EXPECT_FMT("68 69", "% x", S("hi"));
	EXPECT_FMT("he", "%.2s", S("hello"));
	EXPECT_FMT("true", "%t", B(true));
	EXPECT_FMT("false", "%v", B(false));
	EXPECT_FMT("string", "%T", S("x"));
	EXPECT_FMT("<nil>", "%v", (go_iface){0});
	EXPECT_FMT("\"é\"", "%q", S("é"));
	EXPECT_FMT("\"\\u00e9\"", "%+q", S("é"));
}

Test(gort_fmt, print_spacing)
{
	go_iface a[] = {I(1), I(2), S("a"), I(3), S("b"), S("c")};
	cr_expect_str_eq(sprint_(6, a), "1 2a3bc");
	cr_expect_str_eq(sprintln_(6, a), "1 2 a 3 b c\n");
}

Test(gort_fmt, composite_values)
{
	int64_t arr[3] = {1, 2, 3};
	go_slice s = {arr, 3, 3};
	go_type slice_int = {.size = sizeof(go_slice), .kind = GO_KIND_SLICE, .str = "[]int",
		.elem = &go_type_int};
	EXPECT_FMT("[1 2 3]", "%v", box(&slice_int, &s));
	EXPECT_FMT("[01 02 03]", "%02d", box(&slice_int, &s));
	go_slice nils = {0};
	EXPECT_FMT("[]", "%v", box(&slice_int, &nils));

	struct { int64_t a; go_string b; } st = {7, go_cstring("x")};
	go_field fields[] = {{"A", &go_type_int, 0, false}, {"b", &go_type_string, 8, false}};
	go_type t = {.size = sizeof st, .kind = GO_KIND_STRUCT, .flags = GO_TF_NAMED, .str = "main.T",
		.fields = fields, .nfields = 2};
	EXPECT_FMT("{7 x}", "%v", box(&t, &st));
	EXPECT_FMT("{A:7 b:x}", "%+v", box(&t, &st));
	EXPECT_FMT("main.T", "%T", box(&t, &st));
	go_type pt = {.size = 8, .kind = GO_KIND_PTR, .flags = GO_TF_DIRECT, .str = "*main.T", .elem = &t};
	EXPECT_FMT("&{7 x}", "%v", (go_iface){&pt, &st});
}

Test(gort_fmt, maps_sorted)
{
	go_type mt = {.size = 8, .kind = GO_KIND_MAP, .flags = GO_TF_DIRECT, .str = "map[string]int",
		.elem = &go_type_int, .key = &go_type_string};
	go_map *m = go_map_make(&mt, 0);
	const char *keys[] = {"b", "a", "c"};
	for (int i = 0; i < 3; i++) {
		go_string k = go_cstring(keys[i]);
		*(int64_t *)go_map_assign(&mt, m, &k) = i + 1;
	}
	EXPECT_FMT("map[a:2 b:1 c:3]", "%v", (go_iface){&mt, m});
	go_map *nilm = NULL;
	EXPECT_FMT("map[]", "%v", (go_iface){&mt, nilm});
}

Test(gort_map, insert_lookup_delete_grow)
{
	go_type mt = {.size = 8, .kind = GO_KIND_MAP, .flags = GO_TF_DIRECT, .str = "map[int]int",
		.elem = &go_type_int, .key = &go_type_int};
	go_map *m = go_map_make(&mt, 0);
	for (int64_t i = 0; i < 10000; i++)
		*(int64_t *)go_map_assign(&mt, m, &i) = i * 2;
	cr_assert_eq(go_map_len(m), 10000);
	for (int64_t i = 0; i < 10000; i += 2)
		go_map_delete(&mt, m, &i);
	cr_assert_eq(go_map_len(m), 5000);
	bool ok;
	int64_t k = 7;
	cr_assert_eq(*(int64_t *)go_map_access(&mt, m, &k, &ok), 14);
	cr_assert(ok);
	k = 8;
	cr_assert_eq(*(int64_t *)go_map_access(&mt, m, &k, &ok), 0);
	cr_assert(!ok);
	int64_t n = 0, sum = 0;
	go_map_iter it;
	go_map_iter_init(&it, m);
	while (go_map_iter_next(&it)) {
		n++;
		sum += *(int64_t *)it.key;
	}
	cr_assert_eq(n, 5000);
	cr_assert_eq(sum, 25000000);
	for (int64_t i = 0; i < 20000; i++)
		*(int64_t *)go_map_assign(&mt, m, &i) = 1;
	cr_assert_eq(go_map_len(m), 20000);
}

Test(gort_slice, append_growth_matches_go)
{
	// cap sequence of appending one int at a time, as Go 1.19 prints it.
	int64_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280};
	go_slice s = {0};
	int k = 0;
	int64_t last = -1;
	for (int i = 0; i < 1200; i++) {
		if (s.len == s.cap)
			s = go_growslice(s, s.len + 1, &go_type_int64);
		s.len++;
		if (s.cap != last) {
			cr_assert_eq(s.cap, want[k], "step %d: cap %lld", k, (long long)s.cap);
			k++;
			last = s.cap;
		}
	}
	// appending 5 bytes to an empty []byte gives cap 8
	go_slice b = go_growslice((go_slice){0}, 5, &go_type_uint8);
	cr_assert_eq(b.cap, 8);
	// appending 3 strings to nil gives cap 3
	go_slice ss = go_growslice((go_slice){0}, 3, &go_type_string);
	cr_assert_eq(ss.cap, 3);
}

Test(gort_string, concat_compare_runes)
{
	go_string parts[] = {go_cstring("ab"), go_cstring(""), go_cstring("cd")};
	go_string s = go_string_concat(parts, 3, NULL, 0);
	cr_assert_eq(s.len, 4);
	cr_assert(memcmp(s.ptr, "abcd", 4) == 0);
	cr_assert(go_string_cmp(go_cstring("a"), go_cstring("b")) < 0);
	cr_assert(go_string_cmp(go_cstring("ab"), go_cstring("a")) > 0);
	go_string r = go_string_from_rune(0x4e16);
	cr_assert_eq(r.len, 3);
	int64_t w;
	cr_assert_eq(go_decode_rune(r, 0, &w), 0x4e16);
	cr_assert_eq(w, 3);
	go_slice rs = go_runes_from_string(go_cstring("h\xc3\xa9llo"));
	cr_assert_eq(rs.len, 5);
	go_string back = go_string_from_runes(rs);
	cr_assert_eq(back.len, 6);
}

Test(gort_chan, buffered_send_recv_close)
{
	go_chan *c = go_chan_make(&go_type_int64, 2);
	int64_t v = 7, out = 0;
	go_chan_send(c, &v);
	v = 8;
	go_chan_send(c, &v);
	cr_assert_eq(go_chan_len(c), 2);
	cr_assert_eq(go_chan_cap(c), 2);
	bool ok;
	cr_assert(go_chan_recv(c, &out, &ok));
	cr_assert_eq(out, 7);
	go_chan_close(c);
	cr_assert(go_chan_recv(c, &out, &ok));
	cr_assert_eq(out, 8);
	cr_assert(!go_chan_recv(c, &out, &ok));
	cr_assert(!ok);
	cr_assert_eq(out, 0);
}

Test(gort_chan, select_default_when_nothing_ready)
{
	go_chan *c = go_chan_make(&go_type_int64, 1);
	int64_t out;
	go_select_case cs[1] = {{c, GO_SELECT_RECV, &out, NULL}};
	cr_assert_eq(go_select(cs, 1, true), -1);
	int64_t v = 3;
	go_chan_send(c, &v);
	cr_assert_eq(go_select(cs, 1, true), 0);
	cr_assert_eq(out, 3);
}

Test(gort_sync, waitgroup_and_mutex_state)
{
	struct { uint64_t a; uint32_t b; } wg = {0, 0};
	go_wg_add(&wg, 2);
	go_wg_add(&wg, -1);
	go_wg_add(&wg, -1);
	go_wg_wait(&wg);   // counter is zero: returns at once
	struct { int32_t s; uint32_t sema; } mu = {0, 0};
	cr_assert(go_mutex_trylock(&mu));
	cr_assert(!go_mutex_trylock(&mu));
	go_mutex_unlock(&mu);
	go_mutex_lock(&mu);
	go_mutex_unlock(&mu);
}
