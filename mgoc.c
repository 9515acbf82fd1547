// mgoc.c: the driver. Parses the command line and runs the stages in order
// (parse, check, inline, escape, codegen, cc), stopping at the first stage that
// reports an error. It holds no compiler logic of its own.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "escape/escape.h"
#include "inline/inline.h"
#include "codegen/cgen.h"

#define MGO_VERSION "mgoc 0.1 (Go 1.19 subset)"

static const char usage_text[] =
	"usage: mgoc build [-m | -m=N | -m=json | -m=html [-allocs FILE]] [-l] [-g] [-x] [-o OUT]\n"
	"                  [-noescape] [-emit-c FILE] [-escape-graph=FUNC] [-d LETTERS]\n"
	"                  [-d=checkescape[,forcestack=FILE:LINE]] FILE.mgo\n"
	"       mgoc run [build flags] FILE.mgo [ARGS...]\n"
	"       mgoc version\n"
	"       mgoc help\n";

static const char help_text[] =
	"\n"
	"mgoc compiles one .mgo file (a Go 1.19 subset, package main) to a native binary.\n"
	"\n"
	"  build     compile FILE.mgo; the binary is named after the file (or -o OUT)\n"
	"  run       compile to a temporary binary and run it with ARGS\n"
	"\n"
	"Compiled programs are kept in a build cache ($MGOCACHE, else $XDG_CACHE_HOME/mgo\n"
	"or ~/.cache/mgo; MGOCACHE=off disables it): an unchanged program is not\n"
	"compiled by the C compiler again.\n"
	"\n"
	"flags:\n"
	"  -m            print inlining and escape-analysis decisions, as go build -gcflags=-m\n"
	"                (with -l: escape decisions only, as go build -gcflags='-m -l')\n"
	"  -m=2          also print why: inlining costs and reasons, escape flow paths\n"
	"  -m=json       write the decisions and flow paths as JSON to stdout\n"
	"  -m=html       write one HTML page to stdout: the source with every decision\n"
	"                marked, the flow of each on click, a summary per function\n"
	"  -allocs FILE  with -m=html: a MGODEBUG=allocs=1 report to show by size class\n"
	"  -l            do not inline (Go's -gcflags=-l); without it mgo inlines the calls\n"
	"                Go 1.19 inlines, before escape analysis\n"
	"  -g            debug build for gdb: no inlining (as Go's -N -l), C at -O0 -g;\n"
	"                break FILE.mgo:LINE, break main.F (main.T.M for methods),\n"
	"                locals under their mgo names (renamed x_ID only when shadowed)\n"
	"  -x            print the C compiler's command (none: the build cache had it)\n"
	"  -o OUT        output binary (\"/dev/null\": check and analyse only)\n"
	"  -noescape     put every escape-candidate value on the heap (to measure\n"
	"                what escape analysis saves)\n"
	"  -emit-c FILE  keep the generated C in FILE\n"
	"  -escape-graph=FUNC  write FUNC's escape location graph as Graphviz DOT to stdout\n"
	"  -d LETTERS    debug dumps to stderr: a = AST after checking, i = after inlining\n"
	"  -d=checkescape  the program checks every escape decision at run time: a pointer\n"
	"                to a goroutine stack stored into the heap or a package variable,\n"
	"                sent on a channel, captured by a go statement or returned from its\n"
	"                frame stops it with \"fatal error: escape analysis: ...\" (exit 2)\n"
	"  -d=checkescape,forcestack=FILE:LINE  also keep every value and variable of\n"
	"                that line on the stack (a wrong decision, to test the check)\n";

typedef struct Options {
	int m_level;
	bool m_json;
	bool m_html;        // -m=html (m_json is set too)
	const char *allocs; // -allocs FILE
	bool noescape;
	bool no_inline;     // -l
	bool debug;         // -g
	bool verbose;       // -x
	const char *out;
	const char *emit_c;
	const char *graph_func;
	const char *dumps;
	bool checkescape;   // -d=checkescape
	int forcestack;     // -d=forcestack=FILE:LINE: the line
	const char *forcestack_file;
	const char *file;
} Options;

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "mgoc: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", usage_text);
	return 2;
}

// Reads the whole file. Returns NULL after printing a message if it cannot.
static char *read_source(const char *path, size_t *len)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "mgoc: open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "mgoc: %s is a directory, not a .mgo file\n", path);
		return NULL;
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "mgoc: open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "mgoc: read %s: %s\n", path, strerror(errno));
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

