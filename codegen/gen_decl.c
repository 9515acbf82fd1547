// gen_decl.c: functions, closures (function literals and their captures),
// locals, package variables and the C main().
//
// Calling convention: a package function or method is a plain C function
// (receiver first). Function values are go_closure pointers whose code takes
// the closure as a hidden first argument; the wrappers for package functions
// used as values and for methods are in gen_methval.c.
//
// Locals are declared at the top of the C function under unique names
// (mangle.c) and initialised where Go declares them; a variable the escape
// pass moved to the heap is a pointer to memory from go_new instead.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>

// Go's rule (and the escape pass's, when it ran): a captured variable is
// shared by reference unless it is never reassigned, never has its address
// taken and is at most 128 bytes.
static bool captured_by_ref(Sym *s)
{
	return s->by_ref || s->reassigned || s->addr_taken || (s->type && s->type->size > 128);
}

// {==================== captures ====================
//
// The variables a function literal uses from enclosing functions, in first
// use order, including those only its nested literals use (they reach them
// through it). Computed here from the body rather than taken from the
// checker, so codegen depends only on Sym.owner.

typedef VEC(Sym *) SymVec;

static void collect(Node *n, SymVec *owners, SymVec *used);

static void collect_list(NodeList *l, SymVec *owners, SymVec *used)
{
	for (int i = 0; i < l->len; i++)
		collect(l->items[i], owners, used);
}

static void collect(Node *n, SymVec *owners, SymVec *used)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_IDENT: {
		Sym *s = n->u.ident.sym;
		if (s && s->kind == SYM_VAR && !s->is_global && s->owner) {
			for (int i = 0; i < used->len; i++)
				if (used->items[i] == s)
					return;
			vec_push(&ast_arena, used, s);
		}
		return;
	}
	case ND_FUNCLIT:
		if (n->u.funclit.fn)
			vec_push(&ast_arena, owners, n->u.funclit.fn);
		collect(n->u.funclit.body, owners, used);
		return;
	case ND_COMPOSITE: collect_list(&n->u.composite.elems, owners, used); return;
	case ND_PAREN: collect(n->u.paren.x, owners, used); return;
	case ND_SELECTOR: collect(n->u.sel.x, owners, used); return;
	case ND_INDEX: collect(n->u.index.x, owners, used); collect(n->u.index.index, owners, used); return;
	case ND_SLICE:
		collect(n->u.slice.x, owners, used); collect(n->u.slice.lo, owners, used);
		collect(n->u.slice.hi, owners, used); collect(n->u.slice.max, owners, used);
		return;
	case ND_TYPEASSERT: collect(n->u.assert.x, owners, used); return;
	case ND_CALL: collect(n->u.call.fn, owners, used); collect_list(&n->u.call.args, owners, used); return;
	case ND_STAR: collect(n->u.star.x, owners, used); return;
	case ND_UNARY: collect(n->u.unary.x, owners, used); return;
	case ND_BINARY: collect(n->u.binary.x, owners, used); collect(n->u.binary.y, owners, used); return;
	case ND_KEYVALUE: collect(n->u.kv.key, owners, used); collect(n->u.kv.value, owners, used); return;
	case ND_CONV: collect(n->u.conv.x, owners, used); return;
	case ND_INLCALL:
		collect(n->u.inl.body, owners, used);
		collect_list(&n->u.inl.results, owners, used);
		return;
	case ND_INLDONE: collect(n->u.inl_done.assign, owners, used); return;
	case ND_BLOCK: collect_list(&n->u.block.stmts, owners, used); return;
	case ND_EXPRSTMT: collect(n->u.exprstmt.x, owners, used); return;
	case ND_SEND: collect(n->u.send.ch, owners, used); collect(n->u.send.value, owners, used); return;
	case ND_INCDEC: collect(n->u.incdec.x, owners, used); return;
	case ND_ASSIGN: collect_list(&n->u.assign.lhs, owners, used); collect_list(&n->u.assign.rhs, owners, used); return;
	case ND_DECLSTMT: collect_list(&n->u.decl.specs, owners, used); return;
	case ND_VARSPEC: collect_list(&n->u.spec.names, owners, used); collect_list(&n->u.spec.values, owners, used); return;
	case ND_LABELED: collect(n->u.labeled.stmt, owners, used); return;
	case ND_GO: case ND_DEFER: collect(n->u.go.call, owners, used); return;
	case ND_RETURN: collect_list(&n->u.ret.results, owners, used); return;
	case ND_IF:
		collect(n->u.ifs.init, owners, used); collect(n->u.ifs.cond, owners, used);
		collect(n->u.ifs.then, owners, used); collect(n->u.ifs.els, owners, used);
		return;
	case ND_SWITCH:
		collect(n->u.sw.init, owners, used); collect(n->u.sw.tag, owners, used);
		collect_list(&n->u.sw.clauses, owners, used);
		return;
	case ND_TYPESWITCH:
		collect(n->u.tsw.init, owners, used); collect(n->u.tsw.x, owners, used);
		for (int i = 0; i < n->u.tsw.clauses.len; i++) {
			Node *c = n->u.tsw.clauses.items[i];
			collect_list(&c->u.clause.body, owners, used);
		}
		return;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		collect_list(&n->u.clause.list, owners, used); collect_list(&n->u.clause.body, owners, used);
		return;
	case ND_SELECT: collect_list(&n->u.sel_stmt.clauses, owners, used); return;
	case ND_FOR:
		collect(n->u.fors.init, owners, used); collect(n->u.fors.cond, owners, used);
		collect(n->u.fors.post, owners, used); collect(n->u.fors.body, owners, used);
		return;
	case ND_RANGE:
		collect(n->u.range.key, owners, used); collect(n->u.range.value, owners, used);
		collect(n->u.range.x, owners, used); collect(n->u.range.body, owners, used);
		return;
	default:
		return;
	}
}

