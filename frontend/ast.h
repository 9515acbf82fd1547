// ast.h: the map of the compiler's data — nodes, types, symbols.
//
// The parser (parse.y) builds Nodes through the ast_* constructors; the type
// checker (check_*.c) resolves identifiers to Syms, fills Node.type and the
// checker annotations below; the escape pass (escape/) reads the checked tree
// and records its decisions in Sym.escapes / Node.escapes; codegen reads all of
// it. Everything lives in ast_arena and is freed once, at exit.
//
// Conventions:
// - Every Node has a position: the position Go reports for that node in
//   diagnostics (ESCAPE.md §5.4: binary ops at the operator, calls at '(',
//   selectors at '.', index at '[', composite literals at '{', the rest at
//   their first token). `pos2` keeps a second position where needed.
// - Lists are arena-backed arrays (NodeList), never next-chains.
// - Switches over NodeKind/TypeKind have no default, so -Wswitch finds every
//   switch a new kind must join.
#ifndef MGO_AST_H
#define MGO_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "diag.h"

typedef struct Node Node;
typedef struct Type Type;
typedef struct Sym Sym;
typedef struct Scope Scope;
typedef struct ConstVal ConstVal;

typedef VEC(Node *) NodeList;
typedef VEC(Type *) TypeList;
typedef VEC(Sym *) SymList;

// Go's string literal values may hold any bytes, NUL included.
typedef struct Str {
	const char *ptr;
	int64_t len;
} Str;

// Operator and keyword token values (TOK_*) come from the bison header; the
// AST stores operators as these values. Including it here keeps one
// numbering for the whole compiler.
#include "parse.h"

// {==================== Nodes ====================

typedef enum NodeKind {
	// Expressions
	ND_BAD,          // placeholder after a syntax error
	ND_IDENT,        // x, _ , also type names like int
	ND_INTLIT,       // 42, 0x2a, 1_000 (lit.text is the source text)
	ND_FLOATLIT,     // 1.5, 1e9
	ND_IMAGLIT,      // 1i: parsed so the checker can reject it clearly
	ND_RUNELIT,      // 'a'
	ND_STRINGLIT,    // "a", `raw`
	ND_COMPOSITE,    // T{a, b}, T{k: v}; pos = '{'; ctype NULL when elided
	ND_FUNCLIT,      // func(x int) int { ... }; pos = 'func'
	ND_PAREN,        // (x)
	ND_SELECTOR,     // x.f ; pos = '.'
	ND_INDEX,        // x[i] ; pos = '['
	ND_SLICE,        // x[lo:hi:max] ; pos = '['
	ND_TYPEASSERT,   // x.(T), x.(type) when type == NULL ; pos = '.'
	ND_CALL,         // f(args), f(args...) ; pos = '('
	ND_STAR,         // *x: dereference or pointer type ; pos = '*'
	ND_UNARY,        // +x -x !x ^x &x <-x ; pos = operator
	ND_BINARY,       // x op y ; pos = operator
	ND_KEYVALUE,     // k: v inside a composite literal ; pos = ':'
	ND_CONV,         // inserted by the checker: implicit conversion (see u.conv)
	ND_INLCALL,      // inserted by inl_expand: an inlined call (see u.inl)

	// Type expressions (also appear as expressions in conversions)
	ND_ARRAYTYPE,    // [N]T, [...]T (len is ND_ELLIPSIS), []T (len NULL)
	ND_ELLIPSIS,     // the "..." of [...]T, or of a variadic parameter ...T
	ND_MAPTYPE,      // map[K]V
	ND_CHANTYPE,     // chan T, chan<- T, <-chan T
	ND_FUNCTYPE,     // func(params) results
	ND_STRUCTTYPE,   // struct { fields }
	ND_INTERFACETYPE, // interface { methods; embedded }
	ND_FIELD,        // names Type (param, result, struct field, interface method)

	// Statements
	ND_EMPTY,
	ND_BLOCK,        // { stmts } ; pos = '{', pos2 = '}'
	ND_EXPRSTMT,
	ND_SEND,         // ch <- v ; pos = '<-'
	ND_INCDEC,       // x++ x-- ; pos = the operator
	ND_ASSIGN,       // lhs op= rhs, lhs := rhs ; pos = the operator
	ND_DECLSTMT,     // var/const/type inside a function (u.list of specs)
	ND_LABELED,      // L: stmt
	ND_GO,           // go call
	ND_DEFER,        // defer call
	ND_RETURN,       // return results
	ND_BRANCH,       // break/continue/goto/fallthrough [label]
	ND_IF,
	ND_SWITCH,       // expression switch (tag may be NULL)
	ND_TYPESWITCH,   // switch [init;] [v :=] x.(type)
	ND_CASECLAUSE,   // case list: body / default: body (list.len == 0)
	ND_SELECT,
	ND_COMMCLAUSE,   // case send/recv: body / default
	ND_FOR,          // for init; cond; post { body }
	ND_RANGE,        // for k, v := range x { body }

	// Declarations
	ND_IMPORT,       // import "fmt" (name optional)
	ND_VARSPEC,      // var a, b T = x, y
	ND_CONSTSPEC,    // const a, b T = x, y (values copied from previous spec)
	ND_TYPESPEC,     // type T U / type T = U
	ND_FUNCDECL,     // func (r R) name(params) results { body }
	ND_FILE,
	ND_INLDONE,      // inserted by inl_expand: `return` of an inlined body (see u.inl_done)
	ND__COUNT
} NodeKind; // ORDER NODEKIND: ast.c has a name table in this order

