/* findings: check's verdicts as a table, each claim's fields followed by
 * ref_value, ref_source, deviation_pct, verdict and reason. */
#ifndef WAGESTAT_FINDINGS_H
#define WAGESTAT_FINDINGS_H

#include <stdio.h>

#include "compute/check.h"
#include "output/table.h"

/* The empty table with its columns; the caller frees it. */
table *findings_new(void);
/* One row per finding of the article k judged last. */
void findings_add(table *t, const check_ctx *k);
/* "NAME: 12 findings: 9 ok, 2 unverifiable, 1 inconsistent" onto out. */
void findings_summary(const char *name, const check_ctx *k, FILE *out);

#endif
