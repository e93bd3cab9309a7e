/* contra: which claims of one article contradict each other.  Two claims
 * of one subject (contra_same_subject: occupation, statistic, unit, area,
 * period and scope) contradict each other when they are more than a tolerance
 * apart, |a - b| / min(a, b) > tol.  Each claim names at most CONTRA_NAMED
 * of the others it contradicts, the first ones in the text, and counts the
 * rest.  Found in n log n: the claims sorted by subject, then value, so
 * that a claim's contradictions are the two ends of its subject's values;
 * the first claims in the text of each end are kept for every prefix and
 * suffix of the sorted run. */
#ifndef WAGESTAT_CONTRA_H
#define WAGESTAT_CONTRA_H

#include <stddef.h>

#include "model/claim.h"

#define CONTRA_NAMED 3

typedef struct contra {
	size_t named[CONTRA_NAMED]; /* the first others it contradicts, in text order */
	size_t nnamed, total;       /* named, and all it contradicts */
	size_t given;               /* for the caller: notes written so far */
} contra;

/* Same occupation (a known one), statistic, unit, area, period and scope. */
int contra_same_subject(const claim *a, const claim *b);

/* The plan of claims cl[0..n) in the order of the text, of which those
 * with part[i] take part: an array of n (the caller frees). */
contra *contra_plan(const claim *const *cl, const unsigned char *part, size_t n, double tol);

/* Who names whom later in the text: by[at[i] .. at[i + 1]) are the
 * earlier claims whose named list holds claim i. */
typedef struct contra_by {
	size_t *at, *by;
} contra_by;

contra_by contra_invert(const contra *plan, size_t n);
void contra_by_free(contra_by *nb);

#endif
