/* scope: the part of an occupation a figure is about, as a text names it -
 * an industry ("physicians' offices paid $37,950"), a metro area (a city
 * named as the figure's place, "the Bay Area"), a level of experience
 * ("entry-level techs earn $9.12") - from the scopes dictionary
 * (datasets/scopes.csv, model/dict.h). */
#ifndef WAGESTAT_EXTRACT_SCOPE_H
#define WAGESTAT_EXTRACT_SCOPE_H

#include "extract/doc.h"

/* Scopes named in [s, e): the longest name at each word; what is the
 * scope (model/dict.h).  A name inside an occupation's (roles, nroles:
 * "medical laboratory scientists") is none, and what comes before a
 * "said" is another clause's ("a hospital recruiter said the average"). */
size_t scope_find(const doc *d, size_t s, size_t e, const doc_mention *roles, size_t nroles,
		  doc_mention *out, size_t max);

/* Does an industry's name that [s, e) holds cover [i, j): "offices of
 * physicians", "dentists' offices" (so that the occupation in it is not
 * read as the figure's)? */
int scope_covers(const doc *d, size_t s, size_t e, size_t i, size_t j);

/* A scope named right after the figure whose unit words end at ue, before
 * e, joined to it by a word of class link_after ("$37,340 in the offices
 * of dentists"): 1 and *out, else 0. */
int scope_linked_after(const doc *d, size_t ue, size_t e, const doc_mention *roles, size_t nroles,
		       doc_mention *out);

/* The scope of a figure at pos: of each kind, the scope named last
 * before it in mentions (m, n), and the metro area of the city the
 * figure's place was named as (city, may be NULL), written as
 * "industry:622100;metro:41860" in buf. */
void scope_of(const doc *d, const doc_mention *m, size_t n, size_t pos, const doc_mention *city,
	      char *buf, size_t size);

/* Do the words of [s, e) say the labels under them are industries
 * ("industry", "work setting", "workplaces") or metro areas ("metro area",
 * "city")?  "industry", "metro" or NULL. */
const char *scope_label_kind(const doc *d, size_t s, size_t e);

/* A label in a table of industries or metro areas (kind) that names none
 * the dictionary knows: "industry:private practices"; a metro area's
 * "Redding, CA" by its CBSA where the dictionary has its city, else by
 * the name before the state ("metro:Santa Cruz-Watsonville"). */
void scope_label(const doc *d, size_t s, size_t e, const char *kind, char *buf, size_t size);

/* Does sentence sp point back to a setting named before it: "Aides there
 * average" (class there), "the average for these CNAs" (class there_role,
 * right before an occupation of roles)? */
int scope_points_back(const doc *d, doc_span sp, const doc_mention *roles, size_t nroles);

/* The scope named last in [s, e), written in buf ("" if none): "Most aides
 * work in nursing care homes." */
void scope_named_before(const doc *d, size_t s, size_t e, char *buf, size_t size);

/* "the top-paying industries are Aerospace & Defense ($50,339/year),
 * Insurance ($48,383/year)": the capitalised name right before the
 * parenthesis that holds the figure at fs, in a sentence (from s) that
 * says it names industries or metro areas, written as scope_label writes
 * it; 0 if there is none. */
int scope_paren_label(const doc *d, size_t s, size_t fs, char *buf, size_t size);

#endif
