/* wagestat import: published tables (BLS OEWS files, wide salary tables)
 * as claims. */
#include <unistd.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "model/claimin.h"
#include "cli/commands.h"
#include "input/csvin.h"
#include "input/xlsx.h"
#include "base/diag.h"
#include "base/infile.h"
#include "base/xalloc.h"

typedef struct importer {
	int json;
	int nclaims; /* written so far */
	char **soc_prefix;
	size_t nprefix;
} importer;

static int on_claim(void *ctx, const claim *c)
{
	importer *im = ctx;

	if (im->json)
		claim_json_write(stdout, c, im->nclaims == 0);
	else
		claim_csv_write(stdout, c);
	im->nclaims++;
	return 0;
}

enum { OPT_PERIOD = 256, OPT_SOURCE, OPT_AREA, OPT_SOC, OPT_KIND, OPT_MAP, OPT_ONLY_AREA, OPT_LEVEL };

static const struct option long_options[] = {
	{"format", required_argument, NULL, 'f'},
	{"delimiter", required_argument, NULL, 'd'},
	{"unit", required_argument, NULL, 'u'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{"period", required_argument, NULL, OPT_PERIOD},
	{"source", required_argument, NULL, OPT_SOURCE},
	{"area", required_argument, NULL, OPT_AREA},
	{"soc", required_argument, NULL, OPT_SOC},
	{"kind", required_argument, NULL, OPT_KIND},
	{"map", required_argument, NULL, OPT_MAP},
	{"only-area", required_argument, NULL, OPT_ONLY_AREA},
	{"level", required_argument, NULL, OPT_LEVEL},
	{"strict", no_argument, NULL, 'S'},
	{NULL, 0, NULL, 0},
};

static void add_map(claimin_map **map, size_t *n, const char *arg)
{
	const char *eq = strrchr(arg, '=');
	char *colon, *stat;
	claimin_map *m;
	size_t alloc = *n;

	if (!eq || eq == arg)
		diag_usage("import", "--map wants HEADER=STAT[:UNIT], not '%s'", arg);
	xgrow(map, &alloc, *n + 1, sizeof **map);
	m = &(*map)[(*n)++];
	m->header = xstrndup(arg, (size_t)(eq - arg));
	stat = xstrdup(eq + 1);
	m->unit = UNIT_NONE;
	if ((colon = strchr(stat, ':')) != NULL) {
		*colon = '\0';
		if ((m->unit = unit_parse(colon + 1)) == UNIT_NONE)
			diag_usage("import", "--map: unknown unit '%s'", colon + 1);
	}
	m->stat = strcmp(stat, "ignore") == 0 ? CSTAT_NONE : claim_stat_parse(stat);
	if (m->stat == CSTAT_NONE && strcmp(stat, "ignore") != 0)
		diag_usage("import", "--map: unknown statistic '%s'", stat);
	free(stat);
}

/* The command's options, and the reading of the claims they set up. */
typedef struct import_args {
	importer im;
	claimin_opts o;
	claimin_map *map;
	size_t nmap;
	resolver names;
	int oews, strict, quiet;
	const char *source, *period_arg;
	char *source_buf; /* o.source when made here */
} import_args;

static void add_soc(importer *im, const char *arg)
{
	char *list = xstrdup(arg), *tok, *save;

	for (tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t alloc = im->nprefix;
		xgrow(&im->soc_prefix, &alloc, im->nprefix + 1, sizeof *im->soc_prefix);
		im->soc_prefix[im->nprefix++] = xstrdup(tok);
	}
	free(list);
}

/* The options that set up the claims reader; 0 if c is none of them. */
static int reader_option(import_args *a, int c, const char *arg)
{
	int k;

	switch (c) {
	case 'd':
		if ((a->o.delim = csvin_parse_delim(arg)) < 0)
			diag_usage("import", "-d: delimiter must be , ; | or tab, not '%s'", arg);
		break;
	case 'u':
		if ((a->o.unit = unit_parse(arg)) == UNIT_NONE)
			diag_usage("import", "-u: unknown unit '%s'", arg);
		break;
	case OPT_PERIOD: a->period_arg = a->o.period = arg; break;
	case OPT_AREA: a->o.area = arg; break;
	case OPT_SOC: add_soc(&a->im, arg); break;
	case OPT_KIND:
		if ((k = claim_kind_parse(arg)) <= 0)
			diag_usage("import", "--kind: official, survey, microdata, article or computed, not '%s'", arg);
		a->o.kind = (source_kind)k;
		break;
	case OPT_MAP: add_map(&a->map, &a->nmap, arg); break;
	case OPT_ONLY_AREA: a->o.only_area = arg; break;
	case OPT_LEVEL: a->o.levels = claim_level_arg("import", arg); break;
	default: return 0;
	}
	return 1;
}

static void parse_options(import_args *a, int argc, char **argv)
{
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":f:d:u:qh", long_options, NULL)) != -1) {
		if (reader_option(a, c, optarg))
			continue;
		switch (c) {
		case 'f':
			if (strcmp(optarg, "json") == 0)
				a->im.json = 1;
			else if (strcmp(optarg, "claims") != 0 && strcmp(optarg, "csv") != 0)
				diag_usage("import", "-f: claims (csv) or json, not '%s'", optarg);
			break;
		case 'q': a->quiet = 1; break;
		case 'h':
			cmd_import_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case OPT_SOURCE: a->source = optarg; break;
		case 'S': a->strict = 1; break;
		case ':':
		default:
			diag_bad_option("import", c, argv[optind - 1]);
		}
	}
	if (optind >= argc || (strcmp(argv[optind], "oews") != 0 &&
			       strcmp(argv[optind], "table") != 0))
		diag_usage("import", "say what to import: 'oews' or 'table', then files");
	a->oews = strcmp(argv[optind++], "oews") == 0;
	if (optind >= argc)
		diag_usage("import", "no input file (use - for standard input)");
}

