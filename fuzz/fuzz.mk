# fuzz/fuzz.mk: fuzzing (none of it runs in `make test` but the smoke step).
#
#   make fuzz        coverage-guided libFuzzer campaign on the front half of
#                    mgoc (parse, check, inline, escape), in one process
#   make fuzz-cc     programs the front end accepts must compile as C:
#                    random programs (tools/escgen.py) and mutated tests/run
#                    programs through mgoc and cc (tools/fuzz_cc.py), then
#                    the libFuzzer target fuzz_cc (in-process, cc per
#                    accepted input)
#   make fuzz-long   both, FUZZ_SECONDS each (default 3600)
# FUZZ_SECONDS bounds each campaign (default 300); the libFuzzer corpora start
# from the tests and stay in build-fuzz/.
FUZZ_SECONDS ?= 300
FUZZ_B := build-fuzz
FUZZ_CFLAGS := -std=gnu11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 \
	-fsanitize=fuzzer-no-link,address,undefined
# Every compiler object but the driver's main, plus the in-process pipeline.
FUZZ_OBJ = $(patsubst $(B)/%,$(FUZZ_B)/%,$(filter-out $(B)/mgoc.o,$(MGOC_OBJ))) $(FUZZ_B)/fuzz/pipeline.o

# The unit test that compiles many programs in one process.
UNIT_TESTS += test_session
TEST_test_session_OBJ = $(filter-out $(B)/mgoc.o,$(MGOC_OBJ)) $(B)/fuzz/pipeline.o

$(B)/fuzz/%.o: fuzz/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# Not an intermediate file for make to delete after linking a test.
.SECONDARY: $(B)/fuzz/pipeline.o

fuzz-deps:
	@command -v clang >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }

$(FUZZ_B)/fuzz_%: fuzz/fuzz_%.c fuzz/pipeline.c fuzz/pipeline.h $(MGOC_SRC) | fuzz-deps
	@$(MAKE) --no-print-directory B=$(FUZZ_B) CC=clang CFLAGS="$(FUZZ_CFLAGS)" \
		$(FUZZ_B)/frontend/parse.o $(FUZZ_OBJ)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Ifrontend -I$(FUZZ_B)/frontend \
		-o $@ $< $(FUZZ_OBJ) -lm

$(FUZZ_B)/corpus:
	@mkdir -p $@ && cp tests/*/*.mgo examples/*.mgo $@/ 2>/dev/null || true

fuzz: $(FUZZ_B)/fuzz_frontend $(FUZZ_B)/corpus
	$(FUZZ_B)/fuzz_frontend -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -artifact_prefix=$(FUZZ_B)/ \
		-print_final_stats=1 $(FUZZ_B)/corpus

# The C compiler must accept what codegen writes; cc hangs are failures too
# (fuzz/cc-timeout). libmgo.a comes from the release build.
fuzz-cc: all $(FUZZ_B)/fuzz_cc $(FUZZ_B)/corpus
	python3 tools/fuzz_cc.py --seconds $(FUZZ_SECONDS) --out $(FUZZ_B)/cc-failures
	@mkdir -p $(FUZZ_B)/corpus-cc
	FUZZ_RT_LIB=build $(FUZZ_B)/fuzz_cc -max_total_time=$(FUZZ_SECONDS) -timeout=120 -artifact_prefix=$(FUZZ_B)/ \
		-rss_limit_mb=4096 -print_final_stats=1 $(FUZZ_B)/corpus-cc $(FUZZ_B)/corpus

fuzz-long:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(or $(FUZZ_LONG_SECONDS),3600)
	@$(MAKE) --no-print-directory fuzz-cc FUZZ_SECONDS=$(or $(FUZZ_LONG_SECONDS),3600)

.PHONY: fuzz fuzz-cc fuzz-long fuzz-deps
