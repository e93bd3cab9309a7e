/* wagestat report: one report from microdata, claims and articles, in
 * HTML, Markdown or a workbook; its options from the command line and
 * from a report file of key = value lines. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/chartopts.h"
#include "cli/commands.h"
#include "cli/microopts.h"
#include "cli/repbuild.h"
#include "output/report.h"

enum { OPT_SORT = 256, OPT_TITLE, OPT_REF, OPT_WINDOW };

/* report's own options; microopts adds the reading ones. */
static const struct option own_options[] = {
	{"format", required_argument, NULL, 'f'},
	{"output", required_argument, NULL, 'o'},
	{"stats", required_argument, NULL, 's'},
	{"config", required_argument, NULL, 'c'},
	{"roles", required_argument, NULL, 'R'},
	{"role", required_argument, NULL, 'r'},
	{"area", required_argument, NULL, 'a'},
	{"period", required_argument, NULL, 'p'},
	{"to-year", required_argument, NULL, 'y'},
	{"period-window", required_argument, NULL, OPT_WINDOW},
	{"ref", required_argument, NULL, OPT_REF},
	{"title", required_argument, NULL, OPT_TITLE},
	{"sort", no_argument, NULL, OPT_SORT},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

#define REPORT_STATS "count,mean,p10,p25,median,p75,p90"

/* --- the report file --------------------------------------------------- */

/* An argument vector being built. */
typedef struct args {
	char **v;
	size_t n, alloc;
} args;

static void push(args *a, const char *s)
{
	xgrow(&a->v, &a->alloc, a->n + 2, sizeof *a->v);
	a->v[a->n++] = xstrdup(s);
	a->v[a->n] = NULL;
}

/* The keys a report file may set: the long option each stands for
 * (input is an input file, and sort a yes or no). */
static const char *const file_keys[] = {
	"input", "title", "group", "value", "unit", "stats", "where", "hours", "weeks", "basis",
	"currency", "currency-col", "delimiter", "roles", "role", "area", "period", "to-year",
	"period-window", "ref", "format", "output", "sort", NULL,
};

static int known_key(const char *key)
{
	size_t i;

	for (i = 0; file_keys[i]; i++)
		if (strcmp(file_keys[i], key) == 0)
			return 1;
	return 0;
}

static char *trim(char *s)
{
	size_t n;

	s += strspn(s, " \t");
	n = strlen(s);
	while (n && strchr(" \t\r\n", s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* path as the report file at conf names it: relative to its folder. */
static char *beside(const char *conf, const char *path)
{
	const char *slash = strrchr(conf, '/');
	size_t dir = slash ? (size_t)(slash - conf) + 1 : 0, n = dir + strlen(path) + 1;
	char *p = xmalloc(n);

	if (path[0] == '/')
		dir = 0;
	snprintf(p, n, "%.*s%s", (int)dir, conf, path);
	return p;
}

/* One line "key = value" of the report file into options (inputs into
 * files); exits 2 with FILE:LINE:COL on a line it does not understand. */
static void file_line(const char *conf, unsigned long line, char *text, args *opts, args *files)
{
	char *eq = strchr(text, '='), *key, *value, *p;

	if (!eq)
		diag_at(conf, line, 1, "not 'key = value': '%s'", text);
	if (!eq)
		exit(EXIT_USAGE);
	*eq = '\0';
	key = trim(text);
	value = trim(eq + 1);
	for (p = key; *p; p++)
		*p = *p == '_' ? '-' : *p;
	if (!known_key(key)) {
		diag_at(conf, line, 1, "unknown key '%s' (input, title, group, value, unit, stats, "
			"where, hours, weeks, basis, roles, role, area, period, to_year, "
			"period_window, ref, format, output, sort ...)", key);
		exit(EXIT_USAGE);
	}
	if (strcmp(key, "input") == 0 || strcmp(key, "ref") == 0) {
		char *path = beside(conf, value);
		if (key[0] == 'r') {
			push(opts, "--ref");
			push(opts, path);
		} else {
			push(files, path);
		}
		free(path);
	} else if (strcmp(key, "sort") == 0) {
		if (strcmp(value, "yes") == 0 || strcmp(value, "true") == 0)
			push(opts, "--sort");
	} else {
		char opt[32];
		snprintf(opt, sizeof opt, "--%s", key);
		push(opts, opt);
		push(opts, value);
	}
}

/* The options of the report file at path, then the command line's (which
 * win), then the file's inputs: one argument vector. */
static void read_file(const char *path, int argc, char **argv, args *out)
{
	FILE *f = fopen(path, "r");
	args files = {0};
	char *line = NULL;
	size_t cap = 0;
	unsigned long n = 0;
	int i;

	if (!f) {
		diag("%s: %s", path, strerror(errno));
		exit(EXIT_USAGE);
	}
	push(out, argv[0]);
	while (getline(&line, &cap, f) > 0) {
		char *t = trim(line);
		n++;
		if (*t && *t != '#')
			file_line(path, n, t, out, &files);
	}
	free(line);
	fclose(f);
	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "--config") == 0)
			i++;
		else if (strncmp(argv[i], "--config=", 9) != 0)
			push(out, argv[i]);
	for (i = 0; (size_t)i < files.n; i++)
		push(out, files.v[i]);
	for (i = 0; (size_t)i < files.n; i++)
		free(files.v[i]);
	free(files.v);
}

/* --config FILE (or -c FILE, --config=FILE) on the command line, or NULL. */
static const char *config_of(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if ((strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "--config") == 0) && i + 1 < argc)
			return argv[i + 1];
		if (strncmp(argv[i], "--config=", 9) == 0)
			return argv[i] + 9;
		if (strcmp(argv[i], "--") == 0)
			break;
	}
	return NULL;
}

