#!/usr/bin/env python3
"""gen_big.py: writes a large, valid, pointer-heavy mgo program.

Used by `make bench-compile` to time `mgoc build -m` against
`go build -gcflags='-m -l'` at 10k and 100k lines, and to check that the
analysis time grows near-linearly. Each unit is a small family of types and
functions that exercises escape analysis: pointers to locals, leaking
parameters, closures, interface conversions, slices and maps, call chains
(so the SCC batching sees long and recursive call graphs).

usage: gen_big.py LINES > big.mgo
"""
import sys

UNIT = '''
type T{i} struct {{
	next *T{i}
	val  int
	buf  []byte
	name string
}}

func (t *T{i}) Sum() int {{
	s := 0
	for p := t; p != nil; p = p.next {{
		s += p.val
	}}
	return s
}}

func (t T{i}) Name() string {{ return t.name }}

func newT{i}(v int, prev *T{i}) *T{i} {{
	t := &T{i}{{val: v, next: prev}}
	t.buf = make([]byte, 16)
	return t
}}

func keep{i}(p *int) *int {{ return p }}

func chain{i}(n int) int {{
	var head *T{i}
	for k := 0; k < n; k++ {{
		head = newT{i}(k, head)
	}}
	x := n
	y := keep{i}(&x)
	local := T{i}{{val: *y}}
	f := func() int {{ return local.val + x }}
	m := map[string]int{{"a": 1}}
	m["b"] = f()
	var s Shower = head
	_ = s
	if n > 0 {{
		return head.Sum() + chain{j}(n-1) + m["b"]
	}}
	return head.Sum() + len(local.Name())
}}
'''

HEADER = '''package main

import "fmt"

type Shower interface {
	Sum() int
}
'''


def main():
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    out = [HEADER]
    lines = HEADER.count("\n")
    per = UNIT.count("\n")
    n = max(1, (target - lines - 8) // per)
    for i in range(n):
        # chainI calls chainJ with J < I, so the call graph is a long DAG.
        out.append(UNIT.format(i=i, j=i - 1 if i > 0 else 0))
    out.append("func main() {\n\tfmt.Println(chain%d(3))\n}\n" % (n - 1))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
