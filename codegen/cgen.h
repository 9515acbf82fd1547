// cgen.h: the C code generator — the checked, escape-annotated Program in,
// one C translation unit out, then the system C compiler on it.
//
// The generated C includes rt/go_rt.h (the language runtime: strings, slices,
// maps, interfaces, fmt, panics) and links with build/libmgo.a (that runtime
// plus the span allocator). Every mgo identifier is mangled (mangle.c), so
// user names never collide with C or the runtime; `#line` directives point
// at the .mgo source, so C diagnostics and gdb show mgo lines.
//
// Files: emit.c (the indenting printer and section buffers), mangle.c (C
// names), gen_type.c (C types, type descriptors, itabs), gen_typestr.c
// (Go's type strings), gen_decl.c
// (functions, globals, main), gen_stmt.c, gen_inlcall.c (inlined calls),
// gen_assign.c (assignments),
// gen_expr.c, gen_conv.c (interface and type conversions), gen_call.c (calls,
// builtins, fmt, conversions), gen_order.c (Go's order of evaluation),
// gen_multiassign.c (a, b = x, y and return lists in that order),
// compile.c (running cc).
#ifndef MGO_CGEN_H
#define MGO_CGEN_H

#include <stdbool.h>
#include <stdio.h>

#include "frontend/frontend.h"

// Writes the C translation unit for prog to out. Returns false after
// reporting (through diag_errorf, before any C is written) a construct the
// generator does not support; a program the checker accepted otherwise
// always yields C that compiles.
bool cg_generate(Program *prog, FILE *out);
// mgoc build -g: C names gdb shows under the mgo names (locals keep their
// Go name where C allows it; functions get the symbol main.F / main.T.M).
extern bool cg_debug_names;

typedef struct CgOptions {
	// -d=checkescape: the program checks at run time that no pointer to a
	// goroutine stack is stored into the heap or a package variable, sent,
	// captured by a go statement or returned from its frame (checkescape.c).
	bool checkescape;
} CgOptions;
bool cg_generate_opts(Program *prog, FILE *out, const CgOptions *opts);

// Compiles c_path into the executable out_path:
//   cc -O2 -fwrapv -o OUT c_path -I<rt> <libmgo.a> -lm -lpthread
// rt_lib_dir names the directory holding libmgo.a; when NULL it is found from
// the running mgoc: /proc/self/exe is resolved (mgoc at the repo root is a
// symlink to build/mgoc), the library is <dir of mgoc>/libmgo.a and the
// headers are in <dir of mgoc>/../rt. $MGO_ROOT overrides the repo root.
// debug adds -g -O0. Returns 0 on success (cc's exit status otherwise).
int cg_compile(const char *c_path, const char *out_path, const char *rt_lib_dir, bool debug);

// The C compiler's command line, for the build cache (cache.c), which keys
// on it and swaps the output path.
#define CG_CC_MAXARGS 64
// Bytes above which a value is large: no compound-literal temporaries of
// it (cg_zero), and thunks passing it check the stack (gen_decl.c).
#define CG_LARGE_VALUE 256
typedef struct CgCc {
	const char *argv[CG_CC_MAXARGS];
	int argc;
	int out_arg, c_arg;            // argv indexes of the output and the C file
	char libdir[4096], incdir[4096];
	char lib[4128], btlib[4128], hdr[4128], inc[4100];
	char *extra;                   // $MGO_CFLAGS, split in place
} CgCc;
bool cg_cc_prepare(CgCc *c, const char *c_path, const char *out_path, const char *rt_lib_dir,
		   bool debug);
int cg_cc_run(CgCc *c, bool verbose);   // verbose: print the command (mgoc -x)
void cg_cc_free(CgCc *c);

// mgoc build/run: compiles c_path into out_path through the build cache
// ($MGOCACHE, else $XDG_CACHE_HOME/mgo or ~/.cache/mgo; MGOCACHE=off
// disables it). Returns 0 on success.
// source_key: from cg_cache_source_hit, stored as a second name of the
// binary (NULL or "": none).
int cg_build(const char *c_path, const char *out_path, bool debug, bool verbose,
	     const char *source_key);
