wrap_methodvals.mgo:30:7: devirtualizing s.Set to *box
wrap_methodvals.mgo:11:7: parameter b leaks to ~r0 with derefs=0:
wrap_methodvals.mgo:11:7:   flow: ~r0 = b:
wrap_methodvals.mgo:11:7:     from b.p (dot) at wrap_methodvals.mgo:11:38
wrap_methodvals.mgo:11:7:     from return b.p (return) at wrap_methodvals.mgo:11:30
wrap_methodvals.mgo:11:7: leaking param: b to result ~r0 level=0
wrap_methodvals.mgo:12:19: parameter p leaks to {heap} with derefs=0:
wrap_methodvals.mgo:12:19:   flow: {heap} = p:
wrap_methodvals.mgo:12:19:     from b.p = p (assign) at wrap_methodvals.mgo:12:33
wrap_methodvals.mgo:12:7: b does not escape
wrap_methodvals.mgo:12:19: leaking param: p
wrap_methodvals.mgo:21:10: parameter g leaks to {heap} with derefs=0:
wrap_methodvals.mgo:21:10:   flow: {heap} = g:
wrap_methodvals.mgo:21:10:     from g.Get() (call parameter) at wrap_methodvals.mgo:21:35
wrap_methodvals.mgo:21:10: leaking param: g
wrap_methodvals.mgo:25:2: b escapes to heap:
wrap_methodvals.mgo:25:2:   flow: {heap} = &b:
wrap_methodvals.mgo:25:2:     from &b (address-of) at wrap_methodvals.mgo:27:6
wrap_methodvals.mgo:25:2:     from &b (interface-converted) at wrap_methodvals.mgo:27:6
wrap_methodvals.mgo:25:2:     from use(&b) (call parameter) at wrap_methodvals.mgo:27:5
wrap_methodvals.mgo:29:2: y escapes to heap:
wrap_methodvals.mgo:29:2:   flow: {heap} = &y:
wrap_methodvals.mgo:29:2:     from &y (address-of) at wrap_methodvals.mgo:30:8
wrap_methodvals.mgo:29:2:     from (*box).Set(s.(*box), &y) (call parameter) at wrap_methodvals.mgo:30:7
wrap_methodvals.mgo:32:5: w escapes to heap:
wrap_methodvals.mgo:32:5:   flow: {heap} = &{storage for w}:
wrap_methodvals.mgo:32:5:     from w (spill) at wrap_methodvals.mgo:32:5
wrap_methodvals.mgo:32:5:     from use(w) (call parameter) at wrap_methodvals.mgo:32:5
wrap_methodvals.mgo:36:2: z escapes to heap:
wrap_methodvals.mgo:36:2:   flow: {heap} = &z:
wrap_methodvals.mgo:36:2:     from &z (address-of) at wrap_methodvals.mgo:37:6
wrap_methodvals.mgo:36:2:     from set(&z) (call parameter) at wrap_methodvals.mgo:37:5
wrap_methodvals.mgo:24:2: x escapes to heap:
wrap_methodvals.mgo:24:2:   flow: {heap} = &x:
wrap_methodvals.mgo:24:2:     from &x (address-of) at wrap_methodvals.mgo:42:8
wrap_methodvals.mgo:24:2:     from h(&b, &x) (call parameter) at wrap_methodvals.mgo:42:3
wrap_methodvals.mgo:40:14: *f(b) escapes to heap:
wrap_methodvals.mgo:40:14:   flow: {storage for ... argument} = &{storage for *f(b)}:
wrap_methodvals.mgo:40:14:     from *f(b) (spill) at wrap_methodvals.mgo:40:14
wrap_methodvals.mgo:40:14:     from ... argument (slice-literal-element) at wrap_methodvals.mgo:40:13
wrap_methodvals.mgo:40:14:   flow: {heap} = {storage for ... argument}:
wrap_methodvals.mgo:40:14:     from ... argument (spill) at wrap_methodvals.mgo:40:13
wrap_methodvals.mgo:40:14:     from fmt.Println(... argument...) (call parameter) at wrap_methodvals.mgo:40:13
wrap_methodvals.mgo:38:14: *get() escapes to heap:
wrap_methodvals.mgo:38:14:   flow: {storage for ... argument} = &{storage for *get()}:
wrap_methodvals.mgo:38:14:     from *get() (spill) at wrap_methodvals.mgo:38:14
wrap_methodvals.mgo:38:14:     from ... argument (slice-literal-element) at wrap_methodvals.mgo:38:13
wrap_methodvals.mgo:38:14:   flow: {heap} = {storage for ... argument}:
wrap_methodvals.mgo:38:14:     from ... argument (spill) at wrap_methodvals.mgo:38:13
wrap_methodvals.mgo:38:14:     from fmt.Println(... argument...) (call parameter) at wrap_methodvals.mgo:38:13
wrap_methodvals.mgo:33:25: w.extra escapes to heap:
wrap_methodvals.mgo:33:25:   flow: {storage for ... argument} = &{storage for w.extra}:
wrap_methodvals.mgo:33:25:     from w.extra (spill) at wrap_methodvals.mgo:33:25
wrap_methodvals.mgo:33:25:     from ... argument (slice-literal-element) at wrap_methodvals.mgo:33:13
wrap_methodvals.mgo:33:25:   flow: {heap} = {storage for ... argument}:
wrap_methodvals.mgo:33:25:     from ... argument (spill) at wrap_methodvals.mgo:33:13
wrap_methodvals.mgo:33:25:     from fmt.Println(... argument...) (call parameter) at wrap_methodvals.mgo:33:13
wrap_methodvals.mgo:33:14: *w.Getter.Get() escapes to heap:
wrap_methodvals.mgo:33:14:   flow: {storage for ... argument} = &{storage for *w.Getter.Get()}:
wrap_methodvals.mgo:33:14:     from *w.Getter.Get() (spill) at wrap_methodvals.mgo:33:14
wrap_methodvals.mgo:33:14:     from ... argument (slice-literal-element) at wrap_methodvals.mgo:33:13
wrap_methodvals.mgo:33:14:   flow: {heap} = {storage for ... argument}:
wrap_methodvals.mgo:33:14:     from ... argument (spill) at wrap_methodvals.mgo:33:13
wrap_methodvals.mgo:33:14:     from fmt.Println(... argument...) (call parameter) at wrap_methodvals.mgo:33:13
wrap_methodvals.mgo:24:2: moved to heap: x
wrap_methodvals.mgo:25:2: moved to heap: b
wrap_methodvals.mgo:29:2: moved to heap: y
wrap_methodvals.mgo:36:2: moved to heap: z
wrap_methodvals.mgo:32:5: w escapes to heap
wrap_methodvals.mgo:33:13: ... argument does not escape
wrap_methodvals.mgo:33:14: *w.Getter.Get() escapes to heap
wrap_methodvals.mgo:33:25: w.extra escapes to heap
wrap_methodvals.mgo:34:10: b.Get does not escape
wrap_methodvals.mgo:35:13: (&b).Set does not escape
wrap_methodvals.mgo:38:13: ... argument does not escape
wrap_methodvals.mgo:38:14: *get() escapes to heap
wrap_methodvals.mgo:40:13: ... argument does not escape
wrap_methodvals.mgo:40:14: *f(b) escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Get() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from box.Get(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return box.Get(.this) (return) at <autogenerated>:1
wrap_methodvals.mgo:7:28: parameter p leaks to {heap} with derefs=0:
wrap_methodvals.mgo:7:28:   flow: {heap} = p:
wrap_methodvals.mgo:7:28:     from .this.Set(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Set(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.Getter (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.Getter.Get() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Getter (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.Getter.Get() (call parameter) at <autogenerated>:1
