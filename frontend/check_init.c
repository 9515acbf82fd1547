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
	Sym *s = t->sym;
	char *detail = arena_sprintf(&ast_arena, "invalid recursive type %s", s->name);
	for (int i = from; i < stack->len; i++) {
		Sym *e = stack->items[i]->sym;
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
	bool ok = walk_type(c, t->underlying, stack, color);
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

// Depth-first search for a reference path from s back to target.
static bool find_path(Checker *c, Sym *s, Sym *target, int *visited, int gen, SymList *path)
{
	SymList *l = s->id < c->ndeps ? &c->deps[s->id] : NULL;
	if (!l)
		return false;
	for (int i = 0; i < l->len; i++) {
		Sym *d = l->items[i];
		if (d->kind == SYM_VAR && d->decl == target->decl)
			return true;
		if (d->id >= c->ndeps || visited[d->id] == gen)
			continue;
		visited[d->id] = gen;
		Sym *next = d->kind == SYM_VAR ? d->decl->u.spec.names.items[0]->u.ident.sym : d;
		vec_push(&ast_arena, path, d);
		if (find_path(c, next, target, visited, gen, path))
			return true;
		path->len--;
	}
	return false;
}

static void report_loop(Checker *c, Sym *v, int *visited, int gen)
{
	SymList path = {0};
	Sym *unit = v->decl->u.spec.names.items[0]->u.ident.sym;
	find_path(c, unit, v, visited, gen, &path);
	char *msg = arena_sprintf(&ast_arena, "initialization loop for %s\n\t%s:%d:%d: %s refers to",
				  v->name, diag_filename, v->pos.line, v->pos.col, v->name);
	for (int i = 0; i < path.len; i++)
		msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s refers to", msg, diag_filename,
				    path.items[i]->pos.line, path.items[i]->pos.col, path.items[i]->name);
	msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s", msg, diag_filename, v->pos.line,
			    v->pos.col, v->name);
	diag_errorf(v->pos, "%s", msg);
}

void check_init_order(Checker *c)
{
	NodeList *specs = &c->var_specs;
	int n = specs->len;
	if (!n)
		return;
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
	for (int i = 0; i < n; i++) {
		Node *spec = specs->items[i];
		Sym *unit = spec->u.spec.names.len ? spec->u.spec.names.items[0]->u.ident.sym : NULL;
		if (!unit)
			continue;
		reach(c, unit, visited, i + 1, &deps[i]);
		for (int k = 0; k < deps[i].len; k++) {
			int j = index_of[deps[i].items[k]->u.spec.names.items[0]->u.ident.sym->id];
			if (j == i) {
				Sym *v = unit;
				report_loop(c, v, visited, n + 1 + i);
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
			// A cycle: report at its earliest member, then break it.
			for (int i = 0; i < n; i++)
				if (!done[i]) {
					pick = i;
					Sym *v = specs->items[i]->u.spec.names.items[0]->u.ident.sym;
					report_loop(c, v, visited, 2 * n + 2 + i);
					break;
				}
		}
		done[pick] = true;
		emitted++;
		vec_push(&ast_arena, &c->prog->init_order, specs->items[pick]);
		int lowest = n;
		for (int k = 0; k < users[pick].len; k++) {
			int j = index_of[users[pick].items[k]->u.spec.names.items[0]->u.ident.sym->id];
			if (--pending[j] == 0 && j < lowest)
				lowest = j;
		}
		scan = 0;
		while (scan < n && done[scan])
			scan++;
		(void)lowest;
	}
}

// }
