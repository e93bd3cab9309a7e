/* wagestat plot: charts of claims (roles, regions, trend) and of
 * microdata (dist), drawn by gnuplot.  The data and every label go into
 * plot.dat; the script only says how to draw them (see plot.h). */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/claimin.h"
#include "input/csvin.h"
#include "cli/commands.h"
#include "model/dict.h"
#include "base/diag.h"
#include "output/plot.h"
#include "output/chart_dist.h"
#include "input/microdata.h"
#include "compute/reconcile.h"
#include "base/xalloc.h"

#define MAX_ROWS 60
#define LABEL_WIDTH 34

typedef enum kind { K_ROLES, K_REGIONS, K_DIST, K_TREND, K_RECONCILE } kind;
static const char *const kind_names[] = {"roles", "regions", "dist", "trend", "reconcile", NULL};

/* One figure read, kept for the chart. */
typedef struct fig {
	char *key;    /* the SOC code, or the role as written when it has none */
	char *role;   /* as written */
	char *area;   /* a code when the dictionary knows it */
	char *period;
	char *source;
	int year;     /* of the period, 0 when none */
	int stat;
	double value;
	unit unit;
	qualifier qual;
} fig;

typedef struct plotter {
	kind kind;
	unit unit;
	const char *area, *period, *role;
	char **roles; /* --roles, as written */
	size_t nroles;
	int stat;     /* CSTAT_NONE: the kind's default */
	int mean, quiet;
	int to_year;
	reconciler *rc; /* the reconcile chart's */
	fig *f;
	size_t n, alloc;
} plotter;

/* Statistics a pay chart can show. */
static int wanted_stat(int stat)
{
	return stat == 10 || stat == 25 || stat == CSTAT_MEDIAN || stat == 75 || stat == 90 ||
	       stat == CSTAT_MEAN;
}

static int year_of(const char *period)
{
	return (int)strtol(period, NULL, 10);
}

static int on_claim(void *ctx, const claim *c)
{
	plotter *p = ctx;
	fig *f;

	if (p->rc) {
		reconcile_add(p->rc, c);
		return 0;
	}
	if (!wanted_stat(c->stat) || c->unit == UNIT_NONE)
		return 0;
	xgrow(&p->f, &p->alloc, p->n + 1, sizeof *p->f);
	f = &p->f[p->n++];
	f->key = xstrdup(c->soc_code[0] ? c->soc_code : c->role);
	f->role = xstrdup(c->role[0] ? c->role : c->soc_code);
	f->area = xstrdup(c->area[0] ? c->area : "US");
	f->period = xstrdup(c->period);
	f->source = xstrdup(c->source);
	f->year = year_of(c->period);
	f->stat = c->stat;
	f->value = c->value;
	f->unit = c->unit;
	f->qual = c->qual;
	return 0;
}

static void figs_free(plotter *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->f[i].key);
		free(p->f[i].role);
		free(p->f[i].area);
		free(p->f[i].period);
		free(p->f[i].source);
	}
	free(p->f);
	p->f = NULL;
	p->n = p->alloc = 0;
}

/* Does the figure's role match a name the user gave: a code, a title or an
 * alias the dictionary knows (by its code), else the role as written? */
static int role_matches(const fig *f, const char *want)
{
	const role *r = dict_role(want, strlen(want));

	if (r) /* the dictionary knows it: by code only, not a group of the same name */
		return strcmp(f->key, r->code) == 0;
	return strcasecmp(f->role, want) == 0 || strcasecmp(f->key, want) == 0;
}

static const char *area_code(const char *text)
{
	const area *a = dict_area(text, strlen(text));

	return a ? a->code : text;
}

static const char *area_name(const char *code)
{
	const area *a = dict_area(code, strlen(code));

	return a ? a->name : code;
}

/* "May 2023" for 2023-05, else the period as written. */
static const char *period_words(const char *period, char *buf, size_t size)
{
	static const char *const month[] = {"January", "February", "March", "April", "May",
					    "June", "July", "August", "September", "October",
					    "November", "December"};
	int y, m, end = 0;

	if (sscanf(period, "%4d-%2d%n", &y, &m, &end) == 2 && period[end] == '\0' && m >= 1 &&
	    m <= 12)
		snprintf(buf, size, "%s %d", month[m - 1], y);
	else
		snprintf(buf, size, "%s", period);
	return buf;
}

/* Newer period first: by year, then by the period's text. */
static int newer(const fig *a, const char *period, int year)
{
	if (a->year != year)
		return a->year > year;
	return strcmp(a->period, period) > 0;
}

static int period_matches(const fig *f, const char *want)
{
	return strncmp(f->period, want, strlen(want)) == 0;
}

/* The figure's value in the chart's unit: direct figures beat converted
 * ones, and the first of equals wins. */
typedef struct cell {
	double v;
	int direct, top;
} cell;

static void put_cell(cell *c, const fig *f, unit u)
{
	int direct = f->unit == u;

	if (!isnan(c->v) && (c->direct || !direct))
		return;
	c->v = direct ? f->value : unit_convert(f->value, f->unit, u);
	c->direct = direct;
	c->top = f->qual == QUAL_TOP_CODED;
}

enum { C_P10, C_P25, C_MED, C_P75, C_P90, C_MEAN, NCELLS };

static int cell_of(int stat)
{
	switch (stat) {
	case 10: return C_P10;
	case 25: return C_P25;
	case CSTAT_MEDIAN: return C_MED;
	case 75: return C_P75;
	case 90: return C_P90;
	default: return C_MEAN;
	}
}

/* One row of a roles or regions chart. */
typedef struct row {
	const char *key, *label;
	cell c[NCELLS];
	double sort;
} row;

static int by_sort(const void *a, const void *b)
{
	const row *x = a, *y = b;

	if (x->sort < y->sort)
		return -1;
	if (x->sort > y->sort)
		return 1;
	return strcmp(x->label, y->label);
}

