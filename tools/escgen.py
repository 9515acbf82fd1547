#!/usr/bin/env python3
"""escgen.py: random mgo programs for differential testing of escape analysis.

Generates valid Go 1.19 programs inside the mgo subset that are dense in what
escape analysis looks at: addresses of locals, new/&T{}/make with constant and
variable sizes, slice/map/struct literals, closures (by value, by reference,
nested, called in place or stored), value and pointer methods, interfaces,
method values, fmt calls, multiple results, variadics and f(s...), go/defer in
and out of loops, range loops, labels, recursion, globals, type switches,
strings, self-assignments and channel sends. Then, for each seed, it compiles
the program with Go (`go tool compile -m -l`; a program Go rejects is
discarded) and with mgoc (`build -m -l`), and compares the diagnostics line by
line. Disagreements are minimised (line and block deletion, keeping the
program valid for Go) and written to OUTDIR.

usage:
  escgen.py gen SEED                      print one program
  escgen.py run [-n N] [--seed S] [-j J] [--out DIR] [--no-reduce]
                [--mode l|inline|inline-escape|l2|inline2] [--checkescape] [--exec]
                                          differential run over N seeds
                                          (--exec: also build and run each
                                          program with both, and compare
                                          stdout, exit status and stderr's
                                          first line)
                                          (--mode: Go's -m -l view, the default;
                                          plain -m; plain -m without the
                                          inlining messages; -m=2 -l; plain
                                          -m=2, whole outputs)
  escgen.py reduce FILE                   minimise a disagreeing program

Expectations always come from Go: a disagreement is an mgo bug (escape/ or,
when mgoc rejects a program Go accepts, the frontend).
"""
import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MGOC = os.path.join(ROOT, "build", "mgoc")

# {==================== Types ====================

# The type pool. Every expression the generator writes has one of these.
TYPES = ["int", "string", "*int", "**int", "[]int", "[]*int", "map[int]*int",
         "[2]*int", "S", "*S", "T", "*T", "*U", "I", "any", "func(*int) *int",
         "func() int", "chan *int", "[]byte", "[]string", "[]any", "*[2]*int",
         "E", "*E", "[][]*int", "map[string][]*int"]
# Types parameters and results are drawn from (weighted toward pointers).
SIG_TYPES = ["*int", "*int", "*int", "**int", "[]*int", "[]int", "int", "string",
             "*S", "S", "T", "*T", "*U", "I", "any", "map[int]*int",
             "func(*int) *int", "chan *int", "[]byte"]
# Which Gen.e_* method builds a fresh value of each type.
MAKERS = {"int": "int", "string": "string", "*int": "ptr", "**int": "ptrptr",
          "[]int": "ints", "[]*int": "ptrs", "map[int]*int": "map", "[2]*int": "arr",
          "*[2]*int": "arrptr", "S": "S", "*S": "pS", "T": "T", "*T": "pT", "*U": "pU",
          "I": "I", "any": "any", "func(*int) *int": "fn", "func() int": "thunk",
          "chan *int": "chan", "[]byte": "bytes", "[]string": "strings", "[]any": "anys",
          "E": "E", "*E": "pE", "[][]*int": "ptrss", "map[string][]*int": "smap"}

# Fields and element types: (type, selector/index, result type, addressable
# given an addressable base (None: always addressable), is_deref).
STEPS = {
    "S": [(".p", "*int"), (".n", "int"), (".s", "[]*int"), (".q", "*S")],
    "*S": [(".p", "*int"), (".n", "int"), (".s", "[]*int"), (".q", "*S"), ("*", "S")],
    "T": [(".p", "*int"), (".n", "int")],
    "*T": [(".p", "*int"), (".n", "int"), ("*", "T")],
    "*U": [(".buf", "[]*int"), (".p", "*int")],
    "[]*int": [("[i]", "*int")],
    "[]int": [("[i]", "int")],
    "[]string": [("[i]", "string")],
    "[]any": [("[i]", "any")],
    "[2]*int": [("[i]", "*int")],
    "*[2]*int": [("[i]", "*int"), ("*", "[2]*int")],
    "**int": [("*", "*int")],
    "*int": [("*", "int")],
    "map[int]*int": [("[k]", "*int")],
    "E": [(".T", "T"), (".q", "*int"), (".p", "*int"), (".n", "int")],
    "*E": [(".T", "T"), (".q", "*int"), (".p", "*int"), ("*", "E")],
    "[][]*int": [("[i]", "[]*int")],
    "map[string][]*int": [("[s]", "[]*int")],
}


def has_ptrs(t):
    return t not in ("int",)


def zero_ok(t):
    """Types whose zero value may be written as nil."""
    return t.startswith(("*", "[]", "map", "func", "chan")) or t in ("I", "any")


# }====================================================================


class Var:
    def __init__(self, name, typ, kind="local"):
        self.name = name
        self.typ = typ
        self.kind = kind          # local, param, result, global, range
        self.read = False
        self.fixed = False        # loop variables: never assigned


class Func:
    def __init__(self, name, params, results, variadic=None, named=False, recv=None):
        self.name = name
        self.params = params      # [(name, type)]
        self.results = results    # [type]
        self.variadic = variadic  # element type of the final ...param, or None
        self.named = named        # named results r0, r1
        self.recv = recv          # (name, type) for methods


