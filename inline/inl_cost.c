// inl_cost.c: Go 1.19's inlining cost of a function body.
//
// Go charges one unit per node of its typechecked IR, plus extras (57 for
// a call that stays a call, the callee's own cost for one that inlines,
// 15 for a closure, one for a panic), minus a few nodes it deems free
// (conversions that change no bits, blocks, constant declarations). Our
// AST is not Go's IR: the checker keeps `x := v` as one node where Go has
// a declaration plus an assignment, folds no constants, keeps `a+b+c` as
// two additions where Go has one n-ary concatenation... So each case
// below counts what Go's IR holds for the construct, not our nodes. The
// numbers were measured with `go build -gcflags=-m=2` on one-construct
// functions (tests/inline/costs.mgo keeps them).
#include "inline/inl_internal.h"

typedef struct Cost {
	InlState *s;
	Sym *fn;               // the function being costed (static callees)
	int64_t budget;        // what is left of INL_BUDGET
	const char *reason;    // set when the body can never inline
	bool stop_early;       // -m < 2: give up once over budget
	bool count_only;       // count nodes only (big-function test)
} Cost;

static bool cost_node(Cost *c, Node *n);

static bool cost_list(Cost *c, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		if (cost_node(c, l->items[i]))
			return true;
	return false;
}

// Charges k units; true when Go would stop counting here.
static bool charge(Cost *c, int64_t k)
{
	c->budget -= k;
	if (c->budget < 0 && c->stop_early) {
		c->reason = "too expensive";
		return true;
	}
	return false;
}

static bool hairy(Cost *c, const char *why)
{
	if (c->count_only)
		return false;   // the node count goes on through anything
	c->reason = why;
	return true;
}

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

static bool is_blank(Node *n)
{
	n = ast_unparen(n);
	return n && n->kind == ND_IDENT && strcmp(n->u.ident.name, "_") == 0;
}

// A constant expression is one literal in Go's IR.
static bool is_const(Node *n)
{
	return n && n->cval && !n->is_type;
}

static bool is_nil(Node *n)
{
	n = ast_unparen(n);
	return n && n->kind == ND_IDENT && n->u.ident.sym && n->u.ident.sym->kind == SYM_NIL;
}

// Go's SimType: int is int64 and uint, uintptr are uint64 on amd64, so a
// conversion between them changes no bits.
static int sim_kind(TypeKind k)
{
	switch (k) {
	case TY_INT: return TY_INT64;
	case TY_UINT: case TY_UINTPTR: return TY_UINT64;
	default: return k;
	}
}

// Go's OCONVNOP: a conversion that costs nothing.
static bool conv_is_noop(Type *to, Type *from)
{
	Type *t = under(to), *f = under(from);
	if (!t || !f)
		return true;
	// Go keeps float conversions real (OCONV) even between identical
	// underlying types: they may round.
	if (type_is_float(t) || type_is_float(f))
		return false;
	if (type_identical(t, f))
		return true;
	if (t->kind == TY_POINTER && f->kind == TY_POINTER && to->kind != TY_NAMED &&
	    from->kind != TY_NAMED && type_identical(under(t->elem), under(f->elem)))
		return true;
	if (type_is_numeric(t) && type_is_numeric(f) && t->kind <= TY_FLOAT64 && f->kind <= TY_FLOAT64)
		return sim_kind(t->kind) == sim_kind(f->kind);
	return false;
}

// A conversion to an interface type needs no code when the operand has
// that very type, or when both are empty interfaces; between different
// non-empty interface types Go rebuilds the itab (OCONVIFACE).
static bool iface_conv_is_noop(Type *to, Type *from)
{
	if (!to || !from)
		return true;
	if (type_identical(to, from))
		return true;
	Type *t = under(to), *f = under(from);
	return t->kind == TY_INTERFACE && f->kind == TY_INTERFACE &&
		f->methods.len == 0 && t->methods.len == 0;
}

