#include "cli/microopts.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "input/csvin.h"
#include "model/claimin.h"

enum {
	OPT_WHERE = 512, OPT_CURRENCY, OPT_CURRENCY_COL, OPT_HOURS, OPT_WEEKS, OPT_BASIS,
};

static const struct option shared[] = {
	{"group", required_argument, NULL, 'g'},
	{"value", required_argument, NULL, 'v'},
	{"unit", required_argument, NULL, 'u'},
	{"delimiter", required_argument, NULL, 'd'},
	{"where", required_argument, NULL, OPT_WHERE},
	{"currency", required_argument, NULL, OPT_CURRENCY},
	{"currency-col", required_argument, NULL, OPT_CURRENCY_COL},
	{"hours", required_argument, NULL, OPT_HOURS},
	{"weeks", required_argument, NULL, OPT_WEEKS},
	{"basis", required_argument, NULL, OPT_BASIS},
	{NULL, 0, NULL, 0},
};
#define NSHARED (sizeof shared / sizeof *shared)

void microopts_init(microopts *o)
{
	memset(o, 0, sizeof *o);
	memcpy(o->currency, "USD", 4);
}

void microopts_free(microopts *o)
{
	size_t i;

	for (i = 0; i < o->ngroups; i++)
		free(o->group[i]);
	free(o->group);
	for (i = 0; i < o->nvalues; i++)
		free(o->value[i].spec);
	free(o->value);
	for (i = 0; i < o->nwhere; i++) {
		free(o->where[i].spec);
		free(o->where[i].value);
	}
	free(o->where);
	microopts_init(o);
}

void microopts_long(const struct option *own, struct option *all)
{
	size_t n = 0;

	while (own[n].name)
		n++;
	if (n + NSHARED > MICROOPTS_MAX_LONG) {
		diag("internal: too many options");
		exit(EXIT_USAGE);
	}
	memcpy(all, own, n * sizeof *all);
	memcpy(all + n, shared, sizeof shared);
}

/* Split a comma-separated list into fresh strings. */
static char **split_list(const char *s, size_t *n)
{
	char **items = NULL;
	size_t alloc = 0;

	*n = 0;
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		xgrow(&items, &alloc, *n + 1, sizeof *items);
		items[(*n)++] = xstrndup(s, len);
		if (!comma)
			break;
		s = comma + 1;
	}
	return items;
}

static void parse_values(microopts *o, const char *cmd, const char *arg)
{
	char **items;
	size_t n, i;

	items = split_list(arg, &n);
	o->value = xcalloc(n, sizeof *o->value);
	for (i = 0; i < n; i++) {
		microdata_value_parse(&o->value[i], items[i]);
		if (!o->value[i].spec[0])
			diag_usage(cmd, "-v: empty column name");
		free(items[i]);
	}
	free(items);
	o->nvalues = n;
}

static void add_where(microopts *o, const char *cmd, const char *arg)
{
	size_t alloc = o->nwhere;

	xgrow(&o->where, &alloc, o->nwhere + 1, sizeof *o->where);
	if (microdata_where_parse(&o->where[o->nwhere], arg) < 0)
		diag_usage(cmd, "--where wants COL=VALUE or COL!=VALUE, not '%s'", arg);
	o->nwhere++;
}

/* --weeks N (a number of weeks a year) or --weeks COL (a header name). */
static void parse_weeks(microopts *o, const char *cmd, const char *arg)
{
	char *end;
	double w = strtod(arg, &end);

	if (end != arg && !*end) {
		if (!(w > 0 && w <= 53))
			diag_usage(cmd, "--weeks: weeks a year from 1 to 53, or a column, not '%s'", arg);
		o->weeks = w;
		o->weeks_col = NULL;
	} else {
		o->weeks_col = arg;
		o->weeks = 0;
	}
}

int microopts_take(microopts *o, const char *cmd, int c, const char *arg)
{
	int i;

	switch (c) {
	case 'g': o->group = split_list(arg, &o->ngroups); break;
	case 'v': parse_values(o, cmd, arg); break;
	case 'u':
		if ((o->unit = unit_parse(arg)) == UNIT_NONE)
			diag_usage(cmd, "-u: unknown unit '%s' (annual, hourly, monthly, weekly)", arg);
		break;
	case 'd':
		if ((o->delim = csvin_parse_delim(arg)) < 0)
			diag_usage(cmd, "-d: delimiter must be , ; | or tab, not '%s'", arg);
		break;
	case OPT_WHERE: add_where(o, cmd, arg); break;
	case OPT_CURRENCY:
		if (strlen(arg) != 3)
			diag_usage(cmd, "--currency wants a 3-letter code such as USD, not '%s'", arg);
		for (i = 0; i < 3; i++)
			o->currency[i] = (char)(arg[i] & ~0x20);
		break;
	case OPT_CURRENCY_COL: o->currency_col = arg; break;
	case OPT_HOURS: o->hours = arg; break;
	case OPT_WEEKS: parse_weeks(o, cmd, arg); break;
	case OPT_BASIS:
		if (strcmp(arg, "fte") == 0)
			o->basis = MICRODATA_FTE;
		else if (strcmp(arg, "actual") == 0)
			o->basis = MICRODATA_ACTUAL;
		else
			diag_usage(cmd, "--basis: fte or actual, not '%s'", arg);
		break;
	default: return 0;
	}
	return 1;
}

