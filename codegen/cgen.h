// cgen.h: the C code generator — the checked, escape-annotated Program in,
// one C translation unit out, then the system C compiler on it.
//
// The generated C includes rt/go_rt.h (the language runtime: strings, slices,
// maps, interfaces, fmt, panics) and links with build/libmgo.a (that runtime
// plus the span allocator). Every mgo identifier is mangled (mangle.c), so
// user names never collide with C or the runtime; `#line` directives point
// at the .mgo source, so C diagnostics and gdb show mgo lines.
//
// Files: emit.c (the indenting printer and section buffers), mangle.c (C
// names), gen_type.c (C types, type descriptors, itabs), gen_decl.c
// (functions, globals, main), gen_stmt.c, gen_expr.c, gen_call.c (calls,
// builtins, fmt, conversions), compile.c (running cc).
#ifndef MGO_CGEN_H
#define MGO_CGEN_H

#include <stdbool.h>
#include <stdio.h>

#include "frontend/frontend.h"

// Writes the C translation unit for prog to out. Returns false after
// reporting (through diag_errorf, before any C is written) a construct the
// generator does not support; a program the checker accepted otherwise
// always yields C that compiles.
bool cg_generate(Program *prog, FILE *out);

// Compiles c_path into the executable out_path:
//   cc -O2 -fwrapv -o OUT c_path -I<rt> <libmgo.a> -lm -lpthread
// rt_lib_dir names the directory holding libmgo.a; when NULL it is found from
// the running mgoc: /proc/self/exe is resolved (mgoc at the repo root is a
// symlink to build/mgoc), the library is <dir of mgoc>/libmgo.a and the
// headers are in <dir of mgoc>/../rt. $MGO_ROOT overrides the repo root.
// debug adds -g -O0. Returns 0 on success (cc's exit status otherwise).
int cg_compile(const char *c_path, const char *out_path, const char *rt_lib_dir, bool debug);

#endif
