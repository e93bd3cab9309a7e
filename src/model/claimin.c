#include "model/claimin.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "input/csvin.h"
#include "input/rowcopy.h"
#include "base/diag.h"
#include "base/keymap.h"
#include "base/money.h"
#include "base/xalloc.h"
#include "model/header.h"
#include "model/oews.h"

typedef struct reader {
	const claimin_opts *o;
	tally *t;  /* rows */
	tally *ft; /* figures */
	claimin_fn fn;
	void *ctx;
	const char *file;
	header_column *cols;
	size_t ncols;
	int wide;
	long idx[HEADER_FLAG + 1]; /* first column of each role, or -1 */
	char period[32];            /* from the file name */
	keymap *seen;               /* rows' keys already read (row_key) */
	struct held {               /* the last wide row, held back until the next
				     * is read: a broad row and its detailed twin
				     * are adjacent, in either order */
		int on;
		rowcopy row;
		char key[512];
		size_t keylen;
	} held;
	int national;               /* a BLS layout with no area: US */
	unsigned long by_value, no_unit, no_period; /* figures so counted */
} reader;

claim_field claimin_header_field(const char *name, size_t len)
{
	switch (header_read(name, len, NULL, 0, UNIT_NONE).role) {
	case HEADER_ROLE: return FIELD_ROLE;
	case HEADER_SOC: return FIELD_SOC;
	case HEADER_AREA: case HEADER_AREA_WEAK: return FIELD_AREA;
	case HEADER_PERIOD: return FIELD_PERIOD;
	case HEADER_SOURCE: return FIELD_SOURCE;
	case HEADER_IGNORE: case HEADER_KIND: case HEADER_STAT: case HEADER_VALUE:
	case HEADER_UNIT: case HEADER_QUAL: case HEADER_N: case HEADER_SE: case HEADER_WHERE:
	case HEADER_QUOTE: case HEADER_SCOPE: case HEADER_GROUP: case HEADER_FIGURE: case HEADER_PRSE_MEAN:
	case HEADER_PRSE_EMP: case HEADER_FLAG: case HEADER_AREA_CODE: case HEADER_AREA_TYPE:
	case HEADER_PRIM_STATE: case HEADER_NAICS: case HEADER_OWN:
		break;
	}
	return FIELD_NONE;
}

/* --- values ------------------------------------------------------------ */

double claimin_oews_cap(int year, unit u)
{
	if (year >= 2017 && year <= 2021)
		return u == UNIT_HOURLY ? 100.0 : u == UNIT_ANNUAL ? 208000.0 : 0;
	if (year >= 2022 && year <= 2024)
		return u == UNIT_HOURLY ? 115.0 : u == UNIT_ANNUAL ? 239200.0 : 0;
	return 0;
}

int claimin_period_from_name(const char *path, char *buf, size_t size)
{
	const char *base = strrchr(path, '/'), *p;

	base = base ? base + 1 : path;
	for (p = base; *p; p++)
		if ((p[0] == 'M' || p[0] == 'm') && isdigit((unsigned char)p[1]) &&
		    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
		    isdigit((unsigned char)p[4]) && !isdigit((unsigned char)p[5]) &&
		    (p == base || !isalpha((unsigned char)p[-1]))) {
			snprintf(buf, size, "%.4s-05", p + 1);
			return 1;
		}
	return 0;
}

static const char *field(const csvin_row *row, long idx, size_t *len)
{
	if (idx < 0 || (size_t)idx >= row->nfields) {
		*len = 0;
		return "";
	}
	*len = row->len[idx];
	return row->field[idx];
}

/* Copy a field with outer spaces trimmed. */
static void set_trimmed(char **dst, const char *s, size_t len)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	claim_set(dst, s, len);
}

/* The occupation's level, as OEWS writes it ("detailed", "Major"), in
 * lower case. */
static void set_level(claim *c, const char *s, size_t len)
{
	char *p;

	set_trimmed(&c->level, s, len);
	for (p = c->level; *p; p++)
		*p = (char)tolower((unsigned char)*p);
}

