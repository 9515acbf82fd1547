// escape.h: escape analysis — which values may live on the stack.
//
// {==================== The design ====================
//
// Go (and so mgo) lets a program take the address of any variable and
// return it, store it in a global or hand it to another goroutine. A value
// whose address outlives the frame that declared it must be allocated on the
// heap; everything else may stay on the stack. This pass decides which is
// which, and it must decide *exactly* as Go 1.19 does, because its `-m`
// diagnostics are compared line for line with `go build -gcflags='-m -l'`
// (../shared/docs/ESCAPE.md is the brief this file implements).
//
// 1. Locations. An EscLoc is an abstract memory cell: one per variable of
//    every function in the batch, one per allocating expression (new, &T{},
//    slice/map literals, make, closures, method values, interface boxes,
//    string conversions and concatenations, `... argument` packs), plus
//    anonymous temporaries, the heap and a "blank" sink that drops flows.
//
// 2. Edges. Every assignment becomes an edge dst <- src weighted by
//    derefs = (#dereferences - #address-ofs) along the way:
//        p = &q   -1        p = q   0        p = *q   1        p = **q   2
//    `&` cannot apply to `&x`, so no edge weighs less than -1. The graph is
//    flow-, path- and field-insensitive on purpose: that is Go's model, and
//    any extra precision would change the diagnostics.
//
// 3. Holes. An expression is evaluated *into a hole*: "the value flows to
//    dst with this many extra dereferences". esc_addr/esc_deref adjust the
//    weight while walking down `&e` / `*e`; the scalar cut-off redirects a
//    hole to blank when the value carries no pointers.
//
// 4. Solving. For every root location, walk_one computes the minimum derefs
//    from each location to the root (Bellman-Ford, clamped at 0 after the
//    first hop so cycles terminate). If a location's *address* reaches a root
//    that outlives it, it escapes; escaping locations are roots again (the
//    heap reaches everything they reach). A location is re-queued only on the
//    one-way changes transient->persistent and stack->heap, so the number of
//    walks is linear in the number of locations.
//
// 5. Interprocedural. Functions are analysed bottom-up by strongly connected
//    components of the reference graph (batch.c). After a batch is solved,
//    every parameter gets a tag (EscLeaks): the least derefs with which it
//    reaches the heap and each of the first 7 results. Callers outside the
//    batch use the tags; callers inside it link arguments to parameters.
//
// 6. Files. graph.c (locations, holes, flow), solve.c (walk_all/walk_one/
//    outlives), leaks.c (tags) need no frontend header and are unit-tested
//    on hand-built graphs. build_expr/call/assign/stmt.c lower the checked
//    AST (build_libinl.c the fmt and sync bodies Go inlines), batch.c drives (pre-passes, Tarjan batches, package init,
//    decisions), convpos.c replays Go's position cursor for implicit
//    conversions, nodefmt.c prints nodes as Go does (through the checker's
//    expression printer, expr_fmt), explain.c writes the
//    diagnostics, dump.c the -m=json and DOT views. build.h is their
//    shared internal header. Two pre-passes replay what Go does before
//    escape analysis: autotmp.c numbers the compiler temporaries Go's IR
//    generator makes (`.autotmp_N`), deadcode.c marks what Go's dead-code
//    pass removes.
//
// 7. Testing. tests/escape/*.mgo are errorcheck programs whose expectations
//    come from Go (tests/escape/annotate.py). Beyond them, random programs:
//        make escape-fuzz [ESCGEN_N=500 ESCGEN_SEED=1]
//    (= python3 tools/escgen.py run -n N --seed S) generates escape-heavy
//    programs, diffs `mgoc build -m` against `go tool compile -m -l` and
//    minimises each disagreement (tools/escgen.py reduce FILE).
//
// }==================== The contract with codegen ====================
//
// esc_analyze() writes its decisions into the AST, and codegen reads only
// these three flags:
//   Sym.escapes   a local variable or parameter lives on the heap ("moved to
//                 heap: x"); codegen allocates it with the runtime allocator.
//   Sym.by_ref    a variable captured by a closure is captured by reference
//                 (the closure stores &x); otherwise it is copied by value.
//   Node.escapes  an allocation site must use the heap: ND_CALL of new/make,
//                 ND_UNARY `&` of a composite literal, ND_COMPOSITE slice/map
//                 literals, ND_FUNCLIT, ND_SELECTOR method values, ND_CONV
//                 interface boxes, string conversions (ND_CALL with CALL_CONV)
//                 and concatenations (the outermost ND_BINARY '+'), and —
//                 for the implicit `... argument` slice of a variadic call —
//                 the ND_CALL node itself.
//   A site whose flag is false may be stack allocated. With -noescape every
//   site and every addressed/captured variable is marked heap.
//
// }====================================================================
#ifndef MGO_ESCAPE_H
#define MGO_ESCAPE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "diag.h"

