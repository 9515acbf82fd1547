// check_lookup.c: selectors x.f — field and method lookup through embedded
// fields (breadth first, shallowest depth wins, two at one depth is
// ambiguous), method sets (value vs pointer receivers), interface
// satisfaction, and package-qualified names (fmt.Println, sync.Mutex).
#include "check.h"

#include <ctype.h>
#include <stdio.h>

typedef struct Entry {
	Type *t;
	int path[16];
	int npath;
	bool indirect;
} Entry;

typedef VEC(Entry) EntryList;

// Finds name among t's fields and methods (t may be a pointer).
static Lookup lookup(Type *t, const char *name);

Lookup check_lookup(Type *t, const char *name)
{
	Lookup r = lookup(t, name);
	// A named pointer type has no methods, not even its base type's: Go
	// looks through it for fields only.
	if (t->kind == TY_NAMED && type_underlying(t)->kind == TY_POINTER &&
	    (r.kind == LK_METHOD || r.kind == LK_IFACE_METHOD))
		return (Lookup){0};
	return r;
}

static Lookup lookup(Type *t, const char *name)
{
	Lookup r = {0};
	EntryList cur = {0}, next = {0};
	TypeList seen = {0};
	Entry e0 = {.t = t};
	Type *tu = type_underlying(t);
	if (tu->kind == TY_POINTER) {
		e0.t = tu->elem;
		e0.indirect = true;
		if (t->kind == TY_NAMED || type_is_interface(tu->elem)) {
			// A named pointer type has no methods; a pointer to an
			// interface has neither methods nor fields.
			Type *eu = type_underlying(tu->elem);
			if (eu->kind != TY_STRUCT)
				return r;
		}
	}
	vec_push(&ast_arena, &cur, e0);
	for (int depth = 0; cur.len && depth < 16; depth++) {
		int found = 0;
		next.len = 0;
		for (int k = 0; k < cur.len; k++) {
			Entry *e = &cur.items[k];
			Type *et = e->t;
			if (et->kind == TY_NAMED) {
				bool dup = false;
				for (int s = 0; s < seen.len && !dup; s++)
					dup = seen.items[s] == et;
				if (dup)
					continue;
				vec_push(&ast_arena, &seen, et);
				bool own = false;
				for (int m = 0; m < et->methods.len; m++) {
					if (strcmp(et->methods.items[m].name, name) != 0)
						continue;
					own = true;
					if (!found++) {
						r.kind = LK_METHOD;
						r.method = &et->methods.items[m];
						memcpy(r.path, e->path, sizeof r.path);
						r.npath = e->npath;
						r.indirect = e->indirect;
						r.recv_base = et;
					}
				}
				// As Go: a type's own method hides its fields (a field and
				// method of one name is reported once, at the method).
				if (own)
					continue;
			}
			Type *u = type_underlying(et);
			if (u->kind == TY_INTERFACE) {
				for (int m = 0; m < u->methods.len; m++) {
					if (strcmp(u->methods.items[m].name, name) != 0)
						continue;
					if (!found++) {
						r.kind = LK_IFACE_METHOD;
						r.method = &u->methods.items[m];
						memcpy(r.path, e->path, sizeof r.path);
						r.npath = e->npath;
						r.indirect = e->indirect;
						r.recv_base = et;
					}
				}
			}
			if (u->kind != TY_STRUCT)
				continue;
			// sync.WaitGroup and sync.Mutex: their fields are unexported.
			if (chk && (et == chk->sync_wg || et == chk->sync_mu || et == chk->sync_once))
				continue;
			// Nor can a program name a library struct's unexported fields.
			bool foreign = chk && et->kind == TY_NAMED && et->sym && et->sym->lib_pkg &&
				       !(name[0] >= 'A' && name[0] <= 'Z');
			for (int f = 0; f < u->fields.len && !foreign; f++) {
				Field *fd = &u->fields.items[f];
				if (fd->name && strcmp(fd->name, name) == 0) {
					if (!found++) {
						r.kind = LK_FIELD;
						r.field = fd;
						r.index = f;
						memcpy(r.path, e->path, sizeof r.path);
						r.npath = e->npath;
						r.indirect = e->indirect;
						r.recv_base = et;
					}
				}
				if (fd->embedded && e->npath < 15) {
					Entry ne = *e;
					ne.path[ne.npath++] = f;
					ne.t = fd->type;
					if (type_underlying(fd->type)->kind == TY_POINTER) {
						ne.t = type_underlying(fd->type)->elem;
						ne.indirect = true;
					}
					vec_push(&ast_arena, &next, ne);
				}
			}
		}
		if (found == 1)
			return r;
		if (found > 1) {
			r.kind = LK_AMBIGUOUS;
			return r;
		}
		EntryList tmp = cur;
		cur = next;
		next = tmp;
	}
	r.kind = LK_NONE;
	return r;
}