static row *find_row(row **rows, size_t *n, size_t *alloc, const char *key, const char *label)
{
	size_t i, k;

	for (i = 0; i < *n; i++)
		if (strcmp((*rows)[i].key, key) == 0)
			return &(*rows)[i];
	xgrow(rows, alloc, *n + 1, sizeof **rows);
	(*rows)[*n].key = key;
	(*rows)[*n].label = label;
	for (k = 0; k < NCELLS; k++) {
		(*rows)[*n].c[k].v = NAN;
		(*rows)[*n].c[k].direct = (*rows)[*n].c[k].top = 0;
	}
	return &(*rows)[(*n)++];
}

static void write_number(FILE *f, double v)
{
	if (isnan(v))
		fputs("\tNaN", f);
	else
		fprintf(f, "\t%.10g", v);
}

/* Which of the columns some row has. */
static int any(const row *r, size_t n, int c)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isnan(r[i].c[c].v))
			return 1;
	return 0;
}

static int both(const row *r, size_t n, int a, int b)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isnan(r[i].c[a].v) && !isnan(r[i].c[b].v))
			return 1;
	return 0;
}

/* plot.dat for a roles or regions chart, one line a row:
 *   1 y, 2 p10, 3 p25, 4 median, 5 p75, 6 p90, 7 mean, 8 label_x,
 *   9 value_label, 10 name_line1, 11 name_line2
 * (NaN where a figure is missing).  Returns 1 if some name needs two
 * lines; name_line2 is "-" when there is no second line. */
static int write_rows(FILE *dat, const row *r, size_t n)
{
	size_t i;
	int k, two = 0;

	for (i = 0; i < n; i++) {
		char l1[256], l2[256], m[64], text[80];
		double x = NAN;
		int c = isnan(r[i].c[C_MED].v) ? C_MEAN : C_MED;
		for (k = 0; k < NCELLS; k++)
			if (!isnan(r[i].c[k].v) && !(r[i].c[k].v <= x))
				x = r[i].c[k].v;
		fprintf(dat, "%zu", i);
		for (k = 0; k < NCELLS; k++)
			write_number(dat, r[i].c[k].v);
		write_number(dat, x);
		snprintf(text, sizeof text, "%s%s%s", r[i].c[c].top ? "\xe2\x89\xa5 " : "",
			 c == C_MEAN ? "mean " : "", plot_money(r[i].c[c].v, m, sizeof m));
		fputc('\t', dat);
		plot_field(dat, text);
		if (plot_wrap(r[i].label, LABEL_WIDTH, l1, l2, sizeof l1) == 2)
			two = 1;
		fputc('\t', dat);
		plot_field(dat, l1);
		fputc('\t', dat);
		plot_field(dat, l2); /* "-" for none */
		fputc('\n', dat);
	}
	return two;
}

/* The row names from columns 10 and 11 (5 and 6 for reconcile's keys), on
 * two lines when there are two. */
#define YTIC_RC ":ytic(strcol(6) eq '-' ? strcol(5) : strcol(5).\"\\n\".strcol(6))"
#define YTIC ":ytic(strcol(11) eq '-' ? strcol(10) : strcol(10).\"\\n\".strcol(11))"

static double max_value(const row *r, size_t n)
{
	size_t i;
	int k;
	double m = 0;

	for (i = 0; i < n; i++)
		for (k = 0; k < NCELLS; k++)
			if (r[i].c[k].v > m)
				m = r[i].c[k].v;
	return m;
}

/* The "Source: ...; wagestat" line: the sources of the figures drawn in
 * order of first use; three or more that differ only after a shared first
 * part are written "BLS OEWS May 2017 to May 2024". */
static void source_names(plot_job *j, const char *const *name, size_t n)
{
	const char **src = xmalloc((n + 1) * sizeof *src);
	size_t i, k, ns = 0, len = 64, common;
	char *s;

	for (i = 0; i < n; i++) {
		for (k = 0; k < ns; k++)
			if (strcmp(src[k], name[i]) == 0)
				break;
		if (k == ns && name[i][0]) {
			src[ns++] = name[i];
			len += strlen(name[i]) + 2;
		}
	}
	s = xmalloc(len);
	strcpy(s, "Source: ");
	/* the shared first words of all of them */
	common = ns ? strlen(src[0]) : 0;
	for (i = 1; i < ns; i++)
		for (k = 0; k < common; k++)
			if (src[i][k] != src[0][k]) {
				common = k;
				break;
			}
	while (common > 0 && src[0][common - 1] != ' ')
		common--;
	if (ns >= 3 && common > 0) {
		strcat(s, src[0]);
		strcat(s, " to ");
		strcat(s, src[ns - 1] + common);
		strcat(s, "; ");
	} else {
		for (i = 0; i < ns; i++) {
			strcat(s, src[i]);
			strcat(s, "; ");
		}
	}
	strcat(s, "wagestat");
	fputs("set label 101 ", j->gp);
	plot_gp_string(j->gp, s);
	fputs(" at screen 0.01, screen 0.02 left font ',8' textcolor rgb c_ref\n", j->gp);
	free(s);
	free(src);
}

/* The source line of the figures drawn. */
static void source_line(plot_job *j, const fig *const *used, size_t n)
{
	const char **name = xmalloc((n + 1) * sizeof *name);
	size_t i;

	for (i = 0; i < n; i++)
		name[i] = used[i]->source;
	source_names(j, name, n);
	free(name);
}

/* The shared drawing of a roles or regions chart: rows from the bottom
 * (lowest) up, a p10-p90 whisker, a p25-p75 box, the median (or the mean
 * where there is no median) labelled in dollars, the mean as a dot. */
