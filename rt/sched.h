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
// Handoffs as in Go: a G made ready (or started) by the running G goes to
// its P's runnext and runs next there, on the rest of the time slice, not
// through the ring and another M's futex wake-up (an unbuffered ping-pong
// stays on one P); sysmon ends such a chain after 10 ms like any slice.
// An M out of work looks for work to steal for up to 200 us (flat out for
// 20 us, then between 20 us naps) before it sleeps, and a ready G wakes a
// sleeping M only when no M is looking. It takes only what the other P
// would leave waiting (sched_steal.c): its runnext or ring when that P has
// not switched goroutines for 5 us, its ring when draining it at that P's
// switch rate would take 20 us, or half a full ring. A chain of hand-offs
// keeps runnext set and a few goroutines in the ring all the time, each
// run within a microsecond; taking them split the chain over two cores,
// where every hand-off crossed caches (a fan-out worker pool ran 3x
// slower on two Ps than on one). sysmon wakes a sleeping M for a P that
// has goroutines queued and did not switch for a whole 10 ms tick.
//
// Stacks (sched_stack.c): segmented, as gccgo's and Go's before 1.3, with
// the checks that codegen emits. A goroutine starts on a 64 KiB segment
// (RT_STACK_SEG0) carved densely from MAP_NORESERVE chunks of 1,024: only
// touched pages cost memory, a blocked goroutine touches one page (its G
// record at the segment top and its few frames), 32 goroutines share a
// page-table page, and 100,000 goroutines take ~100 mappings, far from
// vm.max_map_count. Every generated function that may recurse (or has a
// large frame: codegen/stackcheck.c) starts with GO_STACK_SHORT
// (go_rt.h), comparing the stack pointer with go_stack_guard, a
// per-thread word set at each switch to the current segment's base +
// RT_STACK_RESERVE (a function with a large frame checks in a wrapper, for
// room for the frame, before the body allocates it). When it fails, the
// function packs its arguments into a struct and calls itself again on
// the next segment through
// go_stack_call, which switches the stack pointer (ctx_amd64.S,
// rt_stack_switch_call) and switches back when the call returns. Growth
// segments go x4 from 256 KiB to 64 MiB; the segment a goroutine grew
// into stays linked to the one it grew from until the goroutine exits, so
// a call crossing a boundary in a loop allocates nothing (no hot split).
// Past 512 MiB in all the goroutine dies with Go's "goroutine stack
// exceeds 1000000000-byte limit": 512 MiB is the largest stack Go reaches,
// as it doubles from 2 KiB and 1 GiB is over its limit. The reserve below
// the guard (32 KiB) is for code without checks: runtime C and libc
// frames, a signal handler running on the goroutine's stack, and chains of
// unchecked Go functions (stackcheck.c keeps those under 8 KiB). Segments
// never move, so pointers into stacks stay valid (channel waiters live
// there). The collector scans each segment of a goroutine from its saved
// stack pointer: the current one from G.sp, older ones from the stack
// pointer saved when the next one was entered (Seg.prev_sp). A recovered
// panic jumps back into an older segment: rt_stack_unwind_to makes it
// current again.
//
// Measured before the change (2-core VM; Go 1.19 / mgo, time and peak
// RSS): 100k goroutines on a mutex 0.09 s / 1.42 s; 100k blocked
// goroutines 1.03 s / 8.57 s, 260 / 401 MiB. Each goroutine had a 256 MiB
// lazily-backed slot: perf showed the first touch of each slot (a page
// fault that also allocates a page-table page: VmPTE ~4-5 KiB per
// goroutine), madvise on recycled slots (unmap_page_range, TLB
// shootdowns: 100,540 madvise calls in blocked100k) and TLB misses when
// close() walks 100,000 waiters on as many page-table pages. Dense
// segments remove all three: after, measured interleaved with Go on the
// same machine under load (README.md, "Goroutines"), mutex100k 1.21x and
// blocked100k 1.20x Go's time, VmPTE 12 MiB instead of ~360. RSS
// stayed at one page per blocked goroutine: at its peak blocked100k had
// 396 of its 411 MiB in stack pages (smaps), 4 KiB per goroutine where
// Go's 2 KiB stacks and G records take 2.7 KiB (1.54x Go's peak RSS).
//
// Small first segments. Below a page per goroutine, a segment must be
// smaller than the reserve: a goroutine whose function codegen proves
// shallow (codegen/stackcheck.c, cg_go_small: channel and sync operations,
// arithmetic, no loop, no call into Go code, no allocation, at most two
// defers of sync calls, small values) starts on a RT_STACK_SMALL (2 KiB) segment with its G
// record at the top, two goroutines to a page (go_go_small). Measured
// there: the blocked100k goroutine's deepest point (its frames, the
// channel code, park and the switch) is 464 bytes below the top,
// including the 184-byte record. What could still run deeper is kept off
// them: a panic or a fatal error moves to a growth segment first
// (rt_stack_call_big), no SIGURG is sent to an M running such a goroutine
// (a signal frame is 3.4 KiB with AVX-512 state; sched_stw.c, interrupt),
// programs are linked -z now (the lazy binder saves 2.7 KiB of vector
// registers on the caller's stack), runq_put_slow keeps no array on the
// stack, sync.Mutex reads the CPU count at start-up (glibc's sysconf
// allocas a 4 KiB CPU mask: it once overwrote a neighbour's frames when
// the first contended Lock ran on a small segment), and instrumented (ASan, TSan) or unoptimised programs use
// normal segments. After (same load, interleaved): blocked100k 211 MiB
// peak RSS against Go's 266 (0.79x), and faster than before.
// Alternatives rejected: -fsplit-stack (gccgo) needs every C library on
// the path to be split-stack aware (the gold linker's fix-ups for calls
// into code without split-stack prologues) and keeps its segment list in
// a thread's TCB, which M:N switching must save and restore; copying
// stacks (Go since 1.3) needs precise stack maps, which C does not give.
//
// Safepoints. go_stack_guard doubles as the poll word: setting it to
// RT_GUARD_POLL (all ones) makes the next checked function entry call into
// the scheduler. Loops carry no poll (measured: a poll at every back-edge
// kept gcc from vectorising, spectralnorm 2x slower); a thread that does
// not reach a poll gets SIGURG, whose handler stops or yields only when it
// interrupted generated code (sched_stw.c). Stop-the-world and preemption
// both use the two. Functions that cannot recurse without bound below
// themselves carry no check either (codegen/stackcheck.c). The go
// statement polls (go_sched.c): a loop of go statements runs mostly in
// runtime code, where the signal does not stop it.
//
// Locks. Runtime code never allocates Go memory, never reaches a poll and
// never runs Go code while holding an rt_lock: a thread stopped for the
// collector must not hold what the collector or the still-running threads
// need, and a thread blocked on an rt_lock is not at a safepoint (a
// goroutine waiting on a lock whose holder ran deferred calls, which
// allocate, once kept a stop-the-world waiting forever). A panic therefore
// keeps its state on its own goroutine's stack and takes no lock
// (go_panic.c); a thread that must wait for good calls
// rt_sched_stop_forever, which counts as stopped.
#define RT_STACK_SEG0    ((uintptr_t)64 << 10)  // a goroutine's first segment
#define RT_STACK_SMALL   ((uintptr_t)2 << 10)   // ... when codegen says it fits
#define RT_STACK_RESERVE ((uintptr_t)32 << 10)  // for C code below the check
#define RT_GUARD_POLL    (~(uintptr_t)0)

