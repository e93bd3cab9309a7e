/* wagestat summarize: grouped statistics of a value column. */
#include <getopt.h>
#include <pthread.h>
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
#include "compute/summary.h"
#include "output/table.h"
#include "base/tally.h"
#include "base/xalloc.h"

/* Headers tried, in order, when -v is not given. */
static const char *const default_value_columns[] = {
	"salary", "annual_salary", "annual salary", "pay", "wage", "value",
};

typedef struct value_column {
	char *spec;
	unit unit; /* what plain numbers in this column are; UNIT_NONE if unsaid */
	long idx;
} value_column;

typedef struct where_clause {
	char *spec, *value;
	int negate;
	long idx;
} where_clause;

typedef struct job {
	/* options */
	char **group_spec;
	size_t ngroups;
	value_column *value;
	size_t nvalues;
	const char *weight_spec;
	where_clause *where;
	size_t nwhere;
	stats_plan plan;
	unit out_unit;
	table_format format;
	int claims_out; /* -f claims */
	int delim, sort, strict, quiet;
	char *sources;  /* the input files, for the claims' source */
	char currency[4];
	char currency_reason[32]; /* "currency other than USD" */

	/* the columns, resolved from the header of the file being read */
	long *group_idx;
	long weight_idx;
	size_t header_nfields;
	int file_delim; /* the delimiter of the file being read */
	char **group_names; /* from the first file's header */
} job;

/* What reading rows builds: for the whole run, or for one part of a file
 * read by its own thread. */
typedef struct part {
	job *job;
	const char *file;
	summary *groups;
	tally tally;
	char *key; /* the group key being built */
	size_t key_alloc;
	unsigned long long converted[UNIT_COUNT][UNIT_COUNT];
} part;

/* --- header ------------------------------------------------------------ */

static char *trimmed(const char *s, size_t len)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return xstrndup(s, len);
}

static int no_column(const part *p, const csvin_row *h, const char *spec)
{
	size_t i;

	fprintf(stderr, "wagestat: %s: no column '%s'; columns are:", p->file, spec);
	for (i = 0; i < h->nfields && i < 30; i++)
		fprintf(stderr, "%s %zu '%.*s'", i ? "," : "", i + 1,
			(int)(h->len[i] > 40 ? 40 : h->len[i]), h->field[i]);
	fprintf(stderr, "%s\n", h->nfields > 30 ? ", ..." : "");
	return EXIT_USAGE;
}

static int on_header(void *ctx, const csvin_row *h)
{
	part *p = ctx;
	job *j = p->job;
	size_t i, k;

	j->header_nfields = h->nfields;
	for (i = 0; i < j->ngroups; i++) {
		j->group_idx[i] = csvin_column(h, j->group_spec[i]);
		if (j->group_idx[i] < 0)
			return no_column(p, h, j->group_spec[i]);
	}
	if (!j->group_names) {
		j->group_names = xcalloc(j->ngroups + 1, sizeof *j->group_names);
		for (i = 0; i < j->ngroups; i++)
			j->group_names[i] = trimmed(h->field[j->group_idx[i]],
						    h->len[j->group_idx[i]]);
	}
	if (j->nvalues == 0) {
		for (k = 0; k < sizeof default_value_columns / sizeof *default_value_columns; k++)
			if (csvin_column(h, default_value_columns[k]) >= 0)
				break;
		if (k == sizeof default_value_columns / sizeof *default_value_columns) {
			diag("%s: no salary column found: name one with -v COL", p->file);
			return EXIT_USAGE;
		}
		j->value = xcalloc(1, sizeof *j->value);
		j->value[0].spec = xstrdup(default_value_columns[k]);
		j->value[0].unit = UNIT_NONE;
		j->nvalues = 1;
	}
	for (i = 0; i < j->nvalues; i++) {
		j->value[i].idx = csvin_column(h, j->value[i].spec);
		if (j->value[i].idx < 0)
			return no_column(p, h, j->value[i].spec);
	}
	j->weight_idx = -1;
	if (j->weight_spec) {
		j->weight_idx = csvin_column(h, j->weight_spec);
		if (j->weight_idx < 0)
			return no_column(p, h, j->weight_spec);
	}
	for (i = 0; i < j->nwhere; i++) {
		j->where[i].idx = csvin_column(h, j->where[i].spec);
		if (j->where[i].idx < 0)
			return no_column(p, h, j->where[i].spec);
	}
	return 0;
}

