/* parse.y: Go's grammar for the mgo subset (bison), building the AST.
 *
 * Actions only call ast_* constructors (ast.c) with Go's positions: binary
 * and unary expressions at the operator, calls at '(', selectors and type
 * assertions at '.', index and slice at '[', composite literals at '{',
 * key:value at ':', assignments at the operator, the rest at their first
 * token.
 *
 * Go's one grammar ambiguity, `if x == T{} {`, is resolved as Go does: in
 * the headers of if/for/switch a composite literal whose type is a bare
 * (possibly qualified) name must be parenthesised. The header nonterminals
 * (hexpr, hunary, hprimary, hsimple) repeat the expression rules without
 * that form; inside brackets the full grammar applies again.
 *
 * Syntax errors are reported in Go's words by yyreport_syntax_error below,
 * from the set of tokens that LAC says are acceptable; `error` rules in
 * statements, declarations and bracketed lists resynchronise like Go's
 * parser so one run reports several errors.
 */
%define api.token.prefix {TOK_}
%define api.location.type {Pos}
%define parse.error custom
%define parse.lac full
%define api.header.include {"parse.h"}
%locations
%expect 0

%code requires {
#include <stddef.h>
#include "ast.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N) \
	do { (Cur) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0); } while (0)
}

%code provides {
// The lexer (lex.l), as the parser and the unit tests use it.
typedef struct LexToken {
	int tok;            // TOK_* of the token last returned by yylex
	const char *text;   // its spelling (names, literals, "newline"/"EOF" for ';')
	Pos pos;
} LexToken;
extern LexToken lex_last;
void lex_init(const char *src, size_t len);
void lex_finish(void);
void lex_keep_directives(bool keep);
int yylex(void);
// Go's word for the last token, as in "syntax error: unexpected X".
const char *lex_token_desc(void);
// The spelling of a fixed token ("+", "func", ...).
const char *lex_token_name(int tok);
// The line of the last syntax error reported, 0 for none.
int parse_last_error_line(void);
}

%code {
#include <stdio.h>
#include "ast_build.h"
#include "check.h"
#include "directive.h"
#include <stdlib.h>
#include <string.h>

#define YYMAXDEPTH 10000000
#define YYINITDEPTH 1000

static Node *parse_result;
static bool saw_package;    // the package clause has been read
static bool fatal;          // a go/parser-level error: report nothing more
static int last_err_line;   // Go reports one syntax error per line
static void yyerror(const char *msg);
static Node *bad(Pos p) { return ast_new(ND_BAD, p); }

// `if x; {` has no condition; `if x` with '{' on the next line reads the
// same to the grammar, but Go tells it by the newline.
static void missing_if_cond(Pos semi, const char *what)
{
	if (what && strcmp(what, "semicolon") != 0)
		diag_errorf(semi, "syntax error: unexpected %s, expecting { after if clause", what);
	else
		diag_errorf(semi, "syntax error: missing condition in if statement");
}

static void syntax_error(Pos p, const char *fmt, const char *a, const char *b);

/* Go's parser accepts `if var x = 0; ...` far enough to say what is wrong
 * and reads on without the var; the grammar never sees it. Checks of the
 * token order that Go's parser makes and the grammar does not. */
static int prev_tok;

/* A syntax error Go reports at the token after the one just reduced,
 * when bison reduced without reading that token yet. */
static const char *error_at_next;

/* A token read ahead while skipping after an error, returned after the
 * closing token the parser is given in its place (see list_advance). */
static struct {
	bool valid;
	int tok;
	YYSTYPE val;
	Pos loc;
	LexToken last;
} held;

/* Set by the grammar when the `func` just read starts a declaration (a
 * name or receiver follows), not a function type or literal. */
static bool func_decl;
static bool skipping;       // tokens are being skipped after an error

static bool from_held;      // the token last returned had been held

static int next_token(void)
{
	from_held = held.valid;
	if (!held.valid)
		return yylex();
	held.valid = false;
	yylval = held.val;
	yylloc = held.loc;
	lex_last = held.last;
	return held.tok;
}

/* Go's parser wants '(' after `func` in a type or literal; when the token
 * is another one it reports it, skips just that token and reads on as if
 * the '(' had been there (the function type is placed at the skipped
 * token). The substitution happens here, before the grammar sees it. */
static int func_want_lparen(int t)
{
	bool decl = func_decl;
	func_decl = false;
	if (t == TOK_LPAREN || t == TOK_LBRACK || t == TOK_YYEOF || decl || skipping)
		return t;
	Pos bad = lex_last.pos;
	syntax_error(bad, "unexpected %s, expecting (", lex_token_desc(), NULL);
	int next = next_token();
	held.valid = true;
	held.tok = next;
	held.val = yylval;
	held.loc = yylloc;
	held.last = lex_last;
	yylloc = bad;
	lex_last.tok = TOK_LPAREN;
	lex_last.text = NULL;
	lex_last.pos = bad;
	return TOK_LPAREN;
}

static int lex_header_var(bool recovering)
{
	int prev = prev_tok;
	int t = next_token();
	if (prev == TOK_FUNC && !from_held && !recovering)
		t = func_want_lparen(t);
	if (error_at_next) {
		syntax_error(lex_last.pos, "%s", error_at_next, NULL);
		error_at_next = NULL;
	}
	if (t == TOK_VAR && (prev == TOK_IF || prev == TOK_FOR || prev == TOK_SWITCH)) {
		const char *kw = prev == TOK_IF ? "if" : prev == TOK_FOR ? "for" : "switch";
		t = next_token();
		syntax_error(lex_last.pos, "var declaration not allowed in %s initializer", kw, NULL);
	}
	// A clause's statements end at ';' (or the clause is empty): the
	// grammar's statement list would also end at the next case.
	if ((t == TOK_CASE || t == TOK_DEFAULT) && prev != TOK_SEMICOLON && prev != TOK_COLON
	    && prev != TOK_LBRACE && prev != 0)
		syntax_error(lex_last.pos, "unexpected %s at end of statement",
			     t == TOK_CASE ? "case" : "default", NULL);
	prev_tok = t;
	return t;
}
/* The parser's own call sees its error-recovery state: while bison is
 * recovering (skipping, or not yet three tokens past an error) it reports
 * nothing, and neither does the lexer. */
#define yylex() lex_header_var(yyerrstatus != 0)

static Node *recv_or_chantype(Pos p, Node *x, bool have_next);

/* Where the operand of go or defer was missing (the token found there):
 * Go's parser puts a bad expression there and, not being a call, reports
 * it even at EOF, where syntax errors are no longer reported, and goes on
 * reporting at the next token. Errors deeper in the operand leave it
 * unset and report nothing more. */
static bool call_operand_missing;
static Pos call_operand_pos;

/* Go's go and defer read a primary expression only: a token that could
 * continue a longer expression ends the statement there (an error "at end
 * of statement"), and the operand read so far is still judged. The
 * operand is on the parser's stack when the error is found; the
 * destructor of `primary` hands it over as error recovery pops it. */
static bool go_operand_wanted;
static Node *go_operand;

static Node *call_stmt_bad(NodeKind kind, Pos p)
{
	if (go_operand) {
		Node *n = ast_go(kind, p, go_operand);
		go_operand = NULL;
		return n;
	}
	if (call_operand_missing)
		diag_errorf(call_operand_pos, "expression in %s must be function call",
			    kind == ND_GO ? "go" : "defer");
	call_operand_missing = false;
	return ast_go(kind, p, bad(p));
}

/* Set when an error in a list was followed by Go's skipping and the
 * parser was handed the list's closing token: the list's `error` rule
 * then resumes normal error reporting (the closing token is always
 * acceptable there, so no loop), as Go reports the next error at once. */
static bool list_closed;
static bool list_resumed(void)
{
	bool r = list_closed;
	list_closed = false;
	return r;
}
}

%union {
	Node *node;
	NodeList list;
	const char *str;
	int op;
}

