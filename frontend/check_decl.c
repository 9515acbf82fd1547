// check_decl.c: declarations — the package pass (collect every name, then
// resolve types, methods, constants, variables and signatures lazily, so
// declaration order does not matter), type expressions, signatures,
// function bodies and local declarations.
//
// Collecting the names and attaching methods are in check_collect.c;
// package initialisation order and recursive-type validation in
// check_init.c; the fmt and sync packages in check_pkg.c.
#include "check.h"
#include "directive.h"

#include <stdio.h>
#include <stdlib.h>

enum { ST_TODO, ST_BUSY, ST_DONE };

// Resolution state of package-level symbols, indexed by Sym.id.
static unsigned char *state;
static int nstate;


static int get_state(Sym *s)
{
	return s->id < nstate ? state[s->id] : ST_DONE;
}

static void set_state(Sym *s, int st)
{
	if (s->id < nstate)
		state[s->id] = (unsigned char)st;
}

void check_redeclared(Sym *old, Pos pos, const char *name)
{
	if (old->kind == SYM_PKG && old->decl && old->decl->kind == ND_IMPORT) {
		Str path = old->decl->u.import.path;
		const char *base = path.ptr;
		for (int64_t i = 0; i < (int64_t)path.len; i++)
			if (path.ptr[i] == '/')
				base = path.ptr + i + 1;
		diag_errorf(pos, "%s already declared through import of package %.*s (\"%.*s\")"
			    "\n\t%s:%d:%d: other declaration of %s", name,
			    (int)(path.len - (size_t)(base - path.ptr)), base, (int)path.len, path.ptr,
			    diag_filename, old->pos.line, old->pos.col, name);
		return;
	}
	if (old->pos.line)
		diag_errorf(pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", name,
			    diag_filename, old->pos.line, old->pos.col, name);
	else
		diag_errorf(pos, "%s redeclared in this block", name);
}

// {==================== Type expressions ====================

static Type *field_type(Checker *c, Node *ft, bool *variadic)
{
	if (ft && ft->kind == ND_ELLIPSIS) {
		*variadic = true;
		Type *e = check_type(c, ft->u.ellipsis.elem);
		return is_bad(e) ? type_bad : type_slice(e);
	}
	*variadic = false;
	return check_type(c, ft);
}

static void field_list(Checker *c, NodeList *l, FieldList *out, bool *variadic, bool params)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = l->items[i];
		if (f->kind != ND_FIELD)
			continue;
		bool v;
		Type *t = field_type(c, f->u.field.ftype, &v);
		if (v) {
			bool last = i == l->len - 1 && f->u.field.names.len <= 1;
			if (!params || !last)
				diag_errorf(f->u.field.ftype->pos,
					    "can only use ... with final parameter in list");
			else
				*variadic = true;
		}
		if (!f->u.field.names.len) {
			vec_push(&ast_arena, out, ((Field){.type = t, .pos = f->pos}));
			continue;
		}
		for (int k = 0; k < f->u.field.names.len; k++) {
			Node *id = f->u.field.names.items[k];
			vec_push(&ast_arena, out, ((Field){.name = id->u.ident.name, .type = t, .pos = id->pos}));
		}
	}
}

Type *check_signature(Checker *c, Node *ftype, Node *recv)
{
	Type *f = type_new(TY_FUNC);
	if (!ftype || ftype->kind != ND_FUNCTYPE)
		return f;
	bool variadic = false, dummy = false;
	field_list(c, &ftype->u.functype.params, &f->fields, &variadic, true);
	field_list(c, &ftype->u.functype.results, &f->results, &dummy, false);
	f->variadic = variadic;
	ftype->type = f;
	ftype->is_type = true;
	return f;
}

