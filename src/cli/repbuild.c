/* repbuild: the inputs of wagestat report read, and its sections built. */
#include "cli/repbuild.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/cleanup.h"
#include "base/diag.h"
#include "base/fmt.h"
#include "base/sha256.h"
#include "base/xalloc.h"
#include "cli/commands.h"
#include "cli/judge.h"
#include "cli/repcharts.h"
#include "compute/check.h"
#include "compute/reconcile.h"
#include "compute/summarize.h"
#include "model/claimin.h"
#include "model/dict.h"
#include "model/header.h"
#include "output/chart_regions.h"
#include "output/chart_roles.h"
#include "output/chart_trend.h"
#include "output/findings.h"
#include "output/rctable.h"
#include "output/sumtable.h"

/* --- what a file holds ------------------------------------------------- */

/* The header line's fields (at most 64), split at the delimiter, quotes
 * and outer spaces taken off; how many. */
static size_t header_fields(char *line, char *field[64])
{
	static const char delims[] = ",;\t|";
	size_t n = 0, best = 0, i;
	char d = ',', *p;

	for (i = 0; delims[i]; i++) {
		size_t k = 0;
		for (p = line; *p; p++)
			k += *p == delims[i];
		if (k > best)
			best = k, d = delims[i];
	}
	if (best == 0)
		return 0;
	for (p = line; p && n < 64;) {
		char *end = strchr(p, d), *s = p;
		size_t len;
		if (end)
			*end = '\0';
		while (*s == ' ' || *s == '"')
			s++;
		len = strlen(s);
		while (len && (s[len - 1] == ' ' || s[len - 1] == '"' || s[len - 1] == '\r'))
			s[--len] = '\0';
		field[n++] = s;
		p = end ? end + 1 : NULL;
	}
	return n;
}

static int names_column(char *const *field, size_t n, const char *spec)
{
	size_t i;
	char *end;
	long col = strtol(spec, &end, 10);

	if (!*end && col >= 1 && (size_t)col <= n)
		return 1;
	for (i = 0; i < n; i++)
		if (strcasecmp(field[i], spec) == 0)
			return 1;
	return 0;
}

static size_t words(const char *s)
{
	size_t n = 0;

	while (*s) {
		s += strspn(s, " ");
		if (*s)
			n++;
		s += strcspn(s, " ");
	}
	return n;
}

/* The kind a delimited header says. */
static int header_kind(const repbuild_args *a, char *const *field, size_t n)
{
	static const char *const pay[] = {"salary", "annual_salary", "annual salary", "pay",
					  "wage"};
	int stat = 0, value = 0, figure = 0;
	size_t i, k;

	if (a->in.nvalues && names_column(field, n, a->in.value[0].spec))
		return INPUT_MICRODATA;
	for (i = 0; i < n; i++) {
		header_column h = header_read(field[i], strlen(field[i]), NULL, 0, UNIT_NONE);
		stat |= h.role == HEADER_STAT;
		value |= h.role == HEADER_VALUE;
		figure |= h.role == HEADER_FIGURE;
	}
	if (stat && value)
		return INPUT_CLAIMS;
	for (k = 0; k < sizeof pay / sizeof pay[0]; k++)
		if (names_column(field, n, pay[k]))
			return INPUT_MICRODATA;
	return figure ? INPUT_CLAIMS : INPUT_MICRODATA;
}

int repbuild_kind_of(const repbuild_args *a, const char *path)
{
	char buf[8192], *p, *field[64];
	FILE *f = fopen(path, "rb");
	size_t len, n;

	if (!f) {
		diag("%s: %s", path, strerror(errno));
		return -1;
	}
	len = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[len] = '\0';
	p = buf + (strncmp(buf, "\xef\xbb\xbf", 3) == 0 ? 3 : 0);
	p += strspn(p, " \t\r\n");
	if (*p == '<' || *p == '#')
		return INPUT_ARTICLE;
	p[strcspn(p, "\n")] = '\0';
	n = header_fields(p, field);
	if (n < 2)
		return INPUT_ARTICLE;
	if (a->in.nvalues && names_column(field, n, a->in.value[0].spec))
		return INPUT_MICRODATA;
	/* a line of prose holds a comma or two between long runs of words */
	for (len = 0; len < n; len++)
		if (words(field[len]) > 8)
			return INPUT_ARTICLE;
	return header_kind(a, field, n);
}

