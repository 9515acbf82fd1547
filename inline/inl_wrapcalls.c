// inl_wrapcalls.c: the calls a method wrapper inlines that the method did
// not, and their copies.
//
// Go inlines a method into each wrapper it generates for it ((*T).M, E.M)
// after the whole package was compiled, then inlines the calls of that
// copy (mid-stack) with what can inline by then. Inside a recursive batch
// Go decides the method's own calls before a later member's CanInline ran,
// so the wrapper's copy may inline a call the method keeps (escgen seed
// 11081: f6 inlines into the wrapper of T.M, not into T.M). inl_calls.c
// notes such calls here; inl_expand builds each one's inlined copy aside;
// escape analysis (batch.c's wrapper analysis) and inl_wrappers.c swap the
// copies into the method's body while they look at it as the wrapper's,
// then back. The program compiled never holds them.
#include "inline/inline.h"
#include "inline/inl_expand_internal.h"
#include "inline/inl_wrapcalls.h"

typedef struct WrapCall {
	Sym *method;
	Node *call;        // in the method's body, not inlined there
	Sym *callee;       // what the wrapper's copy inlines
	Node *inl;         // the copy (inl_expand), or NULL
	bool swapped;      // inl is in the body now
} WrapCall;

static struct { WrapCall *items; int len, cap; } calls;   // in the AST arena

void inl_wrapcalls_reset(void)
{
	calls.items = NULL;
	calls.len = calls.cap = 0;
}

void inl_wrapcalls_note(Sym *method, Node *call, Sym *callee)
{
	WrapCall w = {method, call, callee, NULL, false};
	vec_push(&ast_arena, &calls, w);
}

int inl_wrapcalls_count(void)
{
	return calls.len;
}

Node *inl_wrapcalls_get(int i, Sym **method, Sym **callee)
{
	*method = calls.items[i].method;
	*callee = calls.items[i].callee;
	return calls.items[i].call;
}

void inl_wrapcalls_set(int i, Node *inl)
{
	calls.items[i].inl = inl;
}

typedef struct Swap {
	Node *from, *to;
	bool done;
} Swap;

static void swap_slot(Node **slot, void *ctx)
{
	Swap *sw = ctx;
	if (sw->done)
		return;
	if (*slot == sw->from) {
		*slot = sw->to;
		sw->done = true;
		return;
	}
	inl_children(*slot, swap_slot, ctx, false);
}

void inl_wrapper_swap(Sym *m, bool in)
{
	for (int i = 0; i < calls.len; i++) {
		WrapCall *w = &calls.items[i];
		if (w->method != m || !w->inl || w->swapped == in)
			continue;
		Swap sw = {in ? w->call : w->inl, in ? w->inl : w->call, false};
		inl_children(m->body, swap_slot, &sw, false);
		if (sw.done)
			w->swapped = in;
	}
}
