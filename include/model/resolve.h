/* resolve: naming claims as the dictionaries do, so that figures from
 * different sources meet on one key: the SOC 2018 code of the role (from
 * its title, an alias, or a SOC 2010 code) and the code of the area.  What
 * cannot be resolved is kept as written, counted and reported. */
#ifndef WAGESTAT_RESOLVE_H
#define WAGESTAT_RESOLVE_H

#include <stdio.h>

#include "model/claim.h"

typedef struct resolver {
	int quiet; /* no per-claim messages */
	unsigned long long codes_filled; /* SOC codes found from role names */
	unsigned long long codes_2010;   /* SOC 2010 codes written as 2018 */
	unsigned long long roles_unknown, codes_unknown, areas_unknown;
	unsigned shown; /* per-claim messages printed */
} resolver;

/* Rewrite c's soc_code and area in place. */
void resolve_claim(resolver *rs, claim *c);

/* The factor that restates c's value in unit to_unit (UNIT_NONE: keep it)
 * and in to_year's dollars (0: keep them), by the BLS unit rule and CPI-U
 * annual averages; counts are never changed.  cpi_from/cpi_to are the
 * CPI-U figures used (NaN if none).  Returns NULL, or the reason the claim
 * cannot be restated ("no year in the claim's period", "no CPI-U for the
 * claim's year"). */
const char *resolve_restate(const claim *c, int to_year, unit to_unit, double *factor,
			    double *cpi_from, double *cpi_to);

/* One line per kind of change or failure, on stream. */
void resolve_print(const resolver *rs, FILE *stream);

#endif