static void where_at(reader *r, claim *c, const csvin_row *row, size_t col)
{
	char buf[512];

	snprintf(buf, sizeof buf, "%s:%lu:%zu", r->file, row->line, col + 1);
	claim_set(&c->where, buf, strlen(buf));
}

/* A number field that may be blank; NaN if blank or not a number. */
static double plain_number(const char *s, size_t len)
{
	money m;

	return money_parse(s, len, &m) == MONEY_OK && !m.currency[0] &&
			       m.unit == UNIT_NONE
		       ? m.value
		       : NAN;
}

static void reject(tally *t, reader *r, const csvin_row *row, size_t col,
		   const char *reason, const char *s, size_t len)
{
	char q[64], detail[80];

	snprintf(detail, sizeof detail, "'%s'", diag_quote(q, sizeof q, s, len));
	tally_reject(t, r->file, row->line, col + 1, reason, detail);
}

/* A claims row whose period is no year from 1900 to 2100 (YYYY or
 * YYYY-MM, or blank), or whose pay no one is paid: rejected (counted). */
static int claim_implausible(reader *r, const csvin_row *row, claim *c)
{
	const char *p = c->period, *why;
	size_t col;
	int year = atoi(p);

	if (p[0] && (strspn(p, "0123456789") != 4 || year < 1900 || year > 2100 ||
		     (p[4] && !(p[4] == '-' && strspn(p + 5, "0123456789") == 2 && !p[7])))) {
		col = r->idx[HEADER_PERIOD] >= 0 ? (size_t)r->idx[HEADER_PERIOD] : 0;
		reject(r->t, r, row, col, "period not a year from 1900 to 2100", p, strlen(p));
		return 1;
	}
	if (c->stat == CSTAT_COUNT || !(why = unit_implausible(c->value, c->unit)))
		return 0;
	col = (size_t)r->idx[HEADER_VALUE];
	reject(r->t, r, row, col, why, row->field[col], row->len[col]);
	return 1;
}

/* Equal but for case and outer spaces. */
static int same_name(const char *s, size_t len, const char *name)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return strlen(name) == len && strncasecmp(s, name, len) == 0;
}

static int wanted_code(const reader *r, const char *code, size_t len)
{
	size_t i;

	if (!r->o->nsoc)
		return 1;
	for (i = 0; i < r->o->nsoc; i++) {
		size_t n = strlen(r->o->soc_prefix[i]);
		if (n <= len && strncmp(code, r->o->soc_prefix[i], n) == 0)
			return 1;
	}
	return 0;
}

/* A standard error from a relative one in percent, to the precision such
 * an estimate has (BLS gives PRSE to a tenth of a percent). */
static double se_from_prse(double value, double prse)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%.6g", value * prse / 100);
	return strtod(buf, NULL);
}

/* --- claims form ------------------------------------------------------- */