// -d=ITEM,ITEM...: checkescape, forcestack=FILE:LINE, or dump letters.
// The copy stays allocated: the options point into it.
static int parse_debug(const char *list, Options *o)
{
	char *copy = xmalloc(strlen(list) + 1);
	strcpy(copy, list);
	for (char *save = NULL, *it = strtok_r(copy, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
		if (strcmp(it, "checkescape") == 0) {
			o->checkescape = true;
		} else if (strncmp(it, "forcestack=", 11) == 0) {
			char *colon = strrchr(it + 11, ':'), *end;
			long line = colon ? strtol(colon + 1, &end, 10) : 0;
			if (!colon || colon == it + 11 || *end || line <= 0 || line > INT_MAX)
				return usage_error("bad -d=forcestack=%s (want FILE:LINE)", it + 11), -1;
			*colon = 0;
			o->forcestack = (int)line;
			o->forcestack_file = it + 11;
		} else if (strspn(it, "ai") == strlen(it)) {
			o->dumps = it;
		} else {
			return usage_error("unknown -d item %s", it), -1;
		}
	}
	return 0;
}

// Parses flags of build/run starting at argv[i]; returns the index of the
// first non-flag argument, or -1 after a usage error (already printed).
static int parse_flags(int argc, char **argv, int i, Options *o)
{
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || strcmp(a, "-") == 0)
			break;
		if (a[1] == '-')
			a++;  // accept --flag as well as -flag
		if (strcmp(a, "-m") == 0) {
			o->m_level = 1;
		} else if (strncmp(a, "-m=", 3) == 0) {
			if (strcmp(a + 3, "json") == 0) {
				o->m_json = true;
			} else if (strcmp(a + 3, "html") == 0) {
				o->m_json = true;    // the page shows the -m=json data
				o->m_html = true;
			} else {
				char *end;
				long v = strtol(a + 3, &end, 10);
				if (*end || end == a + 3 || v < 0 || v > 9)
					return usage_error("bad -m level %s", a + 3), -1;
				o->m_level = (int)v;
			}
		} else if (strcmp(a, "-l") == 0) {
			o->no_inline = true;
		} else if (strcmp(a, "-x") == 0) {
			o->verbose = true;
		} else if (strcmp(a, "-g") == 0) {
			// Inlined bodies would put the callee's lines inside the
			// caller: stepping and breakpoints by line need real calls.
			o->debug = true;
			o->no_inline = true;
		} else if (strcmp(a, "-noescape") == 0) {
			o->noescape = true;
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "-emit-c") == 0 ||
			   strcmp(a, "-d") == 0 || strcmp(a, "-allocs") == 0) {
			if (i + 1 >= argc)
				return usage_error("flag %s needs an argument", a), -1;
			const char *v = argv[++i];
			if (a[1] == 'a')
				o->allocs = v;
			else if (a[1] == 'o')
				o->out = v;
			else if (a[1] == 'e')
				o->emit_c = v;
			else
				o->dumps = v;
		} else if (strncmp(a, "-d=", 3) == 0) {
			if (parse_debug(a + 3, o) < 0)
				return -1;
		} else if (strncmp(a, "-escape-graph=", 14) == 0 && a[14]) {
			o->graph_func = a + 14;
		} else {
			return usage_error("unknown flag %s", argv[i]), -1;
		}
	}
	return i;
}

// The binary's default name: FILE.mgo (or FILE.go, as `go build`) -> FILE
// in the current directory; never the source file itself.
static char *default_output(const char *file)
{
	const char *base = strrchr(file, '/');
	base = base ? base + 1 : file;
	size_t n = strlen(base);
	if (n > 4 && strcmp(base + n - 4, ".mgo") == 0)
		n -= 4;
	else if (n > 3 && strcmp(base + n - 3, ".go") == 0)
		n -= 3;
	char *out = xmalloc(n + 1);
	memcpy(out, base, n);
	out[n] = 0;
	if (n == 0 || strcmp(out, ".") == 0 || strcmp(out, "..") == 0 || strcmp(out, file) == 0) {
		free(out);
		out = xmalloc(6);
		strcpy(out, "a.out");
	}
	return out;
}

// FILE of -d=forcestack=FILE:LINE names the compiled file: the same path,
// or the same base name.
static bool same_file(const char *a, const char *file)
{
	const char *ba = strrchr(a, '/'), *bf = strrchr(file, '/');
	return strcmp(a, file) == 0 || strcmp(ba ? ba + 1 : a, bf ? bf + 1 : file) == 0;
}

