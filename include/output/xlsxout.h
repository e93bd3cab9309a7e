/* xlsxout: tables as an Excel workbook, through libxlsxwriter (Debian's
 * libxlsxwriter-dev): a sheet per table with its header row frozen and
 * bold, numbers stored as numbers (amounts in a currency format, columns
 * named *_pct in a percent format, counts whole), NaN as an empty cell,
 * text as text (a cell that begins like a formula is never one), and
 * sheets of plain lines for the accounting and the methods. */
#ifndef WAGESTAT_XLSXOUT_H
#define WAGESTAT_XLSXOUT_H

#include <stdio.h>

#include "output/table.h"

typedef struct xlsxout xlsxout;

/* A workbook to be written to path, or (path NULL) to a temporary file
 * that xlsxout_close copies onto a stream.  NULL after saying why. */
xlsxout *xlsxout_open(const char *path);
/* A sheet named name (at most 31 characters) holding t. */
void xlsxout_table(xlsxout *x, const char *name, const table *t);
/* A sheet named name holding text, one line a row in the first column. */
void xlsxout_lines(xlsxout *x, const char *name, const char *text);
/* Write the workbook (to out, when opened with no path, which must then
 * not be a terminal) and free x.  Returns 0, or EXIT_USAGE after saying
 * why. */
int xlsxout_close(xlsxout **x, FILE *out);

#endif
