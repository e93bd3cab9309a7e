#include "model/header.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/claim.h"
#include "model/cue.h"

/* Lower-case alphanumeric tokens of a header: "A_PCT10" -> a pct10,
 * "10th percentile" -> 10th percentile. */
static size_t tokens(const char *s, size_t len, char tok[][24], size_t max)
{
	size_t n = 0, i = 0;

	while (i < len && n < max) {
		size_t k = 0;
		while (i < len && !isalnum((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		while (i < len && isalnum((unsigned char)s[i])) {
			if (k < 23)
				tok[n][k++] = (char)tolower((unsigned char)s[i]);
			i++;
		}
		tok[n][k] = '\0';
		n++;
	}
	return n;
}

static int is_word(const char *tok, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(tok, *words) == 0)
			return 1;
	return 0;
}

/* A percentile named by a token: pct10, p10, 10th, 10 (then "percentile"). */
static int percentile_token(const char *tok, const char *next)
{
	const char *d = tok;
	char *end;
	long n;

	if (strncmp(tok, "pct", 3) == 0)
		d = tok + 3;
	else if (tok[0] == 'p' && isdigit((unsigned char)tok[1]))
		d = tok + 1;
	else if (!isdigit((unsigned char)tok[0]) ||
		 !next || (strcmp(next, "percentile") != 0 && strcmp(next, "pct") != 0))
		return 0;
	n = strtol(d, &end, 10);
	if (end == d || n < 1 || n > 99)
		return 0;
	if (*end && strcmp(end, "th") != 0 && strcmp(end, "st") != 0 &&
	    strcmp(end, "nd") != 0 && strcmp(end, "rd") != 0)
		return 0;
	return (int)n;
}

/* Is tok one of the (one-word) phrases of cue class c? */
static int cue_token(const char *tok, cue_class c)
{
	return is_word(tok, cue_words(c));
}

/* What a wide-table header says: a statistic and a unit, or nothing.  The
 * words are the extractor's (datasets/cues.csv), read by its rules: "Min"
 * and "Max" are the ends of a pay range, but "Minimum wage" is a wage. */
static header_column classify_figure(const char *s, size_t len, unit fallback)
{
	static const char *const errors[] = {"prse", "rse", "se", "error", NULL};
	char tok[12][24];
	size_t n = tokens(s, len, tok, 12), i;
	header_column c = {HEADER_IGNORE, CSTAT_NONE, fallback, 0};
	int wage = 0, unit_named = 0;

	for (i = 0; i < n; i++) {
		if (is_word(tok[i], errors))
			return c;
		wage |= cue_token(tok[i], CUE_WAGE);
	}
	for (i = 0; i < n; i++) {
		int p = percentile_token(tok[i], i + 1 < n ? tok[i + 1] : NULL);
		if (p)
			c.stat = p;
		else if (cue_token(tok[i], CUE_MEDIAN))
			c.stat = CSTAT_MEDIAN;
		else if (cue_token(tok[i], CUE_MEAN))
			c.stat = CSTAT_MEAN;
		else if (!wage && cue_token(tok[i], CUE_RANGE_MIN))
			c.stat = CSTAT_RANGE_LOW;
		else if (!wage && cue_token(tok[i], CUE_RANGE_MAX))
			c.stat = CSTAT_RANGE_HIGH;
		else if (!strcmp(tok[i], "sd") || !strcmp(tok[i], "stddev"))
			c.stat = CSTAT_SD;
		else if (unit_of_word(tok[i], UNIT_CODE) != UNIT_NONE)
			c.unit = unit_of_word(tok[i], UNIT_CODE), unit_named = 1;
	}
	if (c.stat != CSTAT_NONE)
		c.role = HEADER_FIGURE;
	/* pay that names no unit: its size says (no one earns $200 an hour in
	 * a table of wages, nor under $200 a year) */
	c.by_value = c.role == HEADER_FIGURE && !unit_named && c.unit == UNIT_NONE;
	return c;
}

/* Header names with one meaning, joined by '_' after tokenizing. */
static const struct {
	const char *name;
	header_role role;
	int stat;
} names[] = {
	{"source", HEADER_SOURCE, 0},        {"source_kind", HEADER_KIND, 0},
	{"role", HEADER_ROLE, 0},            {"occ_title", HEADER_ROLE, 0},
	{"occupation", HEADER_ROLE, 0},      {"occupational_title", HEADER_ROLE, 0},
	{"occupation_title", HEADER_ROLE, 0}, {"job_title", HEADER_ROLE, 0},
	{"job_titles", HEADER_ROLE, 0},      {"title", HEADER_ROLE, 0},
	{"soc_code", HEADER_SOC, 0},         {"soc", HEADER_SOC, 0},
	{"occ_code", HEADER_SOC, 0},         {"standard_occupational_code", HEADER_SOC, 0},
	{"area_title", HEADER_AREA, 0},      {"area_name", HEADER_AREA, 0},
	{"state", HEADER_AREA, 0},           {"region", HEADER_AREA, 0},
	{"location", HEADER_AREA, 0},        {"area", HEADER_AREA_WEAK, 0},
	{"period", HEADER_PERIOD, 0},        {"year", HEADER_PERIOD, 0},
	{"stat", HEADER_STAT, 0},            {"value", HEADER_VALUE, 0},
	{"unit", HEADER_UNIT, 0},            {"qualifier", HEADER_QUAL, 0},
	{"n", HEADER_N, 0},                  {"se", HEADER_SE, 0},
	{"where", HEADER_WHERE, 0},          {"quote", HEADER_QUOTE, 0},
	{"o_group", HEADER_GROUP, 0},        {"occ_group", HEADER_GROUP, 0},
	{"level", HEADER_GROUP, 0},          {"scope", HEADER_SCOPE, 0},
	{"area_code", HEADER_AREA_CODE, 0},  {"area_type", HEADER_AREA_TYPE, 0},
	{"prim_state", HEADER_PRIM_STATE, 0}, {"naics", HEADER_NAICS, 0},
	{"own_code", HEADER_OWN, 0},
	{"mean_prse", HEADER_PRSE_MEAN, 0},  {"emp_prse", HEADER_PRSE_EMP, 0},
	{"tot_emp", HEADER_FIGURE, CSTAT_COUNT}, {"employment", HEADER_FIGURE, CSTAT_COUNT},
};

header_column header_read(const char *s, size_t len, const header_map *map, size_t nmap,
			  unit fallback)
{
	char tok[12][24], joined[128] = "";
	size_t n = tokens(s, len, tok, 12), i;
	header_column c = {HEADER_IGNORE, CSTAT_NONE, UNIT_NONE, 0};

	for (i = 0; i < nmap; i++) {
		size_t m = strlen(map[i].header);
		const char *a = s;
		size_t alen = len;
		while (alen && *a == ' ')
			a++, alen--;
		while (alen && a[alen - 1] == ' ')
			alen--;
		if (m == alen && strncasecmp(a, map[i].header, m) == 0) {
			c.stat = map[i].stat;
			if (!c.stat) {
				/* ignored: kept out of the "not used" note */
				c.role = HEADER_FLAG;
				return c;
			}
			c.role = HEADER_FIGURE;
			c.unit = map[i].unit ? map[i].unit : fallback;
			return c;
		}
	}
	for (i = 0; i < n; i++) {
		if (i)
			strncat(joined, "_", sizeof joined - strlen(joined) - 1);
		strncat(joined, tok[i], sizeof joined - strlen(joined) - 1);
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(joined, names[i].name) == 0) {
			c.role = names[i].role;
			c.stat = names[i].stat;
			return c;
		}
	/* "annual" and "hourly" alone are BLS flags, not figures: TRUE says
	 * only wages in that unit are published */
	if (strcmp(joined, "annual") == 0 || strcmp(joined, "hourly") == 0) {
		c.role = HEADER_FLAG;
		c.unit = joined[0] == 'a' ? UNIT_ANNUAL : UNIT_HOURLY;
		return c;
	}
	return classify_figure(s, len, fallback);
}
