// test_types.c: Go's amd64 sizes, alignments and struct offsets, type
// identity, predicates, and both type printers (-m style and error style).
#include <criterion/criterion.h>

#include "check.h"

static Type *strct(int n, Type **ts, const char **names)
{
	Type *t = type_new(TY_STRUCT);
	for (int i = 0; i < n; i++)
		vec_push(&ast_arena, &t->fields, ((Field){.name = names[i], .type = ts[i]}));
	type_complete(t);
	return t;
}

Test(types, basic_sizes)
{
	type_init();
	cr_expect_eq(type_int->size, 8);
	cr_expect_eq(type_str->size, 16);
	cr_expect_eq(type_bool->size, 1);
	Type *s = type_slice(type_int);
	type_complete(s);
	cr_expect_eq(s->size, 24);
	cr_expect(s->has_pointers);
	Type *m = type_map(type_str, type_int);
	type_complete(m);
	cr_expect_eq(m->size, 8);
	type_complete(type_any);
	cr_expect_eq(type_any->size, 16);
	Type *a = type_array(type_int16, 5);
	type_complete(a);
	cr_expect_eq(a->size, 10);
	cr_expect_eq(a->align, 2);
	cr_expect_not(a->has_pointers);
}

Test(types, struct_layout_and_padding)
{
	type_init();
	Type *ts[3] = {type_int8, type_int64, type_int16};
	const char *ns[3] = {"a", "b", "c"};
	Type *t = strct(3, ts, ns);
	cr_expect_eq(t->fields.items[1].offset, 8);
	cr_expect_eq(t->fields.items[2].offset, 16);
	cr_expect_eq(t->size, 24);
	cr_expect_eq(t->align, 8);
	// A trailing zero-size field gets one byte of padding.
	Type *empty = strct(0, NULL, NULL);
	cr_expect_eq(empty->size, 0);
	Type *ts2[2] = {type_int32, empty};
	const char *ns2[2] = {"x", "e"};
	Type *t2 = strct(2, ts2, ns2);
	cr_expect_eq(t2->size, 8);
	Type *ts3[2] = {empty, type_int32};
	Type *t3 = strct(2, ts3, ns2);
	cr_expect_eq(t3->size, 4);
}

Test(types, identity)
{
	type_init();
	cr_expect(type_identical(type_slice(type_int), type_slice(type_int)));
	cr_expect(type_identical(type_map(type_str, type_int), type_map(type_str, type_int)));
	cr_expect_not(type_identical(type_array(type_int, 3), type_array(type_int, 4)));
	cr_expect(type_identical(type_byte, type_uint8));
	cr_expect(type_identical(type_rune, type_int32));
	cr_expect_not(type_identical(type_chan(type_int, CHAN_BOTH), type_chan(type_int, CHAN_SEND)));
	Type *n1 = type_new(TY_NAMED), *n2 = type_new(TY_NAMED);
	n1->underlying = n2->underlying = type_int;
	cr_expect_not(type_identical(n1, n2));
}

Test(types, predicates)
{
	type_init();
	cr_expect(type_is_pointer_shaped(type_pointer(type_int)));
	cr_expect(type_is_pointer_shaped(type_map(type_int, type_int)));
	cr_expect_not(type_is_pointer_shaped(type_str));
	Type *ts[1] = {type_pointer(type_int)};
	const char *ns[1] = {"q"};
	cr_expect(type_is_pointer_shaped(strct(1, ts, ns)));
	cr_expect_not(type_is_comparable(type_slice(type_int)));
	cr_expect(type_is_comparable(type_array(type_str, 2)));
	cr_expect(type_is_integer(type_untyped_rune));
	cr_expect(type_is_unsigned(type_uintptr));
	cr_expect(type_is_float(type_untyped_float));
}

Test(types, printing)
{
	type_init();
	cr_expect_str_eq(type_string(type_any), "interface {}");
	cr_expect_str_eq(type_errstring(type_any), "any");
	cr_expect_str_eq(type_errstring(type_new(TY_INTERFACE)), "interface{}");
	Type *ts[2] = {type_pointer(type_int), type_int};
	const char *ns[2] = {"q", "r"};
	Type *s = strct(2, ts, ns);
	cr_expect_str_eq(type_string(s), "struct { q *int; r int }");
	cr_expect_str_eq(type_errstring(s), "struct{q *int; r int}");
	cr_expect_str_eq(type_string(type_map(type_str, type_slice(type_byte))), "map[string][]byte");
	cr_expect_str_eq(type_string(type_chan(type_int, CHAN_RECV)), "<-chan int");
	Type *f = type_new(TY_FUNC);
	vec_push(&ast_arena, &f->fields, ((Field){.type = type_int}));
	vec_push(&ast_arena, &f->fields, ((Field){.type = type_slice(type_str)}));
	f->variadic = true;
	vec_push(&ast_arena, &f->results, ((Field){.type = type_int}));
	vec_push(&ast_arena, &f->results, ((Field){.type = type_error}));
	cr_expect_str_eq(type_string(f), "func(int, ...string) (int, error)");
	cr_expect_str_eq(type_string(type_array(type_rune, 3)), "[3]rune");
}
