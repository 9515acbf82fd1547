godefer_wrap.mgo:14:15: parameter p leaks to {heap} with derefs=0:
godefer_wrap.mgo:14:15:   flow: {heap} = p:
godefer_wrap.mgo:14:15:     from gp = p (assign) at godefer_wrap.mgo:14:28
godefer_wrap.mgo:14:7: r does not escape
godefer_wrap.mgo:14:15: leaking param: p
godefer_wrap.mgo:15:14: q does not escape
godefer_wrap.mgo:17:11: ps does not escape
godefer_wrap.mgo:18:10: parameter p leaks to {heap} with derefs=0:
godefer_wrap.mgo:18:10:   flow: {heap} = p:
godefer_wrap.mgo:18:10:     from gp = p (assign) at godefer_wrap.mgo:18:28
godefer_wrap.mgo:18:10: leaking param: p
godefer_wrap.mgo:37:3: func literal escapes to heap:
godefer_wrap.mgo:37:3:   flow: {heap} = &{storage for func literal}:
godefer_wrap.mgo:37:3:     from func literal (spill) at godefer_wrap.mgo:37:3
godefer_wrap.mgo:38:3: func literal escapes to heap:
godefer_wrap.mgo:38:3:   flow: {heap} = &{storage for func literal}:
godefer_wrap.mgo:38:3:     from func literal (spill) at godefer_wrap.mgo:38:3
godefer_wrap.mgo:40:2: func literal escapes to heap:
godefer_wrap.mgo:40:2:   flow: {heap} = &{storage for func literal}:
godefer_wrap.mgo:40:2:     from func literal (spill) at godefer_wrap.mgo:40:2
godefer_wrap.mgo:42:2: func literal escapes to heap:
godefer_wrap.mgo:42:2:   flow: {heap} = &{storage for func literal}:
godefer_wrap.mgo:42:2:     from func literal (spill) at godefer_wrap.mgo:42:2
godefer_wrap.mgo:24:16: top capturing by value: .autotmp_6 (addr=false assign=false width=8)
godefer_wrap.mgo:24:26: top capturing by value: .autotmp_7 (addr=false assign=false width=8)
godefer_wrap.mgo:25:23: top capturing by value: .autotmp_8 (addr=false assign=false width=8)
godefer_wrap.mgo:26:15: top capturing by value: .autotmp_9 (addr=false assign=false width=8)
godefer_wrap.mgo:28:11: top capturing by ref: .autotmp_10 (addr=false assign=false width=168)
godefer_wrap.mgo:30:9: top capturing by value: .autotmp_11 (addr=false assign=false width=8)
godefer_wrap.mgo:30:15: top capturing by value: .autotmp_12 (addr=false assign=false width=8)
godefer_wrap.mgo:31:11: top capturing by value: .autotmp_13 (addr=false assign=false width=8)
godefer_wrap.mgo:32:20: top capturing by value: .autotmp_14 (addr=false assign=false width=16)
godefer_wrap.mgo:32:23: top capturing by value: .autotmp_15 (addr=false assign=false width=16)
godefer_wrap.mgo:34:19: top capturing by value: .autotmp_16 (addr=false assign=false width=16)
godefer_wrap.mgo:35:11: top capturing by value: .autotmp_17 (addr=false assign=false width=16)
godefer_wrap.mgo:37:13: top capturing by value: .autotmp_18 (addr=false assign=false width=8)
godefer_wrap.mgo:38:17: top capturing by value: .autotmp_19 (addr=false assign=false width=16)
godefer_wrap.mgo:38:17: top capturing by value: .autotmp_20 (addr=false assign=false width=16)
godefer_wrap.mgo:40:5: top capturing by value: .autotmp_21 (addr=false assign=false width=8)
godefer_wrap.mgo:40:29: top capturing by value: .autotmp_22 (addr=false assign=false width=8)
godefer_wrap.mgo:42:7: top capturing by value: .autotmp_23 (addr=false assign=false width=8)
godefer_wrap.mgo:40:10: parameter p leaks to {heap} with derefs=0:
godefer_wrap.mgo:40:10:   flow: {heap} = p:
godefer_wrap.mgo:40:10:     from one(p) (call parameter) at godefer_wrap.mgo:40:23
godefer_wrap.mgo:33:2: x escapes to heap:
godefer_wrap.mgo:33:2:   flow: .autotmp_22 = &x:
godefer_wrap.mgo:33:2:     from &x (address-of) at godefer_wrap.mgo:40:29
godefer_wrap.mgo:33:2:     from .autotmp_22 = &x (assign) at godefer_wrap.mgo:40:29
godefer_wrap.mgo:33:2:   flow: p = .autotmp_22:
godefer_wrap.mgo:33:2:     from .autotmp_21(.autotmp_22) (call parameter) at godefer_wrap.mgo:40:28
godefer_wrap.mgo:33:2:   flow: {heap} = p:
godefer_wrap.mgo:33:2:     from one(p) (call parameter) at godefer_wrap.mgo:40:23
godefer_wrap.mgo:38:17: x escapes to heap:
godefer_wrap.mgo:38:17:   flow: .autotmp_20 = &{storage for x}:
godefer_wrap.mgo:38:17:     from x (spill) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:     from .autotmp_20 = x (assign) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:   flow: {storage for ... argument} = .autotmp_20:
godefer_wrap.mgo:38:17:     from ... argument (slice-literal-element) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:   flow: {heap} = {storage for ... argument}:
godefer_wrap.mgo:38:17:     from ... argument (spill) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:     from fmt.Println(... argument...) (call parameter) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17: j escapes to heap:
godefer_wrap.mgo:38:17:   flow: .autotmp_19 = &{storage for j}:
godefer_wrap.mgo:38:17:     from j (spill) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:     from .autotmp_19 = j (assign) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:   flow: {storage for ... argument} = .autotmp_19:
godefer_wrap.mgo:38:17:     from ... argument (slice-literal-element) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:   flow: {heap} = {storage for ... argument}:
godefer_wrap.mgo:38:17:     from ... argument (spill) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:38:17:     from fmt.Println(... argument...) (call parameter) at godefer_wrap.mgo:38:17
godefer_wrap.mgo:36:6: j escapes to heap:
godefer_wrap.mgo:36:6:   flow: .autotmp_18 = &j:
godefer_wrap.mgo:36:6:     from &j (address-of) at godefer_wrap.mgo:37:13
godefer_wrap.mgo:36:6:     from .autotmp_18 = &j (assign) at godefer_wrap.mgo:37:13
godefer_wrap.mgo:36:6:   flow: {heap} = .autotmp_18:
godefer_wrap.mgo:36:6:     from one(.autotmp_18) (call parameter) at godefer_wrap.mgo:37:12
godefer_wrap.mgo:23:10: parameter i leaks to {heap} with derefs=0:
godefer_wrap.mgo:23:10:   flow: .autotmp_17 = i:
godefer_wrap.mgo:23:10:     from .autotmp_17 = i (assign) at godefer_wrap.mgo:35:11
godefer_wrap.mgo:23:10:   flow: {heap} = .autotmp_17:
godefer_wrap.mgo:23:10:     from .autotmp_17.M(nil) (call parameter) at godefer_wrap.mgo:35:11
godefer_wrap.mgo:34:19: x escapes to heap:
godefer_wrap.mgo:34:19:   flow: .autotmp_16 = &{storage for x}:
godefer_wrap.mgo:34:19:     from x (spill) at godefer_wrap.mgo:34:19
godefer_wrap.mgo:34:19:     from .autotmp_16 = x (assign) at godefer_wrap.mgo:34:19
godefer_wrap.mgo:34:19:   flow: {storage for ... argument} = .autotmp_16:
godefer_wrap.mgo:34:19:     from ... argument (slice-literal-element) at godefer_wrap.mgo:34:19
godefer_wrap.mgo:34:19:   flow: {heap} = {storage for ... argument}:
godefer_wrap.mgo:34:19:     from ... argument (spill) at godefer_wrap.mgo:34:19
godefer_wrap.mgo:34:19:     from fmt.Println(... argument...) (call parameter) at godefer_wrap.mgo:34:19
godefer_wrap.mgo:32:23: "a" escapes to heap:
godefer_wrap.mgo:32:23:   flow: .autotmp_15 = &{storage for "a"}:
godefer_wrap.mgo:32:23:     from "a" (spill) at godefer_wrap.mgo:32:23
godefer_wrap.mgo:32:23:     from .autotmp_15 = "a" (assign) at godefer_wrap.mgo:32:23
godefer_wrap.mgo:32:23:   flow: {storage for ... argument} = .autotmp_15:
godefer_wrap.mgo:32:23:     from ... argument (slice-literal-element) at godefer_wrap.mgo:32:19
godefer_wrap.mgo:32:23:   flow: {heap} = {storage for ... argument}:
godefer_wrap.mgo:32:23:     from ... argument (spill) at godefer_wrap.mgo:32:19
godefer_wrap.mgo:32:23:     from fmt.Println(... argument...) (call parameter) at godefer_wrap.mgo:32:19
godefer_wrap.mgo:32:20: 1 escapes to heap:
godefer_wrap.mgo:32:20:   flow: .autotmp_14 = &{storage for 1}:
godefer_wrap.mgo:32:20:     from 1 (spill) at godefer_wrap.mgo:32:20
godefer_wrap.mgo:32:20:     from .autotmp_14 = 1 (assign) at godefer_wrap.mgo:32:20
godefer_wrap.mgo:32:20:   flow: {storage for ... argument} = .autotmp_14:
godefer_wrap.mgo:32:20:     from ... argument (slice-literal-element) at godefer_wrap.mgo:32:19
godefer_wrap.mgo:32:20:   flow: {heap} = {storage for ... argument}:
godefer_wrap.mgo:32:20:     from ... argument (spill) at godefer_wrap.mgo:32:19
godefer_wrap.mgo:32:20:     from fmt.Println(... argument...) (call parameter) at godefer_wrap.mgo:32:19
godefer_wrap.mgo:30:15: new(int) escapes to heap:
godefer_wrap.mgo:30:15:   flow: .autotmp_12 = &{storage for new(int)}:
godefer_wrap.mgo:30:15:     from new(int) (spill) at godefer_wrap.mgo:30:15
godefer_wrap.mgo:30:15:     from .autotmp_12 = new(int) (assign) at godefer_wrap.mgo:30:15
godefer_wrap.mgo:30:15:   flow: {heap} = .autotmp_12:
godefer_wrap.mgo:30:15:     from (*R).M(.autotmp_11, .autotmp_12) (call parameter) at godefer_wrap.mgo:30:11
godefer_wrap.mgo:26:15: new(int) escapes to heap:
godefer_wrap.mgo:26:15:   flow: .autotmp_9 = &{storage for new(int)}:
godefer_wrap.mgo:26:15:     from new(int) (spill) at godefer_wrap.mgo:26:15
godefer_wrap.mgo:26:15:     from .autotmp_9 = new(int) (assign) at godefer_wrap.mgo:26:15
godefer_wrap.mgo:26:15:   flow: {heap} = .autotmp_9:
godefer_wrap.mgo:26:15:     from one(.autotmp_9) (call parameter) at godefer_wrap.mgo:26:11
godefer_wrap.mgo:40:5: func literal escapes to heap:
godefer_wrap.mgo:40:5:   flow: .autotmp_21 = &{storage for func literal}:
godefer_wrap.mgo:40:5:     from func literal (spill) at godefer_wrap.mgo:40:5
godefer_wrap.mgo:40:5:     from .autotmp_21 = func literal (assign) at godefer_wrap.mgo:40:5
godefer_wrap.mgo:40:5:   flow: {storage for func literal} = .autotmp_21:
godefer_wrap.mgo:40:5:     from .autotmp_21 (captured by a closure) at godefer_wrap.mgo:40:28
godefer_wrap.mgo:23:10: leaking param: i
godefer_wrap.mgo:40:10: leaking param: p
godefer_wrap.mgo:33:2: moved to heap: x
godefer_wrap.mgo:36:6: moved to heap: j
godefer_wrap.mgo:24:16: new(int) does not escape
godefer_wrap.mgo:24:26: new(int) does not escape
godefer_wrap.mgo:24:12: ... argument does not escape
godefer_wrap.mgo:25:23: new(int) does not escape
godefer_wrap.mgo:25:19: []*int{...} does not escape
godefer_wrap.mgo:26:15: new(int) escapes to heap
godefer_wrap.mgo:30:15: new(int) escapes to heap
godefer_wrap.mgo:32:20: 1 escapes to heap
godefer_wrap.mgo:32:23: "a" escapes to heap
godefer_wrap.mgo:32:19: ... argument does not escape
godefer_wrap.mgo:34:19: x escapes to heap
godefer_wrap.mgo:34:19: ... argument does not escape
godefer_wrap.mgo:38:17: j escapes to heap
godefer_wrap.mgo:38:17: x escapes to heap
godefer_wrap.mgo:38:17: ... argument does not escape
godefer_wrap.mgo:40:5: func literal escapes to heap
godefer_wrap.mgo:46:6: &R{} escapes to heap:
godefer_wrap.mgo:46:6:   flow: {heap} = &{storage for &R{}}:
godefer_wrap.mgo:46:6:     from &R{} (spill) at godefer_wrap.mgo:46:6
godefer_wrap.mgo:46:6:     from &R{} (interface-converted) at godefer_wrap.mgo:46:6
godefer_wrap.mgo:46:6:     from top(&R{}) (call parameter) at godefer_wrap.mgo:46:5
godefer_wrap.mgo:46:6: &R{} escapes to heap
godefer_wrap.mgo:21:21: parameter p leaks to {heap} with derefs=0:
godefer_wrap.mgo:21:21:   flow: {heap} = p:
godefer_wrap.mgo:21:21:     from .this.M(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M(p) (call parameter) at <autogenerated>:1
