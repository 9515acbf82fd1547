wrap_inlined.mgo:52:8: devirtualizing k.Keep to *K
wrap_inlined.mgo:54:8: devirtualizing s.Show to *T
wrap_inlined.mgo:13:7: parameter t leaks to ~r0 with derefs=0:
wrap_inlined.mgo:13:7:   flow: ~r0 = t:
wrap_inlined.mgo:13:7:     from t.q (dot) at wrap_inlined.mgo:13:37
wrap_inlined.mgo:13:7:     from return t.q (return) at wrap_inlined.mgo:13:29
wrap_inlined.mgo:13:7: leaking param: t to result ~r0 level=0
wrap_inlined.mgo:13:14: p does not escape
wrap_inlined.mgo:18:7: t escapes to heap:
wrap_inlined.mgo:18:7:   flow: {heap} = &t:
wrap_inlined.mgo:18:7:     from t.n (dot) at wrap_inlined.mgo:18:49
wrap_inlined.mgo:18:7:     from &t.n (address-of) at wrap_inlined.mgo:18:47
wrap_inlined.mgo:18:7:     from append(sink, &t.n, p) (call parameter) at wrap_inlined.mgo:18:40
wrap_inlined.mgo:18:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:18:17:   flow: {heap} = p:
wrap_inlined.mgo:18:17:     from append(sink, &t.n, p) (call parameter) at wrap_inlined.mgo:18:40
wrap_inlined.mgo:18:17: leaking param: p
wrap_inlined.mgo:18:7: moved to heap: t
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {storage for ... argument} = p:
wrap_inlined.mgo:21:17:     from p (interface-converted) at wrap_inlined.mgo:21:40
wrap_inlined.mgo:21:17:     from ... argument (slice-literal-element) at wrap_inlined.mgo:21:38
wrap_inlined.mgo:21:17:   flow: {heap} = {storage for ... argument}:
wrap_inlined.mgo:21:17:     from ... argument (spill) at wrap_inlined.mgo:21:38
wrap_inlined.mgo:21:17:     from fmt.Println(... argument...) (call parameter) at wrap_inlined.mgo:21:38
wrap_inlined.mgo:21:40: t.n escapes to heap:
wrap_inlined.mgo:21:40:   flow: {storage for ... argument} = &{storage for t.n}:
wrap_inlined.mgo:21:40:     from t.n (spill) at wrap_inlined.mgo:21:40
wrap_inlined.mgo:21:40:     from ... argument (slice-literal-element) at wrap_inlined.mgo:21:38
wrap_inlined.mgo:21:40:   flow: {heap} = {storage for ... argument}:
wrap_inlined.mgo:21:40:     from ... argument (spill) at wrap_inlined.mgo:21:38
wrap_inlined.mgo:21:40:     from fmt.Println(... argument...) (call parameter) at wrap_inlined.mgo:21:38
wrap_inlined.mgo:21:7: t does not escape
wrap_inlined.mgo:21:17: leaking param: p
wrap_inlined.mgo:21:38: ... argument does not escape
wrap_inlined.mgo:21:40: t.n escapes to heap
wrap_inlined.mgo:25:15: parameter p leaks to ~r0 with derefs=0:
wrap_inlined.mgo:25:15:   flow: ~r0 = p:
wrap_inlined.mgo:25:15:     from return p (return) at wrap_inlined.mgo:25:30
wrap_inlined.mgo:25:7: t does not escape
wrap_inlined.mgo:25:15: leaking param: p to result ~r0 level=0
wrap_inlined.mgo:42:10: parameter i leaks to {heap} with derefs=0:
wrap_inlined.mgo:42:10:   flow: {heap} = i:
wrap_inlined.mgo:42:10:     from i.M(nil) (call parameter) at wrap_inlined.mgo:42:32
wrap_inlined.mgo:42:10: leaking param: i
wrap_inlined.mgo:46:11: E{...} escapes to heap:
wrap_inlined.mgo:46:11:   flow: {heap} = &{storage for E{...}}:
wrap_inlined.mgo:46:11:     from E{...} (spill) at wrap_inlined.mgo:46:11
wrap_inlined.mgo:46:11:     from use(E{...}) (call parameter) at wrap_inlined.mgo:46:9
wrap_inlined.mgo:45:2: x escapes to heap:
wrap_inlined.mgo:45:2:   flow: {storage for E{...}} = &x:
wrap_inlined.mgo:45:2:     from &x (address-of) at wrap_inlined.mgo:46:14
wrap_inlined.mgo:45:2:     from T{...} (struct literal element) at wrap_inlined.mgo:46:13
wrap_inlined.mgo:45:2:     from E{...} (struct literal element) at wrap_inlined.mgo:46:11
wrap_inlined.mgo:45:2:     from E{...} (interface-converted) at wrap_inlined.mgo:46:11
wrap_inlined.mgo:47:10: &E{} escapes to heap:
wrap_inlined.mgo:47:10:   flow: {heap} = &{storage for &E{}}:
wrap_inlined.mgo:47:10:     from &E{} (spill) at wrap_inlined.mgo:47:10
wrap_inlined.mgo:47:10:     from &E{} (interface-converted) at wrap_inlined.mgo:47:10
wrap_inlined.mgo:47:10:     from use(&E{}) (call parameter) at wrap_inlined.mgo:47:9
wrap_inlined.mgo:48:12: &T{} escapes to heap:
wrap_inlined.mgo:48:12:   flow: {heap} = &{storage for &T{}}:
wrap_inlined.mgo:48:12:     from &T{} (spill) at wrap_inlined.mgo:48:12
wrap_inlined.mgo:48:12:     from F{...} (struct literal element) at wrap_inlined.mgo:48:11
wrap_inlined.mgo:48:12:     from F{...} (interface-converted) at wrap_inlined.mgo:48:11
wrap_inlined.mgo:48:12:     from use(F{...}) (call parameter) at wrap_inlined.mgo:48:9
wrap_inlined.mgo:49:10: &G{} escapes to heap:
wrap_inlined.mgo:49:10:   flow: {heap} = &{storage for &G{}}:
wrap_inlined.mgo:49:10:     from &G{} (spill) at wrap_inlined.mgo:49:10
wrap_inlined.mgo:49:10:     from &G{} (interface-converted) at wrap_inlined.mgo:49:10
wrap_inlined.mgo:49:10:     from use(&G{}) (call parameter) at wrap_inlined.mgo:49:9
wrap_inlined.mgo:50:10: &H{} escapes to heap:
wrap_inlined.mgo:50:10:   flow: {heap} = &{storage for &H{}}:
wrap_inlined.mgo:50:10:     from &H{} (spill) at wrap_inlined.mgo:50:10
wrap_inlined.mgo:50:10:     from &H{} (interface-converted) at wrap_inlined.mgo:50:10
wrap_inlined.mgo:50:10:     from use(&H{}) (call parameter) at wrap_inlined.mgo:50:9
wrap_inlined.mgo:45:2: moved to heap: x
wrap_inlined.mgo:46:11: E{...} escapes to heap
wrap_inlined.mgo:47:10: &E{} escapes to heap
wrap_inlined.mgo:48:12: &T{} escapes to heap
wrap_inlined.mgo:49:10: &G{} escapes to heap
wrap_inlined.mgo:50:10: &H{} escapes to heap
wrap_inlined.mgo:51:36: &K{} does not escape
wrap_inlined.mgo:53:36: &T{} does not escape
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
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this.T, p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this.T, p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:5:21: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:5:21:   flow: {heap} = p:
wrap_inlined.mgo:5:21:     from .this.M(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this, p) (return) at <autogenerated>:1
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this, p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.T (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.T (indirection) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.T, p) (return) at <autogenerated>:1
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: ~r0 = **.this:
<autogenerated>:1:     from .this.T (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.T (indirection) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.T, p) (return) at <autogenerated>:1
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.E (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.E.T (dot) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.E.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.E.T, p) (return) at <autogenerated>:1
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this.E.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: ~r0 = .this:
<autogenerated>:1:     from .this.E (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.E.T (dot) at <autogenerated>:1
<autogenerated>:1:     from T.M(.this.E.T, p) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return T.M(.this.E.T, p) (return) at <autogenerated>:1
wrap_inlined.mgo:21:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:21:17:   flow: {heap} = p:
wrap_inlined.mgo:21:17:     from T.Show(.this.E.T, p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:18:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:18:17:   flow: {heap} = p:
wrap_inlined.mgo:18:17:     from S.Keep(.this.S, p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:51:24: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:51:24:   flow: {heap} = p:
wrap_inlined.mgo:51:24:     from .this.Keep(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Keep(p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:18:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:18:17:   flow: {heap} = p:
wrap_inlined.mgo:18:17:     from S.Keep(.this, p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:18:17: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:18:17:   flow: {heap} = p:
wrap_inlined.mgo:18:17:     from S.Keep(.this.S, p) (call parameter) at <autogenerated>:1
wrap_inlined.mgo:53:24: parameter p leaks to {heap} with derefs=0:
wrap_inlined.mgo:53:24:   flow: {heap} = p:
wrap_inlined.mgo:53:24:     from .this.Show(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Show(p) (call parameter) at <autogenerated>:1
