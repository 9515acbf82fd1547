lib_patherror.mgo:12:10: parameter e leaks to {heap} with derefs=1:
lib_patherror.mgo:12:10:   flow: {heap} = *e:
lib_patherror.mgo:12:10:     from (*fs.PathError).Error(e) (call parameter) at lib_patherror.mgo:12:41
lib_patherror.mgo:12:10: leaking param content: e
lib_patherror.mgo:14:11: parameter e leaks to {heap} with derefs=1:
lib_patherror.mgo:14:11:   flow: {heap} = *e:
lib_patherror.mgo:14:11:     from (*fs.PathError).Error(e) (call parameter) at lib_patherror.mgo:14:49
lib_patherror.mgo:14:49: (*fs.PathError).Error(e) escapes to heap:
lib_patherror.mgo:14:49:   flow: {storage for ... argument} = &{storage for (*fs.PathError).Error(e)}:
lib_patherror.mgo:14:49:     from (*fs.PathError).Error(e) (spill) at lib_patherror.mgo:14:49
lib_patherror.mgo:14:49:     from ... argument (slice-literal-element) at lib_patherror.mgo:14:41
lib_patherror.mgo:14:49:   flow: {heap} = {storage for ... argument}:
lib_patherror.mgo:14:49:     from ... argument (spill) at lib_patherror.mgo:14:41
lib_patherror.mgo:14:49:     from fmt.Println(... argument...) (call parameter) at lib_patherror.mgo:14:41
lib_patherror.mgo:14:11: leaking param content: e
lib_patherror.mgo:14:41: ... argument does not escape
lib_patherror.mgo:14:49: (*fs.PathError).Error(e) escapes to heap