void microopts_check(const microopts *o, const char *cmd)
{
	if (o->basis == MICRODATA_ACTUAL && !o->hours)
		diag_usage(cmd, "--basis actual: say which column holds hours a week with --hours");
}

/* The OEWS top-code cap of the year a file is named for (M2023). */
static double oews_cap(const char *file, unit u)
{
	char period[16];

	if (!claimin_period_from_name(file, period, sizeof period))
		return 0;
	return claimin_oews_cap(atoi(period), u);
}

void microopts_reader(const microopts *o, unit u, microdata_opts *in)
{
	memset(in, 0, sizeof *in);
	in->group = o->group;
	in->ngroups = o->ngroups;
	in->value = o->value;
	in->nvalues = o->nvalues;
	in->where = o->where;
	in->nwhere = o->nwhere;
	in->unit = u;
	in->currency = o->currency;
	in->currency_col = o->currency_col;
	in->basis = o->basis;
	in->hours = o->hours;
	in->weeks_col = o->weeks_col;
	in->weeks = o->weeks;
	in->top_cap = oews_cap;
	in->delim = o->delim;
}

/* "52" or "'Weeks'": the weeks a year of the actual basis. */
static void weeks_text(const microopts *o, char *buf, size_t size)
{
	if (o->weeks_col)
		snprintf(buf, size, "'%s'", o->weeks_col);
	else
		snprintf(buf, size, "%g", o->weeks > 0 ? o->weeks : 52);
}

static void print_conversions(const microopts *o, const microdata_sink *p, FILE *out)
{
	int from, to;
	char weeks[64];

	weeks_text(o, weeks, sizeof weeks);
	for (from = 0; from < UNIT_COUNT; from++)
		for (to = 0; to < UNIT_COUNT; to++) {
			unsigned long long n = p->converted[from][to];
			if (!n)
				continue;
			fprintf(out, "wagestat:   converted %llu %s values to %s (",
				n, unit_name((unit)from), unit_name((unit)to));
			if (o->basis == MICRODATA_ACTUAL &&
			    (from == UNIT_HOURLY || to == UNIT_HOURLY))
				fprintf(out, "by each row's '%s' a week x %s weeks)\n",
					o->hours, weeks);
			else if (o->basis == MICRODATA_ACTUAL &&
				 (from == UNIT_WEEKLY || to == UNIT_WEEKLY))
				fprintf(out, "by %s weeks)\n", weeks);
			else if (to == UNIT_ANNUAL)
				fprintf(out, "x %g)\n", unit_per_year((unit)from));
			else if (from == UNIT_ANNUAL)
				fprintf(out, "/ %g)\n", unit_per_year((unit)to));
			else
				fprintf(out, "x %g / %g)\n", unit_per_year((unit)from),
					unit_per_year((unit)to));
		}
}

/* The basis line and the top codes, when they touched any value. */
static void print_basis(const microopts *o, const microdata_sink *p, FILE *out)
{
	char weeks[64];

	weeks_text(o, weeks, sizeof weeks);
	if (p->basis_rows && o->basis == MICRODATA_ACTUAL)
		fprintf(out, "wagestat:   basis actual: %llu values at their own hours ('%s' a week x %s weeks)\n",
			p->basis_rows, o->hours, weeks);
	else if (p->basis_rows)
		fprintf(out, "wagestat:   basis fte: %llu values at the full-time 2080 hours and 52 weeks a year\n",
			p->basis_rows);
	if (p->other_hours)
		fprintf(out, "wagestat:   of them %llu work other than 40 hours a week by '%s' (--basis actual counts their hours)\n",
			p->other_hours, o->hours);
	if (p->top_coded)
		fprintf(out, "wagestat:   top-coded %llu values, used at their cap (mean and sd understate)\n",
			p->top_coded);
}

void microopts_print_accounting(const microopts *o, const microdata_sink *p, FILE *out)
{
	print_conversions(o, p, out);
	print_basis(o, p, out);
}

void microopts_help(FILE *out)
{
	fputs(
"  -g, --group COL,...      group by these columns (first-seen order)\n"
"  -v, --value COL[:UNIT],...  the pay column; with several, the first that\n"
"                           is not blank in a row is used; :UNIT (annual,\n"
"                           hourly, monthly, weekly) says what plain numbers\n"
"                           in that column are (default: salary, pay, ...)\n"
"  -u, --unit UNIT          state every value in UNIT: annual = hourly x 2080\n"
"                           = weekly x 52 = monthly x 12 (at --basis fte)\n"
"      --hours COL          hours a week of each row\n"
"      --weeks N|COL        weeks a year (default 52), or a column of them\n"
"      --basis fte|actual   hourly and weekly pay restated at the full-time\n"
"                           2080 hours and 52 weeks (fte, the default), or\n"
"                           at the row's --hours x --weeks (actual)\n"
"  -d, --delimiter D        , ; | or tab (default: detected from the header)\n"
"      --where COL=VALUE    keep matching rows (case and outer spaces ignored);\n"
"                           repeat: same column = OR, other columns = AND\n"
"      --where COL!=VALUE   drop matching rows\n"
"      --currency CODE      currency of the figures (default USD); values\n"
"                           marked with another (£, €, GBP...) are rejected\n"
"      --currency-col COL   the column saying each row's currency (default:\n"
"                           the first whose header holds 'currency'); a row\n"
"                           in another is rejected: 'currency GBP, not USD'\n"
"\n"
"Top-coded values (#, the OEWS cap of the year in the file's name; '>= X',\n"
"'X+') are used at their cap and counted.\n", out);
}
