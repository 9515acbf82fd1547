// test_rt_threads.c: the allocator across threads — frees by another thread,
// caches handed back at thread exit, and a random stress of several threads
// passing objects around (also run under ThreadSanitizer by `make tsan`).
#ifdef RT_TSAN_SHIM
#include "test_rt_shim.h"
#else
#include <criterion/criterion.h>
#endif
#include <pthread.h>
#include <signal.h>
#include <string.h>

#include "rt/rt.h"

TestSuite(rt_threads);

typedef struct {
	void **objs;
	size_t n;
	size_t size;
} Batch;

static void *alloc_batch(void *arg)
{
	Batch *b = arg;
	for (size_t i = 0; i < b->n; i++) {
		b->objs[i] = mgo_malloc(b->size);
		memset(b->objs[i], (int)(i & 0xff), b->size);
	}
	return NULL;
}

static void *free_batch(void *arg)
{
	Batch *b = arg;
	for (size_t i = 0; i < b->n; i++) {
		unsigned char *p = b->objs[i];
		cr_assert_eq(p[0], (unsigned char)(i & 0xff));
		mgo_free(p);
	}
	return NULL;
}

static void run(void *(*fn)(void *), void *arg)
{
	pthread_t t;
	cr_assert_eq(pthread_create(&t, NULL, fn, arg), 0);
	pthread_join(t, NULL);
}

Test(rt_threads, free_from_another_thread_is_reused)
{
	enum { N = 50000 };
	void **objs = mgo_malloc(N * sizeof(void *));
	Batch b = {objs, N, 40};
	RtStats st1, st2;
	// Main owns the spans; another thread frees everything remotely.
	alloc_batch(&b);
	run(free_batch, &b);
	rt_stats_read(&st1);
	// Main's next allocations collect those remote frees instead of growing.
	for (int round = 0; round < 5; round++) {
		alloc_batch(&b);
		run(free_batch, &b);
	}
	rt_stats_read(&st2);
	cr_expect_leq(st2.spansInUse, st1.spansInUse + 2, "%lu -> %lu",
	    (unsigned long)st1.spansInUse, (unsigned long)st2.spansInUse);
	mgo_free(objs);
}

// The freeing thread's bin for the class: objects it holds and its capacity.
static unsigned bin_count(size_t size)
{
	unsigned k = rt_malloc_class8[(size + 7) >> 3] - RT_NUM_SPAN_CLASSES;
	return RT_BIN_N(rt_tls_mcache->binState[k]);
}

static unsigned bin_capacity(size_t size)
{
	unsigned k = rt_malloc_class8[(size + 7) >> 3] - RT_NUM_SPAN_CLASSES;
	return RT_BIN_CAP(rt_tls_mcache->binState[k]);
}

// free_batch, then a look at the bin the frees went through; then the same
// thread allocates and frees objects of its own.
static void *free_batch_then_own(void *arg)
{
	Batch *b = arg;
	mgo_free(mgo_malloc(b->size)); // a thread gets its cache (and bins) here
	free_batch(b);
	// Every object belonged to the other thread's spans: the bin keeps only
	// a few of them from their owner.
	cr_expect_leq(bin_count(b->size), RT_BIN_REMOTE_CAP, "bin holds %u", bin_count(b->size));
	cr_expect_eq(bin_capacity(b->size), RT_BIN_REMOTE_CAP);
	void *own[256];
	for (int i = 0; i < 256; i++)
		own[i] = mgo_malloc(b->size);
	for (int i = 0; i < 256; i++)
		mgo_free(own[i]);
	// Its own frees make the bin a full-sized cache again.
	unsigned k = rt_malloc_class8[(b->size + 7) >> 3] - RT_NUM_SPAN_CLASSES;
	cr_expect_eq(bin_capacity(b->size), rt_bin_cap(k));
	cr_expect_gt(bin_count(b->size), RT_BIN_REMOTE_CAP);
	return NULL;
}

Test(rt_threads, consumer_bin_holds_few_remote_objects)
{
	enum { N = 5000 };
	void **objs = mgo_malloc(N * sizeof(void *));
	Batch b = {objs, N, 40};
	alloc_batch(&b);
	run(free_batch_then_own, &b);
	mgo_free(objs);
}

