#!/usr/bin/env python3
"""escape_agreement.py: how closely `mgoc build -m` matches Go's -m output.

For every .mgo file given (or every file in a directory), compares the lines
of `go build -gcflags='-m -l'` (through go-oracle) with mgoc's, as multisets
and in order. Prints per-file counts and the totals: lines Go prints that
mgoc also prints, lines mgoc prints that Go does not, files identical.

With --plain, Go's plain `-gcflags=-m` (inlining on: go-oracle -mi)
against `mgoc build -m` without -l.

With --cache DIR, Go's output for each file is kept in DIR (keyed by the
file's path, contents and flags), so a re-measurement runs only mgoc; -j runs
files in parallel.

usage: escape_agreement.py [--mgoc PATH] [--level 1|2] [--plain] [--cache DIR] [-j N]
                           FILE_OR_DIR...
"""
import argparse
import collections
import concurrent.futures
import glob
import hashlib
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def lines_of(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    return [l for l in p.stdout.decode("utf-8", "replace").split("\n") if l and not l.startswith("#")]


def go_lines(oracle, flag, f, cache):
    """Go's output for f, from the cache when it holds it."""
    cmd = [oracle, flag, f]
    if not cache:
        return lines_of(cmd)
    with open(f, "rb") as fh:
        key = hashlib.sha256(("%s\0%s\0" % (flag, f)).encode() + fh.read()).hexdigest()
    path = os.path.join(cache, key)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            return [l for l in fh.read().split("\n") if l]
    out = lines_of(cmd)
    os.makedirs(cache, exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8") as fh:
        fh.write("".join(l + "\n" for l in out))
    os.replace(path + ".tmp", path)
    return out


def compare(a, flag, f):
    if a.plain:
        go = go_lines(a.oracle, flag.replace("-m", "-mi"), f, a.cache)
        mg = lines_of([a.mgoc, "build", flag, "-o", "/dev/null", f])
    else:
        go = go_lines(a.oracle, flag, f, a.cache)
        mg = lines_of([a.mgoc, "build", flag, "-l", "-o", "/dev/null", f])
    # -m=2 explanations name positions in Go's build copy of the file.
    return [l.replace("at ./main.go:", "at %s:" % f) for l in go], mg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--oracle", default=os.path.join(ROOT, "..", "shared", "tools", "go-oracle"))
    ap.add_argument("--level", default="1")
    ap.add_argument("-v", action="store_true", help="show differing lines")
    ap.add_argument("--plain", action="store_true", help="inlining on (Go's plain -m)")
    ap.add_argument("--cache", help="directory keeping Go's outputs")
    ap.add_argument("-j", type=int, default=1, help="files compared in parallel")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    files = []
    for p in a.paths:
        files += sorted(glob.glob(os.path.join(p, "*.mgo"))) if os.path.isdir(p) else [p]
    flag = "-m" if a.level == "1" else "-m=" + a.level
    tot_go = tot_match = tot_extra = ident = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, a.j)) as ex:
        results = list(ex.map(lambda f: compare(a, flag, f), files))
    for f, (go, mg) in zip(files, results):
        cg, cm = collections.Counter(go), collections.Counter(mg)
        match = sum((cg & cm).values())
        extra = sum((cm - cg).values())
        same = go == mg
        ident += same
        tot_go += len(go)
        tot_match += match
        tot_extra += extra
        print("%-50s go %4d  matched %4d  extra %4d  %s" % (f, len(go), match, extra, "identical" if same else ""))
        if a.v and not same:
            for l in (cg - cm).elements():
                print("    missing: " + l)
            for l in (cm - cg).elements():
                print("    extra:   " + l)
    pct = 100.0 * tot_match / tot_go if tot_go else 100.0
    print("TOTAL: %d/%d Go lines matched (%.1f%%), %d extra lines, %d/%d files identical"
          % (tot_match, tot_go, pct, tot_extra, ident, len(files)))


if __name__ == "__main__":
    sys.exit(main())
