/* plot_dist: the distribution of pay in microdata: a histogram per group
 * (Freedman-Diaconis bins, counted by a GSL histogram) with the median,
 * p10 and p90 marked, as small multiples or overlaid. */
#include <gsl/gsl_histogram.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "input/csvin.h"
#include "base/diag.h"
#include "base/money.h"
#include "output/plot.h"
#include "compute/stats.h"
#include "base/xalloc.h"

#define MAX_GROUPS 12
#define MAX_BINS 200

typedef struct group {
	char *name;
	double *x;
	size_t n, alloc;
	double most; /* people in the fullest bin */
} group;

typedef struct reader {
	const plot_dist_opts *o;
	const char *file;
	long gcol, vcol;
	unit vunit; /* what plain numbers in the value column are */
	group *g;
	size_t ng, galloc;
	unsigned long long left_out; /* rows of groups beyond MAX_GROUPS */
	tally *t;
} reader;

static const char *const value_names[] = {"salary", "annual_salary", "annual salary", "pay",
					  "wage", "value", NULL};

static int on_header(void *ctx, const csvin_row *h)
{
	reader *r = ctx;
	size_t i;

	r->vcol = -1;
	r->vunit = r->o->unit;
	if (r->o->value) {
		char spec[256];
		const char *colon = strrchr(r->o->value, ':');
		snprintf(spec, sizeof spec, "%s", r->o->value);
		if (colon && unit_parse(colon + 1) != UNIT_NONE) {
			spec[colon - r->o->value] = '\0';
			r->vunit = unit_parse(colon + 1);
		}
		r->vcol = csvin_column(h, spec);
		if (r->vcol < 0) {
			diag("%s: no column '%s'", r->file, spec);
			return EXIT_USAGE;
		}
	} else {
		for (i = 0; value_names[i] && r->vcol < 0; i++)
			r->vcol = csvin_column(h, value_names[i]);
		if (r->vcol < 0) {
			diag("%s: no pay column (salary, pay, wage, value ...): name it with -v", r->file);
			return EXIT_USAGE;
		}
	}
	r->gcol = -1;
	if (r->o->group && (r->gcol = csvin_column(h, r->o->group)) < 0) {
		diag("%s: no column '%s'", r->file, r->o->group);
		return EXIT_USAGE;
	}
	return 0;
}

static group *find_group(reader *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ng; i++)
		if (strcmp(r->g[i].name, name) == 0)
			return &r->g[i];
	if (r->ng == MAX_GROUPS)
		return NULL;
	xgrow(&r->g, &r->galloc, r->ng + 1, sizeof *r->g);
	memset(&r->g[r->ng], 0, sizeof *r->g);
	r->g[r->ng].name = xstrdup(name);
	return &r->g[r->ng++];
}

