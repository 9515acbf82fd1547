// nodefmt.c: Go's text for expressions and statements in escape messages.
//
// The printer reproduces cmd/compile's exprFmt on *typechecked* trees: by
// the time Go prints, method calls read `(*T).M(t)`, variadic calls
// `f(a, ... argument...)`, implicit conversions and implicit & / * are
// invisible, implicit embedded dots are visible, and parentheses come from
// operator precedence, not the source.
#include "escape/build.h"
#include "frontend/check.h"
#include "frontend/library.h"

#include <stdarg.h>
#include <stdlib.h>
// {==================== a growable string ====================

// {==================== node printer ====================

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

// type_string, except that the predeclared `any` keeps its name wherever it
// appears (Go prints []any{...} but []interface {}{...}).
static void type_buf(StrBuf *b, Type *t, int depth)
{
	if (!t || depth > 20) {
		strbuf_put(b, type_string(t));
		return;
	}
	if (t == type_any) {
		strbuf_put(b, "any");
		return;
	}
	switch (t->kind) {
	case TY_POINTER:
		strbuf_put(b, "*");
		type_buf(b, t->elem, depth + 1);
		return;
	case TY_SLICE:
		strbuf_put(b, "[]");
		type_buf(b, t->elem, depth + 1);
		return;
	case TY_ARRAY:
		strbuf_putf(b, "[%lld]", (long long)t->len);
		type_buf(b, t->elem, depth + 1);
		return;
	case TY_MAP:
		strbuf_put(b, "map[");
		type_buf(b, t->key, depth + 1);
		strbuf_put(b, "]");
		type_buf(b, t->elem, depth + 1);
		return;
	default:
		strbuf_put(b, type_string(t));
		return;
	}
}

const char *esc_type_string(Type *t)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	type_buf(&b, t, 0);
	return strbuf_done(&b, &ast_arena);
}

static int binary_prec(int op)
{
	switch (op) {
	case TOK_MUL: case TOK_QUO: case TOK_REM: case TOK_SHL: case TOK_SHR: case TOK_AND:
	case TOK_AND_NOT:
		return 6;
	case TOK_ADD: case TOK_SUB: case TOK_OR: case TOK_XOR:
		return 5;
	case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
		return 4;
	case TOK_LAND:
		return 3;
	case TOK_LOR:
		return 2;
	default:
		return 8;
	}
}

// Strips what Go's printer never shows: parentheses and implicit conversions.
static Node *skip_implicit(Node *n)
{
	for (;;) {
		if (n->kind == ND_PAREN)
			n = n->u.paren.x;
		else if (n->kind == ND_CONV)
			n = n->u.conv.x;
		else
			return n;
	}
}

static bool is_string_add(Node *n)
{
	return n->kind == ND_BINARY && n->u.binary.op == TOK_ADD && !n->cval && n->type &&
		type_is_string(n->type);
}

static int prec_of(Node *n)
{
	if (n->cval)
		return 8;
	switch (n->kind) {
	case ND_STAR:
	case ND_UNARY:
		return 7;
	case ND_BINARY:
		return binary_prec(n->u.binary.op);
	case ND_FUNCLIT:
	case ND_INLCALL:
		return 0;  // absent from Go's OpPrec: `(func literal)()`, `(~R0).X`
	case ND_CALL:
		// an inlined library call prints as its result, like ND_INLCALL
		if (n->u.call.builtin == BI_LIB && n->u.call.inl_callee &&
		    (n->u.call.call == CALL_FMT || n->u.call.call == CALL_SYNC))
			return 0;
		// make of a map or channel is absent from Go's OpPrec too:
		// (make(chan T)) <- x
		if (n->u.call.call == CALL_BUILTIN && n->u.call.builtin == BI_MAKE && under(n->type) &&
		    (under(n->type)->kind == TY_MAP || under(n->type)->kind == TY_CHAN))
			return 0;
		return 8;
	default:
		return 8;
	}
}

static void fmt_node(StrBuf *b, Node *n, int prec);

static void fmt_list(StrBuf *b, NodeList *l, int from)
{
	for (int i = from; i < l->len; i++) {
		if (i > from)
			strbuf_put(b, ", ");
		fmt_node(b, l->items[i], 0);
	}
}