// Before the front end: when this source was built with these flags by this
// mgoc and toolchain, copies the binary to out_path and returns true. key
// receives the source's key for cg_build ("" when there is no cache).
bool cg_cache_source_hit(const char *src_path, const char *src, size_t len, const char *flags,
			 const char *out_path, bool debug, bool verbose, char key[65]);

// Go's object-file limit on a package variable's size (2e9 bytes): reports
// each larger one as Go does, after the analyses.
void cg_check_symbol_sizes(Program *prog);


// {==================== internal: shared by codegen/*.c ====================
#ifdef CG_INTERNAL
#include "frontend/check.h"
#include "frontend/library.h"

// A growable text buffer: every output section and every function body is
// built in one, so declarations can be emitted after their first use.
typedef struct Sect {
	char *p;
	size_t len, cap;
} Sect;

// A type the C output must declare: its canonical representative and names.
typedef struct CType {
	Type *t;               // canonical (by type_identical of the underlying type)
	const char *name;      // C name (go_st_N, go_arr_N, go_tup_N)
	bool defined;          // its definition is in the types section
	bool visiting;         // DFS guard while ordering definitions
} CType;

// A type that needs a run-time descriptor (go_type).
typedef struct TDesc {
	Type *t;               // canonical by type_identical (names distinguish)
	const char *name;      // go_td_N
	bool emitted;
	bool global;           // a library type's: named as rt/ spells it, not static
} TDesc;

// The evaluations Go performs before the rest of a statement (gen_order.c).
typedef struct CgPre {
	VEC(const char *) items;   // "tmp = expr", in Go's order
	Node *top;                 // the statement's own expression: evaluated in place
	Sect *out;                 // written as lines into this section (NULL: a comma prefix)
	struct CgPre *outer;
	bool open;                 // false: nothing is hoisted in this scope
} CgPre;

typedef struct CGen {
	Program *prog;
	Arena arena;           // strings built while generating; freed at the end
	Sect types, protos, descs, globals, funcs;
	Sect *out;             // where cg_line writes
	int indent;
	VEC(CType) ctypes;
	VEC(TDesc) tdescs;
	VEC(const char *) itabs;   // "T|I" keys of itabs emitted
	SymList fnvals;        // functions used as values (need a closure wrapper)
	NodeList funclits;     // function literals still to generate
	// Per function:
	Sym *fn;               // function being generated (NULL: global init)
	Node *fnlit;           // its ND_FUNCLIT, when it is a closure
	Sect *decls;           // the function's local declarations
	int ntmp;
	// Temporaries holding pointers that die with their statement
	// (cg_tmp_scratch); cg_stmt clears them when it ends.
	VEC(const char *) scratch;
	Sect *scratch_decls;   // the declarations they belong to (a function body's)
	// Bytes of the current function's frame the stack estimate
	// (stackcheck.c) does not see: codegen's temporaries, argument packs,
	// select cases (cg_frame_bytes adds them).
	int64_t frame_extra;
	bool has_defer;
	bool uses_recover;   // the function being emitted calls recover() (rcv_ok_)
	Type *result_type;     // the C-level result (single type or tuple), NULL: void
	int last_line;         // for #line
	const char *last_file; // the file of the last #line (a C string literal)
	int pos_lines;         // C lines written since that #line
	// #line's file: the .mgo's absolute path, quoted; inside inlined bodies
	// it also names the inlined calls (traceback.c, cg_trace_file).
	const char *src_file, *cur_file;
	struct { const char *name; int line; } inl_stack[64];
	int inl_depth;
	Sect functab;          // go_funcname entries: C name -> Go name
	VEC(const char *) dbg_names;   // -g: the current function's plain local names
	int nlabels;
	// Per program, never static: one process may generate many programs.
	VEC(const char *) made_iw, made_me;   // method wrappers already emitted
	VEC(const char *) made_zero;          // zero objects of large types (cg_zero)
	VEC(Sym *) made_lits;                 // function literals already emitted
	VEC(const char *) lit_names;          // C names given to function literals
	bool made_fmt_fv[BI__COUNT];          // fmt functions used as values
	int nmv, ndefer, nthunk;              // counters for unique C names
	bool ce;                              // -d=checkescape
	// Evaluating a go statement's callee and arguments: Go builds what
	// does not escape there (a `...` slice literal) in the new goroutine,
	// mgo in the record it hands over, so nothing may be on this frame.
	bool go_args;
	CgPre *pre;            // the statement's hoisted evaluations (NULL: none)
	// Operands already evaluated into temporaries (a multi-assignment's,
	// gen_multiassign.c): cg_expr and cg_lvalue give the temporary.
	struct CgBind *binds;
} CGen;

