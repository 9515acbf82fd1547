// pipeline.c: see pipeline.h. Mirrors compile() in mgoc.c without the
// options that only print (-m, -m=json, graphs) and without the C compiler.
#include "fuzz/pipeline.h"

#include "frontend/frontend.h"
#include "frontend/diag.h"
#include "escape/escape.h"
#include "inline/inline.h"
#include "codegen/cgen.h"

bool pl_compile(const char *src, size_t len, bool no_inline, FILE *c_out)
{
	if (!diag_filename)
		diag_filename = "fuzz.mgo";
	frontend_freeze();
	Node *file = parse_source(src, len);
	if (diag_count() > 0)
		return false;
	Program *prog = check_program(file);
	if (diag_count() > 0 || !prog)
		return false;
	InlOptions io = {0};
	if (no_inline) {
		inl_costs(file);
	} else {
		inl_decide(file, &io);
		inl_expand(file, &io);
	}
	EscOptions eo = {0};
	esc_analyze(prog, &eo);
	if (diag_count() > 0)
		return false;
	if (!c_out)
		return true;
	return cg_generate(prog, c_out) && diag_count() == 0;
}

void pl_reset(void)
{
	esc_reset();
	inl_reset();
	frontend_reset();
}
