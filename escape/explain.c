// explain.c: every escape diagnostic (-m, -m=2), in Go's words and order.
//
// Parameters first (per function, receiver first), then locations in
// creation order; -m=2 adds the flow path that decided each escape or leak.
// Node text comes from nodefmt.c.
#include "escape/build.h"

#include <stdarg.h>
#include <stdlib.h>

// {==================== a growable string ====================

// }====================================================================
// }====================================================================
// {==================== names and positions ====================

static Type *under(Type *t)
{
	return t ? type_underlying(t) : NULL;
}

static Node *skip_implicit(Node *n)
{
	while (n->kind == ND_PAREN || n->kind == ND_CONV)
		n = n->kind == ND_PAREN ? n->u.paren.x : n->u.conv.x;
	return n;
}


const char *esc_func_name(EscFunc *fn)
{
	if (fn->name)
		return fn->name;
	Sym *f = fn->sym;
	if (!f->outer && f->func_node && f->func_node->kind == ND_FUNCLIT) {
		fn->name = f->name;  // glob..funcN
	} else if (f->outer) {
		EscFunc *o = fn->outer;
		const char *on = o ? esc_func_name(o) : "glob.";
		bool top = o && !o->sym->outer;
		int idx = f->func_node && f->func_node->kind == ND_FUNCLIT ?
			f->func_node->u.funclit.index : f->index;
		fn->name = arena_sprintf(&ast_arena, top || !o ? "%s.func%d" : "%s.%d", on, idx);
	} else if (f->recv_type) {
		Type *rt = f->recv_type;
		if (under(rt) && under(rt)->kind == TY_POINTER && rt->kind != TY_NAMED)
			fn->name = arena_sprintf(&ast_arena, "(%s).%s", esc_type_string(rt), f->name);
		else
			fn->name = arena_sprintf(&ast_arena, "%s.%s", esc_type_string(rt), f->name);
	} else {
		fn->name = f->name;
	}
	return fn->name;
}

Pos esc_site_pos(EscState *s, Node *n)
{
	if (n->kind == ND_CONV && n->id > 0 && n->id < s->nconv_pos && s->conv_pos[n->id].line)
		return s->conv_pos[n->id];
	if (n->kind == ND_CONV)
		return skip_implicit(n)->pos;
	return n->pos;
}

// Every diagnostic goes through here: to stderr for -m, and as one JSON
// object per message for -m=json (kind: a short tag; loc: its location,
// whose explanation path is attached when it has one).
static void emitv(EscState *s, const char *kind, EscLoc *loc, Pos p, const char *fmt,
	va_list ap)
{
	char msg[1024];
	vsnprintf(msg, sizeof msg, fmt, ap);
	char at[32];
	if (s->opts->m_level)
		fprintf(stderr, "%s:%s: %s\n", diag_filename, diag_pos_text(at, p), msg);
	if (s->opts->json_out && kind)
		esc_json_message(s, kind, p, msg, loc ? loc->explain : NULL);
	if (s->capture && !kind) {
		StrBuf *b = s->capture;
		strbuf_put(b, msg);
		strbuf_put(b, "\n");
	}
}

