inl_copy_notes.mgo:21:38: (*B).Shrink ignoring self-assignment in b.buf = b.buf[i:j]
inl_copy_notes.mgo:21:7: b does not escape
inl_copy_notes.mgo:25:12: parameter o leaks to ~r0 with derefs=1:
inl_copy_notes.mgo:25:12:   flow: ~r0 = *o:
inl_copy_notes.mgo:25:12:     from o.Inner (dot of pointer) at inl_copy_notes.mgo:25:37
inl_copy_notes.mgo:25:12:     from o.Inner.q (dot) at inl_copy_notes.mgo:25:37
inl_copy_notes.mgo:25:12:     from return o.Inner.q (return) at inl_copy_notes.mgo:25:29
inl_copy_notes.mgo:25:12: leaking param: o to result ~r0 level=1
inl_copy_notes.mgo:27:12: parameter p leaks to ~r0 with derefs=1:
inl_copy_notes.mgo:27:12:   flow: ~r0 = *p:
inl_copy_notes.mgo:27:12:     from p (indirection) at inl_copy_notes.mgo:27:38
inl_copy_notes.mgo:27:12:     from p[2] (fixed-array-index-of) at inl_copy_notes.mgo:27:39
inl_copy_notes.mgo:27:12:     from return p[2] (return) at inl_copy_notes.mgo:27:31
inl_copy_notes.mgo:27:12: leaking param: p to result ~r0 level=1
inl_copy_notes.mgo:30:28: x escapes to heap:
inl_copy_notes.mgo:30:28:   flow: a = &{storage for x}:
inl_copy_notes.mgo:30:28:     from x (spill) at inl_copy_notes.mgo:30:28
inl_copy_notes.mgo:30:28:     from a = x (assign) at inl_copy_notes.mgo:30:6
inl_copy_notes.mgo:30:28:   flow: {heap} = a:
inl_copy_notes.mgo:30:28:     from sink = a (assign) at inl_copy_notes.mgo:31:7
inl_copy_notes.mgo:30:28: x escapes to heap
inl_copy_notes.mgo:30:28: y does not escape
inl_copy_notes.mgo:38:2: deep capturing by ref: x (addr=false assign=true width=8)
inl_copy_notes.mgo:38:2: deep capturing by ref: x (addr=true assign=true width=8)
inl_copy_notes.mgo:40:3: deep.func1 capturing by ref: y (addr=true assign=false width=8)
inl_copy_notes.mgo:40:3: y escapes to heap:
inl_copy_notes.mgo:40:3:   flow: ~r0 = &y:
inl_copy_notes.mgo:40:3:     from &y (address-of) at inl_copy_notes.mgo:43:11
inl_copy_notes.mgo:40:3:     from return &y (return) at inl_copy_notes.mgo:43:4
inl_copy_notes.mgo:41:10: func literal escapes to heap:
inl_copy_notes.mgo:41:10:   flow: ~r0 = &{storage for func literal}:
inl_copy_notes.mgo:41:10:     from func literal (spill) at inl_copy_notes.mgo:41:10
inl_copy_notes.mgo:41:10:     from return func literal (return) at inl_copy_notes.mgo:41:3
inl_copy_notes.mgo:38:2: x escapes to heap:
inl_copy_notes.mgo:38:2:   flow: {storage for func literal} = &x:
inl_copy_notes.mgo:38:2:     from x (captured by a closure) at inl_copy_notes.mgo:42:8
inl_copy_notes.mgo:38:2:     from x (reference) at inl_copy_notes.mgo:42:8
inl_copy_notes.mgo:39:9: func literal escapes to heap:
inl_copy_notes.mgo:39:9:   flow: ~r0 = &{storage for func literal}:
inl_copy_notes.mgo:39:9:     from func literal (spill) at inl_copy_notes.mgo:39:9
inl_copy_notes.mgo:39:9:     from return func literal (return) at inl_copy_notes.mgo:39:2
inl_copy_notes.mgo:38:2: moved to heap: x
inl_copy_notes.mgo:40:3: moved to heap: y
inl_copy_notes.mgo:39:9: func literal escapes to heap
inl_copy_notes.mgo:41:10: func literal escapes to heap
inl_copy_notes.mgo:48:13: nested capturing by value: p (addr=false assign=false width=8)
inl_copy_notes.mgo:48:13: nested capturing by value: p (addr=false assign=false width=8)
inl_copy_notes.mgo:48:13: parameter p leaks to ~r0 with derefs=0:
inl_copy_notes.mgo:48:13:   flow: ~r0 = p:
inl_copy_notes.mgo:48:13:     from return p (return) at inl_copy_notes.mgo:51:4
inl_copy_notes.mgo:48:13:   flow: ~r0 = ~r0:
inl_copy_notes.mgo:48:13:     from return (func literal)() (return) at inl_copy_notes.mgo:50:3
inl_copy_notes.mgo:49:9: func literal escapes to heap:
inl_copy_notes.mgo:49:9:   flow: ~r0 = &{storage for func literal}:
inl_copy_notes.mgo:49:9:     from func literal (spill) at inl_copy_notes.mgo:49:9
inl_copy_notes.mgo:49:9:     from return func literal (return) at inl_copy_notes.mgo:49:2
inl_copy_notes.mgo:48:13: parameter p leaks to {storage for func literal} with derefs=0:
inl_copy_notes.mgo:48:13:   flow: {storage for func literal} = p:
inl_copy_notes.mgo:48:13:     from p (captured by a closure) at inl_copy_notes.mgo:50:10
inl_copy_notes.mgo:48:13: leaking param: p
inl_copy_notes.mgo:49:9: func literal escapes to heap
inl_copy_notes.mgo:50:10: func literal does not escape
inl_copy_notes.mgo:59:12: &Outer{} does not escape
inl_copy_notes.mgo:60:12: &[4]*int{} does not escape
inl_copy_notes.mgo:62:13: ... argument does not escape
