#!/usr/bin/env bash
# default-output.sh MGOC: `mgoc build FILE` names the binary after FILE
# without its .mgo or .go, as `go build` does, and never writes over the
# source (a FILE.go used to be replaced by its own binary).
set -u
mgoc=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
printf 'package main\n\nfunc main() { println("hi") }\n' >p.go
cp p.go q.mgo
cp p.go noext
export MGOCACHE=off
"$mgoc" build p.go || bad "build p.go"
grep -q '^package main' p.go || bad "p.go was overwritten"
[ -x p ] || bad "no binary p from p.go"
"$mgoc" build q.mgo || bad "build q.mgo"
[ -x q ] || bad "no binary q from q.mgo"
"$mgoc" build noext || bad "build noext"
grep -q '^package main' noext || bad "noext was overwritten"
[ -x a.out ] || bad "no a.out from noext"
exit $fail
