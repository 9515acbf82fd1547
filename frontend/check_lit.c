// check_lit.c: composite literals (struct, array, slice, map; elided
// element types, including the implicit &T of []*T{{...}}) and function
// literals (closure symbols, numbered like Go's f.func1, f.func1.1).
#include "check.h"

// Checks one element value against type t; *slot may be rewritten.
static void elem_value(Checker *c, Node **slot, Type *t, const char *ctx)
{
	Node *v = *slot;
	if (v->kind == ND_COMPOSITE && !v->u.composite.ctype) {
		Type *tu = type_underlying(t);
		if (tu->kind == TY_POINTER) {
			// []*T{{...}} means []*T{&T{...}}.
			check_composite(c, v, tu->elem);
			Node *addr = ast_new(ND_UNARY, v->pos);
			addr->u.unary.op = TOK_AND;
			addr->u.unary.x = v;
			addr->type = is_bad(v->type) ? type_bad : t;
			*slot = addr;
			return;
		}
		check_composite(c, v, t);
		return;
	}
	if (check_value(c, v))
		check_assign_to(c, slot, t, ctx);
}

// A struct field's value: unlike elements of arrays, slices and maps, it
// gives an untyped-literal {...} no type (Go: missing type).
static void field_value(Checker *c, Node **slot, Type *t)
{
	if ((*slot)->kind == ND_COMPOSITE && !(*slot)->u.composite.ctype) {
		check_composite(c, *slot, NULL);
		return;
	}
	elem_value(c, slot, t, "struct literal");
}

// A field this program cannot name: an unexported field of a library
// type (sync.Mutex's state, ...).
static bool foreign_unexported(Type *t, const char *name)
{
	Type *nt = t->kind == TY_POINTER ? t->elem : t;
	if (nt->kind != TY_NAMED || !nt->sym || nt->sym->pos.line != 0 || !name)
		return false;
	return !(name[0] >= 'A' && name[0] <= 'Z');
}

static void struct_lit(Checker *c, Node *n, Type *t, Type *u)
{
	NodeList *el = &n->u.composite.elems;
	if (el->len == 0)
		return;
	if (el->items[0]->kind == ND_KEYVALUE) {
		bool *seen = arena_zalloc(&ast_arena, (size_t)u->fields.len + 1);
		for (int i = 0; i < el->len; i++) {
			Node *kv = el->items[i];
			if (kv->kind != ND_KEYVALUE) {
				check_errorf(kv, "mixture of field:value and value elements in struct literal");
				check_expr(c, kv);
				continue;
			}
			Node *key = kv->u.kv.key;
			if (key->kind != ND_IDENT) {
				check_errorf(kv, "invalid field name %s in struct literal", expr_string(key));
				check_expr(c, kv->u.kv.value);
				continue;
			}
			int f = -1;
			// A blank field cannot be named.
			for (int k = 0; k < u->fields.len && f < 0 && strcmp(key->u.ident.name, "_") != 0; k++)
				if (u->fields.items[k].name && strcmp(u->fields.items[k].name, key->u.ident.name) == 0)
					f = k;
			if (f >= 0 && foreign_unexported(t, key->u.ident.name))
				f = -1;
			if (f < 0) {
				diag_errorf(key->pos, "unknown field '%s' in struct literal of type %s",
					    key->u.ident.name, type_errstring(t));
				check_expr(c, kv->u.kv.value);
				continue;
			}
			if (seen[f]) {
				diag_errorf(kv->pos, "duplicate field name %s in struct literal",
					    key->u.ident.name);
				check_expr(c, kv->u.kv.value);
				continue;
			}
			seen[f] = true;
			key->type = u->fields.items[f].type;
			field_value(c, &kv->u.kv.value, u->fields.items[f].type);
		}
		return;
	}
	for (int i = 0; i < el->len; i++) {
		Node *v = el->items[i];
		if (v->kind == ND_KEYVALUE) {
			check_errorf(v, "mixture of field:value and value elements in struct literal");
			check_expr(c, v->u.kv.value);
			continue;
		}
		if (i >= u->fields.len) {
			check_errorf(v, "too many values in %s{…}", type_errstring(t));
			for (; i < el->len; i++)
				check_expr(c, el->items[i]);
			return;
		}
		field_value(c, &el->items[i], u->fields.items[i].type);
		if (foreign_unexported(t, u->fields.items[i].name))
			check_errorf(el->items[i], "implicit assignment to unexported field %s in %s literal",
				     u->fields.items[i].name, type_errstring(t));
	}
	if (el->len < u->fields.len)
		diag_errorf(n->u.composite.rbrace.line ? n->u.composite.rbrace : n->pos,
			    "too few values in %s{…}", type_errstring(t));
}