/* --- rows -------------------------------------------------------------- */

static int same_text(const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b);

	while (alen && (*a == ' ' || *a == '\t'))
		a++, alen--;
	while (alen && (a[alen - 1] == ' ' || a[alen - 1] == '\t'))
		alen--;
	return alen == blen && strncasecmp(a, b, alen) == 0;
}

/* --where: clauses on one column OR together, different columns AND, and
 * COL!=VALUE excludes. */
static int row_selected(const job *j, const csvin_row *row)
{
	size_t i, k;

	for (i = 0; i < j->nwhere; i++) {
		const where_clause *w = &j->where[i];
		int want = 0, match = 0, seen_before = 0;
		for (k = 0; k < i; k++)
			if (j->where[k].idx == w->idx)
				seen_before = 1;
		if (seen_before)
			continue;
		for (k = i; k < j->nwhere; k++) {
			const where_clause *o = &j->where[k];
			int eq;
			if (o->idx != w->idx)
				continue;
			eq = same_text(row->field[o->idx], row->len[o->idx], o->value);
			if (o->negate && eq)
				return 0;
			if (!o->negate) {
				want = 1;
				match |= eq;
			}
		}
		if (want && !match)
			return 0;
	}
	return 1;
}

static void reject_value(part *p, const csvin_row *row, long idx,
			 const char *reason)
{
	char q[64], detail[80];

	snprintf(detail, sizeof detail, "'%s'",
		 diag_quote(q, sizeof q, row->field[idx], row->len[idx]));
	tally_reject(&p->tally, p->file, row->line, (unsigned long)idx + 1,
		     reason, detail);
}

/* The row's value: the first value column that is not missing.  Returns
 * MONEY_OK with *m in the summary's unit, MONEY_MISSING, or MONEY_BAD after
 * counting the rejection. */
static money_status row_value(part *p, const csvin_row *row, money *m)
{
	const job *j = p->job;
	size_t i;
	long idx = -1;
	unit u;

	for (i = 0; i < j->nvalues; i++) {
		money_status st;
		idx = j->value[i].idx;
		st = money_parse(row->field[idx], row->len[idx], m);
		if (st == MONEY_BAD) {
			reject_value(p, row, idx, m->error);
			return MONEY_BAD;
		}
		if (st == MONEY_OK)
			break;
	}
	if (i == j->nvalues)
		return MONEY_MISSING;
	if (m->currency[0] && strcmp(m->currency, j->currency) != 0) {
		reject_value(p, row, idx, j->currency_reason);
		return MONEY_BAD;
	}
	u = m->unit != UNIT_NONE ? m->unit : j->value[i].unit;
	if (j->out_unit != UNIT_NONE) {
		if (u != UNIT_NONE && u != j->out_unit) {
			m->value = unit_convert(m->value, u, j->out_unit);
			p->converted[u][j->out_unit]++;
		}
	} else if (u != UNIT_NONE) {
		/* a stated unit with no target: mixing it with plain numbers
		 * would give wrong figures */
		reject_value(p, row, idx, "value states a unit (give -u to convert)");
		return MONEY_BAD;
	}
	return MONEY_OK;
}

/* The row's weight (1 without -w); -1 after counting a rejection. */
static double row_weight(part *p, const csvin_row *row)
{
	const job *j = p->job;
	money w;
	money_status st;

	if (j->weight_idx < 0)
		return 1;
	st = money_parse(row->field[j->weight_idx], row->len[j->weight_idx], &w);
	if (st == MONEY_MISSING) {
		reject_value(p, row, j->weight_idx, "missing weight");
		return -1;
	}
	if (st == MONEY_BAD || w.currency[0] || w.unit != UNIT_NONE) {
		reject_value(p, row, j->weight_idx, "invalid weight");
		return -1;
	}
	return w.value;
}

