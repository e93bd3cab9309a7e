/* when: the year of a figure in a sentence, and whether it is a guess.
 * The sentence's own year first; else, for a figure that names a statistic
 * or is a range's end, the paragraph's earlier sentences' or a later
 * sentence's when the paragraph gives only that one; else the list intro's,
 * the section's, the title's or the whole text's.  A year of the whole
 * text is a guess for contradictions (CLAIM_GUESSED_PERIOD); one carried
 * from the title, an earlier list item or a later sentence is one for the
 * reference (CLAIM_CARRIED_PERIOD). */
#ifndef WAGESTAT_EXTRACT_WHEN_H
#define WAGESTAT_EXTRACT_WHEN_H

#include "extract/doc.h"

/* The year of the figure at fig_s in sentence sp (0 if none; dated: the
 * sentence gives some year), its place a; *guessed gets the
 * CLAIM_GUESSED_* bits of its year.  A figure that restates the claim
 * before ("That works out to $15.50 an hour") has that claim's year. */
int when_figure(doc *d, doc_span sp, int dated, size_t fig_s, int statistic, int restates,
		const area *a, unsigned *guessed);

#endif
