// ast_build.c: AST constructors for parse.y's actions.
//
// Besides allocating nodes at Go's positions, these finish the syntax that
// the LALR grammar leaves open, the way Go's own parser does after reading
// a construct: grouping `a, b int` parameters, iota and implicit repetition
// in const groups, telling a type switch from an expression switch, and
// checking the statements allowed in if/for/switch/select headers.
#include "ast_build.h"
#include "parse.h"

static const char *list_string(NodeList l)
{
	const char *s = "";
	for (int i = 0; i < l.len; i++)
		s = arena_sprintf(&ast_arena, "%s%s%s", s, i ? ", " : "", ast_string(l.items[i]));
	return s;
}

NodeList ast_list1(Node *n)
{
	NodeList l = {0};
	vec_push(&ast_arena, &l, n);
	return l;
}

Node *ast_ident(Pos p, const char *name)
{
	Node *n = ast_new(ND_IDENT, p);
	n->u.ident.name = name;
	return n;
}

// decls: ND_DECLSTMT (imports, var/const/type groups) and ND_FUNCDECL.
// Import specs move to file.imports; the rest keep their order.
Node *ast_file(Node *pkg, NodeList decls)
{
	Node *f = ast_new(ND_FILE, pkg ? pkg->pos : (Pos){1, 1});
	f->u.file.pkg = pkg;
	bool other = false;
	for (int i = 0; i < decls.len; i++) {
		Node *d = decls.items[i];
		bool is_import = d->kind == ND_DECLSTMT && d->u.decl.specs.len > 0 &&
			d->u.decl.specs.items[0]->kind == ND_IMPORT;
		if (d->kind == ND_DECLSTMT && d->u.decl.specs.len == 0)
			continue;
		if (is_import) {
			if (other)
				diag_errorf(d->pos, "syntax error: imports must appear before other declarations");
			for (int j = 0; j < d->u.decl.specs.len; j++)
				vec_push(&ast_arena, &f->u.file.imports, d->u.decl.specs.items[j]);
			continue;
		}
		other = true;
		vec_push(&ast_arena, &f->u.file.decls, d);
	}
	return f;
}

Node *ast_decl_stmt(Pos p, NodeList specs)
{
	Node *n = ast_new(ND_DECLSTMT, p);
	n->u.decl.specs = specs;
	return n;
}

Node *ast_import(Pos p, const char *name, Node *path)
{
	Node *n = ast_new(ND_IMPORT, p);
	n->u.import.name = name;
	n->u.import.path = path->u.lit.val;
	return n;
}

// iota counts the specs of a group; a spec with neither type nor values
// repeats the previous one's (the same Node pointers, implicit = true).
NodeList ast_const_group(NodeList specs)
{
	Node *prev = NULL;
	for (int i = 0; i < specs.len; i++) {
		Node *s = specs.items[i];
		s->u.spec.iota = i;
		if (!s->u.spec.vtype && s->u.spec.values.len == 0) {
			if (prev) {
				s->u.spec.vtype = prev->u.spec.vtype;
				s->u.spec.values = prev->u.spec.values;
				s->u.spec.implicit = true;
			}
		} else {
			prev = s;
		}
	}
	return specs;
}

Node *ast_spec(NodeKind kind, NodeList names, Node *vtype, NodeList values)
{
	Node *n = ast_new(kind, names.items[0]->pos);
	n->u.spec.names = names;
	n->u.spec.vtype = vtype;
	n->u.spec.values = values;
	return n;
}

Node *ast_typespec(Node *name, Node *ttype, bool alias)
{
	Node *n = ast_new(ND_TYPESPEC, name->pos);
	n->u.typespec.name = name;
	n->u.typespec.ttype = ttype;
	n->u.typespec.alias = alias;
	return n;
}

Node *ast_funcdecl(Pos p, Node *recv, Node *name, Node *ftype, Node *body)
{
	Node *n = ast_new(ND_FUNCDECL, p);
	n->u.func.recv = recv;
	n->u.func.name = name;
	n->u.func.after_func = name->pos;
	n->u.func.ftype = ftype;
	ftype->pos = p;
	n->u.func.body = body;
	if (body)
		n->pos2 = body->pos2;
	return n;
}

