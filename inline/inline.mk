# inline/inline.mk: the inlining pass (inline/inline.h), linked into mgoc.

# Objects including ast.h need the generated parse.h first (frontend.mk).
$(B)/inline/%.o: inline/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# --- inl-expand: inl_expand and its helpers (the stub goes when inl_decide lands)
MGOC_SRC += inline/inl_walk.c inline/inl_copy.c inline/inl_captures.c inline/inl_expand.c
MGOC_SRC += inline/inl_decide_stub.c
# --- end inl-expand
