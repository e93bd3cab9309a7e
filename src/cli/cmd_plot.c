/* wagestat plot: charts of claims (roles, regions, trend, reconcile) and
 * of microdata (dist), drawn by gnuplot.  This file reads the options and
 * the data; output/chart_*.c draw each kind (see plot.h for how). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/fmt.h"
#include "base/xalloc.h"
#include "cli/chartopts.h"
#include "cli/commands.h"
#include "cli/microopts.h"
#include "compute/reconcile.h"
#include "input/csvin.h"
#include "input/microdata.h"
#include "model/claimin.h"
#include "model/dict.h"
#include "output/chart.h"
#include "output/chart_dist.h"
#include "output/chart_reconcile.h"
#include "output/chart_regions.h"
#include "output/chart_roles.h"
#include "output/chart_trend.h"
#include "output/plot.h"

typedef struct plot_args {
	chart_opts chart;
	chart_dist_opts dist;
	microopts in; /* the microdata a dist chart reads, as summarize does */
	int strict;
	unsigned levels; /* occupation levels drawn */
	char **files;
	int nfiles;
} plot_args;

/* --- claims ------------------------------------------------------------ */

/* Charts draw figures of the whole occupation: a claim about a part of
 * it (an industry, a metro area: its scope) is left out. */
static int add_fig(void *ctx, const claim *c)
{
	if (!c->scope[0])
		chart_figs_add(ctx, c);
	return 0;
}

static int add_claim(void *ctx, const claim *c)
{
	if (!c->scope[0])
		reconcile_add(ctx, c);
	return 0;
}

/* Read the claims files (wide tables named after their file, with figures
 * in the chart's unit), each claim to fn.  Returns 0, EXIT_DATA or
 * EXIT_USAGE. */
static int read_claims(const plot_args *a, claimin_fn fn, void *ctx, tally *rows,
		       tally *figures)
{
	claimin_opts o;
	resolver names = {0};
	int code;

	memset(&o, 0, sizeof o);
	o.quiet = a->chart.quiet;
	names.quiet = 1;
	o.resolve = &names;
	o.kind = KIND_SURVEY;
	o.unit = a->chart.unit;
	o.levels = a->levels;
	code = claimin_read_files(a->files, (size_t)a->nfiles, &o, rows, figures, fn, ctx);
	if (code == EXIT_USAGE)
		return code;
	if (!a->chart.quiet) {
		tally_print(rows, "rows", stderr);
		tally_print(figures, "figures", stderr);
	}
	return code;
}

typedef int (*figs_chart)(plot_job *j, const chart_opts *o, const chart_figs *figs);

/* roles, regions, trend: the pay figures of the claims. */
static int run_figs(plot_job *j, plot_args *a, figs_chart draw, tally *rows, tally *figures)
{
	chart_figs figs = {0};
	int code = read_claims(a, add_fig, &figs, rows, figures), r;

	if (code != EXIT_USAGE && (r = draw(j, &a->chart, &figs)) > code)
		code = r;
	chart_figs_free(&figs);
	return code;
}

static int run_roles(plot_job *j, plot_args *a, tally *rows, tally *figures)
{
	return run_figs(j, a, chart_roles_draw, rows, figures);
}

static int run_regions(plot_job *j, plot_args *a, tally *rows, tally *figures)
{
	return run_figs(j, a, chart_regions_draw, rows, figures);
}

static int run_trend(plot_job *j, plot_args *a, tally *rows, tally *figures)
{
	return run_figs(j, a, chart_trend_draw, rows, figures);
}

/* reconcile: every claim, reconciled. */
static int run_reconcile(plot_job *j, plot_args *a, tally *rows, tally *figures)
{
	reconcile_opts ro;
	reconciler *rc;
	int code, r;

	reconcile_opts_init(&ro);
	ro.unit = a->chart.unit;
	ro.to_year = a->chart.to_year;
	rc = reconcile_new(&ro);
	code = read_claims(a, add_claim, rc, rows, figures);
	if (code != EXIT_USAGE && (r = chart_reconcile_draw(j, &a->chart, rc)) > code)
		code = r;
	reconcile_free(&rc);
	return code;
}

/* --- microdata --------------------------------------------------------- */

/* plot dist: the microdata's pay values by group, at most MAX_GROUPS. */
#define MAX_GROUPS 12

typedef struct dist_group {
	char *name;
	double *x;
	size_t n, alloc;
	size_t ntop; /* top-coded values, drawn at their cap */
	double cap;
} dist_group;

typedef struct dist_reader {
	size_t ngroups; /* group columns */
	char *name;     /* the row's group name being built */
	size_t name_alloc;
	dist_group *g;
	size_t ng, galloc;
	unsigned long long left_out; /* rows of groups beyond MAX_GROUPS */
} dist_reader;

