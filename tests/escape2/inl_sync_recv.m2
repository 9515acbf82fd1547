inl_sync_recv.mgo:6:6: mu escapes to heap:
inl_sync_recv.mgo:6:6:   flow: {heap} = &mu:
inl_sync_recv.mgo:6:6:     from mu (address-of) at inl_sync_recv.mgo:7:4
inl_sync_recv.mgo:6:6:     from (*sync.Mutex).Lock(mu) (call parameter) at inl_sync_recv.mgo:7:9
inl_sync_recv.mgo:6:6: mu escapes to heap:
inl_sync_recv.mgo:6:6:   flow: {heap} = &mu:
inl_sync_recv.mgo:6:6:     from mu (address-of) at inl_sync_recv.mgo:8:4
inl_sync_recv.mgo:6:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at inl_sync_recv.mgo:8:11
inl_sync_recv.mgo:6:6: moved to heap: mu
inl_sync_recv.mgo:12:6: mu escapes to heap:
inl_sync_recv.mgo:12:6:   flow: {heap} = &mu:
inl_sync_recv.mgo:12:6:     from mu (address-of) at inl_sync_recv.mgo:13:4
inl_sync_recv.mgo:12:6:     from (*sync.Mutex).Lock(mu) (call parameter) at inl_sync_recv.mgo:13:9
inl_sync_recv.mgo:12:6: moved to heap: mu
inl_sync_recv.mgo:17:6: mu escapes to heap:
inl_sync_recv.mgo:17:6:   flow: {heap} = &mu:
inl_sync_recv.mgo:17:6:     from mu (address-of) at inl_sync_recv.mgo:18:4
inl_sync_recv.mgo:17:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at inl_sync_recv.mgo:18:11
inl_sync_recv.mgo:17:6: moved to heap: mu
inl_sync_recv.mgo:22:6: mu escapes to heap:
inl_sync_recv.mgo:22:6:   flow: {heap} = &mu:
inl_sync_recv.mgo:22:6:     from mu (address-of) at inl_sync_recv.mgo:23:4
inl_sync_recv.mgo:22:6:     from (*sync.Mutex).TryLock(mu) (call parameter) at inl_sync_recv.mgo:23:12
inl_sync_recv.mgo:22:6: moved to heap: mu
inl_sync_recv.mgo:27:6: wg escapes to heap:
inl_sync_recv.mgo:27:6:   flow: {heap} = &wg:
inl_sync_recv.mgo:27:6:     from wg (address-of) at inl_sync_recv.mgo:28:4
inl_sync_recv.mgo:27:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at inl_sync_recv.mgo:28:9
inl_sync_recv.mgo:27:6: moved to heap: wg
inl_sync_recv.mgo:31:8: parameter mu leaks to {heap} with derefs=0:
inl_sync_recv.mgo:31:8:   flow: {heap} = mu:
inl_sync_recv.mgo:31:8:     from (*sync.Mutex).Lock(mu) (call parameter) at inl_sync_recv.mgo:32:9
inl_sync_recv.mgo:31:8: leaking param: mu
inl_sync_recv.mgo:35:8: parameter wg leaks to {heap} with derefs=0:
inl_sync_recv.mgo:35:8:   flow: {heap} = wg:
inl_sync_recv.mgo:35:8:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at inl_sync_recv.mgo:36:8
inl_sync_recv.mgo:35:8: leaking param: wg
