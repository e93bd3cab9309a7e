/* claimrows: claims as rows of a table, so that every table format can
 * show them. */
#ifndef WAGESTAT_CLAIMROWS_H
#define WAGESTAT_CLAIMROWS_H

#include "model/claim.h"
#include "output/table.h"

/* The claim's fields as the first columns of a table, and as the first
 * cells of a row (for reports that add their own columns after them). */
void claimrows_columns(table *t);
void claimrows_cells(table *t, const claim *c);
/* A figure about a claim of statistic stat (its value, a reference or a
 * consensus for it) as the next cell: a count for a count claim
 * (employment, whole in every format), else of its column's kind. */
void claimrows_figure(table *t, int stat, double v);

#endif