// Elements of a composite literal of type t.
static bool cost_composite(Cost *c, Node *n, Type *t)
{
	Type *u = under(t);
	if (u && u->kind == TY_POINTER) {
		// An elided &T in [] *T{{...}}: an OPTRLIT around the literal.
		if (charge(c, 1))
			return true;
		u = under(u->elem);
	}
	int64_t self = u && u->kind == TY_SLICE ? 2 : 1;   // Go charges slice literals twice
	if (charge(c, self))
		return true;
	NodeList *l = &n->u.composite.elems;
	for (int i = 0; i < l->len; i++) {
		Node *e = l->items[i];
		Node *v = e;
		if (e->kind == ND_KEYVALUE) {
			v = e->u.kv.value;
			// struct keys are field names, not nodes; array, slice and map
			// keys are expressions under an OKEY
			bool field_key = u && u->kind == TY_STRUCT;
			if (charge(c, 1))
				return true;
			if (!field_key && cost_node(c, e->u.kv.key))
				return true;
		} else if (u && (u->kind == TY_STRUCT || u->kind == TY_MAP)) {
			if (charge(c, 1))  // positional struct fields get an OSTRUCTKEY
				return true;
		}
		if (v->kind == ND_COMPOSITE && !v->u.composite.ctype) {
			if (cost_composite(c, v, v->type))
				return true;
		} else if (cost_node(c, v)) {
			return true;
		}
	}
	return false;
}

static bool is_addstr(Node *x)
{
	return x->kind == ND_BINARY && x->u.binary.op == TOK_ADD && !is_const(x) && type_is_string(x->type);
}

// Operands of Go's n-ary string concatenation: a non-constant
// concatenation on either side (parenthesised too) joins the list.
static void addstr_operands(Cost *c, Node *n, bool *stop)
{
	Node *side[2] = {ast_unparen(n->u.binary.x), ast_unparen(n->u.binary.y)};
	for (int i = 0; i < 2 && !*stop; i++) {
		if (is_addstr(side[i]))
			addstr_operands(c, side[i], stop);
		else
			*stop = cost_node(c, side[i]);
	}
}

// Go's OADDR: &x of anything but a composite literal (&T{...} is an
// OPTRLIT, which earns no discount under a *).
static bool is_addr_of_var(Node *x)
{
	if (x->kind != ND_UNARY || x->u.unary.op != TOK_AND)
		return false;
	Node *y = ast_unparen(x->u.unary.x);
	return y->kind != ND_COMPOSITE;
}

// The receiver expression of a method call, with Go's implicit & and *
// and the embedded fields walked on the way.
static bool cost_receiver(Cost *c, Node *sel, bool call)
{
	// Go charges nothing for the implicit * of *&x.
	(void)call;
	Node *x = ast_unparen(sel->u.sel.x);
	bool deref = sel->u.sel.implicit_deref &&
		!is_addr_of_var(x);
	int64_t k = sel->u.sel.npath + sel->u.sel.implicit_addr + deref;
	if (charge(c, k))
		return true;
	return cost_node(c, sel->u.sel.x);
}

// Whether evaluating n calls or receives (conversions, new and make do
// not count): Go then evaluates a callee or receiver holding such an
// expression into a temporary before the call.
static bool has_call(Node *n)
{
	if (!n || n->cval || n->is_type)
		return false;
	switch (n->kind) {
	case ND_CALL: {
		CallKind k = n->u.call.call;
		Builtin b = n->u.call.builtin;
		if (k != CALL_CONV && !(k == CALL_BUILTIN && (b == BI_NEW || b == BI_MAKE)))
			return true;
		if (has_call(n->u.call.fn))
			return true;
		for (int i = 0; i < n->u.call.args.len; i++)
			if (has_call(n->u.call.args.items[i]))
				return true;
		return false;
	}
	case ND_UNARY:
		return n->u.unary.op == TOK_ARROW || has_call(n->u.unary.x);
	case ND_PAREN: return has_call(n->u.paren.x);
	case ND_CONV: return has_call(n->u.conv.x);
	case ND_SELECTOR: return n->u.sel.sel != SEL_PKG && has_call(n->u.sel.x);
	case ND_INDEX: return has_call(n->u.index.x) || has_call(n->u.index.index);
	case ND_SLICE:
		return has_call(n->u.slice.x) || has_call(n->u.slice.lo) ||
			has_call(n->u.slice.hi) || has_call(n->u.slice.max);
	case ND_TYPEASSERT: return has_call(n->u.assert.x);
	case ND_STAR: return has_call(n->u.star.x);
	case ND_BINARY: return has_call(n->u.binary.x) || has_call(n->u.binary.y);
	case ND_KEYVALUE: return has_call(n->u.kv.key) || has_call(n->u.kv.value);
	case ND_COMPOSITE:
		for (int i = 0; i < n->u.composite.elems.len; i++)
			if (has_call(n->u.composite.elems.items[i]))
				return true;
		return false;
	default:
		return false;
	}
}

