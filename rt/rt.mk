# rt/rt.mk: the runtime library (build/libmgo.a). Owned by the runtime work.
RT_SRC +=
