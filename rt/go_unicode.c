// go_unicode.c: package unicode (declared in frontend/library_decls.c)
// over the tables Go 1.19 has (go_unicode_tables.c): the categories,
// case mapping and simple case folding. strings' ToUpper, ToLower,
// ToTitle and EqualFold map runes through these.
#include "go_lib.h"
#include "go_unicode.h"

bool go_unicode_in(const go_unicode_table *t, int32_t r)
{
	uint32_t u = (uint32_t)r;
	int lo = 0, hi = t->n;
	while (lo < hi) {   // the last range whose lo <= u
		int m = lo + (hi - lo) / 2;
		if (t->r[m].lo <= u)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo == 0)
		return false;
	const go_unicode_range *g = &t->r[lo - 1];
	return u <= g->hi && (g->stride == 1 || (u - g->lo) % g->stride == 0);
}

// Go's unicode.To: the mapping of r to case c (0 upper, 1 lower, 2
// title), r itself when it has none.
int32_t go_unicode_To(int64_t c, int32_t r)
{
	if (c < 0 || c > 2)
		return 0xFFFD;
	int lo = 0, hi = go_unicode_ncases;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		const go_unicode_case *cr = &go_unicode_cases[m];
		if ((int32_t)cr->lo <= r && r <= (int32_t)cr->hi) {
			int32_t d = cr->delta[c];
			if (d == GO_UNICODE_UPPER_LOWER)   // pairs: even offsets upper, odd lower
				return (int32_t)cr->lo + (((r - (int32_t)cr->lo) & ~1) | (int32_t)(c & 1));
			return r + d;
		}
		if (r < (int32_t)cr->lo)
			hi = m;
		else
			lo = m + 1;
	}
	return r;
}

int32_t go_unicode_ToUpper(int32_t r)
{
	if (r < 0x80)
		return r >= 'a' && r <= 'z' ? r - 32 : r;
	return go_unicode_To(0, r);
}

int32_t go_unicode_ToLower(int32_t r)
{
	if (r < 0x80)
		return r >= 'A' && r <= 'Z' ? r + 32 : r;
	return go_unicode_To(1, r);
}

int32_t go_unicode_ToTitle(int32_t r)
{
	if (r < 0x80)
		return r >= 'a' && r <= 'z' ? r - 32 : r;
	return go_unicode_To(2, r);
}

// The next rune of r's case-folding orbit (the smallest above r, or the
// smallest of all after the largest).
int32_t go_unicode_SimpleFold(int32_t r)
{
	if (r < 0 || r > 0x10FFFF)
		return r;
	if (r < 0x80) {
		if (r == 'K')
			return 'k';
		if (r == 'k')
			return 0x212A;   // Kelvin sign
		if (r == 'S')
			return 's';
		if (r == 's')
			return 0x17F;    // long s
		if (r >= 'A' && r <= 'Z')
			return r + 32;
		if (r >= 'a' && r <= 'z')
			return r - 32;
		return r;
	}
	int lo = 0, hi = go_unicode_norbit;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		if ((int32_t)go_unicode_orbit[m].from < r)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo < go_unicode_norbit && (int32_t)go_unicode_orbit[lo].from == r)
		return (int32_t)go_unicode_orbit[lo].to;
	int32_t l = go_unicode_ToLower(r);
	return l != r ? l : go_unicode_ToUpper(r);
}

bool go_unicode_IsSpace(int32_t r)
{
	if ((uint32_t)r <= 0xFF)
		return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
	return go_unicode_in(&go_unicode_White_Space, r);
}

bool go_unicode_IsDigit(int32_t r)
{
	if ((uint32_t)r <= 0xFF)
		return r >= '0' && r <= '9';
	return go_unicode_in(&go_unicode_Digit, r);
}

bool go_unicode_IsControl(int32_t r)
{
	return (uint32_t)r < 0x20 || (r >= 0x7F && r <= 0x9F);
}

bool go_unicode_IsUpper(int32_t r) { return go_unicode_in(&go_unicode_Upper, r); }
bool go_unicode_IsLower(int32_t r) { return go_unicode_in(&go_unicode_Lower, r); }
bool go_unicode_IsTitle(int32_t r) { return go_unicode_in(&go_unicode_Title, r); }
bool go_unicode_IsLetter(int32_t r) { return go_unicode_in(&go_unicode_Letter, r); }
bool go_unicode_IsNumber(int32_t r) { return go_unicode_in(&go_unicode_Number, r); }
bool go_unicode_IsPunct(int32_t r) { return go_unicode_in(&go_unicode_Punct, r); }
bool go_unicode_IsSymbol(int32_t r) { return go_unicode_in(&go_unicode_Symbol, r); }
bool go_unicode_IsMark(int32_t r) { return go_unicode_in(&go_unicode_Mark, r); }

// Letters, marks, numbers, punctuation and symbols; IsGraphic adds the
// space separators (Zs), IsPrint only U+0020.
static bool graphic_base(int32_t r)
{
	return go_unicode_IsLetter(r) || go_unicode_IsMark(r) || go_unicode_IsNumber(r) ||
	       go_unicode_IsPunct(r) || go_unicode_IsSymbol(r);
}

bool go_unicode_IsGraphic(int32_t r)
{
	return graphic_base(r) || go_unicode_in(&go_unicode_Zs, r);
}

bool go_unicode_IsPrint(int32_t r)
{
	return r == ' ' || graphic_base(r);
}