// p: the method name, where Go reports a receiver list that is not one.
Node *ast_receiver(Pos p, NodeList params)
{
	if (params.len == 0) {
		diag_errorf(p, "method has no receiver");
		return NULL;
	}
	if (params.len > 1 || params.items[0]->u.field.names.len > 1)
		diag_errorf(p, "method has multiple receivers");
	return params.items[0];
}

Node *ast_functype(Pos p, NodeList params, NodeList results)
{
	Node *n = ast_new(ND_FUNCTYPE, p);
	n->u.functype.params = params;
	n->u.functype.results = results;
	return n;
}

// raw: one ND_FIELD per comma-separated entry, each with at most one name.
// When some entry is `name Type`, the bare entries before it are names
// sharing its type (`a, b int`); otherwise every entry is a type.
NodeList ast_params(NodeList raw)
{
	bool named = false;
	for (int i = 0; i < raw.len; i++)
		if (raw.items[i]->u.field.names.len)
			named = true;
	if (!named)
		return raw;
	NodeList out = {0};
	NodeList pending = {0};
	Pos bad = {0, 0};
	for (int i = 0; i < raw.len; i++) {
		Node *f = raw.items[i];
		if (f->u.field.names.len == 0) {
			if (f->u.field.ftype->kind == ND_IDENT)
				vec_push(&ast_arena, &pending, f->u.field.ftype);
			else if (!bad.line)
				bad = f->pos;
			continue;
		}
		if (pending.len) {
			NodeList names = pending;
			vec_push(&ast_arena, &names, f->u.field.names.items[0]);
			f->u.field.names = names;
			f->pos = names.items[0]->pos;
			pending = (NodeList){0};
		}
		vec_push(&ast_arena, &out, f);
	}
	if (pending.len && !bad.line)
		bad = pending.items[pending.len - 1]->pos;
	if (bad.line)
		diag_errorf(bad, "syntax error: mixed named and unnamed parameters");
	return out;
}

Node *ast_field(Pos p, NodeList names, Node *ftype)
{
	Node *n = ast_new(ND_FIELD, p);
	n->u.field.names = names;
	n->u.field.ftype = ftype;
	return n;
}

Node *ast_embedded(Pos p, Node *ftype)
{
	Node *n = ast_field(p, (NodeList){0}, ftype);
	n->u.field.embedded = true;
	return n;
}

void ast_tag(Node *tag)
{
	diag_errorf(tag->pos, "struct tags are not supported");
}

Node *ast_ellipsis(Pos p, Node *elem)
{
	Node *n = ast_new(ND_ELLIPSIS, p);
	n->u.ellipsis.elem = elem;
	return n;
}

Node *ast_paren(Pos p, Node *x)
{
	Node *n = ast_new(ND_PAREN, p);
	n->u.paren.x = x;
	return n;
}

Node *ast_star(Pos p, Node *x)
{
	Node *n = ast_new(ND_STAR, p);
	n->u.star.x = x;
	return n;
}

Node *ast_chantype(Pos p, int dir, Node *elem)
{
	Node *n = ast_new(ND_CHANTYPE, p);
	n->u.chantype.dir = dir;
	n->u.chantype.elem = elem;
	return n;
}

Node *ast_arraytype(Pos p, Node *len, Node *elem)
{
	Node *n = ast_new(ND_ARRAYTYPE, p);
	n->u.arraytype.len = len;
	n->u.arraytype.elem = elem;
	return n;
}

Node *ast_maptype(Pos p, Node *key, Node *value)
{
	Node *n = ast_new(ND_MAPTYPE, p);
	n->u.maptype.key = key;
	n->u.maptype.value = value;
	return n;
}

Node *ast_structtype(Pos p, NodeList fields)
{
	Node *n = ast_new(ND_STRUCTTYPE, p);
	n->u.structtype.fields = fields;
	return n;
}

