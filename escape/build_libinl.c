// build_libinl.c: the fmt printers and scanners and the sync methods where
// Go inlines them (plain -m, inlining on).
//
// Their bodies are one call, `return Fprintln(os.Stdout, a...)`, so the
// decisions are those of the tags (a's content leaks) either way; what
// inlining changes is the path -m=2 explains. Go binds the parameters to
// variables of the caller, `fmt.format, fmt.a := "%d\n", ... argument`,
// and the body passes those to the out-of-line Fprint function:
//     flow: fmt.a = &{storage for ... argument}:
//       from ... argument (spill)
//       from fmt.a := ... argument (assign-pair)
//     flow: {heap} = *fmt.a:
//       from fmt.Fprintln(io.Writer(os.Stdout), fmt.a...) (call parameter)
// The graph here has those locations and edges, so the walk finds Go's path.
// The sync methods bind their receiver (sync.m := mu) and pass it to an
// atomic operation, which leaks it:
//     flow: {heap} = sync.m:
//       from sync.m.state (dot of pointer)
//       from &sync.m.state (address-of)
//       from atomic.AddInt32(&sync.m.state, int32(-1)) (call parameter)
#include "escape/build.h"
#include "inline/inline.h"
#include "frontend/library.h"

typedef struct FmtBody {
	Builtin b;
	const char *goname;      // a library member (BI_LIB): its name
	int np;
	const char *params[3];   // Go's parameter names, in order
	const char *inner;       // the out-of-line call the body makes
	// The Sscan family reads the string through &str as an io.Reader: str
	// is the first parameter, moved to heap (its variable is made with the
	// function's, build_call.c's esc_lib_param_locs).
	const char *reader;
} FmtBody;

#define READER "io.Reader((*fmt.stringReader)(&fmt.str))"

static const FmtBody bodies[] = {
	{BI_FMT_PRINTLN, NULL, 1, {"a"}, "fmt.Fprintln(io.Writer(os.Stdout), fmt.a...)", NULL},
	{BI_FMT_PRINT, NULL, 1, {"a"}, "fmt.Fprint(io.Writer(os.Stdout), fmt.a...)", NULL},
	{BI_FMT_PRINTF, NULL, 2, {"format", "a"},
		"fmt.Fprintf(io.Writer(os.Stdout), fmt.format, fmt.a...)", NULL},
	{BI_LIB, "fmt.Sscan", 2, {"str", "a"}, "fmt.Fscan(" READER ", fmt.a...)", READER},
	{BI_LIB, "fmt.Sscanln", 2, {"str", "a"}, "fmt.Fscanln(" READER ", fmt.a...)", READER},
	{BI_LIB, "fmt.Sscanf", 3, {"str", "format", "a"},
		"fmt.Fscanf(" READER ", fmt.format, fmt.a...)", READER},
};

static const FmtBody *body_of(EscState *s, Node *call)
{
	if (!s->opts->inlined || call->kind != ND_CALL || call->u.call.call != CALL_FMT)
		return NULL;
	bool lib = call->u.call.builtin == BI_LIB;
	if (lib ? !call->u.call.inl_callee || !call->u.call.callee || !call->u.call.callee->lib :
		!inl_stdlib_inlined(call))
		return NULL;
	for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++)
		if (bodies[i].b == call->u.call.builtin &&
		    (!lib || strcmp(bodies[i].goname, call->u.call.callee->lib->goname) == 0))
			return &bodies[i];
	return NULL;
}

// The variable of the moved parameter that esc_lib_param_locs made.
static EscLoc *moved_loc(EscState *s, Node *call)
{
	for (int i = 0; i < s->lib_calls.len; i++)
		if (s->lib_calls.items[i] == call)
			return s->lib_locs.items[i];
	return NULL;
}

bool esc_fmt_inlined(EscState *s, Node *call)
{
	Type *ft = call->u.call.ftype;
	const FmtBody *fb = body_of(s, call);
	int np = fb ? fb->np : 0;
	NodeList *a = &call->u.call.args;
	if (fb && fb->reader && !moved_loc(s, call))
		return false;
	// f(g()) with a multi-valued g passes g's results through temporaries
	// (autotmp.c); without them (a package initialiser) the call keeps its
	// out-of-line shape.
	bool tuple = a->len == 1 && a->items[0]->type && a->items[0]->type->kind == TY_TUPLE;
	return fb && ft && ft->variadic && ft->fields.len == np && a->len >= np - 1 &&
		(!tuple || (!call->u.call.spread && esc_multi(s, call)));
}

