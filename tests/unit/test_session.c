// test_session.c: one process compiles many programs in a row (a fuzzer, a
// test runner, an editor integration do): every stage's state is reset
// between programs (fuzz/pipeline.c: pl_reset), so a program's C does not
// depend on what the process compiled before, and nothing outlives the
// arena it points into (the sanitizer build runs this under ASan).
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/pipeline.h"
#include "frontend/arena.h"

// Programs that use the generator's once-per-program wrappers (fmt values,
// method values and expressions, interface method tables, defer thunks)
// and every stage (inlining, closures, goroutines).
static const char *const progs[] = {
	"tests/run/method-values.mgo", "tests/run/defer-go-forms.mgo",
	"tests/run/interfaces.mgo", "tests/run/fmt-verbs.mgo",
	"tests/run/closures-state.mgo", "tests/run/embedding.mgo",
	"tests/run/inl_more.mgo", "tests/run/chan-pipeline.mgo",
	"tests/run/globals-init.mgo", "tests/run/type-switch.mgo",
	"examples/shapes.mgo", "examples/interp.mgo",
	// The standard library: its packages load once per compilation.
	"examples/wordfreq.mgo", "examples/csvsum.mgo",
};
enum { NPROGS = sizeof progs / sizeof progs[0] };

// The C of one program, compiled in this process after whatever came before.
static char *compile_c(const char *path, bool no_inline)
{
	size_t len;
	char *src = pl_slurp(path, &len);
	cr_assert_not_null(src, "cannot open %s", path);
	char *c = NULL;
	size_t clen = 0;
	FILE *m = open_memstream(&c, &clen);
	bool ok = pl_compile(src, len, no_inline, m);
	fclose(m);
	pl_reset();
	free(src);
	cr_assert(ok, "%s: not accepted", path);
	cr_assert_gt(clen, 0, "%s: no C", path);
	return c;
}

static void same_twice(bool no_inline)
{
	char *first[NPROGS];
	for (int i = 0; i < NPROGS; i++)
		first[i] = compile_c(progs[i], no_inline);
	// Again, in the opposite order: each program's C is the same as before.
	for (int i = NPROGS - 1; i >= 0; i--) {
		char *again = compile_c(progs[i], no_inline);
		cr_expect(strcmp(first[i], again) == 0,
			  "%s: the C differs when compiled again in the same process", progs[i]);
		free(again);
		free(first[i]);
	}
}

Test(session, same_c_twice_inlined, .timeout = 120)
{
	same_twice(false);
}

Test(session, same_c_twice_no_inline, .timeout = 120)
{
	same_twice(true);
}

// A rejected program in between leaves nothing behind either.
Test(session, after_errors, .timeout = 60)
{
	const char *bad[] = {
		"package main\nfunc main() { x := 1 }\n",
		"package main\nfunc main() { var p *int = \"s\"; _ = p }\n",
		"package main\nfunc main() {\n",
		"package main\ntype T struct{ T }\nfunc main() {}\n",
	};
	char *before = compile_c(progs[0], false);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_expect(!pl_compile(bad[i], strlen(bad[i]), false, NULL), "accepted: %s", bad[i]);
		pl_reset();
	}
	char *after = compile_c(progs[0], false);
	cr_expect(strcmp(before, after) == 0, "the C differs after rejected programs");
	free(before);
	free(after);
}

// Arena chunks go back to a pool for the next arena (frontend/arena.c): a
// chunk taken from it must be as zero as a fresh one, however much the
// previous arena wrote into it.
Test(session, pooled_chunks_are_zero)
{
	enum { N = 3000, SIZE = 1000 };   // three chunks' worth
	Arena a = {0};
	for (int i = 0; i < N; i++)
		memset(arena_zalloc(&a, SIZE), 0xa5, SIZE);
	arena_free(&a);
	Arena b = {0};
	for (int i = 0; i < N; i++) {
		unsigned char *p = arena_zalloc(&b, SIZE);
		for (int k = 0; k < SIZE; k++)
			if (p[k] != 0)
				cr_assert_fail("allocation %d: byte %d is %#x, not 0", i, k, p[k]);
	}
	arena_free(&b);
}
