#!/usr/bin/env python3
"""compile.py: `make bench-compile` — escape-analysis speed on large programs.

Generates pointer-heavy programs of 10k, 30k and 100k lines (gen_big.py) and
times `mgoc build -m -o /dev/null` beside `go build -gcflags='-m -l'` (when
Go is installed), median of 3 runs each, then reports how mgoc's time grows
from 10k to 100k lines (1.0 per line would be exactly linear). Then the
same for one deeply nested composite literal (&T{next: &T{next: ...}}, 2,500
to 10,000 levels), a shape whose analysis has been quadratic.
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
    nested = {}
    print("%8s  %10s" % ("levels", "mgoc -m s"))
    for n in (2500, 5000, 10000):
        src = os.path.join(tmp, "nested%d.go" % n)
        with open(src, "w") as f:
            f.write(nested_literal(n))
        nested[n] = timed([mgoc, "build", "-m", "-o", "/dev/null", src])
        print("%8d  %10.3f" % (n, nested[n]))
    print("growth 2.5k -> 10k levels: time x%.1f for 4x the levels" % (nested[10000] / nested[2500]))
    shutil.rmtree(tmp, ignore_errors=True)


def nested_literal(levels):
    """One local built of `levels` nested &T{...} literals."""
    body = "nil"
    for i in range(levels):
        body = "&T{v: %d, next: %s}" % (i, body)
    return ("package main\n\ntype T struct {\n\tv    int\n\tnext *T\n}\n\n"
            "func main() {\n\tx := %s\n\t_ = x\n}\n" % body)


if __name__ == "__main__":
    main()
