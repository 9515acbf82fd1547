lib_os_filemode.mgo:8:12: parameter name leaks to {heap} with derefs=0:
lib_os_filemode.mgo:8:12:   flow: {heap} = name:
lib_os_filemode.mgo:8:12:     from os.WriteFile(name, data, perm) (call parameter) at lib_os_filemode.mgo:9:21
lib_os_filemode.mgo:8:12: leaking param: name
lib_os_filemode.mgo:8:25: data does not escape