static void draw_rows(plot_job *j, const plotter *p, const row *r, size_t n,
		      const char *marked)
{
	double k = plot_money_scale(p->unit);
	int have_box = both(r, n, C_P25, C_P75), have_whisker = both(r, n, C_P10, C_P90);
	int have_med = any(r, n, C_MED), have_mean = any(r, n, C_MEAN);
	int first = 1;
	const char *sep = "plot ";

	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format x %s\n", plot_money_format(p->unit));
	fputs("set grid xtics\n", j->gp);
	fprintf(j->gp, "set xrange [0:%.10g]\n", max_value(r, n) / k * 1.22 + 1e-9);
	fprintf(j->gp, "set yrange [-0.6:%zu.6]\n", n - 1);
	fputs("set ytics scale 0 font ',8'\n", j->gp);
	fputs("set tmargin 4.5\nset bmargin 4\n", j->gp);
	fputs("set title offset 0,1.4\n", j->gp);
	fputs("set key at graph 0.5, graph 1 center bottom horizontal\n", j->gp);
	if (have_box) {
		fprintf(j->gp, "%s'plot.dat' using ($4/k):1:($3/k):($5/k):($1-0.3):($1+0.3) "
			"with boxxyerror fc rgb c_box title 'p25 to p75'", sep);
		sep = ", \\\n     ";
	}
	if (have_whisker) {
		fprintf(j->gp, "%s'plot.dat' using ($2/k):1:(($6-$2)/k):(0) with vectors nohead "
			"lc rgb c_line lw 1 title 'p10 to p90'", sep);
		sep = ", \\\n     ";
	}
	/* the row names ride on the first points drawn */
	if (have_med) {
		fprintf(j->gp, "%s'plot.dat' using ($4/k):1%s with points pt 7 ps 0.8 lc rgb c_line "
			"title '%s'", sep, YTIC, marked);
		sep = ", \\\n     ";
		first = 0;
	}
	if (have_mean && (p->mean || !have_med)) {
		fprintf(j->gp, "%s'plot.dat' using ($7/k):1%s with points pt 6 ps 0.9 lc rgb c_mean "
			"title 'mean'", sep, first ? YTIC : "");
		sep = ", \\\n     ";
	}
	fprintf(j->gp, "%s'plot.dat' using ($8/k):1:9 with labels left offset char 0.7,0 "
		"font ',8' textcolor rgb '#333333' notitle\n", sep);
}

static int default_height(size_t n, int two)
{
	int h = 130 + (int)n * (two ? 26 : 17);

	return h < 500 ? 500 : h;
}

/* Keep the figures of one area and period that match; the newest period
 * when none was asked for.  Returns the period chosen, or NULL. */
static const char *newest_period(const plotter *p, int (*keep)(const plotter *, const fig *))
{
	const fig *best = NULL;
	size_t i;

	for (i = 0; i < p->n; i++)
		if (keep(p, &p->f[i]) && (!best || newer(&p->f[i], best->period, best->year)))
			best = &p->f[i];
	return best ? best->period : NULL;
}

static int keep_role_slice(const plotter *p, const fig *f)
{
	size_t i;

	if (strcmp(f->area, area_code(p->area)) != 0)
		return 0;
	if (p->period && !period_matches(f, p->period))
		return 0;
	if (!p->nroles)
		return 1;
	for (i = 0; i < p->nroles; i++)
		if (role_matches(f, p->roles[i]))
			return 1;
	return 0;
}

static void sort_rows(row *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		r[i].sort = isnan(r[i].c[C_MED].v) ? r[i].c[C_MEAN].v : r[i].c[C_MED].v;
	qsort(r, n, sizeof *r, by_sort);
}

/* Rows with something to mark (a median or a mean) move to the front;
 * returns how many. */
static size_t drop_empty(row *r, size_t n)
{
	size_t i, m = 0;

	for (i = 0; i < n; i++)
		if (!isnan(r[i].c[C_MED].v) || !isnan(r[i].c[C_MEAN].v))
			r[m++] = r[i];
	return m;
}

static int chart_roles(plot_job *j, const plotter *p, const char *script, const char *out,
		       int w, int h, int quiet)
{
	const char *period = newest_period(p, keep_role_slice);
	row *r = NULL;
	const fig **used;
	size_t n = 0, alloc = 0, nused = 0, i, k, dropped;
	char title[256], axis[64], when[64];
	int code, two;

	if (!period) {
		diag("no pay figures for %s%s%s%s", area_name(area_code(p->area)),
		     p->period ? " in " : "", p->period ? p->period : "",
		     p->nroles ? " for the roles asked for" : "");
		return EXIT_DATA;
	}
	used = xmalloc((p->n + 1) * sizeof *used);
	for (i = 0; i < p->n; i++) {
		const fig *f = &p->f[i];
		row *x;
		if (!keep_role_slice(p, f) || strcmp(f->period, period) != 0)
			continue;
		x = find_row(&r, &n, &alloc, f->key, f->role);
		put_cell(&x->c[cell_of(f->stat)], f, p->unit);
		used[nused++] = f;
	}
	for (k = 0; k < p->nroles; k++) {
		for (i = 0; i < n; i++)
			if (role_matches(&(fig){.key = (char *)r[i].key, .role = (char *)r[i].label},
					 p->roles[k]))
				break;
		if (i == n)
			diag("no figures for '%s' in %s, %s", p->roles[k],
			     area_name(area_code(p->area)), period);
	}
	dropped = n;
	n = drop_empty(r, n);
	dropped -= n;
	if (n == 0) {
		diag("no median or mean for the roles in %s, %s", area_name(area_code(p->area)),
		     period);
		free(r);
		free(used);
		return EXIT_DATA;
	}
	sort_rows(r, n);
	if (n > MAX_ROWS) {
		if (!quiet)
			diag("%zu roles in %s, %s: the %d with the highest pay are drawn "
			     "(choose others with --roles)", n, area_name(area_code(p->area)),
			     period, MAX_ROWS);
		memmove(r, r + (n - MAX_ROWS), MAX_ROWS * sizeof *r);
		n = MAX_ROWS;
	}
	if (dropped && !quiet)
		diag("%zu roles have no median or mean in %s, %s and are not drawn", dropped,
		     area_name(area_code(p->area)), period);
	two = 0;
	for (i = 0; i < n; i++)
		if (strlen(r[i].label) > LABEL_WIDTH)
			two = 1;
	code = plot_open(j, script, out, w ? w : 800, h ? h : default_height(n, two));
	if (code) {
		free(r);
		free(used);
		return code;
	}
	write_rows(j->dat, r, n);
	snprintf(title, sizeof title, "Pay by occupation: %s, %s", area_name(area_code(p->area)),
		 period_words(period, when, sizeof when));
	plot_titles(j, title, plot_pay_title(p->unit, year_of(period), axis, sizeof axis), NULL);
	source_line(j, used, nused);
	draw_rows(j, p, r, n, "median");
	free(r);
	free(used);
	return plot_render(j);
}