// The temporary for a callee or receiver that calls: its assignment, its
// name there and its name at the call.
static int64_t callee_tmp_extra(Node *call)
{
	Node *x = ast_unparen(call->u.call.fn);
	if (x->kind == ND_SELECTOR &&
	    (x->u.sel.sel == SEL_METHOD || x->u.sel.sel == SEL_IFACE_METHOD))
		x = x->u.sel.x;
	return has_call(x) ? 3 : 0;
}

// f(g()) with a multi-valued g: Go assigns the results to temporaries
// first (a declaration and a use each, plus the assignment).
static int64_t tuple_arg_extra(Node *call)
{
	NodeList *a = &call->u.call.args;
	if (a->len != 1 || !a->items[0]->type || a->items[0]->type->kind != TY_TUPLE)
		return 0;
	Type *tup = a->items[0]->type;
	int64_t n = tup->fields.len;
	int64_t extra = 1 + 4 * n;
	Type *sig = call->u.call.ftype;
	if (call->u.call.call == CALL_BUILTIN && call->u.call.builtin == BI_APPEND) {
		// append(g()): the results after the slice are its elements
		Type *st = n ? under(tup->fields.items[0].type) : NULL;
		Type *et = st && st->kind == TY_SLICE ? st->elem : NULL;
		for (int i = 1; et && i < n; i++)
			if (type_is_interface(et) && !iface_conv_is_noop(et, tup->fields.items[i].type))
				extra++;
	} else if (sig) {
		for (int i = 0; i < n; i++) {
			Type *pt = NULL;
			if (sig->variadic && i >= sig->fields.len - 1)
				pt = sig->fields.items[sig->fields.len - 1].type->elem;
			else if (i < sig->fields.len)
				pt = sig->fields.items[i].type;
			if (pt && type_is_interface(pt) && !iface_conv_is_noop(pt, tup->fields.items[i].type))
				extra++;
		}
	}
	return extra;
}

// `return g()` into interface results: one conversion per such result.
static int64_t tuple_result_convs(Sym *fn, Type *tup)
{
	int64_t k = 0;
	for (int i = 0; fn && i < fn->results.len && i < tup->fields.len; i++) {
		Type *rt = fn->results.items[i]->type;
		if (rt && type_is_interface(rt) && !iface_conv_is_noop(rt, tup->fields.items[i].type))
			k++;
	}
	return k;
}

static bool cost_builtin(Cost *c, Node *n)
{
	NodeList *a = &n->u.call.args;
	switch (n->u.call.builtin) {
	case BI_RECOVER:
		return hairy(c, "call to recover");
	case BI_NEW:
		return charge(c, 2);               // ONEW and its type operand
	case BI_MAKE: {
		// make(map[K]V) and make(chan T) get Go's implicit size 0
		Type *u = under(n->type);
		bool zero = a->len == 1 && u && (u->kind == TY_MAP || u->kind == TY_CHAN);
		if (charge(c, 1 + zero))
			return true;
		for (int i = 1; i < a->len; i++)
			if (cost_node(c, a->items[i]))
				return true;
		return false;
	}
	case BI_PANIC: {
		// Go lets the implicit interface conversion of panic's argument go free.
		Node *x = a->len ? a->items[0] : NULL;
		bool free_conv = x && x->kind == ND_CONV && x->u.conv.conv == CONV_IFACE;
		if (charge(c, c->count_only ? 1 : 2 - free_conv))
			return true;
		return x && cost_node(c, x);
	}
	default:
		if (charge(c, 1 + (c->count_only ? 0 : tuple_arg_extra(n))))
			return true;
		return cost_list(c, a);
	}
}