// Runs every stage. Returns the process exit status.
static int compile(Options *o)
{
	size_t len;
	char *src = read_source(o->file, &len);
	if (!src)
		return 1;
	diag_filename = o->file;
	// An unchanged source built before needs neither the front end nor the
	// C compiler, unless something from the front end was asked for.
	bool want_binary = !(o->out && strcmp(o->out, "/dev/null") == 0);
	char source_key[65] = "";
	char default_out[PATH_MAX];
	if (!o->out) {
		char *d = default_output(o->file);
		snprintf(default_out, sizeof default_out, "%s", d);
		free(d);
	}
	const char *out_path = o->out ? o->out : default_out;
	if (want_binary && !o->m_level && !o->m_json && !o->graph_func && !o->dumps && !o->emit_c) {
		// Every option that changes the generated C is part of the key.
		char flags[PATH_MAX + 96];
		snprintf(flags, sizeof flags, "l=%d noescape=%d g=%d checkescape=%d forcestack=%s:%d",
			 o->no_inline, o->noescape, o->debug, o->checkescape,
			 o->forcestack_file ? o->forcestack_file : "", o->forcestack);
		if (cg_cache_source_hit(o->file, src, len, flags, out_path, o->debug, o->verbose,
					source_key)) {
			free(src);
			return 0;
		}
	}
	type_init();
	Node *file = parse_source(src, len);
	if (diag_flush() > 0) {
		free(src);
		return 1;
	}
	Program *prog = check_program(file);
	if (diag_flush() > 0 || !prog) {
		free(src);
		return 1;
	}
	if (o->dumps && strchr(o->dumps, 'a'))
		ast_dump(file, 0);

	// The -m lines are written with the file's own positions; under
	// //line directives Go prints them where the directives say.
	diag_remap_stderr_begin();
	if (!o->no_inline) {
		// -m=json is about escape decisions only: no inlining text on it.
		InlOptions io = {.m_level = o->m_json ? 0 : o->m_level, .init_order = &prog->init_order};
		inl_decide(file, &io);
		prog->init_fn = inl_expand(file, &io);
		if (o->dumps && strchr(o->dumps, 'i'))
			ast_dump(file, 0);
	} else {
		inl_costs(file);   // codegen's C `inline` hints still follow Go's costs
	}

	// -m=html: the -m=json text, kept in memory for the page.
	char *json_buf = NULL;
	size_t json_len = 0;
	FILE *json_mem = o->m_html ? open_memstream(&json_buf, &json_len) : NULL;
	if (o->m_html && !json_mem) {
		fprintf(stderr, "mgoc: %s\n", strerror(errno));
		free(src);
		return 1;
	}
	EscOptions eo = {
		.m_level = o->m_level,
		.json_out = json_mem ? json_mem : o->m_json ? stdout : NULL,
		.graph_func = o->graph_func,
		.dot_out = o->graph_func ? stdout : NULL,
		.noescape = o->noescape,
		.inlined = !o->no_inline,
		.forcestack_line = o->forcestack,
	};
	if (o->forcestack && !same_file(o->forcestack_file, o->file)) {
		fprintf(stderr, "mgoc: -d=forcestack=%s:%d: not the file being compiled\n",
			o->forcestack_file, o->forcestack);
		free(src);
		return 2;
	}
	esc_analyze(prog, &eo);
	if (o->forcestack && eo.forcestack_count == 0)
		fprintf(stderr, "mgoc: -d=forcestack: no heap-allocated value or variable on line %d\n",
			o->forcestack);
	if (json_mem) {
		fclose(json_mem);
		size_t alen = 0;
		char *allocs = o->allocs ? read_source(o->allocs, &alen) : NULL;
		if (o->allocs && !allocs) {
			free(json_buf);
			free(src);
			return 1;
		}
		esc_html_report(stdout, o->file, src, len, json_buf, allocs, alen);
		free(allocs);
		free(json_buf);
	}
	{
		// Go's walk: the bounds lines and the wrappers of the itabs it
		// makes, in one order.
		InlOptions io = {.m_level = o->m_level, .wrapper_body = esc_wrapper_body,
			.is_dead = esc_node_dead, .wrapper_flows = esc_wrapper_flows,
			.no_inline = o->no_inline};
		InlWrap *w = (!o->no_inline || o->m_level >= 2) && !o->m_json ?
			inl_wrappers_begin(file, &io) : NULL;
		EscWalkHooks hooks = {inl_wrappers_func, inl_wrappers_site, w};
		esc_walk_report(prog, o->m_level, w ? &hooks : NULL);
		inl_wrappers_end(w);
		esc_libbody_wrappers(o->no_inline || o->m_json ? 0 : o->m_level);
	}
	fflush(stderr);
	diag_remap_stderr_end();
	check_frames_report();
	cg_check_symbol_sizes(prog);
	if (diag_flush() > 0) {
		free(src);
		return 1;
	}

	// -o /dev/null: analysis only, as `go build -o /dev/null` with -m.
	if (!want_binary && !o->emit_c) {
		free(src);
		return 0;
	}

	char c_path[PATH_MAX];
	int fd = -1;
	if (o->emit_c) {
		snprintf(c_path, sizeof c_path, "%s", o->emit_c);
	} else {
		const char *tmp = getenv("TMPDIR");
		snprintf(c_path, sizeof c_path, "%s/mgoc-XXXXXX.c", tmp && *tmp ? tmp : "/tmp");
		fd = mkstemps(c_path, 2);
		if (fd < 0) {
			fprintf(stderr, "mgoc: cannot create temporary file: %s\n", strerror(errno));
			free(src);
			return 1;
		}
	}
	FILE *cf = fd >= 0 ? fdopen(fd, "w") : fopen(c_path, "w");
	if (!cf) {
		fprintf(stderr, "mgoc: cannot write %s: %s\n", c_path, strerror(errno));
		free(src);
		return 1;
	}
	cg_debug_names = o->debug;
	CgOptions co = {.checkescape = o->checkescape};
	bool ok = cg_generate_opts(prog, cf, &co);
	if (fclose(cf) != 0)
		ok = false;
	if (diag_flush() > 0 || !ok) {
		if (!o->emit_c)
			unlink(c_path);
		free(src);
		return 1;
	}
	int status = 0;
	if (want_binary)
		status = cg_build(c_path, out_path, o->debug, o->verbose, source_key);
	if (!o->emit_c)
		unlink(c_path);
	free(src);
	return status == 0 ? 0 : 1;
}