typedef struct Node Node;
typedef struct Sym Sym;
typedef struct Type Type;
typedef struct Program Program;

typedef struct EscOptions {
	int m_level;            // 0: silent, 1: -m, 2: -m=2
	FILE *json_out;         // non-NULL: -m=json, decisions + flow paths as JSON
	const char *graph_func; // non-NULL: -escape-graph=FUNC, that function's graph as DOT
	FILE *dot_out;
	bool noescape;          // -noescape: after analysis, every site and addressed var is heap
	bool inlined;           // the inlining pass ran (Go's default; false with -l)
	// -d=forcestack=FILE:LINE (testing -d=checkescape): after analysis,
	// every site and variable on that line is kept on the stack, a wrong
	// "does not escape" made on purpose. 0: none.
	int forcestack_line;
	int forcestack_count;   // out: how many decisions were flipped
} EscOptions;

// Analyses every function of the checked program and records the decisions
// (see "The contract with codegen" above). Diagnostics go to stderr as
// `FILE:LINE:COL: text` in Go's order, never through diag_errorf (which sorts).
void esc_analyze(Program *prog, EscOptions *opts);
// Drops what the pass keeps between calls (after an error cut one short),
// so one process can analyse many programs (fuzzers, unit tests).
void esc_reset(void);
// The lines Go prints, at <autogenerated>:1, for a wrapper it makes of a
// method that inlines (the decisions, and at -m=2 the escape explanations,
// of the method's body analysed as in the wrapper, one per line; a line
// starting with \1 names the wrapper there, one starting with \2 is about
// a closure of it and has its own position). Kept from the last
// esc_analyze at -m; "" for any other function.
const char *esc_wrapper_lines(Sym *method);
// Prints those lines for the wrapper `wrapper` of method `name` for
// receiver type rcvr, with the leaks of the wrapper's parameters (\3 and \4
// records: the method's parameters bound to them) in Go's words
// (wrapflow.c; InlOptions.wrapper_body).
void esc_wrapper_body(Type *rcvr, const char *name, Sym *method, const char *wrapper);
// -m=2: prints Go's analysis of the wrapper of method `name` for receiver
// type rcvr that calls the method (method NULL: the interface method whose
// signature is isig) instead of inlining it, from the method's tags as the
// last esc_analyze left them (wrapflow.c; InlOptions.wrapper_flows).
void esc_wrapper_flows(Type *rcvr, const char *name, Sym *method, Type *isig);
// The wrappers of the interface types inlined library bodies use (-m=2),
// after the package's own.
void esc_libbody_wrappers(int m_level);
// Whether Go's dead-code pass removed n (as the last esc_analyze found).
bool esc_node_dead(Node *n);

// Go's walk, which runs function by function after escape analysis, and
// what it meets in walk order (bounds.c): func before each function's walk
// (before = true for the literals without captures Go compiles just ahead
// of it), site at each conversion to an interface, type assertion
// (operands already walked) and type switch (before its bodies), whose
// itab may make method wrappers (inl_wrappers.c).
typedef struct EscWalkHooks {
	void (*func)(void *ctx, Sym *fn, bool before);
	void (*site)(void *ctx, Node *n);
	void *ctx;
} EscWalkHooks;
// After esc_analyze, with -m: prints Go's walk lines ("index bounds check
// elided"), calling hooks (may be NULL) in the same order.
void esc_walk_report(Program *prog, int m_level, const EscWalkHooks *hooks);

