/* wagestat check: every salary claim in articles judged, with the reason. */
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fmt.h"
#include "cli/commands.h"
#include "base/diag.h"
#include "model/claimin.h"
#include "model/dict.h"
#include "compute/check.h"
#include "extract/extract.h"
#include "base/slurp.h"
#include "output/findings.h"
#include "cli/judge.h"
#include "output/table.h"
#include "output/xlsxout.h"
#include "base/xalloc.h"

/* Like a linter: FILE:LINE:COL: verdict: what, for the findings that are
 * not ok. */
static void print_text(const check_ctx *k, int all)
{
	size_t i;
	char v[256], a[64], st[16];

	for (i = 0; i < check_count(k); i++) {
		const check_finding *f = check_result(k, i);
		const char *what = f->c.stat == CSTAT_NONE ? "comparison"
							   : claim_stat_name(f->c.stat, st, sizeof st);
		if (!all && (f->verdict & (CHECK_OK | CHECK_UNVERIFIABLE)))
			continue;
		printf("%s: %s: %s%s%s", f->c.where, check_verdict_names(f->verdict, v, sizeof v),
		       what, f->c.role[0] ? " for " : "", f->c.role);
		if (f->c.stat != CSTAT_NONE)
			printf(" $%s", fmt_amount(f->c.value, a, sizeof a));
		printf(": %s\n", f->reason);
	}
}

enum { OPT_REF = 256, OPT_YEAR, OPT_TOLERANCE, OPT_FAIL_ON, OPT_ALL, OPT_LEVEL, OPT_CLAIMS };

