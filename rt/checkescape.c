// checkescape.c: the run-time half of `mgoc build -d=checkescape`.
//
// A program built in that mode calls in here wherever escape analysis
// promised that a value may live on the stack: after a store of pointers
// into the heap or a package variable, on a channel send, on the record of
// a go statement or a heap closure/box/literal, and on a return. If a
// pointer word there points into a goroutine stack, some "does not escape"
// decision was wrong: the program dies with
//   fatal error: escape analysis: pointer to stack variable x (f.mgo:3) stored into heap at f.mgo:9
// and exit status 2. Names come from go_ce_var records that the generated
// code keeps in the frame next to each stack-allocated addressable
// variable or allocation site (GO_CE_VAR in go_rt.h); they are found by
// scanning the stack around the bad address only when a check fails, so
// correct programs pay for a record and two calls per frame, not a table.
//
// Everything that depends on how goroutine stacks are laid out is in
// ce_stack_of() below; nothing else here reads the scheduler's records.
#include "rt/go_rt.h"
#include "rt/rt.h"
#include "rt/sched_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// {==================== the stack query (layout-dependent) ====================
//
// Is p inside a goroutine stack (only the running goroutine's, with
// self_only)? Then [*lo, *hi) is that stack and *self says whether it is
// the running goroutine's.
// Assumes (rt/sched.h, "Stacks"; sched_impl.h):
//   - a goroutine's stack is a chain of segments from g->seg0 through
//     Seg.next (the grown ones stay attached until the goroutine exits);
//   - rt_stack_each_g visits every G ever made, dead ones too (their
//     segments are reused: a pointer into a dead goroutine's stack is as
//     wrong as one into a live frame, so status is not looked at);
//   - rt_getg() is the running goroutine (a fake record with empty
//     segments off the scheduler, whose range then holds nothing).
// The whole segment counts, not only [sp, hi): a pointer below the running
// frame points into a frame that has returned.
typedef struct { uintptr_t p, lo, hi; } StackHit;

static bool seg_hit(G *g, uintptr_t p, uintptr_t *lo, uintptr_t *hi)
{
	for (Seg *s = &g->seg0; s; s = s->next)
		if (p >= s->lo && p < s->hi) {
			*lo = s->lo;
			*hi = s->hi;
			return true;
		}
	return false;
}

static void find_stack(G *g, void *arg)
{
	StackHit *h = arg;
	uintptr_t lo, hi;
	if (!h->hi && seg_hit(g, h->p, &lo, &hi)) {
		h->lo = lo;
		h->hi = hi;
	}
}

static bool ce_stack_of(uintptr_t p, bool self_only, uintptr_t *lo, uintptr_t *hi, bool *self)
{
	if (seg_hit(rt_getg(), p, lo, hi)) {
		*self = true;
		return true;
	}
	if (self_only)
		return false;
	StackHit h = {p, 0, 0};
	rt_stack_each_g(find_stack, &h);
	*lo = h.lo;
	*hi = h.hi;
	*self = false;
	return h.hi != 0;
}
// }

// The executable's own image (globals, string literals, static closures):
// never a stack. GNU ld defines both symbols.
extern char __executable_start[], _end[];

// A word that certainly is not a stack address: nil, small integers, heap
// and image addresses. Keeps the stack query off the common path.
static inline bool surely_not_stack(uintptr_t w)
{
	return w < 65536 || rt_arena_of(w) != NULL ||
		(w >= (uintptr_t)__executable_start && w < (uintptr_t)_end);
}

enum { CE_STORE = GO_CE_STORE, CE_SEND = GO_CE_SEND, CE_GO = GO_CE_GO, CE_RETURN = GO_CE_RETURN };

static const char *const how_text[] = {
	[CE_STORE] = "stored into heap", [CE_SEND] = "sent on a channel",
	[CE_GO] = "captured by a goroutine", [CE_RETURN] = "returned",
};

// The record describing the stack object at p, searched within `span`
// bytes either side of p (the record sits in the same frame as its
// object). Stale records (frames left by a panic) may remain: the one with
// the smallest object holding p wins.
__attribute__((no_sanitize("address")))
static const go_ce_var *find_record(uintptr_t p, uintptr_t lo, uintptr_t hi)
{
	const uintptr_t span = 1 << 20;
	uintptr_t a = p > lo + span ? p - span : lo, b = p + span < hi ? p + span : hi;
	const go_ce_var *best = NULL;
	for (a = (a + 7) & ~(uintptr_t)7; a + sizeof(go_ce_var) <= b; a += 8) {
		const go_ce_var *v = (const go_ce_var *)a;
		if (v->magic != GO_CE_MAGIC || v->self != v)
			continue;
		if (p >= v->addr && p - v->addr < (v->size ? v->size : 1) &&
		    (!best || v->size < best->size))
			best = v;
	}
	return best;
}

