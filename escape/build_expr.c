// build_expr.c: lowers expressions into flows (ESCAPE.md §1.3).
//
// esc_expr(k, e) models "evaluate e and store its value into hole k". Every
// subexpression is visited, even when its value is dropped, because it may
// contain allocations of its own (Go's graph.go makes the same point: never
// skip a subexpression to save a flow).
#include "escape/build.h"

bool esc_type_has_ptrs(Type *t)
{
	if (!t)
		return false;
	if (type_is_untyped(t))
		return true;  // Go exempts untyped values from the cut-off
	if (t->kind == TY_TUPLE)
		return true;
	return t->has_pointers;
}

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

EscFunc *esc_func_of(EscState *s, Sym *fn)
{
	if (!fn)
		return NULL;
	if (fn->esc)
		return fn->esc;
	EscFunc *f = arena_zalloc(&s->arena, sizeof *f);
	f->sym = fn;
	fn->esc = f;
	vec_push(&s->arena, &s->funcs, f);
	if (fn->outer)
		f->outer = esc_func_of(s, fn->outer);
	return f;
}

EscLoc *esc_var_loc(EscState *s, Sym *v)
{
	if (v->esc)
		return v->esc;
	// A variable the checker did not list (defensive): give it a location
	// in the function that owns it, at the current depth.
	EscFunc *fn = v->owner ? esc_func_of(s, v->owner) : s->curfn;
	EscLoc *l = esc_new_loc(s->b, fn, NULL, v, false, s->loop_depth);
	v->esc = l;
	return l;
}

static bool is_local_var(Sym *v)
{
	return v && v->kind == SYM_VAR && !v->is_global && v->owner &&
		!(v->name && strcmp(v->name, "_") == 0);
}

EscHole esc_spill_node(EscState *s, EscHole k, Node *n)
{
	return esc_spill(s->b, s->curfn, s->loop_depth, k, n);
}

void esc_discard(EscState *s, Node *n)
{
	esc_expr(s, esc_discard_hole(s->b), n);
}

bool esc_is_string_conv(Node *call)
{
	if (call->kind != ND_CALL || call->u.call.call != CALL_CONV || call->u.call.args.len != 1)
		return false;
	Type *to = under(call->type), *from = under(call->u.call.args.items[0]->type);
	if (!to || !from)
		return false;
	if (to->kind == TY_STRING)
		return from->kind == TY_SLICE || type_is_integer(from);
	if (to->kind == TY_SLICE && (from->kind == TY_STRING || from->kind == TY_UNTYPED_STRING))
		return true;
	return false;
}

// One step of a selector: the hole transform for "x.f" where x has type t.
static EscHole dot_step(EscState *s, EscHole k, Type *t, Node *where)
{
	if (under(t) && under(t)->kind == TY_POINTER)
		return esc_deref(s->b, k, where, "dot of pointer");
	return esc_note(s->b, k, where, "dot");
}

// The struct type reached through t (through one pointer, if any).
static Type *struct_of(Type *t)
{
	t = under(t);
	if (t && t->kind == TY_POINTER)
		t = under(t->elem);
	return t;
}

// Types along the embedded path of sel: types[0] = x's type, types[i] the
// type after i embedded steps. Returns the number of steps.
static int path_types(Node *sel, Type **types, int max)
{
	Type *t = sel->u.sel.x->type;
	int n = 0;
	types[n++] = t;
	for (int i = 0; i < sel->u.sel.npath && n < max; i++) {
		Type *st = struct_of(t);
		if (!st || st->kind != TY_STRUCT || sel->u.sel.path[i] >= st->fields.len)
			break;
		t = st->fields.items[sel->u.sel.path[i]].type;
		types[n++] = t;
	}
	return n;
}

// Evaluates the value a selector operates on — for a field, the struct it
// is read from; for a method, the receiver argument — into k. Embedded
// steps and the checker's implicit & / * are applied as Go's typechecker
// would have spelled them out.
static bool last_pos_visit(Node *n, void *ctx)
{
	if (n->cval)
		return false;   // Go's constants leave its position alone
	if (n->kind != ND_PAREN && n->kind != ND_CONV)
		*(Pos *)ctx = n->pos;
	return true;
}

