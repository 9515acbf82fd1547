#!/usr/bin/env python3
"""annotate.py: writes Go's plain -m escape diagnostics into a test program.

The programs in tests/inline_escape check escape analysis of the inlined
program: `go-oracle -mi FILE` (go build -gcflags=-m, inlining on) is run and
every escape line Go prints becomes `// ERROR "re$"` on its line (older
annotations are replaced). Go's inlining messages ("can inline",
"inlining call to", "cannot inline") are left out: they are tests/inline's
business, and tests/runtests drops them from mgoc's output here.

usage: tests/inline_escape/annotate.py FILE.mgo...
"""
import os
import re
import subprocess
import sys

ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                      "shared", "tools", "go-oracle")
INLINING = re.compile(r"^(can inline|cannot inline|inlining call to) ")


def quote(msg):
    rx = re.escape(msg).replace("\\ ", " ") + "$"
    return '"^%s"' % rx.replace('\\"', ".").replace('"', ".")


def main():
    for path in sys.argv[1:]:
        src = open(path).read().split("\n")
        src = [re.sub(r"\s*// ERROR .*$", "", l) for l in src]
        out = subprocess.run([ORACLE, "-mi", path], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT).stdout.decode()
        notes = {}
        for l in out.split("\n"):
            m = re.match(re.escape(path) + r":(\d+):\d+: (.*)$", l)
            if not m or INLINING.match(m.group(2)):
                continue
            line, msg = int(m.group(1)), m.group(2)
            notes.setdefault(line, [])
            if quote(msg) not in notes[line]:
                notes[line].append(quote(msg))
        for line, qs in notes.items():
            src[line - 1] += " // ERROR " + " ".join(qs)
        open(path, "w").write("\n".join(src))
        print("%s: %d lines annotated" % (path, len(notes)))


if __name__ == "__main__":
    main()
