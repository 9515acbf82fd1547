// test_check.c: the type checker on small programs — the annotations later
// stages rely on (ND_CONV placement, static callees, captures, addr_taken,
// constant values, closure numbering, init order) and Go's error messages.
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static Program *check(const char *src)
{
	diag_discard();
	diag_filename = "x";
	type_init();
	Node *file = parse_source(src, strlen(src));
	cr_assert_eq(diag_count(), 0, "syntax errors in:\n%s", src);
	return check_program(file);
}

static char *errors(void)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *old = stderr, *m = open_memstream(&buf, &n);
	stderr = m;
	if (diag_count())
		diag_flush();
	stderr = old;
	fclose(m);
	return buf;
}

static void expect_error(const char *src, const char *want)
{
	Program *p = check(src);
	char *got = errors();
	cr_expect_null(p);
	cr_expect(strstr(got, want) != NULL, "want %s\ngot %s", want, got);
	free(got);
}

static Sym *func(Program *p, const char *name)
{
	for (int i = 0; i < p->funcs.len; i++)
		if (strcmp(p->funcs.items[i]->name, name) == 0)
			return p->funcs.items[i];
	return NULL;
}

static Sym *local(Sym *fn, const char *name)
{
	for (int i = 0; i < fn->locals.len; i++)
		if (strcmp(fn->locals.items[i]->name, name) == 0)
			return fn->locals.items[i];
	return NULL;
}

// The n-th statement of fn's body.
static Node *stmt(Sym *fn, int n)
{
	return fn->body->u.block.stmts.items[n];
}

Test(check, fmt_args_are_converted_to_interfaces)
{
	Program *p = check("package main\nimport \"fmt\"\nfunc main() {\n\tx := 1\n\tfmt.Println(x, \"s\")\n}\n");
	cr_assert_not_null(p);
	Node *call = stmt(p->main_fn, 1)->u.exprstmt.x;
	cr_expect_eq(call->u.call.call, CALL_FMT);
	cr_expect_eq(call->u.call.builtin, BI_FMT_PRINTLN);
	Node *a0 = call->u.call.args.items[0], *a1 = call->u.call.args.items[1];
	cr_expect_eq(a0->kind, ND_CONV);
	cr_expect_eq(a0->u.conv.conv, CONV_IFACE);
	cr_expect_eq(a0->u.conv.x->type, type_int);
	cr_expect_eq(a1->kind, ND_CONV);
	cr_expect_eq(a1->u.conv.x->type, type_str);
	cr_expect_str_eq(a1->u.conv.x->cval->text, "\"s\"");
}

Test(check, static_callee_and_method_call)
{
	Program *p = check("package main\ntype T struct{ n int }\nfunc (t *T) Inc() { t.n++ }\n"
			   "func f() {}\nfunc main() {\n\tvar t T\n\tt.Inc()\n\tf()\n}\n");
	cr_assert_not_null(p);
	Node *c1 = stmt(p->main_fn, 1)->u.exprstmt.x;
	cr_expect_eq(c1->u.call.call, CALL_METHOD);
	cr_expect_eq(c1->u.call.callee, func(p, "Inc"));
	cr_expect(c1->u.call.fn->u.sel.implicit_addr);
	cr_expect(local(p->main_fn, "t")->addr_taken);
	Node *c2 = stmt(p->main_fn, 2)->u.exprstmt.x;
	cr_expect_eq(c2->u.call.call, CALL_FUNC);
	cr_expect_eq(c2->u.call.callee, func(p, "f"));
}

Test(check, closures_capture_and_numbering)
{
	Program *p = check("package main\nfunc main() {\n\tx := 1\n\tf := func() int {\n"
			   "\t\tg := func() int { return x }\n\t\treturn g()\n\t}\n\tx = 2\n\t_ = f()\n}\n");
	cr_assert_not_null(p);
	Node *lit = stmt(p->main_fn, 1)->u.assign.rhs.items[0];
	cr_assert_eq(lit->kind, ND_FUNCLIT);
	cr_expect_eq(lit->u.funclit.index, 1);
	cr_expect_str_eq(lit->u.funclit.fn->name, "main.func1");
	cr_expect_eq(lit->u.funclit.fn->outer, p->main_fn);
	cr_expect_eq(lit->u.funclit.captures.len, 1);
	Sym *x = local(p->main_fn, "x");
	cr_expect(x->captured);
	cr_expect(x->reassigned);
	Sym *inner = local(lit->u.funclit.fn, "g");
	cr_assert_not_null(inner);
	cr_expect_eq(inner->owner, lit->u.funclit.fn);
}

Test(check, constants_and_iota)
{
	Program *p = check("package main\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\n"
			   "func main() {\n\tvar x int64 = C + 1\n\t_ = x\n}\n");
	cr_assert_not_null(p);
	Node *spec = stmt(p->main_fn, 0)->u.decl.specs.items[0];
	Node *v = spec->u.spec.values.items[0];
	cr_expect_eq(v->type, type_int64);
	cr_assert_not_null(v->cval);
	cr_expect(v->cval->i == 21);
}

