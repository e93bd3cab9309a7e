/* report: a document of sections, paragraphs, tables, charts and quoted
 * findings, written as one self-contained HTML page (CSS inline, no
 * script, nothing fetched, readable on a phone and printable), as
 * Markdown with the charts as SVG files beside it, or as a workbook (a
 * sheet per table and per block of lines, the paragraphs on the first).
 *
 * Every piece of text is escaped where it is written (table_html_text in
 * HTML, backslashes and entities in Markdown): text from the data cannot
 * become markup.  A chart is an SVG file that gnuplot drew (through
 * output/plot.h, which keeps data out of gnuplot's commands); it is
 * inlined with its ids made unique to the chart, its XML prologue
 * dropped. */
#ifndef WAGESTAT_REPORT_H
#define WAGESTAT_REPORT_H

#include "output/table.h"

typedef enum report_format {
	REPORT_HTML,
	REPORT_MD,
	REPORT_XLSX,
} report_format;

typedef struct report report;

report *report_new(const char *title);
void report_free(report **r);

/* Blocks, in the order they are added.  A section's paragraphs go to the
 * workbook's sheet called sheet (NULL: the first sheet, "report"). */
void report_section(report *r, const char *heading, const char *sheet);
void report_para(report *r, const char *text);
/* A table with a caption; in a workbook, the sheet called sheet.  The
 * report owns t from now on. */
void report_table(report *r, const char *caption, const char *sheet, table *t);
/* Lines kept as they are (the accounting), under a caption; a sheet. */
void report_lines(report *r, const char *caption, const char *sheet, const char *text);
/* The chart gnuplot drew at svg_path, called name (a file name part) and
 * title; 0, or -1 after saying why it cannot be read. */
int report_chart(report *r, const char *name, const char *title, const char *svg_path);
/* A finding: where it is, its verdict, the quote with mark (a part of it,
 * or NULL) highlighted, and the reason. */
void report_quote(report *r, const char *where, const char *verdict, const char *quote,
		  const char *mark, const char *reason);

/* "html", "md" (or "markdown"), "xlsx"; -1 if none. */
int report_format_parse(const char *name);

/* Write the report to output ("-": standard output, HTML and Markdown
 * only), atomically: a temporary file beside it, renamed when complete.
 * Markdown's charts are written beside it as BASE-NAME.svg.  Returns 0,
 * or EXIT_USAGE after saying why. */
int report_write(const report *r, report_format f, const char *output);

#endif
