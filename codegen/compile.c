// compile.c: runs the system C compiler on the generated translation unit.
//
// The runtime is found next to mgoc itself: /proc/self/exe is resolved (the
// `mgoc` at the repository root is a symlink to build/mgoc), so the library
// is <dir of mgoc>/libmgo.a and the headers are <dir of mgoc>/../rt.
// $MGO_ROOT (a repository root) overrides both; $CC overrides the compiler;
// $MGO_CFLAGS adds flags (e.g. "-fsanitize=address" for the ASan runs of
// the escape tests: a stack value that escaped would show up there).
#define CG_INTERNAL
#include "cgen.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static bool exists(const char *path)
{
	return access(path, R_OK) == 0;
}

bool cg_cc_prepare(CgCc *c, const char *c_path, const char *out_path, const char *rt_lib_dir,
		   bool debug)
{
	char exe[PATH_MAX];
	memset(c, 0, sizeof *c);
	const char *root = getenv("MGO_ROOT");
	if (rt_lib_dir) {
		snprintf(c->libdir, sizeof c->libdir, "%s", rt_lib_dir);
		snprintf(c->incdir, sizeof c->incdir, "%s/../rt", rt_lib_dir);
	} else if (root && *root) {
		snprintf(c->libdir, sizeof c->libdir, "%s/build", root);
		snprintf(c->incdir, sizeof c->incdir, "%s/rt", root);
	} else {
		ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		if (n <= 0) {
			fprintf(stderr, "mgoc: cannot find the runtime: /proc/self/exe unreadable\n");
			return false;
		}
		exe[n] = 0;
		char *d = dirname(exe);
		snprintf(c->libdir, sizeof c->libdir, "%s", d);
		snprintf(c->incdir, sizeof c->incdir, "%s/../rt", d);
	}
	snprintf(c->lib, sizeof c->lib, "%s/libmgo.a", c->libdir);
	snprintf(c->btlib, sizeof c->btlib, "%s/libbacktrace.a", c->libdir);
	snprintf(c->hdr, sizeof c->hdr, "%s/go_rt.h", c->incdir);
	if (!exists(c->lib) || !exists(c->hdr) || !exists(c->btlib)) {
		fprintf(stderr, "mgoc: runtime not found (%s, %s): run make\n", c->lib, c->hdr);
		return false;
	}
	const char *cc = getenv("CC");
	if (!cc || !*cc)
		cc = "cc";
	snprintf(c->inc, sizeof c->inc, "-I%s", c->incdir);
	// -fwrapv: Go's signed integers wrap; -fno-strict-aliasing: interface
	// data words are reinterpreted; -w: generated code is not for reading
	// warnings (it compiles cleanly, but C compilers differ in their nags).
	// -fno-stack-clash-protection: a large frame is allocated before its
	// stack check moves it to a new segment (rt/sched.h, "Stacks"); probes
	// would touch the memory below the short segment, another goroutine's.
	// The --params let gcc inline the functions inline.c marks as Go would
	// (its default budget for them is a fifth of Go's in practice: a
	// slice-taking helper with a loop stays a call); clang ignores them.
	// -g1: line tables only (no variables), what tracebacks read
	// (rt/go_traceback.c); the code is the same as without it.
	// -fno-optimize-sibling-calls: a call in tail position keeps its
	// caller's frame, which Go's traceback shows (Go makes no tail calls).
	// -fno-tree-tail-merge: two identical failing checks (GO_NILCHK(p) on
	// lines 18 and 21) would share one call, and the traceback would name
	// the first one's line for both.
	// -z now: symbols bound at start-up; the lazy binder saves the whole
	// vector register file (2.7 KiB with AVX-512) on the calling stack,
	// more than a small first segment has (rt/sched.h, RT_STACK_SMALL).
	const char *argv[] = {
		cc, "-std=gnu11", debug ? "-O0" : "-O2", debug ? "-g" : "-g1", "-fwrapv",
		"-fno-strict-aliasing", "-w", "-o", out_path, c_path, c->inc, c->lib, c->btlib, "-lm",
		"-lpthread", "--param", "max-inline-insns-single=400", "--param",
		"early-inlining-insns=100", "-fno-optimize-sibling-calls", "-fno-stack-clash-protection",
		"-fno-tree-tail-merge", "-Wl,-z,now",
	};
	c->argc = (int)(sizeof argv / sizeof argv[0]);
	memcpy(c->argv, argv, sizeof argv);
	c->out_arg = 8;
	c->c_arg = 9;
	c->extra = getenv("MGO_CFLAGS") ? strdup(getenv("MGO_CFLAGS")) : NULL;
	for (char *tok = c->extra ? strtok(c->extra, " \t") : NULL; tok && c->argc < CG_CC_MAXARGS - 1;
	     tok = strtok(NULL, " \t"))
		c->argv[c->argc++] = tok;
	c->argv[c->argc] = NULL;
	return true;
}

void cg_cc_free(CgCc *c)
{
	free(c->extra);
	c->extra = NULL;
}

int cg_cc_run(CgCc *c, bool verbose)
{
	if (verbose) {
		for (int i = 0; i < c->argc; i++)
			fprintf(stderr, "%s%s", i ? " " : "", c->argv[i]);
		fputc('\n', stderr);
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		perror("mgoc: fork");
		return 1;
	}
	if (pid == 0) {
		execvp(c->argv[0], (char *const *)c->argv);
		perror("mgoc: exec cc");
		_exit(127);
	}
	int status, r;
	// A signal to the caller (a fuzzer's timer) must not lose the child.
	while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		;
	if (r < 0) {
		perror("mgoc: waitpid");
		return 1;
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 1;
}

int cg_compile(const char *c_path, const char *out_path, const char *rt_lib_dir, bool debug)
{
	CgCc c;
	if (!cg_cc_prepare(&c, c_path, out_path, rt_lib_dir, debug))
		return 1;
	int st = cg_cc_run(&c, false);
	cg_cc_free(&c);
	return st;
}
