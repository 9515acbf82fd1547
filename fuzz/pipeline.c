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
	InlOptions io = {.init_order = &prog->init_order};
	if (no_inline) {
		inl_costs(file);
	} else {
		inl_decide(file, &io);
		inl_expand(file, &io);
	}
	EscOptions eo = {0};
	esc_analyze(prog, &eo);
	check_frames_report();
	if (diag_count() > 0)
		return false;
	if (!c_out)
		return true;
	return cg_generate(prog, c_out) && diag_count() == 0;
}

char *pl_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	char tmp[8192];
	size_t got;
	while ((got = fread(tmp, 1, sizeof tmp, f)) > 0)
		fwrite(tmp, 1, got, m);
	fclose(f);
	fclose(m);
	*len = n;
	return buf;
}

void pl_reset(void)
{
	esc_reset();
	inl_reset();
	frontend_reset();
}
