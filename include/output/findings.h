/* findings: check's verdicts as a table, each claim's fields followed by
 * ref_value, ref_source, deviation_pct, verdict and reason. */
#ifndef WAGESTAT_FINDINGS_H
#define WAGESTAT_FINDINGS_H

#include "compute/check.h"
#include "output/table.h"

/* The empty table with its columns; the caller frees it. */
table *findings_new(void);
/* One row per finding of the article k judged last. */
void findings_add(table *t, const check_ctx *k);

#endif
