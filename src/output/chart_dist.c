#include "output/chart_dist.h"

#include <gsl/gsl_histogram.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/fmt.h"
#include "base/xalloc.h"
#include "compute/stats.h"

#define MAX_BINS 200

/* A group as drawn: its values and the people in its fullest bin. */
typedef struct panel {
	const chart_dist_group *g;
	double most;
} panel;

/* Freedman-Diaconis: width 2 IQR n^(-1/3); a tenth of the range when the
 * IQR is 0, and 1% of the value (at least 1) for a single value. */
double chart_dist_fd_width(const double *sorted, size_t n)
{
	double iqr, range = sorted[n - 1] - sorted[0];

	iqr = stats_quantile_sorted(sorted, n, 0.75) - stats_quantile_sorted(sorted, n, 0.25);
	if (iqr > 0)
		return 2 * iqr / cbrt((double)n);
	if (range > 0)
		return range / 10;
	return fabs(sorted[0]) / 100 > 1 ? fabs(sorted[0]) / 100 : 1;
}

/* One block of plot.dat: a comment line "# group NAME n p10 median p90
 * top_coded cap" (the figures drawn, at full precision, for a second look),
 * then "bin_center count width" per bin and two blank lines; the
 * histogram's bins are counted by GSL. */
static void write_histogram(FILE *dat, panel *p)
{
	const chart_dist_group *g = p->g;
	double w = chart_dist_fd_width(g->x, g->n), lo = g->x[0], hi = g->x[g->n - 1];
	size_t nb = (size_t)floor((hi - lo) / w) + 1, i;
	gsl_histogram *h;
	char exact[40];

	fputs("# group\t", dat);
	plot_field(dat, g->name);
	fprintf(dat, "\t%zu", g->n);
	for (i = 0; i < 3; i++)
		fprintf(dat, "\t%s", fmt_exact(stats_quantile_sorted(g->x, g->n, 0.1 + 0.4 * (double)i),
						exact, sizeof exact));
	fprintf(dat, "\t%zu\t%s\n", g->ntop, fmt_exact(g->ntop ? g->cap : 0, exact, sizeof exact));

	if (nb > MAX_BINS) {
		nb = MAX_BINS;
		w = (hi - lo) / (MAX_BINS - 1);
	}
	lo -= (nb * w - (hi - lo)) / 2; /* centred on the data */
	h = gsl_histogram_alloc(nb);
	gsl_histogram_set_ranges_uniform(h, lo, lo + nb * w);
	for (i = 0; i < g->n; i++)
		gsl_histogram_increment(h, g->x[i]);
	for (i = 0; i < nb; i++) {
		double a, b;
		gsl_histogram_get_range(h, i, &a, &b);
		fprintf(dat, "%.10g\t%.10g\t%.10g\n", (a + b) / 2, gsl_histogram_get(h, i), b - a);
	}
	p->most = gsl_histogram_max_val(h);
	fputs("\n\n", dat);
	gsl_histogram_free(h);
}

/* A tic step of 1, 2 or 5 times a power of ten giving at most n tics over
 * range. */
static double nice_step(double range, int n)
{
	double step = range > 0 ? range / n : 1, p = pow(10, floor(log10(step)));

	if (step <= p)
		return p;
	if (step <= 2 * p)
		return 2 * p;
	if (step <= 5 * p)
		return 5 * p;
	return 10 * p;
}

/* Whole people on the count axis, at most 6 tics. */
static void count_tics(FILE *gp, double most)
{
	double step = nice_step(most, 5);

	fprintf(gp, "set ytics %g\n", step < 1 ? 1 : step);
}

/* Median, p10 and p90 as lines, the median labelled on the side with room
 * (the x range is [xlo, xhi]). */
