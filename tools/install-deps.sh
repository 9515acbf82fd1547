#!/usr/bin/env bash
# install-deps.sh: installs the Debian packages mgo needs to build and test,
# when they are missing. As root it runs apt-get; otherwise it prints the
# exact command to run. `--with-go` also installs Go 1.19, the optional
# oracle for the differential tests; `--with-tools` gdb and chromium, which
# the tests of `mgoc build -g` and of the -m=html page drive (they are
# skipped, with a message, without them).
set -eu
pkgs="gcc make flex bison libcriterion-dev python3 pkg-config"
for a in "$@"; do
	case $a in
	--with-go) pkgs="$pkgs golang-go" ;;
	--with-tools) pkgs="$pkgs gdb chromium" ;;
	esac
done
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	echo "install-deps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq $missing >/dev/null
else
	echo "install-deps: missing Debian packages:$missing" >&2
	echo "install-deps: run as root:  apt-get install -y$missing" >&2
	exit 1
fi
