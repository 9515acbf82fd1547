# escape/escape.mk: the escape-analysis pass, linked into mgoc.
#
# graph/solve/leaks are the solver core: they depend on no frontend header,
# so the unit tests link them alone against hand-built graphs.
ESC_CORE_SRC := escape/graph.c escape/solve.c escape/leaks.c
ESC_BUILD_SRC := escape/batch.c escape/prepass.c escape/build_expr.c escape/build_call.c escape/build_capture.c escape/build_libcall.c \
	escape/build_assign.c escape/build_libinl.c escape/build_libbody.c escape/build_stmt.c escape/convpos.c escape/autotmp.c \
	escape/deadcode.c escape/bounds.c escape/explain.c escape/wrapflow.c escape/nodefmt.c escape/dump.c \
	escape/report_html.c escape/initvars.c
MGOC_SRC += $(ESC_CORE_SRC) $(ESC_BUILD_SRC)

UNIT_TESTS += test_escape
# The end-to-end tests (-m=json, DOT, codegen flags) also need the frontend,
# and the inliner (autotmp.c reads its table of standard-library calls,
# batch.c swaps in the wrappers' inlined copies).
TEST_test_escape_OBJ = $(patsubst %.c,$(B)/%.o,$(ESC_CORE_SRC) $(ESC_BUILD_SRC)) \
	$(FRONTEND_OBJ) $(INL_OBJ)

# Differential random testing against Go (needs Go; not part of `make test`):
# tools/escgen.py writes random escape-heavy programs, compares mgoc's -m
# with Go's and minimises each disagreement into $(ESCGEN_OUT).
ESCGEN_N ?= 200
ESCGEN_SEED ?= 1
ESCGEN_OUT ?= /tmp/escgen
# ESCGEN_CHECKESCAPE=1: each program also runs built with -d=checkescape.
escape-fuzz: all
	python3 tools/escgen.py run -n $(ESCGEN_N) --seed $(ESCGEN_SEED) --out $(ESCGEN_OUT) \
		$(if $(ESCGEN_CHECKESCAPE),--checkescape)
.PHONY: escape-fuzz
