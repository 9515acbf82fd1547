#!/usr/bin/env bash
# m2_compare.sh: plain `-m=2` (inlining on) of mgoc against Go's, whole
# output, for every DIR/*.mgo: prints each file that differs with its diff
# and a last line "same=N diff=M".
#
#   tools/m2_compare.sh [-l] DIR...     (default: tests/escape tests/escape2 bench/programs)
#     -l: the -m=2 -l view instead
#
# Each file is compiled from its directory with its bare name, as
# tests/runtests' check_escape2 does; Go's answers come from
# tests/escape2/golden (one go command per directory), cached in
# $M2_CACHE (default: a fresh temporary directory). Where Go itself crashes
# (an internal compiler error), mgoc's output must begin with Go's lines
# before the crash. HEADN (default 30) limits each diff shown.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
MGOC=${MGOC:-$ROOT/build/mgoc}
gflag=-i ext=mi2 mflags="-m=2"
if [ "${1:-}" = -l ]; then gflag= ext=m2 mflags="-m=2 -l"; shift; fi
[ $# -gt 0 ] || set -- tests/escape tests/escape2 bench/programs
cache=${M2_CACHE:-$(mktemp -d)}
same=0 diff=0
for d in "$@"; do
	c=$cache/$(echo "$d" | tr / _)$gflag
	if [ ! -d "$c" ]; then
		mkdir -p "$c"
		tests/escape2/golden $gflag -o "$c" "$d"/*.mgo >/dev/null 2>&1
	fi
	for f in "$d"/*.mgo; do
		b=${f##*/}
		want=$c/${b%.mgo}.$ext
		got=$(cd "$d" && timeout 60 "$MGOC" build $mflags -o /dev/null "$b" 2>&1)
		if grep -q 'internal compiler error' "$want"; then
			pre=$(sed '/internal compiler error/,$d' "$want")
			n=$(printf '%s\n' "$pre" | wc -l)
			out=$(diff <(printf '%s\n' "$pre") <(printf '%s\n' "$got" | head -"$n"))
		else
			out=$(diff "$want" <(printf '%s\n' "$got"))
		fi
		if [ -z "$out" ]; then
			same=$((same + 1))
		else
			diff=$((diff + 1))
			echo "=== $f: $(echo "$out" | grep -c '^[<>]') lines"
			echo "$out" | head -"${HEADN:-30}"
		fi
	done
done
echo "same=$same diff=$diff"