/* --- reading ----------------------------------------------------------- */

#define DIST_GROUPS 12 /* as plot dist draws at most */

/* Each input's size and SHA-256, computed on a thread of its own while
 * the inputs are read: a checksum is a second pass over every byte. */
typedef struct hashes {
	char **path;
	size_t n;
	char (*hex)[65];
	unsigned long long *size;
	int *err;             /* errno of a file that could not be read, else 0 */
	pthread_t thread;
	int running;
} hashes;

static void *hash_inputs(void *arg)
{
	hashes *h = arg;
	size_t i;

	for (i = 0; i < h->n; i++)
		h->err[i] = sha256_file(h->path[i], h->hex[i], &h->size[i]) != 0 ? (errno ? errno : EIO) : 0;
	return NULL;
}

/* Start hashing paths[0..n) (they must outlive the hashing). */
static void hashes_start(hashes *h, char **paths, size_t n)
{
	h->path = paths;
	h->n = n;
	h->hex = xcalloc(n + 1, sizeof *h->hex);
	h->size = xcalloc(n + 1, sizeof *h->size);
	h->err = xcalloc(n + 1, sizeof *h->err);
	h->running = pthread_create(&h->thread, NULL, hash_inputs, h) == 0;
	if (!h->running)
		hash_inputs(h);
}

/* Wait for the hashing to end. */
static void hashes_wait(hashes *h)
{
	if (h->running)
		pthread_join(h->thread, NULL);
	h->running = 0;
}

static void hashes_free(hashes *h)
{
	hashes_wait(h);
	free(h->path);
	free(h->hex);
	free(h->size);
	free(h->err);
}

typedef struct state {
	const repbuild_args *a;
	report *r;
	int code;
	unit unit;            /* of the summary */
	char **file[3];       /* the inputs by kind */
	size_t nfile[3];
	summarizer *sum;      /* microdata */
	microdata_opts mo;
	table *sumtable;
	size_t nrows;         /* its groups */
	char *sum_acct;       /* its accounting, as summarize says it */
	reconciler *rc;       /* claims */
	chart_figs figs;
	resolver names;
	tally rows, figures;
	char *claims_acct;
	repcharts *charts;
	hashes sums;          /* the inputs' checksums, on a thread of their own */
} state;

static void worse(state *st, int code)
{
	if (code == EXIT_USAGE || (code && st->code == EXIT_OK))
		st->code = code;
}

/* Sort the inputs by kind; 0, or EXIT_USAGE. */
static int sort_inputs(state *st)
{
	size_t i, k;
	char **all;

	for (i = 0; i < st->a->nfiles; i++) {
		const char *path = st->a->files[i];
		int kind = strcmp(path, "-") == 0 ? -2 : repbuild_kind_of(st->a, path);
		size_t alloc;
		if (kind == -2)
			diag("report: name the input files; standard input cannot be read twice");
		if (kind < 0)
			return EXIT_USAGE;
		k = (size_t)kind;
		alloc = st->nfile[k];
		xgrow(&st->file[k], &alloc, st->nfile[k] + 1, sizeof *st->file[k]);
		st->file[k][st->nfile[k]++] = st->a->files[i];
	}
	all = xmalloc((st->a->nfiles + 1) * sizeof *all);
	for (k = 0, i = 0; k < 3; k++)
		for (size_t j = 0; j < st->nfile[k]; j++)
			all[i++] = st->file[k][j];
	hashes_start(&st->sums, all, i);
	return 0;
}

/* Text written into memory. */
typedef struct memout {
	char *buf;
	size_t size;
	FILE *f;
} memout;

static FILE *mem_open(memout *m)
{
	return m->f = xmemstream(&m->buf, &m->size);
}

/* The text written (the caller frees it). */
static char *mem_close(memout *m)
{
	fclose(m->f);
	return m->buf;
}

/* The microdata, summarized as summarize does, its values kept for the
 * distribution chart. */
