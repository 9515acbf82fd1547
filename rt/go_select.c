// go_select.c: the select statement as Go runs it (selectgo).
//
// The channels of the cases are locked together, in address order and each
// once, so that two selects over the same channels cannot deadlock. The
// cases are polled in a uniformly random order and the first one ready is
// taken, which makes the choice among ready cases uniform. If none is ready
// (and there is no default), a waiter goes on every channel's queue, all
// sharing one "done" word so that only the first waker wins; after the
// wake-up the goroutine takes its other waiters back off their queues.
//
// Before locking them all, the cases are looked at without locks in the
// same random order (pass 0), and the first that looks ready is tried
// under its own channel's lock alone. A select usually has a case ready
// (a buffered channel with room or data, a peer already parked), and then
// it locks one channel, not every one: two producers selecting on their
// own output and on a shared quit channel no longer take turns on quit's
// lock at every message. Only when no case looks ready (or the one that
// did was taken in between) are all channels locked, so "no case ready",
// for a default or for parking, is still decided with everything locked.
#include "rt/chan.h"

struct sel {
	go_select_case *cases;
	const int *lockorder;   // case indices sorted by channel address
	int n;
};

static void sel_lock(const struct sel *s)
{
	go_chan *prev = NULL;
	for (int k = 0; k < s->n; k++) {
		go_chan *c = s->cases[s->lockorder[k]].ch;
		if (c != prev)
			rt_lock(&c->lock);
		prev = c;
	}
}

// Unlocks in reverse: the lowest lock is released last, and until then the
// select's goroutine, even if already readied, cannot get past sel_lock, so
// *s (on its stack) stays valid. Also rt_park's unlock callback.
static void sel_unlock(void *arg)
{
	const struct sel *s = arg;
	for (int k = s->n - 1; k >= 0; k--) {
		go_chan *c = s->cases[s->lockorder[k]].ch;
		if (k > 0 && s->cases[s->lockorder[k - 1]].ch == c)
			continue;
		rt_unlock(&c->lock);
	}
}

// A select with one case and a default: a non-blocking send or receive.
static int select_nb(go_select_case *sc)
{
	if (sc->dir == GO_SELECT_SEND)
		return rt_chan_send(sc->ch, sc->elem, false) ? 0 : -1;
	bool ok;
	if (!rt_chan_recv(sc->ch, sc->elem, &ok, false))
		return -1;
	if (sc->ok)
		*sc->ok = ok;
	return 0;
}

// Pass 1: the first ready case in poll order, performed; -1 if none. All
// channels are locked on entry and unlocked when a case was taken.
static int poll_cases(const struct sel *s, const int *pollorder)
{
	for (int k = 0; k < s->n; k++) {
		int i = pollorder[k];
		go_select_case *sc = &s->cases[i];
		go_chan *c = sc->ch;
		rt_sudog *w;
		if (sc->dir == GO_SELECT_SEND) {
			if (c->closed) {
				sel_unlock((void *)s);
				rt_chan_panic_closed();
			}
			if ((w = rt_waitq_pop(&c->recvq)) != NULL) {
				G *gp = rt_chan_send_to(c, w, sc->elem);
				sel_unlock((void *)s);
				rt_ready(gp);
				return i;
			}
			if (c->count < c->cap) {
				rt_chan_buf_put(c, sc->elem);
				sel_unlock((void *)s);
				return i;
			}
			continue;
		}
		bool ok = true;
		if ((w = rt_waitq_pop(&c->sendq)) != NULL) {
			G *gp = rt_chan_recv_from(c, w, sc->elem);
			sel_unlock((void *)s);
			rt_ready(gp);
		} else if (c->count > 0) {
			rt_chan_buf_take(c, sc->elem);
			sel_unlock((void *)s);
		} else if (c->closed) {
			sel_unlock((void *)s);
			rt_chan_zero(c, sc->elem);
			ok = false;
		} else {
			continue;
		}
		if (sc->ok)
			*sc->ok = ok;
		return i;
	}
	return -1;
}

