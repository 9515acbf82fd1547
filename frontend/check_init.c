// check_init.c: whole-package orderings — invalid recursive types (a type
// that contains itself without indirection) and the initialisation order
// of package variables (Go's rule: repeatedly initialise the earliest
// variable in declaration order whose dependencies are initialised, where
// dependencies are followed through the bodies of referenced functions).
#include "check.h"

// {==================== Recursive types ====================

typedef VEC(Type *) TypeStack;

static bool walk_type(Checker *c, Type *t, TypeStack *stack, unsigned char *color);

// Reports the cycle stack[from..] + t and breaks it.
static void report_cycle(TypeStack *stack, int from, Type *t)
{
	// Go starts the report at the cycle's type declared first.
	int n = stack->len - from, first = from;
	for (int i = from; i < stack->len; i++)
		if (pos_before(stack->items[i]->sym->pos, stack->items[first]->sym->pos))
			first = i;
	Sym *s = stack->items[first]->sym;
	char *detail = arena_sprintf(&ast_arena, "invalid recursive type %s", s->name);
	for (int k = 0; k < n; k++) {
		Sym *e = stack->items[from + (first - from + k) % n]->sym;
		detail = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s refers to", detail, diag_filename,
				       e->pos.line, e->pos.col, e->name);
	}
	detail = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s", detail, diag_filename, s->pos.line,
			       s->pos.col, s->name);
	diag_errorf(s->pos, "%s", detail);
	t->underlying = type_bad;
}

static bool walk_named(Checker *c, Type *t, TypeStack *stack, unsigned char *color)
{
	int id = t->id;
	if (color[id] == 2)
		return true;
	if (color[id] == 1) {
		int from = 0;
		for (int i = 0; i < stack->len; i++)
			if (stack->items[i] == t)
				from = i;
		report_cycle(stack, from, t);
		return false;
	}
	color[id] = 1;
	vec_push(&ast_arena, stack, t);
	// Go follows the declared right side (type x y goes through y, not
	// straight to y's underlying type) so that a loop names every step.
	Type *rhs = t->underlying;
	Node *spec = t->sym ? t->sym->decl : NULL;
	if (spec && spec->kind == ND_TYPESPEC && spec->u.typespec.ttype && spec->u.typespec.ttype->type &&
	    spec->u.typespec.ttype->type->kind == TY_NAMED && rhs && !is_bad(rhs))
		rhs = spec->u.typespec.ttype->type;
	bool ok = walk_type(c, rhs, stack, color);
	stack->len--;
	color[id] = 2;
	return ok;
}

static bool walk_type(Checker *c, Type *t, TypeStack *stack, unsigned char *color)
{
	if (!t)
		return true;
	switch (t->kind) {
	case TY_NAMED:
		if (!t->sym || t->id >= c->ntypes_color)
			return true;
		return walk_named(c, t, stack, color);
	case TY_ARRAY:
		return walk_type(c, t->elem, stack, color);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!walk_type(c, t->fields.items[i].type, stack, color))
				return false;
		return true;
	default:
		return true;
	}
}

void check_valid_named(Checker *c, Type *t)
{
	int n = t->id + 1;
	unsigned char *color = arena_zalloc(&ast_arena, (size_t)n);
	int saved = c->ntypes_color;
	c->ntypes_color = n;
	TypeStack stack = {0};
	walk_named(c, t, &stack, color);
	c->ntypes_color = saved;
}

void check_valid_types(Checker *c)
{
	int n = 0;
	for (int i = 0; i < c->prog->types.len; i++)
		if (c->prog->types.items[i]->type->id >= n)
			n = c->prog->types.items[i]->type->id + 1;
	unsigned char *color = arena_zalloc(&ast_arena, (size_t)n + 1);
	c->ntypes_color = n;
	for (int i = 0; i < c->prog->types.len; i++) {
		TypeStack stack = {0};
		walk_named(c, c->prog->types.items[i]->type, &stack, color);
	}
}

// }==================== Initialisation order ====================

