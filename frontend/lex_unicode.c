// lex_unicode.c: the two Unicode classes Go's scanner asks about in an
// identifier (letter, decimal digit) and whether a name is exported, over the Unicode 13 tables that the
// runtime's package unicode is generated with (rt/go_unicode_tables.c).
#include "lex_unicode.h"

#include "rt/go_unicode.h"

static bool in_table(const go_unicode_table *t, uint32_t u)
{
	int lo = 0, hi = t->n;
	while (lo < hi) {  // first range ending at or above u
		int m = lo + (hi - lo) / 2;
		if (t->r[m].hi < u)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo == t->n || t->r[lo].lo > u)
		return false;
	return (u - t->r[lo].lo) % t->r[lo].stride == 0;
}

bool lex_is_letter(uint32_t r)
{
	return in_table(&go_unicode_Letter, r);
}

bool lex_is_digit(uint32_t r)
{
	return in_table(&go_unicode_Digit, r);
}

bool lex_is_exported(const char *name)
{
	const unsigned char *s = (const unsigned char *)name;
	if (!s || !s[0])
		return false;
	if (s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	// a name is valid UTF-8 (the scanner checked it): decode its first rune
	int n = s[0] >= 0xF0 ? 3 : s[0] >= 0xE0 ? 2 : 1;
	uint32_t r = s[0] & (0x3F >> n);
	for (int i = 1; i <= n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return false;
		r = r << 6 | (s[i] & 0x3F);
	}
	return in_table(&go_unicode_Upper, r);
}
