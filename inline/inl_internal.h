// inl_internal.h: what the inline/ files share (not part of the contract).
//
// inl_decide.c drives Go's two inliner steps per function (CanInline, then
// InlineCalls) in bottom-up SCC order and decides CanInline; inl_calls.c is
// InlineCalls (mid-stack, copies of function literals); inl_cost.c is the
// cost visitor (Go's "hairy" visitor, counting the nodes Go's typechecked
// IR would hold for our AST); inl_names.c names functions and prints the
// -m=2 body summary; inl_library.c is the measured table of fmt/sync calls;
// inl_wrappers.c the lines of Go's generated method wrappers; inl_walk.c
// the body walk they share.
#ifndef MGO_INL_INTERNAL_H
#define MGO_INL_INTERNAL_H

#include <stdint.h>
#include <stdio.h>

#include "frontend/ast.h"
#include "inline/inline.h"

enum {
	INL_BUDGET = 80,
	INL_CALL_COST = 57,        // a call that stays a call
	INL_CLOSURE_COST = 15,     // on top of the closure node and its body
	INL_BIG_NODES = 5000,      // a caller this big ...
	INL_BIG_MAX_COST = 20,     // ... only inlines callees this cheap
};

// Per-function state, found through the hash table in inl_decide.c.
typedef struct InlFunc {
	Sym *sym;
	const char *name;          // Go's name: F, (*T).M, T.M, main.func1
	uint32_t scc_id;           // Tarjan visit number (0: unvisited)
	bool checked;              // CanInline ran (Go's InlinabilityChecked)
	bool noinline;             // //go:noinline
	bool on_path;              // mid-stack expansion in progress (Go's inlMap)
} InlFunc;

typedef struct InlState InlState;

// A copy of a function literal made by inlining its enclosing function
// into curfn: Go names it as a new closure of curfn (main.func3).
typedef struct InlCopy {
	Sym *orig;
	const char *name;
	bool said;               // its CanInline ran (message out)
	bool ok;                 // ... and allowed it, at this cost
	int32_t cost;
	int first, n;            // the copies made with it (InlState.copies)
} InlCopy;

// The copies one inlined call of curfn's own body made.
typedef struct InlExpansion {
	Node *call;
	Sym *callee;
	int first, n;            // in InlState.copies
} InlExpansion;

struct InlState {
	const InlOptions *opt;
	struct { InlFunc **items; int len, cap; } table;   // open addressing by Sym*
	int ntable;
	struct { InlFunc **items; int len, cap; } stack;   // Tarjan
	uint32_t gen;
	Sym *curfn;              // InlineCalls: the function being edited
	int32_t max_cost;
	struct { Node **items; int len, cap; } no_inline;  // go/defer calls
	bool costs_only;         // inl_costs: no call-site marks
	struct { InlCopy *items; int len, cap; } copies;
	struct { InlExpansion *items; int len, cap; } expansions;  // of curfn
	int clos_next;           // the last closure number used in curfn
	uint32_t seq;            // calls of a function's own body marked so far
	Node *root;              // the call of curfn's own body being inlined
	uint32_t retry_seq;      // retrying in root's copy: when that copy was made
	struct { struct InlRefusal *items; int len, cap; } refused;   // inl_calls.c
	Arena arena;
};

// inl_decide.c
InlFunc *inl_func(InlState *s, Sym *fn);
const char *inl_name_of(InlState *s, Sym *fn);
// Removed by Go's dead-code pass (escape/deadcode.c's table).
bool inl_dead(Node *n);
void inl_say(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// The value a local variable always holds (Go's ir.StaticValue), or n.
Node *inl_static_value(Node *n, Sym *curfn);
// The function a value always is, running CanInline on a literal.
Sym *inl_callee_of_value(InlState *s, Node *v);
// Go's CanInline: decides fn once, printing its messages.
void inl_can_inline(InlState *s, Sym *fn);
int inl_m_level(InlState *s);
// The function a call statically reaches (Go's inlCallee), or NULL. For
// a function literal it first runs CanInline on it, as Go does.
Sym *inl_static_callee(InlState *s, Node *call, Sym *curfn);

// inl_copy.c: a call of a callee's body inlined only in its copies (the
// expansion inlines it there too).
// With when (seq), as inl_note_mark for a call the function's own walk
// marks (inl_expand_internal.h).
void inl_note_midstack(Node *call, Sym *callee, uint32_t seq);
void inl_note_mark(Node *call, uint32_t seq);
uint32_t inl_mark_seq(Node *call);   // 0: unknown

// inl_calls.c: notes (inl_wrapcalls.h) the calls of method m that a
// wrapper's copy of it inlines and m does not; run once every decision is
// final.
void inl_wrapcalls_find(InlState *s, Sym *m);

// inl_calls.c: Go's InlineCalls over fn's body (mid-stack included).
void inl_inline_calls(InlState *s, Sym *fn);

// inl_cost.c: Go's cost of fn's body. Returns false with *reason set when
// fn cannot be inlined whatever the budget; otherwise *cost holds the
// cost (which may exceed the budget). At -m < 2 Go stops counting once
// the budget is exhausted, which changes which closures it looks at: so
// does this (with *cost > INL_BUDGET).
bool inl_body_cost(InlState *s, Sym *fn, int32_t *cost, const char **reason);
// A condition's value once Go's dead-code pass folded `false && x` and
// `true || x`: 0 or 1, or -1 when not constant.
int inl_fold_cond(Node *cond);
// How many nodes Go's IR holds for fn's body (the "big function" test).
int64_t inl_node_count(Sym *fn);

// inl_library.c: Go's inliner cost for a call of the standard library, or
// -1 when Go does not inline it; *name gets Go's name (fmt.Println).
int inl_stdlib_cost(Node *call, const char **name);
// The '|'-separated names Go reports as inlined inside that call.
const char *inl_stdlib_chain(Node *call);

// inl_names.c
const char *inl_func_name(Sym *fn);
Pos inl_func_pos(Sym *fn);
// "func(int, int) *Point { return &Point{...} }", as Go's -m=2 prints it.
const char *inl_body_summary(Sym *fn);
// "can inline NAME" for a copy of literal fn (a wrapper's), with its cost
// and body at -m=2.
// is_dead: what Go's dead-code pass removed from the body (after the
// inliner's own table is gone: a wrapper's copy), or NULL.
void inl_say_lit(Pos at, const char *name, Sym *fn, int m_level, bool (*is_dead)(Node *n));

// inl_typeset.c: a set of types up to type_identical, by structural hash.
struct InlTypeMemo {
	Type *t;
	uint64_t h;
};
typedef struct InlTypeSet {
	struct InlTypeMemo *memo, *slots;   // hash memo by Type; the set itself
	size_t nmemo, nmemo_used, nslots, nused;
} InlTypeSet;
void inl_typeset_init(InlTypeSet *s);
void inl_typeset_free(InlTypeSet *s);
// Adds t; false when an identical type was there.
bool inl_typeset_add(InlTypeSet *s, Type *t);

#endif
