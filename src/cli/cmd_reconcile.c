/* wagestat reconcile: one defensible figure per key from conflicting
 * sources, and every disagreement flagged with its reason. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/claimin.h"
#include "cli/commands.h"
#include "input/csvin.h"
#include "model/dict.h"
#include "base/diag.h"
#include "compute/reconcile.h"
#include "output/rctable.h"
#include "output/table.h"
#include "output/xlsxout.h"
#include "base/xalloc.h"

typedef enum view { VIEW_CLAIMS, VIEW_KEYS, VIEW_SCORECARD } view;

static int on_claim(void *ctx, const claim *c)
{
	reconcile_add(ctx, c);
	return 0;
}

/* --weights FILE: rows "source_kind,weight" or "source,weight". */
typedef struct weights_reader {
	reconcile_opts *o;
	long kind_col, source_col, weight_col;
	const char *file;
} weights_reader;

static int weights_header(void *ctx, const csvin_row *h)
{
	weights_reader *w = ctx;

	w->kind_col = csvin_column(h, "source_kind");
	w->source_col = csvin_column(h, "source");
	w->weight_col = csvin_column(h, "weight");
	if (w->weight_col < 0 || (w->kind_col < 0 && w->source_col < 0)) {
		diag("%s: a weights file has columns source_kind (or source) and weight", w->file);
		return -1;
	}
	return 0;
}

static int weights_row(void *ctx, const csvin_row *row)
{
	weights_reader *w = ctx;
	const char *s = row->field[w->weight_col];
	char *end;
	double v = strtod(s, &end);
	int kind;

	if (end == s || *end || !(v >= 0) || !isfinite(v)) {
		diag_at(w->file, row->line, (unsigned long)w->weight_col + 1,
			"a weight is a number of 0 or more, not '%s'", s);
		return -1;
	}
	if (w->kind_col >= 0 && row->len[w->kind_col]) {
		kind = claim_kind_parse(row->field[w->kind_col]);
		if (kind < 0) {
			diag_at(w->file, row->line, (unsigned long)w->kind_col + 1,
				"unknown source kind '%s'", row->field[w->kind_col]);
			return -1;
		}
		w->o->kind_weight[kind] = v;
	} else if (w->source_col >= 0) {
		size_t n = w->o->nweights, alloc = n;
		xgrow(&w->o->weight_source, &alloc, n + 1, sizeof *w->o->weight_source);
		alloc = n;
		xgrow(&w->o->weight_value, &alloc, n + 1, sizeof *w->o->weight_value);
		w->o->weight_source[n] = xstrdup(row->field[w->source_col]);
		w->o->weight_value[n] = v;
		w->o->nweights++;
	}
	return 0;
}

static void read_weights(reconcile_opts *o, const char *path)
{
	weights_reader w = {o, -1, -1, -1, path};
	csvin *in = csvin_open(path, 0);
	tally t;
	int r;

	if (!in)
		exit(EXIT_USAGE);
	tally_init(&t);
	r = csvin_read(in, &t, weights_header, weights_row, &w);
	csvin_close(&in);
	if (r != 0 || t.rejected)
		exit(EXIT_USAGE);
	tally_free(&t);
}

/* --- output ------------------------------------------------------------ */

/* -f claims: the consensus of each key as a claim. */
static void write_consensus_claims(const reconciler *r, FILE *out)
{
	size_t i;
	char period[16], quote[256];

	claim_csv_header(out);
	for (i = 0; i < reconcile_nkeys(r); i++) {
		const rc_key *k = reconcile_key(r, i);
		const role *ro = dict_role(k->soc_code, strlen(k->soc_code));
		claim c;
		if (isnan(k->cs.value))
			continue;
		claim_init(&c);
		claim_set(&c.source, "consensus", 9);
		c.kind = KIND_COMPUTED;
		if (ro)
			claim_set(&c.role, ro->title, strlen(ro->title));
		claim_set(&c.soc_code, k->soc_code, strlen(k->soc_code));
		claim_set(&c.area, k->area, strlen(k->area));
		snprintf(period, sizeof period, "%d", k->year);
		if (k->year)
			claim_set(&c.period, period, strlen(period));
		c.stat = k->stat;
		c.value = k->cs.value;
		c.unit = k->unit;
		c.n = (double)k->n_sources;
		c.se = k->cs.se;
		rctable_method(k, quote, sizeof quote);
		claim_set(&c.quote, quote, strlen(quote));
		claim_csv_write(out, &c);
		claim_free(&c);
	}
}

/* --- the command ------------------------------------------------------- */