// A producer and a consumer in lockstep (the bench's prodcons, made
// deterministic): main allocates 8..512-byte objects into a ring, another
// thread frees the oldest ones, so every free is remote. Main's refills
// must find the spans those frees went to: without the look past the four
// oldest partial spans (mcache.c, most_freed_partial) the peak of the pages
// in use was 1.306x the peak of the live slot bytes here, with it 1.241x;
// handing back the queue of empty spans such frees build up (trim_backlog)
// brought it to 1.191x.
enum { PC_RING = 4096, PC_STEP = 256 };
typedef struct {
	void *ring[PC_RING];
	size_t head; // next slot the consumer frees
	pthread_barrier_t turn;
	int rounds;
} ProdCons;

static void *pc_consumer(void *arg)
{
	ProdCons *pc = arg;
	for (int r = 0; r < pc->rounds; r++) {
		pthread_barrier_wait(&pc->turn); // main has produced
		for (int i = 0; i < PC_STEP; i++) {
			mgo_free(pc->ring[pc->head % PC_RING]);
			pc->ring[pc->head++ % PC_RING] = NULL;
		}
		pthread_barrier_wait(&pc->turn);
	}
	return NULL;
}

Test(rt_threads, producer_reuses_what_the_consumer_freed)
{
	static ProdCons pc;
	pc.rounds = 400;
	pthread_barrier_init(&pc.turn, NULL, 2);
	pthread_t t;
	cr_assert_eq(pthread_create(&t, NULL, pc_consumer, &pc), 0);
	uint64_t rng = 12345;
	size_t tail = 0, live = 0, peakLive = 0;
	static uint32_t sz[PC_RING];
	RtStats before, st;
	rt_stats_read(&before);
	uintptr_t peakPages = 0;
	// Fill the ring but for one step, then produce a step per round.
	for (int r = -(PC_RING / PC_STEP - 1); r < pc.rounds; r++) {
		for (int i = 0; i < PC_STEP; i++) {
			rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
			size_t n = 8 + rng % 505, slot = tail++ % PC_RING;
			if (sz[slot]) // freed by the consumer
				live -= rt_class_to_size[rt_size_class(sz[slot])];
			sz[slot] = (uint32_t)n;
			pc.ring[slot] = mgo_malloc(n);
			memset(pc.ring[slot], 1, n);
			live += rt_class_to_size[rt_size_class(n)];
		}
		if (live > peakLive)
			peakLive = live;
		rt_stats_read(&st);
		if (st.pagesInUse - before.pagesInUse > peakPages)
			peakPages = st.pagesInUse - before.pagesInUse;
		if (r >= 0) {
			pthread_barrier_wait(&pc.turn);
			pthread_barrier_wait(&pc.turn);
		}
	}
	pthread_join(t, NULL);
	double ratio = (double)peakPages * RT_PAGE_SIZE / (double)peakLive;
	cr_expect_leq(ratio, 1.215, "peak pages in use / peak live slot bytes = %.3f", ratio);
	for (size_t i = 0; i < PC_RING; i++)
		mgo_free(pc.ring[i]);
	pthread_barrier_destroy(&pc.turn);
}

static void *alloc_keep_some_then_exit(void *arg)
{
	Batch *b = arg;
	alloc_batch(b);
	for (size_t i = 0; i < b->n; i += 2) // free half locally
		mgo_free(b->objs[i]);
	void *big = mgo_malloc(100000); // and leave a large span in its cache
	mgo_free(big);
	return NULL;
}

