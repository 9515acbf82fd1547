// bounds.c: Go's "index bounds check elided" lines of -m.
//
// Go's walk pass, which runs function by function after escape analysis,
// prints this line (whenever -m is given, -l or not) at an index of an
// array, a pointer to an array or a constant string whose index is not a
// constant but cannot leave the bounds by its type and operators (a byte
// into [256]T, x&15 into a string of 16). Each line is flushed as walk
// reaches it, so they come after every escape line, in walk's order:
//   - functions in Go's declaration order, a function literal without
//     captures just before the function holding it (it becomes a function
//     of its own), one with captures after it, in reverse of the order walk
//     met them (a stack), each followed by its own;
//   - in a statement, first the bodies of the calls inlined into it (the
//     order pass moved them out before it, in evaluation order), then its
//     own expressions, an index after its operands;
//   - a library call Go inlines counts the lines measured at such a call
//     (library_facts.c: the body's own index expressions), after its
//     arguments.
// Copied bodies carry the outermost call's position, as Go prints them.
//
// The same walk makes the itabs of the conversions, assertions and type
// switches it meets, and Go prints the lines of the method wrappers an
// itab needs right there, between the bounds lines (of that function and
// of those walked before and after). So this walk is the one emitter of
// both: it hands each such site to EscWalkHooks (inl_wrappers.c) at the
// moment Go's walk reaches it, after its operands.
#include "escape/build.h"
#include "library.h"

typedef struct Lit {
	Node *lit;
	bool quiet;   // a copied body's literal: its sites only, no bounds lines
} Lit;

typedef struct Bounds {
	Arena arena;
	const EscWalkHooks *h;
	VEC(Lit) closures;      // the literals walk met, compiled after their holder
	int inl_depth;          // inside a copied body (its literals are Go's copies)
	bool quiet;             // walking a copied literal: no bounds lines
} Bounds;

static void stmt(Bounds *b, Node *n);
static void group(Bounds *b, Node *e);

static bool dead(Bounds *b, Node *n)
{
	(void)b;
	return !n || esc_node_dead(n);
}

static void report(Bounds *b, Pos p)
{
	if (b->quiet)
		return;
	char at[32];
	fprintf(stderr, "%s:%s: index bounds check elided\n", diag_filename, diag_pos_text(at, p));
}

static bool lib_inlined(Node *n)
{
	return n->kind == ND_CALL && n->u.call.builtin == BI_LIB && n->u.call.inl_callee &&
		(n->u.call.call == CALL_FMT || n->u.call.call == CALL_SYNC);
}

static Node *strip(Node *n)
{
	while (n && (n->kind == ND_PAREN || (n->kind == ND_CONV && n->u.conv.conv == CONV_VALUE)))
		n = n->kind == ND_PAREN ? n->u.paren.x : n->u.conv.x;
	return n;
}

// A constant that fits in 32 bits (Go's IsSmallIntConst).
static bool small_const(Node *n, int64_t *v)
{
	if (!n || !n->cval || n->cval->kind != CV_INT || n->cval->big)
		return false;
	__int128 x = n->cval->i;
	if (x < INT32_MIN || x > INT32_MAX)
		return false;
	*v = (int64_t)x;
	return true;
}