static int utf8_runes(Str s)
{
	int k = 0;
	for (int64_t i = 0; i < s.len; i++)
		k += ((unsigned char)s.ptr[i] & 0xC0) != 0x80;
	return k;
}

static bool cost_conversion(Cost *c, Node *n)
{
	Node *x = n->u.call.args.len ? n->u.call.args.items[0] : NULL;
	if (!x)
		return charge(c, 1);
	if (is_nil(x))
		return cost_node(c, x);
	bool noop = type_is_interface(n->type) ? iface_conv_is_noop(n->type, ast_unparen(x)->type)
		: conv_is_noop(n->type, ast_unparen(x)->type);
	if (charge(c, noop ? 0 : 1))
		return true;
	// []rune("const") is a []rune{...} literal to Go: three nodes a rune.
	Type *t = n->type ? type_underlying(n->type) : NULL;
	if (t && t->kind == TY_SLICE && t->elem && type_underlying(t->elem)->kind == TY_INT32 &&
	    x->cval && x->cval->kind == CV_STRING && charge(c, 3 * utf8_runes(x->cval->s)))
		return true;
	return cost_node(c, x);
}

static bool cost_call(Cost *c, Node *n)
{
	if (is_const(n))
		return charge(c, 1);
	Node *fn = ast_unparen(n->u.call.fn);
	switch (n->u.call.call) {
	case CALL_CONV:
		return cost_conversion(c, n);
	case CALL_BUILTIN:
		return cost_builtin(c, n);
	case CALL_UNRESOLVED:
		return charge(c, 1 + INL_CALL_COST);
	case CALL_IFACE:
		// OCALLINTER: the call, the ODOTINTER and the receiver
		if (charge(c, 1 + (c->count_only ? 0 : INL_CALL_COST) + 1))
			return true;
		if (fn->kind == ND_SELECTOR && cost_receiver(c, fn, true))
			return true;
		break;
	case CALL_FMT: case CALL_SYNC: {
		const char *name;
		int k = inl_stdlib_cost(n, &name);
		if (charge(c, 1 + (c->count_only ? 0 : k >= 0 ? k : k == -2 ? 0 : INL_CALL_COST)))
			return true;
		if (fn->kind == ND_SELECTOR && n->u.call.call == CALL_SYNC) {
			// (*sync.T).M(&x): the method expression and the receiver
			// A library value method on a value takes no address (time.Time.Year).
			bool addr = n->u.call.builtin != BI_LIB && !fn->u.sel.implicit_addr &&
				!type_is_pointer(fn->u.sel.x->type);
			if (charge(c, 1 + addr))
				return true;
			if (cost_receiver(c, fn, true))
				return true;
		} else if (charge(c, 1)) {
			return true;
		}
		break;
	}
	case CALL_FUNC: case CALL_METHOD: case CALL_METHODEXPR: case CALL_VALUE: case CALL_FUNCLIT: {
		int64_t k = INL_CALL_COST;
		if (!c->count_only) {
			Sym *callee = inl_static_callee(c->s, n, c->fn);
			if (callee && callee->inl_ok)
				k = callee->inl_cost;
		} else {
			k = 0;
		}
		if (charge(c, 1 + k))
			return true;
		if (n->u.call.call == CALL_METHOD && fn->kind == ND_SELECTOR) {
			if (charge(c, 1) || cost_receiver(c, fn, true))   // OMETHEXPR's type node
				return true;
		} else if (n->u.call.call == CALL_METHODEXPR) {
			if (charge(c, 1))
				return true;
		} else if (cost_node(c, fn)) {
			return true;
		}
		break;
	}
	}
	if (!c->count_only && charge(c, tuple_arg_extra(n) + callee_tmp_extra(n)))
		return true;
	return cost_list(c, &n->u.call.args);
}

