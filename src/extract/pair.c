#include "extract/pair.h"

#include "extract/occupation.h"
#include "extract/place.h"

void pair_units(const doc *d, doc_fig *f, size_t n)
{
	size_t k;

	for (k = 1; k < n; k++) {
		doc_mention m[1];
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
