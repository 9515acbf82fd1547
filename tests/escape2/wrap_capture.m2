wrap_capture.mgo:26:7: func literal escapes to heap:
wrap_capture.mgo:26:7:   flow: {heap} = &{storage for func literal}:
wrap_capture.mgo:26:7:     from func literal (spill) at wrap_capture.mgo:26:7
wrap_capture.mgo:26:7:     from gg = func literal (assign) at wrap_capture.mgo:26:5
wrap_capture.mgo:27:13: new(E).T.O escapes to heap:
wrap_capture.mgo:27:13:   flow: {heap} = &{storage for new(E).T.O}:
wrap_capture.mgo:27:13:     from new(E).T.O (spill) at wrap_capture.mgo:27:13
wrap_capture.mgo:27:13:     from gf = new(E).T.O (assign) at wrap_capture.mgo:27:5
wrap_capture.mgo:25:5: h capturing by ref: y (addr=false assign=true width=8)
wrap_capture.mgo:25:5: y escapes to heap:
wrap_capture.mgo:25:5:   flow: {storage for func literal} = &y:
wrap_capture.mgo:25:5:     from y (captured by a closure) at wrap_capture.mgo:26:20
wrap_capture.mgo:25:5:     from y (reference) at wrap_capture.mgo:26:20
wrap_capture.mgo:24:17: h capturing by value: n (addr=false assign=false width=8)
wrap_capture.mgo:25:2: h capturing by value: x (addr=false assign=false width=8)
wrap_capture.mgo:24:17: parameter n leaks to {storage for func literal} with derefs=0:
wrap_capture.mgo:24:17:   flow: {storage for func literal} = n:
wrap_capture.mgo:24:17:     from n (captured by a closure) at wrap_capture.mgo:26:32
wrap_capture.mgo:19:14: p does not escape
wrap_capture.mgo:24:8: s does not escape
wrap_capture.mgo:25:5: moved to heap: y
wrap_capture.mgo:20:9: []int{...} does not escape
wrap_capture.mgo:26:7: func literal escapes to heap
wrap_capture.mgo:27:13: new(E).T.O escapes to heap
wrap_capture.mgo:27:10: new(E) does not escape