%token <str> IDENT "name"
%token <node> INT "int literal" FLOAT "float literal" IMAG "imaginary literal"
%token <node> CHAR "rune literal" STRING "string literal"
%token ADD "+" SUB "-" MUL "*" QUO "/" REM "%" AND "&" OR "|" XOR "^"
%token SHL "<<" SHR ">>" AND_NOT "&^"
%token ADD_ASSIGN "+=" SUB_ASSIGN "-=" MUL_ASSIGN "*=" QUO_ASSIGN "/=" REM_ASSIGN "%="
%token AND_ASSIGN "&=" OR_ASSIGN "|=" XOR_ASSIGN "^=" SHL_ASSIGN "<<=" SHR_ASSIGN ">>="
%token AND_NOT_ASSIGN "&^="
%token LAND "&&" LOR "||" ARROW "<-" INC "++" DEC "--" EQL "==" LSS "<" GTR ">"
%token ASSIGN "=" NOT "!" TILDE "~" NEQ "!=" LEQ "<=" GEQ ">=" DEFINE ":=" ELLIPSIS "..."
%token LPAREN "(" LBRACK "[" LBRACE "{" COMMA "," PERIOD "." RPAREN ")" RBRACK "]"
%token RBRACE "}" COLON ":"
%token <str> SEMICOLON ";"
%token BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue"
%token DEFAULT "default" DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough" FOR "for"
%token FUNC "func" GO "go" GOTO "goto" IF "if" IMPORT "import" INTERFACE "interface"
%token MAP "map" PACKAGE "package" RANGE "range" RETURN "return" SELECT "select"
%token STRUCT "struct" SWITCH "switch" TYPE "type" VAR "var"

/* Types are read greedily, as Go does: in `chan T.x`, `chan func() (x)`
 * the '.', '(' and the rest belong to the type, not to the expression. */
%precedence TYPE_END
%precedence PERIOD LPAREN ARROW LBRACK LBRACE
%left LOR
%left LAND
%left EQL NEQ LSS LEQ GTR GEQ
%left ADD SUB OR XOR
%left MUL QUO REM SHL SHR AND AND_NOT

%type <node> package_clause topdecl import_spec decl_stmt const_spec var_spec type_spec
%type <node> const_spec_ var_spec_
%type <node> funcdecl funcdecl_ signature param result_np type type_np typename chan_elem littype
%type <node> othertype structtype ifacetype field_decl iface_elem block funclit
%type <node> expr unary primary operand hexpr hunary hprimary hoperand elem elemval
%type <node> expr_opt stmt simple_stmt hsimple hsimple_opt labeled_stmt if_stmt else_opt
%type <node> for_stmt switch_stmt select_stmt case_clause comm_clause range_clause
%type <node> call_args_h
%type <list> topdecls import_specs import_spec_list const_specs const_spec_list
%type <list> var_specs var_spec_list type_specs type_spec_list params param_list
%type <list> ident_list field_decls field_decl_list iface_elems iface_elem_list
%type <list> expr_list hexpr_list elem_list elems stmt_list case_clauses comm_clauses
%type <list> call_args import_spec_list_ne const_spec_list_ne var_spec_list_ne type_spec_list_ne
%type <op> assign_op

%destructor { if (go_operand_wanted) go_operand = $$; go_operand_wanted = false; } primary

%%

file:
	package_clause SEMICOLON topdecls
		{ parse_result = ast_file($1, $3); }
	;

package_clause:
	PACKAGE IDENT	{ $$ = ast_ident(@2, $2); (void)@1; saw_package = true; }
	;

topdecls:
	%empty			{ $$ = (NodeList){0}; }
	| topdecls topdecl SEMICOLON	{ $$ = $1; if ($2) vec_push(&ast_arena, &$$, $2); }
	| topdecls error SEMICOLON	{ $$ = $1; if (list_resumed()) yyerrok; }
	;

topdecl:
	IMPORT import_specs	{ $$ = ast_decl_stmt(@1, $2); }
	| decl_stmt		{ $$ = $1; }
	| funcdecl		{ $$ = $1; }
	;

import_specs:
	import_spec			{ $$ = ast_list1($1); }
	| LPAREN import_spec_list RPAREN	{ $$ = $2; }
	;

import_spec_list:
	%empty				{ $$ = (NodeList){0}; }
	| import_spec_list_ne			{ $$ = $1; }
	| import_spec_list_ne SEMICOLON		{ $$ = $1; }
	;

import_spec_list_ne:
	import_spec				{ $$ = ast_list1($1); }
	| import_spec_list_ne SEMICOLON import_spec	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	| error				{ $$ = (NodeList){0}; }
	| import_spec_list_ne SEMICOLON error	{ $$ = $1; }
	;

import_spec:
	STRING		{ $$ = ast_import(@1, NULL, $1); }
	| IDENT STRING	{ $$ = ast_import(@1, $1, $2); }
	| PERIOD STRING	{ $$ = ast_import(@1, ".", $2); }
	;

/* ---- declarations ---- */

decl_stmt:
	CONST const_specs	{ $$ = ast_decl_stmt(@1, ast_const_group($2)); }
	| VAR var_specs		{ $$ = ast_decl_stmt(@1, $2); }
	| TYPE type_specs	{ $$ = ast_decl_stmt(@1, $2); }
	;

const_specs:
	const_spec			{ $$ = ast_list1($1); }
	| LPAREN const_spec_list RPAREN	{ $$ = $2; }
	;

const_spec_list:
	%empty				{ $$ = (NodeList){0}; }
	| const_spec_list_ne			{ $$ = $1; }
	| const_spec_list_ne SEMICOLON		{ $$ = $1; }
	;

const_spec_list_ne:
	const_spec				{ $$ = ast_list1($1); }
	| const_spec_list_ne SEMICOLON const_spec	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	| error				{ $$ = (NodeList){0}; }
	| const_spec_list_ne SEMICOLON error	{ $$ = $1; }
	;

const_spec:
	const_spec_			{ $$ = $1; dir_target(0, @1, NULL); }
	;

const_spec_:
	ident_list			{ $$ = ast_spec(ND_CONSTSPEC, $1, NULL, (NodeList){0}); }
	| ident_list type		{ $$ = ast_spec(ND_CONSTSPEC, $1, $2, (NodeList){0}); }
	| ident_list ASSIGN expr_list	{ $$ = ast_spec(ND_CONSTSPEC, $1, NULL, $3); }
	| ident_list type ASSIGN expr_list { $$ = ast_spec(ND_CONSTSPEC, $1, $2, $4); }
	;

var_specs:
	var_spec			{ $$ = ast_list1($1); }
	| LPAREN var_spec_list RPAREN	{ $$ = $2; }
	;

var_spec_list:
	%empty				{ $$ = (NodeList){0}; }
	| var_spec_list_ne			{ $$ = $1; }
	| var_spec_list_ne SEMICOLON		{ $$ = $1; }
	;

var_spec_list_ne:
	var_spec				{ $$ = ast_list1($1); }
	| var_spec_list_ne SEMICOLON var_spec	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	| error				{ $$ = (NodeList){0}; }
	| var_spec_list_ne SEMICOLON error	{ $$ = $1; }
	;

var_spec:
	var_spec_			{ $$ = $1; dir_target(0, @1, NULL); }
	;

var_spec_:
	ident_list type			{ $$ = ast_spec(ND_VARSPEC, $1, $2, (NodeList){0}); }
	| ident_list ASSIGN expr_list	{ $$ = ast_spec(ND_VARSPEC, $1, NULL, $3); }
	| ident_list type ASSIGN expr_list { $$ = ast_spec(ND_VARSPEC, $1, $2, $4); }
	;

type_specs:
	type_spec			{ $$ = ast_list1($1); }
	| LPAREN type_spec_list RPAREN	{ $$ = $2; }
	;

type_spec_list:
	%empty				{ $$ = (NodeList){0}; }
	| type_spec_list_ne			{ $$ = $1; }
	| type_spec_list_ne SEMICOLON		{ $$ = $1; }
	;

type_spec_list_ne:
	type_spec				{ $$ = ast_list1($1); }
	| type_spec_list_ne SEMICOLON type_spec	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	| error				{ $$ = (NodeList){0}; }
	| type_spec_list_ne SEMICOLON error	{ $$ = $1; }
	;

type_spec:
	IDENT type		{ $$ = ast_typespec(ast_ident(@1, $1), $2, false); dir_target(TOK_TYPE, @1, NULL); }
	| IDENT ASSIGN type	{ $$ = ast_typespec(ast_ident(@1, $1), $3, true); dir_target(0, @1, NULL); }
	;

ident_list:
	IDENT			{ $$ = ast_list1(ast_ident(@1, $1)); }
	| ident_list COMMA IDENT { $$ = $1; vec_push(&ast_arena, &$$, ast_ident(@3, $3)); }
	;

funcdecl:
	funcdecl_ { $$ = $1; dir_target(TOK_FUNC, @1, $1->u.func.body); }
	;

