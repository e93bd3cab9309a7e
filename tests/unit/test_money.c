/* The money parser against values read by hand from each string. */
#include "base/money.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

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

/* Parse a copy of text that ends where a page the process may not read
 * begins, with no NUL after it: a read past the end faults whatever the
 * compiler made of the sanitizer's checks (gcc -O1 drops some). */
static money_status parse_exact(const char *text, money *m)
{
	static char *page;
	static size_t size;
	size_t n = strlen(text);

	if (!page) {
		size = (size_t)sysconf(_SC_PAGESIZE);
		page = mmap(NULL, 2 * size, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (page == MAP_FAILED || mprotect(page + size, size, PROT_NONE) != 0) {
			perror("test_money: guard page");
			exit(2);
		}
	}
	if (n > size)
		n = size;
	memcpy(page + size - n, text, n);
	return money_parse(page + size - n, n, m);
}

/* Inputs that end right after a part of the grammar that looks ahead: a
 * range's dash or "to", a "k", an exponent, a parenthesis, a currency. */
static const struct {
	const char *text;
	money_status status;
} tails[] = {
	{"1\xE2\x80\x93", MONEY_BAD}, /* en dash */
	{"1 \xE2\x80\x93 ", MONEY_BAD},
	{"1 to", MONEY_BAD},
	{"$40k to", MONEY_BAD},
	{"1-", MONEY_BAD},
	{"1 - $", MONEY_BAD},
	{"45k", MONEY_OK},
	{"45 k", MONEY_OK},
	{"1e", MONEY_BAD},
	{"1e+", MONEY_BAD},
	{"(5", MONEY_BAD},
	{"(", MONEY_BAD},
	{"5 US$", MONEY_OK},
	{"5 per", MONEY_BAD},
	{"5/", MONEY_BAD},
	{"5 \xC2", MONEY_BAD},
	{"\xC2\xA0", MONEY_MISSING},
};

/* money_parse_padded against money_parse on random short texts with
 * random bytes after them (digits too, which a read past the end would
 * take in), and plain numbers' values against strtod's correctly rounded
 * ones. */
static void padded_same(void)
{
	static const char alphabet[] = "0123456789012345678901234567890123456789..,$ k-x";
	unsigned seed = 12345;
	int round, mismatches = 0, plain = 0, off_strtod = 0;

	for (round = 0; round < 200000; round++) {
		char buf[40], text[24];
		size_t len, k;
		money a, b;
		money_status sa, sb;
		seed = seed * 1103515245u + 12345u;
		len = (seed >> 16) % 19;
		for (k = 0; k < sizeof buf; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[k] = k < len ? alphabet[(seed >> 16) % (sizeof alphabet - 1)]
					 : (char)(seed >> 16);
		}
		sa = money_parse_padded(buf, len, &a);
		sb = money_parse(buf, len, &b);
		if (sa != sb || memcmp(&a.value, &b.value, sizeof a.value) != 0 ||
		    a.unit != b.unit || strcmp(a.currency, b.currency) != 0 || a.error != b.error) {
			if (mismatches++ < 5)
				CHECK(0, "'%.*s': padded %d %.17g, plain %d %.17g", (int)len, buf,
				      sa, a.value, sb, b.value);
		}
		memcpy(text, buf, len);
		text[len] = '\0';
		if (sa == MONEY_OK && len && strspn(text, "0123456789.") == len) {
			double want = strtod(text, NULL);
			plain++;
			if (memcmp(&a.value, &want, sizeof want) != 0 && off_strtod++ < 5)
				CHECK(0, "'%s': %.17g, strtod %.17g", text, a.value, want);
		}
	}
	CHECK(mismatches == 0, "%d texts read differently", mismatches);
	CHECK(off_strtod == 0, "%d plain numbers read unlike strtod", off_strtod);
	CHECK(plain > 20000, "only %d plain numbers drawn", plain);
}

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
	/* every case, and the truncated tails, with no NUL after them */
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		money m;
		money_status st = parse_exact(cases[i].text, &m);
		CHECK(st == cases[i].status, "'%s' unterminated: status %d, want %d",
		      cases[i].text, st, cases[i].status);
	}
	for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		money m;
		money_status st = parse_exact(tails[i].text, &m);
		CHECK(st == tails[i].status, "'%s' unterminated: status %d, want %d",
		      tails[i].text, st, tails[i].status);
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
	padded_same();
	return check_done("money");
}
