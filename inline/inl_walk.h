// inl_walk.h: the inline pass's walk of a function body (inl_walk.c).
#ifndef MGO_INL_WALK_H
#define MGO_INL_WALK_H

#include "frontend/ast.h"

// pre returns false to skip n's children (post is then not called for n).
typedef bool (*InlVisit)(Node *n, void *ctx);
void inl_walk(Node *n, InlVisit pre, InlVisit post, void *ctx);

#endif
