#include "output/chart_trend.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "model/dict.h"

#define MAX_SERIES 8

/* One line of a trend chart: a role's figure by year. */
typedef struct series {
	const char *key, *label;
	int *year;
	chart_cell *c;
	const char **period; /* of the figure kept for each year */
	size_t n, alloc;
} series;

/* The lines drawn, the figures used and the years they span. */
typedef struct trend {
	series *s;
	size_t ns, salloc;
	const chart_fig **used;
	size_t nused;
	int first, last;
} trend;

static int keep_trend(const chart_opts *o, const chart_fig *f)
{
	size_t i;

	if (f->stat != o->stat || f->year == 0 || strcmp(f->area, chart_area_code(o->area)) != 0)
		return 0;
	for (i = 0; i < o->nroles; i++)
		if (chart_role_matches(f->key, f->role, o->roles[i]))
			return 1;
	return 0;
}

static void add_point(series *s, const chart_fig *f, unit u)
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
		chart_cell_clear(&s->c[i]);
		s->n++;
	} else if (strcmp(f->period, s->period[i]) != 0) {
		/* two periods in one year: the later one */
		if (strcmp(f->period, s->period[i]) < 0)
			return;
		s->period[i] = f->period;
		s->c[i].v = NAN;
	}
	chart_cell_put(&s->c[i], f, u);
}

/* The figure's line: found, or new while there are fewer than
 * MAX_SERIES; NULL if there is no room. */
static series *find_series(trend *t, const chart_fig *f)
{
	size_t m;
	series *x;

	for (m = 0; m < t->ns; m++)
		if (strcmp(t->s[m].key, f->key) == 0)
			return &t->s[m];
	if (t->ns == MAX_SERIES)
		return NULL;
	xgrow(&t->s, &t->salloc, t->ns + 1, sizeof *t->s);
	x = &t->s[t->ns++];
	memset(x, 0, sizeof *x);
	x->key = f->key;
	x->label = f->role;
	return x;
}

static void collect(trend *t, const chart_opts *o, const chart_figs *figs)
{
	size_t i;

	t->used = xmalloc((figs->n + 1) * sizeof *t->used);
	t->first = 9999;
	for (i = 0; i < figs->n; i++) {
		const chart_fig *f = &figs->f[i];
		series *x;
		if (!keep_trend(o, f) || !(x = find_series(t, f)))
			continue;
		add_point(x, f, o->unit);
		t->used[t->nused++] = f;
		if (f->year > t->last)
			t->last = f->year;
		if (f->year < t->first)
			t->first = f->year;
	}
}

static void trend_free(trend *t)
{
	size_t m;

	for (m = 0; m < t->ns; m++) {
		free(t->s[m].year);
		free(t->s[m].c);
		free(t->s[m].period);
	}
	free(t->s);
	free(t->used);
}

/* plot.dat: a block a line, "year as_paid in_to_dollars"; the lowest and
 * highest value into *lo and *hi. */
static void write_series(FILE *dat, const trend *t, int to, double *lo, double *hi)
{
	size_t m, i;

	*lo = INFINITY;
	*hi = -INFINITY;
	for (m = 0; m < t->ns; m++) {
		const series *s = &t->s[m];
		for (i = 0; i < s->n; i++) {
			double v = s->c[i].v, cpi = dict_cpi(s->year[i]);
			double real = isnan(cpi) ? NAN : v * dict_cpi(to) / cpi;
			fprintf(dat, "%d\t%.10g\t%.10g\n", s->year[i], v, real);
			*lo = fmin(*lo, fmin(v, real));
			*hi = fmax(*hi, fmax(v, real));
		}
		fputs("\n\n", dat);
	}
}

/* Each role: in to's dollars (solid, with its name) and as paid (dashed). */
static void plot_lines(FILE *gp, const trend *t)
{
	const char *sep = "plot ";
	size_t m;

	for (m = 0; m < t->ns; m++) {
		char l1[256], l2[256];
		int lines;
		fprintf(gp, "%s'plot.dat' index %zu using 1:($3/k) with linespoints lt %zu title (",
			sep, m, m + 1);
		lines = plot_wrap(t->s[m].label, 30, l1, l2, sizeof l1);
		plot_gp_string(gp, l1);
		if (lines == 2) {
			fputs(".\"\\n\".", gp);
			plot_gp_string(gp, l2);
		}
		fputc(')', gp);
		sep = ", \\\n     ";
		fprintf(gp, "%s'plot.dat' index %zu using 1:($2/k) with lines lt %zu dt 2 lw 1 notitle",
			sep, m, m + 1);
	}
	fputc('\n', gp);
}

static int draw(plot_job *j, const chart_opts *o, const trend *t, int to)
{
	char title[256], axis[64], st[16];
	double k = plot_money_scale(o->unit), lo, hi, pad;
	int code = chart_open(j, o, 500);

	if (code)
		return code;
	write_series(j->dat, t, to, &lo, &hi);
	/* a little room, and some when every figure is the same */
	pad = hi > lo ? (hi - lo) * 0.08 : fmax(hi * 0.1, 1);
	snprintf(title, sizeof title, "%s pay over time: %s (solid: %d dollars, dashed: as paid)",
		 chart_stat_title(o->stat, st, sizeof st), chart_area_name(chart_area_code(o->area)),
		 to);
	plot_titles(j, title, "Year", plot_pay_title(o->unit, to, axis, sizeof axis));
	chart_source_line(j, t->used, t->nused);
	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format y %s\nset format x '%%.0f'\n", plot_money_format(o->unit));
	fprintf(j->gp, "set yrange [%.10g:%.10g]\n", (lo - pad) / k, (hi + pad) / k);
	fprintf(j->gp, "set xrange [%g:%g]\nset xtics %d\n", t->first - 0.5, t->last + 0.5,
		t->last - t->first > 12 ? 5 : 1);
	fputs("set grid ytics\nset bmargin 4.5\nset key outside right top spacing 1.8\n", j->gp);
	fputs("set rmargin at screen 0.70\n", j->gp);
	plot_lines(j->gp, t);
	return plot_render(j);
}

int chart_trend_draw(plot_job *j, const chart_opts *opts, const chart_figs *figs)
{
	chart_opts o = *opts;
	trend t;
	char st[16];
	int to, code;

	if (o.stat == CSTAT_NONE)
		o.stat = CSTAT_MEDIAN;
	memset(&t, 0, sizeof t);
	collect(&t, &o, figs);
	to = o.to_year ? o.to_year : t.last;
	if (t.ns == 0) {
		diag("no %s by year in %s for the roles asked for",
		     claim_stat_name(o.stat, st, sizeof st), chart_area_name(chart_area_code(o.area)));
		code = EXIT_DATA;
	} else if (isnan(dict_cpi(to))) {
		diag("no CPI-U for %d: give --to-year", to);
		code = EXIT_DATA;
	} else {
		code = draw(j, &o, &t, to);
	}
	trend_free(&t);
	return code;
}
