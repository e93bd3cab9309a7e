#include "extract/scope.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "extract/attr.h"
#include "model/cue.h"
#include "model/dict.h"
#include "extract/words.h"

/* the most words a scope's name has */
#define SCOPE_NGRAM 8

static int name_char(char c)
{
	return doc_is_word(c) || c == '-' || c == '\'';
}

/* The longest scope named at the word i: its end in *end; NULL if none. */
static const scope_def *longest_scope(const doc *d, size_t i, size_t e, size_t *end)
{
	const scope_def *best = NULL;
	size_t j = i, k;

	for (k = 0; k < SCOPE_NGRAM && j < e; k++) {
		int longer;
		const scope_def *here;
		while (j < e && name_char(d->t[j]))
			j++;
		here = dict_scope_phrase(d->t + i, j - i, &longer);
		if (here) {
			best = here;
			*end = j;
		}
		if (!longer)
			break;
		/* "colleges, universities, and professional schools" */
		while (j < e && (d->t[j] == ' ' || d->t[j] == ',' || d->t[j] == '&' || d->t[j] == '\n'))
			j++;
		if (j < e && !isalnum((unsigned char)d->t[j]))
			break;
	}
	return best;
}

/* Is [i, j) inside one of the occupations named? */
static int in_role(const doc_mention *roles, size_t nroles, size_t i, size_t j)
{
	size_t k;

	for (k = 0; k < nroles; k++)
		if ((size_t)roles[k].pos <= i && j <= (size_t)roles[k].pos + roles[k].len &&
		    j - i < roles[k].len)
			return 1;
	return 0;
}

/* The scope whose name starts at i (and is no occupation's part): 1 and
 * *out; else 0, and *next is past the word at i. */
static inline int scope_at(const doc *d, size_t i, size_t e, const doc_mention *roles,
			   size_t nroles, doc_mention *out, size_t *next)
{
	size_t j = i, end = 0;
	const scope_def *sc;

	while (j < e && name_char(d->t[j]))
		j++;
	*next = j;
	if (j == i || !dict_scope_starts(d->t + i, j - i) || !(sc = longest_scope(d, i, e, &end)) ||
	    in_role(roles, nroles, i, end))
		return 0;
	doc_mention_set(out, i, sc, end - i, 0);
	return 1;
}

size_t scope_find(const doc *d, size_t s, size_t e, const doc_mention *roles, size_t nroles,
		  doc_mention *out, size_t max)
{
	size_t i = s, n = 0, k, kept = 0, next;
	long said;

	while (i < e && n < max) {
		if (!isalpha((unsigned char)d->t[i]) || (i > s && doc_is_word(d->t[i - 1]))) {
			i++;
			continue;
		}
		if (scope_at(d, i, e, roles, nroles, &out[n], &next)) {
			i = (size_t)out[n].pos + out[n].len;
			n++;
		} else {
			i = next;
		}
	}
	/* only what is said holds for the figures after it (looked for only
	 * where a scope is named: most sentences name none) */
	if (n == 0 || (said = words_last(d, s, e, cue_words(CUE_SAID), NULL)) < 0)
		return n;
	for (k = 0; k < n; k++)
		if (out[k].pos >= said)
			out[kept++] = out[k];
	return kept;
}

int scope_covers(const doc *d, size_t s, size_t e, size_t i, size_t j)
{
	size_t b = i, last = j;
	int words;

	/* most occupations' last word is in no industry's name */
	while (last > i && name_char(d->t[last - 1]))
		last--;
	if (!dict_scope_word(d->t + last, j - last))
		return 0;
	/* an industry's name that starts at i or up to three words before */
	for (words = 0; words < 4; words++) {
		size_t end = 0, w = b;
		const scope_def *sc = NULL;
		while (w < e && name_char(d->t[w]))
			w++;
		if (dict_scope_starts(d->t + b, w - b))
			sc = longest_scope(d, b, e, &end);
		if (sc && strcmp(sc->kind, "industry") == 0 && end >= j)
			return 1;
		while (b > s && !name_char(d->t[b - 1]))
			b--;
		if (b == s)
			break;
		while (b > s && name_char(d->t[b - 1]))
			b--;
	}
	return 0;
}

static void put_part(char *buf, size_t size, const char *kind, const char *code, size_t len)
{
	size_t at = strlen(buf);

	snprintf(buf + at, size - at, "%s%s:%.*s", at ? ";" : "", kind, (int)len, code);
}

static void put_scope(char *buf, size_t size, const scope_def *sc)
{
	put_part(buf, size, sc->kind, sc->code, strlen(sc->code));
}

/* A metro area named by a city: its CBSA where the dictionary has the
 * city's first len bytes in state, else name[0..name_len) as written. */
static void put_metro(char *buf, size_t size, const char *name, size_t len, size_t name_len,
		      const char *state)
{
	const scope_def *metro = state ? dict_metro(name, len, state) : NULL;

	if (metro)
		put_scope(buf, size, metro);
	else
		put_part(buf, size, "metro", name, name_len);
}

const char *scope_label_kind(const doc *d, size_t s, size_t e)
{
	if (words_any(d, s, e, cue_words(CUE_INDUSTRY_LABEL)))
		return "industry";
	if (words_any(d, s, e, cue_words(CUE_METRO_LABEL)))
		return "metro";
	return NULL;
}