static int cmp_method(const void *a, const void *b)
{
	return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

// {==================== Types declared in terms of unfinished ones ====================
//
// Package types resolve on first use, so a type can meet another whose
// declaration is still being resolved further up the stack: in
//   type T1 struct{ next *T2 }; type T2 T1
// resolving T1 reaches T2, whose underlying type is T1's, not known yet;
// in type I1 interface{ m() I2 }; type I2 interface{ I1 } the interface I2
// embeds I1 before I1 has its methods. Both are legal Go. They are recorded
// here and settled as soon as what they wait for is known; what still
// waits once every type is resolved is a genuine cycle.

typedef struct PendingUnder { Sym *s; Type *rhs; } PendingUnder;
typedef struct PendingEmbed { Type *iface, *emb; Node *at; } PendingEmbed;
static VEC(PendingUnder) pending_under;
static VEC(PendingEmbed) pending_embeds;

void check_decl_reset(void)
{
	state = NULL;
	nstate = 0;
	memset(&pending_under, 0, sizeof pending_under);
	memset(&pending_embeds, 0, sizeof pending_embeds);
}

static bool iface_is_pending(Type *t)
{
	for (int i = 0; i < pending_embeds.len; i++)
		if (pending_embeds.items[i].iface == t)
			return true;
	return false;
}

// Adds the methods of interface eu, embedded at `at`, to t (unsorted).
static void merge_embedded(Type *t, Type *e, Node *at)
{
	Type *eu = type_underlying(e);
	if (eu->kind != TY_INTERFACE) {
		check_errorf(at, "cannot use %s in interface (type constraints are not supported by mgo)",
			     type_errstring(e));
		return;
	}
	for (int k = 0; k < eu->methods.len; k++) {
		Method *m = &eu->methods.items[k];
		bool dup = false;
		for (int j = 0; j < t->methods.len && !dup; j++)
			if (strcmp(t->methods.items[j].name, m->name) == 0) {
				dup = true;
				if (!type_identical(t->methods.items[j].sig, m->sig)) {
					Pos o = t->methods.items[j].pos;
					diag_errorf(at->pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
						    m->name, diag_filename, o.line, o.col, m->name);
				}
			}
		if (!dup) {
			Method inherited = *m;
			inherited.pos = at->pos;
			vec_push(&ast_arena, &t->methods, inherited);
		}
	}
}

static void sort_methods(Type *t)
{
	if (t->methods.len > 1)
		qsort(t->methods.items, (size_t)t->methods.len, sizeof(Method), cmp_method);
}

// The named type t waits for: the type its declaration names, or an
// interface it embeds; NULL when it waits for nothing.
static Type *waits_for(Type *t)
{
	for (int i = 0; i < pending_under.len; i++)
		if (pending_under.items[i].s->type == t)
			return pending_under.items[i].rhs;
	for (int i = 0; i < pending_embeds.len; i++)
		if (t->underlying && pending_embeds.items[i].iface == t->underlying &&
		    pending_embeds.items[i].emb->kind == TY_NAMED)
			return pending_embeds.items[i].emb;
	return NULL;
}

// Reports the cycle of waiting types through t once, as Go words it
// (starting from the member declared first), and breaks it.
static void report_wait_cycle(Type *t)
{
	Type *cyc[64];
	int n = 0;
	for (Type *x = t; x && x->sym && n < 64; x = waits_for(x)) {
		int k = 0;
		while (k < n && cyc[k] != x)
			k++;
		if (k < n) {
			memmove(cyc, cyc + k, sizeof(Type *) * (size_t)(n - k));
			n -= k;
			break;
		}
		cyc[n++] = x;
	}
	if (!n || cyc[0]->underlying == type_bad)
		return;
	int first = 0;
	for (int i = 1; i < n; i++)
		if (cyc[i]->sym->pos.line < cyc[first]->sym->pos.line ||
		    (cyc[i]->sym->pos.line == cyc[first]->sym->pos.line &&
		     cyc[i]->sym->pos.col < cyc[first]->sym->pos.col))
			first = i;
	Sym *s0 = cyc[first]->sym;
	char *msg = arena_sprintf(&ast_arena, "invalid recursive type %s", s0->name);
	for (int i = 0; i < n; i++) {
		Sym *e = cyc[(first + i) % n]->sym;
		msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s refers to", msg, diag_filename,
				    e->pos.line, e->pos.col, e->name);
	}
	msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s", msg, diag_filename, s0->pos.line,
			    s0->pos.col, s0->name);
	diag_errorf(s0->pos, "%s", msg);
	for (int i = 0; i < n; i++)
		cyc[i]->underlying = type_bad;
}

