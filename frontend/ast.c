// ast.c: node allocation, kind/builtin names, Go-syntax printing of
// expressions for messages (ast_string) and the tree dump (`-d a`).
#include "ast.h"
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>

static int next_id, base_id;

Node *ast_new(NodeKind kind, Pos pos)
{
	Node *n = arena_zalloc(&ast_arena, sizeof *n);
	n->kind = kind;
	n->pos = pos;
	n->id = ++next_id;
	return n;
}

void ast_reset_ids(void)
{
	next_id = base_id;
}

void ast_freeze_ids(void)
{
	base_id = next_id;
}

int ast_max_id(void)
{
	return next_id;
}

// ORDER NODEKIND
static const char *const kind_names[ND__COUNT] = {
	"BAD", "IDENT", "INTLIT", "FLOATLIT", "IMAGLIT", "RUNELIT", "STRINGLIT",
	"COMPOSITE", "FUNCLIT", "PAREN", "SELECTOR", "INDEX", "SLICE", "TYPEASSERT",
	"CALL", "STAR", "UNARY", "BINARY", "KEYVALUE", "CONV", "INLCALL",
	"ARRAYTYPE", "ELLIPSIS", "MAPTYPE", "CHANTYPE", "FUNCTYPE", "STRUCTTYPE",
	"INTERFACETYPE", "FIELD",
	"EMPTY", "BLOCK", "EXPRSTMT", "SEND", "INCDEC", "ASSIGN", "DECLSTMT", "LABELED",
	"GO", "DEFER", "RETURN", "BRANCH", "IF", "SWITCH", "TYPESWITCH", "CASECLAUSE",
	"SELECT", "COMMCLAUSE", "FOR", "RANGE",
	"IMPORT", "VARSPEC", "CONSTSPEC", "TYPESPEC", "FUNCDECL", "FILE", "INLDONE",
};

const char *ast_kind_name(NodeKind kind)
{
	if (kind < 0 || kind >= ND__COUNT || !kind_names[kind])
		return "?";
	return kind_names[kind];
}

// ORDER BUILTIN
static const char *const builtin_names[BI__COUNT] = {
	"", "append", "cap", "close", "copy", "delete", "len", "make", "new",
	"panic", "print", "println", "recover", "complex", "real", "imag",
	"fmt.Println", "fmt.Printf", "fmt.Sprintf", "fmt.Sprint", "fmt.Print",
	"fmt.Sprintln", "fmt.Errorf",
	"Add", "Done", "Wait", "Lock", "Unlock", "TryLock", "Do", "lib",
};

const char *ast_builtin_name(Builtin b)
{
	if (b < 0 || b >= BI__COUNT)
		return "?";
	return builtin_names[b];
}

Node *ast_unparen(Node *n)
{
	while (n && n->kind == ND_PAREN)
		n = n->u.paren.x;
	return n;
}

// {==================== ast_string ====================