static void read_microdata(state *st)
{
	const repbuild_args *a = st->a;
	size_t i;
	memout m;
	FILE *f;

	st->unit = a->in.unit != UNIT_NONE ? a->in.unit
		   : a->in.nvalues	   ? a->in.value[0].unit
					   : UNIT_NONE;
	microopts_reader(&a->in, st->unit, &st->mo);
	st->sum = summarize_new(&st->mo, &a->plan, a->quiet);
	summarize_keep_values(st->sum);
	for (i = 0; i < st->nfile[INPUT_MICRODATA]; i++) {
		int r = summarize_read(st->sum, st->file[INPUT_MICRODATA][i]);
		worse(st, r == EXIT_USAGE ? EXIT_USAGE : r ? EXIT_DATA : 0);
		if (r == EXIT_USAGE)
			return;
	}
	st->sumtable = sumtable_new(st->sum, &a->plan, a->in.ngroups, a->sort);
	st->nrows = table_rows(st->sumtable);
	f = mem_open(&m);
	tally_print(summarize_counts(st->sum)->t, "rows", f);
	microopts_print_accounting(&a->in, summarize_counts(st->sum), f);
	sumtable_print_mixed(st->sum, a->in.ngroups, table_rows(st->sumtable),
			     microdata_basis_name(a->in.basis), f);
	st->sum_acct = mem_close(&m);
}

static int on_claim(void *ctx, const claim *c)
{
	state *st = ctx;

	chart_figs_add(&st->figs, c);
	reconcile_add(st->rc, c);
	return 0;
}

/* The claims, read as reconcile reads them, for its tables and for the
 * charts of figures. */
static void read_claims(state *st)
{
	reconcile_opts ro;
	claimin_opts in;

	reconcile_opts_init(&ro);
	ro.to_year = st->a->chart.to_year;
	ro.window = st->a->window;
	st->rc = reconcile_new(&ro);
	memset(&in, 0, sizeof in);
	in.quiet = st->a->quiet;
	in.kind = KIND_SURVEY;
	in.resolve = &st->names;
	worse(st, claimin_read_files(st->file[INPUT_CLAIMS], st->nfile[INPUT_CLAIMS], &in,
				     &st->rows, &st->figures, on_claim, st));
}

/* --- Summary ----------------------------------------------------------- */

static size_t column_named(const table *t, const char *name)
{
	size_t c;

	for (c = 0; c < table_columns(t); c++)
		if (strcmp(table_column_name(t, c), name) == 0)
			return c;
	return (size_t)-1;
}

/* Row r's group: its group cells joined by " / ". */
static void row_label(const table *t, size_t ngroups, size_t r, char *buf, size_t size)
{
	size_t g, len = 0;

	snprintf(buf, size, "all rows");
	for (g = 0; g < ngroups && len < size; g++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", g ? " / " : "",
					table_text(t, r, g));
}

/* The rows of the highest and lowest v (NaN skipped); 0 if none. */
static int extremes(const table *t, size_t col, size_t den, size_t *hi, size_t *lo, double *vhi,
		    double *vlo)
{
	size_t r;
	int any = 0;

	for (r = 0; r < table_rows(t); r++) {
		double v = table_number(t, r, col);
		if (den != (size_t)-1)
			v = table_number(t, r, den) > 0 ? v / table_number(t, r, den) : NAN;
		if (isnan(v))
			continue;
		if (!any || v > *vhi)
			*hi = r, *vhi = v;
		if (!any || v < *vlo)
			*lo = r, *vlo = v;
		any = 1;
	}
	return any;
}

/* The key figures in words: rows, the highest- and lowest-paid groups, the
 * spread p90/p10. */
