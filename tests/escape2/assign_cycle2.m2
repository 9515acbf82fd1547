assign_cycle2.mgo:12:6: n escapes to heap:
assign_cycle2.mgo:12:6:   flow: n = &n:
assign_cycle2.mgo:12:6:     from &n (address-of) at assign_cycle2.mgo:14:11
assign_cycle2.mgo:12:6:     from n.Next = &n (assign) at assign_cycle2.mgo:14:9
assign_cycle2.mgo:12:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle2.mgo:11:11: parameter p leaks to {heap} with derefs=0:
assign_cycle2.mgo:11:11:   flow: n = p:
assign_cycle2.mgo:11:11:     from n.Orig = p (assign) at assign_cycle2.mgo:13:9
assign_cycle2.mgo:11:11:   flow: n = &n:
assign_cycle2.mgo:11:11:     from &n (address-of) at assign_cycle2.mgo:14:11
assign_cycle2.mgo:11:11:     from n.Next = &n (assign) at assign_cycle2.mgo:14:9
assign_cycle2.mgo:11:11:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle2.mgo:11:11: parameter p leaks to n with derefs=0:
assign_cycle2.mgo:11:11:   flow: n = p:
assign_cycle2.mgo:11:11:     from n.Orig = p (assign) at assign_cycle2.mgo:13:9
assign_cycle2.mgo:11:11: leaking param: p
assign_cycle2.mgo:12:6: moved to heap: n
assign_cycle2.mgo:24:2: d escapes to heap:
assign_cycle2.mgo:24:2:   flow: {heap} = &d:
assign_cycle2.mgo:24:2:     from &d (address-of) at assign_cycle2.mgo:25:10
assign_cycle2.mgo:24:2:     from &d (interface-converted) at assign_cycle2.mgo:25:2
assign_cycle2.mgo:24:2:     from gsink = &d (assign) at assign_cycle2.mgo:25:8
assign_cycle2.mgo:20:6: a escapes to heap:
assign_cycle2.mgo:20:6:   flow: c = &a:
assign_cycle2.mgo:20:6:     from &a (address-of) at assign_cycle2.mgo:23:11
assign_cycle2.mgo:20:6:     from c.Next = &a (assign) at assign_cycle2.mgo:23:9
assign_cycle2.mgo:20:6:   flow: d = c:
assign_cycle2.mgo:20:6:     from d := c (assign) at assign_cycle2.mgo:24:4
assign_cycle2.mgo:20:9: b escapes to heap:
assign_cycle2.mgo:20:9:   flow: a = &b:
assign_cycle2.mgo:20:9:     from &b (address-of) at assign_cycle2.mgo:21:11
assign_cycle2.mgo:20:9:     from a.Next = &b (assign) at assign_cycle2.mgo:21:9
assign_cycle2.mgo:20:12: c escapes to heap:
assign_cycle2.mgo:20:12:   flow: b = &c:
assign_cycle2.mgo:20:12:     from &c (address-of) at assign_cycle2.mgo:22:11
assign_cycle2.mgo:20:12:     from b.Next = &c (assign) at assign_cycle2.mgo:22:9
assign_cycle2.mgo:20:6: moved to heap: a
assign_cycle2.mgo:20:9: moved to heap: b
assign_cycle2.mgo:20:12: moved to heap: c
assign_cycle2.mgo:24:2: moved to heap: d
assign_cycle2.mgo:28:11: parameter p leaks to ~r0 with derefs=0:
assign_cycle2.mgo:28:11:   flow: n = p:
assign_cycle2.mgo:28:11:     from n.Next = p (assign) at assign_cycle2.mgo:31:9
assign_cycle2.mgo:28:11:   flow: n = &n:
assign_cycle2.mgo:28:11:     from &n (address-of) at assign_cycle2.mgo:30:11
assign_cycle2.mgo:28:11:     from n.Orig = &n (assign) at assign_cycle2.mgo:30:9
assign_cycle2.mgo:28:11:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle2.mgo:29:6: n escapes to heap:
assign_cycle2.mgo:29:6:   flow: n = &n:
assign_cycle2.mgo:29:6:     from &n (address-of) at assign_cycle2.mgo:30:11
assign_cycle2.mgo:29:6:     from n.Orig = &n (assign) at assign_cycle2.mgo:30:9
assign_cycle2.mgo:29:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle2.mgo:28:11: parameter p leaks to n with derefs=0:
assign_cycle2.mgo:28:11:   flow: n = p:
assign_cycle2.mgo:28:11:     from n.Next = p (assign) at assign_cycle2.mgo:31:9
assign_cycle2.mgo:28:11: leaking param: p
assign_cycle2.mgo:29:6: moved to heap: n
