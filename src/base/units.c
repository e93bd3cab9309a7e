#include "base/units.h"

#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	double per_year;
} units[UNIT_COUNT] = {
	[UNIT_NONE] = {"", 1},
	[UNIT_ANNUAL] = {"annual", 1},
	[UNIT_HOURLY] = {"hourly", HOURS_PER_YEAR},
	[UNIT_MONTHLY] = {"monthly", 12},
	[UNIT_WEEKLY] = {"weekly", 52},
};

/* Every word that names a pay period, once.  Flags say where the odd ones
 * count: after an amount only ("45,000 per annum"), after a joiner only
 * ("$20/h", "$40k a y", "$20 per hours"), or as a column code ("A_MEDIAN",
 * "H_MEAN" in the BLS files). */
static const unit_word words[] = {
	{"annual", UNIT_ANNUAL, 0},           {"annually", UNIT_ANNUAL, 0},
	{"year", UNIT_ANNUAL, 0},             {"yearly", UNIT_ANNUAL, 0},
	{"yr", UNIT_ANNUAL, 0},               {"hourly", UNIT_HOURLY, 0},
	{"hour", UNIT_HOURLY, 0},             {"hr", UNIT_HOURLY, 0},
	{"monthly", UNIT_MONTHLY, 0},         {"month", UNIT_MONTHLY, 0},
	{"mo", UNIT_MONTHLY, 0},              {"weekly", UNIT_WEEKLY, 0},
	{"week", UNIT_WEEKLY, 0},             {"wk", UNIT_WEEKLY, 0},
	{"annum", UNIT_ANNUAL, UNIT_AMOUNT},  {"hours", UNIT_HOURLY, UNIT_JOINED},
	{"h", UNIT_HOURLY, UNIT_JOINED | UNIT_CODE}, {"y", UNIT_ANNUAL, UNIT_JOINED},
	{"a", UNIT_ANNUAL, UNIT_CODE},
};

const unit_word *unit_words(size_t *n)
{
	*n = sizeof words / sizeof words[0];
	return words;
}

unit unit_of_word(const char *s, int where)
{
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if ((!words[i].flags || (words[i].flags & where)) &&
		    strcasecmp(s, words[i].word) == 0)
			return words[i].u;
	return UNIT_NONE;
}

const char *unit_name(unit u)
{
	return (unsigned)u < UNIT_COUNT ? units[u].name : "";
}

unit unit_parse(const char *s)
{
	return unit_of_word(s, 0);
}

double unit_per_year(unit u)
{
	return (unsigned)u < UNIT_COUNT ? units[u].per_year : 1;
}

double unit_convert(double value, unit from, unit to)
{
	if (from == to || from == UNIT_NONE || to == UNIT_NONE)
		return value;
	/* multiply before dividing so hourly->annual->hourly is exact for
	 * cents */
	return value * unit_per_year(from) / unit_per_year(to);
}

int units_check_pay = 1;

/* The pay a unit can hold, and the reason a value outside it is rejected
 * for (a tally's reason is a static string). */
static const struct {
	double low, high;
	const char *reason;
} plausible[UNIT_COUNT] = {
	[UNIT_NONE] = {1, 1e8, "implausible pay: not from 1 to 100,000,000"},
	[UNIT_ANNUAL] = {1, 1e8, "implausible pay: not from 1 to 100,000,000 a year"},
	[UNIT_HOURLY] = {0.01, 1e4, "implausible pay: not from 0.01 to 10,000 an hour"},
	[UNIT_MONTHLY] = {0.1, 1e7, "implausible pay: not from 0.10 to 10,000,000 a month"},
	[UNIT_WEEKLY] = {0.02, 2e6, "implausible pay: not from 0.02 to 2,000,000 a week"},
};

const char *unit_implausible(double value, unit u)
{
	if (!units_check_pay || (unsigned)u >= UNIT_COUNT)
		return NULL;
	if (value >= plausible[u].low && value <= plausible[u].high)
		return NULL;
	return plausible[u].reason;
}
