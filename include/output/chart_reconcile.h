/* chart_reconcile: the picture of wagestat reconcile: per key (role,
 * area, year, statistic) the consensus and its interval as a band, every
 * source's figure as a point coloured by its kind, flagged figures
 * ringed; o's roles, area, stat and period pick the keys (at most 40:
 * the highest consensus). */
#ifndef WAGESTAT_CHART_RECONCILE_H
#define WAGESTAT_CHART_RECONCILE_H

#include "compute/reconcile.h"
#include "output/chart.h"

/* Runs the reconciler on the claims added to it, then draws.  Returns 0,
 * EXIT_DATA (no keys, or gnuplot complained) or EXIT_USAGE. */
int chart_reconcile_draw(plot_job *j, const chart_opts *o, reconciler *r);

#endif
