init_bounds.mgo:11:4: index bounds check elided
init_bounds.mgo:17:14: index bounds check elided
