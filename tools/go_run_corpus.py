#!/usr/bin/env python3
"""go_run_corpus.py: runs mgoc's front end on Go's own valid test programs.

Go 1.19 ships test/*.go (and ken/, fixedbugs/, interface/, ...). Files
marked `// run` or `// compile` are programs Go accepts. This picks the ones
inside mgo's subset by their text (imports only the packages mgo implements,
or none; no generics,
goto, complex numbers, unsafe, struct tags, init functions, build
constraints), rewrites `package foo` to `package main` (adding an empty
`func main() {}` when there is none), keeps only those Go itself still
builds, and runs `mgoc build -o /dev/null` on each. Every one must be
accepted; an "not supported" rejection is listed separately so it can be
judged by hand.

The converted files are written to OUTDIR (never committed: Go's tests are
Go's). Go's verdicts are cached in OUTDIR/.goverdict so reruns are fast.

With --errors it measures diagnostics instead: files marked `// errorcheck`
(no flags) inside the subset are compiled by both Go (`go build`) and mgoc,
and the first lines of their messages (file:line:col: text) are compared.
A file matches when the two lists are equal; the differences are printed.

usage: go_run_corpus.py [--mgoc PATH] [--go-test DIR] [--errors] [-v] OUTDIR
Exit status 0 when every selected file is accepted (or, with --errors, always
0: the report is the result), 1 otherwise.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

# The packages mgo implements: fmt and sync (frontend/check_pkg.c) and the
# library packages of frontend/library_decls.c. Keep in step with them.
ALLOWED_IMPORTS = {"bufio", "errors", "fmt", "io", "log", "math", "os", "sort",
                   "strconv", "strings", "sync", "time", "unicode"}

# Text patterns that put a file outside the subset (LANGUAGE.md "Not in mgo").
EXCLUDE = [
    ("generics", re.compile(
        r"\[\s*\w+\s+(any|comparable|interface\b|~|\w+(\.\w+)?\s*[\],|])"
        r"|\[\s*\w+\s*,\s*\w+\s+(any|comparable|interface\b|~|\w+\s*[\],|])")),
    ("generics", re.compile(r"\bcomparable\b|interface\s*{[^}]*\|")),
    ("goto", re.compile(r"\bgoto\b")),
    ("complex", re.compile(r"\bcomplex(64|128)?\b|\breal\(|\bimag\(|"
                           r"(?<![\w.])(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?i\b")),
    ("unsafe", re.compile(r"\bunsafe\b")),
    ("struct tag", re.compile(r"^\s*\w+(\s*,\s*\w+)*\s+[\w.\[\]*]+\s+(`|\")", re.M)),
    ("init", re.compile(r"^func\s+init\s*\(", re.M)),
    ("build constraint", re.compile(r"^//\s*(go:build|\+build)", re.M)),
    ("linkname", re.compile(r"//go:(linkname|embed|cgo)")),
]


HEADER = r"//\s*(run|compile)(\s.*)?$"


def header_ok(src):
    """The wanted header (// run or // compile, or // errorcheck) as the
    first comment line, with no flags that change the language."""
    for line in src.split("\n"):
        if not line.strip():
            continue
        m = re.match(HEADER, line)
        if not m:
            return False
        flags = m.group(2) or ""
        return "-lang" not in flags and "goexperiment" not in flags
    return False


def imports(src):
    names = []
    for m in re.finditer(r"^import\s*\(([^)]*)\)", src, re.M):
        names += re.findall(r'"([^"]+)"', m.group(1))
    for m in re.finditer(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', src, re.M):
        names.append(m.group(1))
    return names


def exclusion(src):
    if not header_ok(src):
        return "header"
    bad = [p for p in imports(src) if p not in ALLOWED_IMPORTS]
    if bad:
        return "imports " + ",".join(sorted(set(bad)))
    for name, rx in EXCLUDE:
        if rx.search(src):
            return name
    return None


def to_main(src):
    src, n = re.subn(r"^package\s+\w+", "package main", src, count=1, flags=re.M)
    if not re.search(r"^func\s+main\s*\(\s*\)", src, re.M):
        src += "\nfunc main() {}\n"
    return src


def go_messages(path, cache=None):
    """Go's diagnostics for path, as (line:col, text) first lines; cached by
    the file's contents when cache is a dict."""
    if cache is not None:
        with open(path, "rb") as f:
            key = "err:" + hashlib.sha1(f.read()).hexdigest()
        if key not in cache:
            cache[key] = go_messages(path)
        return cache[key]
    with tempfile.TemporaryDirectory() as d:
        with open(path, "rb") as f, open(os.path.join(d, "main.go"), "wb") as g:
            g.write(f.read())
        with open(os.path.join(d, "go.mod"), "w") as g:
            g.write("module m\n\ngo 1.19\n")
        env = dict(os.environ, GOFLAGS="", GO111MODULE="on")
        p = subprocess.run(["go", "build", "-o", os.devnull, "."], cwd=d, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    out = p.stdout.decode("utf-8", "replace")
    return [m.group(1) + " " + m.group(2) for m in
            re.finditer(r"^\./main\.go:(\d+:\d+): (.*)$", out, re.M)]


def mgoc_messages(mgoc, path):
    try:
        p = subprocess.run([mgoc, "build", "-o", os.devnull, path],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        out = p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return ["timeout"]
    return [m.group(1) + " " + m.group(2) for m in
            re.finditer(r"^" + re.escape(path) + r":(\d+:\d+): (.*)$", out, re.M)]


def error_corpus(args, files, cache):
    global HEADER
    HEADER = r"//\s*(errorcheck)(\s.*)?$"
    total = same = 0
    for path in files:
        rel = os.path.relpath(path, args.go_test)
        if ".dir" in rel.split(os.sep)[0] or rel.startswith("typeparam" + os.sep):
            continue
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            src = f.read()
        if exclusion(src):
            continue
        first = next(l for l in src.split("\n") if l.strip())
        if first.strip() != "// errorcheck":
            continue
        out = os.path.join(args.outdir, "err__" + rel.replace(os.sep, "__")[:-3] + ".mgo")
        with open(out, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(to_main(src))
        # A position inside a message (first at ./main.go:L:C) names the
        # file as mgoc is given it.
        want = [l.replace("./main.go:", out + ":") for l in go_messages(out, cache)]
        if not want:
            continue
        got = mgoc_messages(args.mgoc, out)
        total += 1
        if got == want:
            same += 1
            continue
        print("[DIFF] %s" % out)
        for l in want:
            if l not in got:
                print("  go:   " + l)
        for l in got:
            if l not in want:
                print("  mgoc: " + l)
    print("error files: %d, identical diagnostics: %d" % (total, same))
    return 0


def go_accepts(path, cache):
    with open(path, "rb") as f:
        key = hashlib.sha1(f.read()).hexdigest()
    if key in cache:
        return cache[key]
    with tempfile.TemporaryDirectory() as d:
        with open(path, "rb") as f, open(os.path.join(d, "main.go"), "wb") as g:
            g.write(f.read())
        with open(os.path.join(d, "go.mod"), "w") as g:
            g.write("module m\n\ngo 1.19\n")
        env = dict(os.environ, GOFLAGS="", GO111MODULE="on")
        p = subprocess.run(["go", "build", "-o", os.devnull, "."], cwd=d, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        cache[key] = p.returncode == 0
    return cache[key]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--mgoc", default="./mgoc")
    ap.add_argument("--go-test", default="/usr/lib/go-1.19/test")
    ap.add_argument("-v", action="store_true", help="list excluded files and why")
    ap.add_argument("--errors", action="store_true", help="compare diagnostics on errorcheck files")
    args = ap.parse_args()

    os.makedirs(args.outdir, exist_ok=True)
    cache_path = os.path.join(args.outdir, ".goverdict")
    try:
        with open(cache_path) as f:
            cache = json.load(f)
    except (OSError, ValueError):
        cache = {}

    files = sorted(glob.glob(os.path.join(args.go_test, "*.go")) +
                   glob.glob(os.path.join(args.go_test, "*", "*.go")))
    if args.errors:
        rc = error_corpus(args, files, cache)
        with open(cache_path, "w") as f:
            json.dump(cache, f)
        return rc
    selected, excluded = [], {}
    for path in files:
        rel = os.path.relpath(path, args.go_test)
        if ".dir" in rel.split(os.sep)[0] or rel.startswith("typeparam" + os.sep):
            continue
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            src = f.read()
        why = exclusion(src)
        if why:
            excluded.setdefault(why.split()[0], []).append(rel)
            if args.v and why != "header":
                print("skip %-40s %s" % (rel, why))
            continue
        out = os.path.join(args.outdir, rel.replace(os.sep, "__")[:-3] + ".mgo")
        with open(out, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(to_main(src))
        if go_accepts(out, cache):
            selected.append(out)
        else:
            excluded.setdefault("go rejects", []).append(rel)
    with open(cache_path, "w") as f:
        json.dump(cache, f)

    accepted, unsupported, failed = 0, [], []
    for out in selected:
        try:
            p = subprocess.run([args.mgoc, "build", "-o", os.devnull, out],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
            text = p.stdout.decode("utf-8", "replace")
            rc = p.returncode
        except subprocess.TimeoutExpired:
            text, rc = "timeout\n", -1
        if rc == 0:
            accepted += 1
        elif rc == 1 and text and all("not supported" in l or "not in mgo" in l
                                      for l in text.strip().split("\n")):
            unsupported.append((out, text))
        else:
            failed.append((out, rc, text))
    for out, text in unsupported:
        print("[UNSUPPORTED] %s\n%s" % (out, text.rstrip()))
    for out, rc, text in failed:
        print("[FAIL] %s (exit %d)\n%s" % (out, rc, "\n".join(text.rstrip().split("\n")[:6])))
    print("excluded: " + ", ".join("%s %d" % (k, len(v)) for k, v in sorted(excluded.items())))
    print("selected %d: accepted %d, not supported %d, failed %d" %
          (len(selected), accepted, len(unsupported), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