static void summary_words(state *st, FILE *f)
{
	const table *t = st->sumtable;
	const tally *n = summarize_counts(st->sum)->t;
	size_t med = column_named(t, "median"), cnt = column_named(t, "count");
	size_t p10 = column_named(t, "p10"), p90 = column_named(t, "p90"), hi = 0, lo = 0, ng;
	double vhi = 0, vlo = 0;
	char a[64], b[64], c[64], d[64], g1[256], g2[256];

	ng = st->a->in.ngroups;
	fprintf(f, "%s rows read: %s used, %s filtered out, %s without a value, %s rejected "
		   "(each reason below).", fmt_count((double)n->read, a, sizeof a),
		fmt_count((double)n->used, b, sizeof b), fmt_count((double)n->filtered, c, sizeof c),
		fmt_count((double)n->missing, d, sizeof d), fmt_count((double)n->rejected, g1, sizeof g1));
	if (med != (size_t)-1 && extremes(t, med, (size_t)-1, &hi, &lo, &vhi, &vlo)) {
		row_label(t, ng, hi, g1, sizeof g1);
		row_label(t, ng, lo, g2, sizeof g2);
		fprintf(f, " The median%s%s pay is highest in %s ($%s", st->unit != UNIT_NONE ? " " : "",
			st->unit != UNIT_NONE ? unit_name(st->unit) : "", g1, fmt_amount(vhi, a, sizeof a));
		if (cnt != (size_t)-1)
			fprintf(f, ", n = %s", fmt_count(table_number(t, hi, cnt), b, sizeof b));
		fprintf(f, ") and lowest in %s ($%s", g2, fmt_amount(vlo, a, sizeof a));
		if (cnt != (size_t)-1)
			fprintf(f, ", n = %s", fmt_count(table_number(t, lo, cnt), b, sizeof b));
		fputs(").", f);
	}
	if (p10 != (size_t)-1 && p90 != (size_t)-1 &&
	    extremes(t, p90, p10, &hi, &lo, &vhi, &vlo)) {
		row_label(t, ng, hi, g1, sizeof g1);
		row_label(t, ng, lo, g2, sizeof g2);
		fprintf(f, " The spread from the 10th to the 90th percentile (p90/p10) is widest in "
			   "%s (%.2f) and narrowest in %s (%.2f).", g1, vhi, g2, vlo);
	}
}

static void summary_section(state *st)
{
	report *r = st->r;
	memout m;
	char caption[512], *text;

	report_section(r, "Summary", NULL);
	if (st->sumtable) {
		summary_words(st, mem_open(&m));
		text = mem_close(&m);
		report_para(r, text);
		free(text);
		snprintf(caption, sizeof caption, "Pay%s%s, %s, basis %s", st->a->in.ngroups ? " by " : "",
			 st->a->in.ngroups ? summarize_group_name(st->sum, 0) : "",
			 st->unit != UNIT_NONE ? unit_name(st->unit) : "as written",
			 microdata_basis_name(st->a->in.basis));
		report_table(r, caption, "summary", st->sumtable);
		st->sumtable = NULL;
		report_lines(r, "Rows accounted for: read = used + filtered + missing + rejected",
			     "accounting", st->sum_acct);
	}
	if (st->rc) {
		FILE *f = mem_open(&m);
		tally_print(&st->rows, "rows", f);
		tally_print(&st->figures, "figures", f);
		resolve_print(&st->names, f);
		st->claims_acct = mem_close(&m);
		snprintf(caption, sizeof caption, "%llu published figures read from %zu file(s) of claims "
			 "or tables; each row and figure accounted for:",
			 st->figures.used, st->nfile[INPUT_CLAIMS]);
		report_lines(r, caption, "claims accounting", st->claims_acct);
	}
}

/* --- Charts ------------------------------------------------------------ */

/* The distribution of the microdata's pay, from the values summarize kept. */
static void dist_chart(state *st)
{
	chart_dist_group g[DIST_GROUPS];
	char names[DIST_GROUPS][256], title[512];
	chart_dist_opts o;
	size_t i, ng = 0, n = st->nrows;

	for (i = 0; i < n && ng < DIST_GROUPS; i++) {
		const double *x = summarize_values(st->sum, i, &g[ng].n);
		if (!x || !g[ng].n)
			continue;
		if (st->a->in.ngroups)
			sumtable_label(st->sum, st->a->in.ngroups, i, names[ng], sizeof names[ng]);
		else
			snprintf(names[ng], sizeof names[ng], "all");
		g[ng].name = names[ng];
		g[ng].x = x;
		g[ng].ntop = 0;
		g[ng].cap = 0;
		ng++;
	}
	if (!ng)
		return;
	memset(&o, 0, sizeof o);
	o.unit = st->unit != UNIT_NONE ? st->unit : UNIT_ANNUAL;
	o.files = st->file[INPUT_MICRODATA];
	o.nfiles = (int)st->nfile[INPUT_MICRODATA];
	snprintf(title, sizeof title, "The distribution of pay%s%s: histograms with p10, the median "
		 "and p90 marked%s", st->a->in.ngroups ? " by " : "",
		 st->a->in.ngroups ? summarize_group_name(st->sum, 0) : "",
		 n > ng ? " (the first groups only)" : "");
	worse(st, repcharts_dist(st->charts, st->r, title, &o, g, ng));
}

