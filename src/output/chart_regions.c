#include "output/chart_regions.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "output/chart_rows.h"

/* The role asked for with --role in an area: the dictionary's code, else
 * the text. */
static int keep_region(const chart_opts *o, const chart_fig *f)
{
	if (!chart_role_matches(f->key, f->role, o->role))
		return 0;
	if (o->period && !chart_period_matches(f, o->period))
		return 0;
	return f->stat == o->stat && strcmp(f->area, "US") != 0;
}

/* The statistic most areas have, the median first. */
static int region_stat(const chart_opts *o, const chart_figs *figs)
{
	size_t i, med = 0, mean = 0;

	for (i = 0; i < figs->n; i++) {
		const chart_fig *f = &figs->f[i];
		if (strcmp(f->area, "US") == 0 || !chart_role_matches(f->key, f->role, o->role) ||
		    (o->period && !chart_period_matches(f, o->period)))
			continue;
		med += f->stat == CSTAT_MEDIAN;
		mean += f->stat == CSTAT_MEAN;
	}
	return mean > med ? CSTAT_MEAN : CSTAT_MEDIAN;
}

/* The rows of the period's areas, the figures used into used, and the
 * national figure into *nat (or NULL).  Returns how many were used. */
static size_t collect(const chart_opts *o, const chart_figs *figs, const char *period,
		      chart_rows *rows, const chart_fig **used, const chart_fig **nat)
{
	int med = chart_rows_cell_of(CSTAT_MEDIAN);
	size_t i, nused = 0;

	*nat = NULL;
	for (i = 0; i < figs->n; i++) {
		const chart_fig *f = &figs->f[i];
		int c;
		if (!chart_role_matches(f->key, f->role, o->role) || strcmp(f->period, period) != 0)
			continue;
		if (f->stat == o->stat)
			c = med;
		else if (o->stat == CSTAT_MEDIAN && f->stat != CSTAT_MEAN)
			c = chart_rows_cell_of(f->stat);
		else
			continue;
		if (strcmp(f->area, "US") == 0) {
			if (c == med && (!*nat || ((*nat)->unit != o->unit && f->unit == o->unit)))
				*nat = f;
			continue;
		}
		chart_cell_put(&chart_rows_find(rows, f->area, chart_area_name(f->area))->c[c], f,
			       o->unit);
		used[nused++] = f;
	}
	return nused;
}

/* The national figure as a dashed line, labelled. */
static void draw_national(plot_job *j, const chart_opts *o, const chart_fig *nat)
{
	double k = plot_money_scale(o->unit);
	double national = nat->unit == o->unit ? nat->value
					       : unit_convert(nat->value, nat->unit, o->unit);
	char m[64], ref[128];

	fprintf(j->gp, "set arrow 1 from %.10g, graph 0 to %.10g, graph 1 nohead dt 2 lw 1.5 "
		"lc rgb c_ref back\n", national / k, national / k);
	snprintf(ref, sizeof ref, "%s %s", chart_area_name("US"), plot_money(national, m, sizeof m));
	fputs("set label 102 ", j->gp);
	plot_gp_string(j->gp, ref);
	fprintf(j->gp, " at %.10g, graph 0 left offset char 0.5,0.7 font ',8' "
		"textcolor rgb c_ref front\n", national / k);
}

static int draw(plot_job *j, const chart_opts *o, const chart_rows *rows, const char *period,
		const chart_fig **used, size_t nused, const chart_fig *nat)
{
	char title[512], axis[64], when[64], st[16], word[16];
	const char *stname = claim_stat_name(o->stat, st, sizeof st);
	int code = chart_open(j, o, chart_default_height(rows->n, 0));

	if (code)
		return code;
	chart_rows_write(j->dat, rows);
	snprintf(title, sizeof title, "%s%s pay by area: %s, %s",
		 chart_stat_title(o->stat, word, sizeof word),
		 o->stat == CSTAT_MEAN || o->stat == CSTAT_MEDIAN ? "" : " of", used[0]->role,
		 chart_period_words(period, when, sizeof when));
	plot_titles(j, title, plot_pay_title(o->unit, chart_year_of(period), axis, sizeof axis),
		    NULL);
	if (nat) {
		used[nused++] = nat;
		draw_national(j, o, nat);
	}
	chart_source_line(j, used, nused);
	chart_rows_draw(j, o, rows, stname);
	return plot_render(j);
}

int chart_regions_draw(plot_job *j, const chart_opts *opts, const chart_figs *figs)
{
	chart_opts o = *opts;
	const char *period;
	const chart_fig **used, *nat;
	chart_rows rows = {0};
	size_t nused;
	char st[16];
	int code;

	if (o.stat == CSTAT_NONE)
		o.stat = region_stat(&o, figs);
	period = chart_newest_period(figs, &o, keep_region);
	if (!period) {
		diag("no %s by area for '%s'%s%s (try --stat)",
		     claim_stat_name(o.stat, st, sizeof st), o.role, o.period ? " in " : "",
		     o.period ? o.period : "");
		return EXIT_DATA;
	}
	used = xmalloc((figs->n + 1) * sizeof *used);
	nused = collect(&o, figs, period, &rows, used, &nat);
	chart_rows_drop_empty(&rows);
	chart_rows_sort(&rows);
	chart_rows_keep_top(&rows);
	code = draw(j, &o, &rows, period, used, nused, nat);
	chart_rows_free(&rows);
	free(used);
	return code;
}
