/* The cue words of datasets/cues.csv as extract loads them: every class
 * there, none empty, a phrase known to each class in it and found in text
 * by the matcher that reads the class, and the values that stand for
 * units, sources and numbers. */
#include "model/cue.h"

#include "extract/words.h"

#include "check.h"

static const struct {
	cue_class c;
	const char *phrase;
} known[] = {
	{CUE_MEDIAN, "midpoint"},
	{CUE_MEAN, "average"},
	{CUE_PAY, "take home"},
	{CUE_COST, "tuition"},
	{CUE_COUNT, "jobs"},
	{CUE_BONUS, "differential"},
	{CUE_ABOUT, "roughly"},
	{CUE_LESS_THAN, "up to"},
	{CUE_MORE_THAN, "north of"},
	{CUE_END_LOW, "bottom"},
	{CUE_END_HIGH, "best-paid"},
	{CUE_SHARE_UNDER, "below"},
	{CUE_SHARE_OVER, "at least"},
	{CUE_SEASON, "fourth"},
	{CUE_PERCENT_LOW, "lowest-paid"},
	{CUE_PERCENT_HIGH, "top-earning"},
	{CUE_MIDDLE, "middle"},
	{CUE_NAMED_LOW, "bottom"},
	{CUE_NAMED_HIGH, "upper"},
	{CUE_SOURCE_KIND, "survey"},
	{CUE_SOURCE_QUICK, "glassdoor"},
	{CUE_AREA_LABEL, "metro"},
	{CUE_ROLE_LABEL, "profession"},
	{CUE_INDUSTRY_LABEL, "employer type"},
	{CUE_METRO_LABEL, "metropolitan area"},
	{CUE_SAID, "according to"},
	{CUE_AGENCY, "bureau"},
	{CUE_DIFFERENCE_BEFORE, "gap of"},
	{CUE_WAGE, "wage"},
	{CUE_HEADER_HIGH, "higher"},
	{CUE_PAY_COLUMN, "earnings"},
	{CUE_PAY_COLUMN_WEAK, "mid-career"},
	{CUE_RANGE_MIN, "minimum"},
	{CUE_RANGE_MAX, "maximum"},
	{CUE_MONEY_WORD, "bucks"},
	{CUE_UNIT_ADJECTIVE, "weekly"},
	{CUE_THAN, "than"},
	{CUE_STATE_CODE_WORD, "OR"},
	{CUE_PLACE_BEFORE, "outside"},
	{CUE_PLACE_SKIP, "downtown"},
	{CUE_ABBREVIATION, "calif"},
	{CUE_BETWEEN, "between"},
	{CUE_RESPECTIVELY, "respectively"},
	{CUE_HERE, "statewide"},
	{CUE_SAME, "works out to"},
	{CUE_SAME_UNITS, "and"},
	{CUE_RESTATE, "put another way"},
	{CUE_COMPARE_MORE, "outearns"},
	{CUE_COMPARE_LESS, "lower than"},
	{CUE_SCALE_STEP, "tier"},
	{CUE_WAGE_VERB, "salaries"},
	{CUE_PAY_FOR, "paying for"},
	{CUE_PAYER, "applicants"},
	{CUE_READER_PAYS, "spending"},
	{CUE_READER, "parents"},
	{CUE_BONUS_PAID, "makes"},
	{CUE_BONUS_APART, "excluding"},
	{CUE_PERCENTILES, "percentiles"},
	{CUE_UNLESS, "except where"},
	{CUE_COVERING, "numbers"},
	{CUE_OR_LESS, "or below"},
	{CUE_OR_MORE, "and up"},
	{CUE_DIFFERENCE, "behind"},
	{CUE_PER_OTHER, "per shift"},
	{CUE_PART_OF, "of that"},
	{CUE_CHANGE, "bumps"},
	{CUE_GAP, "gap between"},
	{CUE_RANK_HIGH, "top-paying"},
	{CUE_RANK_LOW, "lowest-paying"},
	{CUE_UMBRELLA, "medical techs"},
	{CUE_TITLE_NOUN, "technologist"},
	{CUE_GAP_IS, "was"},
	{CUE_VERSUS, "compared with"},
	{CUE_DURATION, "months"},
	{CUE_DATE_LEAD, "effective"},
	{CUE_COST_WEAK, "certificate"},
	{CUE_COST_VERB, "can run"},
	{CUE_NOT_COST, "class of"},
	{CUE_MONTH, "october"},
	{CUE_TIMES, "times"},
	{CUE_FILLER, "slightly"},
	{CUE_LINK_AFTER, "for an"},
	{CUE_THERE, "in those settings"},
	{CUE_THERE_ROLE, "these"},
	{CUE_AREA_UNKNOWN, "in your area"},
	{CUE_RANGE_WORD_LOW, "a low of"},
	{CUE_RANGE_WORD_HIGH, "the high end is"},
	{CUE_TABLE_NOTE, "sources"},
	{CUE_UNIT_AFTER, "per annum"},
	{CUE_UNIT_BEFORE, "per-hour"},
	{CUE_SOURCE, "ziprecruiter"},
	{CUE_NUMBER_SMALL, "seventeen"},
	{CUE_NUMBER_TENS, "ninety"},
};

