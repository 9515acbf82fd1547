// test_escape.c: the escape solver on hand-built graphs.
//
// Each test builds a tiny location graph with the graph.c primitives (no
// parser, no checker) and checks what walk_all decides. The comments give
// the Go program each graph stands for.
#include <criterion/criterion.h>

#include "escape/escape.h"

static EscBatch b;
static EscFunc fmain, fclo;

static void setup(void)
{
	esc_batch_init(&b);
	fmain = (EscFunc){.name = "f"};
	fclo = (EscFunc){.name = "f.func1", .outer = &fmain};
}

static void teardown(void)
{
	esc_batch_free(&b);
}

static EscLoc *var(EscFunc *fn, int depth)
{
	return esc_new_loc(&b, fn, NULL, NULL, false, depth);
}

static EscLoc *site(EscFunc *fn, int depth)
{
	return esc_new_loc(&b, fn, NULL, NULL, true, depth);
}

static EscLoc *param(EscFunc *fn)
{
	EscLoc *l = var(fn, 1);
	l->is_param = true;
	return l;
}

static EscLoc *result(EscFunc *fn, int index)
{
	EscLoc *l = var(fn, 1);
	l->result_index = index;
	return l;
}

// dst = <derefs> src
static void edge(EscLoc *dst, int derefs, EscLoc *src)
{
	EscHole k = esc_hole(dst);
	if (derefs < 0)
		k = esc_addr(&b, k, NULL, NULL);
	else
		k = esc_shift(k, derefs);
	esc_flow(&b, k, src);
}

TestSuite(esc_solve, .init = setup, .fini = teardown);

// x := 0; p := &x  (p local): nothing escapes.
Test(esc_solve, local_address_stays)
{
	EscLoc *x = var(&fmain, 1), *p = var(&fmain, 1);
	edge(p, -1, x);
	esc_walk_all(&b);
	cr_expect(!x->escapes);
	cr_expect(!p->escapes);
}

// x := 0; return &x: the result outlives x.
Test(esc_solve, address_of_returned_local_escapes)
{
	EscLoc *r = result(&fmain, 1), *x = var(&fmain, 1);
	edge(r, -1, x);
	esc_walk_all(&b);
	cr_expect(x->escapes);
	cr_expect(!r->escapes);
}

// gp = &x  (global): flow into the heap with -1 escapes at once, no edge.
Test(esc_solve, address_into_heap_escapes_immediately)
{
	EscLoc *x = var(&fmain, 1);
	edge(&b.heap, -1, x);
	cr_expect(x->escapes);
	cr_expect_eq(b.heap.edges.len, 0);
}

// p := &x; q := p; r := q; ...; gp = z (a chain of 50 copies).
Test(esc_solve, long_chain_reaches_heap)
{
	EscLoc *x = var(&fmain, 1);
	EscLoc *prev = var(&fmain, 1);
	edge(prev, -1, x);
	for (int i = 0; i < 50; i++) {
		EscLoc *n = var(&fmain, 1);
		edge(n, 0, prev);
		prev = n;
	}
	edge(&b.heap, 0, prev);
	esc_walk_all(&b);
	cr_expect(x->escapes);
	cr_expect(!prev->escapes);
}

// p := &x; gp = *p: only the pointee's content reaches the heap, x stays.
Test(esc_solve, deref_cancels_address)
{
	EscLoc *x = var(&fmain, 1), *p = var(&fmain, 1);
	edge(p, -1, x);
	edge(&b.heap, 1, p);
	esc_walk_all(&b);
	cr_expect(!x->escapes);
}

// p = &q; q = &p; gp = p: a cycle through address-ofs. Derefs are clamped
// at 0, so the walk terminates and both escape.
Test(esc_solve, negative_cycle_terminates)
{
	EscLoc *p = var(&fmain, 1), *q = var(&fmain, 1);
	edge(p, -1, q);
	edge(q, -1, p);
	edge(&b.heap, 0, p);
	esc_walk_all(&b);
	cr_expect(q->escapes);
	cr_expect(p->escapes);
}

