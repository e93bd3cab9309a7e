#include "extract/xtable.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "extract/attr.h"
#include "extract/clean.h"
#include "model/cue.h"
#include "extract/figure.h"
#include "extract/occupation.h"
#include "extract/place.h"
#include "extract/scope.h"
#include "extract/segment.h"
#include "extract/words.h"

/* Cells of a row: pipe-separated, or (for whitespace tables) the label then
 * the figures.  Returns the count. */
/* The cells after end in [end, e) that hold a money figure: a row's
 * cells past the ones read. */
static unsigned long cells_past(const doc *d, size_t end, size_t e)
{
	unsigned long n = 0;
	size_t i = end, start;

	while (i < e && d->t[i] != '|')
		i++;
	for (start = ++i; i <= e; i++)
		if (i == e || d->t[i] == '|') {
			n += start < i && figure_money_in(d, start, i);
			start = i + 1;
		}
	return n;
}

size_t xtable_cells(const doc *d, size_t s, size_t e, doc_span *cells, size_t max)
{
	size_t n = 0, i = s, start;

	while (i < e && (d->t[i] == ' ' || d->t[i] == '\t'))
		i++;
	if (i < e && d->t[i] == '|')
		i++;
	start = i;
	for (; i <= e && n < max; i++) {
		if (i == e || d->t[i] == '|') {
			size_t a = start, b = i;
			while (a < b && isspace((unsigned char)d->t[a]))
				a++;
			while (b > a && isspace((unsigned char)d->t[b - 1]))
				b--;
			if (!(i == e && a == b)) {
				cells[n].s = a;
				cells[n].e = b;
				n++;
			}
			start = i + 1;
		}
	}
	return n;
}

/* A second header row under units that span columns:
 *   | Occupation | Hourly        | Annual        |
 *   | Median | Mean | Median | Mean |
 * The label columns of the first row stay; each unit spans its share of
 * the statistics below it.  Returns 1 if the row was such a header. */
static int sub_header(const doc *d, xtable_state *ts, const doc_span *cells, size_t nc)
{
	column_meaning sub[16], top[16];
	size_t k, nunits = 0, nlabels = 0, nstats = 0, lead = 0;

	/* Markdown leaves the label columns' cells empty: "| | Median |" */
	while (lead < nc && cells[lead].s == cells[lead].e)
		lead++;
	cells += lead;
	nc -= lead;
	for (k = 0; k < nc && k < 16; k++) {
		sub[k] = column_read(d, cells[k].s, cells[k].e);
		nstats += sub[k].stat != CSTAT_NONE && sub[k].stat != CSTAT_UNSPECIFIED;
	}
	if (nstats < 2 || nstats != nc)
		return 0;
	for (k = 0; k < ts->ncols; k++) {
		if (ts->cols[k].stat == CSTAT_NONE)
			nlabels++;
		else if (ts->cols[k].unit != UNIT_NONE && ts->cols[k].stat == CSTAT_UNSPECIFIED)
			nunits++;
		else
			return 0;
	}
	if (!nunits || nc % nunits || nlabels + nc > 16 || (lead && lead != nlabels))
		return 0;
	memcpy(top, ts->cols, sizeof top);
	for (k = 0; k < nlabels; k++)
		ts->cols[k] = top[k];
	for (k = 0; k < nc; k++) {
		ts->cols[nlabels + k] = sub[k];
		ts->cols[nlabels + k].unit = top[nlabels + k / (nc / nunits)].unit;
	}
	ts->ncols = nlabels + nc;
	return 1;
}

/* A note under a table, "*Source: BLS OEWS, May 2024.*", dates it and
 * names its source: the lines after the header line e that are not rows,
 * if the first of them starts with "Source" or "Note". */
