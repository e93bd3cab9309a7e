#include "base/money.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char MONEY_NOT_A_NUMBER[] = "not a number";
const char MONEY_NEGATIVE[] = "negative value";
const char MONEY_OUT_OF_RANGE[] = "number out of range";
const char MONEY_RANGE[] = "a range, not one value";

typedef struct cursor {
	const char *s, *end;
} cursor;

static int at_end(const cursor *c) { return c->s >= c->end; }

/* Consume ch if it is next.  Every look at the next byte goes through this
 * or checks at_end first: the text need not end in a NUL. */
static int eat_char(cursor *c, char ch)
{
	if (at_end(c) || *c->s != ch)
		return 0;
	c->s++;
	return 1;
}

static void skip_space(cursor *c)
{
	while (c->s < c->end) {
		if (*c->s == ' ' || *c->s == '\t')
			c->s++;
		else if (c->end - c->s >= 2 && (unsigned char)c->s[0] == 0xC2 &&
			 (unsigned char)c->s[1] == 0xA0)
			c->s += 2; /* no-break space */
		else
			break;
	}
}

/* Consume word (case-insensitive) if it is next and not followed by a
 * letter. */
static int eat_word(cursor *c, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(c->end - c->s) < n || strncasecmp(c->s, word, n) != 0)
		return 0;
	if (isalpha((unsigned char)word[n - 1]) && c->s + n < c->end &&
	    isalpha((unsigned char)c->s[n]))
		return 0;
	c->s += n;
	return 1;
}

static const struct {
	const char *text;
	const char *code;
} currencies[] = {
	{"US$", "USD"}, {"$", "USD"}, {"\xC2\xA3", "GBP"}, {"\xE2\x82\xAC", "EUR"},
	{"USD", "USD"}, {"GBP", "GBP"}, {"EUR", "EUR"}, {"CAD", "CAD"},
	{"AUD", "AUD"}, {"NZD", "NZD"}, {"CHF", "CHF"}, {"dollars", "USD"},
	{"dollar", "USD"},
};

