# mgo: top-level build. Each module contributes a fragment (*/module.mk) that
# appends its sources, unit tests and test steps; this file holds the rules.
#
#   make            build mgoc and build/libmgo.a (release, -O2)
#   make demo       install missing Debian packages (as root), build, compile
#                   and run every example
#   make test       unit tests, program tests, sanitizer pass, fuzz smoke
#   make SAN=1 ...  the same build with ASan+UBSan, in build-san/

CC      ?= cc
OPT     ?= -O2
CFLAGS  ?= -std=gnu11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g $(OPT) \
           -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
LDFLAGS ?=
LDLIBS  ?= -lpthread -lm
# libbacktrace (shipped with gcc) maps PCs to lines for tracebacks
# (rt/go_traceback.c). It is copied next to libmgo.a, where mgoc links
# every program with it.
LIBBACKTRACE := $(shell $(CC) -print-file-name=libbacktrace.a)
LDLIBS  += $(LIBBACKTRACE)
B       ?= build

ifeq ($(SAN),1)
B       := build-san
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif

CPPFLAGS += -I. -Ifrontend -I$(B)/frontend

# Filled in by the module fragments.
MGOC_SRC    := mgoc.c
RT_SRC      :=
UNIT_TESTS  :=
TEST_STEPS  :=

all: mgoc rt

-include frontend/frontend.mk
include rt/rt.mk
include escape/escape.mk
include inline/inline.mk
include codegen/codegen.mk

MGOC_OBJ := $(patsubst %.c,$(B)/%.o,$(filter %.c,$(MGOC_SRC))) $(MGOC_GEN_OBJ)
RT_OBJ   := $(patsubst %.S,$(B)/%.o,$(patsubst %.c,$(B)/%.o,$(RT_SRC)))

$(B)/mgoc: $(MGOC_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

mgoc: $(B)/mgoc
	@[ "$(B)" != build ] || ln -sf build/mgoc mgoc

$(B)/libmgo.a: $(RT_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The copy programs link reads no shared library's debug information
# (rt/libbacktrace.syms): only the program's own frames are printed, and a
# machine with libc's separate debug info installed (libc6-dbg) would
# otherwise spend a tenth of a second per traceback reading it.
$(B)/libbacktrace.a: $(LIBBACKTRACE) rt/libbacktrace.syms
	@mkdir -p $(@D)
	objcopy --redefine-syms=rt/libbacktrace.syms $< $@

rt: $(B)/libmgo.a $(B)/libbacktrace.a

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(B)/%.o: %.S
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -c -o $@ $<

-include $(MGOC_OBJ:.o=.d) $(RT_OBJ:.o=.d)

# Criterion unit tests: tests/unit/test_<module>.c, each linked with the
# objects its fragment names in TEST_<module>_OBJ.
.SECONDEXPANSION:
$(B)/tests/%: tests/unit/%.c $$(TEST_$$*_OBJ)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(TEST_$*_OBJ) $(LDFLAGS) -lcriterion $(LDLIBS)

# A test a fragment names but whose source is not there yet is left out,
# so one module's work in progress never breaks the others' builds.
unit-build: $(addprefix $(B)/tests/,$(foreach t,$(UNIT_TESTS),$(if $(wildcard tests/unit/$(t).c),$(t))))

unit: unit-build
	@bash tests/runtests unit

# The whole suite: release and ASan+UBSan builds, then every test. The
# builds run on every core even when make was started without -j (CI's
# `make test`): sequential, they took two of the ten minutes.
NPROC := $(shell nproc 2>/dev/null || echo 2)
test:
	@$(MAKE) --no-print-directory -j$(NPROC) all unit-build
	@$(MAKE) --no-print-directory -j$(NPROC) SAN=1 all unit-build
	@bash tests/runtests

# Every tests/run program and the benchmarks (reduced) under -d=checkescape;
# `make test` runs a subset (tests/runtests, suite checkescape).
test-checkescape: all
	@bash tests/runtests checkescape-full

# Go's Example functions of strings, strconv, sort, ... through mgo
# (tools/go_examples.py; skipped without Go's sources).
test-examples: all
	@bash tests/runtests goexamples

demo: deps all
	@bash tools/demo.sh

deps:
	@bash tools/install-deps.sh

clean:
	rm -rf build build-san mgoc

.PHONY: all mgoc rt unit unit-build test test-checkescape test-examples demo deps clean

# Benchmarks: not tests. bench-alloc lives in rt/rt.mk.
bench: all
	@python3 bench/run.py

bench-compile: all
	@python3 bench/compile.py

.PHONY: bench bench-compile

# Frame estimates against gcc's frames (-fstack-usage) at every level mgoc
# compiles with, over every tests/run program and random programs
# (tools/stack_sweep.py); make test runs a sample (tests/tools/stack-frames.sh).
STACK_SWEEP_N ?= 200
stack-sweep: all
	@nice python3 tools/stack_sweep.py -j2 --escgen $(STACK_SWEEP_N) --huge $(STACK_SWEEP_N) tests/run/*.mgo

.PHONY: stack-sweep

include fuzz/fuzz.mk