static void table_note(const doc *d, size_t e, xtable_state *ts)
{
	size_t i = e, blank = 0, more;

	while (i < d->len) {
		size_t a = i + (d->t[i] == '\n'), b;
		const char *src;
		/* the marks HTML tags left count as space: "</tbody>" is blank */
		while (a < d->len && (d->t[a] == ' ' || d->t[a] == '*' || d->t[a] == '_' ||
				      d->t[a] == '>' || (d->t[a] != '\n' && (unsigned char)d->t[a] < ' ')))
			a++;
		b = a;
		while (b < d->len && d->t[b] != '\n')
			b++;
		i = b;
		if (a < b && (d->t[a] == '|' || memchr(d->t + a, '$', b - a) || segment_rule_line(d, a, b) ||
			      (segment_two_spaces(d, a, b) && doc_is_digit(d->t[b - 1])))) {
			blank = 0;
			continue; /* a row, or a rule */
		}
		if (a == b && blank++ < 3)
			continue;
		{
			/* a row's label wrapped above its figures */
			size_t nb = b + 1, ne = nb;
			while (ne < d->len && d->t[ne] != '\n')
				ne++;
			if (a < b && b < d->len && !memchr(d->t + a, '$', b - a) && segment_two_spaces(d, nb, ne) &&
			    ne > nb && doc_is_digit(d->t[ne - 1]))
				continue;
		}
		if (a == b || !words_here(d, words_of(cue_words(CUE_TABLE_NOTE)), a, b, NULL))
			return;
		/* the note goes on to the end of its paragraph */
		for (more = 0; more < 3 && b + 1 < d->len && d->t[b + 1] != '\n' &&
			       (unsigned char)d->t[b + 1] >= ' ';
		     more++)
			for (b++; b < d->len && d->t[b] != '\n'; b++)
				;
		ts->note_year = attr_year(d, a, b, b);
		ts->thousands |= attr_thousands(d, a, b);
		ts->note_area = place_in(d, a, b);
		src = attr_source(d, a, b);
		if (src)
			snprintf(ts->note_source, sizeof ts->note_source, "%s", src);
		return;
	}
}

/* What the lines above a table's header, its caption, say of the table:
 * that its figures are pay ("Median annual wage, 2022 to 2024") and in
 * thousands ("(thousands of dollars)").  The caption is the text just above,
 * up to a blank line, past rules; the section's heading and an introducing
 * sentence count too. */
static void caption(const doc *d, size_t header, xtable_state *ts)
{
	size_t e = header, s, le, lines = 0, blanks = 0;

	ts->pay |= d->intro_active || d->head_stat != CSTAT_NONE || d->head_pays;
	/* e: the start of the line below the one read next */
	while (e > 0 && lines < 3) {
		le = e - 1;
		for (s = le; s > 0 && d->t[s - 1] != '\n'; s--)
			;
		e = s;
		if (memchr(d->t + s, CLEAN_MARK_HEADING, le - s))
			break;
		while (s < le && isspace((unsigned char)d->t[s]))
			s++;
		if (s == le) {
			if (lines || ++blanks > 2)
				break;
			continue;
		}
		if (d->t[s] == '#')
			break;
		if (segment_rule_line(d, s, le))
			continue;
		ts->thousands |= attr_thousands(d, s, le);
		ts->pay |= words_any(d, s, le, cue_words(CUE_PAY)) || memchr(d->t + s, '$', le - s) ||
			   memmem(d->lc + s, le - s, "dollars", 7);
		{
			/* "Table 1. Mean wages in Wisconsin, ..." places the table */
			const area *a = place_in(d, s, le);
			if (a && (!ts->caption_area || !strcmp(ts->caption_area->code, "US")))
				ts->caption_area = a;
		}
		lines++;
	}
}

/* A table's header [s, e) was read: what the note under it, the caption
 * above it and the paragraph before it say of its figures.  The paragraph's
 * year and source go to this table only. */
/* "| Work setting | Median |": the rows are industries. */
static const char *label_kind(const doc *d, size_t s, size_t e)
{
	doc_span cells[XTABLE_MAX_CELLS];
	size_t n = xtable_cells(d, s, e, cells, XTABLE_MAX_CELLS);

	return n ? scope_label_kind(d, cells[0].s, cells[0].e) : NULL;
}

void xtable_begins(doc *d, xtable_state *ts, size_t s, size_t e)
{
	ts->label_kind = label_kind(d, s, e);
	table_note(d, e, ts);
	caption(d, s, ts);
	ts->before_year = d->prev_year;
	snprintf(ts->before_source, sizeof ts->before_source, "%s", d->prev_source);
	d->prev_year = 0;
	d->prev_source[0] = '\0';
}

