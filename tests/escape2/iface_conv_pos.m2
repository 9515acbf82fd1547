iface_conv_pos.mgo:8:2: d escapes to heap:
iface_conv_pos.mgo:8:2:   flow: {heap} = &d:
iface_conv_pos.mgo:8:2:     from &d (address-of) at iface_conv_pos.mgo:9:10
iface_conv_pos.mgo:8:2:     from &d (interface-converted) at iface_conv_pos.mgo:9:2
iface_conv_pos.mgo:8:2:     from gsink = &d (assign) at iface_conv_pos.mgo:9:8
iface_conv_pos.mgo:8:2: moved to heap: d
iface_conv_pos.mgo:14:2: e escapes to heap:
iface_conv_pos.mgo:14:2:   flow: x = &e:
iface_conv_pos.mgo:14:2:     from &e (address-of) at iface_conv_pos.mgo:15:6
iface_conv_pos.mgo:14:2:     from &e (interface-converted) at iface_conv_pos.mgo:15:2
iface_conv_pos.mgo:14:2:     from x = &e (assign) at iface_conv_pos.mgo:15:4
iface_conv_pos.mgo:14:2:   flow: {heap} = x:
iface_conv_pos.mgo:14:2:     from gsink = x (assign) at iface_conv_pos.mgo:16:8
iface_conv_pos.mgo:14:2: moved to heap: e
iface_conv_pos.mgo:21:2: t escapes to heap:
iface_conv_pos.mgo:21:2:   flow: {heap} = &{storage for t}:
iface_conv_pos.mgo:21:2:     from t (spill) at iface_conv_pos.mgo:21:2
iface_conv_pos.mgo:21:2:     from gsink = t (assign) at iface_conv_pos.mgo:21:8
iface_conv_pos.mgo:20:2: t escapes to heap:
iface_conv_pos.mgo:20:2:   flow: y = &t:
iface_conv_pos.mgo:20:2:     from &t (address-of) at iface_conv_pos.mgo:22:22
iface_conv_pos.mgo:20:2:     from &t (interface-converted) at iface_conv_pos.mgo:22:23
iface_conv_pos.mgo:20:2:     from y = &t (assign) at iface_conv_pos.mgo:22:6
iface_conv_pos.mgo:20:2:   flow: {heap} = y:
iface_conv_pos.mgo:20:2:     from gsink = y (assign) at iface_conv_pos.mgo:23:8
iface_conv_pos.mgo:20:2: moved to heap: t
iface_conv_pos.mgo:21:2: t escapes to heap
