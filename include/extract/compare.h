/* compare: comparisons of two occupations' pay in a sentence ("medical
 * assistants earn more than phlebotomists", "RNs are paid more money than
 * LPNs"), handed to the document's comparison callback; a name of several
 * occupations ("medical technicians", cue class umbrella) is their codes,
 * '|' between, to be judged member by member. */
#ifndef WAGESTAT_EXTRACT_COMPARE_H
#define WAGESTAT_EXTRACT_COMPARE_H

#include <stddef.h>

#include "extract/doc.h"

/* The comparisons of sentence sp; m, *nm and *looked are the occupations
 * it names, looked for here if *looked is 0. */
void compare_sentence(doc *d, doc_span sp, doc_mention *m, size_t *nm, int *looked);

/* Figure k of the sentence's figures f, of context cx, in the state
 * areas[k] (areas[j]: figure j's, NULL if none): a ranking when a word of
 * rank stands before it ("the highest ... is California, followed by
 * Massachusetts at $67,000") and the figure is the BLS's or nobody's,
 * handed to the comparison callback. */
void compare_rank(doc *d, doc_span sp, const doc_fig *f, size_t k, const doc_context *cx,
		  const area *const *areas);

#endif
