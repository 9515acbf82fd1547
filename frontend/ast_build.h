// ast_build.h: the AST constructors the parser's actions call.
//
// Each returns a node from ast_arena with Go's position for it (see ast.h).
// Some also finish syntax that the grammar alone cannot decide, as Go's
// parser does: parameter grouping, iota and implicit repetition in const
// groups, type-switch headers, and the few syntax errors found that way.
#ifndef MGO_AST_BUILD_H
#define MGO_AST_BUILD_H

#include "ast.h"

NodeList ast_list1(Node *n);
Node *ast_ident(Pos p, const char *name);
Node *ast_file(Node *pkg, NodeList decls);
Node *ast_decl_stmt(Pos p, NodeList specs);
Node *ast_import(Pos p, const char *name, Node *path);
NodeList ast_const_group(NodeList specs);
Node *ast_spec(NodeKind kind, NodeList names, Node *vtype, NodeList values);
Node *ast_typespec(Node *name, Node *ttype, bool alias);
Node *ast_funcdecl(Pos p, Node *recv, Node *name, Node *ftype, Node *body);
Node *ast_receiver(Pos p, NodeList params);
Node *ast_functype(Pos p, NodeList params, NodeList results);
NodeList ast_params(NodeList raw);
Node *ast_field(Pos p, NodeList names, Node *ftype);
Node *ast_embedded(Pos p, Node *ftype);
void ast_tag(Node *tag);
Node *ast_ellipsis(Pos p, Node *elem);
Node *ast_paren(Pos p, Node *x);
Node *ast_star(Pos p, Node *x);
Node *ast_chantype(Pos p, int dir, Node *elem);
Node *ast_arraytype(Pos p, Node *len, Node *elem);
Node *ast_maptype(Pos p, Node *key, Node *value);
Node *ast_structtype(Pos p, NodeList fields);
Node *ast_ifacetype(Pos p, NodeList methods);
Node *ast_selector(Pos p, Node *x, const char *name, Pos name_pos);
Node *ast_binary(Pos p, int op, Node *x, Node *y);
Node *ast_unary(Pos p, int op, Node *x);
Node *ast_assert(Pos p, Node *x, Node *atype);
Node *ast_index(Pos p, Node *x, Node *index);
Node *ast_slice(Pos p, Node *x, Node *lo, Node *hi, Node *max, bool three);
Node *ast_slice3(Pos p, Node *x, Node *lo, Node *hi, Node *max, Pos colon1, Pos colon2,
		 Pos rbrack);
Node *ast_call(Pos p, Node *fn, NodeList args, bool spread, Pos rparen);
Node *ast_composite(Pos p, Node *ctype, NodeList elems, Pos rbrace);
Node *ast_keyvalue(Pos p, Node *key, Node *value);
Node *ast_funclit(Pos p, Node *ftype, Node *body);
Node *ast_block(Pos p, NodeList stmts, Pos rbrace);
Node *ast_expr_stmt(NodeList xs);
Node *ast_incdec(Pos p, Node *x, int op);
Node *ast_send(Pos p, Node *ch, Node *value);
Node *ast_assign(Pos p, NodeList lhs, int op, NodeList rhs);
Node *ast_go(NodeKind kind, Pos p, Node *call);
Node *ast_return(Pos p, NodeList results);
Node *ast_branch(Pos p, int tok, Node *label);
Node *ast_labeled(Pos p, Node *label, Node *stmt);
Node *ast_if(Pos p, Node *init, Node *cond, Node *then, Node *els);
Node *ast_for(Pos p, Node *init, Node *cond, Node *post, Node *body);
Node *ast_range(Pos p, NodeList lhs, bool define, Node *x);
Node *ast_switch(Pos p, Node *init, Node *tag, NodeList clauses, Pos lbrace);
Node *ast_clause(NodeKind kind, Pos p, NodeList list, Pos colon, NodeList body,
		 bool is_default);
Node *ast_select(Pos p, NodeList clauses);

#endif
