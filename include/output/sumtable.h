/* sumtable: summarize's grouped statistics as a table, and the notes on
 * groups that mix pay written in different units; one view for the
 * summarize command and the report alike. */
#ifndef WAGESTAT_SUMTABLE_H
#define WAGESTAT_SUMTABLE_H

#include <stddef.h>
#include <stdio.h>

#include "compute/summarize.h"
#include "output/table.h"

/* The last column with --approx: the relative error bound of the
 * quantiles (the sketch's alpha), on every row. */
#define SUMTABLE_APPROX_COLUMN "quantile_rel_error"

/* Finish s (summarize_finish, once, after reading) into a table: the
 * ngroups group columns, then the plan's columns (and, with an approximate
 * plan, SUMTABLE_APPROX_COLUMN), one row per group (in first-seen order,
 * or by key with sort).  The caller frees the table. */
table *sumtable_new(summarizer *s, const stats_plan *plan, size_t ngroups, int sort);

/* Group g's values by unit when it mixes more than one (a plain number
 * counts as the summary's unit); NULL otherwise. */
const unsigned long long *sumtable_mixed(const summarizer *s, size_t g);
/* "DEPT / X": group g's key, its ngroups values joined. */
void sumtable_label(const summarizer *s, size_t ngroups, size_t g, char *buf, size_t size);
/* One line per group of the nrows that mixes units, "wagestat:   group 'X'
 * mixes 375 annual and 1607 hourly values (basis fte)", onto out. */
void sumtable_print_mixed(const summarizer *s, size_t ngroups, size_t nrows, const char *basis,
			  FILE *out);

#endif