typedef struct Captures {
	Node *lit;
	SymList caps;
} Captures;
static VEC(Captures) capture_cache;

static SymList *captures_of(Node *lit)
{
	for (int i = 0; i < capture_cache.len; i++)
		if (capture_cache.items[i].lit == lit)
			return &capture_cache.items[i].caps;
	SymVec owners = {0}, used = {0};
	collect(lit, &owners, &used);
	Captures c = {.lit = lit};
	for (int i = 0; i < used.len; i++) {
		Sym *s = used.items[i];
		bool inner = false;
		for (int k = 0; k < owners.len && !inner; k++)
			inner = owners.items[k] == s->owner;
		if (!inner)
			vec_push(&ast_arena, &c.caps, s);
	}
	vec_push(&ast_arena, &capture_cache, c);
	return &capture_cache.items[capture_cache.len - 1].caps;
}

// }

// Index of s in the current closure's captures, or -1.
static int capture_index(CGen *g, Sym *s)
{
	if (!g->fnlit)
		return -1;
	SymList *caps = captures_of(g->fnlit);
	for (int i = 0; i < caps->len; i++)
		if (caps->items[i] == s)
			return i;
	return -1;
}

// Declares a local of the current function at the top of its body.
static void declare_local(CGen *g, Sym *s)
{
	const char *name = cg_var_name(g, s);
	if (s->escapes)
		sect_printf(g->decls, "\t%s *%s = NULL;\n", cg_ctype(g, s->type), name);
	else
		sect_printf(g->decls, "\t%s %s = %s;\n", cg_ctype(g, s->type), name, cg_zero(g, s->type));
	cg_ce_var(g, s);
}

// Locals already declared, keyed by Sym id. A variable belongs to one
// function and each function is generated once; the table is cleared per
// program (symbol ids restart when one process compiles another program).
static uint8_t *declared;
static int declared_cap;

static void forget_declared(void)
{
	free(declared);
	declared = NULL;
	declared_cap = 0;
	memset(&capture_cache, 0, sizeof capture_cache);   // in the previous ast_arena
}

static bool mark_declared(CGen *g, Sym *s)
{
	if (s->id >= declared_cap) {
		int cap = declared_cap ? declared_cap : 1024;
		while (cap <= s->id)
			cap *= 2;
		declared = xrealloc(declared, (size_t)cap);
		memset(declared + declared_cap, 0, (size_t)(cap - declared_cap));
		declared_cap = cap;
	}
	if (declared[s->id])
		return false;
	declared[s->id] = 1;
	return true;
}

