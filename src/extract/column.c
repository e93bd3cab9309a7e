#include "extract/column.h"

#include <stdlib.h>

#include "extract/attr.h"
#include "model/cue.h"
#include "extract/figure.h"
#include "extract/occupation.h"
#include "extract/place.h"
#include "extract/segment.h"
#include "extract/words.h"

/* "Low (10%)", "High (90%)": the percentile in a header's brackets. */
static int percent_header(const doc *d, size_t s, size_t e)
{
	const char *pct = memchr(d->t + s, '%', e - s);
	size_t q = pct ? (size_t)(pct - d->t) : s;

	while (q > s && doc_is_digit(d->t[q - 1]))
		q--;
	if (pct && q < (size_t)(pct - d->t)) {
		int n = atoi(d->t + q);
		if (n > 50 && n < 100)
			return n;
		if (n >= 1 && n < 50)
			return words_any(d, s, q, cue_words(CUE_HEADER_HIGH)) ? 100 - n : n;
	}
	return CSTAT_NONE;
}

/* The statistic a header names: a cue ("Median"), a percentile written
 * short ("10th", "P90") or in brackets ("Low (10%)"). */
static int stat_header(const doc *d, size_t s, size_t e)
{
	attr_found cue = attr_stat(d, s, e);
	int stat = cue.value == CSTAT_RANGE_LOW ? CSTAT_NONE : cue.value;
	size_t a = s, end;

	while (a < e && (d->t[a] == ' ' || d->t[a] == '*'))
		a++;
	if (stat == CSTAT_NONE && a < e && attr_ordinal(d, a, e, &end))
		stat = attr_ordinal(d, a, e, &end); /* "10th", "P90" */
	if (stat == CSTAT_NONE)
		stat = percent_header(d, s, e);
	return stat;
}

/* A header that names pay but no statistic: "Hourly" alone, "Salary";
 * "Grid min | Grid max", the ends of a pay range. */
static int pay_header(const doc *d, size_t s, size_t e, int stat, unit u)
{

	/* "Annual openings" is no column of pay */
	if (stat == CSTAT_NONE &&
	    (words_any(d, s, e, cue_words(CUE_PAY_COLUMN)) ||
	     words_any(d, s, e, cue_words(CUE_PAY_COLUMN_WEAK)) ||
	     (u != UNIT_NONE &&
	      doc_next_word_start(d, (size_t)doc_next_word_start(d, s, e) + 1, e) < 0)))
		stat = CSTAT_UNSPECIFIED;
	if (stat == CSTAT_UNSPECIFIED && !words_any(d, s, e, cue_words(CUE_WAGE))) {
		/* "Minimum wage" is a wage of its own */
		if (words_any(d, s, e, cue_words(CUE_RANGE_MIN)))
			stat = CSTAT_RANGE_LOW;
		else if (words_any(d, s, e, cue_words(CUE_RANGE_MAX)))
			stat = CSTAT_RANGE_HIGH;
	}
	return stat;
}

/* "2023", "FY2023", "Q4 2024", "May 2024": the year of a year's column. */
static int year_header(const doc *d, size_t s, size_t e)
{
	size_t q;
	int year = 0;

	for (q = s; q + 4 <= e; q++)
		if ((q == s || !doc_is_digit(d->t[q - 1])) && (q + 4 == e || !doc_is_digit(d->t[q + 4])) &&
		    figure_number(d->t, q, q + 4, &(double){0}) == q + 4 && atoi(d->t + q) >= 1990 &&
		    atoi(d->t + q) <= 2039)
			year = atoi(d->t + q);
	return year;
}

/* A column of one occupation's, year's or place's figures ("| | Ohio |
 * Texas |"), else a label column of places or occupations. */
