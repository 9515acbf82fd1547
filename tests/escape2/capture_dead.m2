capture_dead.mgo:13:2: f3 capturing by value: v (addr=false assign=false width=8)
capture_dead.mgo:15:7: func literal escapes to heap:
capture_dead.mgo:15:7:   flow: g = &{storage for func literal}:
capture_dead.mgo:15:7:     from func literal (spill) at capture_dead.mgo:15:7
capture_dead.mgo:15:7:     from g := func literal (assign) at capture_dead.mgo:15:4
capture_dead.mgo:15:7:   flow: {heap} = g:
capture_dead.mgo:15:7:     from sink = g (assign) at capture_dead.mgo:21:7
capture_dead.mgo:15:7: func literal escapes to heap
capture_dead.mgo:26:17: (*T).Set capturing by value: p (addr=false assign=false width=8)
capture_dead.mgo:26:7: t does not escape
capture_dead.mgo:26:17: p does not escape
capture_dead.mgo:27:7: func literal does not escape
capture_dead.mgo:38:3: &T{} does not escape
