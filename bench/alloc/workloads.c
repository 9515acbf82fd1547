// workloads.c: allocator benchmark workloads that touch their memory, built
// once per allocator.
//
// With -DUSE_MGO the calls go to mgo_malloc/mgo_free; otherwise to malloc/
// free, which the link line binds to glibc, jemalloc, tcmalloc or mimalloc.
// Every object is used as a program would use it: its first 8 bytes and its
// last byte are written when it is allocated (and a byte per 4 KiB page of a
// bigger one) and checked just before it is freed (a mismatch aborts: the allocator handed out memory twice), so the
// figures include the cache misses of what the allocator hands out.
//
// Usage: workloads NAME [SCALE]; prints
// "ops=N secs=S cpu=C rss_kb=K live_kb=L" for run.py, L being the peak of
// the bytes the workload itself held (requested sizes).
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "common.h"

#ifdef USE_MGO
#include "rt/mgo.h"
#define ALLOC(n) mgo_malloc(n)
#define FREE(p)  mgo_free(p)
#else
#define ALLOC(n) malloc(n)
#define FREE(p)  free(p)
#endif

static void pin(int cpu)
{
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	pthread_setaffinity_np(pthread_self(), sizeof set, &set); // best effort
}

// ---- touching ------------------------------------------------------------
static inline void *alloc_touch(size_t n)
{
	char *p = ALLOC(n);
	if (p == NULL) {
		fprintf(stderr, "out of memory (%zu bytes)\n", n);
		abort();
	}
	uint64_t st = stamp_of(p, n);
	memcpy(p, &st, 8);
	// Big objects: a byte per 4 KiB page as well, so that peak RSS counts
	// what a program using them would have faulted in.
	for (size_t k = 4096; k < n - 1; k += 4096)
		p[k] = 1;
	p[n - 1] = (char)(st >> 56);
	return p;
}

static inline void free_check(void *q, size_t n)
{
	char *p = q;
	uint64_t st = stamp_of(p, n), got;
	memcpy(&got, p, 8);
	if (got != st || p[n - 1] != (char)(st >> 56)) {
		fprintf(stderr, "object %p (%zu bytes) was overwritten: memory handed out twice\n", q, n);
		abort();
	}
	FREE(p);
}

// ---- churn: a live set of 100k slots, each op replaces a random one -------
enum { LIVE = 100000 };

typedef struct {
	uint64_t seed;
	long ops;
	int cpu;         // pin to this CPU, or -1
	size_t peakLive; // out
} ChurnArg;

static inline size_t churn_size(uint64_t r)
{
	return 8 + (size_t)(r % 505); // uniform 8..512
}

static void *churn(void *arg)
{
	ChurnArg *a = arg;
	if (a->cpu >= 0)
		pin(a->cpu);
	uint64_t s = a->seed;
	char **slot = calloc(LIVE, sizeof *slot);
	uint32_t *size = calloc(LIVE, sizeof *size);
	size_t live = 0, peak = 0;
	for (int i = 0; i < LIVE; i++) {
		size[i] = (uint32_t)churn_size(xorshift(&s));
		slot[i] = alloc_touch(size[i]);
		live += size[i];
	}
	peak = live;
	for (long op = 0; op < a->ops; op++) {
		unsigned i = (unsigned)(xorshift(&s) % LIVE);
		free_check(slot[i], size[i]);
		live -= size[i];
		size[i] = (uint32_t)churn_size(xorshift(&s));
		slot[i] = alloc_touch(size[i]);
		live += size[i];
		if (live > peak)
			peak = live;
	}
	for (int i = 0; i < LIVE; i++)
		free_check(slot[i], size[i]);
	free(slot);
	free(size);
	a->peakLive = peak;
	return NULL;
}

static long run_churn(int nthreads, long ops, size_t *peakLive)
{
	pthread_t t[2];
	ChurnArg a[2];
	for (int i = 0; i < nthreads; i++) {
		a[i] = (ChurnArg){0x9E3779B97F4A7C15ull * (uint64_t)(i + 1), ops, nthreads > 1 ? i : -1, 0};
		pthread_create(&t[i], NULL, churn, &a[i]);
	}
	*peakLive = 0;
	for (int i = 0; i < nthreads; i++) {
		pthread_join(t[i], NULL);
		*peakLive += a[i].peakLive;
	}
	return ops * nthreads;
}

// ---- producer/consumer: every object is freed by the other thread --------
enum { RING = 8192 };
static _Atomic(void *) ring[RING];
static uint32_t ringSize[RING];
static _Atomic uint64_t consumedBytes;

