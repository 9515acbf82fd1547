// go_chan.c: channels (make, send, receive, close, len, cap) as Go builds
// them; the design is in rt/chan.h. Blocking goes through rt/sched.h only.
//
// Nothing here allocates while holding a channel's lock: a collection that
// stops the world could wait for a goroutine that waits for that lock.
#include "rt/chan.h"

#include <stddef.h>
#include <string.h>

// {==================== wait queues ====================

// first is also read without the lock (rt_chan_looks_empty and _full, rt/chan.h).
static inline void set_first(rt_waitq *q, rt_sudog *s)
{
	__atomic_store_n(&q->first, s, __ATOMIC_RELAXED);
}

void rt_waitq_push(rt_waitq *q, rt_sudog *s)
{
	s->next = NULL;
	s->prev = q->last;
	if (q->last)
		q->last->next = s;
	else
		set_first(q, s);
	q->last = s;
}

static void unlink_first(rt_waitq *q, rt_sudog *s)
{
	set_first(q, s->next);
	if (q->first)
		q->first->prev = NULL;
	else
		q->last = NULL;
	s->next = NULL;
}

rt_sudog *rt_waitq_pop(rt_waitq *q)
{
	rt_sudog *s;
	while ((s = q->first) != NULL) {
		unlink_first(q, s);
		uint32_t idle = 0;
		if (!s->sel_done || __atomic_compare_exchange_n(s->sel_done, &idle, 1, false,
								__ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
			return s;
	}
	return NULL;
}

void rt_waitq_remove(rt_waitq *q, rt_sudog *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else if (q->first == s)
		set_first(q, s->next);
	else
		return;   // already dequeued by a waker
	if (s->next)
		s->next->prev = s->prev;
	else
		q->last = s->prev;
	s->next = s->prev = NULL;
}

// }==================== the steps ====================

static inline void copy_elem(go_chan *c, void *dst, const void *src)
{
	if (c->elemsize)
		memcpy(dst, src, c->elemsize);
}

// buf is NULL for elements of size 0: no arithmetic on it then.
static inline uint8_t *slot(go_chan *c, int64_t i)
{
	return c->elemsize ? c->buf + (size_t)i * c->elemsize : c->buf;
}

static inline void set_count(go_chan *c, int64_t n)
{
	__atomic_store_n(&c->count, n, __ATOMIC_RELAXED);
}

static G *wake(rt_sudog *s)
{
	G *gp = s->g;
	s->success = true;
	*rt_g_param(gp) = (uintptr_t)s;
	return gp;
}

G *rt_chan_send_to(go_chan *c, rt_sudog *receiver, const void *v)
{
	if (receiver->elem)
		copy_elem(c, receiver->elem, v);
	return wake(receiver);
}

G *rt_chan_recv_from(go_chan *c, rt_sudog *sender, void *out)
{
	if (c->cap == 0) {
		if (out)
			copy_elem(c, out, sender->elem);
	} else {
		// The buffer is full: take its head, and the sender's value
		// becomes its tail (the same slot).
		if (out)
			copy_elem(c, out, slot(c, c->recvx));
		copy_elem(c, slot(c, c->recvx), sender->elem);
		if (++c->recvx == c->cap)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	return wake(sender);
}

void rt_chan_buf_put(go_chan *c, const void *v)
{
	copy_elem(c, slot(c, c->sendx), v);
	if (++c->sendx == c->cap)
		c->sendx = 0;
	set_count(c, c->count + 1);
}

void rt_chan_buf_take(go_chan *c, void *out)
{
	if (c->elemsize) {
		if (out)
			memcpy(out, slot(c, c->recvx), c->elemsize);
		// A received pointer must not stay reachable from the buffer.
		memset(slot(c, c->recvx), 0, c->elemsize);
	}
	if (++c->recvx == c->cap)
		c->recvx = 0;
	set_count(c, c->count - 1);
}

void rt_chan_zero(go_chan *c, void *out)
{
	if (out && c->elemsize)
		memset(out, 0, c->elemsize);
}

_Noreturn void rt_chan_panic_closed(void)
{
	go_panic_plain("send on closed channel");
}

void rt_unlock_nothing(void *arg)
{
	(void)arg;
}

// }==================== the operations ====================

// The header's one heap pointer is buf, scanned by the element type's mask.
_Static_assert(offsetof(struct go_chan, buf) == 0, "chan_header_mask");
static const uint8_t chan_header_mask[(sizeof(struct go_chan) / 8 + 7) / 8] = {1};

go_chan *go_chan_make(const go_type *elem, int64_t cap)
{
	if (cap < 0 || (elem->size && (uint64_t)cap > ((uint64_t)1 << 47) / elem->size))
		go_panic_msg("makechan: size out of range");
	size_t es = elem->size;
	go_chan *c = go_new_masked(sizeof *c, chan_header_mask, sizeof *c / 8);
	c->elemsize = es;
	c->cap = cap;
	if (cap > 0 && es > 0)
		c->buf = go_new_masked(es * (size_t)cap, elem->gcmask, es / 8);
	return c;
}

int64_t go_chan_len(go_chan *c)
{
	return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0;
}

int64_t go_chan_cap(go_chan *c)
{
	return c ? c->cap : 0;
}

_Noreturn static void block_forever(const char *reason)
{
	for (;;)
		rt_park(rt_unlock_nothing, NULL, reason);
}

bool rt_chan_send(go_chan *c, const void *v, bool block)
{
	if (!c) {
		if (!block)
			return false;
		block_forever("chan send (nil chan)");
	}
	// The non-blocking operations (select with a default) look first
	// (rt/chan.h), and need not take the lock of a channel that is not
	// ready. Acquire loads keep the two looks in order. Open at the first
	// look, full at the second: had it closed in between, it was full
	// just before (after a close nothing fills a channel), and the send
	// fails as of that instant, when it was open.
	if (!block && !rt_chan_looks_closed(c) && rt_chan_looks_full(c))
		return false;
	rt_lock(&c->lock);
	if (c->closed) {
		rt_unlock(&c->lock);
		rt_chan_panic_closed();
	}
	rt_sudog *r = rt_waitq_pop(&c->recvq);
	if (r) {
		G *gp = rt_chan_send_to(c, r, v);
		rt_unlock(&c->lock);
		rt_ready(gp);
		return true;
	}
	if (c->count < c->cap) {
		rt_chan_buf_put(c, v);
		rt_unlock(&c->lock);
		return true;
	}
	if (!block) {
		rt_unlock(&c->lock);
		return false;
	}
	G *me = rt_getg();
	rt_sudog s = {.g = me, .elem = (void *)v};
	rt_waitq_push(&c->sendq, &s);
	*rt_g_param(me) = 0;
	rt_park(rt_unlock_cb, &c->lock, "chan send");
	if (!s.success)
		rt_chan_panic_closed();
	return true;
}

// Returns whether the receive happened (always, when blocking); *ok tells a
// value from a closed channel's zero.
bool rt_chan_recv(go_chan *c, void *out, bool *ok, bool block)
{
	if (!c) {
		if (!block)
			return false;
		block_forever("chan receive (nil chan)");
	}
	if (!block && rt_chan_looks_empty(c)) {
		// Empty, then open: nothing to receive at the first look.
		if (!rt_chan_looks_closed(c))
			return false;
		// Closed (for good); empty once more means drained.
		if (rt_chan_looks_empty(c)) {
			rt_chan_zero(c, out);
			*ok = false;
			return true;
		}
	}
	rt_lock(&c->lock);
	if (c->closed && c->count == 0) {
		rt_unlock(&c->lock);
		rt_chan_zero(c, out);
		*ok = false;
		return true;
	}
	rt_sudog *s = rt_waitq_pop(&c->sendq);
	if (s) {
		G *gp = rt_chan_recv_from(c, s, out);
		rt_unlock(&c->lock);
		rt_ready(gp);
		*ok = true;
		return true;
	}
	if (c->count > 0) {
		rt_chan_buf_take(c, out);
		rt_unlock(&c->lock);
		*ok = true;
		return true;
	}
	if (!block) {
		rt_unlock(&c->lock);
		return false;
	}
	G *me = rt_getg();
	rt_sudog w = {.g = me, .elem = out};
	rt_waitq_push(&c->recvq, &w);
	*rt_g_param(me) = 0;
	rt_park(rt_unlock_cb, &c->lock, "chan receive");
	*ok = w.success;
	return true;
}

void go_chan_send(go_chan *c, const void *v)
{
	rt_chan_send(c, v, true);
}

bool go_chan_recv(go_chan *c, void *out, bool *ok)
{
	bool got;
	rt_chan_recv(c, out, &got, true);
	if (ok)
		*ok = got;
	return got;
}

void go_chan_close(go_chan *c)
{
	if (!c)
		go_panic_plain("close of nil channel");
	rt_lock(&c->lock);
	if (c->closed) {
		rt_unlock(&c->lock);
		go_panic_plain("close of closed channel");
	}
	__atomic_store_n(&c->closed, true, __ATOMIC_RELAXED);
	// Every waiter goes, chained through its (now free) next field, and is
	// readied after the lock is released.
	rt_sudog *wake_list = NULL, *s;
	while ((s = rt_waitq_pop(&c->recvq)) != NULL) {
		rt_chan_zero(c, s->elem);
		s->success = false;
		s->next = wake_list;
		wake_list = s;
	}
	while ((s = rt_waitq_pop(&c->sendq)) != NULL) {
		s->success = false;
		s->next = wake_list;
		wake_list = s;
	}
	rt_unlock(&c->lock);
	while ((s = wake_list) != NULL) {
		wake_list = s->next;
		G *gp = s->g;
		*rt_g_param(gp) = (uintptr_t)s;
		rt_ready(gp);
	}
}
