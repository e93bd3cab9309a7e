/* The money parser against values read by hand from each string. */
#include "base/money.h"

#include "check.h"

static const struct {
	const char *text;
	money_status status;
	double value;
	unit unit;
	const char *currency;
	const char *error;
} cases[] = {
	{"45000", MONEY_OK, 45000, UNIT_NONE, "", NULL},
	{"45,000.50", MONEY_OK, 45000.5, UNIT_NONE, "", NULL},
	{"$45,000", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"$45,000 ", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"  $ 45,000  ", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"45k", MONEY_OK, 45000, UNIT_NONE, "", NULL},
	{"45.5K", MONEY_OK, 45500, UNIT_NONE, "", NULL},
	{"$45k", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"$15.20/hr", MONEY_OK, 15.2, UNIT_HOURLY, "USD", NULL},
	{"15.20 per hour", MONEY_OK, 15.2, UNIT_HOURLY, "", NULL},
	{"$21.97 an hour", MONEY_OK, 21.97, UNIT_HOURLY, "USD", NULL},
	{"$3,000 a month", MONEY_OK, 3000, UNIT_MONTHLY, "USD", NULL},
	{"52,000/yr", MONEY_OK, 52000, UNIT_ANNUAL, "", NULL},
	{"52000 per year", MONEY_OK, 52000, UNIT_ANNUAL, "", NULL},
	{"$900 weekly", MONEY_OK, 900, UNIT_WEEKLY, "USD", NULL},
	{"45,000 dollars", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"USD 45000", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"45000 USD", MONEY_OK, 45000, UNIT_NONE, "USD", NULL},
	{"\xC2\xA3" "32,000", MONEY_OK, 32000, UNIT_NONE, "GBP", NULL},
	{"\xE2\x82\xAC" "28000", MONEY_OK, 28000, UNIT_NONE, "EUR", NULL},
	{"4.5E+04", MONEY_OK, 45000, UNIT_NONE, "", NULL},
	{"0", MONEY_OK, 0, UNIT_NONE, "", NULL},
	{"0.1", MONEY_OK, 0.1, UNIT_NONE, "", NULL},
	{"1234567.891", MONEY_OK, 1234567.891, UNIT_NONE, "", NULL},
	{"", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"   ", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"N/A", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"n/a", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"NA", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"-", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"--", MONEY_MISSING, 0, UNIT_NONE, "", NULL},
	{"abc", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"12e999", MONEY_BAD, 0, UNIT_NONE, "", MONEY_OUT_OF_RANGE},
	{"-5", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NEGATIVE},
	{"$-5", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NEGATIVE},
	{"(500)", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NEGATIVE},
	{"NaN", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"inf", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"4,50", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"45,0000", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"1234,567", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"$", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"45000 bananas", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
	{"40,000-50,000", MONEY_BAD, 0, UNIT_NONE, "", MONEY_RANGE},
	{"$40k to $50k", MONEY_BAD, 0, UNIT_NONE, "", MONEY_RANGE},
	{"1.2.3", MONEY_BAD, 0, UNIT_NONE, "", MONEY_NOT_A_NUMBER},
};

int main(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		money m;
		money_status st = money_parse(cases[i].text, strlen(cases[i].text), &m);
		CHECK(st == cases[i].status, "'%s': status %d, want %d",
		      cases[i].text, st, cases[i].status);
		if (st != cases[i].status)
			continue;
		if (st == MONEY_OK) {
			CHECK(!islessgreater(m.value, cases[i].value),
			      "'%s': %.17g, want %.17g", cases[i].text, m.value,
			      cases[i].value);
			CHECK(m.unit == cases[i].unit, "'%s': unit %d", cases[i].text, m.unit);
			CHECK_STR(m.currency, cases[i].currency);
		}
		if (st == MONEY_BAD)
			CHECK(m.error == cases[i].error, "'%s': reason '%s', want '%s'",
			      cases[i].text, m.error, cases[i].error);
	}

	/* not NUL-terminated: only len bytes are read */
	{
		money m;
		CHECK(money_parse("12345", 3, &m) == MONEY_OK && !islessgreater(m.value, 123),
		      "prefix of 12345 read as %g", m.value);
	}
	/* a huge field of digits: out of range, not a crash */
	{
		static char digits[400001];
		money m;
		memset(digits, '9', sizeof digits - 1);
		CHECK(money_parse(digits, sizeof digits - 1, &m) == MONEY_BAD &&
			      m.error == MONEY_OUT_OF_RANGE,
		      "400000 nines: reason %s", m.error ? m.error : "(none)");
	}
	/* unit conversions by the BLS convention */
	CHECK_NEAR(unit_convert(21.97, UNIT_HOURLY, UNIT_ANNUAL), 45697.6, 1e-15);
	CHECK_NEAR(unit_convert(45697.6, UNIT_ANNUAL, UNIT_HOURLY), 21.97, 1e-15);
	CHECK_NEAR(unit_convert(3000, UNIT_MONTHLY, UNIT_ANNUAL), 36000, 0);
	CHECK_NEAR(unit_convert(900, UNIT_WEEKLY, UNIT_ANNUAL), 46800, 0);
	CHECK_NEAR(unit_convert(3000, UNIT_MONTHLY, UNIT_HOURLY), 36000.0 / 2080, 1e-15);
	return check_done("money");
}
