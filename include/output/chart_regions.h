/* chart_regions: one role across areas: the median (or o->stat; by
 * default the mean when the areas have more means than medians) of each
 * area, sorted, with its p10-p90 interval where there is one, and the
 * national figure as a dashed line. */
#ifndef WAGESTAT_CHART_REGIONS_H
#define WAGESTAT_CHART_REGIONS_H

#include "output/chart.h"

/* The figures of o->role (must be set) in o's period (default: the
 * newest).  Returns 0, EXIT_DATA or EXIT_USAGE. */
int chart_regions_draw(plot_job *j, const chart_opts *o, const chart_figs *figs);

#endif
