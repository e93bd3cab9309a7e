#include "extract/extract.h"

#include "base/diag.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "extract/attr.h"
#include "extract/clean.h"
#include "model/cue.h"
#include "extract/doc.h"
#include "extract/figure.h"
#include "extract/scope.h"
#include "extract/occupation.h"
#include "extract/place.h"
#include "extract/segment.h"
#include "extract/sentence.h"
#include "extract/words.h"
#include "extract/xtable.h"

static void heading(doc *d, size_t s, size_t e)
{
	doc_mention m[8];
	int here, y;
	doc_span sp = {s, e};
	const role *r = occupation_of_sentence(d, sp, e, &here);
	size_t na = place_find(d, s, e, m, 8);

	if (r)
		d->head_role = r;
	d->head_stat = attr_stat(d, s, e).value;
	d->head_s = s;
	d->head_e = e;
	d->head_source_looked = 0;
	d->head_pays = words_any(d, s, e, cue_words(CUE_PAY));
	d->head_label_kind = scope_label_kind(d, s, e);
	if (d->head_stat == CSTAT_RANGE_LOW)
		d->head_stat = CSTAT_NONE;
	y = attr_year(d, s, e, e);
	if (d->headings++ == 0)
		d->title_year = y;
	d->head_year = y ? y : d->title_year;
	d->head_year_carried = !y && d->headings > 1;
	d->head_area = na ? m[0].what : d->head_area;
	d->par_year = 0;
	d->par_area = NULL;
	d->par_source[0] = '\0';
	d->par_claims = 0; /* a table's claims do not go on past a heading */
	d->nsent = 0;
	d->intro_active = 0;
	d->prev_year = 0;
	d->prev_source[0] = '\0';
}

/* After a paragraph: does it introduce a list or table ("...May 2023:")? */
static void intro_after(doc *d, const doc_span *sp, size_t n)
{
	size_t k, longest = 0;
	doc_span last;
	size_t end;
	attr_found cue;

	for (k = 0; k < n; k++)
		if (sp[k].e - sp[k].s > longest)
			longest = sp[k].e - sp[k].s;
	if (n == 0)
		return;
	last = sp[n - 1];
	end = last.e;
	while (end > last.s && isspace((unsigned char)d->t[end - 1]))
		end--;
	/* "...for dental hygienists, May 2023:", or "These are mean annual wages
	 * from the May 2023 survey." with no figure of its own */
	if (end > last.s && d->t[end - 1] == ':' && !words_any(d, last.s, end, cue_words(CUE_PAY)) &&
	    (attr_year(d, last.s, end, end) || attr_source(d, last.s, end))) {
		/* "All figures in the list below are from the BLS survey of May
		 * 2024:" dates and credits the list */
		const char *src = attr_source(d, last.s, end);
		d->intro_active = 1;
		d->intro_used = 0;
		d->money_items = 0;
		d->intro_area = place_in(d, sp[0].s, end);
		d->intro_label_kind = scope_label_kind(d, last.s, end);
		d->intro_stat = CSTAT_NONE;
		d->intro_unit = UNIT_NONE;
		d->intro_year = attr_year(d, last.s, end, end);
		if (!d->intro_year) /* "Table 1. Mean wages, May 2023. Source: BLS." */
			d->intro_year = attr_year(d, sp[0].s, end, end);
		snprintf(d->intro_source, sizeof d->intro_source, "%s", src ? src : "");
	} else if (end > last.s &&
	    (d->t[end - 1] == ':' ||
	     (!figure_money_in(d, last.s, end) && d->par_claims == 0 &&
	      (memmem(d->lc + last.s, end - last.s, "median", 6) ||
	       memmem(d->lc + last.s, end - last.s, "mean", 4) ||
	       memmem(d->lc + last.s, end - last.s, "average", 7) ||
	       memmem(d->lc + last.s, end - last.s, "percent", 7)) &&
	      attr_stat(d, last.s, end).pos >= 0)) &&
	    words_any(d, last.s, end, cue_words(CUE_PAY))) {
		const char *src = attr_source(d, last.s, end);
		cue = attr_stat(d, last.s, end);
		if (cue.pos < 0 && d->t[end - 1] == ':' && d->par_claims == 0)
			cue = attr_stat(d, sp[0].s, last.s); /* "... have even higher average
							       * salaries. All five ... are:" */
		d->intro_active = 1;
		d->intro_used = 0;
		d->money_items = 0;
		d->intro_area = place_in(d, sp[0].s, end);
		d->intro_label_kind = scope_label_kind(d, last.s, end);
		d->intro_stat = cue.value == CSTAT_RANGE_LOW ? CSTAT_NONE : cue.value;
		d->intro_unit = attr_unit_before(d, last.s, end);
		d->intro_year = attr_year(d, last.s, end, end);
		if (!d->intro_year)
			d->intro_year = attr_year(d, sp[0].s, end, end);
		snprintf(d->intro_source, sizeof d->intro_source, "%s",
			 src ? src : d->par_source[0] ? d->par_source : "");
	} else if ((longest >= 100 || !figure_money_in(d, sp[0].s, last.e)) &&
		   !segment_list_item(d, sp[0].s, sp[0].e)) {
		/* prose or a caption ends what the intro introduced, a list's
		 * items do not */
		d->intro_active = 0;
	}
}

