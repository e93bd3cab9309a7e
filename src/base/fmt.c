#include "base/fmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *fmt_exact(double v, char *buf, size_t size)
{
	int prec;

	if (isnan(v)) {
		buf[0] = '\0';
		return buf;
	}
	if (!islessgreater(v, 0)) /* writes -0 as 0 */
		v = 0;
	if (fabs(v) < 1e15 && !islessgreater(v, trunc(v))) {
		/* whole numbers, most figures: what %.15g writes, without it */
		long long whole = (long long)v;
		unsigned long long u = whole < 0 ? 0ull - (unsigned long long)whole
						 : (unsigned long long)whole;
		char digits[24];
		size_t n = 0, o = 0;
		do
			digits[n++] = (char)('0' + u % 10);
		while ((u /= 10) > 0);
		if (size < n + 2)
			return strcpy(buf, "");
		if (whole < 0)
			buf[o++] = '-';
		while (n > 0)
			buf[o++] = digits[--n];
		buf[o] = '\0';
		return buf;
	}
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, v);
		if (!islessgreater(strtod(buf, NULL), v))
			break;
	}
	return buf;
}

int fmt_precision_full;

/* v to the cent, written shortest ("15.2", "0.07"), without printf where
 * v * 100 is not near a half cent (there printf's rounding of the exact
 * binary value decides, and the caller asks it): 0 if not written. */
static int cents_fast(double v, char *buf, size_t size)
{
	double c = nearbyint(v * 100);
	unsigned long long u;
	unsigned frac;
	size_t o = 0;
	char digits[24];
	size_t n = 0;

	if (!(fabs(v) < 1e13) || fabs(v * 100 - c) > 0.49 || size < 32)
		return 0;
	if (c < 0)
		buf[o++] = '-';
	u = (unsigned long long)fabs(c);
	frac = (unsigned)(u % 100);
	u /= 100;
	do
		digits[n++] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	while (n > 0)
		buf[o++] = digits[--n];
	if (frac) {
		buf[o++] = '.';
		buf[o++] = (char)('0' + frac / 10);
		if (frac % 10)
			buf[o++] = (char)('0' + frac % 10);
	}
	buf[o] = '\0'; /* (-0.004 rounds to -0, which is not below 0: "0") */
	return 1;
}

/* v rounded to that many decimals ('f') or significant digits ('g'), as
 * printf rounds (the exact binary value, ties to even), written shortest.
 * Past 1e15 a double has no cents to round, and v is written as it is. */
static const char *rounded(double v, char how, int digits, char *buf, size_t size)
{
	char plain[40];

	if (fmt_precision_full || !(fabs(v) < 1e15))
		return fmt_exact(v, buf, size);
	if (how == 'f' && !islessgreater(v, trunc(v)))
		return fmt_exact(v, buf, size); /* most figures: whole, no rounding to do */
	if (how == 'f' && digits == 2 && cents_fast(v, buf, size))
		return buf;
	snprintf(plain, sizeof plain, how == 'f' ? "%.*f" : "%.*g", digits, v);
	return fmt_exact(strtod(plain, NULL), buf, size);
}

const char *fmt_cents(double v, char *buf, size_t size)
{
	return rounded(v, 'f', 2, buf, size);
}

const char *fmt_whole(double v, char *buf, size_t size)
{
	return rounded(v, 'f', 0, buf, size);
}

const char *fmt_se(double v, char *buf, size_t size)
{
	return rounded(v, 'g', 6, buf, size);
}

/* Insert thousands separators into the integer part of a plain decimal. */
static const char *group_thousands(const char *plain, char *buf, size_t size)
{
	const char *dot = strchr(plain, '.');
	size_t intlen = dot ? (size_t)(dot - plain) : strlen(plain);
	size_t o = 0, i = 0, digits;

	if (plain[0] == '-')
		buf[o++] = plain[i++];
	digits = intlen - i;
	for (; i < intlen && o + 2 < size; i++) {
		buf[o++] = plain[i];
		digits--;
		if (digits > 0 && digits % 3 == 0)
			buf[o++] = ',';
	}
	if (dot)
		o += (size_t)snprintf(buf + o, size - o, "%s", dot);
	buf[o < size ? o : size - 1] = '\0';
	return buf;
}

/* A number for people: counts whole, amounts of 1,000 or more in whole
 * dollars, smaller amounts (hourly pay) always to the cent. */
static const char *human(double v, int whole, char *buf, size_t size)
{
	char plain[64];

	if (isnan(v))
		return FMT_NONE;
	if (isinf(v))
		return v > 0 ? "inf" : "-inf";
	if (whole || fabs(v) >= 1000)
		snprintf(plain, sizeof plain, "%.0f", v);
	else
		snprintf(plain, sizeof plain, "%.2f", v);
	if (strcmp(plain, "-0") == 0)
		strcpy(plain, "0");
	return group_thousands(plain, buf, size);
}

const char *fmt_amount(double v, char *buf, size_t size)
{
	return human(v, 0, buf, size);
}

const char *fmt_count(double v, char *buf, size_t size)
{
	return human(v, 1, buf, size);
}

void fmt_json_string(FILE *out, const char *s, size_t len)
{
	size_t i;

	fputc('"', out);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\r')
			fputs("\\r", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}