funcdecl_:
	FUNC decl_func IDENT signature	{ $$ = ast_funcdecl(@1, NULL, ast_ident(@3, $3), $4, NULL); }
	| FUNC decl_func IDENT signature block	{ $$ = ast_funcdecl(@1, NULL, ast_ident(@3, $3), $4, $5); }
	| FUNC decl_func params IDENT signature
		{ $$ = ast_funcdecl(@1, ast_receiver(@4, $3), ast_ident(@4, $4), $5, NULL); $$->u.func.after_func = @3; }
	| FUNC decl_func params IDENT signature block
		{ $$ = ast_funcdecl(@1, ast_receiver(@4, $3), ast_ident(@4, $4), $5, $6); $$->u.func.after_func = @3; }
	| FUNC decl_func IDENT LBRACK param_list RBRACK signature block
		{
			diag_errorf(@4, "generic functions are not supported");
			$$ = ast_funcdecl(@1, NULL, ast_ident(@3, $3), $7, $8);
			(void)$5;
		}
	;

/* Reduced before the token after `func` is read: see func_want_lparen. */
decl_func:
	%empty			{ func_decl = true; }
	;

/* signature: its pos is that of the token before it (`func`), set by the caller */
signature:
	params %prec TYPE_END	{ $$ = ast_functype(@1, $1, (NodeList){0}); }
	| params result_np	{ $$ = ast_functype(@1, $1, ast_list1(ast_field(@2, (NodeList){0}, $2))); }
	| params params		{ $$ = ast_functype(@1, $1, $2); }
	;

result_np:
	type_np			{ $$ = $1; }
	;

params:
	LPAREN RPAREN			{ $$ = (NodeList){0}; }
	| LPAREN param_list RPAREN	{ $$ = ast_params($2); }
	| LPAREN param_list COMMA RPAREN { $$ = ast_params($2); }
	| LPAREN param_list error RPAREN { $$ = ast_params($2); if (list_resumed()) yyerrok; }
	| LPAREN error RPAREN		{ $$ = (NodeList){0}; if (list_resumed()) yyerrok; }
	;

param_list:
	param			{ $$ = ast_list1($1); }
	| param_list COMMA param { $$ = $1; vec_push(&ast_arena, &$$, $3); }
	;

param:
	type			{ $$ = ast_field($1->pos, (NodeList){0}, $1); }
	| IDENT type		{ $$ = ast_field(@1, ast_list1(ast_ident(@1, $1)), $2); }
	| IDENT ELLIPSIS type	{ $$ = ast_field(@1, ast_list1(ast_ident(@1, $1)), ast_ellipsis(@2, $3)); }
	| ELLIPSIS type		{ $$ = ast_field(@1, (NodeList){0}, ast_ellipsis(@1, $2)); }
	;

/* ---- types ---- */

type:
	type_np			{ $$ = $1; }
	| LPAREN type RPAREN	{ $$ = ast_paren(@1, $2); }
	/* Go reads a bad type up to the ')' and reports what follows at once */
	| LPAREN error RPAREN	{ $$ = bad(@1); yyerrok; }
	;

type_np:
	typename		{ $$ = $1; }
	| MUL type		{ $$ = ast_star(@1, $2); }
	| littype		{ $$ = $1; }
	| FUNC signature	{ $$ = $2; }  /* Go places a func type at its '(' */
	| CHAN chan_elem	{ $$ = ast_chantype(@1, CHAN_BOTH, $2); }
	| CHAN ARROW type	{ $$ = ast_chantype(@1, CHAN_SEND, $3); }
	| ARROW CHAN type	{ $$ = ast_chantype(@1, CHAN_RECV, $3); }
	| INTERFACE ifacetype	{ $$ = $2; $$->pos = @1; }
	;

typename:
	IDENT %prec TYPE_END	{ $$ = ast_ident(@1, $1); }
	| IDENT PERIOD IDENT	{ $$ = ast_selector(@2, ast_ident(@1, $1), $3, @3); }
	;

/* chan's element: any type except one starting with <- (chan<- binds first) */
chan_elem:
	typename		{ $$ = $1; }
	| MUL type		{ $$ = ast_star(@1, $2); }
	| littype		{ $$ = $1; }
	| FUNC signature	{ $$ = $2; }  /* Go places a func type at its '(' */
	| CHAN chan_elem	{ $$ = ast_chantype(@1, CHAN_BOTH, $2); }
	| CHAN ARROW type	{ $$ = ast_chantype(@1, CHAN_SEND, $3); }
	| INTERFACE ifacetype	{ $$ = $2; $$->pos = @1; }
	| LPAREN type RPAREN	{ $$ = ast_paren(@1, $2); }
	;

/* types that may precede '{' of a composite literal (besides names) */
littype:
	LBRACK expr RBRACK type		{ $$ = ast_arraytype(@1, $2, $4); }
	| LBRACK RBRACK type		{ $$ = ast_arraytype(@1, NULL, $3); }
	| LBRACK ELLIPSIS RBRACK type	{ $$ = ast_arraytype(@1, ast_ellipsis(@2, NULL), $4); }
	| MAP LBRACK type RBRACK type	{ $$ = ast_maptype(@1, $3, $5); }
	| STRUCT structtype		{ $$ = $2; $$->pos = @1; }
	;

/* type literals that can be operands but never take '{' */
othertype:
	CHAN chan_elem		{ $$ = ast_chantype(@1, CHAN_BOTH, $2); }
	| CHAN ARROW type	{ $$ = ast_chantype(@1, CHAN_SEND, $3); }
	| INTERFACE ifacetype	{ $$ = $2; $$->pos = @1; }
	;

structtype:
	LBRACE field_decls RBRACE	{ $$ = ast_structtype(@1, $2); }
	;

field_decls:
	%empty				{ $$ = (NodeList){0}; }
	| field_decl_list		{ $$ = $1; }
	| field_decl_list SEMICOLON	{ $$ = $1; }
	;

field_decl_list:
	field_decl			{ $$ = ast_list1($1); }
	| field_decl_list SEMICOLON field_decl { $$ = $1; vec_push(&ast_arena, &$$, $3); }
	| error				{ $$ = (NodeList){0}; }
	| field_decl_list SEMICOLON error { $$ = $1; }
	;

field_decl:
	ident_list type			{ $$ = ast_field(@1, $1, $2); }
	| ident_list type STRING	{ $$ = ast_field(@1, $1, $2); ast_tag($3); }
	| typename			{ $$ = ast_embedded(@1, $1); }
	| typename STRING		{ $$ = ast_embedded(@1, $1); ast_tag($2); }
	| MUL typename			{ $$ = ast_embedded(@1, ast_star(@1, $2)); }
	| MUL typename STRING		{ $$ = ast_embedded(@1, ast_star(@1, $2)); ast_tag($3); }
	;

ifacetype:
	LBRACE iface_elems RBRACE	{ $$ = ast_ifacetype(@1, $2); }
	;

iface_elems:
	%empty				{ $$ = (NodeList){0}; }
	| iface_elem_list		{ $$ = $1; }
	| iface_elem_list SEMICOLON	{ $$ = $1; }
	;

iface_elem_list:
	iface_elem			{ $$ = ast_list1($1); }
	| iface_elem_list SEMICOLON iface_elem { $$ = $1; vec_push(&ast_arena, &$$, $3); }
	| error				{ $$ = (NodeList){0}; }
	| iface_elem_list SEMICOLON error { $$ = $1; }
	;

iface_elem:
	IDENT signature			{ $2->pos = @1; $$ = ast_field(@1, ast_list1(ast_ident(@1, $1)), $2); }
	| typename			{ $$ = ast_embedded(@1, $1); }
	;

/* ---- expressions ---- */

expr:
	unary			{ $$ = $1; }
	| expr LOR expr		{ $$ = ast_binary(@2, TOK_LOR, $1, $3); }
	| expr LAND expr	{ $$ = ast_binary(@2, TOK_LAND, $1, $3); }
	| expr EQL expr		{ $$ = ast_binary(@2, TOK_EQL, $1, $3); }
	| expr NEQ expr		{ $$ = ast_binary(@2, TOK_NEQ, $1, $3); }
	| expr LSS expr		{ $$ = ast_binary(@2, TOK_LSS, $1, $3); }
	| expr LEQ expr		{ $$ = ast_binary(@2, TOK_LEQ, $1, $3); }
	| expr GTR expr		{ $$ = ast_binary(@2, TOK_GTR, $1, $3); }
	| expr GEQ expr		{ $$ = ast_binary(@2, TOK_GEQ, $1, $3); }
	| expr ADD expr		{ $$ = ast_binary(@2, TOK_ADD, $1, $3); }
	| expr SUB expr		{ $$ = ast_binary(@2, TOK_SUB, $1, $3); }
	| expr OR expr		{ $$ = ast_binary(@2, TOK_OR, $1, $3); }
	| expr XOR expr		{ $$ = ast_binary(@2, TOK_XOR, $1, $3); }
	| expr MUL expr		{ $$ = ast_binary(@2, TOK_MUL, $1, $3); }
	| expr QUO expr		{ $$ = ast_binary(@2, TOK_QUO, $1, $3); }
	| expr REM expr		{ $$ = ast_binary(@2, TOK_REM, $1, $3); }
	| expr SHL expr		{ $$ = ast_binary(@2, TOK_SHL, $1, $3); }
	| expr SHR expr		{ $$ = ast_binary(@2, TOK_SHR, $1, $3); }
	| expr AND expr		{ $$ = ast_binary(@2, TOK_AND, $1, $3); }
	| expr AND_NOT expr	{ $$ = ast_binary(@2, TOK_AND_NOT, $1, $3); }
	;

