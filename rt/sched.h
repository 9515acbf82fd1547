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
// Goroutines parked in time.Sleep are still to be readied (rt/go_time.c).
bool rt_timers_pending(void);
// Wakes an idle M so it looks for work, and for a deadlock, again (the
// timer thread, once no sleeper is left).
void rt_sched_wake_idle(void);
// Yields the processor (runtime.Gosched).
void rt_gosched(void);
// Per-goroutine word for the waker to tell the woken goroutine why
// (select: which case; channels: success or closed). Read after rt_park.
uintptr_t *rt_g_param(G *gp);
// A cheap per-thread pseudo-random number (select's uniform choice).
uint32_t rt_fastrand(void);


// ---- the scheduler's own interface (rt/sched*.c) -----------------------------
//
// Design. Go's G, M, P: a G is a goroutine (stack, saved stack pointer,
// status, wait reason, defer/panic state); an M is an OS thread; a P is
// the right to run Go code, with a local run queue (a lock-free ring,
// stolen from by idle Ps) and its own MCache, so allocation takes no lock.
// There are GOMAXPROCS Ps and, as mgo has no blocking system calls to hand
// a P over, exactly one M per P for the program's life (M i holds P i);
// an M with nothing to run sleeps on a futex. A sysmon thread preempts a G
// that has run for more than 10 ms and prints MGODEBUG=schedtrace lines.
//
// Stacks (sched_stack.c). One MAP_NORESERVE region, reserved in chunks of
// 64 slots, each slot RT_STACK_SLOT bytes of address space with the G
// record at its top: only touched pages cost memory, a blocked goroutine
// touches one page (its G record and its few frames), and a chunk is one
// mapping, so 100,000 goroutines need at most ~1,600 mappings, not
// 100,000 (vm.max_map_count; adjacent chunks merge: the process had 38 in
// all). No guard pages (mprotect would split the mapping):
// instead every generated function that may recurse starts with
// GO_STACK_CHECK (go_rt.h),
// comparing the stack pointer with go_stack_guard, a per-thread word set
// at each switch to the slot's base + RT_STACK_RESERVE; below it the
// program dies with Go's "goroutine stack exceeds" text. The reserve
// leaves room for C runtime and libc frames (which have no check) and for
// a signal handler running on the goroutine's stack. Slots never move, so
// pointers into stacks stay valid (channel waiters live there). The cost
// is page tables: a slot larger than 2 MiB needs its own page-table page
// (4 KiB, not counted in RSS) for its touched top page.
// Alternatives rejected: -fsplit-stack (gccgo) needs every C library on
// the path to be split-stack aware and costs a call per segment switch;
// copying stacks needs precise stack maps, which C does not give.
//
// Safepoints. go_stack_guard doubles as the poll word: setting it to
// RT_GUARD_POLL (all ones) makes the next checked function entry call into
// the scheduler. Loops carry no poll (measured: a poll at every back-edge
// kept gcc from vectorising, spectralnorm 2x slower); a thread that does
// not reach a poll gets SIGURG, whose handler stops or yields only when it
// interrupted generated code (sched_stw.c). Stop-the-world and preemption
// both use the two. Functions that cannot recurse without bound below
// themselves carry no check either (codegen/stackcheck.c).
//
// Measured costs (2-core VM, loaded): a blocked goroutine costs one page of
// RSS (its G record and ~350 bytes of frames share it) plus, in the
// kernel, ~4-5 KiB of page tables (VmPTE, not in RSS: 362 MB for ~70,000
// goroutines); 100,000 blocked goroutines peak at 401 MiB RSS, Go at 261.
// The first touch of each slot is a page fault that also allocates its
// page-table page: the larger part of creating a goroutine. Segmented
// growth from small, densely packed slots would remove both; it needs a
// re-entry thunk per function in codegen and is left for later.
// Locks. Runtime code never allocates Go memory, and never reaches a poll,
// while holding an rt_lock: a thread stopped for the collector must not
// hold what the collector or the still-running threads need.
#define RT_STACK_SLOT    ((uintptr_t)256 << 20) // 1e6 frames of ~200 bytes
#define RT_STACK_RESERVE ((uintptr_t)256 << 10) // for C code below the check
#define RT_GUARD_POLL    (~(uintptr_t)0)

// Starts the scheduler on the calling (main) thread, runs fn as goroutine 1
// and exits the process when it returns. Never returns.
_Noreturn void rt_sched_main(void (*fn)(void));
// Starts fn(arg) as a new goroutine (the go statement). arg is kept alive
// for the collector by the new goroutine's record.
void rt_go(void (*fn)(void *), void *arg);
// The scheduler runs (rt_sched_main was called).
bool rt_sched_active(void);
// Per-goroutine state of go_panic.c (a goroutine may resume on another
// thread, so no _Thread_local there).
bool *rt_g_panicking(void);

// For the collector (gc.c, gcmark.c): stop every other thread that runs Go
// code at a safepoint and wait; the caller must run on a goroutine or be a
// non-scheduler thread. Then scan every goroutine's stack but the
// caller's own (whose range is rt_sched_current_stack_hi()).
void rt_sched_stop_world(void);
void rt_sched_start_world(void);
void rt_sched_scan_stacks(void (*scan)(uintptr_t lo, uintptr_t hi));
uintptr_t rt_sched_current_stack_hi(void); // 0: not on a goroutine stack
// Another thread stops the world: park this thread here (registers
// spilled, stack published) until it restarts. No-op otherwise.
void rt_sched_stop_here(void);
bool rt_sched_stw_pending(void);

#endif