class Gen:
    def __init__(self, seed, size=1.0):
        self.r = random.Random(seed)
        self.scale = size
        self.out = []
        self.ind = 0
        self.scopes = []
        self.nvar = 0
        self.nlabel = 0
        self.fctx = []            # stack of {"results": [...], "loops": [...]}
        self.funcs = []

    # -- output ------------------------------------------------------
    def emit(self, s):
        self.out.append("\t" * self.ind + s)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    # -- scopes ------------------------------------------------------
    def push(self):
        self.scopes.append([])

    def pop(self):
        """Closes a block: every variable never read gets a `_ = v`."""
        for v in self.scopes[-1]:
            if not v.read and v.kind in ("local", "range"):
                self.emit("_ = %s" % v.name)
        self.scopes.pop()

    def declare(self, typ, kind="local", prefix="v"):
        self.nvar += 1
        v = Var("%s%d" % (prefix, self.nvar), typ, kind)
        self.scopes[-1].append(v)
        return v

    def visible(self):
        seen = {}
        for sc in self.scopes:
            for v in sc:
                seen[v.name] = v
        return list(seen.values())

    def vars_of(self, t, assignable=False):
        vs = [v for v in self.visible() if v.typ == t]
        if assignable:
            vs = [v for v in vs if not v.fixed]
        return vs

    def use(self, v):
        v.read = True
        return v.name

    # -- places ------------------------------------------------------
    def index(self):
        ints = [v for v in self.vars_of("int") if v.kind != "global"]
        if ints and self.chance(0.3):
            return self.use(self.pick(ints))
        return self.pick(["0", "1"])

    def place(self, t, want_addr=False, assign=False, depth=2):
        """A place expression of type t built from a visible variable and up
        to `depth` field/index/deref steps. want_addr: the result must be
        addressable. assign: the result will be stored to."""
        cands = []
        for v in self.visible():
            if assign and v.fixed:
                continue
            # (text, type, addressable, steps)
            addressable = v.kind != "func"
            cands.append((v, v.name, v.typ, addressable, 0))
        self.r.shuffle(cands)
        frontier = cands
        found = []
        for _ in range(depth + 1):
            nxt = []
            for v, text, typ, addr, n in frontier:
                if typ == t and (addr or not want_addr) and (n > 0 or not assign or not v.fixed):
                    found.append((v, text, n))
                for sel, rt in STEPS.get(typ, []):
                    if sel == "*":
                        nxt.append((v, "(*%s)" % text, rt, True, n + 1))
                    elif sel == "[i]":
                        base_addr = addr or typ.startswith("[]") or typ.startswith("*[")
                        nxt.append((v, text + "[I]", rt, base_addr, n + 1))
                    elif sel == "[k]":
                        nxt.append((v, text + "[K]", rt, False, n + 1))
                    elif sel == "[s]":
                        nxt.append((v, text + '["k"]', rt, False, n + 1))
                    else:
                        base_addr = addr or typ.startswith("*")
                        nxt.append((v, text + sel, rt, base_addr, n + 1))
            frontier = nxt
            if len(found) > 3:
                break
        if not found:
            return None
        v, text, n = self.pick(found)
        v.read = v.read or n > 0 or not assign
        while "[I]" in text:
            text = text.replace("[I]", "[%s]" % self.index(), 1)
        while "[K]" in text:
            text = text.replace("[K]", "[%d]" % self.r.randint(0, 3), 1)
        return text

    def has_place(self, t):
        return any(v.typ == t for v in self.visible()) or any(
            rt == t for v in self.visible() for _, rt in STEPS.get(v.typ, []))

    def addr(self, t, fallback):
        a = self.place(t, want_addr=True)
        return "&" + a if a else fallback

    def prim(self, e):
        """e as an operand of a selector or call: parenthesised unless it is
        already a primary expression."""
        if re.match(r"^[\w.]+$", e) or (e.endswith(")") and re.match(r"^[\w.]+\(", e)):
            return e
        return "(%s)" % e

    # -- expressions ---------------------------------------------------
    def expr(self, t, d=2):
        """An expression of type t; d bounds the nesting."""
        opts = []
        if self.has_place(t):
            opts += [lambda: self.place(t, depth=1 if d > 0 else 0)] * 4
        f = getattr(self, "e_" + MAKERS[t], None) if t in MAKERS else None
        if f:
            opts += [lambda: f(d)] * 3
        calls = [fn for fn in self.funcs if fn.results == [t] and not fn.recv]
        if calls and d > 0:
            opts += [lambda: self.call_expr(self.pick(calls), d - 1)]
        if d > 0 and self.chance(0.08):
            opts.append(lambda: self.closure_call(t, d - 1))
        if d > 0 and t != "any" and t != "I" and self.chance(0.1):
            srcs = self.vars_of("any") + (self.vars_of("I") if t in ("T", "*T", "*U", "E", "*E") else [])
            if srcs:
                opts.append(lambda: "%s.(%s)" % (self.use(self.pick(srcs)), t))
        if not opts:
            return self.zero(t)
        e = self.pick(opts)()
        return e if e is not None else self.zero(t)

    def rexpr(self, t, d):
        e = self.expr(t, d)
        if e == "nil":
            e = "%s(nil)" % ("(%s)" % t if not t.isalnum() else t)
        return self.prim(e)

    def nonnil(self, t, d):
        e = self.expr(t, d)
        return e if e != "nil" else "%s{}" % t if t[0] in "[m" else "%s(nil)" % t

    def zero(self, t):
        if t == "int":
            return str(self.r.randint(0, 9))
        if t == "string":
            return '"%s"' % self.pick(["a", "bc", "x y", ""])
        if t in ("S", "T", "[2]*int"):
            return t + "{}"
        if zero_ok(t):
            return "nil" if t not in ("any", "I") else "nil"
        return t + "{}"

    def typed_nil_ok(self, t):
        return zero_ok(t)

    def e_int(self, d):
        opts = [lambda: str(self.r.randint(0, 100))]
        if d > 0:
            opts += [lambda: "%s + %s" % (self.expr("int", d - 1), self.expr("int", d - 1)),
                     lambda: "len(%s)" % self.nonnil(self.pick(["[]*int", "string", "[]int", "map[int]*int"]), d - 1)]
            if self.has_place("*int"):
                opts.append(lambda: "*" + self.prim(self.place("*int") or "gp"))
        return self.pick(opts)()

    def e_string(self, d):
        opts = [lambda: self.zero("string")]
        if d > 0:
            opts += [lambda: "%s + %s" % (self.expr("string", d - 1), self.expr("string", d - 1)),
                     lambda: "string(%s)" % self.expr("[]byte", d - 1),
                     lambda: 'fmt.Sprintf("%%v", %s)' % self.expr(self.pick(TYPES), d - 1),
                     lambda: "fmt.Sprint(%s)" % ", ".join(self.expr(self.pick(TYPES), d - 1) for _ in range(self.r.randint(0, 2))),
                     lambda: "string(rune(%s))" % self.expr("int", d - 1),
                     lambda: "%s[1:]" % self.paren_str(d),
                     lambda: "string([]rune(%s))" % self.expr("string", d - 1)]
        return self.pick(opts)()

    def paren_str(self, d):
        vs = self.vars_of("string")
        if vs:
            return self.use(self.pick(vs))
        return '"abc"'

    def e_ptr(self, d):  # *int
        opts = [lambda: "new(int)"]
        if self.has_place("int"):
            opts += [lambda: self.addr("int", "new(int)")] * 3
        if d > 0:
            opts += [lambda: "%s.M(%s)" % (self.rexpr(self.pick(["I", "T", "*U", "*T"]), d - 1), self.expr("*int", d - 1)),
                     lambda: "%s(%s)" % (self.rexpr("func(*int) *int", d - 1), self.expr("*int", d - 1)),
                     lambda: "%s.Get()" % self.rexpr(self.pick(["T", "*T"]), d - 1)]
        return self.pick(opts)()

    def e_ptrptr(self, d):  # **int
        opts = [lambda: "new(*int)"]
        if self.has_place("*int"):
            opts += [lambda: self.addr("*int", "new(*int)")] * 3
        return self.pick(opts)()

    def size(self, d):
        if self.chance(0.5):
            return str(self.pick([0, 1, 3, 10, 8192, 8193, 65536, 70000]))
        return self.expr("int", 0)

    def e_ptrs(self, d):  # []*int
        opts = [lambda: "make([]*int, %s)" % self.size(d),
                lambda: "make([]*int, 0, %s)" % self.size(d),
                lambda: "[]*int{%s}" % ", ".join(self.expr("*int", d - 1) for _ in range(self.r.randint(0, 3))),
                lambda: "nil"]
        if d > 0:
            opts += [lambda: "append(%s, %s)" % (self.nonnil("[]*int", d - 1), ", ".join(self.expr("*int", d - 1) for _ in range(self.r.randint(1, 2)))),
                     lambda: "append(%s, %s...)" % (self.nonnil("[]*int", d - 1), self.expr("[]*int", d - 1)),
                     lambda: "%s[%s:]" % (self.slice_base("[]*int"), self.pick(["0", "1"]))]
        return self.pick(opts)()

    def slice_base(self, t):
        if self.has_place(t):
            p = self.place(t)
            if p:
                return p
        if t == "[]*int" and self.has_place("[2]*int"):
            arr = self.place("[2]*int", want_addr=True)
            if arr:
                return arr
        return "%s{}" % t

    def e_E(self, d):
        r = self.r.random()
        if r < 0.4:
            return "E{T: %s, q: %s}" % (self.expr("T", d - 1), self.expr("*int", d - 1))
        if r < 0.7:
            return "E{q: %s}" % self.expr("*int", d - 1)
        return "E{}"

    def e_pE(self, d):
        opts = [lambda: "&" + self.e_E(d), lambda: "new(E)"]
        if self.has_place("E"):
            opts += [lambda: self.addr("E", "&E{}")] * 2
        return self.pick(opts)()

    def e_ptrss(self, d):
        opts = [lambda: "[][]*int{%s}" % ", ".join(self.expr("[]*int", d - 1) for _ in range(self.r.randint(0, 2))),
                lambda: "make([][]*int, %s)" % self.size(d),
                lambda: "append(%s, %s)" % (self.nonnil("[][]*int", 0), self.expr("[]*int", d - 1))]
        return self.pick(opts)()

    def e_smap(self, d):
        opts = [lambda: "map[string][]*int{%s}" % ", ".join('"k%d": %s' % (k, self.expr("[]*int", d - 1)) for k in range(self.r.randint(0, 2))),
                lambda: "make(map[string][]*int)"]
        return self.pick(opts)()

    def e_ints(self, d):  # []int
        opts = [lambda: "make([]int, %s)" % self.size(d), lambda: "[]int{1, 2, 3}",
                lambda: "append(%s, %s)" % (self.nonnil("[]int", 0), self.expr("int", 0))]
        return self.pick(opts)()

    def e_S(self, d):
        fs = []
        if self.chance(0.6):
            fs.append("p: %s" % self.expr("*int", d - 1))
        if self.chance(0.3):
            fs.append("n: %s" % self.expr("int", d - 1))
        if self.chance(0.3):
            fs.append("s: %s" % self.expr("[]*int", d - 1))
        if self.chance(0.2):
            fs.append("q: %s" % self.expr("*S", d - 1))
        return "S{%s}" % ", ".join(fs)

    def e_pS(self, d):
        opts = [lambda: "&" + self.e_S(d), lambda: "new(S)"]
        if self.has_place("S"):
            opts += [lambda: self.addr("S", "&S{}")] * 2
        return self.pick(opts)()

    def e_T(self, d):
        if self.chance(0.5):
            return "T{%s, %s}" % (self.expr("*int", d - 1), self.expr("int", 0))
        return "T{p: %s, n: %s}" % (self.expr("*int", d - 1), self.expr("int", 0)) if self.chance(0.5) else "T{}"

    def e_pT(self, d):
        opts = [lambda: "&" + self.e_T(d), lambda: "new(T)"]
        if self.has_place("T"):
            opts += [lambda: self.addr("T", "&T{}")] * 2
        return self.pick(opts)()

    def e_pU(self, d):
        if self.chance(0.5):
            return "&U{buf: %s}" % self.expr("[]*int", d - 1)
        return self.pick([lambda: "&U{}", lambda: "new(U)", lambda: "&U{p: %s}" % self.expr("*int", d - 1)])()

    def e_I(self, d):
        src = self.pick(["T", "*T", "*U", "E", "*E"])
        e = self.expr(src, d - 1)
        if self.chance(0.3):
            return "I(%s)" % e
        return e

    def e_any(self, d):
        t = self.pick([x for x in TYPES if x != "any"])
        e = self.expr(t, d - 1)
        if e == "nil":
            e = "(%s)(nil)" % t
        if self.chance(0.3):
            return "any(%s)" % e
        return e

    def e_fn(self, d):
        opts = [lambda: "id", lambda: "deref2"]
        if d > 0:
            opts += [lambda: self.closure("func(*int) *int", d - 1),
                     lambda: "%s.M" % self.rexpr(self.pick(["T", "*U", "I", "*T"]), d - 1)]
        return self.pick(opts)()

    def e_thunk(self, d):
        if d > 0:
            return self.closure("func() int", d - 1)
        return "func() int { return 0 }"

    def e_chan(self, d):
        return self.pick(["make(chan *int)", "make(chan *int, 1)"])

    def e_bytes(self, d):
        opts = [lambda: "[]byte(%s)" % self.expr("string", d - 1),
                lambda: "make([]byte, %s)" % self.size(d),
                lambda: "[]byte{1, 2}"]
        return self.pick(opts)()

    def e_strings(self, d):
        return "[]string{%s}" % ", ".join(self.expr("string", d - 1) for _ in range(self.r.randint(0, 2)))

    def e_anys(self, d):
        return "[]any{%s}" % ", ".join(self.expr("any", d - 1) for _ in range(self.r.randint(0, 2)))

    def e_arr(self, d):  # [2]*int
        return "[2]*int{%s}" % ", ".join(self.expr("*int", d - 1) for _ in range(self.r.randint(0, 2)))

    def e_arrptr(self, d):  # *[2]*int
        if self.has_place("[2]*int") and self.chance(0.7):
            return self.addr("[2]*int", "&[2]*int{}")
        return "&[2]*int{%s}" % self.expr("*int", d - 1)

    def e_map(self, d):
        opts = [lambda: "make(map[int]*int)", lambda: "make(map[int]*int, %s)" % self.size(d),
                lambda: "map[int]*int{%s}" % ", ".join("%d: %s" % (k, self.expr("*int", d - 1)) for k in range(self.r.randint(0, 2)))]
        return self.pick(opts)()

    def call_args(self, fn, d):
        args = [self.expr(t, d) for _, t in fn.params]
        if fn.variadic:
            if self.chance(0.3):
                args.append(self.expr("[]" + fn.variadic, d) + "...")
            else:
                args += [self.expr(fn.variadic, d) for _ in range(self.r.randint(0, 2))]
        return ", ".join(args)

    def call_expr(self, fn, d):
        return "%s(%s)" % (fn.name, self.call_args(fn, d))

    # -- closures ------------------------------------------------------
    def closure(self, ftype, d):
        if ftype == "func(*int) *int":
            params, results = [("q", "*int")], ["*int"]
        else:
            params, results = [], ["int"]
        self.nvar += 1
        pn = ["c%d" % self.nvar] if params else []
        body = self.func_body([(pn[0], params[0][1])] if params else [], results, False, nstmts=self.r.randint(0, 3), d=d)
        sig = "func(%s) %s" % (", ".join("%s %s" % (n, t) for n, (_, t) in zip(pn, params)), results[0])
        return sig + " {\n" + body + "\t" * self.ind + "}"

    def closure_call(self, t, d):
        body = self.func_body([], [t], False, nstmts=self.r.randint(0, 3), d=d)
        return "func() %s {\n%s%s}()" % (t, body, "\t" * self.ind)

    def func_body(self, params, results, named, nstmts, d, recv=None):
        """Generates a body at the current indentation + 1; returns its text."""
        saved, self.out = self.out, []
        self.ind += 1
        self.push()
        for n, t in ([recv] if recv else []) + params:
            v = Var(n, t, "param")
            self.scopes[-1].append(v)
        if named:
            for n, t in zip(named, results):
                self.scopes[-1].append(Var(n, t, "result"))
        self.fctx.append({"results": results, "loops": [], "named": named})
        self.stmts(nstmts, d)
        self.pop()
        self.emit_return(d)
        self.fctx.pop()
        self.ind -= 1
        body, self.out = self.out, saved
        return "".join(l + "\n" for l in body)

    def emit_return(self, d):
        res = self.fctx[-1]["results"]
        if res:
            self.emit("return " + ", ".join(self.expr(t, min(d, 1)) for t in res))

    # -- statements ----------------------------------------------------
    def stmts(self, n, d):
        for _ in range(n):
            self.stmt(d)

    def block(self, n, d, head):
        self.emit(head + " {")
        self.ind += 1
        self.push()
        self.stmts(n, d)
        self.pop()
        self.ind -= 1

    def stmt(self, d):
        k = self.r.random()
        table = [
            (10, self.s_decl), (8, self.s_assign), (3, self.s_append), (4, self.s_call),
            (3, self.s_fmt), (2, self.s_if), (2, self.s_for), (2, self.s_range),
            (1, self.s_label), (2, self.s_defer), (1, self.s_go), (1, self.s_typeswitch),
            (1, self.s_send), (1, self.s_selfassign), (2, self.s_multi), (1, self.s_commaok),
            (1, self.s_closure_var), (1, self.s_iface_var), (1, self.s_swap), (1, self.s_misc),
            (1, self.s_return), (1, self.s_bigvar), (1, self.s_counter), (1, self.s_select),
            (1, self.s_sync), (1, self.s_concat), (1, self.s_methexpr), (1, self.s_spread),
            (1, self.s_arrslice), (1, self.s_structcopy), (1, self.s_closure_chain),
        ]
        tot = sum(w for w, _ in table)
        x = k * tot
        for w, f in table:
            x -= w
            if x <= 0:
                break
        if d <= 0 and f in (self.s_if, self.s_for, self.s_range, self.s_label, self.s_typeswitch):
            f = self.s_assign
        f(d)

    def s_decl(self, d):
        t = self.pick(TYPES)
        e = self.expr(t, d)
        if e == "nil" or self.chance(0.2):
            if self.chance(0.3):
                v = self.declare(t)
                self.emit("var %s %s" % (v.name, t))
                return
            v = self.declare(t)
            self.emit("var %s %s = %s" % (v.name, t, e))
            return
        if t in ("I", "any") or (t == "int" and not re.match(r"^[a-z]", e)) or t == "string" and e.startswith('"'):
            v = self.declare(t)
            self.emit("var %s %s = %s" % (v.name, t, e))
            return
        v = self.declare(t)
        self.emit("%s := %s" % (v.name, e))

    def s_bigvar(self, d):
        t = self.pick(["[300]*int", "[20]*int", "[1 << 21]int", "[10]int"])
        self.nvar += 1
        n = "big%d" % self.nvar
        self.emit("var %s %s" % (n, t))
        self.emit("%s[%s] = %s" % (n, self.pick(["0", "1"]), self.expr("*int" if "*" in t else "int", d)))
        if "*" in t and self.chance(0.6):
            g = self.pick(["gp", "sinkAny"])
            self.emit("%s = %s" % (g, "&%s" % n if g == "sinkAny" else "%s[0]" % n))
        if self.chance(0.5):
            self.emit("_ = func() int { return len(%s) }()" % n)
        self.emit("_ = %s" % n)

    def lhs(self, t):
        return self.place(t, assign=True)

    def s_assign(self, d):
        t = self.pick(TYPES + ["*int"] * 4)
        l = self.lhs(t)
        if not l:
            return self.s_decl(d)
        op = "="
        if t in ("int", "string") and self.chance(0.3):
            op = "+="
        self.emit("%s %s %s" % (l, op, self.expr(t, d)))

    def s_append(self, d):
        l = self.lhs("[]*int")
        if not l:
            return self.s_decl(d)
        if self.chance(0.3):
            self.emit("%s = append(%s, %s...)" % (l, l, self.expr("[]*int", d)))
        else:
            b = self.expr("[]*int", 0)
            self.emit("%s = append(%s, %s)" % (l, b if b != "nil" else l, self.expr("*int", d)))

    def s_call(self, d):
        opts = [fn for fn in self.funcs if not fn.recv]
        r = self.r.random()
        if r < 0.6 and opts:
            fn = self.pick(opts)
            call = self.call_expr(fn, d)
            if fn.results and self.chance(0.5):
                vs = [self.declare(t) for t in fn.results]
                self.emit("%s := %s" % (", ".join(v.name for v in vs), call))
            else:
                self.emit(call)
        elif r < 0.75:
            recv = self.rexpr("*T", d - 1) if self.chance(0.5) else self.place("T", want_addr=True) or self.rexpr("*T", d - 1)
            self.emit("%s.Set(%s)" % (recv, self.expr("*int", d)))
        elif r < 0.9:
            self.emit("%s.M(%s)" % (self.rexpr(self.pick(["I", "T", "*U"]), d - 1), self.expr("*int", d)))
        else:
            self.emit("_ = %s.Pop()" % self.rexpr("*U", d - 1))

    def s_fmt(self, d):
        multi = [fn for fn in self.funcs if len(fn.results) >= 2 and not fn.recv]
        r = self.r.random()
        if r < 0.15 and multi:
            self.emit("fmt.Println(%s)" % self.call_expr(self.pick(multi), d))
            return
        args = [self.expr(self.pick(TYPES), d - 1) for _ in range(self.r.randint(0, 3))]
        args = [a if a != "nil" else "(*int)(nil)" for a in args]
        if r < 0.55:
            self.emit("fmt.Println(%s)" % ", ".join(args))
        elif r < 0.75:
            self.emit('fmt.Printf("%s\\n"%s)' % (" ".join(["%v"] * len(args)), "".join(", " + a for a in args)))
        elif r < 0.85:
            self.emit("sinkStr = fmt.Sprint(%s)" % ", ".join(args))
        elif r < 0.92:
            self.emit("println(%s)" % self.expr("int", d - 1))
        else:
            self.emit("fmt.Print(%s)" % ", ".join(args))

    def cond(self, d):
        r = self.r.random()
        if r < 0.4:
            t = self.pick(["*int", "*S", "[]*int", "I", "any"])
            e = self.nonnil(t, min(d, 1))
            if t in ("I", "any"):
                e = "%s(%s)" % (t, e)
            return "(%s) != nil" % e
        if r < 0.8:
            return "(%s) > (%s)" % (self.expr("int", min(d, 1)), self.expr("int", 0))
        return self.pick(["true", "false"])

    def s_if(self, d):
        self.block(self.r.randint(1, 3), d - 1, "if %s" % self.cond(d))
        if self.chance(0.4):
            self.emit("} else {")
            self.ind += 1
            self.push()
            self.stmts(self.r.randint(1, 2), d - 1)
            self.pop()
            self.ind -= 1
        self.emit("}")

    def loop_body(self, n, d, label=None):
        self.fctx[-1]["loops"].append(label)
        self.ind += 1
        self.push()
        self.stmts(n, d)
        for v in self.scopes[-2]:
            if not v.read:
                self.emit("_ = %s" % self.use(v))
        if self.chance(0.2):
            self.emit("if %s {" % self.cond(0))
            self.emit("\t" + self.pick(["break", "continue"]))
            self.emit("}")
        self.pop()
        self.ind -= 1
        self.fctx[-1]["loops"].pop()
        self.emit("}")

    def s_for(self, d):
        self.push()
        i = self.declare("int", "range", "i")
        i.read = True
        r = self.r.random()
        if r < 0.7:
            self.emit("for %s := 0; %s < %s; %s++ {" % (i.name, i.name, self.pick(["3", "10"]), i.name))
        elif r < 0.85:
            i.kind = "dead"
            self.scopes[-1].pop()
            self.emit("for %s {" % self.cond(0))
        else:
            i.kind = "dead"
            self.scopes[-1].pop()
            self.emit("for {")
            self.fctx[-1]["loops"].append(None)
            self.ind += 1
            self.emit("if %s {" % self.cond(0))
            self.emit("\tbreak")
            self.emit("}")
            self.ind -= 1
            self.fctx[-1]["loops"].pop()
        self.loop_body(self.r.randint(1, 3), d - 1)
        self.scopes.pop()

    def s_range(self, d):
        t = self.pick(["[]*int", "[]int", "[2]*int", "string", "map[int]*int", "[]string", "[]any", "*[2]*int", "chan *int", "[]byte"])
        x = self.nonnil(t, d - 1)
        if t in ("[2]*int",) and not re.match(r"^[\w.]+$", x):
            x = "(%s)" % x
        elem = {"[]*int": "*int", "[]int": "int", "[2]*int": "*int", "string": "rune",
                "map[int]*int": "*int", "[]string": "string", "[]any": "any", "*[2]*int": "*int",
                "chan *int": "*int", "[]byte": "byte"}[t]
        self.push()
        if t == "chan *int":
            v = self.declare(elem, "range", "e")
            v.fixed = True
            head = "for %s := range %s {" % (v.name, x)
        else:
            k = self.declare("int", "range", "k")
            v = self.declare(elem, "range", "e")
            if elem in ("rune", "byte"):
                v.typ = "int_"  # not usable as int; just consumed
                v.read = True
                head = "for %s, _ = range %s {" % (k.name, x) if False else "for %s := range %s {" % (k.name, x)
                self.scopes[-1].remove(v)
            else:
                head = "for %s, %s := range %s {" % (k.name, v.name, x)
            if self.chance(0.5):
                k.kind, k.read = "dead", True
                self.scopes[-1].remove(k)
                head = head.replace("for %s" % k.name, "for _", 1)
                if head.startswith("for _ := "):
                    head = "for range %s {" % x
        self.emit(head)
        self.loop_body(self.r.randint(1, 3), d - 1)
        self.scopes.pop()

    def s_label(self, d):
        self.nlabel += 1
        lab = "L%d" % self.nlabel
        self.push()
        i = self.declare("int", "range", "i")
        i.read = True
        self.emit("%s:" % lab)
        self.emit("for %s := 0; %s < 3; %s++ {" % (i.name, i.name, i.name))
        self.fctx[-1]["loops"].append(lab)
        self.ind += 1
        self.push()
        self.stmts(self.r.randint(0, 2), d - 1)
        self.emit("for j := 0; j < 2; j++ {")
        self.ind += 1
        self.push()
        self.stmts(self.r.randint(0, 1), d - 1)
        self.pop()
        self.emit("if j > %s {" % i.name)
        self.emit("\t%s %s" % (self.pick(["break", "continue"]), lab))
        self.emit("}")
        self.ind -= 1
        self.emit("}")
        self.pop()
        self.ind -= 1
        self.fctx[-1]["loops"].pop()
        self.emit("}")
        self.scopes.pop()

    def s_defer(self, d):
        kw = "defer"
        r = self.r.random()
        if self.chance(0.4):
            self.push()
            i = self.declare("int", "range", "i")
            i.read = True
            self.emit("for %s := 0; %s < 2; %s++ {" % (i.name, i.name, i.name))
            self.ind += 1
            self.defer_call(kw, d)
            self.ind -= 1
            self.emit("}")
            self.scopes.pop()
        else:
            self.defer_call(kw, d)

    def defer_call(self, kw, d):
        r = self.r.random()
        fns = [fn for fn in self.funcs if not fn.recv]
        if r < 0.35 and fns:
            self.emit("%s %s" % (kw, self.call_expr(self.pick(fns), d - 1)))
        elif r < 0.55:
            self.emit("%s func() {" % kw)
            self.ind += 1
            self.push()
            self.fctx.append({"results": [], "loops": [], "named": False})
            self.stmts(self.r.randint(1, 2), max(d - 1, 0))
            self.fctx.pop()
            self.pop()
            self.ind -= 1
            self.emit("}()")
        elif r < 0.7:
            self.nvar += 1
            q = "q%d" % self.nvar
            self.emit("%s func(%s *int) {" % (kw, q))
            self.ind += 1
            self.push()
            self.scopes[-1].append(Var(q, "*int", "param"))
            self.fctx.append({"results": [], "loops": [], "named": False})
            self.stmts(self.r.randint(1, 2), max(d - 1, 0))
            self.fctx.pop()
            self.pop()
            self.ind -= 1
            self.emit("}(%s)" % self.expr("*int", d - 1))
        elif r < 0.85:
            self.emit("%s fmt.Println(%s)" % (kw, self.expr(self.pick(TYPES), d - 1)))
        else:
            self.emit("%s %s.M(%s)" % (kw, self.rexpr(self.pick(["I", "T", "*U"]), d - 1), self.expr("*int", d - 1)))

    def s_go(self, d):
        self.defer_call("go", d)

    def s_typeswitch(self, d):
        src = self.vars_of("any") + self.vars_of("I")
        if not src:
            return self.s_decl(d)
        x = self.pick(src)
        cases = ["*int", "T", "*T", "*U", "S", "int", "string", "[]*int", "nil", "E", "*E"]
        if x.typ == "I":
            cases = ["T", "*T", "*U", "nil", "E", "*E"]
        cs = self.r.sample(cases, self.r.randint(1, min(3, len(cases))))
        bind = self.chance(0.7)
        self.nvar += 1
        vn = "ts%d" % self.nvar
        self.emit("switch %s%s.(type) {" % (vn + " := " if bind else "", self.use(x)))
        used = set(cs)
        for c in cs + (["default"] if self.chance(0.5) else []):
            multi = c not in ("default", "nil") and self.chance(0.15)
            extra = self.pick([o for o in cases if o not in used and o != "nil"] or [None]) if multi else None
            used.add(extra)
            label = c if not extra else "%s, %s" % (c, extra)
            self.emit("case %s:" % label if c != "default" else "default:")
            self.ind += 1
            self.push()
            if bind:
                t = c if c not in ("default", "nil") and not extra else x.typ
                v = Var(vn, t, "range")
                v.fixed = True
                self.scopes[-1].append(v)
            self.stmts(self.r.randint(0, 2), d - 1)
            if bind:
                self.emit("_ = %s" % vn)
                self.scopes[-1] = [w for w in self.scopes[-1] if w.name != vn]
            self.pop()
            self.ind -= 1
        self.emit("}")

    def s_send(self, d):
        ch = self.expr("chan *int", 0)
        if self.chance(0.3):
            self.emit("select {")
            self.emit("case %s <- %s:" % (ch, self.expr("*int", d)))
            self.emit("default:")
            self.emit("}")
        else:
            self.emit("%s <- %s" % (ch, self.expr("*int", d)))

    def s_selfassign(self, d):
        opts = []
        for t, f in (("*U", "buf"), ("*S", "s")):
            for v in self.vars_of(t):
                opts.append((v, f))
        if not opts:
            return self.s_assign(d)
        v, f = self.pick(opts)
        self.use(v)
        form = self.pick(["%s.%s = %s.%s[1:]", "%s.%s = %s.%s[:0]", "%s.%s = %s.%s[1:2]"])
        self.emit(form % (v.name, f, v.name, f))

    def s_multi(self, d):
        fns = [fn for fn in self.funcs if len(fn.results) >= 2 and not fn.recv]
        if not fns:
            return self.s_decl(d)
        fn = self.pick(fns)
        lhs = []
        for t in fn.results:
            l = self.lhs(t) if self.chance(0.5) else None
            lhs.append(l or "_")
        if all(x == "_" for x in lhs) and self.chance(0.7):
            c = self.call_expr(fn, d)
            vs = [self.declare(t) for t in fn.results]
            self.emit("%s := %s" % (", ".join(v.name for v in vs), c))
        else:
            self.emit("%s = %s" % (", ".join(lhs), self.call_expr(fn, d)))

    def s_commaok(self, d):
        r = self.r.random()
        if r < 0.4:
            m = self.expr("map[int]*int", d - 1)
            ok = self.declare("bool", "local", "ok")
            v = self.declare("*int")
            self.emit("%s, %s := %s[%d]" % (v.name, ok.name, m, self.r.randint(0, 2)))
        elif r < 0.8:
            src = self.vars_of("any") + self.vars_of("I")
            t = self.pick(["*int", "T", "*T", "*U"])
            if not src or (t == "*int" and src[0].typ == "I"):
                x = self.expr(t, d - 1)
                ok = self.declare("bool", "local", "ok")
                v = self.declare(t)
                self.emit("%s, %s := (%s).(%s)" % (v.name, ok.name, "any(%s)" % x, t))
            else:
                x = self.pick(src)
                if x.typ == "I" and t == "*int":
                    t = "*T"
                ok = self.declare("bool", "local", "ok")
                v = self.declare(t)
                self.emit("%s, %s := %s.(%s)" % (v.name, ok.name, self.use(x), t))
        else:
            c = self.expr("chan *int", 0)
            ok = self.declare("bool", "local", "ok")
            v = self.declare("*int")
            self.emit("%s, %s := <-%s" % (v.name, ok.name, c))

    def s_closure_var(self, d):
        t = self.pick(["func(*int) *int", "func() int"])
        c = self.closure(t, d - 1)
        v = self.declare(t)
        self.emit("%s := %s" % (v.name, c))
        if self.chance(0.3):
            v.fixed = True
        r = self.r.random()
        if r < 0.5:
            if t == "func() int":
                self.emit("_ = %s()" % self.use(v))
            else:
                self.emit("_ = %s(%s)" % (self.use(v), self.expr("*int", d - 1)))
        elif r < 0.7:
            self.emit("%s = %s" % (self.pick(["gf", "sinkAny"]) if t == "func(*int) *int" else "sinkAny", self.use(v)))

    def s_iface_var(self, d):
        t = self.pick(["T", "*T", "*U"])
        x = self.expr(t, d - 1)
        v = self.declare("I")
        self.emit("var %s I = %s" % (v.name, x))
        self.emit("%s%s.M(%s)" % ("_ = " if self.chance(0.5) else "", self.use(v), self.expr("*int", d - 1)))
        if self.chance(0.2):
            w = self.declare("func(*int) *int")
            self.emit("%s := %s.M" % (w.name, self.use(v)))
            self.emit("_ = %s(nil)" % self.use(w))

    def s_counter(self, d):
        """A variable captured by reference (modified in a closure)."""
        c = self.declare("int")
        c.read = True
        self.emit("%s := 0" % c.name)
        self.nvar += 1
        f = "inc%d" % self.nvar
        self.emit("%s := func() int {" % f)
        self.emit("\t%s++" % c.name)
        self.emit("\treturn %s" % c.name)
        self.emit("}")
        r = self.r.random()
        if r < 0.3:
            self.emit("gf = func(p *int) *int { %s(); return p }" % f)
        elif r < 0.5:
            self.emit("sinkAny = %s" % f)
        elif r < 0.7:
            self.emit("gp = &%s" % c.name)
        else:
            self.emit("_ = %s()" % f)
        self.emit("_ = %s" % f)

    def s_select(self, d):
        ch = self.expr("chan *int", 0)
        self.emit("select {")
        self.nvar += 1
        v = "r%d" % self.nvar
        self.emit("case %s := <-%s:" % (v, ch))
        self.emit("\tgp = %s" % v if self.chance(0.5) else "\t_ = %s" % v)
        self.emit("case %s <- %s:" % (self.expr("chan *int", 0), self.expr("*int", d - 1)))
        if self.chance(0.5):
            self.emit("default:")
        self.emit("}")

    def s_sync(self, d):
        r = self.r.random()
        self.nvar += 1
        if r < 0.4:
            self.emit("var wg%d sync.WaitGroup" % self.nvar)
            self.emit("wg%d.Add(1)" % self.nvar)
            self.emit("go func() {")
            self.emit("\tdefer wg%d.Done()" % self.nvar)
            self.emit("\tgp = %s" % self.expr("*int", 0))
            self.emit("}()")
            self.emit("wg%d.Wait()" % self.nvar)
        elif r < 0.7:
            self.emit("gmu.Lock()")
            self.emit("gs = append(gs, %s)" % self.expr("*int", d - 1))
            self.emit("gmu.Unlock()")
        else:
            self.emit("var mu%d sync.Mutex" % self.nvar)
            self.emit("mu%d.Lock()" % self.nvar)
            self.emit("defer mu%d.Unlock()" % self.nvar)

    def s_concat(self, d):
        parts = [self.expr("string", d - 1) for _ in range(self.r.randint(2, 4))]
        r = self.r.random()
        if r < 0.3:
            self.emit("sinkStr = %s" % " + ".join(parts))
        elif r < 0.6:
            v = self.declare("string")
            self.emit("%s := %s" % (v.name, " + ".join(parts)))
        else:
            self.emit("fmt.Println(%s)" % " + ".join(parts))

    def s_methexpr(self, d):
        r = self.r.random()
        if r < 0.3:
            self.emit("_ = T.M(%s, %s)" % (self.expr("T", d - 1), self.expr("*int", d - 1)))
        elif r < 0.6:
            v = self.declare("func(*int) *int")
            self.emit("%s := %s.M" % (v.name, self.rexpr(self.pick(["T", "*U", "E", "*E", "I"]), d - 1)))
            if self.chance(0.5):
                self.emit("gf = %s" % self.use(v))
        else:
            self.emit("_ = (*U).M(%s, %s)" % (self.rexpr("*U", d - 1), self.expr("*int", d - 1)))

    def s_spread(self, d):
        fns = [fn for fn in self.funcs if fn.variadic and not fn.recv]
        r = self.r.random()
        if fns and r < 0.5:
            fn = self.pick(fns)
            args = [self.expr(t, d - 1) for _, t in fn.params]
            args.append(self.nonnil("[]" + fn.variadic, d - 1) + "...")
            self.emit("%s(%s)" % (fn.name, ", ".join(args)))
        else:
            self.emit("fmt.Println(%s...)" % self.nonnil("[]any", d - 1))

    def s_arrslice(self, d):
        self.nvar += 1
        a = "arr%d" % self.nvar
        self.emit("var %s [4]*int" % a)
        self.emit("%s[%s] = %s" % (a, self.pick(["0", "3"]), self.expr("*int", d - 1)))
        r = self.r.random()
        if r < 0.3:
            self.emit("gs = %s[:]" % a)
        elif r < 0.6:
            self.emit("_ = append(%s[1:2], %s)" % (a, self.expr("*int", 0)))
        else:
            self.emit("gp = %s[1]" % a)
        self.emit("_ = %s" % a)

    def s_structcopy(self, d):
        l = self.lhs("S")
        if l:
            self.emit("%s = %s" % (l, self.expr("S", d - 1)))
        p = self.place("*S")
        if p and self.chance(0.5):
            self.emit("*%s = *%s" % (self.prim(p), self.prim(self.expr("*S", 0) if self.expr("*S", 0) != "nil" else "gS")))

    def s_closure_chain(self, d):
        self.nvar += 1
        n = self.nvar
        x = self.expr("*int", d - 1)
        self.emit("mk%d := func(q *int) func() *int {" % n)
        self.emit("\treturn func() *int { return q }")
        self.emit("}")
        r = self.r.random()
        if r < 0.4:
            self.emit("gp = mk%d(%s)()" % (n, x))
        elif r < 0.7:
            self.emit("sinkAny = mk%d(%s)" % (n, x))
        else:
            self.emit("_ = mk%d(%s)()" % (n, x))

    def s_swap(self, d):
        t = self.pick(["*int", "[]*int", "*S"])
        a = self.lhs(t)
        if not a:
            return self.s_decl(d)
        b = self.lhs(t)
        self.emit("%s, %s = %s, %s" % (a, b, b, a))

    def s_misc(self, d):
        r = self.r.random()
        if r < 0.2:
            self.emit("copy(%s, %s)" % (self.nonnil("[]*int", d - 1), self.nonnil("[]*int", d - 1)))
        elif r < 0.35:
            self.emit("delete(%s, %d)" % (self.expr("map[int]*int", 0), self.r.randint(0, 3)))
        elif r < 0.5:
            self.emit("if %s {" % self.cond(0))
            self.emit("\tpanic(%s)" % self.expr(self.pick(TYPES), d - 1).replace("\n", "\n\t"))
            self.emit("}")
        elif r < 0.65:
            self.emit("sinkStr %s %s" % (self.pick(["=", "+="]), self.expr("string", d)))
        elif r < 0.8:
            self.emit("sinkAny = %s" % self.expr(self.pick(TYPES), d))
        elif r < 0.9:
            self.emit("gs = %s" % self.expr("[]*int", d))
        else:
            p = self.lhs("*int")
            if p:
                self.emit("*%s = %s" % (p if re.match(r"^[\w.]+$", p) else "(%s)" % p, self.expr("int", d)))

    def s_return(self, d):
        if not self.fctx[-1]["results"] and self.fctx[-1]["loops"] and self.chance(0.5):
            return
        self.emit("if %s {" % self.cond(0))
        self.ind += 1
        self.emit_return(d) if self.fctx[-1]["results"] else self.emit("return")
        self.ind -= 1
        self.emit("}")

    # -- program -------------------------------------------------------
    def signature(self, i):
        np = self.r.choice([0, 1, 1, 2, 2, 3])
        params = [("p%d" % j, self.pick(SIG_TYPES)) for j in range(np)]
        nr = self.r.choice([0, 1, 1, 1, 2])
        results = [self.pick(SIG_TYPES) for _ in range(nr)]
        variadic = self.pick(["*int", "any"]) if self.chance(0.15) else None
        return Func("f%d" % i, params, results, variadic, named=self.chance(0.2))

    def program(self):
        nf = max(2, int(self.r.randint(3, 7) * self.scale))
        self.funcs = [self.signature(i) for i in range(nf)]
        head = HEADER
        self.out = []
        # globals
        self.push()
        for name, t in GLOBALS:
            self.scopes[-1].append(Var(name, t, "global"))
        methods = [("(t T) M", [("p", "*int")], ["*int"], ("t", "T")),
                   ("(u *U) M", [("p", "*int")], ["*int"], ("u", "*U")),
                   ("(t *T) Set", [("p", "*int")], [], ("t", "*T")),
                   ("(t T) Get", [], ["*int"], ("t", "T")),
                   ("(u *U) Pop", [], ["*int"], ("u", "*U"))]
        for sig, params, results, recv in methods:
            body = self.func_body(params, results, False, self.r.randint(0, 4), 2, recv=recv)
            if "Pop" in sig and self.chance(0.7):
                body = "\tu.buf = u.buf[1:]\n" + body
            ps = ", ".join("%s %s" % p for p in params)
            self.out.append("func %s(%s) %s {\n%s}\n" % (sig, ps, " ".join(results), body))
        for fn in self.funcs:
            params = list(fn.params)
            ps = ", ".join("%s %s" % p for p in params)
            if fn.variadic:
                ps += (", " if ps else "") + "vs ...%s" % fn.variadic
                params.append(("vs", "[]" + fn.variadic))
            names = None
            if fn.named and fn.results:
                names = ["r%d_%s" % (i, fn.name) for i in range(len(fn.results))]
                rs = "(%s)" % ", ".join("%s %s" % nt for nt in zip(names, fn.results))
            else:
                rs = fn.results[0] if len(fn.results) == 1 else "(%s)" % ", ".join(fn.results) if fn.results else ""
            body = self.func_body(params, fn.results, names,
                                  self.r.randint(2, int(10 * self.scale) + 2), 2)
            self.out.append("func %s(%s) %s {\n%s}\n" % (fn.name, ps, rs, body))
        main = self.func_body([], [], False, self.r.randint(1, 5), 2)
        self.out.append("func main() {\n%s\tfmt.Println(sinkStr)\n}\n" % main)
        return head + "\n".join(self.out)


