#!/usr/bin/env python3
"""fuzz_cc.py: programs the front end accepts must compile as C.

codegen/cgen.h promises that a program the checker accepts yields C that
compiles. This feeds mgoc programs nobody wrote, mostly valid ones:
random programs from tools/escgen.py (every statement kind it knows, with
and without inlining; three in four programs, generated in this process)
and programs mutated line-wise (a line deleted, duplicated, moved or
spliced in from another program, an integer literal or an identifier
replaced by another of the same file) from tests/run, examples and the
frontend fuzzer's corpus, so that some still type-check.

Each program goes through mgoc's stages in one long-lived process
(build/fuzz_gen: no process start and no library loading per program);
the C of those it accepts is checked by the C compiler with
`cc -fsyntax-only`, many programs in one translation unit: the runtime
header once, then each program with its own names renamed by the
preprocessor (#define NAME pK_NAME ... #undef NAME), since a compiler
process and the header cost more than a program. A batch the compiler
rejects is checked again file by file, unrenamed, so what is reported is
the compiler's verdict on the program as mgoc wrote it. Every
--link-every'th accepted program is built and linked in full by mgoc and
run (10 s at most); where Go is installed its output and exit status are
compared with Go's (a difference is kept and counted as godiff, not as a
failure: random programs may race or run out of time).

Failures: the translator crashing or hanging, a C compile error, a C
compiler crash or hang, C that calls a function it never defines or
declares, a sample that does not build. Failing programs are kept in
--out. --log FILE appends the run's counts as one line
(tools/fuzz_campaign.py sums them).

usage: fuzz_cc.py [--seconds S | --count N] [--seed S] [--out DIR]
                  [--link-every N] [--batch N] [--log FILE]
"""
import argparse
import glob
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import escgen  # noqa: E402

INT = re.compile(r"\b\d+\b")
IDENT = re.compile(r"\b[A-Za-z_]\w*")
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
            if other:
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


def load_corpus(fuzz_corpus):
    """Lines of the programs mutations start from: the tests and examples,
    and the frontend fuzzer's corpus (inputs the front end liked)."""
    files = sorted(glob.glob(os.path.join(ROOT, "tests/run/*.mgo")) +
                   glob.glob(os.path.join(ROOT, "examples/*.mgo")))
    if fuzz_corpus and os.path.isdir(fuzz_corpus):
        extra = sorted(os.listdir(fuzz_corpus))
        files += [os.path.join(fuzz_corpus, f) for f in extra
                  if os.path.getsize(os.path.join(fuzz_corpus, f)) < 16384]
    return [open(f, errors="replace").read().splitlines() for f in files]


# What cc must not say even when it accepts the file: a call of a function
# nothing declares or defines would not link.
BAD_WARNING = re.compile(r"used but never defined|implicit declaration of function")
CC_FLAGS = ["-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-fsyntax-only",
            "-I" + os.path.join(ROOT, "rt")]
KEYWORDS = set("""auto break case char const continue default do double else enum extern float
for goto if inline int long register restrict return short signed sizeof static struct switch
typedef union unsigned void volatile while _Bool _Complex _Noreturn _Alignas _Alignof _Atomic
_Static_assert _Thread_local _Generic typeof asm include define undef ifdef ifndef elif endif
line pragma error defined""".split())
# Attribute names are not identifiers: renaming them breaks the batch.
ATTRIBUTE = re.compile(r"__attribute__\s*\(\(\s*(\w+)")


def header_names():
    """Every identifier the runtime header and what it includes declare or
    define (macros too): the names a program's C shares with the others in
    its batch, never renamed."""
    p = subprocess.run([CC, "-E", "-dD"] + [f for f in CC_FLAGS if f != "-fsyntax-only"] + ["-x", "c", "-"],
                       input='#include "go_rt.h"\n', capture_output=True, text=True, check=True)
    # main is each program's own (the header declares it): left alone, it
    # breaks the batch, and cc then runs once per program.
    return (KEYWORDS | set(IDENT.findall(p.stdout))) - {"main"}


class Translator:
    """build/fuzz_gen, one process for many programs; a crash or a hang
    costs the program it happened on and a restart."""

    def __init__(self, exe):
        self.exe = exe
        self.p = None

    def start(self):
        self.p = subprocess.Popen([self.exe], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)

    def stop(self):
        if self.p:
            self.p.kill()
            self.p.wait()
            self.p = None

    def translate(self, path, no_inline, timeout=30):
        """'accepted' (C written beside path), 'rejected', or why it failed."""
        if not self.p:
            self.start()
        try:
            self.p.stdin.write(b"%s %d\n" % (path.encode(), int(no_inline)))
            self.p.stdin.flush()
        except BrokenPipeError:
            pass
        ready, _, _ = select.select([self.p.stdout], [], [], timeout)
        if not ready:
            self.stop()
            return "hangs (over %d s)" % timeout
        line = self.p.stdout.readline().decode("utf-8", "replace").strip()
        if line in ("accepted", "rejected"):
            return line
        if line:
            self.stop()
            return "answers %r" % line[:100]
        status = self.p.wait()
        self.p = None
        return "crashes (status %d)" % status


