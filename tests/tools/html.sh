#!/usr/bin/env bash
# html.sh MGOC: mgoc build -m=html in a real browser. Headless Chromium
# loads the page (with #flow=N, which opens decision N's flow as a click
# does) and dumps the DOM after its script ran; the DOM must hold the marks
# (heap, stack, leaking parameter) on the right lines, the flow of the
# decision with a link per step to its line, the per-function summary and
# the size-class table of the -allocs report. The page must load nothing
# from elsewhere. Exit 77 (skip) when Chromium is missing.
set -u
mgoc=$1
here=$(cd "$(dirname "$0")" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install chromium)"; exit 77; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"
cp "$here/report.mgo" .
fail=0
bad() { echo "FAIL: $*"; fail=1; }
"$mgoc" build -o prog report.mgo || exit 1
MGODEBUG=allocs=1 ./prog >/dev/null 2>allocs.txt
"$mgoc" build -m=html -allocs allocs.txt -o /dev/null report.mgo >report.html || bad "-m=html failed"
# The decision to open: the first that escapes with a flow, per -m=json.
n=$("$mgoc" build -m=json -o /dev/null report.mgo | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(next(i for i, x in enumerate(d) if x["kind"] == "escapes" and x["flow"]))')
grep -Eq '(src|href)="(https?:)?//' report.html && bad "the page refers to another site"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
	--user-data-dir="$dir/profile" --virtual-time-budget=5000 \
	--dump-dom "file://$dir/report.html#flow=$n" >dom.html 2>browser.log || bad "chromium failed: $(tail -5 browser.log)"
expect() {  # regexp description
	grep -Eq -- "$1" dom.html || bad "DOM lacks $2: /$1/"
}
expect '<tr id="L10"><td class="ln">10</td><td class="code">.*<span class="mark heap" id="d[0-9]+"[^>]*>moved to heap: p</span>' "the heap mark of p on line 10"
expect '<tr id="L14">.*<span class="mark leak"[^>]*>leaking param: p</span>' "the leak tag on store's signature"
expect '<tr id="L27">.*<span class="mark stack"[^>]*>make\(\[\]Point, 0, 4\) does not escape</span>' "the stack mark on line 27"
expect '<tr id="L32" class="hl">.*<span class="mark heap"[^>]*>make\(\[\]byte, 100000\) escapes to heap</span>' "line 32 highlighted by the open flow"
expect '<h3>line 32: make\(\[\]byte, 100000\) escapes to heap</h3>' "the flow's title"
expect '<li class="step">from make\(\[\]byte, 100000\) \(too large for stack\) at <a href="#L32">report.mgo:32:13</a></li>' "a flow step linked to its line"
expect '<tr class="fn"><td><a href="#L9">newPoint</a></td><td class="heap">1</td><td class="stack">0</td>' "newPoint's summary"
expect '<tr class="fn"><td><a href="#L26">main</a></td><td class="heap">[1-9]' "main's summary"
expect '<tr class="alloc"><td>large</td><td>&gt;32768</td><td>1</td>' "the large allocation in the size-class table"
[ $fail = 0 ] || { grep -o '<div id="right">.*' dom.html | head -c 3000; exit 1; }
