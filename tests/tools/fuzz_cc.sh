#!/usr/bin/env bash
# fuzz_cc.sh MGOC: the C check of the codegen campaign (tools/fuzz_cc.py).
# Programs translated by build/fuzz_gen (beside MGOC) are checked by cc as
# one translation unit, each program's names renamed: a batch of good
# programs must pass, and a batch with one broken program (a C error, or a
# call of a function nothing declares, which C only warns about) must
# report that program and no other.
set -u
mgoc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
gen=$(dirname "$mgoc")/fuzz_gen
[ -x "$gen" ] || { echo "no $gen (make $(dirname "$mgoc")/fuzz_gen)"; exit 1; }
exec python3 - "$root" "$gen" <<'PY'
import os, shutil, sys, tempfile
root, gen = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(root, "tools"))
import fuzz_cc

d = tempfile.mkdtemp(prefix="fuzzcc-test")
try:
    tr = fuzz_cc.Translator(gen)
    cs = []
    for name in ["method-values", "interfaces", "closures-state", "embedding"]:
        mgo = os.path.join(d, name + ".mgo")
        shutil.copy(os.path.join(root, "tests/run", name + ".mgo"), mgo)
        r = tr.translate(mgo, name == "interfaces")
        assert r == "accepted", (name, r)
        cs.append(mgo[:-4] + ".c")
    bad = os.path.join(d, "bad.mgo")
    open(bad, "w").write("package main\nfunc main() { x := 1 }\n")
    assert tr.translate(bad, False) == "rejected"
    assert not os.path.exists(bad[:-4] + ".c"), "C written for a rejected program"
    tr.stop()
    # Random programs too: what codegen emits for them (attributes, every
    # kind of declaration) must survive the renaming, in one cc call.
    import escgen
    tr.start()
    for seed in range(8):
        mgo = os.path.join(d, "gen%d.mgo" % seed)
        open(mgo, "w").write(escgen.generate(4242 + seed, 1.0))
        if tr.translate(mgo, seed % 2 == 0) == "accepted":
            cs.append(mgo[:-4] + ".c")
    tr.stop()
    assert len(cs) >= 8, cs
    names = fuzz_cc.header_names()
    assert fuzz_cc.cc_batch(cs, names, d) == {}, "a batch of good programs rejected"
    assert fuzz_cc.STATS["fallbacks"] == 0, "a batch of good programs needed one cc per program"
    good = open(cs[1]).read()
    open(cs[1], "a").write("\nstatic int broken_(void) { return undeclared_name_; }\n")
    got = fuzz_cc.cc_batch(cs, names, d)
    assert list(got) == [cs[1]], got
    open(cs[1], "w").write(good + "\nvoid called_(void) { never_declared_(); }\n")
    got = fuzz_cc.cc_batch(cs, names, d)
    assert list(got) == [cs[1]] and "implicit declaration" in got[cs[1]], got
finally:
    shutil.rmtree(d, ignore_errors=True)
PY
