// test_fuzz_regress.c: programs the fuzz campaigns (make fuzz-long) found
// crashing a stage of mgoc, compiled in-process through codegen
// (fuzz/pipeline.c), as the codegen pass compiles them: each must be
// accepted and yield C, or be rejected, without a crash.
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/pipeline.h"

static char *compile_c(const char *src, bool *ok)
{
	char *c = NULL;
	size_t clen = 0;
	FILE *m = open_memstream(&c, &clen);
	*ok = pl_compile(src, strlen(src), false, m);
	fclose(m);
	pl_reset();
	return c;
}

// A pointer array of 2^40 elements: its descriptor's pointer bitmap would
// have been 128 GiB (codegen/gen_type.c, gcmask), and calloc's NULL was
// written through. Go compiles it (and fails at run time for want of 8 TiB).
Test(fuzz_regress, huge_pointer_array)
{
	const char *src =
		"package main\n"
		"type pair struct {\n\tk string\n\tv int\n}\n"
		"func main() {\n"
		"\tvar arr [1 << 40]*pair\n"
		"\tprintln(arr[0] == nil, len(arr))\n"
		"}\n";
	bool ok;
	char *c = compile_c(src, &ok);
	cr_expect(ok, "not accepted");
	cr_expect_lt(strlen(c), 1 << 20, "%zu bytes of C", strlen(c));
	free(c);
}
