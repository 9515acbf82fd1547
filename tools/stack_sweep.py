#!/usr/bin/env python3
"""stack_sweep.py: are mgoc's frame estimates upper bounds of gcc's frames?

The stack checks of generated code (codegen/stackcheck.c, rt/sched.h
"Stacks") are only as good as the frame sizes they assume: a frame larger
than its estimate runs past the stack segment. mgoc writes its estimate of
every generated function into the C (`//@frame NAME BYTES` lines); this
tool compiles that C with gcc -fstack-usage at each optimisation level mgoc
builds with, and checks every function's real frame (its .su line, outgoing
argument area included) against the estimate. A function without an
estimate (a thunk, wrapper or runtime glue) must stay under SMALL bytes:
it runs unchecked, in the reserve below the stack guard.

usage:
  stack_sweep.py [--mgoc M] [-j J] [--modes a,b] [--escgen N] [--huge N]
                 [--seed S] [--verbose] [FILE.mgo ...]
    FILE.mgo      programs to check (e.g. tests/run/*.mgo)
    --escgen N    also N random programs of tools/escgen.py
    --huge N      also N random programs with huge arrays and structs in
                  every position (escgen's programs, their types enlarged)
Prints one line per failing function, then the totals; exits 1 on a failure.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Bytes a function without an estimate may take: it runs unchecked, in the
# 32 KiB reserve below the stack guard (rt/sched.h, RT_STACK_RESERVE),
# alongside the runtime's own frames.
SMALL = 1024

# The flags of codegen/compile.c, and of the test builds: (name, mgoc
# flags, C compiler flags).
CC_COMMON = ["-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-w",
             "--param", "max-inline-insns-single=400", "--param", "early-inlining-insns=100",
             "-fno-optimize-sibling-calls", "-fno-stack-clash-protection", "-fno-tree-tail-merge"]
MODES = {
    "O2": ([], ["-O2", "-g1"]),
    "g": (["-g"], ["-O0", "-g"]),
    "ce": (["-d=checkescape"], ["-O2", "-g1"]),
    "asan": ([], ["-O2", "-g1", "-O1", "-fsanitize=address", "-fno-omit-frame-pointer"]),
}

FRAME_RE = re.compile(r"^//@frame (\S+) (\d+)$", re.M)


def huge_program(src):
    """escgen's program with its types enlarged: every [2]*int array and
    the structs S, T and E carry tens of KiB, in params, results,
    receivers, captures, literals and interface conversions alike."""
    src = src.replace("[2]*int", "[3000]*int")
    src = re.sub(r"(type (S|T|U|E) struct \{\n)", r"\1\tpad [2500]int\n", src)
    return keyed_t_literals(src)


def keyed_t_literals(src):
    """T{a, b} -> T{p: a, n: b}: escgen's one positional literal, which a
    new field would break."""
    out, i = [], 0
    while True:
        j = src.find("T{", i)
        if j < 0:
            out.append(src[i:])
            return "".join(out)
        if j > 0 and (src[j - 1].isalnum() or src[j - 1] == "_"):
            out.append(src[i:j + 2])
            i = j + 2
            continue
        depth, k, parts, start = 0, j + 2, [], j + 2
        while k < len(src):
            c = src[k]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif c == "," and depth == 0:
                parts.append(src[start:k])
                start = k + 1
            k += 1
        parts.append(src[start:k])
        body = src[j + 2:k]
        if len(parts) == 2 and not any(":" in p_ for p_ in parts) and body.strip():
            body = "p: %s, n: %s" % (parts[0].strip(), parts[1].strip())
        out.append(src[i:j + 2] + keyed_t_literals(body) + "}")
        i = k + 1


DEF_RE = re.compile(r"^static [^;{]*?\b(\w+)\([^;]*\)\s*\{?$", re.M)
IDENT_RE = re.compile(r"\b\w+\b")
ATTR_RE = re.compile(r"__attribute__\(\(.*?\)\)\s*")


def inline_bounds(csrc, est):
    """Each function's estimate plus what gcc may inline into it: the
    largest bound among the generated functions its body names (called
    or stored as a func value gcc can see through), except those it may
    not inline (noinline: the bodies of large frames and thunks). What the
    callees would take below the frame is what they take inside it."""
    bodies, noinline = {}, set()
    lines = csrc.split("\n")
    i = 0
    while i < len(lines):
        m = DEF_RE.match(ATTR_RE.sub("", lines[i]))
        if m and not lines[i].endswith(";"):
            name = m.group(1)
            if "noinline" in lines[i]:
                noinline.add(name)
            j = i + 1
            while j < len(lines) and lines[j] != "}":
                j += 1
            bodies[name] = set(IDENT_RE.findall("\n".join(lines[i + 1:j])))
            i = j
        elif m and "noinline" in lines[i]:   # a prototype
            noinline.add(m.group(1))
        i += 1
    memo, active = {}, set()

    def bound(f):
        if f in memo:
            return memo[f]
        if f in active:   # recursion: gcc inlines a cycle at most partly
            return est.get(f, SMALL)
        active.add(f)
        inner = 0
        for c in bodies.get(f, ()):
            if c != f and c in bodies and c not in noinline:
                inner = max(inner, bound(c))
        active.discard(f)
        memo[f] = est.get(f, SMALL) + inner
        return memo[f]
    bounds = dict(est)
    bounds.update({f: bound(f) for f in bodies})
    return bounds


def check_one(args, name, src, mode, tmp):
    mflags, cflags = MODES[mode]
    base = os.path.join(tmp, "p")
    with open(base + ".mgo", "w") as f:
        f.write(src)
    r = subprocess.run([args.mgoc, "build"] + mflags + ["-emit-c", base + ".c", "-o", "/dev/null",
                                                       base + ".mgo"],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        return None   # not a program mgoc takes: nothing to check
    csrc = open(base + ".c").read()
    est = {m.group(1): int(m.group(2)) for m in FRAME_RE.finditer(csrc)}
    inc = args.rt
    cc = os.environ.get("CC", "cc")
    r = subprocess.run([cc] + CC_COMMON + cflags + ["-I" + inc, "-fstack-usage", "-c",
                                                    "-o", base + ".o", base + ".c"],
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        return {"error": "cc failed: " + r.stderr[:500]}
    bounds = inline_bounds(csrc, est)
    fails, n = [], 0
    for line in open(base + ".su"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        fn = parts[0].rsplit(":", 1)[-1].split(".")[0]   # gcc's clones: .isra, .constprop
        real = int(parts[1])
        n += 1
        bound = bounds.get(fn, SMALL)
        if mode == "asan":   # redzones: rt/go_rt.h, GO_FRAME_SCALE
            bound += bound // 8 + 2048
        if real > bound:
            fails.append((fn, real, bound, fn in est))
    return {"n": n, "fails": fails}


def job(args, name, src, mode):
    with tempfile.TemporaryDirectory() as tmp:
        try:
            return name, mode, check_one(args, name, src, mode, tmp)
        except subprocess.TimeoutExpired:
            return name, mode, {"error": "timeout"}


def programs(args):
    for f in args.files:
        yield f, open(f).read()
    if args.escgen or args.huge:
        import escgen
        for i in range(args.escgen):
            seed = args.seed + i
            yield "escgen:%d" % seed, escgen.generate(seed)
        for i in range(args.huge):
            seed = args.seed + 100000 + i
            yield "huge:%d" % seed, huge_program(escgen.generate(seed))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--rt", default=os.path.join(ROOT, "rt"),
                    help="the runtime headers the C is compiled with (those of --mgoc's tree)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--escgen", type=int, default=0)
    ap.add_argument("--huge", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    modes = args.modes.split(",")
    progs = nfuncs = nfail = nerr = 0
    with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
        futs = [ex.submit(job, args, name, src, mode)
                for name, src in programs(args) for mode in modes]
        seen = set()
        for fut in futs:
            name, mode, res = fut.result()
            if res is None:
                continue
            seen.add(name)
            if "error" in res:
                nerr += 1
                print("ERROR %s [%s]: %s" % (name, mode, res["error"]))
                continue
            nfuncs += res["n"]
            for fn, real, bound, has in res["fails"]:
                nfail += 1
                print("FAIL %s [%s] %s: frame %d > %s %d" % (
                    name, mode, fn, real, "estimate" if has else "unchecked limit", bound))
            if args.verbose:
                print("ok %s [%s]: %d functions" % (name, mode, res["n"]))
        progs = len(seen)
    print("stack_sweep: %d programs, %d modes, %d functions checked, %d over their estimate, "
          "%d errors" % (progs, len(modes), nfuncs, nfail, nerr))
    return 1 if nfail or nerr else 0


if __name__ == "__main__":
    sys.exit(main())
