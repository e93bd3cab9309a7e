/* wagestat: salary and labor-data analysis.  Dispatches subcommands from
 * one table that help reads too. */
#include <gsl/gsl_errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "base/diag.h"
#include "base/fmt.h"
#include "base/infile.h"
#include "base/units.h"
#include "output/table.h"
#include "model/dict.h"


static int cmd_help(int argc, char **argv);
static void help_help(FILE *out);

const command commands[] = {
	{"summarize", cmd_summarize, "grouped statistics of pay in CSV microdata",
	 cmd_summarize_help},
	{"merge", cmd_merge, "summarize's table from the partial results of its parts",
	 cmd_merge_help},
	{"import", cmd_import, "published tables (BLS OEWS, wide salary tables) as claims",
	 cmd_import_help},
	{"convert", cmd_convert, "claims restated in another year's dollars or another unit",
	 cmd_convert_help},
	{"reconcile", cmd_reconcile, "one consensus figure per key from conflicting sources, disagreements flagged",
	 cmd_reconcile_help},
	{"extract", cmd_extract, "every salary claim in articles (text, Markdown, HTML) as claims",
	 cmd_extract_help},
	{"check", cmd_check, "salary claims in articles judged against each other and the BLS",
	 cmd_check_help},
	{"plot", cmd_plot, "charts of pay by role, area, year or distribution, drawn by gnuplot",
	 cmd_plot_help},
	{"report", cmd_report, "one report from microdata, claims and articles: HTML, Markdown or xlsx",
	 cmd_report_help},
	{"help", cmd_help, "show help for wagestat or one command", help_help},
	{NULL, NULL, NULL, NULL},
};

const command *command_find(const char *name)
{
	const command *c;

	for (c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void usage(FILE *out)
{
	const command *c;

	fputs("Usage: wagestat [--max-input SIZE] [--max-field SIZE] [--raw-cells] [--any-pay]\n"
	      "                [--precision cents|full] COMMAND [OPTIONS] [FILE...]\n"
	      "       wagestat help [COMMAND]\n"
	      "       wagestat --version\n"
	      "\n"
	      "wagestat reads salary data (CSV microdata and published figures),\n"
	      "summarizes it and accounts for every row.\n"
	      "\n"
	      "Commands:\n",
	      out);
	for (c = commands; c->name; c++)
		fprintf(out, "  %-11s %s\n", c->name, c->summary);
	fputs("\n"
	      "Limits, for every command (SIZE as 4096, 64k, 16M, 1G):\n"
	      "  --max-input SIZE  read no file past SIZE bytes (default 1G; 64M for\n"
	      "                    articles, which are read whole)\n"
	      "  --max-field SIZE  no CSV field longer than SIZE (default 16M)\n"
	      "Reaching one is said as FILE[:LINE:COL] and is a data problem (exit 1).\n"
	      "  --raw-cells       CSV and TSV text cells as they are: by default one\n"
	      "                    a spreadsheet would run as a formula (=, +, -, @,\n"
	      "                    tab or CR first) is written after a '\n"
	      "  --any-pay         keep pay no one is paid: by default a value outside\n"
	      "                    1 to 100,000,000 a year, 0.01 to 10,000 an hour,\n"
	      "                    0.10 to 10,000,000 a month or 0.02 to 2,000,000 a\n"
	      "                    week is rejected, and so is a period that is no\n"
	      "                    year from 1900 to 2100\n"
	      "  --precision cents|full\n"
	      "                    numbers in CSV, TSV, JSON and claims files: by\n"
	      "                    default (cents) money to the cent and counts\n"
	      "                    whole (53788.8, not 53788.799999999996); full\n"
	      "                    writes each in the shortest form that reads back\n"
	      "                    as the same double.  Standard errors have six\n"
	      "                    significant digits by default.\n"
	      "\n"
	      "Where there is no value (a blank text cell, an undefined statistic)\n"
	      "text, Markdown and HTML tables write -, CSV and TSV an empty field,\n"
	      "JSON null (\"\" for blank text).  Text tables wider than 100 columns\n"
	      "shorten their longest text cells, ending them in an ellipsis (…);\n"
	      "every other format keeps the whole text.\n"
	      "\n"
	      "Exit status: 0 ok, 1 data problems, 2 usage or system errors.\n"
	      "Messages: wagestat: FILE:LINE:COL: what is wrong (COL is the\n"
	      "1-based field number).\n",
	      out);
}

static void help_help(FILE *out)
{
	fputs("Usage: wagestat help [COMMAND]\n", out);
}

static int cmd_help(int argc, char **argv)
{
	const command *c;

	if (argc < 2) {
		usage(stdout);
		return diag_close_stdout(EXIT_OK);
	}
	c = command_find(argv[1]);
	if (!c)
		diag_usage(NULL, "no command '%s'", argv[1]);
	c->help(stdout);
	return diag_close_stdout(EXIT_OK);
}

/* --raw-cells and --any-pay at argv[0...]: how many there were. */
static int flags(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "--raw-cells") == 0)
			table_raw_cells = 1;
		else if (strcmp(argv[i], "--any-pay") == 0)
			units_check_pay = 0;
		else
			break;
	return i;
}

