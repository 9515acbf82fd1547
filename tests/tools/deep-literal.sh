#!/usr/bin/env bash
# deep-literal.sh MGOC: composite literals nested as deep as Go accepts.
# 40,000 levels parse and analyse (the parser's stack limit once said "too
# deeply nested"); 2,000 levels of &T{...} and 300 of []interface{}{...}
# compile to C no deeper than a few levels of parentheses (the literal is
# one flat sequence of steps, gen_lit.c), build and run. mgoc runs under an 8 MB stack limit, gcc too.
set -u
mgoc=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"
ulimit -s 8192
fail=0
bad() { echo "FAIL: $*"; fail=1; }
gen() {  # levels shape
	python3 - "$1" "$2" <<'PY'
import sys
n, shape = int(sys.argv[1]), sys.argv[2]
# Outermost level first: the literal is opening parts, a core, closings.
if shape == "iface":   # []interface{}{n-1, []interface{}{..., 0}}
    body = "".join("[]interface{}{%d, " % i for i in reversed(range(n))) + "0" + "}" * n
else:                  # &T{v: n-1, next: &T{..., next: nil}}
    body = "".join("&T{v: %d, next: " % i for i in reversed(range(n))) + "nil" + "}" * n
print("package main\n\ntype T struct {\n\tv    int\n\tnext *T\n}\n\nvar sink *T\n")
if shape == "iface":
    print("func main() {\n\tx := %s\n\tfor i := 0; i < %d; i++ {\n\t\tx = x[1].([]interface{})\n\t}\n\tprintln(x[0].(int))\n}" % (body, n - 2))
else:
    print("func main() {\n\tx := %s\n\tsink = x.next\n\tprintln(x.v, x.next.next.v)\n}" % body)
PY
}
gen 40000 ptr >deep.mgo
out=$("$mgoc" build -m -o /dev/null deep.mgo 2>&1) || bad "40,000 levels: $(echo "$out" | head -3)"
echo "$out" | grep -q 'deep.mgo:11: &T{...} escapes to heap' || bad "40,000 levels: no escape line: $(echo "$out" | head -3)"
for shape in ptr iface; do
	n=2000; [ $shape = iface ] && n=300
	gen $n $shape >$shape.mgo
	export MGOCACHE=off
	if ! out=$("$mgoc" build -emit-c $shape.c -o $shape $shape.mgo 2>&1); then
		bad "$shape: $n levels do not build: $(echo "$out" | head -3)"
		continue
	fi
	depth=$(python3 -c '
import sys
d = m = 0
for c in open(sys.argv[1]).read():
    if c in "({": d += 1; m = max(m, d)
    elif c in ")}": d -= 1
print(m)' $shape.c)
	[ "$depth" -lt 50 ] || bad "$shape: the C nests $depth levels deep"
	want="1999 1997"; [ $shape = iface ] && want=1
	got=$(./$shape 2>&1)
	[ "$got" = "$want" ] || bad "$shape: prints '$got', want '$want'"
done
exit $fail
