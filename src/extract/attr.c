#include "extract/attr.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "model/cue.h"
#include "extract/words.h"

/* The qualifier written just before a figure. */
qualifier attr_qualifier(const doc *d, size_t s, size_t fig_s)
{
	size_t from = fig_s > s + 30 ? fig_s - 30 : s;
	long a = words_just_before(d, from, fig_s, cue_words(CUE_ABOUT));
	long l = words_just_before(d, from, fig_s, cue_words(CUE_LESS_THAN));
	long m = words_just_before(d, from, fig_s, cue_words(CUE_MORE_THAN));

	if (m >= 0 && m >= l && m >= a)
		return QUAL_MORE_THAN;
	if (l >= 0 && l >= a)
		return QUAL_LESS_THAN;
	return a >= 0 ? QUAL_ABOUT : QUAL_EXACT;
}

/* A unit word right after a figure (skipping spaces, "dollars"); *end, if
 * given, is set to where it ends. */
unit attr_unit_after_to(const doc *d, size_t j, size_t e, size_t *end)
{
	const char *const *words = cue_words(CUE_UNIT_AFTER);
	const words_set *ws = words_of(words);
	size_t k, g;

	while (j < e && (d->t[j] == ' ' || d->t[j] == '\n' || d->t[j] == '*'))
		j++;
	if (doc_word_at(d, j, e, "dollars"))
		j += 7;
	while (j < e && (d->t[j] == ' ' || d->t[j] == '\n'))
		j++;

	/* the phrases that begin with the byte at j, in the list's order */
	for (g = ws->start[(unsigned char)d->lc[j]]; g < ws->start[(unsigned char)d->lc[j] + 1]; g++) {
		const char *w = words[k = ws->by_first[g]];
		size_t n = ws->len[k];
		if (j + n <= e && memcmp(d->lc + j, w, n) == 0 &&
		    (j + n >= d->len || !doc_is_word(d->lc[j + n])) &&
		    d->t[j + n] != ':') { /* not the label of a next line, "Hourly: $20" */
			if (end)
				*end = j + n;
			return unit_parse(cue_values(CUE_UNIT_AFTER)[k]);
		}
	}
	return UNIT_NONE;
}

int attr_joined(const doc *d, size_t from, size_t at, const char *const *words)
{
	size_t g = from, k;

	while (g < at && (d->t[g] == ' ' || d->t[g] == ','))
		g++;
	for (k = 0; words[k]; k++)
		if (doc_word_at(d, g, at, words[k]) && g + strlen(words[k]) + 1 == at)
			return 1;
	return 0;
}

int attr_linked_after(const doc *d, size_t ue, size_t at)
{
	return at > ue && at <= ue + 24 && attr_joined(d, ue, at, cue_words(CUE_LINK_AFTER));
}

/* A unit word right after a figure (skipping spaces, "dollars"). */
unit attr_unit_after(const doc *d, size_t j, size_t e)
{
	return attr_unit_after_to(d, j, e, NULL);
}

/* A unit word shortly before a figure: "an hourly wage of $18". */
unit attr_unit_before(const doc *d, size_t s, size_t fig_s)
{
	size_t from = fig_s > s + 60 ? fig_s - 60 : s;
	int which = 0;

	if (words_last(d, from, fig_s, cue_words(CUE_UNIT_BEFORE), &which) >= 0)
		return unit_parse(cue_values(CUE_UNIT_BEFORE)[which]);
	return UNIT_NONE;
}

/* An ordinal or percent number just before position p: "90th", "10 percent",
 * "10%"; returns it, or -1. */
static int number_before(const doc *d, size_t s, size_t p)
{
	size_t j = p, word_end;
	int v = 0, mul = 1, any = 0;

	while (j > s && (d->t[j - 1] == ' ' || d->t[j - 1] == '\n'))
		j--;
	word_end = j;
	while (j > s && isalpha((unsigned char)d->t[j - 1]) && word_end - j < 2) /* th, st */
		j--;
	while (j > s && doc_is_digit(d->t[j - 1]) && mul <= 100) {
		v += (d->t[j - 1] - '0') * mul;
		mul *= 10;
		any = 1;
		j--;
	}
	return any ? v : -1;
}

/* Which end of the distribution the words just before i name: -1 the
 * bottom ("the lowest tenth", "the first quartile"), 1 the top ("the
 * best-paid tenth", "the upper quartile"), 0 neither. */