// What a call turned out to be; set by the checker.
typedef enum CallKind {
	CALL_UNRESOLVED,
	CALL_FUNC,        // static call of a package function (fn is ND_IDENT)
	CALL_METHOD,      // x.M(...) on a concrete type (static method)
	CALL_IFACE,       // x.M(...) on an interface value (dynamic)
	CALL_VALUE,       // call of a function value (variable, field, result...)
	CALL_FUNCLIT,     // func(){...}(...) called directly
	CALL_METHODEXPR,  // T.M(recv, ...)
	CALL_CONV,        // T(x): a conversion
	CALL_BUILTIN,     // len, append, ... (u.call.builtin says which)
	CALL_FMT,         // fmt.Println etc. (u.call.builtin says which), or with
	                  // BI_LIB a library function (callee: its Sym, see library.h)
	CALL_SYNC,        // wg.Add etc. on sync types (tier 3), or with BI_LIB a
	                  // method of a library type (callee: its Sym)
} CallKind;

typedef enum Builtin {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLOSE, BI_COPY, BI_DELETE, BI_LEN, BI_MAKE, BI_NEW,
	BI_PANIC, BI_PRINT, BI_PRINTLN, BI_RECOVER, BI_COMPLEX, BI_REAL, BI_IMAG,
	// fmt functions
	BI_FMT_PRINTLN, BI_FMT_PRINTF, BI_FMT_SPRINTF, BI_FMT_SPRINT, BI_FMT_PRINT,
	BI_FMT_SPRINTLN, BI_FMT_ERRORF,
	// sync methods (tier 3)
	BI_WG_ADD, BI_WG_DONE, BI_WG_WAIT, BI_MU_LOCK, BI_MU_UNLOCK, BI_MU_TRYLOCK, BI_ONCE_DO,
	// a member of a package described in frontend/library.h
	BI_LIB,
	BI__COUNT
} Builtin; // ORDER BUILTIN: ast.c has a name table in this order

// What a selector x.f turned out to be; set by the checker.
typedef enum SelKind {
	SEL_UNRESOLVED,
	SEL_FIELD,        // struct field (through `path` embedded fields first)
	SEL_METHOD,       // method value or method call on a concrete type
	SEL_IFACE_METHOD, // method of an interface value
	SEL_METHODEXPR,   // T.M or (*T).M
	SEL_PKG,          // fmt.Println, sync.WaitGroup: qualified identifier
} SelKind;

typedef enum ConvKind {
	CONV_IFACE,       // non-interface (or interface) value -> interface type
	CONV_VALUE,       // assignability-only retyping (e.g. untyped nil, named<->unnamed)
} ConvKind;

struct Node {
	NodeKind kind;
	Pos pos;          // see the header comment
	Pos pos2;         // second position: '}' of blocks/funcs, ')' of calls
	Type *type;       // NULL until checked; for type expressions, the type denoted
	ConstVal *cval;   // non-NULL iff the checker found a constant expression
	bool is_type;     // checker: this expression denotes a type
	bool escapes;     // escape pass: allocation site must be on the heap
	int id;           // unique per node, dense from 1: side tables may index by it
	int src_line;     // a copy inlining made (pos is the call's): the line it was
	                  // copied from, for #line and tracebacks; 0 otherwise

