/* chart_trend: a statistic (o->stat, default the median) of o's roles by
 * year in o's area, as paid (dashed) and in one year's dollars by CPI-U
 * (solid; o->to_year, default the newest year drawn); a line a role, at
 * most 8. */
#ifndef WAGESTAT_CHART_TREND_H
#define WAGESTAT_CHART_TREND_H

#include "output/chart.h"

/* Returns 0, EXIT_DATA (nothing to draw, no CPI-U for the year, or
 * gnuplot complained) or EXIT_USAGE. */
int chart_trend_draw(plot_job *j, const chart_opts *o, const chart_figs *figs);

#endif
