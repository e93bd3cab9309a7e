# wagestat: make demo | make check | make install | make bench | make mutate
.SUFFIXES:

CC = cc
CFLAGS = -O2 -g
WARN = -Wall -Wextra -Werror -Wformat-security -Wswitch-enum -Wfloat-equal \
       -Wstrict-prototypes -Wshadow
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -Iinclude $(WARN) $(CFLAGS)
LDLIBS = -lcsv -lgsl -lgslcblas -lgumbo -lxlsxwriter -lm -pthread
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
# The program is optimised across files (link-time optimisation): a row of
# summarize goes through the reader, the group numbers, the accumulator and
# the money parser, small functions of five modules (about 5% of its CPU,
# #19).  The sanitized build and the tests do without it; LTO= turns it
# off (for a compiler without -flto=auto).
LTO = -flto=auto

PREFIX = /usr/local
DESTDIR =

# The library (every layer below cli/) is compiled once into
# build/libwagestat.a, and once more with sanitizers into
# build/san/libwagestat.a; the program, the sanitized program and the unit
# tests link it.  Objects mirror src/ under build/obj and build/san/obj.
LAYERS = base input model compute extract output
LIB_SRC = $(foreach l,$(LAYERS),$(wildcard src/$(l)/*.c))
CLI_SRC = $(wildcard src/cli/*.c)
LIB_OBJ = $(LIB_SRC:src/%.c=build/obj/%.o) build/obj/embedded.o
CLI_OBJ = $(CLI_SRC:src/%.c=build/obj/%.o)
SAN_LIB_OBJ = $(LIB_OBJ:build/obj/%=build/san/obj/%)
SAN_CLI_OBJ = $(CLI_OBJ:build/obj/%=build/san/obj/%)
UNIT_TESTS = $(patsubst tests/unit/%.c,build/san/unit/%,$(wildcard tests/unit/test_*.c))
DICTIONARIES = datasets/roles.csv datasets/areas.csv datasets/cpi_u.csv datasets/cities.csv \
	datasets/cues.csv datasets/scopes.csv

all: wagestat

deps:
	@sh scripts/install-deps.sh

build/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LTO) -MMD -MP -c -o $@ $<

build/san/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -MMD -MP -c -o $@ $<

build/obj/embedded.o: build/embedded.c
	$(CC) $(ALL_CFLAGS) $(LTO) -c -o $@ $<

build/san/obj/embedded.o: build/embedded.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -c -o $@ $<

build/libwagestat.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

build/san/libwagestat.a: $(SAN_LIB_OBJ)
	rm -f $@
	ar rcs $@ $(SAN_LIB_OBJ)

wagestat: $(CLI_OBJ) build/libwagestat.a
	$(CC) $(ALL_CFLAGS) $(LTO) -o $@ $(CLI_OBJ) build/libwagestat.a $(LDLIBS)

# The dictionaries in datasets/, compiled in as the defaults.
build/embedded.c: $(DICTIONARIES) plots/style.gp scripts/embed.sh
	@mkdir -p build/obj
	sh scripts/embed.sh roles=datasets/roles.csv areas=datasets/areas.csv \
		cpi=datasets/cpi_u.csv cities=datasets/cities.csv cues=datasets/cues.csv scopes=datasets/scopes.csv \
		style=plots/style.gp > $@

# The same program built with AddressSanitizer and UBSan for the tests.
build/san/wagestat: $(SAN_CLI_OBJ) build/san/libwagestat.a
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -o $@ $(SAN_CLI_OBJ) build/san/libwagestat.a $(LDLIBS)

build/san/unit/test_%: tests/unit/test_%.c tests/unit/check.h build/san/libwagestat.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -o $@ $< build/san/libwagestat.a $(LDLIBS)

# The libFuzzer harnesses in tests/fuzz/, one program each: the library
# compiled once more, with clang, for coverage-guided fuzzing under
# AddressSanitizer and UBSan, into build/fuzz/obj (the gcc builds are
# left alone).  make fuzz runs each target for FUZZ_SECONDS, two at a
# time, keeping what crashes in tests/fuzz/crashes/TARGET/.
FUZZ_CC = clang
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -Iinclude $(WARN) -O1 -g \
	-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_TARGETS = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS = 300
FUZZ_LIB_OBJ = $(LIB_OBJ:build/obj/%=build/fuzz/obj/%)
FUZZ_BIN = $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

build/fuzz/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

build/fuzz/obj/embedded.o: build/embedded.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/libwagestat.a: $(FUZZ_LIB_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_LIB_OBJ)

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h tests/fuzz/claims.h build/fuzz/libwagestat.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libwagestat.a $(LDLIBS)

fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(SAN_LIB_OBJ:.o=.d) $(SAN_CLI_OBJ:.o=.d)
-include $(FUZZ_LIB_OBJ:.o=.d)

wagestat.1: wagestat scripts/mkman.sh
	sh scripts/mkman.sh ./wagestat > $@

# Everything: installs what is missing, builds with -Werror, runs unit
# tests (sanitized), then the command-line tests with the release build and
# with the sanitized build, then each fuzz target for 20 s.  Ends with
# "N passed, N failed".
check: deps
	@$(MAKE) --no-print-directory wagestat build/san/wagestat $(UNIT_TESTS) $(FUZZ_BIN)
	@sh tests/run.sh

# Can the tests fail?  Each mutation of scripts/mutations.txt applied on
# its own to a copy of the tree, and make check run there; lists the
# mutations no test caught.  Slow (a make check each), so not in check.
mutate: wagestat
	sh scripts/mutate.sh

# The chart gallery in plots/gallery/, drawn from the data in datasets/.
plots: wagestat
	sh scripts/make-plots.sh ./wagestat

demo: deps wagestat
	@sh scripts/demo.sh

bench: deps wagestat
	@sh scripts/install-deps.sh --bench
	bash bench/run.sh

# How well extract and check do on tests/articles, and how fast.
bench-articles: wagestat
	python3 bench/articles.py ./wagestat

install: wagestat wagestat.1
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	cp wagestat $(DESTDIR)$(PREFIX)/bin/wagestat
	cp wagestat.1 $(DESTDIR)$(PREFIX)/share/man/man1/wagestat.1
	mkdir -p $(DESTDIR)$(PREFIX)/share/wagestat
	cp datasets/oews_healthcare.csv $(DESTDIR)$(PREFIX)/share/wagestat/
	cp plots/style.gp $(DESTDIR)$(PREFIX)/share/wagestat/

clean:
	rm -rf wagestat wagestat.1 build out

.PHONY: all deps check fuzz mutate demo plots bench bench-articles install clean
