# fuzz/fuzz.mk: fuzzing (none of it runs in `make test` but the smoke step).
#
#   make fuzz        coverage-guided libFuzzer campaign on the front half of
#                    mgoc (parse, check, inline, escape), in one process
#   make fuzz-cc     programs the front end accepts must compile as C:
#                    random programs (tools/escgen.py) and mutated programs
#                    through mgoc's stages (build/fuzz_gen) and cc
#                    (tools/fuzz_cc.py), then the libFuzzer target fuzz_cc
#                    (in-process, cc per accepted input)
#   make fuzz-long   the campaign: fuzz_frontend and the codegen pass side
#                    by side for FUZZ_LONG_SECONDS (default 3600) at nice 10,
#                    resuming from build-fuzz/corpus and the next unused
#                    codegen seed; each run adds its counts to
#                    fuzz/campaign.log (kept in git; the corpus is not) and
#                    the last line printed sums every run so far
#                    (tools/fuzz_campaign.py)
# FUZZ_SECONDS bounds each campaign (default 300); the libFuzzer corpora start
# from the tests and stay in build-fuzz/.
FUZZ_SECONDS ?= 300
FUZZ_B := build-fuzz
FUZZ_CFLAGS := -std=gnu11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 \
	-fsanitize=fuzzer-no-link,address,undefined
# Comparison tracing feeds the fuzzer operands to aim for; in the
# table-driven lexer and parser (token numbers against table entries) and
# the big-number arithmetic of constants (limbs against limbs) it finds
# nothing to aim for and made each input three times as slow. Their edges
# are still counted. (CPPFLAGS: the only flags variable the sub-make's
# command line leaves to target-specific values.)
FUZZ_NOCMP_OBJ := $(addprefix $(FUZZ_B)/frontend/,lex.o parse.o bigint.o const_float.o)
$(FUZZ_NOCMP_OBJ): CPPFLAGS += -fno-sanitize-coverage=trace-cmp
# libFuzzer's options for fuzz_frontend. The entropic schedule spent 90% of
# the time updating its feature frequencies (the checker has ~130,000
# features), so the classic one; leaks are the san suite's business, and
# the leak check libFuzzer runs after any input that allocates more than it
# frees fires on every table that grows; inputs stay small (the tests are
# ~1 KB) so that an execution stays near a millisecond.
FUZZ_FLAGS := -entropic=0 -detect_leaks=0 -reload=0 -max_len=4096 -timeout=10 \
	-rss_limit_mb=4096 -artifact_prefix=$(FUZZ_B)/ -print_final_stats=1
# Every compiler object but the driver's main, plus the in-process pipeline.
FUZZ_OBJ = $(patsubst $(B)/%,$(FUZZ_B)/%,$(filter-out $(B)/mgoc.o,$(MGOC_OBJ))) $(FUZZ_B)/fuzz/pipeline.o

# The unit tests that compile programs in-process: many in one process, and
# the programs the campaigns found.
UNIT_TESTS += test_session test_fuzz_regress
TEST_test_session_OBJ = $(filter-out $(B)/mgoc.o,$(MGOC_OBJ)) $(B)/fuzz/pipeline.o
TEST_test_fuzz_regress_OBJ = $(TEST_test_session_OBJ)

# The codegen campaign's translator (tools/fuzz_cc.py), from the release
# objects: many programs per process.
$(B)/fuzz_gen: fuzz/fuzz_gen.c $(TEST_test_session_OBJ)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(TEST_test_session_OBJ) $(LDFLAGS) $(LDLIBS)

# (tests/tools/fuzz_cc.sh uses it)
unit-build: $(B)/fuzz_gen

$(B)/fuzz/%.o: fuzz/%.c | $(B)/frontend/parse.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# Not an intermediate file for make to delete after linking a test.
.SECONDARY: $(B)/fuzz/pipeline.o

fuzz-deps:
	@command -v clang >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; }

$(FUZZ_B)/fuzz_%: fuzz/fuzz_%.c fuzz/pipeline.c fuzz/pipeline.h fuzz/fuzz.mk $(MGOC_SRC) | fuzz-deps
	@$(MAKE) --no-print-directory B=$(FUZZ_B) CC=clang CFLAGS="$(FUZZ_CFLAGS)" \
		$(FUZZ_B)/frontend/parse.o $(FUZZ_OBJ)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Ifrontend -I$(FUZZ_B)/frontend \
		-o $@ $< $(FUZZ_OBJ) -lm

$(FUZZ_B)/corpus:
	@mkdir -p $@ && cp tests/*/*.mgo examples/*.mgo $@/ 2>/dev/null || true

# A change of the flags above rebuilds the generated objects.
$(FUZZ_NOCMP_OBJ): fuzz/fuzz.mk

fuzz: $(FUZZ_B)/fuzz_frontend $(FUZZ_B)/corpus
	$(FUZZ_B)/fuzz_frontend $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) $(FUZZ_B)/corpus

# The C compiler must accept what codegen writes; cc hangs are failures too
# (fuzz/cc-timeout). libmgo.a comes from the release build.
fuzz-cc: all $(B)/fuzz_gen $(FUZZ_B)/fuzz_cc $(FUZZ_B)/corpus
	python3 tools/fuzz_cc.py --seconds $(FUZZ_SECONDS) --out $(FUZZ_B)/cc-failures
	@mkdir -p $(FUZZ_B)/corpus-cc
	FUZZ_RT_LIB=build $(FUZZ_B)/fuzz_cc -max_total_time=$(FUZZ_SECONDS) -timeout=120 -artifact_prefix=$(FUZZ_B)/ \
		-rss_limit_mb=4096 -print_final_stats=1 $(FUZZ_B)/corpus-cc $(FUZZ_B)/corpus

fuzz-long: all $(B)/fuzz_gen $(FUZZ_B)/fuzz_frontend $(FUZZ_B)/corpus
	FUZZ_FLAGS="$(FUZZ_FLAGS)" nice -n 10 python3 tools/fuzz_campaign.py --seconds $(or $(FUZZ_LONG_SECONDS),3600)

.PHONY: fuzz fuzz-cc fuzz-long fuzz-deps
