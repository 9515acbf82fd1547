dead_inl_temps.mgo:19:2: func literal escapes to heap:
dead_inl_temps.mgo:19:2:   flow: {heap} = &{storage for func literal}:
dead_inl_temps.mgo:19:2:     from func literal (spill) at dead_inl_temps.mgo:19:2
dead_inl_temps.mgo:19:7: f capturing by value: .autotmp_2 (addr=false assign=false width=8)
dead_inl_temps.mgo:19:6: f capturing by value: .autotmp_3 (addr=false assign=false width=24)
dead_inl_temps.mgo:7:18: parameter p1 leaks to {storage for func literal} with derefs=0:
dead_inl_temps.mgo:7:18:   flow: .autotmp_3 = p1:
dead_inl_temps.mgo:7:18:     from .autotmp_3 = p1 (assign) at dead_inl_temps.mgo:19:6
dead_inl_temps.mgo:7:18:   flow: {storage for func literal} = .autotmp_3:
dead_inl_temps.mgo:7:18:     from .autotmp_3 (captured by a closure) at dead_inl_temps.mgo:19:6
dead_inl_temps.mgo:7:8: parameter p0 leaks to {storage for func literal} with derefs=0:
dead_inl_temps.mgo:7:8:   flow: .autotmp_2 = p0:
dead_inl_temps.mgo:7:8:     from *p0 (indirection) at dead_inl_temps.mgo:19:9
dead_inl_temps.mgo:7:8:     from &(*p0) (address-of) at dead_inl_temps.mgo:19:7
dead_inl_temps.mgo:7:8:     from .autotmp_2 = &(*p0) (assign) at dead_inl_temps.mgo:19:7
dead_inl_temps.mgo:7:8:   flow: {storage for func literal} = .autotmp_2:
dead_inl_temps.mgo:7:8:     from .autotmp_2 (captured by a closure) at dead_inl_temps.mgo:19:6
dead_inl_temps.mgo:7:8: leaking param: p0
dead_inl_temps.mgo:7:18: leaking param: p1
dead_inl_temps.mgo:23:2: p escapes to heap:
dead_inl_temps.mgo:23:2:   flow: {heap} = &p:
dead_inl_temps.mgo:23:2:     from &p (address-of) at dead_inl_temps.mgo:24:4
dead_inl_temps.mgo:23:2:     from f(&p, nil) (call parameter) at dead_inl_temps.mgo:24:3
dead_inl_temps.mgo:23:10: new(int) escapes to heap:
dead_inl_temps.mgo:23:10:   flow: p = &{storage for new(int)}:
dead_inl_temps.mgo:23:10:     from new(int) (spill) at dead_inl_temps.mgo:23:10
dead_inl_temps.mgo:23:10:     from p := new(int) (assign) at dead_inl_temps.mgo:23:4
dead_inl_temps.mgo:23:2: moved to heap: p
dead_inl_temps.mgo:23:10: new(int) escapes to heap
