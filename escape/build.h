// build.h: what the AST -> graph lowering (build_*.c), the batch driver
// (batch.c) and the diagnostics (explain.c) share. Not part of the API.
//
// The lowering mirrors Go's own: every expression is evaluated into a hole
// (escape.h), statements combine holes, calls consult parameter tags. It
// runs over mgo's checked AST, so the shapes that Go's typechecker rewrites
// before escape analysis (method calls as T.M(recv, ...), variadic packs,
// implicit & and * on receivers and embedded fields, devirtualised interface
// calls) are recognised here from the checker's annotations instead.
#ifndef MGO_ESCAPE_BUILD_H
#define MGO_ESCAPE_BUILD_H

#include "ast.h"
#include "frontend.h"
#include "escape/escape.h"

// A closure (or a go/defer wrapper) whose captures are decided once every
// body of the batch has been walked (a later assignment may still make a
// capture by-reference).
typedef struct EscClosure {
	EscHole k;              // the hole of its closure record
	Node *lit;              // ND_FUNCLIT, or NULL for a go/defer wrapper
	EscLoc **vars;          // wrapper: the temporaries it captures
	int nvars;
	Node *call;             // wrapper: the call it makes (where -m=2 notes captures)
} EscClosure;

// Per-variable facts Go's IR knows before escape analysis runs.
typedef struct EscVarInfo {
	Node *defn;             // the statement that declares and assigns it, or NULL
	Node *init;             // its initial value when defined by a plain `=`/`:=`
	bool static_reassigned; // assigned elsewhere or &-taken (ir.reassigned)
} EscVarInfo;

// The temporaries Go makes for a multi-value call site (autotmp.c): `f(g())`,
// `return g()`, `a, b = g()` with a conversion.
typedef struct EscMulti {
	int base, n;            // .autotmp_base ... .autotmp_{base+n-1}
	Sym **vars;             // the temporaries, one per result of g
	Node **uses;            // per result: its ND_IDENT, or the implicit ND_CONV to
	                        // an interface Go wraps it in
} EscMulti;

// State of the whole analysis (one per esc_analyze call).
typedef struct EscState {
	Program *prog;
	const EscOptions *opts;
	Arena arena;            // EscFunc records and side tables: whole analysis
	Arena batch_arena;      // the batches' arena, emptied after each
	EscBatch *b;            // the batch being built
	EscFunc *curfn;
	int loop_depth;
	Node *inl_site;         // the ND_INLCALL whose body is being built
	struct { EscClosure *items; int len, cap; } closures;
	struct { Sym **items; int len, cap; } looping_labels;
	// The variables of inlined library bodies Go moves to the heap
	// (fmt.Sscan's str), made with the function's variables (lib_param_locs).
	VEC(Node *) lib_calls;
	VEC(EscLoc *) lib_locs;
	EscVarInfo *vinfo;      // indexed by Sym.id (may be NULL for unknown ids)
	int nvinfo;
	Pos *conv_pos;          // position of implicit ND_CONV nodes, by Node.id
	int nconv_pos;
	bool *is_pack_call;     // ND_CALL nodes whose extra args form `... argument`
	bool *call_fixed;       // ND_CALL nodes analysed so far (Go rewrote them then)
	bool *wrap_plain;       // ND_INLCALL nodes a wrapper's closure calls again (or NULL)
	Sym **wrap_tmp;         // -m=2, by Node.id: the go/defer argument copy that
	                        // Go's rewritten call prints in the argument's place
	int nnodes;
	struct { EscFunc **items; int len, cap; } funcs;  // every EscFunc made
	EscFunc *libfn[BI__COUNT];  // fmt functions and sync methods, by Builtin
	Sym **devirt_fn;        // by Node.id: devirtualised interface calls
	Type **devirt_type;
	signed char *devirt_adj;  // by Node.id: derefs from x.(T) to the receiver passed
	struct { Node **items; int len, cap; } sites;     // every allocation site seen
	struct { Sym **items; int len, cap; } addressed;  // vars whose address is taken
	Sym *init_fn;           // the synthetic package init function, if any
	struct { Sym **items; int len, cap; } roots;      // top-level functions, source order
	void *capture;          // explain.c: a Buf collecting explanation lines (json)
	bool json_first;        // dump.c: no JSON object written yet
	int *callee_tmp;        // autotmp.c, by Node.id of a call: 1 + its callee temp's number
	EscLoc **callee_loc;    // by Node.id of a call: its callee temp's location (init_locs)
	EscMulti **multi;       // autotmp.c, by Node.id of a call/return/assign/var spec
	int nmulti;             // size of both tables
	bool *dead;             // deadcode.c, by Node.id: removed by Go's dead-code pass
	int ndead;
	bool wrapper_mode;      // batch.c: analysing a method body as inlined into its
	                        // wrappers (no devirtualisation; lines recorded, not printed)
} EscState;

