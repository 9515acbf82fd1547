fmt_make_prec.mgo:10:11: new(int) escapes to heap:
fmt_make_prec.mgo:10:11:   flow: {heap} = &{storage for new(int)}:
fmt_make_prec.mgo:10:11:     from new(int) (spill) at fmt_make_prec.mgo:10:11
fmt_make_prec.mgo:10:11:     from gc <- new(int) (send) at fmt_make_prec.mgo:10:5
fmt_make_prec.mgo:11:11: make(map[int]int) escapes to heap:
fmt_make_prec.mgo:11:11:   flow: {heap} = &{storage for make(map[int]int)}:
fmt_make_prec.mgo:11:11:     from make(map[int]int) (spill) at fmt_make_prec.mgo:11:11
fmt_make_prec.mgo:11:11:     from gm = make(map[int]int) (assign) at fmt_make_prec.mgo:11:5
fmt_make_prec.mgo:13:49: make([]int, n) escapes to heap:
fmt_make_prec.mgo:13:49:   flow: {heap} = &{storage for make([]int, n)}:
fmt_make_prec.mgo:13:49:     from make([]int, n) (non-constant size) at fmt_make_prec.mgo:13:49
fmt_make_prec.mgo:10:11: new(int) escapes to heap
fmt_make_prec.mgo:11:11: make(map[int]int) escapes to heap
fmt_make_prec.mgo:12:6: make(map[int]*int) does not escape
fmt_make_prec.mgo:13:21: make(map[int]int, 3) does not escape
fmt_make_prec.mgo:13:49: make([]int, n) escapes to heap
fmt_make_prec.mgo:17:10: new(int) escapes to heap:
fmt_make_prec.mgo:17:10:   flow: {heap} = &{storage for new(int)}:
fmt_make_prec.mgo:17:10:     from new(int) (spill) at fmt_make_prec.mgo:17:10
fmt_make_prec.mgo:17:10:     from c <- new(int) (send) at fmt_make_prec.mgo:17:4
fmt_make_prec.mgo:18:24: new(int) escapes to heap:
fmt_make_prec.mgo:18:24:   flow: {heap} = &{storage for new(int)}:
fmt_make_prec.mgo:18:24:     from new(int) (spill) at fmt_make_prec.mgo:18:24
fmt_make_prec.mgo:18:24:     from (make(chan *int)) <- new(int) (send) at fmt_make_prec.mgo:18:18
fmt_make_prec.mgo:16:8: c does not escape
fmt_make_prec.mgo:17:10: new(int) escapes to heap
fmt_make_prec.mgo:18:24: new(int) escapes to heap