// a = b; b = c; c = a (zero cycle) with a = &x: x stays (no outliving root).
Test(esc_solve, zero_cycle_without_sink)
{
	EscLoc *a = var(&fmain, 1), *bb = var(&fmain, 1), *c = var(&fmain, 1);
	EscLoc *x = var(&fmain, 1);
	edge(a, 0, bb);
	edge(bb, 0, c);
	edge(c, 0, a);
	edge(a, -1, x);
	esc_walk_all(&b);
	cr_expect(!x->escapes);
	cr_expect(!a->escapes && !bb->escapes && !c->escapes);
}

// var keep *int; for { x := 0; keep = &x }: keep outlives x (loop depth).
Test(esc_solve, loop_depth_outlives)
{
	EscLoc *keep = var(&fmain, 1), *x = var(&fmain, 2);
	edge(keep, -1, x);
	esc_walk_all(&b);
	cr_expect(x->escapes);
}

// for { var keep *int; x := 0; keep = &x }: same depth, stays.
Test(esc_solve, same_loop_depth_stays)
{
	EscLoc *keep = var(&fmain, 2), *x = var(&fmain, 2);
	edge(keep, -1, x);
	esc_walk_all(&b);
	cr_expect(!x->escapes);
}

// func f(p *int) *int { return p }: leaking param p to result ~r0 level=0.
Test(esc_solve, param_leaks_to_result)
{
	EscLoc *p = param(&fmain), *r = result(&fmain, 1);
	edge(r, 0, p);
	esc_walk_all(&b);
	cr_expect_eq(esc_leaks_result(&p->leaks, 0), 0);
	cr_expect_eq(esc_leaks_heap(&p->leaks), -1);
}

// func f(p **int) *int { return *p }: level=1.
Test(esc_solve, param_leaks_to_result_level1)
{
	EscLoc *p = param(&fmain), *r = result(&fmain, 1);
	edge(r, 1, p);
	esc_walk_all(&b);
	cr_expect_eq(esc_leaks_result(&p->leaks, 0), 1);
}

// func f(p *int) { gp = p }: leaking param p (heap, derefs 0).
Test(esc_solve, param_leaks_to_heap)
{
	EscLoc *p = param(&fmain);
	edge(&b.heap, 0, p);
	esc_walk_all(&b);
	cr_expect_eq(esc_leaks_heap(&p->leaks), 0);
	cr_expect(!p->escapes);
}

// gp = *p: leaking param content.
Test(esc_solve, param_content_leaks)
{
	EscLoc *p = param(&fmain);
	edge(&b.heap, 1, p);
	esc_walk_all(&b);
	cr_expect_eq(esc_leaks_heap(&p->leaks), 1);
}

// return p and gp = p: the result leak is dropped by optimize.
Test(esc_solve, optimize_drops_dominated_result_leak)
{
	EscLoc *p = param(&fmain), *r = result(&fmain, 1);
	edge(r, 0, p);
	edge(&b.heap, 0, p);
	esc_walk_all(&b);
	esc_leaks_optimize(&p->leaks);
	cr_expect_eq(esc_leaks_heap(&p->leaks), 0);
	cr_expect_eq(esc_leaks_result(&p->leaks, 0), -1);
}

// func f(p *int) *int { return &p }... p's address escapes: p moves to heap
// and gets heap derefs 0.
Test(esc_solve, param_address_escapes)
{
	EscLoc *p = param(&fmain), *r = result(&fmain, 1);
	edge(r, -1, p);
	esc_walk_all(&b);
	cr_expect(p->escapes);
	cr_expect_eq(esc_leaks_heap(&p->leaks), 0);
}

// 8th result: only 7 fit in a tag, so it is a heap leak.
Test(esc_solve, eighth_result_is_heap)
{
	EscLoc *p = param(&fmain), *r = result(&fmain, 8);
	edge(r, 0, p);
	esc_walk_all(&b);
	cr_expect_eq(esc_leaks_heap(&p->leaks), 0);
}

// q := &x; y := &q ... gp = y: x reached by derefs 1 through an escaping
// location. When q escapes (its address reaches heap) it is re-enqueued and
// its own walk finds x's address: x must escape too.
Test(esc_solve, reenqueue_on_escape)
{
	EscLoc *x = var(&fmain, 1), *q = var(&fmain, 1), *y = var(&fmain, 1);
	edge(q, -1, x);
	edge(y, -1, q);
	edge(&b.heap, 0, y);
	esc_walk_all(&b);
	cr_expect(q->escapes);
	cr_expect(x->escapes);
}

