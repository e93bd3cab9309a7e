/* checkref: the reference check judges claims against (the shipped BLS
 * claims or --ref's), indexed by subject and by value. */
#ifndef WAGESTAT_COMPUTE_CHECKREF_H
#define WAGESTAT_COMPUTE_CHECKREF_H

#include <stddef.h>

#include "model/claim.h"

/* A reference figure. */
typedef struct checkref_fig {
	char soc[8], area[4];
	int year, stat;
	unit unit;
	double value;
	char *source;
	const char *scope; /* "" for the whole occupation, else owned */
	int other_level;   /* of a level not asked for: judges only claims of its code */
} checkref_fig;

typedef struct check_ref check_ref;

/* Reference claims from a claims file; NULL after saying why.  A claim is
 * judged against the figures of its own code, whatever their level (a
 * claim that names a broad group's code, against the group's); levels
 * (CLAIM_LEVEL_ bits, 0: every level; figures that name none always) are
 * those of the figures a claim may be found to be mislabeled as, so that a
 * group's figure is not taken for another occupation's. */
check_ref *check_ref_load(const char *path, unsigned levels);
void check_ref_free(check_ref **r);

/* The reference figure for soc, area, scope, stat and unit nearest to
 * year (the latest when year is 0); NULL if none.  Only a figure of the
 * same scope counts: an industry's figure is not the occupation's, nor
 * is a sector's that of an industry within it. */
const checkref_fig *checkref_find(const check_ref *r, const char *soc, const char *where,
				  const char *scope, int stat, unit u, int year);

/* The reference's figures c is exactly (its unit, area and scope; to the
 * cent, or the dollar), by value then file order, at
 * most max; how many. */
size_t checkref_equal(const check_ref *ref, const claim *c, const checkref_fig **out, size_t max);

/* Where area's figure of soc, stat and unit stands among the states' of
 * the newest year they have (1: the highest), of *of; *mine is area's,
 * *top the highest.  0 if area has none. */
size_t checkref_rank(const check_ref *r, const char *soc, const char *area, int stat, unit u,
		     size_t *of, const checkref_fig **mine, const checkref_fig **top);

#endif
