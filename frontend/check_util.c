// check_util.c: what every part of the checker shares — printing
// expressions (the checker's and the escape messages' one printer) and
// operands the way Go's messages do, error positions,
// addressability, and the bookkeeping on variables (use, capture,
// reassignment, address-taken).
#include "check.h"

#include <stdio.h>
#include <stdlib.h>

Checker *chk;

const char *check_op_string(int op)
{
	return ast_op_string(op);
}

// The binary operator of an op= token (TOK_ADD for TOK_ADD_ASSIGN).
int check_assign_op(int op)
{
	switch (op) {
	case TOK_ADD_ASSIGN: return TOK_ADD;
	case TOK_SUB_ASSIGN: return TOK_SUB;
	case TOK_MUL_ASSIGN: return TOK_MUL;
	case TOK_QUO_ASSIGN: return TOK_QUO;
	case TOK_REM_ASSIGN: return TOK_REM;
	case TOK_AND_ASSIGN: return TOK_AND;
	case TOK_OR_ASSIGN: return TOK_OR;
	case TOK_XOR_ASSIGN: return TOK_XOR;
	case TOK_SHL_ASSIGN: return TOK_SHL;
	case TOK_SHR_ASSIGN: return TOK_SHR;
	case TOK_AND_NOT_ASSIGN: return TOK_AND_NOT;
	default: return 0;
	}
}

// Go reports errors about an expression at the expression's first token.
Pos check_start_pos(Node *n)
{
	for (int guard = 0; n && guard < 100000; guard++) {
		switch (n->kind) {
		case ND_BINARY: n = n->u.binary.x; continue;
		case ND_SELECTOR: n = n->u.sel.x; continue;
		case ND_INDEX: n = n->u.index.x; continue;
		case ND_TYPEASSERT: n = n->u.assert.x; continue;
		case ND_CALL: n = n->u.call.fn; continue;
		case ND_CONV: n = n->u.conv.x; continue;
		case ND_COMPOSITE:
			if (n->u.composite.ctype) {
				n = n->u.composite.ctype;
				continue;
			}
			return n->pos;
		default:
			return n->pos;
		}
	}
	return n ? n->pos : (Pos){0, 0};
}

// {==================== Expression text ====================
//
// One printer for the two ways Go prints an expression (ExprStyle, check.h):
// the type checker's, which reprints the source (its parentheses, types as
// written, `T{…}`, `func(x int) {…}`), and the compiler's IR view that the
// escape and inlining messages use (parentheses from operator precedence,
// implicit conversions and & invisible, promoted fields spelt out,
// constants by value, types by their Type, `T{...}`, `func literal`).

static const ExprStyle check_style = {0};

int expr_binary_prec(int op)
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

// A child of the node being printed, through the style's own entry (the
// IR style substitutes some nodes wherever they appear).
static void child(StrBuf *b, Node *n, int prec, const ExprStyle *st)
{
	if (st->sub)
		st->sub(b, n, prec);
	else
		expr_fmt(b, n, prec, st);
}

static void print_list(StrBuf *b, NodeList *l, const ExprStyle *st)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			strbuf_put(b, ", ");
		child(b, l->items[i], 0, st);
	}
}

static void print_fields(StrBuf *b, NodeList *l, const char *sep, const ExprStyle *st)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = l->items[i];
		if (i)
			strbuf_put(b, sep);
		if (f->kind != ND_FIELD) {
			child(b, f, 0, st);
			continue;
		}
		for (int j = 0; j < f->u.field.names.len; j++) {
			if (j)
				strbuf_put(b, ", ");
			strbuf_put(b, f->u.field.names.items[j]->u.ident.name);
		}
		if (f->u.field.names.len)
			strbuf_put(b, " ");
		child(b, f->u.field.ftype, 0, st);
	}
}

static void print_sig(StrBuf *b, Node *ft, const ExprStyle *st)
{
	strbuf_put(b, "(");
	print_fields(b, &ft->u.functype.params, ", ", st);
	strbuf_put(b, ")");
	NodeList *r = &ft->u.functype.results;
	if (r->len == 1 && r->items[0]->kind == ND_FIELD && !r->items[0]->u.field.names.len) {
		strbuf_put(b, " ");
		child(b, r->items[0]->u.field.ftype, 0, st);
	} else if (r->len) {
		strbuf_put(b, " (");
		print_fields(b, r, ", ", st);
		strbuf_put(b, ")");
	}
}

