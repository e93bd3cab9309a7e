#include "input/microdata.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>

#include "base/diag.h"
#include "base/money.h"
#include "base/xalloc.h"

_Static_assert(CSVIN_PAD >= MONEY_PAD, "a value is read past its end");

/* Headers tried, in order, when no value column is given. */
static const char *const default_value_columns[] = {
	"salary", "annual_salary", "annual salary", "pay", "wage", "value",
};
#define NDEFAULTS (sizeof default_value_columns / sizeof *default_value_columns)

struct microdata {
	microdata_opts o;
	microdata_value found;     /* the default value column, once found */
	long *group_idx, *value_idx, *where_idx;
	long weight_idx, hours_idx, weeks_idx, currency_idx;
	char **group_names;        /* from the first file's header */
	char currency[4];
	char currency_reason[40];  /* "currency other than USD" */
	size_t header_nfields;     /* of the file being read */
	int file_delim;
};

microdata *microdata_new(const microdata_opts *o)
{
	microdata *m = xcalloc(1, sizeof *m);

	m->o = *o;
	snprintf(m->currency, sizeof m->currency, "%s", o->currency ? o->currency : "USD");
	snprintf(m->currency_reason, sizeof m->currency_reason, "currency other than %s",
		 m->currency);
	m->group_idx = xcalloc(o->ngroups + 1, sizeof *m->group_idx);
	m->value_idx = xcalloc(o->nvalues + 1, sizeof *m->value_idx);
	m->where_idx = xcalloc(o->nwhere + 1, sizeof *m->where_idx);
	return m;
}

void microdata_free(microdata **pm)
{
	microdata *m = *pm;
	size_t i;

	if (!m)
		return;
	for (i = 0; m->group_names && i < m->o.ngroups; i++)
		free(m->group_names[i]);
	free(m->group_names);
	free(m->found.spec);
	free(m->group_idx);
	free(m->value_idx);
	free(m->where_idx);
	free(m);
	*pm = NULL;
}

void microdata_sink_merge(microdata_sink *dst, const microdata_sink *src)
{
	int from, to;

	for (from = 0; from < UNIT_COUNT; from++)
		for (to = 0; to < UNIT_COUNT; to++)
			dst->converted[from][to] += src->converted[from][to];
	dst->basis_rows += src->basis_rows;
	dst->other_hours += src->other_hours;
	dst->top_coded += src->top_coded;
}

const char *microdata_basis_name(microdata_basis b)
{
	return b == MICRODATA_ACTUAL ? "actual" : "fte";
}

const char *microdata_group_name(const microdata *m, size_t i)
{
	return m->group_names ? m->group_names[i] : "";
}

void microdata_value_parse(microdata_value *v, const char *spec)
{
	char *colon;

	v->spec = xstrdup(spec);
	v->unit = UNIT_NONE;
	colon = strrchr(v->spec, ':');
	if (colon && unit_parse(colon + 1) != UNIT_NONE) {
		v->unit = unit_parse(colon + 1);
		*colon = '\0';
	}
}

int microdata_where_parse(microdata_where *w, const char *arg)
{
	const char *eq = strchr(arg, '=');

	if (!eq || eq == arg || (eq == arg + 1 && arg[0] == '!'))
		return -1;
	w->negate = eq[-1] == '!';
	w->spec = xstrndup(arg, (size_t)(eq - arg) - (w->negate ? 1 : 0));
	w->value = xstrdup(eq + 1);
	return 0;
}

/* --- the header -------------------------------------------------------- */

static char *trimmed(const char *s, size_t len)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return xstrndup(s, len);
}

static int no_column(const microdata_sink *s, const csvin_row *h, const char *spec)
{
	size_t i;

	fprintf(stderr, "wagestat: %s: no column '%s'; columns are:", s->file, spec);
	for (i = 0; i < h->nfields && i < 30; i++)
		fprintf(stderr, "%s %zu '%.*s'", i ? "," : "", i + 1,
			(int)(h->len[i] > 40 ? 40 : h->len[i]), h->field[i]);
	fprintf(stderr, "%s\n", h->nfields > 30 ? ", ..." : "");
	return EXIT_USAGE;
}

