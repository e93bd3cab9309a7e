/* The figure stage of extract: money figures found in sentences, with
 * offsets and values worked out by hand. */
#include "extract/figure.h"

#include "extract/attr.h"

#include "check.h"

/* Sentences and their figures: [s, e), value, dollar (2: a range's bare
 * end), counted by hand. */
static const struct {
	const char *text;
	size_t n;
	struct {
		size_t s, e;
		double value;
		int dollar;
	} f[2];
} cases[] = {
	{"Nurses earn $45,000 a year.", 1, {{12, 19, 45000, 1}}},
	{"Aides earn $15.20/hr.", 1, {{11, 17, 15.2, 1}}},
	/* a bare "45k" after a pay word is pay */
	{"She makes 45k.", 1, {{10, 13, 45000, 1}}},
	/* millions are no one's pay: value -1 */
	{"The budget is $1.2 million.", 1, {{14, 26, -1, 1}}},
	/* a count is no figure */
	{"There are 3,000 openings.", 0, {{0, 0, 0, 0}}},
	{"They earn forty-two thousand dollars.", 1, {{10, 36, 42000, 1}}},
	{"It pays twenty-one dollars and sixty cents an hour.", 1, {{8, 42, 21.6, 1}}},
	{"Techs earn 45,000 dollars.", 1, {{11, 25, 45000, 1}}},
	/* the bare end of a range begun by a dollar figure */
	{"Pay ranges from $40,000 to 50,000.", 2, {{16, 23, 40000, 1}, {27, 33, 50000, 2}}},
	/* "$40-50k": the start takes the end's thousands */
	{"Pay is $40-50k.", 2, {{7, 10, 40000, 1}, {11, 14, 50000, 2}}},
	/* the first number shares the second's scale */
	{"They earn between 40 and 50 thousand dollars.", 2,
	 {{18, 20, 40000, 1}, {25, 44, 50000, 2}}},
	/* the bracket after a figure is its own */
	{"It pays $38,000 (median).", 1, {{8, 24, 38000, 1}}},
};

/* The figures of text, at most 8, in d (closed by the caller). */
static size_t figures(doc *d, char *buf, const char *text, doc_fig *f)
{
	size_t n = strlen(text);

	memcpy(buf, text, n + 1);
	doc_open(d, "t", buf, n);
	return figure_find(d, 0, d->len, f, 8);
}

static void sentences(void)
{
	char buf[128];
	doc d;
	doc_fig f[8];
	size_t k, j, n;

	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		n = figures(&d, buf, cases[k].text, f);
		CHECK(n == cases[k].n, "%s: %zu figures", cases[k].text, n);
		for (j = 0; j < n && j < cases[k].n; j++) {
			CHECK(f[j].s == cases[k].f[j].s && f[j].e == cases[k].f[j].e &&
				      f[j].dollar == cases[k].f[j].dollar,
			      "%s: figure %zu at [%zu, %zu) dollar %d", cases[k].text, j, f[j].s,
			      f[j].e, f[j].dollar);
			CHECK_NEAR(f[j].value, cases[k].f[j].value, 1e-12);
		}
		doc_close(&d);
	}
	figures(&d, buf, "Nurses earn $45,000 a year.", f);
	CHECK(f[0].pair == -1 && f[0].pair_claim == -1 && f[0].stat == CSTAT_NONE, "defaults");
	CHECK(attr_unit_after(&d, f[0].e, d.len) == UNIT_ANNUAL, "unit of \"a year\"");
	doc_close(&d);
	figures(&d, buf, "Aides earn $15.20/hr.", f);
	CHECK(attr_unit_after(&d, f[0].e, d.len) == UNIT_HOURLY, "unit of \"/hr\"");
	doc_close(&d);
	figures(&d, buf, "It pays $38,000 (median).", f);
	CHECK(f[0].after_cue == CSTAT_MEDIAN, "after_cue %d", f[0].after_cue);
	doc_close(&d);
}

static void numbers(void)
{
	char row[] = "California $44,650 $35,370 10% 2023";
	double v = 0;
	doc d;
	doc_span cells[8];
	size_t n;

	CHECK(figure_number("1,234.50 x", 0, 10, &v) == 8, "end of \"1,234.50\"");
	CHECK_NEAR(v, 1234.5, 1e-15);
	CHECK(figure_number("12,34", 0, 5, &v) == 2, "\"12,34\" is 12 then text");
	CHECK(figure_number("abc", 0, 3, &v) == 0, "no number");
	{
		/* 70 digits and a fraction (a buffer of 64 once overflowed, and a
		 * run cut to its first 63 digits would be 10^7 times too small):
		 * the whole run, as its size, 1.11...e69 */
		char big[80];
		memset(big, '1', 70);
		memcpy(big + 70, ".66", 4);
		CHECK(figure_number(big, 0, 73, &v) == 70, "the whole run of digits");
		CHECK_NEAR(v, 1.1111111111111111e69, 1e-12);
		memset(big, '1', 63);
		memcpy(big + 63, ".66", 4);
		CHECK(figure_number(big, 0, 66, &v) == 63, "63 digits: the fraction is not read");
		CHECK_NEAR(v, 1.1111111111111111e62, 1e-12);
	}
	doc_open(&d, "t", row, sizeof row - 1);
	n = figure_row(&d, 0, d.len, cells, 8);
	CHECK(n == 2, "%zu figures in the row", n);
	CHECK(cells[0].s == 11 && cells[0].e == 18 && cells[1].s == 19 && cells[1].e == 26,
	      "[%zu, %zu) [%zu, %zu)", cells[0].s, cells[0].e, cells[1].s, cells[1].e);
	CHECK(figure_money_in(&d, 0, d.len) == 1, "money in the row");
	CHECK(figure_money_in(&d, 27, d.len) == 0, "\"10%% 2023\" has none");
	doc_close(&d);
}

int main(void)
{
	sentences();
	numbers();
	return check_done("test_extract_figure");
}