// (an inlined method's receiver &x or *x, which Go made implicitly,
// prints as x)
static Node *skip_implicit(Node *n)
{
	for (;;) {
		if (n->kind == ND_PAREN)
			n = n->u.paren.x;
		else if (n->kind == ND_CONV)
			n = n->u.conv.x;
		else if (n->kind == ND_UNARY && n->u.unary.implicit)
			n = n->u.unary.x;
		else if (n->kind == ND_STAR && n->u.star.implicit)
			n = n->u.star.x;
		else
			return n;
	}
}

static bool is_string_add(Node *n)
{
	return n->kind == ND_BINARY && n->u.binary.op == TOK_ADD && !n->cval && n->type &&
		type_is_string(n->type);
}

// Go's IR holds a string concatenation as one node of all its operands.
static void print_string_add(StrBuf *b, Node *n, bool *first, const ExprStyle *st)
{
	Node *ops[2] = {n->u.binary.x, n->u.binary.y};
	for (int i = 0; i < 2; i++) {
		Node *x = skip_implicit(ops[i]);
		if (is_string_add(x)) {
			print_string_add(b, x, first, st);
			continue;
		}
		if (!*first)
			strbuf_put(b, " + ");
		*first = false;
		// (an inlined call's result variable is listed bare)
		child(b, x, st->prec(x) == 0 ? 0 : 5, st);
	}
}

Type *expr_fmt_path(StrBuf *b, Node *sel, int prec, const ExprStyle *st)
{
	child(b, sel->u.sel.x, sel->u.sel.npath ? 8 : prec, st);
	Type *t = sel->u.sel.x->type;
	for (int i = 0; i < sel->u.sel.npath; i++) {
		Type *st_ = t ? type_underlying(t) : NULL;
		if (st_ && st_->kind == TY_POINTER)
			st_ = type_underlying(st_->elem);
		if (!st_ || st_->kind != TY_STRUCT || sel->u.sel.path[i] >= st_->fields.len)
			break;
		Field *f = &st_->fields.items[sel->u.sel.path[i]];
		strbuf_putf(b, ".%s", f->name ? f->name : st->type(f->type));
		t = f->type;
	}
	return t;
}

// What only the IR view prints: true when n was printed.
static bool print_ir(StrBuf *b, Node *n, int prec, const ExprStyle *st)
{
	if (n->cval && n->kind == ND_IDENT) {
		strbuf_put(b, n->u.ident.name);   // a named constant prints its name
		return true;
	}
	if (n->cval && n->kind != ND_COMPOSITE) {
		strbuf_put(b, n->cval->text ? n->cval->text : ast_string(n));
		return true;
	}
	if (n->is_type) {
		strbuf_put(b, st->type(n->type));
		return true;
	}
	if (st->own && st->own(b, n, prec))
		return true;
	switch (n->kind) {
	case ND_COMPOSITE: {
		if (n->u.composite.implicit) {
			strbuf_put(b, "... argument");
			return true;
		}
		Type *t = n->type;
		if (t && type_underlying(t)->kind == TY_POINTER) {
			strbuf_put(b, "&");
			t = type_underlying(t)->elem;
		}
		strbuf_putf(b, "%s{%s}", st->type(t), n->u.composite.elems.len ? "..." : "");
		return true;
	}
	case ND_FUNCLIT:
		strbuf_put(b, "func literal");
		return true;
	case ND_SELECTOR: {
		Node *x = skip_implicit(n->u.sel.x);
		if (n->u.sel.sel == SEL_METHODEXPR && x->is_type) {
			Type *t = x->type;
			bool ptr = t && type_underlying(t)->kind == TY_POINTER && t->kind != TY_NAMED;
			strbuf_putf(b, ptr ? "(%s)" : "%s", st->type(t));
		} else {
			expr_fmt_path(b, n, 8, st);
		}
		strbuf_putf(b, ".%s", n->u.sel.name);
		return true;
	}
	case ND_TYPEASSERT:
		child(b, n->u.assert.x, 8, st);
		strbuf_putf(b, ".(%s)", st->type(n->u.assert.atype ? n->u.assert.atype->type : n->type));
		return true;
	case ND_UNARY: {
		Node *x = skip_implicit(n->u.unary.x);
		strbuf_put(b, ast_op_string(n->u.unary.op));
		if (x->kind == ND_UNARY && x->u.unary.op == n->u.unary.op && !x->cval)
			strbuf_put(b, " ");   // - -x, not --x
		child(b, x, 8, st);
		return true;
	}
	case ND_BINARY:
		if (is_string_add(n)) {
			bool first = true;
			print_string_add(b, n, &first, st);
			return true;
		}
		child(b, n->u.binary.x, expr_binary_prec(n->u.binary.op), st);
		strbuf_putf(b, " %s ", ast_op_string(n->u.binary.op));
		child(b, n->u.binary.y, expr_binary_prec(n->u.binary.op) + 1, st);
		return true;
	case ND_KEYVALUE:
		child(b, n->u.kv.key, 0, st);
		strbuf_put(b, ":");
		child(b, n->u.kv.value, 0, st);
		return true;
	default:
		return false;
	}
}

