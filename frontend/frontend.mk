# frontend/frontend.mk: lexer (flex), parser (bison), AST, diagnostics and
# the type checker, linked into mgoc.
#
# Generated sources live in $(B)/frontend/: lex.c, parse.c and parse.h (the
# TOK_* numbering that ast.h includes). Every object that includes ast.h is
# compiled only after parse.h exists (order-only prerequisites below).

FLEX  ?= flex
BISON ?= bison

# lexer / parser / AST
FRONTEND_SRC := frontend/arena.c frontend/diag.c frontend/diag_remap.c frontend/ast.c frontend/ast_build.c \
	frontend/lex_unicode.c frontend/directive.c rt/go_unicode_tables.c
MGOC_GEN_OBJ += $(B)/frontend/lex.o $(B)/frontend/parse.o

# checker
FRONTEND_SRC += frontend/types.c frontend/scope.c frontend/const.c frontend/const_float.c frontend/bigint.c frontend/check_util.c \
	frontend/check_expr.c frontend/check_op.c frontend/check_assign.c frontend/check_lookup.c \
	frontend/check_call.c frontend/check_builtin.c frontend/check_lit.c frontend/check_decl.c frontend/check_collect.c \
	frontend/check_body.c frontend/check_init.c frontend/check_pkg.c frontend/library.c frontend/library_decls.c frontend/library_facts.c frontend/check_stmt.c frontend/check_terminate.c \
	frontend/check_assignstmt.c frontend/check_sizes.c frontend/reset.c
UNIT_TESTS += test_types test_check
TEST_test_types_OBJ = $(FRONTEND_OBJ)
TEST_test_check_OBJ = $(FRONTEND_OBJ)

MGOC_SRC += $(FRONTEND_SRC)
FRONTEND_OBJ = $(patsubst %.c,$(B)/%.o,$(FRONTEND_SRC)) $(B)/frontend/lex.o $(B)/frontend/parse.o

$(B)/frontend/%.c $(B)/frontend/%.h: frontend/%.y
	@mkdir -p $(@D)
	$(BISON) -Wall -Werror -d -o $(B)/frontend/$*.c $<

$(B)/frontend/lex.c: frontend/lex.l
	@mkdir -p $(@D)
	$(FLEX) -o $@ $<

# Generated code: flex's skeleton compares signed and unsigned sizes.
GEN_CFLAGS := -Wno-sign-compare -Wno-unused-function
$(B)/frontend/%.o: $(B)/frontend/%.c | $(B)/frontend/parse.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GEN_CFLAGS) -MMD -MP -c -o $@ $<

# Hand-written objects that include ast.h need parse.h first; these
# directory rules are the top-level `$(B)/%.o: %.c` plus that ordering.
$(B)/frontend/%.o: frontend/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<
$(B)/escape/%.o: escape/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<
$(B)/codegen/%.o: codegen/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<
$(B)/mgoc.o: | $(B)/frontend/parse.h

-include $(B)/frontend/lex.d $(B)/frontend/parse.d

UNIT_TESTS += test_lexer test_parser
TEST_test_lexer_OBJ = $(FRONTEND_OBJ)
TEST_test_parser_OBJ = $(FRONTEND_OBJ)
