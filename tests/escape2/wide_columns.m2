wide_columns.mgo:20:6: p escapes to heap:
wide_columns.mgo:20:6:   flow: {heap} = &p:
wide_columns.mgo:20:6:     from &p (address-of) at wide_columns.mgo:22
wide_columns.mgo:20:6:     from &p (interface-converted) at wide_columns.mgo:22
wide_columns.mgo:20:6:     from sink = &p (assign) at wide_columns.mgo:22
wide_columns.mgo:20:6: moved to heap: p
wide_columns.mgo:6:250: []int32{...} does not escape
wide_columns.mgo:8:253: []int32{...} does not escape
wide_columns.mgo:10:254: []int32{...} does not escape
wide_columns.mgo:12: []int32{...} does not escape
wide_columns.mgo:14: []int32{...} does not escape
wide_columns.mgo:16: []int32{...} does not escape
wide_columns.mgo:18: []int32{...} does not escape
