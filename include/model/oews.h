/* oews: what a row of the BLS OEWS layouts says beyond its occupation's
 * figures - the industry and ownership of the national industry files
 * (NAICS, OWN_CODE) and the metropolitan area of the area files (AREA,
 * AREA_TYPE, PRIM_STATE) - written as a claim's scope parts:
 *   industry:NAICS   the NAICS code in OEWS's six-digit form: a sector
 *                    written short is padded ("62" -> 620000, "31" or
 *                    "31-33" -> 310000), a 3- or 4-digit code too
 *                    ("6221" -> 622100); cross-industry (000000) is no part
 *   ownership:CODE   the OWN_CODE, only when it is not the one OEWS
 *                    publishes the industry's figures under (its sector's:
 *                    5 private for most, 58 for 62, 57 for 71 and 72, 59
 *                    for 48-49, 235 for 61, 123 for 99, 1235 across
 *                    industries): a part of an industry is never taken
 *                    for the whole
 *   metro:CODE       the area code without leading zeros (CBSA 42660,
 *                    OEWS nonmetropolitan area 530006) */
#ifndef WAGESTAT_OEWS_H
#define WAGESTAT_OEWS_H

#include <stddef.h>

/* The industry's scope parts for a NAICS code and an OWN_CODE as the file
 * writes them (either may be blank) into buf: "industry:620000",
 * "industry:622100;ownership:5", or "" across industries. */
void oews_industry_scope(const char *naics, size_t nlen, const char *own, size_t olen,
			 char *buf, size_t size);

/* Is the row's area a metropolitan or nonmetropolitan area?  By its
 * AREA_TYPE (4 or 6) when the file has one (type not NULL), else by its
 * code: a number that is neither the US's 99 nor a state's FIPS code.
 * The code without leading zeros goes into buf. */
int oews_metro(const char *type, size_t tlen, const char *code, size_t clen, char *buf,
	       size_t size);

/* The state of a metro area that the file gives none for: the first state
 * after the last comma of its title ("Bellingham, WA" -> WA,
 * "Portland-Vancouver-Hillsboro, OR-WA" -> OR, as BLS's PRIM_STATE), else
 * the FIPS code that begins a nonmetropolitan area's code as the file
 * writes it (530006 or 5300006 -> WA; 013380 is a CBSA).  NULL when
 * neither says. */
const char *oews_metro_state(const char *title, size_t tlen, const char *code);

/* A row's fields as the file writes them (code and type NULL when the file
 * has no such column; the others "" when it has none). */
typedef struct oews_fields {
	const char *naics, *own, *code, *type, *state, *title;
	size_t naics_len, own_len, code_len, type_len, state_len, title_len;
} oews_fields;

/* The row's scope ("industry:620000", "metro:42660",
 * "industry:622100;ownership:5;metro:42660" - industry, ownership, metro,
 * in that order) into scope, and the state of a metro area (PRIM_STATE,
 * else oews_metro_state) into state, "" when the row is of no metro area
 * or none is known. */
void oews_scope(const oews_fields *f, char *scope, size_t size, char *state, size_t ssize);

#endif
