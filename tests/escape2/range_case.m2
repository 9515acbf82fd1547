range_case.mgo:6:16: parameter i leaks to {heap} with derefs=0:
range_case.mgo:6:16:   flow: {temp} = i:
range_case.mgo:6:16:   flow: v = {temp}:
range_case.mgo:6:16:     from case *int, *string: sink = v (switch case) at range_case.mgo:8:2
range_case.mgo:6:16:   flow: {heap} = v:
range_case.mgo:6:16:     from sink = v (assign) at range_case.mgo:9:8
range_case.mgo:6:16: leaking param: i
range_case.mgo:18:10: parameter i leaks to {heap} with derefs=0:
range_case.mgo:18:10:   flow: v = i:
range_case.mgo:18:10:     from case *int: psink = v; return v (switch case) at range_case.mgo:20:2
range_case.mgo:18:10:   flow: {heap} = v:
range_case.mgo:18:10:     from psink = v (assign) at range_case.mgo:21:9
range_case.mgo:18:10: parameter i leaks to ~r0 with derefs=0:
range_case.mgo:18:10:   flow: v = i:
range_case.mgo:18:10:     from case *int: psink = v; return v (switch case) at range_case.mgo:20:2
range_case.mgo:18:10:   flow: ~r0 = v:
range_case.mgo:18:10:     from return v (return) at range_case.mgo:22:3
range_case.mgo:18:10: leaking param: i
range_case.mgo:27:11: parameter s leaks to ~r0 with derefs=2:
range_case.mgo:27:11:   flow: {temp} = s:
range_case.mgo:27:11:   flow: row = *{temp}:
range_case.mgo:27:11:     from for loop (range-deref) at range_case.mgo:28:16
range_case.mgo:27:11:   flow: {temp} = row:
range_case.mgo:27:11:   flow: p = *{temp}:
range_case.mgo:27:11:     from for loop (range-deref) at range_case.mgo:29:15
range_case.mgo:27:11:   flow: ~r0 = p:
range_case.mgo:27:11:     from return p (return) at range_case.mgo:31:5
range_case.mgo:27:11: leaking param: s to result ~r0 level=2
range_case.mgo:38:11: parameter m leaks to {heap} with derefs=1:
range_case.mgo:38:11:   flow: {temp} = m:
range_case.mgo:38:11:   flow: p = *{temp}:
range_case.mgo:38:11:     from for loop (range-deref) at range_case.mgo:39:14
range_case.mgo:38:11:   flow: {heap} = p:
range_case.mgo:38:11:     from psink = p (assign) at range_case.mgo:40:9
range_case.mgo:38:11: leaking param content: m
range_case.mgo:45:2: x escapes to heap:
range_case.mgo:45:2:   flow: {heap} = &x:
range_case.mgo:45:2:     from &x (address-of) at range_case.mgo:46:12
range_case.mgo:45:2:     from &x (interface-converted) at range_case.mgo:46:12
range_case.mgo:45:2:     from multiCase(&x) (call parameter) at range_case.mgo:46:11
range_case.mgo:45:2: moved to heap: x
