// inline.c: which generated functions to declare `inline` for the C compiler.
//
// Go's speed on small helpers comes from its inliner (budget 80 IR nodes, a
// call to a non-inlinable function costs 57, closures 15 plus their body;
// never functions with defer, go, select, recover or a type declaration, nor
// directly recursive ones). mgo keeps the inlining decision in the C
// compiler, but gcc's own heuristics are far more timid for functions it was
// not asked to inline: a function taking a slice returns it through memory,
// and a closure passed to a small helper stays an indirect call. So we mark
// the functions Go would inline with C's `inline` and let compile.c raise
// gcc's limit for inline-declared functions. It is a hint, never
// always_inline, so a recursive cycle the cost model misses costs speed,
// never a C compile error.
#include <stdint.h>
#include <stdlib.h>

#define CG_INTERNAL
#include "cgen.h"

enum {
	INLINE_BUDGET = 80,
	CALL_COST = 57,
	CLOSURE_COST = 15,
	TOO_HAIRY = 1 << 20,    // beyond any budget: never inline
};

typedef struct CostEntry {
	Sym *fn;
	int64_t cost;           // -1 while being computed (recursion guard)
} CostEntry;

static CostEntry *table;
static size_t table_cap, table_len;

static CostEntry *lookup(Sym *fn, bool insert)
{
	if (table_len * 2 >= table_cap && insert) {
		size_t old_cap = table_cap;
		CostEntry *old = table;
		table_cap = old_cap ? old_cap * 2 : 256;
		table = calloc(table_cap, sizeof *table);
		if (!table)
			abort();
		table_len = 0;
		for (size_t i = 0; i < old_cap; i++)
			if (old[i].fn)
				*lookup(old[i].fn, true) = old[i];
		free(old);
	}
	if (!table_cap)
		return NULL;
	size_t h = ((uintptr_t)fn >> 4) & (table_cap - 1);
	while (table[h].fn && table[h].fn != fn)
		h = (h + 1) & (table_cap - 1);
	if (!table[h].fn) {
		if (!insert)
			return NULL;
		table[h].fn = fn;
		table_len++;
	}
	return &table[h];
}

static int64_t func_cost(Sym *fn);
static int64_t cost(Node *n, Sym *self);

static int64_t list_cost(NodeList *l, Sym *self)
{
	int64_t c = 0;
	for (int i = 0; i < l->len && c < TOO_HAIRY; i++)
		c += cost(l->items[i], self);
	return c;
}

static int64_t call_cost(Node *n, Sym *self)
{
	int64_t c = 1 + cost(n->u.call.fn, self) + list_cost(&n->u.call.args, self);
	switch (n->u.call.call) {
	case CALL_FUNC: case CALL_METHOD: case CALL_METHODEXPR: case CALL_FUNCLIT: {
		Sym *callee = n->u.call.callee;
		if (!callee || callee == self)
			return TOO_HAIRY;  // Go never inlines a directly recursive function
		int64_t k = func_cost(callee);
		return c + (k <= INLINE_BUDGET ? k : CALL_COST);
	}
	case CALL_BUILTIN:
		if (n->u.call.builtin == BI_RECOVER)
			return TOO_HAIRY;
		return c;
	case CALL_CONV:
		return c;
	case CALL_UNRESOLVED: case CALL_IFACE: case CALL_VALUE: case CALL_FMT: case CALL_SYNC:
		return c + CALL_COST;
	}
	return c + CALL_COST;
}

