// go_sched.c: the go statement and the generated main()'s entry into the
// scheduler (rt/sched.h), in the language runtime's terms.
#include "go_rt.h"
#include "rt/sched.h"

static void closure_entry(void *arg)
{
	go_closure *c = arg;
	((void (*)(go_closure *))c->fn)(c);
}

// A go statement is a safepoint. A loop that starts goroutines spends
// nearly all its time in this runtime code, where the preemption signal
// does not stop it (rt/sched_stw.c), and its calls are to the runtime,
// which has no stack checks: without this poll such a loop kept its time
// slice until it ended, and every goroutine it started stayed alive,
// unrun, until then (100,000 of them took 177 MiB with GOMAXPROCS=1,
// Go 30 MiB).
void go_go(go_closure *c)
{
	rt_go_at(closure_entry, c, (uintptr_t)__builtin_return_address(0));
	GO_POLL();
}

#undef go_go_small   // go_rt.h maps it to go_go in instrumented programs
void go_go_small(go_closure *c)
{
	rt_go_small(closure_entry, c, (uintptr_t)__builtin_return_address(0));
	GO_POLL();
}

_Noreturn void go_sched_main(void (*main_fn)(void))
{
	rt_sched_main(main_fn);
}
