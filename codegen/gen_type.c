// gen_type.c: C types for Go types, run-time type descriptors and itabs.
//
// C types: scalars map to <stdint.h> types; strings, slices and interfaces
// to the runtime's go_string/go_slice/go_iface; arrays, structs and result
// tuples to generated structs. Those are canonical by the identity of the
// *underlying* type, so conversions between a named type and its underlying
// type (or two named types over the same struct) need no C cast.
//
// Descriptors (go_type) are canonical by Go type identity, names included:
// assertions and type switches compare descriptor addresses. Each carries
// the pointer bitmap the precise collector of issue 6 will scan, and the
// method set (sorted by name) with wrappers callable on an interface's data
// word, from which itabs are built.
#define CG_INTERNAL
#include "cgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool cg_is_empty_iface(Type *t)
{
	Type *u = type_underlying(t);
	return u->kind == TY_INTERFACE && u->methods.len == 0;
}

bool cg_noscan(Type *t)
{
	type_complete(t);
	return !t->has_pointers;
}

const char *cg_tuple_field(int i)
{
	static char buf[16][16];
	static int k;
	char *b = buf[k++ & 15];
	snprintf(b, 16, "r%d", i & 0xffff);
	return b;
}

static bool tuples_identical(Type *a, Type *b)
{
	if (a->fields.len != b->fields.len)
		return false;
	for (int i = 0; i < a->fields.len; i++)
		if (!type_identical(a->fields.items[i].type, b->fields.items[i].type))
			return false;
	return true;
}

// The canonical C struct for an array, struct or tuple type.
static const char *struct_ctype(CGen *g, Type *u)
{
	for (int i = 0; i < g->ctypes.len; i++) {
		Type *c = g->ctypes.items[i].t;
		if (c->kind != u->kind)
			continue;
		if (u->kind == TY_TUPLE ? tuples_identical(c, u) : type_identical(c, u))
			return g->ctypes.items[i].name;
	}
	const char *prefix = u->kind == TY_ARRAY ? "go_arr" : u->kind == TY_TUPLE ? "go_tup" : "go_st";
	CType ct = {.t = u, .name = cg_fmt(g, "%s_%d", prefix, g->ctypes.len + 1)};
	vec_push(&g->arena, &g->ctypes, ct);
	return ct.name;
}

// The bytes of a value of the C struct type named ct (struct_ctype's
// names); 0 for another name.
int64_t cg_struct_bytes(CGen *g, const char *ct)
{
	int n;
	if (sscanf(ct, "go_arr_%d", &n) != 1 && sscanf(ct, "go_st_%d", &n) != 1 &&
	    sscanf(ct, "go_tup_%d", &n) != 1)
		return 0;
	if (n < 1 || n > g->ctypes.len || strcmp(g->ctypes.items[n - 1].name, ct) != 0)
		return 0;
	Type *t = g->ctypes.items[n - 1].t;
	if (t->kind != TY_TUPLE) {
		type_complete(t);
		return t->size;
	}
	int64_t b = 0;
	for (int i = 0; i < t->fields.len; i++) {
		type_complete(t->fields.items[i].type);
		b += t->fields.items[i].type->size + 8;   // with padding
	}
	return b;
}

// A pointer type whose chain of element types is pointers all the way back
// to itself (type T *T; type A *B; type B *A) has no finite C spelling: it
// becomes void *, and dereferences cast through it (cg_deref).
bool cg_pointer_cycle(Type *t)
{
	Type *u = type_underlying(t);
	if (u->kind != TY_POINTER)
		return false;
	Type *slow = u, *fast = u;
	for (;;) {
		for (int step = 0; step < 2; step++) {
			fast = type_underlying(fast->elem);
			if (fast->kind != TY_POINTER)
				return false;
		}
		slow = type_underlying(slow->elem);
		if (slow == fast)
			return true;
	}
}

// "(*x)" for a pointer expression x of pointer type t, nil-checked.
const char *cg_deref(CGen *g, Type *t, const char *x)
{
	if (cg_pointer_cycle(t))
		return cg_fmt(g, "(*(void **)GO_NILCHK(%s))", x);
	return cg_fmt(g, "(*GO_NILCHK(%s))", x);
}

