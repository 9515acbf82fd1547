// lock.c: the runtime mutex (lock.h): Drepper's three-state futex mutex.
#include "rt/lock.h"

#include <linux/futex.h>
#include <stdbool.h>
#include <sys/syscall.h>
#include <unistd.h>

static void futex_wait(uint32_t *addr, uint32_t val)
{
	syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

static void futex_wake_one(uint32_t *addr)
{
	syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void rt_lock(rt_lock_t *l)
{
	uint32_t c = 0;
	if (__atomic_compare_exchange_n(&l->state, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return;
	// Critical sections are a few dozen instructions: the holder usually
	// leaves before a futex round trip would finish.
	for (int i = 0; i < 100; i++) {
		rt_cpu_relax();
		c = 0;
		if (__atomic_load_n(&l->state, __ATOMIC_RELAXED) == 0 &&
		    __atomic_compare_exchange_n(&l->state, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return;
	}
	c = __atomic_exchange_n(&l->state, 2, __ATOMIC_ACQUIRE);
	while (c != 0) {
		futex_wait(&l->state, 2);
		c = __atomic_exchange_n(&l->state, 2, __ATOMIC_ACQUIRE);
	}
}

void rt_unlock(rt_lock_t *l)
{
	if (__atomic_exchange_n(&l->state, 0, __ATOMIC_RELEASE) == 2)
		futex_wake_one(&l->state);
}

void rt_unlock_cb(void *l)
{
	rt_unlock(l);
}