/* --- options ----------------------------------------------------------- */

typedef struct report_opts {
	repbuild_args b;
	const char *stats, *output;
	report_format format;
} report_opts;

static int window_arg(const char *arg)
{
	char *end;
	long v = strtol(arg, &end, 10);

	if (end == arg || *end || v < 0 || v > 200)
		diag_usage("report", "--period-window: a whole number from 0 to 200, not '%s'", arg);
	return (int)v;
}

/* report's own options; 0 if c is none of them. */
static int own_option(report_opts *o, int c, const char *arg)
{
	int f;

	switch (c) {
	case 'f':
		if ((f = report_format_parse(arg)) < 0)
			diag_usage("report", "-f: html, md or xlsx, not '%s'", arg);
		o->format = (report_format)f;
		break;
	case 'o': o->output = arg; break;
	case 's': o->stats = arg; break;
	case 'c': break; /* read before */
	case 'q': o->b.quiet = 1; break;
	case OPT_SORT: o->b.sort = 1; break;
	case OPT_TITLE: o->b.title = arg; break;
	case OPT_REF: o->b.ref_path = arg; break;
	case OPT_WINDOW: o->b.window = window_arg(arg); break;
	case 'h':
		cmd_report_help(stdout);
		exit(diag_close_stdout(EXIT_OK));
	default: return 0;
	}
	return 1;
}

static void parse_options(report_opts *o, int argc, char **argv)
{
	struct option long_options[MICROOPTS_MAX_LONG];
	char err[128];
	int c;

	microopts_init(&o->b.in);
	microopts_long(own_options, long_options);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":" MICROOPTS_SHORT "f:o:s:c:qh", long_options,
				NULL)) != -1) {
		if (own_option(o, c, optarg) || microopts_take(&o->b.in, "report", c, optarg) ||
		    (strchr("RrapyR", c) && chartopts_take(&o->b.chart, "report", c, optarg)))
			continue;
		diag_bad_option("report", c, argv[optind - 1]);
	}
	if (optind >= argc)
		diag_usage("report", "no input file (microdata, claims or articles)");
	if (stats_plan_parse(&o->b.plan, o->stats ? o->stats : REPORT_STATS, 0, err, sizeof err) != 0)
		diag_usage("report", "-s: %s", err);
	microopts_check(&o->b.in, "report");
	o->b.chart.unit = o->b.in.unit != UNIT_NONE ? o->b.in.unit : UNIT_ANNUAL;
	o->b.files = argv + optind;
	o->b.nfiles = (size_t)(argc - optind);
	if (!o->output)
		o->output = o->format == REPORT_XLSX ? "report.xlsx"
			    : o->format == REPORT_MD ? "report.md"
						     : "report.html";
}

/* "wagestat report ARGS", each argument shell-quoted where it needs to be. */
static char *command_line(int argc, char **argv)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = xmemstream(&buf, &size);
	int i;

	fputs("wagestat report", f);
	for (i = 1; i < argc; i++) {
		const char *s = argv[i];
		fputc(' ', f);
		if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789-_./=:,+%@") == strlen(s)) {
			fputs(s, f);
			continue;
		}
		fputc('\'', f);
		for (; *s; s++)
			fputs(*s == '\'' ? "'\\''" : (char[]){*s, 0}, f);
		fputc('\'', f);
	}
	fclose(f);
	return buf;
}