static bool cost_selector(Cost *c, Node *n)
{
	switch (n->u.sel.sel) {
	case SEL_FIELD:
		if (charge(c, 1 + n->u.sel.npath))
			return true;
		return cost_node(c, n->u.sel.x);
	case SEL_METHOD: case SEL_IFACE_METHOD:
		// a method value: OMETHVALUE, which Go charges twice
		if (charge(c, 2))
			return true;
		return cost_receiver(c, n, false);
	case SEL_METHODEXPR: case SEL_PKG: case SEL_UNRESOLVED:
		return charge(c, 1);
	}
	return charge(c, 1);
}

// `a, b = f()` where some result's type differs from its variable's: Go
// assigns the results to temporaries first (1 + 4 a result, as for
// f(g())), then assigns those, converted, to the variables.
static int64_t tuple_assign_extra(NodeList *l, NodeList *r)
{
	if (r->len != 1 || l->len < 2 || ast_unparen(r->items[0])->kind != ND_CALL ||
	    !r->items[0]->type || r->items[0]->type->kind != TY_TUPLE)
		return 0;
	Type *tup = r->items[0]->type;
	bool mismatched = false;
	int64_t convs = 0;
	for (int i = 0; i < l->len && i < tup->fields.len; i++) {
		Type *lt = l->items[i]->type, *rt = tup->fields.items[i].type;
		if (is_blank(l->items[i]) || !lt || !rt || type_identical(lt, rt))
			continue;
		mismatched = true;
		if (type_is_interface(lt) && !iface_conv_is_noop(lt, rt))
			convs++;
	}
	return mismatched ? 1 + 4 * (int64_t)tup->fields.len + convs : 0;
}

// `x := v`, `a, b = f()`, `x += 1`: one assignment node plus a declaration
// (two nodes) per new variable.
static bool cost_assign(Cost *c, Node *n)
{
	NodeList *l = &n->u.assign.lhs;
	int64_t k = 1 + (c->count_only ? 0 : tuple_assign_extra(l, &n->u.assign.rhs));
	if (n->u.assign.op == TOK_DEFINE && n->u.assign.is_new)
		for (int i = 0; i < l->len; i++)
			if (n->u.assign.is_new[i] && !is_blank(l->items[i]))
				k += 2;
	if (charge(c, k))
		return true;
	if (cost_list(c, l))
		return true;
	return cost_list(c, &n->u.assign.rhs);
}

// `var a, b T = x, y`: per name a declaration (two nodes) and an assignment.
static bool cost_varspec(Cost *c, Node *n)
{
	NodeList *names = &n->u.spec.names, *vals = &n->u.spec.values;
	if (vals->len && vals->len != names->len) {
		// var a, b = f(): declarations, then one multi-assignment
		int64_t k = 1 + (c->count_only ? 0 : tuple_assign_extra(names, vals));
		for (int i = 0; i < names->len; i++)
			k += is_blank(names->items[i]) ? 0 : 2;
		if (charge(c, k) || cost_list(c, names))
			return true;
		return cost_list(c, vals);
	}
	for (int i = 0; i < names->len; i++) {
		bool blank = is_blank(names->items[i]);
		if (charge(c, (blank ? 0 : 2) + 1) || cost_node(c, names->items[i]))
			return true;
		if (vals->len && cost_node(c, vals->items[i]))
			return true;
	}
	return false;
}

