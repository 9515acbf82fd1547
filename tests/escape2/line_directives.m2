line_directives.mgo:9:7: t does not escape
other.go:100: parameter p leaks to ~r0 with derefs=0:
other.go:100:   flow: ~r0 = p:
other.go:100:     from return p (return) at other.go:101
other.go:100: leaking param: p to result ~r0 level=0
other.go:201:9: &T{...} escapes to heap:
other.go:201:9:   flow: ~r0 = &{storage for &T{...}}:
other.go:201:9:     from &T{...} (spill) at other.go:201:9
other.go:201:9:     from return &T{...} (return) at other.go:201:2
other.go:201:9: &T{...} escapes to heap
third.go:50:60: len(s) escapes to heap:
third.go:50:60:   flow: {storage for ... argument} = &{storage for len(s)}:
third.go:50:60:     from len(s) (spill) at third.go:50:60
third.go:50:60:     from ... argument (slice-literal-element) at third.go:50:56
third.go:50:60:   flow: {heap} = {storage for ... argument}:
third.go:50:60:     from ... argument (spill) at third.go:50:56
third.go:50:60:     from fmt.Println(... argument...) (call parameter) at third.go:50:56
third.go:50:32: make([]int, 10) does not escape
third.go:50:56: ... argument does not escape
third.go:50:60: len(s) escapes to heap
:301: new(int) escapes to heap:
:301:   flow: x = &{storage for new(int)}:
:301:     from new(int) (spill) at :301
:301:     from x := new(int) (assign) at :301
:301:   flow: {storage for ... argument} = x:
:301:     from leak(x) (call parameter) at :303
:301:     from leak(x) (interface-converted) at :303
:301:     from ... argument (slice-literal-element) at :303
:301:   flow: {heap} = {storage for ... argument}:
:301:     from ... argument (spill) at :303
:301:     from fmt.Println(... argument...) (call parameter) at :303
:303: *x escapes to heap:
:303:   flow: {storage for ... argument} = &{storage for *x}:
:303:     from *x (spill) at :303
:303:     from ... argument (slice-literal-element) at :303
:303:   flow: {heap} = {storage for ... argument}:
:303:     from ... argument (spill) at :303
:303:     from fmt.Println(... argument...) (call parameter) at :303
:301: new(int) escapes to heap
:303: ... argument does not escape
:303: *x escapes to heap
:309: (*T).Get(t) escapes to heap:
:309:   flow: {storage for ... argument} = &{storage for (*T).Get(t)}:
:309:     from (*T).Get(t) (spill) at :309
:309:     from ... argument (slice-literal-element) at :309
:309:   flow: {heap} = {storage for ... argument}:
:309:     from ... argument (spill) at :309
:309:     from fmt.Println(... argument...) (call parameter) at :309
:309: ... argument does not escape
:309: (*T).Get(t) escapes to heap
