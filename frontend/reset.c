// reset.c: the frontend's state between two compilations in one process.
//
// Everything a compilation makes lives in ast_arena; the few globals that
// point into it (the predeclared types) or number its objects (node, symbol
// and type ids, which later stages use as table indexes and in C names) are
// reset here with it.
//
// A process that compiles many programs (the fuzzers, test_session) can
// load the library declarations once (frontend_freeze): they are the same
// for every program and cost more to parse and check than most programs.
#include <stdlib.h>

#include "check.h"
#include "frontend.h"
#include "library.h"
#include "directive.h"

static bool frozen;
static ArenaImage base;

void frontend_reset(void)
{
	diag_discard();
	check_sizes_flush(false);
	dir_reset();
	arena_free(&ast_arena);
	if (frozen)
		arena_restore(&base);
	type_reset();
	ast_reset_ids();
	sym_reset_ids();
	check_decl_reset();
	lib_reset();
}

void frontend_freeze(void)
{
	if (frozen)
		return;
	// A program that imports every package loads them all, through the
	// checker's own path (library.c needs a checker and its universe).
	StrBuf b = {0};
	strbuf_put(&b, "package main\n");
	for (int i = 0; lib_package_path(i); i++)
		strbuf_putf(&b, "import \"%s\"\n", lib_package_path(i));
	type_init();
	check_program(parse_source(b.p, b.len));
	free(b.p);
	diag_discard();
	check_sizes_flush(false);
	check_decl_reset();
	lib_freeze();   // (before the copy: it clears flags in the arena)
	arena_freeze(&ast_arena, &base);
	type_freeze();
	ast_freeze_ids();
	sym_freeze_ids();
	frozen = true;
}
