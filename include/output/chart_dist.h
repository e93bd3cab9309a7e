/* chart_dist: the distribution of pay in microdata: a histogram per group
 * (Freedman-Diaconis bins) with p10, the median and p90 marked, as small
 * multiples or overlaid in one panel. */
#ifndef WAGESTAT_CHART_DIST_H
#define WAGESTAT_CHART_DIST_H

#include <stddef.h>

#include "base/units.h"
#include "output/plot.h"

/* One group's values, sorted; a group with none is not drawn. */
typedef struct chart_dist_group {
	const char *name;
	const double *x;
	size_t n;
	size_t ntop; /* of them, top-coded values (the pay is at least cap),
		      * drawn at the cap and marked as such */
	double cap;
} chart_dist_group;

typedef struct chart_dist_opts {
	unit unit;          /* the values' unit */
	int overlay;        /* one panel, the groups overlaid */
	const char *script, *output;
	int width, height;  /* 0: the default */
	char *const *files; /* read, for the source line */
	int nfiles;
} chart_dist_opts;

/* Write and draw the chart of the groups (some value among them).
 * Returns 0, EXIT_DATA or EXIT_USAGE (as plot_render). */
int chart_dist_draw(plot_job *j, const chart_dist_opts *o, const chart_dist_group *g,
		    size_t ng);

/* The Freedman-Diaconis bin width of sorted[0..n) (n > 0): 2 IQR n^(-1/3);
 * a tenth of the range when the IQR is 0; 1% of a single value (at
 * least 1). */
double chart_dist_fd_width(const double *sorted, size_t n);

#endif