static void claims_charts(state *st)
{
	chart_opts o = st->a->chart;
	char title[512];

	o.quiet = 1;
	if (!o.area)
		o.area = "US";
	worse(st, repcharts_figs(st->charts, st->r, "roles", "Pay by occupation: p10 to p90, "
				 "the middle half as a box, the median marked", chart_roles_draw, &o,
				 &st->figs));
	if (!o.role && o.nroles)
		o.role = o.roles[0];
	if (o.role) {
		snprintf(title, sizeof title, "Pay by area: %s", o.role);
		worse(st, repcharts_figs(st->charts, st->r, "regions", title, chart_regions_draw, &o,
					 &st->figs));
	}
	if (o.nroles) {
		if (o.to_year)
			snprintf(title, sizeof title, "Pay over time in constant %d dollars (CPI-U; "
				 "dashed: as paid)", o.to_year);
		else
			snprintf(title, sizeof title, "Pay over time in constant dollars of the newest "
				 "year drawn (CPI-U; dashed: as paid)");
		worse(st, repcharts_figs(st->charts, st->r, "trend", title, chart_trend_draw, &o,
					 &st->figs));
	}
	o.area = st->a->chart.area;
	worse(st, repcharts_reconcile(st->charts, st->r, "Sources against the consensus: each "
				      "source's figure, the consensus and its interval", &o, st->rc));
}

static void charts_section(state *st)
{
	report_section(st->r, "Charts", NULL);
	if (!(st->charts = repcharts_new())) {
		worse(st, EXIT_USAGE);
		return;
	}
	if (st->sum)
		dist_chart(st);
	if (st->rc)
		claims_charts(st);
	repcharts_free(&st->charts);
}

/* --- Reconciliation ---------------------------------------------------- */

/* The keys the report shows: two sources or more, of the roles asked
 * for (--roles) when there are any. */
static int shown_key(const rc_key *k, void *ctx)
{
	const chart_opts *o = ctx;
	const role *ro;
	size_t i;

	if (k->n_sources < 2)
		return 0;
	if (!o->nroles)
		return 1;
	ro = dict_role(k->soc_code, strlen(k->soc_code));
	for (i = 0; i < o->nroles; i++)
		if (chart_role_matches(k->soc_code, ro ? ro->title : k->soc_code, o->roles[i]))
			return 1;
	return 0;
}

static void reconcile_section(state *st)
{
	void *ctx = (void *)&st->a->chart;
	table *keys = rctable_keys(st->rc, shown_key, ctx), *items = rctable_claims(st->rc, shown_key, ctx);
	size_t i, flagged = 0;
	char text[1024], a[64], b[64];

	for (i = 0; i < reconcile_nitems(st->rc); i++) {
		const rc_item *it = reconcile_item(st->rc, i);
		flagged += it->key >= 0 && shown_key(reconcile_key(st->rc, (size_t)it->key), ctx) &&
			   (it->flags & ~(unsigned)FLAG_UNRESOLVED);
	}
	report_section(st->r, "Reconciliation", NULL);
	snprintf(text, sizeof text, "%s of %zu keys (occupation, area, year, statistic) have "
		 "figures from two sources or more%s; of their %s claims, %zu carry a flag that "
		 "explains a disagreement. Figures are compared in annual dollars%s.",
		 fmt_count((double)table_rows(keys), a, sizeof a), reconcile_nkeys(st->rc),
		 st->a->chart.nroles ? " and are of the roles asked for" : "",
		 fmt_count((double)table_rows(items), b, sizeof b), flagged,
		 st->a->chart.to_year ? " restated by CPI-U" : ", as paid");
	report_para(st->r, text);
	report_table(st->r, "The consensus of each key, its method and interval", "keys", keys);
	report_table(st->r, "Each source's figure against the consensus, with its flags", "sources",
		     items);
}

