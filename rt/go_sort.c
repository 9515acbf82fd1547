// go_sort.c: package sort (declared in frontend/library_decls.c). Every
// sort here is a stable merge sort over an index permutation driven by
// the caller's less (a closure) or by sort.Interface's methods (itab
// order Len, Less, Swap). Go's Sort and Slice are not stable (pdqsort),
// so elements that compare equal may end up in another order than Go's.
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

void go_sort_Ints(go_slice x)
{
	sort_slice(x, sizeof(int64_t), less_int, x.ptr);
}

void go_sort_Strings(go_slice x)
{
	sort_slice(x, sizeof(go_string), less_str, x.ptr);
}

void go_sort_Float64s(go_slice x)
{
	sort_slice(x, sizeof(double), less_f64, x.ptr);
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
void go_sort_Slice(go_iface x, go_closure *less)
{
	size_t sz;
	go_slice s = slice_of(x, &sz);
	sort_slice(s, sz, less_closure, less);
}

void go_sort_SliceStable(go_iface x, go_closure *less)
{
	go_sort_Slice(x, less);
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

// Sorts through Swap only: the permutation is applied as cycles of swaps,
// tracking where each original element currently is.
void go_sort_Sort(go_iface data)
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
	go_sort_Sort(data);
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
