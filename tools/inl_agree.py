#!/usr/bin/env python3
"""inl_agree.py: agreement of mgoc's inlining messages with Go's.

For each FILE.mgo, compares the inlining lines ("can inline", "inlining
call to", "cannot inline") of `mgoc build -m[=2] -o /dev/null FILE` with
those of plain `go build -gcflags=-m[=2]` (go-oracle -mi / -mi=2), as
sequences in output order, and prints the share of Go's lines mgoc
reproduces (multiset match) plus mgoc's extra lines. Escape lines are left
out on purpose: until inl_expand lands, escape analysis does not see the
inlined program, so plain -m escape lines still differ from Go's.

usage: inl_agree.py [--m2] [--mgoc ./mgoc] [--show] FILE.mgo...
       inl_agree.py --check FILE.mgo    exit 1 unless the lines are identical
                                         (same order), printing a diff
"""
import argparse
import collections
import difflib
import os
import shutil
import subprocess
import sys

ORACLE = os.environ.get("GO_ORACLE", "/work/shared/tools/go-oracle")
KEYS = (": can inline ", ": inlining call to ", ": cannot inline ")


def inline_lines(text):
    return [l for l in text.split("\n") if any(k in l for k in KEYS)]


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    return p.stdout.decode("utf-8", "replace")


def go_lines(path, m2):
    return inline_lines(run([ORACLE, "-mi=2" if m2 else "-mi", path]))


def mgo_lines(path, m2, mgoc):
    return inline_lines(run([mgoc, "build", "-m=2" if m2 else "-m", "-o", "/dev/null", path]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--m2", action="store_true")
    ap.add_argument("--mgoc", default="./mgoc")
    ap.add_argument("--show", action="store_true", help="print each file's differences")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if not shutil.which("go"):
        print("inl_agree: go is not installed (apt-get install golang-go)", file=sys.stderr)
        return 2
    if a.check:
        bad = 0
        for f in a.files:
            g, m = go_lines(f, a.m2), mgo_lines(f, a.m2, a.mgoc)
            if g != m:
                bad += 1
                sys.stdout.writelines(difflib.unified_diff(
                    [l + "\n" for l in g], [l + "\n" for l in m], "go", "mgoc"))
        return 1 if bad else 0
    total = same = extra = files_ok = 0
    for f in a.files:
        g, m = go_lines(f, a.m2), mgo_lines(f, a.m2, a.mgoc)
        gc, mc = collections.Counter(g), collections.Counter(m)
        common = sum((gc & mc).values())
        total += len(g)
        same += common
        extra += len(m) - common
        files_ok += g == m
        if a.show and g != m:
            print("==", f)
            for l in sorted((gc - mc).elements()):
                print("  go only:  ", l)
            for l in sorted((mc - gc).elements()):
                print("  mgo only: ", l)
    pct = 100.0 * same / total if total else 100.0
    print("inlining lines: %d of Go's %d identical (%.1f%%), %d extra in mgoc; "
          "%d of %d files identical in order" % (same, total, pct, extra, files_ok, len(a.files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
