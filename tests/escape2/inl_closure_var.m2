inl_closure_var.mgo:11:7: func literal escapes to heap:
inl_closure_var.mgo:11:7:   flow: {heap} = &{storage for func literal}:
inl_closure_var.mgo:11:7:     from func literal (spill) at inl_closure_var.mgo:11:7
inl_closure_var.mgo:11:7:     from gf = func literal (assign) at inl_closure_var.mgo:11:5
inl_closure_var.mgo:6:2: f2 capturing by ref: v (addr=false assign=true width=8)
inl_closure_var.mgo:7:2: f2 capturing by value: inc (addr=false assign=false width=8)
inl_closure_var.mgo:6:2: f2 capturing by ref: v (addr=true assign=true width=8)
inl_closure_var.mgo:7:9: func literal escapes to heap:
inl_closure_var.mgo:7:9:   flow: inc = &{storage for func literal}:
inl_closure_var.mgo:7:9:     from func literal (spill) at inl_closure_var.mgo:7:9
inl_closure_var.mgo:7:9:     from inc := func literal (assign) at inl_closure_var.mgo:7:6
inl_closure_var.mgo:7:9:   flow: {storage for func literal} = inc:
inl_closure_var.mgo:7:9:     from inc (captured by a closure) at inl_closure_var.mgo:11:27
inl_closure_var.mgo:6:2: v escapes to heap:
inl_closure_var.mgo:6:2:   flow: {storage for func literal} = &v:
inl_closure_var.mgo:6:2:     from v (captured by a closure) at inl_closure_var.mgo:8:3
inl_closure_var.mgo:6:2:     from v (reference) at inl_closure_var.mgo:8:3
inl_closure_var.mgo:11:12: parameter p leaks to ~r0 with derefs=0:
inl_closure_var.mgo:11:12:   flow: ~r0 = p:
inl_closure_var.mgo:11:12:     from return p (return) at inl_closure_var.mgo:11:34
inl_closure_var.mgo:11:12: leaking param: p to result ~r0 level=0
inl_closure_var.mgo:6:2: moved to heap: v
inl_closure_var.mgo:7:9: func literal escapes to heap
inl_closure_var.mgo:11:7: func literal escapes to heap
inl_closure_var.mgo:13:9: func literal does not escape
