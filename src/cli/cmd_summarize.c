/* wagestat summarize: grouped statistics of a value column. */
#include <errno.h>
#include <getopt.h>
#include <unistd.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fmt.h"
#include "model/claim.h"
#include "model/claimin.h"
#include "cli/commands.h"
#include "cli/microopts.h"
#include "input/csvin.h"
#include "base/cleanup.h"
#include "base/diag.h"
#include "base/money.h"
#include "compute/partial.h"
#include "compute/sketch.h"
#include "compute/stats.h"
#include "compute/summarize.h"
#include "input/microdata.h"
#include "output/sumtable.h"
#include "output/table.h"
#include "output/xlsxout.h"
#include "base/tally.h"
#include "base/xalloc.h"

typedef struct job {
	/* options */
	microopts in;   /* the rows read: groups, values, units, filters */
	const char *weight_spec;
	stats_plan plan;
	unit out_unit;  /* -u, or the first value column's */
	table_format format;
	int claims_out; /* -f claims */
	int xlsx;       /* -f xlsx */
	int sort, strict, quiet, verbose;
	size_t jobs;    /* -j: threads (0: the online cores) */
	double approx;  /* --approx: the sketch's relative error (0: exact) */
	int partial;    /* --partial: the groups' state, for merge */
	const char *output; /* -o: the partial result's file */
	int merging;    /* wagestat merge: the options that shape the table */
	char *sources;  /* the input files, for the claims' source */
} job;

/* --- output ------------------------------------------------------------ */

/* The accounting as a JSON object, for -f json. */
static char *accounting_json(const job *j, const summarizer *s, size_t ngroups)
{
	const microdata_sink *p = summarize_counts(s);
	char *buf = NULL, label[512];
	size_t size = 0, i;
	FILE *f = xmemstream(&buf, &size);
	int from, to, first = 1;

	fprintf(f, "{\"rows_read\": %llu, \"used\": %llu, \"filtered\": %llu, "
		   "\"missing\": %llu, \"rejected\": %llu, \"rejected_by_reason\": {",
		p->t->read, p->t->used, p->t->filtered, p->t->missing,
		p->t->rejected);
	for (i = 0; i < p->t->nreasons; i++) {
		fputs(i ? ", " : "", f);
		fmt_json_string(f, p->t->reasons[i].reason,
				  strlen(p->t->reasons[i].reason));
		fprintf(f, ": %llu", p->t->reasons[i].count);
	}
	fputs("}, \"converted\": {", f);
	for (from = 0; from < UNIT_COUNT; from++)
		for (to = 0; to < UNIT_COUNT; to++)
			if (p->converted[from][to]) {
				fprintf(f, "%s\"%s_to_%s\": %llu", first ? "" : ", ",
					unit_name((unit)from), unit_name((unit)to),
					p->converted[from][to]);
				first = 0;
			}
	fprintf(f, "}, \"basis\": {\"name\": \"%s\", \"values\": %llu, \"hours\": ",
		microdata_basis_name(j->in.basis), p->basis_rows);
	if (j->in.hours)
		fmt_json_string(f, j->in.hours, strlen(j->in.hours));
	else
		fputs("null", f);
	fputs(", \"weeks\": ", f);
	if (j->in.weeks_col)
		fmt_json_string(f, j->in.weeks_col, strlen(j->in.weeks_col));
	else
		fprintf(f, "%g", j->in.weeks > 0 ? j->in.weeks : 52);
	fprintf(f, ", \"other_hours\": %llu}, \"top_coded\": %llu, \"mixed_groups\": [",
		p->other_hours, p->top_coded);
	for (i = 0, first = 1; i < ngroups; i++) {
		const unsigned long long *n = sumtable_mixed(s, i);
		if (!n)
			continue;
		sumtable_label(s, j->in.ngroups, i, label, sizeof label);
		fputs(first ? "{\"group\": " : ", {\"group\": ", f);
		fmt_json_string(f, label, strlen(label));
		for (from = 0; from < UNIT_COUNT; from++)
			if (n[from])
				fprintf(f, ", \"%s\": %llu",
					from == UNIT_NONE ? "unstated" : unit_name((unit)from), n[from]);
		fputc('}', f);
		first = 0;
	}
	fputs("]", f);
	if (j->plan.approx > 0)
		fprintf(f, ", \"quantile_rel_error\": %.17g", j->plan.approx);
	fputs("}", f);
	fclose(f);
	return buf;
}

