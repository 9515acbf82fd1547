// go_fmt.c: the fmt package's printing, as Go 1.19 formats it.
//
// Arguments arrive as a []any (a go_slice of go_iface); values are walked
// through their go_type descriptors, the way fmt walks reflect.Values:
// handleMethods first (Error() / String() for %v %s %q %x %X and Print*),
// then the kind's formatter (scalars in rt/go_fmt_scalar.c). Maps print
// sorted by key (internal/fmtsort's order).
#define _GNU_SOURCE   // qsort_r
#include "go_fmt_impl.h"
#include "go_lib.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// }==================== values ====================

static void print_value(Fmt *f, const go_type *t, const void *p, char verb, int depth, bool can_iface);

static void bad_verb(Fmt *f, char verb, const go_type *t, const void *p);

static void fmt_pointer(Fmt *f, const void *ptr, char verb)
{
	char buf[40];
	uintptr_t u = (uintptr_t)ptr;
	switch (verb) {
	case 'v':
		if (!u) {
			fmt_pad_str(f, "<nil>");
			return;
		}
		snprintf(buf, sizeof buf, "0x%lx", (unsigned long)u);
		fmt_pad_str(f, buf);
		return;
	case 'p':
		snprintf(buf, sizeof buf, f->sharp ? "%lx" : "0x%lx", (unsigned long)u);
		fmt_pad_str(f, buf);
		return;
	case 'b': case 'o': case 'd': case 'x': case 'X': {
		bool os = f->sharp;
		if (verb != 'd')
			f->sharp = !f->sharp;   // Go shows 0x for %x of pointers
		fmt_int_verb(f, u, false, verb);
		f->sharp = os;
		return;
	}
	}
}

// Calls Error() or String() when the verb allows; true if it printed.
static bool handle_methods(Fmt *f, const go_type *t, const void *p, char verb)
{
	if (f->sharpV)
		return false;
	switch (verb) {
	case 'v': case 's': case 'x': case 'X': case 'q':
		break;
	default:
		return false;
	}
	const go_method *m = NULL;
	for (int i = 0; i < t->nmethods; i++) {
		const go_method *c = &t->methods[i];
		if (strcmp(c->sig, "func() string") == 0 &&
		    (strcmp(c->name, "Error") == 0 || (!m && strcmp(c->name, "String") == 0)))
			m = c;
	}
	if (!m)
		return false;
	void *data;
	if (t->flags & GO_TF_DIRECT) {
		memcpy(&data, p, sizeof data);
		if (t->kind == GO_KIND_PTR && !data) {
			fmt_pad_str(f, "<nil>");
			return true;
		}
	} else {
		data = (void *)p;
	}
	go_string s = ((go_string(*)(void *))m->ifn)(data);
	fmt_string(f, s, verb);
	return true;
}

static int key_cmp(const go_type *t, const void *a, const void *b);

// Go orders two dynamic types by their descriptors' addresses, which its
// linker lays out by descriptor size and then by name ("type." + the type's
// spelling). The size of Go 1.19's descriptor on amd64: the kind's part,
// the uncommon part of a named type or one with methods, then its struct
// fields and methods.
static uintptr_t go_desc_size(const go_type *t)
{
	uintptr_t n;
	bool basic = t->kind <= GO_KIND_STRING;
	switch (t->kind) {
	case GO_KIND_PTR: case GO_KIND_SLICE: case GO_KIND_FUNC: n = 56; break;
	case GO_KIND_CHAN: n = 64; break;
	case GO_KIND_ARRAY: n = 72; break;
	case GO_KIND_MAP: case GO_KIND_STRUCT: case GO_KIND_IFACE: n = 80; break;
	default: n = 48; break;
	}
	if (basic || (t->flags & GO_TF_NAMED) || t->nmethods)
		n += 16;
	if (t->kind == GO_KIND_STRUCT)
		n += 24 * (uintptr_t)t->nfields;
	return n + 16 * (uintptr_t)t->nmethods;
}

static int type_order(const go_type *x, const go_type *y)
{
	uintptr_t sx = go_desc_size(x), sy = go_desc_size(y);
	if (sx != sy)
		return sx < sy ? -1 : 1;
	int c = strcmp(x->str, y->str);
	if (c)
		return c < 0 ? -1 : 1;
	return x < y ? -1 : x > y ? 1 : 0;
}

