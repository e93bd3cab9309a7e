#include "model/claim.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/fmt.h"
#include "base/xalloc.h"

static const char *const kind_names[] = {
	[KIND_NONE] = "",           [KIND_OFFICIAL] = "official",
	[KIND_SURVEY] = "survey",   [KIND_MICRODATA] = "microdata",
	[KIND_ARTICLE] = "article", [KIND_COMPUTED] = "computed",
};

static const char *const qual_names[] = {
	[QUAL_EXACT] = "exact",
	[QUAL_ABOUT] = "about",
	[QUAL_LESS_THAN] = "less_than",
	[QUAL_MORE_THAN] = "more_than",
	[QUAL_TOP_CODED] = "top_coded",
};

static const struct {
	int stat;
	const char *name;
} stat_names[] = {
	{CSTAT_MEDIAN, "median"},         {CSTAT_COUNT, "count"},
	{CSTAT_MEAN, "mean"},             {CSTAT_SD, "sd"},
	{CSTAT_MIN, "min"},               {CSTAT_MAX, "max"},
	{CSTAT_RANGE_LOW, "range_low"},   {CSTAT_RANGE_HIGH, "range_high"},
	{CSTAT_TOP10_MEAN, "top10_mean"}, {CSTAT_BOTTOM10_MEAN, "bottom10_mean"},
	{CSTAT_UNSPECIFIED, "unspecified"},
	{CSTAT_BONUS, "bonus"},
};

int claim_stat_is_statistic(int stat)
{
	return stat >= 1 && stat <= CSTAT_BOTTOM10_MEAN && stat != CSTAT_RANGE_LOW &&
	       stat != CSTAT_RANGE_HIGH;
}

void claim_init(claim *c)
{
	memset(c, 0, sizeof *c);
	c->source = xstrdup("");
	c->role = xstrdup("");
	c->soc_code = xstrdup("");
	c->area = xstrdup("");
	c->period = xstrdup("");
	c->where = xstrdup("");
	c->quote = xstrdup("");
	c->scope = xstrdup("");
	c->level = xstrdup("");
	c->n = NAN;
	c->se = NAN;
	c->value = NAN;
}

void claim_free(claim *c)
{
	free(c->source);
	free(c->role);
	free(c->soc_code);
	free(c->area);
	free(c->period);
	free(c->where);
	free(c->quote);
	free(c->scope);
	free(c->level);
	memset(c, 0, sizeof *c);
}

void claim_copy(claim *dst, const claim *src)
{
	*dst = *src;
	dst->source = xstrdup(src->source);
	dst->role = xstrdup(src->role);
	dst->soc_code = xstrdup(src->soc_code);
	dst->area = xstrdup(src->area);
	dst->period = xstrdup(src->period);
	dst->where = xstrdup(src->where);
	dst->quote = xstrdup(src->quote);
	dst->scope = xstrdup(src->scope);
	dst->level = xstrdup(src->level);
}

void claim_set(char **field, const char *s, size_t len)
{
	free(*field);
	*field = xstrndup(s, len);
}

const char *claim_stat_name(int stat, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < sizeof stat_names / sizeof stat_names[0]; i++)
		if (stat_names[i].stat == stat)
			return stat_names[i].name;
	if (stat >= 1 && stat <= 99)
		snprintf(buf, size, "p%d", stat);
	else
		snprintf(buf, size, "?");
	return buf;
}

int claim_stat_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof stat_names / sizeof stat_names[0]; i++)
		if (strcasecmp(s, stat_names[i].name) == 0)
			return stat_names[i].stat;
	if ((s[0] == 'p' || s[0] == 'P') && s[1] >= '1' && s[1] <= '9') {
		char *end;
		long n = strtol(s + 1, &end, 10);
		if (*end == '\0' && n >= 1 && n <= 99)
			return (int)n;
	}
	return CSTAT_NONE;
}

const char *claim_kind_name(source_kind k)
{
	return (unsigned)k < sizeof kind_names / sizeof kind_names[0] ? kind_names[k] : "";
}

int claim_kind_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
		if (strcasecmp(s, kind_names[i]) == 0)
			return (int)i;
	return -1;
}

static const char *const level_names[] = {"total", "major", "minor", "broad", "detailed"};

static unsigned level_bit(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof level_names / sizeof level_names[0]; i++)
		if (strlen(level_names[i]) == len && strncasecmp(s, level_names[i], len) == 0)
			return 1u << i;
	return 0;
}

unsigned claim_level_list(const char *list, const char **bad)
{
	unsigned set = 0, bit;
	const char *s = list;

	for (;;) {
		const char *e = strchr(s, ',');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		while (len && *s == ' ')
			s++, len--;
		while (len && s[len - 1] == ' ')
			len--;
		bit = len == 3 && strncasecmp(s, "all", 3) == 0 ? CLAIM_LEVEL_ALL : level_bit(s, len);
		if (!bit) {
			*bad = s;
			return 0;
		}
		set |= bit;
		if (!e)
			return set;
		s = e + 1;
	}
}

unsigned claim_level_arg(const char *cmd, const char *arg)
{
	const char *bad = arg;
	unsigned set = claim_level_list(arg, &bad);

	if (!set)
		diag_usage(cmd, "--level: detailed, broad, minor, major, total or all, "
				"comma-separated, not '%s'", bad);
	return set;
}

int claim_level_wanted(const char *level, unsigned set)
{
	unsigned bit;

	if (!set || !level[0])
		return 1;
	bit = level_bit(level, strlen(level));
	return (set & (bit ? bit : CLAIM_LEVEL_OTHER)) != 0;
}

