// inl_names.c: how Go names and shows functions in inlining messages.
//
// Names: F, (*T).M, T.M, main.func1 (a literal in main), F.func1.2 (a
// literal inside F's first literal), glob..func1 (a package-level one).
// The -m=2 summary is Go's short statement format: loops print as
// "for loop", switches and selects as "switch statement" / "select
// statement", `var x T` as "var x T; x = <nil>", blocks flatten into
// their statements, and expressions print as in escape messages
// (escape/nodefmt.c, shared).
#include "inline/inl_internal.h"

#include "escape/build.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

Sym *inl_name_outer(Sym *lit)
{
	Sym *o = lit->outer;
	while (lit->inl_copy > 0 && o && o->outer && o->inl_copy == lit->inl_copy &&
	       o->func_node && o->func_node->kind == ND_FUNCLIT)
		o = o->outer;
	return o;
}

const char *inl_func_name(Sym *f)
{
	Node *fn_node = f->func_node;
	bool lit = fn_node && fn_node->kind == ND_FUNCLIT;
	if (lit && !f->outer)
		return f->name;  // glob..funcN
	if (lit) {
		int idx = fn_node->u.funclit.index;
		Sym *o = inl_name_outer(f);
		const char *on = inl_func_name(o);
		// (a literal in a package-level literal is glob..func1.1)
		bool top = !o->outer && !(o->func_node && o->func_node->kind == ND_FUNCLIT);
		return arena_sprintf(&ast_arena, top ? "%s.func%d" : "%s.%d", on, idx);
	}
	if (f->recv_type && strcmp(f->name, "_") != 0) {   // (Go names a blank method _)
		Type *rt = f->recv_type;
		Type *u = type_underlying(rt);
		if (u && u->kind == TY_POINTER && rt->kind != TY_NAMED)
			return arena_sprintf(&ast_arena, "(%s).%s", esc_type_string(rt), f->name);
		return arena_sprintf(&ast_arena, "%s.%s", esc_type_string(rt), f->name);
	}
	return f->name;
}

// Go reports a function at its name, a method at its receiver's '(' and a
// literal at `func`.
Pos inl_func_pos(Sym *f)
{
	Node *n = f->func_node;
	if (!n)
		return f->pos;
	if (n->kind == ND_FUNCLIT)
		return n->pos;
	if (n->kind == ND_FUNCDECL && n->u.func.recv)
		return n->u.func.after_func;   // the receiver's '('
	return f->pos;
}

static void stmt_list(StrBuf *b, NodeList *l, bool *first);

static Sym *cur_fn;   // the function being printed

// Go numbers its temporaries after the function's declarations so far:
// parameters, results, then locals in order.
static int decls_before(Pos p)
{
	int n = cur_fn->params.len + cur_fn->results.len;
	for (int i = 0; i < cur_fn->locals.len; i++)
		if (pos_before(cur_fn->locals.items[i]->pos, p))
			n++;
	return n;
}

static void sep(StrBuf *b, bool *first)
{
	if (!*first)
		strbuf_put(b, "; ");
	*first = false;
}

static void var_decls(StrBuf *b, Node *spec, bool *first)
{
	NodeList *names = &spec->u.spec.names, *vals = &spec->u.spec.values;
	if (vals->len == 1 && names->len > 1) {
		// var a, b T = f(): the declarations, then one multi-assignment
		for (int i = 0; i < names->len; i++) {
			sep(b, first);
			strbuf_putf(b, "var %s %s", names->items[i]->u.ident.name,
				      esc_type_string(names->items[i]->type));
		}
		sep(b, first);
		for (int i = 0; i < names->len; i++)
			strbuf_putf(b, "%s%s", i ? ", " : "", names->items[i]->u.ident.name);
		strbuf_putf(b, " = %s", esc_node_string(NULL, vals->items[0]));
		return;
	}
	for (int i = 0; i < names->len; i++) {
		Node *nm = names->items[i];
		sep(b, first);
		strbuf_put(b, "var ");
		strbuf_put(b, nm->u.ident.name);
		strbuf_put(b, " ");
		strbuf_put(b, esc_type_string(nm->type));
		sep(b, first);
		strbuf_put(b, nm->u.ident.name);
		strbuf_put(b, " = ");
		if (vals->len == names->len)
			strbuf_put(b, esc_node_string(NULL, vals->items[i]));
		else
			strbuf_put(b, "<nil>");
	}
}

// Go's dead-code pass folds `false && x` to false and `true || x` to true
// before the inliner prints the body.
static const char *cond_string(Node *c)
{
	int v = inl_fold_cond(c);
	if (v >= 0 && !ast_unparen(c)->cval)
		return v ? "true" : "false";
	return esc_node_string(NULL, c);
}

static bool (*summary_dead)(Node *n);   // inl_say_lit's

static bool dead(Node *n)
{
	return inl_dead(n) || (summary_dead && summary_dead(n));
}

