// build_libcall.c: calls into the standard library (§1.5): the tags of
// library functions and methods come from Go's measured facts
// (frontend/library.h), and the bodies Go inlines at a call contribute
// their allocation sites and moved variables there.
#include "escape/build.h"
#include "check.h"
#include <stdlib.h>

#include "frontend/library.h"

// A library member's tags, from Go's measured facts (library.h): each
// "NAME=TAG" names a parameter (receiver first) of its declaration.
static EscFunc *lib_func(EscState *s, Sym *callee)
{
	if (callee->esc)
		return callee->esc;
	const LibFunc *lf = callee->lib;
	EscFunc *fn = arena_zalloc(&s->arena, sizeof *fn);
	fn->state = ESC_FN_TAGGED;
	fn->name = lf->goname;
	const char *names[64];
	int n = 0;
	if (lf->recv)
		names[n++] = lf->recv->u.field.names.len ?
			lf->recv->u.field.names.items[0]->u.ident.name : "_";
	NodeList *ps = &lf->ftype->u.functype.params;
	for (int i = 0; i < ps->len; i++)
		for (int k = 0; k < ps->items[i]->u.field.names.len && n < 64; k++)
			names[n++] = ps->items[i]->u.field.names.items[k]->u.ident.name;
	fn->nparams = n;
	fn->tags = arena_zalloc(&s->arena, (size_t)(n ? n : 1) * sizeof *fn->tags);
	fn->param_named = arena_zalloc(&s->arena, (size_t)(n ? n : 1));
	fn->param_ptrs = arena_zalloc(&s->arena, (size_t)(n ? n : 1));
	fn->nresults = callee->type ? callee->type->results.len : 0;
	for (int i = 0; i < n; i++) {
		fn->param_named[i] = true;
		fn->param_ptrs[i] = true;
		// No measured facts: assume the worst, the parameter leaks.
		if (!lf->fact)
			esc_leaks_add_heap(&fn->tags[i], 0);
	}
	for (const char *t = lf->fact ? lf->fact->tags : ""; *t;) {
		const char *eq = strchr(t, '=');
		const char *end = strchr(t, ' ');
		if (!end)
			end = t + strlen(t);
		int p = -1;
		for (int i = 0; i < n && eq; i++)
			if ((size_t)(eq - t) == strlen(names[i]) && memcmp(t, names[i], (size_t)(eq - t)) == 0)
				p = i;
		for (const char *q = eq ? eq + 1 : end; p >= 0 && q < end;) {
			if (*q == 'h')
				esc_leaks_add_heap(&fn->tags[p], atoi(q + 1));
			else if (*q == 'i' && p < 64)
				fn->lib_held |= (uint64_t)1 << p;
			else if (*q == 'r')
				esc_leaks_add_result(&fn->tags[p], atoi(q + 1), atoi(strchr(q, '.') + 1));
			while (q < end && *q != '+')
				q++;
			if (q < end)
				q++;
		}
		t = *end ? end + 1 : end;
	}
	callee->esc = fn;
	return fn;
}

// An allocation of an inlined library body that escapes for its size
// (batch.c flows it to the heap after the body, as Go does).
EscHole esc_sized_site(EscState *s, Node *site)
{
	EscLoc *l = esc_new_loc(s->b, s->curfn, site, NULL, true, s->loop_depth);
	l->heap_reason = "non-constant size";
	return esc_hole(l);
}

// A library call Go inlines: the allocations of the inlined body that Go
// reports at the call (measured, LibFact.extra) become sites here. One Go
// found escaping with the result discarded escapes; one it found staying
// is held by the call's results (an errors.New whose error escapes
// allocates its errorString on the heap).
void esc_lib_inlined_sites(EscState *s, Node *call, EscHole *ks, int nks, EscLoc **held,
	int nheld)
{
	const LibFunc *lf = call->u.call.callee->lib;
	static const char esc_sfx[] = " escapes to heap", stay_sfx[] = " does not escape";
	for (const char *e = lf->fact ? lf->fact->extra : ""; *e;) {
		const char *bar = strchr(e, '|');
		size_t len = bar ? (size_t)(bar - e) : strlen(e);
		bool escapes = len > sizeof esc_sfx - 1 &&
			memcmp(e + len - (sizeof esc_sfx - 1), esc_sfx, sizeof esc_sfx - 1) == 0;
		bool stays = len > sizeof stay_sfx - 1 &&
			memcmp(e + len - (sizeof stay_sfx - 1), stay_sfx, sizeof stay_sfx - 1) == 0;
		size_t cut = escapes ? sizeof esc_sfx - 1 : sizeof stay_sfx - 1;
		if (len > 3 && memcmp(e, "%F ", 3) == 0) {
			// a line about the caller itself (a self-assignment inlined)
			esc_report_text(s, call->pos, arena_sprintf(&ast_arena, "%s %.*s",
				esc_func_name(s->curfn), (int)len - 3, e + 3));
		} else if (escapes || stays) {
			// Not in the tree (id 0): only the escape pass sees it.
			Node *site = arena_zalloc(&ast_arena, sizeof *site);
			site->kind = ND_BAD;
			site->pos = call->pos;
			site->u.lit.text = arena_strndup(&ast_arena, e, len - cut);
			EscHole k = esc_discard_hole(s->b);
			if (escapes)
				k = esc_heap_hole(s->b);
			else if (ks && nks)
				k = esc_tee(s->b, s->curfn, s->loop_depth, ks, nks);
			// (an escaping make of the body is one of non-constant size:
			// Go measured it with the results discarded)
			bool sized = escapes && len > 5 && memcmp(e, "make(", 5) == 0;
			EscHole in = sized ? esc_sized_site(s, site) : esc_spill_node(s, k, site);
			// The body's first allocation holds the parameters it stores.
			if (nheld && (e[0] == '&' || (len > 4 && memcmp(e, "new(", 4) == 0))) {
				for (int i = 0; i < nheld; i++)
					esc_flow(s->b, in, held[i]);
				nheld = 0;
			}
		}
		e += len + (bar != NULL);
	}
}