// Starts the scheduler on the calling (main) thread, runs fn as goroutine 1
// and exits the process when it returns. Never returns.
_Noreturn void rt_sched_main(void (*fn)(void));
// Starts fn(arg) as a new goroutine (the go statement). arg is kept alive
// for the collector by the new goroutine's record.
void rt_go(void (*fn)(void *), void *arg);
// The same, remembering gopc (a return address in the code of the go
// statement) for the "created by" line of a traceback.
void rt_go_at(void (*fn)(void *), void *arg, uintptr_t gopc);
// The same on a small first segment (RT_STACK_SMALL): for functions that
// codegen found fit there (codegen/stackcheck.c, cg_go_small).
void rt_go_small(void (*fn)(void *), void *arg, uintptr_t gopc);
uintptr_t rt_g_gopc(const G *gp);     // 0: goroutine 1 (or a C thread)
// The scheduler runs (rt_sched_main was called).
bool rt_sched_active(void);
// Per-goroutine state of go_panic.c (a goroutine may resume on another
// thread, so no _Thread_local there): its newest panic in progress (a
// record on its own stack, linked to the older ones) and the fault behind
// Go's "[signal ...]" line (sig 0: none), kept until every panic of the
// goroutine is recovered, as Go keeps g.sig.
typedef struct rt_panic_state {
	void *top;
	int32_t sig, sigcode;
	uintptr_t sigaddr, sigpc;
} rt_panic_state;
rt_panic_state *rt_g_panic_state(void);

// Stack segments (sched_stack.c). How deep addr is in the running
// goroutine's stack (bytes from its top; comparable across segments).
uint64_t rt_stack_depth(uintptr_t addr);
// A recovered panic is about to resume the frame at addr: its segment
// becomes the current one again.
void rt_stack_unwind_to(uintptr_t addr);
// The running goroutine is on a small first segment: runtime code that
// needs more than a few hundred bytes of stack (a panic's printing and
// allocation) must move to a growth segment first: rt_stack_call_big runs
// fn(arg) on one.
bool rt_stack_on_small(void);
void rt_stack_call_big(void (*fn)(void *), void *arg);
// Calls fn on each piece [lo, hi) of the running goroutine's stack from sp
// up to the shallower to_sp (maybe in an older segment): the frames a
// jump from sp to to_sp skips.
void rt_stack_each_skipped(uintptr_t sp, uintptr_t to_sp, void (*fn)(uintptr_t lo, uintptr_t hi));

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
// The calling thread sleeps for good, counted as stopped at a safepoint
// (registers spilled, stack published), so collections of the threads
// still running go on: for a panic that lost the race to report, whose
// winner ends the process.
_Noreturn void rt_sched_stop_forever(void);

#endif