// Settles what can be settled; with final, reports the rest as cycles.
static void settle_pending(bool final)
{
	bool progress = true;
	while (progress) {
		progress = false;
		for (int i = 0; i < pending_under.len; i++) {
			PendingUnder *p = &pending_under.items[i];
			if (!p->rhs->underlying)
				continue;
			p->s->type->underlying = p->rhs->underlying;
			pending_under.items[i--] = pending_under.items[--pending_under.len];
			progress = true;
		}
		for (int i = 0; i < pending_embeds.len; i++) {
			PendingEmbed p = pending_embeds.items[i];
			Type *eu = p.emb->kind == TY_NAMED ? p.emb->underlying : p.emb;
			if (!eu || iface_is_pending(eu))
				continue;
			pending_embeds.items[i--] = pending_embeds.items[--pending_embeds.len];
			merge_embedded(p.iface, p.emb, p.at);
			if (!iface_is_pending(p.iface))
				sort_methods(p.iface);
			progress = true;
		}
	}
	if (!final)
		return;
	for (int i = 0; i < pending_under.len; i++)
		report_wait_cycle(pending_under.items[i].s->type);
	for (int i = 0; i < pending_embeds.len; i++) {
		Type *e = pending_embeds.items[i].emb;
		if (e->kind == TY_NAMED)
			report_wait_cycle(e);
	}
	pending_under.len = pending_embeds.len = 0;
}

static Type *interface_type(Checker *c, Node *n)
{
	Type *t = type_new(TY_INTERFACE);
	NodeList *l = &n->u.ifacetype.methods;
	VEC(PendingEmbed) embeds = {0};
	for (int i = 0; i < l->len; i++) {
		Node *f = l->items[i];
		if (f->kind != ND_FIELD)
			continue;
		if (f->u.field.names.len) {
			Node *id = f->u.field.names.items[0];
			Type *sig = check_signature(c, f->u.field.ftype, NULL);
			if (strcmp(id->u.ident.name, "_") == 0) {  // Go drops it
				diag_errorf(id->pos, "methods must have a unique non-blank name");
				continue;
			}
			int dup = -1;
			for (int k = 0; k < t->methods.len && dup < 0; k++)
				if (strcmp(t->methods.items[k].name, id->u.ident.name) == 0)
					dup = k;
			if (dup >= 0) {
				Pos o = t->methods.items[dup].pos;
				diag_errorf(id->pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
					    id->u.ident.name, diag_filename, o.line, o.col, id->u.ident.name);
				continue;
			}
			vec_push(&ast_arena, &t->methods,
				 ((Method){.name = id->u.ident.name, .sig = sig, .pos = id->pos}));
			continue;
		}
		Type *e = check_type(c, f->u.field.ftype);
		if (!is_bad(e))
			vec_push(&ast_arena, &embeds, ((PendingEmbed){t, e, f->u.field.ftype}));
	}
	// Go settles the explicit methods first and then merges the embedded
	// ones, so `interface{ M; m() }` with M's m() identical is legal and a
	// clash is reported at the embedding.
	for (int i = 0; i < embeds.len; i++) {
		PendingEmbed pe = embeds.items[i];
		Type *eu = pe.emb->kind == TY_NAMED ? pe.emb->underlying : pe.emb;
		if (!eu || iface_is_pending(eu))
			vec_push(&ast_arena, &pending_embeds, pe);
		else
			merge_embedded(t, pe.emb, pe.at);
	}
	if (!iface_is_pending(t))
		sort_methods(t);
	return t;
}