typedef struct CgBind {
	Node *n;
	const char *text;
	struct CgBind *next;
} CgBind;

// emit.c
void sect_put(Sect *s, const char *text, size_t n);
void sect_printf(Sect *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cg_line(CGen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cg_pos(CGen *g, Pos pos);    // emits #line when the source line changed
void cg_pos_node(CGen *g, Node *n);   // the same at n's source line
const char *cg_fmt(CGen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *cg_tmp(CGen *g, Type *t);        // a fresh function-scope temporary
const char *cg_tmp_c(CGen *g, const char *ctype);
// A frame temporary of C type ctype taking `bytes` (a record whose size
// the C type's name does not tell).
const char *cg_tmp_c_bytes(CGen *g, const char *ctype, int64_t bytes);
const char *cg_tmp_scratch(CGen *g, Type *t);   // a value copy dead after its statement
void cg_scratch_clear(CGen *g, int mark);    // clears those made since mark
void cg_frame_bytes(CGen *g, int64_t n);
int64_t cg_struct_bytes(CGen *g, const char *ct);   // gen_type.c
void cg_frame_literals(CGen *g, const char *text, size_t len);
const char *cg_cstring(CGen *g, Str s);     // a C string literal for these bytes
void cg_unsupported(Pos pos, const char *what);

// traceback.c
void cg_trace_init(CGen *g);
void cg_trace_func(CGen *g, Sym *fn, const char *cname);
const char *cg_trace_asm_label(CGen *g, Sym *fn);
void cg_trace_inl_push(CGen *g, Node *inlcall);
void cg_trace_inl_pop(CGen *g);
void cg_trace_emit(CGen *g, FILE *out);
// main()'s call registering the //line directives' table ("" without).
const char *cg_trace_init_call(CGen *g);

// sha256.c
typedef struct CgSha256 {
	uint32_t s[8];
	uint64_t len;
	uint8_t buf[64];
	size_t nbuf;
} CgSha256;
void cg_sha256_init(CgSha256 *h);
void cg_sha256_add(CgSha256 *h, const void *data, size_t n);
void cg_sha256_hex(CgSha256 *h, char out[65]);

// mangle.c
const char *cg_var_name(CGen *g, Sym *s);     // the C identifier of a variable
const char *cg_func_name(CGen *g, Sym *fn);   // C name of a function or method
const char *cg_field_name(CGen *g, const char *name, int index);
const char *cg_ident(CGen *g, const char *name);   // safe C spelling of a Go name

// gen_type.c
const char *cg_ctype(CGen *g, Type *t);       // C type of a Go type
bool cg_pointer_cycle(Type *t);
const char *cg_deref(CGen *g, Type *t, const char *x);
const char *cg_zero(CGen *g, Type *t);        // C zero value expression
const char *cg_tdesc(CGen *g, Type *t);       // "&go_td_N" (also predeclared ones)
// "NAME_mask, WORDS" for go_new_masked of a { void *fn; fields... } record
const char *cg_record_mask(CGen *g, const char *name, Type **fields, const bool *by_ref, int n);
const char *cg_itab(CGen *g, Type *concrete, Type *iface);  // "&go_itab_N"
bool cg_noscan(Type *t);
Type *cg_default_type(Type *t);               // untyped -> its default type
bool cg_is_empty_iface(Type *t);
int cg_iface_method_index(Type *iface, const char *name);
void cg_emit_types(CGen *g, FILE *out);
void cg_emit_descs(CGen *g);
// gen_typestr.c: Go's spelling of a type (reflect's), of a signature as "func(...)"
const char *cg_type_string(CGen *g, Type *t);
const char *cg_sig_string(CGen *g, Type *sig);
const char *cg_tuple_field(int i);
Type *cg_result_type(CGen *g, Type *sig);     // NULL, the single result, or a TY_TUPLE
const char *cg_func_ptr_type(CGen *g, Type *sig, const char *first_param);
const char *cg_suffix(Type *t);                // "i64", "u8", ...: runtime helper suffix

// gen_decl.c
void cg_gen_func(CGen *g, Sym *fn, Node *lit);
const char *cg_fnval(CGen *g, Sym *fn);       // closure object for a package function
const char *cg_method_wrapper(CGen *g, Type *recv, const char *name, bool iface_call);
const char *cg_var_ref(CGen *g, Sym *s);      // lvalue for a variable
const char *cg_return_results(CGen *g, Pos pos);   // "return" of the result variables
const char *cg_funclit(CGen *g, Node *lit);   // closure value of a function literal
const char *cg_method_expr(CGen *g, Node *sel);
void cg_declare(CGen *g, Sym *s, bool zero);   // a local's declaration point

// gen_stmt.c
void cg_block(CGen *g, Node *block);
void cg_stmts(CGen *g, NodeList *stmts);
void cg_stmt(CGen *g, Node *n);
void cg_stmt_reset(void);   // at the start of each program
void cg_assign_to(CGen *g, Node *lhs, const char *val, Type *vt);
bool cg_body_defers(Node *body, bool in_loop);
// gen_inlcall.c: an inlined call's value, a statement expression running
// its body; the body alone, for an inlined call used as a statement.
const char *cg_inlcall(CGen *g, Node *n);
void cg_inl_body(CGen *g, Node *n);
// gen_assign.c
bool cg_is_blank(Node *n);
const char **cg_lhs_lvalues(CGen *g, NodeList *lhs);   // phase 1 of a tuple assignment
void cg_gen_assign(CGen *g, Node *n);
void cg_gen_incdec(CGen *g, Node *n);
void cg_gen_varspec(CGen *g, Node *spec);
// inline.c: would Go's inliner take fn? (then its C definition is `inline`)
bool cg_inline_hint(Sym *fn);
// gen_decl.c: a func-typed parameter whose code pointer is loaded at entry (fnp_NAME)
bool cg_cached_fn_param(CGen *g, Sym *p);
void cg_inline_reset(void);
// stackcheck.c: can fn (a function or a literal's symbol) recurse without
// bound below itself? (then its body starts with GO_STACK_CHECK)
bool cg_needs_stack_check(Sym *fn);
// Is a frame of that many bytes too large for the reserve below the stack
// guard? (Then its check must come before it: gen_decl.c.)
bool cg_stack_frame_is_big(int64_t frame);
// gen_thunk.c: a thunk's definition, split around a stack check when it
// copies a large value of its own (copies: its bytes).
typedef struct CgThunk {
	const char *name, *rts;               // C name and result type ("void")
	int64_t rbytes;                       // the result's bytes
	const char *first_type, *first_name;  // the first parameter: "go_closure *", "c_"
	Type *sig;                            // then a0, a1, ... of sig's parameters
	const char *body;                     // the statements between the braces
	int64_t copies;                       // bytes copied from elsewhere than the arguments
} CgThunk;
void cg_emit_thunk(CGen *g, const CgThunk *t);
// The check of fn at the top of its declarations (g->decls), or with need
// (its frame's bytes) > 0, in a wrapper that calls body.
void cg_gen_stack_check(CGen *g, Sym *fn, const char *cname, const char *header,
	const char *body, bool closure, int64_t need);
// The estimated frame of fn (tools/stack_sweep.py checks it against gcc's).
int64_t cg_stack_frame(Sym *fn);
// What a function of that signature may take below its caller's frame
// before its own stack check (its check wrapper's frame): 0 when small.
int64_t cg_stack_entry_bytes(int64_t params, int64_t results);
void cg_stackcheck_reset(void);
// The goroutine of `go call` fits a small first stack segment (rt/sched.h).
bool cg_go_small(Node *call);

// checkescape.c: -d=checkescape instrumentation (no-ops unless g->ce)
const char *cg_ce_pos(CGen *g, Pos pos);
void cg_ce_var(CGen *g, Sym *s);                          // name a stack variable
void cg_ce_site(CGen *g, const char *cvar, Node *site);   // name a stack allocation
const char *cg_ce_obj(CGen *g, const char *ptr, const char *ctype, bool go_stmt, Pos pos);
void cg_ce_store(CGen *g, const char *addr, Type *t, Pos pos);
void cg_ce_send(CGen *g, const char *addr, Type *t, Pos pos);
const char *cg_ce_return(CGen *g, const char *e, Pos pos);

// gen_nilfield.c: p->desig nil-checked with Go's faulting address
const char *cg_nilfield(CGen *g, const char *p, const char *desig);
bool cg_is_nilfield(const char *e);
const char *cg_nilfield_extend(CGen *g, const char *e, const char *suffix);
const char *cg_nilfield_addr(CGen *g, const char *e);

// gen_expr.c
const char *cg_expr(CGen *g, Node *n);        // rvalue of n's own type
const char *cg_expr_as(CGen *g, Node *n, Type *t);   // converted to t (constants, nil)
const char *cg_lvalue(CGen *g, Node *n);
const char *cg_addr(CGen *g, Node *n);        // &n (allocating when n escapes)
const char *cg_const(CGen *g, ConstVal *v, Type *t);
bool cg_is_pure(Node *n);

// gen_lit.c: composite literals, each one flat C comma sequence
const char *cg_composite(CGen *g, Node *n);                  // T{...}, elided &T{...}
const char *cg_new_composite(CGen *g, Node *site, Node *lit); // &T{...} (site: the &)
bool cg_is_large_aggregate(Type *t);                      // array or struct over CG_LARGE_VALUE
bool cg_is_large_zero_literal(Node *rhs, Type *t);         // T{} of a large array or struct type
bool cg_define_literal(CGen *g, Sym *s, Node *rhs);         // x := T{...} filled in place (large T)
bool cg_literal_fills_var(Sym *s, Node *rhs);              // ... would cg_define_literal take it
bool cg_heap(CGen *g, Node *site);            // allocate this site with go_new?
const char *cg_alloc(CGen *g, Node *site, Type *t);   // T* for an allocation site
const char *cg_to_iface(CGen *g, const char *val, Type *from, Type *to, Node *site);
// gen_conv.c: is_const puts a constant's box in read-only data
const char *cg_make_iface(CGen *g, const char *val, Type *from, Type *to, Node *site,
	bool is_const);
const char *cg_deref_to_iface(CGen *g, Node *conv);   // T(*p) for an interface T
const char *cg_index_addr(CGen *g, Node *n);
const char *cg_equal(CGen *g, const char *a, const char *b, Type *t);
const char *cg_compare(CGen *g, int op, const char *a, Type *at, Node *y);  // a op y
const char *cg_binop(CGen *g, int op, const char *a, const char *b, Type *t, Type *bt);
const char *cg_map_index(CGen *g, Node *n, const char *ok);   // m[k] rvalue (ok: bool lvalue or NULL)
const char *cg_type_assert(CGen *g, Node *n, const char *ok);
const char *cg_addr_of(CGen *g, Node *unary_amp);
const char *cg_iface_recv(CGen *g, Node *sel);   // the interface value a method is called on
const char *cg_unbox(CGen *g, const char *iface, Type *t);     // concrete value from an iface

// gen_order.c: Go's order of evaluation. Statements open a scope of
// hoisted evaluations; cg_expr adds what Go evaluates first (calls,
// receives, len, append, slicing, && / ||...) and cg_line writes them
// before the statement's next line.
void cg_pre_open(CGen *g, CgPre *p, Node *top, bool lines);
void cg_pre_off(CGen *g, CgPre *p);
void cg_pre_close(CGen *g, CgPre *p);
void cg_pre_flush(CGen *g);
void cg_pre_top(CGen *g, Node *n);   // n is evaluated in place, not hoisted
const char *cg_pre_take(CGen *g, CgPre *p, const char *e);   // "(hoisted..., e)"
const char *cg_hoist_text(CGen *g, Type *t, const char *e);   // a temporary set before the statement
const char *cg_expr_scoped(CGen *g, Node *n, Type *t);   // its hoisted evaluations as a comma prefix
// x, ranged over without a value variable, need not be evaluated: an
// array with no calls or receives in it (gen_order.c).
bool cg_range_skips(Node *x);
bool cg_order_hoists(Node *n);
bool cg_has_hoist(Node *n);
bool cg_may_fault(CGen *g, Node *n);
// The key of an index of a map of type mt, as the key type (copied where it
// stands when Go's order copies it).
const char *cg_map_key(CGen *g, Type *mt, Node *k);
bool cg_map_key_copied(Node *index);
bool cg_sel_through_pointer(Node *sel);   // x.f reached through a pointer?   // does Go copy this map index's key early?
// An operand evaluated as a statement of its own (each operand of a defer
// or go statement): what Go hoists from it runs first, as a comma prefix.
const char *cg_expr_alone(CGen *g, Node *n, Type *t);
void cg_alone_open(CGen *g, CgPre *p);
const char *cg_alone_close(CGen *g, CgPre *p, const char *e);
// gen_multiassign.c
void cg_bind(CGen *g, Node *n, const char *text);
const char *cg_bound(CGen *g, Node *n);   // n's temporary, or NULL
void cg_gen_multi_assign(CGen *g, Node *n);   // a, b = x, y
// Evaluates (binds) now what Go's order pass hoists out of n.
void cg_hoist_operands(CGen *g, Node *n);
void cg_gen_return_values(CGen *g, NodeList *res, const char **tmps, const char **vals);
void cg_store_lvalue(CGen *g, Node *l, const char *lv, const char *val, Type *vt);

// gen_call.c
const char *cg_call(CGen *g, Node *n);
const char *cg_builtin(CGen *g, Node *n);
const char *cg_conversion(CGen *g, Node *n, Type *to);
const char *cg_convert(CGen *g, const char *val, Type *from, Type *to, Node *site);
const char *cg_method_value(CGen *g, Node *sel);
const char *cg_recv_expr(CGen *g, Node *sel);
// A []T pack of values (variadic call, fmt arguments, a deferred call's)
const char *cg_pack(CGen *g, Node *site, Type *et, const char **vals, int n);

// gen_defer.c
const char *cg_defer(CGen *g, Node *call, bool in_loop);
// on_frame: for a defer that runs at most once per call, the record is a
// frame temporary (cg_defer); else it is on the heap (go statements too).
const char *cg_defer_thunk(CGen *g, Node *call, bool on_frame);
const char *cg_fmt_fnval(CGen *g, Node *sel);
const char *cg_sync_call(CGen *g, Builtin b, const char *recv, const char *arg);
const char *cg_chan_recv(CGen *g, Node *ch, Type *elem, const char *ok);
#endif
// }

#endif