/* --- Article findings -------------------------------------------------- */

/* The figure of a finding as its quote writes it ("42,000", "20.19"), or
 * NULL when the quote does not hold it so. */
static const char *figure_in(const check_finding *f, char *buf, size_t size)
{
	if (f->c.stat == CSTAT_NONE || isnan(f->c.value) || !f->c.quote)
		return NULL;
	if (strstr(f->c.quote, fmt_amount(f->c.value, buf, size)))
		return buf;
	snprintf(buf, size, "%.0f", f->c.value);
	if (strstr(f->c.quote, buf))
		return buf;
	snprintf(buf, size, "%.2f", f->c.value);
	return strstr(f->c.quote, buf) ? buf : NULL;
}

/* One article's claims that do not hold, quoted, and the count of those
 * that do. */
static void article_findings(state *st, const check_ctx *k, const char *name)
{
	size_t i, j;
	char verdict[256], fig[64], *text;
	memout m;

	findings_summary(name, k, mem_open(&m));
	text = mem_close(&m);
	text[strcspn(text, "\n")] = '\0';
	report_para(st->r, text);
	free(text);
	for (i = 0; i < check_count(k); i++) {
		const check_finding *f = check_result(k, i);
		if (f->verdict & CHECK_OK)
			continue;
		check_verdict_names(f->verdict & ~(unsigned)CHECK_OK, verdict, sizeof verdict);
		for (j = 0; verdict[j]; j++)
			verdict[j] = verdict[j] == '_' ? ' ' : verdict[j];
		report_quote(st->r, f->c.where, verdict, f->c.quote ? f->c.quote : "",
			     figure_in(f, fig, sizeof fig), f->reason);
	}
}

static void articles_section(state *st)
{
	char *ref = st->a->ref_path ? xstrdup(st->a->ref_path) : judge_default_ref();
	check_opts o = {0.15, 0.01, 0};
	check_ref *cr;
	check_ctx *k;
	table *t;
	size_t i;

	report_section(st->r, "Article findings", NULL);
	if (!ref || !(cr = check_ref_load(ref, CLAIM_LEVEL_DETAILED))) {
		if (!ref)
			diag("no reference: datasets/%s is not here or beside the program; give --ref",
			     JUDGE_SHIPPED_REF);
		free(ref);
		worse(st, EXIT_USAGE);
		return;
	}
	report_para(st->r, "Each article's salary claims, extracted and judged against each "
			   "other and against the reference; below, every claim that does not "
			   "hold or cannot be verified, quoted with its figure marked.");
	k = check_new(cr, &o);
	t = findings_new();
	for (i = 0; i < st->nfile[INPUT_ARTICLE]; i++) {
		const char *path = st->file[INPUT_ARTICLE][i];
		unsigned long dropped;
		int why = judge_file(k, path, &dropped);
		worse(st, why);
		if (why)
			continue;
		findings_add(t, k);
		article_findings(st, k, path);
	}
	report_table(st->r, "Every claim with its verdict", "findings", t);
	check_free(&k);
	check_ref_free(&cr);
	free(ref);
}

/* --- Methods and sources ----------------------------------------------- */