/* A row being read: its cells, its label and what the label says. */
typedef struct row {
	doc_span *cells;
	size_t ncells, rs, re;
	size_t label_e; /* the label of a row of figures ends where they begin */
	int by_position;
	const role *role;
	const area *area;
	int stat; /* a row named by a statistic: "10th", "50th (median)", "Median" */
	int year, label_year, label_pays, label_counts, label_bonus;
	const char *label_source;
	/* the row's claims so far: an hourly and an annual cell of the same
	 * statistic are one figure twice ("$34.43 | $79,130") */
	struct {
		int stat;
		unit unit;
		double value;
		long claim;
	} made[32];
	size_t nmade;
} row;

/* The place a cell names, before any parenthesis: "District of Columbia
 * (Washington D.C.)". */
static const area *cell_area(const doc *d, const doc_span *c)
{
	const char *paren = memchr(d->t + c->s, '(', c->e - c->s);
	size_t e = paren ? (size_t)(paren - d->t) : c->e;

	while (e > c->s && d->t[e - 1] == ' ')
		e--;
	return dict_area(d->t + c->s, e - c->s);
}

/* The occupation or place a row's label names. */
static void row_names(const doc *d, xtable_state *ts, row *r)
{
	size_t k;

	if (r->by_position) {
		size_t le = r->label_e;
		while (le > r->rs && (d->t[le - 1] == ' ' || d->t[le - 1] == '|'))
			le--;
		if (le > r->rs) {
			r->area = dict_area(d->t + r->rs, le - r->rs);
			r->role = dict_role(d->t + r->rs, le - r->rs);
		}
		if (!r->role && !r->area) {
			/* "LAB-210   Clinical Laboratory Technologist", or a label
			 * wrapped from the line above */
			size_t from = ts->wrap_e > ts->wrap_s && ts->wrap_e < r->rs ? ts->wrap_s : r->rs;
			doc_mention m[1];
			if (occupation_find(d, from, le, m, 1) == 1)
				r->role = m[0].what;
			else if (from < r->rs)
				r->area = place_named(d, from, le);
		}
		ts->wrap_s = ts->wrap_e = 0;
		return;
	}
	for (k = 0; k < r->ncells && k < ts->ncols; k++) {
		const doc_span *c = &r->cells[k];
		doc_mention m[1];
		/* not a number: "| 10 |" is a grade, not FIPS 10 (Delaware) */
		if (ts->cols[k].stat != CSTAT_NONE || doc_is_digit(d->t[c->s]))
			continue;
		if (!r->area)
			r->area = cell_area(d, c);
		if (!r->role)
			r->role = dict_role(d->t + c->s, c->e - c->s);
		/* "Medical secretary / front desk", "Physical therapists, per year" */
		if (!r->role && occupation_find(d, c->s, c->e, m, 1) == 1)
			r->role = m[0].what;
	}
}

/* The row's label, past spaces and '|': [*ls, *le). */
static void label_span(const doc *d, const row *r, size_t *ls, size_t *le)
{
	*ls = r->by_position ? r->rs : r->ncells ? r->cells[0].s : r->rs;
	*le = r->by_position ? r->label_e : r->ncells ? r->cells[0].e : r->rs;
	while (*ls < *le && (d->t[*ls] == ' ' || d->t[*ls] == '|'))
		(*ls)++;
}

/* The statistic that names a row: "10th", "50th (median)", "Median". */
static int row_statistic(const doc *d, const row *r)
{
	size_t ls, le, end;
	int stat;

	label_span(d, r, &ls, &le);
	stat = ls < le ? attr_stat_at(d, ls, le, &end) : CSTAT_NONE;
	if (stat == CSTAT_NONE && ls < le && attr_ordinal(d, ls, le, &end))
		stat = attr_ordinal(d, ls, le, &end);
	return stat;
}

