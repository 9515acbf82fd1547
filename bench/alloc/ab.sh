#!/bin/bash
# bench/alloc/ab.sh: `make bench-alloc-ab` — an A/B test of two versions of
# mgo's allocator in one process (bench/alloc/ab.c says why).
#
# Usage: bench/alloc/ab.sh [REV_A [REV_B]]
#   REV_A: a git revision (default HEAD); REV_B: a revision, or the working
#   tree when omitted. Each is compiled as build/libmgo.a is (-O2, checked),
#   linked into one relocatable object whose global symbols get the prefix
#   a_ or b_, so both run side by side with their own heaps.
# Environment: AB_RUNS (default 5) runs of AB_CHUNKS (60) chunks of AB_OPS
# (200000) operations per arm; prints every run and the median of B/A.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CC=${CC:-cc}
OUT=$ROOT/build/bench-alloc-ab
REV_A=${1:-HEAD}
REV_B=${2:-}
RUNS=${AB_RUNS:-5}
rm -rf "$OUT" && mkdir -p "$OUT"

# tree_of REV DIR: the sources of REV in DIR (the working tree for "").
tree_of() {
	if [ -z "$1" ]; then
		echo "$ROOT"
	else
		mkdir -p "$2"
		git -C "$ROOT" archive "$1" rt | tar -x -C "$2"
		echo "$2"
	fi
}

# runtime_object TREE PREFIX: TREE's allocator sources (RT_ALLOC_SRC of its
# rt/rt.mk) as $OUT/rt-PREFIX.o, every global symbol renamed PREFIX*.
runtime_object() {
	local tree=$1 prefix=$2 dir=$OUT/obj-$2 objs=()
	mkdir -p "$dir"
	local srcs
	srcs=$(awk '/^RT_ALLOC_SRC *:=/{on=1; sub(/^RT_ALLOC_SRC *:= */, "")}
		    on{line=$0; cont=sub(/\\$/, "", line); printf "%s ", line; if (!cont) exit}' \
		"$tree/rt/rt.mk")
	for s in $srcs; do
		local o=$dir/$(basename "$s").o
		(cd "$tree" && $CC -O2 -g -I . -c "$s" -o "$o")
		objs+=("$o")
	done
	ld -r -o "$dir/all.o" "${objs[@]}"
	nm -g --defined-only "$dir/all.o" | awk -v p="$prefix" '{print $3, p $3}' >"$dir/syms"
	objcopy --redefine-syms="$dir/syms" "$dir/all.o" "$OUT/rt-$prefix.o"
}

runtime_object "$(tree_of "$REV_A" "$OUT/src-a")" a_
runtime_object "$(tree_of "$REV_B" "$OUT/src-b")" b_
$CC -O2 -g -o "$OUT/ab" "$ROOT/bench/alloc/ab.c" "$OUT/rt-a_.o" "$OUT/rt-b_.o" -lpthread

echo "A = $REV_A, B = ${REV_B:-working tree}; $RUNS runs"
ratios=()
for ((i = 0; i < RUNS; i++)); do
	line=$("$OUT/ab" "${AB_CHUNKS:-60}" "${AB_OPS:-200000}")
	echo "$line"
	ratios+=("$(sed -n 's/.*B\/A \([0-9.]*\).*/\1/p' <<<"$line")")
done
printf '%s\n' "${ratios[@]}" | sort -g |
	awk '{r[NR] = $1} END {printf "median B/A %.3f (below 1: B is faster)\n", r[int((NR + 1) / 2)]}'
