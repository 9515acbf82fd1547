#!/usr/bin/env python3
"""run.py: `make bench` — mgo against Go 1.19 on the benchmark programs.

For every bench/programs/*.mgo: builds it with mgoc, with `mgoc -noescape`,
and with Go when `go` is installed; checks that all outputs are identical;
runs the binaries N times each (default 5), interleaved, and takes the
median wall time and the peak RSS (through bench/peakrss.c); counts heap allocations with MGODEBUG=allocs=1 for both mgo
builds. A program that reads standard input names its input with a line
`// bench-stdin: PROG ARG...`: the output of bench/programs/PROG.mgo run with
those arguments (built by the mgoc measured), made once and fed to every run. Prints one table, the geometric mean of mgo/Go, and the machine.

With --before PATH, a second mgoc (an earlier build) compiles every program
too; its binaries run interleaved with the others, and the table and the
summary add its times and the geometric mean of mgo/before.

usage: run.py [--runs N] [--only NAME,...] [--markdown] [--mgoc-flags "-l"] [--mgoc PATH]
              [--before PATH]
"""
import argparse
import glob
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


STDIN_RE = re.compile(r"^// bench-stdin:\s*(\S+)(.*)$", re.M)


def stdin_input(src, mgoc, tmp):
    """The input file a program's `// bench-stdin:` line asks for, or None."""
    m = STDIN_RE.search(open(src).read())
    if not m:
        return None
    gen = os.path.join(ROOT, "bench", "programs", m.group(1) + ".mgo")
    exe = os.path.join(tmp, "stdin-" + m.group(1))
    out = os.path.join(tmp, "stdin-" + m.group(1) + "-" + "_".join(m.group(2).split()) + ".txt")
    if not os.path.exists(out):
        subprocess.run([mgoc, "build", "-o", exe, gen], check=True)
        with open(out, "wb") as f:
            subprocess.run([exe] + m.group(2).split(), stdout=f, check=True)
    return out


def run_once(cmd, env=None, stdin=None):
    t0 = time.perf_counter()
    f = open(stdin, "rb") if stdin else None
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, stdin=f)
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    if f:
        f.close()
    return p.returncode, out, err, wall


def measure_interleaved(exes, runs, peakrss, stdin=None):
    """Median wall time and peak RSS (KiB) of each executable. The runs are
    interleaved (a, b, c, a, b, c, ...) so a machine that speeds up or slows
    down during the measurement affects every column alike. peakrss (a tiny
    C wrapper, bench/peakrss.c) reports each child's own ru_maxrss."""
    times = {e: [] for e in exes}
    rss = {e: 0 for e in exes}
    for _ in range(runs):
        for e in exes:
            with open(stdin or os.devnull, "rb") as f:
                p = subprocess.run([peakrss, e], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=f)
            last = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1].split()
            times[e].append(float(last[0]))
            rss[e] = max(rss[e], int(last[1]))
    return {e: (statistics.median(times[e]), rss[e]) for e in exes}