Node *ast_ifacetype(Pos p, NodeList methods)
{
	Node *n = ast_new(ND_INTERFACETYPE, p);
	n->u.ifacetype.methods = methods;
	return n;
}

Node *ast_selector(Pos p, Node *x, const char *name, Pos name_pos)
{
	Node *n = ast_new(ND_SELECTOR, p);
	n->u.sel.x = x;
	n->u.sel.name = name;
	n->u.sel.name_pos = name_pos;
	return n;
}

Node *ast_binary(Pos p, int op, Node *x, Node *y)
{
	Node *n = ast_new(ND_BINARY, p);
	n->u.binary.op = op;
	n->u.binary.x = x;
	n->u.binary.y = y;
	return n;
}

// `<-chan T` reaches here as <- applied to the type `chan T`: like Go's
// parser, turn it into a receive-only channel type.
Node *ast_unary(Pos p, int op, Node *x)
{
	Node *n = ast_new(ND_UNARY, p);
	n->u.unary.op = op;
	n->u.unary.x = x;
	return n;
}

Node *ast_assert(Pos p, Node *x, Node *atype)
{
	Node *n = ast_new(ND_TYPEASSERT, p);
	n->u.assert.x = x;
	n->u.assert.atype = atype;
	return n;
}

Node *ast_index(Pos p, Node *x, Node *index)
{
	Node *n = ast_new(ND_INDEX, p);
	n->u.index.x = x;
	n->u.index.index = index;
	return n;
}

Node *ast_slice(Pos p, Node *x, Node *lo, Node *hi, Node *max, bool three)
{
	Node *n = ast_new(ND_SLICE, p);
	n->u.slice.x = x;
	n->u.slice.lo = lo;
	n->u.slice.hi = hi;
	n->u.slice.max = max;
	n->u.slice.three = three;
	return n;
}

Node *ast_slice3(Pos p, Node *x, Node *lo, Node *hi, Node *max, Pos colon1, Pos colon2,
		 Pos rbrack)
{
	(void)colon1;
	if (!hi)
		diag_errorf(colon2, "middle index required in 3-index slice");
	if (!max)
		diag_errorf(rbrack, "final index required in 3-index slice");
	return ast_slice(p, x, lo, hi, max, true);
}

Node *ast_call(Pos p, Node *fn, NodeList args, bool spread, Pos rparen)
{
	Node *n = ast_new(ND_CALL, p);
	n->pos2 = rparen;
	n->u.call.fn = fn;
	n->u.call.args = args;
	n->u.call.spread = spread;
	return n;
}

// Go accepts `T{...}` only for (qualified) type names and array, slice,
// map and struct types; the grammar's `primary {` lets others through.
Node *ast_composite(Pos p, Node *ctype, NodeList elems, Pos rbrace)
{
	if (ctype) {
		switch (ctype->kind) {
		case ND_IDENT: case ND_SELECTOR: case ND_ARRAYTYPE: case ND_MAPTYPE:
		case ND_STRUCTTYPE: case ND_INDEX: case ND_BAD:
			break;
		case ND_PAREN:
			diag_errorf(p, "syntax error: cannot parenthesize type in composite literal");
			break;
		default:
			diag_errorf(p, "syntax error: unexpected {, expecting comma or )");
			break;
		}
	}
	Node *n = ast_new(ND_COMPOSITE, p);
	n->u.composite.ctype = ctype;
	n->u.composite.elems = elems;
	n->u.composite.rbrace = rbrace;
	n->pos2 = rbrace;
	return n;
}

Node *ast_keyvalue(Pos p, Node *key, Node *value)
{
	Node *n = ast_new(ND_KEYVALUE, p);
	n->u.kv.key = key;
	n->u.kv.value = value;
	return n;
}

Node *ast_funclit(Pos p, Node *ftype, Node *body)
{
	Node *n = ast_new(ND_FUNCLIT, p);
	n->u.funclit.ftype = ftype;
	n->u.funclit.body = body;
	n->pos2 = body->pos2;
	return n;
}

