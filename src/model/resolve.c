#include "model/resolve.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "model/dict.h"
#include "base/tally.h"

/* Say where a name could not be resolved, for the first few claims. */
static void unresolved(resolver *rs, const claim *c, const char *what, const char *name,
		       const char *kept)
{
	if (rs->quiet || rs->shown >= TALLY_SHOWN_PER_REASON)
		return;
	rs->shown++;
	diag("%s: %s not in the dictionary: '%.200s' (%s)", c->where[0] ? c->where : "-",
	     what, name, kept);
}

void resolve_claim(resolver *rs, claim *c)
{
	const role *r;
	const area *a;

	if (c->soc_code[0]) {
		r = dict_role(c->soc_code, strlen(c->soc_code));
		if (!r) {
			rs->codes_unknown++;
			unresolved(rs, c, "occupation code", c->soc_code, "kept as written");
		} else if (strcmp(r->code, c->soc_code) != 0) {
			claim_set(&c->soc_code, r->code, strlen(r->code));
			rs->codes_2010++;
		}
	} else if (c->role[0]) {
		r = dict_role(c->role, strlen(c->role));
		if (r) {
			claim_set(&c->soc_code, r->code, strlen(r->code));
			rs->codes_filled++;
		} else {
			rs->roles_unknown++;
			unresolved(rs, c, "role", c->role, "kept without a SOC code");
		}
	}
	if (c->area[0]) {
		a = dict_area(c->area, strlen(c->area));
		if (a) {
			if (strcmp(a->code, c->area) != 0)
				claim_set(&c->area, a->code, strlen(a->code));
		} else {
			rs->areas_unknown++;
			unresolved(rs, c, "area", c->area, "kept as written");
		}
	}
}

const char *resolve_restate(const claim *c, int to_year, unit to_unit, double *factor,
			    double *cpi_from, double *cpi_to)
{
	int year = atoi(c->period);

	*factor = 1;
	*cpi_from = *cpi_to = NAN;
	if (c->stat == CSTAT_COUNT)
		return NULL;
	if (to_unit != UNIT_NONE && c->unit != UNIT_NONE && c->unit != to_unit)
		*factor = unit_convert(1, c->unit, to_unit);
	if (to_year && year != to_year) {
		if (!year)
			return "no year in the claim's period";
		*cpi_from = dict_cpi(year);
		*cpi_to = dict_cpi(to_year);
		if (isnan(*cpi_from) || isnan(*cpi_to))
			return "no CPI-U for the claim's year";
		*factor *= *cpi_to / *cpi_from;
	}
	return NULL;
}

void resolve_print(const resolver *rs, FILE *stream)
{
	if (rs->codes_filled)
		fprintf(stream, "wagestat: SOC codes found from role names: %llu\n",
			rs->codes_filled);
	if (rs->codes_2010)
		fprintf(stream, "wagestat: SOC 2010 codes written as their 2018 codes: %llu\n",
			rs->codes_2010);
	if (rs->roles_unknown)
		fprintf(stream, "wagestat: roles not in the dictionary: %llu (kept without a SOC code)\n",
			rs->roles_unknown);
	if (rs->codes_unknown)
		fprintf(stream, "wagestat: occupation codes not in the dictionary: %llu (kept as written)\n",
			rs->codes_unknown);
	if (rs->areas_unknown)
		fprintf(stream, "wagestat: areas not in the dictionary: %llu (kept as written)\n",
			rs->areas_unknown);
}
