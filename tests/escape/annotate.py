#!/usr/bin/env python3
"""annotate.py: writes Go's own -m diagnostics into an escape test program.

Every expectation in tests/escape comes from Go 1.19, never from mgoc: this
runs `go-oracle -m FILE` and appends `// ERROR "re$"...` to each line Go
reports on (replacing older annotations), with the message text
regexp-quoted. Run it after editing a test program, with Go installed.

usage: tests/escape/annotate.py FILE.mgo...
"""
import os
import re
import subprocess
import sys

ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                      "shared", "tools", "go-oracle")


def quote(msg):
    rx = re.escape(msg).replace("\\ ", " ") + "$"
    # A quote cannot appear inside "..." (Go's convention): match it with '.'.
    # Anchored: "1 escapes" must not also consume "x + 1 escapes".
    return '"^%s"' % rx.replace('\\"', ".").replace('"', ".")


def main():
    for path in sys.argv[1:]:
        src = open(path).read().split("\n")
        src = [re.sub(r"\s*// ERROR .*$", "", l) for l in src]
        out = subprocess.run([ORACLE, "-m", path], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT).stdout.decode()
        notes = {}
        for l in out.split("\n"):
            m = re.match(re.escape(path) + r":(\d+):\d+: (.*)$", l)
            if not m:
                continue
            line, msg = int(m.group(1)), m.group(2)
            q = quote(msg)
            notes.setdefault(line, [])
            if q not in notes[line]:
                notes[line].append(q)
        for line, qs in notes.items():
            src[line - 1] += " // ERROR " + " ".join(qs)
        open(path, "w").write("\n".join(src))
        print("%s: %d lines annotated" % (path, len(notes)))


if __name__ == "__main__":
    main()
