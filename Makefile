# wagestat: make demo | make check | make install | make bench
.POSIX:
.SUFFIXES:

CC = cc
CFLAGS = -O2 -g
WARN = -Wall -Wextra -Wformat-security -Wswitch-enum -Wfloat-equal \
       -Wstrict-prototypes -Wshadow
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -Iinclude $(WARN) $(CFLAGS)
LDLIBS = -lcsv -lgsl -lgslcblas -lm -pthread
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

PREFIX = /usr/local
DESTDIR =

LIB_SRC = src/claim.c src/claimin.c src/consensus.c src/csvin.c src/diag.c \
          src/dict.c src/extract.c src/judge.c src/money.c src/names.c src/reconcile.c \
          src/plot.c src/plot_dist.c src/resolve.c src/slurp.c src/stats.c src/summary.c src/table.c \
          src/tally.c src/units.c src/xalloc.c build/embedded.c
CLI_SRC = src/main.c src/cmd_check.c src/cmd_convert.c src/cmd_extract.c src/cmd_import.c \
          src/cmd_plot.c src/cmd_reconcile.c src/cmd_summarize.c
UNIT_TESTS = tests/unit/test_money tests/unit/test_csvin tests/unit/test_stats \
             tests/unit/test_table tests/unit/test_dict tests/unit/test_consensus
DICTIONARIES = datasets/roles.csv datasets/areas.csv datasets/cpi_u.csv datasets/cities.csv
HEADERS = include/*.h

all: wagestat

deps:
	@sh scripts/install-deps.sh

wagestat: $(LIB_SRC) $(CLI_SRC) $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ $(LIB_SRC) $(CLI_SRC) $(LDLIBS)

# The dictionaries in datasets/, compiled in as the defaults.
build/embedded.c: $(DICTIONARIES) plots/style.gp scripts/embed.sh
	@mkdir -p build
	sh scripts/embed.sh roles=datasets/roles.csv areas=datasets/areas.csv \
		cpi=datasets/cpi_u.csv cities=datasets/cities.csv style=plots/style.gp > $@

# The same program built with AddressSanitizer and UBSan for the tests.
build/san/wagestat: $(LIB_SRC) $(CLI_SRC) $(HEADERS)
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) -Werror -O1 $(SAN) -o $@ $(LIB_SRC) $(CLI_SRC) $(LDLIBS)

tests/unit/test_%: tests/unit/test_%.c tests/unit/check.h $(LIB_SRC) $(HEADERS)
	$(CC) $(ALL_CFLAGS) -Werror -O1 $(SAN) -o $@ $< $(LIB_SRC) $(LDLIBS)

wagestat.1: wagestat scripts/mkman.sh
	sh scripts/mkman.sh ./wagestat > $@

# Everything: installs what is missing, builds with -Werror, runs unit
# tests (sanitized), then the command-line tests with the release build and
# with the sanitized build.  Ends with "N passed, N failed".
check: deps
	@$(MAKE) --no-print-directory CFLAGS="$(CFLAGS) -Werror" wagestat
	@$(MAKE) --no-print-directory build/san/wagestat $(UNIT_TESTS)
	@sh tests/run.sh

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
	rm -rf wagestat wagestat.1 build out $(UNIT_TESTS)

.PHONY: all deps check demo plots bench bench-articles install clean