/* The role asked for with --role: the dictionary's code, else the text. */
static int keep_region(const plotter *p, const fig *f)
{
	if (!role_matches(f, p->role))
		return 0;
	if (p->period && !period_matches(f, p->period))
		return 0;
	return f->stat == p->stat && strcmp(f->area, "US") != 0;
}

/* The statistic most areas have, the median first. */
static int region_stat(const plotter *p)
{
	size_t i, med = 0, mean = 0;

	for (i = 0; i < p->n; i++) {
		const fig *f = &p->f[i];
		if (strcmp(f->area, "US") == 0 || !role_matches(f, p->role) ||
		    (p->period && !period_matches(f, p->period)))
			continue;
		med += f->stat == CSTAT_MEDIAN;
		mean += f->stat == CSTAT_MEAN;
	}
	return mean > med ? CSTAT_MEAN : CSTAT_MEDIAN;
}

static int chart_regions(plot_job *j, plotter *p, const char *script, const char *out, int w,
			 int h)
{
	const char *period;
	const fig **used, *nat = NULL;
	row *r = NULL;
	size_t n = 0, alloc = 0, nused = 0, i;
	char title[512], axis[64], when[64], st[16], m[64], ref[128];
	double k = plot_money_scale(p->unit), national = NAN;
	const char *stname;
	int code;

	if (p->stat == CSTAT_NONE)
		p->stat = region_stat(p);
	period = newest_period(p, keep_region);
	if (!period) {
		diag("no %s by area for '%s'%s%s (try --stat)", claim_stat_name(p->stat, st, sizeof st), p->role,
		     p->period ? " in " : "", p->period ? p->period : "");
		return EXIT_DATA;
	}
	used = xmalloc((p->n + 1) * sizeof *used);
	for (i = 0; i < p->n; i++) {
		const fig *f = &p->f[i];
		row *x;
		int c;
		if (!role_matches(f, p->role) || strcmp(f->period, period) != 0)
			continue;
		if (f->stat == p->stat)
			c = C_MED;
		else if (p->stat == CSTAT_MEDIAN && f->stat != CSTAT_MEAN)
			c = cell_of(f->stat);
		else
			continue;
		if (strcmp(f->area, "US") == 0) {
			if (c == C_MED && (!nat || (nat->unit != p->unit && f->unit == p->unit)))
				nat = f;
			continue;
		}
		x = find_row(&r, &n, &alloc, f->area, area_name(f->area));
		put_cell(&x->c[c], f, p->unit);
		used[nused++] = f;
	}
	n = drop_empty(r, n);
	sort_rows(r, n);
	if (n > MAX_ROWS) {
		memmove(r, r + (n - MAX_ROWS), MAX_ROWS * sizeof *r);
		n = MAX_ROWS;
	}
	code = plot_open(j, script, out, w ? w : 800, h ? h : default_height(n, 0));
	if (code) {
		free(r);
		free(used);
		return code;
	}
	write_rows(j->dat, r, n);
	stname = claim_stat_name(p->stat, st, sizeof st);
	snprintf(title, sizeof title, "%s%s pay by area: %s, %s",
		 p->stat == CSTAT_MEAN ? "Mean" : p->stat == CSTAT_MEDIAN ? "Median" : stname,
		 p->stat == CSTAT_MEAN || p->stat == CSTAT_MEDIAN ? "" : " of", used[0]->role,
		 period_words(period, when, sizeof when));
	plot_titles(j, title, plot_pay_title(p->unit, year_of(period), axis, sizeof axis), NULL);
	if (nat) {
		used[nused++] = nat;
		national = nat->unit == p->unit ? nat->value : unit_convert(nat->value, nat->unit, p->unit);
		fprintf(j->gp, "set arrow 1 from %.10g, graph 0 to %.10g, graph 1 nohead dt 2 lw 1.5 "
			"lc rgb c_ref back\n", national / k, national / k);
		snprintf(ref, sizeof ref, "%s %s", area_name("US"), plot_money(national, m, sizeof m));
		fputs("set label 102 ", j->gp);
		plot_gp_string(j->gp, ref);
		fprintf(j->gp, " at %.10g, graph 0 left offset char 0.5,0.7 font ',8' "
			"textcolor rgb c_ref front\n", national / k);
	}
	source_line(j, used, nused);
	draw_rows(j, p, r, n, stname);
	free(r);
	free(used);
	return plot_render(j);
}

/* One line of a trend chart: a role's figure by year. */
typedef struct series {
	const char *key, *label;
	int *year;
	cell *c;
	const char **period; /* of the figure kept for each year */
	size_t n, alloc;
} series;

#define MAX_SERIES 8

static int keep_trend(const plotter *p, const fig *f)
{
	size_t i;

	if (f->stat != p->stat || f->year == 0 || strcmp(f->area, area_code(p->area)) != 0)
		return 0;
	for (i = 0; i < p->nroles; i++)
		if (role_matches(f, p->roles[i]))
			return 1;
	return 0;
}

static void add_point(series *s, const fig *f, unit u)
{
	size_t i, alloc;

	for (i = 0; i < s->n && s->year[i] != f->year; i++)
		;
	if (i == s->n) {
		alloc = s->alloc;
		xgrow(&s->year, &alloc, s->n + 1, sizeof *s->year);
		alloc = s->alloc;
		xgrow(&s->period, &alloc, s->n + 1, sizeof *s->period);
		xgrow(&s->c, &s->alloc, s->n + 1, sizeof *s->c);
		s->year[i] = f->year;
		s->period[i] = f->period;
		s->c[i].v = NAN;
		s->c[i].direct = s->c[i].top = 0;
		s->n++;
	} else if (strcmp(f->period, s->period[i]) != 0) {
		/* two periods in one year: the later one */
		if (strcmp(f->period, s->period[i]) < 0)
			return;
		s->period[i] = f->period;
		s->c[i].v = NAN;
	}
	put_cell(&s->c[i], f, u);
}

