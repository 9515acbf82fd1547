// inl_children.c: the child slots of every node kind, in evaluation order, so the
// body copier and the call-site rewriter of the inliner share one traversal
// and each can replace a child in place.
#include "inline/inl_expand_internal.h"

static void each_list(NodeList *l, InlChildFn f, void *ctx, bool clone)
{
	if (clone && l->len) {
		Node **items = arena_zalloc(&ast_arena, (size_t)l->len * sizeof *items);
		memcpy(items, l->items, (size_t)l->len * sizeof *items);
		l->items = items;
		l->cap = l->len;
	}
	for (int i = 0; i < l->len; i++)
		f(&l->items[i], ctx);
}

void inl_children(Node *n, InlChildFn f, void *ctx, bool clone_lists)
{
#define S(x) do { if (x) f(&(x), ctx); } while (0)
#define L(l) each_list(&(l), f, ctx, clone_lists)
	if (!n)
		return;
	switch (n->kind) {
	case ND_BAD: case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT:
	case ND_RUNELIT: case ND_STRINGLIT: case ND_EMPTY: case ND_IMPORT:
	// Type expressions denote types only; copies share them.
	case ND_ARRAYTYPE: case ND_ELLIPSIS: case ND_MAPTYPE: case ND_CHANTYPE:
	case ND_FUNCTYPE: case ND_STRUCTTYPE: case ND_INTERFACETYPE: case ND_FIELD:
	case ND_TYPESPEC: case ND_CONSTSPEC: case ND__COUNT:
		return;
	case ND_COMPOSITE: L(n->u.composite.elems); return;
	case ND_FUNCLIT: S(n->u.funclit.body); return;
	case ND_PAREN: S(n->u.paren.x); return;
	case ND_SELECTOR: S(n->u.sel.x); return;
	case ND_INDEX: S(n->u.index.x); S(n->u.index.index); return;
	case ND_SLICE:
		S(n->u.slice.x); S(n->u.slice.lo); S(n->u.slice.hi); S(n->u.slice.max);
		return;
	case ND_TYPEASSERT: S(n->u.assert.x); return;
	case ND_CALL:
		if (n->u.call.call != CALL_CONV || !n->u.call.fn || !n->u.call.fn->is_type)
			S(n->u.call.fn);
		L(n->u.call.args);
		return;
	case ND_STAR: S(n->u.star.x); return;
	case ND_UNARY: S(n->u.unary.x); return;
	case ND_BINARY: S(n->u.binary.x); S(n->u.binary.y); return;
	case ND_KEYVALUE: S(n->u.kv.key); S(n->u.kv.value); return;
	case ND_CONV: S(n->u.conv.x); return;
	case ND_INLCALL: S(n->u.inl.body); L(n->u.inl.results); return;
	case ND_INLDONE: S(n->u.inl_done.assign); return;
	case ND_BLOCK: L(n->u.block.stmts); return;
	case ND_EXPRSTMT: S(n->u.exprstmt.x); return;
	case ND_SEND: S(n->u.send.ch); S(n->u.send.value); return;
	case ND_INCDEC: S(n->u.incdec.x); return;
	case ND_ASSIGN: L(n->u.assign.lhs); L(n->u.assign.rhs); return;
	case ND_DECLSTMT: L(n->u.decl.specs); return;
	case ND_VARSPEC: L(n->u.spec.names); L(n->u.spec.values); return;
	case ND_LABELED: S(n->u.labeled.label); S(n->u.labeled.stmt); return;
	case ND_GO: case ND_DEFER: S(n->u.go.call); return;
	case ND_RETURN: L(n->u.ret.results); return;
	case ND_BRANCH: S(n->u.branch.label); return;
	case ND_IF: S(n->u.ifs.init); S(n->u.ifs.cond); S(n->u.ifs.then); S(n->u.ifs.els); return;
	case ND_SWITCH: S(n->u.sw.init); S(n->u.sw.tag); L(n->u.sw.clauses); return;
	case ND_TYPESWITCH:
		S(n->u.tsw.init); S(n->u.tsw.bind); S(n->u.tsw.x); L(n->u.tsw.clauses);
		return;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		L(n->u.clause.list); L(n->u.clause.body);
		if (clone_lists && n->u.clause.tag_conv.len)
			each_list(&n->u.clause.tag_conv, f, ctx, true);
		return;
	case ND_SELECT: L(n->u.sel_stmt.clauses); return;
	case ND_FOR:
		S(n->u.fors.init); S(n->u.fors.cond); S(n->u.fors.post); S(n->u.fors.body);
		return;
	case ND_RANGE:
		S(n->u.range.x); S(n->u.range.key); S(n->u.range.value); S(n->u.range.body);
		return;
	case ND_FUNCDECL: S(n->u.func.body); return;
	case ND_FILE: L(n->u.file.decls); return;
	}
#undef S
#undef L
}
