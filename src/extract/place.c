#include "extract/place.h"

#include <ctype.h>
#include <string.h>

#include "extract/attr.h"
#include "model/cue.h"
#include "extract/segment.h"
#include "extract/words.h"

/* The longest place name that phrase() knows starting at the word i, up
 * to four words: its area, and *end; NULL if none. */
static const area *longest_place(const doc *d, size_t i, size_t e, size_t *end,
				 const area *(*phrase)(const char *, size_t, int *))
{
	/* two-letter codes that are also words, unless after a comma */
	const area *a = NULL;
	size_t j = i, k;

	for (k = 0; k < 4 && j < e; k++) {
		size_t len;
		int longer;
		const area *here;
		while (j < e && (doc_is_word(d->t[j]) || d->t[j] == '.' || d->t[j] == '\''))
			j++;
		len = j - i;
		/* a sentence's last word keeps its full stop out of the name, and
		 * "Ohio's" is Ohio */
		while (len > 2 && d->t[i + len - 1] == '.' && !(len == 4 && d->t[i + 1] == '.'))
			len--;
		if (len > 3 && d->t[i + len - 2] == '\'' && d->lc[i + len - 1] == 's')
			len -= 2;
		if (memchr(d->t + i, '\n', len) && len < 96) { /* "New York\nCity" */
			char one_line[96];
			for (size_t c = 0; c < len; c++)
				one_line[c] = d->t[i + c] == '\n' ? ' ' : d->t[i + c];
			here = phrase(one_line, len, &longer);
		} else {
			here = phrase(d->t + i, len, &longer);
		}
		if (here && len == 3 && isupper((unsigned char)d->t[i]) &&
		    isupper((unsigned char)d->t[i + 1]) && d->t[i + 2] == 's')
			here = NULL; /* "PAs" are physician assistants */
		if (here && len <= 2) {
			size_t w;
			int comma = i >= 2 && d->t[i - 2] == ',';
			if (!isupper((unsigned char)d->t[i]) || !isupper((unsigned char)d->t[i + 1]))
				here = NULL;
			for (w = 0; here && cue_words(CUE_STATE_CODE_WORD)[w] && !comma; w++)
				if (strncmp(d->t + i, cue_words(CUE_STATE_CODE_WORD)[w], 2) == 0)
					here = NULL;
		}
		if (here) {
			a = here;
			*end = j;
		}
		if (!longer)
			break;
		while (j < e && (d->t[j] == ' ' || d->t[j] == '\n'))
			j++;
		if (j < e && !isalpha((unsigned char)d->t[j]))
			break;
	}
	return a;
}

/* Is a city at i named as a place: "in Phoenix", "at the Dayton station",
 * "outside greater Boston"?  (Not "Austin, a nurse, says".) */
static int city_place(const doc *d, size_t s, size_t i)
{
	size_t j = i;

	for (;;) {
		long at = doc_last_word_start(d, s, j);
		int which;
		if (at < 0)
			return 0;
		if (words_find_last(d, (size_t)at, j, cue_words(CUE_PLACE_SKIP), &which, 0) == at) {
			j = (size_t)at;
			continue;
		}
		return words_find_last(d, (size_t)at, j, cue_words(CUE_PLACE_BEFORE), &which, 0) == at;
	}
}

/* "Among cities, Chicago has the most jobs ... New York City is second":
 * does the paragraph before the name at i say, in lower case, that it
 * names cities or metro areas (not "the Twin Cities")? */
static int among_cities(const doc *d, size_t s, size_t i)
{
	long at = words_last(d, d->par_s <= s && d->par_e > i ? d->par_s : s, i,
			     cue_words(CUE_METRO_LABEL), NULL);

	return at >= 0 && islower((unsigned char)d->t[at]);
}

/* "Redding, CA", "Orlando, Florida": a city ending at end followed by its
 * state is named as a place, the two as one; the state's end, or 0. */
static size_t city_then_state(const doc *d, size_t end, size_t e, const area *state)
{
	size_t j = end, k = 0;
	const area *a;

	if (j >= e || d->t[j] != ',')
		return 0;
	while (++j < e && d->t[j] == ' ')
		;
	a = j < e && isupper((unsigned char)d->t[j]) ? longest_place(d, j, e, &k, dict_area_phrase)
						     : NULL;
	return a && a == state ? k : 0;
}

/* "the U.S. Bureau of Labor Statistics": is the word after a nation's
 * name (at end) an agency's, so that the name is no place? */
static int agency_after(const doc *d, size_t end, size_t e)
{
	const char *const *w = cue_words(CUE_AGENCY);

	while (end < e && d->t[end] == ' ')
		end++;
	for (; *w; w++)
		if (doc_word_at(d, end, e, *w))
			return 1;
	return 0;
}

/* Areas named in [s, e).  Two-letter codes count when written in capitals
 * and are not also common words (IN, OR, ME, OK, HI) unless after a comma;
 * a city gives its state when named as a place. */