// Can index n (of its integer type) never reach max? Go's walk asks only
// the type's width and sign and the top operator.
static bool bounded(Node *n, int64_t max)
{
	Type *t = n->type ? type_underlying(n->type) : NULL;
	if (!t || !type_is_integer(t))
		return false;
	bool sign = t->kind >= TY_INT && t->kind <= TY_INT64;
	int bits = (int)(8 * t->size);
	int64_t v;
	if (small_const(n, &v))
		return v >= 0 && v < max;
	Node *e = strip(n);
	if (e->kind == ND_BINARY) {
		int op = e->u.binary.op;
		Node *x = strip(e->u.binary.x), *y = strip(e->u.binary.y);
		if (op == TOK_AND || op == TOK_AND_NOT) {
			v = -1;
			if (small_const(x, &v)) {
			} else if (small_const(y, &v)) {
				if (op == TOK_AND_NOT) {
					v = ~v;
					if (!sign && bits < 64)
						v &= ((int64_t)1 << bits) - 1;
				}
			} else {
				v = -1;
			}
			if (v >= 0 && v < max)
				return true;
		} else if (op == TOK_REM && !sign && small_const(y, &v)) {
			if (v >= 0 && v <= max)
				return true;
		} else if (op == TOK_QUO && !sign && small_const(y, &v)) {
			for (; bits > 0 && v >= 2; v >>= 1)
				bits--;
		} else if (op == TOK_SHR && !sign && small_const(y, &v)) {
			if (v > bits)
				return true;
			bits -= (int)v;
		}
	}
	return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

static void check_index(Bounds *b, Node *n)
{
	Node *x = n->u.index.x, *i = n->u.index.index;
	if (!i || (i->cval && i->cval->kind == CV_INT))
		return;
	Type *t = x->type ? type_underlying(x->type) : NULL;
	if (t && t->kind == TY_POINTER && t->elem)
		t = type_underlying(t->elem);
	int64_t max;
	if (t && t->kind == TY_ARRAY)
		max = t->len;
	else if (x->cval && x->cval->kind == CV_STRING)
		max = x->cval->s.len;
	else
		return;
	if (bounded(i, max))
		report(b, n->pos);
}

static void lib_call(Bounds *b, Node *call)
{
	for (int i = 0; i < call->u.call.args.len; i++)
		group(b, call->u.call.args.items[i]);
	const LibFact *f = call->u.call.inl_callee->lib ? call->u.call.inl_callee->lib->fact : NULL;
	static const char line[] = "index bounds check elided";
	for (const char *e = f ? f->extra : ""; (e = strstr(e, line)); e += sizeof line - 1)
		report(b, call->pos);
}

// The children of an expression in evaluation order (f is hoist or own).
static void children(Bounds *b, Node *n, void (*f)(Bounds *, Node *))
{
	switch (n->kind) {
	case ND_PAREN: f(b, n->u.paren.x); return;
	case ND_COMPOSITE:
		for (int i = 0; i < n->u.composite.elems.len; i++)
			f(b, n->u.composite.elems.items[i]);
		return;
	case ND_SELECTOR: f(b, n->u.sel.x); return;
	case ND_INDEX: f(b, n->u.index.x); f(b, n->u.index.index); return;
	case ND_SLICE:
		f(b, n->u.slice.x);
		f(b, n->u.slice.lo);
		f(b, n->u.slice.hi);
		f(b, n->u.slice.max);
		return;
	case ND_TYPEASSERT: f(b, n->u.assert.x); return;
	case ND_CALL:
		if (!n->is_type)
			f(b, n->u.call.fn);
		for (int i = 0; i < n->u.call.args.len; i++)
			f(b, n->u.call.args.items[i]);
		return;
	case ND_STAR: f(b, n->u.star.x); return;
	case ND_UNARY: f(b, n->u.unary.x); return;
	case ND_BINARY: f(b, n->u.binary.x); f(b, n->u.binary.y); return;
	case ND_KEYVALUE: f(b, n->u.kv.key); f(b, n->u.kv.value); return;
	case ND_CONV: f(b, n->u.conv.x); return;
	default: return;
	}
}

// Pass 1 over a statement's expression: the inlined bodies, which Go's
// order pass puts before the statement.
static void hoist(Bounds *b, Node *n)
{
	if (dead(b, n) || n->is_type || n->kind == ND_FUNCLIT)
		return;
	if (n->kind == ND_INLCALL) {
		b->inl_depth++;
		stmt(b, n->u.inl.body);
		b->inl_depth--;
		return;
	}
	if (lib_inlined(n)) {
		lib_call(b, n);
		return;
	}
	children(b, n, hoist);
}

// Pass 2: the statement's own index expressions, operands first.
static void own(Bounds *b, Node *n)
{
	if (dead(b, n) || n->is_type || n->kind == ND_INLCALL || lib_inlined(n))
		return;
	if (n->kind == ND_FUNCLIT) {
		// A literal without captures is a function of its own (walked
		// before its holder); one inside a copied body is Go's copy,
		// whose itabs count but whose bounds lines Go does not print.
		if (n->u.funclit.captures.len > 0 || b->inl_depth > 0)
			vec_push(&b->arena, &b->closures, ((Lit){n, b->inl_depth > 0 || b->quiet}));
		return;
	}
	children(b, n, own);
	if (n->kind == ND_INDEX)
		check_index(b, n);
	if (b->h && (n->kind == ND_CONV || n->kind == ND_TYPEASSERT ||
	             (n->kind == ND_CALL && n->u.call.call == CALL_CONV)))
		b->h->site(b->h->ctx, n);
}

static void group(Bounds *b, Node *e)
{
	if (dead(b, e))
		return;
	hoist(b, e);
	own(b, e);
}

static void list(Bounds *b, NodeList *l, void (*f)(Bounds *, Node *))
{
	for (int i = 0; i < l->len; i++)
		f(b, l->items[i]);
}

static void stmt(Bounds *b, Node *n)
{
	if (dead(b, n))
		return;
	switch (n->kind) {
	case ND_BLOCK: list(b, &n->u.block.stmts, stmt); return;
	case ND_LABELED: stmt(b, n->u.labeled.stmt); return;
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++) {
			Node *sp = n->u.decl.specs.items[i];
			if (sp->kind == ND_VARSPEC)
				list(b, &sp->u.spec.values, group);
		}
		return;
	case ND_ASSIGN: {
		// One statement: every inlined body first, then left to right.
		for (int i = 0; i < n->u.assign.lhs.len; i++)
			hoist(b, n->u.assign.lhs.items[i]);
		list(b, &n->u.assign.rhs, hoist);
		list(b, &n->u.assign.lhs, own);
		list(b, &n->u.assign.rhs, own);
		return;
	}
	case ND_RETURN:
		list(b, &n->u.ret.results, hoist);
		list(b, &n->u.ret.results, own);
		return;
	case ND_SEND:
		hoist(b, n->u.send.ch);
		hoist(b, n->u.send.value);
		own(b, n->u.send.ch);
		own(b, n->u.send.value);
		return;
	case ND_EXPRSTMT: group(b, n->u.exprstmt.x); return;
	case ND_INCDEC: group(b, n->u.incdec.x); return;
	case ND_GO: case ND_DEFER: group(b, n->u.go.call); return;
	case ND_INLDONE: stmt(b, n->u.inl_done.assign); return;
	case ND_IF:
		stmt(b, n->u.ifs.init);
		group(b, n->u.ifs.cond);
		stmt(b, n->u.ifs.then);
		stmt(b, n->u.ifs.els);
		return;
	case ND_FOR:
		stmt(b, n->u.fors.init);
		group(b, n->u.fors.cond);
		stmt(b, n->u.fors.post);
		stmt(b, n->u.fors.body);
		return;
	case ND_RANGE:
		group(b, n->u.range.x);
		stmt(b, n->u.range.body);
		return;
	case ND_SWITCH: case ND_TYPESWITCH: {
		bool ts = n->kind == ND_TYPESWITCH;
		stmt(b, ts ? n->u.tsw.init : n->u.sw.init);
		group(b, ts ? n->u.tsw.x : n->u.sw.tag);
		if (ts && b->h)   // the dispatch on the case types, before any body
			b->h->site(b->h->ctx, n);
		NodeList *cl = ts ? &n->u.tsw.clauses : &n->u.sw.clauses;
		// The case values are compared before any body runs.
		for (int i = 0; i < cl->len && !ts; i++)
			if (!dead(b, cl->items[i]))
				list(b, &cl->items[i]->u.clause.list, group);
		for (int i = 0; i < cl->len; i++)
			if (!dead(b, cl->items[i]))
				list(b, &cl->items[i]->u.clause.body, stmt);
		return;
	}
	case ND_SELECT:
		for (int i = 0; i < n->u.sel_stmt.clauses.len; i++) {
			Node *c = n->u.sel_stmt.clauses.items[i];
			if (dead(b, c))
				continue;
			list(b, &c->u.clause.list, stmt);
			list(b, &c->u.clause.body, stmt);
		}
		return;
	default:
		// an expression where a statement may stand (a select case)
		if (n->kind < ND_ARRAYTYPE)
			group(b, n);
		return;
	}
}