typedef struct Buf {
	char *p;
	size_t len, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

static void puts_(Buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void print_node(Buf *b, Node *n);

static void print_list(Buf *b, NodeList l)
{
	for (int i = 0; i < l.len; i++) {
		if (i)
			puts_(b, ", ");
		print_node(b, l.items[i]);
	}
}

static void print_fields(Buf *b, NodeList l, const char *sep)
{
	for (int i = 0; i < l.len; i++) {
		Node *f = l.items[i];
		if (i)
			puts_(b, sep);
		print_list(b, f->u.field.names);
		if (f->u.field.names.len)
			puts_(b, " ");
		print_node(b, f->u.field.ftype);
	}
}

static void print_sig(Buf *b, Node *ft)
{
	puts_(b, "(");
	print_fields(b, ft->u.functype.params, ", ");
	puts_(b, ")");
	NodeList r = ft->u.functype.results;
	if (r.len == 1 && r.items[0]->u.field.names.len == 0) {
		puts_(b, " ");
		print_node(b, r.items[0]->u.field.ftype);
	} else if (r.len) {
		puts_(b, " (");
		print_fields(b, r, ", ");
		puts_(b, ")");
	}
}

static void print_node(Buf *b, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_BAD: puts_(b, "BadExpr"); break;
	case ND_IDENT: puts_(b, n->u.ident.name); break;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRINGLIT:
		puts_(b, n->u.lit.text);
		break;
	case ND_COMPOSITE:
		print_node(b, n->u.composite.ctype);
		puts_(b, n->u.composite.elems.len ? "{…}" : "{}");
		break;
	case ND_FUNCLIT:
		puts_(b, "func");
		print_sig(b, n->u.funclit.ftype);
		puts_(b, " {…}");
		break;
	case ND_PAREN: puts_(b, "("); print_node(b, n->u.paren.x); puts_(b, ")"); break;
	case ND_SELECTOR:
		print_node(b, n->u.sel.x);
		puts_(b, ".");
		puts_(b, n->u.sel.name);
		break;
	case ND_INDEX:
		print_node(b, n->u.index.x);
		puts_(b, "[");
		print_node(b, n->u.index.index);
		puts_(b, "]");
		break;
	case ND_SLICE:
		print_node(b, n->u.slice.x);
		puts_(b, "[");
		print_node(b, n->u.slice.lo);
		puts_(b, ":");
		print_node(b, n->u.slice.hi);
		if (n->u.slice.three) {
			puts_(b, ":");
			print_node(b, n->u.slice.max);
		}
		puts_(b, "]");
		break;
	case ND_TYPEASSERT:
		print_node(b, n->u.assert.x);
		puts_(b, ".(");
		if (n->u.assert.atype)
			print_node(b, n->u.assert.atype);
		else
			puts_(b, "type");
		puts_(b, ")");
		break;
	case ND_CALL:
		print_node(b, n->u.call.fn);
		puts_(b, "(");
		print_list(b, n->u.call.args);
		if (n->u.call.spread)
			puts_(b, "...");
		puts_(b, ")");
		break;
	case ND_STAR: puts_(b, "*"); print_node(b, n->u.star.x); break;
	case ND_UNARY:
		puts_(b, lex_token_name(n->u.unary.op));
		print_node(b, n->u.unary.x);
		break;
	case ND_BINARY:
		print_node(b, n->u.binary.x);
		puts_(b, " ");
		puts_(b, lex_token_name(n->u.binary.op));
		puts_(b, " ");
		print_node(b, n->u.binary.y);
		break;
	case ND_KEYVALUE:
		print_node(b, n->u.kv.key);
		puts_(b, ": ");
		print_node(b, n->u.kv.value);
		break;
	case ND_CONV: print_node(b, n->u.conv.x); break;
	// Go prints an inlined call as the variable holding its value.
	case ND_INLCALL:
		if (n->u.inl.results.len)
			print_node(b, n->u.inl.results.items[0]);
		else
			print_node(b, n->u.inl.call);
		break;
	case ND_ARRAYTYPE:
		puts_(b, "[");
		print_node(b, n->u.arraytype.len);
		puts_(b, "]");
		print_node(b, n->u.arraytype.elem);
		break;
	case ND_ELLIPSIS: puts_(b, "..."); print_node(b, n->u.ellipsis.elem); break;
	case ND_MAPTYPE:
		puts_(b, "map[");
		print_node(b, n->u.maptype.key);
		puts_(b, "]");
		print_node(b, n->u.maptype.value);
		break;
	case ND_CHANTYPE:
		puts_(b, n->u.chantype.dir == CHAN_RECV ? "<-chan " :
		      n->u.chantype.dir == CHAN_SEND ? "chan<- " : "chan ");
		print_node(b, n->u.chantype.elem);
		break;
	case ND_FUNCTYPE: puts_(b, "func"); print_sig(b, n); break;
	case ND_STRUCTTYPE:
		puts_(b, "struct{");
		print_fields(b, n->u.structtype.fields, "; ");
		puts_(b, "}");
		break;
	case ND_INTERFACETYPE:
		puts_(b, "interface{");
		for (int i = 0; i < n->u.ifacetype.methods.len; i++) {
			Node *f = n->u.ifacetype.methods.items[i];
			if (i)
				puts_(b, "; ");
			if (f->u.field.names.len) {
				print_node(b, f->u.field.names.items[0]);
				print_sig(b, f->u.field.ftype);
			} else {
				print_node(b, f->u.field.ftype);
			}
		}
		puts_(b, "}");
		break;
	case ND_FIELD: print_fields(b, (NodeList){&n, 1, 1}, ""); break;
	case ND_EXPRSTMT: print_node(b, n->u.exprstmt.x); break;
	case ND_SEND:
		print_node(b, n->u.send.ch);
		puts_(b, " <- ");
		print_node(b, n->u.send.value);
		break;
	case ND_INCDEC:
		print_node(b, n->u.incdec.x);
		puts_(b, n->u.incdec.op == TOK_INC ? "++" : "--");
		break;
	case ND_ASSIGN:
		print_list(b, n->u.assign.lhs);
		puts_(b, " ");
		puts_(b, lex_token_name(n->u.assign.op));
		puts_(b, " ");
		print_list(b, n->u.assign.rhs);
		break;
	case ND_EMPTY: case ND_BLOCK: case ND_DECLSTMT: case ND_LABELED: case ND_GO:
	case ND_DEFER: case ND_RETURN: case ND_BRANCH: case ND_IF: case ND_SWITCH:
	case ND_TYPESWITCH: case ND_CASECLAUSE: case ND_SELECT: case ND_COMMCLAUSE:
	case ND_FOR: case ND_RANGE: case ND_IMPORT: case ND_VARSPEC: case ND_CONSTSPEC:
	case ND_TYPESPEC: case ND_FUNCDECL: case ND_FILE: case ND_INLDONE: case ND__COUNT:
		puts_(b, ast_kind_name(n->kind));
		break;
	}
}

const char *ast_string(Node *n)
{
	Buf b = {0};
	puts_(&b, "");
	print_node(&b, n);
	char *s = arena_strndup(&ast_arena, b.p, b.len);
	free(b.p);
	return s;
}

// }==================== ast_dump ====================

static void dump_list(const char *label, NodeList l, int indent);

static void dump_child(const char *label, Node *n, int indent)
{
	if (!n)
		return;
	fprintf(stderr, "%*s%s:\n", indent * 2, "", label);
	ast_dump(n, indent + 1);
}

static void dump_list(const char *label, NodeList l, int indent)
{
	if (l.len == 0)
		return;
	fprintf(stderr, "%*s%s[%d]:\n", indent * 2, "", label, l.len);
	for (int i = 0; i < l.len; i++)
		ast_dump(l.items[i], indent + 1);
}

void ast_dump(Node *n, int indent)
{
	if (!n) {
		fprintf(stderr, "%*s<nil>\n", indent * 2, "");
		return;
	}
	fprintf(stderr, "%*s%s %d:%d", indent * 2, "", ast_kind_name(n->kind), n->pos.line,
		n->pos.col);
	switch (n->kind) {
	case ND_IDENT: fprintf(stderr, " %s", n->u.ident.name); break;
	case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRINGLIT:
		fprintf(stderr, " %s", n->u.lit.text);
		break;
	case ND_SELECTOR: fprintf(stderr, " .%s", n->u.sel.name); break;
	case ND_UNARY: fprintf(stderr, " %s", lex_token_name(n->u.unary.op)); break;
	case ND_BINARY: fprintf(stderr, " %s", lex_token_name(n->u.binary.op)); break;
	case ND_ASSIGN: fprintf(stderr, " %s", lex_token_name(n->u.assign.op)); break;
	case ND_INCDEC: fprintf(stderr, " %s", lex_token_name(n->u.incdec.op)); break;
	case ND_BRANCH: fprintf(stderr, " %s", lex_token_name(n->u.branch.tok)); break;
	case ND_CHANTYPE: fprintf(stderr, " dir=%d", n->u.chantype.dir); break;
	case ND_CALL: if (n->u.call.spread) fprintf(stderr, " ..."); break;
	case ND_CONSTSPEC:
		fprintf(stderr, " iota=%d%s", n->u.spec.iota, n->u.spec.implicit ? " implicit" : "");
		break;
	case ND_IMPORT:
		fprintf(stderr, " %s\"%.*s\"", n->u.import.name ? n->u.import.name : "",
			(int)n->u.import.path.len, n->u.import.path.ptr);
		break;
	case ND_FIELD: if (n->u.field.embedded) fprintf(stderr, " embedded"); break;
	case ND_RANGE: if (n->u.range.define) fprintf(stderr, " :="); break;
	case ND_TYPESPEC: if (n->u.typespec.alias) fprintf(stderr, " alias"); break;
	default: break;
	}
	if (n->escapes)
		fprintf(stderr, " escapes");
	fputc('\n', stderr);
	int in = indent + 1;
	switch (n->kind) {
	case ND_BAD: case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT:
	case ND_RUNELIT: case ND_STRINGLIT: case ND_EMPTY: case ND_IMPORT: case ND__COUNT:
		break;
	case ND_COMPOSITE:
		dump_child("type", n->u.composite.ctype, in);
		dump_list("elems", n->u.composite.elems, in);
		break;
	case ND_FUNCLIT:
		dump_child("type", n->u.funclit.ftype, in);
		dump_child("body", n->u.funclit.body, in);
		break;
	case ND_PAREN: dump_child("x", n->u.paren.x, in); break;
	case ND_SELECTOR: dump_child("x", n->u.sel.x, in); break;
	case ND_INDEX:
		dump_child("x", n->u.index.x, in);
		dump_child("index", n->u.index.index, in);
		break;
	case ND_SLICE:
		dump_child("x", n->u.slice.x, in);
		dump_child("lo", n->u.slice.lo, in);
		dump_child("hi", n->u.slice.hi, in);
		dump_child("max", n->u.slice.max, in);
		break;
	case ND_TYPEASSERT:
		dump_child("x", n->u.assert.x, in);
		dump_child("type", n->u.assert.atype, in);
		break;
	case ND_CALL:
		dump_child("fn", n->u.call.fn, in);
		dump_list("args", n->u.call.args, in);
		break;
	case ND_STAR: dump_child("x", n->u.star.x, in); break;
	case ND_UNARY: dump_child("x", n->u.unary.x, in); break;
	case ND_BINARY:
		dump_child("x", n->u.binary.x, in);
		dump_child("y", n->u.binary.y, in);
		break;
	case ND_KEYVALUE:
		dump_child("key", n->u.kv.key, in);
		dump_child("value", n->u.kv.value, in);
		break;
	case ND_CONV: dump_child("x", n->u.conv.x, in); break;
	case ND_INLCALL:
		dump_child("call", n->u.inl.call, in);
		dump_child("body", n->u.inl.body, in);
		dump_list("results", n->u.inl.results, in);
		break;
	case ND_INLDONE: dump_child("assign", n->u.inl_done.assign, in); break;
	case ND_ARRAYTYPE:
		dump_child("len", n->u.arraytype.len, in);
		dump_child("elem", n->u.arraytype.elem, in);
		break;
	case ND_ELLIPSIS: dump_child("elem", n->u.ellipsis.elem, in); break;
	case ND_MAPTYPE:
		dump_child("key", n->u.maptype.key, in);
		dump_child("value", n->u.maptype.value, in);
		break;
	case ND_CHANTYPE: dump_child("elem", n->u.chantype.elem, in); break;
	case ND_FUNCTYPE:
		dump_list("params", n->u.functype.params, in);
		dump_list("results", n->u.functype.results, in);
		break;
	case ND_STRUCTTYPE: dump_list("fields", n->u.structtype.fields, in); break;
	case ND_INTERFACETYPE: dump_list("methods", n->u.ifacetype.methods, in); break;
	case ND_FIELD:
		dump_list("names", n->u.field.names, in);
		dump_child("type", n->u.field.ftype, in);
		break;
	case ND_BLOCK: dump_list("stmts", n->u.block.stmts, in); break;
	case ND_EXPRSTMT: dump_child("x", n->u.exprstmt.x, in); break;
	case ND_SEND:
		dump_child("ch", n->u.send.ch, in);
		dump_child("value", n->u.send.value, in);
		break;
	case ND_INCDEC: dump_child("x", n->u.incdec.x, in); break;
	case ND_ASSIGN:
		dump_list("lhs", n->u.assign.lhs, in);
		dump_list("rhs", n->u.assign.rhs, in);
		break;
	case ND_DECLSTMT: dump_list("specs", n->u.decl.specs, in); break;
	case ND_LABELED:
		dump_child("label", n->u.labeled.label, in);
		dump_child("stmt", n->u.labeled.stmt, in);
		break;
	case ND_GO: case ND_DEFER: dump_child("call", n->u.go.call, in); break;
	case ND_RETURN: dump_list("results", n->u.ret.results, in); break;
	case ND_BRANCH: dump_child("label", n->u.branch.label, in); break;
	case ND_IF:
		dump_child("init", n->u.ifs.init, in);
		dump_child("cond", n->u.ifs.cond, in);
		dump_child("then", n->u.ifs.then, in);
		dump_child("else", n->u.ifs.els, in);
		break;
	case ND_SWITCH:
		dump_child("init", n->u.sw.init, in);
		dump_child("tag", n->u.sw.tag, in);
		dump_list("clauses", n->u.sw.clauses, in);
		break;
	case ND_TYPESWITCH:
		dump_child("init", n->u.tsw.init, in);
		dump_child("bind", n->u.tsw.bind, in);
		dump_child("x", n->u.tsw.x, in);
		dump_list("clauses", n->u.tsw.clauses, in);
		break;
	case ND_CASECLAUSE: case ND_COMMCLAUSE:
		if (n->u.clause.is_default)
			fprintf(stderr, "%*sdefault\n", in * 2, "");
		dump_list("list", n->u.clause.list, in);
		dump_list("body", n->u.clause.body, in);
		break;
	case ND_SELECT: dump_list("clauses", n->u.sel_stmt.clauses, in); break;
	case ND_FOR:
		dump_child("init", n->u.fors.init, in);
		dump_child("cond", n->u.fors.cond, in);
		dump_child("post", n->u.fors.post, in);
		dump_child("body", n->u.fors.body, in);
		break;
	case ND_RANGE:
		dump_child("key", n->u.range.key, in);
		dump_child("value", n->u.range.value, in);
		dump_child("x", n->u.range.x, in);
		dump_child("body", n->u.range.body, in);
		break;
	case ND_VARSPEC: case ND_CONSTSPEC:
		dump_list("names", n->u.spec.names, in);
		dump_child("type", n->u.spec.vtype, in);
		if (!n->u.spec.implicit)
			dump_list("values", n->u.spec.values, in);
		break;
	case ND_TYPESPEC:
		dump_child("name", n->u.typespec.name, in);
		dump_child("type", n->u.typespec.ttype, in);
		break;
	case ND_FUNCDECL:
		dump_child("recv", n->u.func.recv, in);
		dump_child("name", n->u.func.name, in);
		dump_child("type", n->u.func.ftype, in);
		dump_child("body", n->u.func.body, in);
		break;
	case ND_FILE:
		dump_child("package", n->u.file.pkg, in);
		dump_list("imports", n->u.file.imports, in);
		dump_list("decls", n->u.file.decls, in);
		break;
	}
}

// Go's spelling of an operator token (+, <-, +=, ++), shared by the
// checker's messages and escape analysis's expression printer.
const char *ast_op_string(int op)
{
	switch (op) {
	case TOK_ADD: return "+";
	case TOK_SUB: return "-";
	case TOK_MUL: return "*";
	case TOK_QUO: return "/";
	case TOK_REM: return "%";
	case TOK_AND: return "&";
	case TOK_OR: return "|";
	case TOK_XOR: return "^";
	case TOK_SHL: return "<<";
	case TOK_SHR: return ">>";
	case TOK_AND_NOT: return "&^";
	case TOK_LAND: return "&&";
	case TOK_LOR: return "||";
	case TOK_ARROW: return "<-";
	case TOK_EQL: return "==";
	case TOK_NEQ: return "!=";
	case TOK_LSS: return "<";
	case TOK_LEQ: return "<=";
	case TOK_GTR: return ">";
	case TOK_GEQ: return ">=";
	case TOK_NOT: return "!";
	case TOK_ADD_ASSIGN: return "+=";
	case TOK_SUB_ASSIGN: return "-=";
	case TOK_MUL_ASSIGN: return "*=";
	case TOK_QUO_ASSIGN: return "/=";
	case TOK_REM_ASSIGN: return "%=";
	case TOK_AND_ASSIGN: return "&=";
	case TOK_OR_ASSIGN: return "|=";
	case TOK_XOR_ASSIGN: return "^=";
	case TOK_SHL_ASSIGN: return "<<=";
	case TOK_SHR_ASSIGN: return ">>=";
	case TOK_AND_NOT_ASSIGN: return "&^=";
	case TOK_INC: return "++";
	case TOK_DEC: return "--";
	default: return "?";
	}
}
