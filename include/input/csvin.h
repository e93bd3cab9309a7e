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
#include <sys/types.h>

#include "base/tally.h"

/* Bytes past a field's start, and past its end, that may be read
 * whatever its length: the buffers a row's fields lie in end CSVIN_PAD
 * bytes past their data (the bytes past a field's NUL are any), so that a
 * field can be compared or read a word or a vector at a time. */
#define CSVIN_PAD 64

typedef struct csvin_row {
	size_t nfields;
	const char *const *field; /* NUL-terminated (see csvin_set_unterminated),
				   * CSVIN_PAD readable; valid during the
				   * callback */
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
/* Read len bytes of data (which must outlive the reader) as a CSV file
 * called name. */
csvin *csvin_open_memory(const char *name, const char *data, size_t len,
			 int delim);

/* The name used in messages: the path, or "<stdin>". */
const char *csvin_name(const csvin *r);
/* Use name in messages instead of the path opened. */
void csvin_set_name(csvin *r, const char *name);
/* Read in pieces of this many bytes (default 1 MiB); tests use every size
 * from 1 up so that no chunk boundary is treated specially. */
void csvin_set_chunk_size(csvin *r, size_t size);
int csvin_delim(const csvin *r);

/* Stream the file: on_header once with the header row, then on_row for
 * every well-formed data row.  Rows read and structural rejections are
 * counted in t.  Returns 0 at end of input, the callback's nonzero value if
 * it stopped, -1 after saying why the data cannot be read (an empty file,
 * a limit passed), or EXIT_USAGE after a read error. */
int csvin_read(csvin *r, tally *t, csvin_fn on_header, csvin_fn on_row,
	       void *ctx);

/* Accept rows with fewer fields than the header as if the missing
 * trailing fields were empty (spreadsheet exports drop them); counts them. */
void csvin_set_pad_short(csvin *r);
/* Split plain records in the read buffer (csvfast.h), the default; with
 * on 0 libcsv reads every record, as the differential test compares. */
void csvin_set_fast(csvin *r, int on);
/* The rows' fields may lack their NUL (a caller that reads each by its
 * length): the fast path then writes nothing into the read buffer. */
void csvin_set_unterminated(csvin *r);
unsigned long long csvin_padded(const csvin *r);

/* Reading a large file in parts on threads.  csvin_split gives in
 * start[0..) the starts of up to n parts of a regular file of 8 MiB or
 * more: 0, then the first line start after each k/n of its size, found by
 * reading a little there, no quote counted (0 or 1 parts: read it whole).
 * Part k reads [start[k], start[k+1]) with csvin_set_range (the first with
 * header_nfields 0, the others with the header's field count, counting
 * lines from 1: add csvin_line() less 1 of each part before), and each but
 * the last must end csvin_between_records(): else a split fell inside a
 * quoted field and the file must be read whole.  Only the last part's
 * reader finishes the file's last record. */
size_t csvin_split(const char *path, size_t n, off_t *start);
int csvin_set_range(csvin *r, off_t start, off_t end, size_t header_nfields);
int csvin_between_records(const csvin *r);
/* The same for a memory reader (csvin_open_memory) of one block of a
 * stream cut at line ends (stdinblk.h): a block but the first holds data
 * rows only (the header's header_nfields fields), and a block but the last
 * leaves its last record unfinished, as a part does. */
void csvin_set_block(csvin *r, int first, int last, size_t header_nfields);
/* A memory reader that goes on reading fd (standard input; -1: none) where its data
 * ends, nread bytes of the stream read already (for the input limit), its
 * data starting on line line of the stream. */
void csvin_continue_fd(csvin *r, int fd, size_t nread, unsigned long line);
/* The line the reader is on: after csvin_read, one more than the lines read. */
unsigned long csvin_line(const csvin *r);

/* Index of the column named by spec in header: a 1-based number, or a name
 * compared case-insensitively with surrounding white space ignored.
 * Returns -1 when there is no such column. */
long csvin_column(const csvin_row *header, const char *spec);

/* Parse a delimiter argument: "," ";" "|" "tab" "\t" or a TAB character.
 * Returns the byte, or -1 if not one of those. */
int csvin_parse_delim(const char *arg);

#endif
