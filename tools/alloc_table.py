#!/usr/bin/env python3
"""alloc_table.py: heap allocations of each bench program, mgo against Go.

For every bench/programs/*.mgo (or the files given): mgo's count from
MGODEBUG=allocs=1 with inlining off (`mgoc build -l`) and on (plain
`mgoc build`), next to Go's: the program is built by Go with a wrapper
around main that prints runtime.MemStats.Mallocs at exit, minus the
Mallocs an empty program importing the same packages shows when its main
starts (Go's start-up allocations: the runtime's and the packages' init). Each program runs once per column.

usage: tools/alloc_table.py [--mgoc PATH] [--markdown] [FILE.mgo...]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

WRAP = '''
func main() {
	mgoAllocMain()
	var ms mgoAllocRuntime.MemStats
	mgoAllocRuntime.ReadMemStats(&ms)
	println("go-mallocs:", ms.Mallocs)
}
'''

EMPTY = '''package main

import mgoAllocRuntime "runtime"
%s
func main() {
	var ms mgoAllocRuntime.MemStats
	mgoAllocRuntime.ReadMemStats(&ms)
	println("go-mallocs:", ms.Mallocs)
}
'''


def go_mallocs(src, tmp):
    d = tempfile.mkdtemp(dir=tmp)
    with open(os.path.join(d, "main.go"), "w") as f:
        f.write(src)
    subprocess.run(["go", "mod", "init", "m"], cwd=d, capture_output=True)
    b = subprocess.run(["go", "build", "-o", "prog", "."], cwd=d, capture_output=True,
                       env=dict(os.environ, GOFLAGS=""))
    if b.returncode != 0:
        return None
    r = subprocess.run([os.path.join(d, "prog")], cwd=d, capture_output=True, timeout=600)
    m = re.search(rb"go-mallocs: (\d+)", r.stderr)
    return int(m.group(1)) if m else None


def wrap_go(path):
    src = open(path).read()
    if not re.search(r"^func main\(\)", src, re.M):
        return None
    src = re.sub(r"^func main\(\)", "func mgoAllocMain()", src, count=1, flags=re.M)
    src = re.sub(r"^package main\n", 'package main\n\nimport mgoAllocRuntime "runtime"\n',
                 src, count=1, flags=re.M)
    return src + WRAP


def mgo_allocs(mgoc, path, flags, tmp):
    exe = os.path.join(tmp, "prog")
    b = subprocess.run([mgoc, "build"] + flags + ["-o", exe, path], capture_output=True)
    if b.returncode != 0:
        return None
    r = subprocess.run([exe], capture_output=True, timeout=600,
                       env=dict(os.environ, MGODEBUG="allocs=1"))
    m = re.search(rb"mgo: (\d+) heap allocations", r.stderr)
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(ROOT, "bench", "programs", "*.mgo")))
    tmp = tempfile.mkdtemp()
    have_go = shutil.which("go") is not None
    rows = []
    bases = {}
    for f in files:
        imports = "".join('import _ "%s"\n' % p for p in sorted(set(
            re.findall(r'^\s*(?:import\s+)?(?:\w+\s+)?"([\w/]+)"\s*$', open(f).read(), re.M))))
        if have_go and imports not in bases:
            bases[imports] = go_mallocs(EMPTY % imports, tmp)
        base = bases.get(imports)
        off = mgo_allocs(a.mgoc, f, ["-l"], tmp)
        on = mgo_allocs(a.mgoc, f, [], tmp)
        go = None
        if have_go and base is not None:
            src = wrap_go(f)
            n = go_mallocs(src, tmp) if src else None
            go = n - base if n is not None else None
        rows.append((os.path.basename(f)[:-4], off, on, go))
    shutil.rmtree(tmp, ignore_errors=True)
    show = lambda v: "?" if v is None else str(v)
    head = ("program", "mgo -l", "mgo (inlining)", "Go Mallocs - start-up")
    if a.markdown:
        print("| %s |" % " | ".join(head))
        print("|" + "---|" * len(head))
        for r in rows:
            print("| %s |" % " | ".join(show(v) for v in r))
    else:
        print("%-14s %12s %16s %22s" % head)
        for r in rows:
            print("%-14s %12s %16s %22s" % tuple(show(v) for v in r))
    for imp, b in sorted(bases.items()):
        print("(Go's start-up allocations subtracted, importing %s: %s)" % (
            " ".join(re.findall(r'"(.*?)"', imp)) or "nothing", b))


if __name__ == "__main__":
    sys.exit(main())
