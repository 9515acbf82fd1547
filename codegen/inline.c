// inline.c: which generated functions to declare `inline` for the C compiler.
//
// The decision is Go's: the inline pass (inline/) runs Go 1.19's cost
// model and sets Sym.inl_ok on every function Go can inline; mgoc runs it
// in cost-only mode under -l, so the hints do not depend on the flag.
// gcc's own heuristics are far more timid for functions it was not asked
// to inline (a function taking a slice returns it through memory, a
// closure passed to a small helper stays an indirect call), so marking
// Go's inlinable functions `inline` and letting compile.c raise gcc's
// limit for them recovers what Go's inliner buys. It is a hint, never
// always_inline, so a recursive cycle costs speed, never a C compile error.
#define CG_INTERNAL
#include "cgen.h"

bool cg_inline_hint(Sym *fn)
{
	return fn && fn->kind == SYM_FUNC && fn->inl_ok;
}

void cg_inline_reset(void)
{
}
