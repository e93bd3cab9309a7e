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

#endif