static dist_group *find_group(dist_reader *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->ng; i++)
		if (strcmp(d->g[i].name, name) == 0)
			return &d->g[i];
	if (d->ng == MAX_GROUPS)
		return NULL;
	xgrow(&d->g, &d->galloc, d->ng + 1, sizeof *d->g);
	memset(&d->g[d->ng], 0, sizeof *d->g);
	d->g[d->ng].name = xstrdup(name);
	return &d->g[d->ng++];
}

/* The row's group: its group columns' values joined by " / ", "all"
 * without any, FMT_NONE when empty. */
static const char *row_group_name(dist_reader *d, const microdata_row *r)
{
	size_t i, len = 0;

	if (!d->ngroups)
		return "all";
	for (i = 0; i < d->ngroups; i++) {
		size_t n;
		const char *f = microdata_group(r, i, &n);
		xgrow(&d->name, &d->name_alloc, len + n + 4, 1);
		if (i) {
			memcpy(d->name + len, " / ", 3);
			len += 3;
		}
		memcpy(d->name + len, f, n);
		len += n;
	}
	d->name[len] = '\0';
	return len ? d->name : FMT_NONE;
}

static int dist_row(void *ctx, const microdata_row *r)
{
	dist_reader *d = ctx;
	dist_group *g;

	if (r->missing)
		return 0;
	if (!(g = find_group(d, row_group_name(d, r)))) {
		d->left_out++;
		return MICRODATA_LEFT_OUT;
	}
	xgrow(&g->x, &g->alloc, g->n + 1, sizeof *g->x);
	g->x[g->n++] = r->value;
	if (r->top_coded) {
		g->ntop++;
		g->cap = r->value;
	}
	return 0;
}

/* Read the files into d's groups (rows counted in t).  Returns 0,
 * EXIT_DATA or EXIT_USAGE. */