static int which_end(const doc *d, size_t s, size_t i)
{
	size_t from = i > s + 20 ? i - 20 : s;
	long lo = words_last(d, from, i, cue_words(CUE_END_LOW), NULL), hi = words_last(d, from, i, cue_words(CUE_END_HIGH), NULL);

	return lo > hi ? -1 : hi > lo ? 1 : 0;
}

/* "a quarter earned less than", "the bottom quarter", "one in ten earned
 * more than": the percentile a share at i (c: 'q' or 'o') names. */
static int share_stat(const doc *d, size_t s, size_t e, size_t i, char c)
{
	int part = c == 'q' ? 25 : memchr("t1", d->lc[i + 7], 2) ? 10 : 25;
	int end = which_end(d, s, i);

	if (c == 'q' && words_just_before(d, i > s + 10 ? i - 10 : s, i, cue_words(CUE_SEASON)) >= 0)
		return CSTAT_NONE; /* "the first quarter of 2024" is a time */
	if (end)
		return end < 0 ? part : 100 - part;
	if (words_any(d, i, e, cue_words(CUE_SHARE_UNDER)))
		return part;
	if (words_any(d, i, e, cue_words(CUE_SHARE_OVER)))
		return 100 - part;
	return CSTAT_NONE;
}

/* "the bottom 10 percent", "the top 10%", "the middle 50%": the
 * percentile a percent at i names. */
static int percent_stat(const doc *d, size_t s, size_t i)
{
	int n = number_before(d, s, i);
	size_t from = i > s + 40 ? i - 40 : s;
	long lo = words_last(d, from, i, cue_words(CUE_PERCENT_LOW), NULL), hi = words_last(d, from, i, cue_words(CUE_PERCENT_HIGH), NULL);

	if (n >= 1 && n <= 99 && words_any(d, from, i, cue_words(CUE_MIDDLE)) && n == 50)
		return CSTAT_RANGE_LOW; /* the middle 50%: p25 to p75 */
	if (n >= 1 && n <= 99 && lo > hi)
		return n;
	if (n >= 1 && n <= 99 && hi > lo)
		return 100 - n;
	return CSTAT_NONE;
}

/* The end of the distribution a word at i names, as a percentile: lo for
 * the bottom, hi for the top, else none. */
static int end_stat(const doc *d, size_t s, size_t i, int lo, int hi)
{
	int end = which_end(d, s, i);

	return end ? (end < 0 ? lo : hi) : CSTAT_NONE;
}

static const words_set *median_words, *mean_words;

/* The bytes a statistic's word begins with: those of the median and mean
 * words, and of "typical", "quarter", "one in ten", "half", "tenth",
 * "decile", "percentile"; made once. */
static const char *stat_starts(void)
{
	static char first[256];
	const char *const *w;
	const char *c;

	if (median_words)
		return first;
	for (w = cue_words(CUE_MEDIAN); *w; w++)
		first[(unsigned char)**w] = 1;
	for (w = cue_words(CUE_MEAN); *w; w++)
		first[(unsigned char)**w] = 1;
	/* attr_stat looks at word starts only */
	for (int b = 0; b < 256; b++)
		if (first[b] && !doc_is_word((char)b)) {
			fprintf(stderr, "wagestat: internal error: datasets/cues.csv: a median or mean "
				"phrase begins with '%c', not a letter or digit\n", b);
			abort();
		}
	for (c = "tqohdp"; *c; c++)
		first[(unsigned char)*c] = 1;
	mean_words = words_of(cue_words(CUE_MEAN));
	median_words = words_of(cue_words(CUE_MEDIAN));
	return first;
}

/* The statistic a word starting at i (c = lc[i]) names, if any. */
static int stat_here(const doc *d, size_t s, size_t e, size_t i, char c)
{

	if (words_here(d, median_words, i, e, NULL))
		return CSTAT_MEDIAN;
	if (words_here(d, mean_words, i, e, NULL))
		return CSTAT_MEAN;
	if (c == 't' && doc_word_at(d, i, e, "typical") && i >= s + 4 &&
	    memcmp(d->lc + i - 4, "the ", 4) == 0)
		return CSTAT_MEDIAN; /* "the typical nurse earns", not "typical pay" */
	if ((c == 'q' && doc_word_at(d, i, e, "quarter")) ||
	    (c == 'o' && (doc_word_at(d, i, e, "one in ten") || doc_word_at(d, i, e, "one in four") ||
			  doc_word_at(d, i, e, "one in 10") || doc_word_at(d, i, e, "one in 4"))))
		return share_stat(d, s, e, i, c);
	if (c == 'q' && (doc_word_at(d, i, e, "quartile") || doc_word_at(d, i, e, "quartiles")))
		return end_stat(d, s, i, 25, 75);
	if (c == 'h' && doc_word_at(d, i, e, "half"))
		return words_last(d, i > s + 12 ? i - 12 : s, i, cue_words(CUE_MIDDLE), NULL) >= 0 ||
				       words_last(d, i, i + 48 < e ? i + 48 : e, cue_words(CUE_BETWEEN), NULL) >= 0
			       ? CSTAT_RANGE_LOW /* the middle half, "half of all techs earn
						  * between": p25 to p75 */
			       : CSTAT_MEDIAN;
	if ((c == 't' && doc_word_at(d, i, e, "tenth")) || (c == 'd' && doc_word_at(d, i, e, "decile")))
		return end_stat(d, s, i, 10, 90);
	if (c == 'p' && doc_word_at(d, i, e, "percentile")) {
		int n = number_before(d, s, i);
		return n >= 1 && n <= 99 ? n : CSTAT_NONE;
	}
	if ((c == 'p' && doc_word_at(d, i, e, "percent")) || c == '%')
		return percent_stat(d, s, i);
	return CSTAT_NONE;
}

