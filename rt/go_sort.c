// go_sort.c: package sort (declared in frontend/library_decls.c).
//
// Sort, Slice, Ints, Strings and Float64s are not stable in Go: elements
// that compare equal end where Go 1.19's pattern-defeating quicksort puts
// them, so that algorithm is reproduced here step for step (the same
// comparisons and swaps in the same order, the same xorshift seeded by the
// length), on the caller's less (a closure, called with the slice as it is
// at that moment) or sort.Interface's methods (itab order Len, Less,
// Swap). Stable and SliceStable have one correct answer: a merge sort over
// an index permutation gives it.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "go_lib.h"

typedef bool (*less_fn)(void *ctx, int64_t i, int64_t j);

// Sorts perm[0..n) stably by less on the original indices.
static void merge_sort(int64_t *perm, int64_t *tmp, int64_t n, less_fn less, void *ctx)
{
	if (n < 2)
		return;
	if (n <= 12) {
		for (int64_t i = 1; i < n; i++)
			for (int64_t j = i; j > 0 && less(ctx, perm[j], perm[j - 1]); j--) {
				int64_t t = perm[j];
				perm[j] = perm[j - 1];
				perm[j - 1] = t;
			}
		return;
	}
	int64_t h = n / 2;
	merge_sort(perm, tmp, h, less, ctx);
	merge_sort(perm + h, tmp, n - h, less, ctx);
	int64_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = less(ctx, perm[j], perm[i]) ? perm[j++] : perm[i++];
	while (i < h)
		tmp[k++] = perm[i++];
	while (j < n)
		tmp[k++] = perm[j++];
	memcpy(perm, tmp, sizeof *perm * (size_t)n);
}

// Applies perm to the n elements of size sz at base.
static void permute(void *base, int64_t n, size_t sz, const int64_t *perm)
{
	uint8_t *copy = malloc(sz * (size_t)n + 1);
	memcpy(copy, base, sz * (size_t)n);
	for (int64_t i = 0; i < n; i++)
		memcpy((uint8_t *)base + (size_t)i * sz, copy + (size_t)perm[i] * sz, sz);
	free(copy);
}

static int64_t *sorted_perm(int64_t n, less_fn less, void *ctx)
{
	int64_t *perm = malloc(sizeof *perm * (size_t)(n + 1));
	int64_t *tmp = malloc(sizeof *tmp * (size_t)(n + 1));
	for (int64_t i = 0; i < n; i++)
		perm[i] = i;
	merge_sort(perm, tmp, n, less, ctx);
	free(tmp);
	return perm;
}


// {==================== Go's pdqsort ====================

typedef struct Seq {
	bool (*less)(void *ctx, int64_t i, int64_t j);
	void (*swap)(void *ctx, int64_t i, int64_t j);
	void *ctx;
} Seq;