void scope_label(const doc *d, size_t s, size_t e, const char *kind, char *buf, size_t size)
{
	const char *name = d->t + s, *comma = memchr(name, ',', e - s);
	size_t len = comma ? (size_t)(comma - name) : e - s, k, w;

	buf[0] = '\0';
	if (strcmp(kind, "metro") == 0) {
		/* the first city of "San Francisco-Oakland-Hayward, CA" */
		const char *dash = memchr(name, '-', len);
		const area *st = NULL;
		if (comma) {
			size_t a = (size_t)(comma - d->t) + 1;
			while (a < e && d->t[a] == ' ')
				a++;
			st = dict_area(d->t + a, e - a);
		}
		put_metro(buf, size, name, dash ? (size_t)(dash - name) : len, len,
			  st ? st->code : NULL);
		return;
	}
	put_part(buf, size, kind, name, len);
	/* "industry:private practices", one space between words */
	for (k = w = strlen(kind) + 1; buf[k]; k++)
		if (!isspace((unsigned char)buf[k]) || (w > 0 && buf[w - 1] != ' '))
			buf[w++] = isspace((unsigned char)buf[k]) ? ' ' : (char)tolower((unsigned char)buf[k]);
	buf[w] = '\0';
}

void scope_of(const doc *d, const doc_mention *m, size_t n, size_t pos, const doc_mention *city,
	      char *buf, size_t size)
{
	static const char *const kinds[] = {"industry", "region", "experience"};
	size_t k, w;

	buf[0] = '\0';
	for (w = 0; w < sizeof kinds / sizeof kinds[0]; w++) {
		const scope_def *last = NULL;
		if (city && strcmp(kinds[w], "region") == 0)
			continue; /* "in several large cities ... Boston": the city says more */
		for (k = 0; k < n && (size_t)m[k].pos < pos; k++)
			if (strcmp(((const scope_def *)m[k].what)->kind, kinds[w]) == 0)
				last = m[k].what;
		if (last)
			put_scope(buf, size, last);
	}
	if (!city) { /* "the Bay Area": a metro named by no city */
		const doc_mention *last = NULL;
		for (k = 0; k < n && (size_t)m[k].pos < pos; k++) {
			int longer;
			if (strcmp(((const scope_def *)m[k].what)->kind, "metro") == 0 &&
			    !dict_city_phrase(d->t + m[k].pos, m[k].len, &longer))
				last = &m[k];
		}
		if (last)
			put_scope(buf, size, last->what);
	} else {
		const char *name = d->t + city->pos, *comma = memchr(name, ',', city->len);
		size_t len = comma ? (size_t)(comma - name) : city->len; /* "Tulsa, Oklahoma" */
		put_metro(buf, size, name, len, len, ((const area *)city->what)->code);
	}
}

int scope_linked_after(const doc *d, size_t ue, size_t e, const doc_mention *roles, size_t nroles,
		       doc_mention *out)
{
	const char *const *link = cue_words(CUE_LINK_AFTER);
	size_t g = ue, k;

	while (g < e && (d->t[g] == ' ' || d->t[g] == ','))
		g++;
	for (k = 0; link[k]; k++) {
		size_t i = g + strlen(link[k]), next;
		if (!doc_word_at(d, g, e, link[k]))
			continue;
		while (i < e && (d->t[i] == ' ' || d->t[i] == '\n'))
			i++;
		/* the scope's name starts right there: "in the offices of ..." */
		if (scope_at(d, i, e, roles, nroles, out, &next))
			return 1;
	}
	return 0;
}

int scope_paren_label(const doc *d, size_t s, size_t fs, char *buf, size_t size)
{
	size_t le = fs, ls, w;
	const char *kind;

	while (le > s && d->t[le - 1] == ' ')
		le--;
	if (le == s || d->t[--le] != '(')
		return 0;
	while (le > s && (d->t[le - 1] == ' ' || d->t[le - 1] == '\n'))
		le--;
	/* back over the name's words: capitalised, or "&", "and", "of" */
	for (ls = le; ls > s;) {
		for (w = ls; w > s && d->t[w - 1] != ' ' && d->t[w - 1] != '\n'; w--)
			;
		if (w == ls || !(isupper((unsigned char)d->t[w]) || d->t[w] == '&' ||
				 doc_word_at(d, w, ls, "and") || doc_word_at(d, w, ls, "of")))
			break;
		ls = w;
		while (ls > s && (d->t[ls - 1] == ' ' || d->t[ls - 1] == '\n'))
			ls--;
	}
	while (ls < le && (d->t[ls] == ' ' || d->t[ls] == '\n'))
		ls++;
	/* (a state's name is a place, not a label: "areas in California (") */
	if (ls >= le || !isupper((unsigned char)d->t[ls]) || le - ls > 60 ||
	    dict_area(d->t + ls, le - ls) || (kind = scope_label_kind(d, s, ls)) == NULL)
		return 0;
	scope_label(d, ls, le, kind, buf, size);
	return buf[0] != '\0';
}

int scope_points_back(const doc *d, doc_span sp, const doc_mention *roles, size_t nroles)
{
	size_t k;

	if (words_any(d, sp.s, sp.e, cue_words(CUE_THERE)))
		return 1;
	for (k = 0; k < nroles; k++)
		if (words_just_before(d, sp.s, (size_t)roles[k].pos, cue_words(CUE_THERE_ROLE)) >= 0)
			return 1;
	return 0;
}

void scope_named_before(const doc *d, size_t s, size_t e, char *buf, size_t size)
{
	doc_mention m[8], last;
	size_t n;
	int any = 0;

	/* eight at a time, to the last */
	while ((n = scope_find(d, s, e, NULL, 0, m, 8)) > 0) {
		last = m[n - 1];
		any = 1;
		if (n < 8)
			break;
		s = (size_t)last.pos + last.len;
	}
	if (any)
		scope_of(d, &last, 1, e, NULL, buf, size);
}
