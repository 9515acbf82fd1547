// test_parser.c: AST shapes and Go's positions built by frontend/parse.y,
// syntax errors in Go's words (checked with go-oracle), recovery, and
// inputs that must never crash the parser.
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "frontend.h"

static Node *parse(const char *src)
{
	diag_discard();
	diag_filename = "x";
	return parse_source(src, strlen(src));
}

static char *errors(void)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *old = stderr, *m = open_memstream(&buf, &n);
	stderr = m;
	if (diag_count()) // diag_flush qsorts a NULL array when empty (UBSan)
		diag_flush();
	stderr = old;
	fclose(m);
	return buf;
}

static void expect_errors(const char *src, const char *want)
{
	parse(src);
	char *got = errors();
	cr_expect_str_eq(got, want, "source:\n%s", src);
	free(got);
}

// The statements of `func main() { BODY }` parsed from "package main\nfunc main() {\nBODY\n}\n";
// statement i of the body starts on line 3 + i when written one per line.
static NodeList body_of(const char *body)
{
	char *src = NULL;
	cr_assert(asprintf(&src, "package main\nfunc main() {\n%s\n}\n", body) > 0);
	Node *f = parse(src);
	free(src);
	char *e = errors();
	cr_assert_str_eq(e, "", "unexpected errors for:\n%s", body);
	free(e);
	Node *fn = f->u.file.decls.items[f->u.file.decls.len - 1];
	cr_assert_eq(fn->kind, ND_FUNCDECL);
	return fn->u.func.body->u.block.stmts;
}

static Node *first_expr(const char *body)
{
	NodeList s = body_of(body);
	cr_assert_eq(s.items[0]->kind, ND_ASSIGN);
	return s.items[0]->u.assign.rhs.items[0];
}

#define POS(n, l, c) do { \
		cr_expect_eq((n)->pos.line, (l), "%s line", ast_kind_name((n)->kind)); \
		cr_expect_eq((n)->pos.col, (c), "%s col", ast_kind_name((n)->kind)); \
	} while (0)

Test(parser, binary_precedence_and_positions)
{
	Node *x = first_expr("_ = a + b*c == d || !e");
	cr_assert_eq(x->kind, ND_BINARY);
	cr_expect_eq(x->u.binary.op, TOK_LOR);
	POS(x, 3, 18);
	Node *eq = x->u.binary.x;
	cr_expect_eq(eq->u.binary.op, TOK_EQL);
	Node *add = eq->u.binary.x;
	cr_expect_eq(add->u.binary.op, TOK_ADD);
	POS(add, 3, 7);
	cr_expect_eq(add->u.binary.y->u.binary.op, TOK_MUL);
	POS(add->u.binary.y, 3, 10);
	cr_expect_eq(x->u.binary.y->kind, ND_UNARY);
	POS(x->u.binary.y, 3, 21);
}

Test(parser, call_selector_index_positions)
{
	Node *x = first_expr("_ = p.f(a[i], s[1:2:3]...)");
	cr_assert_eq(x->kind, ND_CALL);
	POS(x, 3, 8);
	cr_expect_eq(x->pos2.col, 26);
	cr_expect(x->u.call.spread);
	Node *sel = x->u.call.fn;
	cr_assert_eq(sel->kind, ND_SELECTOR);
	POS(sel, 3, 6);
	cr_expect_eq(sel->u.sel.name_pos.col, 7);
	cr_expect_str_eq(sel->u.sel.name, "f");
	Node *ix = x->u.call.args.items[0];
	cr_assert_eq(ix->kind, ND_INDEX);
	POS(ix, 3, 10);
	Node *sl = x->u.call.args.items[1];
	cr_assert_eq(sl->kind, ND_SLICE);
	POS(sl, 3, 16);
	cr_expect(sl->u.slice.three);
	cr_expect_not_null(sl->u.slice.max);
}

