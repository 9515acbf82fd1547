inl_callee_tmp.mgo:7:7: parameter t leaks to ~r0 with derefs=1:
inl_callee_tmp.mgo:7:7:   flow: ~r0 = *t:
inl_callee_tmp.mgo:7:7:     from t.p (dot of pointer) at inl_callee_tmp.mgo:7:32
inl_callee_tmp.mgo:7:7:     from return t.p (return) at inl_callee_tmp.mgo:7:24
inl_callee_tmp.mgo:7:7: leaking param: t to result ~r0 level=1
inl_callee_tmp.mgo:10:2: mk capturing by value: q (addr=false assign=false width=8)
inl_callee_tmp.mgo:9:9: parameter p leaks to ~r0 with derefs=0:
inl_callee_tmp.mgo:9:9:   flow: q = p:
inl_callee_tmp.mgo:9:9:     from q := p (assign) at inl_callee_tmp.mgo:10:4
inl_callee_tmp.mgo:9:9:   flow: ~r0 = q:
inl_callee_tmp.mgo:9:9:     from return q (return) at inl_callee_tmp.mgo:11:23
inl_callee_tmp.mgo:11:9: func literal escapes to heap:
inl_callee_tmp.mgo:11:9:   flow: ~r0 = &{storage for func literal}:
inl_callee_tmp.mgo:11:9:     from func literal (spill) at inl_callee_tmp.mgo:11:9
inl_callee_tmp.mgo:11:9:     from return func literal (return) at inl_callee_tmp.mgo:11:2
inl_callee_tmp.mgo:9:9: parameter p leaks to {storage for func literal} with derefs=0:
inl_callee_tmp.mgo:9:9:   flow: q = p:
inl_callee_tmp.mgo:9:9:     from q := p (assign) at inl_callee_tmp.mgo:10:4
inl_callee_tmp.mgo:9:9:   flow: {storage for func literal} = q:
inl_callee_tmp.mgo:9:9:     from q (captured by a closure) at inl_callee_tmp.mgo:11:30
inl_callee_tmp.mgo:9:9: leaking param: p
inl_callee_tmp.mgo:11:9: func literal escapes to heap
inl_callee_tmp.mgo:14:31: &T{...} escapes to heap:
inl_callee_tmp.mgo:14:31:   flow: ~r0 = &{storage for &T{...}}:
inl_callee_tmp.mgo:14:31:     from &T{...} (spill) at inl_callee_tmp.mgo:14:31
inl_callee_tmp.mgo:14:31:     from return &T{...} (return) at inl_callee_tmp.mgo:14:24
inl_callee_tmp.mgo:14:11: parameter p leaks to {storage for &T{...}} with derefs=0:
inl_callee_tmp.mgo:14:11:   flow: {storage for &T{...}} = p:
inl_callee_tmp.mgo:14:11:     from T{...} (struct literal element) at inl_callee_tmp.mgo:14:33
inl_callee_tmp.mgo:14:11: leaking param: p
inl_callee_tmp.mgo:14:31: &T{...} escapes to heap
inl_callee_tmp.mgo:19:10: new(int) escapes to heap:
inl_callee_tmp.mgo:19:10:   flow: y = &{storage for new(int)}:
inl_callee_tmp.mgo:19:10:     from new(int) (spill) at inl_callee_tmp.mgo:19:10
inl_callee_tmp.mgo:19:10:     from y := new(int) (assign) at inl_callee_tmp.mgo:19:4
inl_callee_tmp.mgo:19:10:   flow: {heap} = y:
inl_callee_tmp.mgo:19:10:     from newT(y) (call parameter) at inl_callee_tmp.mgo:20:11
inl_callee_tmp.mgo:17:10: new(int) escapes to heap:
inl_callee_tmp.mgo:17:10:   flow: x = &{storage for new(int)}:
inl_callee_tmp.mgo:17:10:     from new(int) (spill) at inl_callee_tmp.mgo:17:10
inl_callee_tmp.mgo:17:10:     from x := new(int) (assign) at inl_callee_tmp.mgo:17:4
inl_callee_tmp.mgo:17:10:   flow: {heap} = x:
inl_callee_tmp.mgo:17:10:     from mk(x) (call parameter) at inl_callee_tmp.mgo:18:9
inl_callee_tmp.mgo:17:10: new(int) escapes to heap
inl_callee_tmp.mgo:19:10: new(int) escapes to heap
