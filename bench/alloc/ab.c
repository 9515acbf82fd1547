// ab.c: two builds of mgo's allocator in one process, taking turns on the
// same workload, for `make bench-alloc-ab` (bench/alloc/ab.sh).
//
// Separate processes on a shared host differ by 10-30% from one run to the
// next: the host has slow and fast stretches that last seconds. Here the
// builds (their global symbols renamed a_* and b_* by ab.sh, so each has its
// own heap, caches and page map) and a reference allocator take turns in
// chunks of a few milliseconds, so every stretch hits them alike and a 2%
// difference shows. The reference (`lifo`) is the least a segregated
// allocator can do for this workload: Go's size classes, an intrusive LIFO
// free list per class, no checks, never a span handed back. It marks how
// far from the floor mgo is, not a design to copy: it never returns memory.
//
// The workload is churn: LIVE slots, each op frees a random one after
// checking its first 8 bytes and its last byte, and puts a new object of a
// uniform 8..512 bytes there, written the same way (bench/alloc/workloads.c).
//
// Usage: ab CHUNKS OPS_PER_CHUNK; prints ns per op of each arm and the
// ratios B/A and lifo/A of their total times.
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"

void *a_mgo_malloc(size_t n);
void a_mgo_free(void *p);
void *b_mgo_malloc(size_t n);
void b_mgo_free(void *p);

enum { LIVE = 100000, MAX_SIZE = 512, NCLASS = 26, PAGE = 8192 };

typedef struct {
	char **slot;
	uint32_t *size;
	uint64_t seed;
	double secs;
} Arm;

// ---- the reference: segregated LIFO lists over Go's size classes --------
static const uint16_t lifo_class_size[NCLASS] = {
	8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176,
	192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512,
};
static uint8_t lifo_class_of[MAX_SIZE + 1];
static void *lifo_list[NCLASS];
static char *lifo_next[NCLASS], *lifo_end[NCLASS]; // the class's current page

static void lifo_init(void)
{
	unsigned k = 0;
	for (unsigned n = 0; n <= MAX_SIZE; n++) {
		while (lifo_class_size[k] < n)
			k++;
		lifo_class_of[n] = (uint8_t)k;
	}
}

static void *lifo_malloc(size_t n)
{
	unsigned k = lifo_class_of[n];
	void *p = lifo_list[k];
	if (p != NULL) {
		lifo_list[k] = *(void **)p;
		return p;
	}
	if (lifo_next[k] == NULL || lifo_next[k] + lifo_class_size[k] > lifo_end[k]) {
		char *page = aligned_alloc(PAGE, PAGE);
		if (page == NULL)
			abort();
		lifo_next[k] = page;
		lifo_end[k] = page + PAGE;
	}
	p = lifo_next[k];
	lifo_next[k] += lifo_class_size[k];
	return p;
}

static void lifo_free(void *p, size_t n)
{
	unsigned k = lifo_class_of[n];
	*(void **)p = lifo_list[k];
	lifo_list[k] = p;
}

// ---- the workload, once per arm (the allocator calls are direct) ---------
#define ARM_FUNCS(NAME, ALLOC, FREE)                                              \
	static void init_##NAME(Arm *a, uint64_t seed)                            \
	{                                                                         \
		a->seed = seed;                                                   \
		a->slot = calloc(LIVE, sizeof *a->slot);                          \
		a->size = calloc(LIVE, sizeof *a->size);                          \
		for (int i = 0; i < LIVE; i++) {                                  \
			size_t n = 8 + xorshift(&a->seed) % (MAX_SIZE - 7);       \
			char *p = ALLOC(n);                                       \
			uint64_t st = stamp_of(p, n);                             \
			memcpy(p, &st, 8);                                        \
			p[n - 1] = (char)(st >> 56);                              \
			a->slot[i] = p;                                           \
			a->size[i] = (uint32_t)n;                                 \
		}                                                                 \
	}                                                                         \
	static void run_##NAME(Arm *a, long ops)                                  \
	{                                                                         \
		for (long op = 0; op < ops; op++) {                               \
			unsigned i = (unsigned)(xorshift(&a->seed) % LIVE);       \
			char *p = a->slot[i];                                     \
			size_t n = a->size[i];                                    \
			uint64_t st = stamp_of(p, n), got;                        \
			memcpy(&got, p, 8);                                       \
			if (got != st || p[n - 1] != (char)(st >> 56))            \
				abort();                                          \
			FREE(p, n);                                               \
			n = 8 + xorshift(&a->seed) % (MAX_SIZE - 7);              \
			p = ALLOC(n);                                             \
			st = stamp_of(p, n);                                      \
			memcpy(p, &st, 8);                                        \
			p[n - 1] = (char)(st >> 56);                              \
			a->slot[i] = p;                                           \
			a->size[i] = (uint32_t)n;                                 \
		}                                                                 \
	}

#define A_FREE(p, n) a_mgo_free(p)
#define B_FREE(p, n) b_mgo_free(p)
ARM_FUNCS(a, a_mgo_malloc, A_FREE)
ARM_FUNCS(b, b_mgo_malloc, B_FREE)
ARM_FUNCS(lifo, lifo_malloc, lifo_free)

typedef void RunFn(Arm *, long);

int main(int argc, char **argv)
{
	long chunks = argc > 1 ? atol(argv[1]) : 60;
	long k = argc > 2 ? atol(argv[2]) : 200000;
	Arm arm[3] = {{0}};
	RunFn *run[3] = {run_a, run_b, run_lifo};
	lifo_init();
	init_a(&arm[0], 12345);
	init_b(&arm[1], 12345);
	init_lifo(&arm[2], 12345);
	for (int j = 0; j < 3; j++) // to the steady state before timing
		run[j](&arm[j], 4 * k);
	for (long c = 0; c < chunks; c++) {
		for (int t = 0; t < 3; t++) { // the order rotates with the chunk
			int j = (int)((c + t) % 3);
			double t0 = now();
			run[j](&arm[j], k);
			arm[j].secs += now() - t0;
		}
	}
	double ops = (double)chunks * (double)k;
	printf("ns/op: A %.1f  B %.1f  lifo %.1f   B/A %.3f  lifo/A %.3f\n",
	       arm[0].secs / ops * 1e9, arm[1].secs / ops * 1e9, arm[2].secs / ops * 1e9,
	       arm[1].secs / arm[0].secs, arm[2].secs / arm[0].secs);
	return 0;
}
