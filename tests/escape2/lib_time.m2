lib_time.mgo:9:9: parameter name leaks to {heap} with derefs=0:
lib_time.mgo:9:9:   flow: {heap} = name:
lib_time.mgo:9:9:     from time.FixedZone(name, 0) (call parameter) at lib_time.mgo:9:43
lib_time.mgo:9:9: leaking param: name
lib_time.mgo:11:22: parameter loc leaks to {heap} with derefs=0:
lib_time.mgo:11:22:   flow: {heap} = loc:
lib_time.mgo:11:22:     from time.Time.In(t, loc) (call parameter) at lib_time.mgo:11:53
lib_time.mgo:11:9: parameter t leaks to {heap} with derefs=0:
lib_time.mgo:11:9:   flow: {heap} = t:
lib_time.mgo:11:9:     from time.Time.In(t, loc) (call parameter) at lib_time.mgo:11:53
lib_time.mgo:11:9:     from gt = time.Time.In(t, loc) (assign) at lib_time.mgo:11:47
lib_time.mgo:11:9: leaking param: t
lib_time.mgo:11:22: leaking param: loc