static Type *struct_type(Checker *c, Node *n)
{
	Type *t = type_new(TY_STRUCT);
	NodeList *l = &n->u.structtype.fields;
	for (int i = 0; i < l->len; i++) {
		Node *f = l->items[i];
		if (f->kind != ND_FIELD)
			continue;
		Type *ft = check_type(c, f->u.field.ftype);
		if (!f->u.field.names.len) {
			// Embedded field: named by its type name (T, *T or pkg.T).
			Node *tn = ast_unparen(f->u.field.ftype);
			if (tn->kind == ND_STAR)
				tn = ast_unparen(tn->u.star.x);
			const char *name = tn->kind == ND_IDENT ? tn->u.ident.name :
				tn->kind == ND_SELECTOR ? tn->u.sel.name : "?";
			Type *base = type_is_pointer(ft) && ast_unparen(f->u.field.ftype)->kind == ND_STAR ?
				ft->elem : ft;
			if (!is_bad(base) && base->kind != TY_NAMED && !type_is_basic(base) && !type_is_pointer(base)) {
				check_errorf(f->u.field.ftype, "embedded field type %s must be a type name",
					     type_errstring(ft));
			}
			// Go checks what the name stands for once every type is complete.
			vec_push(&ast_arena, &c->pending_keys, f);
			bool dup = false;
			for (int k = 0; k < t->fields.len && !dup; k++)
				if (t->fields.items[k].name && strcmp(t->fields.items[k].name, name) == 0) {
					diag_errorf(f->pos, "%s redeclared", name);
					dup = true;
				}
			// As Go, a duplicate is left out of the struct (no ambiguous
			// selector follows).
			if (!dup)
				vec_push(&ast_arena, &t->fields,
					 ((Field){.name = name, .type = ft, .embedded = true, .pos = f->pos}));
			continue;
		}
		for (int k = 0; k < f->u.field.names.len; k++) {
			Node *id = f->u.field.names.items[k];
			const char *name = id->u.ident.name;
			bool dup = false;
			if (strcmp(name, "_") != 0)
				for (int j = 0; j < t->fields.len && !dup; j++)
					if (t->fields.items[j].name && strcmp(t->fields.items[j].name, name) == 0) {
						diag_errorf(id->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
							    name, diag_filename, t->fields.items[j].pos.line,
							    t->fields.items[j].pos.col, name);
						dup = true;
					}
			if (!dup)
				vec_push(&ast_arena, &t->fields, ((Field){.name = name, .type = ft, .pos = id->pos}));
		}
	}
	return t;
}

static Type *array_len_type(Checker *c, Node *n)
{
	Node *len = n->u.arraytype.len;
	Type *elem = check_type(c, n->u.arraytype.elem);
	if (len->kind == ND_ELLIPSIS) {
		diag_errorf(n->pos, "invalid use of [...] array (outside a composite literal)");
		return type_bad;
	}
	if (len->kind == ND_IDENT) {
		// Go names a bad identifier as such (it may be a type parameter
		// list missing its constraint).
		Sym *s = scope_lookup(c->scope, len->u.ident.name);
		if (!s) {
			check_errorf(len, "undeclared name %s for array length", len->u.ident.name);
			return type_bad;
		}
		if (s->kind != SYM_CONST) {
			check_errorf(len, "invalid array length %s", len->u.ident.name);
			return type_bad;
		}
	}
	check_expr(c, len);
	if (is_bad(len->type))
		return type_bad;
	int64_t v;
	if (!len->cval) {
		check_errorf(len, "array length %s must be constant", operand_string(len));
		return type_bad;
	}
	// An integer value that int cannot hold is "not integer" to Go.
	bool intval = type_is_integer(len->type) ||
		      (type_is_untyped(len->type) && const_is_int_valued(len->cval));
	if (!intval || !const_int64(len->cval, &v)) {
		check_errorf(len, "array length %s must be integer", operand_string(len));
		return type_bad;
	}
	if (v < 0) {
		check_errorf(len, "invalid array length %s", operand_string(len));
		return type_bad;
	}
	if (type_is_untyped(len->type))
		check_convert_untyped_code(c, len, type_int);
	check_const_set_text(len);
	if (is_bad(elem))
		return type_bad;
	return type_array(elem, v);
}

// Map key types met before their type was complete, checked now.
// An embedded field T or *T: T may be neither a pointer nor, under *, an
// interface.
static void check_embedded(Node *f)
{
	Node *ft = f->u.field.ftype;
	bool star = ast_unparen(ft)->kind == ND_STAR;
	Type *t = ft->type;
	if (!t || is_bad(t))
		return;
	if (star && type_is_pointer(t))
		t = type_underlying(t)->elem;
	Type *u = type_underlying(t);
	if (!u || is_bad(u))
		return;
	if (u->kind == TY_POINTER)
		check_errorf(ft, "embedded field type cannot be a pointer");
	else if (u->kind == TY_INTERFACE && star)
		check_errorf(ft, "embedded field type cannot be a pointer to an interface");
}

