lib_results.mgo:13:8: parameter s leaks to {heap} with derefs=0:
lib_results.mgo:13:8:   flow: {heap} = s:
lib_results.mgo:13:8:     from errors.New(s) (call parameter) at lib_results.mgo:13:43
lib_results.mgo:13:8: leaking param: s
lib_results.mgo:15:8: parameter s leaks to {heap} with derefs=0:
lib_results.mgo:15:8:   flow: {heap} = s:
lib_results.mgo:15:8:     from errors.New(s) (call parameter) at lib_results.mgo:15:37
lib_results.mgo:15:8: leaking param: s
lib_results.mgo:21:20: parameter s leaks to {heap} with derefs=0:
lib_results.mgo:21:20:   flow: {heap} = s:
lib_results.mgo:21:20:     from strings.NewReader(s) (call parameter) at lib_results.mgo:23:24
lib_results.mgo:21:8: parameter w leaks to {heap} with derefs=0:
lib_results.mgo:21:8:   flow: {heap} = w:
lib_results.mgo:21:8:     from w (interface-converted) at lib_results.mgo:22:22
lib_results.mgo:21:8:     from bufio.NewWriter(w) (call parameter) at lib_results.mgo:22:22
lib_results.mgo:21:8: leaking param: w
lib_results.mgo:21:20: leaking param: s