static void ensure_declared(CGen *g, Sym *s)
{
	if (mark_declared(g, s))
		declare_local(g, s);
}

const char *cg_var_ref(CGen *g, Sym *s)
{
	if (s->is_global || !s->owner)
		return cg_var_name(g, s);
	if (g->fn && s->owner != g->fn) {
		int k = capture_index(g, s);
		if (k < 0)
			bug("variable %s (of %s) used in %s, not captured", s->name, s->owner->name, g->fn->name);
		if (captured_by_ref(s))
			return cg_fmt(g, "(*cl_->%s)", cg_var_name(g, s));
		return cg_fmt(g, "cl_->%s", cg_var_name(g, s));
	}
	ensure_declared(g, s);
	if (s->escapes)
		return cg_fmt(g, "(*%s)", cg_var_name(g, s));
	return cg_var_name(g, s);
}

// {==================== function headers ====================

static const char *params_decl(CGen *g, Sym *fn, Type *sig, const char *first)
{
	Sect b = {0};
	int n = 0;
	if (first) {
		sect_printf(&b, "%s", first);
		n++;
	}
	for (int i = 0; i < fn->params.len; i++) {
		Sym *p = fn->params.items[i];
		const char *name = cg_var_name(g, p);
		sect_printf(&b, "%s%s %s%s", n++ ? ", " : "", cg_ctype(g, p->type), name,
			p->escapes ? "_in" : "");
	}
	(void)sig;
	if (!n)
		sect_printf(&b, "void");
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}

static const char *func_header(CGen *g, Sym *fn, const char *cname, const char *first)
{
	Type *rt = cg_result_type(g, fn->type);
	// -d=checkescape compares returned pointers with the function's own
	// frame (__builtin_frame_address): it must have one.
	return cg_fmt(g, "static GO_TEXT %s%s %s(%s)",
		g->ce ? "__attribute__((noinline)) " : cg_inline_hint(fn) ? "inline " : "",
		rt ? cg_ctype(g, rt) : "void", cname,
		params_decl(g, fn, fn->type, first));
}

// A parameter of function type that keeps its value for the whole call:
// its code pointer is loaded once, at entry (a closure record never changes
// its fn). Loaded at each call instead, it could be clobbered by the call
// before, so gcc cannot turn the call into a direct one after inlining the
// function into a caller that passes a func literal, as Go's inliner does.
bool cg_cached_fn_param(CGen *g, Sym *p)
{
	return p && p->kind == SYM_VAR && p->is_param && p->owner == g->fn && !p->escapes &&
		!p->addr_taken && !p->reassigned && type_underlying(p->type)->kind == TY_FUNC;
}

// {==================== function bodies ====================

enum { HUGE_FN_TEMPS = 4000 };