/* "| 2017 | $32,480 |": the year that names a row, or 0. */
static int row_year(const doc *d, const row *r)
{
	size_t ls, le;
	int y;

	label_span(d, r, &ls, &le);
	while (le > ls && d->t[le - 1] == ' ')
		le--;
	if (le - ls >= 4 && le - ls <= 8 && doc_is_digit(d->t[ls])) {
		y = atoi(d->t + ls);
		if (y >= 1990 && y <= 2039)
			return y;
	}
	return 0;
}

/* What the row's label cells say: a cost ("Typical tuition") leaves the
 * row out (returns 0), and so do counts ("Jobs held, 2024"); pay, a year
 * or a source ("Median pay (BLS, May 2024)") holds for its figures. */
static int read_label(const doc *d, const xtable_state *ts, row *r)
{
	size_t lk;
	doc_mention m[1];
	int dollars = figure_money_in(d, r->rs, r->re);

	for (lk = 0; lk < (r->by_position ? 1 : r->ncells); lk++) {
		size_t ls = r->by_position ? r->rs : r->cells[lk].s;
		size_t le = r->by_position ? r->label_e : r->cells[lk].e;
		if (!r->by_position && (lk >= ts->ncols || ts->cols[lk].stat != CSTAT_NONE))
			continue;
		if (words_any(d, ls, le, cue_words(CUE_COST)))
			return 0;
		if (words_any(d, ls, le, cue_words(CUE_BONUS)))
			r->label_bonus = 1; /* "| Sign-on bonus | $7,500 |" */
		if (!dollars) {
			r->label_pays |= words_any(d, ls, le, cue_words(CUE_PAY));
			/* "Employment Services" names an industry, not a count */
			r->label_counts |= words_any(d, ls, le, cue_words(CUE_COUNT)) &&
					   scope_find(d, ls, le, NULL, 0, m, 1) == 0;
		}
		if (!r->label_year)
			r->label_year = attr_year(d, ls, le, le);
		if (!r->label_source)
			r->label_source = attr_source(d, ls, le);
	}
	r->label_pays |= r->stat != CSTAT_NONE || r->label_bonus;
	if (r->label_bonus)
		r->stat = CSTAT_BONUS;
	return !(r->label_counts && !r->label_pays);
}

/* A row naming only a place or an occupation, with no figure, heads the
 * rows under it: "| **Ohio** | |".  Returns 1 if the row was one. */
static int section_row(const doc *d, xtable_state *ts, const row *r)
{
	doc_mention m[1];
	const area *a;
	const role *ro;
	int figures = 0;
	size_t k;

	if (r->by_position || memchr(d->t + r->rs, '$', r->re - r->rs) ||
	    memchr(d->t + r->rs, '%', r->re - r->rs))
		return 0;
	a = place_named(d, r->rs, r->re);
	ro = occupation_find(d, r->rs, r->re, m, 1) == 1 ? m[0].what : NULL;
	for (k = 0; k < r->ncells; k++)
		figures |= figure_number(d->t, r->cells[k].s, r->cells[k].e, &(double){0}) >
			   r->cells[k].s;
	if (figures || !(a || ro))
		return 0;
	ts->section_area = a;
	ts->section_role = ro;
	return 1;
}

/* The role, place, year and source of the row's figures. */
/* The scope a row's label names: "Offices of physicians", "Entry level";
 * in a table of industries or metro areas, the label itself. */
static void row_scope(const doc *d, const xtable_state *ts, const row *r, doc_context *cx)
{
	doc_mention m[4] = {0};
	size_t ls, le, n;

	label_span(d, r, &ls, &le);
	while (le > ls && (d->t[le - 1] == ' ' || d->t[le - 1] == '|'))
		le--;
	n = ls < le ? scope_find(d, ls, le, NULL, 0, m, 4) : 0;
	scope_of(d, m, n, le, NULL, cx->scope, sizeof cx->scope);
	if (!cx->scope[0] && ts->label_kind && ls < le && !r->role)
		scope_label(d, ls, le, ts->label_kind, cx->scope, sizeof cx->scope);
}

