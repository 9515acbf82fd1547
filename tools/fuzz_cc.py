#!/usr/bin/env python3
"""fuzz_cc.py: programs the front end accepts must compile as C.

codegen/cgen.h promises that a program the checker accepts yields C that
compiles. This feeds mgoc programs nobody wrote, mostly valid ones:
random programs from tools/escgen.py (every statement kind it knows, with
and without inlining; three in four programs) and tests/run + examples
programs mutated line-wise (a line deleted, duplicated, moved or spliced in
from another program, an integer literal or an identifier replaced by
another of the same file), so that some still type-check. Each program mgoc
accepts (`build -o /dev/null -emit-c`) is then checked by the C compiler:
`cc -fsyntax-only` on a batch of files in one call (the runtime headers
cost more than the program, and code generation adds nothing to what the
check is about), and every --link-every'th accepted program is built and
linked in full by mgoc (undefined runtime functions show only there).
Failures: mgoc crashing or hanging, a C compile error, a C compiler crash
or hang, C that calls a function it never defines or declares. Failing
programs are kept in --out. --log FILE appends the run's counts as one
line (tools/fuzz_campaign.py sums them).

usage: fuzz_cc.py [--seconds S | --count N] [--seed S] [-j J] [--out DIR]
                  [--link-every N] [--log FILE]
"""
import argparse
import concurrent.futures
import glob
import os
import random
import re
import signal
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


def kind_of(seed):
    return "mut" if seed % 4 == 0 else "gen"


# What cc must not say even when it accepts the file: a call of a function
# nothing declares or defines would not link.
BAD_WARNING = re.compile(r"used but never defined|implicit declaration of function")
CC_FLAGS = ["-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-fsyntax-only",
            "-I" + os.path.join(ROOT, "rt")]


def translate(args):
    """Generates program `seed` and runs mgoc on it; the C goes to DIR/SEED.c."""
    kind, seed, corpus, mgoc, outdir, d, link = args
    src = program(kind, seed, corpus)
    noinl = seed % 2 == 0
    mgo = os.path.join(d, "%d.mgo" % seed)
    c = os.path.join(d, "%d.c" % seed)
    open(mgo, "w").write(src)
    out = os.path.join(d, "%d.exe" % seed) if link else "/dev/null"
    cmd = [mgoc, "build"] + (["-l"] if noinl else []) + ["-o", out, "-emit-c", c, mgo]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=120 if link else 30)
    except subprocess.TimeoutExpired:
        return keep(outdir, kind, seed, src, "mgoc hangs")
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode == 1 and err and all(DIAG.match(l) or l.startswith("\t") for l in err.splitlines()):
        return "rejected", None
    if p.returncode != 0:
        # A rejected link (cc failed after writing the C) is a failure too.
        return keep(outdir, kind, seed, src, "mgoc status %d: %s" % (p.returncode, err[-1500:]))
    return "accepted", c


def cc_batch(files, timeout=600):
    """cc -fsyntax-only on several files in one call: {file: message} of
    those it rejected (an empty dict: all accepted)."""
    if not files:
        return {}
    try:
        q = subprocess.run([CC] + CC_FLAGS + files, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        if len(files) == 1:
            return {files[0]: "cc hangs"}
        bad = {}
        for f in files:
            bad.update(cc_batch([f], 120))
        return bad
    cerr = q.stderr.decode("utf-8", "replace")
    bad = {}
    for f in files:
        mine = [l for l in cerr.splitlines() if l.startswith(f + ":")]
        if any(": error:" in l or BAD_WARNING.search(l) for l in mine):
            bad[f] = "\n".join(mine)[:1500]
    if q.returncode != 0 and not bad:
        # cc failed but named no file (a crash of cc1): find the culprit.
        if len(files) == 1:
            return {files[0]: "cc status %d: %s" % (q.returncode, cerr[:1500])}
        for f in files:
            bad.update(cc_batch([f], timeout))
    return bad


def keep(outdir, kind, seed, src, why):
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, "%s-%d.mgo" % (kind, seed))
    open(path, "w").write(src)
    open(path[:-4] + ".why", "w").write(why + "\n")
    return "fail", "%s: %s" % (path, why.splitlines()[0] if why else "")


def run_batch(ex, seeds, corpus, a, counts, fails):
    with tempfile.TemporaryDirectory(prefix="fuzzcc") as d:
        jobs = [(kind_of(s), s, corpus, a.mgoc, a.out, d,
                 a.link_every > 0 and s % a.link_every == 0) for s in seeds]
        results = list(ex.map(translate, jobs))
        accepted = [(job, c) for job, (status, c) in zip(jobs, results) if status == "accepted"]
        # One cc call per worker, on its share of the batch.
        shares = [[c for _, c in accepted[i::a.j]] for i in range(a.j)]
        bad = {}
        for b in ex.map(cc_batch, shares):
            bad.update(b)
        for job, (status, info) in zip(jobs, results):
            kind, seed = job[0], job[1]
            if status == "accepted":
                if info in bad:
                    status, info = keep(a.out, kind, seed, open(info[:-2] + ".mgo").read(),
                                        "cc rejects the C: " + bad[info])
                else:
                    status, info = ("linked" if job[6] else "compiled"), None
            counts[(kind, status)] = counts.get((kind, status), 0) + 1
            if info:
                fails.append(info)
                print(info, flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=0)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out", default="/tmp/fuzz-cc")
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--link-every", type=int, default=500)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--log")
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
    # SIGTERM as SIGINT: an interrupted run still reports (and logs) the
    # batches it finished.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        try:
            while True:
                if a.count and seed >= a.seed + a.count:
                    break
                if a.seconds and time.time() - start > a.seconds:
                    break
                n = a.batch if not a.count else min(a.batch, a.seed + a.count - seed)
                run_batch(ex, range(seed, seed + n), corpus, a, counts, fails)
                seed += n
        except KeyboardInterrupt:
            pass
        except Exception as e:
            # The harness itself failed (mgoc missing while being relinked):
            # the batches done still count, and the run fails.
            fails.append("fuzz-cc stopped: %r" % e)
            print(fails[-1], flush=True)
    took = time.time() - start
    n = sum(counts.values())
    valid = sum(v for k, v in counts.items() if k[1] in ("compiled", "linked"))
    print("fuzz-cc: %d programs in %.0f s (seeds %d..%d), %d accepted by mgoc and cc: %s" % (
        n, took, a.seed, seed - 1, valid,
        ", ".join("%s %s %d" % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    if a.log:
        with open(a.log, "a") as f:
            f.write("cc %s programs=%d valid=%d linked=%d failures=%d seconds=%.0f seeds=%d..%d\n" % (
                time.strftime("%Y-%m-%dT%H:%M:%S"), n, valid,
                sum(v for k, v in counts.items() if k[1] == "linked"), len(fails), took, a.seed, seed - 1))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