Test(check, init_order_follows_dependencies)
{
	Program *p = check("package main\nvar a = b + 1\nvar b = f()\nvar c = 3\n"
			   "func f() int { return c }\nfunc main() { _ = a }\n");
	cr_assert_not_null(p);
	cr_assert_eq(p->init_order.len, 3);
	cr_expect_str_eq(p->init_order.items[0]->u.spec.names.items[0]->u.ident.name, "c");
	cr_expect_str_eq(p->init_order.items[1]->u.spec.names.items[0]->u.ident.name, "b");
	cr_expect_str_eq(p->init_order.items[2]->u.spec.names.items[0]->u.ident.name, "a");
}

Test(check, interface_assignment_and_comma_ok)
{
	Program *p = check("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (T) M() {}\n"
			   "func main() {\n\tvar i I = T{}\n\tt, ok := i.(T)\n\t_, _ = t, ok\n\ti.M()\n}\n");
	cr_assert_not_null(p);
	Node *spec = stmt(p->main_fn, 0)->u.decl.specs.items[0];
	cr_expect_eq(spec->u.spec.values.items[0]->kind, ND_CONV);
	Node *as = stmt(p->main_fn, 1);
	cr_expect_eq(as->u.assign.rhs.items[0]->type->kind, TY_TUPLE);
	cr_expect(as->u.assign.is_new[0] && as->u.assign.is_new[1]);
	Node *call = stmt(p->main_fn, 3)->u.exprstmt.x;
	cr_expect_eq(call->u.call.call, CALL_IFACE);
}

Test(check, struct_sizes_through_named_types)
{
	Program *p = check("package main\ntype Node struct {\n\tnext *Node\n\tval  int32\n}\n"
			   "func main() { var n Node; _ = n }\n");
	cr_assert_not_null(p);
	Type *t = p->types.items[0]->type;
	cr_expect_eq(t->size, 16);
	cr_expect(t->has_pointers);
}

Test(check, errors_in_go_words)
{
	expect_error("package main\nfunc main() {\n\tx := 1\n}\n", "x:3:2: x declared but not used");
	expect_error("package main\nimport \"fmt\"\nfunc main() {}\n", "x:2:8: imported and not used: \"fmt\"");
	expect_error("package main\nfunc f() int {\n}\nfunc main() { _ = f() }\n", "x:3:1: missing return");
	expect_error("package main\nfunc main() {\n\tvar a int8 = 300\n\t_ = a\n}\n",
		     "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)");
	expect_error("package main\nfunc main() {}\nfunc g() { _ = 1 / 0 }\n",
		     "invalid operation: division by zero");
	expect_error("package main\nfunc main2() {}\n", "function main is undeclared in the main package");
}

Test(check, never_crashes_on_odd_programs)
{
	const char *srcs[] = {
		"package main\ntype T T\nfunc main() {}\n",
		"package main\ntype I interface{ I }\nfunc main() {}\n",
		"package main\nvar x = x\nfunc main() {}\n",
		"package main\nconst c = c\nfunc main() {}\n",
		"package main\nfunc main() { var x [1 << 62]int; _ = x }\n",
		"package main\nfunc main() { _ = [...]int{5: 1, 2}; _ = map[int]int{1: 1, 1: 2} }\n",
	};
	for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
		check(srcs[i]);
		free(errors());
	}
}

static void expect_ok(const char *src)
{
	Program *p = check(src);
	char *got = errors();
	cr_expect_not_null(p, "false errors for:\n%s\n%s", src, got);
	free(got);
}

// Valid Go that Go's own test programs use and the checker once rejected.
Test(check, valid_programs_from_go_tests)
{
	// op= and ++ read the variable: not "declared but not used"
	expect_ok("package main\nfunc main() {\n\ts := \"a\"\n\ts += \"b\"\n\ti := 0\n\ti++\n}\n");
	// comma-ok into existing typed variables
	expect_ok("package main\nfunc main() {\n\tvar ok bool\n\tvar i int\n\tc := make(chan int)\n"
		  "\tm := map[int]int{}\n\tvar e interface{}\n\ti, ok = <-c\n\ti, ok = m[1]\n"
		  "\ti, ok = e.(int)\n\t_, _ = i, ok\n}\n");
	// the spread slice of append goes to ...E, of unnamed type []E
	expect_ok("package main\ntype S []struct{}\ntype T []struct{}\n"
		  "func main() { var s S; var t T; _ = append(s, t...) }\n");
	// a type defined as a type whose declaration is under way
	expect_ok("package main\ntype T1 struct{ Next *T2 }\ntype T2 T1\n"
		  "type T3 struct{ Next *T4 }\ntype T4 T5\ntype T5 T3\nfunc main() {}\n");
	// interfaces embedding, or mentioning, interfaces under way
	expect_ok("package main\ntype I1 interface{ m() I2 }\ntype I2 interface{ I1 }\n"
		  "var i2 I2\nvar i1 I1 = i2\nfunc main() { _ = i1 }\n");
	expect_ok("package main\ntype I1 interface{ F() interface{ I1 } }\n"
		  "type I2 interface{ F() interface{ I2 } }\nvar V1 I1\nvar V2 I2\n"
		  "func main() { _ = V1 == V2 }\n");
	expect_ok("package main\ntype F = func(T)\ntype T interface{ m(F) }\ntype t struct{}\n"
		  "func (t) m(F) {}\nvar _ T = &t{}\nfunc main() {}\n");
}

