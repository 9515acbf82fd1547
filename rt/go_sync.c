// go_sync.c: sync.Mutex, sync.WaitGroup and sync.Once, on semaphores that park
// goroutines (Go's runtime/sema.go design; mgo's own code).
//
// A semaphore is a uint32 count inside the Go value; goroutines waiting on
// it queue, FIFO, in one of SEMTAB buckets chosen by the count's address,
// each with its own lock: there is no global lock, and a Mutex or a
// WaitGroup stays as small as Go's (the frontend lays out their fields:
// Mutex {int32 state; uint32 sema}, WaitGroup {uint64 state; uint32 sema}).
//
// The Mutex follows Go's algorithm: a locker first tries to grab the state
// word, spins a little while the holder runs, and otherwise parks on the
// semaphore. Unlocking wakes one waiter, which competes with newcomers
// ("normal mode", good throughput); a waiter that has waited more than 1 ms
// switches the mutex to "starvation mode", where Unlock hands ownership
// straight to the first waiter.
#include "rt/chan.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

// {==================== semaphores ====================

enum { SEMTAB = 251 };

struct sema_root {
	rt_lock_t lock;
	uint32_t nwait;          // waiters in this bucket (any address); read without the lock
	rt_sudog *first, *last;  // FIFO; sudog.elem is the count's address
} __attribute__((aligned(64)));

static struct sema_root semtab[SEMTAB];

static struct sema_root *sema_root(uint32_t *addr)
{
	return &semtab[((uintptr_t)addr >> 3) % SEMTAB];
}

static bool sema_try(uint32_t *addr)
{
	uint32_t v = __atomic_load_n(addr, __ATOMIC_RELAXED);
	while (v > 0)
		if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return true;
	return false;
}

static void sema_enqueue(struct sema_root *r, rt_sudog *s, bool lifo)
{
	s->prev = NULL;
	s->next = NULL;
	if (!r->first) {
		r->first = r->last = s;
	} else if (lifo) {
		s->next = r->first;
		r->first->prev = s;
		r->first = s;
	} else {
		s->prev = r->last;
		r->last->next = s;
		r->last = s;
	}
}

static rt_sudog *sema_dequeue(struct sema_root *r, uint32_t *addr)
{
	for (rt_sudog *s = r->first; s; s = s->next) {
		if (s->elem != addr)
			continue;
		if (s->prev)
			s->prev->next = s->next;
		else
			r->first = s->next;
		if (s->next)
			s->next->prev = s->prev;
		else
			r->last = s->prev;
		s->next = s->prev = NULL;
		return s;
	}
	return NULL;
}

// Waits until *addr > 0, then decrements it. lifo: a waiter that already
// waited goes back to the front of the queue.
static void sema_acquire(uint32_t *addr, bool lifo)
{
	if (sema_try(addr))
		return;
	struct sema_root *r = sema_root(addr);
	rt_sudog s = {.g = rt_getg(), .elem = addr};
	for (;;) {
		rt_lock(&r->lock);
		// Counted before the last check, so that a releaser either sees
		// a waiter or made the count visible to that check.
		__atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
		if (sema_try(addr)) {
			__atomic_sub_fetch(&r->nwait, 1, __ATOMIC_RELAXED);
			rt_unlock(&r->lock);
			return;
		}
		s.success = false;
		sema_enqueue(r, &s, lifo);
		rt_park(rt_unlock_cb, &r->lock, "semacquire");
		// success: the releaser handed its unit over directly.
		if (s.success || sema_try(addr))
			return;
		lifo = true;
	}
}

// Increments *addr and wakes its first waiter; handoff gives the unit to
// that waiter directly (a starving mutex).
static void sema_release(uint32_t *addr, bool handoff)
{
	struct sema_root *r = sema_root(addr);
	__atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0)
		return;
	rt_lock(&r->lock);
	if (__atomic_load_n(&r->nwait, __ATOMIC_RELAXED) == 0) {
		rt_unlock(&r->lock);
		return;
	}
	rt_sudog *s = sema_dequeue(r, addr);
	if (s)
		__atomic_sub_fetch(&r->nwait, 1, __ATOMIC_RELAXED);
	rt_unlock(&r->lock);
	if (!s)
		return;
	if (handoff && sema_try(addr))
		s->success = true;
	rt_ready(s->g);
}