unary:
	primary			{ $$ = $1; }
	| ADD unary		{ $$ = ast_unary(@1, TOK_ADD, $2); }
	| SUB unary		{ $$ = ast_unary(@1, TOK_SUB, $2); }
	| NOT unary		{ $$ = ast_unary(@1, TOK_NOT, $2); }
	| XOR unary		{ $$ = ast_unary(@1, TOK_XOR, $2); }
	| TILDE unary		{ $$ = ast_unary(@1, TOK_TILDE, $2); }
	| AND unary		{ $$ = ast_unary(@1, TOK_AND, $2); }
	| ARROW unary		{ $$ = recv_or_chantype(@1, $2, yychar != TOK_YYEMPTY); }
	| MUL unary		{ $$ = ast_star(@1, $2); }
	;

primary:
	operand			{ $$ = $1; }
	| primary PERIOD IDENT	{ $$ = ast_selector(@2, $1, $3, @3); }
	| primary PERIOD LPAREN type RPAREN	{ $$ = ast_assert(@2, $1, $4); }
	| primary PERIOD LPAREN TYPE RPAREN	{ $$ = ast_assert(@2, $1, NULL); }
	| primary PERIOD LPAREN error RPAREN	{ $$ = bad(@2); (void)$1; if (list_resumed()) yyerrok; }
	| primary LBRACK expr RBRACK		{ $$ = ast_index(@2, $1, $3); }
	| primary LBRACK expr_opt COLON expr_opt RBRACK
		{ $$ = ast_slice(@2, $1, $3, $5, NULL, false); }
	| primary LBRACK expr_opt COLON expr_opt COLON expr_opt RBRACK
		{ $$ = ast_slice3(@2, $1, $3, $5, $7, @4, @6, @8); }
	| primary LPAREN call_args RPAREN	{ $$ = ast_call(@2, $1, $3, false, @4); }
	| primary LPAREN call_args ELLIPSIS RPAREN	{ $$ = ast_call(@2, $1, $3, true, @5); }
	| primary LPAREN call_args ELLIPSIS COMMA RPAREN	{ $$ = ast_call(@2, $1, $3, true, @6); }
	| primary LBRACE elem_list RBRACE	{ $$ = ast_composite(@2, $1, $3, @4); }
	;

call_args:
	%empty			{ $$ = (NodeList){0}; }
	| expr_list		{ $$ = $1; }
	| expr_list COMMA	{ $$ = $1; }
	| expr_list error	{ $$ = $1; if (list_resumed()) yyerrok; }
	| error			{ $$ = (NodeList){0}; if (list_resumed()) yyerrok; }
	;

operand:
	INT			{ $$ = $1; }
	| FLOAT			{ $$ = $1; }
	| IMAG			{ $$ = $1; }
	| CHAR			{ $$ = $1; }
	| STRING		{ $$ = $1; }
	| IDENT			{ $$ = ast_ident(@1, $1); }
	| LPAREN expr RPAREN	{ $$ = ast_paren(@1, $2); }
	| FUNC signature %prec TYPE_END	{ $$ = $2; }
	| LPAREN error RPAREN	{ $$ = bad(@1); if (list_resumed()) yyerrok; }
	| LPAREN expr error RPAREN	{ $$ = ast_paren(@1, $2); if (list_resumed()) yyerrok; }
	| funclit		{ $$ = $1; }
	| littype		{ $$ = $1; }
	| othertype		{ $$ = $1; }
	;

funclit:
	FUNC signature block	{ $2->pos = @1; $$ = ast_funclit(@1, $2, $3); }
	;

expr_opt:
	%empty			{ $$ = NULL; }
	| expr			{ $$ = $1; }
	;

expr_list:
	expr			{ $$ = ast_list1($1); }
	| expr_list COMMA expr	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	;

elem_list:
	%empty			{ $$ = (NodeList){0}; }
	| elems			{ $$ = $1; }
	| elems COMMA		{ $$ = $1; }
	| elems error		{ $$ = $1; if (list_resumed()) yyerrok; }
	| error			{ $$ = (NodeList){0}; if (list_resumed()) yyerrok; }
	;

elems:
	elem			{ $$ = ast_list1($1); }
	| elems COMMA elem	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	;

elem:
	elemval			{ $$ = $1; }
	| elemval COLON elemval	{ $$ = ast_keyvalue(@2, $1, $3); }
	;

elemval:
	expr			{ $$ = $1; }
	| LBRACE elem_list RBRACE	{ $$ = ast_composite(@1, NULL, $2, @3); }
	;

/* Header expressions: the same, minus `Name{...}` at the top level. */

hexpr:
	hunary			{ $$ = $1; }
	| hexpr LOR hexpr	{ $$ = ast_binary(@2, TOK_LOR, $1, $3); }
	| hexpr LAND hexpr	{ $$ = ast_binary(@2, TOK_LAND, $1, $3); }
	| hexpr EQL hexpr	{ $$ = ast_binary(@2, TOK_EQL, $1, $3); }
	| hexpr NEQ hexpr	{ $$ = ast_binary(@2, TOK_NEQ, $1, $3); }
	| hexpr LSS hexpr	{ $$ = ast_binary(@2, TOK_LSS, $1, $3); }
	| hexpr LEQ hexpr	{ $$ = ast_binary(@2, TOK_LEQ, $1, $3); }
	| hexpr GTR hexpr	{ $$ = ast_binary(@2, TOK_GTR, $1, $3); }
	| hexpr GEQ hexpr	{ $$ = ast_binary(@2, TOK_GEQ, $1, $3); }
	| hexpr ADD hexpr	{ $$ = ast_binary(@2, TOK_ADD, $1, $3); }
	| hexpr SUB hexpr	{ $$ = ast_binary(@2, TOK_SUB, $1, $3); }
	| hexpr OR hexpr	{ $$ = ast_binary(@2, TOK_OR, $1, $3); }
	| hexpr XOR hexpr	{ $$ = ast_binary(@2, TOK_XOR, $1, $3); }
	| hexpr MUL hexpr	{ $$ = ast_binary(@2, TOK_MUL, $1, $3); }
	| hexpr QUO hexpr	{ $$ = ast_binary(@2, TOK_QUO, $1, $3); }
	| hexpr REM hexpr	{ $$ = ast_binary(@2, TOK_REM, $1, $3); }
	| hexpr SHL hexpr	{ $$ = ast_binary(@2, TOK_SHL, $1, $3); }
	| hexpr SHR hexpr	{ $$ = ast_binary(@2, TOK_SHR, $1, $3); }
	| hexpr AND hexpr	{ $$ = ast_binary(@2, TOK_AND, $1, $3); }
	| hexpr AND_NOT hexpr	{ $$ = ast_binary(@2, TOK_AND_NOT, $1, $3); }
	;

hunary:
	hprimary		{ $$ = $1; }
	| ADD hunary		{ $$ = ast_unary(@1, TOK_ADD, $2); }
	| SUB hunary		{ $$ = ast_unary(@1, TOK_SUB, $2); }
	| NOT hunary		{ $$ = ast_unary(@1, TOK_NOT, $2); }
	| XOR hunary		{ $$ = ast_unary(@1, TOK_XOR, $2); }
	| TILDE hunary		{ $$ = ast_unary(@1, TOK_TILDE, $2); }
	| AND hunary		{ $$ = ast_unary(@1, TOK_AND, $2); }
	| ARROW hunary		{ $$ = recv_or_chantype(@1, $2, yychar != TOK_YYEMPTY); }
	| MUL hunary		{ $$ = ast_star(@1, $2); }
	;

