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

static const struct {
	const char *word;
	unit u;
} aliases[] = {
	{"annual", UNIT_ANNUAL},   {"annually", UNIT_ANNUAL},
	{"year", UNIT_ANNUAL},     {"yearly", UNIT_ANNUAL},
	{"yr", UNIT_ANNUAL},       {"hourly", UNIT_HOURLY},
	{"hour", UNIT_HOURLY},     {"hr", UNIT_HOURLY},
	{"monthly", UNIT_MONTHLY}, {"month", UNIT_MONTHLY},
	{"mo", UNIT_MONTHLY},      {"weekly", UNIT_WEEKLY},
	{"week", UNIT_WEEKLY},     {"wk", UNIT_WEEKLY},
};

const char *unit_name(unit u)
{
	return (unsigned)u < UNIT_COUNT ? units[u].name : "";
}

unit unit_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcasecmp(s, aliases[i].word) == 0)
			return aliases[i].u;
	return UNIT_NONE;
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
