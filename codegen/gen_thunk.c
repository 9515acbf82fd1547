// gen_thunk.c: the definitions of thunks (method values, method
// expressions, interface method wrappers, go/defer thunks) with their
// stack checks.
//
// A thunk runs unchecked, in the reserve below the stack guard (rt/sched.h),
// when what it copies is small or its own arguments: whoever calls it
// through a func value or an interface counted the arguments' copies
// (stackcheck.c, cg_stack_entry_bytes). One that copies a large value of
// its own — the receiver of a method value or of an interface wrapper, the
// saved arguments of a deferred call — is split like a function with a
// large frame (gen_decl.c, gen_stack_check): a small wrapper checks for
// room and calls the thunk's body, a function never inlined (gcc allocates
// a frame at entry: a check inside it would come after the copy), on a new
// segment if needed.
#define CG_INTERNAL
#include "cgen.h"

#include <stdlib.h>
#include <string.h>

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