static void fmt_string_add(StrBuf *b, Node *n, bool *first)
{
	Node *ops[2] = {n->u.binary.x, n->u.binary.y};
	for (int i = 0; i < 2; i++) {
		Node *x = skip_implicit(ops[i]);
		if (is_string_add(x)) {
			fmt_string_add(b, x, first);
			continue;
		}
		if (!*first)
			strbuf_put(b, " + ");
		*first = false;
		// Go's OADDSTR lists an inlined call's result variable bare (a
		// library call's too).
		fmt_node(b, x, prec_of(x) == 0 ? 0 : 5);
	}
}

static bool type_has_name(Node *conv_fn, Type *t)
{
	Node *f = skip_implicit(conv_fn);
	if (f->kind == ND_IDENT)
		return true;  // int(x), any(x), T(x)
	if (f->kind == ND_SELECTOR && f->u.sel.sel == SEL_PKG)
		return true;
	return t && t->kind == TY_NAMED;
}

// x.E1.E2 for a selector whose field or method is promoted through the
// embedded fields E1, E2 (Go prints the dots it inserted). Returns the type
// reached after the path.
static Type *fmt_sel_base(StrBuf *b, Node *sel, int prec)
{
	fmt_node(b, sel->u.sel.x, sel->u.sel.npath ? 8 : prec);
	Type *t = sel->u.sel.x->type;
	for (int i = 0; i < sel->u.sel.npath; i++) {
		Type *st = under(t);
		if (st && st->kind == TY_POINTER)
			st = under(st->elem);
		if (!st || st->kind != TY_STRUCT || sel->u.sel.path[i] >= st->fields.len)
			break;
		Field *f = &st->fields.items[sel->u.sel.path[i]];
		strbuf_putf(b, ".%s", f->name ? f->name : esc_type_string(f->type));
		t = f->type;
	}
	return t;
}

static EscState *cur_state;  // for the devirtualisation table while printing

bool esc_fmt_unpacked;

