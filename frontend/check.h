// check.h: the type checker's internal interface, shared by types.c,
// scope.c, const.c and check_*.c (the driver only sees frontend.h).
//
// Checking runs in three steps (check_decl.c): collect every package-level
// name into the package scope, resolve types and signatures lazily (so the
// order of declarations does not matter), then check bodies and package
// variable initialisers. Expressions are annotated in place: Node.type,
// Node.cval, Node.is_type and the per-kind checker fields of ast.h. An
// expression whose check failed gets type_bad, which every later rule
// accepts silently, so one mistake yields one message.
#ifndef MGO_CHECK_H
#define MGO_CHECK_H

#include "ast.h"
#include "frontend.h"

// {==================== types.c extras ====================

extern Type *type_byte, *type_rune, *type_empty_tuple;
bool type_is_basic(Type *t);
bool type_is_nilable(Type *t);
// Go's type-checker spelling ("interface{}", "struct{q *int}").
const char *type_errstring(Type *t);

// }==================== scope.c ====================

struct Scope {
	Scope *parent;
	SymList syms;          // insertion order (unused-variable reports walk it)
	Sym **tab;             // open-addressing hash, built once syms grows
	int tabcap;
	Sym *fn;               // function owning this scope; NULL for package/universe
	Scope *nonlocal;       // nearest enclosing scope (itself included) with fn == NULL
};

Scope *scope_new(Scope *parent, Sym *fn);
Sym *scope_lookup_local(Scope *s, const char *name);
Sym *scope_lookup(Scope *s, const char *name);
void scope_insert(Scope *s, Sym *sym);
Sym *sym_new(SymKind kind, const char *name, Pos pos);
int sym_count(void);
void sym_reset_ids(void);
void sym_freeze_ids(void);   // the symbols made so far stay (frontend_freeze)
void check_decl_reset(void);   // check_decl.c
// The universe: predeclared types, constants, nil and builtins.
Scope *scope_universe(void);

// }==================== const.c ====================

ConstVal *const_int(__int128 v);
ConstVal *const_float(double v);
ConstVal *const_floatq(cf_quad q);
// const_float.c
struct BigInt;
cf_quad cf_from_big(const struct BigInt *m);       // rounded to nearest even
bool cf_parse(const char *lit, cf_quad *out);      // false: beyond its range
bool cf_is_int(cf_quad q);
// x op y when x or y is beyond binary128 (a, b: their values as quads);
// NULL with *err set when Go could not represent the result.
ConstVal *cf_huge_binary(int op, const ConstVal *x, const ConstVal *y, cf_quad a, cf_quad b,
			 const char **err);
// Go's text ("1e+646456992") for a decimal literal beyond binary128's range;
// *tiny when it is below it (nonzero, yet binary128 holds 0).
const char *cf_approx_text(const char *lit, bool *tiny);
// Exact fractions (false: too wide to stay exact; use binary128).
bool cf_rat_parse(const char *lit, struct BigInt *num, struct BigInt *den);
bool cf_rat_from_double(double f, struct BigInt *num, struct BigInt *den);
bool cf_rat_op(int op, const struct BigInt *an, const struct BigInt *ad, const struct BigInt *bn,
	       const struct BigInt *bd, struct BigInt *rn, struct BigInt *rd);
int cf_rat_cmp(const struct BigInt *an, const struct BigInt *ad, const struct BigInt *bn,
	       const struct BigInt *bd);
cf_quad cf_rat_round(const struct BigInt *num, const struct BigInt *den, int bits);
ConstVal *const_bool(bool v);
ConstVal *const_str(Str s);
// Parses a literal node's text; NULL (after an error) when malformed.
ConstVal *const_from_lit(Node *lit);

typedef enum Repr { REPR_OK, REPR_OVERFLOW, REPR_TRUNCATED, REPR_NO } Repr;
// Can v be represented in basic type t? On success *out is v converted.
Repr const_representable(ConstVal *v, Type *t, ConstVal **out);
// Binary operation on two constants of the same class (op: TOK_*).
// int_div: integer division (both operands integer-kinded). Returns NULL
// and sets *err ("division by zero", "overflow") on failure.
ConstVal *const_binary(int op, ConstVal *x, ConstVal *y, bool int_div, const char **err);
ConstVal *const_compare(int op, ConstVal *x, ConstVal *y);
ConstVal *const_unary(int op, ConstVal *x, Type *t);
ConstVal *const_shift(int op, ConstVal *x, uint64_t s, const char **err);
// Converts an integer/float constant to the representation of class t.
ConstVal *const_to_kind(ConstVal *v, Type *t);
// Value as Go prints it in messages ("256", "1.5", "\"s\"", "true").
const char *const_repr(ConstVal *v);
bool const_is_int_valued(ConstVal *v);
bool const_int64(ConstVal *v, int64_t *out);

