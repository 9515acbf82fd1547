// sched.h: the goroutine contract between the scheduler (rt/sched*.c) and the
// code that blocks goroutines (channels, select, sync in rt/go_chan.c and
// friends). Blocking code sees only these calls; how goroutines are run
// (M:N over Ps, stacks, preemption, the collector's stop-the-world) stays
// behind them.
//
// Parking protocol (Go's gopark/goready): a goroutine about to block takes
// the lock of the object it waits on, queues a waiter record (kept on its
// own stack: goroutine stacks never move) holding rt_getg(), and calls
// rt_park(unlock, lock, reason). The scheduler switches away first and only
// then calls unlock(lock), so a waker that takes the same lock, dequeues the
// record and calls rt_ready(g) can never see a goroutine that has not
// finished parking. rt_park returns once somebody has called rt_ready.
#ifndef MGO_RT_SCHED_H
#define MGO_RT_SCHED_H

#include <stdbool.h>
#include <stdint.h>

#include "rt/lock.h"

typedef struct G G;

G *rt_getg(void);                 // the running goroutine (never NULL)
int64_t rt_goid(const G *gp);     // 1 for main, then 2, 3, ... like Go

// Blocks the running goroutine; see the protocol above. `reason` is Go's wait
// reason as printed in "goroutine N [reason]:" ("chan receive", "chan send",
// "select", "select (no cases)", "chan receive (nil chan)",
// "chan send (nil chan)", "semacquire", "sleep"); a string literal.
void rt_park(void (*unlock)(void *arg), void *arg, const char *reason);
// Makes a goroutine parked by rt_park runnable. Callable from any goroutine,
// with any rt_lock held.
void rt_ready(G *gp);
// Yields the processor (runtime.Gosched).
void rt_gosched(void);
// Per-goroutine word for the waker to tell the woken goroutine why
// (select: which case; channels: success or closed). Read after rt_park.
uintptr_t *rt_g_param(G *gp);
// A cheap per-thread pseudo-random number (select's uniform choice).
uint32_t rt_fastrand(void);

#endif
