// stackcheck.c: which generated functions need GO_STACK_CHECK (go_rt.h).
//
// A stack overflow needs unbounded recursion, so a function whose calls,
// transitively, reach only non-recursive Go functions (no call through a
// func value or interface, no fmt call that may run a String method, no
// call cycle) has a bounded stack depth below it and needs no check: its
// caller's check, with the reserve below every goroutine's guard
// (rt/sched.h), covers it. Why bother: the check in a small function is
// enough to keep gcc from inlining it once a closure call became direct
// (the closures benchmark ran 4x slower with a check in every closure).
// Builtins, conversions and sync calls run runtime code only.
//
// Unchecked functions run in the reserve below the stack guard
// (rt/sched.h: RT_STACK_RESERVE, 32 KiB), which runtime C code called from
// them needs too. So a bounded function gets a check all the same when its
// own frame may be large (FRAME_BIG: the check, at the very top, makes it
// move to a new segment before the frame is written), or when the chain of
// unchecked frames below it could exceed CHAIN_BUDGET. Frames are estimated
// from the sizes of the function's variables, its literals' temporaries,
// the copies of inlined bodies, its calls' argument areas and results;
// codegen adds the temporaries it makes itself (gen_decl.c, cg_gen_func: the estimate is final there).
// tools/stack_sweep.py checks the estimates against gcc's frames.
#include <stdint.h>
#include <stdlib.h>

#define CG_INTERNAL
#include "cgen.h"

enum { UNKNOWN, IN_PROGRESS, BOUNDED, UNBOUNDED };

#define FRAME_BIG    2048
#define CHAIN_BUDGET 8192

typedef struct Entry {
	Sym *fn;
	int state;
	bool checked;      // BOUNDED, but carries a check all the same
	int64_t frame;     // estimated frame size
	int64_t chain;     // BOUNDED: frame + the deepest unchecked chain below
} Entry;

// The deepest callee cost seen by the walk of the function being analysed.
static int64_t callee_max;

static Entry *table;
static size_t table_cap, table_len;

static Entry *lookup(Sym *fn)
{
	if (table_len * 2 >= table_cap) {
		size_t old_cap = table_cap;
		Entry *old = table;
		table_cap = old_cap ? old_cap * 2 : 256;
		table = calloc(table_cap, sizeof *table);
		if (!table)
			abort();
		table_len = 0;
		for (size_t i = 0; i < old_cap; i++)
			if (old[i].fn)
				*lookup(old[i].fn) = old[i];
		free(old);
	}
	size_t h = ((uintptr_t)fn >> 4) & (table_cap - 1);
	while (table[h].fn && table[h].fn != fn)
		h = (h + 1) & (table_cap - 1);
	if (!table[h].fn) {
		table[h].fn = fn;
		table[h].state = UNKNOWN;
		table_len++;
	}
	return &table[h];
}

static bool bounded(Sym *fn);
static bool walk(Node *n);
static int64_t var_bytes(const SymList *l);

static bool walk_list(NodeList *l)
{
	bool b = true;
	for (int i = 0; i < l->len; i++)
		b &= walk(l->items[i]);
	return b;
}

// The arrays a non-escaping make of constant size puts in the frame
// (gen_call.c: gen_make), up to 64 KiB each: they are the frame's largest
// part and must be counted, or the check lets a frame run past the reserve
// (where not even the fault handler has room to report a nil dereference).
static int64_t stack_arrays;

static void count_stack_array(Node *n)
{
	NodeList *args = &n->u.call.args;
	if (n->escapes || args->len < 2 || !args->items[0]->type)
		return;
	Type *u = type_underlying(args->items[0]->type);
	Node *ln = args->items[1], *cn = args->len > 2 ? args->items[2] : NULL;
	if (u->kind != TY_SLICE || !ln->cval || (cn && !cn->cval))
		return;
	int64_t c = (int64_t)(cn ? cn->cval->i : ln->cval->i);
	type_complete(u->elem);
	if (c >= 0 && c * u->elem->size <= 65536 && c >= (int64_t)ln->cval->i)
		stack_arrays += (c ? c : 1) * u->elem->size;
}

