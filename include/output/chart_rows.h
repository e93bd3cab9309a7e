/* chart_rows: the rows of a roles or regions chart, one a role or an
 * area, each with its p10, p25, median, p75, p90 and mean, drawn from the
 * bottom (lowest) up: a p10-p90 whisker, a p25-p75 box, the median (or
 * the mean where there is no median) marked and labelled in dollars, the
 * mean as a dot. */
#ifndef WAGESTAT_CHART_ROWS_H
#define WAGESTAT_CHART_ROWS_H

#include <stddef.h>
#include <stdio.h>

#include "output/chart.h"

#define CHART_ROWS_NCELLS 6

typedef struct chart_row {
	const char *key, *label; /* not owned */
	chart_cell c[CHART_ROWS_NCELLS];
	double sort;
} chart_row;

typedef struct chart_rows {
	chart_row *r;
	size_t n, alloc;
} chart_rows;

void chart_rows_free(chart_rows *rows);

/* The row with this key, added (cells empty) if new. */
chart_row *chart_rows_find(chart_rows *rows, const char *key, const char *label);
/* The cell of a row a statistic goes in (p10 ... p90; anything else: the
 * mean). */
int chart_rows_cell_of(int stat);

/* Drop the rows with nothing to mark (no median and no mean); returns
 * how many. */
size_t chart_rows_drop_empty(chart_rows *rows);
/* Sort by the median (else the mean), lowest first, then by label. */
void chart_rows_sort(chart_rows *rows);
/* Keep the CHART_MAX_ROWS highest of sorted rows; returns how many there
 * were. */
size_t chart_rows_keep_top(chart_rows *rows);
/* 1 if some row's label takes two lines. */
int chart_rows_two_lines(const chart_rows *rows);

/* plot.dat, one line a row:
 *   1 y, 2 p10, 3 p25, 4 median, 5 p75, 6 p90, 7 mean, 8 label_x,
 *   9 value_label, 10 name_line1, 11 name_line2
 * (NaN where a figure is missing, name_line2 "-" when there is none). */
void chart_rows_write(FILE *dat, const chart_rows *rows);
/* The script that draws them; marked: the legend of the median's dot. */
void chart_rows_draw(plot_job *j, const chart_opts *o, const chart_rows *rows,
		     const char *marked);

#endif
