// inl_wrapcalls.h: the calls a method wrapper's copy of a method inlines
// and the method does not (inl_wrapcalls.c): noted by inl_calls.c, their
// copies built by inl_expand.c.
#ifndef MGO_INL_WRAPCALLS_H
#define MGO_INL_WRAPCALLS_H

#include "frontend/ast.h"

void inl_wrapcalls_note(Sym *method, Node *call, Sym *callee);
int inl_wrapcalls_count(void);
Node *inl_wrapcalls_get(int i, Sym **method, Sym **callee);
void inl_wrapcalls_set(int i, Node *inl);   // the inlined copy of call i
void inl_wrapcalls_reset(void);

#endif