Test(parser, composite_literals)
{
	Node *x = first_expr("_ = &T{a: 1, b: []int{2}}");
	cr_assert_eq(x->kind, ND_UNARY);
	POS(x, 3, 5);
	Node *c = x->u.unary.x;
	cr_assert_eq(c->kind, ND_COMPOSITE);
	POS(c, 3, 7);
	cr_expect_eq(c->u.composite.rbrace.col, 25);
	cr_expect_eq(c->u.composite.ctype->kind, ND_IDENT);
	Node *kv = c->u.composite.elems.items[0];
	cr_assert_eq(kv->kind, ND_KEYVALUE);
	POS(kv, 3, 9);
	Node *inner = c->u.composite.elems.items[1]->u.kv.value;
	cr_assert_eq(inner->kind, ND_COMPOSITE);
	cr_expect_eq(inner->u.composite.ctype->kind, ND_ARRAYTYPE);

	x = first_expr("_ = [][]int{{1}, {}}");
	Node *e0 = x->u.composite.elems.items[0];
	cr_expect_eq(e0->kind, ND_COMPOSITE);
	cr_expect_null(e0->u.composite.ctype);
	POS(e0, 3, 13);
	x = first_expr("_ = map[string]*T{\"a\": {}}");
	cr_expect_eq(x->u.composite.ctype->kind, ND_MAPTYPE);
	x = first_expr("_ = [...]int{1}");
	cr_expect_eq(x->u.composite.ctype->u.arraytype.len->kind, ND_ELLIPSIS);
}

Test(parser, funclit_and_statements)
{
	NodeList s = body_of("f := func(x int) int { return x }\nx++\nch <- 1\na, b = b, a\n"
			     "x += 2\ngo f(1)\ndefer g()\n{\n}");
	Node *def = s.items[0];
	cr_expect_eq(def->u.assign.op, TOK_DEFINE);
	POS(def, 3, 3);
	Node *fl = def->u.assign.rhs.items[0];
	cr_assert_eq(fl->kind, ND_FUNCLIT);
	POS(fl, 3, 6);
	cr_expect_eq(fl->u.funclit.ftype->kind, ND_FUNCTYPE);
	cr_expect_eq(s.items[1]->kind, ND_INCDEC);
	POS(s.items[1], 4, 2);
	cr_expect_eq(s.items[2]->kind, ND_SEND);
	POS(s.items[2], 5, 4);
	cr_expect_eq(s.items[3]->u.assign.lhs.len, 2);
	POS(s.items[3], 6, 6);
	cr_expect_eq(s.items[4]->u.assign.op, TOK_ADD_ASSIGN);
	cr_expect_eq(s.items[5]->kind, ND_GO);
	cr_expect_eq(s.items[6]->kind, ND_DEFER);
	cr_expect_eq(s.items[7]->kind, ND_BLOCK);
	POS(s.items[7], 10, 1);
	cr_expect_eq(s.items[7]->pos2.line, 11);
}

