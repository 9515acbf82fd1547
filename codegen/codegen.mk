# codegen/codegen.mk: the C code generator (linked into mgoc) and the
# language runtime it targets (rt/go_*.c, archived into build/libmgo.a).
CG_SRC := $(wildcard codegen/*.c)
MGOC_SRC += $(CG_SRC)

GO_RT_SRC := rt/go_alloc.c rt/go_string.c rt/go_slice.c rt/go_map.c rt/go_iface.c \
	rt/go_fmt.c rt/go_fmt_buf.c rt/go_fmt_scalar.c rt/go_ftoa.c rt/go_pow10_table.c rt/go_fmt_gosyntax.c rt/go_panic.c rt/go_print.c rt/go_chan.c rt/go_select.c rt/go_sync.c \
	rt/go_sched.c rt/go_traceback.c rt/go_strings.c rt/go_strings_reader.c rt/go_strconv.c rt/go_errors.c rt/go_os.c \
	rt/go_bufio.c rt/go_sort.c rt/go_math.c rt/go_math_trig.c rt/go_math_pow.c rt/go_math_hyp.c rt/go_time.c rt/go_timer.c rt/go_time_format.c rt/go_unicode.c rt/go_unicode_tables.c rt/go_log.c rt/go_scan.c rt/go_time_parse.c rt/checkescape.c
RT_SRC += $(GO_RT_SRC)

UNIT_TESTS += test_gort
# The whole runtime library: the language runtime sits on the allocator.
TEST_test_gort_OBJ = $(RT_OBJ)

# The runtime's maps, channels and growslice under the collector.
# The library packages' C (rt/go_<pkg>.c), called directly.
UNIT_TESTS += test_lib
TEST_test_lib_OBJ = $(RT_OBJ)

# package math bit for bit against Go's results (tests/unit/math_go_table.h).
UNIT_TESTS += test_math
TEST_test_math_OBJ = $(filter %/go_math.o %/go_math_trig.o %/go_math_pow.o %/go_math_hyp.o,$(RT_OBJ))

UNIT_TESTS += test_gort_gc
TEST_test_gort_gc_OBJ = $(RT_OBJ)

# Channels, select and sync from several goroutines, and the parking
# contract; also under ThreadSanitizer with the whole runtime (`make tsan`).
UNIT_TESTS += test_chan
TEST_test_chan_OBJ = $(RT_OBJ)
$(TSAN_B)/test_chan: tests/unit/test_chan.c tests/unit/test_rt_shim.h $(RT_SRC) rt/chan.h rt/sched.h rt/go_rt.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(TSAN_CFLAGS) -o $@ $< $(RT_SRC) -fsanitize=thread $(LDLIBS)
tsan: $(TSAN_B)/test_chan
