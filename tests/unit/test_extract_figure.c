/* The figure stage of extract: money figures found in sentences, with
 * offsets and values worked out by hand. */
#include "extract/figure.h"

#include "extract/attr.h"

#include "check.h"

/* The figures of text, at most 8. */
static size_t figures(doc *d, char *text, size_t len, doc_fig *f)
{
	doc_open(d, "t", text, len);
	return figure_find(d, 0, d->len, f, 8);
}

#define FIG(f, S, E, V, DOLLAR)                                                        \
	CHECK((f).s == (S) && (f).e == (E) && (f).dollar == (DOLLAR),                  \
	      "figure [%zu, %zu) dollar %d, want [%d, %d) dollar %d", (f).s, (f).e,    \
	      (f).dollar, (S), (E), (DOLLAR));                                         \
	CHECK_NEAR((f).value, (V), 1e-12)

static void written(void)
{
	char a[] = "Nurses earn $45,000 a year.";
	char b[] = "Aides earn $15.20/hr.";
	char c[] = "She makes 45k.";
	char e[] = "The budget is $1.2 million.";
	char g[] = "There are 3,000 openings.";
	doc d;
	doc_fig f[8];
	size_t n;

	n = figures(&d, a, sizeof a - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 12, 19, 45000, 1);
	CHECK(f[0].pair == -1 && f[0].pair_claim == -1 && f[0].stat == CSTAT_NONE, "defaults");
	CHECK(attr_unit_after(&d, f[0].e, d.len) == UNIT_ANNUAL, "unit of \"a year\"");
	doc_close(&d);
	n = figures(&d, b, sizeof b - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 11, 17, 15.2, 1);
	CHECK(attr_unit_after(&d, f[0].e, d.len) == UNIT_HOURLY, "unit of \"/hr\"");
	doc_close(&d);
	/* a bare "45k" after a pay word is pay */
	n = figures(&d, c, sizeof c - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 10, 13, 45000, 1);
	doc_close(&d);
	/* millions are no one's pay: value -1 */
	n = figures(&d, e, sizeof e - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 14, 26, -1, 1);
	doc_close(&d);
	/* a count is no figure */
	n = figures(&d, g, sizeof g - 1, f);
	CHECK(n == 0, "%zu figures", n);
	doc_close(&d);
}

static void in_words(void)
{
	char a[] = "They earn forty-two thousand dollars.";
	char b[] = "It pays twenty-one dollars and sixty cents an hour.";
	char c[] = "Techs earn 45,000 dollars.";
	doc d;
	doc_fig f[8];
	size_t n;

	n = figures(&d, a, sizeof a - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 10, 36, 42000, 1);
	doc_close(&d);
	n = figures(&d, b, sizeof b - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 8, 42, 21.6, 1);
	doc_close(&d);
	n = figures(&d, c, sizeof c - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 11, 25, 45000, 1);
	doc_close(&d);
}

static void ranges(void)
{
	char a[] = "Pay ranges from $40,000 to 50,000.";
	char b[] = "Pay is $40-50k.";
	char c[] = "They earn between 40 and 50 thousand dollars.";
	char e[] = "It pays $38,000 (median).";
	doc d;
	doc_fig f[8];
	size_t n;

	/* the bare end of a range begun by a dollar figure */
	n = figures(&d, a, sizeof a - 1, f);
	CHECK(n == 2, "%zu figures", n);
	FIG(f[0], 16, 23, 40000, 1);
	FIG(f[1], 27, 33, 50000, 2);
	doc_close(&d);
	/* "$40-50k": the start takes the end's thousands */
	n = figures(&d, b, sizeof b - 1, f);
	CHECK(n == 2, "%zu figures", n);
	FIG(f[0], 7, 10, 40000, 1);
	FIG(f[1], 11, 14, 50000, 2);
	doc_close(&d);
	/* the first number shares the second's scale */
	n = figures(&d, c, sizeof c - 1, f);
	CHECK(n == 2, "%zu figures", n);
	FIG(f[0], 18, 20, 40000, 1);
	FIG(f[1], 25, 44, 50000, 2);
	doc_close(&d);
	/* the bracket after a figure is its own */
	n = figures(&d, e, sizeof e - 1, f);
	CHECK(n == 1, "%zu figures", n);
	FIG(f[0], 8, 24, 38000, 1);
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
	written();
	in_words();
	ranges();
	numbers();
	return check_done("test_extract_figure");
}