const char *cg_ctype(CGen *g, Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
	case TY_INT: case TY_INT64: case TY_UNTYPED_INT: return "int64_t";
	case TY_INT8: return "int8_t";
	case TY_INT16: return "int16_t";
	case TY_INT32: case TY_UNTYPED_RUNE: return "int32_t";
	case TY_UINT: case TY_UINT64: return "uint64_t";
	case TY_UINT8: return "uint8_t";
	case TY_UINT16: return "uint16_t";
	case TY_UINT32: return "uint32_t";
	case TY_UINTPTR: return "uintptr_t";
	case TY_FLOAT32: return "float";
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "double";
	case TY_STRING: case TY_UNTYPED_STRING: return "go_string";
	case TY_UNTYPED_NIL: case TY_UNSAFEPTR: return "void *";
	case TY_CHAN: return "go_chan *";
	case TY_POINTER:
		if (cg_pointer_cycle(u))
			return "void *";
		return cg_fmt(g, "%s *", cg_ctype(g, u->elem));
	case TY_SLICE: return "go_slice";
	case TY_MAP: return "go_map *";
	case TY_FUNC: return "go_closure *";
	case TY_INTERFACE: return "go_iface";
	case TY_ARRAY: case TY_STRUCT: case TY_TUPLE: return struct_ctype(g, u);
	case TY_BAD: case TY_NAMED: case TY__COUNT: break;
	}
	bug("cg_ctype: unexpected type kind %d", u->kind);
}

// The zero value of a large type: a constant zero object of static
// storage, one per type. A compound literal (T){} would be a temporary of
// its own in the frame for each use, which gcc does not share at -O0 and
// not always at -O2, and which the stack estimate (stackcheck.c) cannot
// see; copying from the object is a memcpy (or memset) into the target.
static const char *large_zero(CGen *g, Type *t)
{
	const char *ct = cg_ctype(g, t);
	const char *name = cg_fmt(g, "zero_%s_", ct);
	for (int i = 0; i < g->made_zero.len; i++)
		if (strcmp(g->made_zero.items[i], name) == 0)
			return name;
	vec_push(&g->arena, &g->made_zero, name);
	// In .bss: a const object with no initializer would go to .rodata and
	// put its size into the executable (a [1<<30]byte's zero made a 1 GiB
	// binary that took the linker most of a minute to write).
	sect_printf(&g->protos, "static const %s %s __attribute__((section(\".bss.mgo_zero\")));\n", ct, name);
	return name;
}

// An array or struct too large to handle as a value (CG_LARGE_VALUE): its
// zero is a .bss object, a store of T{} is a memset, and a new variable's
// literal fills it in place (gen_lit.c).
bool cg_is_large_aggregate(Type *t)
{
	Type *u = type_underlying(t);
	return (u->kind == TY_ARRAY || u->kind == TY_STRUCT) && t->size > CG_LARGE_VALUE;
}

const char *cg_zero(CGen *g, Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_ARRAY: case TY_STRUCT: case TY_TUPLE:
		if (t->size > CG_LARGE_VALUE)
			return large_zero(g, t);
		// fall through
	case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_UNTYPED_STRING:
		return cg_fmt(g, "(%s){}", cg_ctype(g, t));   // GNU C: all members zero
	case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_CHAN:
		return cg_fmt(g, "((%s)0)", cg_ctype(g, t));   // typed: ?: arms must agree
	case TY_UNTYPED_NIL:
		return "NULL";
	default:
		return cg_fmt(g, "(%s)0", cg_ctype(g, t));
	}
}

const char *cg_suffix(Type *t)
{
	switch (type_underlying(t)->kind) {
	case TY_INT8: return "i8";
	case TY_INT16: return "i16";
	case TY_INT32: case TY_UNTYPED_RUNE: return "i32";
	case TY_UINT8: return "u8";
	case TY_UINT16: return "u16";
	case TY_UINT32: return "u32";
	case TY_UINT: case TY_UINT64: return "u64";
	case TY_UINTPTR: return "uptr";
	default: return "i64";
	}
}

Type *cg_result_type(CGen *g, Type *sig)
{
	(void)g;
	if (sig->results.len == 0)
		return NULL;
	if (sig->results.len == 1)
		return sig->results.items[0].type;
	Type *t = type_new(TY_TUPLE);
	t->fields = sig->results;
	return t;
}

// "R (*)(first, P1, P2)": the C function-pointer type for calls through
// closures and itabs.
const char *cg_func_ptr_type(CGen *g, Type *sig, const char *first)
{
	Type *r = cg_result_type(g, sig);
	Sect b = {0};
	sect_printf(&b, "%s (*)(%s", r ? cg_ctype(g, r) : "void", first);
	for (int i = 0; i < sig->fields.len; i++)
		sect_printf(&b, ", %s", cg_ctype(g, sig->fields.items[i].type));
	sect_put(&b, ")", 1);
	const char *s = arena_strndup(&g->arena, b.p, b.len);
	free(b.p);
	return s;
}

