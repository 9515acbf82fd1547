// leaks.c: parameter tags — where each parameter's value may flow.
//
// A tag summarises a solved function for its callers: the least derefs with
// which a parameter reaches the heap, and each of the first ESC_NUM_RESULTS
// results. Callers outside the batch turn the tag back into holes
// (build_call.c), which is what makes the analysis interprocedural without
// re-walking callee bodies.
#include "escape.h"

static int get(const EscLeaks *l, int i)
{
	return (int)l->v[i] - 1;
}

static void set(EscLeaks *l, int i, int derefs)
{
	int v = derefs + 1;
	if (v < 0)
		bug("esc leaks: invalid derefs %d", derefs);
	if (v > 255)
		v = 255;
	l->v[i] = (uint8_t)v;
}

static void add(EscLeaks *l, int i, int derefs)
{
	int old = get(l, i);
	if (old < 0 || derefs < old)
		set(l, i, derefs);
}

int esc_leaks_heap(const EscLeaks *l)
{
	return get(l, 0);
}

int esc_leaks_result(const EscLeaks *l, int i)
{
	return get(l, 1 + i);
}

void esc_leaks_add_heap(EscLeaks *l, int derefs)
{
	add(l, 0, derefs);
}

void esc_leaks_add_result(EscLeaks *l, int i, int derefs)
{
	add(l, 1 + i, derefs);
}

bool esc_leaks_is_empty(const EscLeaks *l)
{
	for (int i = 0; i <= ESC_NUM_RESULTS; i++)
		if (l->v[i])
			return false;
	return true;
}

void esc_leaks_optimize(EscLeaks *l)
{
	int h = esc_leaks_heap(l);
	if (h < 0)
		return;
	for (int i = 0; i < ESC_NUM_RESULTS; i++)
		if (esc_leaks_result(l, i) >= h)
			l->v[1 + i] = 0;
}

// A flow into one of the function's own results is recorded as a result
// leak when that result itself stays put and fits in a tag; everything else
// (escaping results, other functions' results in a recursive batch, the 8th
// result and beyond) is a heap leak, as in Go.
void esc_leak_to(EscLoc *param, EscLoc *sink, int derefs)
{
	if (!sink->escapes && sink->result_index > 0 && sink->fn == param->fn) {
		int ri = sink->result_index - 1;
		if (ri < ESC_NUM_RESULTS) {
			esc_leaks_add_result(&param->leaks, ri, derefs);
			return;
		}
	}
	esc_leaks_add_heap(&param->leaks, derefs);
}
