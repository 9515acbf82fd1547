wrap_tags.mgo:9:7: parameter v leaks to ~r0 with derefs=0:
wrap_tags.mgo:9:7:   flow: ~r0 = v:
wrap_tags.mgo:9:7:     from v.p (dot) at wrap_tags.mgo:9:46
wrap_tags.mgo:9:7:     from return v.p (return) at wrap_tags.mgo:9:38
wrap_tags.mgo:9:7: leaking param: v to result ~r0 level=0
wrap_tags.mgo:10:7: parameter v leaks to {heap} with derefs=0:
wrap_tags.mgo:10:7:   flow: {heap} = v:
wrap_tags.mgo:10:7:     from v.p (dot) at wrap_tags.mgo:10:46
wrap_tags.mgo:10:7:     from sink = v.p (assign) at wrap_tags.mgo:10:43
wrap_tags.mgo:10:7: leaking param: v
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from sink = q (assign) at wrap_tags.mgo:11:45
wrap_tags.mgo:11:17: parameter q leaks to ~r1 with derefs=0:
wrap_tags.mgo:11:17:   flow: ~r1 = q:
wrap_tags.mgo:11:17:     from return v.p, q (return) at wrap_tags.mgo:11:50
wrap_tags.mgo:11:7: parameter v leaks to ~r0 with derefs=0:
wrap_tags.mgo:11:7:   flow: ~r0 = v:
wrap_tags.mgo:11:7:     from v.p (dot) at wrap_tags.mgo:11:58
wrap_tags.mgo:11:7:     from return v.p, q (return) at wrap_tags.mgo:11:50
wrap_tags.mgo:11:7: leaking param: v to result ~r0 level=0
wrap_tags.mgo:11:17: leaking param: q
wrap_tags.mgo:12:7: parameter v leaks to {heap} with derefs=0:
wrap_tags.mgo:12:7:   flow: {heap} = v:
wrap_tags.mgo:12:7:     from v.p (dot) at wrap_tags.mgo:12:46
wrap_tags.mgo:12:7:     from sink = v.p (assign) at wrap_tags.mgo:12:43
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from return q (return) at wrap_tags.mgo:12:50
wrap_tags.mgo:12:7: leaking param: v
wrap_tags.mgo:12:17: leaking param: q to result ~r0 level=0
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from append(sinks, a) (call parameter) at wrap_tags.mgo:13:52
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from return b (return) at wrap_tags.mgo:13:64
wrap_tags.mgo:13:7: v does not escape
wrap_tags.mgo:13:16: leaking param: a
wrap_tags.mgo:13:19: leaking param: b to result ~r0 level=0
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from xs[0] (dot of pointer) at wrap_tags.mgo:14:47
wrap_tags.mgo:14:16:     from return xs[0] (return) at wrap_tags.mgo:14:38
wrap_tags.mgo:14:7: v does not escape
wrap_tags.mgo:14:16: leaking param: xs to result ~r0 level=1
wrap_tags.mgo:15:7: v does not escape
wrap_tags.mgo:16:7: parameter v leaks to ~r0 with derefs=0:
wrap_tags.mgo:16:7:   flow: ~r0 = v:
wrap_tags.mgo:16:7:     from v.p (dot) at wrap_tags.mgo:16:47
wrap_tags.mgo:16:7:     from return v.p (return) at wrap_tags.mgo:16:39
wrap_tags.mgo:16:7: leaking param: v to result ~r0 level=0
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from r = q (assign) at wrap_tags.mgo:17:40
wrap_tags.mgo:17:7: v does not escape
wrap_tags.mgo:17:18: leaking param: q to result r level=0
wrap_tags.mgo:35:15: parameter j leaks to {heap} with derefs=0:
wrap_tags.mgo:35:15:   flow: {heap} = j:
wrap_tags.mgo:35:15:     from j.Both(nil) (call parameter) at wrap_tags.mgo:37:18
wrap_tags.mgo:35:10: parameter i leaks to {heap} with derefs=0:
wrap_tags.mgo:35:10:   flow: {heap} = i:
wrap_tags.mgo:35:10:     from i.Get() (call parameter) at wrap_tags.mgo:36:14
wrap_tags.mgo:35:10: leaking param: i
wrap_tags.mgo:35:15: leaking param: j
wrap_tags.mgo:41:2: x escapes to heap:
wrap_tags.mgo:41:2:   flow: {heap} = &x:
wrap_tags.mgo:41:2:     from &x (address-of) at wrap_tags.mgo:42:8
wrap_tags.mgo:41:2:     from V{...} (struct literal element) at wrap_tags.mgo:42:7
wrap_tags.mgo:41:2:     from V{...} (interface-converted) at wrap_tags.mgo:42:7
wrap_tags.mgo:41:2:     from use(V{...}, V{...}) (call parameter) at wrap_tags.mgo:42:5
wrap_tags.mgo:41:2: x escapes to heap:
wrap_tags.mgo:41:2:   flow: {heap} = &x:
wrap_tags.mgo:41:2:     from &x (address-of) at wrap_tags.mgo:42:15
wrap_tags.mgo:41:2:     from V{...} (struct literal element) at wrap_tags.mgo:42:14
wrap_tags.mgo:41:2:     from V{...} (interface-converted) at wrap_tags.mgo:42:14
wrap_tags.mgo:41:2:     from use(V{...}, V{...}) (call parameter) at wrap_tags.mgo:42:5
wrap_tags.mgo:43:6: &P{} escapes to heap:
wrap_tags.mgo:43:6:   flow: {heap} = &{storage for &P{}}:
wrap_tags.mgo:43:6:     from &P{} (spill) at wrap_tags.mgo:43:6
wrap_tags.mgo:43:6:     from &P{} (interface-converted) at wrap_tags.mgo:43:6
wrap_tags.mgo:43:6:     from use(&P{}, Q{}) (call parameter) at wrap_tags.mgo:43:5
wrap_tags.mgo:44:11: &R{} escapes to heap:
wrap_tags.mgo:44:11:   flow: {heap} = &{storage for &R{}}:
wrap_tags.mgo:44:11:     from &R{} (spill) at wrap_tags.mgo:44:11
wrap_tags.mgo:44:11:     from &R{} (interface-converted) at wrap_tags.mgo:44:11
wrap_tags.mgo:44:11:     from use(R{}, &R{}) (call parameter) at wrap_tags.mgo:44:5
wrap_tags.mgo:45:7: E{} escapes to heap:
wrap_tags.mgo:45:7:   flow: {heap} = &{storage for E{}}:
wrap_tags.mgo:45:7:     from E{} (spill) at wrap_tags.mgo:45:7
wrap_tags.mgo:45:7:     from use(E{}, &P{}) (call parameter) at wrap_tags.mgo:45:5
wrap_tags.mgo:45:11: &P{} escapes to heap:
wrap_tags.mgo:45:11:   flow: {heap} = &{storage for &P{}}:
wrap_tags.mgo:45:11:     from &P{} (spill) at wrap_tags.mgo:45:11
wrap_tags.mgo:45:11:     from &P{} (interface-converted) at wrap_tags.mgo:45:11
wrap_tags.mgo:45:11:     from use(E{}, &P{}) (call parameter) at wrap_tags.mgo:45:5
wrap_tags.mgo:41:2: moved to heap: x
wrap_tags.mgo:43:6: &P{} escapes to heap
wrap_tags.mgo:44:11: &R{} escapes to heap
wrap_tags.mgo:45:7: E{} escapes to heap
wrap_tags.mgo:45:11: &P{} escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Get() (call parameter) at <autogenerated>:1
wrap_tags.mgo:25:7: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:25:7:   flow: {heap} = q:
wrap_tags.mgo:25:7:     from .this.Keep(q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Keep(q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: .autotmp_4 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this, xs...) (return) at <autogenerated>:1
wrap_tags.mgo:29:7: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:29:7:   flow: {heap} = q:
wrap_tags.mgo:29:7:     from .this.Both(q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Both(q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:30:9: parameter b leaks to {heap} with derefs=0:
wrap_tags.mgo:30:9:   flow: {heap} = b:
wrap_tags.mgo:30:9:     from .this.Two(a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:30:6: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:30:6:   flow: {heap} = a:
wrap_tags.mgo:30:6:     from .this.Two(a, b) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Two(a, b) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this.V, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this.V, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: .autotmp_4 = *.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this.V) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this.V) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this.V, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this.V) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this.V, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this.V, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this.V, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this.V, xs...) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: ~r0 = .this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this.V, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this.V, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: .autotmp_4 = .this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: ~r0 = .this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this.V) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this.V) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this.V, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this.V) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this.V, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this.V, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this.V, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this.V, xs...) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this.V, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this.V, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: .autotmp_4 = *.this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this.V) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this.V) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this.V, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.V (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this.V) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this.V, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this.V, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this.V, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this.V, xs...) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: ~r0 = **.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this.V, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this.V, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: .autotmp_4 = **.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=2:
<autogenerated>:1:   flow: ~r0 = **.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this.V) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this.V) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=2:
<autogenerated>:1:   flow: {heap} = **.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this.V, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=2:
<autogenerated>:1:   flow: {heap} = **.this:
<autogenerated>:1:     from .this.V (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.V (indirection) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this.V) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this.V, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this.V, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this.V, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this.V, xs...) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: ~r0 = .this:
<autogenerated>:1:     from .this.P (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this.P.V, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this.P.V, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this.P.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: .autotmp_4 = .this:
<autogenerated>:1:     from .this.P (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this.P.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=0:
<autogenerated>:1:   flow: ~r0 = .this:
<autogenerated>:1:     from .this.P (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this.P.V) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this.P.V) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.P (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this.P.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this.P.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this.P.V, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.P (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this.P.V) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this.P.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this.P.V, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this.P.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this.P.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this.P.V, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this.P.V, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this.P.V, xs...) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.P (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Blank(.this.P.V, .anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Blank(.this.P.V, .anon0) (return) at <autogenerated>:1
wrap_tags.mgo:11:17: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:11:17:   flow: {heap} = q:
wrap_tags.mgo:11:17:     from V.Both(.this.P.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: .autotmp_4 = *.this:
<autogenerated>:1:     from .this.P (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Both(.this.P.V, q) (call parameter) at <autogenerated>:1
<autogenerated>:1:   flow: ~r0 = .autotmp_4:
<autogenerated>:1:     from return .autotmp_4, .autotmp_5 (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to ~r0 with derefs=1:
<autogenerated>:1:   flow: ~r0 = *.this:
<autogenerated>:1:     from .this.P (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Get(.this.P.V) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from return V.Get(.this.P.V) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.P (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Keep(.this.P.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17: parameter q leaks to ~r0 with derefs=0:
wrap_tags.mgo:12:17:   flow: ~r0 = q:
wrap_tags.mgo:12:17:     from V.Keep(.this.P.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:12:17:     from return V.Keep(.this.P.V, q) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.P (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.P.V (dot) at <autogenerated>:1
<autogenerated>:1:     from V.Leak(.this.P.V) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18: parameter q leaks to r with derefs=0:
wrap_tags.mgo:17:18:   flow: r = q:
wrap_tags.mgo:17:18:     from V.Named(.this.P.V, q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:17:18:     from return V.Named(.this.P.V, q) (return) at <autogenerated>:1
wrap_tags.mgo:13:16: parameter a leaks to {heap} with derefs=0:
wrap_tags.mgo:13:16:   flow: {heap} = a:
wrap_tags.mgo:13:16:     from V.Two(.this.P.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19: parameter b leaks to ~r0 with derefs=0:
wrap_tags.mgo:13:19:   flow: ~r0 = b:
wrap_tags.mgo:13:19:     from V.Two(.this.P.V, a, b) (call parameter) at <autogenerated>:1
wrap_tags.mgo:13:19:     from return V.Two(.this.P.V, a, b) (return) at <autogenerated>:1
wrap_tags.mgo:14:16: parameter xs leaks to ~r0 with derefs=1:
wrap_tags.mgo:14:16:   flow: ~r0 = *xs:
wrap_tags.mgo:14:16:     from V.Var(.this.P.V, xs...) (call parameter) at <autogenerated>:1
wrap_tags.mgo:14:16:     from return V.Var(.this.P.V, xs...) (return) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.Get() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.Get() (call parameter) at <autogenerated>:1
wrap_tags.mgo:25:7: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:25:7:   flow: {heap} = q:
wrap_tags.mgo:25:7:     from .this.I.Keep(q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=1:
<autogenerated>:1:   flow: {heap} = *.this:
<autogenerated>:1:     from .this.I (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from .this.I.Keep(q) (call parameter) at <autogenerated>:1
wrap_tags.mgo:25:7: parameter q leaks to {heap} with derefs=0:
wrap_tags.mgo:25:7:   flow: {heap} = q:
wrap_tags.mgo:25:7:     from .this.I.Keep(q) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.I (dot) at <autogenerated>:1
<autogenerated>:1:     from .this.I.Keep(q) (call parameter) at <autogenerated>:1
