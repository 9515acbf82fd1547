#!/usr/bin/env bash
# demo.sh: the main job as a user sees it: for every example, show why its
# values escape (mgoc build -m), then compile and run it.
set -u
cd "$(dirname "$0")/.."
status=0
for f in examples/*.mgo; do
	[ -e "$f" ] || { echo "no examples yet"; exit 0; }
	echo "=================== $f"
	sed -n '1,/^package/p' "$f" | grep '^//' | sed 's#^// \{0,1\}#  #'
	echo "--- mgoc build -m $f"
	./mgoc build -m -o /dev/null "$f" || status=1
	echo "--- mgoc run $f"
	in=/dev/null   # examples that read standard input have NAME.in
	[ -f "${f%.mgo}.in" ] && in=${f%.mgo}.in
	./mgoc run "$f" <"$in" || status=1
done
exit $status
