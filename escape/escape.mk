# escape/escape.mk: the escape-analysis pass, linked into mgoc.
ESC_CORE_SRC := escape/graph.c escape/solve.c escape/leaks.c
MGOC_SRC += $(ESC_CORE_SRC)

UNIT_TESTS += test_escape
# The solver tests need only the graph core plus the arena/diag helpers.
TEST_test_escape_OBJ := $(patsubst %.c,$(B)/%.o,$(ESC_CORE_SRC)) \
	$(B)/frontend/arena.o $(B)/frontend/diag.o
