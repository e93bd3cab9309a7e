/* csvin: a streaming CSV reader on libcsv.
 *
 * Reads a file (or "-" for standard input) in fixed-size chunks, never the
 * whole file.  Handles RFC 4180 quoting, a UTF-8 byte-order mark, CRLF or
 * LF line ends, and comma, tab, semicolon or pipe delimiters (detected from
 * the header line unless given).  Counts lines itself (libcsv does not) so
 * that every problem can be reported as FILE:LINE:COL, where COL is the
 * 1-based field number.
 *
 * Rows whose structure is wrong (wrong number of fields, invalid UTF-8, a
 * NUL byte, malformed or unterminated quoting) are counted in the tally as
 * rejected and never reach the row callback. */
#ifndef WAGESTAT_CSVIN_H
#define WAGESTAT_CSVIN_H

#include <stddef.h>

#include "tally.h"

typedef struct csvin_row {
	size_t nfields;
	const char *const *field; /* NUL-terminated; valid during the callback */
	const size_t *len;
	unsigned long line;       /* line where the record starts */
} csvin_row;

/* Return 0 to go on, nonzero to stop reading (csvin_read returns it). */
typedef int (*csvin_fn)(void *ctx, const csvin_row *row);

typedef struct csvin csvin;

/* Open path ("-" is stdin).  delim 0 means detect.  Returns NULL after
 * printing why.  The caller closes with csvin_close. */
csvin *csvin_open(const char *path, int delim);
void csvin_close(csvin **r);

/* The name used in messages: the path, or "<stdin>". */
const char *csvin_name(const csvin *r);
/* Read in pieces of this many bytes (default 1 MiB); tests use every size
 * from 1 up so that no chunk boundary is treated specially. */
void csvin_set_chunk_size(csvin *r, size_t size);
int csvin_delim(const csvin *r);

/* Stream the file: on_header once with the header row, then on_row for
 * every well-formed data row.  Rows read and structural rejections are
 * counted in t.  Returns 0 at end of input, the callback's nonzero value if
 * it stopped, or -1 after printing an error (empty file, read error). */
int csvin_read(csvin *r, tally *t, csvin_fn on_header, csvin_fn on_row,
	       void *ctx);

/* Index of the column named by spec in header: a 1-based number, or a name
 * compared case-insensitively with surrounding white space ignored.
 * Returns -1 when there is no such column. */
long csvin_column(const csvin_row *header, const char *spec);

/* Parse a delimiter argument: "," ";" "|" "tab" "\t" or a TAB character.
 * Returns the byte, or -1 if not one of those. */
int csvin_parse_delim(const char *arg);

/* 1 if s[0..len) is valid UTF-8 with no NUL byte; else 0 and *bad set to
 * the offset of the first bad byte. */
int csvin_valid_utf8(const char *s, size_t len, size_t *bad);

#endif
