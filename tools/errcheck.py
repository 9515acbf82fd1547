#!/usr/bin/env python3
"""errcheck.py: checks a compiler's diagnostics against `// ERROR "re"` notes.

Go's test-suite convention (test/run.go): every source line carrying
`// ERROR "re1" "re2"...` expects, for each regexp, at least one diagnostic on
that line whose text (after the first space) matches it; all matching
diagnostics are consumed. Diagnostics left over, or a regexp with no match,
fail the test. Lines containing `////` are ignored. LINE, LINE+n, LINE-n in a
regexp expand to `file:N`.

usage: errcheck.py FILE.mgo -- COMMAND...   (the command's stderr+stdout are read)
Exit status 0 when the expectations hold, 1 otherwise (reasons on stdout).
"""
import re
import subprocess
import sys


def expectations(path):
    notes = []
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for lineno, line in enumerate(f, 1):
            if "////" in line:
                continue
            m = re.search(r"//\s*(?:GC_)?ERROR (.*)", line)
            if not m:
                continue
            regexps = re.findall(r'"([^"]*)"', m.group(1))
            # Go's tests also quote with backquotes.
            regexps += re.findall(r"`([^`]*)`", m.group(1))
            for rx in regexps:
                rx = re.sub(r"LINE([+-]\d+)?",
                            lambda mm: "%s:%d" % (path, lineno + int(mm.group(1) or 0)),
                            rx)
                notes.append((lineno, rx))
    return notes


def go_regexp(rx):
    # RE2 and Python agree on everything Go's tests use except \pL-style classes.
    return re.compile(rx.replace(r"\pL", r"[^\W\d_]"))


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print(__doc__)
        return 2
    path, cmd = sys.argv[1], sys.argv[3:]
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    except subprocess.TimeoutExpired:
        print("%s: compiler timed out" % path)
        return 1
    out = proc.stdout.decode("utf-8", "replace")
    if proc.returncode < 0 or proc.returncode > 2 or "Sanitizer" in out or "internal error" in out:
        print("%s: compiler crashed (status %d):\n%s" % (path, proc.returncode, out))
        return 1
    msgs = []
    for line in out.split("\n"):
        if not line or line.startswith("#"):
            continue
        if line.startswith("\t") and msgs:
            msgs[-1] += "\n" + line
            continue
        msgs.append(line)
    failures = []
    by_line = {}
    for lineno, rx in expectations(path):
        by_line.setdefault(lineno, []).append(rx)
    for lineno in sorted(by_line):
        prefix = "%s:%d" % (path, lineno)
        for rx in by_line[lineno]:
            here = [m for m in msgs if m.startswith(prefix) and m[len(prefix):len(prefix) + 1] in (":", "[")]
            if not here:
                failures.append("%s: missing error %r" % (prefix, rx))
                continue
            cre = go_regexp(rx)
            matched = [m for m in here if cre.search(m.split(" ", 1)[1] if " " in m else m)]
            if not matched:
                failures.append("%s: no match for %r in:\n\t%s" % (prefix, rx, "\n\t".join(here)))
                continue
            msgs = [m for m in msgs if m not in matched]
    for m in msgs:
        failures.append("unmatched error: %s" % m)
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