// A library call Go inlines whose parameter the body addresses (fmt.Sscan's
// str, made an io.Reader): Go binds the parameter to a variable that moves
// to the heap, declared in the caller after its own variables (measured,
// LibFact.extra "moved to heap: fmt.str"). Only the report needs it: the C
// implementation receives the value.
static const char moved_sfx[] = "moved to heap: ";

bool esc_lib_has_moved(Node *n)
{
	return n->kind == ND_CALL && n->u.call.call == CALL_FMT && n->u.call.builtin == BI_LIB &&
		n->u.call.inl_callee && n->u.call.callee->lib->fact &&
		strstr(n->u.call.callee->lib->fact->extra, moved_sfx);
}

typedef struct LibVars {
	EscState *s;
	EscFunc *fn;
} LibVars;

static bool lib_vars_visit(Node *n, void *ctx)
{
	LibVars *c = ctx;
	EscState *s = c->s;
	if (n->kind == ND_FUNCLIT)
		return false;
	if (!esc_lib_has_moved(n))
		return true;
	for (const char *e = n->u.call.callee->lib->fact->extra; (e = strstr(e, moved_sfx));) {
		e += sizeof moved_sfx - 1;
		size_t len = strcspn(e, "|");
		Sym *v = sym_new(SYM_VAR, arena_strndup(&ast_arena, e, len), n->pos);
		v->type = type_str;
		vec_push(&s->arena, &s->lib_calls, n);
		vec_push(&s->arena, &s->lib_locs, esc_new_loc(s->b, c->fn, NULL, v, false, 1));
	}
	return true;
}

void esc_lib_param_locs(EscState *s, EscFunc *fn)
{
	LibVars c = {s, fn};
	if (fn->sym->body)
		esc_visit(fn->sym->body, lib_vars_visit, &c);
}

void esc_lib_inlined_params(EscState *s, Node *call)
{
	for (int i = s->lib_calls.len - 1; i >= 0; i--)   // (the batch's own, if again)
		if (s->lib_calls.items[i] == call)
			esc_flow(s->b, esc_addr(s->b, esc_heap_hole(s->b), call, "address-of"),
				s->lib_locs.items[i]);
}

// Tags of the fmt functions and sync methods, as Go 1.19 compiles them:
// fmt's `a ...any` leaks its content; sync receivers leak.
EscFunc *esc_library_func(EscState *s, Node *call)
{
	Builtin bi = call->u.call.builtin;
	if (bi == BI_LIB)
		return lib_func(s, call->u.call.callee);
	if (bi <= BI_NONE || bi >= BI__COUNT)
		return NULL;
	if (s->libfn[bi])
		return s->libfn[bi];
	EscFunc *fn = arena_zalloc(&s->arena, sizeof *fn);
	fn->state = ESC_FN_TAGGED;
	fn->name = ast_builtin_name(bi);
	fn->nparams = 4;
	fn->tags = arena_zalloc(&s->arena, 4 * sizeof *fn->tags);
	fn->param_named = arena_zalloc(&s->arena, 4);
	fn->param_ptrs = arena_zalloc(&s->arena, 4);
	if (call->u.call.call == CALL_SYNC) {
		esc_leaks_add_heap(&fn->tags[0], 0);  // the receiver
	} else {
		Type *ft = call->u.call.ftype;
		int np = ft ? ft->fields.len : 1;
		if (np < 1 || np > 4)
			np = 1;
		esc_leaks_add_heap(&fn->tags[np - 1], 1);  // a ...any: content leaks
	}
	s->libfn[bi] = fn;
	return fn;
}

EscHole esc_tag_hole(EscState *s, EscHole *ks, int nks, EscFunc *fn, int param)
{
	EscBatch *b = s->b;
	if (!fn)
		return esc_heap_hole(b);
	if (fn->state < ESC_FN_TAGGED) {
		// Same batch: link to the parameter itself.
		if (!fn->param_locs || param >= fn->nparams || !fn->param_named[param])
			return esc_discard_hole(b);
		return esc_hole(fn->param_locs[param]);
	}
	if (param >= fn->nparams)
		return esc_discard_hole(b);
	EscLeaks *l = &fn->tags[param];
	EscHole hs[1 + ESC_NUM_RESULTS];
	int n = 0;
	int h = esc_leaks_heap(l);
	if (h >= 0)
		hs[n++] = esc_shift(esc_heap_hole(b), h);
	if (ks) {
		for (int i = 0; i < ESC_NUM_RESULTS; i++) {
			int x = esc_leaks_result(l, i);
			if (x >= 0 && i < nks)
				hs[n++] = esc_shift(ks[i], x);
		}
	}
	return esc_tee(b, s->curfn, s->loop_depth, hs, n);
}
