// test_sched_child.h: runs a scheduler test case in a child process
// (rt_sched_main never returns: the process ends with goroutine 1), for
// test_sched.c, test_stack.c and test_chan.c. Include after the test framework and rt
// headers.
#ifndef TEST_SCHED_CHILD_H
#define TEST_SCHED_CHILD_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

// In the child: a failed check ends the program with status 3.
#define CHECK(c) do { \
	if (!(c)) { \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
		fflush(stderr); \
		_exit(3); \
	} \
} while (0)

// Runs fn as goroutine 1 on nprocs Ps in a child process; returns its exit
// status (128 + signal when killed) and its stderr in err.
static int run_sched(void (*fn)(void), int nprocs, char *err, size_t errlen)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		char n[16];
		snprintf(n, sizeof n, "%d", nprocs);
		setenv("GOMAXPROCS", n, 1);
		alarm(60);   // a hang fails the test instead of blocking the suite
		rt_sched_main(fn);
	}
	close(fds[1]);
	size_t len = 0;
	ssize_t r;
	while (len + 1 < errlen && (r = read(fds[0], err + len, errlen - 1 - len)) > 0)
		len += (size_t)r;
	err[len] = 0;
	close(fds[0]);
	int st = 0;
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static char errbuf[8192];

__attribute__((unused)) static void expect_ok(void (*fn)(void), int nprocs)
{
	int code = run_sched(fn, nprocs, errbuf, sizeof errbuf);
	if (code != 0)
		fprintf(stderr, "child exit %d, stderr:\n%s\n", code, errbuf);
	cr_assert_eq(code, 0);
}

#endif