/* Without value columns, the first of the usual names in the first file. */
static int find_default_value(microdata *m, const microdata_sink *s, const csvin_row *h)
{
	size_t k;

	if (m->o.nvalues)
		return 0;
	for (k = 0; k < NDEFAULTS; k++)
		if (csvin_column(h, default_value_columns[k]) >= 0)
			break;
	if (k == NDEFAULTS) {
		diag("%s: no salary column found: name one with -v COL", s->file);
		return EXIT_USAGE;
	}
	m->found.spec = xstrdup(default_value_columns[k]);
	m->found.unit = UNIT_NONE;
	m->o.value = &m->found;
	m->o.nvalues = 1;
	return 0;
}

/* The column named by spec into *idx; EXIT_USAGE if there is none. */
static int find_column(const microdata_sink *s, const csvin_row *h, const char *spec, long *idx)
{
	*idx = csvin_column(h, spec);
	return *idx < 0 ? no_column(s, h, spec) : 0;
}

/* The currency column: the one named, else the first but a value column
 * whose header holds the word "currency" (a survey's "Please indicate the
 * currency", not its salary question that says a later one will). */
static int find_currency(microdata *m, const microdata_sink *s, const csvin_row *h)
{
	size_t i, k;

	m->currency_idx = -1;
	if (m->o.currency_col)
		return find_column(s, h, m->o.currency_col, &m->currency_idx);
	for (i = 0; i < h->nfields && m->currency_idx < 0; i++) {
		for (k = 0; k < m->o.nvalues && m->value_idx[k] != (long)i; k++)
			;
		if (k == m->o.nvalues && strcasestr(h->field[i], "currency"))
			m->currency_idx = (long)i;
	}
	return 0;
}

/* The reader and the sink, as the CSV reader's callbacks see them.  A
 * part's reading only reads the microdata (the threads share it). */
typedef struct reading {
	microdata *m;
	microdata_sink *s;
} reading;

static int on_header(void *ctx, const csvin_row *h)
{
	reading *rd = ctx;
	microdata *m = rd->m;
	size_t i;
	int r = 0;

	m->header_nfields = h->nfields;
	for (i = 0; i < m->o.ngroups && !r; i++)
		r = find_column(rd->s, h, m->o.group[i], &m->group_idx[i]);
	if (!r && !m->group_names) {
		m->group_names = xcalloc(m->o.ngroups + 1, sizeof *m->group_names);
		for (i = 0; i < m->o.ngroups; i++)
			m->group_names[i] = trimmed(h->field[m->group_idx[i]],
						    h->len[m->group_idx[i]]);
	}
	if (!r)
		r = find_default_value(m, rd->s, h);
	for (i = 0; i < m->o.nvalues && !r; i++)
		r = find_column(rd->s, h, m->o.value[i].spec, &m->value_idx[i]);
	m->weight_idx = -1;
	if (!r && m->o.weight)
		r = find_column(rd->s, h, m->o.weight, &m->weight_idx);
	for (i = 0; i < m->o.nwhere && !r; i++)
		r = find_column(rd->s, h, m->o.where[i].spec, &m->where_idx[i]);
	m->hours_idx = m->weeks_idx = -1;
	if (!r && m->o.hours)
		r = find_column(rd->s, h, m->o.hours, &m->hours_idx);
	if (!r && m->o.weeks_col)
		r = find_column(rd->s, h, m->o.weeks_col, &m->weeks_idx);
	return r ? r : find_currency(m, rd->s, h);
}

/* --- the rows ---------------------------------------------------------- */

static int same_text(const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b);

	while (alen && (*a == ' ' || *a == '\t'))
		a++, alen--;
	while (alen && (a[alen - 1] == ' ' || a[alen - 1] == '\t'))
		alen--;
	return alen == blen && strncasecmp(a, b, alen) == 0;
}

/* Do the clauses on clause i's column (from i on) keep the row? */
static int column_selects(const microdata *m, const csvin_row *row, size_t i)
{
	long idx = m->where_idx[i];
	int want = 0, match = 0;
	size_t k;

	for (k = i; k < m->o.nwhere; k++) {
		const microdata_where *o = &m->o.where[k];
		int eq;
		if (m->where_idx[k] != idx)
			continue;
		eq = same_text(row->field[idx], row->len[idx], o->value);
		if (o->negate && eq)
			return 0;
		if (!o->negate) {
			want = 1;
			match |= eq;
		}
	}
	return !want || match;
}

/* --where: each column's clauses, taken at the first clause on it. */
static int row_selected(const microdata *m, const csvin_row *row)
{
	size_t i, k;

	for (i = 0; i < m->o.nwhere; i++) {
		for (k = 0; k < i && m->where_idx[k] != m->where_idx[i]; k++)
			;
		if (k == i && !column_selects(m, row, i))
			return 0;
	}
	return 1;
}

