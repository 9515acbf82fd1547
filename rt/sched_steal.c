// sched_steal.c: what an M out of work takes from the other Ps, and how
// long it looks before it sleeps (sched.c, "idle and spinning Ms", calls
// these; the run queues themselves are sched.c's).
//
// Go's spinning M takes whatever another P has queued. Here it takes only
// what that P would not run soon itself, because a chain of goroutine
// hand-offs keeps a few goroutines queued on its P all the time and runs
// each within a microsecond: taking them split the chain over two cores,
// and a fan-out worker pool then ran 3x slower on two Ps than on one.
#include "rt/sched_impl.h"

#include <time.h>

#include "rt/rt.h"

// An M out of work looks flat out for SPIN_NS, then between naps of
// SPIN_NAP_NS, for SPIN_MAX_NS in all (rt_steal_spin).
#define SPIN_NS 20000u
#define SPIN_NAP_NS 20000u
#define SPIN_MAX_NS 200000u
// Another M takes a P's runnext when that P has not switched for QUIET_NS,
// and from its ring when the P took nothing from it for QUIET_NS, when the
// ring would take RING_DRAIN_NS to drain at the rate the P takes from it,
// or when the ring holds RING_BACKLOG (steal_runnext, steal_rings).
#define QUIET_NS 5000u
#define RING_DRAIN_NS 20000u
#define RING_BACKLOG (RUNQ_SIZE / 2)

// Moves half of victim's ring into p's (p's ring is empty: only its owner
// steals into it); returns one of the stolen goroutines.
static G *runq_steal(P *p, P *victim)
{
	for (;;) {
		uint32_t h = atomic_load_explicit(&victim->runqhead, memory_order_acquire);
		uint32_t t = atomic_load_explicit(&victim->runqtail, memory_order_acquire);
		uint32_t n = t - h;
		if (n == 0 || n > RUNQ_SIZE)
			return NULL;
		n -= n / 2;
		uint32_t pt = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
		for (uint32_t i = 0; i < n; i++) {
			G *g = atomic_load_explicit(&victim->runq[(h + i) % RUNQ_SIZE], memory_order_relaxed);
			atomic_store_explicit(&p->runq[(pt + i) % RUNQ_SIZE], g, memory_order_relaxed);
		}
		if (atomic_compare_exchange_weak_explicit(&victim->runqhead, &h, h + n,
		    memory_order_acq_rel, memory_order_relaxed)) {
			// Keep the last one to run now, publish the others.
			G *g = atomic_load_explicit(&p->runq[(pt + n - 1) % RUNQ_SIZE], memory_order_relaxed);
			if (n > 1)
				atomic_store_explicit(&p->runqtail, pt + n - 1, memory_order_release);
			return g;
		}
	}
}

// Work an M out of work takes without watching its owner first: the
// global queue, or a ring at least RING_BACKLOG long (steal_rings).
bool rt_steal_any_waiting(void)
{
	if (atomic_load(&rt_sched.gqsize) > 0)
		return true;
	for (int i = 0; i < rt_sched.nprocs; i++)
		if (rt_runq_len(&rt_sched.ps[i]) >= RING_BACKLOG)
			return true;
	return false;
}

// What a spinning M has seen of another P since it began to look: how
// many times the P switched goroutines and took one from its ring (its ring
// head), and since when it has done neither.
typedef struct {
	uint32_t switches0, switches, heads0, head;
	uint64_t switch_since, head_since;
	bool empty;                   // the ring was empty when last looked at
} PWatch;

typedef struct {
	uint64_t t0;
	PWatch p[RT_MAX_PROCS];
} Watch;

static void watch_init(Watch *w, uint64_t now)
{
	w->t0 = now;
	for (int i = 0; i < rt_sched.nprocs; i++) {
		P *v = &rt_sched.ps[i];
		PWatch *pw = &w->p[i];
		pw->switches0 = pw->switches = atomic_load_explicit(&v->nswitch, memory_order_acquire);
		pw->heads0 = pw->head = atomic_load_explicit(&v->runqhead, memory_order_acquire);
		pw->switch_since = pw->head_since = now;
		pw->empty = rt_runq_len(v) <= 0;
	}
}

// A ring's head that stays put while the ring is not empty: nothing queued
// there ran meanwhile. The clock restarts when the ring is seen empty, so
// that a goroutine queued just now does not look as if it had waited.
static void watch_update(Watch *w, uint64_t now)
{
	for (int i = 0; i < rt_sched.nprocs; i++) {
		P *v = &rt_sched.ps[i];
		PWatch *pw = &w->p[i];
		uint32_t sw = atomic_load_explicit(&v->nswitch, memory_order_acquire);
		if (sw != pw->switches) {
			pw->switches = sw;
			pw->switch_since = now;
		}
		uint32_t h = atomic_load_explicit(&v->runqhead, memory_order_acquire);
		bool empty = atomic_load_explicit(&v->runqtail, memory_order_acquire) == h;
		if (h != pw->head || empty || pw->empty)
			pw->head_since = now;
		pw->head = h;
		pw->empty = empty;
	}
}

