flow_escape_twice.mgo:10:7: t does not escape
flow_escape_twice.mgo:12:15: parameter x leaks to {heap} with derefs=0:
flow_escape_twice.mgo:12:15:   flow: {temp} = x:
flow_escape_twice.mgo:12:15:   flow: v = {temp}:
flow_escape_twice.mgo:12:15:     from default: return fmt.Sprintf("%v", ... argument...) (switch case) at flow_escape_twice.mgo:24:2
flow_escape_twice.mgo:12:15:   flow: {storage for ... argument} = v:
flow_escape_twice.mgo:12:15:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:25:21
flow_escape_twice.mgo:12:15:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:12:15:     from ... argument (spill) at flow_escape_twice.mgo:25:21
flow_escape_twice.mgo:12:15:     from fmt.Sprintf("%v", ... argument...) (call parameter) at flow_escape_twice.mgo:25:21
flow_escape_twice.mgo:19:21: "T" escapes to heap:
flow_escape_twice.mgo:19:21:   flow: {storage for ... argument} = &{storage for "T"}:
flow_escape_twice.mgo:19:21:     from "T" (spill) at flow_escape_twice.mgo:19:21
flow_escape_twice.mgo:19:21:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:19:20
flow_escape_twice.mgo:19:21:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:19:21:     from ... argument (spill) at flow_escape_twice.mgo:19:20
flow_escape_twice.mgo:19:21:     from fmt.Sprint(... argument...) (call parameter) at flow_escape_twice.mgo:19:20
flow_escape_twice.mgo:17:28: *v escapes to heap:
flow_escape_twice.mgo:17:28:   flow: {storage for ... argument} = &{storage for *v}:
flow_escape_twice.mgo:17:28:     from *v (spill) at flow_escape_twice.mgo:17:28
flow_escape_twice.mgo:17:28:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:17:20
flow_escape_twice.mgo:17:28:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:17:28:     from ... argument (spill) at flow_escape_twice.mgo:17:20
flow_escape_twice.mgo:17:28:     from fmt.Sprint(... argument...) (call parameter) at flow_escape_twice.mgo:17:20
flow_escape_twice.mgo:17:21: "ptr" escapes to heap:
flow_escape_twice.mgo:17:21:   flow: {storage for ... argument} = &{storage for "ptr"}:
flow_escape_twice.mgo:17:21:     from "ptr" (spill) at flow_escape_twice.mgo:17:21
flow_escape_twice.mgo:17:21:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:17:20
flow_escape_twice.mgo:17:21:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:17:21:     from ... argument (spill) at flow_escape_twice.mgo:17:20
flow_escape_twice.mgo:17:21:     from fmt.Sprint(... argument...) (call parameter) at flow_escape_twice.mgo:17:20
flow_escape_twice.mgo:15:21: v escapes to heap:
flow_escape_twice.mgo:15:21:   flow: {storage for ... argument} = &{storage for v}:
flow_escape_twice.mgo:15:21:     from v (spill) at flow_escape_twice.mgo:15:21
flow_escape_twice.mgo:15:21:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:15:20
flow_escape_twice.mgo:15:21:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:15:21:     from ... argument (spill) at flow_escape_twice.mgo:15:20
flow_escape_twice.mgo:15:21:     from fmt.Sprint(... argument...) (call parameter) at flow_escape_twice.mgo:15:20
flow_escape_twice.mgo:15:21: "int" escapes to heap:
flow_escape_twice.mgo:15:21:   flow: {storage for ... argument} = &{storage for "int"}:
flow_escape_twice.mgo:15:21:     from "int" (spill) at flow_escape_twice.mgo:15:21
flow_escape_twice.mgo:15:21:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:15:20
flow_escape_twice.mgo:15:21:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:15:21:     from ... argument (spill) at flow_escape_twice.mgo:15:20
flow_escape_twice.mgo:15:21:     from fmt.Sprint(... argument...) (call parameter) at flow_escape_twice.mgo:15:20
flow_escape_twice.mgo:12:15: leaking param: x
flow_escape_twice.mgo:15:20: ... argument does not escape
flow_escape_twice.mgo:15:21: "int" escapes to heap
flow_escape_twice.mgo:15:21: v escapes to heap
flow_escape_twice.mgo:17:20: ... argument does not escape
flow_escape_twice.mgo:17:21: "ptr" escapes to heap
flow_escape_twice.mgo:17:28: *v escapes to heap
flow_escape_twice.mgo:19:20: ... argument does not escape
flow_escape_twice.mgo:19:21: "T" escapes to heap
flow_escape_twice.mgo:25:21: ... argument does not escape
flow_escape_twice.mgo:36:3: y[0] escapes to heap:
flow_escape_twice.mgo:36:3:   flow: {heap} = &{storage for y[0]}:
flow_escape_twice.mgo:36:3:     from y[0] (spill) at flow_escape_twice.mgo:36:3
flow_escape_twice.mgo:36:3:     from keep = y[0] (assign) at flow_escape_twice.mgo:36:8
flow_escape_twice.mgo:31:12: parameter x leaks to {heap} with derefs=0:
flow_escape_twice.mgo:31:12:   flow: {temp} = x:
flow_escape_twice.mgo:31:12:   flow: y = {temp}:
flow_escape_twice.mgo:31:12:     from case *int: keep = y (switch case) at flow_escape_twice.mgo:33:2
flow_escape_twice.mgo:31:12:   flow: {heap} = y:
flow_escape_twice.mgo:31:12:     from y (interface-converted) at flow_escape_twice.mgo:34:3
flow_escape_twice.mgo:31:12:     from keep = y (assign) at flow_escape_twice.mgo:34:8
flow_escape_twice.mgo:31:12: leaking param: x
flow_escape_twice.mgo:36:3: y[0] escapes to heap
flow_escape_twice.mgo:42:23: 1 escapes to heap:
flow_escape_twice.mgo:42:23:   flow: {heap} = &{storage for 1}:
flow_escape_twice.mgo:42:23:     from 1 (spill) at flow_escape_twice.mgo:42:23
flow_escape_twice.mgo:42:23:     from classify(1) (call parameter) at flow_escape_twice.mgo:42:22
flow_escape_twice.mgo:41:2: n escapes to heap:
flow_escape_twice.mgo:41:2:   flow: {heap} = &n:
flow_escape_twice.mgo:41:2:     from &n (address-of) at flow_escape_twice.mgo:42:36
flow_escape_twice.mgo:41:2:     from &n (interface-converted) at flow_escape_twice.mgo:42:36
flow_escape_twice.mgo:41:2:     from classify(&n) (call parameter) at flow_escape_twice.mgo:42:35
flow_escape_twice.mgo:41:2: n escapes to heap:
flow_escape_twice.mgo:41:2:   flow: {heap} = &n:
flow_escape_twice.mgo:41:2:     from &n (address-of) at flow_escape_twice.mgo:42:52
flow_escape_twice.mgo:41:2:     from T{...} (struct literal element) at flow_escape_twice.mgo:42:51
flow_escape_twice.mgo:41:2:     from T{...} (interface-converted) at flow_escape_twice.mgo:42:51
flow_escape_twice.mgo:41:2:     from classify(T{...}) (call parameter) at flow_escape_twice.mgo:42:49
flow_escape_twice.mgo:42:82: "s" escapes to heap:
flow_escape_twice.mgo:42:82:   flow: {heap} = &{storage for "s"}:
flow_escape_twice.mgo:42:82:     from "s" (spill) at flow_escape_twice.mgo:42:82
flow_escape_twice.mgo:42:82:     from classify("s") (call parameter) at flow_escape_twice.mgo:42:81
flow_escape_twice.mgo:43:2: m escapes to heap:
flow_escape_twice.mgo:43:2:   flow: {heap} = &m:
flow_escape_twice.mgo:43:2:     from &m (address-of) at flow_escape_twice.mgo:44:8
flow_escape_twice.mgo:43:2:     from &m (interface-converted) at flow_escape_twice.mgo:44:8
flow_escape_twice.mgo:43:2:     from store(&m) (call parameter) at flow_escape_twice.mgo:44:7
flow_escape_twice.mgo:45:13: []int{...} escapes to heap:
flow_escape_twice.mgo:45:13:   flow: {heap} = &{storage for []int{...}}:
flow_escape_twice.mgo:45:13:     from []int{...} (spill) at flow_escape_twice.mgo:45:13
flow_escape_twice.mgo:45:13:     from store([]int{...}) (call parameter) at flow_escape_twice.mgo:45:7
flow_escape_twice.mgo:45:13: []int{...} escapes to heap:
flow_escape_twice.mgo:45:13:   flow: {storage for []int{...}} = &{storage for []int{...}}:
flow_escape_twice.mgo:45:13:     from []int{...} (spill) at flow_escape_twice.mgo:45:13
flow_escape_twice.mgo:45:13:     from []int{...} (interface-converted) at flow_escape_twice.mgo:45:13
flow_escape_twice.mgo:48:14: f escapes to heap:
flow_escape_twice.mgo:48:14:   flow: {storage for ... argument} = &{storage for f}:
flow_escape_twice.mgo:48:14:     from f (spill) at flow_escape_twice.mgo:48:14
flow_escape_twice.mgo:48:14:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:48:14
flow_escape_twice.mgo:48:14:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:48:14:     from ... argument (spill) at flow_escape_twice.mgo:48:14
flow_escape_twice.mgo:48:14:     from fmt.Println(... argument...) (call parameter) at flow_escape_twice.mgo:48:14
flow_escape_twice.mgo:42:81: classify("s") escapes to heap:
flow_escape_twice.mgo:42:81:   flow: {storage for ... argument} = &{storage for classify("s")}:
flow_escape_twice.mgo:42:81:     from classify("s") (spill) at flow_escape_twice.mgo:42:81
flow_escape_twice.mgo:42:81:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:81:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:42:81:     from ... argument (spill) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:81:     from fmt.Println(... argument...) (call parameter) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:66: classify(nil) escapes to heap:
flow_escape_twice.mgo:42:66:   flow: {storage for ... argument} = &{storage for classify(nil)}:
flow_escape_twice.mgo:42:66:     from classify(nil) (spill) at flow_escape_twice.mgo:42:66
flow_escape_twice.mgo:42:66:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:66:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:42:66:     from ... argument (spill) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:66:     from fmt.Println(... argument...) (call parameter) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:49: classify(T{...}) escapes to heap:
flow_escape_twice.mgo:42:49:   flow: {storage for ... argument} = &{storage for classify(T{...})}:
flow_escape_twice.mgo:42:49:     from classify(T{...}) (spill) at flow_escape_twice.mgo:42:49
flow_escape_twice.mgo:42:49:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:49:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:42:49:     from ... argument (spill) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:49:     from fmt.Println(... argument...) (call parameter) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:35: classify(&n) escapes to heap:
flow_escape_twice.mgo:42:35:   flow: {storage for ... argument} = &{storage for classify(&n)}:
flow_escape_twice.mgo:42:35:     from classify(&n) (spill) at flow_escape_twice.mgo:42:35
flow_escape_twice.mgo:42:35:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:35:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:42:35:     from ... argument (spill) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:35:     from fmt.Println(... argument...) (call parameter) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:22: classify(1) escapes to heap:
flow_escape_twice.mgo:42:22:   flow: {storage for ... argument} = &{storage for classify(1)}:
flow_escape_twice.mgo:42:22:     from classify(1) (spill) at flow_escape_twice.mgo:42:22
flow_escape_twice.mgo:42:22:     from ... argument (slice-literal-element) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:22:   flow: {heap} = {storage for ... argument}:
flow_escape_twice.mgo:42:22:     from ... argument (spill) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:42:22:     from fmt.Println(... argument...) (call parameter) at flow_escape_twice.mgo:42:13
flow_escape_twice.mgo:41:2: moved to heap: n
flow_escape_twice.mgo:43:2: moved to heap: m
flow_escape_twice.mgo:42:13: ... argument does not escape
flow_escape_twice.mgo:42:22: classify(1) escapes to heap
flow_escape_twice.mgo:42:23: 1 escapes to heap
flow_escape_twice.mgo:42:35: classify(&n) escapes to heap
flow_escape_twice.mgo:42:49: classify(T{...}) escapes to heap
flow_escape_twice.mgo:42:66: classify(nil) escapes to heap
flow_escape_twice.mgo:42:81: classify("s") escapes to heap
flow_escape_twice.mgo:42:82: "s" escapes to heap
flow_escape_twice.mgo:45:13: []int{...} escapes to heap
flow_escape_twice.mgo:45:13: []int{...} escapes to heap
flow_escape_twice.mgo:46:6: 3.5 does not escape
flow_escape_twice.mgo:48:14: ... argument does not escape
flow_escape_twice.mgo:48:14: f escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.String() (call parameter) at <autogenerated>:1