const char *claim_qual_name(qualifier q)
{
	return (unsigned)q < sizeof qual_names / sizeof qual_names[0] ? qual_names[q] : "";
}

int claim_qual_parse(const char *s)
{
	size_t i;

	if (*s == '\0')
		return QUAL_EXACT;
	for (i = 0; i < sizeof qual_names / sizeof qual_names[0]; i++)
		if (strcasecmp(s, qual_names[i]) == 0)
			return (int)i;
	return -1;
}

/* --- writers ----------------------------------------------------------- */

/* The CSV writers run once per claim, a dozen small writes each: the
 * stream is this thread's, so they skip stdio's lock. */
static void csv_text(FILE *out, const char *s)
{
	/* the bytes that make a field quoted: one pass finds them and the end */
	static const unsigned char special[256] = {[','] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1};
	size_t n = 0;

	while (s[n] && !special[(unsigned char)s[n]])
		n++;
	if (!s[n] && s[0] != ' ' && (n == 0 || s[n - 1] != ' ')) {
		fwrite_unlocked(s, 1, n, out);
		return;
	}
	putc_unlocked('"', out);
	for (;;) {
		/* runs without a quote go out whole; a quote is doubled */
		size_t run = strcspn(s, "\"");
		fwrite_unlocked(s, 1, run, out);
		s += run;
		if (!*s)
			break;
		fputs_unlocked("\"\"", out);
		s++;
	}
	putc_unlocked('"', out);
}

/* value, n and se as every machine format writes them: money to the cent,
 * counts (a count claim's value, n) whole, se to six significant digits
 * (it weighs the figure: 0.07766 is not 0.08). */
enum { NUM_VALUE, NUM_N, NUM_SE };

static const char *number(const claim *c, int which, char *buf, size_t size)
{
	if (which == NUM_SE)
		return fmt_se(c->se, buf, size);
	if (which == NUM_N)
		return fmt_whole(c->n, buf, size);
	return (c->stat == CSTAT_COUNT ? fmt_whole : fmt_cents)(c->value, buf, size);
}

static void csv_number(FILE *out, const claim *c, int which)
{
	char buf[64];

	fputs_unlocked(number(c, which, buf, sizeof buf), out);
}

void claim_csv_header(FILE *out)
{
	fputs_unlocked(CLAIM_HEADER "\n", out);
}

void claim_csv_write(FILE *out, const claim *c)
{
	char stat[16];

	csv_text(out, c->source);
	putc_unlocked(',', out);
	fputs_unlocked(claim_kind_name(c->kind), out);
	putc_unlocked(',', out);
	csv_text(out, c->role);
	putc_unlocked(',', out);
	csv_text(out, c->soc_code);
	putc_unlocked(',', out);
	csv_text(out, c->area);
	putc_unlocked(',', out);
	csv_text(out, c->period);
	putc_unlocked(',', out);
	fputs_unlocked(claim_stat_name(c->stat, stat, sizeof stat), out);
	putc_unlocked(',', out);
	csv_number(out, c, NUM_VALUE);
	putc_unlocked(',', out);
	fputs_unlocked(unit_name(c->unit), out);
	putc_unlocked(',', out);
	fputs_unlocked(claim_qual_name(c->qual), out);
	putc_unlocked(',', out);
	csv_number(out, c, NUM_N);
	putc_unlocked(',', out);
	csv_number(out, c, NUM_SE);
	putc_unlocked(',', out);
	csv_text(out, c->where);
	putc_unlocked(',', out);
	csv_text(out, c->quote);
	putc_unlocked(',', out);
	csv_text(out, c->scope);
	putc_unlocked(',', out);
	csv_text(out, c->level);
	putc_unlocked('\n', out);
}

void claim_json_begin(FILE *out)
{
	fputs("[", out);
}

static void json_member(FILE *out, const char *name, const char *value, int comma)
{
	if (comma)
		fputs(", ", out);
	fmt_json_string(out, name, strlen(name));
	fputs(": ", out);
	fmt_json_string(out, value, strlen(value));
}

static void json_number(FILE *out, const char *name, const claim *c, int which)
{
	char buf[64];
	double v = which == NUM_SE ? c->se : which == NUM_N ? c->n : c->value;

	fprintf(out, ", \"%s\": %s", name,
		isfinite(v) ? number(c, which, buf, sizeof buf) : "null");
}

void claim_json_write(FILE *out, const claim *c, int first)
{
	char stat[16];

	fputs(first ? "\n {" : ",\n {", out);
	json_member(out, "source", c->source, 0);
	json_member(out, "source_kind", claim_kind_name(c->kind), 1);
	json_member(out, "role", c->role, 1);
	json_member(out, "soc_code", c->soc_code, 1);
	json_member(out, "area", c->area, 1);
	json_member(out, "period", c->period, 1);
	json_member(out, "stat", claim_stat_name(c->stat, stat, sizeof stat), 1);
	json_number(out, "value", c, NUM_VALUE);
	json_member(out, "unit", unit_name(c->unit), 1);
	json_member(out, "qualifier", claim_qual_name(c->qual), 1);
	json_number(out, "n", c, NUM_N);
	json_number(out, "se", c, NUM_SE);
	json_member(out, "where", c->where, 1);
	json_member(out, "quote", c->quote, 1);
	json_member(out, "scope", c->scope, 1);
	json_member(out, "level", c->level, 1);
	fputc('}', out);
}

void claim_json_end(FILE *out)
{
	fputs("\n]\n", out);
}