Test(parser, control_flow)
{
	NodeList s = body_of("if x := f(); x > 0 {\n} else if y {\n} else {\n}\n"
			     "for i := 0; i < n; i++ {\n}\n"
			     "for k, v := range m {\n}\n"
			     "for range ch {\n}\n"
			     "L:\nfor {\nbreak L\n}\n"
			     "switch y := 1; y {\ncase 1, 2:\nfallthrough\ndefault:\n}\n"
			     "switch v := i.(type) {\ncase int, *T:\n}\n"
			     "select {\ncase v, ok := <-c:\ncase c <- 1:\ndefault:\n}");
	Node *ifs = s.items[0];
	cr_assert_eq(ifs->kind, ND_IF);
	cr_expect_not_null(ifs->u.ifs.init);
	cr_expect_eq(ifs->u.ifs.cond->kind, ND_BINARY);
	cr_expect_eq(ifs->u.ifs.els->kind, ND_IF);
	cr_expect_eq(ifs->u.ifs.els->u.ifs.els->kind, ND_BLOCK);
	Node *f = s.items[1];
	cr_assert_eq(f->kind, ND_FOR);
	cr_expect_eq(f->u.fors.post->kind, ND_INCDEC);
	Node *r = s.items[2];
	cr_assert_eq(r->kind, ND_RANGE);
	cr_expect(r->u.range.define);
	cr_expect_str_eq(r->u.range.value->u.ident.name, "v");
	POS(r, 9, 1);
	cr_expect_null(s.items[3]->u.range.key);
	Node *lab = s.items[4];
	cr_assert_eq(lab->kind, ND_LABELED);
	cr_expect_eq(lab->u.labeled.stmt->u.fors.label, lab->u.labeled.label);
	Node *sw = s.items[5];
	cr_assert_eq(sw->kind, ND_SWITCH);
	cr_expect_eq(sw->u.sw.clauses.len, 2);
	Node *c0 = sw->u.sw.clauses.items[0];
	cr_expect_eq(c0->u.clause.list.len, 2);
	cr_expect_eq(c0->u.clause.colon.col, 10);
	cr_expect(sw->u.sw.clauses.items[1]->u.clause.is_default);
	Node *ts = s.items[6];
	cr_assert_eq(ts->kind, ND_TYPESWITCH);
	cr_expect_str_eq(ts->u.tsw.bind->u.ident.name, "v");
	cr_expect_eq(ts->u.tsw.x->kind, ND_IDENT);
	Node *sel = s.items[7];
	cr_assert_eq(sel->kind, ND_SELECT);
	cr_expect_eq(sel->u.sel_stmt.clauses.len, 3);
}

Test(parser, header_composite_literals_follow_go)
{
	body_of("if x == (T{}) {\n}\nfor _, v := range []int{1} {\n}\nif v := f(T{}); v {\n}");
	// Bare T{ at the top level of a header opens the body, as in Go.
	// (Go then reports a follow-up error at 5:1; we recover without one.)
	expect_errors("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
		      "x:3:14: syntax error: unexpected { at end of statement\n");
}

Test(parser, declarations)
{
	Node *f = parse("package main\nimport (\n\t\"fmt\"\n\ts \"sync\"\n)\n"
			"const (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE, F\n)\n"
			"var x, y int = 1, 2\ntype T struct {\n\ta, b int\n\tS\n\t*U\n}\n"
			"type I interface {\n\tM(int) (r int, err error)\n\tJ\n}\n"
			"type A = T\n"
			"func (t *T) M(a, b int, c ...string) {}\nfunc g()\n");
	char *e = errors();
	cr_assert_str_eq(e, "");
	free(e);
	cr_assert_eq(f->u.file.imports.len, 2);
	cr_expect_str_eq(f->u.file.imports.items[1]->u.import.name, "s");
	cr_expect_eq(f->u.file.imports.items[1]->u.import.path.len, 4);
	NodeList d = f->u.file.decls;
	cr_assert_eq(d.len, 7);
	NodeList cs = d.items[0]->u.decl.specs;
	cr_assert_eq(cs.len, 4);
	cr_expect(cs.items[1]->u.spec.implicit);
	cr_expect_eq(cs.items[1]->u.spec.iota, 1);
	cr_expect_eq(cs.items[1]->u.spec.values.items[0], cs.items[0]->u.spec.values.items[0]);
	cr_expect(cs.items[3]->u.spec.implicit);
	cr_expect_eq(cs.items[3]->u.spec.values.items[1], cs.items[2]->u.spec.values.items[1]);
	Node *st = d.items[2]->u.decl.specs.items[0]->u.typespec.ttype;
	cr_assert_eq(st->kind, ND_STRUCTTYPE);
	cr_expect_eq(st->u.structtype.fields.len, 3);
	cr_expect_eq(st->u.structtype.fields.items[0]->u.field.names.len, 2);
	cr_expect(st->u.structtype.fields.items[2]->u.field.embedded);
	Node *it = d.items[3]->u.decl.specs.items[0]->u.typespec.ttype;
	cr_expect_eq(it->u.ifacetype.methods.len, 2);
	cr_expect(d.items[4]->u.decl.specs.items[0]->u.typespec.alias);
	Node *m = d.items[5];
	cr_assert_eq(m->kind, ND_FUNCDECL);
	cr_expect_eq(m->u.func.recv->u.field.ftype->kind, ND_STAR);
	NodeList ps = m->u.func.ftype->u.functype.params;
	cr_assert_eq(ps.len, 2);
	cr_expect_eq(ps.items[0]->u.field.names.len, 2);
	cr_expect_eq(ps.items[1]->u.field.ftype->kind, ND_ELLIPSIS);
	cr_expect_null(d.items[6]->u.func.body);
}

