# rt/rt.mk: the runtime allocator (archived into build/libmgo.a), its unit
# tests, `make tsan` and `make bench-alloc`. Owned by the runtime work.
#
# build/libmgo.a is the checked build (RT_DEBUG=1: double free and foreign
# pointers abort). bench-alloc compiles the same sources the same way
# (BENCH_MGO_NDEBUG=1 measures the unchecked variant instead).
RT_ALLOC_SRC := rt/os.c rt/lock.c rt/panic.c rt/fixalloc.c rt/sizeclasses.c rt/arena.c rt/mheap.c \
                rt/mspan.c rt/mcentral.c rt/mcache.c rt/malloc.c rt/freerun.c rt/stats.c \
                rt/heapbits.c rt/gcmark.c rt/gcsweep.c rt/gc.c \
                rt/sched.c rt/sched_steal.c rt/sched_stack.c rt/sched_stw.c rt/ctx_amd64.S
RT_SRC += $(RT_ALLOC_SRC)
RT_ALLOC_OBJ := $(patsubst %.S,$(B)/%.o,$(patsubst %.c,$(B)/%.o,$(RT_ALLOC_SRC)))

RT_UNIT_TESTS := test_rt_sizeclass test_rt test_rt_threads test_sched test_stack
UNIT_TESTS += $(RT_UNIT_TESTS) test_gc test_gc_tiny
TEST_test_rt_sizeclass_OBJ := $(RT_ALLOC_OBJ)
TEST_test_rt_OBJ := $(RT_ALLOC_OBJ)
TEST_test_rt_threads_OBJ := $(RT_ALLOC_OBJ)
TEST_test_sched_OBJ := $(RT_ALLOC_OBJ)
TEST_test_stack_OBJ := $(RT_ALLOC_OBJ)
TEST_test_gc_OBJ := $(RT_ALLOC_OBJ)
TEST_test_gc_tiny_OBJ := $(RT_ALLOC_OBJ)

rt-test: $(addprefix $(B)/tests/,$(RT_UNIT_TESTS)) $(B)/tests/test_gc $(B)/tests/test_gc_tiny
	@set -e; for t in $(addprefix $(B)/tests/,$(RT_UNIT_TESTS)); do echo "== $$t"; $$t --jobs 2; done
	@set -e; for m in lazy eager; do echo "== $(B)/tests/test_gc (sweep=$$m)"; \
		MGODEBUG=sweep=$$m $(B)/tests/test_gc --jobs 2; done

# The rt unit tests once more under ThreadSanitizer, in build-tsan/. Criterion
# cannot start under TSan, so these binaries use tests/unit/test_rt_shim.h.
TSAN_B := build-tsan
TSAN_CFLAGS := $(filter-out -O% -fsanitize=% -fno-sanitize-recover=%,$(CFLAGS)) \
               -O1 -fsanitize=thread -DRT_TSAN_SHIM
# The runtime is compiled once for all five binaries (it was once per binary).
TSAN_RT_OBJ := $(patsubst %.S,$(TSAN_B)/%.o,$(patsubst %.c,$(TSAN_B)/%.o,$(RT_ALLOC_SRC)))
$(TSAN_B)/rt/%.o: rt/%.c $(wildcard rt/*.h)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(TSAN_CFLAGS) -c -o $@ $<
$(TSAN_B)/rt/%.o: rt/%.S
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(TSAN_CFLAGS) -c -o $@ $<
$(TSAN_B)/%: tests/unit/%.c tests/unit/test_rt_shim.h tests/unit/test_sched_child.h $(TSAN_RT_OBJ)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(TSAN_CFLAGS) -o $@ $< $(TSAN_RT_OBJ) -fsanitize=thread $(LDLIBS)

.SECONDARY: $(TSAN_RT_OBJ)

# The binaries run two at a time: each is mostly one thread waiting on others.
tsan: $(addprefix $(TSAN_B)/,$(RT_UNIT_TESTS))
	@printf '%s\n' $^ | xargs -P 2 -I{} sh -c \
		'out=$$(TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 {} 2>&1) || \
		 { printf "== %s (tsan) FAILED\n%s\n" {} "$$out"; exit 1; }; echo "== {} (tsan)"'

# Allocator benchmark against glibc, jemalloc, tcmalloc and mimalloc.
bench-alloc:
	@CC="$(CC)" python3 bench/alloc/run.py $(RT_ALLOC_SRC)

# Two versions of the allocator in one process, taking turns: an A/B test
# that holds up on a noisy host (AB_A, AB_B: git revisions; B defaults to
# the working tree).
bench-alloc-ab:
	@CC="$(CC)" bench/alloc/ab.sh $(or $(AB_A),HEAD) $(AB_B)

.PHONY: rt-test tsan bench-alloc bench-alloc-ab
