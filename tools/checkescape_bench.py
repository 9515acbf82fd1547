#!/usr/bin/env python3
"""checkescape_bench.py: the benchmark programs at a reduced size under
`mgoc build -d=checkescape`.

Each program of bench/programs and bench/sched is copied with its sizes cut
(integer literals of 10000 and more divided by 1000, plus a few named
sizes below), built once normally and once with -d=checkescape, and run;
the two must print the same and exit alike, and the checked one must not stop
with an escape-analysis fatal error. A program with a `// bench-stdin: PROG
ARG...` line reads the output of the reduced bench/programs/PROG.mgo run with
the (reduced) arguments; every other program reads an empty standard input. The normal build is the reference: its
output at full size is compared with Go's by `make bench`.

usage: checkescape_bench.py [--mgoc MGOC] [-j J] [PROGRAM.mgo...]
"""
import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# Sizes that are small numbers already (tree depth, permutation length).
NAMED = {
    "binarytrees.mgo": [("n := 21", "n := 10")],
    "binarytrees_par.mgo": [("n := 21", "n := 10")],
    "binarytrees_sub.mgo": [("n := 21", "n := 10"), ("const par = 10", "const par = 5")],
    "fannkuch.mgo": [("n := 11", "n := 7")],
    "spectralnorm.mgo": [("n := 5500", "n := 100")],
    "mandelbrot.mgo": [("n := 2400", "n := 100")],
    # Prints a 60-byte prefix of its longest expression: keep enough of them.
    "exprcalc.mgo": [("i < 60000", "i < 3000")],
}
BIG = re.compile(r"\b([1-9][0-9]{4,})\b")


def reduce(path):
    src = open(path).read()
    for old, new in NAMED.get(os.path.basename(path), []):
        src = src.replace(old, new)
    return BIG.sub(lambda m: str(max(10, int(m.group(1)) // 1000)), src)


STDIN_RE = re.compile(r"^// bench-stdin:\s*(\S+)(.*)$", re.M)


def make_input(mgoc, src, d):
    """The reduced input file of a `// bench-stdin:` program, else os.devnull."""
    m = STDIN_RE.search(src)
    if not m:
        return os.devnull, None
    gen = os.path.join(d, "gen-" + m.group(1) + ".mgo")
    open(gen, "w").write(reduce(os.path.join(ROOT, "bench", "programs", m.group(1) + ".mgo")))
    exe = os.path.join(d, "gen")
    b = subprocess.run([mgoc, "build", "-o", exe, gen], capture_output=True, text=True)
    if b.returncode != 0:
        return None, "input generator does not compile: " + b.stderr[-500:]
    inp = os.path.join(d, "stdin.txt")
    with open(inp, "wb") as f:
        if subprocess.run([exe] + m.group(2).split(), stdout=f, timeout=120).returncode != 0:
            return None, "input generator failed"
    return inp, None


def run(mgoc, flags, prog, d, tag, stdin=os.devnull):
    exe = os.path.join(d, tag)
    b = subprocess.run([mgoc, "build"] + flags + ["-o", exe, prog], capture_output=True, text=True)
    if b.returncode != 0:
        return None, "does not compile (%s): %s" % (tag, b.stderr[-500:])
    try:
        with open(stdin, "rb") as f:
            # Bytes, not text: a program may write binary (mandelbrot's PBM).
            r = subprocess.run([exe], capture_output=True, timeout=120, stdin=f)
        r.stderr = r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "%s: timeout" % tag
    return r, None


def check(args):
    mgoc, path = args
    with tempfile.TemporaryDirectory(prefix="cebench") as d:
        prog = os.path.join(d, os.path.basename(path))
        src = reduce(path)
        open(prog, "w").write(src)
        inp, err = make_input(mgoc, src, d)
        if err:
            return path, err
        ref, err = run(mgoc, [], prog, d, "ref", inp)
        if err:
            return path, err
        got, err = run(mgoc, ["-d=checkescape"], prog, d, "checked", inp)
        if err:
            return path, err
        if "escape analysis" in got.stderr:
            return path, got.stderr.strip().splitlines()[0]
        # bench/sched/recursion.mgo ends in Go's stack overflow on purpose.
        if ref.returncode != got.returncode:
            return path, "exit status %d / %d: %s" % (ref.returncode, got.returncode, got.stderr[-300:])
        if ref.stdout != got.stdout:
            return path, "output differs under -d=checkescape"
        return path, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progs = a.programs or sorted(glob.glob(os.path.join(ROOT, "bench/programs/*.mgo")) +
                                 glob.glob(os.path.join(ROOT, "bench/sched/*.mgo")))
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for path, err in ex.map(check, [(a.mgoc, p) for p in progs]):
            rel = os.path.relpath(path, ROOT)
            if err:
                bad += 1
                print("[FAIL] checkescape-bench %s\n    %s" % (rel, err))
            else:
                print("[PASS] checkescape-bench %s" % rel)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