	union {
		struct { const char *name; Sym *sym; } ident;             // ND_IDENT
		struct {
			const char *text;  // the source text
			Str val;           // STRINGLIT: the decoded bytes; RUNELIT: the rune's UTF-8
			int32_t rune;      // RUNELIT: the code point
		} lit;                                                     // *LIT
		struct {
			Node *ctype; NodeList elems; Pos rbrace;
			bool implicit;     // inl_expand's pack of variadic arguments ("... argument")
		} composite;                                               // ND_COMPOSITE
		struct {
			Node *ftype;        // ND_FUNCTYPE
			Node *body;         // ND_BLOCK
			Sym *fn;            // checker: the closure's function symbol
			SymList captures;   // checker: outer variables it uses, first-use order
			int index;          // checker: 1-based number within the outer function (f.func1)
		} funclit;                                                 // ND_FUNCLIT
		struct { Node *x; } paren;                                 // ND_PAREN
		struct {
			Node *x; const char *name; Pos name_pos;
			SelKind sel;
			int *path; int npath;  // checker: embedded-field indices walked before the last step
			int field_index;       // SEL_FIELD: index in the final struct
			Sym *method;           // SEL_METHOD/SEL_METHODEXPR: the method's function symbol
			bool implicit_addr;    // SEL_METHOD: receiver is &x (pointer method on addressable value)
			bool implicit_deref;   // SEL_METHOD: receiver is *x (value method on pointer)
			Sym *pkg_sym;          // SEL_PKG: the resolved symbol
		} sel;                                                     // ND_SELECTOR
		struct { Node *x, *index; } index;                         // ND_INDEX
		struct { Node *x, *lo, *hi, *max; bool three; } slice;     // ND_SLICE
		struct { Node *x, *atype; } assert;                        // ND_TYPEASSERT
		struct {
			Node *fn; NodeList args; bool spread;  // spread: f(s...)
			CallKind call; Builtin builtin;
			Sym *callee;           // checker: static callee (CALL_FUNC/METHOD/FUNCLIT/METHODEXPR)
			Type *ftype;           // checker: the signature being called
			// inline pass (inline/inline.h): the function (SYM_FUNC, a
			// declared function, method or function literal) whose body
			// Go 1.19 inlines at this call; NULL when the call stays a call.
			Sym *inl_callee;
			// f(g()) with a multi-valued g keeps one argument of TY_TUPLE
			// type and no per-value ND_CONV: result i goes to parameter i
			// (the variadic tail packs the rest), converted from
			// g's result type to the parameter type exactly as
			// check_assign_to would (codegen cg_call_args, escape
			// build_call.c). The checker verified each is assignable.
		} call;                                                    // ND_CALL
		struct { Node *x; bool implicit; } star;                   // ND_STAR (implicit: the inliner's *recv)
		struct { int op; Node *x; bool implicit; } unary;          // ND_UNARY (op: TOK_*; implicit: the inliner's &recv)
		struct { int op; Node *x, *y; } binary;                    // ND_BINARY (op: TOK_*)
		struct { Node *key, *value; } kv;                          // ND_KEYVALUE
		// An inlined call in expression position, as Go's OINLCALL reduced
		// to one value: `body` runs (parameters := arguments, the callee's
		// statements, every `return` an ND_INLDONE), then the expression's
		// value is results[0] (the call's first result; a multi-valued call
		// becomes INLCALL, ~R1, ... in the list that consumed it). type is
		// results[0]'s type, or NULL when the callee has no result.
		struct {
			Node *call;            // the original ND_CALL (positions, messages); not evaluated
			Node *body;            // ND_BLOCK
			NodeList results;      // ND_IDENT of the result locals (~R0 or the named results)
			Sym *callee;
			int label;             // unique per copy: the end of the body (codegen's label)
			bool nested;           // inside another inlined body: `call` is not from
			                       // the function being compiled
		} inl;                                                     // ND_INLCALL
		// `return a, b` inside an inlined body: results = a, b (assigned
		// together), then control leaves the body of `inl`.
		struct { Node *assign; Node *inl; } inl_done;              // ND_INLDONE (assign may be NULL)
		struct { Node *x; ConvKind conv; } conv;                   // ND_CONV (type = target)

