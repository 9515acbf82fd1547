// inl_decide_stub.c: a stand-in for inl_decide until the inl-cost branch
// lands (it replaces this file). Marks the calls whose static callee the C
// cost model of codegen/inline.c would inline; prints nothing.
//
// For testing inl_expand against Go's own choices, MGO_INL_GO_DECISIONS may
// name a file holding Go's plain -m output: then exactly the calls at the
// positions of its "inlining call to" lines are marked.
#include <stdio.h>
#include <stdlib.h>

#include "inline/inline.h"
#include "inline/inl_internal.h"

#define CG_INTERNAL
#include "codegen/cgen.h"

typedef struct StubCtx {
	Sym *fn;
	Node *parent;
	VEC(Pos) go_sites;      // from MGO_INL_GO_DECISIONS
	bool use_go;
} StubCtx;

static void load_go_sites(StubCtx *c)
{
	const char *path = getenv("MGO_INL_GO_DECISIONS");
	FILE *f = path && *path ? fopen(path, "r") : NULL;
	if (!f)
		return;
	c->use_go = true;
	char line[4096];
	while (fgets(line, sizeof line, f)) {
		char *m = strstr(line, ": inlining call to ");
		if (!m || strstr(m, " fmt.") || strstr(m, " sync."))
			continue;
		*m = 0;
		char *col = strrchr(line, ':');
		if (!col)
			continue;
		*col = 0;
		char *ln = strrchr(line, ':');
		if (!ln)
			continue;
		Pos p = {.line = atoi(ln + 1), .col = atoi(col + 1)};
		vec_push(&ast_arena, &c->go_sites, p);
	}
	fclose(f);
}

static bool go_inlines(StubCtx *c, Pos p)
{
	for (int i = 0; i < c->go_sites.len; i++)
		if (c->go_sites.items[i].line == p.line && c->go_sites.items[i].col == p.col)
			return true;
	return false;
}

static Sym *closure_of_local(Node *fn)
{
	fn = ast_unparen(fn);
	if (fn->kind != ND_IDENT || !fn->u.ident.sym)
		return NULL;
	Sym *v = fn->u.ident.sym;
	if (v->kind != SYM_VAR || v->is_global || v->reassigned || v->addr_taken || v->is_param || !v->decl)
		return NULL;
	Node *d = v->decl;
	Node *val = NULL;
	if (d->kind == ND_ASSIGN && d->u.assign.op == TOK_DEFINE && d->u.assign.lhs.len == 1 &&
	    d->u.assign.rhs.len == 1)
		val = d->u.assign.rhs.items[0];
	else if (d->kind == ND_VARSPEC && d->u.spec.names.len == 1 && d->u.spec.values.len == 1)
		val = d->u.spec.values.items[0];
	val = val ? ast_unparen(val) : NULL;
	return val && val->kind == ND_FUNCLIT ? val->u.funclit.fn : NULL;
}

static void mark(Node **slot, void *ctx)
{
	StubCtx *c = ctx;
	Node *n = *slot, *parent = c->parent;
	Sym *saved = c->fn;
	if (n->kind == ND_FUNCLIT && n->u.funclit.fn) {
		c->fn = n->u.funclit.fn;
		c->fn->inl_ok = !c->use_go && cg_inline_hint(c->fn);
	}
	c->parent = n;
	inl_children(n, mark, c, false);
	c->parent = parent;
	c->fn = saved;
	if (n->kind != ND_CALL)
		return;
	if (parent && (parent->kind == ND_GO || parent->kind == ND_DEFER))
		return;
	Sym *callee = NULL;
	switch (n->u.call.call) {
	case CALL_FUNC: case CALL_METHOD: case CALL_METHODEXPR: case CALL_FUNCLIT:
		callee = n->u.call.callee;
		break;
	case CALL_VALUE:
		callee = closure_of_local(n->u.call.fn);
		break;
	case CALL_UNRESOLVED: case CALL_IFACE: case CALL_CONV: case CALL_BUILTIN: case CALL_FMT:
	case CALL_SYNC:
		break;
	}
	if (c->use_go) {
		// A closure reached through inlined code is found by inl_expand
		// (its static value); a body-less placeholder marks the site.
		static Sym placeholder = {.kind = SYM_FUNC, .name = "?"};
		if (go_inlines(c, n->pos))
			n->u.call.inl_callee = callee && callee->body ? callee : &placeholder;
		return;
	}
	if (callee && callee != c->fn && callee->body && cg_inline_hint(callee))
		n->u.call.inl_callee = callee;
}

void inl_decide(Node *file, const InlOptions *opt)
{
	(void)opt;
	StubCtx c = {0};
	load_go_sites(&c);
	for (int i = 0; file && i < file->u.file.decls.len; i++) {
		Node *d = file->u.file.decls.items[i];
		if (d->kind != ND_FUNCDECL || !d->u.func.body)
			continue;
		c.fn = d->u.func.sym;
		c.fn->inl_ok = cg_inline_hint(c.fn);
		c.parent = d;
		inl_children(d, mark, &c, false);
	}
}
