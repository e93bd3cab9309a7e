#include "output/chart_roles.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "output/chart_rows.h"

/* A figure of the area and period asked for, of a role asked for. */
static int keep_role_slice(const chart_opts *o, const chart_fig *f)
{
	size_t i;

	if (strcmp(f->area, chart_area_code(o->area)) != 0)
		return 0;
	if (o->period && !chart_period_matches(f, o->period))
		return 0;
	if (!o->nroles)
		return 1;
	for (i = 0; i < o->nroles; i++)
		if (chart_role_matches(f->key, f->role, o->roles[i]))
			return 1;
	return 0;
}

/* The rows of the period's figures; the figures used into used. */
static size_t collect(const chart_opts *o, const chart_figs *figs, const char *period,
		      chart_rows *rows, const chart_fig **used)
{
	size_t i, nused = 0;

	for (i = 0; i < figs->n; i++) {
		const chart_fig *f = &figs->f[i];
		chart_row *x;
		if (!keep_role_slice(o, f) || strcmp(f->period, period) != 0)
			continue;
		x = chart_rows_find(rows, f->key, f->role);
		chart_cell_put(&x->c[chart_rows_cell_of(f->stat)], f, o->unit);
		used[nused++] = f;
	}
	return nused;
}

/* Say which roles asked for have no row. */
static void say_missing(const chart_opts *o, const chart_rows *rows, const char *period)
{
	size_t i, k;

	for (k = 0; k < o->nroles; k++) {
		for (i = 0; i < rows->n; i++)
			if (chart_role_matches(rows->r[i].key, rows->r[i].label, o->roles[k]))
				break;
		if (i == rows->n)
			diag("no figures for '%s' in %s, %s", o->roles[k],
			     chart_area_name(chart_area_code(o->area)), period);
	}
}

/* Drop the rows without a median or mean and keep the highest paid,
 * saying so.  Returns EXIT_DATA if none is left. */
static int trim_rows(const chart_opts *o, chart_rows *rows, const char *period)
{
	const char *area = chart_area_name(chart_area_code(o->area));
	size_t dropped = chart_rows_drop_empty(rows), n;

	if (rows->n == 0) {
		diag("no median or mean for the roles in %s, %s", area, period);
		return EXIT_DATA;
	}
	chart_rows_sort(rows);
	n = chart_rows_keep_top(rows);
	if (n > CHART_MAX_ROWS && !o->quiet)
		diag("%zu roles in %s, %s: the %d with the highest pay are drawn "
		     "(choose others with --roles)", n, area, period, CHART_MAX_ROWS);
	if (dropped && !o->quiet)
		diag("%zu roles have no median or mean in %s, %s and are not drawn", dropped,
		     area, period);
	return 0;
}

static int draw(plot_job *j, const chart_opts *o, const chart_rows *rows, const char *period,
		const chart_fig **used, size_t nused)
{
	char title[256], axis[64], when[64];
	int code = chart_open(j, o, chart_default_height(rows->n, chart_rows_two_lines(rows)));

	if (code)
		return code;
	chart_rows_write(j->dat, rows);
	snprintf(title, sizeof title, "Pay by occupation: %s, %s",
		 chart_area_name(chart_area_code(o->area)),
		 chart_period_words(period, when, sizeof when));
	plot_titles(j, title, plot_pay_title(o->unit, chart_year_of(period), axis, sizeof axis),
		    NULL);
	chart_source_line(j, used, nused);
	chart_rows_draw(j, o, rows, "median");
	return plot_render(j);
}

int chart_roles_draw(plot_job *j, const chart_opts *o, const chart_figs *figs)
{
	const char *period = chart_newest_period(figs, o, keep_role_slice);
	chart_rows rows = {0};
	const chart_fig **used;
	size_t nused;
	int code;

	if (!period) {
		diag("no pay figures for %s%s%s%s", chart_area_name(chart_area_code(o->area)),
		     o->period ? " in " : "", o->period ? o->period : "",
		     o->nroles ? " for the roles asked for" : "");
		return EXIT_DATA;
	}
	used = xmalloc((figs->n + 1) * sizeof *used);
	nused = collect(o, figs, period, &rows, used);
	say_missing(o, &rows, period);
	code = trim_rows(o, &rows, period);
	if (!code)
		code = draw(j, o, &rows, period, used, nused);
	chart_rows_free(&rows);
	free(used);
	return code;
}
