// directive.h: Go's checks of `//go:` directives in the user's file
// (directive.c), fed by the lexer and the parser.
#ifndef MGO_DIRECTIVE_H
#define MGO_DIRECTIVE_H

#include <stdbool.h>
#include <stddef.h>
#include "diag.h"

struct Node;

// A new file: forget every directive and declaration.
void dir_reset(void);
// While a library package is parsed, nothing is noted or reported.
void dir_pause(bool pause);
// Lexer: a `//go:` comment; text starts at "go:", go_pos is its position;
// blank: no token before it on its line.
void dir_note(Pos go_pos, const char *text, size_t len, bool blank);
// Lexer: every token returned to the parser.
void dir_token(int tok, Pos p);
// Parser: a declaration that can take directives: TOK_FUNC at `func`
// (body: its block, or NULL), TOK_TYPE at a type spec's name, 0 at the
// first name of a var or const spec or an alias.
void dir_target(int kind, Pos p, struct Node *body);
// An error of the lexer's that does not stop type checking.
void dir_error(Pos p, const char *msg);
// The parse-phase errors (before type checking).
void dir_report_parse(void);
// The errors Go reports when generating code (a package without errors).
void dir_report_decls(void);

#endif
