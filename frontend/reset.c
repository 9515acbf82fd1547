// reset.c: the frontend's state between two compilations in one process.
//
// Everything a compilation makes lives in ast_arena; the few globals that
// point into it (the predeclared types) or number its objects (node, symbol
// and type ids, which later stages use as table indexes and in C names) are
// reset here with it.
#include "check.h"
#include "frontend.h"
#include "library.h"
#include "directive.h"

void frontend_reset(void)
{
	diag_discard();
	check_sizes_flush(false);
	dir_reset();
	arena_free(&ast_arena);
	type_reset();
	ast_reset_ids();
	sym_reset_ids();
	check_decl_reset();
	lib_reset();
}