static void row_context(doc *d, const xtable_state *ts, const row *r, doc_context *cx)
{
	int year = row_year(d, r);

	cx->role = r->role ? r->role : occupation_for(d, d->nsent, NULL, 0, NULL, 0);
	d->intro_used |= d->intro_active;
	cx->area = r->area				    ? r->area
		   : ts->note_area			    ? ts->note_area
		   : ts->caption_area			    ? ts->caption_area
		   : d->intro_active && d->intro_area ? d->intro_area
		   : d->par_area				    ? d->par_area
							    : d->head_area;
	cx->year = d->intro_active && d->intro_year ? d->intro_year
		   : ts->note_year		  ? ts->note_year
		   : ts->before_year		  ? ts->before_year
						  : d->head_year;
	cx->source = d->intro_active && d->intro_source[0] ? d->intro_source
		     : ts->note_source[0]		     ? ts->note_source
		     : ts->before_source[0]		     ? ts->before_source
							     : NULL;
	if (r->label_year)
		cx->year = r->label_year;
	if (r->label_source)
		cx->source = r->label_source;
	if (year)
		cx->year = year;
	if (!cx->year)
		cx->year = d->all_year;
	if (!cx->source && d->all_source[0])
		cx->source = d->all_source;
	if (!cx->area)
		cx->area = place_default(d, cx->source);
	cx->qs = r->rs;
	cx->qe = r->re;
	cx->guessed = r->role || cx->role == d->head_role ? 0 : CLAIM_GUESSED_ROLE;
	if (cx->year == d->head_year && d->head_year_carried && !year && !r->label_year &&
	    !(d->intro_active && d->intro_year) && !ts->note_year && !ts->before_year)
		cx->guessed |= CLAIM_CARRIED_PERIOD;
	row_scope(d, ts, r, cx);
}

/* The statistic of cell k's figures, or CSTAT_NONE if they are no pay. */
static int cell_stat(const doc *d, const xtable_state *ts, const row *r, size_t k,
		     const column_meaning *col)
{
	const doc_span *c = &r->cells[k];
	int stat = col ? col->stat : CSTAT_NONE;

	/* money under a header that names neither pay nor a label ("Our
	 * proposal") is pay of no statistic named */
	if (stat == CSTAT_NONE && !r->by_position && col && !col->label && ts->cols[0].label != 4 &&
	    figure_money_in(d, c->s, c->e))
		stat = CSTAT_UNSPECIFIED;
	/* a row named by a statistic says what a column of one occupation's,
	 * place's or year's figures holds */
	if ((stat == CSTAT_UNSPECIFIED || (col && col->role)) && r->stat != CSTAT_NONE)
		stat = r->stat;
	/* a number without '$' is pay in a column, row or table that says pay:
	 * not the "Jobs held" of a table of two occupations */
	if (stat != CSTAT_NONE && !memchr(d->t + c->s, '$', c->e - c->s) && !(col && col->pay) &&
	    !r->label_pays && !ts->pay)
		return CSTAT_NONE;
	return stat;
}

/* A bare number is no pay when a word or '%' after it says what it
 * counts: "26 days", "4%", "0-2 years", "20+ years", "9-12 months" (the
 * word may follow the other end of a range, or a plus; a time in the
 * plural is a time, not a unit of pay). */
static int counted(const doc *d, size_t end, size_t e)
{
	size_t a = end;

	if (a < e && (d->t[a] == '-' || d->t[a] == '+')) {
		/* an en dash was made "-" and two spaces (clean) */
		for (a++; a < e && d->t[a] == ' '; a++)
			;
		for (; a < e && doc_is_digit(d->t[a]); a++)
			;
	}
	end = a;
	while (a < e && d->t[a] == ' ')
		a++;
	return a < e && (d->t[a] == '%' ||
			 words_here(d, words_of(cue_words(CUE_DURATION)), a, e, NULL) ||
			 (isalpha((unsigned char)d->t[a]) && attr_unit_after(d, end, e) == UNIT_NONE));
}

/* "$17.25 - $24.15", "$17.25 to $24.15": does a band's other end follow
 * the figure ending at end? */
static int band_follows(const doc *d, size_t end, size_t e)
{
	size_t g = end;

	attr_unit_after_to(d, g, e, &g);
	while (g < e && (d->t[g] == ' ' || d->t[g] == '-'))
		g++;
	if (doc_word_at(d, g, e, "to"))
		for (g += 2; g < e && d->t[g] == ' '; g++)
			;
	return g > end && g < e && d->t[g] == '$' &&
	       (memchr(d->t + end, '-', g - end) || doc_word_at(d, g - 3, g, "to"));
}