static int bit_len(uint64_t x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

// Through sort.Interface's methods or a slice's less closure.
#define PDQ(name) name##_seq
#define PDQ_DATA const Seq *
#define LESS(i, j) d->less(d->ctx, (i), (j))
#define SWAP(i, j) d->swap(d->ctx, (i), (j))
#include "go_sort_pdq.h"

#define PDQ(name) name##_int
#define PDQ_DATA int64_t *
#define LESS(i, j) (d[i] < d[j])
#define SWAP(i, j) do { int64_t t_ = d[i]; d[i] = d[j]; d[j] = t_; } while (0)
#include "go_sort_pdq.h"

#define PDQ(name) name##_f64
#define PDQ_DATA double *
#define LESS(i, j) (d[i] < d[j] || (isnan(d[i]) && !isnan(d[j])))
#define SWAP(i, j) do { double t_ = d[i]; d[i] = d[j]; d[j] = t_; } while (0)
#include "go_sort_pdq.h"

#define PDQ(name) name##_str
#define PDQ_DATA go_string *
#define LESS(i, j) (go_string_cmp(d[i], d[j]) < 0)
#define SWAP(i, j) do { go_string t_ = d[i]; d[i] = d[j]; d[j] = t_; } while (0)
#include "go_sort_pdq.h"

static void pdq_run(const Seq *d, int64_t n)
{
	pdqsort_seq(d, 0, n, bit_len((uint64_t)n));
}

// In-place element swaps of a slice (Go's reflectlite.Swapper).
typedef struct SliceSeq {
	uint8_t *base;
	size_t sz;
	void *lessctx;
} SliceSeq;

static void swap_elems(void *ctx, int64_t i, int64_t j)
{
	SliceSeq *s = ctx;
	uint8_t tmp[256], *p = s->base + (size_t)i * s->sz, *q = s->base + (size_t)j * s->sz;
	if (s->sz % 8 == 0 && s->sz <= 64) {   // most elements: a few words, no memcpy calls
		for (size_t off = 0; off < s->sz; off += 8) {
			uint64_t x, y;
			memcpy(&x, p + off, 8);
			memcpy(&y, q + off, 8);
			memcpy(p + off, &y, 8);
			memcpy(q + off, &x, 8);
		}
		return;
	}
	for (size_t off = 0; off < s->sz; off += sizeof tmp) {
		size_t n = s->sz - off < sizeof tmp ? s->sz - off : sizeof tmp;
		memcpy(tmp, p + off, n);
		memcpy(p + off, q + off, n);
		memcpy(q + off, tmp, n);
	}
}

static void sort_slice(go_slice s, size_t sz, less_fn less, void *ctx)
{
	int64_t *perm = sorted_perm(s.len, less, ctx);
	permute(s.ptr, s.len, sz, perm);
	free(perm);
}

static bool less_int(void *ctx, int64_t i, int64_t j)
{
	const int64_t *a = ctx;
	return a[i] < a[j];
}

static bool less_str(void *ctx, int64_t i, int64_t j)
{
	const go_string *a = ctx;
	return go_string_cmp(a[i], a[j]) < 0;
}

static bool less_f64(void *ctx, int64_t i, int64_t j)
{
	const double *a = ctx;
	return a[i] < a[j] || (isnan(a[i]) && !isnan(a[j]));
}

static void pdq_slice(go_slice x, size_t sz, bool (*less)(void *, int64_t, int64_t), void *lessctx)
{
	SliceSeq ss = {x.ptr, sz, lessctx};
	Seq d = {less, swap_elems, &ss};
	pdq_run(&d, x.len);
}

// IntSlice, StringSlice and Float64Slice's Less and Swap, inline: the
// same steps as sort.Sort on them, without two indirect calls per step
// (sort.Ints took 2.4x Go's time).
void go_sort_Ints(go_slice x)
{
	pdqsort_int(x.ptr, 0, x.len, bit_len((uint64_t)x.len));
}

void go_sort_Strings(go_slice x)
{
	pdqsort_str(x.ptr, 0, x.len, bit_len((uint64_t)x.len));
}

void go_sort_Float64s(go_slice x)
{
	pdqsort_f64(x.ptr, 0, x.len, bit_len((uint64_t)x.len));
}

static bool sorted_by(int64_t n, less_fn less, void *ctx)
{
	for (int64_t i = n - 1; i > 0; i--)
		if (less(ctx, i, i - 1))
			return false;
	return true;
}

bool go_sort_IntsAreSorted(go_slice x)
{
	return sorted_by(x.len, less_int, x.ptr);
}

bool go_sort_StringsAreSorted(go_slice x)
{
	return sorted_by(x.len, less_str, x.ptr);
}

bool go_sort_Float64sAreSorted(go_slice x)
{
	return sorted_by(x.len, less_f64, x.ptr);
}

// {==================== Slice ====================

typedef bool (*closure_less)(go_closure *, int64_t, int64_t);

static bool less_closure(void *ctx, int64_t i, int64_t j)
{
	go_closure *c = ctx;
	return ((closure_less)c->fn)(c, i, j);
}

// The slice inside x (an any holding a slice) and its element size.
static go_slice slice_of(go_iface x, size_t *sz)
{
	const go_type *t = go_eface_type(x);
	if (!t || t->kind != GO_KIND_SLICE)
		go_panic_plain("reflect: call of Swapper on non-slice value");
	*sz = t->elem->size;
	return *(go_slice *)x.data;
}

// less sees the slice as it is while sorting: the permutation is applied
// at the end, so less(i, j) reads the elements at their original places,
// which is where the indices point.
static bool seq_less_closure(void *ctx, int64_t i, int64_t j)
{
	return less_closure(((SliceSeq *)ctx)->lessctx, i, j);
}

void go_sort_Slice(go_iface x, go_closure *less)
{
	size_t sz;
	go_slice s = slice_of(x, &sz);
	pdq_slice(s, sz, seq_less_closure, less);
}

void go_sort_SliceStable(go_iface x, go_closure *less)
{
	size_t sz;
	go_slice s = slice_of(x, &sz);
	sort_slice(s, sz, less_closure, less);
}

bool go_sort_SliceIsSorted(go_iface x, go_closure *less)
{
	size_t sz;
	go_slice s = slice_of(x, &sz);
	return sorted_by(s.len, less_closure, less);
}

// {==================== Interface ====================

typedef int64_t (*len_fn)(void *);
typedef bool (*iless_fn)(void *, int64_t, int64_t);
typedef void (*swap_fn)(void *, int64_t, int64_t);

static bool less_iface(void *ctx, int64_t i, int64_t j)
{
	go_iface *d = ctx;
	return ((iless_fn)((const go_itab *)d->tab)->fun[1])(d->data, i, j);
}

static void swap_iface(void *ctx, int64_t i, int64_t j)
{
	go_iface *d = ctx;
	((swap_fn)((const go_itab *)d->tab)->fun[2])(d->data, i, j);
}

void go_sort_Sort(go_iface data)
{
	if (!data.tab)
		go_panic_nil();
	int64_t n = ((len_fn)((const go_itab *)data.tab)->fun[0])(data.data);
	Seq d = {less_iface, swap_iface, &data};
	pdq_run(&d, n);
}

// Stable: the merge sort's permutation applied through Swap only, as
// cycles of swaps tracking where each original element currently is.
static void stable_iface(go_iface data)
{
	if (!data.tab)
		go_panic_nil();
	const go_itab *tab = data.tab;
	int64_t n = ((len_fn)tab->fun[0])(data.data);
	int64_t *perm = sorted_perm(n, less_iface, &data);
	int64_t *pos = malloc(sizeof *pos * (size_t)(n + 1));   // pos[orig] = current index
	int64_t *at = malloc(sizeof *at * (size_t)(n + 1));     // at[index] = orig element there
	for (int64_t i = 0; i < n; i++)
		pos[i] = at[i] = i;
	for (int64_t i = 0; i < n; i++) {
		int64_t want = perm[i], j = pos[want];
		if (j == i)
			continue;
		((swap_fn)tab->fun[2])(data.data, i, j);
		int64_t oi = at[i];
		at[j] = oi;
		pos[oi] = j;
		at[i] = want;
		pos[want] = i;
	}
	free(pos);
	free(at);
	free(perm);
}

void go_sort_Stable(go_iface data)
{
	stable_iface(data);
}

bool go_sort_IsSorted(go_iface data)
{
	if (!data.tab)
		go_panic_nil();
	int64_t n = ((len_fn)((const go_itab *)data.tab)->fun[0])(data.data);
	return sorted_by(n, less_iface, &data);
}

// {==================== searching ====================

typedef bool (*pred_fn)(go_closure *, int64_t);

int64_t go_sort_Search(int64_t n, go_closure *f)
{
	int64_t i = 0, j = n;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (!((pred_fn)f->fn)(f, h))
			i = h + 1;
		else
			j = h;
	}
	return i;
}

