// gen_thunk.c: stack checks that come before a frame: the check of a
// generated function (a wrapper around the body when its frame is large),
// and the definitions of thunks (method values, method expressions,
// interface method wrappers, go/defer thunks) with theirs.
//
// A thunk runs unchecked, in the reserve below the stack guard (rt/sched.h),
// when what it copies is small or its own arguments: whoever calls it
// through a func value or an interface counted the arguments' copies
// (stackcheck.c, cg_stack_entry_bytes). One that copies a large value of
// its own — the receiver of a method value or of an interface wrapper, the
// saved arguments of a deferred call — is split like a function with a
// large frame (cg_gen_stack_check, above): a small wrapper checks for
// room and calls the thunk's body, a function never inlined (gcc allocates
// a frame at entry: a check inside it would come after the copy), on a new
// segment if needed.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>
#include <string.h>

// The stack check of a function that may recurse (stackcheck.c): if its
// stack segment is short, the function calls itself again on a new one
// (go_stack_call in rt/sched_stack.c) through a thunk that unpacks the
// arguments, and returns what that call returned. The check comes first,
// before the initialisers of the locals write the frame. A function with
// a large frame (need > 0) becomes a wrapper that checks for that much
// room and calls the body, a separate function that is never inlined:
// gcc allocates a whole frame at entry, and a check inside it would come
// too late.
void cg_gen_stack_check(CGen *g, Sym *fn, const char *cname, const char *header,
	const char *body, bool closure, int64_t need)
{
	Sect st = {0}, args = {0}, init = {0};
	sect_printf(&st, "struct %s_ms_ {\n", cname);
	int n = 0;
	if (closure) {
		sect_printf(&st, "\tgo_closure *ctx_;\n");
		sect_printf(&args, "m_->ctx_");
		sect_printf(&init, "ctx_");
		n++;
	}
	for (int i = 0; i < fn->params.len; i++) {
		Sym *p = fn->params.items[i];
		sect_printf(&st, "\t%s a%d;\n", cg_ctype(g, p->type), i);
		sect_printf(&args, "%sm_->a%d", n ? ", " : "", i);
		sect_printf(&init, "%s%s%s", n ? ", " : "", cg_var_name(g, p), p->escapes ? "_in" : "");
		n++;
	}
	if (g->result_type)
		sect_printf(&st, "\t%s r_;\n", cg_ctype(g, g->result_type));
	if (!n && !g->result_type)
		sect_printf(&st, "\tchar unused_;\n");
	sect_printf(&st, "};\n");
	sect_put(&g->protos, st.p, st.len);
	// What the thunk (on the new segment) and the wrapper it calls take
	// there before the body's frame: a copy of the arguments and result
	// each, and the wrapper's own (cg_stack_entry_bytes).
	int64_t pbytes = 0, rbytes = 0;
	for (int i = 0; i < fn->params.len; i++)
		pbytes += fn->params.items[i]->type ? fn->params.items[i]->type->size : 8;
	for (int i = 0; i < fn->results.len; i++)
		rbytes += fn->results.items[i]->type ? fn->results.items[i]->type->size : 8;
	int64_t entry = cg_stack_entry_bytes(pbytes, rbytes);
	int64_t thunk = pbytes + rbytes + 1024;
	if (need)
		sect_printf(&g->protos, "//@frame %s %lld\n", cname, (long long)(entry > 1024 ? entry : 1024));
	sect_printf(&g->protos, "//@frame %s_ms_ %lld\n", cname, (long long)thunk);
	const char *ret = g->result_type ? "m_->r_ = " : "";
	sect_printf(&g->funcs, "\nstatic GO_TEXT void %s_ms_(void *p_)\n{\n"
		"\tstruct %s_ms_ *m_ = p_;\n\t%s%s(%s);\n}\n", cname, cname, ret, cname,
		args.p ? args.p : "");
	Sect *out = g->decls;
	if (need) {
		out = &g->funcs;
		sect_printf(out, "\n%s\n{\n", header);
	}
	// The check is the `func` line's (Go's stack-overflow traces); the
	// declarations section gets its #line when the function is assembled.
	Pos fpos = fn->func_node ? fn->func_node->pos : fn->pos;
	if (need && fpos.line > 0)
		sect_printf(out, "#line %d %s\n", fpos.line, g->src_file);
	// One C line: every instruction of the check and its slow path is on it.
	sect_printf(out, "\tif (GO_STACK_SHORT_N(%lld)) { struct %s_ms_ ms_ = {%s}; "
		"go_stack_call(%s_ms_, &ms_, %lld); return%s; }\n", (long long)need, cname,
		init.p ? init.p : "0", cname, (long long)(need ? need + thunk + entry : 0),
		g->result_type ? " ms_.r_" : "");
	if (need) {
		out->len--;   // the wrapper's call on the same C line as its check
		sect_printf(out, " return %s(%s);\n}\n", body, init.p ? init.p : "");
	}
	free(st.p);
	free(args.p);
	free(init.p);
}

