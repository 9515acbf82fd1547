inl_dead_dcls.mgo:12:7: t does not escape
inl_dead_dcls.mgo:12:14: p does not escape
inl_dead_dcls.mgo:13:7: func literal does not escape
inl_dead_dcls.mgo:25:8: p does not escape
inl_dead_dcls.mgo:25:11: q does not escape
inl_dead_dcls.mgo:25:14: r does not escape
inl_dead_dcls.mgo:29:2: func literal escapes to heap:
inl_dead_dcls.mgo:29:2:   flow: {heap} = &{storage for func literal}:
inl_dead_dcls.mgo:29:2:     from func literal (spill) at inl_dead_dcls.mgo:29:2
inl_dead_dcls.mgo:29:6: g capturing by value: .autotmp_0 (addr=false assign=false width=8)
inl_dead_dcls.mgo:29:6: g capturing by value: .autotmp_1 (addr=false assign=false width=8)
inl_dead_dcls.mgo:29:18: g capturing by value: .autotmp_2 (addr=false assign=false width=8)
inl_dead_dcls.mgo:29:18: new(int) escapes to heap:
inl_dead_dcls.mgo:29:18:   flow: .autotmp_2 = &{storage for new(int)}:
inl_dead_dcls.mgo:29:18:     from new(int) (spill) at inl_dead_dcls.mgo:29:18
inl_dead_dcls.mgo:29:18:     from .autotmp_2 = new(int) (assign) at inl_dead_dcls.mgo:29:18
inl_dead_dcls.mgo:29:18:   flow: {storage for func literal} = .autotmp_2:
inl_dead_dcls.mgo:29:18:     from .autotmp_2 (captured by a closure) at inl_dead_dcls.mgo:29:6
inl_dead_dcls.mgo:29:18: new(int) escapes to heap
