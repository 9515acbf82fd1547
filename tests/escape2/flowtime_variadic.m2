flowtime_variadic.mgo:13:23: parameter parts leaks to ~r0 with derefs=1:
flowtime_variadic.mgo:13:23:   flow: ~r0 = *parts:
flowtime_variadic.mgo:13:23:     from strings.Join(parts, sep) (call parameter) at flowtime_variadic.mgo:14:21
flowtime_variadic.mgo:13:23:     from return strings.Join(parts, sep) (return) at flowtime_variadic.mgo:14:2
flowtime_variadic.mgo:13:11: sep does not escape
flowtime_variadic.mgo:13:23: leaking param: parts to result ~r0 level=1
flowtime_variadic.mgo:19:20: fmt.Sprintf("negative: %d", n) escapes to heap:
flowtime_variadic.mgo:19:20:   flow: {heap} = &{storage for fmt.Sprintf("negative: %d", n)}:
flowtime_variadic.mgo:19:20:     from fmt.Sprintf("negative: %d", n) (spill) at flowtime_variadic.mgo:19:20
flowtime_variadic.mgo:19:20:     from panic(fmt.Sprintf("negative: %d", n)) (call parameter) at flowtime_variadic.mgo:19:8
flowtime_variadic.mgo:19:21: n escapes to heap:
flowtime_variadic.mgo:19:21:   flow: {storage for ... argument} = &{storage for n}:
flowtime_variadic.mgo:19:21:     from n (spill) at flowtime_variadic.mgo:19:21
flowtime_variadic.mgo:19:21:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:19:20
flowtime_variadic.mgo:19:21:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:19:21:     from ... argument (spill) at flowtime_variadic.mgo:19:20
flowtime_variadic.mgo:19:21:     from fmt.Sprintf("negative: %d", ... argument...) (call parameter) at flowtime_variadic.mgo:19:20
flowtime_variadic.mgo:19:20: fmt.Sprintf("negative: %d", ... argument...) escapes to heap
flowtime_variadic.mgo:19:20: ... argument does not escape
flowtime_variadic.mgo:19:21: n escapes to heap
flowtime_variadic.mgo:26:13: join(",", "big", fmt.Sprint(n)) escapes to heap:
flowtime_variadic.mgo:26:13:   flow: {heap} = &{storage for join(",", "big", fmt.Sprint(n))}:
flowtime_variadic.mgo:26:13:     from join(",", "big", fmt.Sprint(n)) (spill) at flowtime_variadic.mgo:26:13
flowtime_variadic.mgo:26:13:     from panic(join(",", "big", fmt.Sprint(n))) (call parameter) at flowtime_variadic.mgo:26:8
flowtime_variadic.mgo:26:36: n escapes to heap:
flowtime_variadic.mgo:26:36:   flow: {storage for ... argument} = &{storage for n}:
flowtime_variadic.mgo:26:36:     from n (spill) at flowtime_variadic.mgo:26:36
flowtime_variadic.mgo:26:36:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:26:36
flowtime_variadic.mgo:26:36:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:26:36:     from ... argument (spill) at flowtime_variadic.mgo:26:36
flowtime_variadic.mgo:26:36:     from fmt.Sprint(... argument...) (call parameter) at flowtime_variadic.mgo:26:36
flowtime_variadic.mgo:26:13: join(",", ... argument...) escapes to heap
flowtime_variadic.mgo:26:13: ... argument does not escape
flowtime_variadic.mgo:26:36: ... argument does not escape
flowtime_variadic.mgo:26:36: n escapes to heap
flowtime_variadic.mgo:32:12: join(",") escapes to heap:
flowtime_variadic.mgo:32:12:   flow: {heap} = &{storage for join(",")}:
flowtime_variadic.mgo:32:12:     from join(",") (spill) at flowtime_variadic.mgo:32:12
flowtime_variadic.mgo:32:12:     from panic(join(",")) (call parameter) at flowtime_variadic.mgo:32:7
flowtime_variadic.mgo:32:12: join(",", nil...) escapes to heap
flowtime_variadic.mgo:36:6: sb escapes to heap:
flowtime_variadic.mgo:36:6:   flow: {heap} = &sb:
flowtime_variadic.mgo:36:6:     from &sb (address-of) at flowtime_variadic.mgo:38:15
flowtime_variadic.mgo:36:6:     from &sb (interface-converted) at flowtime_variadic.mgo:38:15
flowtime_variadic.mgo:36:6:     from fmt.Fprintf(&sb, "%d:%d;", ... argument...) (call parameter) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:38:20: x escapes to heap:
flowtime_variadic.mgo:38:20:   flow: {storage for ... argument} = &{storage for x}:
flowtime_variadic.mgo:38:20:     from x (spill) at flowtime_variadic.mgo:38:20
flowtime_variadic.mgo:38:20:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:38:20:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:38:20:     from ... argument (spill) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:38:20:     from fmt.Fprintf(&sb, "%d:%d;", ... argument...) (call parameter) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:38:20: i escapes to heap:
flowtime_variadic.mgo:38:20:   flow: {storage for ... argument} = &{storage for i}:
flowtime_variadic.mgo:38:20:     from i (spill) at flowtime_variadic.mgo:38:20
flowtime_variadic.mgo:38:20:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:38:20:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:38:20:     from ... argument (spill) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:38:20:     from fmt.Fprintf(&sb, "%d:%d;", ... argument...) (call parameter) at flowtime_variadic.mgo:38:14
flowtime_variadic.mgo:35:13: xs does not escape
flowtime_variadic.mgo:36:6: moved to heap: sb
flowtime_variadic.mgo:38:14: ... argument does not escape
flowtime_variadic.mgo:38:20: i escapes to heap
flowtime_variadic.mgo:38:20: x escapes to heap
flowtime_variadic.mgo:44:46: render([]int{...}) escapes to heap:
flowtime_variadic.mgo:44:46:   flow: {storage for ... argument} = &{storage for render([]int{...})}:
flowtime_variadic.mgo:44:46:     from render([]int{...}) (spill) at flowtime_variadic.mgo:44:46
flowtime_variadic.mgo:44:46:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:46:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:44:46:     from ... argument (spill) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:46:     from fmt.Println(... argument...) (call parameter) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:35: mustSmall(4) escapes to heap:
flowtime_variadic.mgo:44:35:   flow: {storage for ... argument} = &{storage for mustSmall(4)}:
flowtime_variadic.mgo:44:35:     from mustSmall(4) (spill) at flowtime_variadic.mgo:44:35
flowtime_variadic.mgo:44:35:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:35:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:44:35:     from ... argument (spill) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:35:     from fmt.Println(... argument...) (call parameter) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:21: mustPos(3) escapes to heap:
flowtime_variadic.mgo:44:21:   flow: {storage for ... argument} = &{storage for mustPos(3)}:
flowtime_variadic.mgo:44:21:     from mustPos(3) (spill) at flowtime_variadic.mgo:44:21
flowtime_variadic.mgo:44:21:     from ... argument (slice-literal-element) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:21:   flow: {heap} = {storage for ... argument}:
flowtime_variadic.mgo:44:21:     from ... argument (spill) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:21:     from fmt.Println(... argument...) (call parameter) at flowtime_variadic.mgo:44:13
flowtime_variadic.mgo:44:13: ... argument does not escape
flowtime_variadic.mgo:44:21: mustPos(3) escapes to heap
flowtime_variadic.mgo:44:35: mustSmall(4) escapes to heap
flowtime_variadic.mgo:44:46: render([]int{...}) escapes to heap
flowtime_variadic.mgo:44:52: []int{...} does not escape