// }==================== Checker state ====================

typedef struct FuncCtx FuncCtx;
struct FuncCtx {
	FuncCtx *up;
	Sym *fn;               // SYM_FUNC being checked (a closure's own symbol)
	Type *sig;             // its signature
	Node *lit;             // ND_FUNCLIT, NULL for declared functions
	int nclosures;         // closures numbered so far directly inside fn
	Scope *top;            // the parameter scope
	SymList labels;        // SYM_LABEL of this body
};

// One enclosing breakable/continuable statement.
typedef struct BranchTarget {
	struct BranchTarget *up;
	Node *stmt;            // ND_FOR / ND_RANGE / ND_SWITCH / ND_TYPESWITCH / ND_SELECT
	Sym *label;            // its label, if any
	bool loop;
} BranchTarget;

typedef struct Checker {
	Program *prog;
	Scope *universe, *pkg, *scope;
	FuncCtx *fc;           // innermost function being checked, NULL at package level
	BranchTarget *targets;       // innermost breakable statement
	Sym *fmt_pkg, *sync_pkg;
	ConstVal *iota;        // inside a const spec: its iota value
	Sym *dep_from;         // package-level var/func whose references are recorded
	int glob_closures;     // closures numbered in package-level initialisers
	Type *sync_wg, *sync_mu, *sync_once;
	Scope *fmt_scope, *sync_scope;   // members of the imported packages
	bool types_done;       // package types resolved: sizes may be computed
	NodeList pending_keys; // map types and embedded fields checked once their types are complete
	SymList *deps;         // by Sym.id: package vars/funcs referenced (init order)
	int ndeps;
	SymList type_syms, const_syms, methods;
	NodeList var_specs;    // package var specs in source order
	int ntypes_color;      // check_init.c scratch
	Sym *pending_label;    // label of the statement being checked next
	Node *ft_ok, *ft_final, *ft_tswitch; // fallthrough statements and their verdict
} Checker;

// The one checker of this compilation (the checker is not re-entrant).
extern Checker *chk;

// }==================== check_util.c ====================

const char *check_op_string(int op);
int check_assign_op(int op);
Pos check_start_pos(Node *n);
#define check_errorf(n, ...) diag_errorf(check_start_pos(n), __VA_ARGS__)
static inline bool is_bad(Type *t)
{
	return !t || t->kind == TY_BAD || (t->kind == TY_NAMED && t->underlying && t->underlying->kind == TY_BAD);
}

// }==================== check_decl.c ====================

Type *check_type(Checker *c, Node *n);
// Resolves a package-level symbol (type, const, var, func) on first use.
void check_resolve(Checker *c, Sym *s);
Type *check_signature(Checker *c, Node *ftype, Node *recv);
void check_func_body(Checker *c, Sym *fn, Node *body, Type *sig, Node *lit);
// Declares the names of a local var/const/type spec.
void check_local_spec(Checker *c, Node *spec);
void check_record_dep(Checker *c, Sym *s);
Sym *check_declare_var(Checker *c, Node *ident, Type *t, Node *decl);
void check_const_spec(Checker *c, Node *spec, bool local);
void check_pending_keys(Checker *c);
// check_collect.c: declares the package-level names of decls; attaches a
// method to its receiver's base type once types are resolved.
void check_decl_list(Checker *c, NodeList *decls);
void check_attach_method(Checker *c, Sym *fn);
// Go's back-end size limits on t, declared at `at` (check_sizes.c); the
// errors are held until check_sizes_flush(true), called when the package
// type-checks, and dropped by check_sizes_flush(false).
void check_sizes_of(Type *t, Pos at);
void check_sizes_flush(bool report);
// The stack frame of a function body being checked (check_sizes.c):
// opened before its statements, closed after them with Go's position of
// the function and its receiver (or NULL) and signature.
void *check_frame_open(void);
// A range statement over a value of type x; copies: it has a value variable.
void check_frame_range(Type *x, bool copies);
void check_frame_close(void *open, Pos at, Type *recv, Type *sig);
void check_var_spec_values(Checker *c, Node *spec, Type *t, SymList *syms);

// }==================== check_stmt.c ====================

void check_block(Checker *c, Node *block);
void check_stmts(Checker *c, NodeList *stmts);
// Does the statement list end in a terminating statement? (check_terminate.c)
bool check_is_terminating(Node *n);
void check_unused(Checker *c, Scope *s);

// }==================== check_expr.c ====================