static stats_acc *row_group(part *p, const csvin_row *row)
{
	const job *j = p->job;
	size_t i, keylen = 0;

	for (i = 0; i < j->ngroups; i++) {
		size_t n = row->len[j->group_idx[i]];
		xgrow(&p->key, &p->key_alloc, keylen + n + 1, 1);
		memcpy(p->key + keylen, row->field[j->group_idx[i]], n);
		keylen += n;
		p->key[keylen++] = '\0';
	}
	return summary_group(p->groups, p->key ? p->key : "", keylen);
}

static int on_row(void *ctx, const csvin_row *row)
{
	part *p = ctx;
	money m;
	money_status st;
	double w = 1;

	if (p->job->nwhere && !row_selected(p->job, row)) {
		p->tally.filtered++;
		return 0;
	}
	st = row_value(p, row, &m);
	if (st == MONEY_BAD)
		return 0;
	if (st == MONEY_OK && (w = row_weight(p, row)) < 0)
		return 0;
	if (st == MONEY_MISSING) {
		p->tally.missing++;
		row_group(p, row)->missing++;
		return 0;
	}
	p->tally.used++;
	stats_acc_add(row_group(p, row), &p->job->plan, m.value, w);
	return 0;
}

/* --- output ------------------------------------------------------------ */

