// test_lexer.c: tokens, automatic semicolons, literal values, positions and
// lexical errors of frontend/lex.l, checked against what Go 1.19 does.
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "frontend.h"

typedef struct Tok {
	int tok;
	Pos pos;
	const char *text;   // Go's word for it (lex_token_desc)
	Node *lit;
} Tok;

static Tok toks[4096];
static int ntoks;

// Lexes src (of n bytes) to EOF into toks[].
static void lexn(const char *src, size_t n)
{
	diag_discard();
	lex_init(src, n);
	ntoks = 0;
	for (;;) {
		int t = yylex();
		Tok *k = &toks[ntoks++];
		k->tok = t;
		k->pos = yylloc;
		k->text = lex_token_desc();
		k->lit = (t == TOK_INT || t == TOK_FLOAT || t == TOK_IMAG || t == TOK_CHAR ||
			  t == TOK_STRING) ? yylval.node : NULL;
		if (t == TOK_YYEOF || ntoks == 4096)
			break;
	}
	lex_finish();
}

static void lex(const char *src)
{
	lexn(src, strlen(src));
}

// The collected diagnostics as "line:col: msg\n" lines.
static char *errors(void)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *old = stderr, *m = open_memstream(&buf, &n);
	diag_filename = "x";
	stderr = m;
	if (diag_count()) // diag_flush qsorts a NULL array when empty (UBSan)
		diag_flush();
	stderr = old;
	fclose(m);
	return buf;
}

static void expect_errors(const char *want)
{
	char *got = errors();
	cr_expect_str_eq(got, want);
	free(got);
}

Test(lexer, semicolon_insertion_after_line_enders)
{
	lex("x\n1\n\"s\"\n'c'\nbreak\ncontinue\nfallthrough\nreturn\ni++\ni--\n)\n]\n}\n");
	int semis = 0;
	for (int i = 0; i < ntoks; i++)
		if (toks[i].tok == TOK_SEMICOLON) {
			semis++;
			cr_expect_str_eq(toks[i].text, "newline");
		}
	cr_expect_eq(semis, 13);
}

Test(lexer, no_semicolon_after_operators)
{
	lex("x +\ny\n(\n{\n,\n");
	int kinds[] = {TOK_IDENT, TOK_ADD, TOK_IDENT, TOK_SEMICOLON, TOK_LPAREN, TOK_LBRACE,
		       TOK_COMMA, TOK_YYEOF};
	cr_assert_eq(ntoks, 8);
	for (int i = 0; i < 8; i++)
		cr_expect_eq(toks[i].tok, kinds[i], "token %d", i);
}

Test(lexer, semicolon_at_eof_and_comments)
{
	lex("x");
	cr_assert_eq(toks[1].tok, TOK_SEMICOLON);
	cr_expect_str_eq(toks[1].text, "EOF");
	cr_expect_eq(toks[1].pos.col, 2);
	lex("x // c\ny");
	cr_assert_eq(toks[1].tok, TOK_SEMICOLON);
	cr_expect_eq(toks[1].pos.line, 1);
	cr_expect_eq(toks[1].pos.col, 7); // at the newline
	lex("x /* a\nb */ y");
	cr_assert_eq(toks[1].tok, TOK_SEMICOLON);
	cr_expect_eq(toks[1].pos.col, 3); // at the comment
	lex("x /* a b */ y");
	cr_expect_eq(toks[1].tok, TOK_IDENT);
}

Test(lexer, positions_are_bytes_from_one)
{
	lex("\tab  :=\n  é + 1");
	cr_expect_eq(toks[0].pos.line, 1);
	cr_expect_eq(toks[0].pos.col, 2);
	cr_expect_eq(toks[1].tok, TOK_DEFINE);
	cr_expect_eq(toks[1].pos.col, 6);
	cr_expect_eq(toks[2].pos.line, 2);
	cr_expect_eq(toks[2].pos.col, 3);
	cr_expect_eq(toks[3].tok, TOK_ADD);
	cr_expect_eq(toks[3].pos.col, 6); // é is two bytes
}

