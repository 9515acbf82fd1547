// diag.h: source positions and user-facing diagnostics.
//
// Diagnostics are collected, then printed sorted by position and
// deduplicated, stopping after 10 with "too many errors", as Go does.
// Compiler bugs go through bug(), which aborts with the internal location.
#ifndef MGO_DIAG_H
#define MGO_DIAG_H

#include <stdbool.h>

// Go counts lines and columns from 1; a column is a byte offset (tab = 1).
typedef struct Pos {
	int line, col;
} Pos;

static inline bool pos_before(Pos a, Pos b)
{
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// The file being compiled, as named on the command line.
extern const char *diag_filename;

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
