// inl_stdlib.c: which standard-library calls of the subset Go 1.19 inlines.
//
// The members of the other library packages carry their measured cost and
// declarations with them (frontend/library.h). These are facts measured from Go, not rules: `go build -gcflags=-m=2 fmt
// sync` prints each function's inlining cost, and a caller is charged that
// cost instead of a call's 57, and inlining declares `dcls` variables in
// the caller (which the numbering of later temporaries shows). The calls
// Go does not inline (Sprintf, Errorf, WaitGroup.Add/Wait, ...) cost 57
// like any other call.
#include "inline/inl_internal.h"
#include "frontend/library.h"

typedef struct StdlibCall {
	Builtin b;
	const char *name;   // Go's name in "inlining call to ..."
	int cost;           // -1: Go does not inline it
	int dcls;           // variables its inlined body declares in the caller
} StdlibCall;

static const StdlibCall table[] = {
	{BI_FMT_PRINTLN, "fmt.Println", 72, 5},
	{BI_FMT_PRINTF, "fmt.Printf", 73, 6},
	{BI_FMT_PRINT, "fmt.Print", 72, 5},
	{BI_FMT_SPRINTF, "fmt.Sprintf", -1, 0},
	{BI_FMT_SPRINT, "fmt.Sprint", -1, 0},
	{BI_FMT_SPRINTLN, "fmt.Sprintln", -1, 0},
	{BI_FMT_ERRORF, "fmt.Errorf", -1, 0},
	{BI_MU_LOCK, "sync.(*Mutex).Lock", 69, 1},
	{BI_MU_UNLOCK, "sync.(*Mutex).Unlock", 75, 2},
	{BI_MU_TRYLOCK, "sync.(*Mutex).TryLock", 29, 3},
	{BI_WG_DONE, "sync.(*WaitGroup).Done", 61, 1},
	{BI_ONCE_DO, "sync.(*Once).Do", 69, 2},
	{BI_WG_ADD, "sync.(*WaitGroup).Add", -1, 0},
	{BI_WG_WAIT, "sync.(*WaitGroup).Wait", -1, 0},
};

int inl_stdlib_cost(Node *call, const char **name)
{
	*name = NULL;
	if (call->kind != ND_CALL ||
	    (call->u.call.call != CALL_FMT && call->u.call.call != CALL_SYNC))
		return -1;
	if (call->u.call.builtin == BI_LIB) {
		const LibFunc *lf = call->u.call.callee->lib;
		*name = lf->goname;
		return lf->fact ? lf->fact->cost : -1;
	}
	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		if (table[i].b == call->u.call.builtin) {
			*name = table[i].name;
			return table[i].cost;
		}
	return -1;
}

const char *inl_stdlib_inlined(Node *call)
{
	const char *name;
	return inl_stdlib_cost(call, &name) >= 0 ? name : NULL;
}

int inl_stdlib_dcls(Node *call)
{
	if (call->kind != ND_CALL ||
	    (call->u.call.call != CALL_FMT && call->u.call.call != CALL_SYNC))
		return 0;
	if (call->u.call.builtin == BI_LIB) {
		const LibFact *f = call->u.call.callee->lib->fact;
		return f && f->cost >= 0 ? f->dcls : 0;
	}
	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		if (table[i].b == call->u.call.builtin)
			return table[i].cost >= 0 ? table[i].dcls : 0;
	return 0;
}

const char *inl_stdlib_chain(Node *call)
{
	if (call->kind != ND_CALL || call->u.call.builtin != BI_LIB ||
	    (call->u.call.call != CALL_FMT && call->u.call.call != CALL_SYNC))
		return "";
	const LibFunc *lf = call->u.call.callee->lib;
	return lf->fact ? lf->fact->chain : "";
}
