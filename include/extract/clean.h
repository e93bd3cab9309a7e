/* clean: an article's text made ready for reading, in place and at the
 * same length, so that every offset keeps its line and column.  HTML tags
 * and entities are blanked (a tag leaves one of the marks below, or a
 * space), UTF-8 dashes, no-break spaces and curly apostrophes become
 * ASCII, and NUL, CR and tab become spaces. */
#ifndef WAGESTAT_EXTRACT_CLEAN_H
#define WAGESTAT_EXTRACT_CLEAN_H

#include <stddef.h>
#include <stdint.h>

/* Marks put in place of HTML tags: a block boundary, and the start of a
 * heading.  Table cells become '|'. */
#define CLEAN_MARK_BLOCK '\v'
#define CLEAN_MARK_HEADING '\f'
#define CLEAN_MARK_TABLE '\x1d' /* a table's start or end: no row goes on past it */

/* NUL, CR and tab in t[0..len) become spaces; bit i of tabs (len / 64 + 1
 * words, zeroed by the caller) is set where a tab was: a column break. */
void clean_blanks(char *t, size_t len, uint64_t *tabs);

/* Does the start of t read as HTML: "<p>", "<div", "<table"...? */
int clean_looks_html(const char *t, size_t len);

/* Blank out tags and entities in place, keeping every '\n' but those
 * inside a table row (a row written over several lines is one row). */
void clean_html(char *t, size_t len);

/* UTF-8 dashes and no-break spaces as ASCII, same length. */
void clean_unicode(char *t, size_t len);

#endif