void cg_gen_func(CGen *g, Sym *fn, Node *lit)
{
	Sect body = {0}, decls = {0};
	Sym *saved_fn = g->fn;
	Node *saved_lit = g->fnlit;
	Sect *saved_out = g->out, *saved_decls = g->decls;
	bool saved_defer = g->has_defer, saved_go_args = g->go_args, saved_recover = g->uses_recover;
	CgPre *saved_pre = g->pre;   // the enclosing statement's, if any
	g->pre = NULL;
	Type *saved_rt = g->result_type;
	int saved_indent = g->indent, saved_line = g->last_line, saved_depth = g->inl_depth;
	int saved_pos_lines = g->pos_lines;
	const char *saved_file = g->cur_file, *saved_last_file = g->last_file;
	int ntmp0 = g->ntmp;
	int scratch0 = g->scratch.len;
	Sect *saved_scratch_decls = g->scratch_decls;
	g->inl_depth = 0;
	g->cur_file = g->src_file;
	g->fn = fn;
	g->fnlit = lit;
	g->go_args = false;   // a function literal among a go statement's arguments
	g->out = &body;
	g->decls = &decls;
	g->scratch_decls = &decls;
	g->indent = 1;
	g->last_line = 0;
	g->result_type = cg_result_type(g, fn->type);

	int saved_dbg = g->dbg_names.len;   // the parameters are named by the header
	const char *cname = cg_func_name(g, fn);
	const char *first = lit ? "go_closure *ctx_" : NULL;
	const char *header = func_header(g, fn, cname, first);
	sect_printf(&g->protos, "%s%s;\n", header, cg_trace_asm_label(g, fn));

	// Does the body defer? (Then returns go through the frame's epilogue.)
	g->has_defer = cg_body_defers(fn->body, false);
	// Stack check, growth and safepoint poll (go_rt.h, stackcheck.c).
	// The prologue is the `func` line's, as in Go's stack-overflow traces.
	cg_pos(g, fn->func_node ? fn->func_node->pos : fn->pos);
	int64_t saved_extra = g->frame_extra;
	g->frame_extra = g->has_defer ? (int64_t)sizeof(void *) * 8 : 0;   // go_defer_frame

	if (lit) {
		sect_printf(&decls, "\tstruct %s_ctx *cl_ = (struct %s_ctx *)ctx_;\n", cname, cname);
		sect_printf(&decls, "\t(void)cl_;\n");
	}
	for (int i = 0; i < fn->params.len; i++) {
		Sym *p = fn->params.items[i];
		if (p->escapes) {
			ensure_declared(g, p);
			cg_line(g, "%s = go_new_t(%s);", cg_var_name(g, p), cg_tdesc(g, p->type));
			cg_line(g, "*%s = %s_in;", cg_var_name(g, p), cg_var_name(g, p));
		} else {
			mark_declared(g, p);   // declared by the C header
			cg_ce_var(g, p);
		}
	}
	for (int i = 0; i < fn->params.len; i++) {
		Sym *p = fn->params.items[i];
		if (cg_cached_fn_param(g, p))
			sect_printf(&decls, "\tvoid *fnp_%s = %s ? %s->fn : 0;\n", cg_var_name(g, p),
				cg_var_name(g, p), cg_var_name(g, p));
	}
	for (int i = 0; i < fn->results.len; i++) {
		Sym *r = fn->results.items[i];
		ensure_declared(g, r);
		if (r->escapes)
			cg_line(g, "%s = go_new_t(%s);", cg_var_name(g, r), cg_tdesc(g, r->type));
	}
	if (g->has_defer) {
		sect_printf(&decls, "\tgo_defer_frame df_;\n");
		cg_line(g, "go_defer_enter(&df_);");
		// A recovered panic resumes here and returns the results as they
		// are: keep them in memory across calls.
		for (int i = 0; i < fn->results.len; i++)
			cg_line(g, "__asm__ volatile(\"\" : : \"g\"(&%s) : \"memory\");", cg_var_name(g, fn->results.items[i]));
		cg_line(g, "if (__builtin_setjmp(df_.jb))");
		cg_line(g, "\tgoto ret_;");
	}
	g->uses_recover = false;
	cg_stmts(g, &fn->body->u.block.stmts);
	// Whether this call may recover is decided at entry: called by a
	// panic's deferred call or not (go_recover_take, rt/go_panic.c).
	if (g->uses_recover)
		sect_printf(&decls, "\tbool rcv_ok_ = go_recover_take((const void *)%s);\n", cname);
	// The epilogue (deferred calls at return) is the closing brace's line,
	// as Go's tracebacks say.
	if (!fn->body->src_line)
		cg_pos(g, fn->body->pos2);
	if (g->has_defer) {
		g->indent = 0;
		cg_line(g, "ret_:");
		g->indent = 1;
		cg_line(g, "go_defer_return(&df_);");
		cg_line(g, "%s;", cg_return_results(g, fn->body->pos2));
	} else if (g->result_type) {
		cg_line(g, "__builtin_unreachable();");
	}
	// The check, now that the temporaries codegen made are known: first
	// in the declarations (before any initialiser writes the frame), or
	// in the wrapper of a large frame, which checks for all of it.
	if (body.p)
		cg_frame_literals(g, body.p, body.len);
	if (decls.p)
		cg_frame_literals(g, decls.p, decls.len);
	int64_t frame = cg_stack_frame(fn) + g->frame_extra;
	// A large frame (codegen's temporaries included: a function the
	// estimate thought small may be checked all the same): the body is a
	// function of its own (cg_gen_stack_check, gen_thunk.c).
	bool checked = cg_needs_stack_check(fn) || cg_stack_frame_is_big(frame);
	int64_t need = checked && cg_stack_frame_is_big(frame) ? frame : 0;
	const char *body_name = cname, *body_header = header;
	if (need) {
		body_name = cg_fmt(g, "%s_body_", cname);
		Type *rt = cg_result_type(g, fn->type);
		body_header = cg_fmt(g, "static GO_TEXT __attribute__((noinline)) %s %s(%s)",
			rt ? cg_ctype(g, rt) : "void", body_name, params_decl(g, fn, fn->type, first));
		sect_printf(&g->protos, "%s;\n", body_header);
	}
	// Tracebacks name the frame that runs the body (the wrapper of a large
	// frame is skipped as runtime code).
	cg_trace_func(g, fn, body_name);
	sect_printf(&g->protos, "//@frame %s %lld\n", body_name, (long long)frame);
	if (checked) {
		Sect check = {0};
		g->decls = &check;
		cg_gen_stack_check(g, fn, cname, header, body_name, lit != NULL, need);
		if (decls.p)
			sect_put(&check, decls.p, decls.len);
		free(decls.p);
		decls = check;
		g->decls = &decls;
	}
	g->frame_extra = saved_extra;

	// The header, the declarations and the stack check each on one C line,
	// the `func` line's: no statement's line number lands among them (gdb's
	// `break FILE:LINE`, traceback lines of the check).
	Sect *f = &g->funcs;
	Pos fpos = fn->func_node ? fn->func_node->pos : fn->pos;
	// gcc's -O2 passes over one basic block are quadratic in its stores:
	// a function of thousands of temporaries (a literal nested thousands
	// deep) is compiled at -Og, in seconds instead of minutes.
	if (g->ntmp - ntmp0 > HUGE_FN_TEMPS)
		body_header = cg_fmt(g, "__attribute__((optimize(\"Og\"))) %s", body_header);
	if (fpos.line > 0) {
		sect_printf(f, "\n#line %d %s\n%s {\n", fpos.line, g->src_file, body_header);
		if (decls.p) {
			sect_printf(f, "#line %d %s\n", fpos.line, g->src_file);
			for (size_t i = 0; i + 1 < decls.len; i++)
				if (decls.p[i] == '\n')
					decls.p[i] = ' ';
		}
	} else {
		sect_printf(f, "\n%s\n{\n", body_header);
	}
	if (decls.p)
		sect_put(f, decls.p, decls.len);
	if (body.p)
		sect_put(f, body.p, body.len);
	sect_printf(f, "}\n");
	free(body.p);
	free(decls.p);

	g->fn = saved_fn;
	g->fnlit = saved_lit;
	g->out = saved_out;
	g->decls = saved_decls;
	g->scratch.len = scratch0;   // what a return left: the frame is gone
	g->scratch_decls = saved_scratch_decls;
	g->has_defer = saved_defer;
	g->uses_recover = saved_recover;
	g->go_args = saved_go_args;
	g->pre = saved_pre;
	g->result_type = saved_rt;
	g->indent = saved_indent;
	g->last_line = saved_line;
	g->inl_depth = saved_depth;
	g->pos_lines = saved_pos_lines;
	g->dbg_names.len = saved_dbg;
	g->cur_file = saved_file;
	g->last_file = saved_last_file;
}

