gen.go:10:9: &P{...} escapes to heap:
gen.go:10:9:   flow: p = &{storage for &P{...}}:
gen.go:10:9:     from &P{...} (spill) at gen.go:10:9
gen.go:10:9:     from p := &P{...} (assign) at gen.go:10:6
gen.go:10:9:   flow: ~r0 = p:
gen.go:10:9:     from return p (return) at gen.go:11:2
gen.go:10:9: &P{...} escapes to heap
gen.go:14:10: s does not escape
x.go:8: *q escapes to heap:
x.go:8:   flow: {storage for ... argument} = &{storage for *q}:
x.go:8:     from *q (spill) at x.go:8
x.go:8:     from ... argument (slice-literal-element) at x.go:8
x.go:8:   flow: {heap} = {storage for ... argument}:
x.go:8:     from ... argument (spill) at x.go:8
x.go:8:     from fmt.Println(... argument...) (call parameter) at x.go:8
x.go:8: use(s) escapes to heap:
x.go:8:   flow: {storage for ... argument} = &{storage for use(s)}:
x.go:8:     from use(s) (spill) at x.go:8
x.go:8:     from ... argument (slice-literal-element) at x.go:8
x.go:8:   flow: {heap} = {storage for ... argument}:
x.go:8:     from ... argument (spill) at x.go:8
x.go:8:     from fmt.Println(... argument...) (call parameter) at x.go:8
gen.go:41:11: make([]int, 3) does not escape
x.go:7: new(int) does not escape
x.go:8: ... argument does not escape
x.go:8: use(s) escapes to heap
x.go:8: *q escapes to heap
last.go:3: p.a escapes to heap:
last.go:3:   flow: {storage for ... argument} = &{storage for p.a}:
last.go:3:     from p.a (spill) at last.go:3
last.go:3:     from ... argument (slice-literal-element) at last.go:3
last.go:3:   flow: {heap} = {storage for ... argument}:
last.go:3:     from ... argument (spill) at last.go:3
last.go:3:     from fmt.Println(... argument...) (call parameter) at last.go:3
last.go:3: ... argument does not escape
last.go:3: p.a escapes to heap
last.go:6: ... argument does not escape
