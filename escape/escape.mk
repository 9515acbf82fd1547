# escape/escape.mk: the escape-analysis pass, linked into mgoc.
MGOC_SRC +=