void expr_fmt(StrBuf *b, Node *n, int prec, const ExprStyle *st)
{
	static int depth;
	if (!n) {
		strbuf_put(b, st->ir ? "<nil>" : "");
		return;
	}
	if (st->ir) {
		n = skip_implicit(n);
		if (prec > st->prec(n)) {
			strbuf_put(b, "(");
			child(b, n, 0, st);
			strbuf_put(b, ")");
			return;
		}
		if (print_ir(b, n, prec, st))
			return;
	} else if (depth > 200 || b->len > 4096) {
		strbuf_put(b, "…");
		return;
	}
	depth++;
	// The forms both views share (the IR reaches only expressions here).
	int inner = st->ir ? 8 : 0;   // the IR parenthesises a lower-precedence operand
	switch (n->kind) {
	case ND_BAD: strbuf_put(b, "BadExpr"); break;
	case ND_IDENT: strbuf_put(b, n->u.ident.name); break;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRINGLIT:
		strbuf_put(b, n->u.lit.text ? n->u.lit.text : "?");
		break;
	case ND_COMPOSITE:
		child(b, n->u.composite.ctype, 0, st);
		strbuf_put(b, n->u.composite.elems.len ? "{…}" : "{}");
		break;
	case ND_FUNCLIT:
		strbuf_put(b, "func");
		print_sig(b, n->u.funclit.ftype, st);
		strbuf_put(b, " {…}");
		break;
	case ND_PAREN:
		strbuf_put(b, "(");
		child(b, n->u.paren.x, 0, st);
		strbuf_put(b, ")");
		break;
	case ND_SELECTOR:
		child(b, n->u.sel.x, 0, st);
		strbuf_put(b, ".");
		strbuf_put(b, n->u.sel.name);
		break;
	case ND_INDEX:
		child(b, n->u.index.x, inner, st);
		strbuf_put(b, "[");
		child(b, n->u.index.index, 0, st);
		strbuf_put(b, "]");
		break;
	case ND_SLICE:
		child(b, n->u.slice.x, inner, st);
		strbuf_put(b, "[");
		if (n->u.slice.lo)
			child(b, n->u.slice.lo, 0, st);
		strbuf_put(b, ":");
		if (n->u.slice.hi)
			child(b, n->u.slice.hi, 0, st);
		if (n->u.slice.three) {
			strbuf_put(b, ":");
			if (n->u.slice.max)
				child(b, n->u.slice.max, 0, st);
		}
		strbuf_put(b, "]");
		break;
	case ND_TYPEASSERT:
		child(b, n->u.assert.x, 0, st);
		strbuf_put(b, ".(");
		if (n->u.assert.atype)
			child(b, n->u.assert.atype, 0, st);
		else
			strbuf_put(b, "type");
		strbuf_put(b, ")");
		break;
	case ND_CALL:
		child(b, n->u.call.fn, 0, st);
		strbuf_put(b, "(");
		print_list(b, &n->u.call.args, st);
		if (n->u.call.spread)
			strbuf_put(b, "...");
		strbuf_put(b, ")");
		break;
	case ND_STAR:
		strbuf_put(b, "*");
		child(b, n->u.star.x, inner, st);
		break;
	case ND_UNARY:
		strbuf_put(b, ast_op_string(n->u.unary.op));
		child(b, n->u.unary.x, 0, st);
		break;
	case ND_BINARY:
		child(b, n->u.binary.x, 0, st);
		strbuf_putf(b, " %s ", ast_op_string(n->u.binary.op));
		child(b, n->u.binary.y, 0, st);
		break;
	case ND_KEYVALUE:
		child(b, n->u.kv.key, 0, st);
		strbuf_put(b, ": ");
		child(b, n->u.kv.value, 0, st);
		break;
	case ND_CONV:
		child(b, n->u.conv.x, 0, st);
		break;
	case ND_ARRAYTYPE:
		strbuf_put(b, "[");
		if (n->u.arraytype.len)
			child(b, n->u.arraytype.len, 0, st);
		strbuf_put(b, "]");
		child(b, n->u.arraytype.elem, 0, st);
		break;
	case ND_ELLIPSIS:
		strbuf_put(b, "...");
		child(b, n->u.ellipsis.elem, 0, st);
		break;
	case ND_MAPTYPE:
		strbuf_put(b, "map[");
		child(b, n->u.maptype.key, 0, st);
		strbuf_put(b, "]");
		child(b, n->u.maptype.value, 0, st);
		break;
	case ND_CHANTYPE:
		strbuf_put(b, n->u.chantype.dir == CHAN_SEND ? "chan<- " :
			n->u.chantype.dir == CHAN_RECV ? "<-chan " : "chan ");
		{
			// Go's parser drops parentheses around an element type; its
			// printer puts back the ones `chan (<-chan T)` needs.
			Node *e = ast_unparen(n->u.chantype.elem);
			bool paren = n->u.chantype.dir == CHAN_BOTH && e->kind == ND_CHANTYPE &&
				e->u.chantype.dir == CHAN_RECV;
			if (paren)
				strbuf_put(b, "(");
			child(b, e, 0, st);
			if (paren)
				strbuf_put(b, ")");
		}
		break;
	case ND_FUNCTYPE:
		strbuf_put(b, "func");
		print_sig(b, n, st);
		break;
	case ND_STRUCTTYPE:
		strbuf_put(b, "struct{");
		print_fields(b, &n->u.structtype.fields, "; ", st);
		strbuf_put(b, "}");
		break;
	case ND_INTERFACETYPE:
		strbuf_put(b, "interface{");
		for (int i = 0; i < n->u.ifacetype.methods.len; i++) {
			Node *f = n->u.ifacetype.methods.items[i];
			if (i)
				strbuf_put(b, "; ");
			if (f->kind == ND_FIELD && f->u.field.names.len &&
			    f->u.field.ftype && f->u.field.ftype->kind == ND_FUNCTYPE) {
				strbuf_put(b, f->u.field.names.items[0]->u.ident.name);
				print_sig(b, f->u.field.ftype, st);
			} else if (f->kind == ND_FIELD) {
				child(b, f->u.field.ftype, 0, st);
			}
		}
		strbuf_put(b, "}");
		break;
	case ND_FIELD:
		child(b, n->u.field.ftype, 0, st);
		break;
	default:
		strbuf_put(b, st->ir ? ast_string(n) : "?");
		break;
	}
	depth--;
}