static int claims_row(reader *r, const csvin_row *row)
{
	claim c;
	size_t len, i;
	const char *s;
	int k, stop;
	money m;

	claim_init(&c);
	for (i = 0; i < row->nfields && i < r->ncols; i++) {
		s = row->field[i];
		len = row->len[i];
		switch (r->cols[i].role) {
		case HEADER_SOURCE: set_trimmed(&c.source, s, len); break;
		case HEADER_ROLE: set_trimmed(&c.role, s, len); break;
		case HEADER_SOC: set_trimmed(&c.soc_code, s, len); break;
		case HEADER_AREA: case HEADER_AREA_WEAK: set_trimmed(&c.area, s, len); break;
		case HEADER_PERIOD: set_trimmed(&c.period, s, len); break;
		case HEADER_WHERE: claim_set(&c.where, s, len); break;
		case HEADER_QUOTE: claim_set(&c.quote, s, len); break;
		case HEADER_SCOPE: set_trimmed(&c.scope, s, len); break;
		case HEADER_GROUP: set_level(&c, s, len); break;
		case HEADER_N: c.n = plain_number(s, len); break;
		case HEADER_SE: c.se = plain_number(s, len); break;
		case HEADER_KIND:
			if ((k = claim_kind_parse(s)) < 0) {
				reject(r->t, r, row, i, "unknown source kind", s, len);
				goto rejected;
			}
			c.kind = (source_kind)k;
			break;
		case HEADER_STAT:
			if ((c.stat = claim_stat_parse(s)) == CSTAT_NONE) {
				reject(r->t, r, row, i, "unknown statistic", s, len);
				goto rejected;
			}
			break;
		case HEADER_UNIT:
			c.unit = unit_parse(s);
			if (len && c.unit == UNIT_NONE) {
				reject(r->t, r, row, i, "unknown unit", s, len);
				goto rejected;
			}
			break;
		case HEADER_QUAL:
			if ((k = claim_qual_parse(s)) < 0) {
				reject(r->t, r, row, i, "unknown qualifier", s, len);
				goto rejected;
			}
			c.qual = (qualifier)k;
			break;
		case HEADER_VALUE:
			switch (money_parse(s, len, &m)) {
			case MONEY_BAD:
				reject(r->t, r, row, i, m.error, s, len);
				goto rejected;
			case MONEY_MISSING:
				r->t->missing++;
				r->ft->read++;
				tally_missing(r->ft, "no value");
				claim_free(&c);
				return 0;
			case MONEY_OK:
				c.value = m.value;
				if (m.unit != UNIT_NONE)
					c.unit = m.unit;
				break;
			}
			break;
		case HEADER_IGNORE: case HEADER_FIGURE: case HEADER_PRSE_MEAN: case HEADER_PRSE_EMP: case HEADER_FLAG:
		case HEADER_AREA_CODE: case HEADER_AREA_TYPE: case HEADER_PRIM_STATE: case HEADER_NAICS:
		case HEADER_OWN:
			break;
		}
	}
	if (!claim_level_wanted(c.level, r->o->levels)) {
		r->t->filtered++;
		claim_free(&c);
		return 0;
	}
	if (claim_implausible(r, row, &c))
		goto rejected;
	if (!c.where[0])
		where_at(r, &c, row, (size_t)r->idx[HEADER_VALUE]);
	r->t->used++;
	r->ft->read++;
	r->ft->used++;
	if (r->o->resolve)
		resolve_claim(r->o->resolve, &c);
	stop = r->fn(r->ctx, &c);
	claim_free(&c);
	return stop;
rejected:
	claim_free(&c);
	return 0;
}

/* --- wide form --------------------------------------------------------- */

/* What makes a row one occupation's figures in one place and industry:
 * its code, area (the code, else the name), NAICS and OWN_CODE, NUL
 * between them. */
static size_t row_key(const reader *r, const csvin_row *row, char *key, size_t size)
{
	static const header_role part[] = {HEADER_SOC, HEADER_AREA_CODE, HEADER_NAICS, HEADER_OWN};
	size_t i, n = 0, len;
	const char *s;

	for (i = 0; i < sizeof part / sizeof part[0]; i++) {
		long idx = r->idx[part[i]];
		if (part[i] == HEADER_AREA_CODE && idx < 0)
			idx = r->idx[HEADER_AREA];
		s = field(row, idx, &len);
		if (len > (size - 4) / 4)
			len = (size - 4) / 4;
		memcpy(key + n, s, len);
		n += len;
		key[n++] = '\0';
	}
	return n;
}

/* BLS lists some codes twice, as broad and as detailed, with the same
 * figures: is this key one already read? */
static int seen_before(reader *r, const char *key, size_t keylen)
{
	int added;

	keymap_put(r->seen, key, keylen, &added);
	return !added;
}

/* Hold a copy of row back, under key. */
static void hold(reader *r, const csvin_row *row, const char *key, size_t keylen)
{
	struct held *h = &r->held;

	rowcopy_set(&h->row, row);
	memcpy(h->key, key, keylen);
	h->keylen = keylen;
	h->on = 1;
}

/* Is row the twin of the held one (same key)?  Then the held row is
 * detailed if either is, and row is filtered. */
static int twin_of_held(reader *r, const csvin_row *row, const char *key, size_t keylen)
{
	struct held *h = &r->held;
	const char *level;
	size_t len;

	if (!h->on || keylen != h->keylen || memcmp(key, h->key, keylen) != 0)
		return 0;
	level = field(row, r->idx[HEADER_GROUP], &len);
	if (same_name(level, len, "detailed"))
		rowcopy_replace(&h->row, (size_t)r->idx[HEADER_GROUP], "detailed");
	r->t->filtered++;
	return 1;
}


