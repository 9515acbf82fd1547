#!/usr/bin/env python3
"""fuzz_campaign.py: the fuzzing campaign of `make fuzz-long`, resumable.

Runs, side by side for --seconds, the libFuzzer target fuzz_frontend on its
corpus (which it grows in place, so the next run resumes from it) and the
codegen pass (tools/fuzz_cc.py, one worker, starting at the first seed no
earlier run used). Each run appends one line per part to the campaign log:

  frontend DATE execs=N seconds=S cpu=C corpus=FILES bytes=B crashes=C [artifact]
  cc DATE programs=N valid=V linked=L failures=F seconds=S cpu=C godiff=D seeds=A..B

(cpu: CPU seconds of the part and its children; godiff: sampled programs
whose output differs from Go's, kept for a look, not failures).

and the last line printed sums the whole log: the campaign's totals however
many runs it took (an interrupted run, SIGINT or SIGTERM, still counts what
it did). Crashes stop the frontend part (libFuzzer keeps the input as
build-fuzz/crash-*); codegen failures are kept in build-fuzz/cc-failures.

usage: fuzz_campaign.py [--seconds S] [--fuzzer F] [--corpus DIR]
                        [--log FILE] [--only frontend|cc] [--summary]
       (the libFuzzer options come from $FUZZ_FLAGS)
"""
import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FIELD = re.compile(r"(\w+)=(\d+)(?:\.\.(\d+))?")


def records(log):
    if not os.path.exists(log):
        return []
    out = []
    for line in open(log):
        parts = line.split()
        if parts and parts[0] in ("frontend", "cc"):
            out.append((parts[0], {m.group(1): int(m.group(3) or m.group(2))
                                   for m in FIELD.finditer(line)}))
    return out


def summary(log):
    recs = records(log)
    fe = [r for k, r in recs if k == "frontend"]
    cc = [r for k, r in recs if k == "cc"]
    tot = lambda rs, f: sum(r.get(f, 0) for r in rs)
    last = fe[-1] if fe else {}
    # (CPU seconds are logged since 2026-12-06: older runs count 0)
    return ("fuzz-long: frontend %d execs in %d s (%d CPU s logged) over %d runs, corpus %d files "
            "(%d bytes), %d crashes; codegen %d valid programs through cc (%d linked, %d differ "
            "from Go) of %d generated in %d s (%d CPU s logged) over %d runs, %d failures" % (
                tot(fe, "execs"), tot(fe, "seconds"), tot(fe, "cpu"), len(fe), last.get("corpus", 0),
                last.get("bytes", 0), tot(fe, "crashes"), tot(cc, "valid"), tot(cc, "linked"),
                tot(cc, "godiff"), tot(cc, "programs"), tot(cc, "seconds"), tot(cc, "cpu"), len(cc),
                tot(cc, "failures")))


def corpus_size(d):
    files = [os.path.join(d, f) for f in os.listdir(d)]
    return len(files), sum(os.path.getsize(f) for f in files)


def start_frontend(a, out):
    flags = shlex.split(os.environ.get("FUZZ_FLAGS", ""))
    cmd = [a.fuzzer] + flags + ["-max_total_time=%d" % a.seconds, "-print_final_stats=1", a.corpus]
    out.write("## %s %s\n" % (time.strftime("%Y-%m-%dT%H:%M:%S"), " ".join(cmd)))
    out.flush()
    return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)


def frontend_record(a, status, log_path, offset, took, cpu):
    text = open(log_path, errors="replace").read()[offset:]
    m = re.findall(r"stat::number_of_executed_units:\s*(\d+)", text)
    if m:
        execs = int(m[-1])
    else:   # no final stats (killed): the last progress line
        m = re.findall(r"^#(\d+)\s", text, re.M)
        execs = int(m[-1]) if m else 0
    art = re.findall(r"Test unit written to (\S+)", text)
    # (72: libFuzzer's exit status when interrupted)
    crashed = status not in (0, 72, -signal.SIGINT, -signal.SIGTERM) or bool(art)
    files, size = corpus_size(a.corpus)
    return "frontend %s execs=%d seconds=%d cpu=%d corpus=%d bytes=%d crashes=%d%s\n" % (
        time.strftime("%Y-%m-%dT%H:%M:%S"), execs, took, cpu, files, size, int(crashed),
        (" " + art[-1]) if art else (" status %d" % status if crashed else ""))


def next_seed(log):
    seeds = [r.get("seeds", 0) for k, r in records(log) if k == "cc"]
    return max(seeds) + 1 if seeds else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=3600)
    ap.add_argument("--fuzzer", default=os.path.join(ROOT, "build-fuzz", "fuzz_frontend"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "build-fuzz", "corpus"))
    # The counts are kept in the repository (the corpora are not).
    ap.add_argument("--log", default=os.path.join(ROOT, "fuzz", "campaign.log"))
    ap.add_argument("--only", choices=["frontend", "cc"])
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    if a.summary:
        print(summary(a.log))
        return 0
    os.makedirs(os.path.dirname(a.log), exist_ok=True)
    procs = {}
    work = os.path.dirname(a.corpus)
    fe_log = os.path.join(work, "fuzz-frontend.log")
    t0 = time.time()
    if a.only != "cc":
        out = open(fe_log, "a")
        offset = out.tell()
        procs["frontend"] = start_frontend(a, out)
    if a.only != "frontend":
        procs["cc"] = subprocess.Popen(
            [sys.executable, os.path.join(ROOT, "tools", "fuzz_cc.py"), "-j", "1",
             "--seconds", str(a.seconds), "--seed", str(next_seed(a.log)), "--log", a.log,
             "--corpus", a.corpus, "--out", os.path.join(work, "cc-failures")])

    def stop(signum, frame):
        # SIGTERM for fuzz_cc.py: a process started in the background may
        # ignore SIGINT from birth (the shell's doing).
        for k, p in procs.items():
            p.send_signal(signal.SIGINT if k == "frontend" else signal.SIGTERM)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    status, cpu = {}, {}
    for k, p in procs.items():
        while True:
            try:
                _, st, ru = os.wait4(p.pid, 0)
                break
            except InterruptedError:
                continue
        p.returncode = status[k] = os.waitstatus_to_exitcode(st)
        cpu[k] = ru.ru_utime + ru.ru_stime
    if "frontend" in procs:
        rec = frontend_record(a, status["frontend"], fe_log, offset, time.time() - t0, cpu["frontend"])
        with open(a.log, "a") as f:
            f.write(rec)
        print(rec, end="")
    print(summary(a.log))
    return 1 if any(status.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