static const struct option long_options[] = {
	{"ref", required_argument, NULL, OPT_REF},
	{"year", required_argument, NULL, OPT_YEAR},
	{"tolerance", required_argument, NULL, OPT_TOLERANCE},
	{"fail-on", required_argument, NULL, OPT_FAIL_ON},
	{"all", no_argument, NULL, OPT_ALL},
	{"level", required_argument, NULL, OPT_LEVEL},
	{"claims", no_argument, NULL, OPT_CLAIMS},
	{"format", required_argument, NULL, 'f'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

/* What the command line asks for. */
typedef struct check_args {
	check_opts o;
	const char *ref_path;
	int quiet, all, text, xlsx;
	int claims; /* the files are claims, not articles */
	unsigned fail_on;
	unsigned levels; /* occupation levels of the reference used */
	table_format format;
} check_args;

static double tolerance_arg(const char *arg)
{
	char *end;
	double pct = strtod(arg, &end);

	if (end == arg || (*end && strcmp(end, "%") != 0) || !(pct >= 0) || pct > 1000)
		diag_usage("check", "--tolerance: a percentage such as 15, not '%s'", arg);
	return pct / 100;
}

static int year_arg(const char *arg)
{
	char *end;
	long y = strtol(arg, &end, 10);

	if (*end || y < 1900 || y > 2100)
		diag_usage("check", "--year: a year such as 2023, not '%s'", arg);
	return (int)y;
}

static unsigned fail_on_arg(const char *arg)
{
	if (strcmp(arg, "inconsistent") == 0)
		return CHECK_INCONSISTENT;
	if (strcmp(arg, "unverifiable") == 0)
		return CHECK_INCONSISTENT | CHECK_UNVERIFIABLE;
	diag_usage("check", "--fail-on: inconsistent or unverifiable, not '%s'", arg);
	return 0;
}

static void parse_options(int argc, char **argv, check_args *a)
{
	int c, f = 0;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":f:qh", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_REF:
			a->ref_path = optarg;
			break;
		case OPT_YEAR:
			a->o.year = year_arg(optarg);
			break;
		case OPT_TOLERANCE:
			a->o.tolerance = tolerance_arg(optarg);
			break;
		case OPT_FAIL_ON:
			a->fail_on = fail_on_arg(optarg);
			break;
		case OPT_ALL:
			a->all = 1;
			break;
		case OPT_LEVEL:
			a->levels = claim_level_arg("check", optarg);
			break;
		case OPT_CLAIMS:
			a->claims = 1;
			break;
		case 'f':
			a->xlsx = strcmp(optarg, "xlsx") == 0;
			if (!a->xlsx && (f = table_format_parse(optarg)) < 0)
				diag_usage("check", "-f: %s or xlsx, not '%s'", TABLE_FORMAT_NAMES, optarg);
			a->format = a->xlsx ? TABLE_CSV : (table_format)f;
			a->text = a->format == TABLE_TEXT;
			break;
		case 'q':
			a->quiet = 1;
			break;
		case 'h':
			cmd_check_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case ':':
		default:
			diag_bad_option("check", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage("check", "no article (use - for standard input)");
}

static int add_read_claim(void *ctx, const claim *c)
{
	check_add_claim(ctx, c, -1);
	return 0;
}

/* Judge the claims of a claims file (names resolved, rows accounted for
 * on stderr) as one article's; 0, EXIT_DATA or EXIT_USAGE. */
static int judge_claims(check_ctx *k, const check_args *a, const char *path)
{
	claimin_opts o;
	resolver names;
	tally rows, figures;
	int r;

	memset(&o, 0, sizeof o);
	memset(&names, 0, sizeof names);
	o.quiet = names.quiet = a->quiet;
	o.resolve = &names;
	o.kind = KIND_ARTICLE;
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = a->quiet;
	check_begin(k);
	r = claimin_read(path, &o, &rows, &figures, add_read_claim, k);
	check_judge(k);
	if (!a->quiet && r != EXIT_USAGE)
		tally_print(&rows, "rows", stderr);
	tally_free(&rows);
	tally_free(&figures);
	return r == 0 ? EXIT_OK : r == EXIT_USAGE ? EXIT_USAGE : EXIT_DATA;
}

/* Judge one article file and show its findings (its summary line onto
 * sums too, for a workbook); the exit code so far. */
static int check_file(check_ctx *k, const check_args *a, const char *path, table *t,
		      FILE *sums, int code)
{
	size_t j;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	unsigned long dropped = 0;
	int why;

	if (a->claims) {
		if ((why = judge_claims(k, a, path)) > code)
			code = why;
		if (why == EXIT_USAGE)
			return code;
	} else {
		if ((why = judge_file(k, path, &dropped)) != 0)
			return why > code ? why : code;
		/* figures not read are said always, and fail --fail-on */
		if (dropped && a->fail_on)
			code = code == EXIT_OK ? EXIT_DATA : code;
	}
	if (a->text)
		print_text(k, a->all);
	else
		findings_add(t, k);
	if (!a->quiet)
		findings_summary(name, k, a->text ? stdout : stderr);
	if (sums)
		findings_summary(name, k, sums);
	for (j = 0; j < check_count(k); j++)
		if (check_result(k, j)->verdict & a->fail_on)
			code = code == EXIT_OK ? EXIT_DATA : code;
	return code;
}

/* -f xlsx: the findings and the articles' summary lines as a workbook on
 * stdout; code, or EXIT_USAGE when it could not be written. */
static int write_workbook(const table *t, const char *sums, int code)
{
	xlsxout *x = xlsxout_open(NULL);

	if (!x)
		return EXIT_USAGE;
	xlsxout_table(x, "findings", t);
	xlsxout_lines(x, "articles", sums);
	return xlsxout_close(&x, stdout) != 0 ? EXIT_USAGE : code;
}

int cmd_check(int argc, char **argv)
{
	check_args a = {{0.15, 0.01, 0}, NULL, 0, 0, 1, 0, 0, 0, CLAIM_LEVEL_DETAILED, TABLE_TEXT};
	char *found_ref = NULL;
	int i, code = EXIT_OK;
	check_ref *ref;
	check_ctx *k;
	table *t = NULL;
	FILE *sums = NULL;
	char *sums_text = NULL;
	size_t sums_size = 0;

	parse_options(argc, argv, &a);
	if (!a.ref_path) {
		found_ref = judge_default_ref();
		if (!found_ref) {
			diag("no reference: datasets/%s is not here or beside the program; give --ref "
			     "or set WAGESTAT_REF",
			     JUDGE_SHIPPED_REF);
			return EXIT_USAGE;
		}
		a.ref_path = found_ref;
	}
	ref = check_ref_load(a.ref_path, a.levels);
	if (!ref) {
		free(found_ref);
		return EXIT_USAGE;
	}
	k = check_new(ref, &a.o);
	if (!a.text)
		t = findings_new();
	if (a.xlsx)
		sums = xmemstream(&sums_text, &sums_size);
	for (i = optind; i < argc; i++)
		code = check_file(k, &a, argv[i], t, sums, code);
	if (sums) {
		fclose(sums);
		code = write_workbook(t, sums_text, code);
		free(sums_text);
	} else if (t) {
		table_write(t, a.format, stdout);
	}
	table_free(&t);
	check_free(&k);
	check_ref_free(&ref);
	free(found_ref);
	return diag_close_stdout(code);
}

void cmd_check_help(FILE *out)
{
	fputs(
"Usage: wagestat check [--ref CLAIMS] [--year Y] [--tolerance PCT] [--level LIST]\n"
"         [--fail-on inconsistent|unverifiable] [--all] [--claims] [-f FORMAT] FILE...\n"
"\n"
"Extracts every salary claim from articles (as wagestat extract does) and\n"
"judges each, with every verdict that applies and the reason in numbers:\n"
"  self_contradiction      the same role, statistic, unit, area, period and\n"
"                          scope given twice, apart by more than the tolerance\n"
"  possible_contradiction  the same, but one figure's role was carried from an\n"
"                          earlier sentence or its year from the heading (not\n"
"                          counted as inconsistent)\n"
"  hourly_annual_mismatch  an hourly and an annual figure given as the same\n"
"                          thing, apart by more than their rounding and 0.5%\n"
"  percentile_order        the article's percentiles or range out of order, a\n"
"                          median outside the range stated with it, a tenth's\n"
"                          mean beyond its percentile\n"
"  disagrees_with_ref      off the reference (same SOC, area, scope and\n"
"                          period, or the nearest period within two years,\n"
"                          with the gap said) by more than 1% for a figure\n"
"                          cited to the BLS with its period, else the\n"
"                          tolerance (default 15%); bounds\n"
"                          ('less than $21,860') are judged as bounds\n"
"  mislabeled              exactly the reference figure of another\n"
"                          statistic, year or occupation\n"
"  comparison_wrong        'X earn more than Y' against the reference medians\n"
"  ok, unverifiable        agrees; or no reference covers it, and why\n"
"\n"
"The reference is datasets/oews_healthcare.csv (looked for here, beside the\n"
"program, or in its share directory; WAGESTAT_REF or --ref name another).\n"
"Text output reads like a linter, one line per finding that is not ok,\n"
"and a summary line per article; -f csv, json... give every claim with\n"
"ref_value, ref_source, deviation_pct, verdict and reason (a comparison's\n"
"row has role 'A > B', an empty stat, and the two medians).\n"
"\n"
"  --ref CLAIMS        reference claims (default: the shipped BLS claims)\n"
"  --year Y            the period of claims that give none (default: the\n"
"                      article's data year, when all its dated BLS figures\n"
"                      give one, else the newest)\n"
"  --tolerance PCT     for figures not cited to the BLS (default 15)\n"
"  --fail-on LEVEL     exit 1 if a claim is inconsistent (or unverifiable)\n"
"  --all               text: list ok and unverifiable claims too\n"
"  --claims            the FILEs are claims files (wagestat extract's or\n"
"                      import's form), each judged as one article's claims\n"
"  --level LIST        occupation levels of the reference used: detailed\n"
"                      (default), broad, minor, major, total or all\n"
"  -f, --format FMT    text (default), csv, tsv, md, json, html, xlsx (a\n"
"                      workbook: the findings and each article's summary)\n"
"  -q, --quiet         no summary line\n", out);
}
