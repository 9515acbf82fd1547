// directive.c: the `//go:` directives of the user's file, checked as Go
// checks them.
//
// Go collects a directive into the pending "pragma" of the declaration
// whose first tokens follow it: a function (most directives), a type
// (//go:notinheap), or nothing (var, const, alias, package clause). It
// reports in two phases:
// - while parsing (these errors do not stop type checking): a directive
//   with code before it on its line, one of the runtime's own directives,
//   and one that no declaration took (before a statement, a group's '(',
//   the end of the file);
// - when generating code (only for a package without errors): each
//   directive the declaration that took it does not allow. The package
//   clause's come first, then top-level declarations, then those inside
//   function bodies, each in source order.
// The lexer reports directives and the tokens after them, the parser the
// declarations that can take one.
#include "directive.h"
#include "ast.h"
#include "parse.h"

#include <string.h>

enum {
	F_NOINLINE = 1 << 0, F_NOSPLIT = 1 << 1, F_NOCHECKPTR = 1 << 2, F_NOESCAPE = 1 << 3,
	F_NORACE = 1 << 4, F_SYSTEMSTACK = 1 << 5, F_NOWB = 1 << 6, F_NOWBREC = 1 << 7,
	F_YESWBREC = 1 << 8, F_CGOUNSAFE = 1 << 9, F_KEEPALIVE = 1 << 10,
	F_UINTPTRESC = 1 << 11, F_REGPARAMS = 1 << 12, F_NOTINHEAP = 1 << 13,
	F_GOBUILD = 1 << 14,
	F_FUNC = F_NOINLINE | F_NOSPLIT | F_NOCHECKPTR | F_NOESCAPE | F_NORACE |
		 F_SYSTEMSTACK | F_NOWB | F_NOWBREC | F_YESWBREC | F_CGOUNSAFE |
		 F_KEEPALIVE | F_UINTPTRESC | F_REGPARAMS,
	F_RUNTIME = F_SYSTEMSTACK | F_NOWB | F_NOWBREC | F_YESWBREC,
};

