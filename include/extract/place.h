/* place: the places a text names - states, territories, the nation
 * ("nationwide"), and cities named as places ("in Phoenix") - and the
 * place each figure is about. */
#ifndef WAGESTAT_EXTRACT_PLACE_H
#define WAGESTAT_EXTRACT_PLACE_H

#include "extract/doc.h"

/* Areas named in [s, e).  Two-letter codes count when written in capitals
 * and are not also common words (IN, OR, ME, OK, HI) unless after a comma;
 * a city gives its state when named as a place. */
size_t place_find(const doc *d, size_t s, size_t e, doc_mention *out, size_t max);

/* The place [s, e) is about: the first state or city it names, past the
 * "U.S." of "U.S. Bureau of Labor Statistics"; else the US if named. */
const area *place_in(const doc *d, size_t s, size_t e);

/* The first place [s, e) names, or NULL. */
const area *place_named(const doc *d, size_t s, size_t e);

/* The place of a figure that names none: a local text's, unless the BLS
 * is credited; else the nation. */
const area *place_default(const doc *d, const char *source);

/* The area of a figure: named in its sentence, else in the paragraph
 * before it, else in the heading, else the nation; *named is the mention
 * of the sentence it was (NULL when from before the sentence). */
const area *place_for(doc *d, const doc_mention *areas, size_t nareas, const doc_fig *f,
		      size_t next_s, const doc_mention **named);

/* A local text's place, from its first lines: a dateline ("ALBANY, N.Y.
 * -", "COLUMBUS, Ohio, March 4"), or a short line that is not a sentence
 * and names one place as "City, State" ("Home Care | Columbus, Ohio |
 * Posted", a title "Nurse Pay in Fresno, CA"). */
const area *place_dateline(const doc *d);

#endif