static void fmt_call(StrBuf *b, Node *n)
{
	NodeList *a = &n->u.call.args;
	// Go evaluated a callee (or receiver) holding a call into a temporary.
	int tmp = cur_state ? esc_callee_tmp(cur_state, n) : -1;
	if (n->u.call.builtin == BI_LIB && n->u.call.inl_callee &&
	    (n->u.call.call == CALL_FMT || n->u.call.call == CALL_SYNC)) {
		// A library call Go inlined: its value is the inlined body's
		// result variable, ~R0 or the declared result name.
		NodeList *rs = &n->u.call.inl_callee->lib->ftype->u.functype.results;
		Node *r0 = rs->len ? rs->items[0] : NULL;
		if (r0 && r0->u.field.names.len)
			strbuf_putf(b, "%s.%s", n->u.call.inl_callee->lib->pkg, r0->u.field.names.items[0]->u.ident.name);
		else
			strbuf_put(b, "~R0");
		return;
	}
	switch (n->u.call.call) {
	case CALL_CONV:
		if (a->len && a->items[0]->cval && a->items[0]->cval->kind == CV_STRING &&
		    under(n->type) && under(n->type)->kind == TY_SLICE &&
		    under(under(n->type)->elem)->kind == TY_INT32) {
			// Go turns []rune("const") into a slice literal of the runes.
			strbuf_putf(b, "%s{%s}", esc_type_string(n->type),
				a->items[0]->cval->s.len ? "..." : "");
			return;
		}
		if (type_has_name(n->u.call.fn, n->type))
			strbuf_put(b, esc_type_string(n->type));
		else
			strbuf_putf(b, "(%s)", esc_type_string(n->type));
		strbuf_put(b, "(");
		if (a->len)
			fmt_node(b, a->items[0], 0);
		strbuf_put(b, ")");
		return;
	case CALL_BUILTIN: {
		Builtin bi = n->u.call.builtin;
		strbuf_put(b, ast_builtin_name(bi));
		strbuf_put(b, "(");
		if (bi == BI_NEW || bi == BI_MAKE) {
			Type *t = a->len ? a->items[0]->type : NULL;
			if (bi == BI_NEW && n->type && under(n->type)->kind == TY_POINTER)
				t = under(n->type)->elem;
			if (bi == BI_MAKE && n->type)
				t = n->type;
			strbuf_put(b, esc_type_string(t));
			for (int i = 1; i < a->len; i++) {
				strbuf_put(b, ", ");
				fmt_node(b, a->items[i], 0);
			}
		} else {
			fmt_list(b, a, 0);
			if (n->u.call.spread)
				strbuf_put(b, "...");
		}
		strbuf_put(b, ")");
		return;
	}
	case CALL_METHOD: {
		// Go rewrote x.M(args) into T.M(x, args) before printing.
		Node *sel = skip_implicit(n->u.call.fn);
		if (sel->kind == ND_SELECTOR && sel->u.sel.method && sel->u.sel.method->recv_type) {
			StrBuf rb = {0};
			strbuf_put(&rb, "");
			// The receiver became T.M's first argument: no parentheses.
			Type *xt = fmt_sel_base(&rb, sel, 0);
			if (tmp >= 0) {
				rb.len = 0;
				strbuf_putf(&rb, ".autotmp_%d", tmp);
			}
			Type *rt = xt ? xt : sel->u.sel.method->recv_type;
			if (sel->u.sel.implicit_addr && xt)
				rt = type_pointer(xt);
			else if (sel->u.sel.implicit_deref && xt && under(xt)->kind == TY_POINTER)
				rt = under(xt)->elem;
			if (under(rt) && under(rt)->kind == TY_POINTER)
				strbuf_putf(b, "(%s).%s(", esc_type_string(rt), sel->u.sel.name);
			else
				strbuf_putf(b, "%s.%s(", esc_type_string(rt), sel->u.sel.name);
			strbuf_put(b, strbuf_done(&rb, &ast_arena));
			if (a->len)
				strbuf_put(b, ", ");
			break;
		}
		fmt_node(b, n->u.call.fn, 8);
		strbuf_put(b, "(");
		break;
	}
	case CALL_IFACE: {
		Node *sel = skip_implicit(n->u.call.fn);
		Type *dt = NULL;
		Sym *m = cur_state && sel->kind == ND_SELECTOR ?
			esc_devirt_target(cur_state, n, &dt) : NULL;
		Lookup lk = m && dt ? check_lookup(dt, sel->u.sel.name) : (Lookup){0};
		if (m && dt && m->recv_type && lk.kind == LK_METHOD && lk.npath > 0) {
			// Devirtualised to a promoted method: Go names the embedded
			// type's method and walks the receiver down to it,
			// (*Base).M(i.(*T).Mid.Base).
			if (under(m->recv_type)->kind == TY_POINTER)
				strbuf_putf(b, "(%s).%s(", esc_type_string(m->recv_type), sel->u.sel.name);
			else
				strbuf_putf(b, "%s.%s(", esc_type_string(m->recv_type), sel->u.sel.name);
			if (tmp >= 0)
				strbuf_putf(b, ".autotmp_%d", tmp);
			else
				fmt_node(b, sel->u.sel.x, 8);
			strbuf_putf(b, ".(%s)", esc_type_string(dt));
			Type *cur = dt;
			for (int i = 0; i < lk.npath; i++) {
				if (under(cur)->kind == TY_POINTER)
					cur = under(cur)->elem;
				Field *f = &under(cur)->fields.items[lk.path[i]];
				strbuf_putf(b, ".%s", f->name);
				cur = f->type;
			}
			if (a->len)
				strbuf_put(b, ", ");
			break;
		}
		if (m && dt) {
			// Devirtualised: T.M(i.(T)).
			Type *rt = dt;
			if (m->recv_type && under(m->recv_type)->kind != TY_POINTER &&
			    under(dt)->kind == TY_POINTER)
				rt = under(dt)->elem;
			if (under(rt)->kind == TY_POINTER)
				strbuf_putf(b, "(%s).%s(", esc_type_string(rt), sel->u.sel.name);
			else
				strbuf_putf(b, "%s.%s(", esc_type_string(rt), sel->u.sel.name);
			if (tmp >= 0)
				strbuf_putf(b, ".autotmp_%d", tmp);
			else
				fmt_node(b, sel->u.sel.x, 8);
			strbuf_putf(b, ".(%s)", esc_type_string(dt));
			if (a->len)
				strbuf_put(b, ", ");
			break;
		}
		if (tmp >= 0 && sel->kind == ND_SELECTOR)
			strbuf_putf(b, ".autotmp_%d.%s", tmp, sel->u.sel.name);
		else
			fmt_node(b, n->u.call.fn, 8);
		strbuf_put(b, "(");
		break;
	}
	case CALL_SYNC: {
		Node *sel = skip_implicit(n->u.call.fn);
		Sym *lm = n->u.call.builtin == BI_LIB ? n->u.call.callee : NULL;
		if (lm && lm->recv_type && sel->kind == ND_SELECTOR) {
			// A library method: Go prints imported method calls as
			// method expressions, (*bufio.Scanner).Scan(sc).
			Type *rt = lm->recv_type;
			if (rt->kind == TY_POINTER)
				strbuf_putf(b, "(*%s).%s(", esc_type_string(rt->elem), sel->u.sel.name);
			else
				strbuf_putf(b, "%s.%s(", esc_type_string(rt), sel->u.sel.name);
			if (tmp >= 0)   // a receiver holding a call: Go's temporary
				strbuf_putf(b, ".autotmp_%d", tmp);
			else
				fmt_node(b, sel->u.sel.x, 0);
			if (a->len)
				strbuf_put(b, ", ");
			break;
		}
		if (sel->kind == ND_SELECTOR && sel->u.sel.sel != SEL_PKG) {
			// A method: Go prints it as a method expression, (*sync.T).M(x).
			Type *xt = sel->u.sel.x->type;
			if (xt && under(xt)->kind == TY_POINTER)
				xt = under(xt)->elem;
			strbuf_putf(b, "(*%s).%s(", esc_type_string(xt), sel->u.sel.name);
			fmt_node(b, sel->u.sel.x, 0);
			if (a->len)
				strbuf_put(b, ", ");
			break;
		}
		fmt_node(b, n->u.call.fn, 8);
		strbuf_put(b, "(");
		break;
	}
	default:
		if (tmp >= 0)
			strbuf_putf(b, ".autotmp_%d", tmp);
		else
			fmt_node(b, n->u.call.fn, 8);
		strbuf_put(b, "(");
		break;
	}
	Type *ft = n->u.call.ftype;
	// (f(g()) with a multi-valued g keeps its form: Go packs g's results
	// into temporaries Println(... argument...) never shows)
	bool tuple = a->len == 1 && a->items[0]->type && a->items[0]->type->kind == TY_TUPLE;
	if (ft && ft->variadic && !n->u.call.spread && !esc_fmt_unpacked && !tuple) {
		int nfixed = ft->fields.len - 1;
		for (int i = 0; i < nfixed && i < a->len; i++) {
			if (i)
				strbuf_put(b, ", ");
			fmt_node(b, a->items[i], 0);
		}
		if (nfixed > 0)
			strbuf_put(b, ", ");
		strbuf_put(b, a->len > nfixed ? "... argument..." : "nil...");
	} else {
		fmt_list(b, a, 0);
		if (n->u.call.spread)
			strbuf_put(b, "...");
	}
	strbuf_put(b, ")");
}