def cc_alone(c, timeout=120):
    """The compiler's complaint about one file as mgoc wrote it, or None."""
    try:
        q = subprocess.run([CC] + CC_FLAGS + [c], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "cc hangs"
    cerr = q.stderr.decode("utf-8", "replace")
    bad = [l for l in cerr.splitlines() if ": error:" in l or BAD_WARNING.search(l)]
    if q.returncode != 0 or bad:
        return "cc status %d: %s" % (q.returncode, ("\n".join(bad) or cerr)[:1500])
    return None


STATS = {"fallbacks": 0, "spurious": 0}


def cc_batch(files, keep_names, d, timeout=600):
    """cc -fsyntax-only on the files as one translation unit: {file: message}
    of those the compiler rejects (an empty dict: all accepted)."""
    if not files:
        return {}
    parts = ['#include "go_rt.h"\n']
    for k, f in enumerate(files):
        text = open(f).read()
        names = [n for n in set(IDENT.findall(text)) - keep_names - set(ATTRIBUTE.findall(text))
                 if not n.startswith("__")]
        parts.append("".join("#define %s p%d_%s\n" % (n, k, n) for n in names))
        parts.append(text)
        parts.append("\n" + "".join("#undef %s\n" % n for n in names))
    batch = os.path.join(d, "batch.c")
    open(batch, "w").write("".join(parts))
    try:
        # (every name is a macro here: tracking their expansions costs 10%)
        q = subprocess.run([CC] + CC_FLAGS + ["-ftrack-macro-expansion=0", batch],
                           capture_output=True, timeout=timeout)
        cerr = q.stderr.decode("utf-8", "replace")
        if q.returncode == 0 and not any(": error:" in l or BAD_WARNING.search(l)
                                         for l in cerr.splitlines()):
            return {}
    except subprocess.TimeoutExpired:
        pass
    # One cc per program from here on: three times the cost of the batch.
    # A batch that fails while every program passes alone is a defect of
    # the batching (a name it renames that it must not), counted here.
    STATS["fallbacks"] += 1
    bad = {}
    for f in files:
        why = cc_alone(f)
        if why:
            bad[f] = why
    if not bad:
        STATS["spurious"] += 1
    return bad


def keep(outdir, kind, seed, src, why):
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, "%s-%d.mgo" % (kind, seed))
    open(path, "w").write(src)
    open(path[:-4] + ".why", "w").write(why + "\n")
    return "%s: %s" % (path, why.splitlines()[0] if why else "")


ADDRESS = re.compile(rb"0x[0-9a-f]{6,}")


def run_exe(cmd, cwd=None):
    """stdout (addresses blanked: printed pointers differ between Go and
    mgo) and exit status, or (None, None) after 10 s."""
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=10, stdin=subprocess.DEVNULL, cwd=cwd)
        return ADDRESS.sub(b"0xADDR", r.stdout), r.returncode
    except subprocess.TimeoutExpired:
        return None, None


def go_output(src):
    """Go's stdout and exit status for src, or None (no Go, Go rejects it,
    or it ran out of time)."""
    if not shutil.which("go"):
        return None
    d = tempfile.mkdtemp(prefix="fuzzcc-go")
    try:
        open(os.path.join(d, "main.go"), "w").write(src)
        open(os.path.join(d, "go.mod"), "w").write("module m\n\ngo 1.19\n")
        b = subprocess.run(["go", "build", "-o", "prog", "."], cwd=d, capture_output=True, timeout=120,
                           env=dict(os.environ, GOFLAGS=""))
        if b.returncode != 0:
            return None
        out, status = run_exe([os.path.join(d, "prog")])
        return None if status is None else (out, status)
    finally:
        shutil.rmtree(d, ignore_errors=True)


def sample(a, mgo, src, noinl):
    """A full build by mgoc, run, beside Go's run: (failure or None, differs)."""
    exe = mgo[:-4] + ".exe"
    b = subprocess.run([a.mgoc, "build"] + (["-l"] if noinl else []) + ["-o", exe, mgo],
                       capture_output=True, timeout=300)
    if b.returncode != 0:
        return "mgoc build fails: " + b.stderr.decode("utf-8", "replace")[-1500:], False
    out, status = run_exe([exe])
    if out is None:
        return None, False
    go = go_output(src)
    if go is None or go == (out, status):
        return None, False
    return None, "mgo exit %d, Go exit %d\n--- mgo\n%s\n--- Go\n%s" % (
        status, go[1], out.decode("utf-8", "replace")[-3000:], go[0].decode("utf-8", "replace")[-3000:])