/* What the options leave to the kind of import. */
static void set_up_reader(import_args *a)
{
	claimin_opts *o = &a->o;

	o->map = a->map;
	o->nmap = a->nmap;
	o->quiet = a->quiet;
	o->require_soc = a->oews;
	a->names.quiet = a->quiet;
	o->resolve = &a->names;
	o->soc_prefix = a->im.soc_prefix;
	o->nsoc = a->im.nprefix;
	if (o->kind == KIND_NONE)
		o->kind = a->oews ? KIND_OFFICIAL : KIND_SURVEY;
}

/* The source of the file's claims: --source, "BLS OEWS May YEAR", or the
 * file's name. */
static void set_source(import_args *a, const char *path, const char *period)
{
	free(a->source_buf);
	a->source_buf = NULL;
	if (a->source) {
		a->o.source = a->source;
	} else if (a->oews) {
		const char *p = a->period_arg ? a->period_arg : period;
		a->source_buf = xmalloc(64);
		snprintf(a->source_buf, 64, "BLS OEWS May %.4s", p);
		a->o.source = a->source_buf;
	} else {
		const char *base = strrchr(path, '/');
		a->o.source = base ? base + 1 : path;
	}
}

/* Import one file (a workbook through a CSV copy) into the tallies, its
 * problems into *code: a workbook that cannot be had raises it, others
 * set it.  Returns 1 when the files after it are not to be read (the
 * reader could not use it), else 0. */
static int import_file(import_args *a, const char *path, tally *rows, tally *figures,
		       int *code)
{
	char *converted = NULL, period[16] = "";
	int r, fd;

	if (xlsx_named(path) && !(converted = xlsx_to_csv(path, &r))) {
		if (r > *code)
			*code = r;
		return 0;
	}
	/* a file that cannot be read is said before what its name lacks */
	if (!converted && (fd = infile_open(path)) < 0) {
		*code = EXIT_USAGE;
		return 1;
	}
	if (!converted && fd != STDIN_FILENO)
		close(fd);
	if (!a->period_arg && a->oews && !claimin_period_from_name(path, period, sizeof period)) {
		diag("%s: no year in the file name (such as M2023): give --period", path);
		free(converted);
		*code = EXIT_DATA;
		return 0;
	}
	set_source(a, path, period);
	if (a->oews && !a->o.area)
		a->o.area = "US"; /* national files have no area column */
	a->o.name = converted ? path : NULL; /* say the workbook, not the copy */
	if (!a->period_arg)
		a->o.period = period[0] ? period : NULL;
	r = claimin_read(converted ? converted : path, &a->o, rows, figures, on_claim, &a->im);
	if (converted) {
		unlink(converted);
		free(converted);
	}
	if (r != 0)
		*code = r == EXIT_USAGE ? EXIT_USAGE : EXIT_DATA;
	return r == EXIT_USAGE;
}