// The first index whose element is >= x (a NaN never is).
int64_t go_sort_SearchFloat64s(go_slice a, double x)
{
	const double *p = a.ptr;
	int64_t i = 0, j = a.len;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (!(p[h] >= x))
			i = h + 1;
		else
			j = h;
	}
	return i;
}

int64_t go_sort_SearchInts(go_slice a, int64_t x)
{
	const int64_t *p = a.ptr;
	int64_t i = 0, j = a.len;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (p[h] < x)
			i = h + 1;
		else
			j = h;
	}
	return i;
}

int64_t go_sort_SearchStrings(go_slice a, go_string x)
{
	const go_string *p = a.ptr;
	int64_t i = 0, j = a.len;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (go_string_cmp(p[h], x) < 0)
			i = h + 1;
		else
			j = h;
	}
	return i;
}

// {==================== IntSlice, StringSlice, Float64Slice, Reverse ====================

int64_t go_sort_IntSlice_Len(go_slice x) { return x.len; }
int64_t go_sort_StringSlice_Len(go_slice x) { return x.len; }
int64_t go_sort_Float64Slice_Len(go_slice x) { return x.len; }
bool go_sort_IntSlice_Less(go_slice x, int64_t i, int64_t j) { return less_int(x.ptr, i, j); }
bool go_sort_StringSlice_Less(go_slice x, int64_t i, int64_t j) { return less_str(x.ptr, i, j); }
bool go_sort_Float64Slice_Less(go_slice x, int64_t i, int64_t j) { return less_f64(x.ptr, i, j); }

static void swap_at(go_slice x, size_t sz, int64_t i, int64_t j)
{
	if ((uint64_t)i >= (uint64_t)x.len)
		go_panic_index(i, x.len);
	if ((uint64_t)j >= (uint64_t)x.len)
		go_panic_index(j, x.len);
	SliceSeq ss = {x.ptr, sz, NULL};
	swap_elems(&ss, i, j);
}

void go_sort_IntSlice_Swap(go_slice x, int64_t i, int64_t j) { swap_at(x, sizeof(int64_t), i, j); }
void go_sort_StringSlice_Swap(go_slice x, int64_t i, int64_t j) { swap_at(x, sizeof(go_string), i, j); }
void go_sort_Float64Slice_Swap(go_slice x, int64_t i, int64_t j) { swap_at(x, sizeof(double), i, j); }
void go_sort_IntSlice_Sort(go_slice x) { go_sort_Ints(x); }
void go_sort_StringSlice_Sort(go_slice x) { go_sort_Strings(x); }
void go_sort_Float64Slice_Sort(go_slice x) { go_sort_Float64s(x); }

// reverse embeds the Interface it reverses: struct { Interface }.
bool go_sort_reverse_Less(go_iface r, int64_t i, int64_t j)
{
	return ((iless_fn)((const go_itab *)r.tab)->fun[1])(r.data, j, i);
}

// Emitted by codegen in programs that import sort (weak: see go_strconv.c).
extern const go_type go_type_sort_reverse __attribute__((weak));
extern const go_type go_type_sort_reverse_ptr __attribute__((weak));
extern const go_type go_type_sort_Interface __attribute__((weak));

go_iface go_sort_Reverse(go_iface data)
{
	go_iface *r = go_new_t(&go_type_sort_reverse);
	*r = data;
	static const go_itab *tab;
	if (!tab)
		tab = go_getitab(&go_type_sort_Interface, &go_type_sort_reverse_ptr, NULL);
	return (go_iface){tab, r};
}