hprimary:
	hoperand		{ $$ = $1; }
	| littype LBRACE elem_list RBRACE	{ $$ = ast_composite(@2, $1, $3, @4); }
	| littype call_args_h		{ $$ = $2; $$->u.call.fn = $1; }
	| hprimary PERIOD IDENT	{ $$ = ast_selector(@2, $1, $3, @3); }
	| hprimary PERIOD LPAREN type RPAREN	{ $$ = ast_assert(@2, $1, $4); }
	| hprimary PERIOD LPAREN TYPE RPAREN	{ $$ = ast_assert(@2, $1, NULL); }
	| hprimary PERIOD LPAREN error RPAREN	{ $$ = bad(@2); (void)$1; if (list_resumed()) yyerrok; }
	| hprimary LBRACK expr RBRACK		{ $$ = ast_index(@2, $1, $3); }
	| hprimary LBRACK expr_opt COLON expr_opt RBRACK
		{ $$ = ast_slice(@2, $1, $3, $5, NULL, false); }
	| hprimary LBRACK expr_opt COLON expr_opt COLON expr_opt RBRACK
		{ $$ = ast_slice3(@2, $1, $3, $5, $7, @4, @6, @8); }
	| hprimary call_args_h	{ $$ = $2; $$->u.call.fn = $1; }
	;

call_args_h:
	LPAREN call_args RPAREN			{ $$ = ast_call(@1, NULL, $2, false, @3); }
	| LPAREN call_args ELLIPSIS RPAREN	{ $$ = ast_call(@1, NULL, $2, true, @4); }
	| LPAREN call_args ELLIPSIS COMMA RPAREN	{ $$ = ast_call(@1, NULL, $2, true, @5); }
	;

hoperand:
	INT			{ $$ = $1; }
	| FLOAT			{ $$ = $1; }
	| IMAG			{ $$ = $1; }
	| CHAR			{ $$ = $1; }
	| STRING		{ $$ = $1; }
	| IDENT			{ $$ = ast_ident(@1, $1); }
	| LPAREN expr RPAREN	{ $$ = ast_paren(@1, $2); }
	| FUNC signature %prec TYPE_END	{ $$ = $2; }
	| LPAREN error RPAREN	{ $$ = bad(@1); if (list_resumed()) yyerrok; }
	| LPAREN expr error RPAREN	{ $$ = ast_paren(@1, $2); if (list_resumed()) yyerrok; }
	| funclit		{ $$ = $1; }
	| othertype		{ $$ = $1; }
	;

hexpr_list:
	hexpr			{ $$ = ast_list1($1); }
	| hexpr_list COMMA hexpr	{ $$ = $1; vec_push(&ast_arena, &$$, $3); }
	;

/* ---- statements ---- */

block:
	LBRACE stmt_list RBRACE	{ $$ = ast_block(@1, $2, @3); }
	;

stmt_list:
	stmt			{ $$ = (NodeList){0}; if ($1) vec_push(&ast_arena, &$$, $1); }
	| stmt_list SEMICOLON stmt { $$ = $1; if ($3) vec_push(&ast_arena, &$$, $3); }
	;

stmt:
	%empty			{ $$ = NULL; }
	| simple_stmt		{ $$ = $1; }
	| decl_stmt		{ $$ = $1; }
	| labeled_stmt		{ $$ = $1; }
	| GO primary		{ $$ = ast_go(ND_GO, @1, $2); }
	| DEFER primary		{ $$ = ast_go(ND_DEFER, @1, $2); }
	| GO error		{ if (call_operand_missing || (go_operand && list_resumed())) yyerrok;
				  $$ = call_stmt_bad(ND_GO, @1); }
	| DEFER error		{ if (call_operand_missing || (go_operand && list_resumed())) yyerrok;
				  $$ = call_stmt_bad(ND_DEFER, @1); }
	| RETURN		{ $$ = ast_return(@1, (NodeList){0}); }
	| RETURN expr_list	{ $$ = ast_return(@1, $2); }
	| BREAK			{ $$ = ast_branch(@1, TOK_BREAK, NULL); }
	| BREAK IDENT		{ $$ = ast_branch(@1, TOK_BREAK, ast_ident(@2, $2)); }
	| CONTINUE		{ $$ = ast_branch(@1, TOK_CONTINUE, NULL); }
	| CONTINUE IDENT	{ $$ = ast_branch(@1, TOK_CONTINUE, ast_ident(@2, $2)); }
	| GOTO IDENT		{ $$ = ast_branch(@1, TOK_GOTO, ast_ident(@2, $2)); }
	| FALLTHROUGH		{ $$ = ast_branch(@1, TOK_FALLTHROUGH, NULL); }
	| block			{ $$ = $1; }
	| if_stmt		{ $$ = $1; }
	| switch_stmt		{ $$ = $1; }
	| select_stmt		{ $$ = $1; }
	| for_stmt		{ $$ = $1; }
	| error			{ $$ = NULL; if (list_resumed()) yyerrok; }
	;

labeled_stmt:
	IDENT COLON stmt	{ $$ = ast_labeled(@1, ast_ident(@1, $1), $3); }
	;

simple_stmt:
	expr_list		{ $$ = ast_expr_stmt($1); }
	| expr INC		{ $$ = ast_incdec(@2, $1, TOK_INC); }
	| expr DEC		{ $$ = ast_incdec(@2, $1, TOK_DEC); }
	| expr ARROW expr	{ $$ = ast_send(@2, $1, $3); }
	| expr_list ASSIGN expr_list	{ $$ = ast_assign(@2, $1, TOK_ASSIGN, $3); }
	| expr_list DEFINE expr_list	{ $$ = ast_assign(@2, $1, TOK_DEFINE, $3); }
	| expr assign_op expr	{ $$ = ast_assign(@2, ast_list1($1), $2, ast_list1($3)); }
	;

assign_op:
	ADD_ASSIGN	{ $$ = TOK_ADD_ASSIGN; }
	| SUB_ASSIGN	{ $$ = TOK_SUB_ASSIGN; }
	| MUL_ASSIGN	{ $$ = TOK_MUL_ASSIGN; }
	| QUO_ASSIGN	{ $$ = TOK_QUO_ASSIGN; }
	| REM_ASSIGN	{ $$ = TOK_REM_ASSIGN; }
	| AND_ASSIGN	{ $$ = TOK_AND_ASSIGN; }
	| OR_ASSIGN	{ $$ = TOK_OR_ASSIGN; }
	| XOR_ASSIGN	{ $$ = TOK_XOR_ASSIGN; }
	| SHL_ASSIGN	{ $$ = TOK_SHL_ASSIGN; }
	| SHR_ASSIGN	{ $$ = TOK_SHR_ASSIGN; }
	| AND_NOT_ASSIGN { $$ = TOK_AND_NOT_ASSIGN; }
	;

hsimple:
	hexpr_list		{ $$ = ast_expr_stmt($1); }
	| hexpr INC		{ $$ = ast_incdec(@2, $1, TOK_INC); }
	| hexpr DEC		{ $$ = ast_incdec(@2, $1, TOK_DEC); }
	| hexpr ARROW hexpr	{ $$ = ast_send(@2, $1, $3); }
	| hexpr_list ASSIGN hexpr_list	{ $$ = ast_assign(@2, $1, TOK_ASSIGN, $3); }
	| hexpr_list DEFINE hexpr_list	{ $$ = ast_assign(@2, $1, TOK_DEFINE, $3); }
	| hexpr assign_op hexpr	{ $$ = ast_assign(@2, ast_list1($1), $2, ast_list1($3)); }
	;

hsimple_opt:
	%empty			{ $$ = NULL; }
	| hsimple		{ $$ = $1; }
	;

if_stmt:
	IF block else_opt	{ $$ = ast_if(@1, NULL, NULL, $2, $3); diag_errorf(@2, "syntax error: missing condition in if statement"); }
	| IF hsimple block else_opt	{ $$ = ast_if(@1, NULL, $2, $3, $4); }
	| IF hsimple_opt SEMICOLON hsimple_opt block else_opt
		{ $$ = ast_if(@1, $2, $4, $5, $6); if (!$4) missing_if_cond(@3, $3); }
	| IF error block else_opt	{ $$ = ast_if(@1, NULL, NULL, $3, $4); }
	;

else_opt:
	%empty			{ $$ = NULL; }
	| ELSE if_stmt		{ $$ = $2; }
	| ELSE block		{ $$ = $2; }
	| ELSE error		{ $$ = NULL; }
	;

for_stmt:
	FOR block		{ $$ = ast_for(@1, NULL, NULL, NULL, $2); }
	| FOR hsimple block	{ $$ = ast_for(@1, NULL, $2, NULL, $3); }
	| FOR hsimple_opt SEMICOLON hsimple_opt SEMICOLON hsimple_opt block
		{ $$ = ast_for(@1, $2, $4, $6, $7); }
	| FOR range_clause block	{ $$ = $2; $$->pos = @1; $$->u.range.body = $3; }
	| FOR error block	{ $$ = ast_for(@1, NULL, NULL, NULL, $3); }
	;