/* Can a row's hourly and yearly figures of no statistic be one pay: the
 * year within half and twice the hour's 2080 ("| $12.40 | $25,790 |", not
 * "| $38.00 | $2,150 |" under a weekly gross read as a year)? */
static int same_pay(double value, unit u, const doc_fig *f)
{
	double hourly = u == UNIT_HOURLY ? value : f->value, yearly = u == UNIT_HOURLY ? f->value : value;

	return yearly >= hourly * 2080 / 2 && yearly <= hourly * 2080 * 2;
}

/* The claim f restates, made earlier in the row: the same statistic in
 * hours and in a year (with no statistic, when they can be one pay). */
static void pair_in_row(const doc *d, row *r, doc_fig *f)
{
	size_t m;

	for (m = 0; m < r->nmade; m++)
		if (r->made[m].stat == f->stat && r->made[m].unit != f->unit &&
		    (r->made[m].unit == UNIT_HOURLY || f->unit == UNIT_HOURLY) &&
		    (f->stat != CSTAT_UNSPECIFIED || same_pay(r->made[m].value, r->made[m].unit, f)))
			f->pair_claim = r->made[m].claim;
	if (r->nmade < 32) {
		r->made[r->nmade].stat = f->stat;
		r->made[r->nmade].unit = f->unit;
		r->made[r->nmade].value = f->value;
		r->made[r->nmade++].claim = d->nclaims;
	}
}

/* Emit f, a figure of column col. */
static void emit_cell(doc *d, const doc_context *cx, const column_meaning *col, const doc_fig *f)
{
	doc_context cell = *cx;
	long index_of[1] = {-1};

	if (col && col->role)
		cell.role = col->role;
	if (col && col->year)
		cell.year = col->year;
	if (col && col->area)
		cell.area = col->area;
	doc_emit(d, f, &cell, index_of);
}

/* Each figure of cell k: "$20.10 / $41,810", "$20.19/hr ($42,000/yr)". */
static void cell_figures(doc *d, const xtable_state *ts, row *r, size_t k,
			 const column_meaning *col, int stat, const doc_context *cx)
{
	const doc_span c = r->cells[k];
	size_t j = c.s, end, fig_s, first = c.s;
	double v, mult;
	int band = 0;
	doc_fig f;

	while (j < c.e && (d->t[j] == '$' || d->t[j] == ' ' || d->t[j] == '*' || d->t[j] == '+'))
		j++; /* "+ $3.00/hr" */
	while (first < j && d->t[first] != '$' && !doc_is_digit(d->t[first]))
		first++; /* where = the '$', not the "+ " before it */
	for (fig_s = first;; j = end) {
		size_t digits_end;
		end = figure_number(d->t, j, c.e, &v);
		if (end == j)
			break;
		digits_end = end;
		end = figure_suffix(d, end, c.e, &mult);
		if (mult < 0 || (d->t[first] != '$' && end == digits_end && counted(d, end, c.e)))
			break;
		memset(&f, 0, sizeof f);
		f.s = fig_s;
		f.e = end;
		f.value = v * mult;
		if (end == digits_end && v < 10000 && ((col && col->thousands) || ts->thousands))
			f.value *= 1000; /* "58.2" in a column of $1,000s */
		f.stat = stat;
		/* "$36,000 - $48,000" in a cell is a range, whatever its
		 * column's statistic ("Average salary range") */
		if (fig_s == first) {
			if (band_follows(d, end, c.e))
				band = f.stat = CSTAT_RANGE_LOW;
		} else if (band) {
			f.stat = CSTAT_RANGE_HIGH;
		}
		f.qual = QUAL_EXACT;
		f.pair = -1;
		f.pair_claim = -1;
		f.unit = attr_unit_after(d, end, c.e);
		if (f.unit == UNIT_NONE)
			f.unit = col ? col->unit : UNIT_NONE;
		if (f.unit == UNIT_NONE)
			f.unit = f.value < 200 ? UNIT_HOURLY : UNIT_ANNUAL;
		pair_in_row(d, r, &f);
		emit_cell(d, cx, col, &f);
		while (end < c.e && d->t[end] != '$')
			end++;
		if (end >= c.e || r->by_position)
			break;
		fig_s = end++;
	}
}