Test(parser, types_in_expressions)
{
	NodeList s = body_of("_ = []byte(s)\n_ = (*T)(p)\n_ = interface{}(x)\n_ = make(chan int, 1)\n"
			     "var c <-chan int\nvar d chan<- chan int\n_ = func(int) bool(nil)\n"
			     "_ = x.(*T)\n_ = map[string]func() int{}");
	cr_expect_eq(s.items[0]->u.assign.rhs.items[0]->u.call.fn->kind, ND_ARRAYTYPE);
	cr_expect_eq(s.items[1]->u.assign.rhs.items[0]->u.call.fn->kind, ND_PAREN);
	cr_expect_eq(s.items[2]->u.assign.rhs.items[0]->u.call.fn->kind, ND_INTERFACETYPE);
	Node *c = s.items[4]->u.decl.specs.items[0]->u.spec.vtype;
	cr_expect_eq(c->u.chantype.dir, CHAN_RECV);
	Node *d = s.items[5]->u.decl.specs.items[0]->u.spec.vtype;
	cr_expect_eq(d->u.chantype.dir, CHAN_SEND);
	cr_expect_eq(d->u.chantype.elem->u.chantype.dir, CHAN_BOTH);
	cr_expect_eq(s.items[6]->u.assign.rhs.items[0]->u.call.fn->kind, ND_FUNCTYPE);
	Node *ta = s.items[7]->u.assign.rhs.items[0];
	cr_expect_eq(ta->kind, ND_TYPEASSERT);
	POS(ta, 10, 6);
}

Test(parser, go_syntax_errors)
{
	expect_errors("package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n\tfoo(1 2)\n"
		      "\tif x {\n\t}\n\tvar z = 3 4\n}\nx := 3\nfunc f() {} y\n",
		      "x:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"
		      "x:6:8: syntax error: unexpected literal 2 in argument list; possibly missing comma or )\n"
		      "x:9:12: syntax error: unexpected literal 4 at end of statement\n"
		      "x:11:1: syntax error: non-declaration statement outside function body\n"
		      "x:12:13: syntax error: unexpected y after top level declaration\n");
	expect_errors("package main\nfunc main() {\n\tx := @\n\ty := \"abc\n\t_ = y\n}\n",
		      "x:3:7: invalid character U+0040 '@'\n"
		      "x:4:4: syntax error: unexpected := at end of statement\n"
		      "x:4:11: newline in string\n");
	expect_errors("package main\nfunc main() {\n\tif x := 1 {\n\t}\n\tfor i := 0 {\n\t}\n"
		      "\tswitch x = 3 {\n\t}\n}\n",
		      "x:3:7: syntax error: cannot use x := 1 as value\n"
		      "x:5:8: syntax error: cannot use i := 0 as value\n"
		      "x:7:11: syntax error: cannot use assignment (x) = (3) as value\n");
	expect_errors("", "x:1:1: expected 'package', found 'EOF'\n");
	expect_errors("func main() {}", "x:1:1: expected 'package', found 'func'\n");
}

Test(parser, generics_rejected)
{
	expect_errors("package main\nfunc f[T any](x T) {}\n",
		      "x:2:7: generic functions are not supported\n");
	parse("package main\ntype L[T any] struct{}\n");
	cr_expect_gt(diag_count(), 0);
	free(errors());
}

