#!/usr/bin/env python3
"""fmt_gen.py SEED: a random program printing values of random types (basic,
named, slices, arrays, maps, pointers, structs, anonymous structs,
interfaces; nested up to three levels) with %#v, %v and %+v, for comparing
mgo's fmt with Go's. Addresses differ between the two, so mask them:

    for s in $(seq 1 50); do
      python3 tools/fmt_gen.py $s > /tmp/g.mgo
      norm() { sed -E 's/0x[0-9a-f]{6,}/ADDR/g'; }
      diff <(/work/shared/tools/go-oracle -run /tmp/g.mgo 2>&1 | norm) \
           <(build/mgoc run /tmp/g.mgo 2>&1 | norm; echo "exit status: 0") || echo "seed $s"
    done
"""
import random
import sys

seed=int(sys.argv[1]); random.seed(seed)
decls=[]; ntypes=[0]
def newname():
    ntypes[0]+=1; return "T%d"%ntypes[0]
BASIC=["int","int8","int16","int32","int64","uint","uint8","uint16","uint32","uint64","uintptr","float32","float64","string","bool","byte","rune"]
def gentype(d):
    r=random.random()
    if d>2 or r<0.35: return random.choice(BASIC)
    k=random.choice(["slice","array","map","ptr","struct","named","iface","anon"])
    if k=="slice": return "[]"+gentype(d+1)
    if k=="array": return "[%d]%s"%(random.randint(0,3),gentype(d+1))
    if k=="map": return "map[%s]%s"%(random.choice(["string","int","uint8","bool","float64"]),gentype(d+1))
    if k=="ptr": return "*"+gentype(d+1)
    if k=="iface": return random.choice(["interface{}","error","any"])
    if k=="anon":
        fs=["F%d %s"%(i,gentype(d+1)) for i in range(random.randint(0,2))]
        return "struct{ %s }"%"; ".join(fs)
    if k=="struct":
        n=newname(); fs=[]
        for i in range(random.randint(0,3)):
            nm=random.choice(["A","B","c","D","e"])+str(i)
            fs.append("%s %s"%(nm,gentype(d+1)))
        decls.append("type %s struct {\n\t%s\n}"%(n,"\n\t".join(fs)))
        return n
    n=newname(); decls.append("type %s %s"%(n,gentype(d+1))); return n
def fields_of(t):
    for d in decls:
        if d.startswith("type %s struct {\n"%t):
            body=d.split("{",1)[1].rsplit("}",1)[0]
            return [l.strip().split(" ",1) for l in body.strip().split("\n") if l.strip()]
    return None
def under(t):
    for d in decls:
        if d.startswith("type %s "%t) and not d.startswith("type %s struct {\n"%t):
            return d.split(" ",2)[2]
    return t
def genval(t,d=0):
    u=under(t)
    if u!=t and fields_of(t) is None:
        return "%s(%s)"%(t,genval(u,d)) if not u.startswith(("[","map","*","struct","interface")) and u not in ("any","error") else genlit(t,u,d)
    return genlit(t,u,d)
def genlit(t,u,d):
    if fields_of(t) is not None:
        fs=fields_of(t)
        return "%s{%s}"%(t,", ".join("%s: %s"%(f[0],genval(f[1],d+1)) for f in fs if random.random()<0.8))
    if u in ("int","int8","int16","int32","int64","rune"): return str(random.choice([0,1,-1,7,42,-128,127]))
    if u in ("uint","uint8","uint16","uint32","uint64","uintptr","byte"): return str(random.choice([0,1,7,200,255]))
    if u in ("float32","float64"): return random.choice(["0","1.5","-2.25","1e10","0.1","3"])
    if u=="string": return random.choice(['""','"a"','"x\\ty"','"q\\"uote"','"日本"'])
    if u=="bool": return random.choice(["true","false"])
    if u in ("interface{}","any"):
        return random.choice(["nil","1","\"s\"","2.5","[]int{1}","map[string]int{\"k\": 1}","struct{}{}"])
    if u=="error": return "nil"
    if u.startswith("*"):
        if random.random()<0.5 or d>2: return "nil"
        el=u[1:]
        if fields_of(el) is not None: return "&"+genval(el,d+1)
        return "new(%s)"%el
    if u.startswith("[]"):
        if random.random()<0.3: return "nil"
        return "%s{%s}"%(t,", ".join(genval(u[2:],d+1) for _ in range(random.randint(0,2))))
    if u.startswith("["):
        n=int(u[1:u.index("]")]); el=u[u.index("]")+1:]
        return "%s{%s}"%(t,", ".join(genval(el,d+1) for _ in range(random.randint(0,n))))
    if u.startswith("map["):
        kt=u[4:u.index("]")]; vt=u[u.index("]")+1:]
        if random.random()<0.3: return "nil"
        ks={"string":['"a"','"b"','"zz"'],"int":["1","-3","10"],"uint8":["1","2"],"bool":["true","false"],"float64":["1.5","-1"]}[kt]
        ks=random.sample(ks,random.randint(0,len(ks)))
        return "%s{%s}"%(t,", ".join("%s: %s"%(k,genval(vt,d+1)) for k in ks))
    if u.startswith("struct{"):
        return "%s{}"%t
    return "%s{}"%t
vals=[]
for i in range(12):
    t=gentype(0); vals.append((t,genval(t)))
print("package main\n\nimport \"fmt\"\n")
print("\n\n".join(decls)+"\n")
print("func main() {")
for i,(t,v) in enumerate(vals):
    print("\tvar v%d %s = %s"%(i,t,v))
    for verb in ["%#v","%v","%+v"]:
        print('\tfmt.Printf("%d %s: %s\\n", v%d)'%(i,verb.replace("%","%%"),verb,i))
print("}")