Test(lexer, operators)
{
	lex("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = "
	    "! ~ != <= >= := ... ( [ { , . ) ] } ; :");
	int want[] = {TOK_ADD, TOK_SUB, TOK_MUL, TOK_QUO, TOK_REM, TOK_AND, TOK_OR, TOK_XOR,
		      TOK_SHL, TOK_SHR, TOK_AND_NOT, TOK_ADD_ASSIGN, TOK_SUB_ASSIGN,
		      TOK_MUL_ASSIGN, TOK_QUO_ASSIGN, TOK_REM_ASSIGN, TOK_AND_ASSIGN,
		      TOK_OR_ASSIGN, TOK_XOR_ASSIGN, TOK_SHL_ASSIGN, TOK_SHR_ASSIGN,
		      TOK_AND_NOT_ASSIGN, TOK_LAND, TOK_LOR, TOK_ARROW, TOK_INC, TOK_DEC,
		      TOK_EQL, TOK_LSS, TOK_GTR, TOK_ASSIGN, TOK_NOT, TOK_TILDE, TOK_NEQ,
		      TOK_LEQ, TOK_GEQ, TOK_DEFINE, TOK_ELLIPSIS, TOK_LPAREN, TOK_LBRACK,
		      TOK_LBRACE, TOK_COMMA, TOK_PERIOD, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE,
		      TOK_SEMICOLON, TOK_COLON};
	int n = sizeof want / sizeof want[0];
	for (int i = 0; i < n; i++)
		cr_expect_eq(toks[i].tok, want[i], "token %d", i);
	cr_expect_str_eq(lex_token_name(TOK_AND_NOT_ASSIGN), "&^=");
	cr_expect_str_eq(lex_token_name(TOK_FUNC), "func");
}

Test(lexer, keywords_and_identifiers)
{
	lex("func funcs _x π select");
	cr_expect_eq(toks[0].tok, TOK_FUNC);
	cr_expect_eq(toks[1].tok, TOK_IDENT);
	cr_expect_str_eq(toks[1].text, "funcs");
	cr_expect_eq(toks[2].tok, TOK_IDENT);
	cr_expect_eq(toks[3].tok, TOK_IDENT);
	cr_expect_str_eq(toks[3].text, "π");
	cr_expect_eq(toks[4].tok, TOK_SELECT);
}

Test(lexer, number_literals)
{
	lex("42 1_000 0x_Ff 0o17 017 0b1010 1.5 1. .5 1e9 1E-3 0x1p-2 0x1.8p3 3i 1.5i 0i");
	int want[] = {TOK_INT, TOK_INT, TOK_INT, TOK_INT, TOK_INT, TOK_INT, TOK_FLOAT,
		      TOK_FLOAT, TOK_FLOAT, TOK_FLOAT, TOK_FLOAT, TOK_FLOAT, TOK_FLOAT,
		      TOK_IMAG, TOK_IMAG, TOK_IMAG};
	for (int i = 0; i < 16; i++)
		cr_expect_eq(toks[i].tok, want[i], "token %d", i);
	cr_expect_str_eq(toks[1].lit->u.lit.text, "1_000");
	cr_expect_eq(toks[0].lit->kind, ND_INTLIT);
	cr_expect_eq(toks[6].lit->kind, ND_FLOATLIT);
	cr_expect_eq(toks[13].lit->kind, ND_IMAGLIT);
	cr_expect_eq(diag_count(), 0);
	free(errors());
}

Test(lexer, number_errors)
{
	lex("09 1__0 0x 1e 0b12 0x1.5 0o1.2 1_");
	expect_errors("x:1:2: invalid digit '9' in octal literal\n"
		      "x:1:6: '_' must separate successive digits\n"
		      "x:1:11: hexadecimal literal has no digits\n"
		      "x:1:14: exponent has no digits\n"
		      "x:1:18: invalid digit '2' in binary literal\n"
		      "x:1:25: hexadecimal mantissa requires a 'p' exponent\n"
		      "x:1:29: invalid radix point in octal literal\n"
		      "x:1:33: '_' must separate successive digits\n");
}

