// go_timer.c: package time's timers: After, NewTimer, AfterFunc, Timer's
// Stop and Reset, NewTicker, Tick, Ticker's Stop and Reset.
//
// Each arming of a timer starts a goroutine that sleeps in go_time.c's heap
// of sleepers until the deadline, then sends the time on the timer's
// channel without blocking (a buffered channel of one, as Go's: a value
// nobody takes is dropped, a slow ticker reader misses ticks) or, for
// AfterFunc, runs the function itself, which is the goroutine Go would
// start for it. Keeping the timer's state reachable from that goroutine's
// stack is what keeps its channel alive for the collector, whatever the
// program still holds; the timer thread of go_time.c only readies
// goroutines and never touches the heap.
//
// Stop and Reset bump the record's arming number and take the sleeping
// goroutine out of the heap at once (go_time_wake_early): it wakes, sees
// that it is no longer the current arming and returns. So a stopped timer
// is not pending any more, and a program left with nothing else to wake
// it is reported as deadlocked at once (Go keeps a stopped timer in its
// heap until it tidies it, and may wait that long). All timer state is
// guarded by the sleepers' lock.
#include "go_lib.h"
#include "go_time.h"
#include "rt/sched.h"

// The runtime half of a Timer or Ticker (time.runtimeTimer in
// frontend/library_decls.c; only this file reads it).
typedef struct go_time_rtimer {
	go_chan *c;       // NULL for AfterFunc
	go_closure *f;    // AfterFunc's function
	int64_t when;     // CLOCK_MONOTONIC deadline of the current arming
	int64_t period;   // tickers; 0 for timers
	uint64_t seq;     // the current arming
	int32_t slot;     // where its goroutine sleeps in the heap, or -1
	bool active;      // armed and not yet fired or stopped
} go_time_rtimer;

// Timer and Ticker: {C <-chan Time; r *runtimeTimer}.
typedef struct go_time_Timer {
	go_chan *C;
	go_time_rtimer *r;
} go_time_Timer;

typedef struct Arming {
	go_time_rtimer *t;
	uint64_t seq;
} Arming;

static const uint8_t two_pointers[] = {0x3};
static const uint8_t first_pointer[] = {0x1};
static const uint8_t time_mask[] = {0x4};   // Time{wall, ext, loc}: loc

// The channels' element type, for the sizes and the collector.
static const go_type time_elem = {
	.size = sizeof(go_time_Time), .kind = GO_KIND_STRUCT, .str = "time.Time", .gcmask = time_mask,
};

extern go_time_Time go_time_Now(void);

static void send_time(go_chan *c)
{
	go_time_Time now = go_time_Now();
	go_select_case sc = {.ch = c, .dir = GO_SELECT_SEND, .elem = &now};
	go_select(&sc, 1, true);
}

static int64_t deadline(int64_t now, int64_t d)
{
	if (d < 0)
		d = 0;
	int64_t when;
	return __builtin_add_overflow(now, d, &when) ? INT64_MAX : when;
}

static void timer_goroutine(void *arg)
{
	go_time_rtimer *t = ((Arming *)arg)->t;
	uint64_t seq = ((Arming *)arg)->seq;
	go_time_timers_lock();
	while (t->seq == seq) {
		int64_t now = go_time_mono_now();
		if (now < t->when) {
			go_time_sleep_locked(t->when, &t->slot);
			go_time_timers_lock();
			continue;
		}
		if (t->f) {
			t->active = false;
			go_closure *f = t->f;
			go_time_timers_unlock();
			((void (*)(go_closure *))f->fn)(f);
			return;
		}
		if (t->period == 0) {
			t->active = false;
			go_time_timers_unlock();
			send_time(t->c);
			return;
		}
		// A ticker: the next tick after now, skipping those missed.
		int64_t late = now - t->when;
		t->when += t->period * (1 + late / t->period);
		go_time_timers_unlock();
		send_time(t->c);
		go_time_timers_lock();
	}
	go_time_timers_unlock();
}

// Arms t to fire d from now (period: every period after that), replacing
// any arming it had; returns whether it was armed.
static bool arm(go_time_rtimer *t, int64_t d, int64_t period)
{
	Arming *a = go_new_masked(sizeof *a, first_pointer, 2);
	go_time_timers_lock();
	bool was = t->active;
	t->seq++;
	go_time_wake_early(&t->slot);
	t->active = true;
	t->when = deadline(go_time_mono_now(), d);
	t->period = period;
	*a = (Arming){t, t->seq};
	go_time_timers_unlock();
	rt_go(timer_goroutine, a);
	return was;
}

static bool disarm(go_time_rtimer *t)
{
	go_time_timers_lock();
	bool was = t->active;
	t->active = false;
	t->seq++;
	go_time_wake_early(&t->slot);
	go_time_timers_unlock();
	return was;
}

static go_time_Timer *new_timer(go_chan *c, go_closure *f, int64_t d, int64_t period)
{
	go_time_rtimer *r = go_new_masked(sizeof *r, two_pointers, sizeof *r / 8);
	r->c = c;
	r->f = f;
	r->slot = -1;
	go_time_Timer *t = go_new_masked(sizeof *t, two_pointers, 2);
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
