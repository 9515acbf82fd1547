// test_inline.c: the inline pass's contract (inline/inline.h) on small
// programs: Sym.inl_ok / Sym.inl_cost for functions and literals, and
// Node.u.call.inl_callee on exactly the calls Go 1.19 inlines. Costs and
// decisions were measured with `go build -gcflags=-m=2`.
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "frontend.h"
#include "inline/inline.h"
#include "inline/inl_walk.h"

static Program *compile(const char *src)
{
	diag_filename = "t.mgo";
	Node *file = parse_source(src, strlen(src));
	cr_assert_eq(diag_count(), 0, "parse errors");
	Program *p = check_program(file);
	cr_assert(p != NULL, "check errors");
	InlOptions quiet = {0};
	inl_decide(p->file, &quiet);
	return p;
}

static Sym *func_named(Program *p, const char *name)
{
	for (int i = 0; i < p->funcs.len; i++)
		if (strcmp(p->funcs.items[i]->name, name) == 0)
			return p->funcs.items[i];
	cr_assert_fail("no function %s", name);
	return NULL;
}

typedef struct Calls {
	Node *items[32];
	int len;
} Calls;

static bool collect_calls(Node *n, void *ctx)
{
	Calls *c = ctx;
	if (n->kind == ND_CALL && c->len < 32)
		c->items[c->len++] = n;
	return true;
}

// The calls of fn's body in post-order (arguments before their call).
static Calls calls_of(Sym *fn)
{
	Calls c = {.len = 0};
	inl_walk(fn->body, NULL, collect_calls, &c);
	return c;
}

Test(inline, costs_and_budget)
{
	Program *p = compile(
		"package main\n"
		"type P struct{ X, Y int }\n"
		"func NewP(x, y int) *P { return &P{x, y} }\n"
		"func (p *P) Sum() int { return p.X + p.Y }\n"
		"func c80(a int) int { return a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a }\n"
		"func c81(a int) int { return -a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a }\n"
		"func main() { println(NewP(1, 2).Sum(), c80(1), c81(1)) }\n");
	Sym *np = func_named(p, "NewP"), *c80 = func_named(p, "c80"), *c81 = func_named(p, "c81");
	cr_expect(np->inl_ok);
	cr_expect_eq(np->inl_cost, 7);
	cr_expect(c80->inl_ok);
	cr_expect_eq(c80->inl_cost, 80);
	cr_expect(!c81->inl_ok);
	cr_expect(!func_named(p, "main")->inl_ok);
}

Test(inline, call_sites)
{
	Program *p = compile(
		"package main\n"
		"func leaf(x int) int { return x * 2 }\n"
		"//go:noinline\n"
		"func pinned(x int) int { return x }\n"
		"func fact(n int) int { if n <= 1 { return 1 }; return n * fact(n-1) }\n"
		"func main() {\n"
		"	f := func(x int) int { return x + 1 }\n"
		"	println(leaf(1), pinned(2), fact(3), f(4))\n"
		"	defer leaf(5)\n"
		"}\n");
	Sym *leaf = func_named(p, "leaf");
	cr_expect(!func_named(p, "pinned")->inl_ok, "//go:noinline");
	cr_expect(!func_named(p, "fact")->inl_ok, "recursive");
	Calls c = calls_of(func_named(p, "main"));
	int inlined = 0;
	for (int i = 0; i < c.len; i++) {
		Node *call = c.items[i];
		Sym *want = NULL;
		if (call->u.call.callee == leaf && call->u.call.args.items[0]->cval &&
		    call->u.call.args.items[0]->cval->i == 1)
			want = leaf;     // leaf(1); the deferred leaf(5) stays a call
		if (call->u.call.call == CALL_VALUE)
			want = call->u.call.inl_callee;  // checked below
		if (call->u.call.call != CALL_VALUE)
			cr_expect_eq(call->u.call.inl_callee, want, "call %d", i);
		inlined += call->u.call.inl_callee != NULL;
	}
	cr_expect_eq(inlined, 2, "leaf(1) and f(4) inline");
}

Test(inline, closure_through_local)
{
	Program *p = compile(
		"package main\n"
		"func main() {\n"
		"	f := func(x int) int { return x + 1 }\n"
		"	g := f\n"
		"	g = nil\n"
		"	println(f(1))\n"
		"	_ = g\n"
		"}\n");
	Calls c = calls_of(func_named(p, "main"));
	Node *fcall = NULL;
	for (int i = 0; i < c.len; i++)
		if (c.items[i]->u.call.call == CALL_VALUE)
			fcall = c.items[i];
	cr_assert(fcall != NULL);
	Sym *lit = fcall->u.call.inl_callee;
	cr_assert(lit != NULL, "f(1) inlines main.func1");
	cr_expect(lit->inl_ok);
	cr_expect_eq(lit->inl_cost, 4);
}

Test(inline, stdlib_calls)
{
	Program *p = compile(
		"package main\n"
		"import (\n\t\"fmt\"\n\t\"sync\"\n)\n"
		"var mu sync.Mutex\n"
		"var wg sync.WaitGroup\n"
		"func main() { mu.Lock(); wg.Add(1); fmt.Println(fmt.Sprint(1)) }\n");
	Calls c = calls_of(func_named(p, "main"));
	int seen = 0;
	for (int i = 0; i < c.len; i++) {
		Node *call = c.items[i];
		const char *name = inl_stdlib_inlined(call);
		switch (call->u.call.builtin) {
		case BI_MU_LOCK:
			cr_expect_str_eq(name, "sync.(*Mutex).Lock");
			seen++;
			break;
		case BI_FMT_PRINTLN:
			cr_expect_str_eq(name, "fmt.Println");
			seen++;
			break;
		case BI_WG_ADD: case BI_FMT_SPRINT:
			cr_expect_null(name, "Go does not inline call %d", i);
			seen++;
			break;
		default:
			break;
		}
	}
	cr_expect_eq(seen, 4);
}
