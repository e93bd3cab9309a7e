/* plot: charts drawn by gnuplot, run as a program of its own.
 *
 * A chart is three files in one directory: plot.gp (the script), plot.dat
 * (the data, tab-separated) and style.gp (the shared style every chart
 * loads, a copy of plots/style.gp carried in the program).  gnuplot is run
 * in that directory by fork and exec, never through a shell, so that
 * "cd DIR && gnuplot plot.gp" redraws the chart after restyling.
 *
 * Text from the data never becomes gnuplot commands:
 *   - labels go into plot.dat as plain tab-separated fields (plot_field),
 *     read with ytic() or "with labels"; gnuplot never evaluates data;
 *   - the few titles from data (a role's name, the sources) are written
 *     as single-quoted strings (plot_gp_string), in which gnuplot does no
 *     backquote, macro or backslash substitution; quotes are doubled and
 *     line breaks removed, so the string cannot end early;
 *   - every terminal is set noenhanced, so @, ^, _ and braces are text. */
#ifndef WAGESTAT_PLOT_H
#define WAGESTAT_PLOT_H

#include <stddef.h>
#include <stdio.h>

#include "base/units.h"

typedef enum plot_format {
	PLOT_PNG,
	PLOT_SVG,
	PLOT_PDF,
} plot_format;

typedef struct plot_job {
	char *dir;        /* where plot.gp, plot.dat and style.gp are */
	int keep;         /* the directory was asked for (--script): keep it */
	char *output;     /* the chart file, as an absolute path */
	char *tmp_output; /* what gnuplot writes, renamed to output when done */
	plot_format format;
	int width, height; /* pixels (PDF: 100 pixels an inch) */
	FILE *gp, *dat;   /* open between plot_open and plot_render */
} plot_job;

/* The chart format named by a file's extension (.png, .svg, .pdf); -1 if
 * none of those. */
int plot_format_of(const char *path);

/* Create the directory (script_dir, made if missing, or a temporary one),
 * write style.gp into it, open plot.gp and plot.dat, and write the
 * script's first lines: terminal, output and "load 'style.gp'".
 * Returns 0, or EXIT_USAGE after saying why. */
int plot_open(plot_job *j, const char *script_dir, const char *output,
	      int width, int height);

/* Close the files and run gnuplot on plot.gp in the directory; the chart
 * is written to a temporary file beside the output and renamed onto it
 * only when gnuplot succeeded, so a failed or stopped plot leaves the old
 * file, and a signal leaves no temporary file or gnuplot behind.  Anything
 * gnuplot writes on stderr (a warning too) is shown and makes it a
 * failure.  When gnuplot cannot be found the script and data are kept
 * and the message says how to draw them.  Removes a temporary directory.
 * Returns 0, EXIT_DATA (gnuplot complained) or EXIT_USAGE. */
int plot_render(plot_job *j);

/* Free the job (after plot_render, or instead of it: then a temporary
 * directory is removed too). */
void plot_job_free(plot_job *j);

/* s as one field of plot.dat: tabs, line breaks and other control bytes
 * become spaces, and straight double quotes (which gnuplot's data reader
 * would take as quoting) become typographic ones, and backslashes (which
 * a tic label reads as escapes) the set-minus sign; never empty ("-"). */
void plot_field(FILE *f, const char *s);

/* s as a single-quoted gnuplot string constant: '' for each ', control
 * bytes as spaces. */
void plot_gp_string(FILE *f, const char *s);

/* set title, xlabel and ylabel (those not NULL) as gnuplot strings. */
void plot_titles(plot_job *j, const char *title, const char *xlabel, const char *ylabel);

/* A money figure for a label: "$45,000" (whole dollars from $1,000, as
 * the tables write them) or "$20.19". */
const char *plot_money(double v, char *buf, size_t size);

/* Shorten a long name for an axis label: names up to width bytes are kept;
 * longer ones are cut at a word boundary into two lines (line1, line2),
 * the second ending in "..." if it still does not fit.  Returns the number
 * of lines (1 or 2); line2 is "" for one. */
int plot_wrap(const char *s, size_t width, char *line1, char *line2, size_t size);

/* Axis title words for a unit and a dollar year: "Annual pay (2023
 * dollars)" or "Hourly pay (nominal dollars)" when year is 0. */
const char *plot_pay_title(unit u, int year, char *buf, size_t size);

/* The axis scale for money: 1000 for annual figures (written $45k),
 * 1 for hourly ones ($20). */
double plot_money_scale(unit u);
/* The tic format that goes with it: '$%.0fk' or '$%.0f'. */
const char *plot_money_format(unit u);

#endif
