/* table: one table model, written in many formats.
 *
 *   text  aligned columns for people, amounts with thousands separators,
 *         at most TABLE_TEXT_WIDTH columns wide where shortening text
 *         cells can make it so (see below)
 *   csv   RFC 4180
 *   tsv   tab-separated, tabs and line ends in text replaced by spaces
 *   md    Markdown pipe table
 *   json  {"columns": [...], "rows": [{...}], ...extra members}
 *   html  a <table> element, text escaped
 *
 * Numbers: in text, md and html as fmt_count and fmt_amount write them
 * (1,234; 45,120; 21.97); in csv, tsv and json counts whole and amounts
 * to the cent, standard errors to six significant digits (fmt_whole,
 * fmt_cents, fmt_se; full precision with --precision full).
 *
 * No value (a blank text cell, an undefined number) is FMT_NONE ("-") in
 * text, md and html; an empty field in csv and tsv; in json null for a
 * number and "" for text.  In csv and tsv a text cell that a spreadsheet
 * would take for a formula (=, +, -, @, tab or CR first) is written after
 * a ' unless table_raw_cells is set; md writes <, > and & as entities.
 *
 * Text output that would be wider than TABLE_TEXT_WIDTH has its text
 * columns narrowed, the widest first, to no less than
 * TABLE_TEXT_MIN_CELL; a cell cut short ends in an ellipsis ("…", one
 * column).  Every other format keeps the whole text. */
#ifndef WAGESTAT_TABLE_H
#define WAGESTAT_TABLE_H

#include <stddef.h>
#include <stdio.h>

typedef enum table_format {
	TABLE_TEXT,
	TABLE_CSV,
	TABLE_TSV,
	TABLE_MD,
	TABLE_JSON,
	TABLE_HTML,
} table_format;

#define TABLE_TEXT_WIDTH 100
#define TABLE_TEXT_MIN_CELL 16

typedef enum cell_kind {
	CELL_TEXT,
	CELL_COUNT,  /* whole numbers: 1,234 */
	CELL_AMOUNT, /* money (and percentages): 45,120 or 21.97 for people */
	CELL_SE,     /* a standard error: an amount for people, six significant
			digits for machines (it weighs a figure: 0.07766 is
			not 0.08) */
	CELL_EXACT,  /* a small exact number, as it is for everyone: 0.001 */
} cell_kind;

/* Write text cells as they are, formula-like or not (--raw-cells). */
extern int table_raw_cells;

typedef struct table table;

table *table_new(void);
void table_free(table **t);

/* Columns first, then rows; cells are set left to right. */
void table_add_column(table *t, const char *name, cell_kind kind);
void table_add_row(table *t);
void table_put_text(table *t, const char *s, size_t len);
/* A number of its column's kind; table_put_count one that is a count
 * whatever its column holds (a count claim's value among amounts). */
void table_put_number(table *t, double v);
void table_put_count(table *t, double v);

/* Extra top-level JSON member added by json output: name and a raw JSON
 * value (copied). */
void table_set_json_extra(table *t, const char *name, const char *json);

/* Reading cells back: a text cell's text (NULL for numbers), a number
 * cell's value (NaN for text). */
size_t table_rows(const table *t);
const char *table_text(const table *t, size_t row, size_t col);
double table_number(const table *t, size_t row, size_t col);

/* The columns: how many, each one's name and kind. */
size_t table_columns(const table *t);
const char *table_column_name(const table *t, size_t col);
cell_kind table_column_kind(const table *t, size_t col);

/* s as HTML text, in an element or a quoted attribute alike: & < > " '
 * as entities (the one escaping of every HTML wagestat writes). */
void table_html_text(FILE *out, const char *s);
/* Text in Markdown: each character of marks after a backslash, HTML's
 * three as entities (no tag in the data is rendered), line breaks as
 * spaces. */
void table_md_text(FILE *out, const char *s, const char *marks);

/* Returns 0 or -1 on a write error. */
int table_write(const table *t, table_format f, FILE *out);

/* "text", "csv", "tsv", "md" (or "markdown"), "json", "html"; -1 if none. */
int table_format_parse(const char *name);
#define TABLE_FORMAT_NAMES "text, csv, tsv, md, json, html"

#endif
