/* clean: an article's text made ready for reading, in place and at the
 * same length, so that every offset keeps its line and column.  HTML is
 * read by a parser, its text left in place (a tag leaves one of the marks
 * below, or a space; an entity its character and spaces), UTF-8 dashes, no-break spaces and curly apostrophes become
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

/* Read t[0..len) as HTML (gumbo, an HTML5 parser) and write it back in
 * place: text stays where it was, every entity, named or numeric, becomes
 * its character then spaces (a space when the character would be longer
 * than the entity, or is a control character), tags become their marks
 * or spaces, and comments, scripts and style sheets are blank.  Every
 * '\n' is kept but those inside a table row (a row written over several
 * lines is one row). */
void clean_html(char *t, size_t len);

/* The same, with the parser handed the whole text rather than a copy with
 * each run of plain text one byte: for the tests that the two agree. */
void clean_html_unsqueezed(char *t, size_t len);

/* UTF-8 dashes and no-break spaces as ASCII, same length. */
void clean_unicode(char *t, size_t len);

#endif
