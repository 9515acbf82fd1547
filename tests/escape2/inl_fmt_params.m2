inl_fmt_params.mgo:7:33: &P{...} escapes to heap:
inl_fmt_params.mgo:7:33:   flow: ~r0 = &{storage for &P{...}}:
inl_fmt_params.mgo:7:33:     from &P{...} (spill) at inl_fmt_params.mgo:7:33
inl_fmt_params.mgo:7:33:     from return &P{...}, nil (return) at inl_fmt_params.mgo:7:26
inl_fmt_params.mgo:7:33: &P{...} escapes to heap
inl_fmt_params.mgo:9:11: parameter a leaks to {heap} with derefs=1:
inl_fmt_params.mgo:9:11:   flow: {heap} = *a:
inl_fmt_params.mgo:9:11:     from fmt.Println(a...) (call parameter) at inl_fmt_params.mgo:10:13
inl_fmt_params.mgo:9:11: leaking param content: a
inl_fmt_params.mgo:13:32: parameter w leaks to {heap} with derefs=0:
inl_fmt_params.mgo:13:32:   flow: {storage for ... argument} = w:
inl_fmt_params.mgo:13:32:     from w (interface-converted) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:32:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:32:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:13:32:     from ... argument (spill) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:32:     from fmt.Sscan(line, ... argument...) (call parameter) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:24: parameter n leaks to {heap} with derefs=0:
inl_fmt_params.mgo:13:24:   flow: {storage for ... argument} = n:
inl_fmt_params.mgo:13:24:     from n (interface-converted) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:24:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:24:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:13:24:     from ... argument (spill) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:24:     from fmt.Sscan(line, ... argument...) (call parameter) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:11: parameter line leaks to {heap} with derefs=0:
inl_fmt_params.mgo:13:11:   flow: {heap} = line:
inl_fmt_params.mgo:13:11:     from fmt.Sscan(line, ... argument...) (call parameter) at inl_fmt_params.mgo:14:11
inl_fmt_params.mgo:13:11: leaking param: line
inl_fmt_params.mgo:13:24: leaking param: n
inl_fmt_params.mgo:13:32: leaking param: w
inl_fmt_params.mgo:14:11: ... argument does not escape
inl_fmt_params.mgo:17:33: parameter args leaks to {heap} with derefs=1:
inl_fmt_params.mgo:17:33:   flow: {heap} = *args:
inl_fmt_params.mgo:17:33:     from fmt.Sscanf(line, format, args...) (call parameter) at inl_fmt_params.mgo:18:12
inl_fmt_params.mgo:17:12: parameter line leaks to {heap} with derefs=0:
inl_fmt_params.mgo:17:12:   flow: {heap} = line:
inl_fmt_params.mgo:17:12:     from fmt.Sscanf(line, format, args...) (call parameter) at inl_fmt_params.mgo:18:12
inl_fmt_params.mgo:17:12: leaking param: line
inl_fmt_params.mgo:17:18: format does not escape
inl_fmt_params.mgo:17:33: leaking param content: args
inl_fmt_params.mgo:34:6: n escapes to heap:
inl_fmt_params.mgo:34:6:   flow: {heap} = &n:
inl_fmt_params.mgo:34:6:     from &n (address-of) at inl_fmt_params.mgo:36:16
inl_fmt_params.mgo:34:6:     from scan("3 abc", &n, &w) (call parameter) at inl_fmt_params.mgo:36:6
inl_fmt_params.mgo:35:6: w escapes to heap:
inl_fmt_params.mgo:35:6:   flow: {heap} = &w:
inl_fmt_params.mgo:35:6:     from &w (address-of) at inl_fmt_params.mgo:36:20
inl_fmt_params.mgo:35:6:     from scan("3 abc", &n, &w) (call parameter) at inl_fmt_params.mgo:36:6
inl_fmt_params.mgo:38:13: w escapes to heap:
inl_fmt_params.mgo:38:13:   flow: {storage for ... argument} = &{storage for w}:
inl_fmt_params.mgo:38:13:     from w (spill) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:38:13:     from ... argument (spill) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13:     from fmt.Println(... argument...) (call parameter) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13: n escapes to heap:
inl_fmt_params.mgo:38:13:   flow: {storage for ... argument} = &{storage for n}:
inl_fmt_params.mgo:38:13:     from n (spill) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:38:13:     from ... argument (spill) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:38:13:     from fmt.Println(... argument...) (call parameter) at inl_fmt_params.mgo:38:13
inl_fmt_params.mgo:33:13: x escapes to heap:
inl_fmt_params.mgo:33:13:   flow: {storage for []any{...}} = &{storage for x}:
inl_fmt_params.mgo:33:13:     from x (spill) at inl_fmt_params.mgo:33:13
inl_fmt_params.mgo:33:13:     from []any{...} (slice-literal-element) at inl_fmt_params.mgo:33:12
inl_fmt_params.mgo:33:13:   flow: {heap} = {storage for []any{...}}:
inl_fmt_params.mgo:33:13:     from []any{...} (spill) at inl_fmt_params.mgo:33:12
inl_fmt_params.mgo:33:13:     from show([]any{...}) (call parameter) at inl_fmt_params.mgo:33:6
inl_fmt_params.mgo:31:18: &P{...} escapes to heap:
inl_fmt_params.mgo:31:18:   flow: {storage for ... argument} = &{storage for &P{...}}:
inl_fmt_params.mgo:31:18:     from &P{...} (spill) at inl_fmt_params.mgo:31:18
inl_fmt_params.mgo:31:18:     from &P{...} (interface-converted) at inl_fmt_params.mgo:31:18
inl_fmt_params.mgo:31:18:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:31:18:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:31:18:     from ... argument (spill) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:31:18:     from fmt.Println(... argument...) (call parameter) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:31:14: i escapes to heap:
inl_fmt_params.mgo:31:14:   flow: {storage for ... argument} = &{storage for i}:
inl_fmt_params.mgo:31:14:     from i (spill) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:31:14:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:31:14:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:31:14:     from ... argument (spill) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:31:14:     from fmt.Println(... argument...) (call parameter) at inl_fmt_params.mgo:31:14
inl_fmt_params.mgo:27:19: *p escapes to heap:
inl_fmt_params.mgo:27:19:   flow: {storage for ... argument} = &{storage for *p}:
inl_fmt_params.mgo:27:19:     from *p (spill) at inl_fmt_params.mgo:27:19
inl_fmt_params.mgo:27:19:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:27:19:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:27:19:     from ... argument (spill) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:27:19:     from fmt.Printf(f, ... argument...) (call parameter) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:27:12: x escapes to heap:
inl_fmt_params.mgo:27:12:   flow: {storage for ... argument} = &{storage for x}:
inl_fmt_params.mgo:27:12:     from x (spill) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:27:12:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:27:12:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:27:12:     from ... argument (spill) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:27:12:     from fmt.Printf(f, ... argument...) (call parameter) at inl_fmt_params.mgo:27:12
inl_fmt_params.mgo:25:20: "\n" escapes to heap:
inl_fmt_params.mgo:25:20:   flow: {storage for ... argument} = &{storage for "\n"}:
inl_fmt_params.mgo:25:20:     from "\n" (spill) at inl_fmt_params.mgo:25:20
inl_fmt_params.mgo:25:20:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:20:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:25:20:     from ... argument (spill) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:20:     from fmt.Print(... argument...) (call parameter) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:12: x escapes to heap:
inl_fmt_params.mgo:25:12:   flow: {storage for ... argument} = &{storage for x}:
inl_fmt_params.mgo:25:12:     from x (spill) at inl_fmt_params.mgo:25:12
inl_fmt_params.mgo:25:12:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:12:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:25:12:     from ... argument (spill) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:12:     from fmt.Print(... argument...) (call parameter) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:12: "a" escapes to heap:
inl_fmt_params.mgo:25:12:   flow: {storage for ... argument} = &{storage for "a"}:
inl_fmt_params.mgo:25:12:     from "a" (spill) at inl_fmt_params.mgo:25:12
inl_fmt_params.mgo:25:12:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:12:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:25:12:     from ... argument (spill) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:25:12:     from fmt.Print(... argument...) (call parameter) at inl_fmt_params.mgo:25:11
inl_fmt_params.mgo:23:7: &P{...} escapes to heap:
inl_fmt_params.mgo:23:7:   flow: p = &{storage for &P{...}}:
inl_fmt_params.mgo:23:7:     from &P{...} (spill) at inl_fmt_params.mgo:23:7
inl_fmt_params.mgo:23:7:     from p := &P{...} (assign) at inl_fmt_params.mgo:23:4
inl_fmt_params.mgo:23:7:   flow: {storage for ... argument} = p:
inl_fmt_params.mgo:23:7:     from p (interface-converted) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:23:7:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:23:7:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:23:7:     from ... argument (spill) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:23:7:     from fmt.Println(... argument...) (call parameter) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:24:13: x escapes to heap:
inl_fmt_params.mgo:24:13:   flow: {storage for ... argument} = &{storage for x}:
inl_fmt_params.mgo:24:13:     from x (spill) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:24:13:     from ... argument (slice-literal-element) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:24:13:   flow: {heap} = {storage for ... argument}:
inl_fmt_params.mgo:24:13:     from ... argument (spill) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:24:13:     from fmt.Println(... argument...) (call parameter) at inl_fmt_params.mgo:24:13
inl_fmt_params.mgo:34:6: moved to heap: n
inl_fmt_params.mgo:35:6: moved to heap: w
inl_fmt_params.mgo:23:7: &P{...} escapes to heap
inl_fmt_params.mgo:24:13: ... argument does not escape
inl_fmt_params.mgo:24:13: x escapes to heap
inl_fmt_params.mgo:25:11: ... argument does not escape
inl_fmt_params.mgo:25:12: "a" escapes to heap
inl_fmt_params.mgo:25:12: x escapes to heap
inl_fmt_params.mgo:25:20: "\n" escapes to heap
inl_fmt_params.mgo:27:12: ... argument does not escape
inl_fmt_params.mgo:27:12: x escapes to heap
inl_fmt_params.mgo:27:19: *p escapes to heap
inl_fmt_params.mgo:29:13: ... argument does not escape
inl_fmt_params.mgo:31:14: ... argument does not escape
inl_fmt_params.mgo:31:14: i escapes to heap
inl_fmt_params.mgo:31:18: &P{...} escapes to heap
inl_fmt_params.mgo:33:12: []any{...} does not escape
inl_fmt_params.mgo:33:13: x escapes to heap
inl_fmt_params.mgo:37:7: ... argument does not escape
inl_fmt_params.mgo:38:13: ... argument does not escape
inl_fmt_params.mgo:38:13: n escapes to heap
inl_fmt_params.mgo:38:13: w escapes to heap