attr_found attr_stat(const doc *d, size_t s, size_t e)
{
	const char *cue_first = stat_starts();
	attr_found best = {-1, CSTAT_NONE, NULL};
	const char *pct = memchr(d->lc + s, '%', e > s ? e - s : 0);
	long w = doc_next_word_start(d, s, e);

	/* every cue begins a word, but for the '%' of "10%": the word starts
	 * and the '%'s in the order they come */
	while (w >= 0 || pct) {
		size_t i = w >= 0 && (!pct || (size_t)w < (size_t)(pct - d->lc)) ? (size_t)w
										 : (size_t)(pct - d->lc);
		char c = d->lc[i];
		int stat;
		if (c == '%')
			pct = memchr(d->lc + i + 1, '%', e - i - 1);
		else
			w = doc_next_word_start(d, i + 1, e);
		if (c != '%' && !cue_first[(unsigned char)c])
			continue;
		stat = stat_here(d, s, e, i, c);
		if (stat != CSTAT_NONE) {
			/* "the top 10% earn an average of": the mean of the top
			 * tenth; "the bottom 10 percent averaged": of the bottom */
			if (stat == CSTAT_MEAN && best.pos >= 0 && (best.value == 90 || best.value == 10))
				stat = best.value == 90 ? CSTAT_TOP10_MEAN : CSTAT_BOTTOM10_MEAN;
			best.pos = (long)i;
			best.value = stat;
		}
	}
	return best;
}

/* A percentile written short at q: "10th", "50th (median)", "90th pct.",
 * "P90", "p50"; 0 if none.  *end is set after it. */
int attr_ordinal(const doc *d, size_t q, size_t e, size_t *end)
{
	size_t j = q;
	int n;

	if (j + 1 < e && d->lc[j] == 'p' && doc_is_digit(d->t[j + 1]))
		j++; /* "P90" */
	if (!doc_is_digit(d->t[j]))
		return 0;
	n = atoi(d->t + j);
	while (j < e && doc_is_digit(d->t[j]))
		j++;
	if (j > q && d->lc[q] == 'p') {
		if (j < e && doc_is_word(d->t[j]))
			return 0;
	} else if (j + 2 <= e && (!memcmp(d->lc + j, "th", 2) || !memcmp(d->lc + j, "st", 2) ||
				  !memcmp(d->lc + j, "nd", 2) || !memcmp(d->lc + j, "rd", 2)) &&
		   (j + 2 >= e || !doc_is_word(d->lc[j + 2]))) {
		j += 2;
	} else {
		return 0;
	}
	*end = j;
	return n >= 1 && n <= 99 ? n : 0;
}

size_t attr_qualifier_start(const doc *d, size_t s, size_t fs)
{
	static const cue_class quals[] = {CUE_ABOUT, CUE_LESS_THAN, CUE_MORE_THAN};
	size_t i, from = fs > s + 24 ? fs - 24 : s;

	for (i = 0; i < sizeof quals / sizeof *quals; i++) {
		int which;
		long at = words_last(d, from, fs, cue_words(quals[i]), &which);
		size_t end;
		if (at < 0)
			continue;
		end = (size_t)at + strlen(cue_words(quals[i])[which]);
		while (end < fs && d->t[end] == ' ')
			end++;
		if (end == fs)
			return (size_t)at;
	}
	return fs;
}

/* A statistic named starting at q: "median", "mean", "average", "90th
 * percentile", "bottom 10%", "top 10 percent".  Sets *end; CSTAT_NONE if
 * none starts there. */
