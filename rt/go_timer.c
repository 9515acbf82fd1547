// go_timer.c: package time's timers: After, NewTimer, AfterFunc, Timer's
// Stop and Reset, NewTicker, Tick, Ticker's Stop and Reset.
//
// Armed timers wait in a min-heap of their own, by deadline. Its array is
// a heap object held by a registered root, so the collector sees every
// armed timer and, through it, its channel or function, whatever the
// program still holds (time.After's caller keeps only the channel). It is
// changed only by goroutines, under go_time.c's lock of the sleepers and
// never across an allocation, so a stop-the-world never finds it half
// updated; the timer thread of go_time.c never touches it.
//
// One goroutine, the timer goroutine, exists while some timer is armed: it
// sleeps among go_time.c's sleepers until the earliest deadline, fires what
// is due and sleeps again, and returns when the heap is empty. A timer
// armed earlier than its deadline wakes it at once (go_time_wake_early).
// Firing sends the time on the timer's channel without blocking (a buffered
// channel of one, as Go's: a value nobody takes is dropped and a slow
// ticker reader misses ticks), or starts AfterFunc's function in a goroutine
// of its own. While the timer goroutine sleeps, a sleeper is pending, so a
// program whose other goroutines all wait for a timer is not deadlocked;
// once Stop takes the last timer out it is, at once (Go keeps a stopped
// timer in its heap until it tidies it, and may wait that long).
#include "go_lib.h"
#include "go_time.h"
#include "mgo.h"
#include "rt/sched.h"

// The runtime half of a Timer or Ticker (time.runtimeTimer in
// frontend/library_decls.c; only this file reads it).
typedef struct go_time_rtimer {
	go_chan *c;       // NULL for AfterFunc
	go_closure *f;    // AfterFunc's function
	int64_t when;     // CLOCK_MONOTONIC deadline
	int64_t period;   // tickers; 0 for timers
	int32_t idx;      // its index in the heap while armed (Stop's and
	                  // Reset's result), else -1
} go_time_rtimer;

// Timer and Ticker: {C <-chan Time; r *runtimeTimer}.
typedef struct go_time_Timer {
	go_chan *C;
	go_time_rtimer *r;
} go_time_Timer;

static const uint8_t pointer_words[] = {0x3};   // the first two words
static const uint8_t every_word[] = {0x1};      // repeated over an array
static const uint8_t time_mask[] = {0x4};       // Time{wall, ext, loc}: loc

// The channels' element type, for the sizes and the collector.
static const go_type time_elem = {
	.size = sizeof(go_time_Time), .kind = GO_KIND_STRUCT, .str = "time.Time", .gcmask = time_mask,
};

extern go_time_Time go_time_Now(void);

static go_time_rtimer **heap;   // the collector's root
static int32_t nheap, capheap;
static bool root_added;
static bool proc_running;       // the timer goroutine exists
static int32_t proc_slot = -1;  // where it sleeps among the sleepers

// {==================== the heap (timers' lock held) ====================

static void put(int32_t i, go_time_rtimer *t)
{
	heap[i] = t;
	t->idx = i;
}

static void sift_up(int32_t i, go_time_rtimer *t)
{
	while (i > 0 && heap[(i - 1) / 2]->when > t->when) {
		put(i, heap[(i - 1) / 2]);
		i = (i - 1) / 2;
	}
	put(i, t);
}

static void sift_down(int32_t i, go_time_rtimer *t)
{
	for (;;) {
		int32_t c = 2 * i + 1;
		if (c >= nheap)
			break;
		if (c + 1 < nheap && heap[c + 1]->when < heap[c]->when)
			c++;
		if (heap[c]->when >= t->when)
			break;
		put(i, heap[c]);
		i = c;
	}
	put(i, t);
}

static void heap_remove(go_time_rtimer *t)
{
	int32_t i = t->idx;
	go_time_rtimer *last = heap[--nheap];
	heap[nheap] = NULL;
	t->idx = -1;
	if (i < nheap) {
		if (i > 0 && heap[(i - 1) / 2]->when > last->when)
			sift_up(i, last);
		else
			sift_down(i, last);
	}
}

// }==================== arming ====================

// Takes the lock with room in the heap for one more timer. The bigger
// array is allocated before the lock is taken: an allocation may stop the
// world, which must not find the lock held.
static void lock_with_room(void)
{
	for (;;) {
		go_time_timers_lock();
		if (nheap < capheap)
			return;
		int32_t want = capheap ? 2 * capheap : 64;
		go_time_timers_unlock();
		go_time_rtimer **bigger = go_new_masked(sizeof *bigger * (size_t)want, every_word, 1);
		go_time_timers_lock();
		if (capheap < want) {
			for (int32_t i = 0; i < nheap; i++)
				bigger[i] = heap[i];
			heap = bigger;
			capheap = want;
			if (!root_added) {
				root_added = true;
				mgo_gc_add_root(&heap, sizeof heap, NULL);
			}
		}
		go_time_timers_unlock();
	}
}