// A function literal's own walk, then those with captures it holds (last
// met first, each followed by its own).
static void walk_func(Bounds *b, Node *body, bool quiet)
{
	int from = b->closures.len;
	bool was = b->quiet;
	b->quiet = quiet;
	stmt(b, body);
	while (b->closures.len > from) {
		Lit l = b->closures.items[--b->closures.len];
		walk_func(b, l.lit->u.funclit.body, l.quiet);
	}
	b->quiet = was;
}

// Literals without captures, innermost first, in source order.
static bool trivial_visit(Node *n, void *ctx)
{
	Bounds *b = ctx;
	if (esc_node_dead(n))
		return false;
	if (n->kind != ND_FUNCLIT)
		return n->kind != ND_INLCALL;
	esc_visit(n->u.funclit.body, trivial_visit, b);
	if (n->u.funclit.captures.len == 0)
		walk_func(b, n->u.funclit.body, false);
	return false;
}

void esc_walk_report(Program *prog, int m_level, const EscWalkHooks *h)
{
	if (m_level <= 0 || !prog)
		return;
	Bounds b = {.h = h && h->site ? h : NULL};
	for (int i = 0; i < prog->funcs.len; i++) {
		Sym *fn = prog->funcs.items[i];
		if (!fn->body || (fn->name && strcmp(fn->name, "_") == 0))
			continue;
		if (b.h && b.h->func)
			b.h->func(b.h->ctx, fn, true);
		esc_visit(fn->body, trivial_visit, &b);
		if (b.h && b.h->func)
			b.h->func(b.h->ctx, fn, false);
		walk_func(&b, fn->body, false);
	}
	// Go's package init function, compiled after every function: what the
	// initialisers inline has its lines there (bench revcomp's
	// `var complement = makeComplement()`); its itabs are inl_wrappers_end's.
	b.h = NULL;
	int from = b.closures.len;
	for (int i = 0; i < prog->init_order.len; i++) {
		Node *sp = prog->init_order.items[i];
		if (sp->kind == ND_VARSPEC)
			list(&b, &sp->u.spec.values, group);
	}
	while (b.closures.len > from) {
		Lit l = b.closures.items[--b.closures.len];
		walk_func(&b, l.lit->u.funclit.body, l.quiet);
	}
	arena_free(&b.arena);
}
