// go_unicode.h: Unicode 13.0 as Go 1.19's package unicode sees it (the
// tables of go_unicode_tables.c, generated from Go), for package unicode
// and strings' case mapping (go_unicode.c).
#ifndef MGO_GO_UNICODE_H
#define MGO_GO_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

#define GO_UNICODE_UPPER_LOWER (0x10FFFF + 1)
#define UL GO_UNICODE_UPPER_LOWER

typedef struct go_unicode_range {
	uint32_t lo, hi, stride;
} go_unicode_range;

typedef struct go_unicode_table {
	const go_unicode_range *r;
	int n;
	int latin_offset;   // ranges entirely below 0x100
} go_unicode_table;

typedef struct go_unicode_case {
	uint32_t lo, hi;
	int32_t delta[3];   // to upper, lower, title case
} go_unicode_case;

typedef struct go_unicode_fold {
	uint32_t from, to;
} go_unicode_fold;

extern const go_unicode_case go_unicode_cases[];
extern const int go_unicode_ncases;
extern const go_unicode_fold go_unicode_orbit[];
extern const int go_unicode_norbit;
extern const go_unicode_table go_unicode_Upper, go_unicode_Lower, go_unicode_Title,
	go_unicode_Letter, go_unicode_Digit, go_unicode_Number, go_unicode_Punct,
	go_unicode_Symbol, go_unicode_Mark, go_unicode_White_Space, go_unicode_Zs;

bool go_unicode_in(const go_unicode_table *t, int32_t r);
int32_t go_unicode_To(int64_t c, int32_t r);
int32_t go_unicode_ToUpper(int32_t r);
int32_t go_unicode_ToLower(int32_t r);
int32_t go_unicode_SimpleFold(int32_t r);
bool go_unicode_IsSpace(int32_t r);

#endif
