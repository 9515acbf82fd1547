lib_bufio_sized.mgo:30:46: len(s) escapes to heap:
lib_bufio_sized.mgo:30:46:   flow: {storage for ... argument} = &{storage for len(s)}:
lib_bufio_sized.mgo:30:46:     from len(s) (spill) at lib_bufio_sized.mgo:30:46
lib_bufio_sized.mgo:30:46:     from ... argument (slice-literal-element) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:46:   flow: {heap} = {storage for ... argument}:
lib_bufio_sized.mgo:30:46:     from ... argument (spill) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:46:     from fmt.Fprintln(w, ... argument...) (call parameter) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:38: string(b) escapes to heap:
lib_bufio_sized.mgo:30:38:   flow: {storage for ... argument} = &{storage for string(b)}:
lib_bufio_sized.mgo:30:38:     from string(b) (spill) at lib_bufio_sized.mgo:30:38
lib_bufio_sized.mgo:30:38:     from ... argument (slice-literal-element) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:38:   flow: {heap} = {storage for ... argument}:
lib_bufio_sized.mgo:30:38:     from ... argument (spill) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:38:     from fmt.Fprintln(w, ... argument...) (call parameter) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:24: string(line) escapes to heap:
lib_bufio_sized.mgo:30:24:   flow: {storage for ... argument} = &{storage for string(line)}:
lib_bufio_sized.mgo:30:24:     from string(line) (spill) at lib_bufio_sized.mgo:30:24
lib_bufio_sized.mgo:30:24:     from ... argument (slice-literal-element) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:24:   flow: {heap} = {storage for ... argument}:
lib_bufio_sized.mgo:30:24:     from ... argument (spill) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:24:     from fmt.Fprintln(w, ... argument...) (call parameter) at lib_bufio_sized.mgo:30:14
lib_bufio_sized.mgo:30:38: string(b) escapes to heap:
lib_bufio_sized.mgo:30:38:   flow: {storage for string(b)} = &{storage for string(b)}:
lib_bufio_sized.mgo:30:38:     from string(b) (spill) at lib_bufio_sized.mgo:30:38
lib_bufio_sized.mgo:30:38:     from string(b) (interface-converted) at lib_bufio_sized.mgo:30:38
lib_bufio_sized.mgo:30:24: string(line) escapes to heap:
lib_bufio_sized.mgo:30:24:   flow: {storage for string(line)} = &{storage for string(line)}:
lib_bufio_sized.mgo:30:24:     from string(line) (spill) at lib_bufio_sized.mgo:30:24
lib_bufio_sized.mgo:30:24:     from string(line) (interface-converted) at lib_bufio_sized.mgo:30:24
lib_bufio_sized.mgo:30:14: ... argument does not escape
lib_bufio_sized.mgo:30:24: string(line) escapes to heap
lib_bufio_sized.mgo:30:24: string(line) escapes to heap
lib_bufio_sized.mgo:30:38: string(b) escapes to heap
lib_bufio_sized.mgo:30:38: string(b) escapes to heap
lib_bufio_sized.mgo:30:46: len(s) escapes to heap
