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

int cg_compile(const char *c_path, const char *out_path, const char *rt_lib_dir, bool debug)
{
	char exe[PATH_MAX], libdir[PATH_MAX], incdir[PATH_MAX], lib[PATH_MAX + 16];
	const char *root = getenv("MGO_ROOT");
	if (rt_lib_dir) {
		snprintf(libdir, sizeof libdir, "%s", rt_lib_dir);
		snprintf(incdir, sizeof incdir, "%s/../rt", rt_lib_dir);
	} else if (root && *root) {
		snprintf(libdir, sizeof libdir, "%s/build", root);
		snprintf(incdir, sizeof incdir, "%s/rt", root);
	} else {
		ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		if (n <= 0) {
			fprintf(stderr, "mgoc: cannot find the runtime: /proc/self/exe unreadable\n");
			return 1;
		}
		exe[n] = 0;
		char *d = dirname(exe);
		snprintf(libdir, sizeof libdir, "%s", d);
		snprintf(incdir, sizeof incdir, "%s/../rt", d);
	}
	snprintf(lib, sizeof lib, "%s/libmgo.a", libdir);
	char hdr[PATH_MAX + 16];
	snprintf(hdr, sizeof hdr, "%s/go_rt.h", incdir);
	if (!exists(lib) || !exists(hdr)) {
		fprintf(stderr, "mgoc: runtime not found (%s, %s): run make\n", lib, hdr);
		return 1;
	}
	const char *cc = getenv("CC");
	if (!cc || !*cc)
		cc = "cc";
	char inc[PATH_MAX + 4];
	snprintf(inc, sizeof inc, "-I%s", incdir);
	// -fwrapv: Go's signed integers wrap; -fno-strict-aliasing: interface
	// data words are reinterpreted; -w: generated code is not for reading
	// warnings (it compiles cleanly, but C compilers differ in their nags).
	// The --params let gcc inline the functions inline.c marks as Go would
	// (its default budget for them is a fifth of Go's in practice: a
	// slice-taking helper with a loop stays a call); clang ignores them.
	const char *argv[64] = {
		cc, "-std=gnu11", debug ? "-O0" : "-O2", debug ? "-g" : "-g0", "-fwrapv",
		"-fno-strict-aliasing", "-w", "-o", out_path, c_path, inc, lib, "-lm", "-lpthread",
		"--param", "max-inline-insns-single=400", "--param", "early-inlining-insns=100",
	};
	int argc = 18;
	char *extra = getenv("MGO_CFLAGS") ? strdup(getenv("MGO_CFLAGS")) : NULL;
	for (char *tok = extra ? strtok(extra, " \t") : NULL; tok && argc < 62; tok = strtok(NULL, " \t"))
		argv[argc++] = tok;
	argv[argc] = NULL;
	pid_t pid = fork();
	if (pid < 0) {
		perror("mgoc: fork");
		return 1;
	}
	if (pid == 0) {
		execvp(cc, (char *const *)argv);
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
