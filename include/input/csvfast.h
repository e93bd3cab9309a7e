/* csvfast: plain records split where they lie in the read buffer.
 *
 * A record is plain when it holds no byte above 0x7F and none below 0x20
 * but a tab, ends within the buffer at a LF or a CRLF (not a lone CR), has
 * exactly the expected number of fields, none longer than a limit, and
 * each of its quoted fields is simple: the quote opens the field (blanks
 * before it aside), the next quote closes it, and only blanks come
 * between that and the delimiter or line end - no doubled quote, no line
 * end inside.  Such a record is what libcsv would read from the same
 * bytes: fields cut at the delimiter, spaces and tabs around each trimmed
 * (the delimiter comes first, so a tab delimiter still delimits), a quoted
 * field's bytes between its quotes kept as they are, and a line of blanks
 * alone no record at all.  csvin hands every other record to libcsv, the
 * reader of record for escaped quotes, errors and recovery; the
 * differential test and the csvfast fuzz target hold the two to the same
 * fields, rejections and positions. */
#ifndef WAGESTAT_CSVFAST_H
#define WAGESTAT_CSVFAST_H

#include <stddef.h>
#include <stdint.h>

/* The bytes past a buffer's data that the scanner may read: they must be
 * there, whatever they hold. */
#define CSVFAST_PAD 64

/* A scanner over a buffer: the records from buf[pos] on, and the special
 * bytes (delimiter, quote, control, high) of pos's block of 64 found
 * already, so that consecutive records are scanned once. */
typedef struct csvfast {
	char *buf;
	const unsigned char *s;
	size_t n, pos;
	unsigned char delim;
	size_t base;   /* the block's start */
	uint64_t bits; /* its special bytes at or past pos, bit k for s[base + k] */
	int terminate; /* NUL-terminate the fields (csvfast_start sets it) */
} csvfast;

/* Scan buf[0..n), records cut at delim; buf[n..n+CSVFAST_PAD) must be
 * readable too. */
void csvfast_start(csvfast *f, char *buf, size_t n, int delim);

/* Split the record at buf[pos..n).  When it is plain, NUL-terminates each
 * field in place (over its delimiter, trailing blank, closing quote or
 * line end; not when f->terminate is 0), points field[0..nfields) at them
 * with their lengths in len, and returns the bytes it took, line end
 * included, pos moved past them; a line of blanks returns its length with
 * *nfields 0.  Returns 0, writing nothing into buf and leaving pos, when
 * the record is not plain or does not end within n: libcsv must read it.
 * field and len hold want entries; maxlen is the longest field allowed. */
size_t csvfast_next(csvfast *f, size_t want, size_t maxlen, const char **field, size_t *len,
		    size_t *nfields);

/* csvfast_next on the one record at buf[0..n). */
size_t csvfast_record(char *buf, size_t n, int delim, size_t want, size_t maxlen,
		      const char **field, size_t *len, size_t *nfields);

#endif
