// diag.h: source positions and user-facing diagnostics.
//
// Diagnostics are collected, then printed sorted by position and
// deduplicated, stopping after 10 with "too many errors", as Go does.
// Compiler bugs go through bug(), which aborts with the internal location.
#ifndef MGO_DIAG_H
#define MGO_DIAG_H

#include <stdbool.h>
#include <stddef.h>

// Go counts lines and columns from 1; a column is a byte offset (tab = 1).
typedef struct Pos {
	int line, col;
} Pos;

static inline bool pos_before(Pos a, Pos b)
{
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// Go stores a position in 32 bits (20 of line, 8 of column): from line
// 2^20 - 2 on, the line saturates there and the column is dropped; a column
// of 255 or more is unknown, and a position with an unknown column prints as
// FILE:LINE. Every position mgo prints goes through these.
enum { DIAG_LINE_MAX = (1 << 20) - 2, DIAG_COL_MAX = 255 };
Pos diag_go_pos(Pos p);
// "LINE:COL", or "LINE" when Go would not know the column; buf: 32 bytes.
const char *diag_pos_text(char *buf, Pos p);

// The file being compiled, as named on the command line.
extern const char *diag_filename;

// When set (line > 0), every error is reported here instead: Go places
// errors of a constant's inherited (repeated) initialiser at the constant.
extern Pos diag_errpos;

// A //line directive: from `start` on, positions read as FILE:LINE:COL
// counted from line/col (file NULL: the previous directive's; col 0: columns
// unknown, printed as FILE:LINE). Errors are mapped when reported.
void diag_line_base(Pos start, const char *file, int line, int col);
// A new file: no directives.
void diag_line_reset(void);
// Whether the file has //line directives.
bool diag_has_line_bases(void);
// p (a position in the file) as Go prints it: under the directive in force,
// in its file (*file) with its line, and a column only when Go knows one
// (else 0). Errors are mapped when reported; this is for everything else.
Pos diag_map_pos(Pos p, const char **file);
// The same as text, "FILE:LINE:COL" or "FILE:LINE".
const char *diag_at(char *buf, size_t size, Pos p);
// Text printed with positions of the file ("FILE:LINE[:COL]", FILE being
// diag_filename) rewritten to where the directives put them; NULL when
// nothing changes, else a string to free. diag_remap_stderr_begin/end run
// everything written to stderr between them through it (the -m output,
// whose writers print unmapped positions); nothing happens without
// directives.
char *diag_remap_text(const char *s);
void diag_remap_stderr_begin(void);
void diag_remap_stderr_end(void);

void diag_errorf(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int diag_count(void);
// Prints collected errors (sorted, deduplicated, at most 10) to stderr and
// forgets them; returns how many there were.
int diag_flush(void);
// Forgets collected errors without printing them (fuzzing, unit tests).
void diag_discard(void);

_Noreturn void bug_at(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define bug(...) bug_at(__FILE__, __LINE__, __VA_ARGS__)

#endif