Test(check, deep_chains_are_linear)
{
	// x.f.(T).f.(T)... once checked each operand twice per level.
	char *src = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&src, &n);
	fprintf(f, "package main\ntype T struct{ Next interface{} }\nfunc g(t *T) *T {\n\treturn t");
	for (int i = 0; i < 200; i++)
		fprintf(f, ".Next.(*T)");
	fprintf(f, "\n}\nfunc main() {}\n");
	fclose(f);
	expect_ok(src);
	free(src);
}

Test(check, closures_in_methods_are_named_as_go_does)
{
	Program *p = check("package main\ntype B struct{ x int }\n"
			   "func (b *B) Foo() { f := func() { b.x = 1 }; f() }\n"
			   "func (b B) Bar() int { g := func() int { return b.x }; return g() }\n"
			   "func main() {}\n");
	cr_assert_not_null(p);
	Node *foo = func(p, "Foo")->body->u.block.stmts.items[0]->u.assign.rhs.items[0];
	Node *bar = func(p, "Bar")->body->u.block.stmts.items[0]->u.assign.rhs.items[0];
	cr_expect_str_eq(foo->u.funclit.fn->name, "(*B).Foo.func1");
	cr_expect_str_eq(bar->u.funclit.fn->name, "B.Bar.func1");
}

Test(check, wide_untyped_constants)
{
	Program *p = check("package main\nconst A = 1 << 300 >> 298\nconst B = (1<<200 + 5) % (1 << 100)\n"
			   "const C = -(1 << 400) >> 399\nconst D = ^(1 << 300) + 1<<300\n"
			   "func main() { var x int = A + B + C + D; _ = x }\n");
	cr_assert_not_null(p);
	Node *spec = stmt(p->main_fn, 0)->u.decl.specs.items[0];
	cr_assert_not_null(spec->u.spec.values.items[0]->cval);
	cr_expect(spec->u.spec.values.items[0]->cval->i == 4 + 5 - 2 - 1);
	expect_error("package main\nconst X = 1 << 512\nfunc main() {}\n", "x:2:13: constant shift overflow");
	expect_error("package main\nconst Y = (1 << 300) * (1 << 300)\nfunc main() {}\n",
		     "x:2:22: constant multiplication overflow");
}

Test(check, switch_tag_converted_for_interface_cases)
{
	Program *p = check("package main\nfunc main() {\n\tvar a interface{} = 3\n\tx := 3\n"
			   "\tswitch x {\n\tcase a:\n\tcase 4:\n\t}\n}\n");
	cr_assert_not_null(p);
	Node *sw = stmt(p->main_fn, 2);
	Node *c0 = sw->u.sw.clauses.items[0], *c1 = sw->u.sw.clauses.items[1];
	cr_assert_eq(c0->u.clause.tag_conv.len, 1);
	Node *cv = c0->u.clause.tag_conv.items[0];
	cr_expect_eq(cv->kind, ND_CONV);
	cr_expect_eq(cv->u.conv.conv, CONV_IFACE);
	cr_expect(type_is_interface(cv->type));
	cr_expect_eq(c1->u.clause.tag_conv.len, 0);
}

// Go keeps 20 bits of line and 8 of column (measured with go build: an
// error or -m line at column 255 or beyond has no column; from line
// 1,048,574 on, the line saturates there and the column is dropped).
Test(check, positions_print_as_go_keeps_them)
{
	char buf[32];
	cr_expect_str_eq(diag_pos_text(buf, (Pos){6, 254}), "6:254");
	cr_expect_str_eq(diag_pos_text(buf, (Pos){6, 255}), "6");
	cr_expect_str_eq(diag_pos_text(buf, (Pos){6, 300}), "6");
	cr_expect_str_eq(diag_pos_text(buf, (Pos){1048573, 4}), "1048573:4");
	cr_expect_str_eq(diag_pos_text(buf, (Pos){1048574, 4}), "1048574");
	cr_expect_str_eq(diag_pos_text(buf, (Pos){1048583, 4}), "1048574");

	size_t pad = 1048580;
	char *src = malloc(pad * 3 + 1024);
	char *p = src + sprintf(src, "package main\n\nfunc f() {\n\t%*sx := 1\n}\n", 298, "");
	for (int line = 6; line < 1048580; line++)
		p += sprintf(p, "//\n");
	sprintf(p, "func g() {\n\t  y := 2\n}\nfunc main() {}\n");
	check(src);
	char *got = errors();
	cr_expect_str_eq(got, "x:4: x declared but not used\nx:1048574: y declared but not used\n");
	free(got);
	free(src);
}
