/* wagestat extract: every salary claim in articles, as claims. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "base/diag.h"
#include "extract/extract.h"
#include "base/slurp.h"
#include "output/table.h"
#include "base/xalloc.h"

typedef struct extractor {
	int json;
	size_t written;
} extractor;

static int on_claim(void *ctx, const claim *c, size_t index, const extract_link *link)
{
	extractor *x = ctx;

	(void)index;
	(void)link;
	if (x->json)
		claim_json_write(stdout, c, x->written == 0);
	else
		claim_csv_write(stdout, c);
	x->written++;
	return 0;
}

static const struct option long_options[] = {
	{"format", required_argument, NULL, 'f'},
	{"quiet", no_argument, NULL, 'q'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

int cmd_extract(int argc, char **argv)
{
	extractor x = {0, 0};
	int c, i, code = EXIT_OK, quiet = 0;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":f:qh", long_options, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "json") == 0)
				x.json = 1;
			else if (strcmp(optarg, "claims") != 0 && strcmp(optarg, "csv") != 0)
				diag_usage("extract", "-f: claims (csv) or json, not '%s'", optarg);
			break;
		case 'q':
			quiet = 1;
			break;
		case 'h':
			cmd_extract_help(stdout);
			exit(diag_close_stdout(EXIT_OK));
		case ':':
		default:
			diag_bad_option("extract", c, argv[optind - 1]);
		}
	}
	if (optind >= argc)
		diag_usage("extract", "no article (use - for standard input)");
	if (x.json)
		claim_json_begin(stdout);
	else
		claim_csv_header(stdout);
	for (i = optind; i < argc; i++) {
		size_t len, before = x.written;
		const char *name = strcmp(argv[i], "-") == 0 ? "<stdin>" : argv[i];
		int why;
		extract_dropped dropped;
		char *text = slurp(argv[i], &len, &why);
		if (!text) {
			code = why > code ? why : code;
			continue;
		}
		extract_text(name, text, len, on_claim, NULL, &x, &dropped);
		if (!quiet)
			diag("%s: %zu salary claims", name, x.written - before);
		if (extract_say_dropped(name, &dropped))
			code = code == EXIT_OK ? EXIT_DATA : code;
		free(text);
	}
	if (x.json)
		claim_json_end(stdout);
	return diag_close_stdout(code);
}

void cmd_extract_help(FILE *out)
{
	fputs(
"Usage: wagestat extract [-f claims|json] [-q] FILE...\n"
"\n"
"Every salary figure in articles (plain text, Markdown or HTML; - for\n"
"standard input) as claims: value and unit ($31,540, $15.20 per hour, $45k,\n"
"45,000 dollars, $3,000 a month), the statistic (median, mean, pN from\n"
"'the lowest 10 percent earned less than' or '90th percentile',\n"
"top10_mean, bottom10_mean, range_low/range_high for 'between $X and $Y';\n"
"unspecified "
"when the text names none), the qualifier (about, less_than, more_than),\n"
"the role (named in the sentence, or carried from the sentences or heading\n"
"before) with its SOC code, the area (a state, a city named as a place, a\n"
"dateline's; default US), the period and the source the text names (BLS,\n"
"Glassdoor...; 'all figures are BLS May 2024 unless noted' covers the\n"
"text).  Table cells (Markdown, HTML, tab- or space-aligned, under headers\n"
"such as Median, Bottom 10%, Hourly, a year, a place or an occupation; in\n"
"thousands when the caption says so), key-value rows, definition lists\n"
"and labelled list lines ('Texas: $38,000') become one claim each;\n"
"amounts in words count ('forty-two thousand dollars').  Figures not pay\n"
"(tuition, fees, prices, differences, pay by the visit or shift) are left\n"
"out; a bonus is kept with stat bonus.  where = FILE:LINE:COL of the\n"
"figure, quote = its sentence or table row.\n"
"\n"
"  -f, --format FMT   claims (CSV, default) or json\n"
"  -q, --quiet        no count per article on stderr\n", out);
}