// "N(x string) string": a method as Go prints it in have/want lines.
static const char *method_string(const char *name, Type *sig)
{
	char buf[1024];
	size_t n = (size_t)snprintf(buf, sizeof buf, "%s(", name);
	for (int i = 0; i < sig->fields.len && n < sizeof buf; i++) {
		Field *f = &sig->fields.items[i];
		Type *pt = f->type;
		const char *dots = "";
		if (sig->variadic && i == sig->fields.len - 1 && pt->kind == TY_SLICE) {
			pt = pt->elem;
			dots = "...";
		}
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s%s%s%s", i ? ", " : "",
				      f->name ? f->name : "", f->name ? " " : "", dots, type_errstring(pt));
	}
	if (n < sizeof buf)
		n += (size_t)snprintf(buf + n, sizeof buf - n, ")");
	Type *fn = type_new(TY_FUNC);
	fn->results = sig->results;
	const char *full = type_errstring(fn); // "func()" or "func() T" / "func() (A, B)"
	if (n < sizeof buf)
		snprintf(buf + n, sizeof buf - n, "%s", full + 6);
	return arena_strndup(&ast_arena, buf, strlen(buf));
}

bool check_implements(Type *t, Type *iface, char *why, size_t whylen)
{
	Type *iu = type_underlying(iface);
	if (is_bad(t) || is_bad(iface) || iu->kind != TY_INTERFACE)
		return true;
	bool t_iface = type_is_interface(t);
	for (int i = 0; i < iu->methods.len; i++) {
		Method *want = &iu->methods.items[i];
		Method *have = NULL;
		bool ptr = false;
		if (t_iface) {
			Type *tu = type_underlying(t);
			for (int k = 0; k < tu->methods.len; k++)
				if (strcmp(tu->methods.items[k].name, want->name) == 0)
					have = &tu->methods.items[k];
		} else {
			Lookup lk = check_lookup(t, want->name);
			if (lk.kind == LK_METHOD || lk.kind == LK_IFACE_METHOD) {
				have = lk.method;
				ptr = lk.kind == LK_METHOD && have->ptr_recv && !type_is_pointer(t) &&
				      !lk.indirect;
			}
		}
		const char *tn = type_errstring(t), *in = type_errstring(iface);
		Type *tu = type_underlying(t);
		if (!have && tu->kind == TY_POINTER && type_is_interface(tu->elem)) {
			snprintf(why, whylen, "%s does not implement %s (type %s is pointer to interface, not interface)",
				 tn, in, tn);
			return false;
		}
		if (!have) {
			// Go shows a method whose name differs only in case.
			Method *alt = NULL;
			Type *mt = t_iface ? tu : t->kind == TY_NAMED ? t
				: tu->kind == TY_POINTER ? tu->elem : NULL;
			for (int k = 0; mt && k < mt->methods.len && !alt; k++)
				if (strcasecmp(mt->methods.items[k].name, want->name) == 0)
					alt = &mt->methods.items[k];
			if (alt)
				snprintf(why, whylen, "%s does not implement %s (missing %s method)\n\t\thave %s\n\t\twant %s",
					 tn, in, want->name, method_string(alt->name, alt->sig),
					 method_string(want->name, want->sig));
			else
				snprintf(why, whylen, "%s does not implement %s (missing %s method)", tn, in,
					 want->name);
			return false;
		}
		if (!type_identical(have->sig, want->sig)) {
			snprintf(why, whylen,
				 "%s does not implement %s (wrong type for %s method)\n\t\thave %s\n\t\twant %s",
				 tn, in, want->name, method_string(have->name, have->sig),
				 method_string(want->name, want->sig));
			return false;
		}
		if (ptr) {
			snprintf(why, whylen, "%s does not implement %s (%s method has pointer receiver)",
				 tn, in, want->name);
			return false;
		}
	}
	return true;
}