// Go's flags for a directive's verb (several imply others).
static unsigned verb_flag(const char *v)
{
	static const struct { const char *verb; unsigned flag; } tab[] = {
		{"go:build", F_GOBUILD}, {"go:noescape", F_NOESCAPE}, {"go:norace", F_NORACE},
		{"go:nosplit", F_NOSPLIT | F_NOCHECKPTR}, {"go:noinline", F_NOINLINE},
		{"go:nocheckptr", F_NOCHECKPTR}, {"go:systemstack", F_SYSTEMSTACK},
		{"go:nowritebarrier", F_NOWB}, {"go:nowritebarrierrec", F_NOWBREC | F_NOWB},
		{"go:yeswritebarrierrec", F_YESWBREC},
		{"go:cgo_unsafe_args", F_CGOUNSAFE | F_NOCHECKPTR},
		{"go:uintptrkeepalive", F_KEEPALIVE},
		{"go:uintptrescapes", F_UINTPTRESC | F_KEEPALIVE},
		{"go:registerparams", F_REGPARAMS}, {"go:notinheap", F_NOTINHEAP},
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if (strcmp(tab[i].verb, v) == 0)
			return tab[i].flag;
	return 0;
}

typedef struct Directive {
	Pos pos;           // of "go:", where Go reports it
	unsigned flag;
	int nnext;         // tokens seen after it (up to 2)
	int tok[2];
	Pos at[2];
} Directive;

typedef struct Target {
	int kind;          // TOK_FUNC, TOK_TYPE (notinheap allowed) or 0 (nothing allowed)
	Pos pos;           // `func`, or a spec's first name
	Pos body, body_end; // TOK_FUNC with a body
} Target;

typedef struct Early {
	Pos pos;
	const char *msg;
} Early;

static VEC(Directive) dirs;
static VEC(Target) targets;
static VEC(Early) early;  // parse-phase errors, held for dir_report_parse
static int waiting;       // directives still short of two following tokens
static bool paused;       // a library package is being parsed

static void note_early(Pos p, const char *msg)
{
	vec_push(&ast_arena, &early, ((Early){p, msg}));
}

void dir_reset(void)
{
	memset(&dirs, 0, sizeof dirs);
	memset(&targets, 0, sizeof targets);
	memset(&early, 0, sizeof early);
	waiting = 0;
}

void dir_error(Pos p, const char *msg)
{
	if (!paused)
		note_early(p, msg);
}

void dir_pause(bool pause)
{
	paused = pause;
}

void dir_note(Pos go_pos, const char *text, size_t len, bool blank)
{
	if (paused)
		return;
	char *t = arena_strndup(&ast_arena, text, len);
	if (len && t[len - 1] == '\r')
		t[len - 1] = 0;
	if (!blank) {
		note_early(go_pos, "misplaced compiler directive");
		return;
	}
	char *verb = arena_strndup(&ast_arena, t, strcspn(t, " \t"));
	unsigned flag = verb_flag(verb);
	if (flag & F_RUNTIME)
		note_early(go_pos, arena_sprintf(&ast_arena, "//%s only allowed in runtime", verb));
	if (flag == F_KEEPALIVE)
		note_early(go_pos, arena_sprintf(&ast_arena, "//%s is only allowed in the standard library",
						 verb));
	vec_push(&ast_arena, &dirs, ((Directive){.pos = go_pos, .flag = flag}));
	waiting++;
}

void dir_token(int tok, Pos p)
{
	if (paused)
		return;
	for (int i = dirs.len - 1; i >= 0 && waiting > 0; i--) {
		Directive *d = &dirs.items[i];
		if (d->nnext == 2)
			break;
		d->tok[d->nnext] = tok;
		d->at[d->nnext] = p;
		if (++d->nnext == 2)
			waiting--;
	}
}

void dir_target(int kind, Pos p, Node *body)
{
	if (paused)
		return;
	Target t = {kind, p, {0, 0}, {0, 0}};
	if (body) {
		t.body = body->pos;
		t.body_end = body->pos2;
	}
	vec_push(&ast_arena, &targets, t);
}

static bool same_pos(Pos a, Pos b)
{
	return a.line == b.line && a.col == b.col;
}

static Target *target_at(Pos p, bool func)
{
	for (int i = 0; i < targets.len; i++)
		if (same_pos(targets.items[i].pos, p) && (targets.items[i].kind == TOK_FUNC) == func)
			return &targets.items[i];
	return NULL;
}

static Target file_target = {TOK_PACKAGE, {0, 0}, {0, 0}, {0, 0}};

// The declaration that takes d, as Go's parser hands out its pragma.
static Target *owner(const Directive *d)
{
	if (d->nnext < 1)
		return NULL;
	if (d->tok[0] == TOK_PACKAGE)
		return &file_target;
	if (d->tok[0] == TOK_FUNC)
		return target_at(d->at[0], true);
	if ((d->tok[0] == TOK_VAR || d->tok[0] == TOK_CONST || d->tok[0] == TOK_TYPE) &&
	    d->nnext == 2 && d->tok[1] == TOK_IDENT)
		return target_at(d->at[1], false);
	if (d->tok[0] == TOK_IDENT)
		return target_at(d->at[0], false);
	return NULL;
}

void dir_report_parse(void)
{
	if (paused)
		return;
	for (int i = 0; i < dirs.len; i++)
		if (dirs.items[i].flag && !owner(&dirs.items[i]))
			note_early(dirs.items[i].pos, "misplaced compiler directive");
	// Go reports them as it scans: in source order.
	for (int i = 1; i < early.len; i++)
		for (int j = i; j > 0 && pos_before(early.items[j].pos, early.items[j - 1].pos); j--) {
			Early t = early.items[j];
			early.items[j] = early.items[j - 1];
			early.items[j - 1] = t;
		}
	for (int i = 0; i < early.len; i++)
		diag_errorf(early.items[i].pos, "%s", early.items[i].msg);
	early.len = 0;
}

static bool in_body(const Target *t)
{
	for (int i = 0; i < targets.len; i++) {
		const Target *f = &targets.items[i];
		if (f->kind == TOK_FUNC && f->body.line && !pos_before(t->pos, f->body) &&
		    pos_before(t->pos, f->body_end))
			return true;
	}
	return false;
}

static unsigned allowed(const Target *t)
{
	return t->kind == TOK_FUNC ? F_FUNC : t->kind == TOK_TYPE ? F_NOTINHEAP
		: t->kind == TOK_PACKAGE ? F_GOBUILD : 0;
}

// The directives t took that it does not allow.
static void report_target(const Target *t)
{
	unsigned all = 0;
	for (int i = 0; i < dirs.len; i++)
		if (owner(&dirs.items[i]) == t)
			all |= dirs.items[i].flag;
	unsigned bad = all & ~allowed(t);
	for (int i = 0; bad && i < dirs.len; i++)
		if (owner(&dirs.items[i]) == t && (dirs.items[i].flag & bad))
			diag_errorf(dirs.items[i].pos, "misplaced compiler directive");
}

void dir_report_decls(void)
{
	if (!dirs.len)
		return;
	report_target(&file_target);
	// The parser reduces a function after the declarations in its body.
	for (int i = 1; i < targets.len; i++)
		for (int j = i; j > 0 && pos_before(targets.items[j].pos, targets.items[j - 1].pos); j--) {
			Target t = targets.items[j];
			targets.items[j] = targets.items[j - 1];
			targets.items[j - 1] = t;
		}
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < targets.len; i++)
			if (in_body(&targets.items[i]) == (pass == 1))
				report_target(&targets.items[i]);
}