range_clause:
	RANGE hexpr		{ $$ = ast_range(@1, (NodeList){0}, false, $2); $$->u.range.kw = @1; }
	| hexpr_list ASSIGN RANGE hexpr	{ $$ = ast_range(@2, $1, false, $4); $$->u.range.kw = @3; }
	| hexpr_list DEFINE RANGE hexpr	{ $$ = ast_range(@2, $1, true, $4); $$->u.range.kw = @3; }
	;

switch_stmt:
	SWITCH LBRACE case_clauses RBRACE
		{ $$ = ast_switch(@1, NULL, NULL, $3, @2); }
	| SWITCH hsimple LBRACE case_clauses RBRACE
		{ $$ = ast_switch(@1, NULL, $2, $4, @3); }
	| SWITCH hsimple_opt SEMICOLON hsimple_opt LBRACE case_clauses RBRACE
		{ $$ = ast_switch(@1, $2, $4, $6, @5); }
	| SWITCH error LBRACE case_clauses RBRACE
		{ $$ = ast_switch(@1, NULL, NULL, $4, @3); }
	;

case_clauses:
	%empty			{ $$ = (NodeList){0}; }
	| case_clauses case_clause	{ $$ = $1; vec_push(&ast_arena, &$$, $2); }
	;

case_clause:
	CASE expr_list COLON stmt_list	{ $$ = ast_clause(ND_CASECLAUSE, @1, $2, @3, $4, false); }
	| DEFAULT COLON stmt_list	{ $$ = ast_clause(ND_CASECLAUSE, @1, (NodeList){0}, @2, $3, true); }
	| CASE error COLON stmt_list	{ $$ = ast_clause(ND_CASECLAUSE, @1, (NodeList){0}, @3, $4, false); }
	| CASE error stmt_list	{ $$ = ast_clause(ND_CASECLAUSE, @1, (NodeList){0}, @2, $3, false); }
	;

select_stmt:
	SELECT LBRACE comm_clauses RBRACE	{ $$ = ast_select(@1, $3); }
	;

comm_clauses:
	%empty			{ $$ = (NodeList){0}; }
	| comm_clauses comm_clause	{ $$ = $1; vec_push(&ast_arena, &$$, $2); }
	;

comm_clause:
	CASE simple_stmt COLON stmt_list { $$ = ast_clause(ND_COMMCLAUSE, @1, ast_list1($2), @3, $4, false); }
	| DEFAULT COLON stmt_list	{ $$ = ast_clause(ND_COMMCLAUSE, @1, (NodeList){0}, @2, $3, true); }
	| CASE error COLON stmt_list	{ $$ = ast_clause(ND_COMMCLAUSE, @1, (NodeList){0}, @3, $4, false); }
	| CASE error stmt_list	{ $$ = ast_clause(ND_COMMCLAUSE, @1, (NodeList){0}, @2, $3, false); }
	;

%%

/* ---- the entry point and Go's wording of syntax errors ---- */


const char *lex_token_name(int tok)
{
	yysymbol_kind_t k = YYTRANSLATE(tok);
	const char *s = yysymbol_name(k);
	if (s[0] == '"') {
		size_t n = strlen(s);
		return arena_strndup(&ast_arena, s + 1, n - 2);
	}
	return s;
}

int parse_last_error_line(void)
{
	return last_err_line;
}

// Go's word for an expected token.
static const char *expect_name(yysymbol_kind_t k)
{
	switch (k) {
	case YYSYMBOL_COMMA: return "comma";
	case YYSYMBOL_SEMICOLON: return "semicolon or newline";
	case YYSYMBOL_IDENT: return "name";
	default: {
		const char *s = yysymbol_name(k);
		if (s[0] == '"')
			return arena_strndup(&ast_arena, s + 1, strlen(s) - 2);
		return s;
	}
	}
}

static void syntax_error(Pos p, const char *fmt, const char *a, const char *b)
{
	if (fatal || p.line == last_err_line)
		return;
	last_err_line = p.line;
	char buf[512];
	snprintf(buf, sizeof buf, fmt, a, b);
	diag_errorf(p, "syntax error: %s", buf);
}

/* The statement header (if/for/switch) the parser is inside, as Go's
 * parser knows it from its call stack: the keyword found walking the state
 * stack down before any open bracket, and how many ';' of the header have
 * been read. State 0 is only ever the bottom of the stack. */
typedef struct Header {
	yysymbol_kind_t kw;     // YYSYMBOL_IF, _FOR, _SWITCH, or YYSYMBOL_YYEMPTY
	int semis;
	int depth;              // symbols above the keyword
} Header;

static Header header_context(const yypcontext_t *ctx)
{
	Header h = {YYSYMBOL_YYEMPTY, 0, 0};
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--, h.depth++) {
		yysymbol_kind_t sym = (yysymbol_kind_t)yystos[*s];
		switch (sym) {
		case YYSYMBOL_IF: case YYSYMBOL_FOR: case YYSYMBOL_SWITCH:
			h.kw = sym;
			return h;
		case YYSYMBOL_SEMICOLON:
			h.semis++;
			break;
		case YYSYMBOL_LPAREN: case YYSYMBOL_LBRACK: case YYSYMBOL_LBRACE:
		case YYSYMBOL_block: case YYSYMBOL_ELSE: case YYSYMBOL_CASE:
		case YYSYMBOL_DEFAULT: case YYSYMBOL_COLON:
			return h;
		default:
			break;
		}
	}
	return h;
}

// Go's messages for a token that cannot continue an if/for/switch header
// (syntax.parser.header and the body's blockStmt); false when none applies.
static bool header_error(const yypcontext_t *ctx, Pos p, const bool *has, const char *tok)
{
	Header h = header_context(ctx);
	if (h.kw == YYSYMBOL_YYEMPTY || h.depth == 0)
		return false;
	if (h.kw == YYSYMBOL_FOR && h.semis == 1 && lex_last.tok == TOK_LBRACE) {
		syntax_error(p, "unexpected %s, expecting for loop condition", tok, NULL);
		return true;
	}
	if (!has[YYSYMBOL_LBRACE])
		return false;
	if (h.semis == 0)
		syntax_error(p, "unexpected %s, expecting {", tok, NULL);
	else if (h.kw == YYSYMBOL_SWITCH)
		syntax_error(p, "missing { after switch clause", NULL, NULL);
	else if (h.kw == YYSYMBOL_IF)
		syntax_error(p, "unexpected %s, expecting { after if clause", tok, NULL);
	else if (h.semis == 2)
		syntax_error(p, "unexpected %s, expecting { after for clause", tok, NULL);
	else
		return false;
	return true;
}

// The k-th symbol from the top of the parser's stack (0: the top).
static yysymbol_kind_t stack_sym(const yypcontext_t *ctx, int k)
{
	const yy_state_t *s = ctx->yyssp;
	for (; k > 0 && *s != 0; k--)
		s--;
	return *s == 0 ? YYSYMBOL_YYEMPTY : (yysymbol_kind_t)yystos[*s];
}

// The innermost open '(' is a parameter list (Go's words differ from an
// argument list's): it follows func, a function's name or a receiver, or
// opens a result list.
static bool in_params(const yypcontext_t *ctx)
{
	int depth = 0;
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--, depth++) {
		yysymbol_kind_t sym = (yysymbol_kind_t)yystos[*s];
		if (sym == YYSYMBOL_LBRACE || sym == YYSYMBOL_LBRACK)
			return false;
		if (sym != YYSYMBOL_LPAREN)
			continue;
		yysymbol_kind_t below = stack_sym(ctx, depth + 1);
		if (below == YYSYMBOL_FUNC || below == YYSYMBOL_decl_func || below == YYSYMBOL_params)
			return true;
		yysymbol_kind_t below2 = stack_sym(ctx, depth + 2);
		return below == YYSYMBOL_IDENT && (below2 == YYSYMBOL_decl_func ||
						   below2 == YYSYMBOL_params);
	}
	return false;
}

// Go's messages for what its parser reads as a missing type or name, from
// the symbols just read; false when none applies.
static bool missing_error(const yypcontext_t *ctx, Pos p, const bool *has, const char *tok)
{
	yysymbol_kind_t top = stack_sym(ctx, 0), below = stack_sym(ctx, 1);
	bool type_next = has[YYSYMBOL_IDENT] && has[YYSYMBOL_MUL] && has[YYSYMBOL_LBRACK];
	if (!type_next && !(has[YYSYMBOL_IDENT] && has[YYSYMBOL_LPAREN]))
		return false;
	if (type_next && (top == YYSYMBOL_CHAN || (top == YYSYMBOL_ARROW && below == YYSYMBOL_CHAN)))
		syntax_error(p, "missing channel element type", NULL, NULL);
	else if (type_next && top == YYSYMBOL_ELLIPSIS)
		syntax_error(p, "... is missing type", NULL, NULL);
	else if (type_next && ((top == YYSYMBOL_IDENT && below == YYSYMBOL_TYPE) ||
			       (top == YYSYMBOL_ASSIGN && below == YYSYMBOL_IDENT &&
				stack_sym(ctx, 2) == YYSYMBOL_TYPE)))
		syntax_error(p, "unexpected %s in type declaration", tok, NULL);
	else if (!type_next && (top == YYSYMBOL_VAR || top == YYSYMBOL_CONST || top == YYSYMBOL_TYPE))
		syntax_error(p, "unexpected %s, expecting name", tok, NULL);
	else
		return false;
	return true;
}

