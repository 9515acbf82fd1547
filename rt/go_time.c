// go_time.c: package time (declared in frontend/library_decls.c): Now,
// Since, Time's Add, Sub and comparisons, Duration and its String, and
// Sleep, which parks only the calling goroutine.
//
// Sleeping goroutines wait in a min-heap of deadlines served by one timer
// thread, started on the first Sleep: it waits on a condition variable
// until the earliest deadline, then rt_ready()s the goroutines due (from
// outside the scheduler, which queues them globally and wakes an idle M).
// The scheduler's only hook is rt_timers_pending(): with a goroutine still
// to wake, all Ms idle is not a deadlock. The timers of go_timer.c sleep
// here too, in entries they can take out early (Stop, Reset).
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "go_lib.h"
#include "go_time.h"
#include "rt/sched.h"

static int64_t clock_ns(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t go_time_sec(go_time_Time t)
{
	if (t.wall & GO_TIME_HAS_MONO)
		return GO_TIME_WALL_TO_INTERNAL + (int64_t)(t.wall << 1 >> 31);
	return t.ext;
}

int32_t go_time_nsec(go_time_Time t)
{
	return (int32_t)(t.wall & GO_TIME_NSEC_MASK);
}

// Drops the monotonic reading, keeping the wall time (seconds in ext).
static go_time_Time strip_mono(go_time_Time t)
{
	if (t.wall & GO_TIME_HAS_MONO) {
		t.ext = go_time_sec(t);
		t.wall &= GO_TIME_NSEC_MASK;
	}
	return t;
}

static go_time_Time add_sec(go_time_Time t, int64_t d)
{
	if (t.wall & GO_TIME_HAS_MONO) {
		int64_t sec = (int64_t)(t.wall << 1 >> 31);
		int64_t s2 = sec + d;
		if (s2 >= 0 && s2 < ((int64_t)1 << 33)) {
			t.wall = (t.wall & GO_TIME_NSEC_MASK) | ((uint64_t)s2 << 30) | GO_TIME_HAS_MONO;
			return t;
		}
		t = strip_mono(t);
	}
	int64_t e;
	if (__builtin_add_overflow(t.ext, d, &e))
		e = d > 0 ? INT64_MAX : INT64_MIN;
	t.ext = e;
	return t;
}

go_time_Time go_time_Now(void)
{
	int64_t unix_ns = clock_ns(CLOCK_REALTIME);
	int64_t sec = unix_ns / 1000000000, nsec = unix_ns % 1000000000;
	uint64_t wsec = (uint64_t)(sec + GO_TIME_UNIX_TO_INTERNAL - GO_TIME_WALL_TO_INTERNAL);
	return (go_time_Time){GO_TIME_HAS_MONO | wsec << 30 | (uint64_t)nsec,
		clock_ns(CLOCK_MONOTONIC), go_time_Local};
}

go_time_Time go_time_Time_Add(go_time_Time t, int64_t d)
{
	int64_t dsec = d / 1000000000;
	int64_t nsec = go_time_nsec(t) + d % 1000000000;
	if (nsec >= 1000000000)
		dsec++, nsec -= 1000000000;
	else if (nsec < 0)
		dsec--, nsec += 1000000000;
	t.wall = (t.wall & ~GO_TIME_NSEC_MASK) | (uint64_t)nsec;
	t = add_sec(t, dsec);
	if (t.wall & GO_TIME_HAS_MONO) {
		int64_t te;
		if (__builtin_add_overflow(t.ext, d, &te))
			t = strip_mono(t);
		else
			t.ext = te;
	}
	return t;
}

static int cmp_time(go_time_Time t, go_time_Time u)
{
	if (t.wall & u.wall & GO_TIME_HAS_MONO)
		return (t.ext > u.ext) - (t.ext < u.ext);
	int64_t ts = go_time_sec(t), us = go_time_sec(u);
	if (ts != us)
		return (ts > us) - (ts < us);
	return (go_time_nsec(t) > go_time_nsec(u)) - (go_time_nsec(t) < go_time_nsec(u));
}

int64_t go_time_Time_Sub(go_time_Time t, go_time_Time u)
{
	if (t.wall & u.wall & GO_TIME_HAS_MONO) {
		int64_t d;
		if (__builtin_sub_overflow(t.ext, u.ext, &d))
			return t.ext > u.ext ? INT64_MAX : INT64_MIN;
		return d;
	}
	// Saturates when the difference does not fit, as Go checks by adding back.
	__int128 d = (__int128)(go_time_sec(t) - (__int128)go_time_sec(u)) * 1000000000 +
		(go_time_nsec(t) - go_time_nsec(u));
	if (d > INT64_MAX)
		return INT64_MAX;
	if (d < INT64_MIN)
		return INT64_MIN;
	return (int64_t)d;
}

bool go_time_Time_After(go_time_Time t, go_time_Time u) { return cmp_time(t, u) > 0; }
bool go_time_Time_Before(go_time_Time t, go_time_Time u) { return cmp_time(t, u) < 0; }
bool go_time_Time_Equal(go_time_Time t, go_time_Time u) { return cmp_time(t, u) == 0; }
bool go_time_Time_IsZero(go_time_Time t) { return go_time_sec(t) == 0 && go_time_nsec(t) == 0; }

int64_t go_time_Since(go_time_Time t)
{
	return go_time_Time_Sub(go_time_Now(), t);
}

int64_t go_time_Until(go_time_Time t)
{
	return go_time_Time_Sub(t, go_time_Now());
}

int64_t go_time_Time_Unix(go_time_Time t)
{
	return go_time_sec(t) + GO_TIME_INTERNAL_TO_UNIX;
}

int64_t go_time_Time_UnixNano(go_time_Time t)
{
	return go_time_Time_Unix(t) * 1000000000 + go_time_nsec(t);
}

int64_t go_time_Time_UnixMilli(go_time_Time t)
{
	return go_time_Time_Unix(t) * 1000 + go_time_nsec(t) / 1000000;
}

int64_t go_time_Duration_Nanoseconds(int64_t d) { return d; }
int64_t go_time_Duration_Microseconds(int64_t d) { return d / 1000; }
int64_t go_time_Duration_Milliseconds(int64_t d) { return d / 1000000; }

// Whole and fractional parts computed apart, as Go does, for precision.
static double split_units(int64_t d, int64_t unit)
{
	int64_t whole = d / unit, frac = d % unit;
	return (double)whole + (double)frac / (double)unit;
}

double go_time_Duration_Seconds(int64_t d) { return split_units(d, 1000000000); }
double go_time_Duration_Minutes(int64_t d) { return split_units(d, 60 * (int64_t)1000000000); }
double go_time_Duration_Hours(int64_t d) { return split_units(d, 3600 * (int64_t)1000000000); }

// Writes the fraction v / 10^prec backwards at the end of buf[0..w):
// ".ddd" without trailing zeros (nothing when all are zero); returns the
// new start and leaves v / 10^prec in *v.
static int put_frac(char *buf, int w, uint64_t *v, int prec)
{
	bool print = false;
	for (int i = 0; i < prec; i++) {
		int digit = (int)(*v % 10);
		print = print || digit != 0;
		if (print)
			buf[--w] = (char)('0' + digit);
		*v /= 10;
	}
	if (print)
		buf[--w] = '.';
	return w;
}

static int put_int(char *buf, int w, uint64_t v)
{
	if (v == 0)
		buf[--w] = '0';
	while (v > 0) {
		buf[--w] = (char)('0' + v % 10);
		v /= 10;
	}
	return w;
}

// Go's Duration.String: "72h3m0.5s", "1.5s", "2.5ms", "1µs", "0s".
go_string go_time_Duration_String(int64_t d)
{
	char buf[32];
	int w = sizeof buf;
	uint64_t u = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;
	if (u < 1000000000) {
		int prec = 0;
		buf[--w] = 's';
		if (u == 0) {
			return go_cstring("0s");
		} else if (u < 1000) {
			buf[--w] = 'n';
		} else if (u < 1000000) {
			prec = 3;
			w -= 2;
			memcpy(buf + w, "\xc2\xb5", 2);   // µ
		} else {
			prec = 6;
			buf[--w] = 'm';
		}
		w = put_frac(buf, w, &u, prec);
		w = put_int(buf, w, u);
	} else {
		buf[--w] = 's';
		w = put_frac(buf, w, &u, 9);
		w = put_int(buf, w, u % 60);
		u /= 60;
		if (u > 0) {
			buf[--w] = 'm';
			w = put_int(buf, w, u % 60);
			u /= 60;
			if (u > 0) {
				buf[--w] = 'h';
				w = put_int(buf, w, u);
			}
		}
	}
	if (d < 0)
		buf[--w] = '-';
	return go_string_from_bytes(buf + w, (int64_t)sizeof buf - w);
}

// {==================== Sleep ====================

// A sleeping goroutine. Timers (go_timer.c) give a slot in their record
// that follows the entry's heap index, so Stop and Reset can take their
// goroutine out early; Sleep's entries have none.
typedef struct Sleeper {
	int64_t when;   // CLOCK_MONOTONIC deadline
	G *g;
	int32_t *slot;  // the entry's index while it is in the heap, else -1
} Sleeper;

static pthread_mutex_t tmu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t tcond;
static Sleeper *heap;      // min-heap by when
static int nheap, capheap;
static _Atomic int pending;   // sleepers not yet readied
static bool started;

static void place(int i, Sleeper s)
{
	heap[i] = s;
	if (s.slot)
		*s.slot = i;
}

static void sift_up(int i, Sleeper s)
{
	while (i > 0 && heap[(i - 1) / 2].when > s.when) {
		place(i, heap[(i - 1) / 2]);
		i = (i - 1) / 2;
	}
	place(i, s);
}

static void sift_down(int i, Sleeper s)
{
	for (;;) {
		int c = 2 * i + 1;
		if (c >= nheap)
			break;
		if (c + 1 < nheap && heap[c + 1].when < heap[c].when)
			c++;
		if (heap[c].when >= s.when)
			break;
		place(i, heap[c]);
		i = c;
	}
	place(i, s);
}

static void heap_push(Sleeper s)
{
	if (nheap == capheap) {
		capheap = capheap ? 2 * capheap : 64;
		heap = realloc(heap, sizeof *heap * (size_t)capheap);
		if (!heap)
			abort();
	}
	sift_up(nheap++, s);
}

// Takes out the entry at index i (the root when the timer thread pops).
static Sleeper heap_remove(int i)
{
	Sleeper out = heap[i], last = heap[--nheap];
	if (out.slot)
		*out.slot = -1;
	if (i < nheap) {
		if (i > 0 && heap[(i - 1) / 2].when > last.when)
			sift_up(i, last);
		else
			sift_down(i, last);
	}
	return out;
}

// A sleeper leaves the heap readied: the last one to go lets an idle M
// redo the deadlock check it skipped while a sleeper was pending.
static void wake(Sleeper s)
{
	rt_ready(s.g);
	if (--pending == 0)
		rt_sched_wake_idle();
}

static void *timer_thread(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&tmu);
	for (;;) {
		while (nheap == 0)
			pthread_cond_wait(&tcond, &tmu);
		int64_t now = clock_ns(CLOCK_MONOTONIC);
		while (nheap > 0 && heap[0].when <= now)
			wake(heap_remove(0));
		if (nheap > 0) {
			struct timespec ts = {heap[0].when / 1000000000, heap[0].when % 1000000000};
			pthread_cond_timedwait(&tcond, &tmu, &ts);
		}
	}
	return NULL;
}