static void reject_value(microdata_sink *s, const csvin_row *row, long idx, const char *reason)
{
	char q[64], detail[80];

	snprintf(detail, sizeof detail, "'%s'",
		 diag_quote(q, sizeof q, row->field[idx], row->len[idx]));
	tally_reject(s->t, s->file, row->line, (unsigned long)idx + 1, reason, detail);
}

/* Reject a value in another currency, code[0..len) (in capitals, at most
 * 12 printable characters of it, in the reason).  Past 32 reasons, the
 * reason is one for all other currencies, so a hostile file cannot make
 * thousands. */
static void reject_currency(const microdata *m, microdata_sink *s, const csvin_row *row,
			    long idx, const char *code, size_t len)
{
	char reason[48];
	size_t i, n = 0;

	if (s->t->nreasons >= 32) {
		reject_value(s, row, idx, m->currency_reason);
		return;
	}
	n = (size_t)snprintf(reason, sizeof reason, "currency ");
	for (i = 0; i < len && i < 12; i++)
		reason[n++] = code[i] > ' ' && code[i] < 127 ? (char)toupper(code[i]) : '?';
	snprintf(reason + n, sizeof reason - n, ", not %s", m->currency);
	reject_value(s, row, idx, reason);
}

/* Is the row in the summary's currency?  The currency column's cell
 * (blank: not said) and the value's own mark must both agree. */
static int same_currency(const microdata *m, microdata_sink *s, const csvin_row *row,
			 long idx, const money *v)
{
	long c = m->currency_idx;

	if (c >= 0) {
		const char *f = row->field[c];
		size_t len = row->len[c];
		while (len && (*f == ' ' || *f == '\t'))
			f++, len--;
		while (len && (f[len - 1] == ' ' || f[len - 1] == '\t'))
			len--;
		if (len && !same_text(f, len, m->currency)) {
			reject_currency(m, s, row, c, f, len);
			return 0;
		}
	}
	if (v->currency[0] && strcmp(v->currency, m->currency) != 0) {
		reject_currency(m, s, row, idx, v->currency, strlen(v->currency));
		return 0;
	}
	return 1;
}

/* A number from the row's column idx within (0, most]; -1 after counting
 * the rejection. */
static double row_number(microdata_sink *s, const csvin_row *row, long idx, double most,
			 const char *missing, const char *bad)
{
	money x;
	money_status st = money_parse_padded(row->field[idx], row->len[idx], &x);

	if (st == MONEY_MISSING) {
		reject_value(s, row, idx, missing);
		return -1;
	}
	if (st == MONEY_BAD || x.currency[0] || x.unit != UNIT_NONE || !(x.value > 0) ||
	    x.value > most) {
		reject_value(s, row, idx, bad);
		return -1;
	}
	return x.value;
}

static int uses_hours(unit u)
{
	return u == UNIT_HOURLY || u == UNIT_WEEKLY;
}

/* How many of unit u make this row's year at the actual basis: hours a
 * week x weeks for hourly, weeks for weekly; -1 after a rejection. */
static double actual_per_year(const microdata *m, microdata_sink *s, const csvin_row *row,
			      unit u)
{
	double weeks = m->o.weeks > 0 ? m->o.weeks : 52, hours = 1;

	if (!uses_hours(u))
		return unit_per_year(u);
	if (m->weeks_idx >= 0 &&
	    (weeks = row_number(s, row, m->weeks_idx, 53, "no weeks a year",
				"weeks a year not a number from 0 to 53")) < 0)
		return -1;
	if (u == UNIT_HOURLY &&
	    (hours = row_number(s, row, m->hours_idx, 168, "no hours a week",
				"hours a week not a number from 0 to 168")) < 0)
		return -1;
	return hours * weeks;
}

/* Restate v from unit u in the options' unit by the basis; -1 after a
 * rejection. */
static int convert(const microdata *m, microdata_sink *s, const csvin_row *row, unit u,
		   money *v)
{
	unit to = m->o.unit;

	if (!uses_hours(u) && !uses_hours(to)) {
		v->value = unit_convert(v->value, u, to);
	} else if (m->o.basis == MICRODATA_ACTUAL) {
		double from_n = actual_per_year(m, s, row, u), to_n;
		if (from_n < 0 || (to_n = actual_per_year(m, s, row, to)) < 0)
			return -1;
		v->value = v->value * from_n / to_n;
		s->basis_rows++;
	} else {
		v->value = unit_convert(v->value, u, to);
		s->basis_rows++;
		if (m->hours_idx >= 0 && row->len[m->hours_idx]) {
			money h;
			if (money_parse_padded(row->field[m->hours_idx], row->len[m->hours_idx], &h) !=
				    MONEY_OK || fabs(h.value - 40) > 1e-9)
				s->other_hours++;
		}
	}
	s->converted[u][to]++;
	return 0;
}

