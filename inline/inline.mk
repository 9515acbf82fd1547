# inline/inline.mk: the inlining pass (Go 1.19's inliner), linked into mgoc.
#
# inl_expand_stub.c stands in for inl_expand until branch inl-expand lands.
INL_SRC := inline/inl_decide.c inline/inl_calls.c inline/inl_cost.c inline/inl_walk.c inline/inl_names.c \
	inline/inl_stdlib.c inline/inl_wrappers.c inline/inl_expand_stub.c
MGOC_SRC += $(INL_SRC)
INL_OBJ = $(patsubst %.c,$(B)/%.o,$(INL_SRC))

UNIT_TESTS += test_inline
TEST_test_inline_OBJ = $(INL_OBJ) $(patsubst %.c,$(B)/%.o,$(ESC_CORE_SRC) $(ESC_BUILD_SRC)) $(FRONTEND_OBJ)