/* The place named in the nearest cell left of cell k, or NULL: in "|
 * South Dakota | 730 | 1 | Alaska | $32.27 |" the pay is Alaska's. */
static const area *area_left_of(const doc *d, const xtable_state *ts, const row *r, size_t k)
{
	while (k-- > 0) {
		const doc_span *c = &r->cells[k];
		const area *a;
		if ((k < ts->ncols && ts->cols[k].stat != CSTAT_NONE) || doc_is_digit(d->t[c->s]))
			continue;
		if ((a = cell_area(d, c)) != NULL)
			return a;
	}
	return NULL;
}

void xtable_row(doc *d, xtable_state *ts, doc_span *cells, size_t ncells, size_t rs, size_t re,
		int by_position)
{
	doc_context cx;
	row r = {.cells = cells, .ncells = ncells, .rs = rs, .re = re, .by_position = by_position};
	size_t k;

	r.label_e = by_position && ncells ? cells[0].s : re;
	row_names(d, ts, &r);
	r.stat = row_statistic(d, &r);
	if (!read_label(d, ts, &r) || section_row(d, ts, &r))
		return;
	if (!r.area)
		r.area = ts->section_area;
	if (!r.role)
		r.role = ts->section_role;
	row_context(d, ts, &r, &cx);
	for (k = 0; k < ncells && !d->stopped; k++) {
		const column_meaning *col = by_position ? (k < ts->nstats ? &ts->figs[k] : NULL)
							: (k < ts->ncols ? &ts->cols[k] : NULL);
		int stat = cell_stat(d, ts, &r, k, col);
		const area *own;
		if (stat == CSTAT_NONE)
			continue;
		if (r.area && !by_position && (own = area_left_of(d, ts, &r, k)) != NULL)
			cx.area = own;
		cell_figures(d, ts, &r, k, col, stat, &cx);
	}
}

/* "| Median pay (BLS, May 2024) | $128,790 |": a row of figures with no
 * header above, a key and its value, as in an infobox. */
static void key_value_row(doc *d, doc_span *cells, size_t nc, size_t s, size_t e)
{
	xtable_state kv;
	size_t k;

	/* (under "median hourly earnings were:" the values are medians) */
	int stat = d->intro_active && d->intro_stat != CSTAT_NONE ? d->intro_stat : CSTAT_UNSPECIFIED;

	memset(&kv, 0, sizeof kv);
	for (k = 1; k < nc; k++)
		kv.cols[k] = (column_meaning){stat, UNIT_NONE, 0, NULL, NULL, 0, 0, 1, 0};
	kv.ncols = nc;
	kv.before_year = d->prev_year;
	snprintf(kv.before_source, sizeof kv.before_source, "%s", d->prev_source);
	xtable_row(d, &kv, cells, nc, s, e, 0);
}

/* "| Mean wage, May 2023 | Florida | Arizona |": the corner cell names what
 * the columns of places (occupations, years) hold; "| Monthly cost | Tulsa
 * | Minneapolis |": a table of costs. */
static void corner(const doc *d, xtable_state *ts, const doc_span *cells, size_t nc)
{
	column_meaning *corner = &ts->cols[0];
	int named = nc >= 2 && corner->stat != CSTAT_NONE && corner->stat != CSTAT_UNSPECIFIED &&
		    !corner->area && !corner->role && !corner->year;
	size_t k;

	for (k = 1; k < nc && named; k++)
		named = ts->cols[k].area || ts->cols[k].role || ts->cols[k].year;
	if (named) {
		int year = attr_year(d, cells[0].s, cells[0].e, cells[0].e);
		for (k = 1; k < nc; k++) {
			ts->cols[k].stat = corner->stat;
			if (ts->cols[k].unit == UNIT_NONE)
				ts->cols[k].unit = corner->unit;
			if (!ts->cols[k].year)
				ts->cols[k].year = year;
		}
		*corner = (column_meaning){CSTAT_NONE, UNIT_NONE, 0, NULL, NULL, 0, 0, 0, 0};
	}
	for (k = 1; k < nc && corner->label == 4; k++)
		if (ts->cols[k].area || ts->cols[k].role || ts->cols[k].year)
			ts->cols[k].stat = CSTAT_NONE;
}

