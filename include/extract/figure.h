/* figure: the money figures of a text - "$45,000", "45k", "$15.20/hr"
 * (the unit is read by attr.h), "forty-two thousand dollars", "$40-50k",
 * "between 40 and 50 thousand dollars", and bare numbers that read as pay
 * ("a median wage of 41,810") - and the numbers they are made of. */
#ifndef WAGESTAT_EXTRACT_FIGURE_H
#define WAGESTAT_EXTRACT_FIGURE_H

#include "extract/doc.h"

/* the most figures read from one sentence */
#define FIGURE_MAX 64

/* A number at t[i]: digits with thousands commas and a decimal part;
 * returns its end, or i if none. */
size_t figure_number(const char *t, size_t i, size_t e, double *v);

/* A multiplier written after a number at j: k, K, "thousand", "grand";
 * million and billion set *mult negative (not pay of one person).
 * Returns the multiplier's end (j if none). */
size_t figure_suffix(const doc *d, size_t j, size_t e, double *mult);

/* The money figures of [s, e), at most max, in order: value (-1 for
 * millions), dollar (1, or 2 for a range's bare end), after_cue ("$38,000
 * (median)"); pair -1, pair_claim -1, stat CSTAT_NONE, the rest 0. */
size_t figure_find(const doc *d, size_t s, size_t e, doc_fig *f, size_t max);

/* Is there a money figure, '$' and a digit, in [s, e)? */
int figure_money_in(const doc *d, size_t s, size_t e);

/* The figures of a row of a whitespace table, as spans: "California
 * $44,650 $35,370 $68,670" (not "10%", "10th", a year, "1-4 years"). */
size_t figure_row(const doc *d, size_t s, size_t e, doc_span *cells, size_t max);

/* The currencies other than US dollars a figure can be written in (£, €,
 * ¥, ₹): such a figure is no claim.  figure_other_currencies adds to
 * counts[k] the figures of d written after sign k, whose ISO code is
 * figure_currency_code(k). */
#define FIGURE_CURRENCIES 4
void figure_other_currencies(const doc *d, unsigned long counts[FIGURE_CURRENCIES]);
const char *figure_currency_code(int k);

#endif