Node *esc_text_node(Pos pos, const char *text)
{
	Node *n = arena_zalloc(&ast_arena, sizeof *n);
	n->kind = ND_BAD;
	n->pos = pos;
	n->u.lit.text = text;
	return n;
}

Node *esc_binding_node(EscBatch *b, Pos pos)
{
	if (!b->keep_notes)
		return NULL;
	Node *as = arena_zalloc(&ast_arena, sizeof *as);
	as->kind = ND_ASSIGN;
	as->pos = pos;
	as->u.assign.op = TOK_DEFINE;
	return as;
}

Node *esc_ident_node(Sym *v, Pos pos)
{
	Node *n = arena_zalloc(&ast_arena, sizeof *n);
	n->kind = ND_IDENT;
	n->pos = pos;
	n->u.ident.name = v->name;
	n->u.ident.sym = v;
	n->type = v->type;
	return n;
}

void esc_fmt_inlined_call(EscState *s, Node *call)
{
	EscBatch *b = s->b;
	const FmtBody *fb = body_of(s, call);
	Type *ft = call->u.call.ftype;
	NodeList *args = &call->u.call.args;
	int np = ft->fields.len, nfixed = np - 1;
	bool pack = !call->u.call.spread;
	NodeList margs;
	if (esc_multi_args(s, call, &margs))   // `t1, t2 := g()`, then the call of t1, t2
		args = &margs;

	// fmt.format, fmt.a := ARGS (assign-pair): Go's binding of the parameters.
	EscLoc *locs[3];
	Node *as = esc_binding_node(b, call->pos);
	for (int i = 0; i < np; i++) {
		if (i == 0 && fb->reader) {
			locs[0] = moved_loc(s, call);
			if (as)
				vec_push(&ast_arena, &as->u.assign.lhs, esc_ident_node(locs[0]->var, call->pos));
			if (as)
				vec_push(&ast_arena, &as->u.assign.rhs, args->items[0]);
			continue;
		}
		Sym *v = arena_zalloc(&s->arena, sizeof *v);
		v->kind = SYM_VAR;
		v->id = -1;
		v->name = arena_sprintf(&ast_arena, "fmt.%s", fb->params[i]);
		v->pos = call->pos;
		v->type = ft->fields.items[i].type;
		type_complete(v->type);
		locs[i] = esc_new_loc(b, s->curfn, NULL, v, false, s->loop_depth);
		if (!as)
			continue;
		vec_push(&ast_arena, &as->u.assign.lhs, esc_ident_node(v, call->pos));
		Node *r = i < nfixed || !pack ? (i < args->len ? args->items[i] : NULL) :
			args->len > nfixed ? esc_text_node(call->pos, "... argument") : esc_text_node(call->pos, "nil");
		vec_push(&ast_arena, &as->u.assign.rhs, r ? r : esc_text_node(call->pos, "nil"));
	}
	EscHole ks[3];
	for (int i = 0; i < np; i++) {
		ks[i] = esc_note(b, esc_hole(locs[i]), as, "assign-pair");
		if (!esc_type_has_ptrs(locs[i]->var->type))
			ks[i].dst = &b->blank;
	}
	for (int i = 0; i < nfixed && i < args->len; i++)
		esc_expr(s, ks[i], args->items[i]);
	if (!pack) {
		if (args->len > nfixed)
			esc_expr(s, ks[nfixed], args->items[nfixed]);
	} else if (args->len > nfixed) {
		s->is_pack_call[call->id] = true;
		EscHole pk = esc_spill_node(s, ks[nfixed], call);
		for (int i = nfixed; i < args->len; i++)
			esc_expr(s, esc_note(b, pk, call, "slice-literal-element"), args->items[i]);
	}
	// The body: Fprint's `a ...any` leaks its content; the format does not
	// escape.
	Node *inner = b->keep_notes ? esc_text_node(call->pos, fb->inner) : NULL;
	esc_flow(b, esc_note(b, esc_shift(esc_heap_hole(b), 1), inner, "call parameter"), locs[nfixed]);
	if (fb->reader) {
		EscHole k = esc_note(b, esc_heap_hole(b), inner, "call parameter");
		k = esc_note(b, k, b->keep_notes ? esc_text_node(call->pos, fb->reader) : NULL,
			"interface-converted");
		k = esc_addr(b, k, b->keep_notes ? esc_text_node(call->pos, "&fmt.str") : NULL, "address-of");
		esc_flow(b, k, locs[0]);
	}
}