// The &a Go inserts slicing array a, as -m=2 names it: a, at the position
// its front end last set converting a[i:j] (the last non-constant
// expression it visited, in source order).
static Node *implicit_addr_of(EscState *s, Node *sl)
{
	Pos p = sl->pos;
	Node *parts[4] = {sl->u.slice.x, sl->u.slice.lo, sl->u.slice.hi, sl->u.slice.max};
	for (int i = 0; i < 4; i++)
		if (parts[i])
			esc_visit(parts[i], last_pos_visit, &p);
	Node *x = arena_zalloc(&s->arena, sizeof *x);
	*x = *sl->u.slice.x;
	x->pos = p;
	return x;
}

// The notes' node for sel's value after its first k embedded steps,
// x.E1...Ek (x for k == 0), at the selector: Go's implicit ODOT nodes.
static Node *path_prefix(EscState *s, Node *sel, Type **types, int k)
{
	if (!s->b->keep_notes)
		return sel;
	Node *p = arena_zalloc(&s->arena, sizeof *p);
	if (k == 0) {
		*p = *sel->u.sel.x;
	} else {
		Type *st = struct_of(types[k - 1]);
		*p = *sel;
		p->id = 0;
		// (x as written: a go/defer copy of x.E holds the field, not x)
		Node *x = arena_zalloc(&s->arena, sizeof *x);
		*x = *sel->u.sel.x;
		x->id = 0;
		p->u.sel.x = x;
		p->u.sel.sel = SEL_FIELD;
		p->u.sel.npath = k - 1;
		p->u.sel.name = st->fields.items[sel->u.sel.path[k - 1]].name;
		p->u.sel.implicit_addr = p->u.sel.implicit_deref = false;
		p->type = types[k];
	}
	p->pos = sel->pos;
	return p;
}

Node *esc_recv_path_node(EscState *s, Node *sel)
{
	Type *types[64];
	int n = path_types(sel, types, 64);
	return n > 1 ? path_prefix(s, sel, types, n - 1) : sel->u.sel.x;
}

void esc_selector_base(EscState *s, EscHole k, Node *sel)
{
	Type *types[64];
	int n = path_types(sel, types, 64);
	if (sel->u.sel.sel == SEL_FIELD) {
		k = dot_step(s, k, types[n - 1], sel);
	} else if (sel->u.sel.implicit_addr || sel->u.sel.implicit_deref) {
		// Go's implicit &x / *x prints as x, at the selector.
		Node *x = path_prefix(s, sel, types, n - 1);
		k = sel->u.sel.implicit_addr ? esc_addr(s->b, k, x, "address-of") :
			esc_deref(s->b, k, x, "indirection");
	}
	for (int i = n - 2; i >= 0; i--)
		k = dot_step(s, k, types[i], n > 1 ? path_prefix(s, sel, types, i + 1) : sel);
	esc_expr(s, k, sel->u.sel.x);
}

// Method values `x.M`: the receiver is stored in the closure record and
// also passed to M whenever the value is called, with results going who
// knows where (the heap).
static void method_value(EscState *s, EscHole k, Node *n)
{
	EscHole closure_k = esc_spill_node(s, k, n);
	EscHole param_k = esc_heap_hole(s->b);
	if (n->u.sel.sel == SEL_METHOD && n->u.sel.method && n->u.sel.method->builtin &&
	    n->u.sel.method->builtin != BI_LIB) {
		// A sync method (mu.Lock): every sync receiver leaks (Go 1.19).
	} else if (n->u.sel.sel == SEL_METHOD && n->u.sel.method) {
		Sym *m = n->u.sel.method;
		EscFunc *fn = esc_func_of(s, m);
		int nres = m->results.len;
		if (nres == 0 && m->type && m->type->kind == TY_FUNC)
			nres = m->type->results.len;
		EscHole hk[16];
		int nk = 0;
		for (int i = 0; i < nres && nk < 16; i++)
			hk[nk++] = esc_heap_hole(s->b);
		param_k = esc_tag_hole(s, hk, nk, fn, 0);
	}
	EscHole ks[2] = {param_k, closure_k};
	EscHole t = esc_tee(s->b, s->curfn, s->loop_depth, ks, 2);
	if (n->u.sel.sel == SEL_METHOD)
		esc_selector_base(s, t, n);
	else
		esc_expr(s, t, n->u.sel.x);
}

