#!/usr/bin/env python3
"""go_batch.py: what go-oracle says about many .mgo files, from ONE go build.

go-oracle costs a `go mod init` and a `go build` (and, for -run, a link) per
file, about half a second each; the test suites ask it about hundreds of
files. This tool puts every file into a package directory of its own in one
temporary module (p0001/main.go, ...), builds them all with a single go
command and splits the output back per file, so that each result is byte for
byte what `go-oracle MODE FILE` prints for it today:

    go_batch.py MODE OUTDIR FILE...      MODE: -m, -m=2, -mi, -mi=2, -run

-m modes: OUTDIR/FILE is go-oracle's output for FILE (paths in Go's output
rewritten to FILE as given). The packages are compiled by `go list -export`,
which unlike `go build` does not link them (go-oracle links to /dev/null;
the linker adds nothing to -m output). -gcflags without a pattern applies to
exactly the packages named on the command line, as with go-oracle's single
package: the standard library is compiled as usual.
-run: OUTDIR/FILE/prog is Go's binary of FILE (run it as go-oracle -run
does: from the caller's directory; os.Args[0] ends in "/prog" as there),
linked with -ldflags='-s -w'.
A file with no result (its package failed to build, or the go command failed
as a whole) is reported on stderr and gets no OUTDIR entry; callers then ask
go-oracle about that file alone, so failures look exactly as before.
Exit status: 0 when every file has its result, 1 otherwise, 2 on misuse.
FILE must be a relative path without "..": OUTDIR mirrors it.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

GCFLAGS = {"-m": "-m -l", "-m=2": "-m=2 -l", "-mi": "-m", "-mi=2": "-m=2"}


def pkg_name(i, n):
    return "p%0*d" % (max(4, len(str(n))), i + 1)


def rewrite(lines, pkg, file):
    """Go's output for package pkg as go-oracle would show it for file.

    The go command shortens the package directory to its path relative to
    the module root where it follows a blank, a newline or a newline and a
    tab: "./" for go-oracle's package at the root, "pNNNN/" here.
    """
    back = re.compile(rb"(^|[ ]|^\t)" + re.escape(pkg.encode()) + rb"/", re.M)
    out = []
    for line in lines:
        line = back.sub(rb"\1./", line)
        if line.startswith(b"./main.go:"):
            line = file.encode() + line[len(b"./main.go"):]
        out.append(line + b"\n")
    return b"".join(out)


def split_output(out, pkgs):
    """Go's combined output -> {package: its lines}, None on stray lines.

    Each package's output comes as one block after a "# m/pNNNN" line;
    go-oracle drops every line starting with "# ".
    """
    res = {p: [] for p in pkgs}
    cur = None
    stray = False
    lines = out.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    for line in lines:
        if line.startswith(b"# "):
            name = line[2:].decode("utf-8", "replace")
            cur = name[2:] if name.startswith("m/") and name[2:] in res else None
            stray |= cur is None
        elif cur is not None:
            res[cur].append(line)
        else:
            stray = True
    return None if stray else res


def main():
    args = sys.argv[1:]
    if len(args) < 2 or (args[0] not in GCFLAGS and args[0] != "-run"):
        print(__doc__.split("\n\n")[2], file=sys.stderr)
        return 2
    mode, outdir, files = args[0], args[1], args[2:]
    for f in files:
        if os.path.isabs(f) or ".." in f.split("/"):
            print("go_batch: %s: give a relative path without .." % f, file=sys.stderr)
            return 2
    if not files:
        return 0
    if not shutil.which("go"):
        print("go_batch: go is not installed (apt-get install -y golang-go)", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="go_batch.")
    try:
        return batch(mode, outdir, files, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def batch(mode, outdir, files, tmp):
    pkgs = [pkg_name(i, len(files)) for i in range(len(files))]
    subprocess.run(["go", "mod", "init", "m"], cwd=tmp,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for p, f in zip(pkgs, files):
        os.mkdir(os.path.join(tmp, p))
        shutil.copyfile(f, os.path.join(tmp, p, "main.go"))
    env = dict(os.environ)
    if mode == "-run":
        # Linking is most of the cost; without the symbol table and DWARF
        # (-s -w) it is a third cheaper, and neither is what a Go program
        # reads for its tracebacks (the pclntab) or prints.
        cmd = ["go", "build", "-ldflags=-s -w", "-o", os.path.join(tmp, "bin") + "/", "./..."]
    else:
        env["GOFLAGS"] = ""  # as go-oracle's -m modes
        # `go build` of several main packages still links each one;
        # `go list -export` compiles them (the compiler's -m output
        # shown as by go build) without linking.
        cmd = ["go", "list", "-e", "-export", "-f", "{{.ImportPath}}",
               "-gcflags=" + GCFLAGS[mode], "./..."]
    # go list prints the package paths on stdout, the compiler's output
    # on stderr.
    p = subprocess.run(cmd, cwd=tmp, env=env, stdout=subprocess.PIPE if mode == "-run"
                       else subprocess.DEVNULL, stderr=subprocess.STDOUT if mode == "-run"
                       else subprocess.PIPE)
    out = p.stdout if mode == "-run" else p.stderr
    missing = []
    if mode == "-run":
        for pkg, f in zip(pkgs, files):
            binary = os.path.join(tmp, "bin", pkg)
            if os.path.exists(binary):
                dst = os.path.join(outdir, f)
                os.makedirs(dst, exist_ok=True)
                shutil.move(binary, os.path.join(dst, "prog"))
            else:
                missing.append(f)
    else:
        parts = split_output(out, pkgs)
        if parts is None:
            missing = files
        else:
            for pkg, f in zip(pkgs, files):
                dst = os.path.join(outdir, f)
                os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
                with open(dst, "wb") as w:
                    if parts[pkg]:
                        w.write(rewrite(parts[pkg], pkg, f))
    if missing:
        sys.stderr.buffer.write(out[-4000:])
        print("go_batch: no result for %d of %d files (ask go-oracle about each): %s"
              % (len(missing), len(files), " ".join(missing[:10])), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
