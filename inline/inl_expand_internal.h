// inl_expand_internal.h: what the inliner's own files share (inline/inl_*.c).
// Not part of the pass's contract, which is inline/inline.h.
#ifndef MGO_INL_EXPAND_INTERNAL_H
#define MGO_INL_EXPAND_INTERNAL_H

#include "frontend/ast.h"
#include "frontend/check.h"

// inl_children.c: calls f on the address of every child of n that is evaluated
// or executed (type expressions are skipped), in evaluation order. With
// clone_lists the node's NodeLists get fresh item arrays first, so a
// shallow copy of n can have its children replaced without touching n's.
typedef void (*InlChildFn)(Node **slot, void *ctx);
void inl_children(Node *n, InlChildFn f, void *ctx, bool clone_lists);

// inl_copy.c: one inlined copy of a callee's body.
typedef struct InlSymPair {
	Sym *from, *to;
} InlSymPair;

typedef struct InlCopy {
	Sym *callee;            // the function whose body is copied ...
	Sym *into;              // ... and the one that receives its locals
	Pos pos;                // the outermost call: Go reports inlined code there ...
	int in_lit;             // ... except inside function literals, which keep theirs
	int copy_no;            // unique per copy (codegen names)
	VEC(InlSymPair) syms;   // callee symbols -> the copy's (literals' functions included)
	VEC(Node *) from, to;   // copied nodes (branch targets and declarations)
	SymList fresh;          // variables made for this copy
	uint32_t limit;         // made when inl_decide's count was this (0: at the end)
	Sym *const *active;     // the callees being expanded around the copy (Go's inlMap)
	int nactive;
} InlCopy;

void inl_copy_init(InlCopy *c, Sym *callee, Sym *into, Pos pos, int copy_no);
Sym *inl_copy_sym(InlCopy *c, Sym *s);             // the copy's symbol for s (s when not remapped)
Sym *inl_fresh_var(InlCopy *c, Sym *s, Sym *owner, const char *name);  // maps s -> a new local
Node *inl_copy_tree(InlCopy *c, Node *n);
// Redirects branch targets and Sym.decl into the copy; call once, after
// every inl_copy_tree of the copy.
void inl_copy_finish(InlCopy *c);
// A call in a literal of a copy, which Go leaves a call (not expanded).
bool inl_held(Node *call);
void inl_forget_held(void);   // ... and the notes below
// From inl_decide: a call of a callee's body inlined only in its copies,
// and when (seq: the count of calls inl_decide inlined so far); when a
// call of a function's own body was marked inlined.
void inl_note_midstack(Node *call, Sym *callee, uint32_t seq);
void inl_note_mark(Node *call, uint32_t seq);
uint32_t inl_mark_seq(Node *call);   // 0: unknown

// inl_decide.c: the code Go's dead-code pass removed, by original node
// (kept from inl_decide until inl_expand ends, then forgotten).
bool inl_dead(Node *n);
void inl_forget_dead(void);

// inl_expand.c: a fresh end-of-body label number for an ND_INLCALL.
int inl_new_label(void);
// inl_captures.c: extends the capture lists of decl's function literals.
void inl_fix_captures(Node *decl);

#endif
