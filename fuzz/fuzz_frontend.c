// fuzz_frontend.c: libFuzzer entry point for `make fuzz`.
//
// Runs the front half of mgoc (parse, check, inline, escape analysis) on
// each input in-process, then resets every stage (pl_reset), so inputs do
// not influence each other. Crashes, sanitizer reports, internal errors
// (abort) and timeouts are what libFuzzer reports.
#include <stdint.h>

#include "fuzz/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	// Half the inputs without inlining (-l), as tests/escape compiles them.
	pl_compile((const char *)data, size, size & 1, NULL);
	pl_reset();
	return 0;
}
