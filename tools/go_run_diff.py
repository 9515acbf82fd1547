#!/usr/bin/env python3
"""go_run_diff.py: runs Go's own `// run` test programs with mgoc and Go.

Takes the folder that go_run_corpus.py filled with Go's test programs inside
mgo's subset, keeps those marked `// run` (no flags), builds and runs each
with `mgoc run` and with Go (through go-oracle -run; Go's results are cached
in DIR/.gorun), and compares stdout and exit status. stderr is compared on
its first line only when the program panics (Go's goroutine trace differs).

usage: go_run_diff.py [--mgoc PATH] [-j N] [-v] DIR
"""
import argparse
import concurrent.futures
import glob
import hashlib
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def run(cmd, timeout=60):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "", "timeout"


def go_result(oracle, path, cache):
    src = open(path, "rb").read()
    key = hashlib.sha1(src).hexdigest()
    cf = os.path.join(cache, key + ".json")
    if os.path.exists(cf):
        return json.load(open(cf))
    code, out, err = run([oracle, "-run", path], timeout=120)
    status = None
    lines = err.rstrip("\n").split("\n")
    if lines and lines[-1].startswith("exit status: "):
        status = int(lines[-1].split(": ")[1])
        err = "\n".join(lines[:-1])
    r = {"status": status, "stdout": out, "stderr": err}
    json.dump(r, open(cf, "w"))
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--oracle", default=os.path.join(ROOT, "..", "shared", "tools", "go-oracle"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("dir")
    a = ap.parse_args()
    cache = os.path.join(a.dir, ".gorun")
    os.makedirs(cache, exist_ok=True)
    files = [f for f in sorted(glob.glob(os.path.join(a.dir, "*.mgo")))
             if open(f, errors="replace").readline().strip() == "// run"]

    def one(f):
        g = go_result(a.oracle, f, cache)
        if g["status"] is None:
            return f, "skip", "Go did not build it"
        code, out, err = run([a.mgoc, "run", f])
        if code == -1:
            return f, "fail", "timeout"
        why = []
        if out != g["stdout"]:
            why.append("stdout differs:\n--- go\n%s\n--- mgo\n%s" % (g["stdout"][:600], out[:600]))
        if code != g["status"]:
            why.append("exit status %d, Go %d; stderr: %s" % (code, g["status"], err[:400]))
        elif code == 2 and err.split("\n")[0] != g["stderr"].split("\n")[0]:
            why.append("panic text differs:\n  go:  %s\n  mgo: %s" % (g["stderr"].split("\n")[0], err.split("\n")[0]))
        return f, ("fail" if why else "ok"), "\n".join(why)

    counts = {"ok": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as ex:
        for f, verdict, why in ex.map(one, files):
            counts[verdict] += 1
            if verdict == "fail":
                print("[FAIL] %s" % f)
                if a.v:
                    print("    " + why.replace("\n", "\n    ")[:1500])
    print("%d programs: %d identical to Go, %d differ, %d skipped" %
          (len(files), counts["ok"], counts["fail"], counts["skip"]))


if __name__ == "__main__":
    sys.exit(main())