// p := new(int); sink(p) with p in a heap-escaping temp: the spill escapes and
// is no longer transient.
Test(esc_solve, spill_transient_cleared)
{
	EscLoc *p = var(&fmain, 1);
	EscHole k = esc_spill(&b, &fmain, 1, esc_hole(p), NULL);
	EscLoc *site_loc = k.dst;
	edge(&b.heap, 0, p);
	esc_walk_all(&b);
	cr_expect(site_loc->escapes);
	cr_expect(!site_loc->transient);
}

// A site stored only in a transient temp stays transient.
Test(esc_solve, transient_stays)
{
	EscLoc *t = site(&fmain, 1), *s = site(&fmain, 1);
	edge(t, -1, s);
	esc_walk_all(&b);
	cr_expect(s->transient);
	cr_expect(!s->escapes);
}

// var l *int; func() { x := 0; l = &x }(): l outlives the closure's x.
Test(esc_solve, closure_local_outlived_by_parent)
{
	EscLoc *l = var(&fmain, 1), *x = var(&fclo, 1);
	edge(l, -1, x);
	esc_walk_all(&b);
	cr_expect(x->escapes);
}

// var u int; *(func() *int { return &u }()) = 42: a directly called literal
// may return its parent's locals.
Test(esc_solve, called_closure_result_does_not_outlive_parent)
{
	fclo.closure_called = true;
	EscLoc *u = var(&fmain, 1), *r = result(&fclo, 1);
	edge(r, -1, u);
	esc_walk_all(&b);
	cr_expect(!u->escapes);
}

// The same literal stored in a variable and called later: u escapes.
Test(esc_solve, uncalled_closure_result_outlives_parent)
{
	EscLoc *u = var(&fmain, 1), *r = result(&fclo, 1);
	edge(r, -1, u);
	esc_walk_all(&b);
	cr_expect(u->escapes);
}

// Self flows with derefs >= 0 are dropped; tee fans out through a temp.
Test(esc_graph, self_flow_and_tee)
{
	setup();
	EscLoc *x = var(&fmain, 1), *y = var(&fmain, 1), *z = var(&fmain, 1);
	edge(x, 0, x);
	edge(x, 1, x);
	cr_expect_eq(x->edges.len, 0);
	EscHole ks[2] = {esc_hole(y), esc_shift(esc_hole(z), 1)};
	EscHole t = esc_tee(&b, &fmain, 1, ks, 2);
	cr_expect(t.dst != y && t.dst != z);
	cr_expect_eq(y->edges.len, 1);
	cr_expect_eq(z->edges.items[0].derefs, 1);
	EscHole none = esc_tee(&b, &fmain, 1, NULL, 0);
	cr_expect(none.dst == &b.blank);
	teardown();
}

Test(esc_leaks, encode_min_and_saturate)
{
	EscLeaks l = {0};
	cr_expect(esc_leaks_is_empty(&l));
	esc_leaks_add_heap(&l, 3);
	esc_leaks_add_heap(&l, 1);
	esc_leaks_add_heap(&l, 2);
	cr_expect_eq(esc_leaks_heap(&l), 1);
	esc_leaks_add_result(&l, 6, 1000);
	cr_expect_eq(esc_leaks_result(&l, 6), 254);
	cr_expect_eq(esc_leaks_result(&l, 0), -1);
}

// {==================== end to end: source -> decisions ====================

#include "ast.h"
#include "frontend.h"

static Program *compile(const char *src)
{
	diag_filename = "t.mgo";
	Node *file = parse_source(src, strlen(src));
	cr_assert_eq(diag_count(), 0, "parse errors");
	Program *p = check_program(file);
	cr_assert(p != NULL, "check errors");
	return p;
}

static Sym *func_named(Program *p, const char *name)
{
	for (int i = 0; i < p->funcs.len; i++)
		if (strcmp(p->funcs.items[i]->name, name) == 0)
			return p->funcs.items[i];
	return NULL;
}

