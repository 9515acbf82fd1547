#!/usr/bin/env bash
# stack-frames.sh MGOC: every generated function's frame, as gcc lays it out
# (-fstack-usage) at each level mgoc compiles with, is within mgoc's
# estimate (tools/stack_sweep.py): a sample of the programs with huge values
# in every position, and random ones of tools/escgen.py. The full sweep
# (every tests/run program, hundreds of random ones) is `make stack-sweep`.
set -u
cd "$(dirname "$0")/../.."
exec python3 tools/stack_sweep.py --mgoc "$1" -j 2 --seed 7 --escgen 2 --huge 3 \
	tests/run/stack-huge-*.mgo tests/run/stack-arrays-frame.mgo
