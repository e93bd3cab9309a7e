/* xtable: tables - pipe tables (Markdown, or HTML cells left as '|') and
 * whitespace tables ("State   Median   Top 10%") - read row by row
 * under what their header (column.h), caption, note and the paragraph
 * before them say.  (Named so as not to be output/table.h.) */
#ifndef WAGESTAT_EXTRACT_XTABLE_H
#define WAGESTAT_EXTRACT_XTABLE_H

/* the cells of a row read; a row's cells past them are counted dropped */
#define XTABLE_MAX_CELLS 16

#include "extract/column.h"
#include "extract/doc.h"

/* The table being read. */
typedef struct xtable_state {
	int active;
	column_meaning cols[XTABLE_MAX_CELLS]; /* by cell, for pipe rows */
	size_t ncols;
	column_meaning figs[XTABLE_MAX_CELLS]; /* the columns of figures in order, for
				    whitespace rows */
	size_t nstats;
	const area *section_area; /* a row naming only a place: "| **Ohio** | |" */
	const role *section_role; /* ... or only an occupation */
	int thousands;           /* a note or the text before says "in thousands" */
	int pay;                 /* ... or names pay: bare numbers in it are pay */
	int costs;               /* a table of costs and counts: its rows hold no pay */
	size_t wrap_s, wrap_e;   /* a row label's first line: "Home health and\n
				    aides   30.2   33.5" */
	int note_year;           /* from a "Source: ..." line under the table */
	char note_source[64];
	const area *note_area;   /* "These are figures for the Chicago area" */
	const area *caption_area; /* ... or above it: "Mean wages in Wisconsin" */
	const char *label_kind;  /* the label column's header says its rows are
				    industries or metro areas: "industry", "metro" */
	int before_year;         /* the paragraph before the table's */
	char before_source[64];
} xtable_state;

/* Cells of a row: pipe-separated, or (for whitespace tables) the label then
 * the figures.  Returns the count. */
size_t xtable_cells(const doc *d, size_t s, size_t e, doc_span *cells, size_t max);

/* A table's header [s, e) was read: what the note under it, the caption
 * above it and the paragraph before it say of its figures.  The
 * paragraph's year and source go to this table only. */
void xtable_begins(doc *d, xtable_state *ts, size_t s, size_t e);

/* One table row [rs, re): its claims.  cells are pipe cells (by_position
 * 0) or the figures of a row such as "California $44,650 $35,370 $68,670"
 * (by_position 1), read by ts->figs in order. */
void xtable_row(doc *d, xtable_state *ts, doc_span *cells, size_t ncells, size_t rs, size_t re,
		int by_position);

/* What the pipe rows read so far say of the rows after them (*rows_kind,
 * 0 at a table's start): */
enum {
	XTABLE_ROWS_COST = 1, /* they are under a header of costs */
	XTABLE_ROWS_KEYS = 2, /* they are keys and values with no header, a figure
			       * with '$' among them: a bare number is money too */
};

/* A line of a pipe table [s, e): a header (that begins a table in ts), a
 * second header row, a separator, or a row. */
void xtable_pipe_line(doc *d, xtable_state *ts, int *rows_kind, size_t s, size_t e);

#endif