// mgoc build -m=html: one self-contained HTML page showing the decisions
// over the source (report_html.c). json is the -m=json output of the same
// analysis; allocs, when not NULL, a program's MGODEBUG=allocs=1 report.
void esc_html_report(FILE *f, const char *file, const char *src, size_t len, const char *json,
		     const char *allocs, size_t allocs_len);

// {==================== Internals (shared by escape/*.c) ====================

typedef struct EscLoc EscLoc;
typedef struct EscFunc EscFunc;
typedef struct EscBatch EscBatch;

// Only 7 results fit in a tag, as in Go; flows to later ones count as heap.
enum { ESC_NUM_RESULTS = 7 };

// A parameter's leak set: slot 0 is the heap, slots 1..7 the results.
// Each holds 1 + the least derefs of a flow, 0 meaning "no flow" (so a
// zeroed EscLeaks is empty), saturating at 255 like Go's uint8 tags.
typedef struct EscLeaks {
	uint8_t v[1 + ESC_NUM_RESULTS];
} EscLeaks;

int esc_leaks_heap(const EscLeaks *l);              // -1 when none
int esc_leaks_result(const EscLeaks *l, int i);     // i 0-based; -1 when none
void esc_leaks_add_heap(EscLeaks *l, int derefs);
void esc_leaks_add_result(EscLeaks *l, int i, int derefs);
bool esc_leaks_is_empty(const EscLeaks *l);
// Drops result flows no shorter than the heap flow: they add nothing.
void esc_leaks_optimize(EscLeaks *l);
// Records that parameter `param` reaches `sink` with `derefs` (walk_one).
void esc_leak_to(EscLoc *param, EscLoc *sink, int derefs);

// Why an edge exists, kept only for -m=2 and -m=json: "from WHERE (WHY)".
typedef struct EscNote {
	struct EscNote *next;   // the note added before this one
	Node *where;
	const char *why;
} EscNote;

typedef struct EscEdge {
	EscLoc *src;
	int derefs;             // >= -1
	EscNote *notes;
} EscEdge;

// An analysed function: a package function, a method or a function literal.
// Lives for the whole analysis (tags are read by later batches).
struct EscFunc {
	Sym *sym;
	EscFunc *outer;         // function literals: the enclosing function
	const char *name;       // Go's name in messages: f, (*T).M, f.func1, f.func1.1
	bool closure_called;    // a literal called where it is written: func(){...}()
	int state;              // ESC_FN_*: tagged functions use their tags at calls
	int nparams;            // receiver first
	EscLeaks *tags;         // nparams tags, valid once state == ESC_FN_TAGGED
	bool *param_named;      // per param: named and not `_` (unnamed params never leak)
	bool *param_ptrs;       // per param: its type has pointers
	int nresults;
	EscLoc **param_locs;    // during its batch: the parameters' locations
	EscLoc **result_locs;   // during its batch: the results' locations
	uint32_t scc_id;        // batch.c's Tarjan visit number
	int ndcl;               // Go's declarations before escape analysis (autotmp.c)
	int ndcl_own;           // ... of its own body, which is what inlining it adds
	bool ndcl_known;        //     to the caller's (ndcl_own is set)
	int ntemps;             // Go's autotmp numbering: declarations so far
	uint64_t lib_held;      // library members: parameters (bit i) the inlined body
	                        // stores in its allocation ("+i" in the measured tag)
};

enum { ESC_FN_UNKNOWN, ESC_FN_PLANNED, ESC_FN_STARTED, ESC_FN_TAGGED };