		struct { Node *len, *elem; } arraytype;                    // ND_ARRAYTYPE
		struct { Node *elem; } ellipsis;                           // ND_ELLIPSIS (elem NULL in [...]T)
		struct { Node *key, *value; } maptype;                     // ND_MAPTYPE
		struct { int dir; Node *elem; } chantype;                  // ND_CHANTYPE (dir: CHAN_*)
		struct { NodeList params, results; } functype;             // ND_FUNCTYPE (lists of ND_FIELD)
		struct { NodeList fields; } structtype;                    // ND_STRUCTTYPE
		struct { NodeList methods; } ifacetype;                    // ND_INTERFACETYPE (ND_FIELD; embedded when names empty)
		struct {
			NodeList names;        // ND_IDENT; empty for unnamed params / embedded fields
			Node *ftype;           // type expression (ND_ELLIPSIS for a variadic param)
			bool embedded;
		} field;                                                   // ND_FIELD

		struct { NodeList stmts; } block;                          // ND_BLOCK
		struct {
			Node *x;
			Node *tmp_of;   // inl_expand: x is the callee of this inlined call,
			                // which Go first assigned to a function-level temporary
		} exprstmt;                                                // ND_EXPRSTMT
		struct { Node *ch, *value; } send;                         // ND_SEND
		struct { Node *x; int op; } incdec;                        // ND_INCDEC (TOK_INC/TOK_DEC)
		struct {
			NodeList lhs, rhs;
			int op;                // TOK_ASSIGN, TOK_DEFINE, or the op= token (TOK_ADD_ASSIGN...)
			bool *is_new;          // checker, for :=, per lhs: declares a new variable
			// inl_expand: Go's OAS2 of an inlined call (always "assign-pair"):
			// INL_ASSIGN_PARAMS binds the parameters, INL_ASSIGN_RESULTS
			// is a return's, which Go prints with = even where it defines.
			uint8_t inl;
		} assign;                                                  // ND_ASSIGN
		struct { NodeList specs; } decl;                           // ND_DECLSTMT
		struct { Node *label; Node *stmt; Sym *sym; } labeled;     // ND_LABELED
		// in_loop (ND_DEFER): inside a for or range of its function, so it
		// may run more than once per call (set by codegen, cg_mark_defers).
		struct { Node *call; bool in_loop; } go;                   // ND_GO / ND_DEFER
		struct { NodeList results; } ret;                          // ND_RETURN
		struct { int tok; Node *label; Node *target; } branch;     // ND_BRANCH (target: checker)
		struct { Node *init, *cond, *then, *els; } ifs;            // ND_IF
		struct { Node *init, *tag; NodeList clauses; Node *label; } sw; // ND_SWITCH
		struct {
			Node *init;
			Node *bind;            // ND_IDENT v in `v := x.(type)`, or NULL
			Node *x;               // the operand of .(type)
			NodeList clauses;
			Node *label;
		} tsw;                                                     // ND_TYPESWITCH
		struct {
			NodeList list;         // expressions or types; empty = default
			NodeList body;
			bool is_default;
			Sym *bind_sym;         // type switch: the clause's copy of v (checker)
			Pos colon;             // position of ':' (type-switch variables are reported here)
			// ND_SWITCH with a non-interface tag: per item of `list` (same
			// length, or empty when no item needs one), NULL or an ND_CONV
			// (CONV_IFACE, type = that case's interface type, u.conv.x NULL)
			// saying the tag value is converted to the case's interface type
			// for `tag == case`. It stands for the tag without holding it:
			// walkers must not look for an operand in it.
			NodeList tag_conv;
		} clause;                                                  // ND_CASECLAUSE / ND_COMMCLAUSE (comm in list.items[0])
		struct { NodeList clauses; Node *label; } sel_stmt;        // ND_SELECT
		struct { Node *init, *cond, *post, *body; Node *label; } fors; // ND_FOR
		struct {
			Node *key, *value; bool define; Node *x; Node *body; Node *label;
			Node *extra;           // a third iteration variable (an error)
			Pos kw;                // the `range` keyword (Go's position of the loop)
		} range;                                                   // ND_RANGE

		struct { const char *name; Str path; } import;             // ND_IMPORT
		struct {
			NodeList names;        // ND_IDENT
			Node *vtype;           // may be NULL
			NodeList values;       // may be empty
			int iota;              // ND_CONSTSPEC: index in its group
			bool implicit;         // ND_CONSTSPEC: values copied from an earlier spec
		} spec;                                                    // ND_VARSPEC / ND_CONSTSPEC
		struct { Node *name; Node *ttype; bool alias; } typespec;  // ND_TYPESPEC
		struct {
			Node *recv;            // ND_FIELD or NULL
			Node *name;            // ND_IDENT
			Node *ftype;           // ND_FUNCTYPE
			Node *body;            // ND_BLOCK or NULL
			Sym *sym;              // checker
			Pos after_func;        // the token after `func` (Go's position of the function)
		} func;                                                    // ND_FUNCDECL
		// imports: ND_IMPORT; decls: ND_DECLSTMT (var/const/type groups) and
		// ND_FUNCDECL, in source order
		struct { Node *pkg; NodeList imports, decls; } file;       // ND_FILE
	} u;
};

enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };
// INL_ASSIGN_ARGS: the temporaries a multi-valued argument goes through
// (f(g()) inlined), which are Go's .autotmp_N of the call.
enum { INL_ASSIGN_PARAMS = 1, INL_ASSIGN_RESULTS = 2, INL_ASSIGN_ARGS = 3 };

Node *ast_new(NodeKind kind, Pos pos);
const char *ast_kind_name(NodeKind kind);
const char *ast_builtin_name(Builtin b);
// An operator token as Go spells it: "+", "<-", "+=", "++"; "?" for others.
const char *ast_op_string(int op);
// Nodes are numbered 1..ast_max_id() in creation order.
int ast_max_id(void);
void ast_reset_ids(void);
// The nodes made so far stay (frontend_freeze): ids restart after them.
void ast_freeze_ids(void);
// Go syntax of an expression or simple statement, for messages.
const char *ast_string(Node *n);
// Strips ND_PAREN (and, with implicit=true, ND_CONV) wrappers.
Node *ast_unparen(Node *n);
// Prints the tree for `mgoc build -d a`.
void ast_dump(Node *n, int indent);

// }===================== Types ====================

typedef enum TypeKind {
	TY_BAD,           // after an error: compatible with everything, silences cascades
	TY_BOOL,
	TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64,
	TY_STRING,
	TY_UNSAFEPTR,     // reserved; never produced for mgo programs
	// Untyped constant kinds (only on constant expressions and nil)
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
	TY_UNTYPED_STRING, TY_UNTYPED_NIL,
	// Composite
	TY_POINTER, TY_ARRAY, TY_SLICE, TY_MAP, TY_CHAN, TY_STRUCT, TY_FUNC,
	TY_INTERFACE,
	TY_NAMED,         // defined type: `type T U`, also the predeclared `error`
	TY_TUPLE,         // multiple results of a call
	TY__COUNT
} TypeKind; // ORDER TYPEKIND: types.c has a name table in this order

typedef struct Field {
	const char *name;   // NULL for unnamed params/results
	Type *type;
	bool embedded;
	int64_t offset;     // struct fields: byte offset (Go's amd64 layout)
	Pos pos;
} Field;
typedef VEC(Field) FieldList;

typedef struct Method {
	const char *name;
	Type *sig;          // TY_FUNC without receiver
	Sym *fn;            // TY_NAMED methods: the function symbol; NULL in interfaces
	bool ptr_recv;      // declared with a pointer receiver
	Pos pos;            // interfaces: where this interface got it (the method
	                    // or the embedding), for "other declaration of"
} Method;
typedef VEC(Method) MethodList;

struct Type {
	TypeKind kind;
	int64_t size, align;      // Go's amd64 sizes; valid once type_complete() ran
	bool has_pointers;        // size contains a pointer word (escape's scalar cut-off, GC maps)
	Type *elem;               // POINTER, ARRAY, SLICE, MAP (value), CHAN
	Type *key;                // MAP
	int64_t len;              // ARRAY
	int chan_dir;             // CHAN: CHAN_*
	FieldList fields;         // STRUCT fields; FUNC params; TUPLE members
	FieldList results;        // FUNC results
	bool variadic;            // FUNC: last param is ...T (stored as []T)
	MethodList methods;       // INTERFACE: full method set, sorted by name;
	                          // NAMED: declared methods, in declaration order
	Sym *sym;                 // NAMED: the type name
	Type *underlying;         // NAMED: underlying type (never NAMED)
	Type *ptr_to;             // cache of type_pointer(this)
	Type *slice_of;           // cache of type_slice(this)
	int id;                   // unique, for codegen names and hashing
};

// Predeclared types, created by type_init().
extern Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64,
	*type_uint, *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr,
	*type_float32, *type_float64, *type_str, *type_bad,  // type_str: `string`
	*type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
	*type_untyped_string, *type_untyped_nil, *type_any, *type_error;

