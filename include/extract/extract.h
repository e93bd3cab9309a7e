/* extract: the salary claims in an article - plain text, Markdown or
 * HTML.  Every money figure that is pay becomes one claim with its value
 * and unit, statistic, qualifier, role, area, period and attribution, its
 * position (where = FILE:LINE:COL) and its sentence or table row (quote).
 * Figures that are not pay (tuition, fees, prices) are left out; a bonus
 * is kept with stat "bonus". */
#ifndef WAGESTAT_EXTRACT_H
#define WAGESTAT_EXTRACT_H

#include <stddef.h>

#include "model/claim.h"

/* Links between claims of one article, for judging them together. */
typedef struct extract_link {
	int same_as;    /* index of an earlier claim this one restates ("or $20 an
			 * hour"), -1 if none */
} extract_link;

/* Called once per claim, in the order of the text; index counts from 0.
 * The claim is valid during the call only.  Return nonzero to stop. */
typedef int (*extract_fn)(void *ctx, const claim *c, size_t index,
			  const extract_link *link);

/* A comparison between two occupations' pay that the text states. */
typedef claim_comparison extract_comparison;
typedef void (*extract_cmp_fn)(void *ctx, const extract_comparison *cmp);

/* What the extractor saw and could not read: figures no claim was made
 * of, by reason.  A reader reports them, and check's --fail-on counts
 * them; none is dropped silently. */
typedef struct extract_dropped {
	unsigned long sentence_figures; /* a sentence's figures past its 64th */
	unsigned long table_cells;      /* a table row's cells past its 16th that hold a $ figure */
	unsigned long currency[4];      /* figures in GBP, EUR, JPY, INR (figure.h's order) */
} extract_dropped;

/* Extract from text[0..len), named name in "where".  The text is cleaned
 * in place (tags blanked, so offsets keep their lines and columns) and
 * text[len] must be writable.  cmp_fn and dropped may be NULL; dropped is
 * set.  Returns the number of claims, or -1 if fn stopped it. */
long extract_text(const char *name, char *text, size_t len, extract_fn fn,
		  extract_cmp_fn cmp_fn, void *ctx, extract_dropped *dropped);

/* Say what was dropped ("wagestat: NAME: 3 figures dropped (a sentence
 * over 64 figures)") and what was left out as in another currency
 * ("1 figures left out (currency GBP, not USD)"); returns how many were
 * dropped (a data problem; the other currencies are not), 0 when none. */
unsigned long extract_say_dropped(const char *name, const extract_dropped *dropped);

#endif
