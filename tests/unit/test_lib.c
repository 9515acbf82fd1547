// test_lib.c: the C implementations of the library packages (rt/go_<pkg>.c)
// called directly: strconv's shortest formatting and correctly rounded
// parsing, Duration's printing, strings' splitting. Expected values were
// produced by Go 1.19.
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "rt/go_lib.h"

// The descriptors codegen emits for the library types of a program (the
// runtime's C refers to them); all-pointer masks keep these conservative.
static const uint8_t all_ptrs[] = {0xff, 0xff};
#define LIBTYPE(name, sz, text) \
	const go_type name = {.size = (sz), .kind = GO_KIND_STRUCT, .str = (text), .gcmask = all_ptrs}; \
	const go_type name##_ptr = {.size = 8, .kind = GO_KIND_PTR, .flags = GO_TF_DIRECT, \
		.str = "*" text, .elem = &name, .gcmask = all_ptrs};
LIBTYPE(go_type_fs_PathError, 48, "fs.PathError")
// *strconv.NumError must implement error for the parse errors' itabs.
go_string go_strconv_NumError_Error(void *e);
static const go_method numerror_methods[] = {
	{"Error", "func() string", (void *)go_strconv_NumError_Error},
};
const go_type go_type_strconv_NumError = {.size = 48, .kind = GO_KIND_STRUCT,
	.str = "strconv.NumError", .gcmask = all_ptrs};
const go_type go_type_strconv_NumError_ptr = {.size = 8, .kind = GO_KIND_PTR,
	.flags = GO_TF_DIRECT, .str = "*strconv.NumError", .elem = &go_type_strconv_NumError,
	.nmethods = 1, .methods = numerror_methods, .gcmask = all_ptrs};
LIBTYPE(go_type_bufio_Scanner, 120, "bufio.Scanner")
LIBTYPE(go_type_bufio_Reader, 96, "bufio.Reader")
LIBTYPE(go_type_bufio_Writer, 64, "bufio.Writer")

go_string go_strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize);
go_float_error go_strconv_ParseFloat(go_string s, int64_t bitSize);
go_string go_time_Duration_String(int64_t d);
go_slice go_strings_Fields(go_string s);
go_slice go_strings_Split(go_string s, go_string sep);

static char *cstr(go_string s)
{
	static char ring[8][256];
	static int k;
	char *b = ring[k++ % 8];
	snprintf(b, 256, "%.*s", (int)s.len, (const char *)s.ptr);
	return b;
}

static double from_bits(uint64_t u)
{
	double d;
	memcpy(&d, &u, 8);
	return d;
}

static uint64_t to_bits(double d)
{
	uint64_t u;
	memcpy(&u, &d, 8);
	return u;
}

Test(lib, format_float_shortest)
{
	static const struct { uint64_t bits; const char *g64, *g32; } cases[] = {
		{4591870180066957722ULL, "0.1", "0.1"},
		{4599676419421066581ULL, "0.3333333333333333", "0.33333334"},
		{4950912855330343670ULL, "1e+23", "1e+23"},
		{1ULL, "5e-324", "0"},
		{9218868437227405311ULL, "1.7976931348623157e+308", "+Inf"},
		{4862596447618666293ULL, "1.2345678901234568e+17", "1.2345679e+17"},
		{4517329193108106637ULL, "1e-06", "1e-06"},
		{4921056587992461136ULL, "1e+21", "1e+21"},
		{4636737291354636288ULL, "100", "100"},
		{13716513052088381256ULL, "-2.5e-08", "-2.5e-08"},
		{4845873199050653696ULL, "9.007199254740992e+15", "9.007199e+15"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		double f = from_bits(cases[i].bits);
		cr_expect_str_eq(cstr(go_strconv_FormatFloat(f, 'g', -1, 64)), cases[i].g64);
		cr_expect_str_eq(cstr(go_strconv_FormatFloat(f, 'g', -1, 32)), cases[i].g32);
	}
}

Test(lib, parse_float_rounding)
{
	static const struct { const char *s; uint64_t bits; } cases[] = {
		{"0.1", 4591870180066957722ULL},
		{"9007199254740993", 4845873199050653696ULL},         // ties to even
		{"2.2250738585072011e-308", 4503599627370495ULL},     // largest subnormal
		{"1e23", 4950912855330343670ULL},
		{"4.9406564584124654e-324", 1ULL},
		{"2.4703282292062327e-324", 0ULL},                    // just below half the least
		{"1.7976931348623158e308", 9218868437227405311ULL},
		{"0x1.fffffffffffffp1023", 9218868437227405311ULL},
		{"1_0.5", 4622100592565682176ULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		go_float_error r = go_strconv_ParseFloat(go_cstring(cases[i].s), 64);
		cr_expect_eq(to_bits(r.r0), cases[i].bits, "%s", cases[i].s);
		cr_expect_null(r.r1.tab, "%s", cases[i].s);
	}
	go_float_error r = go_strconv_ParseFloat(go_cstring("1e309"), 64);
	cr_expect(r.r0 > 1e308 && r.r1.tab != NULL, "out of range: +Inf and an error");
	r = go_strconv_ParseFloat(go_cstring("1__0"), 64);
	cr_expect(r.r1.tab != NULL, "misplaced underscore");
}

Test(lib, duration_string)
{
	static const struct { int64_t d; const char *s; } cases[] = {
		{0, "0s"}, {1, "1ns"}, {999, "999ns"}, {1000, "1\xc2\xb5s"}, {1500, "1.5\xc2\xb5s"},
		{2500000, "2.5ms"}, {1000000000, "1s"}, {1500000000, "1.5s"}, {90000000000, "1m30s"},
		{3600000000000, "1h0m0s"}, {5405007000000, "1h30m5.007s"}, {-1500000000, "-1.5s"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		cr_expect_str_eq(cstr(go_time_Duration_String(cases[i].d)), cases[i].s);
}

Test(lib, strings_split_fields)
{
	go_slice f = go_strings_Fields(go_cstring("  a b\t\nc  "));
	cr_assert_eq(f.len, 3);
	cr_expect_str_eq(cstr(((go_string *)f.ptr)[2]), "c");
	go_slice s = go_strings_Split(go_cstring("a,,b,"), go_cstring(","));
	cr_assert_eq(s.len, 4);
	cr_expect_eq(((go_string *)s.ptr)[1].len, 0);
	cr_expect_eq(((go_string *)s.ptr)[3].len, 0);
}
