/* partial: a summarizer's state as a text file that merging restores, so
 * that summarize can run on parts of the data (on other machines, as a
 * map step) and `wagestat merge` finish the table one run on the whole
 * would give.  The format, version 1, one item a line, fields split by
 * one space; names, reasons and key values are written with bytes below
 * '!', '%' and 0x7f as %XX:
 *   wagestat-partial 1
 *   groups N            then N lines "group NAME": the group columns
 *   stats LIST          as -s parses it
 *   weighted 0|1
 *   approx ALPHA        0: exact, the values themselves
 *   rows READ USED FILTERED MISSING REJECTED
 *   reason COUNT MISSING(0|1) TEXT          (any number)
 *   converted FROM TO COUNT                 (unit numbers; any number)
 *   sink BASIS_ROWS OTHER_HOURS TOP_CODED
 * then per group, in first-seen order:
 *   key =VALUE ...      one =VALUE a group column
 *   acc N MISSING SUM MIN MAX MEAN M2 WEIGHT_SUM PER_UNIT...
 *   values K            then K lines "X" or "X W" (exact, values kept)
 *   zeros Z, pos MIN K C..., neg MIN K C...  (approx: sketch.h)
 * and last "end G", G the number of groups (a file cut short has none).
 * Numbers are written with 17 significant digits, so they read back to
 * the same doubles. */
#ifndef WAGESTAT_PARTIAL_H
#define WAGESTAT_PARTIAL_H

#include <stdio.h>

#include "compute/stats.h"
#include "compute/summarize.h"

#define PARTIAL_MAGIC "wagestat-partial"
#define PARTIAL_VERSION 1

/* Write s's groups (by ngroups columns) and accounting (after reading,
 * before finishing) as a partial result of plan; 0, or -1 when out could
 * not be written. */
int partial_write(summarizer *s, const stats_plan *plan, size_t ngroups, FILE *out);

/* A set of partial results being merged. */
typedef struct partial_set partial_set;

partial_set *partial_set_new(void);
void partial_set_free(partial_set **ps);

/* Add the partial result at path (the first one sets the group columns,
 * statistics and mode the others must match).  Returns 0, EXIT_DATA after
 * saying "FILE:LINE:COL: what is wrong" (malformed, cut short, or not
 * like the first), or EXIT_USAGE when path cannot be opened. */
int partial_set_add(partial_set *ps, const char *path);

/* After at least one partial_set_add: the summarizer holding every group
 * and the plan, both owned by the set. */
summarizer *partial_set_summarizer(partial_set *ps);
const stats_plan *partial_set_plan(const partial_set *ps);
size_t partial_set_ngroups(const partial_set *ps);

#endif
