#!/usr/bin/env bash
# gdb.sh MGOC: `mgoc build -g` under gdb in batch mode: breakpoints by
# FILE.mgo:LINE and by Go name (main.sum, main.Acc.Add for a method),
# `print` and `info locals` under the mgo names, `next` by .mgo lines, a
# backtrace on .mgo lines. Exit 77 (skip) when gdb is missing.
set -u
mgoc=$1
command -v gdb >/dev/null || { echo "gdb is not installed (apt-get install gdb)"; exit 77; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cp "$(dirname "$0")/debug.mgo" "$dir/debug.mgo"
cd "$dir" && "$mgoc" build -g debug.mgo || exit 1
out=$(timeout 60 gdb -nx -batch \
	-ex 'break debug.mgo:27' -ex 'break main.sum' -ex 'break main.Acc.Add' \
	-ex run -ex 'print v' -ex 'print a->total' -ex 'delete 3' \
	-ex continue -ex 'print x' -ex next -ex 'print x' \
	-ex continue -ex 'info locals' -ex next -ex 'bt' ./debug 2>&1)
fail=0
expect() {  # regexp description
	grep -qE -- "$1" <<<"$out" || { echo "missing $2: /$1/"; fail=1; }
}
expect 'Breakpoint 3, .*\(a=0x[0-9a-f]+, v=0\) at .*debug\.mgo:8' "stop in main.Acc.Add at debug.mgo:8"
expect '^\$1 = 0$' "print v"
expect '^\$2 = 0$' "print a->total"
expect 'Breakpoint 1, .* at .*debug\.mgo:27' "stop at debug.mgo:27"
expect '^\$3 = 41$' "print x (the outer x, 41)"
expect '^28[[:space:]]+fmt\.Println' "next to line 28"
expect '^\$4 = 42$' "print x after x++"
expect 'Breakpoint 2, .*\(xs=\.\.\.\) at .*debug\.mgo:11' "stop in main.sum (at its func line: the stack check)"
expect '^s = ' "info locals: s"
expect '^#1 .* at .*debug\.mgo:28' "backtrace on .mgo lines"
[ $fail = 0 ] || { echo "$out" | head -60; exit 1; }
