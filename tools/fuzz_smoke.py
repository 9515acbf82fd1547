#!/usr/bin/env python3
"""fuzz_smoke.py: a quick, deterministic robustness check of mgoc.

Mutates the test programs (byte flips, insertions of Go tokens, deletions,
splices, truncations) with a fixed seed and runs `mgoc build -m -o /dev/null`
on each. Every run must end with status 0, or status 1 with
`file:line[:col]: message` lines; a signal, a sanitizer report, an internal
error or a hang fails. The coverage-guided fuzzer is `make fuzz`; this is the
smoke test that runs in `make test`.
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

TOKENS = [b"(", b")", b"{", b"}", b"[", b"]", b"func", b"*", b"&", b":=", b"=", b"go ",
          b"defer ", b"\n", b";", b"...", b"interface{}", b"map[int]", b"chan ", b"<-",
          b"\"", b"'", b"`", b"/*", b"0x", b"1e", b".", b",", b"\x00", b"\xff", b"range ",
          b"type T ", b"var ", b"return ", b"switch ", b"case ", b"select {", b"struct{",
          b"append(", b"make(", b"new(", b"nil", b"iota", b"_", b"\t", b"\xc3\xa9"]
# The column is left out when Go would not know it (0, or 255 and beyond).
DIAG = re.compile(rb"^[^\n]*:\d+(:\d+)?: .+$")


def mutate(rng, data, corpus):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(data)) if data else 0
        if op == 0 and data:
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif op == 1:
            data[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and data:
            del data[pos:pos + rng.randint(1, 40)]
        elif op == 3:
            other = rng.choice(corpus)
            a = rng.randint(0, len(other))
            data[pos:pos] = other[a:a + rng.randint(1, 200)]
        elif op == 4:
            del data[pos:]
        else:
            tok = rng.choice(TOKENS)
            data[pos:pos] = tok * rng.randint(2, 300)
    return bytes(data)


# LeakSanitizer's exit-time scan doubles the cost of each run; leaks are the
# san suite's business (it runs mgoc with leak checking), not the smoke's.
ENV = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:" + os.environ.get("ASAN_OPTIONS", ""))


def check(mgoc, path):
    try:
        p = subprocess.run([mgoc, "build", "-m", "-o", "/dev/null", path], env=ENV,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20)
    except subprocess.TimeoutExpired:
        return "hang"
    err = p.stderr
    if p.returncode not in (0, 1):
        return "exit status %d: %s" % (p.returncode, err[-2000:].decode("utf-8", "replace"))
    if b"Sanitizer" in err or b"internal error" in err or b"runtime error" in err:
        return "sanitizer/internal error: " + err[-2000:].decode("utf-8", "replace")
    if p.returncode == 1:
        lines = [l for l in err.split(b"\n") if l]
        if not lines or not any(DIAG.match(l) for l in lines):
            return "exit 1 without a file:line[:col] diagnostic: %r" % err[:500]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgoc", required=True)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    files = sorted(glob.glob(os.path.join(root, "tests", "*", "*.mgo")) +
                   glob.glob(os.path.join(root, "examples", "*.mgo")))
    corpus = [open(f, "rb").read() for f in files]
    if not corpus:
        corpus = [b"package main\n\nfunc main() {\n\tx := 1\n\tprintln(x)\n}\n"]
    rng = random.Random(args.seed)
    inputs = [mutate(rng, rng.choice(corpus), corpus) for _ in range(args.count)]
    # Fixed extreme inputs the issue names: deep nesting, a huge line, NULs,
    # invalid UTF-8, an empty file.
    deep = b"package main\nfunc main() { x := " + b"(" * 10000 + b"1" + b")" * 10000 + b"; _ = x }\n"
    deep2 = b"package main\nfunc main() { x := " + b"-" * 10000 + b"1; _ = x }\n"
    huge = b"package main\nvar s = \"" + b"a" * (1 << 20) + b"\"\nfunc main() { println(s) }\n"
    inputs += [deep, deep2, huge, b"", b"\x00\x00\x00", b"package main\xff\xfe", b"package"]
    tmp = tempfile.mkdtemp()
    failures = []

    def one(i):
        path = os.path.join(tmp, "f%d.mgo" % i)
        with open(path, "wb") as f:
            f.write(inputs[i])
        r = check(args.mgoc, path)
        if r is None:
            os.unlink(path)
        return i, r

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for i, r in ex.map(one, range(len(inputs))):
            if r:
                failures.append("input %s: %s" % (os.path.join(tmp, "f%d.mgo" % i), r))
    for f in failures[:20]:
        print(f)
    print("%d inputs, %d failures" % (len(inputs), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