// prodcons-full: the consumer takes object i only once object i+RING_FULL
// exists, so the ring holds RING_FULL..RING objects whichever side is
// faster. In plain prodcons the ring's occupancy, and with it the peak
// RSS, measures which thread is faster (a slow producer keeps it nearly
// empty), not what the allocator keeps around; here every allocator holds
// the same live bytes. The 256-object slack lets both threads run in
// bursts instead of handing over every object.
enum { RING_FULL = RING - 256 };

typedef struct {
	long total;
	bool full;
} ConsumerArg;

static void *consumer(void *arg)
{
	long total = ((ConsumerArg *)arg)->total;
	bool full = ((ConsumerArg *)arg)->full;
	uint64_t bytes = 0;
	pin(1);
	for (long i = 0; i < total; i++) {
		void *p;
		if (full && i + RING_FULL < total)
			while (atomic_load_explicit(&ring[(i + RING_FULL) % RING], memory_order_acquire) == NULL)
				sched_yield();
		while ((p = atomic_load_explicit(&ring[i % RING], memory_order_acquire)) == NULL)
			sched_yield();
		size_t n = ringSize[i % RING];
		atomic_store_explicit(&ring[i % RING], NULL, memory_order_release);
		free_check(p, n);
		bytes += n;
		if ((i & 255) == 0)
			atomic_store_explicit(&consumedBytes, bytes, memory_order_relaxed);
	}
	return NULL;
}

static long run_prodcons(long total, bool full, size_t *peakLive)
{
	pthread_t t;
	uint64_t s = 12345, produced = 0, peak = 0;
	ConsumerArg ca = {total, full};
	pthread_create(&t, NULL, consumer, &ca);
	pin(0);
	for (long i = 0; i < total; i++) {
		size_t n = 8 + (size_t)(xorshift(&s) % 505);
		char *p = alloc_touch(n);
		produced += n;
		if ((i & 255) == 0) {
			uint64_t live = produced - atomic_load_explicit(&consumedBytes, memory_order_relaxed);
			if (live > peak)
				peak = live;
		}
		while (atomic_load_explicit(&ring[i % RING], memory_order_acquire) != NULL)
			sched_yield();
		ringSize[i % RING] = (uint32_t)n;
		atomic_store_explicit(&ring[i % RING], p, memory_order_release);
	}
	pthread_join(t, NULL);
	*peakLive = peak;
	return total;
}

// ---- binary trees of 16-byte nodes ---------------------------------------
// The node's two links are its first 8 and its last 8 bytes: building writes
// them, the check reads them all before the free.
typedef struct Node {
	struct Node *l, *r;
} Node;

static Node *build(int depth)
{
	Node *n = ALLOC(sizeof *n);
	if (n == NULL)
		abort();
	n->l = depth ? build(depth - 1) : NULL;
	n->r = depth ? build(depth - 1) : NULL;
	return n;
}

// Counts and frees the tree; aborts if the shape is not the one built.
static long check_free(Node *n, int depth)
{
	long c = 1;
	if ((n->l == NULL) != (depth == 0) || (n->r == NULL) != (depth == 0)) {
		fprintf(stderr, "tree node %p was overwritten\n", (void *)n);
		abort();
	}
	if (depth)
		c += check_free(n->l, depth - 1) + check_free(n->r, depth - 1);
	FREE(n);
	return c;
}

static long run_bintree(int rounds, int depth, size_t *peakLive)
{
	long nodes = 0;
	Node *keep = build(16);
	for (int i = 0; i < rounds; i++)
		nodes += check_free(build(depth), depth);
	nodes += check_free(keep, 16);
	*peakLive = (((size_t)2 << 16) - 1 + ((size_t)2 << depth) - 1) * sizeof(Node);
	return nodes;
}

// ---- 1-64 KiB objects, one byte written per 4 KiB page -----------------------
static long run_large(long ops, size_t *peakLive)
{
	enum { N = 1024 };
	static char *slot[N];
	static uint32_t size[N];
	uint64_t s = 777;
	size_t live = 0, peak = 0;
	for (long op = 0; op < ops; op++) {
		unsigned i = (unsigned)(xorshift(&s) % N);
		if (slot[i]) {
			free_check(slot[i], size[i]);
			live -= size[i];
		}
		size_t n = 1024 + (size_t)(xorshift(&s) % (63 * 1024 + 1));
		slot[i] = alloc_touch(n);
		size[i] = (uint32_t)n;
		live += n;
		if (live > peak)
			peak = live;
	}
	for (int i = 0; i < N; i++)
		if (slot[i])
			free_check(slot[i], size[i]);
	*peakLive = peak;
	return ops;
}