/* The scope of a row of the OEWS industry and area layouts; a metro
 * area's claims are of its state (see model/oews.h). */
static void wide_scope(const reader *r, const csvin_row *row, claim *c)
{
	oews_fields f = {0}; /* code_len and type_len stay 0 without those columns */
	char scope[200], state[8];

	f.naics = field(row, r->idx[HEADER_NAICS], &f.naics_len);
	f.own = field(row, r->idx[HEADER_OWN], &f.own_len);
	f.code = r->idx[HEADER_AREA_CODE] >= 0 ? field(row, r->idx[HEADER_AREA_CODE], &f.code_len)
					       : NULL;
	f.type = r->idx[HEADER_AREA_TYPE] >= 0 ? field(row, r->idx[HEADER_AREA_TYPE], &f.type_len)
					       : NULL;
	f.state = field(row, r->idx[HEADER_PRIM_STATE], &f.state_len);
	f.title = c->area;
	f.title_len = strlen(c->area);
	oews_scope(&f, scope, sizeof scope, state, sizeof state);
	claim_set(&c->scope, scope, strlen(scope));
	if (state[0])
		claim_set(&c->area, state, strlen(state));
}

/* Who, where, when and according to whom: what a row's figures share. */
static void wide_subject(const reader *r, const csvin_row *row, claim *c, const char *area,
			 size_t area_len)
{
	const char *s;
	size_t len;

	s = field(row, r->idx[HEADER_ROLE], &len);
	set_trimmed(&c->role, s, len);
	if (r->idx[HEADER_GROUP] >= 0) {
		s = field(row, r->idx[HEADER_GROUP], &len);
		set_level(c, s, len);
	}
	if (r->idx[HEADER_AREA] >= 0)
		set_trimmed(&c->area, area, area_len);
	else if (r->o->area)
		claim_set(&c->area, r->o->area, strlen(r->o->area));
	else if (r->national)
		claim_set(&c->area, "US", 2);
	if (r->idx[HEADER_PERIOD] >= 0) {
		s = field(row, r->idx[HEADER_PERIOD], &len);
		set_trimmed(&c->period, s, len);
	} else if (r->o->period) {
		claim_set(&c->period, r->o->period, strlen(r->o->period));
	} else {
		claim_set(&c->period, r->period, strlen(r->period));
	}
	if (r->idx[HEADER_SOURCE] >= 0) {
		s = field(row, r->idx[HEADER_SOURCE], &len);
		set_trimmed(&c->source, s, len);
	} else {
		claim_set(&c->source, r->o->source, strlen(r->o->source));
	}
	c->kind = r->o->kind;
	if (r->idx[HEADER_NAICS] >= 0 || r->idx[HEADER_OWN] >= 0 || r->idx[HEADER_AREA_CODE] >= 0)
		wide_scope(r, row, c);
}

/* The one unit published, by the BLS flags (ANNUAL or HOURLY TRUE). */
static unit published_unit(const reader *r, const csvin_row *row)
{
	unit only = UNIT_NONE;
	size_t i;

	for (i = 0; i < r->ncols && i < row->nfields; i++)
		if (r->cols[i].role == HEADER_FLAG && r->cols[i].unit != UNIT_NONE &&
		    row->len[i] >= 4 && strncasecmp(row->field[i], "true", 4) == 0)
			only = r->cols[i].unit;
	return only;
}

/* The BLS marks for a figure that is not there: *, **, or the other
 * unit's * where only one is published.  1 if s[0..len) is one (and
 * counted). */
static int not_published(reader *r, const char *s, size_t len, unit only, unit u)
{
	if (len == 1 && s[0] == '*' && only != UNIT_NONE && u != only)
		tally_missing(r->ft, only == UNIT_HOURLY
				     ? "annual wage not published: hourly only (BLS HOURLY=TRUE)"
				     : "hourly wage not published: annual only (BLS ANNUAL=TRUE)");
	else if (len == 1 && s[0] == '*')
		tally_missing(r->ft, "wage not available (BLS *)");
	else if (len == 2 && s[0] == '*' && s[1] == '*')
		tally_missing(r->ft, "employment not available (BLS **)");
	else
		return 0;
	return 1;
}

