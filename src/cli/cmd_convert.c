/* wagestat convert: claims restated in one unit and one year's dollars. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/claimin.h"
#include "cli/commands.h"
#include "input/csvin.h"
#include "model/dict.h"
#include "model/resolve.h"
#include "base/diag.h"
#include "base/xalloc.h"

typedef struct converter {
	int to_year;  /* 0: keep the dollars */
	unit to_unit; /* UNIT_NONE: keep the unit */
	int json;
	int nclaims;
	tally *figures;
} converter;

static int on_claim(void *ctx, const claim *in)
{
	converter *cv = ctx;
	claim c = *in; /* shallow: only value, unit, se and quote change */
	char note[256], was[64], *quote;
	double factor, from, to;
	const char *why;
	size_t n;

	why = resolve_restate(in, cv->to_year, cv->to_unit, &factor, &from, &to);
	if (why) {
		/* counted as used when read: it is rejected instead */
		cv->figures->used--;
		tally_reject_where(cv->figures, in->where, why,
				   in->period[0] ? in->period : NULL);
		return 0;
	}
	if (cv->to_unit != UNIT_NONE && in->unit != UNIT_NONE && in->stat != CSTAT_COUNT)
		c.unit = cv->to_unit;
	note[0] = '\0';
	if (!isnan(from))
		snprintf(note, sizeof note, ", CPI-U %g/%g", to, from);
	if (!islessgreater(factor, 1) && c.unit == in->unit)
		goto write;
	c.value = in->value * factor;
	c.se = in->se * factor;
	snprintf(was, sizeof was, "%.10g", in->value);
	n = strlen(in->quote) + strlen(note) + 128;
	quote = xmalloc(n);
	snprintf(quote, n, "%s%s[was %s %s%s%.4s dollars%s]", in->quote,
		 in->quote[0] ? " " : "", was, unit_name(in->unit), in->unit ? " in " : "in ",
		 in->period[0] ? in->period : "unstated", note);
	c.quote = quote;
	if (cv->json)
		claim_json_write(stdout, &c, cv->nclaims == 0);
	else
		claim_csv_write(stdout, &c);
	free(quote);
	cv->nclaims++;
	return 0;
write:
	if (cv->json)
		claim_json_write(stdout, in, cv->nclaims == 0);
	else
		claim_csv_write(stdout, in);
	cv->nclaims++;
	return 0;
}

static const struct option long_options[] = {
	{"to-year", required_argument, NULL, 'y'},
	{"unit", required_argument, NULL, 'u'},
	{"format", required_argument, NULL, 'f'},
	{"quiet", no_argument, NULL, 'q'},
	{"strict", no_argument, NULL, 'S'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

int cmd_convert(int argc, char **argv)
{
	converter cv;
	claimin_opts o;
	resolver names = {0};
	tally rows, figures;
	int c, code = EXIT_OK, quiet = 0, strict = 0, first, last;

	memset(&cv, 0, sizeof cv);
	memset(&o, 0, sizeof o);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":y:u:f:qh", long_options, NULL)) != -1) {
		switch (c) {
		case 'y': {
			char *end;
			long y = strtol(optarg, &end, 10);
			dict_cpi_years(&first, &last);
			if (*end || y < first || y > last)
				diag_usage("convert", "--to-year: a year from %d to %d (the CPI-U table), not '%s'",
					   first, last, optarg);
			cv.to_year = (int)y;
			break;
		}
		case 'u':
			if ((cv.to_unit = unit_parse(optarg)) == UNIT_NONE)
				diag_usage("convert", "-u: unknown unit '%s' (annual, hourly, monthly, weekly)", optarg);
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				cv.json = 1;
			else if (strcmp(optarg, "claims") != 0 && strcmp(optarg, "csv") != 0)
				diag_usage("convert", "-f: claims (csv) or json, not '%s'", optarg);
			break;
		case 'q':
			quiet = 1;
			break;
		case 'S':
			strict = 1;
			break;
		case 'h':
			cmd_convert_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case ':':
		default:
			diag_bad_option("convert", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage("convert", "no input file (use - for standard input)");
	if (!cv.to_year && cv.to_unit == UNIT_NONE)
		diag_usage("convert", "say what to convert to: --to-year YEAR and/or -u UNIT");
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = o.quiet = quiet;
	names.quiet = 1;
	o.resolve = &names; /* a role's SOC code, as check and reconcile find it */
	cv.figures = &figures;
	if (cv.json)
		claim_json_begin(stdout);
	else
		claim_csv_header(stdout);
	code = claimin_read_files(argv + optind, (size_t)(argc - optind), &o, &rows, &figures,
				  on_claim, &cv);
	if (cv.json)
		claim_json_end(stdout);
	if (!quiet && code != EXIT_USAGE) {
		resolve_print(&names, stderr);
		tally_print(&rows, "rows", stderr);
		tally_print(&figures, "figures", stderr);
	}
	if (strict && (rows.rejected || figures.rejected) && code == EXIT_OK)
		code = EXIT_DATA;
	tally_free(&rows);
	tally_free(&figures);
	return diag_close_stdout(code);
}

void cmd_convert_help(FILE *out)
{
	fputs(
"Usage: wagestat convert [--to-year YEAR] [-u UNIT] [-f claims|json] [--strict] FILE...\n"
"\n"
"Claims (or wide tables) restated in one unit and one year's dollars.\n"
"Units follow the BLS convention: annual = hourly x 2080 = weekly x 52 =\n"
"monthly x 12.  Dollars are restated with CPI-U annual averages (series\n"
"CUUR0000SA0): value x CPI(YEAR) / CPI(year of the claim's period).  Each\n"
"changed claim keeps what it was in its quote: [was 15.61 hourly in 2017\n"
"dollars, CPI-U 313.689/245.12].  Counts are not converted.  A claim whose\n"
"year has no CPI-U figure is rejected, never passed on unrestated.\n"
"\n"
"  -y, --to-year YEAR   restate dollars in this year's\n"
"  -u, --unit UNIT      annual, hourly, monthly or weekly\n"
"  -f, --format FMT     claims (CSV, default) or json\n"
"  -q, --quiet          no accounting on stderr\n"
"      --strict         exit 1 if any row or figure is rejected\n", out);
}