Test(rt_threads, thread_exit_returns_its_cache)
{
	enum { N = 20000 };
	void **objs = mgo_malloc(N * sizeof(void *));
	Batch b = {objs, N, 24};
	RtStats before, after, end;
	rt_stats_read(&before);
	run(alloc_keep_some_then_exit, &b);
	rt_stats_read(&after);
	cr_expect_eq(after.ncaches, before.ncaches, "the thread's cache is gone");
	cr_expect_eq(after.nflushed, before.nflushed + 1);
	cr_expect_geq(after.nsmall[4], before.nsmall[4] + N); // 24 B -> 32 B class
	cr_expect_eq(after.nlarge, before.nlarge + 1);
	// Its spans now sit in the MCentral: the survivors are intact and the
	// half-free spans serve the next allocations of that class.
	for (size_t i = 1; i < N; i += 2)
		cr_assert_eq(((unsigned char *)objs[i])[23], (unsigned char)(i & 0xff));
	int found = 0;
	MCentral *ctl = &rt_heap.central[RT_MANUAL_CLASS(4)];
	rt_lock(&ctl->lock);
	for (MSpan *s = ctl->partial; s; s = s->next) {
		cr_assert_null(atomic_load(&s->owner));
		found++;
	}
	rt_unlock(&ctl->lock);
	cr_expect_gt(found, 0);
	for (size_t i = 1; i < N; i += 2)
		mgo_free(objs[i]);
	mgo_free(objs);
	rt_stats_read(&end);
	cr_expect_leq(end.pagesInUse, before.pagesInUse + 200);
}

// A thread that frees a structure in order ends with a free run whose
// frees its span does not know yet; thread exit must hand them over, or
// the span would never be seen empty and its pages would stay in use.
static void *build_and_tear_down(void *arg)
{
	enum { N = 40 * 512 }; // 40 spans of 16-byte objects, the last one full
	void **p = malloc(N * sizeof *p);
	for (int i = 0; i < N; i++)
		p[i] = mgo_malloc(16);
	for (int i = 0; i < N; i++)
		mgo_free(p[i]);
	cr_assert_neq(rt_tls_mcache->run.bytes, 0, "no free run");
	unsigned pending = 0;
	for (int w = 0; w < RT_MAX_BITMAP_WORDS; w++)
		pending += (unsigned)__builtin_popcountll(rt_tls_mcache->run.freed[w]);
	if (arg != NULL) // the first round starts from fresh spans
		cr_assert_gt(pending, 100, "the run holds %u frees", pending);
	free(p);
	return NULL;
}

Test(rt_threads, thread_exit_flushes_its_free_run)
{
	RtStats before, after;
	rt_stats_read(&before);
	for (int round = 0; round < 20; round++)
		run(build_and_tear_down, round == 0 ? &before : NULL);
	rt_stats_read(&after);
	// Every round must give all 40 spans back (losing the run's frees at
	// exit kept 3 spans in use here).
	cr_expect_leq(after.pagesInUse, before.pagesInUse + 1);
	cr_expect_leq(after.spansInUse, before.spansInUse + 1);
}

// ---- random stress ---------------------------------------------------------

enum { NTHREADS = 4, NSLOTS = 4096 };
static _Atomic(uintptr_t) slots[NSLOTS]; // objects any thread may free