static void mark_quantiles(FILE *gp, const chart_dist_group *g, double k, int lt, int tag, double xlo,
			   double xhi)
{
	static const double p[] = {0.1, 0.5, 0.9};
	char m[64], text[96];
	size_t i;

	for (i = 0; i < 3; i++) {
		double q = stats_quantile_sorted(g->x, g->n, p[i]) / k;
		fprintf(gp, "set arrow from %.10g, graph 0 to %.10g, graph 1 nohead %s lw %s lt %d front\n",
			q, q, i == 1 ? "dt 1" : "dt 3", i == 1 ? "1.5" : "1", lt);
	}
	snprintf(text, sizeof text, "median %s",
		 plot_money(stats_quantile_sorted(g->x, g->n, 0.5), m, sizeof m));
	fprintf(gp, "set label %d ", tag);
	plot_gp_string(gp, text);
	{
		double med = stats_quantile_sorted(g->x, g->n, 0.5);
		int right = xhi > xlo && (med - xlo) / (xhi - xlo) > 0.6;
		fprintf(gp, " at %.10g, graph 0.95 %s offset char %s,0 font ',8' front textcolor lt %d\n",
			med / k, right ? "right" : "left", right ? "-0.5" : "0.5", lt);
	}
}

/* Top-coded values are counted at their cap (the pay is at least that):
 * say so at the cap's bar, so the bar reads as "this many, or more". */
static void mark_top(FILE *gp, const chart_dist_group *g, double k, int lt, int tag)
{
	char m[64], text[128];

	if (!g->ntop)
		return;
	snprintf(text, sizeof text, "%zu top-coded at %s (pay at least that)", g->ntop,
		 plot_money(g->cap, m, sizeof m));
	fprintf(gp, "set label %d ", tag);
	plot_gp_string(gp, text);
	fprintf(gp, " at %.10g, graph 0.8 right offset char -0.5,0 font ',8' front textcolor lt %d\n",
		g->cap / k, lt);
}

/* "Source: FILE; ...; wagestat", the files' names without their folders. */
static void source_line(FILE *gp, char *const *files, int n)
{
	size_t len = 16;
	char *s;
	int i;

	for (i = 0; i < n; i++)
		len += strlen(files[i]) + 8; /* "stdin" for "-", and "; " */
	s = xmalloc(len);
	strcpy(s, "Source: ");
	for (i = 0; i < n; i++) {
		const char *base = strrchr(files[i], '/');
		strcat(s, base ? base + 1 : strcmp(files[i], "-") == 0 ? "stdin" : files[i]);
		strcat(s, "; ");
	}
	strcat(s, "wagestat");
	plot_gp_string(gp, s);
	free(s);
}

/* The panels' layout: columns and rows. */
static void layout(const chart_dist_opts *o, size_t ng, int *cols, int *rows)
{
	*cols = o->overlay || ng < 4 ? 1 : ng <= 8 ? 2 : 3;
	*rows = o->overlay ? 1 : (int)((ng + (size_t)*cols - 1) / (size_t)*cols);
}

/* The x range [*xlo, *xhi]: every value with 5% room either side. */
static void value_range(const chart_dist_group *g, size_t ng, double k, double *xlo,
			double *xhi)
{
	double lo = INFINITY, hi = -INFINITY;
	size_t i;

	for (i = 0; i < ng; i++)
		if (g[i].n) {
			lo = fmin(lo, g[i].x[0]);
			hi = fmax(hi, g[i].x[g[i].n - 1]);
		}
	*xlo = lo - (hi - lo) * 0.05;
	*xhi = hi + (hi - lo) * 0.05 + (hi > lo ? 0 : k);
}

static void draw_overlay(plot_job *j, const panel *p, size_t np, double k, double xlo,
			 double xhi, const char *axis)
{
	const char *sep = "plot ";
	size_t i, block = 0;
	double most = 0;

	plot_titles(j, "Pay distribution (lines: p10, median, p90)", axis, NULL);
	fputs("set bmargin 4\nset key top right\n", j->gp);
	for (i = 0; i < np; i++)
		most = fmax(most, p[i].most);
	count_tics(j->gp, most);
	for (i = 0; i < np; i++)
		if (p[i].g->n) {
			mark_quantiles(j->gp, p[i].g, k, (int)i + 1, (int)i + 1, xlo, xhi);
			mark_top(j->gp, p[i].g, k, (int)i + 1, 20 + (int)i);
		}
	for (i = 0; i < np; i++) {
		if (!p[i].g->n)
			continue;
		fprintf(j->gp, "%s'plot.dat' index %zu using ($1/k):2:($3/k) with boxes "
			"fs transparent solid 0.35 lt %zu title ", sep, block++, i + 1);
		plot_gp_string(j->gp, p[i].g->name);
		sep = ", \\\n     ";
	}
	fputc('\n', j->gp);
}