void type_init(void);
// Forgets the predeclared types (they live in ast_arena) and restarts the
// type numbering: the next type_init() makes them afresh.
void type_reset(void);
void type_freeze(void);   // the types made so far stay (frontend_freeze)
Type *type_new(TypeKind kind);
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *value);
Type *type_chan(Type *elem, int dir);
Type *type_underlying(Type *t);         // follows NAMED
bool type_identical(Type *a, Type *b);
bool type_is_integer(Type *t);          // on the underlying type; untyped int/rune too
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_untyped(Type *t);
bool type_is_interface(Type *t);
bool type_is_pointer(Type *t);
bool type_is_comparable(Type *t);
// Pointer-shaped: stored directly in an interface's data word (ESCAPE.md §1.1).
bool type_is_pointer_shaped(Type *t);
// Computes size/align/has_pointers (and struct offsets), recursively.
void type_complete(Type *t);
// Go syntax for messages: "*T", "[]int", "map[string]int", "interface {}",
// "struct { q *int }", "func(int) string".  Named types print their name.
const char *type_string(Type *t);

// }===================== Symbols and constants ====================

typedef enum SymKind {
	SYM_VAR,      // variable: global, local, parameter or result
	SYM_CONST,
	SYM_TYPE,
	SYM_FUNC,     // package function, method, or function literal
	SYM_PKG,      // an imported package name
	SYM_BUILTIN,  // len, append, ... (builtin says which)
	SYM_NIL,      // the predeclared nil
	SYM_LABEL,
} SymKind;

struct Sym {
	SymKind kind;
	const char *name;
	Pos pos;                  // the declaring identifier
	Type *type;
	Node *decl;               // declaring node (spec, field, funcdecl, funclit, assign, range, clause)
	ConstVal *cval;           // SYM_CONST
	Builtin builtin;          // SYM_BUILTIN
	Sym *owner;               // SYM_VAR: the function (SYM_FUNC) declaring it; NULL for globals
	Sym *outer;               // SYM_FUNC for a function literal: the enclosing function
	Node *body;               // SYM_FUNC: the function's ND_BLOCK (NULL if none)
	Node *func_node;          // SYM_FUNC: the ND_FUNCDECL or ND_FUNCLIT
	Type *recv_type;          // SYM_FUNC methods: the receiver's (possibly pointer) type
	SymList params, results;  // SYM_FUNC: parameter/result variables (receiver first in params)
	SymList locals;           // SYM_FUNC: other local variables in declaration order
	bool is_global;
	bool is_param, is_result, is_recv;
	bool used;                // for "declared but not used"
	bool addr_taken;          // &x appears, or a pointer method is called on x
	bool reassigned;          // assigned after its declaration
	bool captured;            // referenced from a nested function literal
	bool escapes;             // escape pass: the variable lives on the heap
	bool by_ref;              // escape pass: captured by reference
	bool inl_ok;              // inline pass: SYM_FUNC Go 1.19 can inline ...
	int32_t inl_cost;         // ... and its cost in Go's inliner units
	int inl_copy;             // inl_expand: >0 on the copy of a local or function
	                          // literal made for one inlined body (codegen names)
	bool inl_opaque;          // inl_expand: a local of an inlined body itself, whose
	                          // definition Go's StaticValue cannot see (its inlvar
	                          // has no Defn; parameters and closure locals do)
	int index;                // params/results: position; closures: funclit index
	int id;                   // unique, for codegen names
	// Standard library (frontend/library.h): the package of a library type,
	// variable, function or method; a function's description; a package
	// name's member scope.
	const char *lib_pkg;
	struct LibFunc *lib;
	Scope *members;           // SYM_PKG
	void *esc;                // escape pass scratch (its EscLoc)
	void *cg;                 // codegen scratch
};

typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;

// Constant values. Integers are exact: within 128 bits in `i`; untyped
// integer values up to Go's 512-bit limit that do not fit there are kept
// in `big` (const.c), with `i` saturated to the 128-bit extreme of the same
// sign so every range check on `i` still fails for them.
// An untyped float constant's value (const_float.c): IEEE binary128.
typedef __float128 cf_quad;

struct ConstVal {
	ConstKind kind;
	bool b;
	__int128 i;
	struct BigInt *big;       // CV_INT beyond 128 bits, else NULL
	struct BigInt *num, *den; // CV_FLOAT kept exact: num/den in lowest terms, else NULL
	cf_quad q;                // CV_FLOAT: the value, rounded only to 113 bits
	double f;                 // CV_FLOAT: q rounded to float64
	Str s;
	const char *text;         // normalised source text for -m messages ("1 << 31")
	const char *approx;       // CV_FLOAT beyond binary128 (q is ±inf or 0): Go's text for it
};

#endif
