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

#endif