// {==================== descriptors ====================

const char *cg_tdesc(CGen *g, Type *t)
{
	switch (t->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return "&go_type_bool";
	case TY_INT: case TY_UNTYPED_INT: return "&go_type_int";
	case TY_INT8: return "&go_type_int8";
	case TY_INT16: return "&go_type_int16";
	case TY_INT32: case TY_UNTYPED_RUNE: return "&go_type_int32";
	case TY_INT64: return "&go_type_int64";
	case TY_UINT: return "&go_type_uint";
	case TY_UINT8: return "&go_type_uint8";
	case TY_UINT16: return "&go_type_uint16";
	case TY_UINT32: return "&go_type_uint32";
	case TY_UINT64: return "&go_type_uint64";
	case TY_UINTPTR: return "&go_type_uintptr";
	case TY_FLOAT32: return "&go_type_float32";
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "&go_type_float64";
	case TY_STRING: case TY_UNTYPED_STRING: return "&go_type_string";
	default: break;
	}
	if (t == type_error)
		return "&go_type_error";
	for (int i = 0; i < g->tdescs.len; i++)
		if (type_identical(g->tdescs.items[i].t, t))
			return cg_fmt(g, "&%s", g->tdescs.items[i].name);
	TDesc d = {.t = t, .name = cg_fmt(g, "go_td_%d", g->tdescs.len + 1)};
	// Library types T and *T: the runtime's C builds values of them too.
	if (lib_is_type(t) || (t->kind == TY_POINTER && lib_is_type(t->elem))) {
		d.global = true;
		d.name = lib_is_type(t) ? lib_type_cname(t, false) : lib_type_cname(t->elem, true);
	}
	vec_push(&g->arena, &g->tdescs, d);
	sect_printf(&g->protos, "%sconst go_type %s;\n", d.global ? "extern " : "static ", d.name);
	return cg_fmt(g, "&%s", d.name);
}

static int kind_of(Type *t)
{
	switch (type_underlying(t)->kind) {
	case TY_BOOL: return 1;
	case TY_INT: return 2;
	case TY_INT8: return 3;
	case TY_INT16: return 4;
	case TY_INT32: return 5;
	case TY_INT64: return 6;
	case TY_UINT: return 7;
	case TY_UINT8: return 8;
	case TY_UINT16: return 9;
	case TY_UINT32: return 10;
	case TY_UINT64: return 11;
	case TY_UINTPTR: return 12;
	case TY_FLOAT32: return 13;
	case TY_FLOAT64: return 14;
	case TY_STRING: return 15;
	case TY_POINTER: return 16;
	case TY_ARRAY: return 17;
	case TY_SLICE: return 18;
	case TY_MAP: return 19;
	case TY_CHAN: return 20;
	case TY_STRUCT: return 21;
	case TY_FUNC: return 22;
	case TY_INTERFACE: return 23;
	default: return 0;
	}
}

// Marks the pointer words of a value of type t at byte offset off.
static void ptr_words(Type *t, int64_t off, uint8_t *mask, int64_t nwords)
{
	Type *u = type_underlying(t);
	type_complete(u);
	if (!u->has_pointers)
		return;
#define MARK(o) do { int64_t w_ = (o) / 8; if (w_ < nwords) mask[w_ / 8] |= (uint8_t)(1 << (w_ % 8)); } while (0)
	switch (u->kind) {
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_STRING: case TY_SLICE:
		MARK(off);
		return;
	case TY_INTERFACE:
		MARK(off);
		MARK(off + 8);
		return;
	case TY_ARRAY:
		for (int64_t i = 0; i < u->len; i++)
			ptr_words(u->elem, off + i * u->elem->size, mask, nwords);
		return;
	case TY_STRUCT:
		for (int i = 0; i < u->fields.len; i++)
			ptr_words(u->fields.items[i].type, off + u->fields.items[i].offset, mask, nwords);
		return;
	default:
		return;
	}
#undef MARK
}

