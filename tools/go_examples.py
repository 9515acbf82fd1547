#!/usr/bin/env python3
"""go_examples.py: runs the Example functions of Go's standard library
through mgo and compares their output with Go's `// Output:` comments.

The examples come from $(go env GOROOT)/src/PKG/example*_test.go for the
packages mgo offers. tools/goexamples/extract.go (run with Go) turns each
into a standalone program (go/doc's playground form: package main, the
imports it uses, the declarations of its file it needs) and hands over the
expected output. Each program is then built by mgoc:

  - mgoc rejects it: out of the subset (a package, function or language
    feature mgo lacks); listed with mgoc's first message, not a failure;
  - it has no Output comment: Go only compiles it, and so do we;
  - otherwise it runs (in a scratch directory holding a link to the
    package's testdata, 60 s at most) and its
    output must equal the comment, compared as `go test` does: both
    trimmed of surrounding white space, lines sorted for "Unordered output".

A program mgoc accepts but the C compiler rejects, or that crashes or
prints something else, is a failure.

Prints a [PASS]/[FAIL] line per in-subset example (with -v also an [OUT]
line per out-of-subset one and its reason), then the counts.

usage: go_examples.py [--mgoc PATH] [-j N] [-v] [--keep DIR] [--only REGEXP]
Exit status: 0 when every in-subset example is identical, 1 otherwise,
77 when Go or its sources are not installed.
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PACKAGES = ["strings", "strconv", "sort", "errors", "math", "bufio", "os", "time", "io", "fmt"]
HERE = os.path.dirname(os.path.abspath(__file__))

# Examples whose Output needs a time zone other than UTC (package time's
# tests make Local US Pacific; mgo's time is UTC only): outside the subset.
NEEDS_ZONES = {
    "time/example_test.go ExampleDate": "t.Local() in US Pacific time",
    "time/example_test.go ExampleParse": "PST and +0700 zones parsed and kept",
    "time/example_test.go ExampleTime_Format_pad": "a time in US Pacific (PST)",
}


def goroot_src():
    try:
        root = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    src = os.path.join(root, "src")
    return src if os.path.isdir(os.path.join(src, "strings")) else None


def extract(src):
    env = dict(os.environ, GO111MODULE="off", GOFLAGS="")
    out = subprocess.run(["go", "run", os.path.join(HERE, "goexamples", "extract.go"), src] + PACKAGES,
                         capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out)


def first_message(text):
    for line in text.splitlines():
        m = re.match(r"^[^:]*\.mgo:\d+:\d+: (.*)", line)
        if m:
            return m.group(1)
    return text.strip().splitlines()[0] if text.strip() else "?"


def sort_lines(s):
    return "\n".join(sorted(s.split("\n")))


def run_one(mgoc, ex, work, src):
    """(verdict, detail): verdict is one of out, compiled, identical, FAIL."""
    zones = NEEDS_ZONES.get("%s %s" % (ex["file"], ex["name"]))
    if zones:
        return "out", "needs time zones: " + zones
    d = os.path.join(work, ex["file"].replace("/", "_")[:-3], ex["name"])
    os.makedirs(d, exist_ok=True)
    prog = os.path.join(d, "main.mgo")
    with open(prog, "w") as f:
        f.write(ex["program"])
    b = subprocess.run([mgoc, "build", "-o", os.path.join(d, "prog"), prog],
                       capture_output=True, text=True)
    if b.returncode != 0:
        # mgoc's own diagnostics (file:line:col) mean the program is outside
        # the subset; anything else (the C compiler, a crash) is ours.
        if re.search(r"\.mgo:\d+:\d+: ", b.stderr) and b.returncode == 1:
            return "out", first_message(b.stderr)
        return "FAIL", "build failed (exit %d): %s" % (b.returncode, b.stderr.strip()[-600:])
    if not ex["has_output"]:
        return "compiled", ""
    # go test runs an example in its package's directory: its testdata is
    # linked into the scratch directory (Go's tree is left untouched).
    testdata = os.path.join(src, ex["file"].split("/")[0], "testdata")
    if os.path.isdir(testdata) and not os.path.exists(os.path.join(d, "testdata")):
        os.symlink(testdata, os.path.join(d, "testdata"))
    try:
        r = subprocess.run([os.path.join(d, "prog")], capture_output=True, cwd=d, timeout=60,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "FAIL", "timed out"
    got = r.stdout.decode("utf-8", "replace").strip()
    want = ex["output"].strip()
    if ex["unordered"]:
        got, want = sort_lines(got), sort_lines(want)
    if r.returncode != 0:
        return "FAIL", "exit status %d: %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-400:])
    if got != want:
        diff = "\n".join(difflib.unified_diff(want.split("\n"), got.split("\n"), "go", "mgo", lineterm=""))
        return "FAIL", diff
    return "identical", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", default=os.path.join(HERE, "..", "build", "mgoc"))
    ap.add_argument("--keep", help="write the programs under DIR (kept)")
    ap.add_argument("--only", help="only examples whose FILE/NAME matches")
    ap.add_argument("-v", action="store_true", help="list the out-of-subset examples too")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2, help="examples built at once")
    a = ap.parse_args()
    src = goroot_src()
    if not src:
        print("Go's sources are not installed (go env GOROOT)/src: examples skipped")
        return 77
    examples = extract(src)
    if a.only:
        examples = [e for e in examples if re.search(a.only, e["file"] + "/" + e["name"])]
    work = a.keep or tempfile.mkdtemp(prefix="mgo-examples-")
    counts = {"out": 0, "compiled": 0, "identical": 0, "FAIL": 0}
    try:
        mgoc = os.path.abspath(a.mgoc)
        with concurrent.futures.ThreadPoolExecutor(a.j) as pool:
            results = list(pool.map(lambda ex: run_one(mgoc, ex, work, src), examples))
        for ex, (verdict, detail) in zip(examples, results):
            counts[verdict] += 1
            where = "%s %s" % (ex["file"], ex["name"])
            if verdict == "FAIL":
                print("[FAIL] example %s" % where)
                for line in detail.splitlines()[:30]:
                    print("    " + line)
            elif verdict == "out":
                if a.v:
                    print("[OUT] example %s: %s" % (where, detail))
            else:
                print("[PASS] example %s%s" % (where, "" if verdict == "identical" else " (no output: compiled)"))
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    inside = len(examples) - counts["out"]
    with_output = counts["identical"] + counts["FAIL"]
    print("examples: %d total, %d in the subset (%d with output: %d identical, %d differ; "
          "%d without output, compiled), %d out of the subset"
          % (len(examples), inside, with_output, counts["identical"], counts["FAIL"],
             counts["compiled"], counts["out"]))
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
