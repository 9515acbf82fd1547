#!/usr/bin/env python3
"""compile.py: `make bench-compile` — escape-analysis speed on large programs.

Generates pointer-heavy programs of 10k, 30k and 100k lines (gen_big.py) and
times `mgoc build -m -o /dev/null` beside `go build -gcflags='-m -l'` (when
Go is installed), median of 3 runs each, then reports how mgoc's time grows
from 10k to 100k lines (1.0 per line would be exactly linear). Then shapes
that have been quadratic or worse, at 2,500 to 10,000 levels: a deeply
nested composite literal (&T{next: &T{next: ...}}) alone, in a loop and in
a closure, a chain of assignments through pointers, and a tower of pointer
types (x1 := &x0; x2 := &x1; ...).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def timed(cmd, cwd=None, runs=3, touch=None):
    ts = []
    for i in range(runs):
        if touch:
            # A new comment changes the source hash, so Go's build cache
            # cannot answer and main really is compiled (its deps stay cached).
            with open(touch, "a") as f:
                f.write("// run %d %f\n" % (i, time.time()))
        t0 = time.perf_counter()
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ts.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise SystemExit("failed: %s" % " ".join(cmd))
    return statistics.median(ts)


def main():
    tmp = tempfile.mkdtemp()
    mgoc = os.path.join(ROOT, "build", "mgoc")
    have_go = shutil.which("go") is not None
    sizes = [10000, 30000, 100000]
    res = {}
    print("%8s  %10s  %10s  %8s" % ("lines", "mgoc -m s", "go -m s", "mgo/go"))
    for n in sizes:
        d = os.path.join(tmp, str(n))
        os.makedirs(d)
        src = os.path.join(d, "main.go")
        with open(src, "w") as f:
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_big.py"), str(n)], stdout=f, check=True)
        mg = timed([mgoc, "build", "-m", "-o", "/dev/null", src])
        go = None
        if have_go:
            subprocess.run(["go", "mod", "init", "m"], cwd=d, capture_output=True)
            subprocess.run(["go", "build", "-o", "/dev/null", "."], cwd=d, capture_output=True)  # warm the cache for fmt
            go = timed(["go", "build", "-o", "/dev/null", "-gcflags=-m -l", "."], cwd=d, touch=src)
        res[n] = mg
        print("%8d  %10.3f  %10s  %8s" % (n, mg, "%.3f" % go if go else "-", "%.2f" % (mg / go) if go else "-"))
    print("growth 10k -> 100k lines: time x%.1f for 10x the lines" % (res[100000] / res[10000]))
    print("%8s  %8s  %10s" % ("shape", "levels", "mgoc -m s"))
    for shape in SHAPES:
        t = {}
        for n in (2500, 5000, 10000):
            src = os.path.join(tmp, "%s%d.go" % (shape, n))
            with open(src, "w") as f:
                f.write(SHAPES[shape](n))
            t[n] = timed([mgoc, "build", "-m", "-o", "/dev/null", src])
            print("%8s  %8d  %10.3f" % (shape, n, t[n]))
        print("%8s  growth 2.5k -> 10k levels: time x%.1f for 4x the levels" % (shape, t[10000] / t[2500]))
    shutil.rmtree(tmp, ignore_errors=True)


HEADER = "package main\n\ntype T struct {\n\tv    int\n\tnext *T\n}\n\nvar sink *T\n\n"


def literal(levels):
    body = "nil"
    for i in range(levels):
        body = "&T{v: %d, next: %s}" % (i, body)
    return body


def nested_literal(levels):
    """One local built of `levels` nested &T{...} literals."""
    return HEADER + "func main() {\n\tx := %s\n\t_ = x\n}\n" % literal(levels)


def nested_in_loop(levels):
    """The same literal built in a loop and stored to the heap."""
    return HEADER + ("func main() {\n\tfor i := 0; i < 2; i++ {\n\t\tx := %s\n"
                     "\t\tsink = x\n\t}\n}\n" % literal(levels))


def nested_in_closure(levels):
    """The same literal returned by a closure."""
    return HEADER + ("func main() {\n\tf := func() *T {\n\t\treturn %s\n\t}\n"
                     "\tsink = f()\n}\n" % literal(levels))


def assign_chain(levels):
    """x1 := &p0; p1 := *x1; ... a chain of assignments through pointers."""
    out = ["package main\n\nvar sink *int\n\nfunc main() {\n\tx0 := 0\n\tp0 := &x0\n"]
    for i in range(1, levels):
        out.append("\tx%d := &p%d\n\tp%d := *x%d\n" % (i, i - 1, i, i))
    out.append("\tsink = p%d\n}\n" % (levels - 1))
    return "".join(out)


def pointer_tower(levels):
    """x1 := &x0; x2 := &x1; ...: as many pointer types as levels."""
    out = ["package main\n\nvar sink any\n\nfunc main() {\n\tx0 := 0\n"]
    for i in range(1, levels):
        out.append("\tx%d := &x%d\n" % (i, i - 1))
    out.append("\tsink = x%d\n}\n" % (levels - 1))
    return "".join(out)


SHAPES = {"nested": nested_literal, "loop": nested_in_loop, "closure": nested_in_closure,
          "chain": assign_chain, "tower": pointer_tower}


if __name__ == "__main__":
    main()