static void emit_kind(EscState *s, const char *kind, EscLoc *loc, Pos p, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void emit_kind(EscState *s, const char *kind, EscLoc *loc, Pos p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	emitv(s, kind, loc, p, fmt, ap);
	va_end(ap);
}

// Explanation lines (-m=2): printed only at -m=2, captured for json.
static void emit_line(EscState *s, Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void emit_line(EscState *s, Pos p, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	char at[32];
	if (s->opts->m_level >= 2)
		fprintf(stderr, "%s:%s: %s\n", diag_filename, diag_pos_text(at, p), msg);
	if (s->capture) {
		strbuf_put(s->capture, msg);
		strbuf_put(s->capture, "\n");
	}
}

// }====================================================================
// {==================== -m messages ====================

void esc_report_self_assign(EscState *s, Node *stmt)
{
	emit_kind(s, "self-assign", NULL, stmt->pos, "%s ignoring self-assignment in %s", esc_func_name(s->curfn),
		esc_stmt_string(s, stmt));
}

void esc_report_text(EscState *s, Pos p, const char *text)
{
	emit_kind(s, "self-assign", NULL, p, "%s", text);
}

void esc_report_devirt(EscState *s, Node *call, Type *t, bool partial)
{
	Node *sel = skip_implicit(call->u.call.fn);
	int tmp = esc_callee_tmp(s, call);
	const char *what = tmp >= 0 && sel->kind == ND_SELECTOR ?
		arena_sprintf(&ast_arena, ".autotmp_%d.%s", tmp, sel->u.sel.name) : esc_node_string(s, sel);
	emit_kind(s, "devirtualize", NULL, call->pos, "%sdevirtualizing %s to %s",
		partial ? "partially " : "", what, esc_type_string(t));
}

void esc_report_capture(EscState *s, Sym *v, EscLoc *l, bool byval)
{
	EscFunc *owner = v->owner ? esc_func_of(s, v->owner) : s->curfn;
	emit_line(s, v->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
		esc_func_name(owner), byval ? "value" : "ref", v->name,
		l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false",
		(long long)(v->type ? v->type->size : 0));
}

static const char *result_name(EscFunc *fn, int i)
{
	Sym *r = i < fn->sym->results.len ? fn->sym->results.items[i] : NULL;
	if (!r || !r->name || !r->name[0])
		return arena_sprintf(&ast_arena, "~r%d", i);
	if (strcmp(r->name, "_") == 0)
		return arena_sprintf(&ast_arena, "~b%d", i);
	return r->name;
}

static void report_params(EscState *s, EscFunc *fn)
{
	for (int i = 0; i < fn->nparams; i++) {
		Sym *p = fn->sym->params.items[i];
		if (!p || !fn->param_named[i] || !fn->param_ptrs[i])
			continue;
		EscLoc *l = fn->param_locs[i];
		if (l->escapes)
			continue;
		EscLeaks *t = &fn->tags[i];
		if (esc_leaks_is_empty(t))
			emit_kind(s, "param-noescape", l, p->pos, "%s does not escape", p->name);
		int h = esc_leaks_heap(t);
		if (h == 0)
			emit_kind(s, "param-leak", l, p->pos, "leaking param: %s", p->name);
		else if (h > 0)
			emit_kind(s, "param-leak-content", l, p->pos, "leaking param content: %s",
				p->name);
		for (int r = 0; r < ESC_NUM_RESULTS; r++) {
			int x = esc_leaks_result(t, r);
			if (x >= 0)
				emit_kind(s, "param-leak-result", l, p->pos,
					"leaking param: %s to result %s level=%d", p->name,
					result_name(fn, r), x);
		}
	}
}

void esc_report_batch(EscState *s, EscFunc **fns, int nfns)
{
	if (!s->opts->m_level && !s->opts->json_out)
		return;
	for (int i = 0; i < nfns; i++)
		report_params(s, fns[i]);
	EscBatch *b = s->b;
	for (int i = 0; i < b->locs.len; i++) {
		EscLoc *l = b->locs.items[i];
		if (l->var) {
			if (l->escapes && l->var->name)
				emit_kind(s, "moved-to-heap", l, l->var->pos, "moved to heap: %s",
					l->var->name);
			continue;
		}
		if (!l->node)
			continue;
		emit_kind(s, l->escapes ? "escapes" : "does-not-escape", l, esc_site_pos(s, l->node),
			"%s %s", esc_site_string(s, l->node),
			l->escapes ? "escapes to heap" : "does not escape");
	}
}

// }====================================================================
// {==================== -m=2 explanations ====================

static const char *loc_string(EscState *s, EscLoc *l)
{
	if (l == &s->b->heap)
		return "{heap}";
	if (l->var)
		return l->var->name;
	if (!l->node)
		return "{temp}";
	return arena_sprintf(&ast_arena, "{storage for %s}", esc_site_string(s, l->node));
}

static Pos loc_pos(EscState *s, EscLoc *l)
{
	if (l->var)
		return l->var->pos;
	if (l->node)
		return esc_site_pos(s, l->node);
	return (Pos){0, 0};
}

static void begin_capture(EscState *s)
{
	if (!s->opts->json_out)
		return;
	StrBuf *b = xmalloc(sizeof *b);
	*b = (StrBuf){0};
	strbuf_put(b, "");
	s->capture = b;
}

// Keeps the first explanation of a location (the one that decided it).
static void end_capture(EscState *s, EscLoc *l)
{
	StrBuf *b = s->capture;
	if (!b)
		return;
	s->capture = NULL;
	if (!l->explain)
		l->explain = arena_strndup(&ast_arena, b->p, b->len);
	free(b->p);
	free(b);
}

// A case clause as Go prints it: "case LIST: BODY", statements "; "-joined.
static const char *clause_string(EscState *s, Node *cl)
{
	StrBuf b = {0};
	strbuf_put(&b, cl->u.clause.is_default || !cl->u.clause.list.len ? "default: " : "case ");
	NodeList *l = &cl->u.clause.list;
	for (int i = 0; i < l->len; i++) {
		strbuf_put(&b, i ? ", " : "");
		strbuf_put(&b, esc_node_string(s, l->items[i]));
	}
	if (l->len)
		strbuf_put(&b, ": ");
	for (int i = 0; i < cl->u.clause.body.len; i++) {
		Node *st = cl->u.clause.body.items[i];
		strbuf_put(&b, i ? "; " : "");
		strbuf_put(&b, st->kind == ND_EXPRSTMT ? esc_node_string(s, st->u.exprstmt.x) :
			esc_stmt_string(s, st));
	}
	const char *r = arena_strndup(&ast_arena, b.p, b.len);
	free(b.p);
	return r;
}

static const char *note_string(EscState *s, EscNote *n)
{
	Node *where = n->where;
	switch (where->kind) {
	case ND_RANGE:
		return "for loop";
	case ND_CASECLAUSE:
		return clause_string(s, where);
	case ND_ASSIGN: case ND_RETURN: case ND_VARSPEC: case ND_SEND:
		return esc_stmt_string(s, where);
	case ND_CALL:
		// A variadic call's implicit slice is noted at the call: Go names
		// the slice ("... argument"), not the call.
		if (!strcmp(n->why, "slice-literal-element") || !strcmp(n->why, "spill"))
			return esc_site_string(s, where);
		return esc_node_string(s, where);
	default:
		return esc_node_string(s, where);
	}
}

static void explain_flow(EscState *s, Pos pos, EscLoc *dst, EscLoc *src, int derefs,
	EscNote *notes)
{
	char ops[64] = "&";
	if (derefs >= 0) {
		int i = 0;
		for (; i < derefs && i < 63; i++)
			ops[i] = '*';
		ops[i] = 0;
	}
	emit_line(s, pos, "  flow: %s = %s%s:", loc_string(s, dst), ops, loc_string(s, src));
	for (EscNote *n = notes; n; n = n->next) {
		// An implicit conversion: where Go made it; a range loop: its keyword.
		Pos wp = n->where->kind == ND_RANGE ? n->where->u.range.kw : esc_site_pos(s, n->where);
		char at[32];
		emit_line(s, pos, "    from %s (%s) at %s:%s", note_string(s, n), n->why,
			diag_filename, diag_pos_text(at, wp));
	}
}

// Follows the walk's next hops from src to root. The hops can form a cycle
// (n.Orig = &n records n's own address as its next hop): like Go, stop at
// the first location seen twice, with Go's warning.
static void explain_path(EscState *s, EscLoc *root, EscLoc *src)
{
	static uint32_t gen;
	Pos pos = loc_pos(s, src);
	gen++;
	for (;;) {
		if (src->explaingen == gen) {
			emit_line(s, pos, "  warning: truncated explanation due to assignment cycle; "
				"see golang.org/issue/35518");
			break;
		}
		src->explaingen = gen;
		EscLoc *dst = src->dst;
		if (!dst)
			break;
		EscEdge *e = &dst->edges.items[src->dst_edge];
		explain_flow(s, pos, dst, src, e->derefs, e->notes);
		if (dst == root)
			break;
		src = dst;
	}
}

static void hook_leak(EscBatch *b, EscLoc *root, EscLoc *param, int derefs)
{
	EscState *s = b->ctx;
	if (s->opts->m_level < 2 && !s->opts->json_out)
		return;
	begin_capture(s);
	emit_line(s, param->var->pos, "parameter %s leaks to %s with derefs=%d:", param->var->name,
		loc_string(s, root), derefs);
	explain_path(s, root, param);
	end_capture(s, param);
}

static void hook_escape(EscBatch *b, EscLoc *root, EscLoc *l)
{
	EscState *s = b->ctx;
	if ((s->opts->m_level < 2 && !s->opts->json_out) || (!l->var && !l->node))
		return;
	Pos p = loc_pos(s, l);
	begin_capture(s);
	emit_line(s, p, "%s escapes to heap:", l->var ? l->var->name : esc_site_string(s, l->node));
	explain_path(s, root, l);
	end_capture(s, l);
}

static void hook_flow_escape(EscBatch *b, EscHole k, EscLoc *src)
{
	EscState *s = b->ctx;
	if ((s->opts->m_level < 2 && !s->opts->json_out) || (!src->var && !src->node))
		return;
	Pos p = loc_pos(s, src);
	begin_capture(s);
	emit_line(s, p, "%s escapes to heap:", src->var ? src->var->name : esc_site_string(s, src->node));
	explain_flow(s, p, k.dst, src, k.derefs, k.notes);
	end_capture(s, src);
}

void esc_install_hooks(EscState *s)
{
	EscBatch *b = s->b;
	b->ctx = s;
	if (s->opts->m_level >= 2 || s->opts->json_out) {
		b->keep_notes = true;
		b->on_leak = hook_leak;
		b->on_escape = hook_escape;
		b->on_flow_escape = hook_flow_escape;
	}
}

// }====================================================================
