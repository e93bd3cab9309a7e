/* wagestat summarize: grouped statistics of a value column. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fmt.h"
#include "model/claim.h"
#include "model/claimin.h"
#include "cli/commands.h"
#include "input/csvin.h"
#include "base/diag.h"
#include "base/money.h"
#include "compute/stats.h"
#include "compute/summarize.h"
#include "input/microdata.h"
#include "output/table.h"
#include "base/tally.h"
#include "base/xalloc.h"

typedef struct job {
	/* options */
	char **group_spec;
	size_t ngroups;
	microdata_value *value;
	size_t nvalues;
	const char *weight_spec;
	microdata_where *where;
	size_t nwhere;
	stats_plan plan;
	unit out_unit;
	table_format format;
	int claims_out; /* -f claims */
	int delim, sort, strict, quiet, verbose;
	char *sources;  /* the input files, for the claims' source */
	char currency[4];
} job;

/* --- output ------------------------------------------------------------ */

static void print_conversions(const microdata_sink *p)
{
	int from, to;

	for (from = 0; from < UNIT_COUNT; from++)
		for (to = 0; to < UNIT_COUNT; to++) {
			unsigned long long n = p->converted[from][to];
			if (!n)
				continue;
			fprintf(stderr, "wagestat:   converted %llu %s values to %s (",
				n, unit_name((unit)from), unit_name((unit)to));
			if (to == UNIT_ANNUAL)
				fprintf(stderr, "x %g)\n", unit_per_year((unit)from));
			else if (from == UNIT_ANNUAL)
				fprintf(stderr, "/ %g)\n", unit_per_year((unit)to));
			else
				fprintf(stderr, "x %g / %g)\n", unit_per_year((unit)from),
					unit_per_year((unit)to));
		}
}

/* The accounting as a JSON object, for -f json. */
static char *accounting_json(const microdata_sink *p)
{
	char *buf = NULL;
	size_t size = 0, i;
	FILE *f = open_memstream(&buf, &size);
	int from, to, first = 1;

	if (!f) {
		diag("out of memory");
		exit(EXIT_USAGE);
	}
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
	fputs("}}", f);
	fclose(f);
	return buf;
}