void check_pending_keys(Checker *c)
{
	for (int i = 0; i < c->pending_keys.len; i++) {
		Node *mt = c->pending_keys.items[i];
		if (mt->kind == ND_FIELD) {
			check_embedded(mt);
			continue;
		}
		Type *k = mt->u.maptype.key->type;
		if (k && !is_bad(k) && !type_is_comparable(k))
			check_errorf(mt->u.maptype.key, "invalid map key type %s", type_errstring(k));
	}
	c->pending_keys.len = 0;
}

Type *check_type(Checker *c, Node *n)
{
	if (!n)
		return type_bad;
	Type *t = type_bad;
	switch (n->kind) {
	case ND_IDENT: case ND_SELECTOR: case ND_STAR:
		check_expr(c, n);
		if (is_bad(n->type) && n->kind == ND_IDENT && n->u.ident.sym &&
		    n->u.ident.sym->kind == SYM_FUNC && !n->u.ident.sym->type) {
			// A function named in its own signature: Go's signature is
			// still empty there.
			check_errorf(n, "%s (value of type func()) is not a type", n->u.ident.name);
			return n->type = type_bad;
		}
		if (is_bad(n->type))
			return n->type = type_bad;
		if (!n->is_type) {
			check_errorf(n, "%s is not a type", operand_string(n));
			return n->type = type_bad;
		}
		return n->type;
	case ND_PAREN:
		t = check_type(c, n->u.paren.x);
		break;
	case ND_ARRAYTYPE:
		if (!n->u.arraytype.len) {
			Type *e = check_type(c, n->u.arraytype.elem);
			t = is_bad(e) ? type_bad : type_slice(e);
		} else {
			t = array_len_type(c, n);
		}
		break;
	case ND_MAPTYPE: {
		Type *k = check_type(c, n->u.maptype.key);
		Type *v = check_type(c, n->u.maptype.value);
		if (is_bad(k) || is_bad(v))
			break;
		t = type_map(k, v);
		if (c->types_done && k->kind == TY_NAMED && !k->underlying) {
			// A local type still being defined (type T struct{ m map[T]int }).
			vec_push(&ast_arena, &c->pending_keys, n);
		} else if (c->types_done && !type_is_comparable(k)) {
			check_errorf(n->u.maptype.key, "invalid map key type %s", type_errstring(k));
			t = type_bad;
		} else if (!c->types_done) {
			vec_push(&ast_arena, &c->pending_keys, n);
		}
		break;
	}
	case ND_CHANTYPE: {
		Type *e = check_type(c, n->u.chantype.elem);
		t = is_bad(e) ? type_bad : type_chan(e, n->u.chantype.dir ? n->u.chantype.dir : CHAN_BOTH);
		break;
	}
	case ND_FUNCTYPE:
		t = check_signature(c, n, NULL);
		break;
	case ND_STRUCTTYPE:
		t = struct_type(c, n);
		break;
	case ND_INTERFACETYPE:
		t = interface_type(c, n);
		break;
	case ND_ELLIPSIS:
		diag_errorf(n->pos, "invalid use of ...");
		break;
	default:
		check_expr(c, n);
		if (!is_bad(n->type))
			check_errorf(n, "%s is not a type", expr_string(n));
		return n->type = type_bad;
	}
	n->type = t;
	n->is_type = true;
	if (c->types_done)
		type_complete(t);
	return t;
}

// }==================== Package symbols ====================

static void resolve_typespec(Checker *c, Sym *s)
{
	Node *spec = s->decl;
	if (spec->u.typespec.alias) {
		s->type = check_type(c, spec->u.typespec.ttype);
		return;
	}
	Type *named = s->type;
	Type *rhs = check_type(c, spec->u.typespec.ttype);
	if (rhs->kind == TY_NAMED && !rhs->underlying && rhs != named) {
		vec_push(&ast_arena, &pending_under, ((PendingUnder){s, rhs}));
		return;
	}
	if (rhs->kind == TY_NAMED && !rhs->underlying) {
		diag_errorf(s->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s",
			    s->name, diag_filename, s->pos.line, s->pos.col, s->name, diag_filename,
			    s->pos.line, s->pos.col, s->name);
		named->underlying = type_bad;
		return;
	}
	named->underlying = is_bad(rhs) ? type_bad : type_underlying(rhs);
	if (pending_under.len || pending_embeds.len)
		settle_pending(false);
}

