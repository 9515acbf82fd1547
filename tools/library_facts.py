#!/usr/bin/env python3
"""library_facts.py: measures from Go 1.19 the facts mgo needs about each
library function and method declared in frontend/library_decls.c, and
writes them as frontend/library_facts.c.

  tools/library_facts.py [OUT.c]     (needs `go`; default frontend/library_facts.c)

For every package, `go build -gcflags=-m=2 PKG` gives each function's
escape tags ("leaking param: s to result ~r0 level=0", "b does not
escape", ...) and, where Go can inline it, its cost. Then a probe program
calls each inlinable member on its own line and `go build -gcflags=-m`
gives what Go prints at such a call: the "inlining call to" names (the
member's own and those of the calls inlined inside it), the escape
lines of the inlined body reported at the call, and how many variables
the inlined body declares in the caller (the number of a temporary made
after the call shows it).
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECLS = os.path.join(ROOT, "frontend", "library_decls.c")


def read_packages():
    """{pkg: [decl line, ...]} from the C string literals of library_decls.c."""
    text = open(DECLS).read()
    pkgs = {}
    cur = None
    for m in re.finditer(r'static const char src_(\w+)\[\] =((?:\s*"(?:[^"\\]|\\.)*")+);', text):
        body = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)))
        body = body.encode().decode("unicode_escape")
        cur = m.group(1)
        pkgs[cur] = body.split("\n")
    return pkgs


FUNC_RE = re.compile(r'^func (?:\((\w+) (\*?)(\w+)\) )?(\w+)\((.*)$')


def split_balanced(rest):
    """("a int, f func(x) y) (int, error)") -> ("a int, f func(x) y", "(int, error)")"""
    depth = 0
    for i, c in enumerate(rest):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return rest[:i], rest[i + 1:]
            depth -= 1
    return rest, ""


def split_params(ps):
    """[(name, type)] from "s, sep string, n int" (names are always given)."""
    out, pending = [], []
    parts, depth, cur = [], 0, ""
    for c in ps:   # commas inside func(...) types do not separate
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    for part in [p.strip() for p in parts if p.strip()]:
        bits = part.split(None, 1)
        if len(bits) == 1:
            pending.append(bits[0])
            continue
        for n in pending:
            out.append((n, bits[1]))
        pending = []
        out.append((bits[0], bits[1]))
    return out


def members(pkg, lines):
    """[(goname, params [(name, type)], results, recv)]"""
    types = set(re.findall(r'^type (\w+)', "\n".join(lines), re.M))
    out = []
    for ln in lines:
        m = FUNC_RE.match(ln)
        if not m:
            continue
        rname, star, rtype, name, rest = m.groups()
        ps, res = split_balanced(rest)
        params = split_params(ps)
        recv = None
        if rname:
            gpkg = "fs" if pkg == "os" and rtype in ("PathError", "FileMode") else pkg   # Go's aliases of io/fs's
            goname = "%s.(*%s).%s" % (gpkg, rtype, name) if star else "%s.%s.%s" % (gpkg, rtype, name)
            recv = (rname, star + pkg + "." + rtype)
        else:
            goname = "%s.%s" % (pkg, name)
        out.append((goname, name, params, res.strip(), recv, types))
    return out


def qualify(t, pkg, types):
    return re.sub(r'(?<![.\w])([A-Z]\w*)\b', lambda m: pkg + "." + m.group(1) if m.group(1) in types else m.group(1), t)


def go_build(dir_or_pkg, flags, cwd=None):
    r = subprocess.run(["go", "build", "-gcflags=" + flags, "-o", os.devnull, dir_or_pkg],
                       cwd=cwd, capture_output=True, text=True)
    return r.stderr.splitlines()


LINE_RE = re.compile(r'^(.*?):(\d+):(\d+): (.*)$')


def measure_package(pkg):
    """{goname-suffix: cost}, {(file, line): {param: tag}} from -m=2 of the package."""
    costs, tags, fnat = {}, {}, {}
    for ln in go_build(pkg, "-m=2"):
        m = LINE_RE.match(ln)
        if not m:
            continue
        f, l, c, msg = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        mm = re.match(r'can inline (\S+) with cost (\d+)', msg)
        if mm:
            costs[mm.group(1)] = int(mm.group(2))
            fnat[(f, l)] = mm.group(1)
            continue
        mm = re.match(r'cannot inline (\S+?):', msg)
        if mm:
            fnat[(f, l)] = mm.group(1)
            continue
        t = tags.setdefault((f, l), {})
        mm = re.match(r'leaking param content: (\w+)$', msg)
        if mm:
            t.setdefault(mm.group(1), []).append("h1")
            continue
        mm = re.match(r'leaking param: (\w+)$', msg)
        if mm:
            t.setdefault(mm.group(1), []).append("h0")
            continue
        mm = re.match(r'leaking param: (\w+) to result (\S+) level=(\d+)$', msg)
        if mm:
            t.setdefault(mm.group(1), []).append("r%s.%s" % (mm.group(2), mm.group(3)))
            continue
        mm = re.match(r'moved to heap: (\w+)$', msg)
        if mm:   # a parameter whose address escapes leaks itself
            t.setdefault(mm.group(1), []).append("h0")
            continue
        mm = re.match(r'(\w+) does not escape$', msg)
        if mm:
            t.setdefault(mm.group(1), [])
    byname = {}
    for k, name in fnat.items():
        byname[name] = tags.get(k, {})
    return costs, byname


def probe(pkg, mems, costs):
    """({goname: (chain, extra, dcls)} for the inlinable members, {goname: params
    an inlined call keeps quiet})."""
    src = ["package main", "", 'import "%s"' % pkg]
    needs_io = any("io." in p[1] for m in mems for p in m[2]) and pkg != "io"
    if needs_io:   # (used whether or not an inlinable member takes an io type)
        src += ['import "io"', "", "var _ io.Reader"]
    # After each call, a go statement's argument copy (made after inlining:
    # .autotmp_N, numbered by the function's declarations so far) shows how
    # many variables the inlined body declared in the caller.
    src += ["", "//go:noinline", "func big(b [40]int) {}", "", "var gbig [40]int", "",
            "func pbase() {", "\tgo big(gbig)", "}"]
    src.append("")
    where = {}
    numbered = {}   # line of the temporary's probe -> (goname, declarations before the call)
    probed = []
    for i, (goname, name, params, res, recv, types) in enumerate(mems):
        short = goname.split(".", 1)[1]
        if short not in costs or (recv and not recv[1].lstrip("*").split(".")[1][0].isupper()):
            continue   # (a method of an unexported type cannot be called from a probe)
        ps = ([recv] if recv else []) + [(n, qualify(t, pkg, types)) for n, t in params]
        decl = ", ".join("%s %s" % (n, t.replace("...", "[]")) for n, t in ps)
        args = ", ".join(n + ("..." if t.startswith("...") else "") for n, t in (params and
                         [(n, qualify(t, pkg, types)) for n, t in params] or []))
        callee = "%s.%s" % (recv[0], name) if recv else "%s.%s" % (pkg, name)
        probed.append(goname)
        src.append("func p%d(%s) {" % (i, decl))
        call = "\t%s(%s)" % (callee, args)
        where[len(src) + 1] = (goname, call.index("(") + 1)
        src.append(call)
        numbered[len(src) + 1] = (goname, len(ps))
        src.append("\tgo big(gbig)")
        src.append("}")
        src.append("")
    src.append("func main() {}")
    out = {}
    quiet = {}
    if not probed:
        return out, quiet
    inlined = set()
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "go.mod"), "w").write("module probe\n\ngo 1.19\n")
        open(os.path.join(d, "main.go"), "w").write("\n".join(src) + "\n")
        lines = go_build(".", "-m", cwd=d)
    if any(": syntax error" in l or "undefined:" in l or "cannot use" in l or "not used" in l for l in lines):
        sys.exit("library_facts.py: the %s probe does not compile:\n%s" % (pkg, "\n".join(lines[:20])))
    base = None
    tmp_at = {}
    for ln in lines:
        m = LINE_RE.match(ln)
        mm = m and re.match(r'moved to heap: \.autotmp_(\d+)$', m.group(4))
        if mm:
            tmp_at[int(m.group(2))] = int(mm.group(1))
    base = tmp_at.get(src.index("func pbase() {") + 2)
    dcls = {}
    for line, (goname, nparams) in numbered.items():
        if line in tmp_at and base is not None:
            dcls[goname] = tmp_at[line] - base - nparams
    for ln in lines:
        m = LINE_RE.match(ln)
        if m and int(m.group(2)) + 1 in where:
            # the probe's own parameters: which the inlined body keeps
            goname = where[int(m.group(2)) + 1][0]
            mm = re.match(r'(\w+) does not escape$', m.group(4))
            if mm:
                quiet.setdefault(goname, set()).add(mm.group(1))
            continue
        if not m or int(m.group(2)) not in where:
            continue
        goname, col = where[int(m.group(2))]
        chain, extra = out.setdefault(goname, ([], []))
        msg = m.group(4)
        if msg.startswith("inlining call to "):
            if msg[len("inlining call to "):] != goname:
                chain.append(msg[len("inlining call to "):])
            else:
                inlined.add(goname)
        elif int(m.group(3)) == col:
            # "pN ignoring self-assignment in ...": N is the probe; the
            # caller's name replaces %F.
            extra.append(re.sub(r"^p\d+ ", "%F ", msg))
    # Inlinable but not inlined at a call: an intrinsic (math.Sqrt on amd64),
    # which Go's inliner charges as a plain node.
    for goname in probed:
        if goname not in inlined:
            out[goname] = None
        elif goname in out:
            out[goname] = out[goname] + (dcls.get(goname, 0),)
        else:
            out[goname] = ([], [], dcls.get(goname, 0))
    return out, quiet


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    outpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "frontend", "library_facts.c")
    rows = []
    for pkg, lines in sorted(read_packages().items()):
        mems = members(pkg, lines)
        if not mems:
            continue
        costs, tags = measure_package(pkg)
        if pkg == "os":   # os.PathError and FileMode are io/fs's: their methods are measured there
            fcosts, ftags = measure_package("io/fs")
            for k in [m[0].split(".", 1)[1] for m in mems if m[0].startswith("fs.")]:
                if k in fcosts:
                    costs[k] = fcosts[k]
                if k in ftags:
                    tags[k] = ftags[k]
        inl, quiet = probe(pkg, mems, costs)
        for goname, name, params, res, recv, types in mems:
            short = goname.split(".", 1)[1]
            t = tags.get(short, {})
            names = ([recv[0]] if recv else []) + [n for n, _ in params]
            rnames = [n for n, _ in split_params(res.strip("()"))] if res.startswith("(") else []

            def result_index(tg):
                # "r~r1.0" or "rerr.0" -> "r1.0": results by position
                m = re.match(r'r(.+)\.(\d+)$', tg)
                if not m:
                    return tg
                n = m.group(1)
                i = int(n[2:]) if n.startswith("~r") else rnames.index(n)
                return "r%d.%s" % (i, m.group(2))
            inlined_here = goname in inl and inl[goname] is not None
            # A parameter that leaks out of line but not where Go inlines the
            # body with its result unused is stored in the body's
            # allocation: "+i" (build_call.c routes it there).
            held = {n for n in names if inlined_here and "h0" in t.get(n, [])
                    and n in quiet.get(goname, set())}
            tag = " ".join("%s=%s" % (n, "+".join([result_index(x) for x in t[n]] +
                                                    (["i"] if n in held else [])) if t.get(n) else "-")
                           for n in names if n in t)
            cost = costs.get(short, -1)
            if goname in inl and inl[goname] is None:
                cost = -2
            chain, extra, dcls = inl.get(goname) or ([], [], 0)
            rows.append((goname, tag, cost, "|".join(chain), "|".join(extra), dcls))
    with open(outpath, "w") as f:
        f.write("// library_facts.c: GENERATED by tools/library_facts.py from Go 1.19 -- do not edit.\n")
        f.write("// Escape tags, inlining costs and inlined-call -m lines of the library\n")
        f.write("// members declared in library_decls.c (format in library.h).\n")
        f.write('#include "library.h"\n\nconst LibFact lib_facts[] = {\n')
        for r in rows:
            f.write("\t{%s, %s, %d, %s, %s, %d},\n" % (c_str(r[0]), c_str(r[1]), r[2], c_str(r[3]),
                                                    c_str(r[4]), r[5]))
        f.write("};\n\nconst int lib_nfacts = sizeof lib_facts / sizeof lib_facts[0];\n")


if __name__ == "__main__":
    main()