/* The value of figure cell i into c: 1, or 0 when missing (counted), or
 * -1 when rejected (counted). */
static int wide_value(reader *r, const csvin_row *row, size_t i, unit only, int year, claim *c)
{
	const char *s = row->field[i];
	size_t len = row->len[i];
	money m;

	while (len && *s == ' ')
		s++, len--;
	while (len && s[len - 1] == ' ')
		len--;
	if (not_published(r, s, len, only, c->unit))
		return 0;
	if (len == 1 && s[0] == '#') {
		c->value = claimin_oews_cap(year, c->unit);
		if (!(c->value > 0)) {
			tally_missing(r->ft, "top-coded (#) with no known cap for the period");
			return 0;
		}
		c->qual = QUAL_TOP_CODED;
		return 1;
	}
	switch (money_parse(s, len, &m)) {
	case MONEY_MISSING:
		tally_missing(r->ft, "blank");
		return 0;
	case MONEY_BAD:
		reject(r->ft, r, row, i, m.error, s, len);
		return -1;
	case MONEY_OK:
		break;
	}
	if (c->stat != CSTAT_COUNT && unit_implausible(m.value, c->unit)) {
		reject(r->ft, r, row, i, unit_implausible(m.value, c->unit), s, len);
		return -1;
	}
	c->value = m.value;
	return 1;
}

/* A figure's unit from its size where its column names none; figures left
 * with no unit or period are counted, to be said once at the end. */
static void note_unit_and_period(reader *r, const header_column *col, claim *c)
{
	if (col->by_value && col->stat != CSTAT_COUNT) {
		c->unit = c->value < 200 ? UNIT_HOURLY : UNIT_ANNUAL;
		r->by_value++;
	} else if (c->unit == UNIT_NONE && col->stat != CSTAT_COUNT) {
		r->no_unit++;
	}
	r->no_period += !c->period[0];
}

/* Each figure cell of a row as a claim; counts figures and missing ones. */
static int wide_figures(reader *r, const csvin_row *row, claim *c, const char *code,
			size_t code_len, int *figures, int *missing)
{
	int stop = 0, year = atoi(c->period), v;
	unit only = published_unit(r, row);
	const char *s;
	size_t len, i;
	double prse_mean, prse_emp;

	s = field(row, r->idx[HEADER_PRSE_MEAN], &len);
	prse_mean = plain_number(s, len);
	s = field(row, r->idx[HEADER_PRSE_EMP], &len);
	prse_emp = plain_number(s, len);
	for (i = 0; i < r->ncols && i < row->nfields && !stop; i++) {
		const header_column *col = &r->cols[i];
		if (col->role != HEADER_FIGURE)
			continue;
		c->stat = col->stat;
		c->unit = col->stat == CSTAT_COUNT ? UNIT_NONE : col->unit;
		c->qual = QUAL_EXACT;
		c->se = NAN;
		r->ft->read++;
		if ((v = wide_value(r, row, i, only, year, c)) <= 0) {
			*missing += v == 0;
			continue;
		}
		note_unit_and_period(r, col, c);
		/* an se about a top-code says nothing of the true figure */
		if (col->stat == CSTAT_MEAN && isfinite(prse_mean) && c->qual != QUAL_TOP_CODED)
			c->se = se_from_prse(c->value, prse_mean);
		if (col->stat == CSTAT_COUNT && isfinite(prse_emp))
			c->se = se_from_prse(c->value, prse_emp);
		where_at(r, c, row, i);
		(*figures)++;
		r->ft->used++;
		if (r->o->resolve) {
			/* each claim counts: start again from what the row says */
			set_trimmed(&c->soc_code, code, code_len);
			resolve_claim(r->o->resolve, c);
		}
		stop = r->fn(r->ctx, c);
	}
	return stop;
}

/* A row's claims, once it is known to be no twin: filtered when its level
 * is not wanted. */
