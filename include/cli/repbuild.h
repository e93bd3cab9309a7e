/* repbuild: the sections of wagestat report, built from its inputs by the
 * same code as the commands that show each part: summarize's table
 * (output/sumtable), plot's charts (output/chart_*), reconcile's tables
 * (output/rctable) and check's findings (cli/judge, output/findings). */
#ifndef WAGESTAT_REPBUILD_H
#define WAGESTAT_REPBUILD_H

#include <stddef.h>

#include "cli/microopts.h"
#include "compute/stats.h"
#include "output/chart.h"
#include "output/report.h"

/* What the report was asked for. */
typedef struct repbuild_args {
	microopts in;          /* how microdata is read, as summarize reads it */
	stats_plan plan;       /* -s */
	int sort;              /* --sort: groups by key */
	chart_opts chart;      /* --roles, --role, --area, --period, --to-year */
	int window;            /* --period-window */
	const char *ref_path;  /* --ref, or NULL: the shipped reference */
	const char *title;
	int quiet;
	char **files;          /* the inputs */
	size_t nfiles;
	const char *command;   /* the command as run, for Methods */
} repbuild_args;

/* The kinds of input, recognised by their content. */
typedef enum repbuild_kind { INPUT_MICRODATA, INPUT_CLAIMS, INPUT_ARTICLE } repbuild_kind;

/* What kind path holds: an article (HTML, Markdown or text: its first
 * line is no delimited header), claims (a header with stat and value, or
 * a column of figures such as A_MEDIAN, Median, 10th percentile) or
 * microdata (the -v column, or a pay column summarize finds by name).
 * -1 after saying why the file cannot be read. */
int repbuild_kind_of(const repbuild_args *a, const char *path);

/* Read every input and add the report's sections to r.  Returns 0,
 * EXIT_DATA (a file empty or unreadable, a chart not drawn: said in the
 * report and on stderr) or EXIT_USAGE. */
int repbuild_run(const repbuild_args *a, report *r);

#endif
