#!/usr/bin/env python3
"""escape_agreement.py: how closely `mgoc build -m` matches Go's -m output.

For every .mgo file given (or every file in a directory), compares the lines
of `go build -gcflags='-m -l'` (through go-oracle) with mgoc's, as multisets
and in order. Prints per-file counts and the totals: lines Go prints that
mgoc also prints, lines mgoc prints that Go does not, files identical.

With --plain, Go's plain `-gcflags=-m` (inlining on: go-oracle -mi)
against `mgoc build -m` without -l.

usage: escape_agreement.py [--mgoc PATH] [--level 1|2] [--plain] FILE_OR_DIR...
"""
import argparse
import collections
import glob
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def lines_of(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    return [l for l in p.stdout.decode("utf-8", "replace").split("\n") if l and not l.startswith("#")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--oracle", default=os.path.join(ROOT, "..", "shared", "tools", "go-oracle"))
    ap.add_argument("--level", default="1")
    ap.add_argument("-v", action="store_true", help="show differing lines")
    ap.add_argument("--plain", action="store_true", help="inlining on (Go's plain -m)")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    files = []
    for p in a.paths:
        files += sorted(glob.glob(os.path.join(p, "*.mgo"))) if os.path.isdir(p) else [p]
    flag = "-m" if a.level == "1" else "-m=" + a.level
    tot_go = tot_match = tot_extra = ident = 0
    for f in files:
        if a.plain:
            go = lines_of([a.oracle, flag.replace("-m", "-mi"), f])
            mg = lines_of([a.mgoc, "build", flag, "-o", "/dev/null", f])
        else:
            go = lines_of([a.oracle, flag, f])
            mg = lines_of([a.mgoc, "build", flag, "-l", "-o", "/dev/null", f])
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
