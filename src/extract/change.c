#include "extract/change.h"

#include <ctype.h>
#include <string.h>

#include "extract/attr.h"
#include "extract/words.h"
#include "model/cue.h"

/* Does a word of difference begin at a, past spaces? */
int change_difference_at(const doc *d, size_t a, size_t e)
{
	while (a < e && d->t[a] == ' ')
		a++;
	return words_here(d, words_of(cue_words(CUE_DIFFERENCE)), a, e, NULL);
}

/* "per routine visit", "for a 10-hour shift", "a short visit": "per", "a"
 * or "for a", at most one word, and the noun of a per_other phrase "per
 * NOUN"? */
static int per_other_word(const doc *d, size_t a, size_t e)
{
	static const char *const leads[] = {"per", "for a", "for an", "a", "an", NULL};
	static const char *nouns[CUE_MAX_PHRASES + 1]; /* of "per NOUN", found once */
	const words_set *w;
	size_t b, l, n = 0;

	for (l = 0; leads[l] && !doc_word_at(d, a, e, leads[l]); l++)
		;
	if (!leads[l])
		return 0;
	if (!nouns[0]) {
		const char *const *p;
		for (p = cue_words(CUE_PER_OTHER); *p; p++)
			if (strncmp(*p, "per ", 4) == 0)
				nouns[n++] = *p + 4;
		nouns[n] = NULL;
	}
	w = words_of(nouns);
	a += strlen(leads[l]) + 1;
	for (b = a; b < e && (isalnum((unsigned char)d->t[b]) || d->t[b] == '-'); b++)
		;
	return (a < e && words_here(d, w, a, e, NULL)) ||
	       (b + 1 < e && d->t[b] == ' ' && words_here(d, w, b + 1, e, NULL));
}

/* Is what follows a figure ending at end a difference or pay by some other
 * measure: "$2.35/hr more", "$3 an hour more", "$7,000 of that", "per
 * visit"? */
static int other_after(const doc *d, size_t end, size_t e)
{
	size_t a = end, u;

	while (a < e && (d->t[a] == ' ' || d->t[a] == '\n')) /* "five dollars\nmore" */
		a++;
	u = a;
	if (attr_unit_after_to(d, a, e, &u) != UNIT_NONE && u > a) {
		while (u < e && d->t[u] == ' ')
			u++;
		if (words_here(d, words_of(cue_words(CUE_DIFFERENCE)), u, e, NULL))
			a = u;
	}
	return (a > end && words_here(d, words_of(cue_words(CUE_DIFFERENCE)), a, e, NULL)) ||
	       words_here(d, words_of(cue_words(CUE_PER_OTHER)), a, e, NULL) ||
	       per_other_word(d, a, e) ||
	       words_here(d, words_of(cue_words(CUE_PART_OF)), a, e, NULL);
}

/* Is the figure at fs a change: "can differ by $25,000", "gained well
 * over $10,000", the size of a gap named before it ("The difference
 * between the two is about $22,400"), or "by" after a verb of change or a word of difference
 * in its clause ("bumps that by $2", "rose by $1.50", "come out ahead,
 * by about $2,900")? */
static int change_before(const doc *d, size_t s, size_t fs, int qualified)
{
	static const char *const by[] = {"by", NULL};
	size_t q = qualified ? attr_qualifier_start(d, s, fs) : fs, c;
	long at;

	if (words_just_before(d, q > s + 24 ? q - 24 : s, q, cue_words(CUE_DIFFERENCE_BEFORE)) >= 0 ||
	    (q < fs && words_just_before(d, fs > s + 24 ? fs - 24 : s, fs,
					 cue_words(CUE_DIFFERENCE_BEFORE)) >= 0))
		return 1;
	/* "the gap between aide jobs and retail work narrowed to $1" */
	at = words_just_before(d, q > s + 16 ? q - 16 : s, q, cue_words(CUE_GAP_IS));
	if (at >= 0 && words_any(d, (size_t)at > s + 160 ? (size_t)at - 160 : s, (size_t)at,
				 cue_words(CUE_GAP)))
		return 1;
	at = words_just_before(d, q > s + 8 ? q - 8 : s, q, by);
	if (at < 0)
		return 0;
	for (c = (size_t)at; c > s && (size_t)at - c < 60 && d->t[c - 1] != ';'; c--)
		;
	return words_any(d, c, (size_t)at, cue_words(CUE_CHANGE)) ||
	       words_any(d, c, (size_t)at, cue_words(CUE_DIFFERENCE)); /* "ahead, by $2,900" */
}

/* Do the figures [s1, e1) and [s2, ...) make a range or a choice: "$2
 * to $4", "$5 or $6", "$2-$4", or with a dash (clean made it "-" and two
 * spaces)? */
static int joined(const doc *d, size_t e1, size_t s2)
{
	size_t a = e1;

	while (a < s2 && (d->t[a] == ' ' || d->t[a] == '\n'))
		a++;
	if (doc_word_at(d, a, s2, "to") || doc_word_at(d, a, s2, "or"))
		a += 2;
	else if (a < s2 && d->t[a] == '-') /* a dash too: clean made it "-" */
		a++;
	else
		return 0;
	while (a < s2 && (d->t[a] == ' ' || d->t[a] == '$'))
		a++;
	return a == s2;
}

int change_figure(const doc *d, const doc_fig *f, size_t n, size_t k, size_t s, size_t e)
{
	if (change_before(d, s, f[k].s, f[k].qual != QUAL_EXACT))
		return 1;
	if (k + 1 < n && joined(d, f[k].e, f[k + 1].s) && other_after(d, f[k + 1].e, e))
		return 1;
	/* a range's high end is what its low end is ("by $2 to $5 an hour") */
	if (k > 0 && f[k - 1].change && joined(d, f[k - 1].e, f[k].s))
		return 1;
	return other_after(d, f[k].e, e);
}

int change_set_against(const doc *d, const doc_fig *f, size_t k)
{
	size_t s, e;

	if (k == 0)
		return 0;
	s = f[k - 1].e;
	e = f[k].s;
	return e - s <= 48 && !memchr(d->t + s, ';', e - s) &&
	       words_any(d, s, e, cue_words(CUE_VERSUS));
}