enum {
	OPT_TO_YEAR = 256, OPT_TOLERANCE, OPT_WEIGHTS, OPT_REF, OPT_WINDOW, OPT_KEYS,
	OPT_SCORECARD, OPT_FAIL_ON, OPT_STRICT, OPT_AREA, OPT_LEVEL,
};

static const struct option long_options[] = {
	{"to-year", required_argument, NULL, OPT_TO_YEAR},
	{"unit", required_argument, NULL, 'u'},
	{"tolerance", required_argument, NULL, OPT_TOLERANCE},
	{"weights", required_argument, NULL, OPT_WEIGHTS},
	{"ref", required_argument, NULL, OPT_REF},
	{"period-window", required_argument, NULL, OPT_WINDOW},
	{"keys", no_argument, NULL, OPT_KEYS},
	{"scorecard", no_argument, NULL, OPT_SCORECARD},
	{"area", required_argument, NULL, OPT_AREA},
	{"level", required_argument, NULL, OPT_LEVEL},
	{"fail-on", required_argument, NULL, OPT_FAIL_ON},
	{"format", required_argument, NULL, 'f'},
	{"quiet", no_argument, NULL, 'q'},
	{"strict", no_argument, NULL, OPT_STRICT},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static long number_arg(const char *opt, const char *arg, long lo, long hi)
{
	char *end;
	long v = strtol(arg, &end, 10);

	if (end == arg || *end || v < lo || v > hi)
		diag_usage("reconcile", "%s: a whole number from %ld to %ld, not '%s'", opt, lo, hi, arg);
	return v;
}

typedef struct reconcile_args {
	reconcile_opts o;
	table_format format;
	view v;
	int quiet, strict, claims_out, xlsx;
	unsigned fail_on;
	unsigned levels;  /* occupation levels read (CLAIM_LEVEL_ bits) */
	const char *area; /* of wide tables with no area column */
} reconcile_args;

/* The options of the reconciling itself; 0 if c is none of them. */
static int method_option(reconcile_opts *o, int c, const char *arg)
{
	int first, last;

	switch (c) {
	case OPT_TO_YEAR:
		dict_cpi_years(&first, &last);
		o->to_year = (int)number_arg("--to-year", arg, first, last);
		break;
	case 'u':
		if ((o->unit = unit_parse(arg)) == UNIT_NONE)
			diag_usage("reconcile", "-u: unknown unit '%s' (annual, hourly, monthly, weekly)", arg);
		break;
	case OPT_TOLERANCE: {
		char *end;
		double pct = strtod(arg, &end);
		if (end == arg || (*end && strcmp(end, "%") != 0) || !(pct >= 0) || pct > 1000)
			diag_usage("reconcile", "--tolerance: a percentage such as 10, not '%s'", arg);
		o->tolerance = pct / 100;
		break;
	}
	case OPT_WEIGHTS: read_weights(o, arg); break;
	case OPT_REF: o->ref = arg; break;
	case OPT_WINDOW: o->window = (int)number_arg("--period-window", arg, 0, 200); break;
	default: return 0;
	}
	return 1;
}

static void parse_format(reconcile_args *a, const char *arg)
{
	int f;

	if (strcmp(arg, "claims") == 0 || strcmp(arg, "xlsx") == 0) {
		a->claims_out = arg[0] == 'c';
		a->xlsx = arg[0] == 'x';
		return;
	}
	if ((f = table_format_parse(arg)) < 0)
		diag_usage("reconcile", "-f: %s, xlsx or claims, not '%s'", TABLE_FORMAT_NAMES, arg);
	a->format = (table_format)f;
}

static void parse_options(reconcile_args *a, int argc, char **argv)
{
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":u:f:qh", long_options, NULL)) != -1) {
		if (method_option(&a->o, c, optarg))
			continue;
		switch (c) {
		case OPT_KEYS: a->v = VIEW_KEYS; break;
		case OPT_SCORECARD: a->v = VIEW_SCORECARD; break;
		case OPT_AREA: a->area = optarg; break;
		case OPT_LEVEL: a->levels = claim_level_arg("reconcile", optarg); break;
		case OPT_FAIL_ON:
			if (strcmp(optarg, "any") == 0)
				a->fail_on = ~0u;
			else if (!(a->fail_on = reconcile_flag_parse(optarg)))
				diag_usage("reconcile", "--fail-on: 'any' or a flag name such as outlier, not '%s'", optarg);
			break;
		case 'f': parse_format(a, optarg); break;
		case 'q': a->quiet = 1; break;
		case OPT_STRICT: a->strict = 1; break;
		case 'h':
			cmd_reconcile_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case ':':
		default:
			diag_bad_option("reconcile", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage("reconcile", "no claims file (use - for standard input)");
}

/* Read every file's claims into r.  Returns 0, EXIT_DATA or EXIT_USAGE. */
static int read_claims(reconciler *r, const reconcile_args *a, char **files, int n,
		       resolver *names, tally *rows, tally *figures)
{
	claimin_opts in;

	memset(&in, 0, sizeof in);
	in.quiet = a->quiet;
	in.kind = KIND_SURVEY;
	in.resolve = names;
	in.area = a->area;
	in.levels = a->levels;
	return claimin_read_files(files, (size_t)n, &in, rows, figures, on_claim, r);
}

static const char *const view_names[] = {"claims", "keys", "scorecard"};

/* The view asked for on stdout (a workbook: the view and the accounting,
 * acct); code, or EXIT_USAGE when the workbook could not be written. */
static int write_result(const reconciler *r, const reconcile_args *a, const char *acct, int code)
{
	table *t;
	xlsxout *x;

	if (a->claims_out) {
		write_consensus_claims(r, stdout);
		return code;
	}
	t = a->v == VIEW_KEYS ? rctable_keys(r, NULL, NULL)
	    : a->v == VIEW_SCORECARD ? rctable_scorecard(r)
				     : rctable_claims(r, NULL, NULL);
	if (!a->xlsx) {
		table_write(t, a->format, stdout);
	} else if (!(x = xlsxout_open(NULL))) {
		code = EXIT_USAGE;
	} else {
		xlsxout_table(x, view_names[a->v], t);
		xlsxout_lines(x, "accounting", acct);
		if (xlsxout_close(&x, stdout) != 0)
			code = EXIT_USAGE;
	}
	table_free(&t);
	return code;
}

/* How many keys were reconciled (two sources or more), how many had one
 * source only, and why the unresolved claims were not compared. */
static void say_keys(const reconciler *r, FILE *out)
{
	size_t k, n = reconcile_nkeys(r), several = 0, i, j, nwhy = 0;
	const char *why[16];
	size_t count[16];

	for (k = 0; k < n; k++)
		several += reconcile_key(r, k)->n_sources >= 2;
	fprintf(out, "wagestat: keys %zu = reconciled %zu (two sources or more) + one source %zu\n",
		n, several, n - several);
	for (i = 0; i < reconcile_nitems(r); i++) {
		const char *reason = reconcile_item(r, i)->reason, *at;
		if (!(reconcile_item(r, i)->flags & FLAG_UNRESOLVED) ||
		    !(at = strstr(reason, "not compared: ")))
			continue;
		at += 14;
		for (j = 0; j < nwhy && strncmp(why[j], at, strcspn(at, ";")) != 0; j++)
			;
		if (j == nwhy && nwhy < 16)
			why[nwhy] = at, count[nwhy++] = 0;
		if (j < nwhy)
			count[j]++;
	}
	for (j = 0; j < nwhy; j++)
		fprintf(out, "wagestat:   unresolved %zu: %.*s\n", count[j],
			(int)strcspn(why[j], ";"), why[j]);
}

/* The accounting in lines, as stderr shows it (the caller frees it). */
static char *accounting_text(const reconciler *r, const resolver *names, const tally *rows,
			     const tally *figures, size_t unresolved_n, size_t flagged)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = xmemstream(&buf, &size);
	tally_print(rows, "rows", f);
	tally_print(figures, "figures", f);
	resolve_print(names, f);
	fprintf(f, "wagestat: claims %zu = compared %zu + unresolved %zu; keys %zu; flagged %zu\n",
		reconcile_nitems(r), reconcile_nitems(r) - unresolved_n, unresolved_n,
		reconcile_nkeys(r), flagged);
	say_keys(r, f);
	fclose(f);
	return buf;
}

/* Reconcile, write the result and the accounting; EXIT_DATA if a claim
 * has a flag of --fail-on, else code. */
static int report(reconciler *r, const reconcile_args *a, const resolver *names,
		  const tally *rows, const tally *figures, int code)
{
	size_t k, flagged = 0, unresolved_n = 0;
	char *acct;

	reconcile_run(r);
	for (k = 0; k < reconcile_nitems(r); k++) {
		unsigned f = reconcile_item(r, k)->flags;
		unresolved_n += (f & FLAG_UNRESOLVED) != 0;
		flagged += (f & ~(unsigned)FLAG_UNRESOLVED) != 0;
		if (f & a->fail_on)
			code = code == EXIT_OK ? EXIT_DATA : code;
	}
	acct = accounting_text(r, names, rows, figures, unresolved_n, flagged);
	code = write_result(r, a, acct, code);
	if (!a->quiet)
		fputs(acct, stderr);
	free(acct);
	return code;
}

int cmd_reconcile(int argc, char **argv)
{
	reconcile_args a;
	resolver names = {0};
	reconciler *r;
	tally rows, figures;
	int code;
	size_t k;

	memset(&a, 0, sizeof a);
	reconcile_opts_init(&a.o);
	a.format = TABLE_TEXT;
	a.v = VIEW_CLAIMS;
	a.levels = CLAIM_LEVEL_DETAILED;
	parse_options(&a, argc, argv);
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = names.quiet = a.quiet;
	r = reconcile_new(&a.o);
	code = read_claims(r, &a, argv + optind, argc - optind, &names, &rows, &figures);
	if (code != EXIT_USAGE)
		code = report(r, &a, &names, &rows, &figures, code);
	if (a.strict && (rows.rejected || figures.rejected) && code == EXIT_OK)
		code = EXIT_DATA;
	reconcile_free(&r);
	tally_free(&rows);
	tally_free(&figures);
	for (k = 0; k < a.o.nweights; k++)
		free(a.o.weight_source[k]);
	free(a.o.weight_source);
	free(a.o.weight_value);
	return diag_close_stdout(code);
}

void cmd_reconcile_help(FILE *out)
{
	fputs(
"Usage: wagestat reconcile [--to-year Y] [-u UNIT] [--tolerance PCT]\n"
"         [--weights FILE] [--ref SOURCE] [--period-window N]\n"
"         [--keys | --scorecard] [--fail-on FLAG|any] [-f FORMAT] CLAIMS...\n"
"\n"
"Claims from several sources (claims files or wide tables) for the same\n"
"occupation, area, period and statistic, turned into one consensus figure\n"
"per key, with every claim that disagrees flagged and the reason given.\n"
"\n"
"Before comparing: roles resolve to SOC codes and areas to codes (what does\n"
"not resolve is reported as unresolved, never dropped); every figure is\n"
"put in one unit (annual unless -u: annual = hourly x 2080 = weekly x 52 =\n"
"monthly x 12) and, with --to-year, in one year's dollars by CPI-U.  The\n"
"key is (soc_code, area, period, stat); --period-window N lets periods up to\n"
"N years from the newest (or from --ref's) meet, and says how old each is.\n"
"\n"
"Consensus: with standard errors for every source, the inverse-variance\n"
"weighted mean with a 95% interval, or DerSimonian-Laird random effects\n"
"when the sources differ more than their errors explain (tau^2 shown);\n"
"otherwise the weighted median of the sources (official 4, survey 3,\n"
"microdata and computed 2, article 1; --weights FILE with columns\n"
"source_kind or source, and weight) with the MAD as spread.  With --ref,\n"
"that source's figure (matched by name prefix) is the consensus.  One\n"
"figure per source counts: the one written in the compared unit.\n"
"\n"
"Flags: outlier (robust z = 0.6745 |x - median| / MAD above 3.5 and more\n"
"than 1% off; with fewer than 3 sources or no spread, beyond --tolerance,\n"
"default 10%), self_contradiction, hourly_annual_mismatch (apart by more\n"
"than both figures' rounding and 0.5%), percentile_order,\n"
"mean_median_implausible (mean outside 0.8x to 1.6x the median),\n"
"top_coded (a BLS top-code used as a figure), stale (another period than\n"
"the key's), unresolved.\n"
"\n"
"  -u, --unit UNIT         compare in this unit (default annual)\n"
"      --to-year YEAR      restate dollars in this year's (CPI-U)\n"
"      --tolerance PCT     outlier threshold without a MAD (default 10)\n"
"      --weights FILE      weights of source kinds or sources\n"
"      --ref SOURCE        this source's figure is the consensus\n"
"      --period-window N   periods within N years meet (default 0)\n"
"      --keys              one row per key instead of per claim\n"
"      --scorecard         one row per source (keys with one source are no\n"
"                          deviation)\n"
"      --area AREA         the area of wide tables with no area column (a BLS\n"
"                          layout with none is national, US, and says so)\n"
"      --level LIST        occupation levels read (OEWS O_GROUP): detailed\n"
"                          (default), broad, minor, major, total or all,\n"
"                          comma-separated; claims naming none always are\n"
"      --fail-on FLAG|any  exit 1 when a claim has that flag (or any)\n"
"  -f, --format FMT        text, csv, tsv, md, json, html, xlsx (a workbook:\n"
"                          the view and the accounting), or claims\n"
"                          (the consensus of each key as claims)\n"
"  -q, --quiet             no accounting on stderr\n"
"      --strict            exit 1 if any row or figure is rejected\n"
"\n"
"Example:\n"
"  wagestat reconcile --to-year 2024 --period-window 10 --keys \\\n"
"      datasets/oews_healthcare.csv survey.csv\n", out);
}