static int chart_trend(plot_job *j, plotter *p, const char *script, const char *out, int w,
		       int h)
{
	series *s = NULL;
	const fig **used;
	size_t ns = 0, salloc = 0, nused = 0, i, m;
	int to = p->to_year, last = 0, first = 9999, code;
	char title[256], axis[64], st[16];
	double k = plot_money_scale(p->unit), lo = INFINITY, hi = -INFINITY, pad;
	const char *sep = "plot ";

	if (p->stat == CSTAT_NONE)
		p->stat = CSTAT_MEDIAN;
	used = xmalloc((p->n + 1) * sizeof *used);
	for (i = 0; i < p->n; i++) {
		const fig *f = &p->f[i];
		series *x = NULL;
		if (!keep_trend(p, f))
			continue;
		for (m = 0; m < ns; m++)
			if (strcmp(s[m].key, f->key) == 0)
				x = &s[m];
		if (!x) {
			if (ns == MAX_SERIES)
				continue;
			xgrow(&s, &salloc, ns + 1, sizeof *s);
			x = &s[ns++];
			memset(x, 0, sizeof *x);
			x->key = f->key;
			x->label = f->role;
		}
		add_point(x, f, p->unit);
		used[nused++] = f;
		if (f->year > last)
			last = f->year;
		if (f->year < first)
			first = f->year;
	}
	if (ns == 0) {
		diag("no %s by year in %s for the roles asked for", claim_stat_name(p->stat, st, sizeof st),
		     area_name(area_code(p->area)));
		free(used);
		return EXIT_DATA;
	}
	if (!to)
		to = last;
	if (isnan(dict_cpi(to))) {
		diag("no CPI-U for %d: give --to-year", to);
		code = EXIT_DATA;
		goto done;
	}
	code = plot_open(j, script, out, w ? w : 800, h ? h : 500);
	if (code)
		goto done;
	for (m = 0; m < ns; m++) {
		for (i = 0; i < s[m].n; i++) {
			double v = s[m].c[i].v, cpi = dict_cpi(s[m].year[i]);
			double real = isnan(cpi) ? NAN : v * dict_cpi(to) / cpi;
			fprintf(j->dat, "%d\t%.10g\t%.10g\n", s[m].year[i], v, real);
			lo = fmin(lo, fmin(v, real));
			hi = fmax(hi, fmax(v, real));
		}
		fputs("\n\n", j->dat);
	}
	/* a little room, and some when every figure is the same */
	pad = hi > lo ? (hi - lo) * 0.08 : fmax(hi * 0.1, 1);
	snprintf(title, sizeof title, "%s pay over time: %s (solid: %d dollars, dashed: as paid)",
		 p->stat == CSTAT_MEAN ? "Mean" : p->stat == CSTAT_MEDIAN ? "Median"
					 : claim_stat_name(p->stat, st, sizeof st),
		 area_name(area_code(p->area)), to);
	plot_titles(j, title, "Year", plot_pay_title(p->unit, to, axis, sizeof axis));
	source_line(j, used, nused);
	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format y %s\nset format x '%%.0f'\n", plot_money_format(p->unit));
	fprintf(j->gp, "set yrange [%.10g:%.10g]\n", (lo - pad) / k, (hi + pad) / k);
	fprintf(j->gp, "set xrange [%g:%g]\nset xtics %d\n", first - 0.5, last + 0.5,
		last - first > 12 ? 5 : 1);
	fputs("set grid ytics\nset bmargin 4.5\nset key outside right top spacing 1.8\n", j->gp);
	fputs("set rmargin at screen 0.70\n", j->gp);
	for (m = 0; m < ns; m++) {
		char l1[256], l2[256];
		fprintf(j->gp, "%s'plot.dat' index %zu using 1:($3/k) with linespoints lt %zu title (",
			sep, m, m + 1);
		int lines = plot_wrap(s[m].label, 30, l1, l2, sizeof l1);
		plot_gp_string(j->gp, l1);
		if (lines == 2) {
			fputs(".\"\\n\".", j->gp);
			plot_gp_string(j->gp, l2);
		}
		fputc(')', j->gp);
		sep = ", \\\n     ";
		fprintf(j->gp, "%s'plot.dat' index %zu using 1:($2/k) with lines lt %zu dt 2 lw 1 notitle",
			sep, m, m + 1);
	}
	fputc('\n', j->gp);
	code = plot_render(j);
done:
	for (m = 0; m < ns; m++) {
		free(s[m].year);
		free(s[m].c);
		free(s[m].period);
	}
	free(s);
	free(used);
	return code;
}

#define MAX_KEYS 40

typedef struct rkey {
	size_t key;
	const rc_item *first; /* its first claim: the role's name */
} rkey;

static int by_consensus(const void *a, const void *b, void *ctx)
{
	const reconciler *r = ctx;
	double x = reconcile_key(r, ((const rkey *)a)->key)->cs.value;
	double y = reconcile_key(r, ((const rkey *)b)->key)->cs.value;

	return (x > y) - (x < y);
}

/* Source kinds, each its own colour and row offset within a key. */
static int kind_lt(source_kind k)
{
	return k == KIND_NONE ? 8 : (int)k;
}

static double kind_offset(int lt)
{
	return lt == 8 ? 0 : (lt - 3) * 0.08;
}

/* The picture of wagestat reconcile: per key, the consensus and its
 * interval as a band, every source's figure as a point coloured by its
 * kind, flagged figures ringed. */
