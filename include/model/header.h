/* header: what the header of a column of published figures says - the
 * claim field it holds (role, SOC code, area, period, source ...), or the
 * statistic and unit of a column of figures ("A_MEDIAN", "Median wage",
 * "10th percentile", "H_PCT10", "Grid min").  One reading for claims files,
 * wide tables and summarize's claims; its statistic words are the
 * extractor's (model/cue.h), read by the same rules. */
#ifndef WAGESTAT_HEADER_H
#define WAGESTAT_HEADER_H

#include <stddef.h>

#include "base/units.h"

typedef enum header_role {
	HEADER_IGNORE = 0,
	HEADER_SOURCE,
	HEADER_KIND,
	HEADER_ROLE,
	HEADER_SOC,
	HEADER_AREA,
	HEADER_AREA_WEAK, /* a column called just "area": OEWS uses it for a code */
	HEADER_PERIOD,
	HEADER_STAT,
	HEADER_VALUE,
	HEADER_UNIT,
	HEADER_QUAL,
	HEADER_N,
	HEADER_SE,
	HEADER_WHERE,
	HEADER_QUOTE,
	HEADER_SCOPE,
	HEADER_GROUP, /* the occupation's level: OEWS O_GROUP / OCC_GROUP */
	HEADER_AREA_CODE,  /* OEWS AREA (beside AREA_TITLE), "Area code" */
	HEADER_AREA_TYPE,  /* OEWS AREA_TYPE: 4 metropolitan, 6 nonmetropolitan */
	HEADER_PRIM_STATE, /* OEWS PRIM_STATE: the state of a metro area */
	HEADER_NAICS,      /* OEWS NAICS: the industry */
	HEADER_OWN,        /* OEWS OWN_CODE: the ownership */
	HEADER_FIGURE,    /* wide table: a column of one statistic */
	HEADER_PRSE_MEAN, /* relative standard error (%) of the mean */
	HEADER_PRSE_EMP,  /* ... of the employment count */
	HEADER_FLAG,      /* BLS ANNUAL / HOURLY: which wages are published */
} header_role;

typedef struct header_column {
	header_role role;
	int stat;
	unit unit;
	int by_value; /* pay that names no unit: hourly under 200, else annual */
} header_column;

/* A column named on the command line (import --map HEADER=STAT[:UNIT]). */
typedef struct header_map {
	const char *header; /* a wide-table column */
	int stat;           /* CSTAT_NONE: ignore the column */
	unit unit;
} header_map;

/* What header s[0..len) says: map (nmap entries, may be NULL) first; a
 * column of figures that names no unit takes fallback. */
header_column header_read(const char *s, size_t len, const header_map *map, size_t nmap,
			  unit fallback);

#endif
