wrap_capture.mgo:23:7: func literal escapes to heap:
wrap_capture.mgo:23:7:   flow: {heap} = &{storage for func literal}:
wrap_capture.mgo:23:7:     from func literal (spill) at wrap_capture.mgo:23:7
wrap_capture.mgo:23:7:     from gg = func literal (assign) at wrap_capture.mgo:23:5
wrap_capture.mgo:24:13: new(E).T.O escapes to heap:
wrap_capture.mgo:24:13:   flow: {heap} = &{storage for new(E).T.O}:
wrap_capture.mgo:24:13:     from new(E).T.O (spill) at wrap_capture.mgo:24:13
wrap_capture.mgo:24:13:     from gf = new(E).T.O (assign) at wrap_capture.mgo:24:5
wrap_capture.mgo:21:17: h capturing by value: n (addr=false assign=false width=8)
wrap_capture.mgo:22:2: h capturing by value: x (addr=false assign=false width=8)
wrap_capture.mgo:22:5: h capturing by value: y (addr=false assign=false width=8)
wrap_capture.mgo:21:17: parameter n leaks to {storage for func literal} with derefs=0:
wrap_capture.mgo:21:17:   flow: {storage for func literal} = n:
wrap_capture.mgo:21:17:     from n (captured by a closure) at wrap_capture.mgo:23:27
wrap_capture.mgo:16:14: p does not escape
wrap_capture.mgo:21:8: s does not escape
wrap_capture.mgo:17:9: []int{...} does not escape
wrap_capture.mgo:23:7: func literal escapes to heap
wrap_capture.mgo:24:13: new(E).T.O escapes to heap
wrap_capture.mgo:24:10: new(E) does not escape