// P k's runnext has waited: the P has run the same goroutine for QUIET_NS.
static bool runnext_waits(const Watch *w, int k, uint64_t now)
{
	return now - w->t0 >= QUIET_NS && now - w->p[k].switch_since >= QUIET_NS;
}

// Whether the len goroutines queued in P k's ring would wait long for
// their own P: it took none of them for QUIET_NS (it runs one long
// goroutine, or a chain of hand-offs through runnext), or at the rate it
// took them while watched, draining the ring would take RING_DRAIN_NS.
static bool ring_waits(const Watch *w, int k, int len, uint64_t now)
{
	const PWatch *pw = &w->p[k];
	uint64_t watched = now - w->t0;
	uint32_t takes = pw->head - pw->heads0;
	return watched >= QUIET_NS &&
	       (now - pw->head_since >= QUIET_NS ||
		(takes > 0 && (uint64_t)len * (watched / takes) >= RING_DRAIN_NS));
}

// Steals from another P's ring, but only what that P would not run soon
// itself (ring_waits; w == NULL: only a backlog of RING_BACKLOG). A chain
// of hand-offs keeps a few goroutines in its P's ring all the time (a
// ready that finds runnext taken pushes the older goroutine there) and
// runs each within a microsecond. Taken one by one, they would move the
// chain's goroutines to this M, and every hand-off between the two halves
// would then cross cores: a fan-out worker pool ran 3x slower on two Ps
// than on one, with both cores busy.
static G *steal_rings(P *p, const Watch *w, uint64_t now)
{
	int n = rt_sched.nprocs;
	uint32_t start = rt_fastrand();
	for (int i = 0; i < n; i++) {
		int k = (int)((start + (uint32_t)i) % (uint32_t)n);
		P *v = &rt_sched.ps[k];
		if (v == p)
			continue;
		int len = rt_runq_len(v);
		if (len <= 0 || (len < RING_BACKLOG && !(w && ring_waits(w, k, len, now))))
			continue;
		G *g = runq_steal(p, v);
		if (g)
			return g;
	}
	return NULL;
}

// The goroutine in the runnext of a P that has not switched for QUIET_NS:
// that P is busy with a long time slice. A runnext that is merely
// non-empty at this instant is the normal state of a chain of hand-offs
// (an unbuffered ping-pong sets it at every message, and its P runs it a
// few hundred nanoseconds later): stealing it would move the chain to
// this M and the next wake-up would move it back, every message then
// crossing cores. Go waits about 3 us (runtime.runqgrab).
static G *steal_runnext(P *p, const Watch *w, uint64_t now)
{
	for (int k = 0; k < rt_sched.nprocs; k++) {
		P *v = &rt_sched.ps[k];
		G *g = atomic_load(&v->runnext);
		if (v != p && g && runnext_waits(w, k, now) &&
		    atomic_compare_exchange_strong(&v->runnext, &g, NULL))
			return g;
	}
	return NULL;
}

static void nap(uint64_t ns)
{
	struct timespec ts = {0, (long)ns};
	nanosleep(&ts, NULL);
}

// Looks for work to steal for up to SPIN_MAX_NS (the M is counted as spinning,
// so that readied goroutines wake nobody meanwhile): flat out for SPIN_NS,
// then between naps. The naps keep an M that finds nothing off its core and
// out of the other Ps' cache lines; without them a hand-off chain on one P
// woke the idle M every 25 us, each wake a futex call on the chain's P.
G *rt_steal_spin(P *p)
{
	uint64_t t0 = rt_nanotime(), now = t0;
	Watch w;
	watch_init(&w, t0);
	G *g;
	for (;;) {
		if ((g = rt_runq_get_global(p, RUNQ_SIZE / 2)) || (g = steal_rings(p, &w, now)) ||
		    (g = steal_runnext(p, &w, now)))
			return g;
		if (now - t0 >= SPIN_MAX_NS || rt_sched_stw_pending())
			return NULL;
		if (now - t0 < SPIN_NS) {
			for (int i = 0; i < 50; i++)
				rt_cpu_relax();
		} else {
			nap(SPIN_NAP_NS);
		}
		now = rt_nanotime();
		watch_update(&w, now);
	}
}

// Not spinning (enough Ms spin already): a backlog only.
G *rt_steal_backlog(P *p)
{
	return steal_rings(p, NULL, 0);
}
