capture_rhs.mgo:12:9: func literal escapes to heap:
capture_rhs.mgo:12:9:   flow: {heap} = &{storage for func literal}:
capture_rhs.mgo:12:9:     from func literal (spill) at capture_rhs.mgo:12:9
capture_rhs.mgo:12:9:     from sink = func literal (assign) at capture_rhs.mgo:12:7
capture_rhs.mgo:13:9: a.func1 ignoring self-assignment in u.buf = u.buf[1:2]
capture_rhs.mgo:11:8: a capturing by value: u (addr=false assign=false width=8)
capture_rhs.mgo:11:8: parameter u leaks to {storage for func literal} with derefs=0:
capture_rhs.mgo:11:8:   flow: {storage for func literal} = u:
capture_rhs.mgo:11:8:     from u (captured by a closure) at capture_rhs.mgo:13:11
capture_rhs.mgo:11:8: leaking param: u
capture_rhs.mgo:12:9: func literal escapes to heap
capture_rhs.mgo:18:9: func literal escapes to heap:
capture_rhs.mgo:18:9:   flow: {heap} = &{storage for func literal}:
capture_rhs.mgo:18:9:     from func literal (spill) at capture_rhs.mgo:18:9
capture_rhs.mgo:18:9:     from sink = func literal (assign) at capture_rhs.mgo:18:7
capture_rhs.mgo:19:7: b.func1 ignoring self-assignment in u.p = u.q
capture_rhs.mgo:17:8: b capturing by value: u (addr=false assign=false width=8)
capture_rhs.mgo:17:8: parameter u leaks to {storage for func literal} with derefs=0:
capture_rhs.mgo:17:8:   flow: {storage for func literal} = u:
capture_rhs.mgo:17:8:     from u (captured by a closure) at capture_rhs.mgo:19:9
capture_rhs.mgo:17:8: leaking param: u
capture_rhs.mgo:18:9: func literal escapes to heap
capture_rhs.mgo:24:9: func literal escapes to heap:
capture_rhs.mgo:24:9:   flow: {heap} = &{storage for func literal}:
capture_rhs.mgo:24:9:     from func literal (spill) at capture_rhs.mgo:24:9
capture_rhs.mgo:24:9:     from sink = func literal (assign) at capture_rhs.mgo:24:7
capture_rhs.mgo:23:14: c capturing by value: x (addr=false assign=false width=8)
capture_rhs.mgo:23:8: c capturing by value: u (addr=false assign=false width=8)
capture_rhs.mgo:23:14: parameter x leaks to {heap} with derefs=0:
capture_rhs.mgo:23:14:   flow: {heap} = x:
capture_rhs.mgo:23:14:     from u.p = x (assign) at capture_rhs.mgo:25:7
capture_rhs.mgo:23:8: parameter u leaks to {storage for func literal} with derefs=0:
capture_rhs.mgo:23:8:   flow: {storage for func literal} = u:
capture_rhs.mgo:23:8:     from u (captured by a closure) at capture_rhs.mgo:25:3
capture_rhs.mgo:23:14: parameter x leaks to {storage for func literal} with derefs=0:
capture_rhs.mgo:23:14:   flow: {storage for func literal} = x:
capture_rhs.mgo:23:14:     from x (captured by a closure) at capture_rhs.mgo:25:9
capture_rhs.mgo:23:8: leaking param: u
capture_rhs.mgo:23:14: leaking param: x
capture_rhs.mgo:24:9: func literal escapes to heap
