// sched_impl.h: the scheduler's records (G, M, P) and what its files
// (sched.c, sched_steal.c, sched_stack.c, sched_stw.c) share. Nothing outside rt/sched*.c
// includes this; the rest of the runtime sees rt/sched.h.
#ifndef MGO_RT_SCHED_IMPL_H
#define MGO_RT_SCHED_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <pthread.h>
#include <stdatomic.h>

#include "rt/lock.h"
#include "rt/sched.h"

typedef struct MCache MCache;
struct go_defer_frame;

enum {
	G_IDLE,      // on the free list (its slot may be reused)
	G_RUNNABLE,  // on a run queue
	G_RUNNING,
	G_WAITING,   // parked (rt_park)
	G_DEAD,
};

// What an M does on its own stack right after a goroutine switched to it.
enum { AFTER_NONE, AFTER_PARK, AFTER_YIELD, AFTER_EXIT };

// One contiguous piece of a goroutine's stack (rt/sched.h, "Stacks").
// A growth segment's record sits at its top; the first segment's is the
// seg0 field of the G record, at the top of the first segment.
typedef struct Seg Seg;
struct Seg {
	uintptr_t lo, hi;             // the stack is [lo, hi)
	Seg *prev;                    // grown from (NULL: the first segment)
	Seg *next;                    // kept for the next growth from here
	uintptr_t prev_sp;            // prev's stack pointer when this one started
	uint64_t total;               // bytes of the segments up to this one
	int cls;                      // growth size class (-1: the first segment)
	Seg *freelink;
};

// A goroutine. It lives at the top of its first stack segment, so the
// collector's scan of [sp, segment top) covers its fields (fn's argument
// keeps the go statement's closure alive until the goroutine ends).
struct G {
	uintptr_t sp;                 // saved by rt_ctx_switch
	Seg seg0;                     // the first segment: the record is below hi
	Seg *cur;                     // the segment sp is in
	int64_t id;
	_Atomic uint32_t status;
	const char *waitreason;
	uintptr_t param;              // rt_g_param
	void (*fn)(void *);
	void *arg;
	G *schedlink;                 // run queue / free list link
	struct go_defer_frame *defer_top;
	rt_panic_state panic;         // go_panic.c's
	bool small;                   // on a small first segment (RT_STACK_SMALL)
	uintptr_t gopc;               // where the go statement was (traceback)
	// rt_park's handshake with the M's stack
	void (*unlock)(void *);
	void *unlock_arg;
	void *tsan_fiber;             // ThreadSanitizer builds only
};

typedef struct P P;
typedef struct M M;

#define RUNQ_SIZE 256
#define RT_MAX_PROCS 256             // GOMAXPROCS is capped here

struct P {
	int id;
	MCache *mcache;
	_Atomic uint32_t runqhead;    // consumers (owner and thieves): CAS
	_Atomic uint32_t runqtail;    // written by the owner only
	G *_Atomic runq[RUNQ_SIZE];
	// The goroutine made ready by the running one: it runs next, on the
	// rest of the running one's time slice (sched.c, "runnext").
	G *_Atomic runnext;
	uint32_t schedtick;           // time slices started (global queue fairness)
	// Goroutine switches on this P (owner writes, thieves read): a
	// runnext goroutine is stolen only from a P that did not switch
	// for a while (sched.c, steal_runnext).
	_Atomic uint32_t nswitch;
};

enum { M_SCHED, M_RUNNING, M_STOPPED, M_IDLE };

struct M {
	int id;
	P *p;
	G *curg;
	uintptr_t g0sp;               // the M's own stack, saved while a G runs
	int after;                    // AFTER_*
	volatile uintptr_t *guardp;   // this thread's go_stack_guard (NULL: not started; rt_m_guardp)
	_Atomic uint32_t status;      // M_*
	_Atomic uint32_t parked;      // futex word: 1 while idle-sleeping
	M *idlenext;
	_Atomic uint64_t ticks;       // bumped at every new time slice (sysmon)
	bool spinning;                // looking for work, counted in nmspinning
	_Atomic uint32_t preempt;     // sysmon asks to end time slice preempt-1 (rt_preempt_take)
	// No signal may land on a small first segment (sched_stw.c, interrupt)
	_Atomic uint32_t nosig;       // 1 while a small-segment G runs here
	_Atomic uint32_t sigsent;     // a SIGURG to this M is in flight
	pthread_t thread;
	void *tsan_fiber;             // the M's own stack, for ThreadSanitizer
};

typedef struct Sched {
	int nprocs;
	P *ps;
	M *ms;
	rt_lock_t lock;               // global run queue, idle Ms
	G *gqhead, *gqtail;
	_Atomic int32_t gqsize;
	M *idle;
	_Atomic int32_t nidle;
	_Atomic int32_t nmspinning;   // Ms looking for work before they sleep
	_Atomic int64_t ngoroutines;  // live (not dead) goroutines
	_Atomic int64_t nextid;
	bool active;
	uint64_t start_ns;
	G *main_g;
} Sched;

extern Sched rt_sched;

// Takes sysmon's request to end the current time slice. The request names
// the slice (m->ticks + 1, never 0): one that lands after its slice
// already ended (sysmon read the ticks just before a switch) is stale.
static inline bool rt_preempt_take(M *m)
{
	uint32_t p = atomic_exchange(&m->preempt, 0);
	return p && p == (uint32_t)atomic_load_explicit(&m->ticks, memory_order_relaxed) + 1;
}

// Another M's guard word, NULL until its thread has started (then its
// thread field is set too).
static inline volatile uintptr_t *rt_m_guardp(M *m)
{
	return __atomic_load_n(&m->guardp, __ATOMIC_ACQUIRE);
}

// sched.c
M *rt_sched_m(void);               // the current M (NULL: not a scheduler thread)
void rt_sched_set_g(G *g);
void rt_futex_wait(_Atomic uint32_t *addr, uint32_t val);
void rt_futex_wake(_Atomic uint32_t *addr, int n);
uint64_t rt_nanotime(void);
void rt_runq_put_global(G *g);
int rt_runq_len(P *p);
void rt_sched_check_rings(uint32_t *seen); // sysmon, every tick; two words per P

G *rt_runq_get_global(P *p, int max); // the first of up to max; the others go to p's ring

// sched_steal.c (for an M out of work, on its own stack)
G *rt_steal_spin(P *p);            // spinning: what other Ps would leave waiting, or NULL
G *rt_steal_backlog(P *p);         // not spinning: a long ring's half only
bool rt_steal_any_waiting(void);   // anything rt_steal_backlog would take

// sched_stack.c
G *rt_stack_alloc(bool small);     // a fresh G record at the top of a first segment
void rt_stack_free(G *g);
void rt_stack_each_g(void (*f)(G *g, void *arg), void *arg); // allgs
uintptr_t rt_stack_guard_of(const G *g);
void rt_stack_scan_g(G *g, uintptr_t sp, void (*scan)(uintptr_t lo, uintptr_t hi));

// sched_stw.c
void rt_sysmon_start(void);
void rt_sched_signals_init(void);
bool rt_stw_wait_if_pending(M *m);  // on the M's stack, before running a G
void rt_sched_nosig(M *m);          // no SIGURG from now on until m->nosig is reset
_Noreturn void rt_deadlock(void);
// Resumes waiting g just to print its trace (deadlock report); returns here.
void rt_sched_print_trace_of(G *g);

#endif