// }==================== sync.Mutex ====================

typedef struct {
	int32_t state;
	uint32_t sema;
} go_mutex;

enum {
	MU_LOCKED = 1,
	MU_WOKEN = 2,      // a waiter is awake and competing: Unlock wakes nobody
	MU_STARVING = 4,
	MU_WAITER_SHIFT = 3,
	MU_WAITER = 1 << MU_WAITER_SHIFT,
};

static int64_t nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static bool cas32(int32_t *p, int32_t old, int32_t new)
{
	return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

// Read once at start-up: glibc's sysconf takes 4 KiB of stack (a CPU
// mask it allocas), more than a goroutine on a small first segment has
// (rt/sched.h), and the first contended Lock may run on one.
static int ncpus = 1;

__attribute__((constructor)) static void ncpu_init(void)
{
	long c = sysconf(_SC_NPROCESSORS_ONLN);
	ncpus = c > 0 ? (int)c : 1;
}

static int ncpu(void)
{
	return ncpus;
}

static void mutex_lock_slow(go_mutex *m)
{
	int64_t wait_start = 0;
	bool starving = false, awake = false;
	int spins = 0;
	int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
	for (;;) {
		// Held, not starving: spin a few rounds while the holder runs,
		// flagging WOKEN so that Unlock does not wake a sleeper for us.
		if ((old & (MU_LOCKED | MU_STARVING)) == MU_LOCKED && spins < 4 && ncpu() > 1) {
			if (!awake && !(old & MU_WOKEN) && (old >> MU_WAITER_SHIFT) != 0 &&
			    cas32(&m->state, old, old | MU_WOKEN))
				awake = true;
			for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
				__builtin_ia32_pause();
#endif
			}
			spins++;
			old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
			continue;
		}
		int32_t new = old;
		if (!(old & MU_STARVING))
			new |= MU_LOCKED;   // a starving mutex goes to its first waiter
		if (old & (MU_LOCKED | MU_STARVING))
			new += MU_WAITER;
		if (starving && (old & MU_LOCKED))
			new |= MU_STARVING;
		if (awake)
			new &= ~MU_WOKEN;
		if (!cas32(&m->state, old, new)) {
			old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
			continue;
		}
		if (!(old & (MU_LOCKED | MU_STARVING)))
			return;   // grabbed it
		bool requeue = wait_start != 0;
		if (!wait_start)
			wait_start = nanotime();
		sema_acquire(&m->sema, requeue);
		starving = starving || nanotime() - wait_start > 1000000;
		old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
		if (old & MU_STARVING) {
			// Handed over: the mutex is ours but the state still counts
			// us as a waiter and does not say locked.
			int32_t delta = MU_LOCKED - MU_WAITER;
			if (!starving || (old >> MU_WAITER_SHIFT) == 1)
				delta -= MU_STARVING;   // the last waiter, or a quick one
			__atomic_add_fetch(&m->state, delta, __ATOMIC_ACQ_REL);
			return;
		}
		awake = true;
		spins = 0;
	}
}

void go_mutex_lock(void *mp)
{
	go_mutex *m = mp;
	if (!cas32(&m->state, 0, MU_LOCKED))
		mutex_lock_slow(m);
}

bool go_mutex_trylock(void *mp)
{
	go_mutex *m = mp;
	int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
	return !(old & (MU_LOCKED | MU_STARVING)) && cas32(&m->state, old, old | MU_LOCKED);
}

static void mutex_unlock_slow(go_mutex *m, int32_t new)
{
	if (!((new + MU_LOCKED) & MU_LOCKED))
		go_fatal("sync: unlock of unlocked mutex");
	if (new & MU_STARVING) {
		sema_release(&m->sema, true);
		return;
	}
	int32_t old = new;
	for (;;) {
		// Nobody to wake, or somebody already awake or holding it.
		if ((old >> MU_WAITER_SHIFT) == 0 || (old & (MU_LOCKED | MU_WOKEN | MU_STARVING)))
			return;
		if (cas32(&m->state, old, (old - MU_WAITER) | MU_WOKEN)) {
			sema_release(&m->sema, false);
			return;
		}
		old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
	}
}

