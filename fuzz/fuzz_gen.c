// fuzz_gen.c: the translator behind tools/fuzz_cc.py: mgoc's stages in one
// long-lived process, so the codegen campaign pays neither a process start
// nor the library's declarations per program (fuzz/pipeline.c).
//
// Reads lines "PATH.mgo FLAG" on stdin (FLAG 1: no inlining, as -l) and
// answers each with one line: "accepted" after writing the C to PATH.c, or
// "rejected" (some stage reported an error). A crash or a hang shows as
// the answer that never comes; the caller keeps that program.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/pipeline.h"
#include "frontend/diag.h"

int main(void)
{
	char line[4096];
	while (fgets(line, sizeof line, stdin)) {
		char path[4096];
		int no_inline = 0;
		if (sscanf(line, "%4095s %d", path, &no_inline) < 1)
			continue;
		size_t len;
		char *src = pl_slurp(path, &len);
		size_t plen = strlen(path);
		if (!src || plen < 4 || strcmp(path + plen - 4, ".mgo") != 0) {
			free(src);
			printf("rejected\n");
			fflush(stdout);
			continue;
		}
		char *cpath = strdup(path);
		strcpy(cpath + plen - 4, ".c");
		diag_filename = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
		FILE *out = fopen(cpath, "w");
		if (!out) {
			perror(cpath);
			return 2;
		}
		bool ok = pl_compile(src, len, no_inline, out);
		fclose(out);
		if (!ok && getenv("FUZZ_GEN_DIAG"))
			diag_flush();   // why (tools/fuzz_cc.py does not ask)
		pl_reset();
		if (!ok)
			remove(cpath);
		free(cpath);
		free(src);
		printf("%s\n", ok ? "accepted" : "rejected");
		fflush(stdout);
	}
	return 0;
}
