// inl_walk.c: a walk of a function body in the order Go's IR visitors use.
//
// Children come in Go's field order, which differs from source order in
// one place that shows in the messages: a `for` loop's post statement is
// visited before its body, and a range's operand before its variables.
// Function literal bodies are not entered: Go treats a closure as its own
// function.
#include "inline/inl_walk.h"

static void walk_list(NodeList *l, InlVisit pre, InlVisit post, void *ctx)
{
	for (int i = 0; i < l->len; i++)
		inl_walk(l->items[i], pre, post, ctx);
}

void inl_walk(Node *n, InlVisit pre, InlVisit post, void *ctx)
{
	if (!n)
		return;
	if (pre && !pre(n, ctx))
		return;
#define W(x) inl_walk((x), pre, post, ctx)
#define WL(l) walk_list((l), pre, post, ctx)
	switch (n->kind) {
	case ND_PAREN: W(n->u.paren.x); break;
	case ND_COMPOSITE: WL(&n->u.composite.elems); break;
	case ND_FUNCLIT: break;
	case ND_SELECTOR: W(n->u.sel.x); break;
	case ND_INDEX: W(n->u.index.x); W(n->u.index.index); break;
	case ND_SLICE: W(n->u.slice.x); W(n->u.slice.lo); W(n->u.slice.hi); W(n->u.slice.max); break;
	case ND_TYPEASSERT: W(n->u.assert.x); break;
	case ND_CALL: W(n->u.call.fn); WL(&n->u.call.args); break;
	case ND_STAR: W(n->u.star.x); break;
	case ND_UNARY: W(n->u.unary.x); break;
	case ND_BINARY: W(n->u.binary.x); W(n->u.binary.y); break;
	case ND_KEYVALUE: W(n->u.kv.key); W(n->u.kv.value); break;
	case ND_CONV: W(n->u.conv.x); break;
	case ND_BLOCK: WL(&n->u.block.stmts); break;
	case ND_EXPRSTMT: W(n->u.exprstmt.x); break;
	case ND_SEND: W(n->u.send.ch); W(n->u.send.value); break;
	case ND_INCDEC: W(n->u.incdec.x); break;
	case ND_ASSIGN: WL(&n->u.assign.lhs); WL(&n->u.assign.rhs); break;
	case ND_DECLSTMT: WL(&n->u.decl.specs); break;
	case ND_VARSPEC: WL(&n->u.spec.names); WL(&n->u.spec.values); break;
	case ND_LABELED: W(n->u.labeled.stmt); break;
	case ND_GO: case ND_DEFER: W(n->u.go.call); break;
	case ND_RETURN: WL(&n->u.ret.results); break;
	case ND_INLCALL: W(n->u.inl.body); WL(&n->u.inl.results); break;
	case ND_INLDONE: W(n->u.inl_done.assign); break;
	case ND_IF: W(n->u.ifs.init); W(n->u.ifs.cond); W(n->u.ifs.then); W(n->u.ifs.els); break;
	case ND_SWITCH: W(n->u.sw.init); W(n->u.sw.tag); WL(&n->u.sw.clauses); break;
	case ND_TYPESWITCH: W(n->u.tsw.init); W(n->u.tsw.x); WL(&n->u.tsw.clauses); break;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		for (int i = 0; i < n->u.clause.list.len; i++)
			if (!n->u.clause.list.items[i]->is_type)
				W(n->u.clause.list.items[i]);
		WL(&n->u.clause.body);
		break;
	case ND_SELECT: WL(&n->u.sel_stmt.clauses); break;
	case ND_FOR: W(n->u.fors.init); W(n->u.fors.cond); W(n->u.fors.post); W(n->u.fors.body); break;
	case ND_RANGE: W(n->u.range.x); W(n->u.range.key); W(n->u.range.value); W(n->u.range.body); break;
	case ND_BAD: case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT:
	case ND_RUNELIT: case ND_STRINGLIT: case ND_ARRAYTYPE: case ND_ELLIPSIS: case ND_MAPTYPE:
	case ND_CHANTYPE: case ND_FUNCTYPE: case ND_STRUCTTYPE: case ND_INTERFACETYPE:
	case ND_FIELD: case ND_EMPTY: case ND_BRANCH: case ND_CONSTSPEC: case ND_TYPESPEC:
	case ND_IMPORT: case ND_FUNCDECL: case ND_FILE: case ND__COUNT:
		break;
	}
#undef W
#undef WL
	if (post)
		post(n, ctx);
}
