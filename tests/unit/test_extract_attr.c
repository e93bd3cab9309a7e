/* What the words near a figure say (extract's attr stage), on phrases
 * whose statistic, qualifier, unit, year and source are read by hand. */
#include "extract/attr.h"

#include "check.h"

static doc d;
static char buf[256];

/* Open text as the document d. */
static void open_text(const char *text)
{
	size_t n = strlen(text);

	memcpy(buf, text, n + 1);
	doc_open(&d, "t", buf, n);
}

static int stat_of(const char *text)
{
	int v;

	open_text(text);
	v = attr_stat(&d, 0, d.len).value;
	doc_close(&d);
	return v;
}

static void statistics(void)
{
	attr_found f;

	CHECK(stat_of("The median wage") == CSTAT_MEDIAN, "median");
	CHECK(stat_of("an average of") == CSTAT_MEAN, "average");
	CHECK(stat_of("the top 10 percent earned") == 90, "top 10 percent");
	CHECK(stat_of("the bottom 10% earned") == 10, "bottom 10%%");
	CHECK(stat_of("the 75th percentile") == 75, "75th percentile");
	CHECK(stat_of("the middle half") == CSTAT_RANGE_LOW, "middle half");
	CHECK(stat_of("half of nurses") == CSTAT_MEDIAN, "half");
	CHECK(stat_of("a quarter earned less than") == 25, "a quarter ... less");
	CHECK(stat_of("one in ten earned more than") == 90, "one in ten ... more");
	CHECK(stat_of("the first quarter of 2024") == CSTAT_NONE, "a quarter of a year");
	CHECK(stat_of("the typical nurse") == CSTAT_MEDIAN, "the typical");
	CHECK(stat_of("typical pay") == CSTAT_NONE, "typical pay");
	CHECK(stat_of("the top 10% earn an average of") == CSTAT_TOP10_MEAN, "top 10%% mean");
	CHECK(stat_of("Pay rose") == CSTAT_NONE, "none");
	/* nearest the end wins: the mean, at 12 */
	open_text("the median, mean");
	f = attr_stat(&d, 0, d.len);
	CHECK(f.value == CSTAT_MEAN && f.pos == 12, "value %d at %ld", f.value, f.pos);
	doc_close(&d);
}

static void qualifiers_and_units(void)
{
	size_t end = 0;

	open_text("about $40,000");
	CHECK(attr_qualifier(&d, 0, 6) == QUAL_ABOUT, "about");
	doc_close(&d);
	open_text("more than $40,000");
	CHECK(attr_qualifier(&d, 0, 10) == QUAL_MORE_THAN, "more than");
	doc_close(&d);
	open_text("up to just $40,000");
	CHECK(attr_qualifier(&d, 0, 11) == QUAL_LESS_THAN, "up to just");
	doc_close(&d);
	open_text("nurses earn $40,000");
	CHECK(attr_qualifier(&d, 0, 12) == QUAL_EXACT, "exact");
	doc_close(&d);
	open_text("$52,000 a year, $3,000 per month, $15.20/hr");
	CHECK(attr_unit_after_to(&d, 7, d.len, &end) == UNIT_ANNUAL && end == 14, "a year: end %zu",
	      end);
	CHECK(attr_unit_after(&d, 22, d.len) == UNIT_MONTHLY, "per month");
	CHECK(attr_unit_after(&d, 40, d.len) == UNIT_HOURLY, "/hr");
	CHECK(attr_unit_after(&d, 0, d.len) == UNIT_NONE, "none");
	doc_close(&d);
	open_text("an hourly wage of $18");
	CHECK(attr_unit_before(&d, 0, 18) == UNIT_HOURLY, "hourly before");
	doc_close(&d);
}

static void short_forms(void)
{
	size_t end = 0;

	open_text("90th P50 5x bottom 10% top 10 percent median Annual ($1,000s)");
	CHECK(attr_ordinal(&d, 0, d.len, &end) == 90 && end == 4, "90th: end %zu", end);
	CHECK(attr_ordinal(&d, 5, d.len, &end) == 50 && end == 8, "P50: end %zu", end);
	CHECK(attr_ordinal(&d, 9, d.len, &end) == 0, "5x");
	CHECK(attr_stat_at(&d, 12, d.len, &end) == 10 && end == 22, "bottom 10%%: end %zu", end);
	CHECK(attr_stat_at(&d, 23, d.len, &end) == 90 && end == 37, "top 10 percent: end %zu", end);
	CHECK(attr_stat_at(&d, 38, d.len, &end) == CSTAT_MEDIAN && end == 44, "median: end %zu", end);
	CHECK(attr_thousands(&d, 45, d.len) == 1, "($1,000s)");
	CHECK(attr_thousands(&d, 0, 44) == 0, "no thousands");
	doc_close(&d);
}

static void years_and_sources(void)
{
	open_text("In May 2023, nurses earned $2,024 more than in 2019.");
	/* the years stand alone; "$2,024" is money */
	CHECK(attr_year(&d, 0, d.len, 0) == 2023, "nearest the start");
	CHECK(attr_year(&d, 0, d.len, d.len) == 2019, "nearest the end");
	doc_close(&d);
	open_text("according to the Bureau of Labor Statistics");
	CHECK(attr_source(&d, 0, d.len) && !strcmp(attr_source(&d, 0, d.len), "BLS"), "BLS");
	doc_close(&d);
	open_text("Glassdoor puts it higher");
	CHECK(attr_source(&d, 0, d.len) && !strcmp(attr_source(&d, 0, d.len), "Glassdoor"),
	      "Glassdoor");
	doc_close(&d);
	open_text("the 2023 Allied Staffing Salary Survey found");
	CHECK(attr_source(&d, 0, d.len) &&
		      !strcmp(attr_source(&d, 0, d.len), "Allied Staffing Salary Survey"),
	      "a named survey");
	doc_close(&d);
	open_text("a survey of nurses");
	CHECK(attr_source(&d, 0, d.len) == NULL, "no source");
	doc_close(&d);
}

/* The word-start bit maps hold sixty-four places a word: a source written
 * with a capital, and a statistic, are found at every offset across the
 * words' edges (the same text a byte later each time), and a source in
 * lower case never is. */
static void every_offset(void)
{
	static char text[400];
	size_t pad;

	for (pad = 0; pad < 140; pad++) {
		int n;
		const char *src;
		attr_found st;
		memset(text, 'x', pad);
		text[pad] = ' ';
		n = (int)pad + 1 + snprintf(text + pad + 1, sizeof text - pad - 1,
					    "per the BLS the median was, and the top 10%% of them");
		doc_open(&d, "t", text, (size_t)n);
		src = attr_source(&d, 0, d.len);
		st = attr_stat(&d, 0, d.len);
		CHECK(src && strcmp(src, "BLS") == 0, "BLS after %zu bytes", pad);
		CHECK(st.value == 90 && (size_t)st.pos == pad + 43, "top 10%% after %zu bytes: %d at %ld",
		      pad, st.value, st.pos);
		CHECK(attr_stat(&d, 0, pad + 34).value == CSTAT_MEDIAN, "median after %zu bytes", pad);
		doc_close(&d);
		n = (int)pad + 1 + snprintf(text + pad + 1, sizeof text - pad - 1, "per the bls data");
		doc_open(&d, "t", text, (size_t)n);
		CHECK(attr_source(&d, 0, d.len) == NULL, "bls in lower case after %zu bytes", pad);
		doc_close(&d);
	}
}

int main(void)
{
	statistics();
	every_offset();
	qualifiers_and_units();
	short_forms();
	years_and_sources();
	return check_done("test_extract_attr");
}
