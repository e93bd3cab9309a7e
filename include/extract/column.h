/* column: what the header of a table's column says of the figures under
 * it - a statistic ("Median", "10th", "Low (10%)"), a unit ("Hourly"),
 * pay with no statistic ("Salary"), one occupation's, place's or year's
 * figures ("| | Ohio | Texas |"), a label column ("State"), or counts and
 * costs that are not pay ("Jobs", "Tuition"). */
#ifndef WAGESTAT_EXTRACT_COLUMN_H
#define WAGESTAT_EXTRACT_COLUMN_H

#include "extract/doc.h"

typedef struct column_meaning {
	int stat;
	unit unit;
	int label;        /* 1: area, 2: role, 4: counts or costs, never pay */
	const role *role; /* a column of one occupation's figures */
	const area *area; /* ... or of one place's: "| | Ohio | Texas |" */
	int year;         /* a column of one year's figures: "| 2022 | 2023 |" */
	int thousands;    /* figures written in thousands: "Annual ($1,000s)" */
	int pay;          /* the header says pay, so a bare number under it is */
	int cost;         /* ... or a cost: "Tuition", "Typical training cost" */
} column_meaning;

/* The meaning of the header cell [s, e). */
column_meaning column_read(const doc *d, size_t s, size_t e);

/* The statistics a header line names, in order ("State   Median   Bottom
 * 10%   Top 10%"), at most max. */
size_t column_cues(const doc *d, size_t s, size_t e, int *stats, size_t max);

/* The columns of an aligned header line, two spaces apart: the ones that
 * hold figures go to figs (at most 16); *columns counts them all, *costs
 * those of costs. */
size_t column_aligned(const doc *d, size_t s, size_t e, column_meaning *figs, size_t *columns,
		      size_t *costs);

#endif