/* The claim statistic a summary column is, or CSTAT_NONE. */
static int claim_stat_of(const stat_spec *s)
{
	switch (s->kind) {
	case STAT_COUNT: return CSTAT_COUNT;
	case STAT_MEAN: return CSTAT_MEAN;
	case STAT_SD: return CSTAT_SD;
	case STAT_MIN: return CSTAT_MIN;
	case STAT_MAX: return CSTAT_MAX;
	case STAT_QUANTILE: return (int)lround(s->p * 100);
	case STAT_MISSING: case STAT_SUM: case STAT_IQR: case STAT_MAD:
	case STAT_MADRAW: case STAT_MEDIAN_CI: case STAT_MEAN_CI:
	case STAT_WEIGHT_SUM:
		break;
	}
	return CSTAT_NONE;
}

/* -f claims: each group's statistics as claims of kind computed; group
 * columns that name a role, SOC code, area or period fill those fields,
 * any others are joined into the role. */
static void write_claims(const job *j, const summarizer *sum, const table *t, FILE *out)
{
	size_t r, g, k, col, count_col = (size_t)-1, sd_col = (size_t)-1;
	claim_field *field = xcalloc(j->in.ngroups + 1, sizeof *field);

	for (g = 0; g < j->in.ngroups; g++)
		field[g] = claimin_header_field(summarize_group_name(sum, g),
						strlen(summarize_group_name(sum, g)));
	for (k = 0, col = j->in.ngroups; k < j->plan.nspec; k++) {
		if (j->plan.spec[k].kind == STAT_COUNT)
			count_col = col;
		if (j->plan.spec[k].kind == STAT_SD)
			sd_col = col;
		col += j->plan.spec[k].kind == STAT_MEDIAN_CI || j->plan.spec[k].kind == STAT_MEAN_CI ? 2 : 1;
	}
	claim_csv_header(out);
	for (r = 0; r < table_rows(t); r++) {
		claim c;
		char role[1024] = "";
		claim_init(&c);
		claim_set(&c.source, j->sources, strlen(j->sources));
		c.kind = KIND_COMPUTED;
		claim_set(&c.where, j->sources, strlen(j->sources));
		for (g = 0; g < j->in.ngroups; g++) {
			const char *v = table_text(t, r, g);
			switch (field[g]) {
			case FIELD_SOC: claim_set(&c.soc_code, v, strlen(v)); break;
			case FIELD_AREA: claim_set(&c.area, v, strlen(v)); break;
			case FIELD_PERIOD: claim_set(&c.period, v, strlen(v)); break;
			case FIELD_ROLE: case FIELD_SOURCE: case FIELD_NONE:
				if (role[0])
					strncat(role, " / ", sizeof role - strlen(role) - 1);
				strncat(role, v, sizeof role - strlen(role) - 1);
				break;
			}
		}
		claim_set(&c.role, role, strlen(role));
		if (count_col != (size_t)-1)
			c.n = table_number(t, r, count_col);
		for (k = 0, col = j->in.ngroups; k < j->plan.nspec; k++) {
			const stat_spec *s = &j->plan.spec[k];
			double v = table_number(t, r, col);
			c.stat = claim_stat_of(s);
			col += s->kind == STAT_MEDIAN_CI || s->kind == STAT_MEAN_CI ? 2 : 1;
			if (c.stat == CSTAT_NONE || isnan(v))
				continue;
			c.value = v;
			c.unit = c.stat == CSTAT_COUNT ? UNIT_NONE : j->out_unit;
			c.se = NAN;
			if (c.stat == CSTAT_MEAN && sd_col != (size_t)-1 && c.n > 0)
				c.se = table_number(t, r, sd_col) / sqrt(c.n);
			claim_csv_write(out, &c);
		}
		claim_free(&c);
	}
	free(field);
}

/* --- options ----------------------------------------------------------- */

enum { OPT_SORT = 256, OPT_STRICT, OPT_VERBOSE, OPT_APPROX, OPT_PARTIAL };

