// library.h: the standard-library packages mgo offers beyond fmt and sync,
// each described declaratively (see library.c for the mechanism and why).
//
// A package is Go source of declarations only (library_decls.c): its types,
// constants, variables, and functions and methods without bodies. Each
// function or method is implemented in C in rt/go_<pkg>.c under a name
// derived from its Go name (lib_cname), and Go's own facts about it (the
// escape tags of its parameters, whether Go inlines it and at what cost,
// the lines Go prints where it inlines it) are data measured from Go 1.19
// by tools/library_facts.py into library_facts.c.
#ifndef MGO_STDLIB_H
#define MGO_STDLIB_H

#include "ast.h"

// Facts measured from Go 1.19 for one function or method.
typedef struct LibFact {
	const char *name;   // Go's name: "strings.Split", "strings.(*Builder).WriteString"
	// The tag of each named parameter (receiver first), space-separated
	// "NAME=TAG": TAG is "-" (does not escape) or a '+'-joined list of
	// "hN" (to the heap with N derefs) and "rI.N" (to result I, N derefs).
	const char *tags;
	int cost;           // Go's inlining cost; -1: Go does not inline it;
	                    // -2: an intrinsic (charged as one node, never "inlined")
	// Plain -m at an inlined call: the "inlining call to" names after the
	// function's own (nested inlined calls), '|'-separated, and the escape
	// lines Go prints at the call for the inlined body, '|'-separated
	// ("%F" stands for the calling function's name).
	const char *chain;
	const char *extra;
	int dcls;           // variables the inlined body declares in the caller
	                    // (later temporaries are numbered after them)
} LibFact;

extern const LibFact lib_facts[];
extern const int lib_nfacts;

// A library function or method (Sym.lib of a SYM_FUNC).
typedef struct LibFunc {
	const char *pkg;      // "strings"
	const char *goname;   // Go's name, as in LibFact.name
	const char *cname;    // the C implementation: go_strings_Split, go_strings_Builder_WriteString
	const LibFact *fact;  // NULL: no measured facts (every parameter leaks)
	Node *ftype;          // the declaration's ND_FUNCTYPE (parameter names)
	Node *recv;           // its receiver ND_FIELD, or NULL
} LibFunc;

// The Go declarations of a package, or NULL when mgo does not offer it.
const char *lib_package_source(const char *path);
// The names of the packages offered, for messages ("\"fmt\", \"sync\", ...").
const char *lib_package_list(void);
// The member scope of package `path` (loaded on first use), or NULL.
Scope *lib_package_scope(const char *path);
void lib_reset(void);              // forget loaded packages (frontend_reset)
void lib_freeze(void);             // but those loaded so far (frontend_freeze)
// The import path of the i-th package offered, or NULL past the last.
const char *lib_package_path(int i);
// C name of a library type's descriptor (T, or *T when ptr), as codegen
// and rt/ both spell it: go_type_strconv_NumError, go_type_strconv_NumError_ptr.
const char *lib_type_cname(Type *named, bool ptr);
// The named types of the library packages loaded so far.
int lib_type_count(void);
Type *lib_type_at(int i);
// Is t a named type declared by a library package?
bool lib_is_type(Type *t);

#endif
