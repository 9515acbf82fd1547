// gen_nilfield.c: the faulting address of a nil pointer's field access.
// Go lets the hardware fault on a load or store at a small offset from a
// nil pointer, so its report names the offset (addr=0x8 for p.B at 8);
// where it computes an address without touching memory (&p.B, p[i] with
// a variable i) it checks explicitly and reports addr=0x0. The generated
// C checks explicitly everywhere: GO_NILFIELD(p, d) reports d's offset,
// GO_NILCHK(p)->d reports zero. A selector or constant index applied to a
// whole GO_NILFIELD extends its designator (the access is still one load
// at the summed offset); taking the address falls back to GO_NILCHK.
#define CG_INTERNAL
#include "cgen.h"

#include <string.h>

static const char nf_open[] = "GO_NILFIELD(";

// The index just past a C string or character literal starting at s[i].
static size_t skip_literal(const char *s, size_t i)
{
	char q = s[i++];
	while (s[i] && s[i] != q)
		i += s[i] == '\\' && s[i + 1] ? 2 : 1;
	return s[i] ? i + 1 : i;
}

// Whether e is exactly GO_NILFIELD(P, D); if so, the split between P and D
// (the last comma at the top level: designators have none).
static bool split(const char *e, size_t *comma)
{
	size_t n = strlen(e), k = sizeof nf_open - 1;
	if (strncmp(e, nf_open, k) != 0 || n < k + 3 || e[n - 1] != ')')
		return false;
	int depth = 1;
	size_t last = 0;
	for (size_t i = k; e[i];) {
		char c = e[i];
		if (c == '"' || c == '\'') {
			i = skip_literal(e, i);
			continue;
		}
		if (c == '(' || c == '[' || c == '{')
			depth++;
		else if (c == ')' || c == ']' || c == '}') {
			if (--depth == 0)
				return i == n - 1 && last && (*comma = last, true);
		} else if (c == ',' && depth == 1)
			last = i;
		i++;
	}
	return false;
}

bool cg_is_nilfield(const char *e)
{
	size_t c;
	return split(e, &c);
}

const char *cg_nilfield(CGen *g, const char *p, const char *desig)
{
	return cg_fmt(g, "%s%s, %s)", nf_open, p, desig);
}

// e.suffix (suffix ".f" or ".a[3]"), folded into e's designator when e is
// a whole nil-checked field access.
const char *cg_nilfield_extend(CGen *g, const char *e, const char *suffix)
{
	size_t c;
	if (!split(e, &c))
		return cg_fmt(g, "%s%s", e, suffix);
	return cg_fmt(g, "%.*s%s)", (int)(strlen(e) - 1), e, suffix);
}

// e for an address computation: Go's explicit check, addr=0x0.
const char *cg_nilfield_addr(CGen *g, const char *e)
{
	size_t c, k = sizeof nf_open - 1;
	if (!split(e, &c))
		return e;
	const char *d = e + c + 1;
	while (*d == ' ')
		d++;
	return cg_fmt(g, "GO_NILCHK(%.*s)->%.*s", (int)(c - k), e + k, (int)(strlen(d) - 1), d);
}
