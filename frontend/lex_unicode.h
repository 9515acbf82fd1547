// lex_unicode.h: Unicode letters and digits for identifiers (Go's
// unicode.IsLetter and unicode.IsDigit), and whether a name is exported.
#ifndef MGO_LEX_UNICODE_H
#define MGO_LEX_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

bool lex_is_letter(uint32_t r);
bool lex_is_digit(uint32_t r);
// Go's token.IsExported: the name's first rune is an upper-case letter.
bool lex_is_exported(const char *name);

#endif