int attr_stat_at(const doc *d, size_t q, size_t e, size_t *end)
{
	size_t k;

	if (q > 0 && doc_is_word(d->lc[q - 1]))
		return CSTAT_NONE;
	if (doc_word_at(d, q, e, "median")) {
		*end = q + 6;
		return CSTAT_MEDIAN;
	}
	if (doc_word_at(d, q, e, "mean") || doc_word_at(d, q, e, "average")) {
		*end = q + (d->lc[q] == 'm' ? 4 : 7);
		return CSTAT_MEAN;
	}
	if (doc_is_digit(d->t[q])) {
		int n = atoi(d->t + q);
		size_t j = q;
		while (j < e && isalnum((unsigned char)d->t[j]))
			j++;
		while (j < e && d->t[j] == ' ')
			j++;
		if (n >= 1 && n <= 99 && doc_word_at(d, j, e, "percentile")) {
			*end = j + 10;
			return n;
		}
		if (n >= 1 && n <= 99 && (doc_word_at(d, j, e, "pct") || doc_word_at(d, j, e, "%ile"))) {
			*end = j + (d->lc[j] == 'p' ? 3 : 4) + (d->t[j + 3] == '.');
			return n;
		}
		return CSTAT_NONE;
	}
	for (k = 0; k < 2; k++) {
		const char *const *list = k ? cue_words(CUE_NAMED_HIGH) : cue_words(CUE_NAMED_LOW);
		size_t w;
		for (w = 0; list[w]; w++)
			if (doc_word_at(d, q, e, list[w])) {
				size_t j = q + strlen(list[w]);
				int n;
				while (j < e && (d->t[j] == ' ' || d->t[j] == '\n'))
					j++;
				n = atoi(d->t + j);
				while (j < e && doc_is_digit(d->t[j]))
					j++;
				while (j < e && (d->t[j] == ' ' || d->t[j] == '\n'))
					j++;
				if (n >= 1 && n <= 99 && j < e &&
				    (d->t[j] == '%' || doc_word_at(d, j, e, "percent"))) {
					*end = j + (d->t[j] == '%' ? 1 : 7);
					return k ? 100 - n : n;
				}
			}
	}
	return CSTAT_NONE;
}

/* Does [s, e) say its figures are in thousands of dollars: "($1,000s)",
 * "in thousands", "$000s", "($K)"? */
int attr_thousands(const doc *d, size_t s, size_t e)
{
	size_t i;

	for (i = s; i < e; i++)
		if ((d->lc[i] == 't' && e - i >= 8 && !memcmp(d->lc + i, "thousand", 8)) ||
		    (d->lc[i] == '0' && e - i >= 4 && !memcmp(d->lc + i, "000", 3) &&
		     (d->lc[i + 3] == 's' || d->lc[i + 3] == ')')) ||
		    (d->lc[i] == '$' && i + 1 < e && d->lc[i + 1] == 'k'))
			return 1;
	return 0;
}

/* The year from 1990 to 2039 written at word start i of [s, e), or 0. */
static inline int year_at(const doc *d, size_t s, size_t e, size_t i)
{
	int y;

	if (!doc_is_digit(d->t[i]) ||
	    (i > s && (doc_is_word(d->t[i - 1]) || d->t[i - 1] == '$' || d->t[i - 1] == ',' ||
		       d->t[i - 1] == '.')))
		return 0;
	if (i + 4 < e &&
	    (doc_is_digit(d->t[i + 4]) || (d->t[i + 4] == ',' && i + 5 < e && doc_is_digit(d->t[i + 5]))))
		return 0;
	/* "29-2032" is an occupation's code, not a year */
	if (i >= 3 && d->t[i - 1] == '-' && doc_is_digit(d->t[i - 2]) && doc_is_digit(d->t[i - 3]))
		return 0;
	y = atoi(d->t + i);
	return y < 1990 || y > 2039 ? 0 : y;
}

/* A year from 1990 to 2039 standing alone in [s, e), nearest to p. */
int attr_year(const doc *d, size_t s, size_t e, size_t p)
{
	long at;
	int best = 0;
	size_t best_dist = (size_t)-1;

	/* a year starts a word, or the span */
	for (at = (long)s; at >= 0 && (size_t)at + 4 <= e; at = doc_next_word_start(d, (size_t)at + 1, e)) {
		size_t i = (size_t)at, dist;
		int y = year_at(d, s, e, i);
		if (!y)
			continue;
		dist = i < p ? p - i : (i - p) * 2; /* before the figure is likelier */
		if (dist < best_dist) {
			best = y;
			best_dist = dist;
		}
	}
	return best;
}

