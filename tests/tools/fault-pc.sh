#!/usr/bin/env bash
# fault-pc.sh MGOC: the "[signal SIGSEGV: ... addr=0x.. pc=0x..]" line of a
# nil dereference names the faulting instruction, as Go's does: a fault in
# runtime code (a nil *strings.Builder) gives the pc of the faulting load in
# that code and the fault's address; an inline nil check gives the pc of
# the check in the function that dereferences. Run with address-space
# randomisation off (setarch -R), where a PIE program loads at a fixed base.
set -u
cd "$(dirname "$0")/../.."
mgoc=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
command -v addr2line >/dev/null || { echo "no addr2line"; exit 77; }
setarch -R true 2>/dev/null || { echo "setarch -R not permitted"; exit 77; }

# prog NAME: builds $dir/NAME.mgo, runs it, prints the fault's function
# (addr2line, inlined frames included) after checking the signal line's
# fixed part ($2).
fault_fn() {
	local name=$1 want=$2 err line pc base=0
	"$mgoc" build -o "$dir/$name" "$dir/$name.mgo" || { echo "$name: does not compile"; return 1; }
	err=$(setarch -R "$dir/$name" 2>&1 >/dev/null)
	line=$(grep '^\[signal ' <<<"$err")
	if [[ $line != "$want"* ]]; then echo "$name: signal line: '$line', want '$want...'"; return 1; fi
	pc=$(sed -n 's/.* pc=\(0x[0-9a-f]*\)\]$/\1/p' <<<"$line")
	readelf -h "$dir/$name" | grep -q 'Type:.*DYN' && base=$((0x555555554000))
	addr2line -f -i -e "$dir/$name" "$(printf '%#x' $((pc - base)))" | tr '\037' ' '
}

cat >"$dir/lib.mgo" <<'PROG'
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b *strings.Builder
	fmt.Println("start")
	b.WriteString("x")
}
PROG
out=$(fault_fn lib "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x") || { echo "$out"; exit 1; }
grep -q 'rt/go_strings.c' <<<"$out" || { echo "lib: pc is not in the runtime's strings code: $out"; exit 1; }

cat >"$dir/chk.mgo" <<'PROG'
package main

import "fmt"

type T struct{ a, b int }

func get(p *T) int {
	return p.b
}

var gp = &T{}

// p is not a known nil (Go's explicit check, addr=0x0): the load of p.b
// faults at its offset.
func main() {
	p := gp
	if len(fmt.Sprint()) == 0 {
		p = nil
	}
	fmt.Println(get(p))
}
PROG
out=$(fault_fn chk "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x") || { echo "$out"; exit 1; }
grep -qE 'chk\.mgo main\.get ([0-9]+:)*8( \(discriminator [0-9]+\))?$' <<<"$out" || { echo "chk: pc is not the check in main.get (line 8): $out"; exit 1; }
exit 0
