wrap_iface_embed.mgo:20:9: (*buf).Read ignoring self-assignment in b.data = b.data[1:]
wrap_iface_embed.mgo:15:7: b does not escape
wrap_iface_embed.mgo:23:7: parameter b leaks to {heap} with derefs=1:
wrap_iface_embed.mgo:23:7:   flow: {heap} = *b:
wrap_iface_embed.mgo:23:7:     from b.data (dot of pointer) at wrap_iface_embed.mgo:23:47
wrap_iface_embed.mgo:23:7:     from append(b.data, x) (call parameter) at wrap_iface_embed.mgo:23:45
wrap_iface_embed.mgo:23:7:     from b.data = append(b.data, x) (assign) at wrap_iface_embed.mgo:23:37
wrap_iface_embed.mgo:23:7: leaking param content: b
wrap_iface_embed.mgo:27:14: parameter dst leaks to {heap} with derefs=0:
wrap_iface_embed.mgo:27:14:   flow: {heap} = dst:
wrap_iface_embed.mgo:27:14:     from dst.Write(x) (call parameter) at wrap_iface_embed.mgo:34:12
wrap_iface_embed.mgo:27:26: parameter src leaks to {heap} with derefs=0:
wrap_iface_embed.mgo:27:26:   flow: {heap} = src:
wrap_iface_embed.mgo:27:26:     from src.Read() (call parameter) at wrap_iface_embed.mgo:30:16
wrap_iface_embed.mgo:27:14: leaking param: dst
wrap_iface_embed.mgo:27:26: leaking param: src
wrap_iface_embed.mgo:39:11: parameter r leaks to ~r0 with derefs=0:
wrap_iface_embed.mgo:39:11:   flow: rw = r:
wrap_iface_embed.mgo:39:11:     from r.(ReadWriter) (dot) at wrap_iface_embed.mgo:40:16
wrap_iface_embed.mgo:39:11:     from rw, ok := r.(ReadWriter) (assign-pair-dot-type) at wrap_iface_embed.mgo:40:12
wrap_iface_embed.mgo:39:11:   flow: ~r0 = rw:
wrap_iface_embed.mgo:39:11:     from return rw (return) at wrap_iface_embed.mgo:41:3
wrap_iface_embed.mgo:39:11: leaking param: r to result ~r0 level=0
wrap_iface_embed.mgo:53:27: len(a.data) escapes to heap:
wrap_iface_embed.mgo:53:27:   flow: {storage for ... argument} = &{storage for len(a.data)}:
wrap_iface_embed.mgo:53:27:     from len(a.data) (spill) at wrap_iface_embed.mgo:53:27
wrap_iface_embed.mgo:53:27:     from ... argument (slice-literal-element) at wrap_iface_embed.mgo:53:13
wrap_iface_embed.mgo:53:27:   flow: {heap} = {storage for ... argument}:
wrap_iface_embed.mgo:53:27:     from ... argument (spill) at wrap_iface_embed.mgo:53:13
wrap_iface_embed.mgo:53:27:     from fmt.Println(... argument...) (call parameter) at wrap_iface_embed.mgo:53:13
wrap_iface_embed.mgo:53:20: g.Read() escapes to heap:
wrap_iface_embed.mgo:53:20:   flow: {storage for ... argument} = &{storage for g.Read()}:
wrap_iface_embed.mgo:53:20:     from g.Read() (spill) at wrap_iface_embed.mgo:53:20
wrap_iface_embed.mgo:53:20:     from ... argument (slice-literal-element) at wrap_iface_embed.mgo:53:13
wrap_iface_embed.mgo:53:20:   flow: {heap} = {storage for ... argument}:
wrap_iface_embed.mgo:53:20:     from ... argument (spill) at wrap_iface_embed.mgo:53:13
wrap_iface_embed.mgo:53:20:     from fmt.Println(... argument...) (call parameter) at wrap_iface_embed.mgo:53:13
wrap_iface_embed.mgo:48:7: &buf{...} escapes to heap:
wrap_iface_embed.mgo:48:7:   flow: b = &{storage for &buf{...}}:
wrap_iface_embed.mgo:48:7:     from &buf{...} (spill) at wrap_iface_embed.mgo:48:7
wrap_iface_embed.mgo:48:7:     from b := &buf{...} (assign) at wrap_iface_embed.mgo:48:4
wrap_iface_embed.mgo:48:7:   flow: {heap} = b:
wrap_iface_embed.mgo:48:7:     from b (interface-converted) at wrap_iface_embed.mgo:49:21
wrap_iface_embed.mgo:48:7:     from copyAll(a, b) (call parameter) at wrap_iface_embed.mgo:49:21
wrap_iface_embed.mgo:47:7: &buf{} escapes to heap:
wrap_iface_embed.mgo:47:7:   flow: a = &{storage for &buf{}}:
wrap_iface_embed.mgo:47:7:     from &buf{} (spill) at wrap_iface_embed.mgo:47:7
wrap_iface_embed.mgo:47:7:     from a := &buf{} (assign) at wrap_iface_embed.mgo:47:4
wrap_iface_embed.mgo:47:7:   flow: {heap} = a:
wrap_iface_embed.mgo:47:7:     from a (interface-converted) at wrap_iface_embed.mgo:49:21
wrap_iface_embed.mgo:47:7:     from copyAll(a, b) (call parameter) at wrap_iface_embed.mgo:49:21
wrap_iface_embed.mgo:49:21: copyAll(a, b) escapes to heap:
wrap_iface_embed.mgo:49:21:   flow: {storage for ... argument} = &{storage for copyAll(a, b)}:
wrap_iface_embed.mgo:49:21:     from copyAll(a, b) (spill) at wrap_iface_embed.mgo:49:21
wrap_iface_embed.mgo:49:21:     from ... argument (slice-literal-element) at wrap_iface_embed.mgo:49:13
wrap_iface_embed.mgo:49:21:   flow: {heap} = {storage for ... argument}:
wrap_iface_embed.mgo:49:21:     from ... argument (spill) at wrap_iface_embed.mgo:49:13
wrap_iface_embed.mgo:49:21:     from fmt.Println(... argument...) (call parameter) at wrap_iface_embed.mgo:49:13
wrap_iface_embed.mgo:48:23: []int{...} escapes to heap:
wrap_iface_embed.mgo:48:23:   flow: {storage for &buf{...}} = &{storage for []int{...}}:
wrap_iface_embed.mgo:48:23:     from []int{...} (spill) at wrap_iface_embed.mgo:48:23
wrap_iface_embed.mgo:48:23:     from buf{...} (struct literal element) at wrap_iface_embed.mgo:48:11
wrap_iface_embed.mgo:47:7: &buf{} escapes to heap
wrap_iface_embed.mgo:48:7: &buf{...} escapes to heap
wrap_iface_embed.mgo:48:23: []int{...} escapes to heap
wrap_iface_embed.mgo:49:13: ... argument does not escape
wrap_iface_embed.mgo:49:21: copyAll(a, b) escapes to heap
wrap_iface_embed.mgo:53:13: ... argument does not escape
wrap_iface_embed.mgo:53:20: g.Read() escapes to heap
wrap_iface_embed.mgo:53:27: len(a.data) escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Write(x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Read() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Read() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Write(x) (call parameter) at <autogenerated>:1