// Composite literals build their values in frame temporaries (gen_lit.c),
// a stack-allocated &T{...} its object too: their bytes, summed by the walk
// (which visits every node: an unbounded call does not end it).
static int64_t lit_bytes;

// A literal that codegen stores without a temporary (gen_lit.c: a new
// large variable filled in place, a large T{} zeroed with memset): only its
// elements count.
static bool walk_in_place(Node *rhs)
{
	return walk_list(&ast_unparen(rhs)->u.composite.elems);
}

static bool walk_assign(Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	if (lhs->len == 1 && rhs->len == 1) {
		Node *l = ast_unparen(lhs->items[0]), *r = rhs->items[0];
		bool is_new = n->u.assign.op == TOK_DEFINE && n->u.assign.is_new && n->u.assign.is_new[0];
		if (is_new && l->kind == ND_IDENT && cg_literal_fills_var(l->u.ident.sym, r))
			return walk_in_place(r);
		if (n->u.assign.op == TOK_ASSIGN && l->type && cg_is_large_zero_literal(r, l->type))
			return walk(l);
	}
	return walk_list(lhs) & walk_list(rhs);
}

static bool walk_varspec(Node *n)
{
	NodeList *names = &n->u.spec.names, *vals = &n->u.spec.values;
	if (names->len != vals->len)
		return walk_list(vals);
	bool r = true;
	for (int i = 0; i < vals->len; i++) {
		Sym *s = names->items[i]->u.ident.sym;
		if (s && !s->is_global && cg_literal_fills_var(s, vals->items[i]))
			r &= walk_in_place(vals->items[i]);
		else
			r &= walk(vals->items[i]);
	}
	return r;
}

static int64_t lit_temp(Node *n)
{
	Type *t = n->type;
	if (!t)
		return 0;
	Type *u = type_underlying(t);
	if (u->kind == TY_POINTER && u->elem)   // elided &T{...}: object and value
		return 2 * u->elem->size;
	return u->kind == TY_SLICE ? 8 * n->u.composite.elems.len : t->size;
}

// Calls: arguments beyond the registers go to the outgoing area of the
// frame; a result returned in memory gets a slot of its own per call at
// -O0; and a callee with a large signature (params and results over
// CG_LARGE_VALUE) copies them again in its check wrapper (gen_thunk.c,
// cg_gen_stack_check) before its own check: stack_entry_bytes, which lands
// below this frame, and is counted in it.
static int64_t call_area;

static int64_t fields_bytes(const Type *t, bool results)
{
	int64_t n = 0;
	if (!t)
		return 0;
	const FieldList *l = results ? &t->results : &t->fields;
	for (int i = 0; i < l->len; i++)
		n += l->items[i].type ? l->items[i].type->size : 8;
	return n;
}

int64_t cg_stack_entry_bytes(int64_t params, int64_t results)
{
	return params + results > CG_LARGE_VALUE ? 2 * (params + results) + 512 : 0;
}

static void count_call(Node *n)
{
	Type *ft = n->u.call.ftype;
	Sym *c = n->u.call.callee;
	int64_t params = c ? var_bytes(&c->params) : fields_bytes(ft, false);
	int64_t results = c ? var_bytes(&c->results) : fields_bytes(ft, true);
	if (n->u.call.call == CALL_IFACE || n->u.call.call == CALL_VALUE)
		params += 16;   // the data word or closure
	int64_t area = (params > 48 ? params : 0) + cg_stack_entry_bytes(params, results);
	if (area > call_area)
		call_area = area;
	if (results > 16)
		lit_bytes += results;
}