// gcc inlines the thunk's callee into the body: its frame comes along,
// at most the wrapper of a large-frame callee or a chain of unchecked
// frames (stackcheck.c keeps those under 8 KiB).
#define INLINED_CALLEE 8192

static int64_t sig_bytes(Type *sig)
{
	int64_t n = 0;
	for (int i = 0; sig && i < sig->fields.len; i++)
		n += sig->fields.items[i].type ? sig->fields.items[i].type->size : 8;
	return n;
}

void cg_emit_thunk(CGen *g, const CgThunk *t)
{
	int np = t->sig ? t->sig->fields.len : 0;
	int64_t pbytes = sig_bytes(t->sig), entry = cg_stack_entry_bytes(pbytes, t->rbytes);
	bool has_r = t->rbytes > 0 || strcmp(t->rts, "void") != 0;
	Sect params = {0}, args = {0}, margs = {0}, mfields = {0}, minit = {0};
	sect_printf(&params, "%s%s", t->first_type, t->first_name);
	sect_printf(&args, "%s", t->first_name);
	sect_printf(&margs, "m_->f_");
	sect_printf(&mfields, "%s f_; ", t->first_type);
	sect_printf(&minit, "%s", t->first_name);
	for (int i = 0; i < np; i++) {
		const char *ct = cg_ctype(g, t->sig->fields.items[i].type);
		sect_printf(&params, ", %s a%d", ct, i);
		sect_printf(&args, ", a%d", i);
		sect_printf(&margs, ", *m_->a%d", i);
		sect_printf(&mfields, "%s *a%d; ", ct, i);
		sect_printf(&minit, ", &a%d", i);
	}
	if (t->copies <= CG_LARGE_VALUE) {
		sect_printf(&g->funcs, "\nstatic %s %s(%s)\n{\n%s}\n", t->rts, t->name, params.p, t->body);
		int64_t est = entry + t->copies + INLINED_CALLEE;
		sect_printf(&g->protos, "//@frame %s %lld\n", t->name, (long long)est);
	} else {
		// The body's frame: the copies it makes (receiver, arguments,
		// result) and what the callee's check wrapper copies again.
		int64_t all = t->copies + pbytes + t->rbytes;
		int64_t frame = all + cg_stack_entry_bytes(all, 0) + INLINED_CALLEE;
		int64_t thunk = pbytes + t->rbytes + 1024;   // the _ms_ function on the new segment
		sect_printf(&g->protos, "static __attribute__((noinline)) %s %s_tb_(%s);\n", t->rts,
			t->name, params.p);
		sect_printf(&g->protos, "struct %s_ms_ { %s%s%s };\n", t->name, mfields.p,
			has_r ? t->rts : "", has_r ? " r_;" : "");
		sect_printf(&g->protos, "//@frame %s_tb_ %lld\n//@frame %s_ms_ %lld\n//@frame %s %lld\n",
			t->name, (long long)frame, t->name, (long long)thunk, t->name,
			(long long)(entry > 1024 ? entry : 1024));
		sect_printf(&g->funcs, "\nstatic %s %s_tb_(%s)\n{\n%s}\n", t->rts, t->name, params.p, t->body);
		sect_printf(&g->funcs, "\nstatic void %s_ms_(void *p_)\n{\n\tstruct %s_ms_ *m_ = p_;\n"
			"\t%s%s_tb_(%s);\n}\n", t->name, t->name, has_r ? "m_->r_ = " : "", t->name, margs.p);
		sect_printf(&g->funcs, "\nstatic %s %s(%s)\n{\n"
			"\tif (GO_STACK_SHORT_N(%lld)) { struct %s_ms_ ms_ = {%s}; go_stack_call(%s_ms_, &ms_, %lld); "
			"return%s; }\n\treturn %s_tb_(%s);\n}\n", t->rts, t->name, params.p, (long long)frame,
			t->name, minit.p, t->name, (long long)(frame + thunk), has_r ? " ms_.r_" : "",
			t->name, args.p);
	}
	free(params.p);
	free(args.p);
	free(margs.p);
	free(mfields.p);
	free(minit.p);
}
