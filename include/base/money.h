/* money: one parser for the pay values people really write.
 *
 *   45000  45,000.50  $45,000  " $45,000 "  45k  $15.20/hr  15.20 per hour
 *   £32,000  €28.000?  (rejected: ambiguous separator)  USD 45000  45000 USD
 *
 * Blank, N/A, NA, n/a, - and -- are missing values.  Anything else that is
 * not one non-negative finite amount is rejected with a reason. */
#ifndef WAGESTAT_MONEY_H
#define WAGESTAT_MONEY_H

#include <stddef.h>

#include "base/units.h"

typedef enum money_status {
	MONEY_OK,
	MONEY_MISSING,
	MONEY_BAD,
} money_status;

typedef struct money {
	double value;
	unit unit;        /* UNIT_NONE when the text states none */
	char currency[4]; /* ISO code such as "USD", or "" when none stated */
	const char *error; /* with MONEY_BAD: a static reason */
} money;

/* Parse s[0..len) (need not be NUL-terminated). */
money_status money_parse(const char *s, size_t len, money *out);

/* The bytes past a value money_parse_padded may read. */
#define MONEY_PAD 16
/* money_parse, the same result, where s[len..len+MONEY_PAD) is readable
 * too (whatever it holds): plain numbers of up to 15 digits are read
 * there a word at a time (the rows of a large file). */
money_status money_parse_padded(const char *s, size_t len, money *out);

/* Reasons money_parse gives, for callers that compare them. */
extern const char MONEY_NOT_A_NUMBER[];
extern const char MONEY_NEGATIVE[];
extern const char MONEY_OUT_OF_RANGE[];
extern const char MONEY_RANGE[];

#endif
