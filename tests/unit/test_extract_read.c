/* Sentences and tables read into claims (extract's sentence, column and
 * xtable stages, driven by extract_text), on short articles whose claims
 * are worked out by hand. */
#include "extract/column.h"
#include "extract/extract.h"

#include "check.h"

typedef struct got {
	char soc[8], area[4], period[8];
	int stat, same_as;
	double value;
	unit unit;
	qualifier qual;
} got;

static got claims[16];
static size_t nclaims;

static int collect(void *ctx, const claim *c, size_t index, const extract_link *link)
{
	got *g = &claims[nclaims];

	(void)ctx;
	(void)index;
	if (nclaims == 16)
		return 1;
	snprintf(g->soc, sizeof g->soc, "%s", c->soc_code);
	snprintf(g->area, sizeof g->area, "%s", c->area);
	snprintf(g->period, sizeof g->period, "%s", c->period);
	g->stat = c->stat;
	g->value = c->value;
	g->unit = c->unit;
	g->qual = c->qual;
	g->same_as = link->same_as;
	nclaims++;
	return 0;
}

/* The claims of text. */
static long read_text(const char *text)
{
	static char buf[1024];
	size_t n = strlen(text);

	memcpy(buf, text, n + 1);
	nclaims = 0;
	return extract_text("t", buf, n, collect, NULL, NULL, NULL);
}

#define CLAIM(g, SOC, AREA, STAT, VALUE, UNIT)                                               \
	CHECK(!strcmp((g).soc, SOC) && !strcmp((g).area, AREA) && (g).stat == (STAT) &&      \
		      fabs((g).value - (VALUE)) < 1e-9 && (g).unit == (UNIT),                \
	      "claim %s %s stat %d %.2f unit %d", (g).soc, (g).area, (g).stat, (g).value,    \
	      (g).unit)

static void sentences(void)
{
	long n;

	/* the same figure twice, in two units */
	n = read_text("Registered nurses in Ohio earn a median of $80,000 a year, or $38.46 an "
		      "hour.\n");
	CHECK(n == 2, "%ld claims", n);
	CLAIM(claims[0], "29-1141", "OH", CSTAT_MEDIAN, 80000, UNIT_ANNUAL);
	CLAIM(claims[1], "29-1141", "OH", CSTAT_MEDIAN, 38.46, UNIT_HOURLY);
	CHECK(claims[0].same_as == -1 && claims[1].same_as == 0, "same_as %d %d",
	      claims[0].same_as, claims[1].same_as);
	/* a range, qualified, with its year; the occupation of the sentence
	 * before */
	n = read_text("Phlebotomists are in demand. In 2023 they earned from about $18 to "
		      "$22 an hour.\n");
	CHECK(n == 2, "%ld claims", n);
	CLAIM(claims[0], "31-9097", "US", CSTAT_RANGE_LOW, 18, UNIT_HOURLY);
	CLAIM(claims[1], "31-9097", "US", CSTAT_RANGE_HIGH, 22, UNIT_HOURLY);
	CHECK(claims[0].qual == QUAL_ABOUT && !strcmp(claims[0].period, "2023"), "qual %d period %s",
	      claims[0].qual, claims[0].period);
	/* costs are not pay */
	n = read_text("The phlebotomy course costs $1,200.\n");
	CHECK(n == 0, "%ld claims", n);
	/* a bonus is kept as one */
	n = read_text("Medical assistants get a $750 sign-on bonus.\n");
	CHECK(n == 1 && claims[0].stat == CSTAT_BONUS, "%ld claims, stat %d", n, claims[0].stat);
}

static void tables(void)
{
	long n;

	n = read_text("| Occupation | Median | Top 10% |\n|---|---|---|\n"
		      "| Registered nurses | $86,070 | $132,680 |\n"
		      "| Phlebotomists | $41,810 | $54,780 |\n");
	CHECK(n == 4, "%ld claims", n);
	CLAIM(claims[0], "29-1141", "US", CSTAT_MEDIAN, 86070, UNIT_ANNUAL);
	CLAIM(claims[1], "29-1141", "US", 90, 132680, UNIT_ANNUAL);
	CLAIM(claims[3], "31-9097", "US", 90, 54780, UNIT_ANNUAL);
	/* a whitespace table, hourly by its values */
	n = read_text("State      Median   Mean\nOhio       $20.10   $21.00\n");
	CHECK(n == 2, "%ld claims", n);
	CLAIM(claims[0], "", "OH", CSTAT_MEDIAN, 20.1, UNIT_HOURLY);
	CLAIM(claims[1], "", "OH", CSTAT_MEAN, 21, UNIT_HOURLY);
	/* the rows under a header of costs are no pay */
	n = read_text("| Monthly cost | Tulsa | Minneapolis |\n|---|---|---|\n"
		      "| Rent | $900 | $1,100 |\n");
	CHECK(n == 0, "%ld claims", n);
}

/* The meaning of one header cell. */
static column_meaning header(const char *text)
{
	static char buf[64];
	column_meaning m;
	size_t n = strlen(text);
	doc d;

	memcpy(buf, text, n + 1);
	doc_open(&d, "t", buf, n);
	m = column_read(&d, 0, n);
	doc_close(&d);
	return m;
}

static void columns(void)
{
	CHECK(header("Median").stat == CSTAT_MEDIAN, "Median");
	CHECK(header("10th").stat == 10, "10th");
	CHECK(header("High (90%)").stat == 90, "High (90%%)");
	CHECK(header("Low (10%)").stat == 10, "Low (10%%)");
	CHECK(header("Hourly").stat == CSTAT_UNSPECIFIED && header("Hourly").unit == UNIT_HOURLY,
	      "Hourly");
	CHECK(header("Annual openings").stat == CSTAT_NONE, "Annual openings");
	CHECK(header("Grid min").stat == CSTAT_RANGE_LOW, "Grid min");
	CHECK(header("Minimum wage").stat == CSTAT_UNSPECIFIED, "Minimum wage");
	CHECK(header("Sign-on bonus").stat == CSTAT_BONUS, "Sign-on bonus");
	CHECK(header("Tuition").label == 4 && header("Tuition").stat == CSTAT_NONE, "Tuition");
	CHECK(header("State").label == 1, "State");
	CHECK(header("Occupation").label == 2, "Occupation");
	CHECK(header("Ohio").area && !strcmp(header("Ohio").area->code, "OH"), "Ohio");
	CHECK(header("May 2024").year == 2024, "May 2024");
	CHECK(header("Annual ($1,000s)").thousands == 1, "($1,000s)");
}

int main(void)
{
	sentences();
	tables();
	columns();
	return check_done("test_extract_read");
}