/* Read sentences sp[0..n) in turn, each remembered for the roles it names. */
static void read_sentences(doc *d, const doc_span *sp, size_t n)
{
	size_t k;

	for (k = 0; k < n && !d->stopped; k++) {
		if (d->nsent >= DOC_BACK_SENTENCES * 4) {
			/* keep the last BACK_SENTENCES: older ones are never looked at */
			memmove(d->sent, d->sent + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES * sizeof *d->sent);
			memmove(d->sent_role, d->sent_role + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES * sizeof *d->sent_role);
			memmove(d->sent_looked, d->sent_looked + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES);
			d->nsent = DOC_BACK_SENTENCES;
		}
		xgrow(&d->sent, &d->sent_alloc, d->nsent + 1, sizeof *d->sent);
		xgrow(&d->sent_role, &d->role_alloc, d->nsent + 1, sizeof *d->sent_role);
		xgrow(&d->sent_looked, &d->looked_alloc, d->nsent + 1, 1);
		d->sent_looked[d->nsent] = 0;
		d->sent[d->nsent++] = sp[k];
		sentence_read(d, d->nsent - 1);
	}
}

#define PAR_BATCH 512

static void paragraph(doc *d, size_t s, size_t e)
{
	doc_span tmp[PAR_BATCH];
	size_t n = segment_sentences(d, s, e, tmp, PAR_BATCH), more;

	d->par_s = s;
	d->par_e = e;
	d->par_only_year = -1;
	d->in_item = 0;
	if (d->intro_active && n) {
		/* the list or table an intro introduced has been read: prose
		 * after it is on its own */
		int item = segment_list_item(d, tmp[0].s, d->len);
		if (d->intro_used && !item)
			d->intro_active = 0;
		d->intro_used |= item;
	}
	read_sentences(d, tmp, n);
	/* a paragraph of more sentences than a batch goes on past it */
	while (n == PAR_BATCH && !d->stopped &&
	       (more = segment_sentences(d, tmp[n - 1].e, e, tmp, PAR_BATCH)) > 0) {
		n = more;
		read_sentences(d, tmp, n);
	}
	intro_after(d, tmp, n);
	d->prev_year = d->par_year;
	snprintf(d->prev_source, sizeof d->prev_source, "%s", d->par_source);
	d->par_claims = 0;
	d->par_year = 0;
	d->par_area = NULL;
	d->par_source[0] = '\0';
}

typedef struct walker {
	doc *d;
	int rows_kind; /* what the pipe rows read say of the next (xtable.h) */
	int in_par;
	size_t par_s, par_e;
	xtable_state ts;
} walker;

static void flush(walker *w)
{
	if (w->in_par)
		paragraph(w->d, w->par_s, w->par_e);
	w->in_par = 0;
}

/* A row's label wrapped onto two lines: "Home health and personal
 * care\n  aides     30.2     33.5": is [lead, tail) the first line? */
