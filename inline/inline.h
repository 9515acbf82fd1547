// inline.h: the inlining pass, between the type checker and escape analysis
// (frontend -> inline -> escape -> codegen), implementing Go 1.19's inliner.
//
// Two steps, run in this order by mgoc.c unless -l is given:
//   inl_decide  Go's cost model and rules: sets Sym.inl_ok / Sym.inl_cost
//               for every function and function literal, and
//               Node.u.call.inl_callee for every call site Go inlines
//               (mid-stack included); queues the -m messages about
//               inlining ("can inline F", "inlining call to F", and at
//               -m=2 "can inline F with cost N as: ..." and
//               "cannot inline F: reason") in Go's order.
//   inl_expand  rewrites each marked call site into the callee's body
//               (parameters and results become fresh locals with Go's
//               names), so that escape analysis decides per call site and
//               codegen compiles the inlined program.
// With -l neither runs, and the compiler behaves as `go build -gcflags=-l`.
#ifndef MGO_INLINE_H
#define MGO_INLINE_H

#include "frontend/ast.h"

typedef struct InlOptions {
	int m_level;     // 0: no messages; 1: -m; 2: -m=2
} InlOptions;

void inl_decide(Node *file, const InlOptions *opt);
void inl_expand(Node *file, const InlOptions *opt);
// Cost model only, for -l: sets Sym.inl_ok / Sym.inl_cost (codegen's C
// `inline` hints read them), marks no call site and prints nothing.
void inl_costs(Node *file);

#endif
