// common.h: what bench/alloc's programs share: the clock, the workloads'
// random numbers and the stamp each object carries while it is live.
#ifndef BENCH_ALLOC_COMMON_H
#define BENCH_ALLOC_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

static inline double now(void)
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

// An object's stamp depends on its address and size, so memory handed out
// twice shows as a wrong stamp.
static inline uint64_t stamp_of(const void *p, size_t n)
{
	return ((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull) ^ n;
}

#endif
