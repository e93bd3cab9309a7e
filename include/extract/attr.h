/* attr: what the words near a figure say of it - the statistic
 * ("median", "the top 10 percent", "90th percentile"), the qualifier
 * ("about", "more than"), the unit ("an hour", "annual"), the year and
 * the source ("BLS", "the 2023 Allied Staffing Salary Survey"). */
#ifndef WAGESTAT_EXTRACT_ATTR_H
#define WAGESTAT_EXTRACT_ATTR_H

#include "extract/doc.h"

typedef struct attr_found {
	long pos; /* -1 if none */
	int value;
	const char *text;
} attr_found;

/* The statistic named in [s, e), nearest e wins: a CSTAT_ value or a
 * percentile 1..99; CSTAT_RANGE_LOW for "the middle half" or "the middle
 * 50%" (p25 to p75). */
attr_found attr_stat(const doc *d, size_t s, size_t e);

/* Where a word must end to stand right before the figure at fs (the
 * sentence from s): the start of a qualifier right before it ("well
 * over", "about"), else fs. */
size_t attr_qualifier_start(const doc *d, size_t s, size_t fs);

/* The qualifier written just before a figure. */
qualifier attr_qualifier(const doc *d, size_t s, size_t fig_s);

/* A unit word right after a figure (skipping spaces, "dollars"); *end, if
 * given, is set to where it ends. */
unit attr_unit_after_to(const doc *d, size_t j, size_t e, size_t *end);

/* Is `at` reached from `from` by spaces or a comma, one of words and one
 * space ("$42,000 a year in Texas": from past "a year", at "Texas")? */
int attr_joined(const doc *d, size_t from, size_t at, const char *const *words);

/* Is the name at `at` joined to the figure whose unit words end at ue (the
 * figure's end if it has none) by a word of class link_after ("$42,000 a
 * year in Texas", "$42,500 for an LPN")? */
int attr_linked_after(const doc *d, size_t ue, size_t at);

/* A range's end named right before the figure at fs (the sentence from
 * s): "the low is $14.17 and the high $29.05" (classes range_word_low,
 * range_word_high); else CSTAT_NONE. */
int attr_range_word(const doc *d, size_t s, size_t fs);

/* A unit word right after a figure (skipping spaces, "dollars"). */
unit attr_unit_after(const doc *d, size_t j, size_t e);

/* A unit word shortly before a figure: "an hourly wage of $18". */
unit attr_unit_before(const doc *d, size_t s, size_t fig_s);

/* A percentile written short at q: "10th", "50th (median)", "90th pct.",
 * "P90", "p50"; 0 if none.  *end is set after it. */
int attr_ordinal(const doc *d, size_t q, size_t e, size_t *end);

/* A statistic named starting at q: "median", "mean", "average", "90th
 * percentile", "bottom 10%", "top 10 percent".  Sets *end; CSTAT_NONE if
 * none starts there. */
int attr_stat_at(const doc *d, size_t q, size_t e, size_t *end);

/* Does [s, e) say its figures are in thousands of dollars: "($1,000s)",
 * "in thousands", "$000s", "($K)"? */
int attr_thousands(const doc *d, size_t s, size_t e);

/* A year from 1990 to 2039 standing alone in [s, e), nearest to p. */
int attr_year(const doc *d, size_t s, size_t e, size_t p);

/* The source the section's heading names, or NULL: "### Indeed (August
 * 2025)" credits the figures under it (looked for once per heading). */
const char *attr_heading_source(doc *d);

/* The one year [s, e) gives, or 0 if it gives none or several; *last is
 * set to where it is written last. */
int attr_year_only(const doc *d, size_t s, size_t e, size_t *last);

/* The source [s, e) credits: "BLS", "Glassdoor", or a named survey ("the
 * 2023 Allied Staffing Salary Survey"); NULL if none.  The name may be in
 * a buffer that the next call overwrites. */
const char *attr_source(const doc *d, size_t s, size_t e);

/* "The 10th and 90th percentiles were $33,000 and $58,000": the
 * percentiles listed before the word "percentiles", in order (at most max);
 * *after is where the list ends. */
size_t attr_percentiles_listed(const doc *d, size_t s, size_t e, int *out, size_t max,
			       size_t *after);

#endif
