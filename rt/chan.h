// chan.h: the channel's insides, shared by channel operations (go_chan.c),
// select (go_select.c) and the semaphores under sync (go_sync.c). Not part
// of the API that generated code sees (rt/go_rt.h).
//
// Go's hchan: a lock per channel, a ring buffer, and FIFO queues of the
// goroutines waiting to send and to receive. A waiter record (sudog) lives
// on the waiting goroutine's stack, which stays put while it is parked; the
// goroutine that completes the operation copies the value straight from or
// into the waiter's own variable and readies it.
#ifndef MGO_RT_CHAN_H
#define MGO_RT_CHAN_H

#include "go_rt.h"
#include "rt/lock.h"
#include "rt/sched.h"

typedef struct rt_sudog rt_sudog;
struct rt_sudog {
	G *g;
	rt_sudog *next, *prev;   // in a wait queue (prev is NULL once dequeued)
	void *elem;              // the value to send, or where to receive (may be NULL)
	// select: one word shared by all the select's waiters; the waker that
	// moves it from 0 to 1 wins, the others skip the waiter. NULL otherwise.
	uint32_t *sel_done;
	int casei;               // select: the case of this waiter
	bool success;            // set by the waker: false means "closed"
};

typedef struct rt_waitq {
	rt_sudog *first, *last;
} rt_waitq;

struct go_chan {
	uint8_t *buf;            // ring of cap elements (NULL if cap or elemsize is 0)
	size_t elemsize;
	int64_t cap;
	int64_t count;           // elements in buf; read without the lock by len()
	int64_t sendx, recvx;    // ring indices
	rt_waitq recvq, sendq;
	rt_lock_t lock;
	bool closed;
};

void rt_waitq_push(rt_waitq *q, rt_sudog *s);
// The first waiter that may be woken (select waiters already won by another
// case are dropped), or NULL.
rt_sudog *rt_waitq_pop(rt_waitq *q);
// Removes s if it is still queued in q.
void rt_waitq_remove(rt_waitq *q, rt_sudog *s);

// A send or receive; when it cannot proceed at once, !block returns false
// instead of parking. *ok (receive) tells a value from a closed channel's zero.
bool rt_chan_send(go_chan *c, const void *v, bool block);
bool rt_chan_recv(go_chan *c, void *out, bool *ok, bool block);

// The steps of a send and a receive, c->lock held; the caller unlocks and
// then readies the goroutine returned (its waiter must not be touched after).
G *rt_chan_send_to(go_chan *c, rt_sudog *receiver, const void *v);
G *rt_chan_recv_from(go_chan *c, rt_sudog *sender, void *out);
void rt_chan_buf_put(go_chan *c, const void *v);
void rt_chan_buf_take(go_chan *c, void *out);
// A closed, drained channel: the receiver gets the zero value.
void rt_chan_zero(go_chan *c, void *out);
// Send to a closed channel (no lock held).
_Noreturn void rt_chan_panic_closed(void);

// Lock-free looks (the channel's lock not held): each reads one word, so
// the answer was true at some instant. Waiters in the queues may be select
// waiters already won elsewhere: "not full" and "not empty" are hints that
// the locked step confirms; "full" and "empty" are exact at their instant.
static inline bool rt_chan_looks_full(go_chan *c)
{
	if (c->cap == 0)
		return __atomic_load_n(&c->recvq.first, __ATOMIC_ACQUIRE) == NULL;
	return __atomic_load_n(&c->count, __ATOMIC_ACQUIRE) == c->cap;
}

static inline bool rt_chan_looks_empty(go_chan *c)
{
	if (c->cap == 0)
		return __atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == NULL;
	return __atomic_load_n(&c->count, __ATOMIC_ACQUIRE) == 0;
}

static inline bool rt_chan_looks_closed(go_chan *c)
{
	return __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE);
}

// An unlock callback for rt_park when nothing is locked.
void rt_unlock_nothing(void *arg);

#endif