static int iface_cmp(const go_type *t, const void *a, const void *b)
{
	const go_iface *x = a, *y = b;
	bool empty = t->flags & GO_TF_EMPTY_IFACE;
	const go_type *tx = empty ? go_eface_type(*x) : go_iface_type(*x);
	const go_type *ty = empty ? go_eface_type(*y) : go_iface_type(*y);
	if (!tx || !ty)
		return tx ? 1 : ty ? -1 : 0;
	if (tx != ty)
		return type_order(tx, ty);
	return key_cmp(tx, go_iface_dataptr(tx, &x->data), go_iface_dataptr(ty, &y->data));
}

// internal/fmtsort's ordering.
static int key_cmp(const go_type *t, const void *a, const void *b)
{
#define CMP(T) { T x = *(const T *)a, y = *(const T *)b; return x < y ? -1 : x > y ? 1 : 0; }
	switch (t->kind) {
	case GO_KIND_BOOL: CMP(bool)
	case GO_KIND_INT: case GO_KIND_INT64: CMP(int64_t)
	case GO_KIND_INT8: CMP(int8_t)
	case GO_KIND_INT16: CMP(int16_t)
	case GO_KIND_INT32: CMP(int32_t)
	case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR: CMP(uint64_t)
	case GO_KIND_UINT8: CMP(uint8_t)
	case GO_KIND_UINT16: CMP(uint16_t)
	case GO_KIND_UINT32: CMP(uint32_t)
	case GO_KIND_PTR: case GO_KIND_CHAN: CMP(uintptr_t)
	case GO_KIND_FLOAT32: case GO_KIND_FLOAT64: {
		double x = t->kind == GO_KIND_FLOAT32 ? *(const float *)a : *(const double *)a;
		double y = t->kind == GO_KIND_FLOAT32 ? *(const float *)b : *(const double *)b;
		if (x < y) return -1;
		if (x > y) return 1;
		if (isnan(x) && !isnan(y)) return -1;
		if (!isnan(x) && isnan(y)) return 1;
		return 0;
	}
	case GO_KIND_STRING:
		return go_string_cmp(*(const go_string *)a, *(const go_string *)b);
	case GO_KIND_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			size_t off = (size_t)i * t->elem->size;
			int c = key_cmp(t->elem, (const char *)a + off, (const char *)b + off);
			if (c)
				return c;
		}
		return 0;
	case GO_KIND_STRUCT:
		for (int i = 0; i < t->nfields; i++) {
			const go_field *fl = &t->fields[i];
			int c = key_cmp(fl->type, (const char *)a + fl->offset, (const char *)b + fl->offset);
			if (c)
				return c;
		}
		return 0;
	case GO_KIND_IFACE:
		return iface_cmp(t, a, b);
	default:
		return 0;
	}
#undef CMP
}

// The key type travels as qsort_r's argument: goroutines on other threads
// may be sorting another map's keys at the same time.
static int sort_cmp(const void *a, const void *b, void *kt)
{
	return key_cmp(kt, *(void *const *)a, *(void *const *)b);
}

// m's keys in internal/fmtsort's order (*n of them, malloc'd); *delta is
// the distance from a key to its value, fixed per map.
void **fmt_map_keys(const go_type *t, go_map *m, int64_t *n, ptrdiff_t *delta)
{
	int64_t len = go_map_len(m);
	void **keys = malloc(sizeof(void *) * (size_t)(len ? len : 1));
	go_map_iter it;
	go_map_iter_init(&it, m);
	int64_t k = 0;
	*delta = 0;
	while (go_map_iter_next(&it)) {
		if (k < len)
			keys[k++] = it.key;
		*delta = (char *)it.val - (char *)it.key;
	}
	qsort_r(keys, (size_t)k, sizeof(void *), sort_cmp, (void *)t->key);
	*n = k;
	return keys;
}

static void print_map(Fmt *f, const go_type *t, go_map *m, char verb, int depth, bool can_iface)
{
	fmt_puts(f->b, "map[");
	int64_t k;
	ptrdiff_t delta;
	void **keys = fmt_map_keys(t, m, &k, &delta);
	for (int64_t i = 0; i < k; i++) {
		if (i > 0)
			fmt_putc(f->b, ' ');
		print_value(f, t->key, keys[i], verb, depth + 1, can_iface);
		fmt_putc(f->b, ':');
		print_value(f, t->elem, (char *)keys[i] + delta, verb, depth + 1, can_iface);
	}
	free(keys);
	fmt_putc(f->b, ']');
}