static int wrapped_label(walker *w, size_t lead, size_t tail, size_t e)
{
	doc *d = w->d;
	doc_span cells[16];
	size_t ne = e + 1;

	while (ne < d->len && d->t[ne] != '\n')
		ne++;
	if (figure_row(d, e + 1, ne, cells, 16) != w->ts.nstats)
		return 0;
	w->ts.wrap_s = lead;
	w->ts.wrap_e = tail;
	return 1;
}

/* "Percentile        Annual wage": a header whose columns are two spaces
 * or more apart, the pay ones without a statistic; returns 1 if a table
 * begins. */
static int aligned_table(walker *w, size_t s, size_t e, size_t nh)
{
	doc *d = w->d;
	column_meaning figs[16];
	size_t columns, costs, k = column_aligned(d, s, e, figs, &columns, &costs);

	/* "Occupation   Ill.   Ind.   Wis." ends with a dot, not a sentence */
	if (!((k >= 1 || costs >= 1) && (k != nh || nh < 2) && columns >= 2 &&
	      (columns >= 3 || (!segment_ends_sentence(d, s, e) && !w->in_par))))
		return 0;
	if (w->in_par) {
		/* the caption right above says what the columns hold: read it first */
		flush(w);
		k = column_aligned(d, s, e, figs, &columns, &costs);
	}
	memset(&w->ts, 0, sizeof w->ts);
	/* "Occupation   Annual openings   Typical training cost": no column
	 * of pay, so its rows are no claims */
	w->ts.costs = k == 0;
	memcpy(w->ts.figs, figs, k * sizeof *figs);
	w->ts.nstats = k;
	w->ts.active = 1;
	xtable_begins(d, &w->ts, s, e);
	return 1;
}

/* "State   Median   Bottom 10%   Top 10%": a header of nh statistics. */
static void cue_table(walker *w, size_t s, size_t e, const int *stats, size_t nh)
{
	size_t k;

	flush(w);
	memset(&w->ts, 0, sizeof w->ts);
	for (k = 0; k < nh; k++)
		w->ts.figs[k] = (column_meaning){stats[k], UNIT_NONE, 0, NULL, NULL, 0, 0, 1, 0};
	w->ts.nstats = nh;
	w->ts.active = 1;
	xtable_begins(w->d, &w->ts, s, e);
}

/* "$46,580  $61,890  $80,010  14": when a row has more figures than the
 * table has columns, the dollar figures fill the pay columns; the bare
 * number is a count column's.  Returns the figure count. */
static size_t dollar_cells(const walker *w, doc_span *cells, size_t nf)
{
	size_t kept = 0, k;

	for (k = 0; k < nf; k++)
		if (w->d->t[cells[k].s] == '$')
			cells[kept++] = cells[k];
	return kept == w->ts.nstats ? kept : nf;
}

static void text_segment(walker *w, size_t s, size_t e)
{
	doc *d = w->d;
	doc_span cells[16];
	size_t nf = figure_row(d, s, e, cells, 16);
	int stats[16];
	size_t lead = s, nh = 0, tail = e;

	while (lead < e && d->t[lead] == ' ')
		lead++;
	/* the spaces a closing tag left are not a column break */
	while (tail > lead && isspace((unsigned char)d->t[tail - 1]))
		tail--;
	if (segment_rule_line(d, lead, tail)) {
		flush(w); /* "-----" above or under a table's header is no text */
		return;
	}
	if (w->ts.active && w->ts.nstats && !nf && tail - lead < 60 && !w->in_par && e < d->len &&
	    wrapped_label(w, lead, tail, e))
		return;
	/* a header line of a whitespace table has columns two spaces apart */
	if (!nf && e - s < 160 && segment_two_spaces(d, lead, tail))
		nh = column_cues(d, s, e, stats, 16);
	if (w->ts.active && w->ts.costs && nf > 0 && e - s < 200 && !segment_ends_sentence(d, s, e))
		return; /* a row of a table of costs */
	if (w->ts.active && nf > w->ts.nstats && w->ts.nstats)
		nf = dollar_cells(w, cells, nf);
	if (w->ts.active && nf > 0 && nf == w->ts.nstats && e - s < 200 &&
	    cells[0].s - lead < 48 && !segment_ends_sentence(d, s, e)) {
		flush(w);
		xtable_row(d, &w->ts, cells, nf, s, e, 1);
		return;
	}
	if (nh < 2 && !nf && e - s < 120 && segment_two_spaces(d, lead, tail) &&
	    !segment_prose_line(d, s, e) && d->t[e - 1 > s ? e - 1 : s] != ',' &&
	    aligned_table(w, s, e, nh))
		return;
	if (nh >= 2 && e - s < 160 && !segment_prose_line(d, s, e)) {
		cue_table(w, s, e, stats, nh);
		return;
	}
	w->ts.active = 0;
	if (!w->in_par)
		w->par_s = s;
	w->par_e = e;
	w->in_par = 1;
}

