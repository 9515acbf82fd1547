// test_rt_shim.h: just enough of criterion's API to run the rt unit tests
// under ThreadSanitizer (`make tsan`). Criterion itself cannot start under
// TSan: its inheritable arena is mapped where TSan keeps its shadow (see
// Criterion issue 274). Each test runs in a forked child, like criterion's
// sandbox, and `.signal = SIGABRT` tests must die by that signal.
#ifndef TEST_RT_SHIM_H
#define TEST_RT_SHIM_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct shim_opts {
	int unused;
	int signal;
	void (*init)(void);
};
struct shim_test {
	const char *name;
	void (*fn)(void);
	struct shim_opts opts;
	const struct shim_opts *suite;
};

static struct shim_test shim_tests[64];
static int shim_ntests;

static inline void shim_register(const char *name, void (*fn)(void), struct shim_opts o,
    const struct shim_opts *suite)
{
	if (shim_ntests < 64)
		shim_tests[shim_ntests++] = (struct shim_test){name, fn, o, suite};
}

// Every test file names its suite with TestSuite before its tests.
#define TestSuite(suite, ...) \
	static const struct shim_opts suite##_suite_opts = {0, __VA_ARGS__}
#define Test(suite, name, ...)                                                        \
	static void suite##_##name(void);                                             \
	__attribute__((constructor)) static void suite##_##name##_reg(void)           \
	{                                                                             \
		shim_register(#suite "::" #name, suite##_##name,                      \
		    (struct shim_opts){0, __VA_ARGS__}, &suite##_suite_opts);         \
	}                                                                             \
	static void suite##_##name(void)

#define SHIM_CHECK(cond, text)                                                        \
	do {                                                                          \
		if (!(cond)) {                                                        \
			fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__,    \
			    __LINE__, text);                                          \
			_exit(1);                                                     \
		}                                                                     \
	} while (0)

#define cr_assert(c, ...)             SHIM_CHECK((c), #c)
#define cr_assert_not(c, ...)         SHIM_CHECK(!(c), "!" #c)
#define cr_assert_eq(a, b, ...)       SHIM_CHECK((a) == (b), #a " == " #b)
#define cr_assert_neq(a, b, ...)      SHIM_CHECK((a) != (b), #a " != " #b)
#define cr_assert_lt(a, b, ...)       SHIM_CHECK((a) < (b), #a " < " #b)
#define cr_assert_leq(a, b, ...)      SHIM_CHECK((a) <= (b), #a " <= " #b)
#define cr_assert_gt(a, b, ...)       SHIM_CHECK((a) > (b), #a " > " #b)
#define cr_assert_geq(a, b, ...)      SHIM_CHECK((a) >= (b), #a " >= " #b)
#define cr_assert_null(a, ...)        SHIM_CHECK((a) == NULL, #a " == NULL")
#define cr_assert_not_null(a, ...)    SHIM_CHECK((a) != NULL, #a " != NULL")
#define cr_expect                     cr_assert
#define cr_expect_eq                  cr_assert_eq
#define cr_expect_neq                 cr_assert_neq
#define cr_expect_lt                  cr_assert_lt
#define cr_expect_leq                 cr_assert_leq
#define cr_expect_gt                  cr_assert_gt
#define cr_expect_geq                 cr_assert_geq
#define cr_expect_null                cr_assert_null
#define cr_expect_not_null            cr_assert_not_null

int main(int argc, char **argv)
{
	int passed = 0, failed = 0;
	for (int i = 0; i < shim_ntests; i++) {
		struct shim_test *t = &shim_tests[i];
		if (argc > 1 && !strstr(t->name, argv[1]))
			continue;
		fflush(NULL);
		pid_t pid = fork();
		if (pid == 0) {
			if (t->suite->init)
				t->suite->init();
			if (t->opts.init)
				t->opts.init();
			t->fn();
			fflush(NULL);
			_exit(0);
		}
		int st = 0;
		waitpid(pid, &st, 0);
		bool ok = t->opts.signal ? WIFSIGNALED(st) && WTERMSIG(st) == t->opts.signal
		                         : WIFEXITED(st) && WEXITSTATUS(st) == 0;
		printf("[%s] %s\n", ok ? "PASS" : "FAIL", t->name);
		ok ? passed++ : failed++;
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

#endif
