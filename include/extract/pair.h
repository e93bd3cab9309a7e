/* pair: the pairing stage, where figures of one sentence that are one pay
 * said twice, hourly and yearly, are linked (a figure's pair is the one it
 * restates), for check to hold them to each other.  Restatements a word
 * marks ("or", "that works out to", "an hourly range of") are linked as
 * the sentence is read; this stage links the rest. */
#ifndef WAGESTAT_EXTRACT_PAIR_H
#define WAGESTAT_EXTRACT_PAIR_H

#include <stddef.h>

#include "extract/doc.h"

/* "the mean hourly wage is about $39.35, with annual salaries averaging
 * $81,220": of the sentence's figures f[0..n), two side by side of one
 * statistic, one hourly and one yearly, with no place or occupation named
 * between them, are one pay said twice: the second's pair is the first.
 * "an average $11.52 an hour and $16,200 per year": a figure of no
 * statistic joined to the one before by a word of class same_units alone,
 * each with its unit, takes its statistic and is its pair. */
void pair_units(const doc *d, doc_fig *f, size_t n);

#endif