// A select case: a send stays a send, but every receive becomes Go's
// two-value receive assignment (`_, _ = <-c` for a bare `<-c`).
static bool cost_comm(Cost *c, Node *comm)
{
	if (comm->kind == ND_EXPRSTMT)
		comm = comm->u.exprstmt.x;
	if (comm->kind == ND_SEND)
		return cost_node(c, comm);
	if (comm->kind != ND_ASSIGN)
		return charge(c, 3) || cost_node(c, comm);
	NodeList *l = &comm->u.assign.lhs;
	int64_t k = 1 + (2 - l->len);
	if (comm->u.assign.op == TOK_DEFINE && comm->u.assign.is_new)
		for (int i = 0; i < l->len; i++)
			if (comm->u.assign.is_new[i] && !is_blank(l->items[i]))
				k += 2;
	if (charge(c, k) || cost_list(c, l))
		return true;
	return cost_list(c, &comm->u.assign.rhs);
}

static bool cost_clauses(Cost *c, NodeList *l, bool type_switch_bind, bool select)
{
	for (int i = 0; i < l->len; i++) {
		Node *cl = l->items[i];
		if (inl_dead(cl))
			continue;
		int64_t k = 1;
		if (type_switch_bind)
			k++;   // the clause's own copy of the bound variable
		if (charge(c, k))
			return true;
		if (select) {
			if (cl->u.clause.list.len && cost_comm(c, cl->u.clause.list.items[0]))
				return true;
			if (cost_list(c, &cl->u.clause.body))
				return true;
			continue;
		}
		if (cl->kind == ND_CASECLAUSE) {
			for (int j = 0; j < cl->u.clause.list.len; j++) {
				Node *e = cl->u.clause.list.items[j];
				if (inl_dead(e))
					continue;
				// Go compares a concrete value with an interface one
				// without converting either until it lowers the switch.
				if (e->kind == ND_CONV && e->u.conv.conv == CONV_IFACE)
					e = e->u.conv.x;
				if (e->is_type ? charge(c, 1) : cost_node(c, e))
					return true;
			}
		} else if (cost_list(c, &cl->u.clause.list)) {
			return true;
		}
		if (cost_list(c, &cl->u.clause.body))
			return true;
	}
	return false;
}

static bool cost_range(Cost *c, Node *n)
{
	int64_t k = 1;
	Node *key = n->u.range.key, *val = n->u.range.value;
	if (n->u.range.define) {
		if (key && !is_blank(key))
			k += 2;
		if (val && !is_blank(val))
			k += 2;
	}
	if (charge(c, k))
		return true;
	if (cost_node(c, n->u.range.x) || cost_node(c, key) || cost_node(c, val))
		return true;
	return cost_node(c, n->u.range.body);
}

static bool cost_funclit(Cost *c, Node *n)
{
	if (c->count_only)
		return charge(c, 1);
	// Go takes the closure's 15 before its body without looking at the
	// budget, and the literal's own unit after the body: a call in the
	// body can still be reached (and its closure callee judged, printing
	// "can inline") with one unit less spent than in a charge of 16 first.
	c->budget -= INL_CLOSURE_COST;
	Sym *saved = c->fn;
	c->fn = n->u.funclit.fn ? n->u.funclit.fn : saved;
	bool stop = cost_node(c, n->u.funclit.body);
	c->fn = saved;
	return stop || charge(c, 1);
}

int inl_fold_cond(Node *cond)
{
	Node *u = ast_unparen(cond);
	for (;;) {
		if (u->cval && u->cval->kind == CV_BOOL)
			return u->cval->b;
		if (u->kind != ND_BINARY || (u->u.binary.op != TOK_LAND && u->u.binary.op != TOK_LOR))
			return -1;
		Node *x = ast_unparen(u->u.binary.x);
		if (!x->cval || x->cval->kind != CV_BOOL)
			return -1;
		bool is_and = u->u.binary.op == TOK_LAND;
		if (x->cval->b != is_and)
			return x->cval->b;
		u = ast_unparen(u->u.binary.y);
	}
}

