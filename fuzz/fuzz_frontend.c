// fuzz_frontend.c: libFuzzer entry point for `make fuzz`.
//
// Runs the whole front half of mgoc (parse, check, escape analysis) on each
// input in-process; the state of one compilation is dropped with the AST
// arena, so inputs do not influence each other. Crashes, sanitizer reports,
// internal errors (abort) and timeouts are what libFuzzer reports.
#include <stdint.h>
#include <stdio.h>

#include "frontend/frontend.h"
#include "escape/escape.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_filename = "fuzz.mgo";
	type_init();
	Node *file = parse_source((const char *)data, size);
	if (diag_count() == 0) {
		Program *prog = check_program(file);
		if (diag_count() == 0 && prog) {
			EscOptions eo = {0};
			esc_analyze(prog, &eo);
		}
	}
	diag_discard();
	arena_free(&ast_arena);
	return 0;
}