// Emits `static const uint8_t NAME_mask[] = {...}` with the mask's bytes.
static void emit_mask(CGen *g, const char *name, const uint8_t *mask, int64_t nbytes)
{
	sect_printf(&g->descs, "static const uint8_t %s_mask[] = {", name);
	for (int64_t i = 0; i < nbytes; i++)
		sect_printf(&g->descs, "%s%u", i ? ", " : "", mask[i]);
	sect_printf(&g->descs, "};\n");
}

// The pointer bitmap as a C initializer, or NULL for pointer-free types.
static const char *gcmask(CGen *g, Type *t, const char *name)
{
	type_complete(t);
	if (!t->has_pointers)
		return "NULL";
	int64_t nwords = (t->size + 7) / 8;
	// Past 2^32 words (32 GiB) a bitmap would not fit the runtime's word
	// count, nor memory here (a fuzzed [1 << 40]*T wanted 128 GiB): no mask,
	// which the runtime reads as "every word may be a pointer". Such an
	// object is never allocated anyway (out of memory, as in Go).
	if (nwords > (int64_t)UINT32_MAX)
		return "NULL";
	int64_t nbytes = (nwords + 7) / 8;
	uint8_t *mask = calloc((size_t)nbytes + 1, 1);
	ptr_words(t, 0, mask, nwords);
	emit_mask(g, name, mask, nbytes);
	free(mask);
	return cg_fmt(g, "%s_mask", name);
}

// The pointer mask of a closure-like record { void *fn; fields... } laid out
// as C lays out the generated struct (Go's sizes and alignments, which the C
// types share); by_ref[i] says field i is a pointer to a variable of type
// fields[i]. Emits NAME_mask and returns "NAME_mask, WORDS", the last two
// arguments of go_new_masked, or "NULL, 0" when nothing inside is a pointer.
const char *cg_record_mask(CGen *g, const char *name, Type **fields, const bool *by_ref, int n)
{
	int64_t off = 8, maxalign = 8;
	for (int i = 0; i < n; i++) {
		int64_t size = 8, align = 8;
		if (!by_ref[i]) {
			type_complete(fields[i]);
			size = fields[i]->size;
			align = fields[i]->align > 0 ? fields[i]->align : 1;
		}
		off = (off + align - 1) / align * align + size;
		if (align > maxalign)
			maxalign = align;
	}
	int64_t nwords = (off + 7) / 8;
	uint8_t *mask = calloc((size_t)(nwords + 7) / 8 + 1, 1);
	bool any = false;
	off = 8;
	for (int i = 0; i < n; i++) {
		if (by_ref[i]) {
			off = (off + 7) / 8 * 8;
			mask[off / 64] |= (uint8_t)(1 << ((off / 8) % 8));
			off += 8;
			continue;
		}
		int64_t align = fields[i]->align > 0 ? fields[i]->align : 1;
		off = (off + align - 1) / align * align;
		ptr_words(fields[i], off, mask, nwords);
		off += fields[i]->size;
	}
	for (int64_t i = 0; i < (nwords + 7) / 8; i++)
		any |= mask[i] != 0;
	const char *r = "NULL, 0";
	if (any) {
		emit_mask(g, name, mask, (nwords + 7) / 8);
		r = cg_fmt(g, "%s_mask, %lld", name, (long long)nwords);
	}
	free(mask);
	return r;
}

typedef struct MEntry {
	const char *name;
	const char *wrapper;
	const char *sig;
} MEntry;

static int mentry_cmp(const void *a, const void *b)
{
	return strcmp(((const MEntry *)a)->name, ((const MEntry *)b)->name);
}

// Collects the names of methods reachable from t (declared or promoted).
typedef VEC(const char *) NameList;

static void method_names(Type *t, NameList *names, int depth)
{
	if (depth > 8)
		return;
	Type *base = t;
	if (type_underlying(base)->kind == TY_POINTER && base->kind != TY_NAMED)
		base = type_underlying(base)->elem;
	if (base->kind == TY_NAMED)
		for (int i = 0; i < base->methods.len; i++)
			vec_push(&ast_arena, names, base->methods.items[i].name);
	Type *u = type_underlying(base);
	if (u->kind == TY_INTERFACE && depth > 0)
		for (int i = 0; i < u->methods.len; i++)
			vec_push(&ast_arena, names, u->methods.items[i].name);
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len; i++)
			if (u->fields.items[i].embedded)
				method_names(u->fields.items[i].type, names, depth + 1);
}

