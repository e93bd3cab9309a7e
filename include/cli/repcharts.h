/* repcharts: the report's charts, drawn by the chart code of wagestat plot
 * (output/chart_*.c, one writer) as SVG files in a temporary directory,
 * and handed to the report to be inlined. */
#ifndef WAGESTAT_REPCHARTS_H
#define WAGESTAT_REPCHARTS_H

#include <stddef.h>

#include "compute/reconcile.h"
#include "output/chart.h"
#include "output/chart_dist.h"
#include "output/report.h"

typedef struct repcharts repcharts;

/* NULL after saying why the temporary directory cannot be made. */
repcharts *repcharts_new(void);
/* Remove the directory (and what is left in it). */
void repcharts_free(repcharts **c);

typedef int (*repcharts_figs_fn)(plot_job *j, const chart_opts *o, const chart_figs *figs);

/* Each draws one chart, called name in the report, and adds it to r with
 * its title; when it cannot be drawn, a paragraph says so.  Returns 0 or
 * the chart's code (EXIT_DATA, EXIT_USAGE). */
int repcharts_figs(repcharts *c, report *r, const char *name, const char *title,
		   repcharts_figs_fn draw, const chart_opts *o, const chart_figs *figs);
int repcharts_reconcile(repcharts *c, report *r, const char *title, const chart_opts *o,
			reconciler *rc);
int repcharts_dist(repcharts *c, report *r, const char *title, chart_dist_opts *o,
		   const chart_dist_group *g, size_t ng);

#endif
