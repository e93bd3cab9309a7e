/* claimin: reading claims.  A file is either in the claims form (a header
 * with at least "stat" and "value" among the CLAIM_HEADER names) or a wide
 * table - one row per occupation and area, one column per statistic, such
 * as the BLS OEWS files - which is melted into one claim per figure.
 *
 * Wide-table headers are matched loosely: "A_MEDIAN", "Median wage",
 * "10th percentile", "H_PCT10", "Annual mean wage", "Average wage" name a
 * statistic and (from a_/h_, annual/hourly) a unit; OCC_CODE, SOC code;
 * OCC_TITLE, occupation, role; AREA_TITLE, area, state; year, period.
 * BLS footnotes are understood: "*" and "**" are missing figures (counted
 * with their reason), "#" a figure at or above the top-code, written as the
 * cap for the period with qualifier top_coded; MEAN_PRSE and EMP_PRSE (a
 * relative standard error in percent) become the se of the mean and of the
 * employment count; of a broad and a detailed row with the same code,
 * area, industry and ownership (adjacent, in either order), one is kept,
 * as detailed, and the other filtered.  The OEWS industry and area
 * layouts give scopes (model/oews.h): industry:NAICS, ownership:CODE,
 * metro:CODE, a metro area's claims being of its state. */
#ifndef WAGESTAT_CLAIMIN_H
#define WAGESTAT_CLAIMIN_H

#include "model/claim.h"
#include "model/header.h"
#include "model/resolve.h"
#include "base/tally.h"

typedef header_map claimin_map;

typedef struct claimin_opts {
	int delim;              /* 0: detect */
	const char *source;     /* wide tables: source when no column gives one
				 * (NULL: the file's base name) */
	source_kind kind;       /* wide tables: kind when no column gives one */
	const char *period;     /* wide tables: period when no column gives one */
	const char *area;       /* wide tables: area when no column gives one */
	unit unit;              /* wide tables: unit of columns that name none */
	const claimin_map *map; /* explicit column meanings, nmap of them */
	size_t nmap;
	char *const *soc_prefix; /* keep only codes starting so (nsoc of them) */
	size_t nsoc;
	int quiet;              /* no notes about unused columns */
	int require_soc;        /* wide tables must have an occupation code */
	const char *only_area;  /* wide tables: keep rows of this area only */
	const char *name;       /* the file's name in messages and "where"
				 * (default: the path read) */
	resolver *resolve;      /* if set, resolve each claim's names first */
	unsigned levels;        /* occupation levels kept (CLAIM_LEVEL_ bits);
				 * 0: every level; claims that name none always */
} claimin_opts;

/* Called once per claim; the claim is valid during the call only.  Return
 * nonzero to stop. */
typedef int (*claimin_fn)(void *ctx, const claim *c);

/* Read path ("-" for stdin).  Rows and their fate are counted in rows (a
 * row of a wide table is used if it gave at least one claim, filtered if
 * its code is not wanted or repeats); each figure cell of a wide table, or
 * each claims row, is counted in figures: used (a claim), missing (with
 * the reason: a BLS footnote, a blank) or rejected; figures read = used +
 * missing + rejected.  A claims row rejected for a word or value it holds
 * is counted in rows only, with its reason.  Returns 0, EXIT_USAGE
 * (unreadable or unusable header), or -1 (empty or unreadable file). */
int claimin_read(const char *path, const claimin_opts *o, tally *rows,
		 tally *figures, claimin_fn fn, void *ctx);
/* claimin_read over data[0..len) (which must outlive the call), a file
 * called name. */
int claimin_read_memory(const char *name, const char *data, size_t len,
			const claimin_opts *o, tally *rows, tally *figures,
			claimin_fn fn, void *ctx);

/* claimin_read over paths[0..n) in turn.  Stops at the first EXIT_USAGE;
 * returns 0, EXIT_DATA (some file was empty or unreadable) or EXIT_USAGE. */
int claimin_read_files(char *const *paths, size_t n, const claimin_opts *o, tally *rows,
		       tally *figures, claimin_fn fn, void *ctx);

/* Which claim field a column header names, by the same loose rules the
 * reader uses (OCC_TITLE, Job title -> role; OCC_CODE -> soc; state,
 * AREA_TITLE -> area; year -> period). */
typedef enum claim_field {
	FIELD_NONE,
	FIELD_ROLE,
	FIELD_SOC,
	FIELD_AREA,
	FIELD_PERIOD,
	FIELD_SOURCE,
} claim_field;
claim_field claimin_header_field(const char *name, size_t len);

/* The BLS OEWS top-code for a reference year: the annual and hourly caps
 * ($208,000 / $100.00 for 2017-2021, $239,200 / $115.00 for 2022-2024).
 * Returns 0 when the year is outside what is known. */
double claimin_oews_cap(int year, unit u);

/* The OEWS reference period from a file name such as national_M2023_dl.csv
 * ("2023-05"); 0 if the name holds none. */
int claimin_period_from_name(const char *path, char *buf, size_t size);

#endif
