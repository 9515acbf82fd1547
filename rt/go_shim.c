// go_shim.c: TEMPORARY calloc-backed mgo_new, used only until rt/mgo.h (the
// span allocator) is committed; codegen.mk drops it once that header exists.
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long shim_allocs;
static bool shim_report;

static void shim_atexit(void)
{
	fprintf(stderr, "allocs: %lu\n", shim_allocs);
}

void *mgo_new(size_t size, bool noscan);
void *mgo_new(size_t size, bool noscan)
{
	static bool inited;
	(void)noscan;
	if (!inited) {
		inited = true;
		const char *d = getenv("MGODEBUG");
		if (d && strstr(d, "allocs=1")) {
			shim_report = true;
			atexit(shim_atexit);
		}
	}
	shim_allocs++;
	void *p = calloc(1, size ? size : 1);
	if (!p) {
		fprintf(stderr, "fatal error: out of memory\n");
		exit(2);
	}
	return p;
}