static int wide_claims(reader *r, const csvin_row *row)
{
	claim c;
	const char *code, *area;
	size_t code_len, area_len;
	int stop, figures = 0, missing = 0;

	code = field(row, r->idx[HEADER_SOC], &code_len);
	area = field(row, r->idx[HEADER_AREA], &area_len);
	claim_init(&c);
	set_trimmed(&c.soc_code, code, code_len);
	wide_subject(r, row, &c, area, area_len);
	if (!claim_level_wanted(c.level, r->o->levels)) {
		r->t->filtered++;
		claim_free(&c);
		return 0;
	}
	stop = wide_figures(r, row, &c, code, code_len, &figures, &missing);
	if (figures)
		r->t->used++;
	else if (missing)
		r->t->missing++;
	else
		tally_reject(r->t, r->file, row->line, 1, "no usable figure", NULL);
	claim_free(&c);
	return stop;
}

/* The held row's claims, if one is held. */
static int release_held(reader *r)
{
	csvin_row row;

	if (!r->held.on)
		return 0;
	r->held.on = 0;
	rowcopy_view(&r->held.row, &row);
	return wide_claims(r, &row);
}

/* A row of a wide table.  Where the table says the occupation's level, a
 * row is held back until the next is read: of a broad row and the
 * detailed row after or before it that repeats it (same key), one is
 * kept, as detailed, and the other filtered; a key read before is
 * filtered too. */
static int wide_row(reader *r, const csvin_row *row)
{
	const char *code, *area;
	size_t code_len, area_len, keylen;
	char key[512];
	int stop;

	code = field(row, r->idx[HEADER_SOC], &code_len);
	area = field(row, r->idx[HEADER_AREA], &area_len);
	if (!wanted_code(r, code, code_len) ||
	    (r->o->only_area && !same_name(area, area_len, r->o->only_area))) {
		r->t->filtered++;
		return 0;
	}
	if (r->idx[HEADER_GROUP] < 0 || !code_len)
		return wide_claims(r, row);
	keylen = row_key(r, row, key, sizeof key);
	if (twin_of_held(r, row, key, keylen))
		return 0;
	stop = release_held(r);
	if (seen_before(r, key, keylen))
		r->t->filtered++;
	else
		hold(r, row, key, keylen);
	return stop;
}

/* --- reading ----------------------------------------------------------- */

/* The BLS national files name no area: a wide table with the BLS's
 * OCC_CODE column and no area column (nor --area) is national, said once. */
static void national_by_layout(reader *r, const csvin_row *h)
{
	size_t len;
	const char *code = field(h, r->idx[HEADER_SOC], &len);

	if (!r->wide || r->idx[HEADER_AREA] >= 0 || r->o->area || len != 8 ||
	    strncasecmp(code, "occ_code", 8) != 0)
		return;
	r->national = 1;
	if (!r->o->quiet)
		diag("%s: no area column in a BLS layout: its figures are taken as national "
		     "(US; give --area to say otherwise)", r->file);
}

static int on_header(void *ctx, const csvin_row *h)
{
	reader *r = ctx;
	size_t i, figures = 0;

	r->ncols = h->nfields;
	r->cols = xcalloc(h->nfields + 1, sizeof *r->cols);
	for (i = 0; i <= HEADER_FLAG; i++)
		r->idx[i] = -1;
	for (i = 0; i < h->nfields; i++) {
		r->cols[i] = header_read(h->field[i], h->len[i], r->o->map, r->o->nmap, r->o->unit);
		if (r->idx[r->cols[i].role] < 0)
			r->idx[r->cols[i].role] = (long)i;
		figures += r->cols[i].role == HEADER_FIGURE;
	}
	if (r->idx[HEADER_AREA] < 0 && r->idx[HEADER_AREA_WEAK] >= 0)
		r->idx[HEADER_AREA] = r->idx[HEADER_AREA_WEAK];
	r->wide = !(r->idx[HEADER_STAT] >= 0 && r->idx[HEADER_VALUE] >= 0);
	if (r->wide && figures == 0) {
		diag("%s: neither claims (stat and value columns) nor a table of "
		     "figures (columns such as median, mean, 10th percentile)",
		     r->file);
		return EXIT_USAGE;
	}
	if (r->wide && r->o->require_soc && r->idx[HEADER_SOC] < 0) {
		diag("%s: no occupation code column (OCC_CODE)", r->file);
		return EXIT_USAGE;
	}
	/* OEWS's AREA beside AREA_TITLE is the area's code */
	if (r->wide && r->idx[HEADER_AREA] >= 0 && r->idx[HEADER_AREA_WEAK] >= 0 &&
	    r->idx[HEADER_AREA] != r->idx[HEADER_AREA_WEAK]) {
		r->cols[r->idx[HEADER_AREA_WEAK]].role = HEADER_AREA_CODE;
		if (r->idx[HEADER_AREA_CODE] < 0)
			r->idx[HEADER_AREA_CODE] = r->idx[HEADER_AREA_WEAK];
	}
	national_by_layout(r, h);
	if (r->wide && !r->o->quiet) {
		int first = 1;
		for (i = 0; i < h->nfields; i++)
			if (r->cols[i].role == HEADER_IGNORE) {
				char q[64];
				fprintf(stderr, "%s'%s'", first ? "wagestat: columns not used: " : ", ",
					diag_quote(q, sizeof q, h->field[i], h->len[i]));
				first = 0;
			}
		if (!first)
			fputc('\n', stderr);
	}
	return 0;
}

