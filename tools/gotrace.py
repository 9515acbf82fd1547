#!/usr/bin/env python3
"""gotrace.py: the part of a panic's goroutine trace that Go and mgo must agree on.

Reads a program's stderr and prints, for the running goroutine's trace (the
block after the first "goroutine N [running]:" line) or, after a deadlock,
for every goroutine's (goroutine 1's first, the others sorted), one line per
frame of the program's own code:

    main.F 14            function (arguments dropped) and line
    panic                a deferred call run by a panic (Go's runtime file)
    created by main.main 11
    ...additional frames elided...

Dropped, because they cannot match: goroutine numbers, argument words
("(0x1, {0x2})" vs "(...)"), "+0x" offsets, the file's directory and name
(main.go vs NAME.mgo), the fp=/sp=/pc= words of a stack overflow's trace,
go-oracle's "exit status" line and frames of Go's standard library (sync., runtime.).
Fails (exit 1) when a frame's file is not an absolute path, as Go prints it.

    gotrace.py < stderr.txt
"""
import re
import sys

FUNC = re.compile(r"^(created by )?(.+?)(\([^()]*\))?$")
FILE = re.compile(r"^\t(\S.*?):(\d+)( \+0x[0-9a-f]+)?( fp=\S+ sp=\S+ pc=\S+)?$")


HEADER = re.compile(r"^goroutine \d+ \[(.*)\]:$")


def block(lines, i, status, errors):
    """The frames of the goroutine block whose header is lines[i - 1]."""
    out = ["goroutine [%s]" % status]
    while i < len(lines) and lines[i] != "" and not lines[i].startswith("exit status: "):
        head = lines[i]
        if head == "...additional frames elided...":
            out.append(head)
            i += 1
            continue
        m = FUNC.match(head)
        f = FILE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if not m or not f:
            errors.append("not a frame: %r" % head)
            break
        created, name = m.group(1) or "", m.group(2)
        path, line = f.group(1), f.group(2)
        i += 2
        if name == "panic":
            out.append("panic")
            continue
        if not name.startswith("main."):
            continue
        if not path.startswith("/"):
            errors.append("%s: file %s is not absolute" % (name, path))
        out.append("%s%s %s" % (created, name, line))
    return out


def normalize(text):
    lines = text.split("\n")
    errors = []
    if "fatal error: all goroutines are asleep - deadlock!" in lines:
        # Every goroutine's block: goroutine 1's first, the others in an
        # order each runtime chooses (how it reuses goroutine records).
        blocks = [block(lines, i + 1, m.group(1), errors)
                  for i, m in ((i, HEADER.match(l)) for i, l in enumerate(lines)) if m]
        if not blocks:
            return None, []
        first, rest = blocks[0], sorted(blocks[1:])
        return first + [l for b in rest for l in [""] + b], errors
    try:
        start = next(i for i, l in enumerate(lines) if HEADER.match(l) and l.endswith(" [running]:"))
    except StopIteration:
        return None, []
    return block(lines, start + 1, "running", errors), errors


def main():
    out, errors = normalize(sys.stdin.read())
    if out is None:
        print("no running goroutine's trace")
        return 1
    print("\n".join(out))
    for e in errors:
        print("gotrace: " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
