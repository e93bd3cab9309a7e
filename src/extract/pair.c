#include "extract/pair.h"

#include "extract/attr.h"
#include "extract/occupation.h"
#include "extract/place.h"
#include "model/cue.h"

/* Is figure k figure k - 1 in its other unit, each with its unit word,
 * joined by a word of class same_units alone ("$11.52 an hour and $16,200
 * per year"; not "an hourly rate of $13.38 and annual earnings of")? */
static int joined_in_units(const doc *d, const doc_fig *f, size_t k, size_t n)
{
	size_t e = k + 1 < n ? f[k + 1].s : d->len;

	return f[k - 1].dollar != 2 && f[k].dollar != 2 && f[k - 1].unit_e > f[k - 1].e &&
	       attr_unit_after(d, f[k].e, e) != UNIT_NONE &&
	       attr_joined(d, f[k - 1].unit_e, f[k].s, cue_words(CUE_SAME_UNITS));
}

void pair_units(const doc *d, doc_fig *f, size_t n)
{
	size_t k;

	for (k = 1; k < n; k++) {
		doc_mention m[1];
		/* the second of a pair joined by "and" takes the first's statistic */
		if (f[k].stat == CSTAT_NONE && claim_stat_is_statistic(f[k - 1].stat) &&
		    !f[k].skip && !f[k - 1].skip && f[k].pair < 0 && f[k].pair_claim < 0 &&
		    f[k - 1].pair < 0 && joined_in_units(d, f, k, n))
			f[k].stat = f[k - 1].stat;
		if (f[k].skip || f[k - 1].skip || f[k].pair >= 0 || f[k - 1].pair >= 0 ||
		    f[k].pair_claim >= 0 || f[k].stat != f[k - 1].stat ||
		    !claim_stat_is_statistic(f[k].stat) ||
		    !((f[k].unit == UNIT_HOURLY && f[k - 1].unit == UNIT_ANNUAL) ||
		      (f[k].unit == UNIT_ANNUAL && f[k - 1].unit == UNIT_HOURLY)) ||
		    place_find(d, f[k - 1].e, f[k].s, m, 1) > 0 ||
		    occupation_find(d, f[k - 1].e, f[k].s, m, 1) > 0)
			continue;
		f[k].pair = (int)(k - 1);
	}
}