// Array and slice literals; returns the length (max index + 1).
static int64_t array_lit(Checker *c, Node *n, Type *elem, int64_t len)
{
	NodeList *el = &n->u.composite.elems;
	int64_t idx = 0, max = 0;
	int64_t *used = NULL;
	int nused = 0;
	for (int i = 0; i < el->len; i++) {
		Node **slot = &el->items[i];
		bool valid = false;
		// Go's order: a key becomes an int first, then must be a
		// non-negative constant below the length; an element without a
		// key is checked against the length only.
		if ((*slot)->kind == ND_KEYVALUE) {
			Node *key = (*slot)->u.kv.key;
			int64_t v;
			if (!check_value(c, key) || !check_convert_untyped(c, key, type_int)) {
				// reported
			} else if (!type_is_integer(key->type)) {
				check_errorf(key, "invalid argument: index %s must be integer",
					     operand_string(key));
			} else if (!key->cval || !const_int64(key->cval, &v)) {
				check_errorf(*slot, "index %s must be integer constant", expr_string(key));
			} else if (v < 0) {
				check_errorf(key, "invalid argument: index %s must not be negative",
					     operand_string(key));
			} else if (len >= 0 && v >= len) {
				check_errorf(key, "invalid argument: index %s out of bounds [0:%lld]",
					     const_repr(key->cval), (long long)len);
			} else {
				idx = v;
				valid = true;
			}
			slot = &(*slot)->u.kv.value;
		} else if (len >= 0 && idx >= len) {
			check_errorf(*slot, "index %lld is out of bounds (>= %lld)", (long long)idx,
				     (long long)len);
		} else {
			valid = true;
		}
		if (valid) {
			for (int k = 0; k < nused; k++) {
				if (used[k] == idx) {
					check_errorf(el->items[i], "duplicate index %lld in array or slice literal",
						     (long long)idx);
					break;
				}
			}
			if (nused % 64 == 0) {
				int64_t *nu = arena_zalloc(&ast_arena, sizeof *nu * (size_t)(nused + 64));
				if (nused)
					memcpy(nu, used, sizeof *nu * (size_t)nused);
				used = nu;
			}
			used[nused++] = idx;
		}
		elem_value(c, slot, elem, "array or slice literal");
		idx++;
		if (idx > max)
			max = idx;
	}
	return max;
}

static void map_lit(Checker *c, Node *n, Type *u)
{
	NodeList *el = &n->u.composite.elems;
	Node **keys = arena_zalloc(&ast_arena, sizeof *keys * (size_t)(el->len + 1));
	for (int i = 0; i < el->len; i++) {
		Node *kv = el->items[i];
		if (kv->kind != ND_KEYVALUE) {
			check_errorf(kv, "missing key in map literal");
			check_expr(c, kv);
			continue;
		}
		// The key as written: a conversion to an interface key type wraps
		// it, and then its own (default) type tells duplicates apart.
		Node *orig = kv->u.kv.key;
		elem_value(c, &kv->u.kv.key, u->key, "map literal");
		keys[i] = ast_unparen(orig);
		Node *key = keys[i];
		if (key->cval && key->type && type_is_basic(type_underlying(key->type))) {
			for (int k = 0; k < i; k++) {
				Node *pk = keys[k];
				if (!pk || !pk->type)
					continue;
				ConstVal *eq = pk->cval ? const_compare(TOK_EQL, pk->cval, key->cval) : NULL;
				if (eq && eq->b && type_identical(pk->type, key->type)) {
					check_errorf(key, "duplicate key %s in map literal",
						     const_repr(key->cval));
					break;
				}
			}
		}
		elem_value(c, &kv->u.kv.value, u->elem, "map literal");
	}
}

