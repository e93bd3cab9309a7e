/* dict: the reference dictionaries the program carries (compiled in from
 * datasets/) or reads from files given at run time:
 *   roles  SOC 2018 occupations, their titles, the names people use and the
 *          SOC 2010 codes that became them       (datasets/roles.csv)
 *   areas  the US, states, DC and territories: USPS and FIPS codes, names,
 *          census region and division             (datasets/areas.csv)
 *   cpi    CPI-U annual averages                  (datasets/cpi_u.csv)
 *   cities US cities and their states, for places named in articles
 *                                                  (datasets/cities.csv)
 * Each loads once; the returned tables live until the program ends. */
#ifndef WAGESTAT_DICT_H
#define WAGESTAT_DICT_H

#include <stddef.h>

#include "base/units.h"

typedef struct role {
	char code[8];  /* SOC 2018, "29-2010" */
	char *title;   /* BLS title */
} role;

typedef struct area {
	char code[4]; /* USPS, or "US" */
	char fips[4];
	char *name, *region, *division, *kind;
} area;

/* A part of an occupation a figure can be about: an industry (OEWS NAICS
 * code), a metro area (CBSA code, with its principal city's state) or a
 * level of experience ("entry", "experienced", "1-4y"...). */
typedef struct scope_def {
	char kind[12]; /* "industry", "metro", "region", "experience" */
	char code[16];
	char state[4]; /* a metro area's, else empty */
	char *title;
} scope_def;

/* Use these files instead of the compiled-in copies (NULL or "": keep).
 * Call before the first lookup.  A file that cannot be used is a fatal
 * error (exit 2) at the first lookup. */
void dict_use_files(const char *roles_csv, const char *areas_csv, const char *cpi_csv);
void dict_use_cities_file(const char *cities_csv);

/* The occupation a text names: a SOC 2018 or 2010 code, a title or an
 * alias, folded for case, punctuation and plurals.  NULL if unknown. */
const role *dict_role(const char *text, size_t len);
/* A job title the text gives that no occupation has ("Medical Assistant
 * Technician"): a role with no code, titled as written, the same one each
 * time (at most DICT_TITLES of them; NULL past that). */
#define DICT_TITLES 256
const role *dict_role_title(const char *text, size_t len);

/* The occupations nearest a title: those whose title or aliases share the
 * most of its words, at most max (8), best first. */
size_t dict_role_nearest(const char *text, size_t len, const role **out, size_t max);

/* The area a text names: a USPS code (exact case), a FIPS code, a name or
 * an alias.  NULL if unknown. */
const area *dict_area(const char *text, size_t len);

/* The role (area) a phrase names, or NULL; *longer says whether some
 * longer name begins with the phrase: for finding names in running text
 * word by word. */
const role *dict_role_phrase(const char *text, size_t len, int *longer);
const area *dict_area_phrase(const char *text, size_t len, int *longer);

/* Whether a word, folded as names are, is the first word of some role's
 * (or area's) name: a cheap test before trying the longer names. */
int dict_role_starts(const char *word, size_t len);
int dict_area_starts(const char *word, size_t len);

/* The state of the city a phrase names ("Phoenix", "St. Louis"), and
 * whether a city's first word starts it: as for areas.  Kept apart from
 * the areas, since a city's figures are not its state's. */
const area *dict_city_phrase(const char *text, size_t len, int *longer);
int dict_city_starts(const char *word, size_t len);

/* The scope a phrase names ("physicians' offices", "entry-level", "the
 * Bay Area"), and whether a scope's name begins with a word: as for
 * roles.  A metro area named like another keeps the first's name here. */
const scope_def *dict_scope_phrase(const char *text, size_t len, int *longer);
int dict_scope_starts(const char *word, size_t len);
/* Is word one of the words of an industry's name ("physicians" of
 * "offices of physicians")? */
int dict_scope_word(const char *word, size_t len);
/* The metro area a city of state names ("Albany", "GA"), or NULL. */
const scope_def *dict_metro(const char *name, size_t len, const char *state);

/* CPI-U annual average for a year, NaN if the table has none. */
double dict_cpi(int year);
/* The first and last years of the CPI table. */
void dict_cpi_years(int *first, int *last);

#endif
