devirt_recv_notes.mgo:29:12: devirtualizing i.M to T
devirt_recv_notes.mgo:34:12: devirtualizing i.M to F
devirt_recv_notes.mgo:39:8: devirtualizing v.M to *P
devirt_recv_notes.mgo:12:7: parameter t leaks to ~r0 with derefs=0:
devirt_recv_notes.mgo:12:7:   flow: ~r0 = t:
devirt_recv_notes.mgo:12:7:     from t.q (dot) at devirt_recv_notes.mgo:12:37
devirt_recv_notes.mgo:12:7:     from return t.q (return) at devirt_recv_notes.mgo:12:29
devirt_recv_notes.mgo:12:7: leaking param: t to result ~r0 level=0
devirt_recv_notes.mgo:12:14: p does not escape
devirt_recv_notes.mgo:16:15: parameter p leaks to ~r0 with derefs=0:
devirt_recv_notes.mgo:16:15:   flow: ~r0 = p:
devirt_recv_notes.mgo:16:15:     from return p (return) at devirt_recv_notes.mgo:16:30
devirt_recv_notes.mgo:16:7: t does not escape
devirt_recv_notes.mgo:16:15: leaking param: p to result ~r0 level=0
devirt_recv_notes.mgo:27:14: parameter x leaks to ~r0 with derefs=0:
devirt_recv_notes.mgo:27:14:   flow: i = x:
devirt_recv_notes.mgo:27:14:     from T{...} (struct literal element) at devirt_recv_notes.mgo:28:13
devirt_recv_notes.mgo:27:14:     from T{...} (interface-converted) at devirt_recv_notes.mgo:28:14
devirt_recv_notes.mgo:27:14:     from i = T{...} (assign) at devirt_recv_notes.mgo:28:6
devirt_recv_notes.mgo:27:14:   flow: ~r0 = i:
devirt_recv_notes.mgo:27:14:     from i.(T) (dot) at devirt_recv_notes.mgo:29:10
devirt_recv_notes.mgo:27:14:     from T.M(i.(T), nil) (call parameter) at devirt_recv_notes.mgo:29:12
devirt_recv_notes.mgo:27:14:     from return T.M(i.(T), nil) (return) at devirt_recv_notes.mgo:29:2
devirt_recv_notes.mgo:27:14: leaking param: x to result ~r0 level=0
devirt_recv_notes.mgo:32:15: parameter x leaks to ~r0 with derefs=0:
devirt_recv_notes.mgo:32:15:   flow: {storage for &T{...}} = x:
devirt_recv_notes.mgo:32:15:     from T{...} (struct literal element) at devirt_recv_notes.mgo:33:16
devirt_recv_notes.mgo:32:15:   flow: i = &{storage for &T{...}}:
devirt_recv_notes.mgo:32:15:     from &T{...} (spill) at devirt_recv_notes.mgo:33:14
devirt_recv_notes.mgo:32:15:     from F{...} (struct literal element) at devirt_recv_notes.mgo:33:13
devirt_recv_notes.mgo:32:15:     from F{...} (interface-converted) at devirt_recv_notes.mgo:33:17
devirt_recv_notes.mgo:32:15:     from i = F{...} (assign) at devirt_recv_notes.mgo:33:6
devirt_recv_notes.mgo:32:15:   flow: ~r0 = *i:
devirt_recv_notes.mgo:32:15:     from i.(F) (dot) at devirt_recv_notes.mgo:34:10
devirt_recv_notes.mgo:32:15:     from i.(F).T (dot) at devirt_recv_notes.mgo:34:10
devirt_recv_notes.mgo:32:15:     from i.(F).T (indirection) at devirt_recv_notes.mgo:34:10
devirt_recv_notes.mgo:32:15:     from T.M(i.(F).T, nil) (call parameter) at devirt_recv_notes.mgo:34:12
devirt_recv_notes.mgo:32:15:     from return T.M(i.(F).T, nil) (return) at devirt_recv_notes.mgo:34:2
devirt_recv_notes.mgo:32:15: leaking param: x to result ~r0 level=0
devirt_recv_notes.mgo:33:14: &T{...} does not escape
devirt_recv_notes.mgo:39:2: func literal escapes to heap:
devirt_recv_notes.mgo:39:2:   flow: {heap} = &{storage for func literal}:
devirt_recv_notes.mgo:39:2:     from func literal (spill) at devirt_recv_notes.mgo:39:2
devirt_recv_notes.mgo:39:6: goCopy capturing by value: .autotmp_1 (addr=false assign=false width=8)
devirt_recv_notes.mgo:39:8: goCopy capturing by value: .autotmp_2 (addr=false assign=false width=8)
devirt_recv_notes.mgo:38:12: &P{...} escapes to heap:
devirt_recv_notes.mgo:38:12:   flow: v = &{storage for &P{...}}:
devirt_recv_notes.mgo:38:12:     from &P{...} (spill) at devirt_recv_notes.mgo:38:12
devirt_recv_notes.mgo:38:12:     from &P{...} (interface-converted) at devirt_recv_notes.mgo:38:15
devirt_recv_notes.mgo:38:12:     from v = &P{...} (assign) at devirt_recv_notes.mgo:38:6
devirt_recv_notes.mgo:38:12:   flow: .autotmp_1 = v:
devirt_recv_notes.mgo:38:12:     from v.(*P) (dot) at devirt_recv_notes.mgo:39:6
devirt_recv_notes.mgo:38:12:     from .autotmp_1 = v.(*P) (assign) at devirt_recv_notes.mgo:39:6
devirt_recv_notes.mgo:38:12:   flow: {storage for func literal} = .autotmp_1:
devirt_recv_notes.mgo:38:12:     from .autotmp_1 (captured by a closure) at devirt_recv_notes.mgo:39:8
devirt_recv_notes.mgo:38:12: &P{...} escapes to heap
devirt_recv_notes.mgo:43:26: embeddedCopy capturing by value: .autotmp_1 (addr=false assign=false width=8)
devirt_recv_notes.mgo:43:28: embeddedCopy capturing by value: .autotmp_2 (addr=false assign=false width=8)
devirt_recv_notes.mgo:42:19: p does not escape
devirt_recv_notes.mgo:47:28: &P{...} escapes to heap:
devirt_recv_notes.mgo:47:28:   flow: ~r0 = &{storage for &P{...}}:
devirt_recv_notes.mgo:47:28:     from &P{...} (spill) at devirt_recv_notes.mgo:47:28
devirt_recv_notes.mgo:47:28:     from return &P{...} (return) at devirt_recv_notes.mgo:47:21
devirt_recv_notes.mgo:47:28: &P{...} escapes to heap
devirt_recv_notes.mgo:50:15: callRecv capturing by value: .autotmp_1 (addr=false assign=false width=8)
devirt_recv_notes.mgo:50:15: callRecv capturing by value: .autotmp_2 (addr=false assign=false width=8)
devirt_recv_notes.mgo:8:21: parameter p leaks to {heap} with derefs=0:
devirt_recv_notes.mgo:8:21:   flow: {heap} = p:
devirt_recv_notes.mgo:8:21:     from .this.M(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this, p) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.T (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.T (indirection) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.T, p) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: ~r0 = **.this:
<autogenerated>:1:     from .this.T (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.T (indirection) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.T, p) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.T (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.T, p) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: ~r0 = .this:
<autogenerated>:1:     from .this.T (dot) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.T, p) (return) at <autogenerated>:1