def heap_allocs(exe, stdin=None):
    env = dict(os.environ, MGODEBUG="allocs=1")
    _, _, err, _ = run_once([exe], env, stdin)
    text = err.decode("utf-8", "replace")
    m = re.search(r"(\d+)\s+(?:heap )?alloc(?:ation)?s?\b", text)
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--mgoc-flags", default="", help='extra mgoc build flags, e.g. "-l" (no inlining)')
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"),
                    help="the compiler to measure (another build, for before/after)")
    ap.add_argument("--before", default="",
                    help="an earlier mgoc to measure in the same run (before/after)")
    a = ap.parse_args()
    mgoc = a.mgoc
    have_go = shutil.which("go") is not None
    tmp = tempfile.mkdtemp()
    progs = sorted(glob.glob(os.path.join(ROOT, "bench", "programs", "*.mgo")))
    if a.only:
        progs = [p for p in progs if os.path.basename(p)[:-4] in a.only.split(",")]
    peakrss = os.path.join(tmp, "peakrss")
    subprocess.run(["cc", "-O2", "-o", peakrss, os.path.join(ROOT, "bench", "peakrss.c")], check=True)
    rows, ratios, failed = [], [], False
    before_ratios, after_before = [], []
    for src in progs:
        name = os.path.basename(src)[:-4]
        exe_m, exe_n = os.path.join(tmp, name + ".mgo"), os.path.join(tmp, name + ".noesc")
        exe_b = os.path.join(tmp, name + ".before") if a.before else None
        builds = [(exe_m, mgoc, []), (exe_n, mgoc, ["-noescape"])]
        if exe_b:
            builds.append((exe_b, a.before, []))
        for exe, compiler, extra in builds:
            r = subprocess.run([compiler, "build"] + a.mgoc_flags.split() + extra + ["-o", exe, src],
                               stderr=subprocess.PIPE)
            if r.returncode != 0 and compiler == a.before and exe == exe_b:
                # An earlier build may lack what a newer program uses: that
                # program is measured without a before column.
                print("%s: the before mgoc cannot build it; no before time" % name, file=sys.stderr)
                exe_b = None
            elif r.returncode != 0:
                print("%s: mgoc failed:\n%s" % (name, r.stderr.decode()), file=sys.stderr)
                failed = True
                break
        else:
            exe_g = None
            if have_go:
                d = os.path.join(tmp, "go-" + name)
                os.makedirs(d)
                shutil.copy(src, os.path.join(d, "main.go"))
                subprocess.run(["go", "mod", "init", "m"], cwd=d, capture_output=True)
                exe_g = os.path.join(d, "prog")
                subprocess.run(["go", "build", "-o", exe_g, "."], cwd=d, check=True)
            inp = stdin_input(src, mgoc, tmp)
            outs = {k: run_once([e], stdin=inp)[1] for k, e in
                    (("mgo", exe_m), ("noescape", exe_n), ("before", exe_b), ("go", exe_g)) if e}
            if len(set(outs.values())) != 1:
                print("%s: outputs differ between %s" % (name, ", ".join(outs)), file=sys.stderr)
                failed = True
                continue
            res = measure_interleaved([e for e in (exe_m, exe_n, exe_b, exe_g) if e], a.runs, peakrss, inp)
            tm, rm = res[exe_m]
            tn, _ = res[exe_n]
            tg, rg = res[exe_g] if exe_g else (None, None)
            tb = res[exe_b][0] if exe_b else None
            am, an = heap_allocs(exe_m, inp), heap_allocs(exe_n, inp)
            rows.append((name, tg, tm, tn, am, an, rg, rm, tb))
            if tg:
                ratios.append(tm / tg)
                if tb:
                    before_ratios.append(tb / tg)
            if tb:
                after_before.append(tm / tb)
    fmt = lambda v, f: (f % v) if v is not None else "-"
    hdr = ("program", "Go s", "mgo s", "mgo/Go", "noesc/mgo", "allocs mgo", "allocs noesc", "RSS Go MiB", "RSS mgo MiB")
    if a.before:
        hdr += ("before s", "mgo/before")
    lines = [hdr]
    for name, tg, tm, tn, am, an, rg, rm, tb in rows:
        line = (name, fmt(tg, "%.3f"), "%.3f" % tm, fmt(tm / tg if tg else None, "%.2f"),
                "%.2f" % (tn / tm), fmt(am, "%d"), fmt(an, "%d"),
                fmt(rg / 1024 if rg else None, "%.1f"), "%.1f" % (rm / 1024))
        if a.before:
            line += (fmt(tb, "%.3f"), fmt(tm / tb if tb else None, "%.2f"))
        lines.append(line)
    if a.markdown:
        print("| " + " | ".join(hdr) + " |")
        print("|" + "---|" * len(hdr))
        for l in lines[1:]:
            print("| " + " | ".join(l) + " |")
    else:
        w = [max(len(l[i]) for l in lines) for i in range(len(hdr))]
        for l in lines:
            print("  ".join(c.rjust(w[i]) if i else c.ljust(w[i]) for i, c in enumerate(l)))
    if ratios:
        print("geometric mean mgo/Go: %.2f (%d programs, median of %d runs)"
              % (math.exp(sum(map(math.log, ratios)) / len(ratios)), len(ratios), a.runs))
    if before_ratios:
        print("geometric mean before/Go: %.2f" % math.exp(sum(map(math.log, before_ratios)) / len(before_ratios)))
    if after_before:
        print("geometric mean mgo/before: %.3f" % math.exp(sum(map(math.log, after_before)) / len(after_before)))
    print("machine: %s, %d cores, %s" % (platform.processor() or platform.machine(), os.cpu_count(), platform.platform()))
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