Node *ast_block(Pos p, NodeList stmts, Pos rbrace)
{
	Node *n = ast_new(ND_BLOCK, p);
	n->u.block.stmts = stmts;
	n->pos2 = rbrace;
	return n;
}

// A statement that is an expression list: only one expression is allowed.
Node *ast_expr_stmt(NodeList xs)
{
	if (xs.len > 1)
		diag_errorf(lex_last.pos, "syntax error: unexpected %s, expecting := or = or comma",
			    lex_token_desc());
	Node *n = ast_new(ND_EXPRSTMT, xs.items[0]->pos);
	n->u.exprstmt.x = xs.items[0];
	return n;
}

Node *ast_incdec(Pos p, Node *x, int op)
{
	Node *n = ast_new(ND_INCDEC, p);
	n->u.incdec.x = x;
	n->u.incdec.op = op;
	return n;
}

Node *ast_send(Pos p, Node *ch, Node *value)
{
	Node *n = ast_new(ND_SEND, p);
	n->u.send.ch = ch;
	n->u.send.value = value;
	return n;
}

Node *ast_assign(Pos p, NodeList lhs, int op, NodeList rhs)
{
	Node *n = ast_new(ND_ASSIGN, p);
	n->u.assign.lhs = lhs;
	n->u.assign.op = op;
	n->u.assign.rhs = rhs;
	return n;
}

Node *ast_go(NodeKind kind, Pos p, Node *call)
{
	const char *kw = kind == ND_GO ? "go" : "defer";
	Node *x = ast_unparen(call);
	if (x != call)
		diag_errorf(call->pos, "expression in %s must not be parenthesized", kw);
	if (x->kind != ND_CALL && x->kind != ND_BAD)
		diag_errorf(x->pos, "expression in %s must be function call", kw);
	Node *n = ast_new(kind, p);
	n->u.go.call = call;
	return n;
}

Node *ast_return(Pos p, NodeList results)
{
	Node *n = ast_new(ND_RETURN, p);
	n->u.ret.results = results;
	return n;
}

Node *ast_branch(Pos p, int tok, Node *label)
{
	Node *n = ast_new(ND_BRANCH, p);
	n->u.branch.tok = tok;
	n->u.branch.label = label;
	return n;
}

// The label is also recorded on the loop, switch or select it names.
Node *ast_labeled(Pos p, Node *label, Node *stmt)
{
	Node *n = ast_new(ND_LABELED, p);
	n->u.labeled.label = label;
	n->u.labeled.stmt = stmt;
	if (!stmt)
		return n;
	switch (stmt->kind) {
	case ND_FOR: stmt->u.fors.label = label; break;
	case ND_RANGE: stmt->u.range.label = label; break;
	case ND_SWITCH: stmt->u.sw.label = label; break;
	case ND_TYPESWITCH: stmt->u.tsw.label = label; break;
	case ND_SELECT: stmt->u.sel_stmt.label = label; break;
	default: break;
	}
	return n;
}

// The condition of if/for (and a switch tag) must be an expression.
static Node *header_expr(Node *s)
{
	if (!s)
		return NULL;
	if (s->kind == ND_EXPRSTMT)
		return s->u.exprstmt.x;
	if (parse_last_error_line() >= s->pos.line)  // what recovery left of it
		return ast_new(ND_BAD, s->pos);
	if (s->kind == ND_ASSIGN && s->u.assign.op == TOK_ASSIGN)
		diag_errorf(s->pos, "syntax error: cannot use assignment (%s) = (%s) as value",
			    list_string(s->u.assign.lhs), list_string(s->u.assign.rhs));
	else
		diag_errorf(s->pos, "syntax error: cannot use %s as value", ast_string(s));
	return ast_new(ND_BAD, s->pos);
}

Node *ast_if(Pos p, Node *init, Node *cond, Node *then, Node *els)
{
	Node *n = ast_new(ND_IF, p);
	n->u.ifs.init = init;
	n->u.ifs.cond = header_expr(cond);
	n->u.ifs.then = then;
	n->u.ifs.els = els;
	return n;
}