// Directly inside a var, const or type group: Go's parser reads a spec
// (a name) until it sees the ')'.
static bool in_decl_group(const yypcontext_t *ctx)
{
	int depth = 0;
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--, depth++) {
		yysymbol_kind_t sym = (yysymbol_kind_t)yystos[*s];
		if (sym == YYSYMBOL_LBRACE || sym == YYSYMBOL_LBRACK)
			return false;
		if (sym != YYSYMBOL_LPAREN)
			continue;
		yysymbol_kind_t below = stack_sym(ctx, depth + 1);
		return below == YYSYMBOL_VAR || below == YYSYMBOL_CONST || below == YYSYMBOL_TYPE;
	}
	return false;
}

// Inside the expression list of a case clause (before its ':').
static bool in_case(const yypcontext_t *ctx)
{
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--) {
		switch ((yysymbol_kind_t)yystos[*s]) {
		case YYSYMBOL_CASE:
			return true;
		case YYSYMBOL_LPAREN: case YYSYMBOL_LBRACK: case YYSYMBOL_LBRACE:
		case YYSYMBOL_COLON:
			return false;
		default:
			break;
		}
	}
	return false;
}

// Inside a function body (Go's fnest > 0): an open '{' follows a signature.
static bool in_func_body(const yypcontext_t *ctx)
{
	int depth = 0;
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--, depth++)
		if ((yysymbol_kind_t)yystos[*s] == YYSYMBOL_LBRACE &&
		    stack_sym(ctx, depth + 1) == YYSYMBOL_signature)
			return true;
	return false;
}

/* After "possibly missing comma or )" Go skips tokens up to a closing
 * bracket (or EOF, or in a function a keyword that starts a statement).
 * When that is the list's own closing token the list ends there;
 * otherwise the list ends where the skipping stopped and the token found
 * is read next. The parser is handed the closing token either way, so its
 * `error` rule for the list resumes as Go's parser does. */
static bool starts_stmt(int t)
{
	switch (t) {
	case TOK_BREAK: case TOK_CONST: case TOK_CONTINUE: case TOK_DEFER:
	case TOK_FALLTHROUGH: case TOK_FOR: case TOK_GO: case TOK_GOTO: case TOK_IF:
	case TOK_RETURN: case TOK_SELECT: case TOK_SWITCH: case TOK_TYPE: case TOK_VAR:
		return true;
	default:
		return false;
	}
}

/* The parser is given `close` next; t, the token found, is held and read
 * after it unless it is `close` itself. The list's (or operand's) `error`
 * rule resumes error reporting then. */
static void give_close(int t, int close)
{
	if (t != close) {
		held.valid = true;
		held.tok = t;
		held.val = yylval;
		held.loc = yylloc;
		held.last = lex_last;
		t = close;
		lex_last.tok = close;
		lex_last.text = NULL;
	}
	yychar = t;
	list_closed = true;
}

/* Go's advance: skips from the current token to one of `follow` (a list
 * ending in 0), EOF, or inside a function a keyword that starts a
 * statement. When the token found is not `close`, the parser is given
 * `close` and the token found is read after it. */
static void skip_to(const yypcontext_t *ctx, const int *follow, int close)
{
	bool in_func = in_func_body(ctx);
	int t = yychar;
	for (;;) {
		bool stop = t == TOK_YYEOF || (in_func && starts_stmt(t));
		for (const int *f = follow; *f && !stop; f++)
			stop = t == *f;
		if (stop)
			break;
		skipping = true;
		t = lex_header_var(true);
		skipping = false;
	}
	give_close(t, close);
}

/* Go's want() after its "expecting )": one token is skipped (never EOF)
 * and the parser reads on as if the ')' had been there. */
static void want_advance(int close)
{
	int t = yychar;
	if (t != TOK_YYEOF) {
		skipping = true;
		t = lex_header_var(true);
		skipping = false;
	}
	give_close(t, close);
}

/* The innermost open bracket is the '(' of a parenthesized operand or of a
 * type assertion: not a call's, a conversion's, a parameter list's or a
 * declaration group's (those follow the symbols below). */
static bool in_operand_paren(const yypcontext_t *ctx)
{
	int depth = 0;
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--, depth++) {
		yysymbol_kind_t sym = (yysymbol_kind_t)yystos[*s];
		if (sym == YYSYMBOL_LBRACE || sym == YYSYMBOL_LBRACK)
			return false;
		if (sym != YYSYMBOL_LPAREN)
			continue;
		switch (stack_sym(ctx, depth + 1)) {
		case YYSYMBOL_primary: case YYSYMBOL_hprimary: case YYSYMBOL_littype:
		case YYSYMBOL_FUNC: case YYSYMBOL_decl_func: case YYSYMBOL_params:
		case YYSYMBOL_signature: case YYSYMBOL_IDENT:
		case YYSYMBOL_VAR: case YYSYMBOL_CONST: case YYSYMBOL_TYPE: case YYSYMBOL_IMPORT:
		case YYSYMBOL_YYEMPTY:
			return false;
		default:
			return true;
		}
	}
	return false;
}

static void list_advance(const yypcontext_t *ctx, int close)
{
	static const int follow[] = {TOK_RPAREN, TOK_RBRACK, TOK_RBRACE, 0};
	skip_to(ctx, follow, close);
}

// After "at end of statement": on to the next statement or the block's end.
static void stmt_advance(const yypcontext_t *ctx)
{
	static const int follow[] = {TOK_SEMICOLON, TOK_RBRACE, TOK_CASE, TOK_DEFAULT, 0};
	int t = yychar;
	if (t == TOK_RBRACE || t == TOK_CASE || t == TOK_DEFAULT)
		return;
	skip_to(ctx, follow, TOK_SEMICOLON);
	if (yychar == TOK_SEMICOLON && held.valid &&
	    (held.tok == TOK_RBRACE || held.tok == TOK_CASE || held.tok == TOK_DEFAULT ||
	     held.tok == TOK_YYEOF)) {
		// No statement follows: the block's end is the next token.
		held.valid = false;
		yychar = held.tok;
		yylval = held.val;
		yylloc = held.loc;
		lex_last = held.last;
	}
}

// After an error between top-level declarations: on to the next one.
static void decl_advance(const yypcontext_t *ctx)
{
	static const int follow[] = {TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC, 0};
	skip_to(ctx, follow, TOK_SEMICOLON);
}

// A bracket is open on the parser's stack.
static bool open_bracket(const yypcontext_t *ctx)
{
	for (const yy_state_t *s = ctx->yyssp; *s != 0; s--) {
		yysymbol_kind_t sym = (yysymbol_kind_t)yystos[*s];
		if (sym == YYSYMBOL_LPAREN || sym == YYSYMBOL_LBRACK || sym == YYSYMBOL_LBRACE)
			return true;
	}
	return false;
}

/* A missing operand directly in a top-level declaration: Go skips to a
 * closing bracket, where the declaration has ended, so that token is
 * "after top level declaration" (unless it is EOF); then on to the next
 * declaration. */
static void top_expr_advance(const yypcontext_t *ctx)
{
	int t = yychar;
	skipping = true;
	while (t != TOK_RPAREN && t != TOK_RBRACK && t != TOK_RBRACE && t != TOK_YYEOF)
		t = lex_header_var(true);
	skipping = false;
	yychar = t;
	if (t == TOK_YYEOF)
		return;
	syntax_error(lex_last.pos, "unexpected %s after top level declaration", lex_token_desc(), NULL);
	decl_advance(ctx);
}