static bool walk_call(Node *n)
{
	bool args = walk(n->u.call.fn) & walk_list(&n->u.call.args);
	switch (n->u.call.call) {
	case CALL_FUNC: case CALL_METHOD: case CALL_METHODEXPR: case CALL_FUNCLIT:
	case CALL_IFACE: case CALL_VALUE:
		count_call(n);
		break;
	default:
		break;
	}
	if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_MAKE)
		count_stack_array(n);
	// A non-escaping new(T): its object in the frame.
	if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_NEW && !n->escapes && n->type &&
	    type_underlying(n->type)->kind == TY_POINTER && type_underlying(n->type)->elem)
		lit_bytes += type_underlying(n->type)->elem->size;
	if (!args)
		return false;
	switch (n->u.call.call) {
	case CALL_FUNC: case CALL_METHOD: case CALL_METHODEXPR: case CALL_FUNCLIT: {
		Sym *c = n->u.call.callee;
		if (!c || !bounded(c))
			return false;
		Entry *e = lookup(c);
		int64_t cost = e->checked ? e->frame : e->chain;
		if (cost > callee_max)
			callee_max = cost;
		return true;
	}
	case CALL_BUILTIN: case CALL_CONV: case CALL_SYNC:
		return true;
	case CALL_UNRESOLVED: case CALL_IFACE: case CALL_VALUE: case CALL_FMT:
		return false;
	}
	return false;
}

// true: nothing under n can recurse without bound. Function literals are
// functions of their own (checked by their own analysis when called).
static bool walk(Node *n)
{
	if (!n)
		return true;
	switch (n->kind) {
	case ND_FUNCLIT: {
		// A closure record on the stack holds the captured values.
		if (!n->escapes)
			lit_bytes += var_bytes(&n->u.funclit.captures) + 16;
		return true;
	}
	case ND_INLCALL: {
		// The inlined callee's variables are copies in this frame, and
		// its results are held together in a temporary.
		Sym *c = n->u.inl.callee;
		if (c)
			lit_bytes += var_bytes(&c->params) + 2 * var_bytes(&c->results) +
				var_bytes(&c->locals);
		return walk(n->u.inl.body) & walk_list(&n->u.inl.results);
	}
	case ND_INLDONE: return walk(n->u.inl_done.assign);
	case ND_CALL: return walk_call(n);
	case ND_GO: case ND_DEFER: return walk(n->u.go.call);
	case ND_SELECT: return walk_list(&n->u.sel_stmt.clauses);
	case ND_PAREN: return walk(n->u.paren.x);
	case ND_BLOCK: return walk_list(&n->u.block.stmts);
	case ND_CONV: return walk(n->u.conv.x);
	case ND_COMPOSITE:
		lit_bytes += lit_temp(n);
		return walk_list(&n->u.composite.elems);
	case ND_SELECTOR: return walk(n->u.sel.x);
	case ND_INDEX: return walk(n->u.index.x) & walk(n->u.index.index);
	case ND_SLICE:
		return walk(n->u.slice.x) & walk(n->u.slice.lo) & walk(n->u.slice.hi) &
			walk(n->u.slice.max);
	case ND_TYPEASSERT: return walk(n->u.assert.x);
	case ND_STAR: return walk(n->u.star.x);
	case ND_UNARY:
		if (n->u.unary.op == TOK_AND && n->u.unary.x->kind == ND_COMPOSITE && n->u.unary.x->type)
			lit_bytes += n->u.unary.x->type->size;   // the object, if on the stack
		return walk(n->u.unary.x);
	case ND_BINARY: return walk(n->u.binary.x) & walk(n->u.binary.y);
	case ND_KEYVALUE: return walk(n->u.kv.key) & walk(n->u.kv.value);
	case ND_EXPRSTMT: return walk(n->u.exprstmt.x);
	case ND_SEND: return walk(n->u.send.ch) & walk(n->u.send.value);
	case ND_INCDEC: return walk(n->u.incdec.x);
	case ND_ASSIGN: return walk_assign(n);
	case ND_DECLSTMT: return walk_list(&n->u.decl.specs);
	case ND_VARSPEC: return walk_varspec(n);
	case ND_LABELED: return walk(n->u.labeled.stmt);
	case ND_RETURN: return walk_list(&n->u.ret.results);
	case ND_IF:
		return walk(n->u.ifs.init) & walk(n->u.ifs.cond) & walk(n->u.ifs.then) &
			walk(n->u.ifs.els);
	case ND_SWITCH:
		return walk(n->u.sw.init) & walk(n->u.sw.tag) & walk_list(&n->u.sw.clauses);
	case ND_TYPESWITCH:
		return walk(n->u.tsw.init) & walk(n->u.tsw.x) & walk_list(&n->u.tsw.clauses);
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		return walk_list(&n->u.clause.list) & walk_list(&n->u.clause.body);
	case ND_FOR:
		return walk(n->u.fors.init) & walk(n->u.fors.cond) & walk(n->u.fors.post) &
			walk(n->u.fors.body);
	case ND_RANGE: {
		Node *x = n->u.range.x, *v = n->u.range.value;
		bool no_value = !v || (v->kind == ND_IDENT && strcmp(v->u.ident.name, "_") == 0);
		if (no_value && x->type && type_underlying(x->type)->kind == TY_ARRAY && cg_range_skips(x))
			return walk(n->u.range.body);   // x is not evaluated
		return walk(x) & walk(n->u.range.body);
	}
	default:
		return true;
	}
}