static void print_value(Fmt *f, const go_type *t, const void *p, char verb, int depth, bool can_iface)
{
	if (depth > 0 && can_iface && t->nmethods && handle_methods(f, t, p, verb))
		return;
	if (f->sharpV) {
		fmt_gosyntax(f, t, p, depth, can_iface);
		return;
	}
	switch (t->kind) {
	case GO_KIND_BOOL:
		if (verb == 'v' || verb == 't')
			fmt_pad_str(f, *(const bool *)p ? "true" : "false");
		else
			bad_verb(f, verb, t, p);
		return;
	case GO_KIND_INT: case GO_KIND_INT64: case GO_KIND_INT8: case GO_KIND_INT16:
	case GO_KIND_INT32: case GO_KIND_UINT: case GO_KIND_UINT64: case GO_KIND_UINTPTR:
	case GO_KIND_UINT8: case GO_KIND_UINT16: case GO_KIND_UINT32: {
		uint64_t v;
		bool sgn = t->kind <= GO_KIND_INT64;
		switch (t->size) {
		case 1: v = sgn ? (uint64_t)(int64_t)*(const int8_t *)p : *(const uint8_t *)p; break;
		case 2: v = sgn ? (uint64_t)(int64_t)*(const int16_t *)p : *(const uint16_t *)p; break;
		case 4: v = sgn ? (uint64_t)(int64_t)*(const int32_t *)p : *(const uint32_t *)p; break;
		default: v = *(const uint64_t *)p; break;
		}
		if (strchr("vdboOxXcqU", verb) && verb)
			fmt_int_verb(f, v, sgn, verb);
		else
			bad_verb(f, verb, t, p);
		return;
	}
	case GO_KIND_FLOAT32: case GO_KIND_FLOAT64: {
		double v = t->kind == GO_KIND_FLOAT32 ? *(const float *)p : *(const double *)p;
		if (strchr("vbgGxXfFeE", verb) && verb)
			fmt_float(f, v, t->kind == GO_KIND_FLOAT32 ? 32 : 64, verb);
		else
			bad_verb(f, verb, t, p);
		return;
	}
	case GO_KIND_STRING:
		if (strchr("vsxXq", verb) && verb)
			fmt_string(f, *(const go_string *)p, verb);
		else
			bad_verb(f, verb, t, p);
		return;
	case GO_KIND_MAP: {
		go_map *m = *(go_map *const *)p;
		if (verb == 'p') {
			fmt_pointer(f, m, verb);
			return;
		}
		print_map(f, t, m, verb, depth, can_iface);
		return;
	}
	case GO_KIND_STRUCT:
		fmt_putc(f->b, '{');
		for (int i = 0; i < t->nfields; i++) {
			const go_field *fl = &t->fields[i];
			if (i > 0)
				fmt_putc(f->b, ' ');
			if (f->plusV) {
				fmt_puts(f->b, fl->name);
				fmt_putc(f->b, ':');
			}
			print_value(f, fl->type, (const char *)p + fl->offset, verb, depth + 1,
				can_iface && fmt_exported(fl->name));
		}
		fmt_putc(f->b, '}');
		return;
	case GO_KIND_IFACE: {
		const go_iface *i = p;
		const go_type *dt = t->flags & GO_TF_EMPTY_IFACE ? go_eface_type(*i) : go_iface_type(*i);
		if (!dt) {
			fmt_pad_str(f, "<nil>");
			return;
		}
		const void *dp = go_iface_dataptr(dt, &i->data);
		print_value(f, dt, dp, verb, depth + 1, can_iface);
		return;
	}
	case GO_KIND_ARRAY: case GO_KIND_SLICE: {
		const char *base;
		int64_t n;
		if (t->kind == GO_KIND_SLICE) {
			const go_slice *s = p;
			base = s->ptr;
			n = s->len;
			if (verb == 'p') {
				fmt_pointer(f, s->ptr, verb);
				return;
			}
		} else {
			base = p;
			n = t->len;
		}
		if (t->elem->kind == GO_KIND_UINT8 && (verb == 's' || verb == 'q' || verb == 'x' ||
		    verb == 'X')) {
			fmt_string(f, (go_string){(const uint8_t *)base, n}, verb);
			return;
		}
		fmt_putc(f->b, '[');
		for (int64_t i = 0; i < n; i++) {
			if (i > 0)
				fmt_putc(f->b, ' ');
			print_value(f, t->elem, base + (size_t)i * t->elem->size, verb, depth + 1, can_iface);
		}
		fmt_putc(f->b, ']');
		return;
	}
	case GO_KIND_PTR: {
		const void *q = *(const void *const *)p;
		if (depth == 0 && q && (verb == 'v')) {
			switch (t->elem->kind) {
			case GO_KIND_ARRAY: case GO_KIND_SLICE: case GO_KIND_STRUCT: case GO_KIND_MAP:
				fmt_putc(f->b, '&');
				print_value(f, t->elem, q, verb, depth + 1, can_iface);
				return;
			}
		}
		fmt_pointer(f, q, verb);
		return;
	}
	case GO_KIND_CHAN: case GO_KIND_FUNC:
		fmt_pointer(f, *(const void *const *)p, verb);
		return;
	}
}