void check_record_dep(Checker *c, Sym *s)
{
	if (!c->dep_from || !(s->is_global || (s->kind == SYM_FUNC && !s->outer)))
		return;
	SymList *l = &c->deps[c->dep_from->id];
	for (int i = 0; i < l->len; i++)
		if (l->items[i] == s)
			return;
	vec_push(&ast_arena, l, s);
}

// The symbol whose initializer checking records dependencies: the first
// name of a package var spec.
static Sym *var_unit(Checker *c, Node *spec)
{
	Node *id = spec->u.spec.names.len ? spec->u.spec.names.items[0] : NULL;
	return id ? id->u.ident.sym : NULL;
}

// The package-level declarations being resolved, outermost first: a
// constant met again while busy closes a loop through them.
static SymList resolving;

// Go's message for a constant defined through itself: the loop from the
// constant back to it, one "refers to" line a step.
static void const_loop(Sym *s)
{
	int from = resolving.len;
	while (from > 0 && resolving.items[from - 1] != s)
		from--;
	if (from == 0)
		from = resolving.len;  // reached through a sibling of its spec
	else
		from--;
	char *msg = arena_sprintf(&ast_arena, "initialization loop for %s", s->name);
	for (int i = from; i < resolving.len; i++) {
		Sym *r = resolving.items[i];
		msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s refers to", msg, diag_filename,
				    r->pos.line, r->pos.col, r->name);
	}
	if (from == resolving.len)
		msg = arena_sprintf(&ast_arena, "%s\n\t%s:%d:%d: %s refers to", msg, diag_filename,
				    s->pos.line, s->pos.col, s->name);
	diag_errorf(s->pos, "%s\n\t%s:%d:%d: %s", msg, diag_filename, s->pos.line, s->pos.col, s->name);
}

void check_resolve(Checker *c, Sym *s)
{
	int st = get_state(s);
	if (!s->decl || st == ST_DONE)
		return;
	if (st == ST_BUSY) {
		if (s->kind == SYM_CONST && !s->type) {
			const_loop(s);
			s->type = type_bad;
		}
		return;
	}
	set_state(s, ST_BUSY);
	vec_push(&ast_arena, &resolving, s);
	Scope *scope = c->scope;
	FuncCtx *fc = c->fc;
	ConstVal *iota = c->iota;
	Sym *dep = c->dep_from;
	BranchTarget *tg = c->targets;
	c->scope = c->pkg;
	c->fc = NULL;
	c->iota = NULL;
	c->targets = NULL;
	c->dep_from = NULL;
	switch (s->kind) {
	case SYM_TYPE:
		resolve_typespec(c, s);
		break;
	case SYM_CONST: {
		Node *spec = s->decl;
		for (int i = 0; i < spec->u.spec.names.len; i++)
			set_state(spec->u.spec.names.items[i]->u.ident.sym, ST_BUSY);
		check_const_spec(c, spec, false);
		for (int i = 0; i < spec->u.spec.names.len; i++)
			set_state(spec->u.spec.names.items[i]->u.ident.sym, ST_DONE);
		break;
	}
	case SYM_VAR: {
		Node *spec = s->decl;
		SymList syms = {0};
		for (int i = 0; i < spec->u.spec.names.len; i++) {
			Sym *v = spec->u.spec.names.items[i]->u.ident.sym;
			set_state(v, ST_BUSY);
			vec_push(&ast_arena, &syms, v);
		}
		c->dep_from = var_unit(c, spec);
		Type *t = spec->u.spec.vtype ? check_type(c, spec->u.spec.vtype) : NULL;
		check_var_spec_values(c, spec, t, &syms);
		for (int i = 0; i < syms.len; i++) {
			set_state(syms.items[i], ST_DONE);
			if (!syms.items[i]->type)
				syms.items[i]->type = type_bad;
			if (c->types_done)
				type_complete(syms.items[i]->type);
			check_sizes_of(syms.items[i]->type, syms.items[i]->pos);
		}
		break;
	}
	case SYM_FUNC: {
		Node *fd = s->decl;
		s->type = check_signature(c, fd->u.func.ftype, NULL);
		break;
	}
	case SYM_PKG: case SYM_BUILTIN: case SYM_NIL: case SYM_LABEL:
		break;
	}
	set_state(s, ST_DONE);
	resolving.len--;
	c->scope = scope;
	c->fc = fc;
	c->iota = iota;
	c->dep_from = dep;
	c->targets = tg;
}

