variadic_pack.mgo:9:13: parameter s leaks to ~r0 with derefs=0:
variadic_pack.mgo:9:13:   flow: ~r0 = s:
variadic_pack.mgo:9:13:     from return (*[4]int)(s) (return) at variadic_pack.mgo:10:2
variadic_pack.mgo:9:13: leaking param: s to result ~r0 level=0
variadic_pack.mgo:13:12: parameter s leaks to ~r0 with derefs=0:
variadic_pack.mgo:13:12:   flow: p = s:
variadic_pack.mgo:13:12:     from p := (*A4)(s) (assign) at variadic_pack.mgo:14:4
variadic_pack.mgo:13:12:   flow: ~r0 = p:
variadic_pack.mgo:13:12:     from return p (return) at variadic_pack.mgo:15:2
variadic_pack.mgo:13:12: leaking param: s to result ~r0 level=0
variadic_pack.mgo:19:11: make([]int, 6) does not escape
variadic_pack.mgo:25:11: parameter s leaks to {heap} with derefs=0:
variadic_pack.mgo:25:11:   flow: {heap} = s:
variadic_pack.mgo:25:11:     from sink = (*[4]int)(s) (assign) at variadic_pack.mgo:26:7
variadic_pack.mgo:25:11: leaking param: s
variadic_pack.mgo:36:14: n escapes to heap:
variadic_pack.mgo:36:14:   flow: {storage for ... argument} = &{storage for n}:
variadic_pack.mgo:36:14:     from n (spill) at variadic_pack.mgo:36:14
variadic_pack.mgo:36:14:     from ... argument (slice-literal-element) at variadic_pack.mgo:36:13
variadic_pack.mgo:36:14:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:36:14:     from ... argument (spill) at variadic_pack.mgo:36:13
variadic_pack.mgo:36:14:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:36:13
variadic_pack.mgo:36:14: "ok" escapes to heap:
variadic_pack.mgo:36:14:   flow: {storage for ... argument} = &{storage for "ok"}:
variadic_pack.mgo:36:14:     from "ok" (spill) at variadic_pack.mgo:36:14
variadic_pack.mgo:36:14:     from ... argument (slice-literal-element) at variadic_pack.mgo:36:13
variadic_pack.mgo:36:14:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:36:14:     from ... argument (spill) at variadic_pack.mgo:36:13
variadic_pack.mgo:36:14:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:36:13
variadic_pack.mgo:32:16: "recovered:" escapes to heap:
variadic_pack.mgo:32:16:   flow: {storage for ... argument} = &{storage for "recovered:"}:
variadic_pack.mgo:32:16:     from "recovered:" (spill) at variadic_pack.mgo:32:16
variadic_pack.mgo:32:16:     from ... argument (slice-literal-element) at variadic_pack.mgo:32:15
variadic_pack.mgo:32:16:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:32:16:     from ... argument (spill) at variadic_pack.mgo:32:15
variadic_pack.mgo:32:16:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:32:15
variadic_pack.mgo:29:11: s does not escape
variadic_pack.mgo:30:8: func literal does not escape
variadic_pack.mgo:32:15: ... argument does not escape
variadic_pack.mgo:32:16: "recovered:" escapes to heap
variadic_pack.mgo:36:13: ... argument does not escape
variadic_pack.mgo:36:14: "ok" escapes to heap
variadic_pack.mgo:36:14: n escapes to heap
variadic_pack.mgo:60:15: t[4] escapes to heap:
variadic_pack.mgo:60:15:   flow: {storage for ... argument} = &{storage for t[4]}:
variadic_pack.mgo:60:15:     from t[4] (spill) at variadic_pack.mgo:60:15
variadic_pack.mgo:60:15:     from ... argument (slice-literal-element) at variadic_pack.mgo:60:13
variadic_pack.mgo:60:15:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:60:15:     from ... argument (spill) at variadic_pack.mgo:60:13
variadic_pack.mgo:60:15:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:60:13
variadic_pack.mgo:54:18: sink[2] escapes to heap:
variadic_pack.mgo:54:18:   flow: {storage for ... argument} = &{storage for sink[2]}:
variadic_pack.mgo:54:18:     from sink[2] (spill) at variadic_pack.mgo:54:18
variadic_pack.mgo:54:18:     from ... argument (slice-literal-element) at variadic_pack.mgo:54:13
variadic_pack.mgo:54:18:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:54:18:     from ... argument (spill) at variadic_pack.mgo:54:13
variadic_pack.mgo:54:18:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:54:13
variadic_pack.mgo:40:12: []int{...} escapes to heap:
variadic_pack.mgo:40:12:   flow: s = &{storage for []int{...}}:
variadic_pack.mgo:40:12:     from []int{...} (spill) at variadic_pack.mgo:40:12
variadic_pack.mgo:40:12:     from s := []int{...} (assign) at variadic_pack.mgo:40:4
variadic_pack.mgo:40:12:   flow: {heap} = s:
variadic_pack.mgo:40:12:     from leak(s) (call parameter) at variadic_pack.mgo:53:6
variadic_pack.mgo:52:17: z2 == nil escapes to heap:
variadic_pack.mgo:52:17:   flow: {storage for ... argument} = &{storage for z2 == nil}:
variadic_pack.mgo:52:17:     from z2 == nil (spill) at variadic_pack.mgo:52:17
variadic_pack.mgo:52:17:     from ... argument (slice-literal-element) at variadic_pack.mgo:52:13
variadic_pack.mgo:52:17:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:52:17:     from ... argument (spill) at variadic_pack.mgo:52:13
variadic_pack.mgo:52:17:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:52:13
variadic_pack.mgo:50:16: z == nil escapes to heap:
variadic_pack.mgo:50:16:   flow: {storage for ... argument} = &{storage for z == nil}:
variadic_pack.mgo:50:16:     from z == nil (spill) at variadic_pack.mgo:50:16
variadic_pack.mgo:50:16:     from ... argument (slice-literal-element) at variadic_pack.mgo:50:13
variadic_pack.mgo:50:16:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:50:16:     from ... argument (spill) at variadic_pack.mgo:50:13
variadic_pack.mgo:50:16:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:50:13
variadic_pack.mgo:47:19: local() escapes to heap:
variadic_pack.mgo:47:19:   flow: {storage for ... argument} = &{storage for local()}:
variadic_pack.mgo:47:19:     from local() (spill) at variadic_pack.mgo:47:19
variadic_pack.mgo:47:19:     from ... argument (slice-literal-element) at variadic_pack.mgo:47:13
variadic_pack.mgo:47:19:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:47:19:     from ... argument (spill) at variadic_pack.mgo:47:13
variadic_pack.mgo:47:19:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:47:13
variadic_pack.mgo:46:17: *q escapes to heap:
variadic_pack.mgo:46:17:   flow: {storage for ... argument} = &{storage for *q}:
variadic_pack.mgo:46:17:     from *q (spill) at variadic_pack.mgo:46:17
variadic_pack.mgo:46:17:     from ... argument (slice-literal-element) at variadic_pack.mgo:46:13
variadic_pack.mgo:46:17:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:46:17:     from ... argument (spill) at variadic_pack.mgo:46:13
variadic_pack.mgo:46:17:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:46:13
variadic_pack.mgo:46:13: s escapes to heap:
variadic_pack.mgo:46:13:   flow: {storage for ... argument} = &{storage for s}:
variadic_pack.mgo:46:13:     from s (spill) at variadic_pack.mgo:46:13
variadic_pack.mgo:46:13:     from ... argument (slice-literal-element) at variadic_pack.mgo:46:13
variadic_pack.mgo:46:13:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:46:13:     from ... argument (spill) at variadic_pack.mgo:46:13
variadic_pack.mgo:46:13:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:46:13
variadic_pack.mgo:43:24: len(p) escapes to heap:
variadic_pack.mgo:43:24:   flow: {storage for ... argument} = &{storage for len(p)}:
variadic_pack.mgo:43:24:     from len(p) (spill) at variadic_pack.mgo:43:24
variadic_pack.mgo:43:24:     from ... argument (slice-literal-element) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:24:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:43:24:     from ... argument (spill) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:24:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:17: *p escapes to heap:
variadic_pack.mgo:43:17:   flow: {storage for ... argument} = &{storage for *p}:
variadic_pack.mgo:43:17:     from *p (spill) at variadic_pack.mgo:43:17
variadic_pack.mgo:43:17:     from ... argument (slice-literal-element) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:17:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:43:17:     from ... argument (spill) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:17:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:13: s escapes to heap:
variadic_pack.mgo:43:13:   flow: {storage for ... argument} = &{storage for s}:
variadic_pack.mgo:43:13:     from s (spill) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:13:     from ... argument (slice-literal-element) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:13:   flow: {heap} = {storage for ... argument}:
variadic_pack.mgo:43:13:     from ... argument (spill) at variadic_pack.mgo:43:13
variadic_pack.mgo:43:13:     from fmt.Println(... argument...) (call parameter) at variadic_pack.mgo:43:13
variadic_pack.mgo:40:12: []int{...} escapes to heap
variadic_pack.mgo:43:13: ... argument does not escape
variadic_pack.mgo:43:13: s escapes to heap
variadic_pack.mgo:43:17: *p escapes to heap
variadic_pack.mgo:43:24: len(p) escapes to heap
variadic_pack.mgo:46:13: ... argument does not escape
variadic_pack.mgo:46:13: s escapes to heap
variadic_pack.mgo:46:17: *q escapes to heap
variadic_pack.mgo:47:13: ... argument does not escape
variadic_pack.mgo:47:19: local() escapes to heap
variadic_pack.mgo:50:13: ... argument does not escape
variadic_pack.mgo:50:16: z == nil escapes to heap
variadic_pack.mgo:52:13: ... argument does not escape
variadic_pack.mgo:52:17: z2 == nil escapes to heap
variadic_pack.mgo:54:13: ... argument does not escape
variadic_pack.mgo:54:18: sink[2] escapes to heap
variadic_pack.mgo:55:13: make([]int, 10) does not escape
variadic_pack.mgo:60:13: ... argument does not escape
variadic_pack.mgo:60:15: t[4] escapes to heap
