/* claim: the record every stage exchanges - one statistic about the pay of
 * one occupation, in one area, for one period, according to one source.
 *
 * Its CSV form has the header CLAIM_HEADER, fields in that order; JSON is
 * the second form (an array of objects with the same names).  Unknown
 * statistic, unit, qualifier or source-kind words are errors, not skips. */
#ifndef WAGESTAT_CLAIM_H
#define WAGESTAT_CLAIM_H

#include <stddef.h>
#include <stdio.h>

#include "base/units.h"

#define CLAIM_HEADER \
	"source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote," \
	"scope,level"

typedef enum source_kind {
	KIND_NONE = 0,
	KIND_OFFICIAL,
	KIND_SURVEY,
	KIND_MICRODATA,
	KIND_ARTICLE,
	KIND_COMPUTED,
} source_kind;

typedef enum qualifier {
	QUAL_EXACT = 0,
	QUAL_ABOUT,
	QUAL_LESS_THAN,
	QUAL_MORE_THAN,
	QUAL_TOP_CODED,
} qualifier;

/* Statistics: 1..99 are percentiles (50 is the median); the named ones
 * follow. */
enum {
	CSTAT_NONE = 0,
	CSTAT_MEDIAN = 50,
	CSTAT_COUNT = 100,
	CSTAT_MEAN,
	CSTAT_SD,
	CSTAT_MIN,
	CSTAT_MAX,
	CSTAT_RANGE_LOW,
	CSTAT_RANGE_HIGH,
	CSTAT_TOP10_MEAN,    /* the mean of the top tenth: at least the p90 */
	CSTAT_BOTTOM10_MEAN, /* the mean of the bottom tenth: at most the p10 */
	CSTAT_UNSPECIFIED,
	CSTAT_BONUS, /* pay, but not salary: a sign-on bonus */
};

typedef struct claim {
	char *source;
	source_kind kind;
	char *role;
	char *soc_code;
	char *area;
	char *period;
	int stat;
	double value;
	unit unit;
	qualifier qual;
	double n, se; /* NaN when not known */
	char *where;
	char *quote;
	/* the part of the occupation the figure is about: empty for all
	 * industries, the whole area and all experience, else ';'-separated
	 * typed parts ("industry:622000;experience:entry", "metro:41860") */
	char *scope;
	/* the occupation's level in OEWS: detailed, broad, minor, major,
	 * total; empty when not known */
	char *level;
	/* what the source did not say of this figure but was carried from
	 * elsewhere in it (CLAIM_GUESSED_*): not written to files */
	unsigned guessed;
} claim;

enum {
	CLAIM_GUESSED_ROLE = 1 << 0,   /* the occupation, from an earlier sentence or heading */
	CLAIM_GUESSED_PERIOD = 1 << 1, /* the year, from the paragraph, heading or title */
	CLAIM_CARRIED_PERIOD = 1 << 2, /* the year, the title's in a section whose heading gives
					* none, or an earlier list item's: judged against the
					* reference as the article's year is, but held to the
					* text's other figures as given */
};

/* A comparison between two occupations' pay that a text states:
 * "medical assistants earn more than phlebotomists". */
typedef struct claim_comparison {
	const char *higher_soc, *lower_soc; /* SOC codes */
	const char *higher_role, *lower_role;
	const char *where, *quote;
	/* a ranking instead ("California pays the most"): higher_soc's
	 * occupation in area ranks rank among the states (1: the highest, -1:
	 * the lowest); 0 for "A earn more than B" */
	const char *area;
	int rank;
	int year;     /* the ranked figure's year, 0 if none */
	double value; /* ... its value and unit */
	unit unit;
} claim_comparison;

/* A claim with every text field empty (not NULL) and n, se NaN. */
void claim_init(claim *c);
void claim_free(claim *c);
/* A deep copy of src into dst (not initialized before). */
void claim_copy(claim *dst, const claim *src);
/* Set a text field to a copy of s[0..len). */
void claim_set(char **field, const char *s, size_t len);

/* Names, and parsing them back (-1 / CSTAT_NONE when unknown). */
const char *claim_stat_name(int stat, char *buf, size_t size);
/* Does stat describe the distribution (a percentile, the mean, a tenth's
 * mean...), rather than a range's end, a loose figure or a bonus? */
int claim_stat_is_statistic(int stat);
int claim_stat_parse(const char *s);
const char *claim_kind_name(source_kind k);
int claim_kind_parse(const char *s);
const char *claim_qual_name(qualifier q);
int claim_qual_parse(const char *s);

/* Occupation levels (OEWS O_GROUP), as bits of a set. */
enum {
	CLAIM_LEVEL_TOTAL = 1 << 0,
	CLAIM_LEVEL_MAJOR = 1 << 1,
	CLAIM_LEVEL_MINOR = 1 << 2,
	CLAIM_LEVEL_BROAD = 1 << 3,
	CLAIM_LEVEL_DETAILED = 1 << 4,
	CLAIM_LEVEL_OTHER = 1 << 5, /* a level word none of the above */
};
#define CLAIM_LEVEL_ALL 0x3fu
/* The set a comma-separated list names ("detailed,broad", "major", "all");
 * 0 when a word is none of them (*bad then points at it). */
unsigned claim_level_list(const char *list, const char **bad);
/* Is a claim of this level in the set?  An empty level always is: claims
 * files, articles and surveys name none.  A set of 0 holds every level. */
int claim_level_wanted(const char *level, unsigned set);
/* The set an option's argument names (--level LIST), or a usage error of
 * command cmd (exit 2). */
unsigned claim_level_arg(const char *cmd, const char *arg);

/* Writers: the header line once, then one claim a call. */
void claim_csv_header(FILE *out);
void claim_csv_write(FILE *out, const claim *c);
/* JSON: begin, one object a call, end (first is 1 for the first claim). */
void claim_json_begin(FILE *out);
void claim_json_write(FILE *out, const claim *c, int first);
void claim_json_end(FILE *out);

#endif
