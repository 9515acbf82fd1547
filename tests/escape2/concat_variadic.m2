concat_variadic.mgo:15:34: fmt.Sprintf("%v", gT) + sinkStr escapes to heap:
concat_variadic.mgo:15:34:   flow: {heap} = &{storage for fmt.Sprintf("%v", gT) + sinkStr}:
concat_variadic.mgo:15:34:     from fmt.Sprintf("%v", gT) + sinkStr (spill) at concat_variadic.mgo:15:34
concat_variadic.mgo:15:34:     from sinkStr = fmt.Sprintf("%v", gT) + sinkStr (assign) at concat_variadic.mgo:15:10
concat_variadic.mgo:16:35: sinkStr + fmt.Sprint() + string(rune(2)) escapes to heap:
concat_variadic.mgo:16:35:   flow: {heap} = &{storage for sinkStr + fmt.Sprint() + string(rune(2))}:
concat_variadic.mgo:16:35:     from sinkStr + fmt.Sprint() + string(rune(2)) (spill) at concat_variadic.mgo:16:35
concat_variadic.mgo:16:35:     from sinkStr = sinkStr + fmt.Sprint() + string(rune(2)) (assign) at concat_variadic.mgo:16:10
concat_variadic.mgo:17:41: sinkStr + fmt.Sprint(1, &gT) + sinkStr escapes to heap:
concat_variadic.mgo:17:41:   flow: {heap} = &{storage for sinkStr + fmt.Sprint(1, &gT) + sinkStr}:
concat_variadic.mgo:17:41:     from sinkStr + fmt.Sprint(1, &gT) + sinkStr (spill) at concat_variadic.mgo:17:41
concat_variadic.mgo:17:41:     from sinkStr = sinkStr + fmt.Sprint(1, &gT) + sinkStr (assign) at concat_variadic.mgo:17:10
concat_variadic.mgo:19:2: fmt.Sprint(1, &gT) escapes to heap:
concat_variadic.mgo:19:2:   flow: {heap} = &{storage for fmt.Sprint(1, &gT)}:
concat_variadic.mgo:19:2:     from fmt.Sprint(1, &gT) (spill) at concat_variadic.mgo:19:2
concat_variadic.mgo:19:2:     from sinkAny = fmt.Sprint(1, &gT) (assign) at concat_variadic.mgo:19:10
concat_variadic.mgo:20:2: fmt.Sprint() escapes to heap:
concat_variadic.mgo:20:2:   flow: {heap} = &{storage for fmt.Sprint()}:
concat_variadic.mgo:20:2:     from fmt.Sprint() (spill) at concat_variadic.mgo:20:2
concat_variadic.mgo:20:2:     from sinkAny = fmt.Sprint() (assign) at concat_variadic.mgo:20:10
concat_variadic.mgo:23:37: sinkStr + fmt.Sprint(nil...) + sinkStr escapes to heap:
concat_variadic.mgo:23:37:   flow: {storage for ... argument} = &{storage for sinkStr + fmt.Sprint(nil...) + sinkStr}:
concat_variadic.mgo:23:37:     from sinkStr + fmt.Sprint(nil...) + sinkStr (spill) at concat_variadic.mgo:23:37
concat_variadic.mgo:23:37:     from ... argument (slice-literal-element) at concat_variadic.mgo:23:13
concat_variadic.mgo:23:37:   flow: {heap} = {storage for ... argument}:
concat_variadic.mgo:23:37:     from ... argument (spill) at concat_variadic.mgo:23:13
concat_variadic.mgo:23:37:     from fmt.Println(... argument...) (call parameter) at concat_variadic.mgo:23:13
concat_variadic.mgo:22:26: sinkStr escapes to heap:
concat_variadic.mgo:22:26:   flow: {storage for ... argument} = &{storage for sinkStr}:
concat_variadic.mgo:22:26:     from sinkStr (spill) at concat_variadic.mgo:22:26
concat_variadic.mgo:22:26:     from ... argument (slice-literal-element) at concat_variadic.mgo:22:25
concat_variadic.mgo:22:26:   flow: {heap} = {storage for ... argument}:
concat_variadic.mgo:22:26:     from ... argument (spill) at concat_variadic.mgo:22:25
concat_variadic.mgo:22:26:     from fmt.Sprintf("%v", ... argument...) (call parameter) at concat_variadic.mgo:22:25
concat_variadic.mgo:22:41: fmt.Sprintf("%v", ... argument...) + sinkStr escapes to heap:
concat_variadic.mgo:22:41:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v", ... argument...) + sinkStr}:
concat_variadic.mgo:22:41:     from fmt.Sprintf("%v", ... argument...) + sinkStr (spill) at concat_variadic.mgo:22:41
concat_variadic.mgo:22:41:     from ... argument (slice-literal-element) at concat_variadic.mgo:22:13
concat_variadic.mgo:22:41:   flow: {heap} = {storage for ... argument}:
concat_variadic.mgo:22:41:     from ... argument (spill) at concat_variadic.mgo:22:13
concat_variadic.mgo:22:41:     from fmt.Println(... argument...) (call parameter) at concat_variadic.mgo:22:13
concat_variadic.mgo:19:23: 1 escapes to heap:
concat_variadic.mgo:19:23:   flow: {storage for ... argument} = &{storage for 1}:
concat_variadic.mgo:19:23:     from 1 (spill) at concat_variadic.mgo:19:23
concat_variadic.mgo:19:23:     from ... argument (slice-literal-element) at concat_variadic.mgo:19:22
concat_variadic.mgo:19:23:   flow: {heap} = {storage for ... argument}:
concat_variadic.mgo:19:23:     from ... argument (spill) at concat_variadic.mgo:19:22
concat_variadic.mgo:19:23:     from fmt.Sprint(... argument...) (call parameter) at concat_variadic.mgo:19:22
concat_variadic.mgo:17:33: 1 escapes to heap:
concat_variadic.mgo:17:33:   flow: {storage for ... argument} = &{storage for 1}:
concat_variadic.mgo:17:33:     from 1 (spill) at concat_variadic.mgo:17:33
concat_variadic.mgo:17:33:     from ... argument (slice-literal-element) at concat_variadic.mgo:17:32
concat_variadic.mgo:17:33:   flow: {heap} = {storage for ... argument}:
concat_variadic.mgo:17:33:     from ... argument (spill) at concat_variadic.mgo:17:32
concat_variadic.mgo:17:33:     from fmt.Sprint(... argument...) (call parameter) at concat_variadic.mgo:17:32
concat_variadic.mgo:23:37: sinkStr + fmt.Sprint(nil...) + sinkStr escapes to heap:
concat_variadic.mgo:23:37:   flow: {storage for sinkStr + fmt.Sprint(nil...) + sinkStr} = &{storage for sinkStr + fmt.Sprint(nil...) + sinkStr}:
concat_variadic.mgo:23:37:     from sinkStr + fmt.Sprint(nil...) + sinkStr (spill) at concat_variadic.mgo:23:37
concat_variadic.mgo:23:37:     from sinkStr + fmt.Sprint(nil...) + sinkStr (interface-converted) at concat_variadic.mgo:23:37
concat_variadic.mgo:22:41: fmt.Sprintf("%v", ... argument...) + sinkStr escapes to heap:
concat_variadic.mgo:22:41:   flow: {storage for fmt.Sprintf("%v", ... argument...) + sinkStr} = &{storage for fmt.Sprintf("%v", ... argument...) + sinkStr}:
concat_variadic.mgo:22:41:     from fmt.Sprintf("%v", ... argument...) + sinkStr (spill) at concat_variadic.mgo:22:41
concat_variadic.mgo:22:41:     from fmt.Sprintf("%v", ... argument...) + sinkStr (interface-converted) at concat_variadic.mgo:22:41
concat_variadic.mgo:15:34: fmt.Sprintf("%v", ... argument...) + sinkStr escapes to heap
concat_variadic.mgo:15:23: ... argument does not escape
concat_variadic.mgo:16:35: sinkStr + fmt.Sprint(nil...) + string(rune(2)) escapes to heap
concat_variadic.mgo:17:41: sinkStr + fmt.Sprint(... argument...) + sinkStr escapes to heap
concat_variadic.mgo:17:32: ... argument does not escape
concat_variadic.mgo:17:33: 1 escapes to heap
concat_variadic.mgo:19:2: fmt.Sprint(... argument...) escapes to heap
concat_variadic.mgo:19:22: ... argument does not escape
concat_variadic.mgo:19:23: 1 escapes to heap
concat_variadic.mgo:20:2: fmt.Sprint(nil...) escapes to heap
concat_variadic.mgo:22:13: ... argument does not escape
concat_variadic.mgo:22:41: fmt.Sprintf("%v", ... argument...) + sinkStr escapes to heap
concat_variadic.mgo:22:41: fmt.Sprintf("%v", ... argument...) + sinkStr escapes to heap
concat_variadic.mgo:22:25: ... argument does not escape
concat_variadic.mgo:22:26: sinkStr escapes to heap
concat_variadic.mgo:23:13: ... argument does not escape
concat_variadic.mgo:23:37: sinkStr + fmt.Sprint(nil...) + sinkStr escapes to heap
concat_variadic.mgo:23:37: sinkStr + fmt.Sprint(nil...) + sinkStr escapes to heap