static Sym *local_named(Sym *fn, const char *name)
{
	for (int i = 0; i < fn->locals.len; i++)
		if (strcmp(fn->locals.items[i]->name, name) == 0)
			return fn->locals.items[i];
	return NULL;
}

static const char *prog_src =
	"package main\n"
	"\n"
	"var gp *int\n"
	"\n"
	"func leak(p *int) { gp = p }\n"
	"\n"
	"func f() int {\n"
	"\tx := 1\n"
	"\ty := 2\n"
	"\tleak(&x)\n"
	"\tq := &y\n"
	"\treturn *q\n"
	"}\n"
	"\n"
	"func main() { _ = f() }\n";

// The contract with codegen: Sym.escapes for variables.
Test(esc_e2e, decisions_on_symbols)
{
	Program *p = compile(prog_src);
	EscOptions o = {0};
	esc_analyze(p, &o);
	Sym *f = func_named(p, "f");
	cr_assert(f);
	cr_expect(local_named(f, "x")->escapes);
	cr_expect(!local_named(f, "y")->escapes);
}

// -noescape: every addressed variable goes to the heap.
Test(esc_e2e, noescape_marks_everything)
{
	Program *p = compile(prog_src);
	EscOptions o = {.noescape = true};
	esc_analyze(p, &o);
	Sym *f = func_named(p, "f");
	cr_expect(local_named(f, "y")->escapes);
}

// The analysis of src with its JSON (json) or DOT (else, of graph_func
// "f") output captured in memory; the caller frees it.
static char *analysis_output(const char *src, bool json)
{
	Program *p = compile(src);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	EscOptions o = json ? (EscOptions){.json_out = f} : (EscOptions){.graph_func = "f", .dot_out = f};
	esc_analyze(p, &o);
	fclose(f);
	return buf;
}

// -m=json: one object per diagnostic, with the flow path of an escape.
Test(esc_e2e, json_output)
{
	char *buf = analysis_output(prog_src, true);
	cr_expect(strstr(buf, "\"kind\": \"moved-to-heap\"") != NULL, "%s", buf);
	cr_expect(strstr(buf, "\"message\": \"moved to heap: x\"") != NULL, "%s", buf);
	cr_expect(strstr(buf, "\"message\": \"leaking param: p\"") != NULL, "%s", buf);
	cr_expect(strstr(buf, "\"line\": 8, \"col\": 2") != NULL, "%s", buf);
	cr_expect(strstr(buf, "flow: {heap} = &x") != NULL, "%s", buf);
	cr_expect(buf[0] == '[');
	free(buf);
}

// -m=json under a //line directive: Go's place (file, line, and no column
// for a directive without one), the source's place beside it, and the
// flow's "at" places mapped the same way.
Test(esc_e2e, json_line_directive)
{
	char *buf = analysis_output("package main\n\n//line other.go:100\n"
				    "func f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { f() }\n", true);
	cr_expect(strstr(buf, "\"file\": \"other.go\", \"line\": 101, \"col\": 0, "
			  "\"srcline\": 5, \"srccol\": 2, \"kind\": \"moved-to-heap\"") != NULL, "%s", buf);
	cr_expect(strstr(buf, "at other.go:102\"") != NULL, "%s", buf);
	cr_expect(strstr(buf, "t.mgo") == NULL, "%s", buf);
	free(buf);
	diag_line_reset();
}

// -escape-graph=f: DOT with the heap, f's locations, derefs as labels and
// the escaping variable highlighted.
Test(esc_e2e, dot_graph)
{
	char *buf = analysis_output(prog_src, false);
	cr_expect(strncmp(buf, "digraph \"f\"", 11) == 0, "%s", buf);
	cr_expect(strstr(buf, "heap [label=\"{heap}\"") != NULL, "%s", buf);
	cr_expect(strstr(buf, "\"x\\n8:2\", style=filled") != NULL, "%s", buf);
	cr_expect(strstr(buf, "[label=\"-1\", color=red]") != NULL, "%s", buf);
	cr_expect(strstr(buf, "leak") == NULL, "other functions stay out: %s", buf);
	free(buf);
}
