// go_chan.c: channels, select, sync.WaitGroup and sync.Mutex.
//
// All blocking state — channels, wait groups, mutexes — is guarded by one
// global lock; a goroutine that must wait parks on the scheduler
// (rt/sched.h) in one global list of waiters, and every change wakes them
// all to re-check. Goroutines themselves and deadlock detection live in the
// scheduler (rt/sched.c).
#include "go_rt.h"
#include "mgo.h"
#include "rt/sched.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static rt_lock_t mu = RT_LOCK_INIT;

// Goroutines waiting for "something changed": records on their own stacks.
typedef struct waiter {
	G *g;
	struct waiter *next;
} waiter;
static waiter *waiters;

struct go_chan {
	size_t elemsize;
	int64_t cap, count, head;   // ring buffer (cap > 0)
	uint8_t *buf;
	bool closed;
	// unbuffered hand-off: a blocked sender parks its value in `slot`
	bool slot_full;
	uint8_t *slot;
	uint64_t sent, taken;       // hand-off sequence numbers
	int recv_waiting;           // receivers blocked on this channel
};

// Makes every waiter runnable; each re-checks its condition under mu.
static void wake_all(void)
{
	while (waiters) {
		waiter *w = waiters;
		waiters = w->next;
		rt_ready(w->g);
	}
}

// Parks (mu held) until someone wakes everybody; the scheduler reports a
// deadlock when nobody can.
static void block(const char *what)
{
	waiter w = {rt_getg(), waiters};
	waiters = &w;
	rt_park(rt_unlock_cb, &mu, what);
	rt_lock(&mu);
}

// }==================== channels ====================

// The header's heap pointers, for precise scanning; the buffer and the
// hand-off slot are scanned by the element type's mask.
#define CHAN_WORD(f) (1u << (offsetof(struct go_chan, f) / 8))
_Static_assert(sizeof(struct go_chan) <= 16 * 8, "channel header mask has 16 bits");
static const uint8_t chan_header_mask[2] = {
	(uint8_t)(CHAN_WORD(buf) | CHAN_WORD(slot)),
	(uint8_t)((CHAN_WORD(buf) | CHAN_WORD(slot)) >> 8),
};

go_chan *go_chan_make(const go_type *elem, int64_t cap)
{
	if (cap < 0 || (elem->size && (uint64_t)cap > ((uint64_t)1 << 47) / elem->size))
		go_panic_msg("makechan: size out of range");
	size_t es = elem->size;
	go_chan *c = go_new_masked(sizeof *c, chan_header_mask, sizeof *c / 8);
	c->elemsize = es;
	c->cap = cap;
	size_t bufbytes = es * (size_t)cap;
	c->buf = go_new_masked(bufbytes ? bufbytes : 1, elem->gcmask, es / 8);
	c->slot = go_new_masked(es ? es : 1, elem->gcmask, es / 8);
	return c;
}

int64_t go_chan_len(go_chan *c)
{
	if (!c)
		return 0;
	rt_lock(&mu);
	int64_t n = c->count;
	rt_unlock(&mu);
	return n;
}

int64_t go_chan_cap(go_chan *c)
{
	return c ? c->cap : 0;
}

static void plain_panic(const char *msg)
{
	rt_unlock(&mu);
	go_string *s = go_new_t(&go_type_string);
	*s = go_cstring(msg);
	go_panic((go_iface){&go_type_string, s});
}

// Can a send proceed now? (mu held)
static bool can_send(go_chan *c)
{
	if (c->closed)
		return true;   // and panics
	if (c->cap > 0)
		return c->count < c->cap;
	return !c->slot_full && c->recv_waiting > 0;
}

static bool can_recv(go_chan *c)
{
	if (c->cap > 0)
		return c->count > 0 || c->closed;
	return c->slot_full || c->closed;
}

// Performs a send that can proceed; returns the hand-off ticket for
// unbuffered channels (the sender then waits for it to be taken).
static uint64_t do_send(go_chan *c, const void *v)
{
	if (c->closed)
		plain_panic("send on closed channel");
	if (c->cap > 0) {
		int64_t tail = (c->head + c->count) % c->cap;
		memcpy(c->buf + (size_t)tail * c->elemsize, v, c->elemsize);
		c->count++;
		wake_all();
		return 0;
	}
	memcpy(c->slot, v, c->elemsize);
	c->slot_full = true;
	uint64_t ticket = ++c->sent;
	wake_all();
	return ticket;
}

static void do_recv(go_chan *c, void *out, bool *ok)
{
	if (c->cap > 0 && c->count > 0) {
		if (out)
			memcpy(out, c->buf + (size_t)c->head * c->elemsize, c->elemsize);
		c->head = (c->head + 1) % c->cap;
		c->count--;
		if (ok)
			*ok = true;
	} else if (c->cap == 0 && c->slot_full) {
		if (out)
			memcpy(out, c->slot, c->elemsize);
		c->slot_full = false;
		c->taken++;
		if (ok)
			*ok = true;
	} else {   // closed and drained
		if (out)
			memset(out, 0, c->elemsize);
		if (ok)
			*ok = false;
	}
	wake_all();
}