HEADER = """package main

import (
	"fmt"
	"sync"
)

type S struct {
	p *int
	n int
	s []*int
	q *S
}

type T struct {
	p *int
	n int
}

type U struct {
	buf []*int
	p   *int
}

type I interface {
	M(p *int) *int
}

type E struct {
	T
	q *int
}

var gmu sync.Mutex

var gp *int
var gpp **int
var gs []*int
var gS *S
var gI I
var sinkAny any
var sinkStr string
var gf func(*int) *int
var gm map[int]*int
var gch chan *int
var gT T

func id(p *int) *int { return p }

func deref2(p *int) *int { return gp }

"""
GLOBALS = [("gp", "*int"), ("gpp", "**int"), ("gs", "[]*int"), ("gS", "*S"), ("gI", "I"),
           ("sinkAny", "any"), ("sinkStr", "string"), ("gf", "func(*int) *int"),
           ("gm", "map[int]*int"), ("gch", "chan *int"), ("gT", "T")]


def generate(seed, size=1.0):
    return Gen(seed, size).program()


# {==================== Running ====================

# Which of Go's views is compared: "l" (`-m -l`, the default), "inline"
# (plain -m, inlining on) or "inline-escape" (plain -m without the inlining
# messages themselves, on both sides: escape decisions after inlining only),
# "l2" (-m=2 -l) or "inline2" (plain -m=2): the explanations too.
MODE = "l"
# With --checkescape, each program Go accepts is also built with
# `mgoc build -d=checkescape` and run: a wrong "does not escape" stops it.
CHECKESCAPE = False
# With --exec, each program Go accepts is also built by both (mgoc with -l
# in the -m -l view) and run: stdout, exit status and the first line of
# stderr (the panic or fatal error; goroutine traces differ) must agree.
EXEC = False
INLINING_MSG = re.compile(r"^[^:]*:\d+:\d+: (can inline|cannot inline|inlining call to) ")