void go_mutex_unlock(void *mp)
{
	go_mutex *m = mp;
	int32_t new = __atomic_sub_fetch(&m->state, MU_LOCKED, __ATOMIC_RELEASE);
	if (new != 0)
		mutex_unlock_slow(m, new);
}

// }==================== sync.WaitGroup ====================

typedef struct {
	uint64_t state;   // counter in the high half, waiters in the low half
	uint32_t sema;
} go_waitgroup;

static void wg_panic_big(void *msg);

_Noreturn static void wg_panic(const char *msg)
{
	// allocating and panicking need more than a small first segment
	if (rt_stack_on_small())
		rt_stack_call_big(wg_panic_big, (void *)msg);
	go_string *s = go_new_t(&go_type_string);
	*s = go_cstring(msg);
	go_panic((go_iface){&go_type_string, s});
}

static void wg_panic_big(void *msg)
{
	wg_panic(msg);
}

void go_wg_add(void *wgp, int64_t delta)
{
	go_waitgroup *wg = wgp;
	uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, __ATOMIC_ACQ_REL);
	int32_t v = (int32_t)(state >> 32);
	uint32_t w = (uint32_t)state;
	if (v < 0)
		wg_panic("sync: negative WaitGroup counter");
	if (w != 0 && delta > 0 && v == (int32_t)delta)
		wg_panic("sync: WaitGroup misuse: Add called concurrently with Wait");
	if (v > 0 || w == 0)
		return;
	// The counter reached zero with waiters: nobody may touch the state
	// now but us; wake them all.
	if (__atomic_load_n(&wg->state, __ATOMIC_RELAXED) != state)
		wg_panic("sync: WaitGroup misuse: Add called concurrently with Wait");
	__atomic_store_n(&wg->state, 0, __ATOMIC_RELAXED);
	for (; w > 0; w--)
		sema_release(&wg->sema, false);
}

void go_wg_wait(void *wgp)
{
	go_waitgroup *wg = wgp;
	uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_ACQUIRE);
	for (;;) {
		if ((state >> 32) == 0)
			return;
		if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, __ATOMIC_ACQ_REL,
						__ATOMIC_ACQUIRE)) {
			sema_acquire(&wg->sema, false);
			if (__atomic_load_n(&wg->state, __ATOMIC_ACQUIRE) != 0)
				wg_panic("sync: WaitGroup is reused before previous Wait has returned");
			return;
		}
	}
}

// {==================== sync.Once ====================

typedef struct {
	uint32_t done;
	go_mutex m;
} go_once;

// The first Do runs f holding m; done is set and m released when f
// returns or panics (a deferred call, as Go's doSlow defers them), so a
// panicking f still counts as done.
typedef struct {
	go_defer d;
	go_once *o;
} once_defer;

static void once_finish(go_defer *d)
{
	go_once *o = ((once_defer *)d)->o;
	__atomic_store_n(&o->done, 1, __ATOMIC_RELEASE);
	go_mutex_unlock(&o->m);
}

static void once_slow(go_once *o, go_closure *f)
{
	go_mutex_lock(&o->m);
	if (o->done) {
		go_mutex_unlock(&o->m);
		return;
	}
	go_defer_frame df;
	once_defer od = {{0}, o};
	od.d.run = once_finish;
	go_defer_enter(&df);
	if (__builtin_setjmp(df.jb))
		goto ret;
	go_defer_push(&df, &od.d);
	if (!f)
		go_panic_nil();
	((void (*)(go_closure *))f->fn)(f);
ret:
	go_defer_return(&df);
}

void go_once_do(void *op, go_closure *f)
{
	go_once *o = op;
	if (!__atomic_load_n(&o->done, __ATOMIC_ACQUIRE))
		once_slow(o, f);
}

// }
