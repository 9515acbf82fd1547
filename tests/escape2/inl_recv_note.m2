inl_recv_note.mgo:19:23: &U{} escapes to heap:
inl_recv_note.mgo:19:23:   flow: ~r0 = &{storage for &U{}}:
inl_recv_note.mgo:19:23:     from &U{} (spill) at inl_recv_note.mgo:19:23
inl_recv_note.mgo:19:23:     from return &U{} (return) at inl_recv_note.mgo:19:16
inl_recv_note.mgo:19:23: &U{} escapes to heap
inl_recv_note.mgo:12:7: func literal escapes to heap:
inl_recv_note.mgo:12:7:   flow: {heap} = &{storage for func literal}:
inl_recv_note.mgo:12:7:     from func literal (spill) at inl_recv_note.mgo:12:7
inl_recv_note.mgo:12:7:     from gf = func literal (assign) at inl_recv_note.mgo:12:5
inl_recv_note.mgo:11:7: (*U).Pop capturing by value: u (addr=false assign=false width=8)
inl_recv_note.mgo:11:7: parameter u leaks to {storage for func literal} with derefs=0:
inl_recv_note.mgo:11:7:   flow: {storage for func literal} = u:
inl_recv_note.mgo:11:7:     from u (captured by a closure) at inl_recv_note.mgo:12:28
inl_recv_note.mgo:11:7: parameter u leaks to ~r0 with derefs=2:
inl_recv_note.mgo:11:7:   flow: ~r0 = **u:
inl_recv_note.mgo:11:7:     from u.buf (dot of pointer) at inl_recv_note.mgo:12:29
inl_recv_note.mgo:11:7:     from u.buf[0] (dot of pointer) at inl_recv_note.mgo:12:33
inl_recv_note.mgo:11:7:     from return u.buf[0] (return) at inl_recv_note.mgo:12:21
inl_recv_note.mgo:11:7: leaking param: u
inl_recv_note.mgo:12:7: func literal escapes to heap