// ---- gosizes: what a Go program's heap sees ---------------------------------
// Sizes drawn like a Go program's allocations (mostly 16..64-byte structs and
// small slices, some strings and slice backings up to a few KiB, rarely a
// buffer up to 32 KiB); most objects die young (a FIFO of the last 4096), one
// in 16 survives into a 50k-slot old set where it replaces a random one.
static inline size_t go_size(uint64_t r)
{
	static const uint16_t common[16] = {16, 16, 16, 24, 24, 32, 32, 32, 48, 48, 64, 64, 80, 96, 112, 128};
	unsigned k = (unsigned)(r >> 56);
	if (k < 200)
		return common[r & 15];
	if (k < 250)
		return 8 + (size_t)((r >> 8) % 2041); // 8..2048
	return 2048 + (size_t)((r >> 8) % 30721); // 2 KiB..32 KiB
}

static long run_gosizes(long ops, size_t *peakLive)
{
	enum { YOUNG = 4096, OLD = 50000 };
	static char *young[YOUNG], *old[OLD];
	static uint32_t ysize[YOUNG], osize[OLD];
	uint64_t s = 4242;
	size_t live = 0, peak = 0;
	for (long op = 0; op < ops; op++) {
		uint64_t r = xorshift(&s);
		size_t n = go_size(r);
		unsigned y = (unsigned)(op % YOUNG);
		if (young[y]) {
			if ((r & 15) == 0) { // survives: promote into the old set
				unsigned o = (unsigned)((r >> 4) % OLD);
				if (old[o]) {
					free_check(old[o], osize[o]);
					live -= osize[o];
				}
				old[o] = young[y];
				osize[o] = ysize[y];
			} else {
				free_check(young[y], ysize[y]);
				live -= ysize[y];
			}
		}
		young[y] = alloc_touch(n);
		ysize[y] = (uint32_t)n;
		live += n;
		if (live > peak)
			peak = live;
	}
	for (int i = 0; i < YOUNG; i++)
		if (young[i])
			free_check(young[i], ysize[i]);
	for (int i = 0; i < OLD; i++)
		if (old[i])
			free_check(old[i], osize[i]);
	*peakLive = peak;
	return ops;
}

int main(int argc, char **argv)
{
	const char *w = argc > 1 ? argv[1] : "churn1";
	double scale = argc > 2 ? atof(argv[2]) : 1.0;
	double t0 = now();
	long ops;
	size_t live = 0;
	if (strcmp(w, "churn1") == 0)
		ops = run_churn(1, (long)(12e6 * scale), &live);
	else if (strcmp(w, "churn2") == 0)
		ops = run_churn(2, (long)(12e6 * scale), &live);
	else if (strcmp(w, "prodcons") == 0)
		ops = run_prodcons((long)(8e6 * scale), false, &live);
	else if (strcmp(w, "prodcons-full") == 0)
		ops = run_prodcons((long)(8e6 * scale), true, &live);
	else if (strcmp(w, "bintree") == 0)
		ops = run_bintree((int)(16 * scale + 0.5), 20, &live);
	else if (strcmp(w, "large") == 0)
		ops = run_large((long)(2e6 * scale), &live);
	else if (strcmp(w, "gosizes") == 0)
		ops = run_gosizes((long)(16e6 * scale), &live);
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
	// BENCH_SMAPS=1: where the resident memory is at the end, one line per
	// mapping with any (stderr), to tell heap from metadata and stacks.
	if (getenv("BENCH_SMAPS") && (f = fopen("/proc/self/smaps", "r")) != NULL) {
		char name[256] = "";
		long rss;
		while (fgets(line, sizeof line, f)) {
			if ((line[0] >= '0' && line[0] <= '9') || (line[0] >= 'a' && line[0] <= 'f'))
				snprintf(name, sizeof name, "%s", line); // a mapping's header
			if (sscanf(line, "Rss: %ld kB", &rss) == 1 && rss > 0)
				fprintf(stderr, "%6ld kB  %s", rss, name);
		}
		fclose(f);
	}
	// CPU time of all threads: a second throughput figure that holds up
	// when other jobs share the machine.
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
	    (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
	printf("ops=%ld secs=%.6f cpu=%.6f rss_kb=%ld live_kb=%zu\n", ops, secs, cpu, hwm, live / 1024);
	return 0;
}