static uint64_t xorshift(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

// An object records its size and a fill byte derived from its address, so
// whoever frees it can check nobody else wrote into it.
static void stamp(unsigned char *p, size_t n)
{
	unsigned char v = (unsigned char)((uintptr_t)p >> 4);
	memcpy(p, &n, sizeof n);
	memset(p + sizeof n, v, n - sizeof n);
}

static void check_and_free(unsigned char *p)
{
	size_t n;
	memcpy(&n, p, sizeof n);
	unsigned char v = (unsigned char)((uintptr_t)p >> 4);
	cr_assert_geq(mgo_usable_size(p), n);
	for (size_t i = sizeof n; i < n; i += 61)
		cr_assert_eq(p[i], v, "object %p corrupted", (void *)p);
	if (n > sizeof n)
		cr_assert_eq(p[n - 1], v);
	mgo_free(p);
}

static void *stress(void *arg)
{
	uint64_t seed = (uintptr_t)arg * 0x9E3779B97F4A7C15ull + 1;
	for (int op = 0; op < 150000; op++) {
		uint64_t r = xorshift(&seed);
		size_t n = sizeof(size_t) + (r % 64 == 0 ? (r >> 8) % 80000 : (r >> 8) % 700);
		unsigned char *p = (r >> 40) % 8 == 0 ? mgo_calloc(1, n) : mgo_malloc(n);
		cr_assert_not_null(p);
		stamp(p, n);
		uintptr_t old = atomic_exchange(&slots[(r >> 20) % NSLOTS], (uintptr_t)p);
		if (old)
			check_and_free((unsigned char *)old);
	}
	return NULL;
}

Test(rt_threads, random_stress_with_cross_thread_frees)
{
	pthread_t t[NTHREADS];
	for (int round = 0; round < 2; round++) {
		for (uintptr_t i = 0; i < NTHREADS; i++)
			cr_assert_eq(pthread_create(&t[i], NULL, stress, (void *)(i + 1 + round * 10)), 0);
		for (int i = 0; i < NTHREADS; i++)
			pthread_join(t[i], NULL);
	}
	for (int i = 0; i < NSLOTS; i++) {
		uintptr_t p = atomic_exchange(&slots[i], 0);
		if (p)
			check_and_free((unsigned char *)p);
	}
	RtStats st;
	rt_stats_read(&st);
	cr_expect_leq(st.ncaches, 1); // at most main's: the workers flushed theirs
}

// Producer/consumer: all frees are remote, every span is notified over and
// over; memory must stay bounded while the producer keeps collecting.
enum { RING = 1024 };
static _Atomic(uintptr_t) ring[RING];

static void *consumer(void *arg)
{
	size_t total = *(size_t *)arg;
	for (size_t i = 0; i < total; i++) {
		uintptr_t p;
		while ((p = atomic_exchange(&ring[i % RING], 0)) == 0)
			sched_yield();
		check_and_free((unsigned char *)p);
	}
	return NULL;
}

Test(rt_threads, producer_consumer_stays_bounded)
{
	size_t total = 300000;
	pthread_t t;
	RtStats st;
	cr_assert_eq(pthread_create(&t, NULL, consumer, &total), 0);
	for (size_t i = 0; i < total; i++) {
		size_t n = sizeof(size_t) + i % 200;
		unsigned char *p = mgo_malloc(n);
		stamp(p, n);
		while (atomic_load(&ring[i % RING]) != 0)
			sched_yield();
		atomic_store(&ring[i % RING], (uintptr_t)p);
	}
	pthread_join(t, NULL);
	rt_stats_read(&st);
	// 300k objects of ~100 B went through; at most a ring's worth were live.
	cr_expect_lt(st.pagesInUse, 2000, "pages in use: %lu", (unsigned long)st.pagesInUse);
}

#if RT_DEBUG
static void *free_one(void *p)
{
	mgo_free(p);
	return NULL;
}

Test(rt_threads, cross_thread_double_free_aborts, .signal = SIGABRT)
{
	void *keep = mgo_malloc(16); // main keeps owning the span
	void *p = mgo_malloc(16);
	run(free_one, p);
	run(free_one, p);
	mgo_free(keep);
}
#endif

// Another thread's frees of objects in this thread's free run span are not
// its run's: they go to its bin.
typedef struct {
	void **objs;
	int n;
	unsigned binned; // out
} RunSpanFrees;

static void *free_into_own_bin(void *arg)
{
	RunSpanFrees *f = arg;
	mgo_free(mgo_malloc(64)); // a thread gets its cache here
	for (int i = 0; i < f->n; i++)
		mgo_free(f->objs[i]);
	f->binned = bin_count(16);
	return NULL;
}

Test(rt_threads, frees_of_another_threads_run_span_go_to_the_bin)
{
	enum { N = 300, KEEP = 10 };
	void *p[N];
	for (int i = 0; i < N; i++)
		p[i] = mgo_malloc(16);
	for (int i = 0; i < N - KEEP; i++) // a stream: the run starts on their span
		mgo_free(p[i]);
	MCache *c = rt_tls_mcache;
	cr_assert_neq(c->run.bytes, 0);
	RunSpanFrees f = {&p[N - KEEP], KEEP, 0};
	for (int i = 0; i < KEEP; i++)
		cr_assert_lt((uintptr_t)p[N - KEEP + i] - c->run.base, c->run.bytes, "object %d is not in the run's span", i);
	run(free_into_own_bin, &f);
	cr_expect_eq(f.binned, KEEP);
	for (int i = 0; i < KEEP; i++) // still allocated as far as the run knows
		cr_expect(!rt_run_holds(c, (uintptr_t)p[N - KEEP + i]));
}
