#!/usr/bin/env bash
# cache.sh MGOC: the build cache of mgoc build / mgoc run. A second build of
# an unchanged program runs no C compiler (-x prints its command line, or
# "# cache hit"); a change, other flags or MGOCACHE=off compile again;
# $XDG_CACHE_HOME/mgo is the default place; two builds at once both
# succeed and leave one entry; trimming removes entries unused for 5 days.
set -u
mgoc=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
# Binaries in a cache: each is stored under the key of its C and, linked,
# under the key of its source.
entries() { find "$1" -type f ! -name trim.txt -printf '%i\n' | sort -u | wc -l; }
cat >p.mgo <<'PROG'
package main

import "fmt"

func main() { fmt.Println("v1") }
PROG
export MGOCACHE=$dir/cache
unset CC
"$mgoc" build -x -o a p.mgo 2>log1 || bad "first build"
grep -q -- '-fwrapv' log1 || bad "first build did not run the C compiler: $(cat log1)"
"$mgoc" build -x -o b p.mgo 2>log2 || bad "second build"
grep -q -- '-fwrapv' log2 && bad "second build ran the C compiler: $(cat log2)"
grep -q '^# cache hit ' log2 || bad "second build: no cache hit: $(cat log2)"
[ "$(./b)" = v1 ] || bad "cached binary prints $(./b)"
out=$("$mgoc" run -x p.mgo 2>log3) || bad "run"
[ "$out" = v1 ] && grep -q '^# cache hit ' log3 || bad "mgoc run: $out $(cat log3)"
"$mgoc" build -x -g -o c p.mgo 2>log4 || bad "-g build"
grep -q -- '-fwrapv' log4 || bad "-g build (other flags) was a cache hit"
sed -i 's/v1/v2/' p.mgo
out=$("$mgoc" run -x p.mgo 2>log5)
[ "$out" = v2 ] && grep -q -- '-fwrapv' log5 || bad "changed program: $out $(cat log5)"
MGOCACHE=off "$mgoc" build -x -o d p.mgo 2>log6 || bad "MGOCACHE=off build"
grep -q -- '-fwrapv' log6 || bad "MGOCACHE=off used the cache"
n=$(entries cache)
[ "$n" = 3 ] || bad "want 3 entries, have $n: $(find cache -type f)"
# The default place.
(unset MGOCACHE; XDG_CACHE_HOME=$dir/xdg "$mgoc" build -o e p.mgo) || bad "XDG build"
[ "$(entries xdg/mgo)" = 1 ] || bad "no entry under \$XDG_CACHE_HOME/mgo"
# Two builds of a new program at once.
sed -i 's/v2/v3/' p.mgo
"$mgoc" build -o f1 p.mgo & "$mgoc" build -o f2 p.mgo & wait
[ "$(./f1)" = v3 ] && [ "$(./f2)" = v3 ] || bad "concurrent builds"
n=$(entries cache)
[ "$n" = 4 ] || bad "concurrent builds: want 4 entries, have $n: $(find cache -type f)"
# Trimming: an entry unused for 10 days goes at the next (hourly) trim.
mkdir -p cache/ab && cp f1 cache/ab/abold && touch -d '10 days ago' cache/ab/abold
touch -d '20 minutes ago' cache/trim.txt
sed -i 's/v3/v31/' p.mgo
"$mgoc" build -o g p.mgo || bad "build before trim"
[ -e cache/ab/abold ] || bad "trimmed again within the hour"
touch -d '2 hours ago' cache/trim.txt
sed -i 's/v31/v4/' p.mgo
"$mgoc" build -o g p.mgo || bad "build before trim"
[ -e cache/ab/abold ] && bad "old entry not trimmed"
[ "$(entries cache)" = 6 ] || bad "trim removed used entries: $(entries cache)"
find cache -name '*.tmp' | grep -q . && bad "temporary files left"
exit $fail
