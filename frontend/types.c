// types.c: the type representation — constructors, identity, predicates,
// Go's amd64 sizes and layout, and printing types in Go syntax.
//
// Predeclared basic types are unique objects; composite types are built on
// demand and compared structurally (type_identical), except that pointer and
// slice types are cached on their element so the common ones are shared.
// Two printers exist because Go has two: type_string prints the way
// cmd/compile does in -m messages ("interface {}", "struct { q *int }"),
// type_errstring the way its type checker does in errors ("interface{}",
// "struct{q *int}").
#include "check.h"
#include "lex_unicode.h"

#include <stdio.h>
#include <stdlib.h>

Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64,
	*type_uint, *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr,
	*type_float32, *type_float64, *type_str, *type_bad,
	*type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
	*type_untyped_string, *type_untyped_nil, *type_any, *type_error;
Type *type_byte, *type_rune, *type_empty_tuple;

static int next_type_id, base_type_id;
// The predeclared types outlive frontend_reset (frontend_freeze).
static bool types_kept;

// ORDER TYPEKIND
static const char *const basic_names[TY__COUNT] = {
	[TY_BAD] = "invalid type", [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8",
	[TY_INT16] = "int16", [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint",
	[TY_UINT8] = "uint8", [TY_UINT16] = "uint16", [TY_UINT32] = "uint32",
	[TY_UINT64] = "uint64", [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32",
	[TY_FLOAT64] = "float64", [TY_STRING] = "string", [TY_UNSAFEPTR] = "unsafe.Pointer",
	[TY_UNTYPED_BOOL] = "untyped bool", [TY_UNTYPED_INT] = "untyped int",
	[TY_UNTYPED_RUNE] = "untyped rune", [TY_UNTYPED_FLOAT] = "untyped float",
	[TY_UNTYPED_STRING] = "untyped string", [TY_UNTYPED_NIL] = "untyped nil",
};

Type *type_new(TypeKind kind)
{
	Type *t = arena_zalloc(&ast_arena, sizeof *t);
	t->kind = kind;
	t->id = ++next_type_id;
	t->size = -1;
	return t;
}

static Type *basic(TypeKind kind, int64_t size)
{
	Type *t = type_new(kind);
	t->size = size;
	t->align = size > 8 ? 8 : (size ? size : 1);
	t->has_pointers = kind == TY_STRING;
	return t;
}

void type_init(void)
{
	if (type_int)
		return;
	type_bad = basic(TY_BAD, 8);
	type_bool = basic(TY_BOOL, 1);
	type_int = basic(TY_INT, 8);
	type_int8 = basic(TY_INT8, 1);
	type_int16 = basic(TY_INT16, 2);
	type_int32 = basic(TY_INT32, 4);
	type_int64 = basic(TY_INT64, 8);
	type_uint = basic(TY_UINT, 8);
	type_uint8 = basic(TY_UINT8, 1);
	type_uint16 = basic(TY_UINT16, 2);
	type_uint32 = basic(TY_UINT32, 4);
	type_uint64 = basic(TY_UINT64, 8);
	type_uintptr = basic(TY_UINTPTR, 8);
	type_float32 = basic(TY_FLOAT32, 4);
	type_float64 = basic(TY_FLOAT64, 8);
	type_str = basic(TY_STRING, 16);
	type_str->align = 8;
	type_byte = basic(TY_UINT8, 1);
	type_rune = basic(TY_INT32, 4);
	type_untyped_bool = basic(TY_UNTYPED_BOOL, 1);
	type_untyped_int = basic(TY_UNTYPED_INT, 8);
	type_untyped_rune = basic(TY_UNTYPED_RUNE, 4);
	type_untyped_float = basic(TY_UNTYPED_FLOAT, 8);
	type_untyped_string = basic(TY_UNTYPED_STRING, 16);
	type_untyped_nil = basic(TY_UNTYPED_NIL, 8);
	type_any = type_new(TY_INTERFACE);
	type_empty_tuple = type_new(TY_TUPLE);
	type_complete(type_any);

	// type error interface { Error() string }
	Type *iface = type_new(TY_INTERFACE);
	Type *sig = type_new(TY_FUNC);
	vec_push(&ast_arena, &sig->results, ((Field){.type = type_str}));
	vec_push(&ast_arena, &iface->methods, ((Method){.name = "Error", .sig = sig}));
	type_error = type_new(TY_NAMED);
	type_error->underlying = iface;
	type_complete(type_error);
}

// Is t one of the two spellings of a predeclared basic type?
bool type_is_basic(Type *t)
{
	return t && t->kind < TY_POINTER;
}

Type *type_pointer(Type *elem)
{
	if (!elem->ptr_to) {
		Type *t = type_new(TY_POINTER);
		t->elem = elem;
		elem->ptr_to = t;
	}
	return elem->ptr_to;
}

Type *type_slice(Type *elem)
{
	if (!elem->slice_of) {
		Type *t = type_new(TY_SLICE);
		t->elem = elem;
		elem->slice_of = t;
	}
	return elem->slice_of;
}

Type *type_array(Type *elem, int64_t len)
{
	Type *t = type_new(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

Type *type_map(Type *key, Type *value)
{
	Type *t = type_new(TY_MAP);
	t->key = key;
	t->elem = value;
	return t;
}

Type *type_chan(Type *elem, int dir)
{
	Type *t = type_new(TY_CHAN);
	t->elem = elem;
	t->chan_dir = dir;
	return t;
}

Type *type_underlying(Type *t)
{
	if (t && t->kind == TY_NAMED)
		return t->underlying ? t->underlying : type_bad;
	return t;
}

// {==================== Identity and predicates ====================

static bool fields_identical(FieldList *a, FieldList *b, bool names)
{
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++) {
		Field *x = &a->items[i], *y = &b->items[i];
		if (names) {
			if (x->embedded != y->embedded)
				return false;
			if (strcmp(x->name ? x->name : "", y->name ? y->name : "") != 0)
				return false;
		}
		if (!type_identical(x->type, y->type))
			return false;
	}
	return true;
}

// Interface pairs whose identity is being decided, innermost first: an
// interface whose methods mention it again (type I interface{ F()
// interface{I} }) is identical to another when the comparison comes back
// to the same pair (Go's rule for recursive interfaces).
typedef struct IfacePair {
	Type *a, *b;
	struct IfacePair *up;
} IfacePair;
static IfacePair *iface_pairs;

static bool ifaces_identical(Type *a, Type *b)
{
	if (a->methods.len != b->methods.len)
		return false;
	for (IfacePair *p = iface_pairs; p; p = p->up)
		if ((p->a == a && p->b == b) || (p->a == b && p->b == a))
			return true;
	IfacePair me = {a, b, iface_pairs};
	iface_pairs = &me;
	bool same = true;
	for (int i = 0; i < a->methods.len && same; i++) {
		Method *x = &a->methods.items[i], *y = &b->methods.items[i];
		same = strcmp(x->name, y->name) == 0 && type_identical(x->sig, y->sig);
	}
	iface_pairs = me.up;
	return same;
}

bool type_identical(Type *a, Type *b)
{
	if (a == b)
		return true;
	if (!a || !b)
		return false;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_NAMED:
		return false;
	case TY_POINTER: case TY_SLICE:
		return type_identical(a->elem, b->elem);
	case TY_ARRAY:
		return a->len == b->len && type_identical(a->elem, b->elem);
	case TY_MAP:
		return type_identical(a->key, b->key) && type_identical(a->elem, b->elem);
	case TY_CHAN:
		return a->chan_dir == b->chan_dir && type_identical(a->elem, b->elem);
	case TY_STRUCT:
		return fields_identical(&a->fields, &b->fields, true);
	case TY_FUNC:
		return a->variadic == b->variadic && fields_identical(&a->fields, &b->fields, false) &&
		       fields_identical(&a->results, &b->results, false);
	case TY_TUPLE:
		return fields_identical(&a->fields, &b->fields, false);
	case TY_INTERFACE:
		return ifaces_identical(a, b);
	default:
		return true; // basic kinds: byte == uint8, rune == int32
	}
}

bool type_is_integer(Type *t)
{
	t = type_underlying(t);
	return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
		     t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}

bool type_is_unsigned(Type *t)
{
	t = type_underlying(t);
	return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool type_is_float(Type *t)
{
	t = type_underlying(t);
	return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 ||
		     t->kind == TY_UNTYPED_FLOAT);
}

bool type_is_numeric(Type *t)
{
	return type_is_integer(t) || type_is_float(t);
}

bool type_is_string(Type *t)
{
	t = type_underlying(t);
	return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool type_is_boolean(Type *t)
{
	t = type_underlying(t);
	return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool type_is_untyped(Type *t)
{
	return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool type_is_interface(Type *t)
{
	t = type_underlying(t);
	return t && t->kind == TY_INTERFACE;
}

bool type_is_pointer(Type *t)
{
	t = type_underlying(t);
	return t && t->kind == TY_POINTER;
}

// Can a value of this type be compared to nil (and hold nil)?
bool type_is_nilable(Type *t)
{
	t = type_underlying(t);
	switch (t->kind) {
	case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
	case TY_INTERFACE: case TY_UNSAFEPTR: case TY_BAD:
		return true;
	default:
		return false;
	}
}

bool type_is_comparable(Type *t)
{
	t = type_underlying(t);
	switch (t->kind) {
	case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE:
		return false;
	case TY_ARRAY:
		return type_is_comparable(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!type_is_comparable(t->fields.items[i].type))
				return false;
		return true;
	default:
		return true;
	}
}

bool type_is_pointer_shaped(Type *t)
{
	t = type_underlying(t);
	switch (t->kind) {
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	case TY_STRUCT:
		return t->fields.len == 1 && type_is_pointer_shaped(t->fields.items[0].type);
	case TY_ARRAY:
		return t->len == 1 && type_is_pointer_shaped(t->elem);
	default:
		return false;
	}
}

// }==================== Sizes and layout ====================

static int64_t align_up(int64_t n, int64_t a)
{
	return (n + a - 1) / a * a;
}

void type_complete(Type *t)
{
	if (!t || t->size >= 0)
		return;
	switch (t->kind) {
	case TY_NAMED: {
		Type *u = type_underlying(t);
		t->size = 0; // guards against invalid recursive types
		type_complete(u);
		t->size = u->size;
		t->align = u->align;
		t->has_pointers = u->has_pointers;
		return;
	}
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
		t->size = t->align = 8;
		t->has_pointers = true;
		return;
	case TY_SLICE:
		t->size = 24;
		t->align = 8;
		t->has_pointers = true;
		return;
	case TY_INTERFACE:
		t->size = 16;
		t->align = 8;
		t->has_pointers = true;
		return;
	case TY_ARRAY:
		t->size = 0;
		type_complete(t->elem);
		t->align = t->elem->align;
		t->size = t->len > 0 && t->elem->size > 0 && t->len > INT64_MAX / t->elem->size ?
			INT64_MAX : t->len * t->elem->size;
		t->has_pointers = t->len > 0 && t->elem->has_pointers;
		return;
	case TY_STRUCT: {
		int64_t off = 0, align = 1;
		bool ptrs = false;
		t->size = 0;
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = &t->fields.items[i];
			type_complete(f->type);
			off = align_up(off, f->type->align);
			f->offset = off;
			off += f->type->size;
			if (f->type->align > align)
				align = f->type->align;
			ptrs |= f->type->has_pointers;
		}
		// A trailing zero-size field gets a byte of padding, so that its
		// address never points past the object.
		if (t->fields.len && off > 0 && t->fields.items[t->fields.len - 1].type->size == 0)
			off++;
		t->size = align_up(off, align);
		t->align = align;
		t->has_pointers = ptrs;
		return;
	}
	case TY_TUPLE:
		t->size = 0;
		t->align = 1;
		for (int i = 0; i < t->fields.len; i++)
			type_complete(t->fields.items[i].type);
		return;
	case TY_BAD: case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32:
	case TY_INT64: case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32:
	case TY_UINT64: case TY_UINTPTR: case TY_FLOAT32: case TY_FLOAT64: case TY_STRING:
	case TY_UNSAFEPTR: case TY_UNTYPED_BOOL: case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
	case TY_UNTYPED_FLOAT: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL: case TY__COUNT:
		t->size = 8;
		t->align = 8;
		return;
	}
}

// }==================== Printing ====================

typedef struct Buf {
	char *p;
	size_t len, cap;
} Buf;

static void put(Buf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->len, s, n + 1);
	b->len += n;
}

static void print_type(Buf *b, Type *t, bool err, int depth);

// Go's error texts keep a signature's parameter and result names.
static bool named_field(const Field *f, bool err)
{
	return err && f->name && f->name[0] && f->name[0] != '~';
}

static void print_sig(Buf *b, Type *t, bool err, int depth)
{
	put(b, "(");
	for (int i = 0; i < t->fields.len; i++) {
		if (i)
			put(b, ", ");
		Type *pt = t->fields.items[i].type;
		if (named_field(&t->fields.items[i], err)) {
			put(b, t->fields.items[i].name);
			put(b, " ");
		}
		if (t->variadic && i == t->fields.len - 1 && pt->kind == TY_SLICE) {
			put(b, "...");
			pt = pt->elem;
		}
		print_type(b, pt, err, depth);
	}
	put(b, ")");
	bool named = t->results.len && named_field(&t->results.items[0], err);
	if (t->results.len == 1 && !named) {
		put(b, " ");
		print_type(b, t->results.items[0].type, err, depth);
	} else if (t->results.len >= 1) {
		put(b, " (");
		for (int i = 0; i < t->results.len; i++) {
			if (i)
				put(b, ", ");
			if (named_field(&t->results.items[i], err)) {
				put(b, t->results.items[i].name);
				put(b, " ");
			}
			print_type(b, t->results.items[i].type, err, depth);
		}
		put(b, ")");
	}
}

static void print_type(Buf *b, Type *t, bool err, int depth)
{
	char num[32];
	if (!t) {
		put(b, "<nil>");
		return;
	}
	if (depth > 4096) {   // (only a guard: Go prints every level)
		put(b, "...");
		return;
	}
	depth++;
	switch (t->kind) {
	case TY_NAMED:
		put(b, t->sym ? t->sym->name : "error");
		return;
	case TY_POINTER:
		put(b, "*");
		print_type(b, t->elem, err, depth);
		return;
	case TY_SLICE:
		put(b, "[]");
		print_type(b, t->elem, err, depth);
		return;
	case TY_ARRAY:
		snprintf(num, sizeof num, "[%lld]", (long long)t->len);
		put(b, num);
		print_type(b, t->elem, err, depth);
		return;
	case TY_MAP:
		put(b, "map[");
		print_type(b, t->key, err, depth);
		put(b, "]");
		print_type(b, t->elem, err, depth);
		return;
	case TY_CHAN: {
		put(b, t->chan_dir == CHAN_SEND ? "chan<- " : t->chan_dir == CHAN_RECV ? "<-chan " : "chan ");
		bool paren = t->chan_dir == CHAN_BOTH && t->elem->kind == TY_CHAN &&
			t->elem->chan_dir == CHAN_RECV;
		if (paren)
			put(b, "(");
		print_type(b, t->elem, err, depth);
		if (paren)
			put(b, ")");
		return;
	}
	case TY_FUNC:
		put(b, "func");
		print_sig(b, t, err, depth);
		return;
	case TY_STRUCT:
		put(b, err ? "struct{" : "struct {");
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = &t->fields.items[i];
			put(b, i ? "; " : err ? "" : " ");
			if (!f->embedded) {
				put(b, f->name);
				put(b, " ");
			}
			print_type(b, f->type, err, depth);
		}
		put(b, err || !t->fields.len ? "}" : " }");
		return;
	case TY_INTERFACE:
		if (t == type_any && err) {
			put(b, "any");
			return;
		}
		put(b, err ? "interface{" : "interface {");
		for (int i = 0; i < t->methods.len; i++) {
			Method *m = &t->methods.items[i];
			put(b, i ? "; " : err ? "" : " ");
			// cmd/compile qualifies an unexported method with its package
			if (!err && !lex_is_exported(m->name))
				put(b, "main.");
			put(b, m->name);
			print_sig(b, m->sig, err, depth);
		}
		put(b, err || !t->methods.len ? "}" : " }");
		return;
	case TY_TUPLE:
		put(b, "(");
		for (int i = 0; i < t->fields.len; i++) {
			if (i)
				put(b, ", ");
			// Go names a tuple's values when the results were named.
			if (err && t->fields.items[i].name && t->fields.items[i].name[0]) {
				put(b, t->fields.items[i].name);
				put(b, " ");
			}
			print_type(b, t->fields.items[i].type, err, depth);
		}
		put(b, ")");
		return;
	case TY_UINT8:
		put(b, t == type_byte ? "byte" : "uint8");
		return;
	case TY_INT32:
		put(b, t == type_rune ? "rune" : "int32");
		return;
	case TY_BAD: case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16:
	case TY_INT64: case TY_UINT: case TY_UINT16: case TY_UINT32:
	case TY_UINT64: case TY_UINTPTR: case TY_FLOAT32: case TY_FLOAT64: case TY_STRING:
	case TY_UNSAFEPTR: case TY_UNTYPED_BOOL: case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
	case TY_UNTYPED_FLOAT: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL: case TY__COUNT:
		put(b, basic_names[t->kind] ? basic_names[t->kind] : "?");
		return;
	}
}

static const char *format(Type *t, bool err)
{
	Buf b = {0};
	put(&b, "");
	print_type(&b, t, err, 0);
	char *s = arena_strndup(&ast_arena, b.p, b.len);
	free(b.p);
	return s;
}

const char *type_string(Type *t)
{
	return format(t, false);
}

const char *type_errstring(Type *t)
{
	return format(t, true);
}

// }

void type_freeze(void)
{
	types_kept = true;
	base_type_id = next_type_id;
}

void type_reset(void)
{
	Type **all[] = {
		&type_bool, &type_int, &type_int8, &type_int16, &type_int32, &type_int64,
		&type_uint, &type_uint8, &type_uint16, &type_uint32, &type_uint64, &type_uintptr,
		&type_float32, &type_float64, &type_str, &type_bad, &type_byte, &type_rune,
		&type_untyped_bool, &type_untyped_int, &type_untyped_rune, &type_untyped_float,
		&type_untyped_string, &type_untyped_nil, &type_any, &type_error, &type_empty_tuple,
	};
	for (size_t i = 0; i < sizeof all / sizeof all[0] && !types_kept; i++)
		*all[i] = NULL;
	next_type_id = base_type_id;
	iface_pairs = NULL;
}