// }==================== Entry point ====================

Program *check_program(Node *file)
{
	static Checker C;
	memset(&C, 0, sizeof C);
	resolving = (SymList){0};
	Checker *c = chk = &C;
	// Go's parse-phase directive errors do not stop type checking.
	dir_report_parse();
	int errors0 = diag_count();
	c->prog = arena_zalloc(&ast_arena, sizeof *c->prog);
	c->prog->file = file;
	c->universe = scope_universe();
	c->pkg = scope_new(c->universe, NULL);
	c->scope = c->pkg;
	if (!file || file->kind != ND_FILE)
		return NULL;
	check_imports(c, &file->u.file.imports);
	check_decl_list(c, &file->u.file.decls);

	nstate = sym_count() + 1;
	state = arena_zalloc(&ast_arena, (size_t)nstate);
	c->deps = arena_zalloc(&ast_arena, sizeof(SymList) * (size_t)nstate);
	c->ndeps = nstate;

	// Defined types first: an alias of a type literal that mentions a
	// defined type (type F = func(T)) then finds T already under way.
	for (int i = 0; i < c->type_syms.len; i++) {
		Sym *ts = c->type_syms.items[i];
		if (!ts->decl || ts->decl->kind != ND_TYPESPEC || !ts->decl->u.typespec.alias)
			check_resolve(c, ts);
	}
	for (int i = 0; i < c->type_syms.len; i++)
		check_resolve(c, c->type_syms.items[i]);
	settle_pending(true);
	check_valid_types(c);
	c->types_done = true;
	check_pending_keys(c);
	for (int i = 0; i < c->prog->types.len; i++) {
		type_complete(c->prog->types.items[i]->type);
		check_sizes_of(c->prog->types.items[i]->type, c->prog->types.items[i]->pos);
	}
	for (int i = 0; i < c->methods.len; i++)
		check_attach_method(c, c->methods.items[i]);
	for (int i = 0; i < c->const_syms.len; i++)
		check_resolve(c, c->const_syms.items[i]);
	for (int i = 0; i < c->prog->globals.len; i++)
		check_resolve(c, c->prog->globals.items[i]);
	for (int i = 0; i < c->prog->funcs.len; i++) {
		Sym *f = c->prog->funcs.items[i];
		if (!f->recv_type)
			check_resolve(c, f);
	}
	for (int i = 0; i < c->prog->funcs.len; i++) {
		Sym *f = c->prog->funcs.items[i];
		Node *fd = f->decl;
		if (!fd->u.func.body || !f->type)
			continue;
		c->dep_from = f;
		check_func_body(c, f, fd->u.func.body, f->type, NULL);
		c->dep_from = NULL;
		check_pending_keys(c);
	}
	check_pending_keys(c);
	check_init_order(c);
	Sym *m = c->prog->main_fn;
	if (!m) {
		Pos p = file->u.file.pkg ? file->u.file.pkg->pos : (Pos){1, 1};
		diag_errorf(p, "function main is undeclared in the main package");
	} else if (m->type && (m->type->fields.len || m->type->results.len)) {
		diag_errorf(m->pos, "func main must have no arguments and no return values");
	}
	check_unused_imports(c);
	// Go looks for bodies and sizes only once the package type-checks.
	bool typed = diag_count() == errors0;
	for (int i = 0; i < c->prog->funcs.len && typed; i++) {
		Sym *f = c->prog->funcs.items[i];
		if (!f->decl->u.func.body)
			diag_errorf(f->decl->u.func.after_func, "missing function body");   // a method's: its receiver's "(", as Go
	}
	if (typed && diag_count() == 0)
		dir_report_decls();
	check_sizes_flush(typed);
	if (diag_count() > errors0)
		return NULL;
	return c->prog;
}