void check_composite(Checker *c, Node *n, Type *hint)
{
	Node *ct = n->u.composite.ctype;
	Type *t = NULL;
	bool open = false;
	n->type = type_bad;
	if (ct && ct->kind == ND_ARRAYTYPE && ct->u.arraytype.len &&
	    ct->u.arraytype.len->kind == ND_ELLIPSIS) {
		Type *elem = check_type(c, ct->u.arraytype.elem);
		t = is_bad(elem) ? type_bad : type_array(elem, 0);
		open = true;
		ct->type = t;
		ct->is_type = true;
	} else if (ct) {
		t = check_type(c, ct);
	} else if (hint) {
		t = hint;
	} else {
		diag_errorf(n->pos, "missing type in composite literal");
	}
	if (!t || is_bad(t)) {
		for (int i = 0; i < n->u.composite.elems.len; i++) {
			Node *e = n->u.composite.elems.items[i];
			if (e->kind == ND_KEYVALUE)
				e = e->u.kv.value;
			if (e->kind != ND_COMPOSITE)
				check_expr(c, e);
		}
		return;
	}
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_STRUCT:
		struct_lit(c, n, t, u);
		break;
	case TY_ARRAY: {
		int64_t len = array_lit(c, n, u->elem, open ? -1 : u->len);
		if (open) {
			t->len = len;
			t->size = -1;
		}
		break;
	}
	case TY_SLICE:
		array_lit(c, n, u->elem, -1);
		break;
	case TY_MAP:
		map_lit(c, n, u);
		break;
	default:
		diag_errorf(ct ? check_start_pos(ct) : n->pos, "invalid composite literal type %s",
			    type_errstring(t));
		return;
	}
	n->type = t;
	if (c->types_done)
		type_complete(t);
}

void check_funclit(Checker *c, Node *n)
{
	Type *sig = check_signature(c, n->u.funclit.ftype, NULL);
	Sym *outer = c->fc ? c->fc->fn : NULL;
	int idx = c->fc ? ++c->fc->nclosures : ++c->glob_closures;
	const char *name;
	if (!outer)
		name = arena_sprintf(&ast_arena, "glob..func%d", idx);
	else if (outer->outer || (outer->func_node && outer->func_node->kind == ND_FUNCLIT))
		name = arena_sprintf(&ast_arena, "%s.%d", outer->name, idx);
	else if (outer->recv_type && outer->recv_type->kind == TY_POINTER)
		// Go's names: (*T).M.func1 and T.M.func1 (escape/explain.c agrees).
		name = arena_sprintf(&ast_arena, "(%s).%s.func%d", type_errstring(outer->recv_type),
				     outer->name, idx);
	else if (outer->recv_type)
		name = arena_sprintf(&ast_arena, "%s.%s.func%d", type_errstring(outer->recv_type),
				     outer->name, idx);
	else
		name = arena_sprintf(&ast_arena, "%s.func%d", outer->name, idx);
	Sym *fn = sym_new(SYM_FUNC, name, n->pos);
	fn->outer = outer;
	fn->type = sig;
	fn->func_node = n;
	fn->body = n->u.funclit.body;
	fn->index = idx;
	fn->used = true;
	n->u.funclit.fn = fn;
	n->u.funclit.index = idx;
	n->type = sig;
	if (!is_bad(sig) && n->u.funclit.body)
		check_func_body(c, fn, n->u.funclit.body, sig, n);
}