static void stmt(StrBuf *b, Node *n, bool *first)
{
	if (dead(n))
		return;
	switch (n->kind) {
	case ND_BLOCK:
		stmt_list(b, &n->u.block.stmts, first);
		return;
	case ND_EMPTY:
		return;
	case ND_DECLSTMT:
		for (int i = 0; i < n->u.decl.specs.len; i++) {
			Node *sp = n->u.decl.specs.items[i];
			if (sp->kind == ND_VARSPEC) {
				var_decls(b, sp, first);
			} else if (sp->kind == ND_CONSTSPEC) {
				for (int j = 0; j < sp->u.spec.names.len; j++) {
					sep(b, first);
					strbuf_put(b, "<node DCLCONST>");
				}
			}
		}
		return;
	default:
		break;
	}
	sep(b, first);
	switch (n->kind) {
	case ND_INCDEC:
		strbuf_put(b, esc_node_string(NULL, n->u.incdec.x));
		strbuf_put(b, n->u.incdec.op == TOK_INC ? " += 1" : " -= 1");
		return;
	case ND_IF: {
		strbuf_put(b, "if ");
		strbuf_put(b, cond_string(n->u.ifs.cond));
		strbuf_put(b, " { ");
		bool f2 = true;
		stmt(b, n->u.ifs.then, &f2);
		strbuf_put(b, " }");
		if (n->u.ifs.els && !dead(n->u.ifs.els)) {
			strbuf_put(b, " else { ");
			f2 = true;
			stmt(b, n->u.ifs.els, &f2);
			strbuf_put(b, " }");
		}
		return;
	}
	case ND_FOR: case ND_RANGE:
		strbuf_put(b, "for loop");
		return;
	case ND_SWITCH: case ND_TYPESWITCH:
		strbuf_put(b, "switch statement");
		return;
	case ND_SELECT:
		strbuf_put(b, "select statement");
		return;
	case ND_LABELED:
		strbuf_put(b, n->u.labeled.label->u.ident.name);
		strbuf_put(b, ": ");
		stmt(b, n->u.labeled.stmt, first);
		return;
	case ND_BRANCH: {
		const char *w = n->u.branch.tok == TOK_BREAK ? "break" :
			n->u.branch.tok == TOK_CONTINUE ? "continue" :
			n->u.branch.tok == TOK_GOTO ? "goto" : "fallthrough";
		strbuf_put(b, w);
		if (n->u.branch.label) {
			strbuf_put(b, " ");
			strbuf_put(b, n->u.branch.label->u.ident.name);
		}
		return;
	}
	case ND_RETURN:
		if (n->u.ret.results.len == 1 && n->u.ret.results.items[0]->type &&
		    n->u.ret.results.items[0]->type->kind == TY_TUPLE) {
			// return g(): Go returns the temporaries g's results went to
			int k = decls_before(n->pos);
			int m = n->u.ret.results.items[0]->type->fields.len;
			strbuf_put(b, "return ");
			for (int i = 0; i < m; i++) {
				char t[32];
				snprintf(t, sizeof t, "%s.autotmp_%d", i ? ", " : "", k + i);
				strbuf_put(b, t);
			}
			return;
		}
		strbuf_put(b, esc_stmt_string(NULL, n));
		if (!n->u.ret.results.len)
			strbuf_put(b, " ");
		return;
	case ND_EXPRSTMT:
		strbuf_put(b, esc_node_string(NULL, n->u.exprstmt.x));
		return;
	default:
		strbuf_put(b, esc_stmt_string(NULL, n));
		return;
	}
}

static void stmt_list(StrBuf *b, NodeList *l, bool *first)
{
	for (int i = 0; i < l->len; i++)
		stmt(b, l->items[i], first);
}

// A signature as Go prints it, keeping `any` where the source has it.
static void signature(StrBuf *b, Type *ft)
{
	strbuf_put(b, "func(");
	for (int i = 0; i < ft->fields.len; i++) {
		Type *pt = ft->fields.items[i].type;
		if (i)
			strbuf_put(b, ", ");
		if (ft->variadic && i == ft->fields.len - 1 && pt && pt->kind == TY_SLICE) {
			strbuf_put(b, "...");
			pt = pt->elem;
		}
		strbuf_put(b, esc_type_string(pt));
	}
	strbuf_put(b, ")");
	if (ft->results.len == 1) {
		strbuf_put(b, " ");
		strbuf_put(b, esc_type_string(ft->results.items[0].type));
	} else if (ft->results.len > 1) {
		strbuf_put(b, " (");
		for (int i = 0; i < ft->results.len; i++) {
			if (i)
				strbuf_put(b, ", ");
			strbuf_put(b, esc_type_string(ft->results.items[i].type));
		}
		strbuf_put(b, ")");
	}
}

const char *inl_body_summary(Sym *fn)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	if (fn->recv_type) {
		strbuf_put(&b, "method(");
		strbuf_put(&b, esc_type_string(fn->recv_type));
		strbuf_put(&b, ") ");
	}
	Type *ft = fn->type ? type_underlying(fn->type) : NULL;
	if (ft && ft->kind == TY_FUNC)
		signature(&b, ft);
	else
		strbuf_put(&b, esc_type_string(fn->type));
	strbuf_put(&b, " { ");
	bool first = true;
	esc_fmt_unpacked = true;
	cur_fn = fn;
	if (fn->body)
		stmt_list(&b, &fn->body->u.block.stmts, &first);
	esc_fmt_unpacked = false;
	strbuf_put(&b, " }");
	return strbuf_done(&b, &ast_arena);
}

void inl_say_lit(Pos at, const char *name, Sym *fn, int m_level, bool (*is_dead)(Node *n))
{
	char pos[32];
	diag_pos_text(pos, at);
	if (m_level > 1 && fn && fn->inl_ok) {
		summary_dead = is_dead;
		const char *body = inl_body_summary(fn);
		summary_dead = NULL;
		fprintf(stderr, "%s:%s: can inline %s with cost %d as: %s\n", diag_filename, pos, name,
			fn->inl_cost, body);
	} else
		fprintf(stderr, "%s:%s: can inline %s\n", diag_filename, pos, name);
}