// The var spec a package variable belongs to.
static Node *spec_of(Sym *s)
{
	return s->decl;
}

// Collects into out the var specs reachable from sym's references,
// looking through functions (visited marks functions by Sym.id).
static void reach(Checker *c, Sym *s, int *visited, int gen, NodeList *out)
{
	SymList *l = s->id < c->ndeps ? &c->deps[s->id] : NULL;
	if (!l)
		return;
	for (int i = 0; i < l->len; i++) {
		Sym *d = l->items[i];
		if (d->id >= c->ndeps || visited[d->id] == gen)
			continue;
		visited[d->id] = gen;
		if (d->kind == SYM_VAR)
			vec_push(&ast_arena, out, spec_of(d));
		else if (d->kind == SYM_FUNC)
			reach(c, d, visited, gen, out);
	}
}

// The symbol under which a package variable's initialiser recorded its
// references: the first name of its spec.
static Sym *unit_of(Sym *v)
{
	return v->kind == SYM_VAR ? v->decl->u.spec.names.items[0]->u.ident.sym : v;
}

// Go's search for a reference path from s back to target through
// variables and functions; on success path holds the steps after s.
static bool find_path(Checker *c, Sym *s, Sym *target, int *visited, int gen, SymList *path)
{
	Sym *u = unit_of(s);
	if (u->id >= c->ndeps || visited[u->id] == gen)
		return false;
	visited[u->id] = gen;
	SymList *l = &c->deps[u->id];
	for (int i = 0; i < l->len; i++) {
		Sym *d = l->items[i];
		if (d == target)
			return true;
		if (d->kind != SYM_VAR && d->kind != SYM_FUNC)
			continue;
		vec_push(&ast_arena, path, d);
		if (find_path(c, d, target, visited, gen, path))
			return true;
		path->len--;
	}
	return false;
}

static void report_loop(Sym *v, SymList *path)
{
	char *msg = arena_sprintf(&ast_arena, "initialization loop for %s\n\t%s:%d:%d: %s refers to",
				  v->name, diag_filename, v->pos.line, v->pos.col, v->name);
	for (int i = 0; i < path->len; i++)
		msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s refers to", msg, diag_filename,
				    path->items[i]->pos.line, path->items[i]->pos.col, path->items[i]->name);
	msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s", msg, diag_filename, v->pos.line,
			    v->pos.col, v->name);
	diag_errorf(v->pos, "%s", msg);
}

// Reports initialisation loops as Go does: variables (one node each, a
// function's references folded into its callers) are taken fewest
// remaining dependencies first, then in source order; one taken while
// it still has dependencies is reported when a path leads back to it.
// Only a cyclic package gets here, so quadratic work is fine.
static void report_loops(Checker *c, int *visited, int gen)
{
	NodeList *specs = &c->var_specs;
	SymList vars = {0};
	for (int i = 0; i < specs->len; i++)
		for (int k = 0; k < specs->items[i]->u.spec.names.len; k++) {
			Sym *v = specs->items[i]->u.spec.names.items[k]->u.ident.sym;
			if (v && v->id < c->ndeps)
				vec_push(&ast_arena, &vars, v);
		}
	int n = vars.len;
	int *index_of = arena_zalloc(&ast_arena, sizeof(int) * (size_t)c->ndeps);
	for (int i = 0; i < c->ndeps; i++)
		index_of[i] = -1;
	for (int i = 0; i < n; i++)
		index_of[vars.items[i]->id] = i;
	int *ndeps = arena_zalloc(&ast_arena, sizeof(int) * (size_t)(n + 1));
	VEC(int) *preds = arena_zalloc(&ast_arena, sizeof *preds * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		// Every variable reachable from i's initialiser through functions.
		SymList succ = {0};
		gen++;
		SymList work = {0};
		vec_push(&ast_arena, &work, unit_of(vars.items[i]));
		while (work.len) {
			Sym *f = work.items[--work.len];
			SymList *l = f->id < c->ndeps ? &c->deps[f->id] : NULL;
			for (int k = 0; l && k < l->len; k++) {
				Sym *d = l->items[k];
				if (d->id >= c->ndeps || visited[d->id] == gen)
					continue;
				visited[d->id] = gen;
				if (d->kind == SYM_VAR && index_of[d->id] >= 0)
					vec_push(&ast_arena, &succ, d);
				else if (d->kind == SYM_FUNC)
					vec_push(&ast_arena, &work, d);
			}
		}
		ndeps[i] = succ.len;
		for (int k = 0; k < succ.len; k++)
			vec_push(&ast_arena, &preds[index_of[succ.items[k]->id]], i);
	}
	bool *done = arena_zalloc(&ast_arena, (size_t)n + 1);
	for (int round = 0; round < n; round++) {
		int pick = -1;
		for (int i = 0; i < n; i++)
			if (!done[i] && (pick < 0 || ndeps[i] < ndeps[pick]))
				pick = i;
		if (ndeps[pick] > 0) {
			SymList path = {0};
			Sym *v = vars.items[pick];
			if (find_path(c, v, v, visited, ++gen, &path))
				report_loop(v, &path);
		}
		done[pick] = true;
		for (int k = 0; k < preds[pick].len; k++)
			ndeps[preds[pick].items[k]]--;
	}
}

