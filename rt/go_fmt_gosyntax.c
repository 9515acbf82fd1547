// go_fmt_gosyntax.c: %#v, a value in Go syntax as Go 1.19's fmt prints it
// (printValue and its helpers with the sharpV flag): composite values
// carry their type's spelling (main.T{A:1, B:"x"}, []int{1, 2},
// map[string]int{"a":1}), nil ones print as T(nil), strings are quoted,
// unsigned integers are hexadecimal, and a pointer prints as (*T)(0x...)
// except a top-level pointer to a composite (&main.T{...}). A value with a
// GoString() string method prints that instead; String() and Error() are
// not called.
#include "go_fmt_impl.h"

#include <stdlib.h>
#include <string.h>

// fmt0x64(v, true): 0x-prefixed lower-case hex.
static void hex0x(Fmt *f, uint64_t v)
{
	bool os = f->sharp;
	f->sharp = true;
	fmt_integer(f, v, false, 16, 'v', false);
	f->sharp = os;
}

// GoString() called when the value can reach an interface (Go's
// handleMethods under sharpV); true if it printed.
static bool gostringer(Fmt *f, const go_type *t, const void *p)
{
	for (int i = 0; i < t->nmethods; i++) {
		const go_method *m = &t->methods[i];
		if (strcmp(m->name, "GoString") != 0 || strcmp(m->sig, "func() string") != 0)
			continue;
		void *data;
		if (t->flags & GO_TF_DIRECT) {
			memcpy(&data, p, sizeof data);
			if (t->kind == GO_KIND_PTR && !data) {
				// Go's catchPanic: a nil receiver's panic prints <nil>.
				fmt_pad_str(f, "<nil>");
				return true;
			}
		} else
			data = (void *)p;
		go_string s = ((go_string(*)(void *))m->ifn)(data);
		fmt_string(f, s, 's');
		return true;
	}
	return false;
}

// fmtPointer: (T)(0x...) or (T)(nil).
static void pointer(Fmt *f, const go_type *t, const void *u)
{
	fmt_putc(f->b, '(');
	fmt_puts(f->b, t->str);
	fmt_puts(f->b, ")(");
	if (u)
		hex0x(f, (uintptr_t)u);
	else
		fmt_puts(f->b, "nil");
	fmt_putc(f->b, ')');
}

static void elems(Fmt *f, const go_type *t, const char *base, int64_t n, int depth, bool can_iface)
{
	fmt_putc(f->b, '{');
	for (int64_t i = 0; i < n; i++) {
		if (i > 0)
			fmt_puts(f->b, ", ");
		fmt_gosyntax(f, t->elem, base + (size_t)i * t->elem->size, depth + 1, can_iface);
	}
	fmt_putc(f->b, '}');
}

static void map(Fmt *f, const go_type *t, go_map *m, int depth, bool can_iface)
{
	fmt_puts(f->b, t->str);
	if (!m) {
		fmt_puts(f->b, "(nil)");
		return;
	}
	fmt_putc(f->b, '{');
	int64_t n;
	ptrdiff_t delta;
	void **keys = fmt_map_keys(t, m, &n, &delta);
	for (int64_t i = 0; i < n; i++) {
		if (i > 0)
			fmt_puts(f->b, ", ");
		fmt_gosyntax(f, t->key, keys[i], depth + 1, can_iface);
		fmt_putc(f->b, ':');
		fmt_gosyntax(f, t->elem, (char *)keys[i] + delta, depth + 1, can_iface);
	}
	free(keys);
	fmt_putc(f->b, '}');
}

void fmt_gosyntax(Fmt *f, const go_type *t, const void *p, int depth, bool can_iface)
{
	if ((depth == 0 || can_iface) && t->nmethods && gostringer(f, t, p))
		return;
	switch (t->kind) {
	case GO_KIND_BOOL:
		fmt_pad_str(f, *(const bool *)p ? "true" : "false");
		return;
	case GO_KIND_INT: case GO_KIND_INT64: case GO_KIND_INT8: case GO_KIND_INT16: case GO_KIND_INT32: {
		int64_t v;
		switch (t->size) {
		case 1: v = *(const int8_t *)p; break;
		case 2: v = *(const int16_t *)p; break;
		case 4: v = *(const int32_t *)p; break;
		default: v = *(const int64_t *)p; break;
		}
		fmt_integer(f, (uint64_t)v, true, 10, 'v', false);
		return;
	}
	case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR: case GO_KIND_UINT8:
	case GO_KIND_UINT16: case GO_KIND_UINT32: {
		uint64_t v;
		switch (t->size) {
		case 1: v = *(const uint8_t *)p; break;
		case 2: v = *(const uint16_t *)p; break;
		case 4: v = *(const uint32_t *)p; break;
		default: v = *(const uint64_t *)p; break;
		}
		hex0x(f, v);
		return;
	}
	case GO_KIND_FLOAT32: case GO_KIND_FLOAT64: {
		double v = t->kind == GO_KIND_FLOAT32 ? *(const float *)p : *(const double *)p;
		fmt_float(f, v, t->kind == GO_KIND_FLOAT32 ? 32 : 64, 'v');
		return;
	}
	case GO_KIND_STRING:
		fmt_quoted(f, *(const go_string *)p);
		return;
	case GO_KIND_MAP:
		map(f, t, *(go_map *const *)p, depth, can_iface);
		return;
	case GO_KIND_STRUCT:
		fmt_puts(f->b, t->str);
		fmt_putc(f->b, '{');
		for (int i = 0; i < t->nfields; i++) {
			const go_field *fl = &t->fields[i];
			if (i > 0)
				fmt_puts(f->b, ", ");
			fmt_puts(f->b, fl->name);
			fmt_putc(f->b, ':');
			fmt_gosyntax(f, fl->type, (const char *)p + fl->offset, depth + 1,
				can_iface && fmt_exported(fl->name));
		}
		fmt_putc(f->b, '}');
		return;
	case GO_KIND_IFACE: {
		const go_iface *i = p;
		const go_type *dt = t->flags & GO_TF_EMPTY_IFACE ? go_eface_type(*i) : go_iface_type(*i);
		if (!dt) {
			fmt_puts(f->b, t->str);
			fmt_puts(f->b, "(nil)");
			return;
		}
		fmt_gosyntax(f, dt, go_iface_dataptr(dt, &i->data), depth + 1, can_iface);
		return;
	}
	case GO_KIND_SLICE: {
		const go_slice *s = p;
		// printArg's []byte case spells the unnamed type as written.
		bool bytes = depth == 0 && strcmp(t->str, "[]uint8") == 0;
		fmt_puts(f->b, bytes ? "[]byte" : t->str);
		if (!s->ptr) {
			fmt_puts(f->b, "(nil)");
			return;
		}
		elems(f, t, s->ptr, s->len, depth, can_iface);
		return;
	}
	case GO_KIND_ARRAY:
		fmt_puts(f->b, t->str);
		elems(f, t, p, t->len, depth, can_iface);
		return;
	case GO_KIND_PTR: {
		const void *q = *(const void *const *)p;
		if (depth == 0 && q) {
			switch (t->elem->kind) {
			case GO_KIND_ARRAY: case GO_KIND_SLICE: case GO_KIND_STRUCT: case GO_KIND_MAP:
				fmt_putc(f->b, '&');
				fmt_gosyntax(f, t->elem, q, depth + 1, can_iface);
				return;
			}
		}
		pointer(f, t, q);
		return;
	}
	case GO_KIND_CHAN: case GO_KIND_FUNC:
		pointer(f, t, *(const void *const *)p);
		return;
	}
}
