#!/usr/bin/env bash
# defer-no-alloc.sh MGOC: a defer outside loops allocates nothing (its
# record and thunk live in the frame, as Go's stack-allocated defers);
# one in a loop still gets heap records. Counts from MGODEBUG=allocs=1.
set -u
mgoc=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cat >"$dir/p.mgo" <<'PROG'
package main

import (
	"fmt"
	"sync"
)

type C struct {
	mu sync.Mutex
	n  int
}

func (c *C) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func named(i int) (r int) {
	defer func() { r += i }()
	return i
}

func looped(c *C, k int) {
	for i := 0; i < k; i++ {
		defer c.inc()
	}
}

func main() {
	c := &C{}
	s := 0
	for i := 0; i < 100000; i++ {
		c.inc()
		s += named(i)
	}
	if len(fmt.Sprint()) > 0 {
		looped(c, 1)
	}
	fmt.Println(c.n, s)
}
PROG
"$mgoc" build -o "$dir/p" "$dir/p.mgo" >"$dir/log" 2>&1 || { echo "FAIL: build: $(head -3 "$dir/log")"; exit 1; }
MGODEBUG=allocs=1 "$dir/p" >"$dir/out" 2>"$dir/err" || { echo "FAIL: run"; exit 1; }
[ "$(cat "$dir/out")" = "100000 9999900000" ] || { echo "FAIL: output $(cat "$dir/out")"; exit 1; }
n=$(sed -n 's/^mgo: \([0-9]*\) heap allocations.*/\1/p' "$dir/err")
[ -n "$n" ] || { echo "FAIL: no allocation report: $(head -3 "$dir/err")"; exit 1; }
# 200,000 defers ran; before frame records each took two allocations.
if [ "$n" -gt 1000 ]; then echo "FAIL: $n heap allocations for 200000 defers outside loops"; exit 1; fi
# The loop's defer does allocate: one looped call with 100,000 iterations.
cat >"$dir/q.mgo" <<'PROG'
package main

import "fmt"

func looped(k int) (n int) {
	for i := 0; i < k; i++ {
		defer func() { n++ }()
	}
	return 0
}

func main() { fmt.Println(looped(100000)) }
PROG
"$mgoc" build -o "$dir/q" "$dir/q.mgo" >"$dir/log" 2>&1 || { echo "FAIL: build q: $(head -3 "$dir/log")"; exit 1; }
MGODEBUG=allocs=1 "$dir/q" >"$dir/out" 2>"$dir/err" || { echo "FAIL: run q"; exit 1; }
[ "$(cat "$dir/out")" = "100000" ] || { echo "FAIL: q output $(cat "$dir/out")"; exit 1; }
n=$(sed -n 's/^mgo: \([0-9]*\) heap allocations.*/\1/p' "$dir/err")
if [ "$n" -lt 100000 ]; then echo "FAIL: the loop's 100000 defers made only $n allocations"; exit 1; fi
exit 0