// The function type of method expression T.M: the receiver comes first.
static Type *method_expr_type(Type *recv, Type *sig)
{
	Type *f = type_new(TY_FUNC);
	vec_push(&ast_arena, &f->fields, ((Field){.type = recv}));
	for (int i = 0; i < sig->fields.len; i++)
		vec_push(&ast_arena, &f->fields, sig->fields.items[i]);
	f->results = sig->results;
	f->variadic = sig->variadic;
	return f;
}

static void select_pkg(Checker *c, Node *n, Sym *pkg)
{
	(void)c;
	Scope *members = pkg->members;
	const char *name = n->u.sel.name;
	Sym *m = members ? scope_lookup_local(members, name) : NULL;
	if (m && !(name[0] >= 'A' && name[0] <= 'Z'))
		m = NULL;   // a library package's own helpers
	n->u.sel.sel = SEL_PKG;
	n->type = type_bad;
	if (!members)
		return;   // an unsupported package, already reported
	if (!m) {
		// Go's text for a name its package lacks; mgo's packages also lack
		// some members Go has (README lists what each package offers).
		diag_errorf(n->u.sel.name_pos, "undefined: %s.%s", pkg->name, name);
		return;
	}
	n->u.sel.pkg_sym = m;
	n->type = m->type;
	n->is_type = m->kind == SYM_TYPE;
	if (m->kind == SYM_CONST)
		n->cval = m->cval;
}

// x.name found nothing (or two at the same depth) in t, x's type.
static void select_missing(Node *n, Type *t, Lookup lk)
{
	const char *name = n->u.sel.name;
	if (lk.kind == LK_AMBIGUOUS) {
		diag_errorf(n->u.sel.name_pos, "ambiguous selector %s", expr_string(n));
		return;
	}
	Type *tu = type_underlying(t);
	if (tu->kind == TY_POINTER && type_is_interface(tu->elem)) {
		diag_errorf(n->u.sel.name_pos, "%s undefined (type %s is pointer to interface, not interface)",
			    expr_string(n), type_errstring(t));
		return;
	}
	// Go hints at the name with its first letter's case flipped.
	char *other = arena_sprintf(&ast_arena, "%s", name);
	if (isupper((unsigned char)other[0]))
		other[0] = (char)tolower((unsigned char)other[0]);
	else
		other[0] = (char)toupper((unsigned char)other[0]);
	const char *hint = "";
	if (other[0] != name[0] && !type_is_untyped(t) && check_lookup(t, other).kind != LK_NONE)
		hint = arena_sprintf(&ast_arena, ", but does have %s", other);
	diag_errorf(n->u.sel.name_pos, "%s undefined (type %s has no field or method %s%s)",
		    expr_string(n), type_errstring(t), name, hint);
}