static void unlock_timers(void *arg)
{
	pthread_mutex_unlock(arg);
}

// The scheduler's deadlock check (rt/sched.c) asks whether a sleeping
// goroutine is still to be woken.
bool rt_timers_pending(void)
{
	return pending > 0;
}

void go_time_timers_lock(void)
{
	pthread_mutex_lock(&tmu);
}

void go_time_timers_unlock(void)
{
	pthread_mutex_unlock(&tmu);
}

int64_t go_time_mono_now(void)
{
	return clock_ns(CLOCK_MONOTONIC);
}

// The monotonic instant d from now (now for d <= 0), saturating.
int64_t go_time_deadline(int64_t d)
{
	int64_t now = clock_ns(CLOCK_MONOTONIC), when;
	if (d <= 0)
		return now;
	return __builtin_add_overflow(now, d, &when) ? INT64_MAX : when;
}

// With the timers' lock held: parks the calling goroutine until `when`
// (releasing the lock once it is parked), or until go_time_wake_early.
void go_time_sleep_locked(int64_t when, int32_t *slot)
{
	if (!started) {
		started = true;
		pthread_condattr_t ca;
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&tcond, &ca);
		pthread_t th;
		pthread_attr_t at;
		pthread_attr_init(&at);
		pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
		if (pthread_create(&th, &at, timer_thread, NULL) != 0) {
			fprintf(stderr, "fatal error: cannot start the timer thread\n");
			exit(2);
		}
	}
	pending++;
	heap_push((Sleeper){when, rt_getg(), slot});
	pthread_cond_signal(&tcond);
	// The timer thread takes tmu before it can ready us: parked first.
	rt_park(unlock_timers, &tmu, "sleep");
}

// With the timers' lock held: readies the goroutine sleeping in *slot now,
// if it still sleeps.
void go_time_wake_early(int32_t *slot)
{
	if (*slot >= 0)
		wake(heap_remove(*slot));
}

void go_time_Sleep(int64_t d)
{
	if (d <= 0)
		return;
	pthread_mutex_lock(&tmu);
	go_time_sleep_locked(go_time_deadline(d), NULL);
}