static void fmt_node_body(StrBuf *b, Node *n, int prec);

// Inside an expression, an argument Go copied into a go/defer wrapper's
// temporary prints as that temporary (Go rewrote the call before printing).
static void fmt_node(StrBuf *b, Node *n, int prec)
{
	static int depth;
	Sym **t = cur_state ? cur_state->wrap_tmp : NULL;
	if (depth && t && n && n->id > 0 && n->id < cur_state->nnodes && t[n->id]) {
		strbuf_put(b, t[n->id]->name);
		return;
	}
	depth++;
	fmt_node_body(b, n, prec);
	depth--;
}

static void fmt_node_body(StrBuf *b, Node *n, int prec)
{
	if (!n) {
		strbuf_put(b, "<nil>");
		return;
	}
	n = skip_implicit(n);
	if (prec > prec_of(n)) {
		strbuf_put(b, "(");
		fmt_node(b, n, 0);
		strbuf_put(b, ")");
		return;
	}
	if (n->cval && n->kind == ND_IDENT) {
		strbuf_put(b, n->u.ident.name);  // a named constant prints its name
		return;
	}
	if (n->cval && n->kind != ND_COMPOSITE) {
		if (n->cval->text)
			strbuf_put(b, n->cval->text);
		else
			strbuf_put(b, ast_string(n));
		return;
	}
	if (n->is_type) {
		strbuf_put(b, esc_type_string(n->type));
		return;
	}
	switch (n->kind) {
	case ND_BAD:   // a node the escape pass made for Go's text (build_libinl.c)
		strbuf_put(b, n->u.lit.text ? n->u.lit.text : "BadExpr");
		return;
	case ND_IDENT:
		strbuf_put(b, n->u.ident.name);
		return;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRINGLIT:
		strbuf_put(b, n->u.lit.text);
		return;
	case ND_COMPOSITE: {
		Type *t = n->type;
		if (n->u.composite.implicit) {
			strbuf_put(b, "... argument");
			return;
		}
		if (under(t) && under(t)->kind == TY_POINTER) {
			strbuf_put(b, "&");
			t = under(t)->elem;
		}
		strbuf_putf(b, "%s{%s}", esc_type_string(t), n->u.composite.elems.len ? "..." : "");
		return;
	}
	case ND_FUNCLIT:
		strbuf_put(b, "func literal");
		return;
	case ND_INLCALL:   // Go names an inlined call by its result variable
		if (n->u.inl.results.len)
			fmt_node(b, n->u.inl.results.items[0], 0);
		else
			fmt_node(b, n->u.inl.call, 0);
		return;
	case ND_SELECTOR: {
		Node *x = skip_implicit(n->u.sel.x);
		if (n->u.sel.sel == SEL_METHODEXPR && x->is_type) {
			Type *t = x->type;
			if (under(t) && under(t)->kind == TY_POINTER && t->kind != TY_NAMED)
				strbuf_putf(b, "(%s)", esc_type_string(t));
			else
				strbuf_put(b, esc_type_string(t));
		} else {
			fmt_sel_base(b, n, 8);
		}
		strbuf_putf(b, ".%s", n->u.sel.name);
		return;
	}
	case ND_INDEX:
		fmt_node(b, n->u.index.x, 8);
		strbuf_put(b, "[");
		fmt_node(b, n->u.index.index, 0);
		strbuf_put(b, "]");
		return;
	case ND_SLICE:
		fmt_node(b, n->u.slice.x, 8);
		strbuf_put(b, "[");
		if (n->u.slice.lo)
			fmt_node(b, n->u.slice.lo, 0);
		strbuf_put(b, ":");
		if (n->u.slice.hi)
			fmt_node(b, n->u.slice.hi, 0);
		if (n->u.slice.three) {
			strbuf_put(b, ":");
			if (n->u.slice.max)
				fmt_node(b, n->u.slice.max, 0);
		}
		strbuf_put(b, "]");
		return;
	case ND_TYPEASSERT:
		fmt_node(b, n->u.assert.x, 8);
		strbuf_putf(b, ".(%s)", esc_type_string(n->u.assert.atype ? n->u.assert.atype->type : n->type));
		return;
	case ND_CALL:
		fmt_call(b, n);
		return;
	case ND_STAR:
		strbuf_put(b, "*");
		fmt_node(b, n->u.star.x, 8);
		return;
	case ND_UNARY: {
		Node *x = skip_implicit(n->u.unary.x);
		strbuf_put(b, n->u.unary.op == TOK_SUB ? "-" : n->u.unary.op == TOK_ADD ? "+" :
			ast_op_string(n->u.unary.op));
		if (x->kind == ND_UNARY && x->u.unary.op == n->u.unary.op && !x->cval)
			strbuf_put(b, " ");
		fmt_node(b, x, 8);
		return;
	}
	case ND_BINARY:
		if (is_string_add(n)) {
			bool first = true;
			fmt_string_add(b, n, &first);
			return;
		}
		fmt_node(b, n->u.binary.x, binary_prec(n->u.binary.op));
		strbuf_putf(b, " %s ", ast_op_string(n->u.binary.op));
		fmt_node(b, n->u.binary.y, binary_prec(n->u.binary.op) + 1);
		return;
	case ND_KEYVALUE:
		fmt_node(b, n->u.kv.key, 0);
		strbuf_put(b, ":");
		fmt_node(b, n->u.kv.value, 0);
		return;
	default:
		strbuf_put(b, ast_string(n));
		return;
	}
}