// A location. Fields below "solver scratch" are meaningful only while
// walk_one runs; `escapes` and `transient` are the results.
struct EscLoc {
	Node *node;             // allocation site, or NULL
	Sym *var;               // variable, or NULL (temporaries, heap, blank)
	EscFunc *fn;            // owner (a closure is its own function)
	struct { EscEdge *items; int len, cap; } edges;  // incoming
	int loop_depth;         // depth at declaration (variables) or creation
	int result_index;       // 1-based for result variables, else 0
	bool is_param;          // parameter or receiver (leaks are recorded for these)
	int id;                 // creation order within the batch

	// solver scratch
	int derefs;             // >= -1: least derefs from the walk root
	uint32_t walkgen;
	EscLoc *dst;            // next hop toward the root, for explanations
	int dst_edge;           // index of the edge in dst->edges
	uint32_t explaingen;    // explain.c: on the path being explained
	bool queued;

	bool escapes;           // must live on the heap
	bool transient;         // address never outlives the statement
	bool captured;          // a closure captures it
	bool godefer;           // the closure record of a go/defer wrapper: -m=2 only
	bool reassigned;        // assigned after its declaration
	bool addrtaken;         // its address is taken somewhere
	bool by_ref;            // closure capture mode (decided after the walk)
	const char *heap_reason;// size rule that forced it to the heap, for -m=2
	const char *explain;    // -m=json: the flow path that made it escape
	EscLeaks leaks;         // parameters only
};

// An evaluation context: values flow into dst with `derefs` more derefs.
typedef struct EscHole {
	EscLoc *dst;
	int derefs;             // >= -1
	EscNote *notes;
	bool addrtaken;         // the context takes the address of the value
} EscHole;

// Hooks the solver calls for -m=2 / json explanations (NULL: silent).
typedef void (*EscLeakHook)(EscBatch *b, EscLoc *root, EscLoc *param, int derefs);
typedef void (*EscEscapeHook)(EscBatch *b, EscLoc *root, EscLoc *l);
typedef void (*EscFlowEscapeHook)(EscBatch *b, EscHole k, EscLoc *src);

// One strongly connected component of functions, analysed together.
struct EscBatch {
	Arena arena;            // every EscLoc/edge/note of the batch; freed after it
	struct { EscLoc **items; int len, cap; } locs;   // creation order
	EscLoc heap, blank;
	bool keep_notes;        // -m=2 or json: record EscNote lists
	EscLeakHook on_leak;
	EscEscapeHook on_escape;
	EscFlowEscapeHook on_flow_escape;
	void *ctx;              // owner's state (the builder / explain.c)
	int nwalks;             // statistics: walk_one calls
};

// graph.c
void esc_batch_init(EscBatch *b);
void esc_batch_free(EscBatch *b);
EscLoc *esc_new_loc(EscBatch *b, EscFunc *fn, Node *node, Sym *var, bool transient,
	int loop_depth);
EscHole esc_hole(EscLoc *l);
EscHole esc_heap_hole(EscBatch *b);
EscHole esc_discard_hole(EscBatch *b);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_note(EscBatch *b, EscHole k, Node *where, const char *why);
EscHole esc_deref(EscBatch *b, EscHole k, Node *where, const char *why);
EscHole esc_addr(EscBatch *b, EscHole k, Node *where, const char *why);
void esc_flow(EscBatch *b, EscHole k, EscLoc *src);
// A temporary that flows into each hole (all with derefs >= 0).
EscHole esc_tee(EscBatch *b, EscFunc *fn, int loop_depth, EscHole *ks, int n);
// A persistent temporary flowing into k: keeps top-level defer args alive.
EscHole esc_later(EscBatch *b, EscFunc *fn, int loop_depth, EscHole k);
// A new transient location for allocation site n whose address flows to k.
EscHole esc_spill(EscBatch *b, EscFunc *fn, int loop_depth, EscHole k, Node *n);
bool esc_loc_is_heap(const EscBatch *b, const EscLoc *l);

// solve.c
void esc_walk_all(EscBatch *b);
bool esc_outlives(const EscLoc *l, const EscLoc *other);
bool esc_contains_closure(const EscFunc *f, const EscFunc *c);

// }====================================================================

#endif