static int cmd_build(int argc, char **argv)
{
	Options o = {0};
	int i = parse_flags(argc, argv, 2, &o);
	if (i < 0)
		return 2;
	if (i != argc - 1)
		return usage_error("%s", i >= argc ? "build needs one FILE.mgo" :
				   "build takes exactly one FILE.mgo"), 2;
	o.file = argv[i];
	return compile(&o);
}

static int cmd_run(int argc, char **argv)
{
	Options o = {0};
	int i = parse_flags(argc, argv, 2, &o);
	if (i < 0)
		return 2;
	if (i >= argc)
		return usage_error("%s", "run needs a FILE.mgo"), 2;
	o.file = argv[i];
	char dir[] = "/tmp/mgorun-XXXXXX";
	if (!mkdtemp(dir)) {
		fprintf(stderr, "mgoc: cannot create temporary directory: %s\n", strerror(errno));
		return 1;
	}
	char exe[PATH_MAX];
	snprintf(exe, sizeof exe, "%s/prog", dir);
	o.out = exe;
	int status = compile(&o);
	if (status != 0) {
		rmdir(dir);
		return status;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		argv[i] = exe;
		execv(exe, argv + i);
		_exit(127);
	}
	int ws = 0;
	while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
		;
	unlink(exe);
	rmdir(dir);
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	return 128 + WTERMSIG(ws);
}

static int run_command(int argc, char **argv)
{
	int status;
	if (argc < 2)
		return usage_error("%s", "no command"), 2;
	if (strcmp(argv[1], "build") == 0) {
		status = cmd_build(argc, argv);
	} else if (strcmp(argv[1], "run") == 0) {
		status = cmd_run(argc, argv);
	} else if (strcmp(argv[1], "version") == 0) {
		printf("%s\n", MGO_VERSION);
		status = 0;
	} else if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "-h") == 0 ||
		   strcmp(argv[1], "--help") == 0) {
		printf("%s%s", usage_text, help_text);
		status = 0;
	} else {
		return usage_error("unknown command %s", argv[1]), 2;
	}
	arena_free(&ast_arena);
	return status;
}

typedef struct MainArgs {
	int argc;
	char **argv;
	int status;
} MainArgs;

static void *main_thread(void *p)
{
	MainArgs *a = p;
	a->status = run_command(a->argc, a->argv);
	return NULL;
}

// The checker and the escape pass recurse once per nesting level of the
// source, and the parser accepts nesting far deeper than real programs use
// (frontend/parse.y bounds it), so the compiler runs on a thread whose
// stack is large enough for the deepest tree the parser lets through.
// The pages are only committed when touched.
enum { MGOC_STACK = 1 << 30 };

int main(int argc, char **argv)
{
	MainArgs a = {argc, argv, 0};
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, MGOC_STACK) == 0 &&
	    pthread_create(&t, &attr, main_thread, &a) == 0) {
		pthread_join(t, NULL);
		return a.status;
	}
	return run_command(argc, argv);
}
