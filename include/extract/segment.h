/* segment: the text in pieces - segments (a line, or the text between the
 * marks HTML tags left) of four kinds, the sentences of a paragraph, and
 * the tests on a line that tell prose, headings, list items, rules and
 * the rows and columns of tables apart. */
#ifndef WAGESTAT_EXTRACT_SEGMENT_H
#define WAGESTAT_EXTRACT_SEGMENT_H

#include "extract/doc.h"

typedef enum segment_kind {
	SEGMENT_BLANK,
	SEGMENT_HEADING, /* "## ...", <h2>, or a plain title line */
	SEGMENT_PIPES,   /* a row of a pipe table */
	SEGMENT_TEXT
} segment_kind;

typedef struct segment {
	size_t s, e;       /* [s, e): past the mark, to the line's end or next mark */
	size_t a;          /* the first byte of s..e that is not a space (e if none) */
	int marked;        /* a mark (clean.h) stands at s - 1 */
	char mark;         /* ... which, else '\0' */
	segment_kind kind;
} segment;

/* The segment that starts at i (at a mark, a line start, or len);
 * prev_blank: the one before was blank (for plain headings). */
void segment_at(const doc *d, size_t i, int prev_blank, segment *sg);

/* Does the full stop at dot end an abbreviation ("Dr.", "Calif.", "e.g.")
 * or an initial ("J.")? */
int segment_abbreviation(const doc *d, size_t s, size_t dot);

/* Does a list item start at i: "- ", "* ", "+ ", "1. ", "2) "? */
int segment_list_item(const doc *d, size_t i, size_t e);

/* Does [s, e) end as a sentence does, with ".", "!" or "?" (prose does; a
 * table row does not)? */
int segment_ends_sentence(const doc *d, size_t s, size_t e);

/* Split [s, e) into sentences, at most max: at ". ", "! ", "? " but not
 * after an abbreviation or in "2.5"; at ";" and ":" before a capital; at
 * a line end before a list item or after a labelled line ("Hourly wage:
 * 18.75").  Returns the count. */
size_t segment_sentences(const doc *d, size_t s, size_t e, doc_span *out, size_t max);

/* Does the line read as prose: a full stop ending it or a sentence ("pct."
 * and "Avg." in a header line do not)? */
int segment_prose_line(const doc *d, size_t s, size_t e);

/* Is [s, e) the separator row of a pipe table: "|---|:--:|"? */
int segment_separator_row(const doc *d, size_t s, size_t e);

/* A title line of plain text: short, after a blank line and before one,
 * with no figure and no closing punctuation ("National wages (May 2023)",
 * "STATE COMPARISON"). */
int segment_plain_heading(const doc *d, size_t s, size_t e, int prev_blank);

/* Is [s, e) a rule: "-----", "=====", "+----+----+"? */
int segment_rule_line(const doc *d, size_t s, size_t e);

/* Does a column break stand at q: two spaces, or a tab? */
int segment_column_break(const doc *d, size_t q, size_t e);

/* Is there a column break in [s, e) (columns of an aligned table)? */
int segment_two_spaces(const doc *d, size_t s, size_t e);

/* Does a clause end at t[c]: a ';', or a ',' that is no thousands
 * separator ("$120,000")? */
int segment_clause_break(const doc *d, size_t c);

#endif