/* The index of phrase in class c, or -1. */
static int index_of(cue_class c, const char *phrase)
{
	const char *const *w = cue_words(c);
	int k;

	for (k = 0; w[k]; k++)
		if (strcmp(w[k], phrase) == 0)
			return k;
	return -1;
}

/* Is phrase found as words in "x PHRASE x" by words_last, at 2? */
static int found_in_text(cue_class c, const char *phrase)
{
	char buf[128];
	doc d;
	long at;
	int n = snprintf(buf, sizeof buf, "q %s q", phrase); /* (not "x": a phrase of times) */

	doc_open(&d, "t", buf, (size_t)n);
	at = words_last(&d, 0, d.len, cue_words(c), NULL);
	doc_close(&d);
	return at == 2;
}

static const char *value_of(cue_class c, const char *phrase)
{
	int k = index_of(c, phrase);

	return k < 0 ? "(none)" : cue_values(c)[k];
}

int main(void)
{
	size_t k;
	int c;

	CHECK(sizeof known / sizeof known[0] == CUE_CLASSES, "%zu classes known of %d",
	      sizeof known / sizeof known[0], (int)CUE_CLASSES);
	for (c = 0; c < CUE_CLASSES; c++)
		CHECK(cue_words((cue_class)c)[0] != NULL, "class %s empty", cue_name((cue_class)c));
	for (k = 0; k < sizeof known / sizeof known[0]; k++) {
		cue_class cl = known[k].c;
		CHECK(index_of(cl, known[k].phrase) >= 0, "%s: no \"%s\"", cue_name(cl), known[k].phrase);
		if (cl != CUE_STATE_CODE_WORD) /* matched as written, by place.c */
			CHECK(found_in_text(cl, known[k].phrase), "%s: \"%s\" not found in text",
			      cue_name(cl), known[k].phrase);
	}
	/* sentence.c looks for "low" or "high" before it reads these classes */
	for (k = 0; cue_words(CUE_RANGE_WORD_LOW)[k]; k++)
		CHECK(strstr(cue_words(CUE_RANGE_WORD_LOW)[k], "low") != NULL,
		      "range_word_low: \"%s\" does not say low", cue_words(CUE_RANGE_WORD_LOW)[k]);
	for (k = 0; cue_words(CUE_RANGE_WORD_HIGH)[k]; k++)
		CHECK(strstr(cue_words(CUE_RANGE_WORD_HIGH)[k], "high") != NULL,
		      "range_word_high: \"%s\" does not say high", cue_words(CUE_RANGE_WORD_HIGH)[k]);
	/* the same list every time: words.h finds a list by its address */
	CHECK(cue_words(CUE_PAY) == cue_words(CUE_PAY), "the pay list moved");
	CHECK(words_of(cue_words(CUE_PAY)) == words_of(cue_words(CUE_PAY)), "made ready twice");
	/* values */
	CHECK_STR(value_of(CUE_UNIT_AFTER, "an hour"), "hourly");
	CHECK_STR(value_of(CUE_UNIT_AFTER, "per annum"), "annual");
	CHECK_STR(value_of(CUE_UNIT_BEFORE, "monthly"), "monthly");
	CHECK_STR(value_of(CUE_SOURCE, "glassdoor"), "Glassdoor");
	CHECK_STR(value_of(CUE_SOURCE, "oews"), "BLS");
	CHECK_STR(value_of(CUE_NUMBER_TENS, "forty"), "40");
	CHECK_STR(value_of(CUE_NUMBER_SMALL, "twelve"), "12");
	CHECK_STR(value_of(CUE_PAY, "salary"), "");
	/* the order is the file's: the first unit phrase is "per hour" */
	CHECK_STR(cue_words(CUE_UNIT_AFTER)[0], "per hour");
	CHECK_STR(cue_name(CUE_STATE_CODE_WORD), "state_code_word");
	return check_done("test_extract_cue");
}