// Formats one operand of Print*/Printf: Go's printArg.
static void print_arg(Fmt *f, go_iface arg, char verb)
{
	const go_type *t = go_eface_type(arg);
	if (!t) {
		if (verb == 'T' || verb == 'v')
			fmt_pad_str(f, "<nil>");
		else
			bad_verb(f, verb, NULL, NULL);
		return;
	}
	if (verb == 'T') {
		fmt_string(f, go_cstring(t->str), 's');
		return;
	}
	const void *p = go_iface_dataptr(t, &arg.data);
	if (verb == 'p') {
		switch (t->kind) {
		case GO_KIND_PTR: case GO_KIND_MAP: case GO_KIND_CHAN: case GO_KIND_FUNC:
			fmt_pointer(f, *(const void *const *)p, 'p');
			return;
		case GO_KIND_SLICE:
			fmt_pointer(f, ((const go_slice *)p)->ptr, 'p');
			return;
		default:
			bad_verb(f, verb, t, p);
			return;
		}
	}
	if (t->nmethods && handle_methods(f, t, p, verb))
		return;
	print_value(f, t, p, verb, 0, true);
}

static void bad_verb(Fmt *f, char verb, const go_type *t, const void *p)
{
	Buf *b = f->b;
	fmt_puts(b, "%!");
	fmt_putc(b, verb);
	fmt_putc(b, '(');
	if (!t) {
		fmt_puts(b, "<nil>");
	} else {
		fmt_puts(b, t->str);
		fmt_putc(b, '=');
		Fmt g = {.b = b};
		print_value(&g, t, p, 'v', 0, true);
	}
	fmt_putc(b, ')');
}

// }==================== entry points ====================

static void do_print(Buf *b, go_slice args, bool ln)
{
	const go_iface *a = args.ptr;
	bool prev_string = false;
	for (int64_t i = 0; i < args.len; i++) {
		const go_type *t = go_eface_type(a[i]);
		bool is_string = t && t->kind == GO_KIND_STRING;
		if (i > 0 && (ln || (!is_string && !prev_string)))
			fmt_putc(b, ' ');
		Fmt f = {.b = b};
		print_arg(&f, a[i], 'v');
		prev_string = is_string;
	}
	if (ln)
		fmt_putc(b, '\n');
}

