/* doc: the structure every stage of the extractor reads - an article's
 * cleaned text with its lower-case copy, where its lines and words start,
 * and the context carried down the text (heading, paragraph, the list or
 * table an intro introduces) - with the small tests on its bytes that
 * every stage asks, and the writing of a claim.
 *
 * Offsets are into t, lc and the bit maps alike; t[len] and lc[len] are
 * NUL. */
#ifndef WAGESTAT_EXTRACT_DOC_H
#define WAGESTAT_EXTRACT_DOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "model/claim.h"
#include "model/dict.h"

/* how many sentences back a figure looks for the occupation it is about */
#define DOC_BACK_SENTENCES 12

typedef struct doc_span {
	size_t s, e;
} doc_span;

typedef struct doc_fig {
	size_t s, e;        /* the figure's text, '$' to suffix */
	size_t unit_e;      /* past the unit words after it ("a year"), else e */
	double value;
	int dollar;         /* written with '$' (or "dollars") */
	int stat;
	qualifier qual;
	unit unit;
	int pair;           /* index of the figure it restates, or -1 */
	long pair_claim;    /* or the claim of an earlier sentence, or -1 */
	int after_cue;      /* a statistic in brackets right after: "(median)" */
	int skip;           /* not pay */
	int change;         /* skipped as a difference or a part ("$2 more") */
} doc_fig;

typedef struct doc {
	const char *name;
	int html; /* the text was HTML: tags left marks (CLEAN_MARK_*) */
	char *t;  /* cleaned text */
	char *lc; /* lower case of t, for searching */
	uint64_t *word_starts; /* bit i: a word starts at lc[i] */
	uint64_t *cap_starts;  /* bit i: and t[i] is a capital A-Z */
	uint64_t *tabs;        /* bit i: t[i] was a tab (now a space): a column break */
	uint64_t *money_words; /* bit i: "dollar", "thousand" or "bucks" starts at i */
	size_t len;
	size_t *lines; /* offset of each line start */
	size_t nlines;
	doc_span *sent;    /* sentences of the current section, for carrying roles */
	const role **sent_role; /* the last role each names, once looked for */
	char *sent_looked;
	size_t nsent, sent_alloc, role_alloc, looked_alloc;
	extract_fn fn;
	extract_cmp_fn cmp_fn;
	void *ctx;
	long nclaims;
	int stopped;
	extract_dropped dropped; /* what could not be read, counted */
	/* context carried down the text */
	const role *head_role;
	int head_year;  /* the current section's heading */
	int head_stat;  /* ... and the statistic it names, for its lists */
	size_t head_s, head_e; /* ... where it is, for the source it names ("### Indeed
				* (August 2025)"), looked for once a figure needs it */
	int head_source_looked;
	char head_source[64];
	int head_pays;  /* ... or that it names pay: "Our tech scale (per hour)" */
	const char *head_label_kind; /* ... or that its lists' labels are industries
					("Pay by work setting") or metro areas */
	/* "All figures are BLS May 2024 unless noted": the whole text's */
	int all_year;
	char all_source[64];
	/* a local text's place: a dateline "ALBANY, N.Y. -" or a job ad's
	 * "Brightway Home Care | Columbus, Ohio"; its figures that name no
	 * place are there, but for the BLS's */
	const area *local;
	int title_year; /* the first heading's: holds for the whole text */
	int head_year_carried; /* head_year is the title's, carried into a section
				* whose heading gives none: a guess for its figures */
	int headings;
	const area *head_area;
	int par_year;
	int par_year_before_item; /* par_year is of an earlier list item: a guess for this one's */
	size_t par_e;        /* where the paragraph ends */
	int par_only_year;   /* its one year, 0 if none or several; -1: not looked for */
	size_t par_year_at;  /* where that year is written last */
	const area *par_area;
	size_t par_s; /* where the paragraph begins */
	char par_source[64];
	/* the quote last written, kept: a sentence's figures share it */
	size_t quote_s, quote_e;
	char quote[600];
	/* a paragraph ending "...wages for dental hygienists, May 2023:" sets
	 * what the list or table after it is about */
	int intro_active, intro_stat, intro_year;
	const area *intro_area; /* "In the Atlanta market, our placements paid:" */
	const char *intro_label_kind; /* "... in several kinds of workplaces:" */
	unit intro_unit;
	char intro_source[64];
	int intro_used; /* ... and its table or list has begun */
	int introduced; /* the sentence read is an item or line under it */
	int in_item;    /* the paragraph's sentences so far began a list item */
	int money_items; /* an item under the intro had a '$' claim: bare
			  * written numbers of the items after it are money
			  * ("* Nursing care facilities 35,460") */
	int prev_year;          /* of the paragraph just ended, for a table */
	char prev_source[64];
	/* the last claim made, for "That is $29.97 an hour." */
	long last_claim;
	int last_skipped; /* the last figure read was no claim (a cost, a rate
			   * by the shift): "That's $48 an hour" restates it */
	int last_stat;
	unit last_unit;
	int last_year;
	size_t par_claims; /* claims made in the current paragraph */
	int in_heading;    /* reading a heading's figures: "## Why X tops $95,000" */
} doc;

