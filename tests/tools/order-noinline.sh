#!/usr/bin/env bash
# order-noinline.sh MGOC: Go's order of evaluation holds with inlining off
# too: the tests/run/order-*.mgo programs built with -l print their .out
# (Go's output, which inlining does not change).
set -u
mgoc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fail=0
for f in "$root"/tests/run/order-*.mgo; do
	base=${f%.mgo}
	if ! "$mgoc" build -l -o "$dir/p" "$f" >"$dir/log" 2>&1; then
		echo "FAIL: $f -l does not build: $(head -3 "$dir/log")"; fail=1; continue
	fi
	"$dir/p" >"$dir/out" 2>/dev/null </dev/null
	cmp -s "$dir/out" "$base.out" || { echo "FAIL: $f -l: $(diff "$base.out" "$dir/out" | head -5)"; fail=1; }
done
exit $fail