static void do_printf(Buf *b, go_string format, go_slice args)
{
	const go_iface *a = args.ptr;
	int64_t argn = 0;
	const uint8_t *s = format.ptr;
	int64_t n = format.len;
	for (int64_t i = 0; i < n;) {
		int64_t start = i;
		while (i < n && s[i] != '%')
			i++;
		if (i > start)
			fmt_put(b, s + start, (size_t)(i - start));
		if (i >= n)
			break;
		i++;   // skip %
		Fmt f = {.b = b};
		for (; i < n; i++) {
			switch (s[i]) {
			case '#': f.sharp = true; continue;
			case '0': f.zero = !f.minus; continue;
			case '+': f.plus = true; continue;
			case '-': f.minus = true; f.zero = false; continue;
			case ' ': f.space = true; continue;
			}
			break;
		}
		// width
		if (i < n && s[i] == '*') {
			i++;
			if (argn < args.len && go_eface_type(a[argn]) &&
			    go_eface_type(a[argn])->kind == GO_KIND_INT) {
				f.wid = (int)*(const int64_t *)a[argn].data;
				f.wid_set = true;
				if (f.wid < 0) {
					f.minus = true;
					f.wid = -f.wid;
					f.zero = false;
				}
			} else {
				fmt_puts(b, "%!(BADWIDTH)");
			}
			argn++;
		} else {
			while (i < n && s[i] >= '0' && s[i] <= '9') {
				f.wid = f.wid * 10 + (s[i] - '0');
				f.wid_set = true;
				i++;
			}
		}
		if (i < n && s[i] == '.') {
			i++;
			f.prec_set = true;
			if (i < n && s[i] == '*') {
				i++;
				if (argn < args.len && go_eface_type(a[argn]) &&
				    go_eface_type(a[argn])->kind == GO_KIND_INT) {
					f.prec = (int)*(const int64_t *)a[argn].data;
					if (f.prec < 0) {
						f.prec = 0;
						f.prec_set = false;
					}
				} else {
					fmt_puts(b, "%!(BADPREC)");
				}
				argn++;
			} else {
				while (i < n && s[i] >= '0' && s[i] <= '9') {
					f.prec = f.prec * 10 + (s[i] - '0');
					i++;
				}
			}
		}
		if (i >= n) {
			fmt_puts(b, "%!(NOVERB)");
			break;
		}
		int64_t w = 1;
		int32_t verb = s[i] < 0x80 ? s[i] : go_decode_rune(format, i, &w);
		i += w;
		if (verb == '%') {
			fmt_putc(b, '%');
			continue;
		}
		if (argn >= args.len) {
			fmt_puts(b, "%!");
			char vb[4];
			fmt_put(b, vb, (size_t)go_encode_rune((uint8_t *)vb, verb));
			fmt_puts(b, "(MISSING)");
			continue;
		}
		if (verb == 'v') {
			if (f.sharp) {
				f.sharp = false;
				f.sharpV = true;
			}
			if (f.plus) {
				f.plus = false;
				f.plusV = true;
			}
		}
		print_arg(&f, a[argn++], (char)verb);
	}
	if (argn < args.len) {
		fmt_puts(b, "%!(EXTRA ");
		for (; argn < args.len; argn++) {
			const go_type *t = go_eface_type(a[argn]);
			fmt_puts(b, t ? t->str : "<nil>");
			if (t) {
				fmt_putc(b, '=');
				Fmt f = {.b = b};
				print_arg(&f, a[argn], 'v');
			}
			if (argn + 1 < args.len)
				fmt_puts(b, ", ");
		}
		fmt_putc(b, ')');
	}
}

static void flush_stdout(Buf *b)
{
	fwrite(b->p, 1, b->len, stdout);
	free(b->p);
}

static go_string to_string(Buf *b)
{
	go_string s = go_string_from_bytes(b->p, (int64_t)b->len);
	free(b->p);
	return s;
}

void go_fmt_println(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, true);
	flush_stdout(&b);
}

void go_fmt_print(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, false);
	flush_stdout(&b);
}

void go_fmt_printf(go_string format, go_slice args)
{
	Buf b = {0};
	do_printf(&b, format, args);
	flush_stdout(&b);
}

go_string go_fmt_sprintf(go_string format, go_slice args)
{
	Buf b = {0};
	do_printf(&b, format, args);
	return to_string(&b);
}

go_string go_fmt_sprint(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, false);
	return to_string(&b);
}

go_string go_fmt_sprintln(go_slice args)
{
	Buf b = {0};
	do_print(&b, args, true);
	return to_string(&b);
}

// fmt.Errorf without %w returns *errors.errorString{s}.
static go_string errorString_Error(void *data)
{
	return *(go_string *)data;
}
static const go_method errorString_methods[] = {
	{"Error", "func() string", (void *)errorString_Error},
};
static const uint8_t ptr_mask[] = {1};
// The pointed-to structs, for %#v (&errors.errorString{s:"x"}).
static const go_field errorString_fields[] = {{"s", &go_type_string, 0, false}};
static const go_type errorString_struct = {sizeof(go_string), GO_KIND_STRUCT,
	GO_TF_NAMED | GO_TF_COMPARABLE, "errors.errorString", 0, 0, 0, errorString_fields, 1, 0,
	0, 0, 0, ptr_mask};