static int eat_currency(cursor *c, money *m)
{
	size_t i;

	for (i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
		if (eat_word(c, currencies[i].text)) {
			memcpy(m->currency, currencies[i].code, 4);
			return 1;
		}
	return 0;
}

/* Unit phrases after the amount: "/hr", "per hour", "an hour", "hourly",
 * "p.a.", "per annum", "a year". */
static int eat_unit(cursor *c, money *m)
{
	cursor save = *c;
	size_t i, n;
	const unit_word *words = unit_words(&n);
	int joined = 0;

	if (eat_word(c, "p.a.") || eat_word(c, "pa")) {
		m->unit = UNIT_ANNUAL;
		return 1;
	}
	if (!at_end(c) && *c->s == '/') {
		c->s++;
		joined = 1;
	} else if (eat_word(c, "per") || eat_word(c, "an") ||
		   eat_word(c, "a")) {
		joined = 1;
	}
	skip_space(c);
	for (i = 0; i < n; i++) {
		/* bare "h", "y", "hours" only after a joiner; no column codes */
		if ((words[i].flags & UNIT_CODE && !(words[i].flags & UNIT_JOINED)) ||
		    (!joined && words[i].flags & UNIT_JOINED))
			continue;
		if (eat_word(c, words[i].word)) {
			m->unit = words[i].u;
			return 1;
		}
	}
	*c = save;
	return 0;
}

static const double pow10_exact[] = {
	1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Read an unsigned decimal with optional thousands commas, fraction and
 * exponent, times 10^extra_exp.  Returns 1 with *value set, 0 if no number
 * starts here, -1 if the commas are not thousands separators. */
static int read_number(cursor *c, double *value, int extra_exp)
{
	char text[420];
	size_t o = 0;
	uint64_t mant = 0;
	long exp10 = 0, exponent = 0, dropped = 0;
	int any = 0, group = 0, commas = 0, exact = 1;
	const char *p = c->s;

	for (; p < c->end && (isdigit((unsigned char)*p) || *p == ','); p++) {
		if (*p == ',') {
			/* thousands separators: groups of exactly three */
			if (!any || (commas ? group != 3 : group > 3))
				return -1;
			commas = 1;
			group = 0;
			continue;
		}
		any = 1;
		group++;
		if (o < 380)
			text[o++] = *p;
		else
			dropped++; /* keeps the magnitude, loses no digit of note */
		if (mant < UINT64_C(100000000000000000))
			mant = mant * 10 + (uint64_t)(*p - '0');
		else
			exact = 0;
	}
	if (commas && group != 3)
		return -1;
	if (p < c->end && *p == '.') {
		text[o++] = '.';
		for (p++; p < c->end && isdigit((unsigned char)*p); p++) {
			any = 1;
			if (o < 400)
				text[o++] = *p;
			if (mant < UINT64_C(100000000000000000)) {
				mant = mant * 10 + (uint64_t)(*p - '0');
				exp10--;
			} else if (*p != '0') {
				exact = 0;
			}
		}
	}
	if (!any)
		return 0;
	if (p + 1 < c->end && (*p == 'e' || *p == 'E') &&
	    (isdigit((unsigned char)p[1]) ||
	     ((p[1] == '+' || p[1] == '-') && p + 2 < c->end &&
	      isdigit((unsigned char)p[2])))) {
		int negative = 0;
		p++;
		if (*p == '+' || *p == '-')
			negative = *p++ == '-';
		for (; p < c->end && isdigit((unsigned char)*p); p++)
			if (exponent < 100000)
				exponent = exponent * 10 + (*p - '0');
		if (negative)
			exponent = -exponent;
		exact = 0;
	}
	c->s = p;
	exp10 += extra_exp;
	if (exact && mant < (UINT64_C(1) << 53) && exp10 >= -22 && exp10 <= 22) {
		/* exact operands and one correctly rounded operation */
		*value = exp10 < 0 ? (double)mant / pow10_exact[-exp10]
				   : (double)mant * pow10_exact[exp10];
		return 1;
	}
	snprintf(text + o, sizeof text - o, "e%ld",
		 exponent + dropped + extra_exp);
	*value = strtod(text, NULL); /* correctly rounded; inf on overflow */
	return 1;
}

static int is_missing(const char *s, size_t n)
{
	static const char *const words[] = {"na", "n/a", "-", "--",
					    "\xE2\x80\x94", "null", "."};
	size_t i;

	if (n == 0)
		return 1;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return 1;
	return 0;
}

/* The common case, digits with an optional fraction and nothing else, read
 * without the general grammar: exact when it fits in 2^53. */
static int plain_decimal(const char *s, size_t len, double *value)
{
	uint64_t mant = 0;
	size_t i = 0, digits = 0;
	int exp10 = 0;

	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
		mant = mant * 10 + (uint64_t)(s[i] - '0');
	if (i == 0)
		return 0;
	if (i < len && s[i] == '.') {
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
			mant = mant * 10 + (uint64_t)(s[i] - '0');
			exp10--;
		}
	}
	if (i != len || digits > 15)
		return 0;
	*value = exp10 < 0 ? (double)mant / pow10_exact[-exp10] : (double)mant;
	return 1;
}

/* Eight digit values (0..9, a byte each, the first the most significant)
 * as a number: four multiplies in place of eight steps (the method of
 * Lemire's number parsers). */
static uint64_t eight_digits(uint64_t v)
{
	v = v * 10 + (v >> 8);
	return (((v & UINT64_C(0x000000FF000000FF)) * UINT64_C(0x000F424000000064)) +
		(((v >> 16) & UINT64_C(0x000000FF000000FF)) * UINT64_C(0x0000271000000001))) >>
	       32;
}

#define ZEROS UINT64_C(0x3030303030303030)

/* The first k <= 8 digits at s (s[0..8) readable) as a number. */
static uint64_t first_digits(const char *s, unsigned k)
{
	uint64_t v;

	if (k == 0)
		return 0;
	memcpy(&v, s, 8);
	return eight_digits((v ^ ZEROS) << (8 * (8 - k))); /* zeros shift in ahead */
}

/* Bit 7 of each byte of x (bytes XOR '0') that is no digit, in mask. */
static uint64_t not_digits(uint64_t x, uint64_t mask)
{
	const uint64_t low7 = UINT64_C(0x7F7F7F7F7F7F7F7F), high = UINT64_C(0x8080808080808080);

	return (((x & low7) + UINT64_C(0x7676767676767676)) | x) & high & mask;
}

static uint64_t byte_mask(size_t n)
{
	return n >= 8 ? ~UINT64_C(0) : (UINT64_C(1) << (8 * n)) - 1;
}

/* plain_decimal on s[0..len), s[len..len+MONEY_PAD) readable, for up to 8
 * digits before the point and 8 after (15 in all), without a branch on
 * each digit: the same value, or 0 when it is not such a number (the
 * caller tries the others). */
static int plain_decimal_wide(const char *s, size_t len, double *value)
{
	static const uint64_t pow10_int[] = {1,	     10,	100,	   1000,     10000,
					     100000, 1000000, 10000000, 100000000};
	uint64_t w[2], bad0, bad1, mant;
	size_t dot, frac;

	if (len == 0 || len > 16 || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__)
		return 0;
	memcpy(w, s, 16);
	bad0 = not_digits(w[0] ^ ZEROS, byte_mask(len));
	bad1 = not_digits(w[1] ^ ZEROS, len > 8 ? byte_mask(len - 8) : 0);
	dot = bad0 ? (size_t)__builtin_ctzll(bad0) / 8
	      : bad1 ? 8 + (size_t)__builtin_ctzll(bad1) / 8 : len;
	if (dot < 8)
		bad0 &= bad0 - 1;
	else
		bad1 &= bad1 - 1;
	frac = dot < len ? len - dot - 1 : 0;
	if (bad0 | bad1 || dot == 0 || dot > 8 || frac > 8 || dot + frac > 15 ||
	    (dot < len && s[dot] != '.'))
		return 0;
	mant = first_digits(s, (unsigned)dot) * pow10_int[frac] +
	       first_digits(s + dot + 1, (unsigned)frac);
	*value = frac ? (double)mant / pow10_exact[frac] : (double)mant;
	return 1;
}

static money_status bad(money *m, const char *reason)
{
	m->error = reason;
	return MONEY_BAD;
}

static void money_clear(money *m)
{
	m->value = 0;
	m->unit = UNIT_NONE;
	m->currency[0] = '\0';
	m->error = NULL;
}

money_status money_parse_padded(const char *s, size_t len, money *m)
{
	double value;

	if (!plain_decimal_wide(s, len, &value))
		return money_parse(s, len, m);
	money_clear(m);
	m->value = value;
	return MONEY_OK;
}

money_status money_parse(const char *s, size_t len, money *m)
{
	cursor c = {s, s + len};
	int negative = 0, paren = 0, r;
	double value;

	money_clear(m);
	if (plain_decimal(s, len, &m->value))
		return MONEY_OK;

	skip_space(&c);
	while (c.end > c.s && (c.end[-1] == ' ' || c.end[-1] == '\t'))
		c.end--;
	if (c.end - c.s >= 2 && (unsigned char)c.end[-2] == 0xC2 &&
	    (unsigned char)c.end[-1] == 0xA0)
		c.end -= 2;
	if (is_missing(c.s, (size_t)(c.end - c.s)))
		return MONEY_MISSING;

	paren = eat_char(&c, '(');
	if (eat_char(&c, '-'))
		negative = 1;
	else
		eat_char(&c, '+');
	if (eat_currency(&c, m))
		skip_space(&c);
	if (eat_char(&c, '-'))
		negative = 1;
	else
		eat_char(&c, '+');

	{
		cursor probe = c;
		double dummy;
		int k;
		r = read_number(&probe, &dummy, 0);
		if (r < 0)
			return bad(m, MONEY_NOT_A_NUMBER);
		if (r == 0)
			return bad(m, MONEY_NOT_A_NUMBER);
		/* a "k" right after the digits means thousands */
		skip_space(&probe);
		k = !at_end(&probe) && (*probe.s == 'k' || *probe.s == 'K') &&
		    (probe.s + 1 == probe.end ||
		     !isalpha((unsigned char)probe.s[1]));
		read_number(&c, &value, k ? 3 : 0);
		if (k) {
			skip_space(&c);
			c.s++;
		}
	}
	skip_space(&c);
	if (paren) {
		if (!eat_char(&c, ')'))
			return bad(m, MONEY_NOT_A_NUMBER);
		negative = 1;
		skip_space(&c);
	}
	/* "40,000 - 50,000", "40k to 50k" */
	if (!at_end(&c)) {
		cursor rest = c;
		if (eat_char(&rest, '-') || eat_word(&rest, "\xE2\x80\x93") ||
		    eat_word(&rest, "to")) {
			skip_space(&rest);
			eat_currency(&rest, m);
			skip_space(&rest);
			if (!at_end(&rest) && isdigit((unsigned char)*rest.s))
				return bad(m, MONEY_RANGE);
		}
	}
	if (!m->currency[0] && eat_currency(&c, m))
		skip_space(&c);
	if (eat_unit(&c, m))
		skip_space(&c);
	if (!at_end(&c))
		return bad(m, MONEY_NOT_A_NUMBER);
	if (!isfinite(value))
		return bad(m, MONEY_OUT_OF_RANGE);
	if (negative && value > 0)
		return bad(m, MONEY_NEGATIVE);
	m->value = value;
	return MONEY_OK;
}
