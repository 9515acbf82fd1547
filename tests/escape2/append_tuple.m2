append_tuple.mgo:11:18: .autotmp_3 escapes to heap:
append_tuple.mgo:11:18:   flow: {heap} = &{storage for .autotmp_3}:
append_tuple.mgo:11:18:     from .autotmp_3 (spill) at append_tuple.mgo:11:18
append_tuple.mgo:11:18:     from append(g()) (call parameter) at append_tuple.mgo:11:16
append_tuple.mgo:11:18: .autotmp_4 escapes to heap:
append_tuple.mgo:11:18:   flow: {heap} = &{storage for .autotmp_4}:
append_tuple.mgo:11:18:     from .autotmp_4 (spill) at append_tuple.mgo:11:18
append_tuple.mgo:11:18:     from append(g()) (call parameter) at append_tuple.mgo:11:16
append_tuple.mgo:12:15: .autotmp_6 escapes to heap:
append_tuple.mgo:12:15:   flow: {heap} = &{storage for .autotmp_6}:
append_tuple.mgo:12:15:     from .autotmp_6 (spill) at append_tuple.mgo:12:15
append_tuple.mgo:12:15:     from append(g()) (call parameter) at append_tuple.mgo:12:13
append_tuple.mgo:12:15: .autotmp_7 escapes to heap:
append_tuple.mgo:12:15:   flow: {heap} = &{storage for .autotmp_7}:
append_tuple.mgo:12:15:     from .autotmp_7 (spill) at append_tuple.mgo:12:15
append_tuple.mgo:12:15:     from append(g()) (call parameter) at append_tuple.mgo:12:13
append_tuple.mgo:11:18: .autotmp_3 escapes to heap
append_tuple.mgo:11:18: .autotmp_4 escapes to heap
append_tuple.mgo:12:15: .autotmp_6 escapes to heap
append_tuple.mgo:12:15: .autotmp_7 escapes to heap