const go_type go_type_errors_errorString = {sizeof(void *), GO_KIND_PTR,
	GO_TF_COMPARABLE | GO_TF_DIRECT, "*errors.errorString", &errorString_struct, 0, 0, 0, 0, 1,
	errorString_methods, 0, 0, ptr_mask};

// fmt.Errorf with a %w verb returns *fmt.wrapError{msg, err}, whose
// Unwrap gives err back (errors.Is/As/Unwrap in rt/go_errors.c).
typedef struct wrap_error {
	go_string msg;
	go_iface err;
} wrap_error;

static go_string wrapError_Error(void *data)
{
	return ((wrap_error *)data)->msg;
}

static go_iface wrapError_Unwrap(void *data)
{
	return ((wrap_error *)data)->err;
}

static const go_method wrapError_methods[] = {
	{"Error", "func() string", (void *)wrapError_Error},
	{"Unwrap", "func() error", (void *)wrapError_Unwrap},
};
static const go_field wrapError_fields[] = {
	{"msg", &go_type_string, offsetof(wrap_error, msg), false},
	{"err", &go_type_error, offsetof(wrap_error, err), false},
};
static const uint8_t wrapError_mask[] = {0x9};   // msg.ptr, err.data
static const go_type wrapError_struct = {sizeof(wrap_error), GO_KIND_STRUCT,
	GO_TF_NAMED | GO_TF_COMPARABLE, "fmt.wrapError", 0, 0, 0, wrapError_fields, 2, 0,
	0, 0, 0, wrapError_mask};
static const go_type go_type_fmt_wrapError = {sizeof(void *), GO_KIND_PTR,
	GO_TF_COMPARABLE | GO_TF_DIRECT, "*fmt.wrapError", &wrapError_struct, 0, 0, 0, 0, 2,
	wrapError_methods, 0, 0, ptr_mask};

// The operand index of the first %w verb of format (rewritten to %v in
// *out, which is a copy), or -1.
static int64_t find_w(go_string format, char *out)
{
	memcpy(out, format.ptr, (size_t)format.len);
	int64_t arg = 0;
	for (int64_t i = 0; i < format.len; i++) {
		if (out[i] != '%')
			continue;
		i++;
		if (i < format.len && out[i] == '%')
			continue;
		while (i < format.len && strchr("+-# 0123456789.*[]", out[i])) {
			if (out[i] == '*')
				arg++;
			i++;
		}
		if (i >= format.len)
			break;
		if (out[i] == 'w') {
			out[i] = 'v';
			return arg;
		}
		arg++;
	}
	return -1;
}

go_iface go_fmt_errorf(go_string format, go_slice args)
{
	char *f = malloc((size_t)format.len + 1);
	int64_t w = find_w(format, f);
	go_iface *a = args.ptr;
	if (w >= 0 && w < args.len && a[w].tab) {
		const go_type *t = go_eface_type(a[w]);
		const go_itab *etab = go_getitab(&go_type_error, t, NULL);
		if (etab) {
			static const uint8_t mask[] = {0x0d};   // msg.ptr, err.tab, err.data
			wrap_error *e = go_new_masked(sizeof *e, mask, 4);
			e->msg = go_fmt_sprintf((go_string){(const uint8_t *)f, format.len}, args);
			e->err = (go_iface){etab, a[w].data};
			free(f);
			static const go_itab *tab;
			if (!tab)
				tab = go_getitab(&go_type_error, &go_type_fmt_wrapError, NULL);
			return (go_iface){tab, e};
		}
	}
	go_string *s = go_new_t(&go_type_string);
	*s = go_fmt_sprintf(w >= 0 ? (go_string){(const uint8_t *)f, format.len} : format, args);
	free(f);
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_error, &go_type_errors_errorString, NULL);
	return (go_iface){tab, s};
}

// {==================== for the library (go_lib.h) ====================

void go_fmt_format(go_lib_buf *out, int kind, go_string format, go_slice args)
{
	Buf b = {0};
	if (kind == GO_FMT_PRINTF)
		do_printf(&b, format, args);
	else
		do_print(&b, args, kind == GO_FMT_PRINTLN);
	go_lib_buf_put(out, b.p, (int64_t)b.len);
	free(b.p);
}

go_string go_fmt_format_shortest(double v, int bits, char verb)
{
	Buf b = {0};
	fmt_format_shortest(&b, v, bits, verb);
	return to_string(&b);
}