size_t place_find(const doc *d, size_t s, size_t e, doc_mention *out, size_t max)
{
	size_t i = s, n = 0;

	while (i < e && n < max) {
		size_t j = i, end = 0, cend = 0, state_end = 0;
		const area *a = NULL, *c = NULL;
		int place, city;
		if (!isalpha((unsigned char)d->t[i]) || (i > s && doc_is_word(d->t[i - 1]))) {
			i++;
			continue;
		}
		while (j < e && (doc_is_word(d->t[j]) || d->t[j] == '.' || d->t[j] == '\''))
			j++;
		/* places are written with a capital, but for "nationally",
		 * "nationwide", "across the country" */
		if (!isupper((unsigned char)d->t[i]) && d->lc[i] != 'n' && d->lc[i] != 'a' &&
		    d->lc[i] != 'c') {
			i = j;
			continue;
		}
		place = (j - i <= 3 && isupper((unsigned char)d->t[i])) ||
			dict_area_starts(d->t + i, j - i);
		city = isupper((unsigned char)d->t[i]) && dict_city_starts(d->t + i, j - i);
		if (!place && !city) {
			i = j;
			continue;
		}
		if (place)
			a = longest_place(d, i, e, &end, dict_area_phrase);
		if (city)
			c = longest_place(d, i, e, &cend, dict_city_phrase);
		if (a && c && cend > end)
			a = NULL; /* "New York City" is the city, not the state */
		city = !a && c;
		if (city) {
			end = cend;
			/* "in Phoenix", or "Boston-area placements" */
			if ((state_end = city_then_state(d, end, e, c)) == 0 &&
			    !city_place(d, s, i) && !doc_word_at(d, end + 1, e, "area") &&
			    !doc_word_at(d, end + 1, e, "metro") && !among_cities(d, s, i))
				c = NULL;
			a = c;
		}
		if (a && strcmp(a->code, "US") == 0 && agency_after(d, end, e))
			a = NULL;
		if (a) {
			doc_mention_set(&out[n++], i, a, (state_end > end ? state_end : end) - i, city);
			i += out[n - 1].len;
			continue;
		}
		while (i < e && doc_is_word(d->t[i]))
			i++;
	}
	return n;
}

/* The place [s, e) is about: the first state or city it names, past the
 * "U.S." of "U.S. Bureau of Labor Statistics"; else the US if named. */
const area *place_in(const doc *d, size_t s, size_t e)
{
	doc_mention m[8];
	size_t n = place_find(d, s, e, m, 8), k;

	for (k = 0; k < n; k++)
		if (strcmp(((const area *)m[k].what)->code, "US") != 0)
			return m[k].what;
	return n ? m[0].what : NULL;
}

/* The first place [s, e) names, or NULL. */
const area *place_named(const doc *d, size_t s, size_t e)
{
	doc_mention m[1];

	return place_find(d, s, e, m, 1) == 1 ? m[0].what : NULL;
}

/* The place of a figure that names none: a local text's, unless the BLS
 * is credited; else the nation. */
const area *place_default(const doc *d, const char *source)
{
	if (d->local && !(source && strcmp(source, "BLS") == 0))
		return d->local;
	return dict_area("US", 2);
}

/* The area of a figure: named in its sentence, else in the paragraph
 * before it, else in the heading, else the nation. */
const area *place_for(doc *d, const doc_mention *areas, size_t nareas, const doc_fig *f,
		      size_t next_s, const doc_mention **named)
{
	const doc_mention *m = NULL;
	const area *a;
	size_t k;

	for (k = 0; k < nareas; k++) /* the last before the figure, else the first */
		if ((size_t)areas[k].pos < f->s || !m)
			m = &areas[k];

	/* "$42,000 in Texas": a place named right after the figure is its own */
	for (k = 0; k < nareas; k++)
		if ((size_t)areas[k].pos < next_s && attr_linked_after(d, f->unit_e, (size_t)areas[k].pos)) {
			m = &areas[k];
			break;
		}
	*named = m;
	a = m ? m->what : NULL;
	if (a)
		d->par_area = a;
	if (!a) /* "National medians for May 2024:" over a list */
		a = d->par_area				      ? d->par_area
		    : d->introduced && d->intro_area ? d->intro_area
							      : d->head_area;
	return a;
}

/* A local text's place, from its first lines: a dateline ("ALBANY, N.Y.
 * -", "COLUMBUS, Ohio, March 4"), or a short line that is not a sentence
 * and names one place as "City, State" ("Home Care | Columbus, Ohio |
 * Posted", a title "Nurse Pay in Fresno, CA"). */
const area *place_dateline(const doc *d)
{
	size_t i = 0, lines = 0;

	while (i < d->len && lines < 8 && i < 2000) {
		size_t e = i, a = i, caps = 0, k;
		doc_mention m[2];
		while (e < d->len && d->t[e] != '\n')
			e++;
		while (a < e && (d->t[a] == ' ' || (unsigned char)d->t[a] < ' '))
			a++;
		if (a < e)
			lines++;
		for (k = a; k < e && (isupper((unsigned char)d->t[k]) || d->t[k] == ' ' ||
				      d->t[k] == '.'); k++)
			caps += isupper((unsigned char)d->t[k]) != 0;
		if (caps >= 3 && k + 2 < e && d->t[k] == ',' && place_find(d, k + 1, e, m, 1) == 1 &&
		    (size_t)m[0].pos <= k + 2 && !m[0].city)
			return m[0].what; /* "ALBANY, N.Y. -" */
		if (caps >= 3 && k + 1 < e && d->t[k] == '-' && d->t[k - 1] == ' ') {
			/* "DENVER - ": a city alone */
			int longer;
			size_t n = k - 1;
			const area *city;
			while (n > a && d->t[n - 1] == ' ')
				n--;
			city = dict_city_phrase(d->t + a, n - a, &longer);
			if (city)
				return city;
		}
		if (e - a < 140 && !segment_prose_line(d, a, e)) {
			size_t n = place_find(d, a, e, m, 2);
			size_t p = (size_t)m[0].pos;
			/* "| Columbus, Ohio |", "Green Bay, Wisconsin - Program guide"
			 * (not "a CNA in Akron, Ohio") */
			if (n == 1 && ((p >= a + 2 && d->t[p - 2] == ',') ||
				       (m[0].city && memchr(d->t + p, ',', m[0].len) &&
					(p < a + 2 || !isalpha((unsigned char)d->t[p - 2])))))
				return m[0].what; /* "| Columbus, Ohio |" */
		}
		i = e + 1;
	}
	return NULL;
}
