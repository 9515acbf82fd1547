callee_tmp_order.mgo:12:13: run.func1 capturing by value: q (addr=false assign=false width=8)
callee_tmp_order.mgo:13:10: func literal escapes to heap:
callee_tmp_order.mgo:13:10:   flow: ~r0 = &{storage for func literal}:
callee_tmp_order.mgo:13:10:     from func literal (spill) at callee_tmp_order.mgo:13:10
callee_tmp_order.mgo:13:10:     from return func literal (return) at callee_tmp_order.mgo:13:3
callee_tmp_order.mgo:13:10:   flow: {heap} = ~r0:
callee_tmp_order.mgo:13:10:     from sink = mk(r) (assign) at callee_tmp_order.mgo:19:7
callee_tmp_order.mgo:12:13: parameter q leaks to {storage for func literal} with derefs=0:
callee_tmp_order.mgo:12:13:   flow: {storage for func literal} = q:
callee_tmp_order.mgo:12:13:     from q (captured by a closure) at callee_tmp_order.mgo:13:31
callee_tmp_order.mgo:12:13: parameter q leaks to ~r0 with derefs=0:
callee_tmp_order.mgo:12:13:   flow: ~r0 = q:
callee_tmp_order.mgo:12:13:     from return q (return) at callee_tmp_order.mgo:13:24
callee_tmp_order.mgo:12:13: leaking param: q
callee_tmp_order.mgo:12:8: func literal does not escape
callee_tmp_order.mgo:13:10: func literal escapes to heap