static int dist_read(dist_reader *d, const microopts *a, unit u, char *const *files,
		     int nfiles, tally *t)
{
	microdata_opts in;
	microdata_sink sink = {.t = t, .fn = dist_row, .ctx = d};
	microdata *m;
	int i, r, code = EXIT_OK;

	microopts_reader(a, u, &in);
	in.missing_reason = "no value";
	d->ngroups = a->ngroups;
	m = microdata_new(&in);
	for (i = 0; i < nfiles && code != EXIT_USAGE; i++)
		if ((r = microdata_read(m, files[i], &sink)) != 0)
			code = r == EXIT_USAGE ? EXIT_USAGE : EXIT_DATA;
	if (!t->quiet && code != EXIT_USAGE) {
		tally_print(t, "rows", stderr);
		microopts_print_accounting(a, &sink, stderr);
	}
	microdata_free(&m);
	free(d->name);
	return code;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Read the microdata, then draw it. */
static int draw_dist(plot_job *j, const chart_dist_opts *o, const microopts *a, int quiet,
		     tally *t)
{
	dist_reader d;
	chart_dist_group *g;
	size_t i, total = 0;
	int code, r;

	memset(&d, 0, sizeof d);
	code = dist_read(&d, a, o->unit, o->files, o->nfiles, t);
	if (d.left_out && !quiet)
		diag("more than %d groups: %llu rows of the others are not drawn", MAX_GROUPS,
		     d.left_out);
	g = xcalloc(d.ng + 1, sizeof *g);
	for (i = 0; i < d.ng; i++) {
		qsort(d.g[i].x, d.g[i].n, sizeof *d.g[i].x, cmp_double);
		g[i].name = d.g[i].name;
		g[i].x = d.g[i].x;
		g[i].n = d.g[i].n;
		g[i].ntop = d.g[i].ntop;
		g[i].cap = d.g[i].cap;
		total += d.g[i].n;
	}
	if (code != EXIT_USAGE && total == 0) {
		diag("no pay values to draw");
		code = EXIT_DATA;
	} else if (code != EXIT_USAGE && (r = chart_dist_draw(j, o, g, d.ng)) > code) {
		code = r;
	}
	for (i = 0; i < d.ng; i++) {
		free(d.g[i].name);
		free(d.g[i].x);
	}
	free(d.g);
	free(g);
	return code;
}

/* dist: the microdata's pay by group. */
static int run_dist(plot_job *j, plot_args *a, tally *rows, tally *figures)
{
	(void)figures; /* microdata has rows only */
	a->dist.unit = a->chart.unit;
	a->dist.script = a->chart.script;
	a->dist.output = a->chart.output;
	a->dist.width = a->chart.width;
	a->dist.height = a->chart.height;
	a->dist.files = a->files;
	a->dist.nfiles = a->nfiles;
	return draw_dist(j, &a->dist, &a->in, a->chart.quiet, rows);
}

/* --- the kinds --------------------------------------------------------- */

enum { NEEDS_ROLES = 1, NEEDS_ROLE = 2 };

/* One table for dispatch, checks and help. */
static const struct plot_kind {
	const char *name;
	int (*run)(plot_job *j, plot_args *a, tally *rows, tally *figures);
	const char *help;
	int needs;
	const char *area; /* the default */
} kinds[] = {
	{"roles", run_roles,
	 "pay by occupation from claims or wide tables: one row per role,\n"
	 "            sorted by median; p10-p90 whisker, p25-p75 box, the median\n"
	 "            marked and labelled in dollars (--mean adds the mean)", 0, "US"},
	{"regions", run_regions,
	 "one role (--role) across areas: the median (or --stat) of each\n"
	 "            area, sorted, with its p10-p90 interval where the data has one,\n"
	 "            and the national figure as a dashed line", NEEDS_ROLE, "US"},
	{"dist", run_dist,
	 "microdata (CSV, one row a person): a histogram of pay per group\n"
	 "            (Freedman-Diaconis bins) with p10, median and p90 marked, as\n"
	 "            small multiples or --overlay", 0, "US"},
	{"trend", run_trend,
	 "a statistic (--stat, default median) of the --roles by year,\n"
	 "            in one year's dollars by CPI-U (--to-year, default the newest\n"
	 "            year drawn) and as paid; one line per role (at most 8)", NEEDS_ROLES, "US"},
	{"reconcile", run_reconcile,
	 "the picture of wagestat reconcile: per key (role, area, year,\n"
	 "            statistic), every source's figure as a point coloured by its\n"
	 "            kind, flagged ones ringed, the consensus and its interval as a\n"
	 "            band; --roles, --area, --stat, --period pick keys (at most 40)", 0, NULL},
	{NULL, NULL, NULL, 0, NULL},
};

static const struct plot_kind *find_kind(const char *name)
{
	const struct plot_kind *k;

	for (k = kinds; k->name; k++)
		if (strcmp(name, k->name) == 0)
			return k;
	return NULL;
}

/* "roles, regions, dist, trend" and, before the last, sep. */
static const char *kind_list(const char *last_sep, char *buf, size_t size)
{
	const struct plot_kind *k;
	size_t len = 0;

	buf[0] = '\0';
	for (k = kinds; k->name && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					k == kinds ? "" : k[1].name ? ", " : last_sep, k->name);
	return buf;
}

/* --- options ----------------------------------------------------------- */

/* plot's own options; microopts adds those that read microdata. */
static const struct option own_options[] = {
	{"output", required_argument, NULL, 'o'},
	{"script", required_argument, NULL, 's'},
	{"size", required_argument, NULL, 'z'},
	{"roles", required_argument, NULL, 'R'},
	{"role", required_argument, NULL, 'r'},
	{"area", required_argument, NULL, 'a'},
	{"period", required_argument, NULL, 'p'},
	{"stat", required_argument, NULL, 't'},
	{"mean", no_argument, NULL, 'm'},
	{"to-year", required_argument, NULL, 'y'},
	{"overlay", no_argument, NULL, 'O'},
	{"quiet", no_argument, NULL, 'q'},
	{"strict", no_argument, NULL, 'S'},
	{"level", required_argument, NULL, 'L'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

static void parse_options(plot_args *a, int argc, char **argv)
{
	struct option long_options[MICROOPTS_MAX_LONG];
	int c;

	microopts_init(&a->in);
	microopts_long(own_options, long_options);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:" MICROOPTS_SHORT "qh", long_options, NULL)) != -1) {
		if (microopts_take(&a->in, "plot", c, optarg) || chartopts_take(&a->chart, "plot", c, optarg))
			continue;
		switch (c) {
		case 'O': a->dist.overlay = 1; break;
		case 'S': a->strict = 1; break;
		case 'L': a->levels = claim_level_arg("plot", optarg); break;
		case 'h':
			cmd_plot_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case ':':
		default:
			diag_bad_option("plot", c, argv[optind - 1]);
		}
	}
	microopts_check(&a->in, "plot");
	a->chart.unit = a->in.unit != UNIT_NONE ? a->in.unit : UNIT_ANNUAL;
}

/* The kind, the files and what the kind needs. */
static const struct plot_kind *parse_kind(plot_args *a, int argc, char **argv)
{
	const struct plot_kind *k;
	char list[128];

	if (optind >= argc)
		diag_usage("plot", "which chart? %s", kind_list(" or ", list, sizeof list));
	if (!(k = find_kind(argv[optind])))
		diag_usage("plot", "unknown chart '%s' (%s)", argv[optind],
			   kind_list(", ", list, sizeof list));
	a->files = argv + optind + 1;
	a->nfiles = argc - optind - 1;
	if (a->nfiles == 0)
		diag_usage("plot", "no input file (use - for standard input)");
	if (!a->chart.area)
		a->chart.area = k->area;
	if ((k->needs & NEEDS_ROLES) && !a->chart.nroles)
		diag_usage("plot", "%s: say which roles with --roles", k->name);
	if ((k->needs & NEEDS_ROLE) && !a->chart.role)
		diag_usage("plot", "%s: say which role with --role (a SOC code, title or alias)",
			   k->name);
	return k;
}

int cmd_plot(int argc, char **argv)
{
	plot_args a;
	plot_job j;
	tally rows, figures;
	const struct plot_kind *k;
	char default_out[32];
	int code;

	memset(&a, 0, sizeof a);
	memset(&j, 0, sizeof j);
	a.levels = CLAIM_LEVEL_DETAILED;
	parse_options(&a, argc, argv);
	k = parse_kind(&a, argc, argv);
	if (!a.chart.output) {
		snprintf(default_out, sizeof default_out, "%s.svg", k->name);
		a.chart.output = default_out;
	}
	if (plot_format_of(a.chart.output) < 0)
		diag_usage("plot", "-o %s: a chart is written as .png, .svg or .pdf", a.chart.output);
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = a.chart.quiet;
	code = k->run(&j, &a, &rows, &figures);
	plot_job_free(&j);
	if (a.strict && (rows.rejected || figures.rejected) && code == EXIT_OK)
		code = EXIT_DATA;
	tally_free(&rows);
	tally_free(&figures);
	chartopts_free(&a.chart);
	microopts_free(&a.in);
	return diag_close_stdout(code);
}

void cmd_plot_help(FILE *out)
{
	const struct plot_kind *k;

	fputs(
"Usage: wagestat plot KIND [OPTIONS] [-o OUT.png|svg|pdf] FILE...\n"
"\n"
"Charts drawn by gnuplot (Debian package gnuplot-nox), run as a program\n"
"without a shell.  Every label from the data is written into the chart's\n"
"data file and shown as text, never run.\n"
"\n"
"Kinds:\n", out);
	for (k = kinds; k->name; k++)
		fprintf(out, "  %-9s %s\n", k->name, k->help);
	fputs(
"\n"
"Options:\n"
"  -o, --output FILE    the chart: .png, .svg or .pdf (default KIND.svg)\n"
"      --script DIR     keep plot.gp, plot.dat and style.gp in DIR to restyle\n"
"                       and redraw: cd DIR && gnuplot plot.gp\n"
"      --size WxH       pixels (default 800x500, taller for many rows)\n"
"  -u, --unit UNIT      annual (default) or hourly; also the unit of a wide\n"
"                       table's columns that do not name one\n"
"      --roles LIST     roles: SOC codes, titles or aliases, comma-separated\n"
"                       (default: all, at most 60 rows: the highest paid)\n"
"      --area AREA      the area (default US; reconcile: every area)\n"
"      --period P       the period, or a prefix such as 2023 (default: newest)\n"
"      --mean           also mark the mean\n"
"      --level LIST     occupation levels drawn (OEWS O_GROUP): detailed\n"
"                       (default), broad, minor, major, total or all,\n"
"                       comma-separated; claims that name none always are\n"
"      --role ROLE      regions: the role, a SOC code, title or alias\n"
"      --stat STAT      median, mean, p10, p25, p75 or p90: regions (default\n"
"                       the median, or the mean when the areas have only\n"
"                       that), trend (default median), reconcile (default all)\n"
"      --to-year YEAR   trend, reconcile: the dollars to restate in\n"
"      --overlay        dist: the groups in one panel\n"
"  -q, --quiet          nothing on stderr but errors\n"
"      --strict         exit 1 if any row or figure is rejected\n"
"\n"
"dist reads its rows as summarize does, with the same options (-u also sets\n"
"the unit of the claims charts; without it, annual); one histogram per\n"
"group, the group columns' values joined by ' / ':\n", out);
	microopts_help(out);
	fputs(
"\n"
"dist's bins are Freedman-Diaconis: width 2 x IQR x n^(-1/3) (a tenth of the\n"
"range when the IQR is 0; at most 200 bins); plot.dat heads each group's\n"
"block with '# group NAME n p10 median p90 top_coded cap'.\n"
"\n"
"WAGESTAT_GNUPLOT names another gnuplot program.  Anything gnuplot writes on\n"
"stderr, a warning too, makes the exit status 1.\n", out);
}
