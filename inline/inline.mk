# inline/inline.mk: the inlining pass (inline/inline.h), linked into mgoc.

# --- inl-expand: inl_expand and its helpers (the stub goes when inl_decide lands)
MGOC_SRC += inline/inl_walk.c inline/inl_copy.c inline/inl_captures.c inline/inl_expand.c
MGOC_SRC += inline/inl_decide_stub.c
# --- end inl-expand