// autotmp.c
void esc_number_temps(EscState *s);
EscMulti *esc_multi(EscState *s, Node *site);
int esc_callee_tmp(EscState *s, Node *call);   // -1: the callee is not rewritten
// Go evaluates a callee or receiver that is an inlined call into a
// temporary of the whole function first (esc_callee_tmp): the hole x goes
// to, which then flows to k. Any other x goes to k itself.
EscHole esc_callee_tmp_hole(EscState *s, Node *call, EscHole k, Node *x);
// The same, with k's own notes for the temporary's use (no "call parameter").
EscHole esc_callee_tmp_into(EscState *s, Node *call, EscHole k, Node *x);
// The same whatever x is (a go/defer wrapper's interface receiver).
EscHole esc_callee_tmp_any(EscState *s, Node *call, EscHole k, Node *x);
// The receiver x.E1...En a method promoted through embedded fields gets,
// for notes (x itself without embedded steps).
Node *esc_recv_path_node(EscState *s, Node *sel);

// deadcode.c
void esc_deadcode(EscState *s);
// (inline: every walker asks it of every node)
static inline bool esc_is_dead(EscState *s, Node *n)
{
	return n && n->id > 0 && n->id < s->ndead && s->dead[n->id];
}
void esc_keep_dead(EscState *s);   // NULL: forget

// build_libinl.c: fmt printers and scanners and sync methods inlined (Go's
// parameter variables fmt.a, sync.m, ... and the body's call), for -m=2's
// paths
bool esc_fmt_inlined(EscState *s, Node *call);
void esc_fmt_inlined_call(EscState *s, Node *call);
bool esc_sync_inlined(EscState *s, Node *call);
void esc_sync_inlined_call(EscState *s, Node *call);
// Notes' nodes for inlined library bodies (build_libinl.c): one printed as
// `text` (nodefmt.c prints ND_BAD's text), and a variable's name.
Node *esc_text_node(Pos pos, const char *text);
Node *esc_ident_node(Sym *v, Pos pos);
// The `:=` statement binding an inlined body's parameters (NULL without notes).
Node *esc_binding_node(EscBatch *b, Pos pos);
// build_libbody.c: a library call Go inlines whose body's shape is known
// (measured from Go): its parameters bound to variables, the body's flows.
bool esc_libbody_inlined(EscState *s, Node *call);
// The location of such a body's allocation that escapes for its size
// (build_call.c): "non-constant size" as Go measured it.
EscHole esc_sized_site(EscState *s, Node *site);
void esc_libbody_call(EscState *s, EscHole *ks, int nks, Node *call);

// build_call.c: the variables of the library bodies inlined into fn
void esc_lib_param_locs(EscState *s, EscFunc *fn);
// build_libcall.c: the library side of a call (build_call.c's call_common).
EscFunc *esc_library_func(EscState *s, Node *call);
void esc_lib_inlined_sites(EscState *s, Node *call, EscHole *ks, int nks, EscLoc **held,
	int nheld);
bool esc_lib_has_moved(Node *n);
void esc_lib_inlined_params(EscState *s, Node *call);

// explain.c: the wrapper-mode batch of method m starts (drops its old record)
void esc_wrapper_begin(Sym *m);

// batch.c
typedef bool (*EscVisitFn)(Node *n, void *ctx);  // false: do not descend
// Pre-order walk of a statement or expression, in source order, skipping
// what Go's dead-code pass removed.
void esc_visit(Node *n, EscVisitFn f, void *ctx);
// The same, dead code included (what Go saw before its dead-code pass).
void esc_visit_with_dead(Node *n, EscVisitFn f, void *ctx);
void esc_visit_list(NodeList *l, EscVisitFn f, void *ctx);
// prepass.c: run in this order by esc_analyze.
void esc_prepass_begin(EscState *s);
void esc_var_facts(EscState *s, Program *prog);
void esc_devirt_all(EscState *s, Program *prog);
void esc_prepass_reset(void);
// The literal of a call inl_expand replaced (`func() {...}()` inlined), or NULL.
Node *esc_inlined_literal(Node *n);
EscVarInfo *esc_var_info(EscState *s, Sym *v);
Node *esc_static_value(EscState *s, Node *n, Sym *fn);