// {==================== sync ====================

typedef struct SyncBody {
	Builtin b;
	const char *recv;    // the receiver's variable
	const char *inner;   // the call that leaks it
	bool field;          // through &recv.state (a Mutex), or the receiver itself
} SyncBody;

static const SyncBody sync_bodies[] = {
	{BI_MU_LOCK, "sync.m", "atomic.CompareAndSwapInt32(&sync.m.state, int32(0), int32(1))", true},
	{BI_MU_UNLOCK, "sync.m", "atomic.AddInt32(&sync.m.state, int32(-1))", true},
	{BI_MU_TRYLOCK, "sync.m",
		"atomic.CompareAndSwapInt32(&sync.m.state, sync.old, sync.old | int32(1))", true},
	{BI_WG_DONE, "sync.wg", "(*sync.WaitGroup).Add(sync.wg, int(-1))", false},
};

static const SyncBody *sync_body_of(EscState *s, Node *call)
{
	if (!s->opts->inlined || call->kind != ND_CALL || call->u.call.call != CALL_SYNC ||
	    call->u.call.builtin == BI_LIB || !inl_stdlib_inlined(call) ||
	    ast_unparen(call->u.call.fn)->kind != ND_SELECTOR)
		return NULL;
	for (size_t i = 0; i < sizeof sync_bodies / sizeof *sync_bodies; i++)
		if (sync_bodies[i].b == call->u.call.builtin)
			return &sync_bodies[i];
	return NULL;
}

bool esc_sync_inlined(EscState *s, Node *call)
{
	return sync_body_of(s, call) != NULL;
}

void esc_sync_inlined_call(EscState *s, Node *call)
{
	EscBatch *b = s->b;
	const SyncBody *sb = sync_body_of(s, call);
	Node *sel = ast_unparen(call->u.call.fn);
	Sym *v = arena_zalloc(&s->arena, sizeof *v);
	v->kind = SYM_VAR;
	v->id = -1;
	v->name = sb->recv;
	v->pos = call->pos;
	v->type = type_pointer(sel->u.sel.x->type && type_underlying(sel->u.sel.x->type)->kind ==
		TY_POINTER ? type_underlying(sel->u.sel.x->type)->elem : sel->u.sel.x->type);
	type_complete(v->type);
	EscLoc *recv = esc_new_loc(b, s->curfn, NULL, v, false, s->loop_depth);
	Node *as = NULL;
	if (b->keep_notes) {   // sync.m := mu (Go prints no implicit &)
		as = arena_zalloc(&ast_arena, sizeof *as);
		as->kind = ND_ASSIGN;
		as->pos = call->pos;
		as->u.assign.op = TOK_DEFINE;
		vec_push(&ast_arena, &as->u.assign.lhs, esc_ident_node(v, call->pos));
		vec_push(&ast_arena, &as->u.assign.rhs, sel->u.sel.x);
	}
	esc_selector_base(s, esc_note(b, esc_hole(recv), as, "assign-pair"), sel);
	bool notes = b->keep_notes;
	EscHole k = esc_note(b, esc_heap_hole(b), notes ? esc_text_node(call->pos, sb->inner) : NULL,
		"call parameter");
	if (sb->field) {
		k = esc_addr(b, k, notes ? esc_text_node(call->pos, "&sync.m.state") : NULL, "address-of");
		k = esc_deref(b, k, notes ? esc_text_node(call->pos, "sync.m.state") : NULL, "dot of pointer");
	}
	esc_flow(b, k, recv);
}

// }
