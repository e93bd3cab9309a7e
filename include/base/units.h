/* units: pay periods and the BLS conventions that convert between them:
 * annual = hourly x 2080 = weekly x 52 = monthly x 12. */
#ifndef WAGESTAT_UNITS_H
#define WAGESTAT_UNITS_H

typedef enum unit {
	UNIT_NONE = 0, /* not stated */
	UNIT_ANNUAL,
	UNIT_HOURLY,
	UNIT_MONTHLY,
	UNIT_WEEKLY,
} unit;

#define UNIT_COUNT 5
#define HOURS_PER_YEAR 2080.0

/* "annual", "hourly", ...; "" for UNIT_NONE. */
const char *unit_name(unit u);
/* Accepts the names above and common short forms (year, yr, hour, hr,
 * month, mo, week, wk).  Returns UNIT_NONE for anything else. */
unit unit_parse(const char *s);
/* How many of this unit make a year: 1, 2080, 12, 52. */
double unit_per_year(unit u);
/* value in unit from, restated in unit to (either may not be NONE). */
double unit_convert(double value, unit from, unit to);

#endif