int cmd_report(int argc, char **argv)
{
	const char *conf = config_of(argc, argv);
	args all = {0};
	report_opts o;
	report *r;
	char *cmdline = command_line(argc, argv);
	int code, w;
	size_t i;

	memset(&o, 0, sizeof o);
	if (conf) {
		read_file(conf, argc, argv, &all);
		argc = (int)all.n;
		argv = all.v;
	}
	parse_options(&o, argc, argv);
	o.b.command = cmdline;
	r = report_new(o.b.title ? o.b.title : "Salary report");
	code = repbuild_run(&o.b, r);
	if (code != EXIT_USAGE && (w = report_write(r, o.format, o.output)) != 0)
		code = w;
	if (code != EXIT_USAGE && !o.b.quiet && strcmp(o.output, "-") != 0)
		diag("report: %s", o.output);
	report_free(&r);
	stats_plan_free(&o.b.plan);
	microopts_free(&o.b.in);
	chartopts_free(&o.b.chart);
	for (i = 0; i < all.n; i++)
		free(all.v[i]);
	free(all.v);
	free(cmdline);
	return diag_close_stdout(code);
}

void cmd_report_help(FILE *out)
{
	fputs(
"Usage: wagestat report [OPTIONS] INPUT...\n"
"       wagestat report --config report.conf [OPTIONS] [INPUT...]\n"
"\n"
"One report from any mix of inputs, each recognised by its content:\n"
"microdata (CSV, one row a person: the -v column, or a column called salary,\n"
"pay, wage...), claims (a claims CSV, a BLS OEWS file or a wide table of\n"
"figures) and articles (HTML, Markdown or text).  Sections, each there when\n"
"its inputs are: Summary (the key figures in words, summarize's table and\n"
"every row accounted for), Charts (drawn by the chart code of wagestat plot:\n"
"the distribution of the microdata; pay by occupation, by area (--role), over\n"
"time in constant dollars (--roles) and the sources against the consensus),\n"
"Reconciliation (reconcile's keys with two sources or more, and each source's\n"
"figure with its flags), Article findings (check's verdicts, every claim\n"
"that does not hold quoted with its figure marked) and Methods and sources\n"
"(the definitions, each input's size and SHA-256, the command).\n"
"\n"
"  -f, --format FMT     html (default: one page, CSS inline, no script,\n"
"                       nothing fetched), md (Markdown, the charts as SVG\n"
"                       files beside it) or xlsx (a sheet per table)\n"
"  -o, --output FILE    the report (default report.html, .md, .xlsx; - is\n"
"                       standard output), written whole or not at all\n"
"  -c, --config FILE    a report file: key = value lines (# comments) for\n"
"                       input (one a line, relative to the file), title,\n"
"                       group, value, unit, stats, where, hours, weeks,\n"
"                       basis, currency, roles, role, area, period, to_year,\n"
"                       period_window, ref, format, output, sort (yes);\n"
"                       the command line's options win\n"
"      --title TEXT     the report's title (default Salary report)\n"
"  -s, --stats LIST     summarize's statistics (default " REPORT_STATS ")\n"
"      --sort           groups by their values, not first seen\n"
"      --roles LIST     the roles of the charts (trend needs them)\n"
"      --role ROLE      the role of the chart by area (default: the first of\n"
"                       --roles)\n"
"      --area AREA      the area of the role charts (default US) and of the\n"
"                       reconciliation chart (default every area)\n"
"      --period P       the period of the role chart (default the newest)\n"
"      --to-year YEAR   dollars restated in this year's by CPI-U (trend,\n"
"                       reconciliation)\n"
"      --period-window N  reconcile: periods up to N years apart meet\n"
"      --ref CLAIMS     the reference articles are judged by (default the\n"
"                       shipped BLS claims)\n"
"  -q, --quiet          nothing on stderr but errors\n"
"\n"
"Microdata is read as summarize reads it, with the same options:\n", out);
	microopts_help(out);
	fputs(
"\n"
"Exit status: 0 ok, 1 data problems (an empty input, a chart not drawn: said\n"
"in the report too), 2 usage or system errors (nothing is written).\n"
"\n"
"Example:\n"
"  wagestat report -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual \\\n"
"      --roles 'medical assistants,registered nurses' --to-year 2024 \\\n"
"      payroll.csv datasets/oews_healthcare.csv article.md\n", out);
}