static int yyreport_syntax_error(const yypcontext_t *ctx)
{
	Pos p = *yypcontext_location(ctx);
	list_closed = false;
	if (fatal)
		return 0;
	yysymbol_kind_t top0 = (yysymbol_kind_t)yystos[*ctx->yyssp];
	call_operand_missing = top0 == YYSYMBOL_GO || top0 == YYSYMBOL_DEFER;
	go_operand_wanted = top0 == YYSYMBOL_primary &&
		(stack_sym(ctx, 1) == YYSYMBOL_GO || stack_sym(ctx, 1) == YYSYMBOL_DEFER);
	go_operand = NULL;
	call_operand_pos = p;
	if (!saw_package && lex_last.tok != TOK_PACKAGE) {
		// go build reads the package clause with go/parser first.
		const char *found = lex_last.tok == TOK_IDENT ? lex_last.text
			: arena_sprintf(&ast_arena, "'%s'", lex_last.tok == TOK_YYEOF
					? "EOF" : lex_token_desc());
		diag_errorf(p, "expected 'package', found %s", found);
		fatal = true;
		return 0;
	}
	if (lex_last.tok == TOK_YYEOF && last_err_line)
		return 0; // Go: avoid meaningless follow-up errors
	enum { MAXEXP = 128 };
	yysymbol_kind_t exp[MAXEXP];
	int n = yypcontext_expected_tokens(ctx, exp, MAXEXP);
	if (n < 0)
		n = 0;
	bool has[YYNTOKENS] = {0};
	for (int i = 0; i < n; i++)
		if (exp[i] >= 0 && exp[i] < YYNTOKENS)
			has[exp[i]] = true;
	const char *tok = lex_token_desc();
	yysymbol_kind_t top = (yysymbol_kind_t)yystos[*ctx->yyssp];
	if (header_error(ctx, p, has, tok) || missing_error(ctx, p, has, tok))
		;
	else if (top == YYSYMBOL_ELSE)
		syntax_error(p, "else must be followed by if or statement block", NULL, NULL);
	else if (has[YYSYMBOL_CASE] && has[YYSYMBOL_DEFAULT] && has[YYSYMBOL_RBRACE])
		syntax_error(p, "unexpected %s, expecting case or default or }", tok, NULL);
	else if (has[YYSYMBOL_COLON] && in_case(ctx))
		syntax_error(p, "unexpected %s, expecting :", tok, NULL);
	else if (has[YYSYMBOL_COMMA] && has[YYSYMBOL_RBRACE] && !has[YYSYMBOL_SEMICOLON]) {
		syntax_error(p, "unexpected %s in composite literal; possibly missing comma or }", tok, NULL);
		list_advance(ctx, TOK_RBRACE);
	} else if (has[YYSYMBOL_COMMA] && has[YYSYMBOL_RPAREN] && !has[YYSYMBOL_SEMICOLON]) {
		syntax_error(p, "unexpected %s in %s; possibly missing comma or )", tok,
			     in_params(ctx) ? "parameter list" : "argument list");
		list_advance(ctx, TOK_RPAREN);
	}
	else if (has[YYSYMBOL_INT] && has[YYSYMBOL_IDENT] && has[YYSYMBOL_RPAREN] && !in_params(ctx)
		 && (top == YYSYMBOL_LPAREN || top == YYSYMBOL_COMMA))
		syntax_error(p, "unexpected %s, expecting expression", tok, NULL);
	else if (has[YYSYMBOL_IF] && has[YYSYMBOL_RBRACE])
		syntax_error(p, "unexpected %s, expecting }", tok, NULL);
	else if (has[YYSYMBOL_SEMICOLON] && has[YYSYMBOL_RBRACE]) {
		syntax_error(p, "unexpected %s at end of statement", tok, NULL);
		stmt_advance(ctx);
	} else if (has[YYSYMBOL_FUNC] && has[YYSYMBOL_VAR] && has[YYSYMBOL_IMPORT]) {
		if (lex_last.tok == TOK_LBRACE)
			syntax_error(p, "unexpected semicolon or newline before {", NULL, NULL);
		else
			syntax_error(p, "non-declaration statement outside function body", NULL, NULL);
		decl_advance(ctx);
	} else if (has[YYSYMBOL_SEMICOLON] && !has[YYSYMBOL_RPAREN]) {
		syntax_error(p, "unexpected %s after top level declaration", tok, NULL);
		decl_advance(ctx);
	}
	else if (has[YYSYMBOL_INT] && has[YYSYMBOL_IDENT] && has[YYSYMBOL_LPAREN]
		 && !has[YYSYMBOL_RPAREN] && !has[YYSYMBOL_RBRACK]) {
		syntax_error(p, "unexpected %s, expecting expression", tok, NULL);
		if (!in_func_body(ctx) && !open_bracket(ctx))
			top_expr_advance(ctx);
	}
	else if (n == 2 && has[YYSYMBOL_IDENT] && has[YYSYMBOL_RPAREN] && in_decl_group(ctx))
		syntax_error(p, "unexpected %s, expecting name", tok, NULL);
	else if (n == 1)
		syntax_error(p, "unexpected %s, expecting %s", tok, expect_name(exp[0]));
	else if (n == 2 && has[YYSYMBOL_PERIOD] && has[YYSYMBOL_RPAREN]) {
		// A type name just read inside (...): Go's parser wants the ')'.
		syntax_error(p, "unexpected %s, expecting )", tok, NULL);
		if (in_operand_paren(ctx))
			want_advance(TOK_RPAREN);
	}
	else if (n == 2)
		syntax_error(p, "unexpected %s, expecting %s", tok,
			     arena_sprintf(&ast_arena, "%s or %s", expect_name(exp[0]),
					   expect_name(exp[1])));
	else if (has[YYSYMBOL_RPAREN] && !has[YYSYMBOL_INT]) {
		syntax_error(p, "unexpected %s, expecting )", tok, NULL);
		if (in_operand_paren(ctx))
			want_advance(TOK_RPAREN);
	}
	else if (has[YYSYMBOL_RBRACK] && !has[YYSYMBOL_INT])
		syntax_error(p, "unexpected %s, expecting ]", tok, NULL);
	else if (has[YYSYMBOL_IDENT] && has[YYSYMBOL_MUL] && has[YYSYMBOL_CHAN] && !has[YYSYMBOL_INT])
		syntax_error(p, "unexpected %s, expecting type", tok, NULL);
	else
		syntax_error(p, "unexpected %s", tok, NULL);
	return 0;
}

/* `<-` before a channel type makes a receive-only channel type, not a
 * receive: Go parses the operand first and then moves the arrow onto it.
 * The outer chan becomes receive-only, and so does each chan below it as
 * long as the one above was send-only (`<-chan<-chan int` is
 * `<-chan (<-chan int)`). Its errors are at the token after the operand. */
static Node *recv_or_chantype(Pos p, Node *x, bool have_next)
{
	if (x->kind != ND_CHANTYPE)
		return ast_unary(p, TOK_ARROW, x);
	const char *msg = NULL;
	int dir = CHAN_SEND;
	Node *t = x;
	while (dir == CHAN_SEND) {
		while (t->kind == ND_PAREN && t != x)
			t = t->u.paren.x;
		if (t->kind != ND_CHANTYPE)
			break;
		dir = t->u.chantype.dir;
		if (dir == CHAN_RECV && !msg)
			msg = "unexpected <-, expecting chan";
		t->u.chantype.dir = CHAN_RECV;
		t = t->u.chantype.elem;
	}
	if (dir == CHAN_SEND && !msg)
		msg = arena_sprintf(&ast_arena, "unexpected %s, expecting chan", expr_string(t));
	if (msg) {
		if (have_next)
			syntax_error(lex_last.pos, "%s", msg, NULL);
		else
			error_at_next = msg;
	}
	x->pos = p;
	return x;
}

static void yyerror(const char *msg)
{
	// Only bison's own failures reach here ("memory exhausted").
	if (strstr(msg, "exhausted"))
		diag_errorf(lex_last.pos, "too deeply nested");
	else
		diag_errorf(lex_last.pos, "%s", msg);
}

Node *parse_source(const char *src, size_t len);

// A library package's declarations (frontend/library.c), parsed while the
// user's file is being checked: the user's //go:noinline lines are kept.
Node *parse_lib_source(const char *src, size_t len)
{
	lex_keep_directives(true);
	Node *n = parse_source(src, len);
	lex_keep_directives(false);
	return n;
}

Node *parse_source(const char *src, size_t len)
{
	parse_result = NULL;
	error_at_next = NULL;
	held.valid = false;
	call_operand_missing = false;
	go_operand_wanted = false;
	go_operand = NULL;
	func_decl = false;
	skipping = false;
	list_closed = false;
	saw_package = false;
	fatal = false;
	last_err_line = 0;
	prev_tok = 0;
	lex_init(src, len);
	yyparse();
	lex_finish();
	// With syntax errors nothing is type-checked: the directives' errors
	// go out with them.
	if (diag_count() > 0)
		dir_report_parse();
	if (!parse_result) {
		parse_result = ast_file(NULL, (NodeList){0});
		parse_result->pos = (Pos){1, 1};
	}
	return parse_result;
}