void check_selector(Checker *c, Node *n)
{
	Node *x = n->u.sel.x;
	const char *name = n->u.sel.name;
	n->type = type_bad;
	Node *ux = ast_unparen(x);
	if (ux->kind == ND_IDENT) {
		Sym *s = scope_lookup(c->scope, ux->u.ident.name);
		if (s && s->kind == SYM_PKG) {
			s->used = true;
			ux->u.ident.sym = s;
			select_pkg(c, n, s);
			return;
		}
	}
	check_expr(c, x);
	if (is_bad(x->type))
		return;
	if (x->is_type) {
		Lookup lk = check_lookup(x->type, name);
		if (lk.kind == LK_NONE || lk.kind == LK_AMBIGUOUS) {
			select_missing(n, x->type, lk);
			return;
		}
		if (lk.kind != LK_METHOD && lk.kind != LK_IFACE_METHOD) {
			diag_errorf(n->u.sel.name_pos, "%s undefined (type %s has no method %s)",
				    expr_string(n), type_errstring(x->type), name);
			return;
		}
		if (lk.kind == LK_METHOD && lk.method->ptr_recv && !type_is_pointer(x->type) &&
		    !lk.indirect) {
			diag_errorf(n->u.sel.name_pos, "cannot call pointer method %s on %s", name,
				    type_errstring(x->type));
			return;
		}
		n->u.sel.sel = SEL_METHODEXPR;
		n->u.sel.method = lk.method->fn;
		if (lk.method->fn)
			check_record_dep(c, lk.method->fn);
		n->type = method_expr_type(x->type, lk.method->sig);
		return;
	}
	if (!check_is_value(c, x))
		return;
	Type *xt = x->type;  // an untyped constant has no methods under its own name
	if (type_is_untyped(x->type))
		check_default(c, x);
	Lookup lk = check_lookup(x->type, name);
	if (lk.npath) {
		n->u.sel.path = arena_memdup(&ast_arena, lk.path, sizeof(int) * (size_t)lk.npath);
		n->u.sel.npath = lk.npath;
	}
	switch (lk.kind) {
	case LK_NONE: case LK_AMBIGUOUS:
		select_missing(n, xt, lk);
		return;
	case LK_FIELD:
		n->u.sel.sel = SEL_FIELD;
		n->u.sel.field_index = lk.index;
		n->type = lk.field->type;
		return;
	case LK_IFACE_METHOD:
		n->u.sel.sel = SEL_IFACE_METHOD;
		n->type = lk.method->sig;
		return;
	case LK_METHOD:
		break;
	}
	n->u.sel.sel = SEL_METHOD;
	n->u.sel.method = lk.method->fn;
	n->type = lk.method->sig;
	if (lk.method->fn)
		check_record_dep(c, lk.method->fn);
	// The receiver value at the end of the embedding path.
	bool recv_ptr = lk.npath ? false : type_is_pointer(x->type);
	if (lk.npath) {
		Type *t = type_underlying(x->type);
		if (t->kind == TY_POINTER)
			t = type_underlying(t->elem);
		Type *ft = NULL;
		for (int i = 0; i < lk.npath && t->kind == TY_STRUCT; i++) {
			ft = t->fields.items[lk.path[i]].type;
			t = type_underlying(ft);
			if (t->kind == TY_POINTER && i < lk.npath - 1)
				t = type_underlying(t->elem);
		}
		recv_ptr = ft && type_is_pointer(ft);
	}
	if (lk.method->ptr_recv && !recv_ptr) {
		if (!lk.indirect && !check_is_addressable(x)) {
			diag_errorf(n->u.sel.name_pos, "cannot call pointer method %s on %s", name,
				    type_errstring(x->type));
			n->type = type_bad;
			return;
		}
		n->u.sel.implicit_addr = true;
		if (!lk.indirect) {
			Sym *root = check_root_var(x);
			if (root)
				root->addr_taken = true;
		}
	} else if (!lk.method->ptr_recv && recv_ptr) {
		n->u.sel.implicit_deref = true;
	}
}
