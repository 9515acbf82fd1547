lib_results.mgo:14:8: parameter s leaks to {heap} with derefs=0:
lib_results.mgo:14:8:   flow: {heap} = s:
lib_results.mgo:14:8:     from errors.New(s) (call parameter) at lib_results.mgo:14:43
lib_results.mgo:14:8: leaking param: s
lib_results.mgo:16:8: parameter s leaks to {heap} with derefs=0:
lib_results.mgo:16:8:   flow: {heap} = s:
lib_results.mgo:16:8:     from errors.New(s) (call parameter) at lib_results.mgo:16:37
lib_results.mgo:16:8: leaking param: s
lib_results.mgo:22:20: parameter s leaks to {heap} with derefs=0:
lib_results.mgo:22:20:   flow: {heap} = s:
lib_results.mgo:22:20:     from strings.NewReader(s) (call parameter) at lib_results.mgo:24:24
lib_results.mgo:22:8: parameter w leaks to {heap} with derefs=0:
lib_results.mgo:22:8:   flow: {heap} = w:
lib_results.mgo:22:8:     from w (interface-converted) at lib_results.mgo:23:22
lib_results.mgo:22:8:     from bufio.NewWriter(w) (call parameter) at lib_results.mgo:23:22
lib_results.mgo:22:8: leaking param: w
lib_results.mgo:22:20: leaking param: s
lib_results.mgo:30:12: s does not escape
lib_results.mgo:32:12: s does not escape
