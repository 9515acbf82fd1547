#!/usr/bin/env python3
"""bench/alloc/run.py: `make bench-alloc` — mgo's allocator against its peers.

Builds bench/alloc/workloads.c once per allocator (mgo from the rt sources
given on the command line, compiled as build/libmgo.a is: -O2 with its checks
on, so a double or foreign free still aborts; BENCH_MGO_NDEBUG=1 builds the
unchecked variant instead; glibc; and jemalloc,
tcmalloc, mimalloc when their Debian -dev packages are present, installing
them first when running as root), runs every workload REPS times per
allocator, interleaved so that machine noise hits all of them alike, and
prints one table: median ops/s (wall clock, and per CPU-second of all the
process's threads, which is steadier on a shared machine) with its spread
((max - min) / median), median peak RSS and its ratio to the workload's own
peak of live bytes, and mgo's ratio to the best peer.
Environment: BENCH_REPS (default 3), BENCH_SCALE (default 0.25; 1.0 is the
full size of issue 13's harness), BENCH_ONLY (comma-separated workloads),
BENCH_ALLOCATORS (comma-separated allocator names).
"""
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "bench-alloc")
CC = os.environ.get("CC", "cc")
REPS = int(os.environ.get("BENCH_REPS", "3"))
SCALE = os.environ.get("BENCH_SCALE", "0.25")
ONLY = [w for w in os.environ.get("BENCH_ONLY", "").split(",") if w]
ALLOCS = [a for a in os.environ.get("BENCH_ALLOCATORS", "").split(",") if a]

WORKLOADS = [
    ("churn1", "1 thread, 100k live slots, 8..512 B, random replacements"),
    ("churn2", "the same in 2 pinned threads, each its own live set"),
    ("prodcons", "producer allocs 8..512 B, 8192-entry ring, consumer frees"),
    ("bintree", "long-lived depth-16 tree; build/check/free depth-20 trees"),
    ("large", "1024 live slots, 1..64 KiB, a byte per 4 KiB page"),
    ("gosizes", "Go-like sizes, most die young, 1/16 into a 50k old set"),
]
# name, Debian package, link flags
PEERS = [
    ("glibc", None, []),
    ("jemalloc", "libjemalloc-dev", ["-ljemalloc"]),
    ("tcmalloc", "libgoogle-perftools-dev", ["-ltcmalloc_minimal"]),
    ("mimalloc", "libmimalloc-dev", ["-lmimalloc"]),
]
CFLAGS = ["-O2", "-g", "-fno-builtin-malloc", "-fno-builtin-free", "-I", ROOT]


def links(flags):
    """True if a trivial program links with these flags."""
    src = os.path.join(OUT, "probe.c")
    with open(src, "w") as f:
        f.write("int main(void){return 0;}\n")
    r = subprocess.run([CC, src, "-o", os.path.join(OUT, "probe")] + flags,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def ensure_peers():
    missing = [pkg for _, pkg, fl in PEERS if pkg and not links(fl)]
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing " + " ".join(missing) + " ...", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq"] + missing, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build(rt_src):
    os.makedirs(OUT, exist_ok=True)
    ensure_peers()
    wl = os.path.join(ROOT, "bench", "alloc", "workloads.c")
    bins = {}
    mgo = os.path.join(OUT, "wl-mgo")
    nd = ["-DNDEBUG"] if os.environ.get("BENCH_MGO_NDEBUG") == "1" else []
    subprocess.run([CC] + CFLAGS + nd + ["-DUSE_MGO", "-o", mgo, wl] +
                   [os.path.join(ROOT, s) for s in rt_src] + ["-lpthread"], check=True)
    bins["mgo"] = mgo
    for name, pkg, flags in PEERS:
        if ALLOCS and name not in ALLOCS:
            continue
        if pkg and not links(flags):
            print(f"skipping {name}: {pkg} is not installed (not root, or apt-get failed)")
            continue
        exe = os.path.join(OUT, "wl-" + name)
        subprocess.run([CC] + CFLAGS + ["-o", exe, wl, "-lpthread"] + flags, check=True)
        bins[name] = exe
    return bins


def run_once(exe, workload):
    out = subprocess.run([exe, workload, SCALE], capture_output=True, text=True, check=True)
    f = dict(kv.split("=") for kv in out.stdout.split())
    ops = int(f["ops"])
    return (ops / float(f["secs"]), ops / max(float(f["cpu"]), 1e-6), int(f["rss_kb"]),
            max(int(f["live_kb"]), 1))


def spread(xs):
    return (max(xs) - min(xs)) / statistics.median(xs)


def main():
    bins = build(sys.argv[1:])
    names = list(bins)
    work = [(w, d) for w, d in WORKLOADS if not ONLY or w in ONLY]
    res = {}
    for w, _ in work:
        samples = {n: [] for n in names}
        for _ in range(REPS):
            for n in names:
                samples[n].append(run_once(bins[n], w))
        for n in names:
            s = samples[n]
            med = [statistics.median(x[i] for x in s) for i in range(4)]
            res[w, n] = med + [spread([x[0] for x in s])]
    print(f"\nmgo allocator benchmark (objects touched): median of {REPS} runs, "
          f"scale {SCALE}, load {os.getloadavg()[0]:.2f}. mgo/best: speed > 1 and "
          "RSS < 1 favour mgo.\n")
    hdr = (f"{'workload':9} {'allocator':9} {'Mops/s':>8} {'spread':>6} {'Mops/cpu':>8}"
           f" {'RSS MiB':>8} {'RSS/live':>8}")
    print(hdr)
    print("-" * len(hdr))
    for w, desc in work:
        for n in names:
            ops, cops, rss, live, sp = res[w, n]
            print(f"{w:9} {n:9} {ops / 1e6:8.2f} {sp * 100:5.0f}% {cops / 1e6:8.2f}"
                  f" {rss / 1024:8.1f} {rss / live:8.2f}")
        peers = [n for n in names if n != "mgo"]
        if "mgo" in names and peers:
            m = res[w, "mgo"]
            fast = max(peers, key=lambda n: res[w, n][0])
            lean = min(peers, key=lambda n: res[w, n][2])
            print(f"{'':9} mgo/best: speed {m[0] / res[w, fast][0]:.2f} ({fast}), "
                  f"cpu {m[1] / max(res[w, n][1] for n in peers):.2f}, "
                  f"RSS {m[2] / res[w, lean][2]:.2f} ({lean})")
        print(f"{'':9} ({desc})")


if __name__ == "__main__":
    main()
