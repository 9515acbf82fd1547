lib_multi.mgo:13:9: parameter s leaks to {heap} with derefs=0:
lib_multi.mgo:13:9:   flow: {heap} = s:
lib_multi.mgo:13:9:     from strconv.ParseBool(s) (call parameter) at lib_multi.mgo:13:46
lib_multi.mgo:13:9: leaking param: s
lib_multi.mgo:15:46: x escapes to heap:
lib_multi.mgo:15:46:   flow: {heap} = &{storage for x}:
lib_multi.mgo:15:46:     from x (spill) at lib_multi.mgo:15:46
lib_multi.mgo:15:46:     from sort.Reverse(x) (call parameter) at lib_multi.mgo:15:46
lib_multi.mgo:15:10: parameter x leaks to {storage for x} with derefs=0:
lib_multi.mgo:15:10:   flow: {storage for x} = x:
lib_multi.mgo:15:10:     from x (interface-converted) at lib_multi.mgo:15:46
lib_multi.mgo:15:10: leaking param: x
lib_multi.mgo:15:46: x escapes to heap