static table *result_table(const job *j, summarizer *s)
{
	table *t = table_new();
	size_t i, g, cols = j->plan.ncolumns, n;
	double *out;
	char name[48];

	for (i = 0; i < j->ngroups; i++)
		table_add_column(t, summarize_group_name(s, i), CELL_TEXT);
	for (i = 0; i < cols; i++)
		table_add_column(t, stats_plan_column(&j->plan, i, name, sizeof name),
				 stats_plan_column_is_count(&j->plan, i) ? CELL_COUNT
									 : CELL_AMOUNT);
	n = summarize_finish(s, j->sort, &out);
	for (g = 0; g < n; g++) {
		const char *key = summarize_key(s, g);
		table_add_row(t);
		for (i = 0; i < j->ngroups; i++) {
			size_t len = strlen(key);
			table_put_text(t, key, len);
			key += len + 1;
		}
		for (i = 0; i < cols; i++)
			table_put_number(t, out[g * cols + i]);
	}
	free(out);
	return t;
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
	claim_field *field = xcalloc(j->ngroups + 1, sizeof *field);

	for (g = 0; g < j->ngroups; g++)
		field[g] = claimin_header_field(summarize_group_name(sum, g),
						strlen(summarize_group_name(sum, g)));
	for (k = 0, col = j->ngroups; k < j->plan.nspec; k++) {
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
		for (g = 0; g < j->ngroups; g++) {
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
		for (k = 0, col = j->ngroups; k < j->plan.nspec; k++) {
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

static void parse_values(job *j, const char *arg)
{
	char **items;
	size_t n, i;

	items = split_list(arg, &n);
	j->value = xcalloc(n, sizeof *j->value);
	for (i = 0; i < n; i++) {
		microdata_value_parse(&j->value[i], items[i]);
		if (!j->value[i].spec[0])
			diag_usage("summarize", "-v: empty column name");
		free(items[i]);
	}
	free(items);
	j->nvalues = n;
}

static void add_where(job *j, const char *arg)
{
	size_t alloc = j->nwhere;

	xgrow(&j->where, &alloc, j->nwhere + 1, sizeof *j->where);
	if (microdata_where_parse(&j->where[j->nwhere], arg) < 0)
		diag_usage("summarize", "--where wants COL=VALUE or COL!=VALUE, not '%s'", arg);
	j->nwhere++;
}

enum { OPT_SORT = 256, OPT_WHERE, OPT_CURRENCY, OPT_STRICT, OPT_VERBOSE };

static const struct option long_options[] = {
	{"group", required_argument, NULL, 'g'},
	{"value", required_argument, NULL, 'v'},
	{"weight", required_argument, NULL, 'w'},
	{"stats", required_argument, NULL, 's'},
	{"unit", required_argument, NULL, 'u'},
	{"format", required_argument, NULL, 'f'},
	{"delimiter", required_argument, NULL, 'd'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{"sort", no_argument, NULL, OPT_SORT},
	{"where", required_argument, NULL, OPT_WHERE},
	{"currency", required_argument, NULL, OPT_CURRENCY},
	{"strict", no_argument, NULL, OPT_STRICT},
	{"verbose", no_argument, NULL, OPT_VERBOSE},
	{NULL, 0, NULL, 0},
};

static void parse_options(job *j, int argc, char **argv)
{
	const char *stats = STATS_DEFAULT;
	char err[128];
	int c;

	memcpy(j->currency, "USD", 4);
	j->format = TABLE_TEXT;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":g:v:w:s:u:f:d:qh", long_options, NULL)) != -1) {
		switch (c) {
		case 'g':
			j->group_spec = split_list(optarg, &j->ngroups);
			break;
		case 'v':
			parse_values(j, optarg);
			break;
		case 'w':
			j->weight_spec = optarg;
			break;
		case 's':
			stats = optarg;
			break;
		case 'u':
			j->out_unit = unit_parse(optarg);
			if (j->out_unit == UNIT_NONE)
				diag_usage("summarize", "-u: unknown unit '%s' (annual, hourly, monthly, weekly)", optarg);
			break;
		case 'f': {
			int f = table_format_parse(optarg);
			if (strcmp(optarg, "claims") == 0) {
				j->claims_out = 1;
				break;
			}
			if (f < 0)
				diag_usage("summarize", "-f: unknown format '%s' (%s)", optarg, TABLE_FORMAT_NAMES);
			j->format = (table_format)f;
			break;
		}
		case 'd':
			j->delim = csvin_parse_delim(optarg);
			if (j->delim < 0)
				diag_usage("summarize", "-d: delimiter must be , ; | or tab, not '%s'", optarg);
			break;
		case 'q':
			j->quiet = 1;
			break;
		case 'h':
			cmd_summarize_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case OPT_SORT:
			j->sort = 1;
			break;
		case OPT_WHERE:
			add_where(j, optarg);
			break;
		case OPT_CURRENCY:
			if (strlen(optarg) != 3)
				diag_usage("summarize", "--currency wants a 3-letter code such as USD, not '%s'", optarg);
			for (c = 0; c < 3; c++)
				j->currency[c] = (char)(optarg[c] & ~0x20);
			j->currency[3] = '\0';
			break;
		case OPT_STRICT:
			j->strict = 1;
			break;
		case OPT_VERBOSE:
			j->verbose = 1;
			break;
		case ':':
		default:
			diag_bad_option("summarize", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage("summarize", "no input file (use - for standard input)");
	if (stats_plan_parse(&j->plan, stats, j->weight_spec != NULL, err, sizeof err) != 0)
		diag_usage("summarize", "-s: %s", err);
	if (j->out_unit == UNIT_NONE && j->nvalues)
		j->out_unit = j->value[0].unit;
}

static void job_free(job *j)
{
	size_t i;

	for (i = 0; i < j->ngroups; i++)
		free(j->group_spec[i]);
	free(j->group_spec);
	for (i = 0; i < j->nvalues; i++)
		free(j->value[i].spec);
	free(j->value);
	for (i = 0; i < j->nwhere; i++) {
		free(j->where[i].spec);
		free(j->where[i].value);
	}
	free(j->where);
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
	memset(in, 0, sizeof *in);
	in->group = j->group_spec;
	in->ngroups = j->ngroups;
	in->value = j->value;
	in->nvalues = j->nvalues;
	in->weight = j->weight_spec;
	in->where = j->where;
	in->nwhere = j->nwhere;
	in->unit = j->out_unit;
	in->currency = j->currency;
	in->delim = j->delim;
}

/* The table, or the claims, on stdout. */
static void write_result(const job *j, summarizer *s)
{
	table *t = result_table(j, s);

	if (j->claims_out) {
		write_claims(j, s, t, stdout);
	} else {
		if (j->format == TABLE_JSON) {
			char *acct = accounting_json(summarize_counts(s));
			table_set_json_extra(t, "accounting", acct);
			free(acct);
		}
		table_write(t, j->format, stdout);
	}
	table_free(&t);
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
	if (!j.quiet) {
		tally_print(summarize_counts(s)->t, "rows", stderr);
		print_conversions(summarize_counts(s));
	}
	if (j.strict && summarize_counts(s)->t->rejected > 0)
		code = EXIT_DATA;
	write_result(&j, s);
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
"  -g, --group COL,...      group by these columns (first-seen order)\n"
"  -v, --value COL[:UNIT],...  the pay column; with several, the first that\n"
"                           is not blank in a row is used; :UNIT (annual,\n"
"                           hourly, monthly, weekly) says what plain numbers\n"
"                           in that column are (default: salary, pay, ...)\n"
"  -w, --weight COL         weight each row (survey weights)\n"
"  -s, --stats LIST         statistics, comma-separated (default\n"
"                           " STATS_DEFAULT ")\n"
"  -u, --unit UNIT          state every value in UNIT: annual = hourly x 2080\n"
"                           = weekly x 52 = monthly x 12\n"
"  -f, --format FMT         " TABLE_FORMAT_NAMES " (default text), or\n"
"                           claims: one claim per group and statistic\n"
"  -d, --delimiter D        , ; | or tab (default: detected from the header)\n"
"      --sort               order groups by their values, not first seen\n"
"      --where COL=VALUE    keep matching rows (case and outer spaces ignored);\n"
"                           repeat: same column = OR, other columns = AND\n"
"      --where COL!=VALUE   drop matching rows\n"
"      --currency CODE      currency of the summary (default USD); values\n"
"                           marked with another (£, €, GBP...) are rejected\n"
"  -q, --quiet              no accounting or row messages on stderr\n"
"      --strict             exit 1 if any row is rejected\n"
"      --verbose            say how each file was read: a regular file of\n"
"                           8 MiB or more in 2 parts on 2 threads, else whole\n"
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
