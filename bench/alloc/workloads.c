// workloads.c: allocator benchmark workloads, built once per allocator.
//
// With -DUSE_MGO the calls go to mgo_malloc/mgo_free; otherwise to malloc/
// free, which the link line binds to glibc, jemalloc, tcmalloc or mimalloc.
// Usage: workloads NAME; prints "ops=N secs=S rss_kb=K" for run.py.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#ifdef USE_MGO
#include "rt/mgo.h"
#define ALLOC(n) mgo_malloc(n)
#define FREE(p)  mgo_free(p)
#else
#define ALLOC(n) malloc(n)
#define FREE(p)  free(p)
#endif

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static inline uint64_t xorshift(uint64_t *s)
{
	uint64_t x = *s;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *s = x;
}

// Small sizes: mostly 8..128 bytes, a tail up to 1 KiB, as object-heavy
// programs allocate.
static inline size_t small_size(uint64_t r)
{
	unsigned k = (unsigned)(r >> 56);
	if (k < 160)
		return 8 + (r % 121);
	if (k < 240)
		return 8 + (r % 505);
	return 8 + (r % 1017);
}

// ---- churn: a live set of 100k objects, each op replaces a random one ----
enum { LIVE = 100000 };

typedef struct {
	uint64_t seed;
	long ops;
} ChurnArg;

static void *churn(void *arg)
{
	ChurnArg *a = arg;
	uint64_t s = a->seed;
	char **slot = calloc(LIVE, sizeof *slot);
	for (int i = 0; i < LIVE; i++) {
		size_t n = small_size(xorshift(&s));
		slot[i] = ALLOC(n);
		slot[i][0] = (char)n;
	}
	for (long op = 0; op < a->ops; op++) {
		uint64_t r = xorshift(&s);
		unsigned i = (unsigned)(r % LIVE);
		FREE(slot[i]);
		size_t n = small_size(xorshift(&s));
		slot[i] = ALLOC(n);
		slot[i][0] = (char)n;
	}
	for (int i = 0; i < LIVE; i++)
		FREE(slot[i]);
	free(slot);
	return NULL;
}

static long run_churn(int nthreads, long ops)
{
	pthread_t t[8];
	ChurnArg a[8];
	for (int i = 0; i < nthreads; i++) {
		a[i] = (ChurnArg){0x9E3779B97F4A7C15ull * (uint64_t)(i + 1), ops};
		pthread_create(&t[i], NULL, churn, &a[i]);
	}
	for (int i = 0; i < nthreads; i++)
		pthread_join(t[i], NULL);
	return ops * nthreads;
}

// ---- producer/consumer: every object is freed by the other thread --------
enum { RING = 4096, BATCH = 64 };
static _Atomic(void *) ring[RING];

static void *consumer(void *arg)
{
	long total = *(long *)arg;
	for (long i = 0; i < total; i++) {
		void *p;
		while ((p = atomic_load_explicit(&ring[i % RING], memory_order_acquire)) == NULL)
			sched_yield();
		atomic_store_explicit(&ring[i % RING], NULL, memory_order_relaxed);
		FREE(p);
	}
	return NULL;
}

static long run_prodcons(long total)
{
	pthread_t t;
	uint64_t s = 12345;
	pthread_create(&t, NULL, consumer, &total);
	for (long i = 0; i < total; i++) {
		size_t n = 16 + (xorshift(&s) % 241);
		char *p = ALLOC(n);
		p[0] = 1;
		while (atomic_load_explicit(&ring[i % RING], memory_order_relaxed) != NULL)
			sched_yield();
		atomic_store_explicit(&ring[i % RING], p, memory_order_release);
	}
	pthread_join(t, NULL);
	return total;
}

// ---- binary trees of 16-byte nodes ---------------------------------------
typedef struct Node {
	struct Node *l, *r;
} Node;

static Node *build(int depth)
{
	Node *n = ALLOC(sizeof *n);
	n->l = depth ? build(depth - 1) : NULL;
	n->r = depth ? build(depth - 1) : NULL;
	return n;
}

static long check_free(Node *n)
{
	long c = 1;
	if (n->l)
		c += check_free(n->l) + check_free(n->r);
	FREE(n);
	return c;
}

static long run_trees(int rounds)
{
	long nodes = 0;
	Node *keep = build(16); // a long-lived tree, as in the Benchmarks Game
	for (int i = 0; i < rounds; i++) {
		for (int d = 4; d <= 18; d += 2)
			for (int k = 0; k < (1 << (18 - d)) / 8 + 1; k++)
				nodes += check_free(build(d));
	}
	nodes += check_free(keep);
	return nodes;
}

// ---- 1-64 KiB objects ------------------------------------------------------
static long run_large(long ops)
{
	enum { N = 512 };
	char *slot[N] = {0};
	uint64_t s = 777;
	for (long op = 0; op < ops; op++) {
		uint64_t r = xorshift(&s);
		unsigned i = (unsigned)(r % N);
		FREE(slot[i]);
		size_t n = 1024 + (xorshift(&s) % (63 * 1024 + 1));
		slot[i] = ALLOC(n);
		// Touch every page, as a program using the object would: peak RSS
		// then measures the allocator's footprint, not which pages it
		// happened to leave untouched.
		for (size_t k = 0; k < n; k += 4096)
			slot[i][k] = 1;
		slot[i][n - 1] = 1;
	}
	for (int i = 0; i < N; i++)
		FREE(slot[i]);
	return ops;
}

int main(int argc, char **argv)
{
	const char *w = argc > 1 ? argv[1] : "churn";
	double scale = argc > 2 ? atof(argv[2]) : 1.0;
	double t0 = now();
	long ops;
	if (strcmp(w, "churn") == 0)
		ops = run_churn(1, (long)(6e6 * scale));
	else if (strcmp(w, "churn2") == 0)
		ops = run_churn(2, (long)(4e6 * scale));
	else if (strcmp(w, "prodcons") == 0)
		ops = run_prodcons((long)(4e6 * scale));
	else if (strcmp(w, "trees") == 0)
		ops = run_trees((int)(6 * scale + 0.5));
	else if (strcmp(w, "large") == 0)
		ops = run_large((long)(1.5e6 * scale));
	else {
		fprintf(stderr, "unknown workload %s\n", w);
		return 2;
	}
	double secs = now() - t0;
	// VmHWM, not getrusage: ru_maxrss survives execve, so it would report
	// the launching process's peak when that is larger.
	long hwm = -1;
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %ld kB", &hwm) == 1)
			break;
	if (f)
		fclose(f);
	// CPU time of all threads: a second throughput figure that holds up
	// when other jobs share the machine.
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
	    (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
	printf("ops=%ld secs=%.6f cpu=%.6f rss_kb=%ld\n", ops, secs, cpu, hwm);
	return 0;
}
