/* microopts: the options that pick and read the rows of microdata, one
 * parser for summarize and plot dist, so that a chart and a table of the
 * same file with the same options see the same values. */
#ifndef WAGESTAT_MICROOPTS_H
#define WAGESTAT_MICROOPTS_H

#include <getopt.h>
#include <stdio.h>

#include "input/microdata.h"

/* The short options taken, for the getopt string. */
#define MICROOPTS_SHORT "g:v:u:d:"

typedef struct microopts {
	char **group;       /* -g COL,... */
	size_t ngroups;
	microdata_value *value; /* -v COL[:UNIT],... */
	size_t nvalues;
	microdata_where *where; /* --where, repeated */
	size_t nwhere;
	unit unit;          /* -u; UNIT_NONE when not given */
	char currency[4];   /* --currency (default USD) */
	const char *currency_col;
	microdata_basis basis;
	const char *hours, *weeks_col;
	double weeks;       /* --weeks N; 0: 52 */
	int delim;          /* -d; 0: detect */
} microopts;

void microopts_init(microopts *o);
void microopts_free(microopts *o);

/* own's long options (ending with a zero entry) followed by the shared
 * ones (and the zero entry) into all[0..MICROOPTS_MAX_LONG). */
#define MICROOPTS_MAX_LONG 48
void microopts_long(const struct option *own, struct option *all);

/* Take option c with its argument if it is one of the shared ones: 1 if
 * taken, 0 if not.  A bad argument is a usage error of command cmd. */
int microopts_take(microopts *o, const char *cmd, int c, const char *arg);

/* After parsing: --basis actual needs --hours (a usage error of cmd). */
void microopts_check(const microopts *o, const char *cmd);

/* The reader's options, pointing into o; unit is the values' unit (the
 * command's choice when -u was not given); "#" reads as the OEWS cap of
 * the year in the file's name (M2023). */
void microopts_reader(const microopts *o, unit u, microdata_opts *in);

/* After "rows read ...": the values restated in another unit, the basis
 * and how many values it touched, and the top codes, onto out (stderr). */
void microopts_print_accounting(const microopts *o, const microdata_sink *p, FILE *out);

/* The shared options' lines for a command's help. */
void microopts_help(FILE *out);

#endif