// build_expr.c
void esc_expr(EscState *s, EscHole k, Node *n);
void esc_discard(EscState *s, Node *n);
EscHole esc_spill_node(EscState *s, EscHole k, Node *n);
EscLoc *esc_var_loc(EscState *s, Sym *v);
bool esc_type_has_ptrs(Type *t);
bool esc_is_string_conv(Node *call);
// initvars.c: package-level initialisers (what Go's package init runs).
bool esc_init_is_dynamic(EscState *s, Node *spec);
void esc_walk_init(EscState *s);
EscFunc *esc_func_of(EscState *s, Sym *fn);
// Walks a selector's receiver chain (embedded fields, implicit & and *) into k.
void esc_selector_base(EscState *s, EscHole k, Node *sel);

// build_call.c
// Evaluates a call; ks[0..nks) are the holes of its results (NULL, 0 when
// the results are unused: statement calls and go/defer).
void esc_call(EscState *s, EscHole *ks, int nks, Node *call);
void esc_go_defer(EscState *s, Node *stmt);
bool esc_wrapper_plain(EscState *s, Node *inl);   // an inlined call a wrapper's closure makes
bool esc_wrapper_plain_seen(EscState *s, Node *inl);   // ... found so (for printing)
// f(g()) with a multi-valued g: evaluates g into its temporaries and lists
// them in *out (true); otherwise *out is the call's own arguments.
bool esc_multi_args(EscState *s, Node *call, NodeList *out);
// The hole for argument `param` (receiver = 0) of a call to fn (NULL:
// dynamic call, so the heap); ks are the call's result holes.
EscHole esc_tag_hole(EscState *s, EscHole *ks, int nks, EscFunc *fn, int param);
// Registers fn's parameter facts (named, has pointers) from its symbol.
void esc_func_params(EscState *s, EscFunc *fn);
// The statically known callee of call, as Go's ir.StaticValue finds it.
Sym *esc_static_callee(EscState *s, Node *call, bool *called_literal);

// The devirtualised target of an interface call (batch.c's pre-pass), or NULL.
Sym *esc_devirt_target(EscState *s, Node *call, Type **concrete);
// Derefs (-1: an address) from the dynamic value x.(T) to the receiver the
// devirtualised method gets (embedded steps, implicit * or &).
int esc_devirt_derefs(EscState *s, Node *call);

// build_capture.c
void esc_flow_closure(EscState *s, EscClosure *c);

// build_assign.c
EscHole esc_addr_hole(EscState *s, Node *lhs);
void esc_assign_heap(EscState *s, Node *src, const char *why, Node *where);
void esc_assign_list(EscState *s, Node **dsts, int ndst, Node **srcs, int nsrc,
	const char *why, Node *where);
void esc_reassigned(EscState *s, EscHole *ks, int n, Node *where);
bool esc_is_self_assign(Node *dst, Node *src);

// build_stmt.c
void esc_stmt(EscState *s, Node *n);
void esc_block(EscState *s, Node *block);
void esc_inl_body(EscState *s, Node *inl);   // an ND_INLCALL's statements
void esc_stmts(EscState *s, NodeList *l);
EscHole esc_dcl(EscState *s, Sym *v);

// nodefmt.c
const char *esc_node_string(EscState *s, Node *n);
// Print calls as Go's IR has them before its walk (variadic arguments
// unpacked, sync methods as method expressions): the inliner's -m=2 text.
extern bool esc_fmt_unpacked;
extern bool esc_fmt_flowtime;   // printing while the flows are built
void esc_nodefmt_done(void);      // esc_analyze's state is gone
const char *esc_site_string(EscState *s, Node *n);  // "... argument", "&T{...}", ...
const char *esc_stmt_string(EscState *s, Node *n);
const char *esc_type_string(Type *t);               // type_string, keeping `any`

// explain.c
const char *esc_func_name(EscFunc *fn);
// wrapflow.c: keeps a method's tags for its wrappers (-m=2); forgets them.
void esc_wrapflow_record(EscFunc *fn);
void esc_wrapflow_reset(void);
void esc_report_self_assign(EscState *s, Node *stmt);
// A measured line about the function being analysed (library_facts.c).
void esc_report_text(EscState *s, Pos p, const char *text);
void esc_report_batch(EscState *s, EscFunc **fns, int nfns);
// Forgets the lines kept for Go's method wrappers (esc_wrapper_lines).
void esc_wrap_reset(void);
void esc_install_hooks(EscState *s);
Pos esc_site_pos(EscState *s, Node *n);
void esc_report_capture(EscState *s, Sym *v, EscLoc *l, bool byval);
void esc_report_devirt(EscState *s, Node *call, Type *t, bool partial);
void esc_dot_graph(EscState *s, EscFunc **fns, int nfns);
void esc_json_begin(EscState *s);
void esc_json_end(EscState *s);
void esc_json_message(EscState *s, const char *kind, Pos p, const char *msg,
	const char *explain);

#endif
