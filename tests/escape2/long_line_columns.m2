long_line_columns.mgo:10:11: parameter p leaks to {heap} with derefs=0:
long_line_columns.mgo:10:11:   flow: {heap} = p:
long_line_columns.mgo:10:11:     from sink = p (assign) at long_line_columns.mgo:10:26
long_line_columns.mgo:10:11: leaking param: p
long_line_columns.mgo:13:2: x escapes to heap:
long_line_columns.mgo:13:2:   flow: {heap} = &x:
long_line_columns.mgo:13:2:     from &x (address-of) at long_line_columns.mgo:16:7
long_line_columns.mgo:13:2:     from keep(&x) (call parameter) at long_line_columns.mgo:16:6
long_line_columns.mgo:13:2: moved to heap: x
