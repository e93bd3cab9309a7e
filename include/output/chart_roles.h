/* chart_roles: pay by occupation in one area and period: a row a role,
 * sorted by median (see chart_rows.h), at most CHART_MAX_ROWS of them
 * (the highest paid). */
#ifndef WAGESTAT_CHART_ROLES_H
#define WAGESTAT_CHART_ROLES_H

#include "output/chart.h"

/* The figures of o's area (o->area must be set) and period (default: the
 * newest), of o's roles (default: all).  Returns 0, EXIT_DATA (nothing to
 * draw, or gnuplot complained) or EXIT_USAGE. */
int chart_roles_draw(plot_job *j, const chart_opts *o, const chart_figs *figs);

#endif
