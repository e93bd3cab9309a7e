/* sentence: the reading of one sentence - its figures, what each is
 * (statistic, unit, qualifier, a range's ends, a restatement, pay or not)
 * and what it is about (occupation, place, year, source) - into claims,
 * and the comparisons of pay it states. */
#ifndef WAGESTAT_EXTRACT_SENTENCE_H
#define WAGESTAT_EXTRACT_SENTENCE_H

#include "extract/doc.h"

/* Read sentence si of d->sent: its claims go to d->fn, its comparisons to
 * d->cmp_fn. */
void sentence_read(doc *d, size_t si);

#endif
