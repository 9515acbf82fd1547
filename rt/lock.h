// lock.h: the runtime's mutex (Go's runtime.mutex). It blocks the OS thread,
// not the goroutine, so it guards only short critical sections (a channel's
// queues, a run queue); waiting for another goroutine goes through rt_park.
// Uncontended lock and unlock are one atomic each; a contended locker spins
// briefly, then sleeps on a futex.
#ifndef MGO_RT_LOCK_H
#define MGO_RT_LOCK_H

#include <stdint.h>

typedef struct rt_lock_t {
	uint32_t state;  // 0 unlocked, 1 locked, 2 locked with sleepers
} rt_lock_t;

#define RT_LOCK_INIT {0}

void rt_lock(rt_lock_t *l);
void rt_unlock(rt_lock_t *l);
// For rt_park: an unlock callback of the right shape.
void rt_unlock_cb(void *l);

// A spin-wait's pause: lets the other hyperthread run, saves power.
static inline void rt_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ volatile("yield");
#endif
}

#endif