static void wait_taken(go_chan *c, uint64_t ticket)
{
	while (c->taken < ticket && !c->closed)
		block("chan send");
}

void go_chan_send(go_chan *c, const void *v)
{
	rt_lock(&mu);
	if (!c)
		for (;;)
			block("chan send (nil chan)");
	if (c->cap > 0) {
		while (!c->closed && c->count >= c->cap)
			block("chan send");
		do_send(c, v);
	} else {
		// Park the value as soon as the slot is free; then wait for a taker.
		while (!c->closed && c->slot_full)
			block("chan send");
		uint64_t t = do_send(c, v);
		wait_taken(c, t);
	}
	rt_unlock(&mu);
}

bool go_chan_recv(go_chan *c, void *out, bool *ok)
{
	rt_lock(&mu);
	if (!c)
		for (;;)
			block("chan receive (nil chan)");
	while (!can_recv(c)) {
		// A select-send may be waiting for a first receiver. Waking on
		// every wait would keep two receivers waking each other forever.
		if (c->recv_waiting++ == 0)
			wake_all();
		block("chan receive");
		c->recv_waiting--;
	}
	bool got;
	do_recv(c, out, &got);
	if (ok)
		*ok = got;
	rt_unlock(&mu);
	return got;
}

void go_chan_close(go_chan *c)
{
	if (!c) {
		go_string *s = go_new_t(&go_type_string);
		*s = go_cstring("close of nil channel");
		go_panic((go_iface){&go_type_string, s});
	}
	rt_lock(&mu);
	if (c->closed)
		plain_panic("close of closed channel");
	c->closed = true;
	wake_all();
	rt_unlock(&mu);
}

// Picks a ready case uniformly at random among those ready, as Go does;
// returns its index, or -1 for default. Blocks when nothing is ready and
// there is no default.
int go_select(go_select_case *cases, int n, bool has_default)
{
	static uint64_t rnd = 88172645463325252ULL;
	rt_lock(&mu);
	for (;;) {
		int ready[64], nready = 0;
		for (int i = 0; i < n && nready < 64; i++) {
			go_chan *c = cases[i].ch;
			if (!c)
				continue;
			if (cases[i].dir == GO_SELECT_SEND ? can_send(c) : can_recv(c))
				ready[nready++] = i;
		}
		if (nready > 0) {
			rnd ^= rnd << 13;
			rnd ^= rnd >> 7;
			rnd ^= rnd << 17;
			int k = ready[rnd % (uint64_t)nready];
			go_select_case *sc = &cases[k];
			if (sc->dir == GO_SELECT_SEND) {
				uint64_t t = do_send(sc->ch, sc->elem);
				if (sc->ch->cap == 0)
					wait_taken(sc->ch, t);
			} else {
				do_recv(sc->ch, sc->elem, sc->ok);
			}
			rt_unlock(&mu);
			return k;
		}
		if (has_default) {
			rt_unlock(&mu);
			return -1;
		}
		bool first = false;
		for (int i = 0; i < n; i++)
			if (cases[i].ch && cases[i].dir == GO_SELECT_RECV)
				first |= cases[i].ch->recv_waiting++ == 0;
		if (first)
			wake_all();
		block(n ? "select" : "select (no cases)");
		for (int i = 0; i < n; i++)
			if (cases[i].ch && cases[i].dir == GO_SELECT_RECV)
				cases[i].ch->recv_waiting--;
	}
}

// }==================== sync ====================

void go_wg_add(void *wg, int64_t delta)
{
	int64_t *counter = wg;
	rt_lock(&mu);
	*counter += delta;
	if (*counter < 0)
		plain_panic("sync: negative WaitGroup counter");
	if (*counter == 0)
		wake_all();
	rt_unlock(&mu);
}

void go_wg_wait(void *wg)
{
	int64_t *counter = wg;
	rt_lock(&mu);
	while (*counter > 0)
		block("semacquire");
	rt_unlock(&mu);
}

void go_mutex_lock(void *m)
{
	int32_t *state = m;
	rt_lock(&mu);
	while (*state)
		block("sync.Mutex.Lock");
	*state = 1;
	rt_unlock(&mu);
}

bool go_mutex_trylock(void *m)
{
	int32_t *state = m;
	rt_lock(&mu);
	bool ok = !*state;
	if (ok)
		*state = 1;
	rt_unlock(&mu);
	return ok;
}

void go_mutex_unlock(void *m)
{
	int32_t *state = m;
	rt_lock(&mu);
	if (!*state) {
		fflush(stdout);
		fputs("fatal error: sync: unlock of unlocked mutex\n", stderr);
		_exit(2);
	}
	*state = 0;
	wake_all();
	rt_unlock(&mu);
}
