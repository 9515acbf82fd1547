// go_sort_pdq.h: Go 1.19's pattern-defeating quicksort, step for step,
// as a template: go_sort.c includes it once per element access, with
//   PDQ(name)   the instance's name for each function,
//   PDQ_DATA    the type of the data parameter d,
//   LESS(i, j)  and SWAP(i, j) on d,
// so that sort.Ints, Strings and Float64s compare and swap inline, and
// sort.Sort and sort.Slice go through their methods or closure. Every
// instance makes the same comparisons and swaps in the same order.
// No include guard: it is meant to be included several times.

static void PDQ(insertion)(PDQ_DATA d, int64_t a, int64_t b)
{
	for (int64_t i = a + 1; i < b; i++)
		for (int64_t j = i; j > a && LESS(j, j - 1); j--)
			SWAP(j, j - 1);
}

static void PDQ(sift_down)(PDQ_DATA d, int64_t lo, int64_t hi, int64_t first)
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

static void PDQ(heap_sort)(PDQ_DATA d, int64_t a, int64_t b)
{
	int64_t hi = b - a;
	for (int64_t i = (hi - 1) / 2; i >= 0; i--)
		PDQ(sift_down)(d, i, hi, a);
	for (int64_t i = hi - 1; i >= 0; i--) {
		SWAP(a, a + i);
		PDQ(sift_down)(d, 0, i, a);
	}
}

static void PDQ(break_patterns)(PDQ_DATA d, int64_t a, int64_t b)
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

// The index of the median of a, b, c by less; counts the swaps it needed.
static int64_t PDQ(median3)(PDQ_DATA d, int64_t a, int64_t b, int64_t c, int *swaps)
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

static int64_t PDQ(choose_pivot)(PDQ_DATA d, int64_t a, int64_t b, int *hint)
{
	int64_t l = b - a;
	int swaps = 0;
	int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
	if (l >= 8) {
		if (l >= 50) {
			i = PDQ(median3)(d, i - 1, i, i + 1, &swaps);
			j = PDQ(median3)(d, j - 1, j, j + 1, &swaps);
			k = PDQ(median3)(d, k - 1, k, k + 1, &swaps);
		}
		j = PDQ(median3)(d, i, j, k, &swaps);
	}
	*hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
	return j;
}

static void PDQ(reverse_range)(PDQ_DATA d, int64_t a, int64_t b)
{
	for (int64_t i = a, j = b - 1; i < j; i++, j--)
		SWAP(i, j);
}

// Go's partialInsertionSort, including its inner backward walk down to
// index 1 (not a + 1), which decides where equal elements go.
static bool PDQ(partial_insertion)(PDQ_DATA d, int64_t a, int64_t b)
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

static int64_t PDQ(partition_equal)(PDQ_DATA d, int64_t a, int64_t b, int64_t pivot)
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

static int64_t PDQ(partition)(PDQ_DATA d, int64_t a, int64_t b, int64_t pivot, bool *already)
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

static void PDQ(pdqsort)(PDQ_DATA d, int64_t a, int64_t b, int limit)
{
	bool balanced = true, partitioned = true;
	for (;;) {
		int64_t n = b - a;
		if (n <= 12) {
			PDQ(insertion)(d, a, b);
			return;
		}
		if (limit == 0) {
			PDQ(heap_sort)(d, a, b);
			return;
		}
		if (!balanced) {
			PDQ(break_patterns)(d, a, b);
			limit--;
		}
		int hint;
		int64_t pivot = PDQ(choose_pivot)(d, a, b, &hint);
		if (hint == HINT_DECREASING) {
			PDQ(reverse_range)(d, a, b);
			pivot = (b - 1) - (pivot - a);
			hint = HINT_INCREASING;
		}
		if (balanced && partitioned && hint == HINT_INCREASING && PDQ(partial_insertion)(d, a, b))
			return;
		if (a > 0 && !LESS(a - 1, pivot)) {
			a = PDQ(partition_equal)(d, a, b, pivot);
			continue;
		}
		bool already;
		int64_t mid = PDQ(partition)(d, a, b, pivot, &already);
		partitioned = already;
		int64_t left = mid - a, right = b - mid;
		if (left < right) {
			balanced = left >= n / 8;
			PDQ(pdqsort)(d, a, mid, limit);
			a = mid + 1;
		} else {
			balanced = right >= n / 8;
			PDQ(pdqsort)(d, mid + 1, b, limit);
			b = mid;
		}
	}
}


#undef PDQ
#undef PDQ_DATA
#undef LESS
#undef SWAP
