/* payrules: the rules that the statistics of one pay imply among an
 * article's findings, each named in the reason when broken: percentiles in
 * order, a range's ends in order, a range stated with a median holding it
 * (beyond 1%, for rounding; only a range in the median's sentence or table
 * row, since one stated apart may be of a part of the occupation the text
 * does not name), and the mean of a tenth beyond its percentile.  Statistics
 * are of one pay when their occupation, area, period, unit and scope are
 * the same (a hospital's figures say nothing of all industries'). */
#ifndef WAGESTAT_PAYRULES_H
#define WAGESTAT_PAYRULES_H

#include <stddef.h>

#include "compute/check.h"

int payrules_same_pay(const claim *a, const claim *b);

/* Percentiles, and each range's ends, out of order: percentile_order. */
void payrules_order(check_finding *f, size_t n);

/* A median outside the range stated with it: percentile_order. */
void payrules_ranges(check_finding *f, size_t n);

/* The mean of a tenth (stat) lies beyond its percentile (pct): at least
 * it when sign is +1 (top tenth, p90), at most it when -1 (bottom, p10). */
typedef struct payrules_tenth {
	int stat, pct, sign;
	const char *name, *rule;
} payrules_tenth;
extern const payrules_tenth payrules_tenths[];
extern const size_t payrules_ntenths;
int payrules_tenth_breaks(const payrules_tenth *t, double mean, double pct);
/* The rule among the article's own findings. */
void payrules_tenth_article(const payrules_tenth *t, check_finding *f, size_t n);

#endif