// The method set of t, sorted by name, with interface-call wrappers.
static int method_set(CGen *g, Type *t, MEntry **out)
{
	NameList names = {0};
	*out = NULL;
	Type *u = type_underlying(t);
	if (u->kind == TY_INTERFACE)
		return 0;
	if (t->kind == TY_NAMED && u->kind == TY_POINTER)
		return 0;   // named pointer types have no methods
	method_names(t, &names, 0);
	if (!names.len)
		return 0;
	MEntry *ms = arena_zalloc(&g->arena, sizeof *ms * (size_t)names.len);
	int n = 0;
	bool is_ptr = u->kind == TY_POINTER;
	for (int i = 0; i < names.len; i++) {
		bool dup = false;
		for (int k = 0; k < n && !dup; k++)
			dup = strcmp(ms[k].name, names.items[i]) == 0;
		if (dup)
			continue;
		Lookup lk = check_lookup(t, names.items[i]);
		if (lk.kind != LK_METHOD && lk.kind != LK_IFACE_METHOD)
			continue;
		if (lk.kind == LK_METHOD && lk.method->ptr_recv && !is_ptr && !lk.indirect)
			continue;   // pointer method: only in *T's method set
		ms[n].name = names.items[i];
		ms[n].sig = cg_sig_string(g, lk.method->sig);
		ms[n].wrapper = cg_method_wrapper(g, t, names.items[i], true);
		n++;
	}
	qsort(ms, (size_t)n, sizeof *ms, mentry_cmp);
	*out = ms;
	return n;
}

static void emit_desc(CGen *g, TDesc *d)
{
	Type *t = d->t;
	Type *u = type_underlying(t);
	type_complete(t);
	const char *name = d->name;
	const char *ct = u->kind == TY_UNTYPED_NIL ? "void *" : cg_ctype(g, t);
	const char *elem = "NULL", *key = "NULL", *fields = "NULL", *methods = "NULL",
		*imethods = "NULL";
	int nfields = 0, nmethods = 0, nimethods = 0;
	int64_t len = 0;
	switch (u->kind) {
	case TY_POINTER: case TY_SLICE: case TY_CHAN:
		elem = cg_tdesc(g, u->elem);
		break;
	case TY_ARRAY:
		elem = cg_tdesc(g, u->elem);
		len = u->len;
		break;
	case TY_MAP:
		elem = cg_tdesc(g, u->elem);
		key = cg_tdesc(g, u->key);
		break;
	case TY_STRUCT: {
		nfields = u->fields.len;
		if (!nfields)
			break;
		Sect b = {0};
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = &u->fields.items[i];
			const char *fname = f->name ? f->name : "_";
			sect_printf(&b, "\t{\"%s\", %s, offsetof(%s, %s), %s},\n", fname,
				cg_tdesc(g, f->type), ct, cg_field_name(g, f->name, i),
				f->embedded ? "true" : "false");
		}
		sect_printf(&g->descs, "static const go_field %s_fields[] = {\n%s};\n", name, b.p);
		free(b.p);
		fields = cg_fmt(g, "%s_fields", name);
		break;
	}
	case TY_INTERFACE: {
		nimethods = u->methods.len;
		if (!nimethods)
			break;
		sect_printf(&g->descs, "static const go_imethod %s_imethods[] = {\n", name);
		for (int i = 0; i < u->methods.len; i++)
			sect_printf(&g->descs, "\t{\"%s\", \"%s\"},\n", u->methods.items[i].name,
				cg_sig_string(g, u->methods.items[i].sig));
		sect_printf(&g->descs, "};\n");
		imethods = cg_fmt(g, "%s_imethods", name);
		break;
	}
	default:
		break;
	}
	MEntry *ms;
	nmethods = method_set(g, t, &ms);
	if (nmethods) {
		sect_printf(&g->descs, "static const go_method %s_methods[] = {\n", name);
		for (int i = 0; i < nmethods; i++)
			sect_printf(&g->descs, "\t{\"%s\", \"%s\", (void *)%s},\n", ms[i].name, ms[i].sig,
				ms[i].wrapper);
		sect_printf(&g->descs, "};\n");
		methods = cg_fmt(g, "%s_methods", name);
	}
	const char *mask = gcmask(g, t, name);
	int flags = 0;
	if (t->kind == TY_NAMED)
		flags |= 1;
	if (type_is_pointer_shaped(t))
		flags |= 2;
	if (type_is_comparable(t))
		flags |= 4;
	if (!t->has_pointers)
		flags |= 8;
	if (u->kind == TY_INTERFACE && u->methods.len == 0)
		flags |= 16;
	sect_printf(&g->descs,
		"%sconst go_type %s = {sizeof(%s), %d, %d, \"%s\", %s, %s, %lld, %s, %d, %d, %s, "
		"%s, %d, %s};\n",
		d->global ? "" : "static ", name, ct, kind_of(t), flags, cg_type_string(g, t), elem, key, (long long)len, fields,
		nfields, nmethods, methods, imethods, nimethods, mask);
}

