lib_reader.mgo:12:11: parameter r leaks to {heap} with derefs=0:
lib_reader.mgo:12:11:   flow: {heap} = r:
lib_reader.mgo:12:11:     from bufio.NewReader(r) (call parameter) at lib_reader.mgo:12:46
lib_reader.mgo:12:11: leaking param: r
lib_reader.mgo:14:11: parameter r leaks to {heap} with derefs=0:
lib_reader.mgo:14:11:   flow: {heap} = r:
lib_reader.mgo:14:11:     from bufio.NewReader(r) (call parameter) at lib_reader.mgo:14:45
lib_reader.mgo:14:11: leaking param: r
lib_reader.mgo:16:12: parameter f leaks to {heap} with derefs=1:
lib_reader.mgo:16:12:   flow: {heap} = *f:
lib_reader.mgo:16:12:     from (*os.File).Close(f) (call parameter) at lib_reader.mgo:16:46
lib_reader.mgo:16:12: leaking param content: f