static int64_t cost(Node *n, Sym *self)
{
	if (!n)
		return 0;
	switch (n->kind) {
	case ND_GO: case ND_DEFER: case ND_SELECT: case ND_COMMCLAUSE: case ND_TYPESPEC:
		return TOO_HAIRY;
	case ND_PAREN: return cost(n->u.paren.x, self);
	case ND_BLOCK: return list_cost(&n->u.block.stmts, self);
	case ND_CONV:
		return (n->u.conv.conv == CONV_IFACE) + cost(n->u.conv.x, self);
	case ND_FUNCLIT:
		return CLOSURE_COST + cost(n->u.funclit.body, self);
	case ND_CALL: return call_cost(n, self);
	case ND_INLCALL: return cost(n->u.inl.body, self);
	case ND_INLDONE: return 1 + cost(n->u.inl_done.assign, self);
	case ND_COMPOSITE: return 1 + list_cost(&n->u.composite.elems, self);
	case ND_SELECTOR: return 1 + cost(n->u.sel.x, self);
	case ND_INDEX: return 1 + cost(n->u.index.x, self) + cost(n->u.index.index, self);
	case ND_SLICE:
		return 1 + cost(n->u.slice.x, self) + cost(n->u.slice.lo, self) +
			cost(n->u.slice.hi, self) + cost(n->u.slice.max, self);
	case ND_TYPEASSERT: return 1 + cost(n->u.assert.x, self);
	case ND_STAR: return 1 + cost(n->u.star.x, self);
	case ND_UNARY: return 1 + cost(n->u.unary.x, self);
	case ND_BINARY: return 1 + cost(n->u.binary.x, self) + cost(n->u.binary.y, self);
	case ND_KEYVALUE: return cost(n->u.kv.key, self) + cost(n->u.kv.value, self);
	case ND_EXPRSTMT: return cost(n->u.exprstmt.x, self);
	case ND_SEND: return 1 + cost(n->u.send.ch, self) + cost(n->u.send.value, self);
	case ND_INCDEC: return 1 + cost(n->u.incdec.x, self);
	case ND_ASSIGN: return 1 + list_cost(&n->u.assign.lhs, self) + list_cost(&n->u.assign.rhs, self);
	case ND_DECLSTMT: return list_cost(&n->u.decl.specs, self);
	case ND_VARSPEC: return 1 + list_cost(&n->u.spec.names, self) + list_cost(&n->u.spec.values, self);
	case ND_CONSTSPEC: return 0;
	case ND_LABELED: return cost(n->u.labeled.stmt, self);
	case ND_RETURN: return 1 + list_cost(&n->u.ret.results, self);
	case ND_BRANCH: return 1;
	case ND_IF:
		if (n->u.ifs.cond && n->u.ifs.cond->cval && !n->u.ifs.init)
			return 0;  // constant condition: Go charges only the taken branch, and so do we, roughly
		return 1 + cost(n->u.ifs.init, self) + cost(n->u.ifs.cond, self) +
			cost(n->u.ifs.then, self) + cost(n->u.ifs.els, self);
	case ND_SWITCH:
		return 1 + cost(n->u.sw.init, self) + cost(n->u.sw.tag, self) + list_cost(&n->u.sw.clauses, self);
	case ND_TYPESWITCH: {
		int64_t c = 1 + cost(n->u.tsw.init, self) + cost(n->u.tsw.x, self);
		for (int i = 0; i < n->u.tsw.clauses.len; i++)
			c += 1 + list_cost(&n->u.tsw.clauses.items[i]->u.clause.body, self);
		return c;
	}
	case ND_CASECLAUSE: return 1 + list_cost(&n->u.clause.list, self) + list_cost(&n->u.clause.body, self);
	case ND_FOR:
		return 1 + cost(n->u.fors.init, self) + cost(n->u.fors.cond, self) +
			cost(n->u.fors.post, self) + cost(n->u.fors.body, self);
	case ND_RANGE:
		return 1 + cost(n->u.range.key, self) + cost(n->u.range.value, self) +
			cost(n->u.range.x, self) + cost(n->u.range.body, self);
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT:
	case ND_STRINGLIT: case ND_EMPTY:
		return 1;
	case ND_BAD: case ND_ARRAYTYPE: case ND_ELLIPSIS: case ND_MAPTYPE: case ND_CHANTYPE:
	case ND_FUNCTYPE: case ND_STRUCTTYPE: case ND_INTERFACETYPE: case ND_FIELD: case ND_IMPORT:
	case ND_FUNCDECL: case ND_FILE: case ND__COUNT:
		return 0;
	}
	return 0;
}

// The cost Go's inliner would give fn's body, saturated at TOO_HAIRY.
// Callees are costed first (memoised), as Go visits functions bottom-up; a
// callee still being costed is in a recursive cycle and counts as a call.
static int64_t func_cost(Sym *fn)
{
	CostEntry *e = lookup(fn, false);
	if (e)
		return e->cost < 0 ? TOO_HAIRY : e->cost;
	lookup(fn, true)->cost = -1;
	int64_t c = fn->body ? cost(fn->body, fn) : TOO_HAIRY;
	if (c > TOO_HAIRY)
		c = TOO_HAIRY;
	lookup(fn, true)->cost = c;   // the table may have grown meanwhile
	return c;
}

bool cg_inline_hint(Sym *fn)
{
	return fn && fn->kind == SYM_FUNC && func_cost(fn) <= INLINE_BUDGET;
}

void cg_inline_reset(void)
{
	free(table);
	table = NULL;
	table_cap = table_len = 0;
}