void check_init_order(Checker *c)
{
	NodeList *specs = &c->var_specs;
	int n = specs->len;
	if (!n)
		return;
	// Generations of visited marks: one a spec, then the loop search's.
	int *visited = arena_zalloc(&ast_arena, sizeof(int) * (size_t)c->ndeps);
	// Spec index by spec node, through the first name's Sym.id.
	int *index_of = arena_zalloc(&ast_arena, sizeof(int) * (size_t)c->ndeps);
	for (int i = 0; i < n; i++)
		for (int k = 0; k < specs->items[i]->u.spec.names.len; k++) {
			Sym *s = specs->items[i]->u.spec.names.items[k]->u.ident.sym;
			if (s && s->id < c->ndeps)
				index_of[s->id] = i;
		}
	NodeList *deps = arena_zalloc(&ast_arena, sizeof(NodeList) * (size_t)n);
	int *pending = arena_zalloc(&ast_arena, sizeof(int) * (size_t)n);
	NodeList *users = arena_zalloc(&ast_arena, sizeof(NodeList) * (size_t)n);
	bool cyclic = false;
	for (int i = 0; i < n; i++) {
		Node *spec = specs->items[i];
		Sym *unit = spec->u.spec.names.len ? spec->u.spec.names.items[0]->u.ident.sym : NULL;
		if (!unit)
			continue;
		reach(c, unit, visited, i + 1, &deps[i]);
		for (int k = 0; k < deps[i].len; k++) {
			int j = index_of[deps[i].items[k]->u.spec.names.items[0]->u.ident.sym->id];
			if (j == i) {
				cyclic = true;
				continue;
			}
			pending[i]++;
			vec_push(&ast_arena, &users[j], spec);
		}
	}
	// Kahn's algorithm, always taking the earliest ready spec.
	bool *done = arena_zalloc(&ast_arena, (size_t)n);
	int emitted = 0, scan = 0;
	while (emitted < n) {
		int pick = -1;
		for (int i = scan; i < n; i++)
			if (!done[i] && pending[i] == 0) {
				pick = i;
				break;
			}
		if (pick < 0) {
			// A cycle (reported below): break it at its earliest spec.
			cyclic = true;
			for (int i = 0; i < n && pick < 0; i++)
				if (!done[i])
					pick = i;
		}
		done[pick] = true;
		emitted++;
		vec_push(&ast_arena, &c->prog->init_order, specs->items[pick]);
		for (int k = 0; k < users[pick].len; k++) {
			int j = index_of[users[pick].items[k]->u.spec.names.items[0]->u.ident.sym->id];
			--pending[j];
		}
		scan = 0;
		while (scan < n && done[scan])
			scan++;
	}
	if (cyclic)
		report_loops(c, visited, 2 * n + 2);
}

// }