static void import_args_free(import_args *a)
{
	size_t i;

	for (i = 0; i < a->nmap; i++)
		free((char *)a->map[i].header);
	free(a->map);
	for (i = 0; i < a->im.nprefix; i++)
		free(a->im.soc_prefix[i]);
	free(a->im.soc_prefix);
	free(a->source_buf);
}

int cmd_import(int argc, char **argv)
{
	import_args a;
	tally t, figures;
	int i, code = EXIT_OK;

	memset(&a, 0, sizeof a);
	a.o.kind = KIND_NONE;
	parse_options(&a, argc, argv);
	set_up_reader(&a);
	tally_init(&t);
	tally_init(&figures);
	t.quiet = figures.quiet = a.quiet;
	if (a.im.json)
		claim_json_begin(stdout);
	else
		claim_csv_header(stdout);
	for (i = optind; i < argc; i++)
		if (import_file(&a, argv[i], &t, &figures, &code))
			break;
	if (a.im.json)
		claim_json_end(stdout);
	if (!a.quiet && code != EXIT_USAGE) {
		tally_print(&t, "rows", stderr);
		tally_print(&figures, "figures", stderr);
		resolve_print(&a.names, stderr);
	}
	if (a.strict && (t.rejected || figures.rejected) && code == EXIT_OK)
		code = EXIT_DATA;
	tally_free(&t);
	tally_free(&figures);
	import_args_free(&a);
	return diag_close_stdout(code);
}

void cmd_import_help(FILE *out)
{
	fputs(
"Usage: wagestat import oews [OPTIONS] FILE...\n"
"       wagestat import table [OPTIONS] FILE...\n"
"\n"
"Published figures as claims (CSV with the header\n"
CLAIM_HEADER ").\n"
"\n"
"oews reads BLS OEWS files (national, state, metro, industry; any column\n"
"subset, header case, delimiter; .xlsx through xlsx2csv): the period from the\n"
"file name (M2023 -> 2023-05) or --period; footnotes * and ** become missing\n"
"figures with the reason counted; # becomes the top-code cap of that year\n"
"with qualifier top_coded ($208,000 or $100.00 an hour for 2017-2021,\n"
"$239,200 or $115.00 for 2022-2024); MEAN_PRSE and EMP_PRSE give se; of a\n"
"broad row and the detailed row beside it that repeats it, one is kept, as\n"
"detailed.  Industry files give claims the scope industry:NAICS (six digits:\n"
"sector 62 is industry:620000, 31-33 industry:310000), and ownership:CODE\n"
"when OWN_CODE is not the one the industry is published under (its sector's:\n"
"5, or 58 for 62, 57 for 71-72, 59 for 48-49, 235 for 61, 123 for 99);\n"
"metropolitan and nonmetropolitan areas (AREA_TYPE 4 and 6, or an area code\n"
"that is no state's, as in \"Area code\" 042660) give metro:CODE, the claim's\n"
"area being the state (PRIM_STATE, else the title's first state).\n"
"table reads any wide salary table: one row per role and area, a column per\n"
"statistic, headers matched loosely (Median, A_MEDIAN, 10th percentile, Annual\n"
"mean wage, Average wage).\n"
"Names are resolved through the dictionaries (see WAGESTAT_ROLES in the\n"
"README): a role without a code gets its SOC code from its title or an\n"
"alias, SOC 2010 codes become their 2018 codes, areas become codes (Ohio ->\n"
"OH); what is not known is kept as written and counted.\n"
"\n"
"  -f, --format FMT       claims (CSV, default) or json\n"
"  -d, --delimiter D      , ; | or tab (default: detected)\n"
"  -u, --unit UNIT        unit of figure columns whose header names none\n"
"      --period P         reference period (e.g. 2023-05)\n"
"      --source NAME      source name (default: BLS OEWS May YEAR, or the file)\n"
"      --kind KIND        official, survey, microdata, article, computed\n"
"      --area AREA        area when the file has no area column (oews: US)\n"
"      --soc PREFIX,...   keep occupations whose SOC code starts so (29-,31-)\n"
"      --only-area NAME   keep the rows of this area (as the file writes it)\n"
"      --level LIST       keep these occupation levels (O_GROUP): detailed,\n"
"                         broad, minor, major, total, all (default all)\n"
"      --map HEADER=STAT[:UNIT]  say what a column holds (STAT ignore: skip it)\n"
"  -q, --quiet            no accounting on stderr\n"
"      --strict           exit 1 if any row or figure is rejected\n"
"\n"
"Example:\n"
"  wagestat import oews --soc 29-,31- national_M2023_dl.csv > claims.csv\n", out);
}