static int64_t var_bytes(const SymList *l)
{
	int64_t n = 0;
	for (int i = 0; i < l->len; i++) {
		Sym *v = l->items[i];
		n += v->escapes || !v->type ? 8 : v->type->size;
	}
	return n;
}

static bool bounded(Sym *fn)
{
	if (!fn->body)
		return false;
	Entry *e = lookup(fn);
	if (e->state == IN_PROGRESS)
		return false;   // a call cycle
	if (e->state != UNKNOWN)
		return e->state == BOUNDED;
	e->state = IN_PROGRESS;
	int64_t saved_max = callee_max, saved_arrays = stack_arrays, saved_lit = lit_bytes;
	int64_t saved_area = call_area;
	callee_max = 0;
	stack_arrays = 0;
	lit_bytes = 0;
	call_area = 0;
	bool b = walk(fn->body);
	e = lookup(fn);   // the table may have grown
	e->state = b ? BOUNDED : UNBOUNDED;
	// Temporaries and saved registers: a guess on top of the variables.
	e->frame = var_bytes(&fn->params) + var_bytes(&fn->results) + var_bytes(&fn->locals) +
		stack_arrays + lit_bytes + call_area + 256;
	e->chain = e->frame + callee_max;
	e->checked = b && (e->frame > FRAME_BIG || e->chain > CHAIN_BUDGET);
	callee_max = saved_max;
	stack_arrays = saved_arrays;
	lit_bytes = saved_lit;
	call_area = saved_area;
	return b;
}

bool cg_needs_stack_check(Sym *fn)
{
	return !fn || !bounded(fn) || lookup(fn)->checked;
}

bool cg_stack_frame_is_big(int64_t frame)
{
	return frame > FRAME_BIG;
}

int64_t cg_stack_frame(Sym *fn)
{
	if (!fn || !fn->body)
		return 0;
	bounded(fn);
	return lookup(fn)->frame;
}

void cg_stackcheck_reset(void)
{
	free(table);
	table = NULL;
	table_cap = table_len = 0;
}

// {==================== small first segments ====================
// A goroutine whose function only waits and signals (the 100,000 blocked
// goroutines of a fan-out) can start on a first segment smaller than a
// page (RT_STACK_SMALL, rt/sched.h), where no stack check could help: the
// function and the runtime calls below it must fit with room to spare.
// So: a whitelist of shallow operations — channel operations, sync
// calls, close/len/cap, arithmetic, field and element access — on small
// values and variables, and no loop (a goroutine there must not need
// preemption: no signal may land on it), no call to Go code, no
// allocation (the collector runs on the allocating stack). Up to
// SMALL_DEFERS defers of sync calls (`defer wg.Done()`), whose records and
// thunks live in the frame (gen_defer.c): measured with a canary fill, a
// goroutine that blocks on a receive and a contended mutex under one
// such defer reaches 736 bytes below its segment's top, under three 904
// (record included), of 2,048. Panics move to a growth segment first
// (rt/go_panic.c).

#define SMALL_VALUE 128   // bytes: the largest value handled on a small segment
#define SMALL_FRAME 256   // bytes: the largest set of variables
#define SMALL_DEFERS 2    // defer statements

static int small_defers;  // counted by small_ok for cg_go_small

static bool small_ok(Node *n);

static bool small_list(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		if (!small_ok(l->items[i]))
			return false;
	return true;
}

static bool heavy_type(Type *t)
{
	return !t || type_is_string(t) || type_is_interface(t);
}

