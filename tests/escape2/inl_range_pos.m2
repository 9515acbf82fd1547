inl_range_pos.mgo:11:11: parameter xs leaks to {heap} with derefs=1:
inl_range_pos.mgo:11:11:   flow: {temp} = xs:
inl_range_pos.mgo:11:11:   flow: x = *{temp}:
inl_range_pos.mgo:11:11:     from for loop (range-deref) at inl_range_pos.mgo:13:14
inl_range_pos.mgo:11:11:   flow: {heap} = x:
inl_range_pos.mgo:11:11:     from x.String() (call parameter) at inl_range_pos.mgo:14:18
inl_range_pos.mgo:14:21: x.String() + ";" escapes to heap:
inl_range_pos.mgo:14:21:   flow: out = &{storage for x.String() + ";"}:
inl_range_pos.mgo:14:21:     from x.String() + ";" (spill) at inl_range_pos.mgo:14:21
inl_range_pos.mgo:14:21:     from out += x.String() + ";" (assign) at inl_range_pos.mgo:14:7
inl_range_pos.mgo:11:11: leaking param content: xs
inl_range_pos.mgo:14:21: x.String() + ";" escapes to heap
inl_range_pos.mgo:20:30: P{...} escapes to heap:
inl_range_pos.mgo:20:30:   flow: {storage for []fmt.Stringer{...}} = &{storage for P{...}}:
inl_range_pos.mgo:20:30:     from P{...} (spill) at inl_range_pos.mgo:20:30
inl_range_pos.mgo:20:30:     from []fmt.Stringer{...} (slice-literal-element) at inl_range_pos.mgo:20:22
inl_range_pos.mgo:20:30:   flow: xs = &{storage for []fmt.Stringer{...}}:
inl_range_pos.mgo:20:30:     from []fmt.Stringer{...} (spill) at inl_range_pos.mgo:20:22
inl_range_pos.mgo:20:30:     from xs := []fmt.Stringer{...} (assign) at inl_range_pos.mgo:20:5
inl_range_pos.mgo:20:30:   flow: {heap} = *xs:
inl_range_pos.mgo:20:30:     from join(xs) (call parameter) at inl_range_pos.mgo:21:14
inl_range_pos.mgo:20:24: P{...} escapes to heap:
inl_range_pos.mgo:20:24:   flow: {storage for []fmt.Stringer{...}} = &{storage for P{...}}:
inl_range_pos.mgo:20:24:     from P{...} (spill) at inl_range_pos.mgo:20:24
inl_range_pos.mgo:20:24:     from []fmt.Stringer{...} (slice-literal-element) at inl_range_pos.mgo:20:22
inl_range_pos.mgo:20:24:   flow: xs = &{storage for []fmt.Stringer{...}}:
inl_range_pos.mgo:20:24:     from []fmt.Stringer{...} (spill) at inl_range_pos.mgo:20:22
inl_range_pos.mgo:20:24:     from xs := []fmt.Stringer{...} (assign) at inl_range_pos.mgo:20:5
inl_range_pos.mgo:20:24:   flow: {heap} = *xs:
inl_range_pos.mgo:20:24:     from join(xs) (call parameter) at inl_range_pos.mgo:21:14
inl_range_pos.mgo:20:22: []fmt.Stringer{...} does not escape
inl_range_pos.mgo:20:24: P{...} escapes to heap
inl_range_pos.mgo:20:30: P{...} escapes to heap
