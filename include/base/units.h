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

#include <stddef.h>

/* A word that names a pay period, and where it counts besides everywhere
 * (flags 0): */
enum {
	UNIT_AMOUNT = 1, /* right after an amount: "per annum" */
	UNIT_JOINED = 2, /* after a joiner ("/", "per", "an", "a") only: "$20/h" */
	UNIT_CODE = 4,   /* as a column code: "A_MEDIAN", "H_MEAN" */
};
typedef struct unit_word {
	const char *word;
	unit u;
	int flags;
} unit_word;

/* The one list of unit words (n set to its length). */
const unit_word *unit_words(size_t *n);
/* The unit a word names (any case), counting the flagged words of where
 * (0, or UNIT_AMOUNT | UNIT_JOINED ...); UNIT_NONE if none. */
unit unit_of_word(const char *s, int where);

/* "annual", "hourly", ...; "" for UNIT_NONE. */
const char *unit_name(unit u);
/* Accepts the names above and common short forms (year, yr, hour, hr,
 * month, mo, week, wk).  Returns UNIT_NONE for anything else. */
unit unit_parse(const char *s);
/* How many of this unit make a year: 1, 2080, 12, 52. */
double unit_per_year(unit u);
/* Pay a person can be paid, by unit: 1 to 100,000,000 a year (or with no
 * unit), 0.01 to 10,000 an hour, 0.10 to 10,000,000 a month, 0.02 to
 * 2,000,000 a week.  NULL when value is within, else the reason to reject
 * it (a static string); always NULL when units_check_pay is 0 (--any-pay). */
extern int units_check_pay;
const char *unit_implausible(double value, unit u);

/* value in unit from, restated in unit to (either may not be NONE). */
double unit_convert(double value, unit from, unit to);

#endif