static bool small_call(Node *n)
{
	Node *fn = n->u.call.fn;
	switch (n->u.call.call) {
	case CALL_SYNC:
		if (n->u.call.builtin == BI_LIB || fn->kind != ND_SELECTOR)
			return false;
		return small_ok(fn->u.sel.x) && small_list(&n->u.call.args);
	case CALL_BUILTIN:
		switch (n->u.call.builtin) {
		case BI_CLOSE: case BI_LEN: case BI_CAP:
			return small_list(&n->u.call.args);
		default:
			return false;
		}
	default:
		return false;
	}
}

static bool small_ok(Node *n)
{
	if (!n)
		return true;
	if (!n->is_type && n->type && n->type->size > SMALL_VALUE)
		return false;   // a copy of it would take a frame of its own
	switch (n->kind) {
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_RUNELIT:
	case ND_STRINGLIT: case ND_EMPTY:
		return true;
	case ND_PAREN: return small_ok(n->u.paren.x);
	case ND_CALL: return small_call(n);
	case ND_CONV: return n->u.conv.conv == CONV_VALUE && small_ok(n->u.conv.x);
	case ND_SELECTOR: return n->u.sel.sel == SEL_FIELD && small_ok(n->u.sel.x);
	case ND_INDEX:
		return n->u.index.x->type && type_underlying(n->u.index.x->type)->kind != TY_MAP &&
			small_ok(n->u.index.x) && small_ok(n->u.index.index);
	case ND_STAR: return small_ok(n->u.star.x);
	case ND_UNARY: return n->u.unary.op != TOK_AND && small_ok(n->u.unary.x);
	case ND_BINARY:
		return !heavy_type(n->u.binary.x->type) && !heavy_type(n->u.binary.y->type) &&
			small_ok(n->u.binary.x) && small_ok(n->u.binary.y);
	case ND_BLOCK: return small_list(&n->u.block.stmts);
	case ND_EXPRSTMT: return small_ok(n->u.exprstmt.x);
	case ND_SEND: return small_ok(n->u.send.ch) && small_ok(n->u.send.value);
	case ND_INCDEC: return small_ok(n->u.incdec.x);
	case ND_ASSIGN:
		if (n->u.assign.op != TOK_ASSIGN && n->u.assign.op != TOK_DEFINE &&
		    n->u.assign.lhs.len == 1 && heavy_type(n->u.assign.lhs.items[0]->type))
			return false;
		return small_list(&n->u.assign.lhs) && small_list(&n->u.assign.rhs);
	case ND_DECLSTMT: return small_list(&n->u.decl.specs);
	case ND_VARSPEC: return small_list(&n->u.spec.values);
	case ND_RETURN: return small_list(&n->u.ret.results);
	case ND_IF:
		return small_ok(n->u.ifs.init) && small_ok(n->u.ifs.cond) &&
			small_ok(n->u.ifs.then) && small_ok(n->u.ifs.els);
	case ND_DEFER:
		// wg.Done(), mu.Unlock(): a record and a thunk in the frame
		// (cg_defer), run by go_defer_return at the end.
		return ++small_defers <= SMALL_DEFERS && n->u.go.call->kind == ND_CALL &&
			n->u.go.call->u.call.call == CALL_SYNC && small_call(n->u.go.call);
	default:
		return false;
	}
}

static bool no_heap_vars(const SymList *l)
{
	for (int i = 0; i < l->len; i++)
		if (l->items[i]->escapes)
			return false;
	return true;
}

bool cg_go_small(Node *call)
{
	if (!call || call->kind != ND_CALL || call->u.call.inl_callee)
		return false;
	CallKind k = call->u.call.call;
	if (k != CALL_FUNC && k != CALL_FUNCLIT)
		return false;
	Sym *fn = call->u.call.callee;
	small_defers = 0;
	return fn && fn->body &&
		var_bytes(&fn->params) + var_bytes(&fn->results) + var_bytes(&fn->locals) <= SMALL_FRAME &&
		no_heap_vars(&fn->params) && no_heap_vars(&fn->results) &&
		no_heap_vars(&fn->locals) && small_ok(fn->body);
}