static int on_row(void *ctx, const csvin_row *row)
{
	reader *r = ctx;

	return r->wide ? wide_row(r, row) : claims_row(r, row);
}

/* Once a file: the units read from the figures' size, and what was left
 * blank with the option that would fill it. */
static void say_units_and_periods(const reader *r)
{
	if (r->o->quiet)
		return;
	if (r->by_value)
		diag("%s: %lu figures whose column names no unit read by their size: under "
		     "200 hourly, else annual (give -u to say otherwise)", r->file, r->by_value);
	if (r->no_unit)
		diag("%s: %lu figures left with no unit: their columns name none (give -u)",
		     r->file, r->no_unit);
	if (r->no_period)
		diag("%s: %lu figures left with no period: neither a column nor the file's "
		     "name gives one (give --period)", r->file, r->no_period);
}

/* Read from in, a file called path (for the period in its name, and the
 * source of a wide table that names none). */
static int read_from(csvin *in, const char *path, const claimin_opts *o, tally *t,
		     tally *figures, claimin_fn fn, void *ctx)
{
	claimin_opts own = *o;
	const char *base = strrchr(path, '/');
	reader r;
	int result;

	if (!own.source)
		own.source = base ? base + 1 : path;
	memset(&r, 0, sizeof r);
	r.o = &own;
	r.t = t;
	r.ft = figures;
	r.fn = fn;
	r.ctx = ctx;
	if (o->name)
		csvin_set_name(in, o->name);
	r.file = csvin_name(in);
	r.seen = keymap_new();
	claimin_period_from_name(path, r.period, sizeof r.period);
	csvin_set_pad_short(in);
	result = csvin_read(in, t, on_header, on_row, &r);
	if (result == 0)
		result = release_held(&r);
	rowcopy_free(&r.held.row);
	say_units_and_periods(&r);
	csvin_close(&in);
	keymap_free(&r.seen);
	free(r.cols);
	return result;
}

int claimin_read(const char *path, const claimin_opts *o, tally *t,
		 tally *figures, claimin_fn fn, void *ctx)
{
	csvin *in = csvin_open(path, o->delim);

	if (!in)
		return EXIT_USAGE;
	return read_from(in, path, o, t, figures, fn, ctx);
}

int claimin_read_memory(const char *name, const char *data, size_t len,
			const claimin_opts *o, tally *rows, tally *figures,
			claimin_fn fn, void *ctx)
{
	return read_from(csvin_open_memory(name, data, len, o->delim), name, o, rows,
			 figures, fn, ctx);
}

int claimin_read_files(char *const *paths, size_t n, const claimin_opts *o, tally *rows,
		       tally *figures, claimin_fn fn, void *ctx)
{
	int r, code = EXIT_OK;
	size_t i;

	for (i = 0; i < n; i++) {
		r = claimin_read(paths[i], o, rows, figures, fn, ctx);
		if (r == EXIT_USAGE)
			return EXIT_USAGE;
		if (r != 0)
			code = EXIT_DATA;
	}
	return code;
}
