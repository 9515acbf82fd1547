# inline/inline.mk: the inlining pass (Go 1.19's inliner, inline/inline.h),
# linked into mgoc. inl_decide/inl_calls/inl_cost decide (Go's cost model),
# inl_expand/inl_copy/inl_captures/inl_children rewrite the marked calls;
# inl_wrappers/inl_wrap_roots/inl_wrap_body/inl_wrapcalls give Go's generated
# method wrappers.
INL_SRC := inline/inl_decide.c inline/inl_calls.c inline/inl_cost.c inline/inl_walk.c inline/inl_names.c \
	inline/inl_stdlib.c inline/inl_wrappers.c inline/inl_wrap_roots.c inline/inl_wrap_body.c \
	inline/inl_wrapcalls.c inline/inl_typeset.c inline/inl_children.c inline/inl_copy.c \
	inline/inl_captures.c inline/inl_expand.c
MGOC_SRC += $(INL_SRC)
INL_OBJ = $(patsubst %.c,$(B)/%.o,$(INL_SRC))

# Objects including ast.h need the generated parse.h first (frontend.mk).
$(B)/inline/%.o: inline/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

UNIT_TESTS += test_inline
TEST_test_inline_OBJ = $(INL_OBJ) $(patsubst %.c,$(B)/%.o,$(ESC_CORE_SRC) $(ESC_BUILD_SRC)) $(FRONTEND_OBJ)
