#include "output/chart_rows.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "model/claim.h"

enum { C_P10, C_P25, C_MED, C_P75, C_P90, C_MEAN, NCELLS };

/* The row names from columns 10 and 11, on two lines when there are two. */
#define YTIC ":ytic(strcol(11) eq '-' ? strcol(10) : strcol(10).\"\\n\".strcol(11))"

void chart_rows_free(chart_rows *rows)
{
	free(rows->r);
	rows->r = NULL;
	rows->n = rows->alloc = 0;
}

chart_row *chart_rows_find(chart_rows *rows, const char *key, const char *label)
{
	size_t i, k;
	chart_row *r;

	for (i = 0; i < rows->n; i++)
		if (strcmp(rows->r[i].key, key) == 0)
			return &rows->r[i];
	xgrow(&rows->r, &rows->alloc, rows->n + 1, sizeof *rows->r);
	r = &rows->r[rows->n++];
	r->key = key;
	r->label = label;
	for (k = 0; k < NCELLS; k++)
		chart_cell_clear(&r->c[k]);
	return r;
}

int chart_rows_cell_of(int stat)
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

size_t chart_rows_drop_empty(chart_rows *rows)
{
	chart_row *r = rows->r;
	size_t i, m = 0, n = rows->n;

	for (i = 0; i < n; i++)
		if (!isnan(r[i].c[C_MED].v) || !isnan(r[i].c[C_MEAN].v))
			r[m++] = r[i];
	rows->n = m;
	return n - m;
}

static int by_sort(const void *a, const void *b)
{
	const chart_row *x = a, *y = b;

	if (x->sort < y->sort)
		return -1;
	if (x->sort > y->sort)
		return 1;
	return strcmp(x->label, y->label);
}

void chart_rows_sort(chart_rows *rows)
{
	size_t i;

	for (i = 0; i < rows->n; i++) {
		chart_row *r = &rows->r[i];
		r->sort = isnan(r->c[C_MED].v) ? r->c[C_MEAN].v : r->c[C_MED].v;
	}
	qsort(rows->r, rows->n, sizeof *rows->r, by_sort);
}

size_t chart_rows_keep_top(chart_rows *rows)
{
	size_t n = rows->n;

	if (n > CHART_MAX_ROWS) {
		memmove(rows->r, rows->r + (n - CHART_MAX_ROWS), CHART_MAX_ROWS * sizeof *rows->r);
		rows->n = CHART_MAX_ROWS;
	}
	return n;
}

int chart_rows_two_lines(const chart_rows *rows)
{
	size_t i;

	for (i = 0; i < rows->n; i++)
		if (strlen(rows->r[i].label) > CHART_LABEL_WIDTH)
			return 1;
	return 0;
}

static void write_number(FILE *f, double v)
{
	if (isnan(v))
		fputs("\tNaN", f);
	else
		fprintf(f, "\t%.10g", v);
}

/* Which of the columns some row has. */
static int any(const chart_row *r, size_t n, int c)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isnan(r[i].c[c].v))
			return 1;
	return 0;
}

static int both(const chart_row *r, size_t n, int a, int b)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isnan(r[i].c[a].v) && !isnan(r[i].c[b].v))
			return 1;
	return 0;
}

static double max_value(const chart_row *r, size_t n)
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

static void write_row(FILE *dat, size_t y, const chart_row *r)
{
	char l1[256], l2[256], m[64], text[80];
	double x = NAN;
	int k, c = isnan(r->c[C_MED].v) ? C_MEAN : C_MED;

	for (k = 0; k < NCELLS; k++)
		if (!isnan(r->c[k].v) && !(r->c[k].v <= x))
			x = r->c[k].v;
	fprintf(dat, "%zu", y);
	for (k = 0; k < NCELLS; k++)
		write_number(dat, r->c[k].v);
	write_number(dat, x);
	snprintf(text, sizeof text, "%s%s%s", r->c[c].top ? "\xe2\x89\xa5 " : "",
		 c == C_MEAN ? "mean " : "", plot_money(r->c[c].v, m, sizeof m));
	fputc('\t', dat);
	plot_field(dat, text);
	plot_wrap(r->label, CHART_LABEL_WIDTH, l1, l2, sizeof l1);
	fputc('\t', dat);
	plot_field(dat, l1);
	fputc('\t', dat);
	plot_field(dat, l2); /* "-" for none */
	fputc('\n', dat);
}

void chart_rows_write(FILE *dat, const chart_rows *rows)
{
	size_t i;

	for (i = 0; i < rows->n; i++)
		write_row(dat, i, &rows->r[i]);
}

/* The axes, margins and key of the rows. */
static void draw_axes(plot_job *j, const chart_opts *o, const chart_rows *rows, double k)
{
	fprintf(j->gp, "k = %g\n", k);
	fprintf(j->gp, "set format x %s\n", plot_money_format(o->unit));
	fputs("set grid xtics\n", j->gp);
	fprintf(j->gp, "set xrange [0:%.10g]\n", max_value(rows->r, rows->n) / k * 1.22 + 1e-9);
	fprintf(j->gp, "set yrange [-0.6:%zu.6]\n", rows->n - 1);
	fputs("set ytics scale 0 font ',8'\n", j->gp);
	fputs("set tmargin 4.5\nset bmargin 4\n", j->gp);
	fputs("set title offset 0,1.4\n", j->gp);
	fputs("set key at graph 0.5, graph 1 center bottom horizontal\n", j->gp);
}

void chart_rows_draw(plot_job *j, const chart_opts *o, const chart_rows *rows,
		     const char *marked)
{
	const chart_row *r = rows->r;
	size_t n = rows->n;
	int have_box = both(r, n, C_P25, C_P75), have_whisker = both(r, n, C_P10, C_P90);
	int have_med = any(r, n, C_MED), have_mean = any(r, n, C_MEAN);
	int first = 1;
	const char *sep = "plot ";

	draw_axes(j, o, rows, plot_money_scale(o->unit));
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
	if (have_mean && (o->mean || !have_med)) {
		fprintf(j->gp, "%s'plot.dat' using ($7/k):1%s with points pt 6 ps 0.9 lc rgb c_mean "
			"title 'mean'", sep, first ? YTIC : "");
		sep = ", \\\n     ";
	}
	fprintf(j->gp, "%s'plot.dat' using ($8/k):1:9 with labels left offset char 0.7,0 "
		"font ',8' textcolor rgb '#333333' notitle\n", sep);
}