/* summarize's own options; microopts adds the reading ones. */
static const struct option own_options[] = {
	{"weight", required_argument, NULL, 'w'},
	{"stats", required_argument, NULL, 's'},
	{"format", required_argument, NULL, 'f'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{"sort", no_argument, NULL, OPT_SORT},
	{"strict", no_argument, NULL, OPT_STRICT},
	{"verbose", no_argument, NULL, OPT_VERBOSE},
	{"jobs", required_argument, NULL, 'j'},
	{"approx", optional_argument, NULL, OPT_APPROX},
	{"partial", no_argument, NULL, OPT_PARTIAL},
	{"output", required_argument, NULL, 'o'},
	{NULL, 0, NULL, 0},
};

/* --approx's ALPHA (none: the default). */
static double parse_approx(const char *arg)
{
	char *end;
	double a;

	if (!arg)
		return SKETCH_ALPHA_DEFAULT;
	a = strtod(arg, &end);
	if (end == arg || *end || !(a >= SKETCH_ALPHA_MIN && a <= SKETCH_ALPHA_MAX))
		diag_usage("summarize", "--approx: not a relative error from %g to %g: '%s'",
			   SKETCH_ALPHA_MIN, SKETCH_ALPHA_MAX, arg);
	return a;
}

static void parse_options(job *j, int argc, char **argv)
{
	const char *stats = STATS_DEFAULT;
	struct option long_options[MICROOPTS_MAX_LONG];
	char err[128];
	int c;

	microopts_init(&j->in);
	j->format = TABLE_TEXT;
	microopts_long(own_options, long_options);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":" MICROOPTS_SHORT "w:s:f:qhj:o:", long_options,
				NULL)) != -1) {
		if (microopts_take(&j->in, "summarize", c, optarg))
			continue;
		switch (c) {
		case 'w':
			j->weight_spec = optarg;
			break;
		case 's':
			stats = optarg;
			break;
		case 'f': {
			int f = table_format_parse(optarg);
			if (strcmp(optarg, "claims") == 0 || strcmp(optarg, "xlsx") == 0) {
				j->claims_out = optarg[0] == 'c';
				j->xlsx = optarg[0] == 'x';
				break;
			}
			if (f < 0)
				diag_usage("summarize", "-f: unknown format '%s' (%s, xlsx, claims)", optarg,
					   TABLE_FORMAT_NAMES);
			j->format = (table_format)f;
			break;
		}
		case 'q':
			j->quiet = 1;
			break;
		case 'j': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (end == optarg || *end || n < 1 || n > 256)
				diag_usage("summarize", "-j: not a number of threads from 1 to 256: '%s'",
					   optarg);
			j->jobs = (size_t)n;
			break;
		}
		case 'h':
			(j->merging ? cmd_merge_help : cmd_summarize_help)(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case OPT_SORT:
			j->sort = 1;
			break;
		case OPT_STRICT:
			j->strict = 1;
			break;
		case OPT_VERBOSE:
			j->verbose = 1;
			break;
		case OPT_APPROX:
			j->approx = parse_approx(optarg);
			break;
		case OPT_PARTIAL:
			j->partial = 1;
			break;
		case 'o':
			j->output = optarg;
			break;
		case ':':
		default:
			diag_bad_option("summarize", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage(j->merging ? "merge" : "summarize",
			   "no input file (use - for standard input)");
	if (j->merging)
		return;
	if (stats_plan_parse(&j->plan, stats, j->weight_spec != NULL, err, sizeof err) != 0)
		diag_usage("summarize", "-s: %s", err);
	if (j->approx > 0 && stats_plan_approx(&j->plan, j->approx, err, sizeof err) != 0)
		diag_usage("summarize", "%s", err);
	if (j->output && !j->partial)
		diag_usage("summarize", "-o names the file of --partial");
	microopts_check(&j->in, "summarize");
	j->out_unit = j->in.unit;
	if (j->out_unit == UNIT_NONE && j->in.nvalues)
		j->out_unit = j->in.value[0].unit;
}

static void job_free(job *j)
{
	microopts_free(&j->in);
	free(j->sources);
	stats_plan_free(&j->plan);
}

/* --- the command ----------------------------------------------------- */

/* "a.csv+b.csv": the input files' names, for the claims' source. */
static char *source_names(char **files, int n)
{
	char *sources = NULL;
	int i;

	for (i = 0; i < n; i++) {
		const char *base = strrchr(files[i], '/');
		size_t have = sources ? strlen(sources) : 0;
		base = strcmp(files[i], "-") == 0 ? "<stdin>" : base ? base + 1 : files[i];
		sources = xrealloc(sources, have + strlen(base) + 2);
		sprintf(sources + have, "%s%s", have ? "+" : "", base);
	}
	return sources;
}

static void input_options(const job *j, microdata_opts *in)
{
	microopts_reader(&j->in, j->out_unit, in);
	in->weight = j->weight_spec;
}

/* The accounting in lines, as stderr shows it. */
static char *accounting_text(const job *j, summarizer *s, size_t ngroups)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = xmemstream(&buf, &size);
	tally_print(summarize_counts(s)->t, "rows", f);
	microopts_print_accounting(&j->in, summarize_counts(s), f);
	sumtable_print_mixed(s, j->in.ngroups, ngroups, microdata_basis_name(j->in.basis), f);
	if (j->plan.approx > 0)
		fprintf(f, "wagestat: quantiles from a sketch (--approx=%g): each within %g%% of "
			   "the exact value, relative\n", j->plan.approx, j->plan.approx * 100);
	fclose(f);
	return buf;
}

/* The accounting on stderr (unless quiet), then the table, the claims or
 * the workbook (the table and the accounting) on stdout; code, or
 * EXIT_USAGE when the workbook could not be written. */
static int write_result(const job *j, summarizer *s, int code)
{
	table *t = sumtable_new(s, &j->plan, j->in.ngroups, j->sort);
	char *acct = accounting_text(j, s, table_rows(t));
	xlsxout *x;

	if (!j->quiet)
		fputs(acct, stderr);
	if (j->xlsx) {
		if (!(x = xlsxout_open(NULL)))
			code = EXIT_USAGE;
		else {
			xlsxout_table(x, "summary", t);
			xlsxout_lines(x, "accounting", acct);
			if (xlsxout_close(&x, stdout) != 0)
				code = EXIT_USAGE;
		}
	} else if (j->claims_out) {
		write_claims(j, s, t, stdout);
	} else {
		if (j->format == TABLE_JSON) {
			char *json = accounting_json(j, s, table_rows(t));
			table_set_json_extra(t, "accounting", json);
			free(json);
		}
		table_write(t, j->format, stdout);
	}
	free(acct);
	table_free(&t);
	return code;
}

/* --partial: the groups' state on stdout, or whole or not at all into -o
 * through a temporary file beside it; 0 or -1. */
typedef struct partial_out {
	const job *j;
	summarizer *s;
} partial_out;

static int put_partial(void *ctx, FILE *f)
{
	const partial_out *p = ctx;

	return partial_write(p->s, &p->j->plan, p->j->in.ngroups, f);
}

static int write_partial(const job *j, summarizer *s)
{
	partial_out p = {j, s};

	if (!j->output || strcmp(j->output, "-") == 0)
		return partial_write(s, &j->plan, j->in.ngroups, stdout);
	return cleanup_write_beside(j->output, put_partial, &p);
}

/* wagestat merge PART...: the table of the partial results combined. */
int cmd_merge(int argc, char **argv)
{
	job j;
	partial_set *ps = partial_set_new();
	int code = EXIT_OK, i;

	memset(&j, 0, sizeof j);
	j.merging = 1;
	parse_options(&j, argc, argv);
	for (i = optind; i < argc && code == EXIT_OK; i++)
		code = partial_set_add(ps, argv[i]);
	if (code == EXIT_OK) {
		stats_plan_free(&j.plan);
		j.plan = *partial_set_plan(ps);
		j.in.ngroups = partial_set_ngroups(ps);
		code = write_result(&j, partial_set_summarizer(ps), code);
		memset(&j.plan, 0, sizeof j.plan);
		j.in.ngroups = 0; /* the group columns were the partials' */
	}
	partial_set_free(&ps);
	job_free(&j);
	return diag_close_stdout(code);
}

int cmd_summarize(int argc, char **argv)
{
	job j;
	microdata_opts in;
	summarizer *s;
	int code = EXIT_OK, i;

	memset(&j, 0, sizeof j);
	parse_options(&j, argc, argv);
	j.sources = source_names(argv + optind, argc - optind);
	input_options(&j, &in);
	s = summarize_new(&in, &j.plan, j.quiet);
	if (j.jobs)
		summarize_set_jobs(s, j.jobs);
	for (i = optind; i < argc; i++) {
		int r = summarize_read(s, argv[i]);
		if (r == EXIT_USAGE) {
			summarize_free(&s);
			job_free(&j);
			return EXIT_USAGE;
		}
		if (r != 0)
			code = EXIT_DATA;
		if (j.verbose)
			diag("%s: %s", strcmp(argv[i], "-") ? argv[i] : "<stdin>", summarize_how_read(s));
	}
	if (j.strict && summarize_counts(s)->t->rejected > 0)
		code = EXIT_DATA;
	if (j.partial) {
		if (!j.quiet)
			tally_print(summarize_counts(s)->t, "rows", stderr);
		if (write_partial(&j, s) != 0)
			code = EXIT_USAGE;
	} else
		code = write_result(&j, s, code);
	summarize_free(&s);
	job_free(&j);
	return diag_close_stdout(code);
}

void cmd_summarize_help(FILE *out)
{
	fputs(
"Usage: wagestat summarize [OPTIONS] FILE...   (FILE - is standard input)\n"
"\n"
"Grouped statistics of a pay column in CSV microdata, one row per group.\n"
"\n"
"Accounting (stderr, and \"accounting\" in -f json): the basis hourly pay was\n"
"restated at and how many values it touched, and each group that mixes pay\n"
"written in different units (salaried and hourly rows).\n"
"\n"
"  -w, --weight COL         weight each row (survey weights)\n"
"  -s, --stats LIST         statistics, comma-separated (default\n"
"                           " STATS_DEFAULT ")\n"
"  -f, --format FMT         " TABLE_FORMAT_NAMES " (default text), xlsx (a\n"
"                           workbook: the table and the accounting), or\n"
"                           claims: one claim per group and statistic\n"
"      --sort               order groups by their values, not first seen\n"
"  -q, --quiet              no accounting or row messages on stderr\n"
"      --strict             exit 1 if any row is rejected\n"
"  -j, --jobs N             read and finish on N threads (default: the\n"
"                           online cores)\n"
"      --approx[=ALPHA]     percentiles from a sketch within relative error\n"
"                           ALPHA (default 0.001) of the exact ones, in memory\n"
"                           bounded by the groups, not the rows; the bound is\n"
"                           the last column, quantile_rel_error\n"
"      --verbose            say how each file was read: a regular file of\n"
"                           8 MiB or more in N parts on N threads, else whole\n", out);
	microopts_help(out);
	fputs(
"\n"
"Columns are header names (case-insensitive) or 1-based numbers.\n"
"\n"
"Statistics:\n", out);
	stats_print_help(out);
	fputs(
"\n"
"Every data row is counted on stderr: rows read = used + filtered (by\n"
"--where) + missing (no value) + rejected (with the reason and, for the first\n"
"few, FILE:LINE:COL).\n"
"\n"
"Exit status: 0 ok, 1 data problems (rejected rows with --strict, an empty\n"
"or unreadable file), 2 usage (bad option, unknown column or statistic).\n"
"\n"
"Examples:\n"
"  wagestat summarize -g role,region -v annual_salary survey.csv\n"
"  wagestat summarize -g Department -v 'Annual Salary,Hourly Rate:hourly' \\\n"
"      -u annual -s count,median,p90 payroll.csv\n", out);
}

void cmd_merge_help(FILE *out)
{
	fputs(
"Usage: wagestat merge [OPTIONS] PART...   (PART - is standard input)\n"
"\n"
"The table summarize gives on the whole input, from the partial results\n"
"summarize --partial wrote for its parts (give them in the parts' order:\n"
"groups keep their first-seen order).  With exact partials the table is\n"
"the one a single run gives, byte for byte (sums, and mean and sd without\n"
"order statistics, are added part by part, as -j does); with --approx\n"
"partials every percentile stays within the sketch's bound.\n"
"\n"
"  -f, --format FMT   " TABLE_FORMAT_NAMES " (default text), xlsx\n"
"      --sort         order groups by their values, not first seen\n"
"  -q, --quiet        no accounting on stderr\n"
"\n"
"The partials must agree on group columns, statistics, weights and\n"
"--approx.  Exit status: 0 ok; 1 a partial is malformed, cut short or not\n"
"like the first (wagestat: FILE:LINE:COL: what is wrong); 2 usage or a\n"
"file that cannot be opened.  The format is in README.md (Partial\n"
"results).\n", out);
}
