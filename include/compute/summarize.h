/* summarize: grouped statistics of microdata.  Each group's accumulator is
 * fed from the rows (input/microdata.h picks and checks them); a large file
 * is read in as many parts as jobs, each on its own thread, and the parts
 * merged, and the groups are finished on as many threads. */
#ifndef WAGESTAT_SUMMARIZE_H
#define WAGESTAT_SUMMARIZE_H

#include <stddef.h>

#include "compute/stats.h"
#include "input/microdata.h"

typedef struct summarizer summarizer;

/* in and plan must outlive the summarizer; quiet: no per-row messages. */
summarizer *summarize_new(const microdata_opts *in, const stats_plan *plan, int quiet);
void summarize_free(summarizer **s);

/* The online cores: the default number of jobs. */
size_t summarize_cores(void);
/* Read and finish on this many threads (0 is 1). */
void summarize_set_jobs(summarizer *s, size_t jobs);

/* Add the rows of path ("-": standard input).  Returns 0, EXIT_USAGE
 * (cannot open, no such column) or -1 (empty or unreadable). */
int summarize_read(summarizer *s, const char *path);

/* How summarize_read read the last file, in words: "read in 2 parts on 2
 * threads", or "read whole" and why (valid until the next read). */
const char *summarize_how_read(const summarizer *s);

/* Every row's fate and the values restated in another unit, so far. */
const microdata_sink *summarize_counts(const summarizer *s);

/* Finish the groups (in first-seen order, or by key with sort): group g's
 * statistics go to (*out)[g * plan->ncolumns ...] (the caller frees
 * *out).  Returns the number of groups.  Call once, after reading. */
size_t summarize_finish(summarizer *s, int sort, double **out);

/* Keep each group's values after summarize_finish (call before it), for
 * summarize_values. */
void summarize_keep_values(summarizer *s);
/* After summarize_finish with the values kept: group g's values in
 * ascending order (*n of them; NULL when the plan keeps none). */
const double *summarize_values(summarizer *s, size_t g, size_t *n);

/* Group g's key: the group columns' values, each followed by a NUL. */
const char *summarize_key(const summarizer *s, size_t g);
/* How many of group g's values were written in each unit (indexed by
 * unit; a plain number counts as the summary's unit). */
const unsigned long long *summarize_units(const summarizer *s, size_t g);
/* A summarizer that reads no rows: groups come from partial results
 * (compute/partial.h), named by the ngroups names (copied). */
summarizer *summarize_new_merged(const stats_plan *plan, size_t ngroups,
				 char *const *names);
/* The groups so far (in first-seen order, before summarize_finish), and
 * group g's accumulator. */
size_t summarize_groups(const summarizer *s);
stats_acc *summarize_acc(summarizer *s, size_t g);
/* The accumulator of the group with this key, created if new (valid until
 * the next call). */
stats_acc *summarize_group(summarizer *s, const char *key, size_t keylen);
/* The row accounting, for adding a partial result's. */
microdata_sink *summarize_sink(summarizer *s);

/* The header of group column i, as the first file wrote it. */
const char *summarize_group_name(const summarizer *s, size_t i);

#endif
