slice_addr_len.mgo:13:7: parameter b leaks to {heap} with derefs=0:
slice_addr_len.mgo:13:7:   flow: {heap} = b:
slice_addr_len.mgo:13:7:     from b.arr (dot of pointer) at slice_addr_len.mgo:14:11
slice_addr_len.mgo:13:7:     from b.arr (address-of) at slice_addr_len.mgo:14:18
slice_addr_len.mgo:13:7:     from b.arr[n:m] (slice) at slice_addr_len.mgo:14:15
slice_addr_len.mgo:13:7:     from b.buf = b.arr[n:m] (assign) at slice_addr_len.mgo:14:8
slice_addr_len.mgo:13:7: leaking param: b
slice_addr_len.mgo:18:6: arr escapes to heap:
slice_addr_len.mgo:18:6:   flow: {heap} = &arr:
slice_addr_len.mgo:18:6:     from arr (address-of) at slice_addr_len.mgo:19:7
slice_addr_len.mgo:18:6:     from arr[:] (slice) at slice_addr_len.mgo:19:10
slice_addr_len.mgo:18:6:     from gs = arr[:] (assign) at slice_addr_len.mgo:19:5
slice_addr_len.mgo:20:6: arr2 escapes to heap:
slice_addr_len.mgo:20:6:   flow: {heap} = &arr2:
slice_addr_len.mgo:20:6:     from arr2 (address-of) at slice_addr_len.mgo:21:7
slice_addr_len.mgo:20:6:     from arr2[1:3] (slice) at slice_addr_len.mgo:21:11
slice_addr_len.mgo:20:6:     from gs = arr2[1:3] (assign) at slice_addr_len.mgo:21:5
slice_addr_len.mgo:22:6: big escapes to heap:
slice_addr_len.mgo:22:6:   flow: {heap} = &big:
slice_addr_len.mgo:22:6:     from big (too large for stack) at slice_addr_len.mgo:22:6
slice_addr_len.mgo:26:7: &B{} escapes to heap:
slice_addr_len.mgo:26:7:   flow: b = &{storage for &B{}}:
slice_addr_len.mgo:26:7:     from &B{} (spill) at slice_addr_len.mgo:26:7
slice_addr_len.mgo:26:7:     from b := &B{} (assign) at slice_addr_len.mgo:26:4
slice_addr_len.mgo:26:7:   flow: {heap} = b:
slice_addr_len.mgo:26:7:     from (*B).set(b, 1, 2) (call parameter) at slice_addr_len.mgo:27:7
slice_addr_len.mgo:18:6: moved to heap: arr
slice_addr_len.mgo:20:6: moved to heap: arr2
slice_addr_len.mgo:22:6: moved to heap: big
slice_addr_len.mgo:24:6: func literal does not escape
slice_addr_len.mgo:26:7: &B{} escapes to heap