static int chart_reconcile(plot_job *j, plotter *p, const char *script, const char *out, int w,
			   int h)
{
	reconciler *r = p->rc;
	size_t i, nk = 0, nflagged = 0, m, unresolved = 0;
	rkey *keys;
	long *rowof;
	int kinds = 0, code;
	double k = plot_money_scale(p->unit), top = 0;
	char axis[64], st[16], money[64], text[160];
	const char **names;
	size_t nnames = 0;

	reconcile_run(r);
	keys = xmalloc((reconcile_nkeys(r) + 1) * sizeof *keys);
	rowof = xmalloc((reconcile_nkeys(r) + 1) * sizeof *rowof);
	for (i = 0; i < reconcile_nkeys(r); i++)
		rowof[i] = -1;
	for (i = 0; i < reconcile_nitems(r); i++) {
		const rc_item *it = reconcile_item(r, i);
		const rc_key *key;
		size_t n;
		fig f = {0};
		if (it->key < 0) {
			unresolved++;
			continue;
		}
		key = reconcile_key(r, (size_t)it->key);
		if (rowof[it->key] >= 0)
			continue;
		f.key = (char *)key->soc_code;
		f.role = it->c.role;
		if (p->nroles) {
			for (n = 0; n < p->nroles && !role_matches(&f, p->roles[n]); n++)
				;
			if (n == p->nroles)
				continue;
		}
		if (key->stat == CSTAT_COUNT || key->stat == CSTAT_NONE ||
		    (p->area && strcmp(key->area, area_code(p->area)) != 0) ||
		    (p->stat != CSTAT_NONE && key->stat != p->stat) ||
		    (p->period && key->year != year_of(p->period)))
			continue;
		rowof[it->key] = 0;
		keys[nk].key = (size_t)it->key;
		keys[nk++].first = it;
	}
	if (nk == 0) {
		diag("no keys to draw (of %zu)", reconcile_nkeys(r));
		free(keys);
		free(rowof);
		return EXIT_DATA;
	}
	qsort_r(keys, nk, sizeof *keys, by_consensus, r);
	if (nk > MAX_KEYS) {
		if (!p->quiet)
			diag("%zu keys: the %d with the highest consensus are drawn (choose with "
			     "--roles, --area, --stat, --period)", nk, MAX_KEYS);
		memmove(keys, keys + (nk - MAX_KEYS), MAX_KEYS * sizeof *keys);
		nk = MAX_KEYS;
	}
	for (i = 0; i < reconcile_nkeys(r); i++)
		rowof[i] = -1;
	for (m = 0; m < nk; m++)
		rowof[keys[m].key] = (long)m;
	code = plot_open(j, script, out, w ? w : 800, h ? h : default_height(nk, 1));
	if (code)
		goto done;
	/* block 0: the keys */
	for (m = 0; m < nk; m++) {
		const rc_key *key = reconcile_key(r, keys[m].key);
		char l1[256], l2[256];
		snprintf(text, sizeof text, "%s, %s %d %s", keys[m].first->c.role, key->area, key->year,
			 claim_stat_name(key->stat, st, sizeof st));
		plot_wrap(text, LABEL_WIDTH, l1, l2, sizeof l1);
		fprintf(j->dat, "%zu\t%.10g\t%.10g\t%.10g\t", m, key->cs.low, key->cs.high,
			key->cs.value);
		plot_field(j->dat, l1);
		fputc('\t', j->dat);
		plot_field(j->dat, l2);
		fputc('\t', j->dat);
		plot_field(j->dat, plot_money(key->cs.value, money, sizeof money));
		fputc('\n', j->dat);
		top = fmax(top, fmax(key->cs.high, key->cs.value));
	}
	/* block 1: every figure; block 2: the flagged ones */
	for (m = 1; m <= 2; m++) {
		fputs("\n\n", j->dat);
		for (i = 0; i < reconcile_nitems(r); i++) {
			const rc_item *it = reconcile_item(r, i);
			int lt = kind_lt(it->c.kind);
			if (it->key < 0 || rowof[it->key] < 0 || (m == 2 && !it->flags))
				continue;
			fprintf(j->dat, "%.3f\t%.10g\t%d\n", (double)rowof[it->key] + kind_offset(lt),
				it->c.value, lt);
			if (m == 1) {
				kinds |= 1 << lt;
				top = fmax(top, it->c.value);
			} else {
				nflagged++;
			}
		}
	}
	plot_titles(j, "Each source's figure and the consensus (band: its interval)",
		    plot_pay_title(p->unit, p->to_year, axis, sizeof axis), NULL);
	names = xmalloc((reconcile_nitems(r) + 1) * sizeof *names);
	for (i = 0; i < reconcile_nitems(r); i++) {
		const rc_item *it = reconcile_item(r, i);
		if (it->key >= 0 && rowof[it->key] >= 0)
			names[nnames++] = it->c.source;
	}
	source_names(j, names, nnames);
	free(names);
	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format x %s\nset grid xtics\n", plot_money_format(p->unit));
	fprintf(j->gp, "set xrange [0:%.10g]\n", top / k * 1.15 + 1e-9);
	fprintf(j->gp, "set yrange [-0.6:%zu.6]\nset ytics scale 0 font ',8'\n", nk - 1);
	fputs("set tmargin 6\nset bmargin 4\nset title offset 0,2.6\n"
	      "set key at graph 0.5, graph 1 center bottom horizontal\n", j->gp);
	fputs("plot 'plot.dat' index 0 using ($4/k):1:($2/k):($3/k):($1-0.35):($1+0.35)" YTIC_RC
	      " with boxxyerror fc rgb c_box title 'consensus interval', \\\n"
	      "     'plot.dat' index 0 using ($4/k):($1-0.35):(0):(0.7) with vectors nohead lw 2 "
	      "lc rgb c_line notitle", j->gp);
	for (m = 1; m <= 8; m++)
		if (kinds & (1 << m))
			fprintf(j->gp, ", \\\n     keyentry with points pt 7 lt %zu title '%s'", m,
				m == 8 ? "unknown" : claim_kind_name((source_kind)m));
	fputs(", \\\n     'plot.dat' index 1 using ($2/k):1:3 with points pt 7 ps 0.8 lc variable "
	      "notitle", j->gp);
	if (nflagged)
		fputs(", \\\n     'plot.dat' index 2 using ($2/k):1 with points pt 6 ps 1.8 lw 1.5 "
		      "lc rgb c_mean title 'flagged'", j->gp);
	fputc('\n', j->gp);
	code = plot_render(j);
	if (unresolved && !p->quiet)
		diag("%zu claims unresolved (no code, area, unit or CPI) are not drawn", unresolved);
done:
	free(keys);
	free(rowof);
	return code;
}

/* plot dist: the microdata's pay values by group, at most MAX_GROUPS. */
#define MAX_GROUPS 12

typedef struct dist_args {
	const char *group;  /* the group column, or NULL for one group */
	const char *value;  /* COL[:UNIT], or NULL: the first salary-like column */
	int delim;
} dist_args;

typedef struct dist_group {
	char *name;
	double *x;
	size_t n, alloc;
} dist_group;