static const char *const definitions[] = {
	"Percentiles (p10, p25, the median, p75, p90) are exact, by linear interpolation "
	"between order statistics (R's type 7): for sorted x0..x(n-1), h = (n-1)p and "
	"Q(p) = x(floor h) + (h - floor h)(x(floor h + 1) - x(floor h)). The mean is the "
	"arithmetic mean; sd divides by n-1. The median's 95% interval is distribution-free, "
	"from the order statistics whose ranks Binomial(n, 1/2) gives.",
	"Weighted figures (wagestat summarize -w) weigh each row; a weighted percentile "
	"interpolates between the values at the middle of their weights. This report weighs "
	"no rows.",
	"Hourly pay is stated as annual pay by the BLS rule: annual = hourly x 2080 hours = "
	"weekly x 52 = monthly x 12 (basis fte: the full-time year), or at each row's own "
	"hours with basis actual.",
	"Dollars of different years are restated by the CPI-U annual averages (BLS series "
	"CUUR0000SA0): value x CPI(base year) / CPI(year of the figure).",
	"Reconciliation: one consensus per key (SOC code, area, year, statistic): with a "
	"standard error for every source, the inverse-variance weighted mean (DerSimonian-Laird "
	"random effects when the sources differ more than their errors explain); otherwise the "
	"weighted median of the sources (official 4, survey 3, microdata 2, article 1) with "
	"1.4826 x MAD as its spread. Flags: outlier (robust z above 3.5), self_contradiction, "
	"hourly_annual_mismatch, percentile_order, mean_median_implausible, top_coded, stale, "
	"unresolved.",
	"Article claims are judged against each other and against the reference: 1% for a "
	"figure cited to the BLS for a matching year, else 15%.",
};

/* Each input: its kind, size and SHA-256. */
static table *inputs_table(state *st)
{
	static const char *const kind[] = {"microdata", "claims", "article"};
	table *t = table_new();
	size_t k, i, at = 0;

	hashes_wait(&st->sums);
	table_add_column(t, "file", CELL_TEXT);
	table_add_column(t, "kind", CELL_TEXT);
	table_add_column(t, "bytes", CELL_COUNT);
	table_add_column(t, "sha256", CELL_TEXT);
	for (k = 0; k < 3; k++)
		for (i = 0; i < st->nfile[k]; i++, at++) {
			const char *path = st->file[k][i], *hex = st->sums.hex[at];
			if (st->sums.err[at]) {
				diag("%s: %s", path, strerror(st->sums.err[at]));
				hex = "(unreadable)";
				worse(st, EXIT_DATA);
			}
			table_add_row(t);
			table_put_text(t, path, strlen(path));
			table_put_text(t, kind[k], strlen(kind[k]));
			table_put_number(t, (double)st->sums.size[at]);
			table_put_text(t, hex, strlen(hex));
		}
	return t;
}

static void methods_section(state *st)
{
	char *text;
	size_t i, n;

	report_section(st->r, "Methods and sources", "methods");
	for (i = 0; i < sizeof definitions / sizeof definitions[0]; i++)
		report_para(st->r, definitions[i]);
	report_table(st->r, "The inputs, with their sizes and SHA-256 checksums (sha256sum "
			    "prints the same)", "inputs", inputs_table(st));
	n = strlen(st->a->command) + 64;
	text = xmalloc(n);
	snprintf(text, n, "Written by wagestat %s: %s", WAGESTAT_VERSION, st->a->command);
	report_para(st->r, text);
	free(text);
}

/* --- the report -------------------------------------------------------- */

int repbuild_run(const repbuild_args *a, report *r)
{
	state st;
	size_t k;

	memset(&st, 0, sizeof st);
	st.a = a;
	st.r = r;
	tally_init(&st.rows);
	tally_init(&st.figures);
	st.rows.quiet = st.figures.quiet = st.names.quiet = a->quiet;
	worse(&st, sort_inputs(&st));
	if (st.code != EXIT_USAGE && st.nfile[INPUT_MICRODATA])
		read_microdata(&st);
	if (st.code != EXIT_USAGE && st.nfile[INPUT_CLAIMS])
		read_claims(&st);
	if (st.code != EXIT_USAGE) {
		summary_section(&st);
		charts_section(&st);
	}
	if (st.code != EXIT_USAGE && st.rc)
		reconcile_section(&st);
	if (st.code != EXIT_USAGE && st.nfile[INPUT_ARTICLE])
		articles_section(&st);
	if (st.code != EXIT_USAGE)
		methods_section(&st);
	if (st.sum)
		summarize_free(&st.sum);
	table_free(&st.sumtable);
	reconcile_free(&st.rc);
	chart_figs_free(&st.figs);
	tally_free(&st.rows);
	tally_free(&st.figures);
	hashes_free(&st.sums);
	free(st.sum_acct);
	free(st.claims_acct);
	for (k = 0; k < 3; k++)
		free(st.file[k]);
	return st.code;
}
