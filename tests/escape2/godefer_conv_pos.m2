godefer_conv_pos.mgo:9:15: c does not escape
godefer_conv_pos.mgo:9:29: d does not escape
godefer_conv_pos.mgo:14:8: a does not escape
godefer_conv_pos.mgo:14:23: s does not escape
godefer_conv_pos.mgo:14:28: p does not escape
godefer_conv_pos.mgo:14:36: c does not escape
godefer_conv_pos.mgo:18:8: a does not escape
godefer_conv_pos.mgo:26:2: func literal escapes to heap:
godefer_conv_pos.mgo:26:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:26:2:     from func literal (spill) at godefer_conv_pos.mgo:26:2
godefer_conv_pos.mgo:27:2: func literal escapes to heap:
godefer_conv_pos.mgo:27:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:27:2:     from func literal (spill) at godefer_conv_pos.mgo:27:2
godefer_conv_pos.mgo:28:2: func literal escapes to heap:
godefer_conv_pos.mgo:28:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:28:2:     from func literal (spill) at godefer_conv_pos.mgo:28:2
godefer_conv_pos.mgo:29:2: func literal escapes to heap:
godefer_conv_pos.mgo:29:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:29:2:     from func literal (spill) at godefer_conv_pos.mgo:29:2
godefer_conv_pos.mgo:30:2: func literal escapes to heap:
godefer_conv_pos.mgo:30:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:30:2:     from func literal (spill) at godefer_conv_pos.mgo:30:2
godefer_conv_pos.mgo:33:2: func literal escapes to heap:
godefer_conv_pos.mgo:33:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:33:2:     from func literal (spill) at godefer_conv_pos.mgo:33:2
godefer_conv_pos.mgo:34:2: func literal escapes to heap:
godefer_conv_pos.mgo:34:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:34:2:     from func literal (spill) at godefer_conv_pos.mgo:34:2
godefer_conv_pos.mgo:35:2: func literal escapes to heap:
godefer_conv_pos.mgo:35:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:35:2:     from func literal (spill) at godefer_conv_pos.mgo:35:2
godefer_conv_pos.mgo:36:2: func literal escapes to heap:
godefer_conv_pos.mgo:36:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:36:2:     from func literal (spill) at godefer_conv_pos.mgo:36:2
godefer_conv_pos.mgo:37:2: func literal escapes to heap:
godefer_conv_pos.mgo:37:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:37:2:     from func literal (spill) at godefer_conv_pos.mgo:37:2
godefer_conv_pos.mgo:38:2: func literal escapes to heap:
godefer_conv_pos.mgo:38:2:   flow: {heap} = &{storage for func literal}:
godefer_conv_pos.mgo:38:2:     from func literal (spill) at godefer_conv_pos.mgo:38:2
godefer_conv_pos.mgo:26:6: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
godefer_conv_pos.mgo:26:6: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
godefer_conv_pos.mgo:26:6: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
godefer_conv_pos.mgo:27:8: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
godefer_conv_pos.mgo:27:8: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
godefer_conv_pos.mgo:27:8: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
godefer_conv_pos.mgo:28:7: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
godefer_conv_pos.mgo:28:7: main capturing by value: .autotmp_10 (addr=false assign=false width=8)
godefer_conv_pos.mgo:29:8: main capturing by value: .autotmp_11 (addr=false assign=false width=8)
godefer_conv_pos.mgo:29:8: main capturing by value: .autotmp_12 (addr=false assign=false width=8)
godefer_conv_pos.mgo:29:8: main capturing by value: .autotmp_13 (addr=false assign=false width=8)
godefer_conv_pos.mgo:30:6: main capturing by value: .autotmp_14 (addr=false assign=false width=8)
godefer_conv_pos.mgo:30:6: main capturing by value: .autotmp_15 (addr=false assign=false width=8)
godefer_conv_pos.mgo:30:6: main capturing by value: .autotmp_16 (addr=false assign=false width=8)
godefer_conv_pos.mgo:32:11: main capturing by value: .autotmp_17 (addr=false assign=false width=8)
godefer_conv_pos.mgo:32:11: main capturing by value: .autotmp_18 (addr=false assign=false width=8)
godefer_conv_pos.mgo:32:11: main capturing by value: .autotmp_19 (addr=false assign=false width=8)
godefer_conv_pos.mgo:33:6: main capturing by value: .autotmp_20 (addr=false assign=false width=16)
godefer_conv_pos.mgo:33:6: main capturing by value: .autotmp_21 (addr=false assign=false width=24)
godefer_conv_pos.mgo:33:14: main capturing by value: .autotmp_22 (addr=false assign=false width=8)
godefer_conv_pos.mgo:33:14: main capturing by value: .autotmp_23 (addr=false assign=false width=8)
godefer_conv_pos.mgo:34:8: main capturing by value: .autotmp_24 (addr=false assign=false width=16)
godefer_conv_pos.mgo:34:17: main capturing by value: .autotmp_25 (addr=false assign=false width=24)
godefer_conv_pos.mgo:34:22: main capturing by value: .autotmp_26 (addr=false assign=false width=8)
godefer_conv_pos.mgo:35:6: main capturing by value: .autotmp_27 (addr=false assign=false width=16)
godefer_conv_pos.mgo:35:6: main capturing by value: .autotmp_28 (addr=false assign=false width=24)
godefer_conv_pos.mgo:35:15: main capturing by value: .autotmp_29 (addr=false assign=false width=8)
godefer_conv_pos.mgo:36:8: main capturing by value: .autotmp_30 (addr=false assign=false width=16)
godefer_conv_pos.mgo:36:8: main capturing by value: .autotmp_31 (addr=false assign=false width=24)
godefer_conv_pos.mgo:36:16: main capturing by value: .autotmp_32 (addr=false assign=false width=8)
godefer_conv_pos.mgo:37:8: main capturing by value: .autotmp_33 (addr=false assign=false width=16)
godefer_conv_pos.mgo:37:8: main capturing by value: .autotmp_34 (addr=false assign=false width=16)
godefer_conv_pos.mgo:38:21: main capturing by value: .autotmp_35 (addr=false assign=false width=16)
godefer_conv_pos.mgo:38:25: main capturing by value: .autotmp_36 (addr=false assign=false width=16)
godefer_conv_pos.mgo:38:29: main capturing by value: .autotmp_37 (addr=false assign=false width=16)
godefer_conv_pos.mgo:38:29: x escapes to heap:
godefer_conv_pos.mgo:38:29:   flow: .autotmp_37 = &{storage for x}:
godefer_conv_pos.mgo:38:29:     from x (spill) at godefer_conv_pos.mgo:38:29
godefer_conv_pos.mgo:38:29:     from .autotmp_37 = x (assign) at godefer_conv_pos.mgo:38:29
godefer_conv_pos.mgo:38:29:   flow: {storage for func literal} = .autotmp_37:
godefer_conv_pos.mgo:38:29:     from .autotmp_37 (captured by a closure) at godefer_conv_pos.mgo:38:20
godefer_conv_pos.mgo:38:25: g() escapes to heap:
godefer_conv_pos.mgo:38:25:   flow: .autotmp_36 = &{storage for g()}:
godefer_conv_pos.mgo:38:25:     from g() (spill) at godefer_conv_pos.mgo:38:25
godefer_conv_pos.mgo:38:25:     from .autotmp_36 = g() (assign) at godefer_conv_pos.mgo:38:25
godefer_conv_pos.mgo:38:25:   flow: {storage for func literal} = .autotmp_36:
godefer_conv_pos.mgo:38:25:     from .autotmp_36 (captured by a closure) at godefer_conv_pos.mgo:38:20
godefer_conv_pos.mgo:38:21: x escapes to heap:
godefer_conv_pos.mgo:38:21:   flow: .autotmp_35 = &{storage for x}:
godefer_conv_pos.mgo:38:21:     from x (spill) at godefer_conv_pos.mgo:38:21
godefer_conv_pos.mgo:38:21:     from .autotmp_35 = x (assign) at godefer_conv_pos.mgo:38:21
godefer_conv_pos.mgo:38:21:   flow: {storage for func literal} = .autotmp_35:
godefer_conv_pos.mgo:38:21:     from .autotmp_35 (captured by a closure) at godefer_conv_pos.mgo:38:20
godefer_conv_pos.mgo:37:8: x escapes to heap:
godefer_conv_pos.mgo:37:8:   flow: .autotmp_34 = &{storage for x}:
godefer_conv_pos.mgo:37:8:     from x (spill) at godefer_conv_pos.mgo:37:8
godefer_conv_pos.mgo:37:8:     from .autotmp_34 = x (assign) at godefer_conv_pos.mgo:37:8
godefer_conv_pos.mgo:37:8:   flow: {storage for func literal} = .autotmp_34:
godefer_conv_pos.mgo:37:8:     from .autotmp_34 (captured by a closure) at godefer_conv_pos.mgo:37:6
godefer_conv_pos.mgo:37:8: g() escapes to heap:
godefer_conv_pos.mgo:37:8:   flow: .autotmp_33 = &{storage for g()}:
godefer_conv_pos.mgo:37:8:     from g() (spill) at godefer_conv_pos.mgo:37:8
godefer_conv_pos.mgo:37:8:     from .autotmp_33 = g() (assign) at godefer_conv_pos.mgo:37:8
godefer_conv_pos.mgo:37:8:   flow: {storage for func literal} = .autotmp_33:
godefer_conv_pos.mgo:37:8:     from .autotmp_33 (captured by a closure) at godefer_conv_pos.mgo:37:6
godefer_conv_pos.mgo:36:8: g() escapes to heap:
godefer_conv_pos.mgo:36:8:   flow: .autotmp_30 = &{storage for g()}:
godefer_conv_pos.mgo:36:8:     from g() (spill) at godefer_conv_pos.mgo:36:8
godefer_conv_pos.mgo:36:8:     from .autotmp_30 = g() (assign) at godefer_conv_pos.mgo:36:8
godefer_conv_pos.mgo:36:8:   flow: {storage for func literal} = .autotmp_30:
godefer_conv_pos.mgo:36:8:     from .autotmp_30 (captured by a closure) at godefer_conv_pos.mgo:36:6
godefer_conv_pos.mgo:24:2: x escapes to heap:
godefer_conv_pos.mgo:24:2:   flow: .autotmp_29 = &x:
godefer_conv_pos.mgo:24:2:     from &x (address-of) at godefer_conv_pos.mgo:35:15
godefer_conv_pos.mgo:24:2:     from .autotmp_29 = &x (assign) at godefer_conv_pos.mgo:35:15
godefer_conv_pos.mgo:24:2:   flow: {storage for func literal} = .autotmp_29:
godefer_conv_pos.mgo:24:2:     from .autotmp_29 (captured by a closure) at godefer_conv_pos.mgo:35:6
godefer_conv_pos.mgo:35:6: sl escapes to heap:
godefer_conv_pos.mgo:35:6:   flow: .autotmp_27 = &{storage for sl}:
godefer_conv_pos.mgo:35:6:     from sl (spill) at godefer_conv_pos.mgo:35:6
godefer_conv_pos.mgo:35:6:     from .autotmp_27 = sl (assign) at godefer_conv_pos.mgo:35:6
godefer_conv_pos.mgo:35:6:   flow: {storage for func literal} = .autotmp_27:
godefer_conv_pos.mgo:35:6:     from .autotmp_27 (captured by a closure) at godefer_conv_pos.mgo:35:6
godefer_conv_pos.mgo:34:17: []int{...} escapes to heap:
godefer_conv_pos.mgo:34:17:   flow: .autotmp_25 = &{storage for []int{...}}:
godefer_conv_pos.mgo:34:17:     from []int{...} (spill) at godefer_conv_pos.mgo:34:17
godefer_conv_pos.mgo:34:17:     from .autotmp_25 = []int{...} (assign) at godefer_conv_pos.mgo:34:17
godefer_conv_pos.mgo:34:17:   flow: {storage for func literal} = .autotmp_25:
godefer_conv_pos.mgo:34:17:     from .autotmp_25 (captured by a closure) at godefer_conv_pos.mgo:34:6
godefer_conv_pos.mgo:34:8: x + 1 escapes to heap:
godefer_conv_pos.mgo:34:8:   flow: .autotmp_24 = &{storage for x + 1}:
godefer_conv_pos.mgo:34:8:     from x + 1 (spill) at godefer_conv_pos.mgo:34:8
godefer_conv_pos.mgo:34:8:     from .autotmp_24 = x + 1 (assign) at godefer_conv_pos.mgo:34:8
godefer_conv_pos.mgo:34:8:   flow: {storage for func literal} = .autotmp_24:
godefer_conv_pos.mgo:34:8:     from .autotmp_24 (captured by a closure) at godefer_conv_pos.mgo:34:6
godefer_conv_pos.mgo:33:6: x escapes to heap:
godefer_conv_pos.mgo:33:6:   flow: .autotmp_20 = &{storage for x}:
godefer_conv_pos.mgo:33:6:     from x (spill) at godefer_conv_pos.mgo:33:6
godefer_conv_pos.mgo:33:6:     from .autotmp_20 = x (assign) at godefer_conv_pos.mgo:33:6
godefer_conv_pos.mgo:33:6:   flow: {storage for func literal} = .autotmp_20:
godefer_conv_pos.mgo:33:6:     from .autotmp_20 (captured by a closure) at godefer_conv_pos.mgo:33:6
godefer_conv_pos.mgo:24:2: moved to heap: x
godefer_conv_pos.mgo:33:6: x escapes to heap
godefer_conv_pos.mgo:34:8: x + 1 escapes to heap
godefer_conv_pos.mgo:34:17: []int{...} escapes to heap
godefer_conv_pos.mgo:35:6: sl escapes to heap
godefer_conv_pos.mgo:36:8: g() escapes to heap
godefer_conv_pos.mgo:37:8: g() escapes to heap
godefer_conv_pos.mgo:37:8: x escapes to heap
godefer_conv_pos.mgo:37:6: ... argument does not escape
godefer_conv_pos.mgo:38:21: x escapes to heap
godefer_conv_pos.mgo:38:25: g() escapes to heap
godefer_conv_pos.mgo:38:29: x escapes to heap
godefer_conv_pos.mgo:38:20: []interface {}{...} does not escape
