/* table: one table model, written in many formats.
 *
 *   text  aligned columns for people, amounts with thousands separators
 *   csv   RFC 4180, numbers at full precision (shortest round-trip form)
 *   tsv   tab-separated, tabs and line ends in text replaced by spaces
 *   md    Markdown pipe table
 *   json  {"columns": [...], "rows": [{...}], ...extra members}
 *   html  a <table> element, text escaped
 *
 * Undefined numbers (NaN) are empty in csv/tsv, null in json, "-" in text,
 * md and html.  In csv and tsv a text cell that a spreadsheet would take
 * for a formula (=, +, -, @, tab or CR first) is written after a ' unless
 * table_raw_cells is set; md writes <, > and & as entities. */
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

typedef enum cell_kind {
	CELL_TEXT,
	CELL_COUNT,  /* whole numbers: 1,234 */
	CELL_AMOUNT, /* money: 45,120 or 21.97 for people */
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
void table_put_number(table *t, double v);

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

/* Returns 0 or -1 on a write error. */
int table_write(const table *t, table_format f, FILE *out);

/* "text", "csv", "tsv", "md" (or "markdown"), "json", "html"; -1 if none. */
int table_format_parse(const char *name);
#define TABLE_FORMAT_NAMES "text, csv, tsv, md, json, html"

#endif