/* --precision cents|full */
static void precision(const char *arg)
{
	if (strcmp(arg, "full") == 0)
		fmt_precision_full = 1;
	else if (strcmp(arg, "cents") == 0)
		fmt_precision_full = 0;
	else
		diag_usage(NULL, "--precision: cents or full, not '%s'", arg);
}

/* The options for every command, before its name (--max-input SIZE,
 * --max-field SIZE, --precision cents|full, --raw-cells, --any-pay): how
 * many arguments they took. */
static int global_options(int argc, char **argv)
{
	int i = 1;

	i += flags(argc - i, argv + i);
	while (i < argc && (strcmp(argv[i], "--max-input") == 0 ||
			    strcmp(argv[i], "--max-field") == 0 ||
			    strcmp(argv[i], "--precision") == 0)) {
		size_t n;
		if (i + 1 >= argc)
			diag_usage(NULL, "%s needs a value", argv[i]);
		n = infile_parse_size(argv[i + 1]);
		if (strcmp(argv[i], "--precision") == 0)
			precision(argv[i + 1]);
		else if (!n)
			diag_usage(NULL, "%s: a size such as 64M or 1G, not '%s'", argv[i], argv[i + 1]);
		else if (strcmp(argv[i], "--max-input") == 0)
			infile_max_input = infile_max_article = n;
		else
			infile_max_field = n;
		i += 2;
		i += flags(argc - i, argv + i);
	}
	return i - 1;
}

int main(int argc, char **argv)
{
	const command *c;
	int skip;

	/* no file the program opens may take the place of a closed 0, 1, 2 */
	infile_guard_std_fds();

	/* numbers are read and written with '.', whatever the environment */
	setlocale(LC_ALL, "C");
	/* GSL's default handler aborts; results are checked instead */
	gsl_set_error_handler_off();
	/* dictionaries other than the compiled-in copies of datasets/ */
	dict_use_files(getenv("WAGESTAT_ROLES"), getenv("WAGESTAT_AREAS"),
		       getenv("WAGESTAT_CPI"));
	dict_use_cities_file(getenv("WAGESTAT_CITIES"));

	skip = global_options(argc, argv);
	argc -= skip;
	argv += skip;
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return diag_close_stdout(EXIT_OK);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("wagestat %s\n", WAGESTAT_VERSION);
		return diag_close_stdout(EXIT_OK);
	}
	c = command_find(argv[1]);
	if (!c)
		diag_usage(NULL, "unknown command '%s'", argv[1]);
	return c->run(argc - 1, argv + 1);
}