static void timer_goroutine(void *arg);

// With the lock held (and room): arms t for `when`, in place of any
// arming it had. Returns true when the timer goroutine must be started.
static bool arm_locked(go_time_rtimer *t, int64_t when)
{
	if (t->idx >= 0)
		heap_remove(t);
	t->when = when;
	sift_up(nheap++, t);
	if (!proc_running) {
		proc_running = true;
		return true;
	}
	if (t->idx == 0)   // the new earliest deadline: the goroutine sleeps too long
		go_time_wake_early(&proc_slot);
	return false;
}

static bool arm(go_time_rtimer *t, int64_t d, int64_t period)
{
	lock_with_room();
	bool was = t->idx >= 0;
	t->period = period;
	bool start = arm_locked(t, go_time_deadline(d));
	go_time_timers_unlock();
	if (start)
		rt_go(timer_goroutine, NULL);
	return was;
}

static bool disarm(go_time_rtimer *t)
{
	go_time_timers_lock();
	bool was = t->idx >= 0;
	if (was) {
		heap_remove(t);
		if (nheap == 0)   // nothing left to wait for: the goroutine returns
			go_time_wake_early(&proc_slot);
	}
	go_time_timers_unlock();
	return was;
}

// }==================== firing ====================

static void send_time(go_chan *c)
{
	go_time_Time now = go_time_Now();
	go_select_case sc = {.ch = c, .dir = GO_SELECT_SEND, .elem = &now};
	go_select(&sc, 1, true);
}

static void run_func(void *arg)
{
	go_closure *f = arg;
	((void (*)(go_closure *))f->fn)(f);
}

static void timer_goroutine(void *arg)
{
	(void)arg;
	go_time_timers_lock();
	while (nheap > 0) {
		go_time_rtimer *t = heap[0];
		int64_t now = go_time_mono_now();
		if (now < t->when) {
			go_time_sleep_locked(t->when, &proc_slot);
			go_time_timers_lock();
			continue;
		}
		heap_remove(t);
		if (t->period > 0) {   // the next tick after now, skipping those missed
			t->when += t->period * (1 + (now - t->when) / t->period);
			sift_up(nheap++, t);
		}
		// This goroutine's stack now keeps t alive: fired without the lock
		// (a send takes the channel's lock and may ready its receiver).
		go_time_timers_unlock();
		if (t->f)
			rt_go(run_func, t->f);
		else
			send_time(t->c);
		go_time_timers_lock();
	}
	proc_running = false;
	go_time_timers_unlock();
}

// }==================== package time ====================

static go_time_Timer *new_timer(go_chan *c, go_closure *f, int64_t d, int64_t period)
{
	go_time_rtimer *r = go_new_masked(sizeof *r, pointer_words, sizeof *r / 8);
	r->c = c;
	r->f = f;
	r->idx = -1;
	go_time_Timer *t = go_new_masked(sizeof *t, pointer_words, 2);
	t->C = c;
	t->r = r;
	arm(r, d, period);
	return t;
}

static _Noreturn void panic_string(go_string s)
{
	go_panic((go_iface){&go_type_string, go_box(&go_type_string, &s)});
}

go_time_Timer *go_time_NewTimer(int64_t d)
{
	return new_timer(go_chan_make(&time_elem, 1), NULL, d, 0);
}

go_chan *go_time_After(int64_t d)
{
	return go_time_NewTimer(d)->C;
}

go_time_Timer *go_time_AfterFunc(int64_t d, go_closure *f)
{
	return new_timer(NULL, f, d, 0);
}

bool go_time_Timer_Stop(go_time_Timer *t)
{
	if (t->r == NULL)
		panic_string(GO_STR("time: Stop called on uninitialized Timer"));
	return disarm(t->r);
}

bool go_time_Timer_Reset(go_time_Timer *t, int64_t d)
{
	if (t->r == NULL)
		panic_string(GO_STR("time: Reset called on uninitialized Timer"));
	return arm(t->r, d, 0);
}

go_time_Timer *go_time_NewTicker(int64_t d)
{
	if (d <= 0)
		go_panic(go_iface_to_eface(go_errors_New(GO_STR("non-positive interval for NewTicker"))));
	return new_timer(go_chan_make(&time_elem, 1), NULL, d, d);
}

go_chan *go_time_Tick(int64_t d)
{
	return d <= 0 ? NULL : go_time_NewTicker(d)->C;
}

void go_time_Ticker_Stop(go_time_Timer *t)
{
	if (t->r)   // Go lets Stop of a zero Ticker pass
		disarm(t->r);
}

void go_time_Ticker_Reset(go_time_Timer *t, int64_t d)
{
	if (d <= 0)
		panic_string(GO_STR("non-positive interval for Ticker.Reset"));
	if (t->r == NULL)
		panic_string(GO_STR("time: Reset called on uninitialized Ticker"));
	arm(t->r, d, d);
}
