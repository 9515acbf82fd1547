// nodefmt.c: Go's text for expressions and statements in escape messages.
//
// The printer reproduces cmd/compile's exprFmt on *typechecked* trees: by
// the time Go prints, method calls read `(*T).M(t)`, variadic calls
// `f(a, ... argument...)`, implicit conversions and implicit & / * are
// invisible, implicit embedded dots are visible, and parentheses come from
// operator precedence, not the source. The checker's printer
// (frontend/check_util.c, expr_fmt) prints it in that style (ExprStyle.ir);
// what is left here is what only the escape pass knows: calls as Go
// rewrote them, inlined calls, its compiler temporaries.
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

// Strips what Go's printer never shows: parentheses and implicit conversions.
static Node *skip_implicit(Node *n)
{
	while (n->kind == ND_PAREN || n->kind == ND_CONV)
		n = n->kind == ND_PAREN ? n->u.paren.x : n->u.conv.x;
	return n;
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
		// a concatenation is Go's OADDSTR, absent from OpPrec too:
		// (s + "x") == t
		if (n->u.binary.op == TOK_ADD && n->type && type_is_string(n->type))
			return 0;
		return expr_binary_prec(n->u.binary.op);
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
static const ExprStyle ir_style;

static void fmt_list(StrBuf *b, NodeList *l, int from)
{
	for (int i = from; i < l->len; i++) {
		if (i > from)
			strbuf_put(b, ", ");
		fmt_node(b, l->items[i], 0);
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

// A method called as Go's rewritten call shows it: (*T).M( or T.M(.
static void method_expr(StrBuf *b, Type *rt, const char *name)
{
	bool ptr = under(rt) && under(rt)->kind == TY_POINTER;
	strbuf_putf(b, ptr ? "(%s).%s(" : "%s.%s(", esc_type_string(rt), name);
}

static EscState *cur_state;  // for the devirtualisation table while printing

bool esc_fmt_unpacked;
bool esc_fmt_flowtime;

// The analysis is over (its state goes out of scope): what is printed
// later (inline summaries, wrappers) has no side tables.
void esc_nodefmt_done(void)
{
	cur_state = NULL;
}

static void fmt_call(StrBuf *b, Node *n)
{
	NodeList *a = &n->u.call.args;
	// Go evaluated a callee (or receiver) holding a call into a temporary.
	int tmp = cur_state ? esc_callee_tmp(cur_state, n) : -1;
	// (in a go/defer wrapper, a receiver copied prints as its copy)
	Node *fx = skip_implicit(n->u.call.fn);
	Sym **wt = cur_state ? cur_state->wrap_tmp : NULL;
	if (tmp >= 0 && wt && fx->kind == ND_SELECTOR && fx->u.sel.x->id > 0 &&
	    fx->u.sel.x->id < cur_state->nnodes && wt[fx->u.sel.x->id])
		tmp = -1;
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
		if (a->len) {
			// string([]B) for a defined byte or rune type B: Go's type
			// checker converts the operand to []byte ([]rune) first
			Type *to = under(n->type), *from = under(a->items[0]->type);
			Type *el = from && from->kind == TY_SLICE ? from->elem : NULL;
			const char *via = !to || to->kind != TY_STRING || !el || el->kind != TY_NAMED ? NULL :
				under(el)->kind == TY_UINT8 ? "[]byte" : under(el)->kind == TY_INT32 ? "[]rune" : NULL;
			if (via)
				strbuf_putf(b, "(%s)(", via);
			fmt_node(b, a->items[0], 0);
			if (via)
				strbuf_put(b, ")");
		}
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
			Type *xt = expr_fmt_path(&rb, sel, 0, &ir_style);
			if (tmp >= 0) {
				rb.len = 0;
				strbuf_putf(&rb, ".autotmp_%d", tmp);
			}
			Type *rt = xt ? xt : sel->u.sel.method->recv_type;
			if (sel->u.sel.implicit_addr && xt)
				rt = type_pointer(xt);
			else if (sel->u.sel.implicit_deref && xt && under(xt)->kind == TY_POINTER)
				rt = under(xt)->elem;
			method_expr(b, rt, sel->u.sel.name);
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
			method_expr(b, m->recv_type, sel->u.sel.name);
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
			method_expr(b, rt, sel->u.sel.name);
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
	// A line printed while the flows are still being built shows a call
	// not analysed yet as written: Go packs its arguments when it gets to it.
	bool unfixed = esc_fmt_flowtime && cur_state && n->id > 0 && n->id < cur_state->nnodes &&
		!cur_state->call_fixed[n->id];
	if (ft && ft->variadic && !n->u.call.spread && !esc_fmt_unpacked && !tuple && !unfixed) {
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
	expr_fmt(b, n, prec, &ir_style);
	depth--;
}

// The nodes only the escape pass prints its way.
static bool fmt_own(StrBuf *b, Node *n, int prec)
{
	switch (n->kind) {
	case ND_BAD:   // a node the escape pass made for Go's text (build_libinl.c)
		if (!n->u.lit.text)
			return false;
		strbuf_put(b, n->u.lit.text);
		return true;
	case ND_INLCALL:   // Go names an inlined call by its result variable
		// (a multi-valued one, f(g()), keeps its call; so does one a
		// wrapper's closure makes again)
		if (n->u.inl.results.len == 1 && !(cur_state && esc_wrapper_plain_seen(cur_state, n)))
			fmt_node(b, n->u.inl.results.items[0], 0);
		else
			fmt_node(b, n->u.inl.call, 0);
		return true;
	case ND_CALL:
		fmt_call(b, n);
		return true;
	default:
		return false;
	}
}

static const ExprStyle ir_style = {
	.ir = true, .sub = fmt_node, .own = fmt_own, .prec = prec_of, .type = esc_type_string,
};

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