Test(lexer, string_escapes_are_decoded)
{
	lex("\"a\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\101\\x41\\u00e9\\U0001F600\\000z\"");
	cr_assert_eq(toks[0].tok, TOK_STRING);
	Str v = toks[0].lit->u.lit.val;
	const char want[] = "a\a\b\f\n\r\t\v\\\"AA\xc3\xa9\xf0\x9f\x98\x80\0z";
	cr_assert_eq(v.len, (int64_t)sizeof want - 1);
	cr_expect(memcmp(v.ptr, want, sizeof want - 1) == 0);
	cr_expect_eq(diag_count(), 0);
}

Test(lexer, raw_strings_strip_cr)
{
	lex("`a\\n\r\nb`");
	Str v = toks[0].lit->u.lit.val;
	cr_assert_eq(v.len, 5);
	cr_expect(memcmp(v.ptr, "a\\n\nb", 5) == 0);
}

Test(lexer, rune_literals)
{
	lex("'a' '\\n' '\\'' 'é' '\\x41' '\\u00e9' '\\377'");
	int32_t want[] = {'a', '\n', '\'', 0xe9, 0x41, 0xe9, 0xff};
	for (int i = 0; i < 7; i++) {
		cr_assert_eq(toks[i].tok, TOK_CHAR);
		cr_expect_eq(toks[i].lit->u.lit.rune, want[i], "rune %d", i);
	}
	cr_expect_eq(diag_count(), 0);
}

Test(lexer, string_and_rune_errors)
{
	lex("x := \"abc\ny := 'ab'\nz := ''\nw := \"\\q\"\nv := '\\400'\n\"\\uD800\"\n`abc");
	expect_errors("x:1:10: newline in string\n"
		      "x:2:6: more than one character in rune literal\n"
		      "x:3:7: empty rune literal or unescaped '\n"
		      "x:4:8: unknown escape\n"
		      "x:5:11: octal escape value 256 > 255\n"
		      "x:6:8: escape is invalid Unicode code point U+D800\n"
		      "x:7:1: string not terminated\n");
}

Test(lexer, unterminated_rune_and_comment)
{
	lex("'a");
	expect_errors("x:1:1: rune literal not terminated\n");
	lex("x /* abc");
	expect_errors("x:1:3: comment not terminated\n");
	lex("\"abc");
	expect_errors("x:1:1: string not terminated\n");
}

Test(lexer, invalid_characters)
{
	lex("a @ b # $");
	expect_errors("x:1:3: invalid character U+0040 '@'\n"
		      "x:1:7: invalid character U+0023 '#'\n"
		      "x:1:9: invalid character U+0024 '$'\n");
	cr_expect_eq(toks[1].tok, TOK_IDENT); // '@' produces no token
}

Test(lexer, nul_and_invalid_utf8)
{
	lexn("a\0b \xff c\n\"\xc3\"", 11);
	expect_errors("x:1:2: invalid NUL character\n"
		      "x:1:5: invalid UTF-8 encoding\n"
		      "x:2:2: invalid UTF-8 encoding\n");
	cr_expect_eq(toks[0].tok, TOK_IDENT);
	cr_expect_eq(toks[1].tok, TOK_IDENT);
}

Test(lexer, long_line)
{
	size_t n = 1 << 20;
	char *src = malloc(n + 3);
	src[0] = '"';
	memset(src + 1, 'a', n);
	src[n + 1] = '"';
	src[n + 2] = 0;
	lex(src);
	cr_assert_eq(toks[0].tok, TOK_STRING);
	cr_expect_eq(toks[0].lit->u.lit.val.len, (int64_t)n);
	cr_expect_eq(toks[1].pos.col, (int)n + 3);
	free(src);
}

Test(lexer, reinitialisable)
{
	for (int i = 0; i < 100; i++) {
		lex("package main\n");
		cr_assert_eq(ntoks, 4);
		cr_assert_eq(toks[2].pos.line, 1);
	}
}
