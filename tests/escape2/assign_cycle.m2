assign_cycle.mgo:13:2: m escapes to heap:
assign_cycle.mgo:13:2:   flow: {heap} = &m:
assign_cycle.mgo:13:2:     from &m (address-of) at assign_cycle.mgo:14:9
assign_cycle.mgo:13:2:     from sink = &m (assign) at assign_cycle.mgo:14:7
assign_cycle.mgo:10:6: n escapes to heap:
assign_cycle.mgo:10:6:   flow: n = &n:
assign_cycle.mgo:10:6:     from &n (address-of) at assign_cycle.mgo:11:11
assign_cycle.mgo:10:6:     from n.Orig = &n (assign) at assign_cycle.mgo:11:9
assign_cycle.mgo:10:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle.mgo:10:6: moved to heap: n
assign_cycle.mgo:13:2: moved to heap: m
assign_cycle.mgo:22:2: m escapes to heap:
assign_cycle.mgo:22:2:   flow: {heap} = &m:
assign_cycle.mgo:22:2:     from &m (address-of) at assign_cycle.mgo:23:9
assign_cycle.mgo:22:2:     from sink = &m (assign) at assign_cycle.mgo:23:7
assign_cycle.mgo:18:10: n2 escapes to heap:
assign_cycle.mgo:18:10:   flow: n1 = &n2:
assign_cycle.mgo:18:10:     from &n2 (address-of) at assign_cycle.mgo:19:12
assign_cycle.mgo:18:10:     from n1.Orig = &n2 (assign) at assign_cycle.mgo:19:10
assign_cycle.mgo:18:10:   flow: n2 = n1:
assign_cycle.mgo:18:10:     from n2 = n1 (assign) at assign_cycle.mgo:20:5
assign_cycle.mgo:18:10:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle.mgo:18:10: moved to heap: n2
assign_cycle.mgo:22:2: moved to heap: m
assign_cycle.mgo:27:10: n2 escapes to heap:
assign_cycle.mgo:27:10:   flow: n1 = &n2:
assign_cycle.mgo:27:10:     from &n2 (address-of) at assign_cycle.mgo:29:12
assign_cycle.mgo:27:10:     from n1.Orig = &n2 (assign) at assign_cycle.mgo:29:10
assign_cycle.mgo:27:10:   flow: n1 = &n1:
assign_cycle.mgo:27:10:     from &n1 (address-of) at assign_cycle.mgo:28:12
assign_cycle.mgo:27:10:     from n1.Orig = &n1 (assign) at assign_cycle.mgo:28:10
assign_cycle.mgo:27:10:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle.mgo:27:6: n1 escapes to heap:
assign_cycle.mgo:27:6:   flow: n1 = &n1:
assign_cycle.mgo:27:6:     from &n1 (address-of) at assign_cycle.mgo:28:12
assign_cycle.mgo:27:6:     from n1.Orig = &n1 (assign) at assign_cycle.mgo:28:10
assign_cycle.mgo:27:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
assign_cycle.mgo:27:6: moved to heap: n1
assign_cycle.mgo:27:10: moved to heap: n2