/* The value m parsed from column idx, in the options' unit (stated, or
 * else the column's; the unit it was written in into *from); MONEY_BAD
 * after counting the rejection. */
static money_status restate(const microdata *m, microdata_sink *s, const csvin_row *row,
			    long idx, unit column_unit, money *v, unit *from)
{
	unit u = v->unit != UNIT_NONE ? v->unit : column_unit;
	const char *why;

	if (!same_currency(m, s, row, idx, v))
		return MONEY_BAD;
	*from = u != UNIT_NONE ? u : m->o.unit;
	if (m->o.unit != UNIT_NONE) {
		if (u != UNIT_NONE && u != m->o.unit && convert(m, s, row, u, v) < 0)
			return MONEY_BAD;
	} else if (u != UNIT_NONE) {
		/* a stated unit with no target: mixing it with plain numbers
		 * would give wrong figures */
		reject_value(s, row, idx, "value states a unit (give -u to convert)");
		return MONEY_BAD;
	}
	if ((why = unit_implausible(v->value, m->o.unit != UNIT_NONE ? m->o.unit : u)) != NULL) {
		reject_value(s, row, idx, why);
		return MONEY_BAD;
	}
	return MONEY_OK;
}

/* A cell's value, a top code read as its cap: "#" (the OEWS mark, its cap
 * from the options' function for the file), "≥ $239,200", ">= 239200" or
 * "$239,200+" (*top set). */
static money_status parse_value(const microdata *m, const microdata_sink *s, const char *f,
				size_t len, unit column_unit, money *v, int *top)
{
	money_status st;

	while (len && (*f == ' ' || *f == '\t'))
		f++, len--;
	while (len && (f[len - 1] == ' ' || f[len - 1] == '\t'))
		len--;
	*top = 0;
	if (len == 1 && f[0] == '#') {
		unit u = column_unit != UNIT_NONE ? column_unit
			 : m->o.unit != UNIT_NONE ? m->o.unit : UNIT_ANNUAL;
		money_parse("", 0, v);
		v->value = m->o.top_cap ? m->o.top_cap(s->file, u) : 0;
		if (!(v->value > 0)) {
			v->error = "top-coded (#) with no known cap";
			return MONEY_BAD;
		}
		v->unit = column_unit == UNIT_NONE && m->o.unit == UNIT_NONE ? UNIT_NONE : u;
		*top = 1;
		return MONEY_OK;
	}
	if (len > 3 && memcmp(f, "\xE2\x89\xA5", 3) == 0)
		f += 3, len -= 3, *top = 1;
	else if (len > 2 && memcmp(f, ">=", 2) == 0)
		f += 2, len -= 2, *top = 1;
	else if (len > 1 && f[len - 1] == '+')
		len--, *top = 1;
	st = money_parse_padded(f, len, v);
	if (st == MONEY_MISSING && *top) {
		v->error = MONEY_NOT_A_NUMBER;
		return MONEY_BAD;
	}
	return st;
}

/* The row's value: the first value column that is not missing. */
static money_status row_value(const microdata *m, microdata_sink *s, const csvin_row *row,
			      money *v, microdata_row *r)
{
	size_t i;

	for (i = 0; i < m->o.nvalues; i++) {
		long idx = m->value_idx[i];
		unit cu = m->o.value[i].unit;
		money_status st = parse_value(m, s, row->field[idx], row->len[idx], cu, v,
					      &r->top_coded);
		if (st == MONEY_BAD) {
			reject_value(s, row, idx, v->error);
			return MONEY_BAD;
		}
		if (st == MONEY_OK) {
			st = restate(m, s, row, idx, cu, v, &r->from);
			if (st == MONEY_OK && r->top_coded)
				s->top_coded++;
			return st;
		}
	}
	return MONEY_MISSING;
}

/* The row's weight (1 without a weight column); -1 after counting a
 * rejection. */
