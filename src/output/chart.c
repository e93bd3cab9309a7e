#include "output/chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"
#include "model/dict.h"

/* Statistics a pay chart can show. */
int chart_wanted_stat(int stat)
{
	return stat == 10 || stat == 25 || stat == CSTAT_MEDIAN || stat == 75 || stat == 90 ||
	       stat == CSTAT_MEAN;
}

int chart_year_of(const char *period)
{
	return (int)strtol(period, NULL, 10);
}

void chart_figs_add(chart_figs *figs, const claim *c)
{
	chart_fig *f;

	if (!chart_wanted_stat(c->stat) || c->unit == UNIT_NONE)
		return;
	xgrow(&figs->f, &figs->alloc, figs->n + 1, sizeof *figs->f);
	f = &figs->f[figs->n++];
	f->key = xstrdup(c->soc_code[0] ? c->soc_code : c->role);
	f->role = xstrdup(c->role[0] ? c->role : c->soc_code);
	f->area = xstrdup(c->area[0] ? c->area : "US");
	f->period = xstrdup(c->period);
	f->source = xstrdup(c->source);
	f->year = chart_year_of(c->period);
	f->stat = c->stat;
	f->value = c->value;
	f->unit = c->unit;
	f->qual = c->qual;
}

void chart_figs_free(chart_figs *figs)
{
	size_t i;

	for (i = 0; i < figs->n; i++) {
		free(figs->f[i].key);
		free(figs->f[i].role);
		free(figs->f[i].area);
		free(figs->f[i].period);
		free(figs->f[i].source);
	}
	free(figs->f);
	figs->f = NULL;
	figs->n = figs->alloc = 0;
}

int chart_role_matches(const char *key, const char *name, const char *want)
{
	const role *r = dict_role(want, strlen(want));

	if (r) /* the dictionary knows it: by code only, not a group of the same name */
		return strcmp(key, r->code) == 0;
	return strcasecmp(name, want) == 0 || strcasecmp(key, want) == 0;
}

const char *chart_area_code(const char *text)
{
	const area *a = dict_area(text, strlen(text));

	return a ? a->code : text;
}

const char *chart_area_name(const char *code)
{
	const area *a = dict_area(code, strlen(code));

	return a ? a->name : code;
}

/* "May 2023" for 2023-05, else the period as written. */
const char *chart_period_words(const char *period, char *buf, size_t size)
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
static int newer(const chart_fig *a, const char *period, int year)
{
	if (a->year != year)
		return a->year > year;
	return strcmp(a->period, period) > 0;
}

int chart_period_matches(const chart_fig *f, const char *want)
{
	return strncmp(f->period, want, strlen(want)) == 0;
}

const char *chart_newest_period(const chart_figs *figs, const chart_opts *o,
				int (*keep)(const chart_opts *, const chart_fig *))
{
	const chart_fig *best = NULL;
	size_t i;

	for (i = 0; i < figs->n; i++)
		if (keep(o, &figs->f[i]) && (!best || newer(&figs->f[i], best->period, best->year)))
			best = &figs->f[i];
	return best ? best->period : NULL;
}

const char *chart_stat_title(int stat, char *buf, size_t size)
{
	if (stat == CSTAT_MEAN)
		return "Mean";
	if (stat == CSTAT_MEDIAN)
		return "Median";
	return claim_stat_name(stat, buf, size);
}

void chart_cell_clear(chart_cell *c)
{
	c->v = NAN;
	c->direct = c->top = 0;
}

void chart_cell_put(chart_cell *c, const chart_fig *f, unit u)
{
	int direct = f->unit == u;

	if (!isnan(c->v) && (c->direct || !direct))
		return;
	c->v = direct ? f->value : unit_convert(f->value, f->unit, u);
	c->direct = direct;
	c->top = f->qual == QUAL_TOP_CODED;
}

/* The "Source: ...; wagestat" line: the sources of the figures drawn in
 * order of first use; three or more that differ only after a shared first
 * part are written "BLS OEWS May 2017 to May 2024". */
void chart_source_names(plot_job *j, const char *const *name, size_t n)
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
void chart_source_line(plot_job *j, const chart_fig *const *used, size_t n)
{
	const char **name = xmalloc((n + 1) * sizeof *name);
	size_t i;

	for (i = 0; i < n; i++)
		name[i] = used[i]->source;
	chart_source_names(j, name, n);
	free(name);
}

int chart_default_height(size_t n, int two)
{
	int h = 130 + (int)n * (two ? 26 : 17);

	return h < 500 ? 500 : h;
}

int chart_open(plot_job *j, const chart_opts *o, int height)
{
	return plot_open(j, o->script, o->output, o->width ? o->width : 800,
			 o->height ? o->height : height);
}
