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

#define LESS(i, j) d->less(d->ctx, (i), (j))
#define SWAP(i, j) d->swap(d->ctx, (i), (j))

static void insertion(const Seq *d, int64_t a, int64_t b)
{
	for (int64_t i = a + 1; i < b; i++)
		for (int64_t j = i; j > a && LESS(j, j - 1); j--)
			SWAP(j, j - 1);
}

static void sift_down(const Seq *d, int64_t lo, int64_t hi, int64_t first)
{
	for (int64_t root = lo;;) {
		int64_t child = 2 * root + 1;
		if (child >= hi)
			return;
		if (child + 1 < hi && LESS(first + child, first + child + 1))
			child++;
		if (!LESS(first + root, first + child))
			return;
		SWAP(first + root, first + child);
		root = child;
	}
}

static void heap_sort(const Seq *d, int64_t a, int64_t b)
{
	int64_t hi = b - a;
	for (int64_t i = (hi - 1) / 2; i >= 0; i--)
		sift_down(d, i, hi, a);
	for (int64_t i = hi - 1; i >= 0; i--) {
		SWAP(a, a + i);
		sift_down(d, 0, i, a);
	}
}

static int bit_len(uint64_t x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

static void break_patterns(const Seq *d, int64_t a, int64_t b)
{
	int64_t n = b - a;
	if (n < 8)
		return;
	uint64_t r = (uint64_t)n;
	uint64_t mask = ((uint64_t)1 << bit_len((uint64_t)n)) - 1;
	for (int64_t idx = a + (n / 4) * 2 - 1; idx <= a + (n / 4) * 2 + 1; idx++) {
		r ^= r << 13;
		r ^= r >> 17;
		r ^= r << 5;
		int64_t other = (int64_t)(r & mask);
		if (other >= n)
			other -= n;
		SWAP(idx, a + other);
	}
}

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

// The index of the median of a, b, c by less; counts the swaps it needed.
static int64_t median3(const Seq *d, int64_t a, int64_t b, int64_t c, int *swaps)
{
	int64_t t;
	if (LESS(b, a))
		(*swaps)++, t = a, a = b, b = t;
	if (LESS(c, b))
		(*swaps)++, t = b, b = c, c = t;
	if (LESS(b, a))
		(*swaps)++, t = a, a = b, b = t;
	return b;
}

static int64_t choose_pivot(const Seq *d, int64_t a, int64_t b, int *hint)
{
	int64_t l = b - a;
	int swaps = 0;
	int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
	if (l >= 8) {
		if (l >= 50) {
			i = median3(d, i - 1, i, i + 1, &swaps);
			j = median3(d, j - 1, j, j + 1, &swaps);
			k = median3(d, k - 1, k, k + 1, &swaps);
		}
		j = median3(d, i, j, k, &swaps);
	}
	*hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
	return j;
}

static void reverse_range(const Seq *d, int64_t a, int64_t b)
{
	for (int64_t i = a, j = b - 1; i < j; i++, j--)
		SWAP(i, j);
}

// Go's partialInsertionSort, including its inner backward walk down to
// index 1 (not a + 1), which decides where equal elements go.
static bool partial_insertion(const Seq *d, int64_t a, int64_t b)
{
	int64_t i = a + 1;
	for (int step = 0; step < 5; step++) {
		while (i < b && !LESS(i, i - 1))
			i++;
		if (i == b)
			return true;
		if (b - a < 50)
			return false;
		SWAP(i, i - 1);
		if (i - a >= 2)
			for (int64_t j = i - 1; j >= 1 && LESS(j, j - 1); j--)
				SWAP(j, j - 1);
		if (b - i >= 2)
			for (int64_t j = i + 1; j < b && LESS(j, j - 1); j++)
				SWAP(j, j - 1);
	}
	return false;
}

static int64_t partition_equal(const Seq *d, int64_t a, int64_t b, int64_t pivot)
{
	SWAP(a, pivot);
	int64_t i = a + 1, j = b - 1;
	for (;;) {
		while (i <= j && !LESS(a, i))
			i++;
		while (i <= j && LESS(a, j))
			j--;
		if (i > j)
			return i;
		SWAP(i, j);
		i++;
		j--;
	}
}

static int64_t partition(const Seq *d, int64_t a, int64_t b, int64_t pivot, bool *already)
{
	SWAP(a, pivot);
	int64_t i = a + 1, j = b - 1;
	while (i <= j && LESS(i, a))
		i++;
	while (i <= j && !LESS(j, a))
		j--;
	*already = i > j;
	if (i > j) {
		SWAP(j, a);
		return j;
	}
	SWAP(i, j);
	i++;
	j--;
	for (;;) {
		while (i <= j && LESS(i, a))
			i++;
		while (i <= j && !LESS(j, a))
			j--;
		if (i > j)
			break;
		SWAP(i, j);
		i++;
		j--;
	}
	SWAP(j, a);
	return j;
}

static void pdqsort(const Seq *d, int64_t a, int64_t b, int limit)
{
	bool balanced = true, partitioned = true;
	for (;;) {
		int64_t n = b - a;
		if (n <= 12) {
			insertion(d, a, b);
			return;
		}
		if (limit == 0) {
			heap_sort(d, a, b);
			return;
		}
		if (!balanced) {
			break_patterns(d, a, b);
			limit--;
		}
		int hint;
		int64_t pivot = choose_pivot(d, a, b, &hint);
		if (hint == HINT_DECREASING) {
			reverse_range(d, a, b);
			pivot = (b - 1) - (pivot - a);
			hint = HINT_INCREASING;
		}
		if (balanced && partitioned && hint == HINT_INCREASING && partial_insertion(d, a, b))
			return;
		if (a > 0 && !LESS(a - 1, pivot)) {
			a = partition_equal(d, a, b, pivot);
			continue;
		}
		bool already;
		int64_t mid = partition(d, a, b, pivot, &already);
		partitioned = already;
		int64_t left = mid - a, right = b - mid;
		if (left < right) {
			balanced = left >= n / 8;
			pdqsort(d, a, mid, limit);
			a = mid + 1;
		} else {
			balanced = right >= n / 8;
			pdqsort(d, mid + 1, b, limit);
			b = mid;
		}
	}
}

#undef LESS
#undef SWAP

static void pdq_run(const Seq *d, int64_t n)
{
	pdqsort(d, 0, n, bit_len((uint64_t)n));
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

// The less of a slice seen through SliceSeq: the element comparison.
static bool seq_less_int(void *ctx, int64_t i, int64_t j)
{
	return less_int(((SliceSeq *)ctx)->base, i, j);
}

static bool seq_less_str(void *ctx, int64_t i, int64_t j)
{
	return less_str(((SliceSeq *)ctx)->base, i, j);
}

static bool seq_less_f64(void *ctx, int64_t i, int64_t j)
{
	return less_f64(((SliceSeq *)ctx)->base, i, j);
}

static void pdq_slice(go_slice x, size_t sz, bool (*less)(void *, int64_t, int64_t), void *lessctx)
{
	SliceSeq ss = {x.ptr, sz, lessctx};
	Seq d = {less, swap_elems, &ss};
	pdq_run(&d, x.len);
}

void go_sort_Ints(go_slice x)
{
	pdq_slice(x, sizeof(int64_t), seq_less_int, NULL);
}

void go_sort_Strings(go_slice x)
{
	pdq_slice(x, sizeof(go_string), seq_less_str, NULL);
}

void go_sort_Float64s(go_slice x)
{
	pdq_slice(x, sizeof(double), seq_less_f64, NULL);
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