int attr_year_only(const doc *d, size_t s, size_t e, size_t *last)
{
	long at;
	int only = 0;

	for (at = (long)s; at >= 0 && (size_t)at + 4 <= e; at = doc_next_word_start(d, (size_t)at + 1, e)) {
		int y = year_at(d, s, e, (size_t)at);
		if (y && only && y != only)
			return 0;
		if (y) {
			only = y;
			*last = (size_t)at;
		}
	}
	return only;
}

/* A named survey: "the 2023 Allied Staffing Salary Survey", capitalised
 * words before a kind of source; NULL if none. */
static const char *named_survey(const doc *d, size_t s, size_t e)
{
	static char named[64];
	int which;
	long at = words_last(d, s, e, cue_words(CUE_SOURCE_KIND), &which);
	size_t start, end, words = 0;

	if (at < 0 || !isupper((unsigned char)d->t[at]))
		return NULL;
	start = (size_t)at;
	end = (size_t)at + strlen(cue_words(CUE_SOURCE_KIND)[which]);
	while (start > s && words < 6) {
		size_t w = start, b;
		while (w > s && d->t[w - 1] == ' ')
			w--;
		if (w == start || w == s)
			break;
		b = w;
		while (b > s && doc_is_word(d->t[b - 1]))
			b--;
		if (!isupper((unsigned char)d->t[b]))
			break;
		start = b;
		words++;
	}
	if (words < 1)
		return NULL;
	snprintf(named, sizeof named, "%.*s", (int)(end - start), d->t + start);
	return named;
}

const char *attr_source(const doc *d, size_t s, size_t e)
{
	int which;

	/* sources are proper names: most sentences have none of them */
	if (words_last_capital(d, s, e, cue_words(CUE_SOURCE_QUICK), NULL) < 0)
		return NULL;
	if (words_last_capital(d, s, e, cue_words(CUE_SOURCE), &which) >= 0)
		return cue_values(CUE_SOURCE)[which];
	return named_survey(d, s, e);
}

size_t attr_percentiles_listed(const doc *d, size_t s, size_t e, int *out, size_t max,
			       size_t *after)
{
	long at = words_last(d, s, e, cue_words(CUE_PERCENTILES), NULL);
	int back[8];
	size_t n = 0, k, j;

	if (at < 0)
		return 0;
	j = (size_t)at;
	while (n < 8) {
		long w = doc_last_word_start(d, s, j);
		size_t q;
		if (w < 0)
			break;
		q = (size_t)w;
		if (doc_word_at(d, q, j, "and") || doc_word_at(d, q, j, "the")) {
			j = q;
			continue;
		}
		if (!doc_is_digit(d->t[q]) || atoi(d->t + q) < 1 || atoi(d->t + q) > 99)
			break;
		back[n++] = atoi(d->t + q);
		j = q;
	}
	if (n < 2 || n > max)
		return 0;
	for (k = 0; k < n; k++)
		out[k] = back[n - 1 - k];
	*after = (size_t)at + 11;
	return n;
}

int attr_range_word(const doc *d, size_t s, size_t fs)
{
	/* every phrase of range_word_low says "low", of range_word_high
	 * "high" (test_extract_cue holds the data to it): most figures have
	 * neither word just before them */
	size_t w = fs - s > 32 ? fs - 32 : s;
	int low = 0, high = 0;

	for (; w + 3 <= fs; w++) {
		low |= d->lc[w] == 'l' && d->lc[w + 1] == 'o' && d->lc[w + 2] == 'w';
		high |= d->lc[w] == 'h' && d->lc[w + 1] == 'i' && d->lc[w + 2] == 'g';
	}
	if (!low && !high)
		return CSTAT_NONE;
	fs = attr_qualifier_start(d, s, fs);
	if (low && words_just_before(d, s, fs, cue_words(CUE_RANGE_WORD_LOW)) >= 0)
		return CSTAT_RANGE_LOW;
	if (high && words_just_before(d, s, fs, cue_words(CUE_RANGE_WORD_HIGH)) >= 0)
		return CSTAT_RANGE_HIGH;
	return CSTAT_NONE;
}

const char *attr_heading_source(doc *d)
{
	if (!d->head_source_looked) {
		const char *src = attr_source(d, d->head_s, d->head_e);
		snprintf(d->head_source, sizeof d->head_source, "%s", src ? src : "");
		d->head_source_looked = 1;
	}
	return d->head_source[0] ? d->head_source : NULL;
}
