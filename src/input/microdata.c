#include "input/microdata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/diag.h"
#include "base/money.h"
#include "base/xalloc.h"

/* Headers tried, in order, when no value column is given. */
static const char *const default_value_columns[] = {
	"salary", "annual_salary", "annual salary", "pay", "wage", "value",
};
#define NDEFAULTS (sizeof default_value_columns / sizeof *default_value_columns)

struct microdata {
	microdata_opts o;
	microdata_value found;     /* the default value column, once found */
	long *group_idx, *value_idx, *where_idx;
	long weight_idx;
	char **group_names;        /* from the first file's header */
	char currency[4];
	char currency_reason[32];  /* "currency other than USD" */
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

/* The reader and the sink, as the CSV reader's callbacks see them.  A
 * part's reading only reads the microdata (two threads share it). */
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
	return r;
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

/* The value m parsed from column idx, in the options' unit (stated, or
 * else the column's); MONEY_BAD after counting the rejection. */
static money_status restate(const microdata *m, microdata_sink *s, const csvin_row *row,
			    long idx, unit column_unit, money *v)
{
	unit u = v->unit != UNIT_NONE ? v->unit : column_unit;
	const char *why;

	if (v->currency[0] && strcmp(v->currency, m->currency) != 0) {
		reject_value(s, row, idx, m->currency_reason);
		return MONEY_BAD;
	}
	if (m->o.unit != UNIT_NONE) {
		if (u != UNIT_NONE && u != m->o.unit) {
			v->value = unit_convert(v->value, u, m->o.unit);
			s->converted[u][m->o.unit]++;
		}
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

/* The row's value: the first value column that is not missing. */
static money_status row_value(const microdata *m, microdata_sink *s, const csvin_row *row,
			      money *v)
{
	size_t i;

	for (i = 0; i < m->o.nvalues; i++) {
		long idx = m->value_idx[i];
		money_status st = money_parse(row->field[idx], row->len[idx], v);
		if (st == MONEY_BAD) {
			reject_value(s, row, idx, v->error);
			return MONEY_BAD;
		}
		if (st == MONEY_OK)
			return restate(m, s, row, idx, m->o.value[i].unit, v);
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
	st = money_parse(row->field[idx], row->len[idx], &w);
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
	microdata_row r = {rd->m, row, 0, 0, 1};
	money v;
	money_status st;

	if (rd->m->o.nwhere && !row_selected(rd->m, row)) {
		s->t->filtered++;
		return 0;
	}
	st = row_value(rd->m, s, row, &v);
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

int microdata_read_header(microdata *m, const char *path, microdata_sink *s)
{
	csvin *in = csvin_open(path, m->o.delim);
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

static int skip_header(void *ctx, const csvin_row *h)
{
	(void)ctx;
	(void)h;
	return 0;
}

int microdata_read_part(const microdata *m, const char *path, microdata_part *p,
			microdata_sink *s)
{
	csvin *in = csvin_open(path, m->file_delim);
	reading rd = {(microdata *)m, s}; /* on_row only reads it */
	int r = -1;

	if (!in)
		return -1;
	s->file = csvin_name(in);
	if (csvin_set_range(in, p->start, p->end, m->header_nfields) == 0) {
		r = csvin_read(in, s->t, skip_header, on_row, &rd);
		p->between_records = csvin_between_records(in);
		p->end_line = csvin_line(in);
	}
	csvin_close(&in);
	return r;
}
