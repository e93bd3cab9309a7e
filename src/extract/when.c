#include "extract/when.h"

#include <stdlib.h>
#include <string.h>

#include "extract/attr.h"
#include "extract/place.h"

/* Does the paragraph (not a list) give one year, after e, in a sentence
 * that names a place if and only if the figure's place a is a state's?
 * "Massachusetts pays USD 48,180. ... Maryland, USD 40,600 in 2010.", not
 * "The median is $62,340. In Ohio, LPNs averaged $57,660 in May 2023." */
static int later_year(doc *d, size_t e, const area *a)
{
	size_t y, s;
	doc_mention m[1];
	int national = !a || strcmp(a->code, "US") == 0;

	if (d->in_item)
		return 0;
	if (d->par_only_year < 0)
		d->par_only_year =
			d->par_e > d->par_s ? attr_year_only(d, d->par_s, d->par_e, &d->par_year_at) : 0;
	if (d->par_only_year <= 0 || d->par_year_at < e)
		return 0;
	y = d->par_year_at;
	for (s = y; s > e && !(d->t[s - 1] == '.' && d->t[s] == ' '); s--)
		;
	return national == (place_find(d, s, y, m, 1) == 0);
}

int when_figure(doc *d, doc_span sp, int dated, size_t fig_s, int statistic, int restates,
		const area *a, unsigned *guessed)
{
	int year = dated ? attr_year(d, sp.s, sp.e, fig_s) : 0;
	int par = statistic && d->par_year, intro = d->introduced && d->intro_year;

	if (year)
		return year;
	if (restates && d->last_year)
		return d->last_year;
	/* a year of the title or the whole text is a guess for this figure;
	 * one of its paragraph, section or of the list it is in, not */
	if (!par && !intro)
		*guessed |= !d->head_year && d->all_year		 ? CLAIM_GUESSED_PERIOD
			    : d->head_year && d->head_year_carried ? CLAIM_CARRIED_PERIOD
								   : 0;
	if (statistic && !d->par_year && !intro && later_year(d, sp.e, a)) {
		*guessed |= CLAIM_CARRIED_PERIOD;
		return d->par_only_year;
	}
	if (par && d->par_year_before_item)
		*guessed |= CLAIM_CARRIED_PERIOD; /* "- The median is $43,460 (May 2024).\n- The
						   * 10th percentile is $15.73" */
	year = par ? d->par_year : intro ? d->intro_year : d->head_year;
	return year ? year : d->all_year;
}