const char *expr_string(Node *n)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	expr_fmt(&b, n, 0, &check_style);
	char *s = arena_strndup(&ast_arena, b.p, b.len);
	free(b.p);
	return s;
}

// Go's description of an operand: "x (variable of type int)",
// "300 (untyped int constant)", "c (constant 256 of type byte)".
const char *operand_string(Node *n)
{
	const char *e = expr_string(n);
	Node *u = ast_unparen(n);
	Type *t = n->type;
	if (t && t->kind == TY_UNTYPED_NIL)
		return "nil";
	if (n->is_type)
		return arena_sprintf(&ast_arena, "%s (type)", e);
	if (n->cval) {
		const char *v = const_repr(n->cval);
		bool same = strcmp(v, e) == 0;
		if (type_is_untyped(t))
			return arena_sprintf(&ast_arena, "%s (%s constant%s%s)", e, type_errstring(t),
					     same ? "" : " ", same ? "" : v);
		return arena_sprintf(&ast_arena, "%s (constant%s%s of type %s)", e,
				     same ? "" : " ", same ? "" : v, type_errstring(t));
	}
	if (t && type_is_untyped(t))
		return arena_sprintf(&ast_arena, "%s (%s value)", e, type_errstring(t));
	if (t && t->kind == TY_TUPLE && t->fields.len == 0)
		return arena_sprintf(&ast_arena, "%s (no value)", e);
	const char *mode = "value";
	if (u->kind == ND_INDEX && u->u.index.x->type &&
	    type_underlying(u->u.index.x->type)->kind == TY_MAP)
		mode = "map index expression";
	else if (check_is_addressable(n))
		mode = "variable";
	else if (u->kind == ND_TYPEASSERT || (u->kind == ND_UNARY && u->u.unary.op == TOK_ARROW))
		mode = "comma, ok expression";
	return arena_sprintf(&ast_arena, "%s (%s of type %s)", e, mode, type_errstring(t));
}