static bool cost_node(Cost *c, Node *n)
{
	if (!n || inl_dead(n))
		return false;
	if (is_const(n) && n->kind != ND_FUNCLIT && n->kind < ND_ARRAYTYPE)
		return charge(c, 1);
	switch (n->kind) {
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT:
	case ND_STRINGLIT:
		return charge(c, 1);
	case ND_PAREN:
		return cost_node(c, n->u.paren.x);
	case ND_COMPOSITE:
		return cost_composite(c, n, n->type);
	case ND_FUNCLIT:
		return cost_funclit(c, n);
	case ND_SELECTOR:
		return cost_selector(c, n);
	case ND_INDEX: {
		Type *xt = under(n->u.index.x->type);
		bool deref = xt && xt->kind == TY_POINTER;  // p[i] on *[N]T
		if (charge(c, 1 + deref) || cost_node(c, n->u.index.x))
			return true;
		return cost_node(c, n->u.index.index);
	}
	case ND_SLICE: {
		Type *xt = under(n->u.slice.x->type);
		bool addr = xt && xt->kind == TY_ARRAY;     // a[i:j] slices &a
		if (charge(c, 1 + addr) || cost_node(c, n->u.slice.x))
			return true;
		return cost_node(c, n->u.slice.lo) || cost_node(c, n->u.slice.hi) ||
			cost_node(c, n->u.slice.max);
	}
	case ND_TYPEASSERT:
		if (charge(c, 1))
			return true;
		return cost_node(c, n->u.assert.x);
	case ND_CALL:
		return cost_call(c, n);
	case ND_STAR: {
		Node *x = ast_unparen(n->u.star.x);
		bool free = !c->count_only && is_addr_of_var(x);
		if (charge(c, free ? 0 : 1))
			return true;
		return cost_node(c, n->u.star.x);
	}
	case ND_UNARY:
		if (charge(c, 1))
			return true;
		return cost_node(c, n->u.unary.x);
	case ND_BINARY:
		if (n->u.binary.op == TOK_ADD && type_is_string(n->type)) {
			bool stop = charge(c, 1);
			if (!stop)
				addstr_operands(c, n, &stop);
			return stop;
		}
		if (charge(c, 1) || cost_node(c, n->u.binary.x))
			return true;
		return cost_node(c, n->u.binary.y);
	case ND_KEYVALUE:
		return cost_node(c, n->u.kv.key) || cost_node(c, n->u.kv.value);
	case ND_CONV: {
		Node *x = n->u.conv.x;
		// v, ok = x.(T) into an interface v: Go converts only when it
		// lowers the statement, after the inliner has counted.
		bool commaok = (x->type && x->type->kind == TY_TUPLE) ||
			(n->type && n->type->kind == TY_TUPLE);
		if (n->u.conv.conv == CONV_IFACE && !commaok) {
			if (charge(c, 1))
				return true;
		}
		return cost_node(c, x);
	}
	case ND_BLOCK:
		return cost_list(c, &n->u.block.stmts);
	case ND_EXPRSTMT:
		return cost_node(c, n->u.exprstmt.x);
	case ND_SEND:
		if (charge(c, 1) || cost_node(c, n->u.send.ch))
			return true;
		return cost_node(c, n->u.send.value);
	case ND_INCDEC:
		if (charge(c, 2))   // x op= 1
			return true;
		return cost_node(c, n->u.incdec.x);
	case ND_ASSIGN:
		return cost_assign(c, n);
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++) {
			Node *sp = n->u.decl.specs.items[i];
			if (sp->kind == ND_TYPESPEC)
				return hairy(c, "unhandled op DCLTYPE");
			if (sp->kind == ND_VARSPEC && cost_varspec(c, sp))
				return true;
		}
		return false;
	case ND_VARSPEC:
		return cost_varspec(c, n);
	case ND_CONSTSPEC:
		return false;
	case ND_TYPESPEC:
		return hairy(c, "unhandled op DCLTYPE");
	case ND_LABELED:
		if (charge(c, 1))
			return true;
		return cost_node(c, n->u.labeled.stmt);
	case ND_GO: case ND_DEFER:
		if (hairy(c, n->kind == ND_GO ? "unhandled op GO" : "unhandled op DEFER"))
			return true;
		return charge(c, 1) || cost_node(c, n->u.go.call);
	case ND_RETURN:
		if (charge(c, 1))
			return true;
		if (!c->count_only && n->u.ret.results.len == 1) {
			Node *r = n->u.ret.results.items[0];
			if (r->type && r->type->kind == TY_TUPLE &&
			    charge(c, 1 + 4 * (int64_t)r->type->fields.len + tuple_result_convs(c->fn, r->type)))
				return true;
		}
		return cost_list(c, &n->u.ret.results);
	case ND_BRANCH:
		return charge(c, n->u.branch.tok == TOK_FALLTHROUGH ? 0 : 1);
	case ND_IF:
		if (inl_fold_cond(n->u.ifs.cond) >= 0) {
			// Go charges neither the if nor its condition, only the taken branch.
			if (cost_node(c, n->u.ifs.init))
				return true;
			return cost_node(c, inl_fold_cond(n->u.ifs.cond) ? n->u.ifs.then : n->u.ifs.els);
		}
		if (charge(c, 1) || cost_node(c, n->u.ifs.init) || cost_node(c, n->u.ifs.cond))
			return true;
		return cost_node(c, n->u.ifs.then) || cost_node(c, n->u.ifs.els);
	case ND_SWITCH:
		if (charge(c, 1) || cost_node(c, n->u.sw.init) || cost_node(c, n->u.sw.tag))
			return true;
		return cost_clauses(c, &n->u.sw.clauses, false, false);
	case ND_TYPESWITCH: {
		bool bind = n->u.tsw.bind != NULL;
		// the switch, the x.(type) guard and the bound name
		if (charge(c, 2 + bind) || cost_node(c, n->u.tsw.init) || cost_node(c, n->u.tsw.x))
			return true;
		return cost_clauses(c, &n->u.tsw.clauses, bind, false);
	}
	case ND_SELECT:
		if (charge(c, 1))
			return true;
		return cost_clauses(c, &n->u.sel_stmt.clauses, false, true);
	case ND_FOR:
		if (charge(c, 1) || cost_node(c, n->u.fors.init) || cost_node(c, n->u.fors.cond))
			return true;
		return cost_node(c, n->u.fors.post) || cost_node(c, n->u.fors.body);
	case ND_RANGE:
		return cost_range(c, n);
	case ND_EMPTY:
		return false;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		return cost_list(c, &n->u.clause.list) || cost_list(c, &n->u.clause.body);
	case ND_BAD: case ND_ARRAYTYPE: case ND_ELLIPSIS: case ND_MAPTYPE: case ND_CHANTYPE:
	case ND_FUNCTYPE: case ND_STRUCTTYPE: case ND_INTERFACETYPE: case ND_FIELD:
		return charge(c, 1);
	// The cost model runs before inl_expand: these appear only when a body
	// is costed again afterwards, and then cost what they replaced.
	case ND_INLCALL:
		return cost_node(c, n->u.inl.body);
	case ND_INLDONE:
		return charge(c, 1) || cost_node(c, n->u.inl_done.assign);
	case ND_IMPORT: case ND_FUNCDECL: case ND_FILE: case ND__COUNT:
		return false;
	}
	return false;
}

bool inl_body_cost(InlState *s, Sym *fn, int32_t *cost, const char **reason)
{
	Cost c = {
		.s = s,
		.fn = fn,
		.budget = INL_BUDGET,
		.stop_early = inl_m_level(s) < 2,
	};
	bool stop = cost_node(&c, fn->body);
	int64_t used = INL_BUDGET - c.budget;
	*cost = used > INT32_MAX ? INT32_MAX : (int32_t)used;
	if (stop && strcmp(c.reason, "too expensive") != 0) {
		*reason = c.reason;
		return false;
	}
	*reason = NULL;
	return true;
}

int64_t inl_node_count(Sym *fn)
{
	Cost c = {.budget = 0, .count_only = true, .fn = fn};
	cost_node(&c, fn->body);
	return -c.budget;
}
