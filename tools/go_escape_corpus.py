#!/usr/bin/env python3
"""go_escape_corpus.py: turns Go's own escape tests into mgo programs.

Go 1.19's test/escape*.go files are `package foo` files checked with
`-m -l`. This rewrites each one in place to `package main` (line numbers
unchanged), appends `func main() {}` when missing, and drops files that
import packages outside mgo's subset (unsafe, runtime, reflect, os, ...).
The result is a measuring set for `mgoc build -m` against Go; it is never
committed (Go's tests are Go's), only generated from the installed Go.

usage: go_escape_corpus.py OUTDIR [GO_TEST_DIR] [PREFIX] [MGOC]
PREFIX (default escape) picks the files: `inline` converts test/inline*.go,
Go's inliner tests, the measuring set of tools/inl_agree.py. With MGOC,
each file is then pruned: every top-level declaration MGOC reports an
error in (a use of something outside the subset) is blanked, repeatedly.
"""
import subprocess
import glob
import os
import re
import sys

ALLOWED = {"fmt", "sync"}


def blank_foreign_decls(src, pkgs):
    """Blanks (keeping line numbers) every top-level declaration that uses
    one of pkgs, and the import lines of pkgs."""
    lines = src.split("\n")
    starts = [i for i, l in enumerate(lines) if re.match(r"(func|type|var|const|import)\b", l)]
    starts.append(len(lines))
    for a, b in zip(starts, starts[1:]):
        chunk = "\n".join(lines[a:b])
        if lines[a].startswith("import"):
            continue
        if any(re.search(r"\b%s\." % re.escape(p.split("/")[-1]), chunk) for p in pkgs):
            for i in range(a, b):
                lines[i] = ""
    for i, l in enumerate(lines):
        m = re.match(r'\s*(?:import\s+)?(?:\w+\s+)?"([\w/]+)"\s*$', l)
        if m and m.group(1) in pkgs:
            lines[i] = ""
    out = "\n".join(lines)
    out = re.sub(r"import \(\s*\)", lambda m: "\n" * m.group(0).count("\n"), out)
    return out


def blank_bodyless_funcs(src):
    """Go's tests declare external (assembly) functions without bodies; a
    package main cannot. Blank them and every declaration that uses them."""
    lines = src.split("\n")
    names = set()
    for i, l in enumerate(lines):
        m = re.match(r"func (\w+)\(.*\)[^{]*$", l)
        if m and not l.rstrip().endswith("{"):
            names.add(m.group(1))
            lines[i] = ""
    if not names:
        return src
    # //go:noescape only applies to body-less functions; left alone it
    # becomes a misplaced directive.
    lines = ["" if l.startswith("//go:noescape") else l for l in lines]
    starts = [i for i, l in enumerate(lines) if re.match(r"(func|type|var|const)\b", l)]
    starts.append(len(lines))
    pat = re.compile(r"\b(%s)\(" % "|".join(map(re.escape, names)))
    for a, b in zip(starts, starts[1:]):
        if pat.search("\n".join(lines[a:b])):
            for i in range(a, b):
                lines[i] = ""
    return "\n".join(lines)


def prune(path, mgoc):
    """Blanks (keeping line numbers) the declarations mgoc rejects."""
    for _ in range(50):
        p = subprocess.run([mgoc, "build", "-o", "/dev/null", path],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = p.stdout.decode("utf-8", "replace")
        bad = {int(m.group(1)) for m in re.finditer(re.escape(path) + r":(\d+):\d+:", out)}
        if p.returncode == 0 or not bad:
            return p.returncode == 0
        lines = open(path).read().split("\n")
        starts = [i for i, l in enumerate(lines) if re.match(r"(func|type|var|const)\b", l)]
        starts.append(len(lines))
        for e in bad:
            for a, b in zip(starts, starts[1:]):
                if a <= e - 1 < b:
                    for i in range(a, b):
                        lines[i] = ""
        open(path, "w").write("\n".join(lines))
    return False


def convert(src):
    imports = re.findall(r'^\s*(?:import\s+)?(?:\w+\s+)?"([\w/]+)"\s*$', src, re.M)
    foreign = [i for i in imports if i not in ALLOWED]
    if foreign:
        src = blank_foreign_decls(src, foreign)
    src = blank_bodyless_funcs(src)
    src = re.sub(r"^package \w+", "package main", src, count=1, flags=re.M)
    if not re.search(r"^func main\(\)", src, re.M):
        src += "\nfunc main() {}\n"
    return src


def main():
    out = sys.argv[1]
    testdir = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/go-1.19/test"
    prefix = sys.argv[3] if len(sys.argv) > 3 else "escape"
    mgoc = sys.argv[4] if len(sys.argv) > 4 else None
    os.makedirs(out, exist_ok=True)
    kept = 0
    for f in sorted(glob.glob(os.path.join(testdir, prefix + "*.go"))):
        src = open(f).read()
        if not any(l.startswith("// errorcheck") for l in src.split("\n")[:3]):
            continue
        conv = convert(src)
        name = os.path.basename(f)[:-3]
        if conv is None:
            print("skip %s: imports outside the subset" % name)
            continue
        dst = os.path.join(out, name + ".mgo")
        with open(dst, "w") as g:
            g.write(conv)
        if mgoc and not prune(dst, mgoc):
            print("skip %s: mgoc still rejects it after pruning" % name)
            os.remove(dst)
            continue
        kept += 1
    print("%d files written to %s" % (kept, out))


if __name__ == "__main__":
    main()