/* The panels in a grid whose margins are fixed in pixels (w x h): room
 * under the last row for its tick labels and then the source line, so
 * that the two never meet. */
static void draw_multiples(plot_job *j, const panel *p, size_t np, double k, double xlo,
			   double xhi, const char *axis, int cols, int rows, int w, int h)
{
	size_t i, block = 0;
	char title[160];

	/* the unit in the title: x labels under every panel crowd them */
	snprintf(title, sizeof title, "Pay distribution: %s (lines: p10, median, p90)", axis);
	fprintf(j->gp, "set multiplot layout %d,%d title ", rows, cols);
	plot_gp_string(j->gp, title);
	fprintf(j->gp, " font ',11' margins %.4f,%.4f,%.4f,%.4f spacing %.4f,%.4f\n",
		70.0 / w, 1 - 20.0 / w, 52.0 / h, 1 - 58.0 / h, 85.0 / w, 58.0 / h);
	fputs("set key off\n", j->gp);
	for (i = 0; i < np; i++) {
		if (!p[i].g->n)
			continue;
		fputs("set title ", j->gp);
		plot_gp_string(j->gp, p[i].g->name);
		fputs(" font ',9'\nunset arrow\nunset label 2\n", j->gp);
		mark_quantiles(j->gp, p[i].g, k, 1, 1, xlo, xhi);
		mark_top(j->gp, p[i].g, k, 1, 2);
		count_tics(j->gp, p[i].most);
		fprintf(j->gp, "plot 'plot.dat' index %zu using ($1/k):2:($3/k) with boxes lt 1\n",
			block++);
		fputs("unset label 101\n", j->gp);
	}
	fputs("unset multiplot\n", j->gp);
}

int chart_dist_draw(plot_job *j, const chart_dist_opts *o, const chart_dist_group *g,
		    size_t ng)
{
	double k = plot_money_scale(o->unit), xlo, xhi;
	panel *p = xcalloc(ng + 1, sizeof *p);
	char axis[64];
	int cols, rows, code, w, h;
	size_t i;

	layout(o, ng, &cols, &rows);
	w = o->width ? o->width : 800;
	h = o->height ? o->height : rows <= 2 ? 500 : 60 + 170 * rows;
	code = plot_open(j, o->script, o->output, w, h);
	if (code) {
		free(p);
		return code;
	}
	for (i = 0; i < ng; i++) {
		p[i].g = &g[i];
		if (g[i].n)
			write_histogram(j->dat, &p[i]);
	}
	value_range(g, ng, k, &xlo, &xhi);
	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format x %s\n", plot_money_format(o->unit));
	fputs("set grid ytics\nset style fill solid 0.55 noborder\nset ylabel 'people'\n", j->gp);
	fprintf(j->gp, "set xrange [%.10g:%.10g]\nset yrange [0:*]\n", xlo / k, xhi / k);
	/* fewer money tics the narrower the panels */
	fprintf(j->gp, "set xtics %g\n", nice_step((xhi - xlo) / k, cols == 3 ? 3 : cols == 2 ? 4 : 7));
	fputs("set label 101 ", j->gp);
	source_line(j->gp, o->files, o->nfiles);
	fputs(" at screen 0.01, screen 0.015 left font ',8' textcolor rgb c_ref\n", j->gp);
	plot_pay_title(o->unit, 0, axis, sizeof axis);
	if (o->overlay)
		draw_overlay(j, p, ng, k, xlo, xhi, axis);
	else
		draw_multiples(j, p, ng, k, xlo, xhi, axis, cols, rows, w, h);
	free(p);
	return plot_render(j);
}
