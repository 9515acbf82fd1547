// check_util.c: what every part of the checker shares — printing
// expressions and operands the way Go's messages do, error positions,
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

static void print_expr(StrBuf *b, Node *n, int depth);

static void print_list(StrBuf *b, NodeList *l, int depth)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			strbuf_put(b, ", ");
		print_expr(b, l->items[i], depth);
	}
}

static void print_fields(StrBuf *b, NodeList *l, const char *sep, int depth)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = l->items[i];
		if (i)
			strbuf_put(b, sep);
		if (f->kind != ND_FIELD) {
			print_expr(b, f, depth);
			continue;
		}
		for (int j = 0; j < f->u.field.names.len; j++) {
			if (j)
				strbuf_put(b, ", ");
			strbuf_put(b, f->u.field.names.items[j]->u.ident.name);
		}
		if (f->u.field.names.len)
			strbuf_put(b, " ");
		print_expr(b, f->u.field.ftype, depth);
	}
}

static void print_sig(StrBuf *b, Node *ft, int depth)
{
	strbuf_put(b, "(");
	print_fields(b, &ft->u.functype.params, ", ", depth);
	strbuf_put(b, ")");
	NodeList *r = &ft->u.functype.results;
	if (r->len == 1 && r->items[0]->kind == ND_FIELD && !r->items[0]->u.field.names.len) {
		strbuf_put(b, " ");
		print_expr(b, r->items[0]->u.field.ftype, depth);
	} else if (r->len) {
		strbuf_put(b, " (");
		print_fields(b, r, ", ", depth);
		strbuf_put(b, ")");
	}
}

static void print_expr(StrBuf *b, Node *n, int depth)
{
	if (!n) {
		return;
	}
	if (depth > 200 || b->len > 4096) {
		strbuf_put(b, "…");
		return;
	}
	depth++;
	switch (n->kind) {
	case ND_BAD: strbuf_put(b, "BadExpr"); return;
	case ND_IDENT: strbuf_put(b, n->u.ident.name); return;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRINGLIT:
		strbuf_put(b, n->u.lit.text ? n->u.lit.text : "?");
		return;
	case ND_COMPOSITE:
		print_expr(b, n->u.composite.ctype, depth);
		strbuf_put(b, n->u.composite.elems.len ? "{…}" : "{}");
		return;
	case ND_FUNCLIT:
		strbuf_put(b, "func");
		print_sig(b, n->u.funclit.ftype, depth);
		strbuf_put(b, " {…}");
		return;
	case ND_PAREN:
		strbuf_put(b, "(");
		print_expr(b, n->u.paren.x, depth);
		strbuf_put(b, ")");
		return;
	case ND_SELECTOR:
		print_expr(b, n->u.sel.x, depth);
		strbuf_put(b, ".");
		strbuf_put(b, n->u.sel.name);
		return;
	case ND_INDEX:
		print_expr(b, n->u.index.x, depth);
		strbuf_put(b, "[");
		print_expr(b, n->u.index.index, depth);
		strbuf_put(b, "]");
		return;
	case ND_SLICE:
		print_expr(b, n->u.slice.x, depth);
		strbuf_put(b, "[");
		print_expr(b, n->u.slice.lo, depth);
		strbuf_put(b, ":");
		print_expr(b, n->u.slice.hi, depth);
		if (n->u.slice.three) {
			strbuf_put(b, ":");
			print_expr(b, n->u.slice.max, depth);
		}
		strbuf_put(b, "]");
		return;
	case ND_TYPEASSERT:
		print_expr(b, n->u.assert.x, depth);
		strbuf_put(b, ".(");
		if (n->u.assert.atype)
			print_expr(b, n->u.assert.atype, depth);
		else
			strbuf_put(b, "type");
		strbuf_put(b, ")");
		return;
	case ND_CALL:
		print_expr(b, n->u.call.fn, depth);
		strbuf_put(b, "(");
		print_list(b, &n->u.call.args, depth);
		if (n->u.call.spread)
			strbuf_put(b, "...");
		strbuf_put(b, ")");
		return;
	case ND_STAR:
		strbuf_put(b, "*");
		print_expr(b, n->u.star.x, depth);
		return;
	case ND_UNARY:
		strbuf_put(b, check_op_string(n->u.unary.op));
		print_expr(b, n->u.unary.x, depth);
		return;
	case ND_BINARY:
		print_expr(b, n->u.binary.x, depth);
		strbuf_put(b, " ");
		strbuf_put(b, check_op_string(n->u.binary.op));
		strbuf_put(b, " ");
		print_expr(b, n->u.binary.y, depth);
		return;
	case ND_KEYVALUE:
		print_expr(b, n->u.kv.key, depth);
		strbuf_put(b, ": ");
		print_expr(b, n->u.kv.value, depth);
		return;
	case ND_CONV:
		print_expr(b, n->u.conv.x, depth);
		return;
	case ND_ARRAYTYPE:
		strbuf_put(b, "[");
		if (n->u.arraytype.len)
			print_expr(b, n->u.arraytype.len, depth);
		strbuf_put(b, "]");
		print_expr(b, n->u.arraytype.elem, depth);
		return;
	case ND_ELLIPSIS:
		strbuf_put(b, "...");
		print_expr(b, n->u.ellipsis.elem, depth);
		return;
	case ND_MAPTYPE:
		strbuf_put(b, "map[");
		print_expr(b, n->u.maptype.key, depth);
		strbuf_put(b, "]");
		print_expr(b, n->u.maptype.value, depth);
		return;
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
			print_expr(b, e, depth);
			if (paren)
				strbuf_put(b, ")");
		}
		return;
	case ND_FUNCTYPE:
		strbuf_put(b, "func");
		print_sig(b, n, depth);
		return;
	case ND_STRUCTTYPE:
		strbuf_put(b, "struct{");
		print_fields(b, &n->u.structtype.fields, "; ", depth);
		strbuf_put(b, "}");
		return;
	case ND_INTERFACETYPE:
		strbuf_put(b, "interface{");
		for (int i = 0; i < n->u.ifacetype.methods.len; i++) {
			Node *f = n->u.ifacetype.methods.items[i];
			if (i)
				strbuf_put(b, "; ");
			if (f->kind == ND_FIELD && f->u.field.names.len &&
			    f->u.field.ftype && f->u.field.ftype->kind == ND_FUNCTYPE) {
				strbuf_put(b, f->u.field.names.items[0]->u.ident.name);
				print_sig(b, f->u.field.ftype, depth);
			} else if (f->kind == ND_FIELD) {
				print_expr(b, f->u.field.ftype, depth);
			}
		}
		strbuf_put(b, "}");
		return;
	case ND_FIELD:
		print_expr(b, n->u.field.ftype, depth);
		return;
	default:
		strbuf_put(b, "?");
		return;
	}
}

const char *expr_string(Node *n)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	print_expr(&b, n, 0);
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
