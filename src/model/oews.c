#include "model/oews.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "model/dict.h"

/* The OWN_CODE under which OEWS publishes an industry's figures, by the
 * start of its six-digit NAICS code (the longest start that matches; the
 * sector files' codes, see ../shared/data/real/SOURCES.md section 6). */
static const struct {
	const char *naics, *own;
} usual_owner[] = {
	{"000000", "1235"}, {"9991", "1"}, {"9992", "2"}, {"9993", "3"}, {"99", "123"},
	{"48", "59"},       {"49", "59"},  {"61", "235"}, {"62", "58"},  {"71", "57"},
	{"72", "57"},       {"", "5"},
};

static void trim(const char **s, size_t *len)
{
	while (*len && isspace((unsigned char)**s))
		(*s)++, (*len)--;
	while (*len && isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

/* The six-digit form of a NAICS code as a file writes it; 0 if it is not
 * one (words). */
static int naics6(const char *s, size_t len, char out[7])
{
	size_t n = 0;

	while (n < len && isdigit((unsigned char)s[n]))
		n++;
	/* a range such as 31-33 is written by its first code */
	if (n < 2 || n > 6 || (n < len && !(s[n] == '-' && n == 2)))
		return 0;
	memcpy(out, s, n);
	memset(out + n, '0', 6 - n);
	out[6] = '\0';
	return 1;
}

static const char *usual_own(const char *naics)
{
	size_t i;

	for (i = 0;; i++)
		if (strncmp(naics, usual_owner[i].naics, strlen(usual_owner[i].naics)) == 0)
			return usual_owner[i].own;
}

void oews_industry_scope(const char *naics, size_t nlen, const char *own, size_t olen,
			 char *buf, size_t size)
{
	char code[7];
	int n = 0;

	trim(&naics, &nlen);
	trim(&own, &olen);
	buf[0] = '\0';
	if (!naics6(naics, nlen, code)) {
		if (nlen)
			n = snprintf(buf, size, "industry:%.*s", (int)(nlen < 80 ? nlen : 80), naics);
		strcpy(code, "");
	} else if (strcmp(code, "000000") != 0) {
		n = snprintf(buf, size, "industry:%s", code);
	}
	if (olen && n >= 0 && (size_t)n < size &&
	    !(strlen(usual_own(code)) == olen && strncmp(usual_own(code), own, olen) == 0))
		snprintf(buf + n, size - (size_t)n, "%sownership:%.*s", n ? ";" : "",
			 (int)(olen < 16 ? olen : 16), own);
}

int oews_metro(const char *type, size_t tlen, const char *code, size_t clen, char *buf,
	       size_t size)
{
	size_t digits;

	trim(&code, &clen);
	while (clen > 1 && *code == '0')
		code++, clen--;
	snprintf(buf, size, "%.*s", (int)(clen < 32 ? clen : 32), code);
	if (type) {
		trim(&type, &tlen);
		return tlen == 1 && (type[0] == '4' || type[0] == '6');
	}
	for (digits = 0; digits < clen && isdigit((unsigned char)code[digits]); digits++)
		;
	return digits == clen && clen >= 3;
}

const char *oews_metro_state(const char *title, size_t tlen, const char *code)
{
	const char *comma = NULL, *s;
	const area *a;
	size_t i, n = strlen(code);

	for (i = 0; i < tlen; i++)
		if (title[i] == ',')
			comma = title + i;
	if (comma) {
		for (s = comma + 1; s < title + tlen && *s == ' '; s++)
			;
		if (title + tlen - s >= 2 && isupper((unsigned char)s[0]) &&
		    isupper((unsigned char)s[1]) && (a = dict_area(s, 2)) != NULL)
			return a->code;
	}
	/* a nonmetropolitan area's code: the state's FIPS code, then four or
	 * five digits (a CBSA padded to six digits begins with 0) */
	if ((n == 7 || (n == 6 && code[0] != '0')) && strspn(code, "0123456789") == n &&
	    (a = dict_area(code, 2)) != NULL)
		return a->code;
	return NULL;
}

void oews_scope(const oews_fields *f, char *scope, size_t size, char *state, size_t ssize)
{
	char ind[128], metro[40] = "", code[40];
	const char *s = f->state, *st = NULL;
	size_t len = f->state_len, clen = f->code_len;
	const char *c = f->code;

	oews_industry_scope(f->naics, f->naics_len, f->own, f->own_len, ind, sizeof ind);
	state[0] = '\0';
	if (c && oews_metro(f->type, f->type_len, c, clen, metro, sizeof metro)) {
		trim(&c, &clen);
		snprintf(code, sizeof code, "%.*s", (int)(clen < 32 ? clen : 32), c);
		trim(&s, &len);
		if (len)
			snprintf(state, ssize, "%.*s", (int)len, s);
		else if ((st = oews_metro_state(f->title, f->title_len, code)) != NULL)
			snprintf(state, ssize, "%s", st);
	} else {
		metro[0] = '\0';
	}
	snprintf(scope, size, "%s%s%s%s", ind, ind[0] && metro[0] ? ";" : "",
		 metro[0] ? "metro:" : "", metro);
}