static void print_conversions(const part *p)
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
static char *accounting_json(const part *p)
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
		p->tally.read, p->tally.used, p->tally.filtered, p->tally.missing,
		p->tally.rejected);
	for (i = 0; i < p->tally.nreasons; i++) {
		fputs(i ? ", " : "", f);
		fmt_json_string(f, p->tally.reasons[i].reason,
				  strlen(p->tally.reasons[i].reason));
		fprintf(f, ": %llu", p->tally.reasons[i].count);
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

/* Finishing the groups (sorting their values) is the last big piece of
 * work; two threads take alternate groups. */
typedef struct finisher {
	const job *job;
	summary *groups;
	double *out; /* ngroups x ncolumns */
	size_t first;
	pthread_t thread;
} finisher;

static void *finish_groups(void *arg)
{
	finisher *f = arg;
	size_t g, n = summary_count(f->groups), cols = f->job->plan.ncolumns;

	for (g = f->first; g < n; g += 2) {
		stats_acc_finish(summary_acc(f->groups, g), &f->job->plan,
				 f->out + g * cols);
		stats_acc_free(summary_acc(f->groups, g));
	}
	return NULL;
}

static table *result_table(const job *j, part *p)
{
	table *t = table_new();
	size_t i, g, cols = j->plan.ncolumns, n;
	finisher f[2];
	double *out;
	char name[48];

	for (i = 0; i < j->ngroups; i++)
		table_add_column(t, j->group_names[i], CELL_TEXT);
	for (i = 0; i < cols; i++)
		table_add_column(t, stats_plan_column(&j->plan, i, name, sizeof name),
				 stats_plan_column_is_count(&j->plan, i) ? CELL_COUNT
									 : CELL_AMOUNT);
	if (j->sort)
		summary_sort(p->groups);
	n = summary_count(p->groups);
	out = xmalloc((n * cols + 1) * sizeof *out);
	for (i = 0; i < 2; i++) {
		f[i].job = j;
		f[i].groups = p->groups;
		f[i].out = out;
		f[i].first = i;
	}
	if (n < 2 || pthread_create(&f[1].thread, NULL, finish_groups, &f[1]) != 0) {
		f[0].first = 0;
		f[1].first = 1;
		finish_groups(&f[0]);
		finish_groups(&f[1]);
	} else {
		finish_groups(&f[0]);
		pthread_join(f[1].thread, NULL);
	}
	for (g = 0; g < n; g++) {
		const char *key = summary_key(p->groups, g, NULL);
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
static void write_claims(const job *j, const table *t, FILE *out)
{
	size_t r, g, k, col, count_col = (size_t)-1, sd_col = (size_t)-1;
	claim_field *field = xcalloc(j->ngroups + 1, sizeof *field);

	for (g = 0; g < j->ngroups; g++)
		field[g] = claimin_header_field(j->group_names[g], strlen(j->group_names[g]));
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
		char *colon = strrchr(items[i], ':');
		j->value[i].spec = items[i];
		j->value[i].unit = UNIT_NONE;
		if (colon && unit_parse(colon + 1) != UNIT_NONE) {
			j->value[i].unit = unit_parse(colon + 1);
			*colon = '\0';
		}
		if (!items[i][0])
			diag_usage("summarize", "-v: empty column name");
	}
	free(items);
	j->nvalues = n;
}

static void add_where(job *j, const char *arg)
{
	const char *eq = strchr(arg, '=');
	where_clause *w;
	size_t alloc = j->nwhere;

	if (!eq || eq == arg || (eq == arg + 1 && arg[0] == '!'))
		diag_usage("summarize", "--where wants COL=VALUE or COL!=VALUE, not '%s'", arg);
	xgrow(&j->where, &alloc, j->nwhere + 1, sizeof *j->where);
	w = &j->where[j->nwhere++];
	w->negate = eq[-1] == '!';
	w->spec = xstrndup(arg, (size_t)(eq - arg) - (w->negate ? 1 : 0));
	w->value = xstrdup(eq + 1);
	w->idx = -1;
}

enum { OPT_SORT = 256, OPT_WHERE, OPT_CURRENCY, OPT_STRICT };

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
	snprintf(j->currency_reason, sizeof j->currency_reason,
		 "currency other than %s", j->currency);
}

static void job_free(job *j)
{
	size_t i;

	for (i = 0; i < j->ngroups; i++) {
		free(j->group_spec[i]);
		if (j->group_names)
			free(j->group_names[i]);
	}
	free(j->group_spec);
	free(j->group_names);
	for (i = 0; i < j->nvalues; i++)
		free(j->value[i].spec);
	free(j->value);
	for (i = 0; i < j->nwhere; i++) {
		free(j->where[i].spec);
		free(j->where[i].value);
	}
	free(j->where);
	free(j->group_idx);
	free(j->sources);
	stats_plan_free(&j->plan);
}

/* --- reading ----------------------------------------------------------- */

static void part_init(part *p, job *j, const char *file, int defer)
{
	memset(p, 0, sizeof *p);
	p->job = j;
	p->file = file;
	p->groups = summary_new();
	tally_init(&p->tally);
	p->tally.quiet = j->quiet;
	p->tally.defer = defer;
}

static void part_free(part *p)
{
	free(p->key);
	p->key = NULL;
	summary_free(&p->groups);
	tally_free(&p->tally);
}

/* Add src's groups (in their first-seen order), counts and messages into
 * dst; src's lines are line_offset further down the file. */
static void part_merge(part *dst, part *src, unsigned long line_offset)
{
	size_t g, from, to;

	for (g = 0; g < summary_count(src->groups); g++) {
		size_t keylen;
		const char *key = summary_key(src->groups, g, &keylen);
		stats_acc_merge(summary_group(dst->groups, key, keylen),
				&dst->job->plan, summary_acc(src->groups, g));
	}
	tally_merge(&dst->tally, &src->tally, line_offset);
	for (from = 0; from < UNIT_COUNT; from++)
		for (to = 0; to < UNIT_COUNT; to++)
			dst->converted[from][to] += src->converted[from][to];
}

static int header_only(void *ctx, const csvin_row *h)
{
	int r = on_header(ctx, h);
	return r ? r : -2; /* stop: the rows are read by the parts */
}

static int skip_header(void *ctx, const csvin_row *h)
{
	(void)ctx;
	(void)h;
	return 0;
}

/* One half of a file, read by its own thread. */
typedef struct half {
	part part;
	off_t start, end;
	int result;
	int between_records; /* the first half ended where a record starts */
	unsigned long end_line;
	pthread_t thread;
} half;

static void *read_half(void *arg)
{
	half *h = arg;
	job *j = h->part.job;
	csvin *in = csvin_open(h->part.file, j->file_delim);

	h->result = -1;
	if (!in)
		return NULL;
	if (csvin_set_range(in, h->start, h->end, j->header_nfields) == 0) {
		h->result = csvin_read(in, &h->part.tally, skip_header, on_row,
				       &h->part);
		h->between_records = csvin_between_records(in);
		h->end_line = csvin_line(in);
	}
	csvin_close(&in);
	return NULL;
}

/* Read a large file in two halves on two threads (parsing is most of the
 * time).  Returns 1 if done, 0 if the file must be read whole instead
 * (small, not a regular file, or the split point fell inside a record),
 * EXIT_USAGE if the header lacks a column, -1 if it is unreadable. */
static int read_split(job *j, part *total, const char *path)
{
	off_t split = csvin_split_point(path);
	half h[2];
	csvin *in;
	int r, i, ok;

	if (split <= 0)
		return 0;
	in = csvin_open(path, j->delim);
	if (!in)
		return EXIT_USAGE;
	r = csvin_read(in, &total->tally, header_only, on_row, total);
	j->file_delim = csvin_delim(in);
	csvin_close(&in);
	if (r != -2)
		return r == EXIT_USAGE ? EXIT_USAGE : -1;

	for (i = 0; i < 2; i++) {
		part_init(&h[i].part, j, total->file, 1);
		h[i].start = i ? split : 0;
		h[i].end = i ? -1 : split;
		if (pthread_create(&h[i].thread, NULL, read_half, &h[i]) != 0) {
			diag("cannot start a thread");
			exit(EXIT_USAGE);
		}
	}
	for (i = 0; i < 2; i++)
		pthread_join(h[i].thread, NULL);
	ok = h[0].result == 0 && h[1].result == 0 && h[0].between_records;
	if (ok) {
		part_merge(total, &h[0].part, 0);
		part_merge(total, &h[1].part, h[0].end_line - 1);
	}
	for (i = 0; i < 2; i++)
		part_free(&h[i].part);
	return ok;
}

int cmd_summarize(int argc, char **argv)
{
	job j;
	part total;
	int code = EXIT_OK, i;
	table *t;

	memset(&j, 0, sizeof j);
	parse_options(&j, argc, argv);
	j.group_idx = xcalloc(j.ngroups + 1, sizeof *j.group_idx);
	part_init(&total, &j, NULL, 0);
	for (i = optind; i < argc; i++) {
		const char *base = strrchr(argv[i], '/');
		size_t have = j.sources ? strlen(j.sources) : 0;
		base = strcmp(argv[i], "-") == 0 ? "<stdin>" : base ? base + 1 : argv[i];
		j.sources = xrealloc(j.sources, have + strlen(base) + 2);
		sprintf(j.sources + have, "%s%s", have ? "+" : "", base);
	}
	if (j.ngroups == 0)
		summary_group(total.groups, "", 0); /* the one group shows even if empty */

	for (i = optind; i < argc; i++) {
		csvin *in;
		int r;

		total.file = strcmp(argv[i], "-") == 0 ? "<stdin>" : argv[i];
		r = strcmp(argv[i], "-") == 0 ? 0 : read_split(&j, &total, argv[i]);
		if (r == 1)
			continue;
		if (r == 0) {
			in = csvin_open(argv[i], j.delim);
			r = in ? csvin_read(in, &total.tally, on_header, on_row, &total)
			       : EXIT_USAGE;
			csvin_close(&in);
		}
		if (r == EXIT_USAGE) {
			part_free(&total);
			job_free(&j);
			return EXIT_USAGE;
		}
		if (r != 0)
			code = EXIT_DATA;
	}
	if (!j.quiet) {
		tally_print(&total.tally, "rows", stderr);
		print_conversions(&total);
	}
	if (j.strict && total.tally.rejected > 0)
		code = EXIT_DATA;

	t = result_table(&j, &total);
	if (j.claims_out) {
		write_claims(&j, t, stdout);
	} else if (j.format == TABLE_JSON) {
		char *acct = accounting_json(&total);
		table_set_json_extra(t, "accounting", acct);
		free(acct);
	}
	if (!j.claims_out)
		table_write(t, j.format, stdout);
	table_free(&t);
	part_free(&total);
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