// "return" of the current function's result variables.
const char *cg_return_results(CGen *g, Pos pos)
{
	Sym *fn = g->fn;
	if (!g->result_type)
		return "return";
	if (fn->results.len == 1)
		return cg_fmt(g, "return %s", cg_ce_return(g, cg_var_ref(g, fn->results.items[0]), pos));
	Sect b = {0};
	for (int i = 0; i < fn->results.len; i++)
		sect_printf(&b, "%s%s", i ? ", " : "", cg_var_ref(g, fn->results.items[i]));
	const char *s = cg_fmt(g, "return %s",
		cg_ce_return(g, cg_fmt(g, "(%s){%s}", cg_ctype(g, g->result_type), b.p), pos));
	free(b.p);
	return s;
}

// The closure record of a function literal, with its captures; generates
// the literal's function the first time.
const char *cg_funclit(CGen *g, Node *n)
{
	Sym *fn = n->u.funclit.fn;
	const char *cname = cg_func_name(g, fn);
	SymList *caps = captures_of(n);
	Sect st = {0};
	sect_printf(&st, "struct %s_ctx {\n\tvoid *fn;\n", cname);
	for (int i = 0; i < caps->len; i++) {
		Sym *s = caps->items[i];
		sect_printf(&st, "\t%s %s%s;\n", cg_ctype(g, s->type), captured_by_ref(s) ? "*" : "",
			cg_var_name(g, s));
	}
	sect_printf(&st, "};\n");
	// The same literal may be generated twice (an inlined fmt call
	// evaluates its argument list in two places): its function once.
	bool first = true;
	for (int i = 0; i < g->made_lits.len && first; i++)
		first = g->made_lits.items[i] != fn;
	if (first) {
		vec_push(&g->arena, &g->made_lits, fn);
		sect_put(&g->protos, st.p, st.len);
		cg_gen_func(g, fn, n);
	}
	free(st.p);
	if (caps->len == 0) {
		// Nothing captured: one static closure, as Go does.
		if (first)
			sect_printf(&g->descs, "static go_closure %s_clo = {(void *)%s};\n", cname, cname);
		return cg_fmt(g, "(&%s_clo)", cname);
	}
	const char *p = cg_tmp_c(g, cg_fmt(g, "struct %s_ctx *", cname));
	Sect b = {0};
	if (cg_heap(g, n)) {
		Type **ft = arena_zalloc(&g->arena, sizeof(Type *) * (size_t)caps->len + 1);
		bool *br = arena_zalloc(&g->arena, sizeof(bool) * (size_t)caps->len + 1);
		for (int i = 0; i < caps->len; i++) {
			ft[i] = caps->items[i]->type;
			br[i] = captured_by_ref(caps->items[i]);
		}
		sect_printf(&b, "(%s = go_new_masked(sizeof *%s, %s), ", p, p,
			cg_record_mask(g, cg_fmt(g, "%s_r%d", cname, ++g->ntmp), ft, br, caps->len));
	}
	else {
		const char *rec = cg_tmp_c(g, cg_fmt(g, "struct %s_ctx", cname));
		cg_ce_site(g, rec, n);
		sect_printf(&b, "(%s = &%s, ", p, rec);
	}
	sect_printf(&b, "%s->fn = (void *)%s, ", p, cname);
	for (int i = 0; i < caps->len; i++) {
		Sym *s = caps->items[i];
		const char *v = cg_var_ref(g, s);
		// v is "(*x)" for heap or by-reference variables: take its address.
		if (captured_by_ref(s))
			sect_printf(&b, "%s->%s = &%s, ", p, cg_var_name(g, s), v);
		else
			sect_printf(&b, "%s->%s = %s, ", p, cg_var_name(g, s), v);
	}
	sect_printf(&b, "(go_closure *)%s)", cg_heap(g, n) ? cg_ce_obj(g, p, "void *", false, n->pos) : p);
	const char *r = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return r;
}

