#!/usr/bin/env python3
"""fuzz_cc.py: programs the front end accepts must compile as C.

codegen/cgen.h promises that a program the checker accepts yields C that
compiles. This feeds mgoc programs nobody wrote, mostly valid ones:
random programs from tools/escgen.py (every statement kind it knows, with
and without inlining) and tests/run + examples programs mutated line-wise
(a line deleted, duplicated, moved or spliced in from another program, an
integer literal or an identifier replaced by another of the same file), so
that many still type-check. Each program mgoc accepts
(`build -o /dev/null -emit-c`) is then compiled by the C compiler
(`cc -c -O0`, with the runtime headers). Failures: mgoc crashing or hanging,
a C compile error, a C compiler crash or hang, or C that calls a function
it never defines. Failing programs are kept in --out.

usage: fuzz_cc.py [--seconds S | --count N] [--seed S] [-j J] [--out DIR]
"""
import argparse
import concurrent.futures
import glob
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import escgen  # noqa: E402

DIAG = re.compile(r"^[^\n]*:\d+(:\d+)?: .+$")
INT = re.compile(r"\b\d+\b")
IDENT = re.compile(r"\b[a-zA-Z_]\w*\b")
CC = os.environ.get("CC", "cc")


def mutate(rng, lines, corpus):
    lines = list(lines)
    for _ in range(rng.randint(1, 3)):
        if not lines:
            break
        op = rng.randrange(6)
        i = rng.randrange(len(lines))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            other = rng.choice(corpus)
            lines.insert(i, rng.choice(other))
        elif op == 4:
            ints = list(INT.finditer(lines[i]))
            if ints:
                m = rng.choice(ints)
                v = rng.choice(["0", "1", "2", "7", "64", "255", "-1", "1 << 40", "len(\"ab\")"])
                lines[i] = lines[i][:m.start()] + v + lines[i][m.end():]
        else:
            ids = list(IDENT.finditer(lines[i]))
            pool = IDENT.findall("\n".join(lines))
            if ids and pool:
                m = rng.choice(ids)
                lines[i] = lines[i][:m.start()] + rng.choice(pool) + lines[i][m.end():]
    return lines


def program(kind, seed, corpus):
    if kind == "gen":
        rng = random.Random(seed)
        return escgen.generate(seed, rng.choice([0.3, 0.6, 1.0, 1.5]))
    rng = random.Random(seed * 7919 + 1)
    base = rng.choice(corpus)
    return "\n".join(mutate(rng, base, corpus)) + "\n"


def check(args):
    kind, seed, corpus, mgoc, outdir = args
    src = program(kind, seed, corpus)
    noinl = seed % 2 == 0
    with tempfile.TemporaryDirectory(prefix="fuzzcc") as d:
        mgo = os.path.join(d, "p.mgo")
        c = os.path.join(d, "p.c")
        open(mgo, "w").write(src)
        cmd = [mgoc, "build"] + (["-l"] if noinl else []) + ["-o", "/dev/null", "-emit-c", c, mgo]
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=30)
        except subprocess.TimeoutExpired:
            return keep(outdir, kind, seed, src, "mgoc hangs")
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode == 1 and err and all(DIAG.match(l) or l.startswith("\t") for l in err.splitlines()):
            return "rejected", None
        if p.returncode != 0:
            return keep(outdir, kind, seed, src, "mgoc status %d: %s" % (p.returncode, err[-500:]))
        try:
            q = subprocess.run([CC, "-std=gnu11", "-O0", "-fwrapv", "-fno-strict-aliasing", "-c",
                                "-o", os.path.join(d, "p.o"), "-I" + os.path.join(ROOT, "rt"), c],
                               capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return keep(outdir, kind, seed, src, "cc hangs")
        cerr = q.stderr.decode("utf-8", "replace")
        if q.returncode != 0 or "used but never defined" in cerr:
            return keep(outdir, kind, seed, src, "cc status %d: %s" % (q.returncode, cerr[:1500]))
        return "compiled", None


def keep(outdir, kind, seed, src, why):
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, "%s-%d.mgo" % (kind, seed))
    open(path, "w").write(src)
    open(path[:-4] + ".why", "w").write(why + "\n")
    return "fail", "%s: %s" % (path, why.splitlines()[0] if why else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=0)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out", default="/tmp/fuzz-cc")
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    a = ap.parse_args()
    if not a.seconds and not a.count:
        a.count = 200
    files = sorted(glob.glob(os.path.join(ROOT, "tests/run/*.mgo")) +
                   glob.glob(os.path.join(ROOT, "examples/*.mgo")))
    corpus = [open(f).read().splitlines() for f in files]
    start = time.time()
    counts = {}
    fails = []
    seed = a.seed
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        while True:
            if a.count and seed >= a.seed + a.count:
                break
            if a.seconds and time.time() - start > a.seconds:
                break
            batch = [(("gen" if s % 2 else "mut"), s, corpus, a.mgoc, a.out)
                     for s in range(seed, seed + 4 * a.j)]
            if a.count:
                batch = batch[:a.seed + a.count - seed]
            seed += len(batch)
            for (kind, s, *_), (status, info) in zip(batch, ex.map(check, batch)):
                counts[(kind, status)] = counts.get((kind, status), 0) + 1
                if info:
                    fails.append(info)
                    print(info, flush=True)
    took = time.time() - start
    n = sum(counts.values())
    print("fuzz-cc: %d programs in %.0f s (seeds %d..%d): %s" % (
        n, took, a.seed, seed - 1,
        ", ".join("%s %s %d" % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