static void composite(EscState *s, EscHole k, Node *n)
{
	Type *t = under(n->type);
	if (!t)
		return;
	NodeList *el = &n->u.composite.elems;
	switch (t->kind) {
	case TY_POINTER: {
		// An elided `&T{...}` inside an outer literal: `[]*T{{1}}`.
		EscHole sk = esc_spill_node(s, k, n);
		for (int i = 0; i < el->len; i++) {
			Node *e = el->items[i];
			if (e->kind == ND_KEYVALUE)
				e = e->u.kv.value;
			esc_expr(s, esc_note(s->b, sk, n, "struct literal element"), e);
		}
		return;
	}
	case TY_SLICE:
		k = esc_spill_node(s, k, n);
		for (int i = 0; i < el->len; i++) {
			Node *e = el->items[i];
			if (e->kind == ND_KEYVALUE)
				e = e->u.kv.value;
			esc_expr(s, esc_note(s->b, k, n, "slice-literal-element"), e);
		}
		return;
	case TY_MAP:
		esc_spill_node(s, k, n);
		// Map keys and values always live in the map's heap buckets.
		for (int i = 0; i < el->len; i++) {
			Node *e = el->items[i];
			if (e->kind != ND_KEYVALUE)
				continue;
			esc_assign_heap(s, e->u.kv.key, "map literal key", n);
			esc_assign_heap(s, e->u.kv.value, "map literal value", n);
		}
		return;
	case TY_ARRAY:
		for (int i = 0; i < el->len; i++) {
			Node *e = el->items[i];
			if (e->kind == ND_KEYVALUE)
				e = e->u.kv.value;
			esc_expr(s, esc_note(s->b, k, n, "array literal element"), e);
		}
		return;
	default:
		for (int i = 0; i < el->len; i++) {
			Node *e = el->items[i];
			if (e->kind == ND_KEYVALUE)
				e = e->u.kv.value;
			esc_expr(s, esc_note(s->b, k, n, "struct literal element"), e);
		}
		return;
	}
}

static void func_lit(EscState *s, EscHole k, Node *n)
{
	k = esc_spill_node(s, k, n);
	EscClosure c = {.k = k, .lit = n};
	vec_push(&s->arena, &s->closures, c);
	Sym *fsym = n->u.funclit.fn;
	EscFunc *fn = esc_func_of(s, fsym);
	if (fsym && !fsym->outer)
		return;  // a package-level literal is a function of its own (batch.c)
	SymList *caps = &n->u.funclit.captures;
	for (int i = 0; i < caps->len; i++) {
		EscLoc *l = esc_var_loc(s, caps->items[i]);
		if (!l->captured) {
			l->captured = true;
			// Reassignments in straight-line code before the first
			// capture do not matter: the closure sees the final value.
			if (l->loop_depth == s->loop_depth)
				l->reassigned = false;
		}
	}
	EscFunc *saved = s->curfn;
	int saved_depth = s->loop_depth;
	s->curfn = fn;
	s->loop_depth = 1;
	if (fn)
		fn->state = ESC_FN_STARTED;
	if (fsym && fsym->body)
		esc_block(s, fsym->body);
	else
		esc_block(s, n->u.funclit.body);
	s->curfn = saved;
	s->loop_depth = saved_depth;
}

// String concatenation: Go flattens left-nested `a + b + c` into one
// allocation; the operands themselves never escape.
static bool is_string_add(Node *n);