// {==================== the translation unit ====================

static void gen_globals_init(CGen *g)
{
	Sect body = {0}, decls = {0};
	g->fn = NULL;
	g->fnlit = NULL;
	g->out = &body;
	g->decls = &decls;
	g->indent = 1;
	g->result_type = NULL;
	g->has_defer = false;
	for (int i = 0; i < g->prog->init_order.len; i++)
		cg_stmt(g, g->prog->init_order.items[i]);
	sect_printf(&g->funcs, "\nstatic void main_init_(void)\n{\n%s%s}\n", decls.p ? decls.p : "",
		body.p ? body.p : "");
	free(body.p);
	free(decls.p);
}

bool cg_generate(Program *prog, FILE *out)
{
	return cg_generate_opts(prog, out, NULL);
}

bool cg_generate_opts(Program *prog, FILE *out, const CgOptions *opts)
{
	CGen gen = {0}, *g = &gen;
	g->prog = prog;
	g->ce = opts && opts->checkescape;
	int errs = diag_count();
	cg_trace_init(g);
	forget_declared();
	cg_stmt_reset();

	for (int i = 0; i < prog->globals.len; i++) {
		Sym *s = prog->globals.items[i];
		sect_printf(&g->globals, "static %s %s;\n", cg_ctype(g, s->type), cg_var_name(g, s));
	}
	for (int i = 0; i < prog->funcs.len; i++) {
		Sym *fn = prog->funcs.items[i];
		if (fn->body)
			cg_gen_func(g, fn, NULL);
	}
	gen_globals_init(g);
	// GC roots: every package variable that holds pointers.
	Sect roots = {0};
	int nroots = 0;
	for (int i = 0; i < prog->globals.len; i++) {
		Sym *s = prog->globals.items[i];
		if (cg_noscan(s->type))
			continue;
		sect_printf(&roots, "\t{&%s, %s},\n", cg_var_name(g, s), cg_tdesc(g, s->type));
		nroots++;
	}
	// The runtime refers to the descriptors of the library types in use.
	for (int i = 0; i < lib_type_count(); i++) {
		cg_tdesc(g, lib_type_at(i));
		cg_tdesc(g, type_pointer(lib_type_at(i)));
	}
	cg_emit_descs(g);
	if (diag_count() > errs) {
		cg_inline_reset();
		cg_stackcheck_reset();
		arena_free(&g->arena);
		return false;
	}

	fprintf(out, "// Generated by mgoc from %s. Do not edit.\n", diag_filename);
	fprintf(out, "#include \"go_rt.h\"\n\n");
	// The program's code (section gotext, linked after the runtime) starts
	// on a 64-byte boundary: otherwise where its loops fall on cache lines
	// moved with every change in the size of the runtime, and so did their
	// speed (a loop of bench/programs/smallstructs ran 10% slower when the
	// runtime grew by 800 bytes).
	fputs("static GO_TEXT __attribute__((used, aligned(64))) void go_text_start_(void) {}\n\n", out);
	cg_emit_types(g, out);
	fputs("\n", out);
	if (g->protos.p)
		fputs(g->protos.p, out);
	fputs("static void main_init_(void);\n", out);
	if (g->globals.p)
		fputs(g->globals.p, out);
	if (g->descs.p)
		fputs(g->descs.p, out);
	fprintf(out, "static const go_root go_roots_[] = {\n%s\t{NULL, NULL}\n};\n",
		roots.p ? roots.p : "");
	if (g->funcs.p)
		fputs(g->funcs.p, out);
	cg_trace_emit(g, out);
	// Package init and main.main run as goroutine 1, on a goroutine stack.
	fprintf(out, "\nstatic void main_g_(void)\n{\n"
		"\tmain_init_();\n"
		"\t%s();\n}\n"
		"\nint main(int argc, char **argv)\n{\n"
		"\tgo_runtime_init(argc, argv);\n"
		"\tgo_set_funcnames(go_funcnames_, sizeof go_funcnames_ / sizeof go_funcnames_[0]);\n"
		"%s"
		"\tgo_register_roots(go_roots_, %d);\n"
		"\tgo_sched_main(main_g_);\n}\n",
		prog->main_fn ? cg_func_name(g, prog->main_fn) : "main_main", cg_trace_init_call(g), nroots);
	free(roots.p);
	cg_inline_reset();
	cg_stackcheck_reset();
	free(g->types.p);
	free(g->protos.p);
	free(g->descs.p);
	free(g->globals.p);
	free(g->funcs.p);
	arena_free(&g->arena);
	return true;
}

// A local variable's declaration point: heap variables get fresh memory
// (every execution: a loop body's variable is a new one each time), others
// are reset to zero when `zero` asks for it.
void cg_declare(CGen *g, Sym *s, bool zero)
{
	if (!s || strcmp(s->name, "_") == 0)
		return;
	ensure_declared(g, s);
	const char *n = cg_var_name(g, s);
	if (s->escapes)
		cg_line(g, "%s = go_new_t(%s);", n, cg_tdesc(g, s->type));
	else if (zero && cg_is_large_aggregate(s->type))
		cg_line(g, "memset(&%s, 0, sizeof(%s));", n, n);
	else if (zero)
		cg_line(g, "%s = %s;", n, cg_zero(g, s->type));
}
