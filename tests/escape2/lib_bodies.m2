lib_bodies.mgo:15:12: parameter s leaks to {heap} with derefs=0:
lib_bodies.mgo:15:12:   flow: {heap} = s:
lib_bodies.mgo:15:12:     from strings.Split(s, sep) (call parameter) at lib_bodies.mgo:15:58
lib_bodies.mgo:15:12: leaking param: s
lib_bodies.mgo:15:15: sep does not escape
lib_bodies.mgo:17:13: parameter s leaks to {heap} with derefs=0:
lib_bodies.mgo:17:13:   flow: {heap} = s:
lib_bodies.mgo:17:13:     from strings.SplitAfterN(s, ",", n) (call parameter) at lib_bodies.mgo:17:67
lib_bodies.mgo:17:13: leaking param: s
lib_bodies.mgo:19:12: parameter b leaks to {heap} with derefs=1:
lib_bodies.mgo:19:12:   flow: {heap} = *b:
lib_bodies.mgo:19:12:     from (*strings.Builder).WriteString(b, s) (call parameter) at lib_bodies.mgo:21:15
lib_bodies.mgo:19:12: leaking param content: b
lib_bodies.mgo:19:32: s does not escape
lib_bodies.mgo:19:42: p does not escape
lib_bodies.mgo:26:22: parameter y leaks to {heap} with derefs=0:
lib_bodies.mgo:26:22:   flow: {heap} = y:
lib_bodies.mgo:26:22:     from sort.StringSlice.Sort(sort.StringSlice(y)) (call parameter) at lib_bodies.mgo:28:26
lib_bodies.mgo:26:13: parameter x leaks to {heap} with derefs=0:
lib_bodies.mgo:26:13:   flow: {heap} = x:
lib_bodies.mgo:26:13:     from sort.Ints(x) (call parameter) at lib_bodies.mgo:27:11
lib_bodies.mgo:26:13: leaking param: x
lib_bodies.mgo:26:22: leaking param: y
lib_bodies.mgo:32:19: parameter value leaks to {heap} with derefs=0:
lib_bodies.mgo:32:19:   flow: {heap} = value:
lib_bodies.mgo:32:19:     from time.Parse(layout, value) (call parameter) at lib_bodies.mgo:32:71
lib_bodies.mgo:32:11: parameter layout leaks to {heap} with derefs=0:
lib_bodies.mgo:32:11:   flow: {heap} = layout:
lib_bodies.mgo:32:11:     from time.Parse(layout, value) (call parameter) at lib_bodies.mgo:32:71
lib_bodies.mgo:32:11: leaking param: layout
lib_bodies.mgo:32:19: leaking param: value
lib_bodies.mgo:34:11: parameter name leaks to {heap} with derefs=0:
lib_bodies.mgo:34:11:   flow: {heap} = name:
lib_bodies.mgo:34:11:     from log.SetPrefix(name) (call parameter) at lib_bodies.mgo:35:15
lib_bodies.mgo:34:11: leaking param: name
lib_bodies.mgo:39:41: parameter f leaks to {heap} with derefs=0:
lib_bodies.mgo:39:41:   flow: {heap} = f:
lib_bodies.mgo:39:41:     from (*bufio.Scanner).Split(s, f) (call parameter) at lib_bodies.mgo:41:9
lib_bodies.mgo:39:29: parameter buf leaks to {heap} with derefs=0:
lib_bodies.mgo:39:29:   flow: {heap} = buf:
lib_bodies.mgo:39:29:     from (*bufio.Scanner).Buffer(s, buf, 10) (call parameter) at lib_bodies.mgo:40:10
lib_bodies.mgo:39:11: s does not escape
lib_bodies.mgo:39:29: leaking param: buf
lib_bodies.mgo:39:41: leaking param: f
lib_bodies.mgo:50:18: []int{...} escapes to heap:
lib_bodies.mgo:50:18:   flow: {heap} = &{storage for []int{...}}:
lib_bodies.mgo:50:18:     from []int{...} (spill) at lib_bodies.mgo:50:18
lib_bodies.mgo:50:18:     from sorted([]int{...}, []string{...}) (call parameter) at lib_bodies.mgo:50:12
lib_bodies.mgo:50:34: []string{...} escapes to heap:
lib_bodies.mgo:50:34:   flow: {heap} = &{storage for []string{...}}:
lib_bodies.mgo:50:34:     from []string{...} (spill) at lib_bodies.mgo:50:34
lib_bodies.mgo:50:34:     from sorted([]int{...}, []string{...}) (call parameter) at lib_bodies.mgo:50:12
lib_bodies.mgo:50:18: []int{...} escapes to heap
lib_bodies.mgo:50:34: []string{...} escapes to heap