/* A pipe table's header row [s, e): what each column holds. */
static void read_header(doc *d, xtable_state *ts, int *rows_kind, const doc_span *cells,
			size_t nc, size_t s, size_t e)
{
	int labels = 0, stats = 0;
	size_t k;

	for (k = 0; k < nc; k++) {
		ts->cols[k] = column_read(d, cells[k].s, cells[k].e);
		labels |= ts->cols[k].label;
	}
	corner(d, ts, cells, nc);
	for (k = 0; k < nc; k++) {
		column_meaning *c = &ts->cols[k];
		/* "| Occupation type | Advanced practice nurse |" is a key and its
		 * value: a column of occupations has no occupation column beside it */
		if (((labels & 2) && c->role) || ((labels & 1) && c->area))
			*c = (column_meaning){CSTAT_NONE, UNIT_NONE, 0, NULL, NULL, 0, 0, 0, 0};
		if (c->stat != CSTAT_NONE && ts->nstats < 16) {
			ts->figs[ts->nstats++] = *c;
			stats++;
		}
	}
	ts->ncols = nc;
	ts->active = stats > 0 && nc >= 2; /* a row of one cell is a title */
	/* "| Monthly cost | Tulsa | Minneapolis |", "| Item | Cost |": a header
	 * that names no pay and, in a short cell, a cost over a column (not an
	 * infobox's "| Credential | CNM (national certification exam) |");
	 * the rows under it are costs */
	*rows_kind = 0;
	for (k = 0; k < nc && !ts->active && nc >= 2; k++)
		if (ts->cols[k].label == 4 && cells[k].e - cells[k].s <= 24 &&
		    !memchr(d->t + cells[k].s, '(', cells[k].e - cells[k].s) &&
		    words_any(d, cells[k].s, cells[k].e, cue_words(CUE_COST)))
			*rows_kind = XTABLE_ROWS_COST;
	if (ts->active)
		xtable_begins(d, ts, s, e);
}

/* Is a cell after the first a bare number and nothing else? */
static int number_cell(const doc *d, const doc_span *cells, size_t nc)
{
	size_t k;
	double v;

	for (k = 1; k < nc; k++) {
		size_t a = cells[k].s, b = cells[k].e;
		while (a < b && d->t[a] == ' ')
			a++;
		while (b > a && d->t[b - 1] == ' ')
			b--;
		if (b > a && figure_number(d->t, a, b, &v) == b)
			return 1;
	}
	return 0;
}

void xtable_pipe_line(doc *d, xtable_state *ts, int *rows_kind, size_t s, size_t e)
{
	doc_span cells[XTABLE_MAX_CELLS];
	size_t nc = xtable_cells(d, s, e, cells, XTABLE_MAX_CELLS);

	if (nc == XTABLE_MAX_CELLS)
		d->dropped.table_cells += cells_past(d, cells[nc - 1].e, e);

	if (segment_separator_row(d, s, e))
		return;
	if (ts->active && nc >= 2 && !memchr(d->t + s, '$', e - s) && sub_header(d, ts, cells, nc))
		return;
	if (ts->active) {
		xtable_row(d, ts, cells, nc, s, e, 0);
		return;
	}
	if (*rows_kind == XTABLE_ROWS_COST)
		return; /* a row of a table of costs */
	memset(ts, 0, sizeof *ts);
	/* "| Grocery stores | 11.34 |" under "| Hospitals | $12.32 |": a table
	 * with no header writes '$' in its first row of figures only */
	if (nc >= 2 && (figure_money_in(d, s, e) ||
			(*rows_kind == XTABLE_ROWS_KEYS && number_cell(d, cells, nc)))) {
		key_value_row(d, cells, nc, s, e);
		*rows_kind = XTABLE_ROWS_KEYS;
		return;
	}
	read_header(d, ts, rows_kind, cells, nc, s, e);
}