static double row_weight(const microdata *m, microdata_sink *s, const csvin_row *row)
{
	long idx = m->weight_idx;
	money w;
	money_status st;

	if (idx < 0)
		return 1;
	st = money_parse_padded(row->field[idx], row->len[idx], &w);
	if (st == MONEY_MISSING) {
		reject_value(s, row, idx, "missing weight");
		return -1;
	}
	if (st == MONEY_BAD || w.currency[0] || w.unit != UNIT_NONE) {
		reject_value(s, row, idx, "invalid weight");
		return -1;
	}
	return w.value;
}

static int on_row(void *ctx, const csvin_row *row)
{
	reading *rd = ctx;
	microdata_sink *s = rd->s;
	microdata_row r = {rd->m, row, 0, 0, 1, UNIT_NONE, 0};
	money v;
	money_status st;

	if (rd->m->o.nwhere && !row_selected(rd->m, row)) {
		s->t->filtered++;
		return 0;
	}
	st = row_value(rd->m, s, row, &v, &r);
	if (st == MONEY_BAD)
		return 0;
	if (st == MONEY_MISSING) {
		if (rd->m->o.missing_reason)
			tally_missing(s->t, rd->m->o.missing_reason);
		else
			s->t->missing++;
		r.missing = 1;
		s->fn(s->ctx, &r);
		return 0;
	}
	if ((r.weight = row_weight(rd->m, s, row)) < 0)
		return 0;
	r.value = v.value;
	if (s->fn(s->ctx, &r) == MICRODATA_LEFT_OUT)
		s->t->filtered++;
	else
		s->t->used++;
	return 0;
}

const char *microdata_group(const microdata_row *r, size_t i, size_t *len)
{
	long idx = r->m->group_idx[i];

	if (len)
		*len = r->row->len[idx];
	return r->row->field[idx];
}

/* --- reading ----------------------------------------------------------- */

int microdata_read_csv(microdata *m, csvin *in, microdata_sink *s)
{
	reading rd = {m, s};

	s->file = csvin_name(in);
	csvin_set_unterminated(in); /* every field is read by its length */
	return csvin_read(in, s->t, on_header, on_row, &rd);
}

int microdata_read(microdata *m, const char *path, microdata_sink *s)
{
	csvin *in = csvin_open(path, m->o.delim);
	int r;

	if (!in)
		return EXIT_USAGE;
	r = microdata_read_csv(m, in, s);
	csvin_close(&in);
	return r;
}

static int header_only(void *ctx, const csvin_row *h)
{
	int r = on_header(ctx, h);

	return r ? r : -2; /* stop: the rows are read by the parts */
}

/* The header from in, which is closed. */
static int read_header(microdata *m, csvin *in, microdata_sink *s)
{
	reading rd = {m, s};
	int r;

	if (!in)
		return EXIT_USAGE;
	s->file = csvin_name(in);
	r = csvin_read(in, s->t, header_only, on_row, &rd);
	m->file_delim = csvin_delim(in);
	csvin_close(&in);
	if (r == -2)
		return 0;
	return r == EXIT_USAGE ? EXIT_USAGE : -1;
}

int microdata_read_header(microdata *m, const char *path, microdata_sink *s)
{
	return read_header(m, csvin_open(path, m->o.delim), s);
}

int microdata_read_header_block(microdata *m, const char *name, const char *data,
				size_t len, microdata_sink *s)
{
	return read_header(m, csvin_open_memory(name, data, len, m->o.delim), s);
}

static int skip_header(void *ctx, const csvin_row *h)
{
	(void)ctx;
	(void)h;
	return 0;
}

int microdata_read_part(const microdata *m, const char *path, microdata_part *p,
			microdata_sink *s)
{
	csvin *in = p->data ? csvin_open_memory(path, p->data, p->len, m->file_delim)
			    : csvin_open(path, m->file_delim);
	reading rd = {(microdata *)m, s}; /* on_row only reads it */
	int r = -1;

	if (!in)
		return -1;
	s->file = csvin_name(in);
	csvin_set_unterminated(in);
	if (p->data)
		csvin_set_block(in, p->first, p->last, m->header_nfields);
	if (p->data && p->first_line)
		csvin_continue_fd(in, p->then_stdin ? STDIN_FILENO : -1, p->stdin_read,
				  p->first_line);
	if (p->data || csvin_set_range(in, p->start, p->end, m->header_nfields) == 0) {
		r = csvin_read(in, s->t, skip_header, on_row, &rd);
		p->between_records = csvin_between_records(in);
		p->end_line = csvin_line(in);
	}
	csvin_close(&in);
	return r;
}