// A select with one case and no default is that send or receive (as Go
// compiles it: a deadlock then says "chan receive", not "select").
static int select_one(go_select_case *sc)
{
	if (sc->dir == GO_SELECT_SEND) {
		rt_chan_send(sc->ch, sc->elem, true);
	} else {
		bool ok;
		rt_chan_recv(sc->ch, sc->elem, &ok, true);
		if (sc->ok)
			*sc->ok = ok;
	}
	return 0;
}

// Pass 0 (see the top): the first case in poll order that looks ready,
// performed under its channel's lock alone; -1 if none was.
static int poll_unlocked(go_select_case *cases, const int *pollorder, int n)
{
	for (int k = 0; k < n; k++) {
		int i = pollorder[k];
		go_select_case *sc = &cases[i];
		go_chan *c = sc->ch;
		bool ready = sc->dir == GO_SELECT_SEND
			? rt_chan_looks_closed(c) || !rt_chan_looks_full(c)
			: !rt_chan_looks_empty(c) || rt_chan_looks_closed(c);
		if (!ready)
			continue;
		struct sel one = {cases, &pollorder[k], 1};
		rt_lock(&c->lock);
		int won = poll_cases(&one, &pollorder[k]);
		if (won >= 0)
			return won;
		rt_unlock(&c->lock);
	}
	return -1;
}

int go_select(go_select_case *cases, int n, bool has_default)
{
	if (n == 1)
		return has_default ? (cases[0].ch ? select_nb(&cases[0]) : -1) : select_one(&cases[0]);
	int pollorder[n > 0 ? n : 1], lockorder[n > 0 ? n : 1];
	int norder = 0;
	// Nil channels never become ready: they take no part.
	for (int i = 0; i < n; i++) {
		if (!cases[i].ch)
			continue;
		int j = (int)(rt_fastrand() % (uint32_t)(norder + 1));
		pollorder[norder] = pollorder[j];
		pollorder[j] = i;
		norder++;
	}
	if (norder == 0) {
		if (has_default)
			return -1;
		for (;;)
			rt_park(rt_unlock_nothing, NULL, n ? "select" : "select (no cases)");
	}
	int won = poll_unlocked(cases, pollorder, norder);
	if (won >= 0)
		return won;
	for (int k = 0; k < norder; k++) {   // insertion sort by address
		int i = pollorder[k], m = k;
		for (; m > 0 && (uintptr_t)cases[lockorder[m - 1]].ch > (uintptr_t)cases[i].ch; m--)
			lockorder[m] = lockorder[m - 1];
		lockorder[m] = i;
	}
	struct sel s = {cases, lockorder, norder};
	sel_lock(&s);
	won = poll_cases(&s, pollorder);
	if (won >= 0)
		return won;
	if (has_default) {
		sel_unlock(&s);
		return -1;
	}

	// Pass 2: wait on every channel.
	G *me = rt_getg();
	rt_sudog w[n];
	uint32_t done = 0;
	for (int k = 0; k < norder; k++) {
		int i = lockorder[k];
		w[i] = (rt_sudog){.g = me, .elem = cases[i].elem, .sel_done = &done, .casei = i};
		rt_waitq_push(cases[i].dir == GO_SELECT_SEND ? &cases[i].ch->sendq : &cases[i].ch->recvq,
			      &w[i]);
	}
	*rt_g_param(me) = 0;
	rt_park(sel_unlock, &s, "select");

	// Pass 3: the waker dequeued the winner; take the others back.
	rt_sudog *winner = (rt_sudog *)*rt_g_param(me);
	sel_lock(&s);
	for (int k = 0; k < norder; k++) {
		int i = lockorder[k];
		if (&w[i] != winner)
			rt_waitq_remove(cases[i].dir == GO_SELECT_SEND ? &cases[i].ch->sendq
								      : &cases[i].ch->recvq, &w[i]);
	}
	sel_unlock(&s);
	go_select_case *sc = &cases[winner->casei];
	if (sc->dir == GO_SELECT_SEND) {
		if (!winner->success)
			rt_chan_panic_closed();
	} else if (sc->ok) {
		*sc->ok = winner->success;
	}
	return winner->casei;
}
