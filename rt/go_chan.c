// go_chan.c: goroutines, channels, select, sync.WaitGroup and sync.Mutex.
//
// Goroutines are detached OS threads (each allocates through its own
// mcache). All blocking state — channels, wait groups, mutexes — is guarded
// by one global lock with one condition variable: simple, obviously
// correct, and cheap enough for the programs mgo targets.
//
// Deadlock detection follows Go: when every goroutine is blocked the
// program dies with "all goroutines are asleep - deadlock!". `nblocked`
// counts goroutines waiting for a wakeup that has not happened yet; a
// broadcast makes every waiter runnable again (nblocked = 0) and each one
// re-counts itself if its condition still does not hold.
#include "go_rt.h"
#include "mgo.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ngoroutines = 1;   // main
static int nblocked;
static uint64_t wake_gen;

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

_Noreturn static void deadlock(const char *what)
{
	fflush(stdout);
	fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [%s]:\n"
		"main.main()\n", what);
	_exit(2);
}

// Nobody counted in nblocked means every waiter was already woken by the
// last broadcast (and will re-check the state under mu): a broadcast now
// would only cost a futex call.
static void wake_all(void)
{
	if (nblocked == 0)
		return;
	__atomic_store_n(&wake_gen, wake_gen + 1, __ATOMIC_RELEASE);
	nblocked = 0;
	pthread_cond_broadcast(&cv);
}

// Waits (mu held) until someone wakes everybody; dies if nobody can.
// Goroutines are threads, so a hand-off through the condition variable
// costs two futex calls and a context switch on each side; on a multi-core
// machine the peer usually answers within microseconds, so the waiter
// first spins briefly (mu released) watching wake_gen.
static void block(const char *what)
{
	nblocked++;
	if (nblocked >= ngoroutines)
		deadlock(what);
	uint64_t gen = wake_gen;
	pthread_mutex_unlock(&mu);
	for (int i = 0; i < 2000 && __atomic_load_n(&wake_gen, __ATOMIC_ACQUIRE) == gen; i++) {
#if defined(__x86_64__) || defined(__i386__)
		__builtin_ia32_pause();
#endif
	}
	pthread_mutex_lock(&mu);
	while (gen == wake_gen)
		pthread_cond_wait(&cv, &mu);
}

// {==================== goroutines ====================

static void *goroutine_main(void *arg)
{
	go_closure *c = arg;
	((void (*)(go_closure *))c->fn)(c);
	mgo_gc_threads_add(-1);   // done with Go values: collections may run
	pthread_mutex_lock(&mu);
	ngoroutines--;
	if (ngoroutines > 0 && nblocked >= ngoroutines)
		deadlock("chan receive");
	pthread_mutex_unlock(&mu);
	return NULL;
}

void go_go(go_closure *c)
{
	pthread_mutex_lock(&mu);
	ngoroutines++;
	pthread_mutex_unlock(&mu);
	// The collector cannot stop goroutines yet (rt/rt.h, "Threads"): it
	// waits while any runs.
	mgo_gc_threads_add(1);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 64 << 20);
	pthread_t t;
	if (pthread_create(&t, &attr, goroutine_main, c) != 0) {
		fputs("fatal error: cannot create goroutine\n", stderr);
		_exit(2);
	}
	pthread_attr_destroy(&attr);
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
	pthread_mutex_lock(&mu);
	int64_t n = c->count;
	pthread_mutex_unlock(&mu);
	return n;
}

int64_t go_chan_cap(go_chan *c)
{
	return c ? c->cap : 0;
}

static void plain_panic(const char *msg)
{
	pthread_mutex_unlock(&mu);
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
	pthread_mutex_lock(&mu);
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
	pthread_mutex_unlock(&mu);
}

bool go_chan_recv(go_chan *c, void *out, bool *ok)
{
	pthread_mutex_lock(&mu);
	if (!c)
		for (;;)
			block("chan receive (nil chan)");
	while (!can_recv(c)) {
		c->recv_waiting++;
		wake_all();   // a select-send may be waiting for a receiver
		block("chan receive");
		c->recv_waiting--;
	}
	bool got;
	do_recv(c, out, &got);
	if (ok)
		*ok = got;
	pthread_mutex_unlock(&mu);
	return got;
}

void go_chan_close(go_chan *c)
{
	if (!c) {
		go_string *s = go_new_t(&go_type_string);
		*s = go_cstring("close of nil channel");
		go_panic((go_iface){&go_type_string, s});
	}
	pthread_mutex_lock(&mu);
	if (c->closed)
		plain_panic("close of closed channel");
	c->closed = true;
	wake_all();
	pthread_mutex_unlock(&mu);
}

// Picks a ready case uniformly at random among those ready, as Go does;
// returns its index, or -1 for default. Blocks when nothing is ready and
// there is no default.
int go_select(go_select_case *cases, int n, bool has_default)
{
	static uint64_t rnd = 88172645463325252ULL;
	pthread_mutex_lock(&mu);
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
			pthread_mutex_unlock(&mu);
			return k;
		}
		if (has_default) {
			pthread_mutex_unlock(&mu);
			return -1;
		}
		for (int i = 0; i < n; i++)
			if (cases[i].ch && cases[i].dir == GO_SELECT_RECV)
				cases[i].ch->recv_waiting++;
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
	pthread_mutex_lock(&mu);
	*counter += delta;
	if (*counter < 0)
		plain_panic("sync: negative WaitGroup counter");
	if (*counter == 0)
		wake_all();
	pthread_mutex_unlock(&mu);
}

void go_wg_wait(void *wg)
{
	int64_t *counter = wg;
	pthread_mutex_lock(&mu);
	while (*counter > 0)
		block("semacquire");
	pthread_mutex_unlock(&mu);
}

void go_mutex_lock(void *m)
{
	int32_t *state = m;
	pthread_mutex_lock(&mu);
	while (*state)
		block("sync.Mutex.Lock");
	*state = 1;
	pthread_mutex_unlock(&mu);
}

bool go_mutex_trylock(void *m)
{
	int32_t *state = m;
	pthread_mutex_lock(&mu);
	bool ok = !*state;
	if (ok)
		*state = 1;
	pthread_mutex_unlock(&mu);
	return ok;
}

void go_mutex_unlock(void *m)
{
	int32_t *state = m;
	pthread_mutex_lock(&mu);
	if (!*state) {
		fflush(stdout);
		fputs("fatal error: sync: unlock of unlocked mutex\n", stderr);
		_exit(2);
	}
	*state = 0;
	wake_all();
	pthread_mutex_unlock(&mu);
}
