// frontend.h: the frontend's entry points, as the driver calls them.
//
// parse_source -> check_program -> (escape, codegen read Program).
// Both stages report through diag_errorf; the driver checks diag_count()
// between stages and stops at the first stage that reported an error.
#ifndef MGO_FRONTEND_H
#define MGO_FRONTEND_H

#include <stddef.h>
#include "ast.h"

// Lexes and parses one file (diag_filename names it in messages). Never
// returns NULL: after syntax errors the tree is partial (ND_BAD nodes) and
// diag_count() > 0. `src` need not be NUL-terminated and may contain NULs.
Node *parse_source(const char *src, size_t len);

// The `//go:noinline` directives parse_source saw: how many, and the line
// of the i-th (in source order). The inliner attaches each to the function
// declared next.
int lex_noinline_count(void);
int lex_noinline_line(int i);

// The checked program, as later stages see it.
typedef struct Program {
	Node *file;            // ND_FILE
	SymList funcs;         // package functions and methods, in source order
	SymList globals;       // package-level variables, in source order
	NodeList init_order;   // ND_VARSPEC of package vars in Go's initialisation order
	SymList types;         // named types declared in the file, in source order
	Sym *main_fn;          // func main
	Sym *init_fn;          // inl_expand: Go's package init function, owner of the
	                       // variables inlining declares in initialisers (or NULL)
	bool imports_fmt, imports_sync;
} Program;

// Type-checks the file: resolves names, fills Node.type/cval and the
// checker annotations of ast.h, inserts ND_CONV for implicit interface
// conversions. Returns NULL when it reported errors.
Program *check_program(Node *file);
// Go's "stack frame too large" errors of a program check_program accepted
// (frontend/check_sizes.c): its back end reports them as it compiles the
// functions, after the -m output and before "symbol too large".
void check_frames_report(void);

// Ends one compilation: frees ast_arena (every node, type, symbol and
// scope) and resets every frontend global that points into it or numbers
// its objects, so the next parse_source starts as in a fresh process. A
// process that compiles many programs (fuzzers, tests) calls esc_reset()
// and inl_reset() too; codegen keeps nothing between programs.
void frontend_reset(void);
// For such a process: loads every library package now and keeps it, and
// the predeclared types, across frontend_reset (which puts back their
// bytes as they were here, whatever a program cached in them), so each
// program starts as if the library were loaded before its first line.
// Call it before the first program (or after a frontend_reset).
void frontend_freeze(void);

#endif