const char *esc_node_string(EscState *s, Node *n)
{
	cur_state = s;
	StrBuf b = {0};
	strbuf_put(&b, "");
	fmt_node(&b, n, 0);
	return strbuf_done(&b, &ast_arena);
}

// What a location's allocation site is called in messages.
const char *esc_site_string(EscState *s, Node *n)
{
	if (n->kind == ND_BAD && n->u.lit.text)
		return n->u.lit.text;   // an inlined library body's site (build_call.c)
	if (n->kind == ND_CALL && s->is_pack_call[n->id] &&
	    n->u.call.call != CALL_BUILTIN && n->u.call.call != CALL_CONV)
		return "... argument";
	if (n->kind == ND_COMPOSITE && n->u.composite.implicit)
		return "... argument";   // an inlined variadic call's pack
	if (n->kind == ND_UNARY) {
		StrBuf b = {0};
		strbuf_put(&b, "&");
		Node *x = skip_implicit(n->u.unary.x);
		strbuf_putf(&b, "%s{%s}", esc_type_string(x->type), x->kind == ND_COMPOSITE &&
			x->u.composite.elems.len ? "..." : "");
		return strbuf_done(&b, &ast_arena);
	}
	return esc_node_string(s, n);
}


const char *esc_stmt_string(EscState *s, Node *n)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	if (s)
		cur_state = s;
	// `a, b = g()` or `return g()` where Go first assigned g's results
	// to temporaries: it prints those.
	EscMulti *m = s && (n->kind == ND_RETURN ? n->u.ret.results.len == 1 :
		n->kind == ND_VARSPEC ? n->u.spec.values.len == 1 && n->u.spec.names.len > 1 :
		n->kind == ND_ASSIGN && n->u.assign.rhs.len == 1 && n->u.assign.lhs.len > 1) ?
		esc_multi(s, n) : NULL;
	if (m) {
		if (n->kind == ND_RETURN) {
			strbuf_put(&b, "return ");
		} else if (n->kind == ND_VARSPEC) {
			fmt_list(&b, &n->u.spec.names, 0);
			strbuf_put(&b, " = ");
		} else {
			fmt_list(&b, &n->u.assign.lhs, 0);
			strbuf_put(&b, n->u.assign.op == TOK_DEFINE && n->u.assign.inl != INL_ASSIGN_RESULTS ?
				" := " : " = ");
		}
		for (int i = 0; i < m->n; i++)
			strbuf_putf(&b, "%s.autotmp_%d", i ? ", " : "", m->base + i);
	} else if (n->kind == ND_ASSIGN) {
		NodeList *l = &n->u.assign.lhs, *r = &n->u.assign.rhs;
		fmt_list(&b, l, 0);
		int op = n->u.assign.op;
		if (op == TOK_DEFINE && n->u.assign.inl != INL_ASSIGN_RESULTS)
			strbuf_put(&b, " := ");
		else if (op == TOK_ASSIGN || op == TOK_DEFINE)
			strbuf_put(&b, " = ");
		else
			strbuf_putf(&b, " %s ", ast_op_string(op));
		fmt_list(&b, r, 0);
	} else if (n->kind == ND_RETURN) {
		strbuf_put(&b, "return");
		if (n->u.ret.results.len)
			strbuf_put(&b, " ");
		fmt_list(&b, &n->u.ret.results, 0);
	} else if (n->kind == ND_VARSPEC) {
		fmt_list(&b, &n->u.spec.names, 0);
		strbuf_put(&b, " = ");
		fmt_list(&b, &n->u.spec.values, 0);
	} else if (n->kind == ND_SEND) {
		fmt_node(&b, n->u.send.ch, 3);   // Go's precedence of a send
		strbuf_put(&b, " <- ");
		fmt_node(&b, n->u.send.value, 4);
	} else {
		fmt_node(&b, n, 0);
	}
	return strbuf_done(&b, &ast_arena);
}


// }====================================================================
