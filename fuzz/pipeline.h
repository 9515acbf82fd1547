// pipeline.h: mgoc's compilation stages run in-process on a buffer, for the
// fuzz targets and the unit test that compiles many programs in one process.
#ifndef MGO_FUZZ_PIPELINE_H
#define MGO_FUZZ_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

// Parses, checks, inlines (unless no_inline), analyses escapes and, when
// c_out is not NULL, generates C into it: the stages and order of
// `mgoc build`. Prints nothing. Returns true when every stage accepted the
// program (then the C was written), false at the first stage that
// reported an error. Call pl_reset() before the next program.
bool pl_compile(const char *src, size_t len, bool no_inline, FILE *c_out);
// Frees the compilation and resets the state of every stage.
void pl_reset(void);
// The contents of a file (malloc'd, *len bytes), or NULL.
char *pl_slurp(const char *path, size_t *len);

#endif