_Noreturn static void violation(uintptr_t p, uintptr_t lo, uintptr_t hi, int how, const char *pos)
{
	const go_ce_var *v = find_record(p, lo, hi);
	fflush(stdout);
	if (v)
		fprintf(stderr, "fatal error: escape analysis: pointer to stack %s %s (%s) %s at %s\n",
			v->what, v->name, v->pos, how_text[how], pos);
	else
		fprintf(stderr, "fatal error: escape analysis: pointer to stack address %#lx %s at %s\n",
			(unsigned long)p, how_text[how], pos);
	_exit(2);
}

static void check_word(uintptr_t w, int how, const char *pos)
{
	uintptr_t lo, hi;
	bool self;
	if (!surely_not_stack(w) && ce_stack_of(w, false, &lo, &hi, &self))
		violation(w, lo, hi, how, pos);
}

// The pointer words of a value of type t at p (t's gcmask).
__attribute__((no_sanitize("address")))
static void check_value(const void *p, const go_type *t, int how, const char *pos)
{
	if (!t || (t->flags & GO_TF_NOSCAN) || !t->gcmask)
		return;
	const uintptr_t *w = p;
	for (size_t i = 0; i < t->size / 8; i++)
		if (rt_mask_bit(t->gcmask, i))
			check_word(w[i], how, pos);
}

static bool on_stack(const void *p)
{
	uintptr_t lo, hi;
	bool self;
	return !surely_not_stack((uintptr_t)p) && ce_stack_of((uintptr_t)p, false, &lo, &hi, &self);
}

void go_ce_store(const void *dst, const go_type *t, const char *pos)
{
	if (!on_stack(dst))
		check_value(dst, t, CE_STORE, pos);
}

void go_ce_send(const void *val, const go_type *t, const char *pos)
{
	check_value(val, t, CE_SEND, pos);
}

// A return: no pointer word may point into the returning frame or below
// it. frame is the returning function's __builtin_frame_address(0); the
// saved frame pointer and return address sit just above it, the caller's
// frame above those.
// t NULL (a tuple of results): every word of the size bytes at val.
__attribute__((no_sanitize("address")))
void go_ce_ret(const void *val, const go_type *t, size_t size, const void *frame, const char *pos)
{
	if (t && ((t->flags & GO_TF_NOSCAN) || !t->gcmask))
		return;
	const uintptr_t *w = val;
	uintptr_t top = (uintptr_t)frame + 16;
	for (size_t i = 0; i < size / 8; i++) {
		uintptr_t lo, hi;
		bool self;
		if ((t && !rt_mask_bit(t->gcmask, i)) || surely_not_stack(w[i]) ||
		    !ce_stack_of(w[i], true, &lo, &hi, &self))
			continue;
		if (w[i] < top)
			violation(w[i], lo, hi, CE_RETURN, pos);
	}
}

// A heap object just made and filled (a literal, a closure or method-value
// record, an interface box, a `...` pack, a go statement's record): its
// pointer words, as the collector sees them. A record that is itself on a
// stack is only wrong for a go statement.
__attribute__((no_sanitize("address")))
void *go_ce_obj(void *obj, int how, const char *pos)
{
	uintptr_t p = (uintptr_t)obj;
	if (surely_not_stack(p) && rt_arena_of(p) && rt_span_of(obj)) {
		MSpan *s = rt_span_of(obj);
		uintptr_t base = (uintptr_t)rt_object_base(obj);
		const uintptr_t *w = (const uintptr_t *)base;
		if (s->spanclass >> 1) {
			if (s->spanclass & 1)
				return obj;   // noscan
			for (size_t i = 0; i < s->elemsize / 8; i++)
				if ((*rt_heapbits_word(base + i * 8) >> ((base / 8 + i) & 63)) & 1)
					check_word(w[i], how, pos);
		} else if (!(s->spanclass & 1)) {
			for (size_t i = 0; i < (s->largeSize + 7) / 8; i++)
				if (!s->largeMask || rt_mask_bit(s->largeMask, i % s->largeMaskWords))
					check_word(w[i], how, pos);
		}
		return obj;
	}
	uintptr_t lo, hi;
	bool self;
	if (how == CE_GO && !surely_not_stack(p) && ce_stack_of(p, false, &lo, &hi, &self))
		violation(p, lo, hi, how, pos);
	return obj;
}

// The records are only read by find_record; these calls make the C
// compiler keep them in memory from the declaration to the function's exit.
__attribute__((noipa)) void go_ce_register(go_ce_var *v)
{
	(void)v;
}

__attribute__((noipa)) void go_ce_unregister(go_ce_var *v)
{
	v->magic = 0;
}