def run_batch(tr, seeds, corpus, a, counts, fails, keep_names, state):
    with tempfile.TemporaryDirectory(prefix="fuzzcc") as d:
        accepted = []
        for seed in seeds:
            kind = kind_of(seed)
            src = program(kind, seed, corpus)
            noinl = seed % 2 == 0
            mgo = os.path.join(d, "%d.mgo" % seed)
            open(mgo, "w").write(src)
            r = tr.translate(mgo, noinl)
            if r == "accepted":
                accepted.append((kind, seed, src, noinl, mgo))
                continue
            if r != "rejected":
                fails.append(keep(a.out, kind, seed, src, "mgoc " + r))
                print(fails[-1], flush=True)
                r = "fail"
            counts[(kind, r)] = counts.get((kind, r), 0) + 1
            state["last"] = max(state["last"], seed)
        bad = cc_batch([m[:-4] + ".c" for _, _, _, _, m in accepted], keep_names, d)
        for kind, seed, src, noinl, mgo in accepted:
            why = bad.get(mgo[:-4] + ".c")
            status = "compiled"
            if why:
                fails.append(keep(a.out, kind, seed, src, "cc rejects the C: " + why))
                print(fails[-1], flush=True)
                status = "fail"
            else:
                state["valid"] += 1
                if a.link_every > 0 and state["valid"] % a.link_every == 0:
                    why, differs = sample(a, mgo, src, noinl)
                    if why:
                        fails.append(keep(a.out, kind, seed, src, why))
                        print(fails[-1], flush=True)
                        status = "fail"
                    else:
                        status = "linked"
                        if differs:
                            state["godiff"] += 1
                            print(keep(a.out, "godiff-" + kind, seed, src, differs), flush=True)
            counts[(kind, status)] = counts.get((kind, status), 0) + 1
            state["last"] = max(state["last"], seed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=0)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", type=int, default=1, help="ignored (one translator, one cc at a time)")
    ap.add_argument("--out", default="/tmp/fuzz-cc")
    ap.add_argument("--mgoc", default=os.path.join(ROOT, "build", "mgoc"))
    ap.add_argument("--gen", default=os.path.join(ROOT, "build", "fuzz_gen"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "build-fuzz", "corpus"),
                    help="the frontend fuzzer's corpus, also mutated (if it exists)")
    ap.add_argument("--link-every", type=int, default=100)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--log")
    a = ap.parse_args()
    if not a.seconds and not a.count:
        a.count = 200
    corpus = load_corpus(a.corpus)
    keep_names = header_names()
    start = time.time()
    cpu0 = os.times()
    counts = {}
    fails = []
    state = {"valid": 0, "godiff": 0, "last": a.seed - 1}
    seed = a.seed
    tr = Translator(a.gen)
    # SIGTERM as SIGINT: an interrupted run still reports (and logs) the
    # batches it finished. (SIGINT too: started in the background, Python
    # leaves it ignored.)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        while True:
            if a.count and seed >= a.seed + a.count:
                break
            if a.seconds and time.time() - start > a.seconds:
                break
            n = a.batch if not a.count else min(a.batch, a.seed + a.count - seed)
            run_batch(tr, range(seed, seed + n), corpus, a, counts, fails, keep_names, state)
            seed += n
    except KeyboardInterrupt:
        pass
    except Exception as e:
        # The harness itself failed (mgoc missing while being relinked):
        # the batches done still count, and the run fails.
        fails.append("fuzz-cc stopped: %r" % e)
        print(fails[-1], flush=True)
    tr.stop()
    took = time.time() - start
    cpu1 = os.times()
    cpu = sum(cpu1[:4]) - sum(cpu0[:4])
    n = sum(counts.values())
    valid = sum(v for k, v in counts.items() if k[1] in ("compiled", "linked"))
    print("fuzz-cc: %d programs in %.0f s (%.0f CPU s, %.1f valid/CPU s; seeds %d..%d), %d accepted by mgoc "
          "and cc, %d differ from Go: %s" % (
              n, took, cpu, valid / cpu if cpu else 0, a.seed, state["last"], valid, state["godiff"],
              ", ".join("%s %s %d" % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    print("fuzz-cc: %d batches fell back to one cc per program, %d of them with no program at fault" % (
        STATS["fallbacks"], STATS["spurious"]))
    if a.log:
        with open(a.log, "a") as f:
            f.write("cc %s programs=%d valid=%d linked=%d failures=%d seconds=%.0f cpu=%.0f godiff=%d seeds=%d..%d\n" % (
                time.strftime("%Y-%m-%dT%H:%M:%S"), n, valid,
                sum(v for k, v in counts.items() if k[1] == "linked"), len(fails), took, cpu,
                state["godiff"], a.seed, state["last"]))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
