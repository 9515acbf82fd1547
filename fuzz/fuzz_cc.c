// fuzz_cc.c: libFuzzer entry point for `make fuzz-cc`: programs the front
// end accepts must yield C that the C compiler accepts (codegen/cgen.h's
// promise), on programs nobody wrote.
//
// Each input goes through pl_compile; when every stage accepts it, the C is
// compiled and linked with the runtime at -O0 (cg_compile; $FUZZ_RT_LIB,
// default build, holds libmgo.a). A C compile error, a crash of cc or cc
// running past FUZZ_CC_TIMEOUT seconds is reported as a crash (abort),
// after the .mgo input and the C compiler's messages are printed.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz/pipeline.h"
#include "codegen/cgen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char c_path[64], exe_path[64];

static void make_paths(void)
{
	if (c_path[0])
		return;
	snprintf(c_path, sizeof c_path, "/tmp/fuzzcc-%d.c", (int)getpid());
	snprintf(exe_path, sizeof exe_path, "/tmp/fuzzcc-%d", (int)getpid());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	make_paths();
	FILE *f = fopen(c_path, "w");
	if (!f)
		abort();
	bool ok = pl_compile((const char *)data, size, size & 1, f);
	fclose(f);
	pl_reset();
	if (!ok)
		return 0;
	// A hang of cc is a bug too: the C compiler runs under timeout(1).
	setenv("CC", "./fuzz/cc-timeout", 1);
	const char *lib = getenv("FUZZ_RT_LIB");
	int status = cg_compile(c_path, exe_path, lib && *lib ? lib : "build", true);
	if (status != 0) {
		fprintf(stderr, "fuzz-cc: the C compiler rejected the C of this program "
			"(status %d, C kept in %s):\n%.*s\n", status, c_path, (int)size, (const char *)data);
		abort();
	}
	unlink(exe_path);
	return 0;
}
