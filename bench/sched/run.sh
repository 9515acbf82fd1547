#!/usr/bin/env bash
# bench/sched/run.sh: the scheduler's table (issue 11), mgo against Go 1.19
# side by side: wall time and peak RSS of each program here, run
# interleaved RUNS times (default 3), medians of time, max of RSS.
#   bench/sched/run.sh [RUNS]
set -u
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
printf '%-14s %10s %10s %10s %10s %s\n' program go_s go_MB mgo_s mgo_MB "mgo exit/Go exit"
for f in bench/sched/*.mgo; do
	b=$(basename "$f" .mgo)
	./build/mgoc build -o "$TMP/$b.mgo.bin" "$f" || continue
	mkdir -p "$TMP/go_$b"
	cp "$f" "$TMP/go_$b/main.go"
	(cd "$TMP/go_$b" && GO111MODULE=off go build -o "$TMP/$b.go.bin" main.go) || continue
	for i in $(seq "$RUNS"); do
		for k in go mgo; do
			/usr/bin/time -f "%e %M %x" -o "$TMP/$b.$k.$i" timeout 120 "$TMP/$b.$k.bin" >/dev/null 2>&1
		done
	done
	row=""
	for k in go mgo; do
		t=$(for i in $(seq "$RUNS"); do tail -1 "$TMP/$b.$k.$i" | cut -d' ' -f1; done | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
		m=$(for i in $(seq "$RUNS"); do tail -1 "$TMP/$b.$k.$i" | cut -d' ' -f2; done | sort -n | tail -1)
		x=$(tail -1 "$TMP/$b.$k.1" | cut -d' ' -f3)
		row="$row $(printf '%10s %10.1f' "$t" "$(echo "$m / 1024" | bc -l)")"
		eval "x_$k=$x"
	done
	printf '%-14s%s %s/%s\n' "$b" "$row" "$x_mgo" "$x_go"
done
