#!/usr/bin/env python3
"""bench/alloc/run.py: `make bench-alloc` — mgo's allocator against its peers.

Builds bench/alloc/workloads.c once per allocator (mgo from the rt sources
given on the command line, compiled with -O2 -DNDEBUG; glibc; and jemalloc,
tcmalloc, mimalloc when their Debian -dev packages are present, installing
them first when running as root), runs every workload REPS times per
allocator, interleaved so that machine noise hits all of them alike, and
prints one table: median ops/s (wall clock, and per CPU-second of all the
process's threads, which is steadier on a shared machine), median peak RSS,
and mgo's ratio to each peer for each.
Environment: BENCH_REPS (default 5), BENCH_SCALE (default 1.0).
"""
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "bench-alloc")
CC = os.environ.get("CC", "cc")
REPS = int(os.environ.get("BENCH_REPS", "5"))
SCALE = os.environ.get("BENCH_SCALE", "1.0")

WORKLOADS = [
    ("churn", "1 thread, random 8-1024 B, 100k live"),
    ("churn2", "2 threads, each as churn"),
    ("prodcons", "producer allocs, consumer frees"),
    ("trees", "build/free binary trees, 16 B nodes"),
    ("large", "random 1-64 KiB, 512 live"),
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
    subprocess.run([CC] + CFLAGS + ["-DNDEBUG", "-DUSE_MGO", "-o", mgo, wl] +
                   [os.path.join(ROOT, s) for s in rt_src] + ["-lpthread"], check=True)
    bins["mgo"] = mgo
    for name, pkg, flags in PEERS:
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
    return ops / float(f["secs"]), ops / max(float(f["cpu"]), 1e-6), int(f["rss_kb"])


def main():
    bins = build(sys.argv[1:])
    names = list(bins)
    res = {}
    for w, _ in WORKLOADS:
        samples = {n: [] for n in names}
        for _ in range(REPS):
            for n in names:
                samples[n].append(run_once(bins[n], w))
        for n in names:
            res[w, n] = tuple(statistics.median(s[i] for s in samples[n]) for i in range(3))
    print(f"\nmgo allocator benchmark: median of {REPS} runs, scale {SCALE}. "
          "Ratios are mgo / peer: speed > 1 and RSS < 1 favour mgo.\n")
    hdr = (f"{'workload':9} {'allocator':9} {'Mops/s':>8} {'Mops/cpu-s':>10} {'RSS MiB':>8}"
           f" {'speed':>6} {'speed/cpu':>9} {'RSS':>5}")
    print(hdr)
    print("-" * len(hdr))
    for w, desc in WORKLOADS:
        m = res[w, "mgo"]
        for n in names:
            ops, cops, rss = res[w, n]
            r = ["", "", ""] if n == "mgo" else [
                f"{m[0] / ops:.2f}", f"{m[1] / cops:.2f}", f"{m[2] / rss:.2f}"]
            print(f"{w:9} {n:9} {ops / 1e6:8.2f} {cops / 1e6:10.2f} {rss / 1024:8.1f}"
                  f" {r[0]:>6} {r[1]:>9} {r[2]:>5}")
        print(f"{'':9} ({desc})")


if __name__ == "__main__":
    main()
