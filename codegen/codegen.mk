# codegen/codegen.mk: the C code generator, linked into mgoc.
MGOC_SRC +=
