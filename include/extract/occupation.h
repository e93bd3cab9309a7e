/* occupation: the occupations a text names ("registered nurses", "RNs",
 * "phlebotomists"), as dict.h knows them, and the occupation each figure
 * is about. */
#ifndef WAGESTAT_EXTRACT_OCCUPATION_H
#define WAGESTAT_EXTRACT_OCCUPATION_H

#include "extract/doc.h"

/* Occupations named in [s, e): the longest name at each word. */
size_t occupation_find(const doc *d, size_t s, size_t e, doc_mention *out, size_t max);

const role *occupation_of_sentence(const doc *d, doc_span sp, size_t before, int *found_here);

/* The role figure f (NULL: a table cell's) is about: named right after it
 * ("$42,500 for an LPN", before the next figure at next_s), else in its
 * sentence (roles, nroles: found once per sentence) before it, else after
 * it, else in the nearest earlier sentence of the section that names one,
 * else the section's heading. */
const role *occupation_for(doc *d, size_t si, const doc_mention *roles, size_t nroles,
			    const doc_fig *f, size_t next_s);

#endif
