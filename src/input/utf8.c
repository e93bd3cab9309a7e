#include "input/utf8.h"

#include <stdint.h>
#include <string.h>

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Decode one UTF-8 sequence at s (n bytes left); return its length or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len, i;
	uint32_t cp;

	if (c < 0x80)
		return c ? 1 : 0;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

int utf8_scan(const unsigned char *s, size_t len, unsigned long *lines, size_t *bad)
{
	size_t i = 0;

	while (i < len) {
		/* fast path: 8 bytes all in 0x20..0x7F */
		if (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!(((w - 0x20 * ONES) | w) & HIGHS)) {
				i += 8;
				continue;
			}
		}
		if (s[i] >= 0x20 && s[i] < 0x80) {
			i++;
		} else if (s[i] == '\n') {
			++*lines;
			i++;
		} else if (s[i] == '\r') {
			if (i + 1 >= len || s[i + 1] != '\n')
				++*lines;
			i++;
		} else if (s[i] > 0 && s[i] < 0x80) {
			i++;
		} else {
			size_t n = utf8_sequence(s + i, len - i);
			if (!n) {
				*bad = i;
				return 0;
			}
			i += n;
		}
	}
	return 1;
}

int utf8_valid(const char *s, size_t len, size_t *bad)
{
	unsigned long lines = 0;
	size_t where = 0;
	int ok = utf8_scan((const unsigned char *)s, len, &lines, &where);

	if (!ok && bad)
		*bad = where;
	return ok;
}
