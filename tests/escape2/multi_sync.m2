multi_sync.mgo:13:47: new(int) escapes to heap:
multi_sync.mgo:13:47:   flow: ~r1 = &{storage for new(int)}:
multi_sync.mgo:13:47:     from new(int) (spill) at multi_sync.mgo:13:47
multi_sync.mgo:13:47:     from return new(int), new(int) (return) at multi_sync.mgo:13:27
multi_sync.mgo:13:37: new(int) escapes to heap:
multi_sync.mgo:13:37:   flow: ~r0 = &{storage for new(int)}:
multi_sync.mgo:13:37:     from new(int) (spill) at multi_sync.mgo:13:37
multi_sync.mgo:13:37:     from return new(int), new(int) (return) at multi_sync.mgo:13:27
multi_sync.mgo:13:37: new(int) escapes to heap
multi_sync.mgo:13:47: new(int) escapes to heap
multi_sync.mgo:29:6: wg escapes to heap:
multi_sync.mgo:29:6:   flow: {heap} = &wg:
multi_sync.mgo:29:6:     from wg (address-of) at multi_sync.mgo:30:4
multi_sync.mgo:29:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at multi_sync.mgo:30:8
multi_sync.mgo:31:5: func literal escapes to heap:
multi_sync.mgo:31:5:   flow: {heap} = &{storage for func literal}:
multi_sync.mgo:31:5:     from func literal (spill) at multi_sync.mgo:31:5
multi_sync.mgo:29:6: wg escapes to heap:
multi_sync.mgo:29:6:   flow: {heap} = &wg:
multi_sync.mgo:29:6:     from wg (address-of) at multi_sync.mgo:32:4
multi_sync.mgo:29:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at multi_sync.mgo:32:9
multi_sync.mgo:29:6: main capturing by ref: wg (addr=true assign=false width=16)
multi_sync.mgo:29:6: wg escapes to heap:
multi_sync.mgo:29:6:   flow: {storage for func literal} = &wg:
multi_sync.mgo:29:6:     from wg (captured by a closure) at multi_sync.mgo:31:20
multi_sync.mgo:29:6:     from wg (reference) at multi_sync.mgo:31:20
multi_sync.mgo:31:22: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
multi_sync.mgo:33:7: &C{} escapes to heap:
multi_sync.mgo:33:7:   flow: c = &{storage for &C{}}:
multi_sync.mgo:33:7:     from &C{} (spill) at multi_sync.mgo:33:7
multi_sync.mgo:33:7:     from c := &C{} (assign) at multi_sync.mgo:33:4
multi_sync.mgo:33:7:   flow: {heap} = c:
multi_sync.mgo:33:7:     from c.mu (dot of pointer) at multi_sync.mgo:34:3
multi_sync.mgo:33:7:     from c.mu (address-of) at multi_sync.mgo:34:6
multi_sync.mgo:33:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at multi_sync.mgo:34:11
multi_sync.mgo:29:6: moved to heap: wg
multi_sync.mgo:23:13: ... argument does not escape
multi_sync.mgo:31:5: func literal escapes to heap
multi_sync.mgo:33:7: &C{} escapes to heap