void check_expr(Checker *c, Node *n);
// Checks n as a single value; false (type_bad set) when it is not one.
bool check_value(Checker *c, Node *n);
bool check_is_value(Checker *c, Node *n);
// check_value, then converts an untyped value to its default type.
bool check_value_default(Checker *c, Node *n);
void check_default(Checker *c, Node *n);
// check_default naming the context of an overflow ("argument to println").
void check_default_in(Checker *c, Node *n, const char *context);
// Gives an untyped expression its final type (Go's implicit conversion).
bool check_convert_untyped(Checker *c, Node *n, Type *target);
// Gives a non-constant untyped n (a shift, a comparison) its final type.
void check_update_untyped(Checker *c, Node *n, Type *target);
// Assignability of *slot to t in `context`; inserts ND_CONV when needed.
bool check_assign_to(Checker *c, Node **slot, Type *t, const char *context);
bool check_assignable(Type *v, Type *t, char *why, size_t whylen);
bool check_is_addressable(Node *n);
// The variable at the root of an addressable expression (x in x.f[1]).
Sym *check_root_var(Node *n);
void check_mark_assigned(Checker *c, Node *lhs);
// Expression text as Go's messages print it.
const char *expr_string(Node *n);
// The expression printer behind expr_string, also the escape and inlining
// messages' (escape/nodefmt.c), which print Go's IR view (ir set): then
// sub prints every child (its substitutions first), own prints the nodes
// only that view knows (calls, inlined calls; true when it did), prec is
// Go's precedence of a node and type a type's text.
typedef struct ExprStyle {
	bool ir;
	void (*sub)(StrBuf *b, Node *n, int prec);
	bool (*own)(StrBuf *b, Node *n, int prec);
	int (*prec)(Node *n);
	const char *(*type)(Type *t);
} ExprStyle;
void expr_fmt(StrBuf *b, Node *n, int prec, const ExprStyle *st);
// x.E1.E2 of a selector promoted through embedded fields E1, E2 (the IR
// shows the dots the checker inserted); returns the type reached.
Type *expr_fmt_path(StrBuf *b, Node *sel, int prec, const ExprStyle *st);
int expr_binary_prec(int op);   // Go's precedence of a binary operator
// Operand description: "x (variable of type int)".
const char *operand_string(Node *n);
Node *check_wrap_conv(Node *x, Type *t, ConvKind k);
void check_use_sym(Checker *c, Sym *s);
bool check_comparable_op(Checker *c, Node *n, Node *x, Node *y);
ConstVal *check_const_set_text(Node *n);
void check_unary(Checker *c, Node *n);
void check_binary(Checker *c, Node *n);
// Untyped operand conversion of binary operands (x op y).
bool check_match_operands(Checker *c, Node *n, Node *x, Node *y);

// }==================== check_body.c, check_assignstmt.c, check_init.c, check_pkg.c ====================

void check_redeclared(Sym *old, Pos pos, const char *name);
const char *check_count_string(int n, const char *what);
void check_assign_mismatch(Node *at, int nl, Node *call, int nr);
bool check_is_commaok(Node *n);
bool check_single_rhs(Checker *c, Node *v, int nl);
// Comma-ok expressions used in two-value form get the type (T, bool).
void check_set_commaok(Node *n);
Type *check_lhs(Checker *c, Node *lhs);
void check_assign_stmt(Checker *c, Node *s);
void check_incdec(Checker *c, Node *s);
void check_valid_types(Checker *c);
void check_valid_named(Checker *c, Type *t);
void check_init_order(Checker *c);
void check_imports(Checker *c, NodeList *imports);
void check_unused_imports(Checker *c);
void check_binary_op(Checker *c, Node *n);
Type *check_default_type(Type *t);
Repr check_convert_untyped_code(Checker *c, Node *n, Type *target);
bool check_index_value(Checker *c, Node *i, int64_t len, const char *what);

// }==================== check_call.c ====================

Type *check_result_type(Type *sig);
void check_args(Checker *c, Node *n, Type *sig, const char *name);
void check_builtin(Checker *c, Node *n, Builtin b);

void check_call(Checker *c, Node *n);
// Checks values for a list destination (assignment, return, call args):
// returns the types of the values, unpacking one multi-value call.
bool check_is_tuple(Node *n);
void check_composite(Checker *c, Node *n, Type *hint);
void check_funclit(Checker *c, Node *n);

// }==================== check_lookup.c ====================

typedef struct Lookup {
	enum { LK_NONE, LK_FIELD, LK_METHOD, LK_IFACE_METHOD, LK_AMBIGUOUS } kind;
	int path[16];          // embedded field indices walked first
	int npath;
	int index;             // field index in the last struct
	Field *field;
	Method *method;
	bool indirect;         // path went through a pointer
	Type *recv_base;       // type declaring the method/field
} Lookup;

Lookup check_lookup(Type *t, const char *name);
// Missing method of t for interface iface ("" when t implements it);
// *ptr_recv is set when only the pointer type has it; *wrong when the
// signature differs.
Method *check_missing_method(Type *t, Type *iface, bool *ptr_recv, Method **have);
bool check_implements(Type *t, Type *iface, char *why, size_t whylen);
void check_selector(Checker *c, Node *n);

// }

#endif