static int on_row(void *ctx, const csvin_row *row)
{
	reader *r = ctx;
	const char *name = r->gcol >= 0 ? row->field[r->gcol] : "all";
	money m;
	group *g;
	char q[64], detail[80];

	snprintf(detail, sizeof detail, "'%s'",
		 diag_quote(q, sizeof q, row->field[r->vcol], row->len[r->vcol]));
	switch (money_parse(row->field[r->vcol], row->len[r->vcol], &m)) {
	case MONEY_MISSING:
		tally_missing(r->t, "no value");
		return 0;
	case MONEY_BAD:
		tally_reject(r->t, r->file, row->line, (unsigned long)r->vcol + 1, m.error, detail);
		return 0;
	case MONEY_OK:
		break;
	}
	if (m.currency[0] && strcmp(m.currency, "USD") != 0) {
		tally_reject(r->t, r->file, row->line, (unsigned long)r->vcol + 1,
			     "currency other than USD", detail);
		return 0;
	}
	if (!(g = find_group(r, name[0] ? name : "(blank)"))) {
		r->t->filtered++;
		r->left_out++;
		return 0;
	}
	xgrow(&g->x, &g->alloc, g->n + 1, sizeof *g->x);
	g->x[g->n++] = unit_convert(m.value, m.unit != UNIT_NONE ? m.unit : r->vunit, r->o->unit);
	r->t->used++;
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Freedman-Diaconis: width 2 IQR n^(-1/3); a tenth of the range when the
 * IQR is 0, and 1% of the value (at least 1) for a single value. */
double plot_fd_width(const double *sorted, size_t n)
{
	double iqr, range = sorted[n - 1] - sorted[0];

	iqr = stats_quantile_sorted(sorted, n, 0.75) - stats_quantile_sorted(sorted, n, 0.25);
	if (iqr > 0)
		return 2 * iqr / cbrt((double)n);
	if (range > 0)
		return range / 10;
	return fabs(sorted[0]) / 100 > 1 ? fabs(sorted[0]) / 100 : 1;
}

/* One block of plot.dat: "bin_center count" per bin (with two blank lines
 * after it); the histogram's bins are counted by GSL. */
static void write_histogram(FILE *dat, group *g)
{
	double w = plot_fd_width(g->x, g->n), lo = g->x[0], hi = g->x[g->n - 1];
	size_t nb = (size_t)floor((hi - lo) / w) + 1, i;
	gsl_histogram *h;

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
	g->most = gsl_histogram_max_val(h);
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
static void count_tics(FILE *gp, const group *g)
{
	double step = nice_step(g->most, 5);

	fprintf(gp, "set ytics %g\n", step < 1 ? 1 : step);
}

/* Median, p10 and p90 as lines, the median labelled on the side with room
 * (the x range is [xlo, xhi]). */
static void mark_quantiles(FILE *gp, const group *g, double k, int lt, int tag, double xlo,
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

int plot_dist(plot_job *j, const plot_dist_opts *o, char *const *files, int nfiles, tally *t)
{
	reader r;
	int i, code = EXIT_OK, cols, rows;
	size_t gi, total = 0;
	double k = plot_money_scale(o->unit), lo = INFINITY, hi = -INFINITY, xlo, xhi;
	char axis[64], title[160];

	memset(&r, 0, sizeof r);
	r.o = o;
	r.t = t;
	for (i = 0; i < nfiles; i++) {
		csvin *in = csvin_open(files[i], o->delim);
		int res;
		if (!in) {
			code = EXIT_USAGE;
			break;
		}
		r.file = csvin_name(in);
		res = csvin_read(in, t, on_header, on_row, &r);
		csvin_close(&in);
		if (res == EXIT_USAGE) {
			code = EXIT_USAGE;
			break;
		}
		if (res != 0)
			code = EXIT_DATA;
	}
	if (!o->quiet && code != EXIT_USAGE)
		tally_print(t, "rows", stderr);
	if (r.left_out && !o->quiet)
		diag("more than %d groups: %llu rows of the others are not drawn", MAX_GROUPS,
		     r.left_out);
	for (gi = 0; gi < r.ng; gi++) {
		group *g = &r.g[gi];
		if (g->n) {
			qsort(g->x, g->n, sizeof *g->x, cmp_double);
			lo = fmin(lo, g->x[0]);
			hi = fmax(hi, g->x[g->n - 1]);
			total += g->n;
		}
	}
	if (code == EXIT_USAGE || total == 0) {
		if (code != EXIT_USAGE)
			diag("no pay values to draw");
		code = code == EXIT_USAGE ? code : EXIT_DATA;
		goto done;
	}
	cols = o->overlay || r.ng < 4 ? 1 : r.ng <= 8 ? 2 : 3;
	rows = o->overlay ? 1 : (int)((r.ng + (size_t)cols - 1) / (size_t)cols);
	i = plot_open(j, o->script, o->output, o->width ? o->width : 800,
		      o->height ? o->height : rows <= 2 ? 500 : 60 + 170 * rows);
	if (i) {
		code = i;
		goto done;
	}
	for (gi = 0; gi < r.ng; gi++)
		if (r.g[gi].n)
			write_histogram(j->dat, &r.g[gi]);
	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format x %s\n", plot_money_format(o->unit));
	fputs("set grid ytics\nset style fill solid 0.55 noborder\nset ylabel 'people'\n", j->gp);
	xlo = lo - (hi - lo) * 0.05;
	xhi = hi + (hi - lo) * 0.05 + (hi > lo ? 0 : k);
	fprintf(j->gp, "set xrange [%.10g:%.10g]\nset yrange [0:*]\n", xlo / k, xhi / k);
	/* fewer money tics the narrower the panels */
	fprintf(j->gp, "set xtics %g\n", nice_step((xhi - xlo) / k, cols == 3 ? 3 : cols == 2 ? 4 : 7));
	fputs("set label 101 ", j->gp);
	source_line(j->gp, files, nfiles);
	fputs(" at screen 0.01, screen 0.015 left font ',8' textcolor rgb c_ref\n", j->gp);
	plot_pay_title(o->unit, 0, axis, sizeof axis);
	if (o->overlay) {
		const char *sep = "plot ";
		size_t block = 0;
		group all = {0};
		plot_titles(j, "Pay distribution (lines: p10, median, p90)", axis, NULL);
		fputs("set bmargin 4\nset key top right\n", j->gp);
		for (gi = 0; gi < r.ng; gi++)
			all.most = fmax(all.most, r.g[gi].most);
		count_tics(j->gp, &all);
		for (gi = 0; gi < r.ng; gi++)
			if (r.g[gi].n)
				mark_quantiles(j->gp, &r.g[gi], k, (int)gi + 1, (int)gi + 1, xlo, xhi);
		for (gi = 0; gi < r.ng; gi++) {
			if (!r.g[gi].n)
				continue;
			fprintf(j->gp, "%s'plot.dat' index %zu using ($1/k):2:($3/k) with boxes "
				"fs transparent solid 0.35 lt %zu title ", sep, block++, gi + 1);
			plot_gp_string(j->gp, r.g[gi].name);
			sep = ", \\\n     ";
		}
		fputc('\n', j->gp);
	} else {
		size_t block = 0;
		/* the unit in the title: x labels under every panel crowd them */
		snprintf(title, sizeof title, "Pay distribution: %s (lines: p10, median, p90)", axis);
		fprintf(j->gp, "set multiplot layout %d,%d title ", rows, cols);
		plot_gp_string(j->gp, title);
		fputs(" font ',11'\nset key off\nset bmargin 2.5\n", j->gp);
		for (gi = 0; gi < r.ng; gi++) {
			if (!r.g[gi].n)
				continue;
			fputs("set title ", j->gp);
			plot_gp_string(j->gp, r.g[gi].name);
			fputs(" font ',9'\nunset arrow\n", j->gp);
			mark_quantiles(j->gp, &r.g[gi], k, 1, 1, xlo, xhi);
			count_tics(j->gp, &r.g[gi]);
			fprintf(j->gp, "plot 'plot.dat' index %zu using ($1/k):2:($3/k) with boxes lt 1\n",
				block++);
			fputs("unset label 101\n", j->gp);
		}
		fputs("unset multiplot\n", j->gp);
	}
	i = plot_render(j);
	if (i > code)
		code = i;
done:
	for (gi = 0; gi < r.ng; gi++) {
		free(r.g[gi].name);
		free(r.g[gi].x);
	}
	free(r.g);
	return code;
}