typedef struct dist_reader {
	int grouped;
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

static int dist_row(void *ctx, const microdata_row *r)
{
	dist_reader *d = ctx;
	const char *name = d->grouped ? microdata_group(r, 0, NULL) : "all";
	dist_group *g;

	if (r->missing)
		return 0;
	if (!(g = find_group(d, name[0] ? name : "(blank)"))) {
		d->left_out++;
		return MICRODATA_LEFT_OUT;
	}
	xgrow(&g->x, &g->alloc, g->n + 1, sizeof *g->x);
	g->x[g->n++] = r->value;
	return 0;
}

/* Read the files into d's groups (rows counted in t).  Returns 0,
 * EXIT_DATA or EXIT_USAGE. */
static int dist_read(dist_reader *d, const dist_args *a, unit u, char *const *files,
		     int nfiles, tally *t)
{
	microdata_opts in;
	microdata_value v = {NULL, UNIT_NONE};
	microdata_sink sink = {t, {{0}}, dist_row, d, NULL};
	microdata *m;
	int i, r, code = EXIT_OK;

	memset(&in, 0, sizeof in);
	d->grouped = a->group != NULL;
	in.group = (char *const *)&a->group;
	in.ngroups = a->group != NULL;
	if (a->value)
		microdata_value_parse(&v, a->value);
	in.value = &v;
	in.nvalues = a->value != NULL;
	in.unit = u;
	in.missing_reason = "no value";
	in.delim = a->delim;
	m = microdata_new(&in);
	for (i = 0; i < nfiles && code != EXIT_USAGE; i++)
		if ((r = microdata_read(m, files[i], &sink)) != 0)
			code = r == EXIT_USAGE ? EXIT_USAGE : EXIT_DATA;
	if (!t->quiet && code != EXIT_USAGE)
		tally_print(t, "rows", stderr);
	microdata_free(&m);
	free(v.spec);
	return code;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Read the microdata, then draw it. */
static int plot_dist(plot_job *j, const chart_dist_opts *o, const dist_args *a, int quiet,
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

static const struct option long_options[] = {
	{"output", required_argument, NULL, 'o'},
	{"script", required_argument, NULL, 's'},
	{"size", required_argument, NULL, 'z'},
	{"unit", required_argument, NULL, 'u'},
	{"roles", required_argument, NULL, 'R'},
	{"role", required_argument, NULL, 'r'},
	{"area", required_argument, NULL, 'a'},
	{"period", required_argument, NULL, 'p'},
	{"stat", required_argument, NULL, 't'},
	{"mean", no_argument, NULL, 'm'},
	{"to-year", required_argument, NULL, 'y'},
	{"group", required_argument, NULL, 'g'},
	{"value", required_argument, NULL, 'v'},
	{"overlay", no_argument, NULL, 'O'},
	{"delimiter", required_argument, NULL, 'd'},
	{"quiet", no_argument, NULL, 'q'},
	{"strict", no_argument, NULL, 'S'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

/* Split a comma-separated list into p->roles. */
static void split_roles(plotter *p, const char *list)
{
	const char *s = list;

	while (*s) {
		const char *e = strchr(s, ',');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		while (len && s[0] == ' ')
			s++, len--;
		while (len && s[len - 1] == ' ')
			len--;
		if (len) {
			size_t alloc = p->nroles;
			xgrow(&p->roles, &alloc, p->nroles + 1, sizeof *p->roles);
			p->roles[p->nroles++] = xstrndup(s, len);
		}
		if (!e)
			break;
		s = e + 1;
	}
}

int cmd_plot(int argc, char **argv)
{
	plotter p;
	chart_dist_opts dist;
	dist_args dg;
	plot_job j;
	claimin_opts o;
	resolver names = {0};
	tally rows, figures;
	const char *out = NULL, *script = NULL;
	char default_out[32];
	int c, i, k, code = EXIT_OK, quiet = 0, strict = 0, w = 0, h = 0;

	memset(&p, 0, sizeof p);
	memset(&o, 0, sizeof o);
	memset(&j, 0, sizeof j);
	memset(&dist, 0, sizeof dist);
	memset(&dg, 0, sizeof dg);
	p.unit = UNIT_ANNUAL;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:u:g:v:d:qh", long_options, NULL)) != -1) {
		switch (c) {
		case 'o':
			out = optarg;
			break;
		case 's':
			script = optarg;
			break;
		case 'z': {
			char *end;
			long x = strtol(optarg, &end, 10), y = 0;
			if (*end == 'x')
				y = strtol(end + 1, &end, 10);
			if (*end || x < 200 || x > 10000 || y < 150 || y > 10000)
				diag_usage("plot", "--size: WIDTHxHEIGHT in pixels such as 800x500, not '%s'",
					   optarg);
			w = (int)x;
			h = (int)y;
			break;
		}
		case 'u':
			if ((p.unit = unit_parse(optarg)) == UNIT_NONE)
				diag_usage("plot", "-u: unknown unit '%s' (annual, hourly, monthly, weekly)", optarg);
			break;
		case 'R':
			split_roles(&p, optarg);
			break;
		case 'r':
			p.role = optarg;
			break;
		case 'a':
			p.area = optarg;
			break;
		case 'p':
			p.period = optarg;
			break;
		case 't':
			p.stat = claim_stat_parse(optarg);
			if (!wanted_stat(p.stat))
				diag_usage("plot", "--stat: median, mean, p10, p25, p75 or p90, not '%s'", optarg);
			break;
		case 'm':
			p.mean = 1;
			break;
		case 'y': {
			char *end;
			long y = strtol(optarg, &end, 10);
			int first, last;
			dict_cpi_years(&first, &last);
			if (*end || y < first || y > last)
				diag_usage("plot", "--to-year: a year from %d to %d (the CPI-U table), not '%s'",
					   first, last, optarg);
			p.to_year = (int)y;
			break;
		}
		case 'g':
			dg.group = optarg;
			break;
		case 'v':
			dg.value = optarg;
			break;
		case 'O':
			dist.overlay = 1;
			break;
		case 'd':
			if ((dg.delim = csvin_parse_delim(optarg)) < 0)
				diag_usage("plot", "-d: , ; | or tab, not '%s'", optarg);
			break;
		case 'q':
			quiet = 1;
			break;
		case 'S':
			strict = 1;
			break;
		case 'h':
			cmd_plot_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case ':':
		default:
			diag_bad_option("plot", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage("plot", "which chart? roles, regions, dist, trend or reconcile");
	for (k = 0; kind_names[k]; k++)
		if (strcmp(argv[optind], kind_names[k]) == 0)
			break;
	if (!kind_names[k])
		diag_usage("plot", "unknown chart '%s' (roles, regions, dist, trend, reconcile)", argv[optind]);
	p.kind = (kind)k;
	optind++;
	if (optind >= argc)
		diag_usage("plot", "no input file (use - for standard input)");
	if (!out) {
		snprintf(default_out, sizeof default_out, "%s.svg", kind_names[p.kind]);
		out = default_out;
	}
	if (!p.area && p.kind != K_RECONCILE)
		p.area = "US";
	p.quiet = quiet;
	if (p.kind == K_TREND && !p.nroles)
		diag_usage("plot", "trend: say which roles with --roles");
	if (p.kind == K_REGIONS && !p.role)
		diag_usage("plot", "regions: say which role with --role (a SOC code, title or alias)");
	if (plot_format_of(out) < 0)
		diag_usage("plot", "-o %s: a chart is written as .png, .svg or .pdf", out);
	tally_init(&rows);
	tally_init(&figures);
	if (p.kind == K_DIST) {
		dist.unit = p.unit;
		dist.script = script;
		dist.output = out;
		dist.width = w;
		dist.height = h;
		dist.files = argv + optind;
		dist.nfiles = argc - optind;
		rows.quiet = quiet;
		code = plot_dist(&j, &dist, &dg, quiet, &rows);
		plot_job_free(&j);
		if (strict && rows.rejected && code == EXIT_OK)
			code = EXIT_DATA;
		goto done;
	}
	rows.quiet = figures.quiet = o.quiet = names.quiet = quiet;
	names.quiet = 1;
	o.resolve = &names;
	if (p.kind == K_RECONCILE) {
		reconcile_opts ro;
		reconcile_opts_init(&ro);
		ro.unit = p.unit;
		ro.to_year = p.to_year;
		p.rc = reconcile_new(&ro);
	}
	o.kind = KIND_SURVEY; /* wide tables: named after their file, */
	o.unit = p.unit;      /* with figures in the chart's unit */
	for (i = optind; i < argc; i++) {
		const char *base = strrchr(argv[i], '/');
		int r;
		o.source = base ? base + 1 : argv[i];
		r = claimin_read(argv[i], &o, &rows, &figures, on_claim, &p);
		if (r == EXIT_USAGE) {
			code = EXIT_USAGE;
			break;
		}
		if (r != 0)
			code = EXIT_DATA;
	}
	if (!quiet && code != EXIT_USAGE) {
		tally_print(&rows, "rows", stderr);
		tally_print(&figures, "figures", stderr);
	}
	if (code != EXIT_USAGE) {
		int r = EXIT_OK;
		switch (p.kind) {
		case K_ROLES:
			r = chart_roles(&j, &p, script, out, w, h, quiet);
			break;
		case K_REGIONS:
			r = chart_regions(&j, &p, script, out, w, h);
			break;
		case K_TREND:
			r = chart_trend(&j, &p, script, out, w, h);
			break;
		case K_RECONCILE:
			r = chart_reconcile(&j, &p, script, out, w, h);
			break;
		case K_DIST: /* read above */
			break;
		}
		if (r > code)
			code = r;
		plot_job_free(&j);
	}
	if (strict && (rows.rejected || figures.rejected) && code == EXIT_OK)
		code = EXIT_DATA;
done:
	tally_free(&rows);
	tally_free(&figures);
	figs_free(&p);
	if (p.rc)
		reconcile_free(&p.rc);
	for (i = 0; i < (int)p.nroles; i++)
		free(p.roles[i]);
	free(p.roles);
	return diag_close_stdout(code);
}

void cmd_plot_help(FILE *out)
{
	fputs(
"Usage: wagestat plot KIND [OPTIONS] [-o OUT.png|svg|pdf] FILE...\n"
"\n"
"Charts drawn by gnuplot (Debian package gnuplot-nox), run as a program\n"
"without a shell.  Every label from the data is written into the chart's\n"
"data file and shown as text, never run.\n"
"\n"
"Kinds:\n"
"  roles     pay by occupation from claims or wide tables: one row per role,\n"
"            sorted by median; p10-p90 whisker, p25-p75 box, the median\n"
"            marked and labelled in dollars (--mean adds the mean)\n"
"  regions   one role (--role) across areas: the median (or --stat) of each\n"
"            area, sorted, with its p10-p90 interval where the data has one,\n"
"            and the national figure as a dashed line\n"
"  dist      microdata (CSV, one row a person): a histogram of pay per group\n"
"            (Freedman-Diaconis bins) with p10, median and p90 marked, as\n"
"            small multiples or --overlay\n"
"  trend     a statistic (--stat, default median) of the --roles by year,\n"
"            in one year's dollars by CPI-U (--to-year, default the newest\n"
"            year drawn) and as paid; one line per role (at most 8)\n"
"  reconcile the picture of wagestat reconcile: per key (role, area, year,\n"
"            statistic), every source's figure as a point coloured by its\n"
"            kind, flagged ones ringed, the consensus and its interval as a\n"
"            band; --roles, --area, --stat, --period pick keys (at most 40)\n"
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
"      --role ROLE      regions: the role, a SOC code, title or alias\n"
"      --stat STAT      median, mean, p10, p25, p75 or p90: regions (default\n"
"                       the median, or the mean when the areas have only\n"
"                       that), trend (default median), reconcile (default all)\n"
"      --to-year YEAR   trend, reconcile: the dollars to restate in\n"
"  -g, --group COL      dist: one histogram per value of this column\n"
"  -v, --value COL[:UNIT]  dist: the pay column (default: the first named\n"
"                       salary, annual_salary, pay, wage or value)\n"
"      --overlay        dist: the groups in one panel\n"
"  -d, --delimiter D    dist: , ; | or tab (default: detected)\n"
"  -q, --quiet          nothing on stderr but errors\n"
"      --strict         exit 1 if any row or figure is rejected\n"
"\n"
"WAGESTAT_GNUPLOT names another gnuplot program.  Anything gnuplot writes on\n"
"stderr, a warning too, makes the exit status 1.\n", out);
}