Test(parser, many_errors_are_reported)
{
	char src[4096] = "package main\nfunc main() {\n";
	for (int i = 0; i < 15; i++)
		strcat(src, "\tx := 1 2\n");
	strcat(src, "}\n");
	parse(src);
	cr_expect_eq(diag_count(), 15);
	char *e = errors();
	cr_expect(strstr(e, "x:12:9: syntax error: unexpected literal 2 at end of statement\n"
			 "x:12:9: too many errors\n") != NULL, "%s", e);
	free(e);
}

static void parse_nested(const char *open, const char *mid, const char *close, int n)
{
	size_t lo = strlen(open), lc = strlen(close);
	char *src = malloc(64 + (lo + lc) * (size_t)n + strlen(mid));
	char *p = src + sprintf(src, "package main\nvar x = ");
	for (int i = 0; i < n; i++, p += lo)
		memcpy(p, open, lo);
	p += sprintf(p, "%s", mid);
	for (int i = 0; i < n; i++, p += lc)
		memcpy(p, close, lc);
	sprintf(p, "\n");
	Node *f = parse(src);
	cr_expect_not_null(f);
	free(errors());
	free(src);
}

Test(parser, deep_nesting_does_not_crash)
{
	parse_nested("(", "1", ")", 10000);
	parse_nested("-(", "1", ")", 10000);
	parse_nested("[]", "int{}", "", 10000);
	parse_nested("f(", "", ")", 10000);
	parse_nested("[]int{", "", "}", 10000);
}

Test(parser, hostile_bytes)
{
	static const char nul[] = "package main\0\nfunc main() {\0 \xff\xfe \"\0\" }\n";
	diag_discard();
	parse_source(nul, sizeof nul - 1);
	cr_expect_gt(diag_count(), 0);
	free(errors());
	char junk[1024];
	for (int i = 0; i < 1024; i++)
		junk[i] = (char)(i * 37 + 11);
	diag_discard();
	parse_source(junk, sizeof junk);
	free(errors());
	parse("package main\nfunc main() { x := `unterminated");
	cr_expect_gt(diag_count(), 0);
	free(errors());
}

Test(parser, every_construct_of_language_md)
{
	body_of("var wg sync.WaitGroup\nvar mu sync.Mutex\nt := T{a: 1}\n"
		"arr := [...]int{1, 2}\nm := map[string][]int{\"a\": {1}}\nch := make(chan struct{}, 3)\n"
		"x, y = y, x\nx <<= 2\narr[0]--\n_ = string(bs[1:2])\n_ = variadic(1, sl...)\n"
		"_ = func() int { return 1 }()\nvar e interface{} = -(-x) + +x ^ ^x\n_ = <-ch\n"
		"_ = pts[0].p.S.n\n_ = t.M\n_ = (*T).M\n_ = new(int)\ndelete(m, \"a\")\n"
		"close(ch)\nfor k := range m {\n_ = k\n}\n"
		"select {\ncase <-ch:\n}\nprintln(x != y, x <= y, 'a', 1.5, 0x1p-2)");
}

// Go's own escape tests are valid Go; all but the generic ones must parse.
Test(parser, go_escape_tests_parse)
{
	// GO_TESTDIR lets a Go-less run (and the CI pass that proves it) point
	// elsewhere.
	const char *dir = getenv("GO_TESTDIR");
	if (!dir)
		dir = "/usr/lib/go-1.19/test";
	DIR *d = opendir(dir);
	if (!d) {
		cr_skip_test("%s not found: skipping the Go escape test corpus", dir);
	}
	struct dirent *de;
	int files = 0;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, "escape", 6) != 0 || !strstr(de->d_name, ".go"))
			continue;
		char path[512];
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		FILE *fp = fopen(path, "rb");
		if (!fp)
			continue;
		static char buf[1 << 20];
		size_t n = fread(buf, 1, sizeof buf, fp);
		fclose(fp);
		diag_discard();
		diag_filename = de->d_name;
		parse_source(buf, n);
		char *e = errors();
		bool generic = strstr(buf, "[T any]") || strstr(buf, "unsafe");
		if (!generic)
			cr_expect_str_eq(e, "", "%s", de->d_name);
		free(e);
		files++;
	}
	closedir(d);
	cr_expect_gt(files, 10);
}
