/* chart: what the charts of claims share (roles, regions, trend and
 * reconcile): the request, the figures read, how a figure matches the
 * roles, area and period asked for, and the source line.  A chart is
 * drawn through plot.h. */
#ifndef WAGESTAT_CHART_H
#define WAGESTAT_CHART_H

#include <stddef.h>

#include "base/units.h"
#include "model/claim.h"
#include "output/plot.h"

#define CHART_MAX_ROWS 60    /* rows of a roles or regions chart */
#define CHART_LABEL_WIDTH 34 /* a row name longer than this takes two lines */

/* What was asked for. */
typedef struct chart_opts {
	unit unit;            /* of the chart */
	const char *area;     /* NULL: every area (reconcile) */
	const char *period;   /* a period or its prefix, NULL: the newest */
	const char *role;     /* regions: the role */
	char **roles;         /* --roles, as written */
	size_t nroles;
	int stat;             /* CSTAT_NONE: the kind's default */
	int mean, quiet;
	int to_year;          /* the dollars to restate in, 0: the kind's */
	const char *script, *output;
	int width, height;    /* pixels, 0: the kind's */
} chart_opts;

/* One figure read, kept for the chart. */
typedef struct chart_fig {
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
} chart_fig;

typedef struct chart_figs {
	chart_fig *f;
	size_t n, alloc;
} chart_figs;

/* Statistics a pay chart can show: p10, p25, median, p75, p90, mean. */
int chart_wanted_stat(int stat);
/* Keep the claim if it is a pay figure a chart can show. */
void chart_figs_add(chart_figs *figs, const claim *c);
void chart_figs_free(chart_figs *figs);

int chart_year_of(const char *period);
/* Does a figure's role (key: its code, name: its name) match a name the
 * user gave: a code, a title or an alias the dictionary knows (by its
 * code), else the role as written? */
int chart_role_matches(const char *key, const char *name, const char *want);
/* An area's code when the dictionary knows it, else the text; its name
 * when the dictionary knows the code, else the code. */
const char *chart_area_code(const char *text);
const char *chart_area_name(const char *code);
/* "May 2023" for 2023-05, else the period as written. */
const char *chart_period_words(const char *period, char *buf, size_t size);
/* Is the figure's period want, or does it start so (2023)? */
int chart_period_matches(const chart_fig *f, const char *want);
/* The newest period of the figures keep keeps, or NULL. */
const char *chart_newest_period(const chart_figs *figs, const chart_opts *o,
				int (*keep)(const chart_opts *, const chart_fig *));
/* "Median", "Mean" or the statistic's name ("p90"), for titles. */
const char *chart_stat_title(int stat, char *buf, size_t size);

/* A figure in the chart's unit: direct figures beat converted ones, and
 * the first of equals wins. */
typedef struct chart_cell {
	double v;      /* NaN: none */
	int direct, top;
} chart_cell;
void chart_cell_clear(chart_cell *c);
void chart_cell_put(chart_cell *c, const chart_fig *f, unit u);

/* The "Source: ...; wagestat" line: the sources named in order of first
 * use; three or more that differ only after a shared first part are
 * written "BLS OEWS May 2017 to May 2024". */
void chart_source_names(plot_job *j, const char *const *name, size_t n);
/* The source line of the figures drawn. */
void chart_source_line(plot_job *j, const chart_fig *const *used, size_t n);

/* The height for n rows of names (two lines each if two). */
int chart_default_height(size_t n, int two);
/* plot_open with the requested size, or width 800 and this height. */
int chart_open(plot_job *j, const chart_opts *o, int height);

#endif