void cg_emit_descs(CGen *g)
{
	// Emitting a descriptor may register more (field and element types).
	for (int i = 0; i < g->tdescs.len; i++) {
		if (g->tdescs.items[i].emitted)
			continue;
		g->tdescs.items[i].emitted = true;
		TDesc d = g->tdescs.items[i];
		emit_desc(g, &d);
	}
}

int cg_iface_method_index(Type *iface, const char *name)
{
	Type *u = type_underlying(iface);
	for (int i = 0; i < u->methods.len; i++)
		if (strcmp(u->methods.items[i].name, name) == 0)
			return i;
	bug("interface method %s not found", name);
}

// A static itab for converting a value of type `concrete` to `iface`.
const char *cg_itab(CGen *g, Type *concrete, Type *iface)
{
	const char *td = cg_tdesc(g, concrete), *id = cg_tdesc(g, iface);
	const char *key = cg_fmt(g, "%s|%s", td, id);
	for (int i = 0; i < g->itabs.len; i++)
		if (strcmp(g->itabs.items[i], key) == 0)
			return cg_fmt(g, "&go_itab_%d", i + 1);
	vec_push(&g->arena, &g->itabs, key);
	int n = g->itabs.len;
	Type *u = type_underlying(iface);
	Sect b = {0};
	for (int i = 0; i < u->methods.len; i++)
		sect_printf(&b, "%s(void *)%s", i ? ", " : "",
			cg_method_wrapper(g, concrete, u->methods.items[i].name, true));
	sect_printf(&g->protos, "static const go_itab go_itab_%d;\n", n);
	sect_printf(&g->descs, "static const go_itab go_itab_%d = {%s, %s, {%s}};\n", n, td, id,
		b.p ? b.p : "");
	free(b.p);
	return cg_fmt(g, "&go_itab_%d", n);
}

// {==================== type definitions ====================

static void define(CGen *g, Sect *s, int i);

// Defines the C struct for a field/element type first when it is held by value.
static void need(CGen *g, Sect *s, Type *t)
{
	Type *u = type_underlying(t);
	if (u->kind != TY_ARRAY && u->kind != TY_STRUCT && u->kind != TY_TUPLE)
		return;
	const char *name = cg_ctype(g, u);
	for (int i = 0; i < g->ctypes.len; i++)
		if (g->ctypes.items[i].name == name) {
			define(g, s, i);
			return;
		}
}

static void define(CGen *g, Sect *s, int i)
{
	if (g->ctypes.items[i].defined || g->ctypes.items[i].visiting)
		return;
	g->ctypes.items[i].visiting = true;
	Type *u = g->ctypes.items[i].t;
	const char *name = g->ctypes.items[i].name;
	Sect body = {0};
	if (u->kind == TY_ARRAY) {
		need(g, s, u->elem);
		sect_printf(&body, "\t%s a[%lld];\n", cg_ctype(g, u->elem), (long long)u->len);
	} else {
		for (int k = 0; k < u->fields.len; k++) {
			Field *f = &u->fields.items[k];
			need(g, s, f->type);
			const char *fname = u->kind == TY_TUPLE ? cg_tuple_field(k) : cg_field_name(g, f->name, k);
			sect_printf(&body, "\t%s %s;\n", cg_ctype(g, f->type), fname);
		}
	}
	sect_printf(s, "struct %s { // %s\n%s};\n", name, cg_type_string(g, u), body.p ? body.p : "");
	free(body.p);
	g->ctypes.items[i].defined = true;
}

// Writes forward typedefs, then every struct in dependency order.
void cg_emit_types(CGen *g, FILE *out)
{
	Sect defs = {0};
	for (int i = 0; i < g->ctypes.len; i++)
		define(g, &defs, i);
	for (int i = 0; i < g->ctypes.len; i++)
		fprintf(out, "typedef struct %s %s;\n", g->ctypes.items[i].name, g->ctypes.items[i].name);
	if (defs.p)
		fputs(defs.p, out);
	free(defs.p);
}