static void name_header(const doc *d, size_t s, size_t e, column_meaning *m)
{
	doc_mention who[2];

	if (m->stat == CSTAT_NONE && e > s && occupation_find(d, s, e, who, 1) == 1)
		m->role = who[0].what;
	/* "2023", "May 2024"; "Effective July 1, 2025" over a step table */
	if (m->stat == CSTAT_NONE &&
	    (e - s <= 12 ||
	     (e - s <= 28 && words_here(d, words_of(cue_words(CUE_DATE_LEAD)), s, e, NULL))))
		m->year = year_header(d, s, e);
	if (m->stat == CSTAT_NONE && !m->role && !m->year && e > s &&
	    !words_any(d, s, e, cue_words(CUE_AREA_LABEL)) && place_find(d, s, e, who, 2) == 1 &&
	    (e - s <= who[0].len + 4 || /* "Ohio", not "Employment (US, 2024)" */
	     ((size_t)who[0].pos + who[0].len >= e - 1 && e - s <= who[0].len + 24 &&
	      memchr(d->t + s, ',', (size_t)who[0].pos - s)))) /* "Tulsa, Oklahoma" */
		m->area = who[0].what;
	if (m->role || m->year || m->area)
		m->stat = d->intro_active && d->intro_stat != CSTAT_NONE ? d->intro_stat
			  : d->head_stat != CSTAT_NONE			 ? d->head_stat
									 : CSTAT_UNSPECIFIED;
	if (m->stat == CSTAT_NONE && words_any(d, s, e, cue_words(CUE_AREA_LABEL)))
		m->label = 1;
	else if (m->stat == CSTAT_NONE && words_any(d, s, e, cue_words(CUE_ROLE_LABEL)))
		m->label = 2;
}

column_meaning column_read(const doc *d, size_t s, size_t e)
{
	column_meaning m = {CSTAT_NONE, UNIT_NONE, 0, NULL, NULL, 0, 0, 0, 0};

	m.stat = stat_header(d, s, e);
	m.unit = attr_unit_before(d, s, e);
	m.thousands = attr_thousands(d, s, e);
	m.stat = pay_header(d, s, e, m.stat, m.unit);
	if (words_any(d, s, e, cue_words(CUE_BONUS))) {
		m.stat = CSTAT_BONUS; /* "Night differential", "Sign-on bonus" */
		m.pay = 1;
		return m;
	}
	/* "Avg tenure (yrs)", "Years of service", "Tuition", "One-bedroom rent
	 * (median)", "Typical training cost": a column of counts or costs (a
	 * statistic's name does not make a cost pay; a word of pay does) */
	m.cost = words_any(d, s, e, cue_words(CUE_COST)) && !words_any(d, s, e, cue_words(CUE_PAY_COLUMN));
	if (((words_any(d, s, e, cue_words(CUE_COUNT)) || words_any(d, s, e, cue_words(CUE_DURATION))) &&
	     !words_any(d, s, e, cue_words(CUE_PAY))) ||
	    m.cost) {
		m.stat = CSTAT_NONE;
		m.label = 4;
		return m;
	}
	m.pay = m.stat != CSTAT_NONE || memchr(d->t + s, '$', e - s) != NULL;
	name_header(d, s, e, &m);
	return m;
}

/* The statistics a header line names, in order. */
size_t column_cues(const doc *d, size_t s, size_t e, int *stats, size_t max)
{
	size_t q, n = 0, end;

	for (q = s; q < e && n < max; q++) {
		int st = attr_stat_at(d, q, e, &end);
		if (st != CSTAT_NONE) {
			stats[n++] = st;
			q = end;
		}
	}
	return n;
}

/* The columns of an aligned header line, two spaces apart: the ones that
 * hold figures go to figs (at most 16); *columns counts them all. */
size_t column_aligned(const doc *d, size_t s, size_t e, column_meaning *figs,
			     size_t *columns, size_t *costs)
{
	size_t p = s, k = 0;

	*columns = *costs = 0;
	while (p < e && k < 16) {
		size_t q;
		column_meaning m;
		while (p < e && d->t[p] == ' ')
			p++;
		q = p;
		while (q < e && !segment_column_break(d, q, e))
			q++;
		if (q == p)
			break;
		m = column_read(d, p, q);
		(*columns)++;
		*costs += (size_t)m.cost;
		if (m.stat != CSTAT_NONE)
			figs[k++] = m;
		p = q;
	}
	return k;
}
