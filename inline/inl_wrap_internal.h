// inl_wrap_internal.h: what the three files of Go's method wrappers share
// (inl_wrappers.c: the order Go writes types and makes wrappers in;
// inl_wrap_roots.c: the types the program needs; inl_wrap_body.c: one
// wrapper's inlined body and lines).
#ifndef MGO_INL_WRAP_INTERNAL_H
#define MGO_INL_WRAP_INTERNAL_H

#include "inline/inl_internal.h"

typedef struct MethExpr {
	Type *rcvr;
	Sym *fn;
	const char *name;
	int depth;
} MethExpr;

typedef struct Itab {
	Type *t, *iface;
} Itab;

typedef struct DeclSym {
	Sym *sym;
	int index;   // in the file's declarations
} DeclSym;

typedef struct InlWrap {
	Arena arena;
	const InlOptions *opt;
	bool have_roots;
	struct { Itab *items; int len, cap; } itabs;
	struct { Type **items; int len, cap; } roots;   // needed directly
	struct { Type **items; int len, cap; } types;   // written, in Go's order
	InlTypeSet roots_set, types_set;                // the same, for lookups
	struct { MethExpr *items; int len, cap; } exprs;  // (*T).M, E.M used as values
	Node *godefer_call;      // the call of the go/defer statement being walked
	Node *stmt_call;         // the call of the expression statement being walked
	Node *lit_copy;          // the literal whose inlined copy is walked (innermost)
	NodeList *decls;         // the file's declarations
	struct { DeclSym *items; int len, cap; } funcs;   // by Sym address
	int walking;             // the one being compiled when an itab is made; -1 after
	Pos site_pos;            // the site of its walk making the itab (line 0: none)
	struct { const char **slots; int n, count; } done;  // wrapper names made (a hash set)
	bool pkginit;            // making the itabs of the static initialisers: plain wrappers
} InlWrap;
typedef InlWrap Wrap;

// A method of a method set (inl_wrappers.c collects them).
typedef struct Entry {
	const char *name;
	Sym *fn;            // NULL: a method of an embedded interface
	int depth;
	bool ambiguous;
	Type *sig;          // without receiver
} Entry;

// The wrapper names made so far (a set): false when key was there.
bool inl_wrap_done_add(Wrap *w, const char *key);
// Types with no descriptor of their own (untyped constants, tuples).
bool inl_wrap_skip_type(Type *t);
// Orders DeclSym by symbol address (w->funcs).
int inl_wrap_cmp_declsym(const void *a, const void *b);
// Collects the types whose descriptors the program needs (w->roots) and
// the method expressions naming wrappers (w->exprs), once.
void inl_wrap_find_roots(Wrap *w);
// The wrapper of method e for receiver type rcvr, made once: its inlined
// body's lines, or a plain call of the method (-m=2's flows).
void inl_wrap_method(Wrap *w, Type *rcvr, Entry *e, const InlOptions *opt);

#endif