Node *ast_for(Pos p, Node *init, Node *cond, Node *post, Node *body)
{
	if (post && post->kind == ND_ASSIGN && post->u.assign.op == TOK_DEFINE)
		diag_errorf(post->pos, "syntax error: cannot declare in post statement of for loop");
	Node *n = ast_new(ND_FOR, p);
	n->u.fors.init = init;
	n->u.fors.cond = header_expr(cond);
	n->u.fors.post = post;
	n->u.fors.body = body;
	return n;
}

Node *ast_range(Pos p, NodeList lhs, bool define, Node *x)
{
	Node *n = ast_new(ND_RANGE, p);
	if (lhs.len > 0)
		n->u.range.key = lhs.items[0];
	if (lhs.len > 1)
		n->u.range.value = lhs.items[1];
	if (lhs.len > 2)  // the checker reports it (after the channel case)
		n->u.range.extra = lhs.items[2];
	n->u.range.define = define;
	n->u.range.x = x;
	return n;
}

static bool is_type_guard(Node *x)
{
	return x && x->kind == ND_TYPEASSERT && x->u.assert.atype == NULL;
}

// `tag` is the header's last simple statement: an expression, x.(type),
// or v := x.(type).
Node *ast_switch(Pos p, Node *init, Node *tag, NodeList clauses, Pos lbrace)
{
	(void)lbrace;
	Node *guard = NULL, *bind = NULL;
	if (tag && tag->kind == ND_EXPRSTMT && is_type_guard(tag->u.exprstmt.x)) {
		guard = tag->u.exprstmt.x;
	} else if (tag && tag->kind == ND_ASSIGN && tag->u.assign.op == TOK_DEFINE &&
		   tag->u.assign.rhs.len == 1 && is_type_guard(tag->u.assign.rhs.items[0])) {
		guard = tag->u.assign.rhs.items[0];
		if (tag->u.assign.lhs.len != 1 || tag->u.assign.lhs.items[0]->kind != ND_IDENT)
			diag_errorf(tag->pos, "syntax error: cannot use %s as value", ast_string(tag));
		else
			bind = tag->u.assign.lhs.items[0];
	}
	if (guard) {
		Node *n = ast_new(ND_TYPESWITCH, p);
		n->u.tsw.init = init;
		n->u.tsw.bind = bind;
		n->u.tsw.x = guard->u.assert.x;
		n->u.tsw.clauses = clauses;
		return n;
	}
	Node *n = ast_new(ND_SWITCH, p);
	n->u.sw.init = init;
	n->u.sw.tag = header_expr(tag);
	n->u.sw.clauses = clauses;
	return n;
}

static bool is_recv(Node *x)
{
	x = ast_unparen(x);
	return x->kind == ND_UNARY && x->u.unary.op == TOK_ARROW;
}

Node *ast_clause(NodeKind kind, Pos p, NodeList list, Pos colon, NodeList body,
		 bool is_default)
{
	if (kind == ND_COMMCLAUSE && list.len == 1) {
		Node *s = list.items[0];
		bool ok = s->kind == ND_SEND ||
			(s->kind == ND_EXPRSTMT && is_recv(s->u.exprstmt.x)) ||
			(s->kind == ND_ASSIGN && (s->u.assign.op == TOK_ASSIGN ||
						  s->u.assign.op == TOK_DEFINE) &&
			 s->u.assign.rhs.len == 1 && is_recv(s->u.assign.rhs.items[0]));
		if (!ok)
			diag_errorf(s->pos, "select case must be send or receive (possibly with assignment)");
	}
	Node *n = ast_new(kind, p);
	n->u.clause.list = list;
	n->u.clause.body = body;
	n->u.clause.colon = colon;
	n->u.clause.is_default = is_default;
	return n;
}

Node *ast_select(Pos p, NodeList clauses)
{
	Node *n = ast_new(ND_SELECT, p);
	n->u.sel_stmt.clauses = clauses;
	return n;
}