def keep_line(l):
    # Go's wrappers (<autogenerated>) are not mgo's business in this view.
    return MODE != "inline-escape" or not (INLINING_MSG.match(l) or l.startswith("<autogenerated>"))


def m_flags():
    """The -m flags of the view, the same for Go and mgoc."""
    return {"l": ["-m", "-l"], "l2": ["-m=2", "-l"], "inline2": ["-m=2"]}.get(MODE, ["-m"])


def go_m(path):
    """Go's -m lines for path (a copy named main.go), or None if Go rejects it."""
    d = tempfile.mkdtemp(prefix="escgen")
    try:
        shutil.copy(path, os.path.join(d, "main.go"))
        # (-m=2 writes its explanations to stdout, the rest to stderr: one
        # stream keeps their order)
        p = subprocess.run(["go", "tool", "compile", "-p", "main"] + m_flags() + ["-o", os.path.join(d, "o.o"),
                                                                               "main.go"],
                           cwd=d, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        raw = [re.sub(r" at main\.go:", " at " + path + ":", l) for l in p.stdout.split("\n") if l]
        if MODE != "l":
            with open(path + ".go-m", "w") as f:
                f.write("\n".join(re.sub(r"^main\.go:", path + ":", l) for l in raw) + "\n")
        lines = [l for l in raw if keep_line(l)]
        if p.returncode != 0:
            return None, lines
        return [re.sub(r"^main\.go:", path + ":", l) for l in lines], None
    finally:
        shutil.rmtree(d, ignore_errors=True)


def mgo_m(path, mgoc=MGOC):
    try:
        flags = m_flags()
        env = dict(os.environ)
        p = subprocess.run([mgoc, "build"] + flags + ["-o", "/dev/null", path], capture_output=True, text=True,
                           timeout=60, env=env)
    except subprocess.TimeoutExpired:
        return 124, ["TIMEOUT"]
    return p.returncode, [l for l in p.stderr.split("\n") if l and keep_line(l)]


def compare(path, mgoc=MGOC):
    """Returns (status, go_lines, mgo_lines): status is 'invalid' (Go rejects),
    'same', 'differ', 'rejected' (mgoc rejects what Go accepts) or 'crash'."""
    go, errs = go_m(path)
    if go is None:
        return "invalid", errs, []
    rc, mg = mgo_m(path, mgoc)
    if rc < 0 or rc > 1 or any("internal error" in l or "Sanitizer" in l for l in mg):
        return "crash", go, mg
    if rc == 1:
        return "rejected", go, mg
    return ("same" if go == mg else "differ"), go, mg


def checkescape(path, mgoc=MGOC):
    """Builds path with -d=checkescape and runs it (10 s at most: random
    programs may block or loop). Returns None, or why the check failed: an
    escape-analysis fatal error (a wrong "does not escape") or no binary."""
    d = tempfile.mkdtemp(prefix="escgen-ce")
    try:
        exe = os.path.join(d, "prog")
        flags = ["-l"] if MODE in ("l", "l2") else []
        b = subprocess.run([mgoc, "build", "-d=checkescape"] + flags + ["-o", exe, path],
                           capture_output=True, text=True, timeout=120)
        if b.returncode != 0:
            plain = subprocess.run([mgoc, "build"] + flags + ["-o", exe, path],
                                   capture_output=True, text=True, timeout=120)
            if plain.returncode != 0:
                return None   # not built without the check either (unsupported)
            return "does not build with -d=checkescape: " + (b.stderr.strip().splitlines() or ["?"])[-1]
        try:
            r = subprocess.run([exe], capture_output=True, text=True, timeout=10, stdin=subprocess.DEVNULL)
            err = r.stderr
        except subprocess.TimeoutExpired as e:
            err = (e.stderr or b"").decode("utf-8", "replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        for l in err.splitlines():
            if "escape analysis" in l:
                return l
        return None
    finally:
        shutil.rmtree(d, ignore_errors=True)


def run_exe(exe, timeout=10):
    """(exit status, stdout, stderr's first line) of exe; a timeout is status
    'timeout' (random programs may block or loop)."""
    try:
        r = subprocess.run([exe], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
    err = r.stderr.decode("utf-8", "replace").split("\n")
    return r.returncode, r.stdout.decode("utf-8", "replace"), err[0]


def exec_compare(path, mgoc=MGOC):
    """Builds path with Go and with mgoc and runs both. Returns None when
    they agree (or mgoc does not build it: compare() reports that), else
    lines saying how they differ."""
    d = tempfile.mkdtemp(prefix="escgen-run")
    try:
        shutil.copy(path, os.path.join(d, "main.go"))
        g = subprocess.run(["go", "build", "-o", "gprog", "main.go"], cwd=d, capture_output=True,
                           text=True, timeout=300, env=dict(os.environ, GOFLAGS="", GO111MODULE="off"))
        if g.returncode != 0:
            return None
        flags = ["-l"] if MODE in ("l", "l2") else []
        b = subprocess.run([mgoc, "build"] + flags + ["-o", os.path.join(d, "mprog"), path],
                           capture_output=True, text=True, timeout=300)
        if b.returncode != 0:
            return ["mgoc build failed: " + (b.stderr.strip().splitlines() or ["?"])[-1]]
        go = run_exe(os.path.join(d, "gprog"))
        mg = run_exe(os.path.join(d, "mprog"))
        if go == mg:
            return None
        out = []
        if go[0] != mg[0]:
            out.append("exit: go %s, mgo %s" % (go[0], mg[0]))
        if go[2] != mg[2]:
            out.append("stderr: go %r, mgo %r" % (go[2][:100], mg[2][:100]))
        if go[1] != mg[1]:
            gl, ml = go[1].split("\n"), mg[1].split("\n")
            i = next((k for k in range(min(len(gl), len(ml))) if gl[k] != ml[k]), min(len(gl), len(ml)))
            out.append("stdout line %d: go %r, mgo %r" % (i + 1, "\n".join(gl[i:i + 1])[:80],
                                                          "\n".join(ml[i:i + 1])[:80]))
        return out
    finally:
        shutil.rmtree(d, ignore_errors=True)


def diff_lines(go, mg):
    import collections
    cg, cm = collections.Counter(go), collections.Counter(mg)
    missing = list((cg - cm).elements())
    extra = list((cm - cg).elements())
    if not missing and not extra and go != mg:
        return ["order differs"]
    return ["- " + l for l in missing] + ["+ " + l for l in extra]


def strip_pos(l):
    return re.sub(r"^[^:]*:\d+:\d+: ", "", l)


def reduce_file(path, mgoc=MGOC, log=None):
    """Deletes lines and brace-balanced blocks while Go still accepts the
    program and mgoc still disagrees in the same way (same status, and one of
    the original differing messages, positions ignored, still differs)."""
    src = open(path).read().split("\n")
    status, go, mg = compare(path, mgoc)
    if status in ("same", "invalid"):
        return None
    want = status
    sig = {strip_pos(l[2:]) for l in diff_lines(go, mg)} if status == "differ" else None
    tmp = path + ".red.mgo"

    def interesting(lines):
        open(tmp, "w").write("\n".join(lines))
        st, g, m = compare(tmp, mgoc)
        if st != want:
            return False
        if sig is not None:
            now = {strip_pos(l[2:]) for l in diff_lines(g, m)}
            return bool(now & sig) or (now == {"order differs"[2:]} and sig == now)
        return True

    lines = src
    changed = True
    while changed:
        changed = False
        # blocks first (a line ending in "{" through its matching "}")
        i = 0
        while i < len(lines):
            l = lines[i]
            if l.rstrip().endswith("{") or re.match(r"^\s*(case .*|default):$", l):
                depth, j = 0, i
                opener = lines[i].rstrip().endswith("{")
                if opener:
                    for j in range(i, len(lines)):
                        depth += lines[j].count("{") - lines[j].count("}")
                        if depth <= 0 and j > i:
                            break
                else:
                    ind = len(l) - len(l.lstrip())
                    j = i + 1
                    while j < len(lines) and (len(lines[j]) - len(lines[j].lstrip()) > ind):
                        j += 1
                    j -= 1
                cand = lines[:i] + lines[j + 1:]
                if j > i and interesting(cand):
                    lines, changed = cand, True
                    continue
            i += 1
        # single lines, from the bottom
        i = len(lines) - 1
        while i >= 0:
            if lines[i].strip() and not lines[i].startswith(("package", "import")):
                cand = lines[:i] + lines[i + 1:]
                if interesting(cand):
                    lines, changed = cand, True
            i -= 1
        # simplify: replace an expression line's right-hand side is left to people
    if os.path.exists(tmp):
        os.remove(tmp)
    out = path.replace(".mgo", ".min.mgo")
    open(out, "w").write("\n".join(l for l in lines if l.strip() != "" or True))
    if log:
        log("reduced %s: %d -> %d lines" % (path, len(src), len(lines)))
    return out


def run_one(args):
    seed, outdir, mgoc, size = args
    path = os.path.join(outdir, "s%d.mgo" % seed)
    open(path, "w").write(generate(seed, size))
    status, go, mg = compare(path, mgoc)
    info = []
    if CHECKESCAPE and status in ("same", "differ"):
        why = checkescape(path, mgoc)
        if why:
            status, info = "checkescape", [why]
    if status == "differ":
        info = diff_lines(go, mg)
    elif status == "rejected":
        info = [l for l in mg if not re.search(r": (.*escapes to heap|.*does not escape|leaking param|moved to heap|devirtualizing|.*ignoring self-assignment)", l)][:3]
    elif status == "invalid":
        info = go[:2]
    elif status == "crash":
        info = mg[-3:]
    elif status == "checkescape":
        pass
    if EXEC and status in ("same", "differ"):
        why = exec_compare(path, mgoc)
        if why:
            status, info = ("run-differ" if status == "same" else "differ+run"), info + why
    if status in ("same", "invalid"):
        os.remove(path)
    return seed, status, len(go), info


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("seed", type=int)
    g.add_argument("--size", type=float, default=1.0)
    r = sub.add_parser("run")
    r.add_argument("-n", type=int, default=200)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("-j", type=int, default=os.cpu_count() or 2)
    r.add_argument("--out", default="/tmp/escgen")
    r.add_argument("--mgoc", default=MGOC)
    r.add_argument("--size", type=float, default=1.0)
    r.add_argument("--no-reduce", action="store_true")
    r.add_argument("-v", action="store_true")
    r.add_argument("--checkescape", action="store_true",
                   help="also run each program built with -d=checkescape")
    r.add_argument("--exec", action="store_true",
                   help="also build and run each program with Go and mgoc and compare the runs")
    d = sub.add_parser("reduce")
    d.add_argument("file")
    d.add_argument("--mgoc", default=MGOC)
    for sp in (r, d):
        sp.add_argument("--mode", choices=("l", "inline", "inline-escape", "l2", "inline2"), default="l",
                        help="Go's -m -l view (default), plain -m, plain -m escape lines only, -m=2 -l, plain -m=2")
    a = ap.parse_args()
    global MODE, CHECKESCAPE, EXEC
    MODE = getattr(a, "mode", "l")
    EXEC = getattr(a, "exec", False)
    CHECKESCAPE = getattr(a, "checkescape", False)
    if a.cmd == "gen":
        sys.stdout.write(generate(a.seed, a.size))
        return 0
    if a.cmd == "reduce":
        out = reduce_file(a.file, a.mgoc, log=print)
        if out:
            print(open(out).read())
        return 0
    os.makedirs(a.out, exist_ok=True)
    counts = {}
    bad = []
    golines = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        jobs = [(s, a.out, a.mgoc, a.size) for s in range(a.seed, a.seed + a.n)]
        for seed, status, ngo, info in ex.map(run_one, jobs):
            counts[status] = counts.get(status, 0) + 1
            if status != "invalid":
                golines += ngo
            if status not in ("same", "invalid") or (a.v and status == "invalid"):
                bad.append(seed)
                print("seed %d: %s" % (seed, status))
                for l in info[:6]:
                    print("    " + l)
    print("%d programs: %s; %d Go lines in valid programs" % (
        a.n, ", ".join("%s %d" % kv for kv in sorted(counts.items())), golines))
    if not a.no_reduce:
        for s in bad:
            p = os.path.join(a.out, "s%d.mgo" % s)
            if os.path.exists(p) and not os.path.exists(p.replace(".mgo", ".min.mgo")):
                reduce_file(p, a.mgoc, log=print)
    return 1 if any(k not in ("same", "invalid") for k in counts) else 0


if __name__ == "__main__":
    sys.exit(main())