// }==================== Variables ====================

bool check_is_addressable(Node *n)
{
	n = ast_unparen(n);
	switch (n->kind) {
	case ND_IDENT:
		return n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR;
	case ND_STAR:
		return !n->is_type;
	case ND_INDEX: {
		Type *t = n->u.index.x->type ? type_underlying(n->u.index.x->type) : NULL;
		if (!t)
			return false;
		if (t->kind == TY_SLICE || t->kind == TY_POINTER)
			return true;
		if (t->kind == TY_ARRAY)
			return check_is_addressable(n->u.index.x);
		return false;
	}
	case ND_SELECTOR:
		if (n->u.sel.sel != SEL_FIELD)
			return false;
		if (n->u.sel.x->type && type_is_pointer(n->u.sel.x->type))
			return true;
		if (n->u.sel.npath) {
			// Any pointer along the embedding path makes it addressable.
			Type *t = type_underlying(n->u.sel.x->type);
			for (int i = 0; i < n->u.sel.npath && t && t->kind == TY_STRUCT; i++) {
				Type *ft = t->fields.items[n->u.sel.path[i]].type;
				if (type_is_pointer(ft))
					return true;
				t = type_underlying(ft);
			}
		}
		return check_is_addressable(n->u.sel.x);
	default:
		return false;
	}
}

Sym *check_root_var(Node *n)
{
	for (;;) {
		n = ast_unparen(n);
		switch (n->kind) {
		case ND_IDENT:
			return n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR ? n->u.ident.sym : NULL;
		case ND_SELECTOR:
			if (n->u.sel.sel != SEL_FIELD || !n->u.sel.x->type || type_is_pointer(n->u.sel.x->type))
				return NULL;
			n = n->u.sel.x;
			continue;
		case ND_INDEX:
			if (!n->u.index.x->type || type_underlying(n->u.index.x->type)->kind != TY_ARRAY)
				return NULL;
			n = n->u.index.x;
			continue;
		default:
			return NULL;
		}
	}
}

void check_mark_assigned(Checker *c, Node *lhs)
{
	Node *u = ast_unparen(lhs);
	if (u->kind == ND_IDENT && u->u.ident.sym && u->u.ident.sym->kind == SYM_VAR)
		u->u.ident.sym->reassigned = true;
}

Node *check_wrap_conv(Node *x, Type *t, ConvKind k)
{
	Node *n = ast_new(ND_CONV, x->pos);
	n->u.conv.x = x;
	n->u.conv.conv = k;
	n->type = t;
	n->pos2 = x->pos2;
	type_complete(t);
	return n;
}

// A use of variable s from the current function: marks it used and, when
// s belongs to an enclosing function, captured by every closure between.
void check_use_sym(Checker *c, Sym *s)
{
	if (s->kind != SYM_VAR || !s->owner || !c->fc)
		return;
	for (FuncCtx *f = c->fc; f && f->fn != s->owner; f = f->up) {
		if (!f->lit)
			break;
		s->captured = true;
		SymList *caps = &f->lit->u.funclit.captures;
		bool have = false;
		for (int i = 0; i < caps->len && !have; i++)
			have = caps->items[i] == s;
		if (!have)
			vec_push(&ast_arena, caps, s);
	}
}

// }
