// check_terminate.c: Go's terminating-statement rule (the spec's
// "Terminating statements"), behind the "missing return" error.
//
// Apart from the statement checker (check_stmt.c) because it runs on a body
// already checked, as a pure question over its tree: it reports nothing
// and depends on no checker state, only on the branch targets checking
// resolved.
#include "check.h"

// Does any break inside n (not inside a nested function) target stmt?
static bool has_break(Node *n, Node *stmt)
{
	if (!n)
		return false;
	switch (n->kind) {
	case ND_BRANCH:
		return n->u.branch.tok == TOK_BREAK && n->u.branch.target == stmt;
	case ND_BLOCK:
		for (int i = 0; i < n->u.block.stmts.len; i++)
			if (has_break(n->u.block.stmts.items[i], stmt))
				return true;
		return false;
	case ND_LABELED: return has_break(n->u.labeled.stmt, stmt);
	case ND_IF:
		return has_break(n->u.ifs.then, stmt) || has_break(n->u.ifs.els, stmt);
	case ND_FOR: return has_break(n->u.fors.body, stmt);
	case ND_RANGE: return has_break(n->u.range.body, stmt);
	case ND_SWITCH: case ND_TYPESWITCH: case ND_SELECT: {
		NodeList *cls = n->kind == ND_SWITCH ? &n->u.sw.clauses :
			n->kind == ND_TYPESWITCH ? &n->u.tsw.clauses : &n->u.sel_stmt.clauses;
		for (int i = 0; i < cls->len; i++) {
			NodeList *b = &cls->items[i]->u.clause.body;
			for (int k = 0; k < b->len; k++)
				if (has_break(b->items[k], stmt))
					return true;
		}
		return false;
	}
	default:
		return false;
	}
}

static bool list_terminates(NodeList *l)
{
	int i = l->len - 1;
	while (i >= 0 && l->items[i]->kind == ND_EMPTY)
		i--;
	return i >= 0 && check_is_terminating(l->items[i]);
}

bool check_is_terminating(Node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case ND_RETURN:
		return true;
	case ND_BRANCH:
		return n->u.branch.tok == TOK_GOTO;
	case ND_EXPRSTMT: {
		Node *x = ast_unparen(n->u.exprstmt.x);
		return x->kind == ND_CALL && x->u.call.call == CALL_BUILTIN &&
		       x->u.call.builtin == BI_PANIC;
	}
	case ND_BLOCK:
		return list_terminates(&n->u.block.stmts);
	case ND_IF:
		return n->u.ifs.els && check_is_terminating(n->u.ifs.then) &&
		       check_is_terminating(n->u.ifs.els);
	case ND_FOR:
		return !n->u.fors.cond && !has_break(n->u.fors.body, n);
	case ND_LABELED:
		return check_is_terminating(n->u.labeled.stmt);
	case ND_SWITCH: case ND_TYPESWITCH: case ND_SELECT: {
		NodeList *cls = n->kind == ND_SWITCH ? &n->u.sw.clauses :
			n->kind == ND_TYPESWITCH ? &n->u.tsw.clauses : &n->u.sel_stmt.clauses;
		bool have_default = n->kind == ND_SELECT;
		for (int i = 0; i < cls->len; i++) {
			Node *cl = cls->items[i];
			NodeList *b = &cl->u.clause.body;
			if (cl->u.clause.is_default || (n->kind != ND_SELECT && !cl->u.clause.list.len))
				have_default = true;
			for (int k = 0; k < b->len; k++)
				if (has_break(b->items[k], n))
					return false;
			Node *last = b->len ? b->items[b->len - 1] : NULL;
			if (last && last->kind == ND_BRANCH && last->u.branch.tok == TOK_FALLTHROUGH)
				continue;
			if (!list_terminates(b))
				return false;
		}
		return have_default;
	}
	default:
		return false;
	}
}