static void add_strings(EscState *s, Node *n)
{
	Node *ops[2] = {n->u.binary.x, n->u.binary.y};
	for (int i = 0; i < 2; i++) {
		Node *x = ast_unparen(ops[i]);
		if (is_string_add(x))
			add_strings(s, x);
		else
			esc_discard(s, ops[i]);
	}
}

static bool is_string_add(Node *n)
{
	return n->kind == ND_BINARY && n->u.binary.op == TOK_ADD && !n->cval && n->type &&
		type_is_string(n->type);
}

static void conversion(EscState *s, EscHole k, Node *n, Node *x, bool to_iface)
{
	if (to_iface) {
		Type *xt = x->type;
		if (xt && !type_is_interface(xt) && !type_is_pointer_shaped(xt))
			k = esc_spill_node(s, k, n);
		esc_expr(s, esc_note(s->b, k, n, "interface-converted"), x);
		return;
	}
	esc_expr(s, k, x);
}

static Node *unconv(Node *n)
{
	Node *u = ast_unparen(n);
	if (u->kind == ND_CONV && u->u.conv.conv == CONV_IFACE)
		return u->u.conv.x;
	return n;
}

void esc_expr(EscState *s, EscHole k, Node *n)
{
	if (!n || esc_is_dead(s, n))
		return;
	EscBatch *b = s->b;
	if (n->is_type)
		return;
	if (k.derefs >= 0 && n->type && !esc_type_has_ptrs(n->type))
		k.dst = &b->blank;

	switch (n->kind) {
	case ND_CONV:
		if (n->u.conv.conv == CONV_IFACE && n->type && type_is_interface(n->type))
			conversion(s, k, n, n->u.conv.x, true);
		else
			esc_expr(s, k, n->u.conv.x);
		return;
	default:
		break;
	}
	if (n->cval)
		return;  // constants: no storage, no subexpressions that matter

	switch (n->kind) {
	case ND_IDENT: {
		Sym *v = n->u.ident.sym;
		if (is_local_var(v))
			esc_flow(b, k, esc_var_loc(s, v));
		return;
	}
	case ND_PAREN:
		esc_expr(s, k, n->u.paren.x);
		return;
	case ND_COMPOSITE:
		composite(s, k, n);
		return;
	case ND_FUNCLIT:
		func_lit(s, k, n);
		return;
	case ND_SELECTOR:
		switch (n->u.sel.sel) {
		case SEL_FIELD:
			esc_selector_base(s, k, n);
			return;
		case SEL_METHOD:
		case SEL_IFACE_METHOD:
			method_value(s, k, n);
			return;
		case SEL_METHODEXPR:
		case SEL_PKG:
		case SEL_UNRESOLVED:
			return;
		}
		return;
	case ND_INDEX: {
		Type *xt = under(n->u.index.x->type);
		if (xt && xt->kind == TY_MAP) {
			esc_discard(s, n->u.index.x);
		} else if (xt && xt->kind == TY_ARRAY) {
			esc_expr(s, esc_note(b, k, n, "fixed-array-index-of"), n->u.index.x);
		} else if (xt && xt->kind == TY_POINTER) {
			// p[i] on *[N]T is (*p)[i], Go's implicit * printed as p, at p.
			k = esc_note(b, k, n, "fixed-array-index-of");
			esc_expr(s, esc_deref(b, k, n->u.index.x, "indirection"), n->u.index.x);
		} else {
			esc_expr(s, esc_deref(b, k, n, "dot of pointer"), n->u.index.x);
		}
		esc_discard(s, n->u.index.index);
		return;
	}
	case ND_SLICE: {
		Type *xt = under(n->u.slice.x->type);
		EscHole sk = esc_note(b, k, n, "slice");
		if (xt && xt->kind == TY_ARRAY)   // a[i:j] is (&a)[i:j]
			sk = esc_addr(b, sk, b->keep_notes ? implicit_addr_of(s, n) : n, "address-of");
		esc_expr(s, sk, n->u.slice.x);
		esc_discard(s, n->u.slice.lo);
		esc_discard(s, n->u.slice.hi);
		esc_discard(s, n->u.slice.max);
		return;
	}
	case ND_TYPEASSERT: {
		Type *t = n->type;
		if (n->u.assert.atype && n->u.assert.atype->type)
			t = n->u.assert.atype->type;
		if (t && t->kind == TY_TUPLE && t->fields.len > 0)
			t = t->fields.items[0].type;
		if (t && !type_is_interface(t) && !type_is_pointer_shaped(t))
			k = esc_shift(k, 1);
		esc_expr(s, esc_note(b, k, n, "dot"), n->u.assert.x);
		return;
	}
	case ND_CALL:
		if (n->u.call.call == CALL_CONV) {
			Node *x = n->u.call.args.len ? n->u.call.args.items[0] : NULL;
			if (!x)
				return;
			if (n->type && type_is_interface(n->type)) {
				conversion(s, k, n, x, true);
			} else if (esc_is_string_conv(n)) {
				esc_spill_node(s, k, n);
				esc_discard(s, x);
			} else {
				esc_expr(s, k, x);
			}
			return;
		}
		if (n->u.call.call == CALL_BUILTIN) {
			NodeList *a = &n->u.call.args;
			switch (n->u.call.builtin) {
			case BI_NEW:
				esc_spill_node(s, k, n);
				return;
			case BI_MAKE: {
				Type *t = a->len ? under(a->items[0]->type) : under(n->type);
				if (!t)
					t = under(n->type);
				if (t && t->kind != TY_CHAN)
					esc_spill_node(s, k, n);
				for (int i = 1; i < a->len; i++)
					esc_discard(s, a->items[i]);
				return;
			}
			default:
				break;
			}
		}
		esc_call(s, &k, 1, n);
		return;
	case ND_STAR:
		esc_expr(s, esc_deref(b, k, n, "indirection"), n->u.star.x);
		return;
	case ND_UNARY:
		if (n->u.unary.op == TOK_AND) {
			Node *x = ast_unparen(n->u.unary.x);
			if (x->kind == ND_COMPOSITE) {
				esc_expr(s, esc_spill_node(s, k, n), x);  // &T{...}
				return;
			}
			esc_expr(s, esc_addr(b, k, n, "address-of"), n->u.unary.x);
			return;
		}
		esc_discard(s, n->u.unary.x);
		return;
	case ND_BINARY:
		if (is_string_add(n)) {
			esc_spill_node(s, k, n);
			add_strings(s, n);
			return;
		}
		// An interface compared with a concrete value needs no box.
		esc_discard(s, unconv(n->u.binary.x));
		esc_discard(s, unconv(n->u.binary.y));
		return;
	case ND_KEYVALUE:
		esc_expr(s, k, n->u.kv.value);
		return;
	case ND_INLCALL:
		if (esc_wrapper_plain(s, n)) {
			esc_expr(s, k, n->u.inl.call);
			return;
		}
		// Go's OINLCALL as an expression: its body, then its result variable.
		esc_inl_body(s, n);
		if (n->u.inl.results.len)
			esc_expr(s, k, n->u.inl.results.items[0]);
		return;
	case ND_INLDONE:
		return;
	case ND_BAD: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT:
	case ND_STRINGLIT: case ND_CONV: case ND_ARRAYTYPE: case ND_ELLIPSIS:
	case ND_MAPTYPE: case ND_CHANTYPE: case ND_FUNCTYPE: case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: case ND_FIELD:
	case ND_EMPTY: case ND_BLOCK: case ND_EXPRSTMT: case ND_SEND: case ND_INCDEC:
	case ND_ASSIGN: case ND_DECLSTMT: case ND_LABELED: case ND_GO: case ND_DEFER:
	case ND_RETURN: case ND_BRANCH: case ND_IF: case ND_SWITCH: case ND_TYPESWITCH:
	case ND_CASECLAUSE: case ND_SELECT: case ND_COMMCLAUSE: case ND_FOR: case ND_RANGE:
	case ND_IMPORT: case ND_VARSPEC: case ND_CONSTSPEC: case ND_TYPESPEC:
	case ND_FUNCDECL: case ND_FILE: case ND__COUNT:
		return;
	}
}