_Static_assert(sizeof ((extract_dropped *)0)->currency ==
		       FIGURE_CURRENCIES * sizeof(unsigned long), "one count per currency");

unsigned long extract_say_dropped(const char *name, const extract_dropped *dropped)
{
	int k;

	if (dropped->sentence_figures)
		diag("%s: %lu figures dropped (a sentence over %d figures)", name,
		     dropped->sentence_figures, FIGURE_MAX);
	if (dropped->table_cells)
		diag("%s: %lu table cells dropped (a row over %d columns)", name,
		     dropped->table_cells, XTABLE_MAX_CELLS);
	/* said, but no failure: summarize does the same with such rows */
	for (k = 0; k < FIGURE_CURRENCIES; k++)
		if (dropped->currency[k])
			diag("%s: %lu figures left out (currency %s, not USD)", name,
			     dropped->currency[k], figure_currency_code(k));
	return dropped->sentence_figures + dropped->table_cells;
}

long extract_text(const char *name, char *text, size_t len, extract_fn fn,
		  extract_cmp_fn cmp_fn, void *ctx, extract_dropped *dropped)
{
	doc d;
	walker w;
	size_t i;
	int prev_blank;

	memset(&w, 0, sizeof w);
	w.d = &d;
	doc_open(&d, name, text, len);
	d.fn = fn;
	d.cmp_fn = cmp_fn;
	d.ctx = ctx;
	d.local = place_dateline(&d);
	/* segments run between line ends and the marks left by HTML tags */
	for (i = 0, prev_blank = 1; i <= len && !d.stopped;) {
		segment sg;
		size_t s, e, a;

		segment_at(&d, i, prev_blank, &sg);
		s = sg.s;
		e = sg.e;
		a = sg.a;
		if (sg.mark == CLEAN_MARK_TABLE)
			w.ts.active = 0;
		if (sg.marked || sg.kind != SEGMENT_TEXT)
			flush(&w);
		if (sg.kind == SEGMENT_TEXT || sg.kind == SEGMENT_HEADING)
			w.rows_kind = 0;
		prev_blank = sg.kind == SEGMENT_BLANK && !(e < len && d.t[e] != '\n');
		switch (sg.kind) {
		case SEGMENT_BLANK:
			if (!sg.marked && !(e < len && d.t[e] != '\n'))
				w.ts.active = w.rows_kind = 0;
			break;
		case SEGMENT_HEADING:
			w.ts.active = 0;
			heading(&d, a, e);
			/* "## Median pay for phlebotomists: $41,810" */
			if (memchr(d.t + a, '$', e - a)) {
				d.in_heading = 1;
				paragraph(&d, a, e);
				d.in_heading = 0;
			}
			break;
		case SEGMENT_PIPES:
			xtable_pipe_line(&d, &w.ts, &w.rows_kind, s, e);
			break;
		case SEGMENT_TEXT:
			text_segment(&w, s, e);
			break;
		}
		if (e >= len)
			break;
		i = e + (d.t[e] == '\n');
	}
	if (!d.stopped)
		flush(&w);
	figure_other_currencies(&d, d.dropped.currency);
	if (dropped)
		*dropped = d.dropped;
	doc_close(&d);
	return d.stopped ? -1 : d.nclaims;
}
