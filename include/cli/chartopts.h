/* chartopts: the options that say what a chart of claims shows (-o,
 * --script, --size, --roles, --role, --area, --period, --stat, --mean,
 * --to-year, -q), one parser for plot and report. */
#ifndef WAGESTAT_CHARTOPTS_H
#define WAGESTAT_CHARTOPTS_H

#include "output/chart.h"

/* Take option c (getopt's value: 'o' output, 's' script, 'z' size, 'R'
 * roles, 'r' role, 'a' area, 'p' period, 't' stat, 'm' mean, 'y' to-year,
 * 'q' quiet) with its argument into o: 1 if taken, 0 if c is none of
 * them.  A bad argument is a usage error of command cmd. */
int chartopts_take(chart_opts *o, const char *cmd, int c, const char *arg);
/* Free the roles --roles gave. */
void chartopts_free(chart_opts *o);

#endif