/* --- roles, areas, periods, sources ------------------------------------ */

typedef struct doc_mention {
	long pos;
	const void *what;
	size_t len; /* of the name as written ("Tulsa, Oklahoma": both) */
	int city;   /* a place named by a city: what is the city's state */
} doc_mention;

/* Note a mention: what, named at [pos, pos + len). */
static inline void doc_mention_set(doc_mention *m, size_t pos, const void *what, size_t len,
				   int city)
{
	m->pos = (long)pos;
	m->what = what;
	m->len = len;
	m->city = city;
}

typedef struct doc_context {
	const role *role;
	const area *area;
	int year;
	const char *source;
	char scope[96]; /* "industry:621100;experience:entry", or empty */
	unsigned guessed; /* CLAIM_GUESSED_*: carried, not said beside the figure */
	size_t qs, qe;  /* the quote */
} doc_context;

/* Letters, digits and the bytes of UTF-8 sequences (a table: this is
 * asked for nearly every byte). */
extern const unsigned char doc_word_chars[256];

static inline int doc_is_digit(char c)
{
	return (unsigned char)(c - '0') < 10;
}

static inline int doc_is_word(char c)
{
	return doc_word_chars[(unsigned char)c];
}

/* Is w (lower case) at lc[i] as whole words? */
static inline int doc_word_at(const doc *d, size_t i, size_t e, const char *w)
{
	size_t n;

	if (i >= e || d->lc[i] != w[0] || (w[1] && d->lc[i + 1] != w[1]))
		return 0; /* most calls end here, before strlen */
	n = strlen(w);

	return i + n <= e && memcmp(d->lc + i, w, n) == 0 && (i == 0 || !doc_is_word(d->lc[i - 1])) &&
	       (i + n >= d->len || !doc_is_word(d->lc[i + n]));
}

/* The last word start in [s, e), or -1: 64 places a step. */
static inline long doc_last_word_start(const doc *d, size_t s, size_t e)
{
	size_t hi, k;
	uint64_t m;

	if (e <= s)
		return -1;
	hi = e - 1;
	k = hi / 64;
	m = d->word_starts[k] & (~(uint64_t)0 >> (63 - hi % 64));
	while (!m) {
		if (k * 64 <= s)
			return -1;
		m = d->word_starts[--k];
	}
	hi = k * 64 + 63 - (size_t)__builtin_clzll(m);
	return hi >= s ? (long)hi : -1;
}

/* The first word start in [s, e), or -1. */
static inline long doc_next_word_start(const doc *d, size_t s, size_t e)
{
	size_t k = s / 64, last;
	uint64_t m;

	if (s >= e)
		return -1;
	last = (e - 1) / 64;
	m = d->word_starts[k] & (~(uint64_t)0 << (s % 64));
	while (!m) {
		if (k >= last)
			return -1;
		m = d->word_starts[++k];
	}
	s = k * 64 + (size_t)__builtin_ctzll(m);
	return s < e ? (long)s : -1;
}

/* Read text[0..len) (text[len] writable) as the article name: cleaned in
 * place (see clean.h), its lines, its lower-case copy and word starts.
 * The callbacks are left for the caller to set.  doc_close frees. */
void doc_open(doc *d, const char *name, char *text, size_t len);
void doc_close(doc *d);

/* "NAME:LINE:COL" of offset off, in buf. */
void doc_where(const doc *d, size_t off, char *buf, size_t size);

/* The text of [s, e) on one line, spaces and table marks squeezed, in buf
 * ("..." if cut). */
void doc_quote(const doc *d, size_t s, size_t e, char *buf, size_t size);

/* Call the claim callback with figure f in context cx; index_of_pair maps
 * the sentence's figures to their claims.  Sets d->stopped if the
 * callback says stop. */
void doc_emit(doc *d, const doc_fig *f, const doc_context *cx, long *index_of_pair);

/* The mention nearest before pos, else the first after it; NULL if none. */
const void *doc_nearest(const doc_mention *m, size_t n, size_t pos);

#endif
