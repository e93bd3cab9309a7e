/* tally: the accounting of input rows.  Every data row read is used,
 * filtered out on purpose, missing its value, or rejected with a reason:
 *   read = used + filtered + missing + rejected
 * The first few rejections of each reason are reported with their position. */
#ifndef WAGESTAT_TALLY_H
#define WAGESTAT_TALLY_H

#include <stddef.h>
#include <stdio.h>

#define TALLY_SHOWN_PER_REASON 5

struct tally_reason {
	char *reason; /* a copy of the first one given: also the key */
	unsigned long long count;
	unsigned shown; /* messages printed (or kept) for it */
	int missing;    /* a reason for missing, not for rejection */
};

/* A per-row message kept back by a deferred tally. */
struct tally_note {
	char *file;
	const char *reason;
	unsigned long line, col;
	char *detail;
};

typedef struct tally {
	unsigned long long read, used, filtered, missing, rejected;
	struct tally_reason *reasons;
	size_t nreasons, alloc;
	int quiet; /* no per-row messages */
	int defer; /* keep messages in notes instead of printing them */
	struct tally_note *notes;
	size_t nnotes, notes_alloc;
} tally;

void tally_init(tally *t);
void tally_free(tally *t);

/* Count one rejected row.  reason names the class of problem (copied, so
 * it may be built for the row: "currency GBP, not USD"); detail (may be
 * NULL) says what exactly, e.g. "'abc'". */
void tally_reject(tally *t, const char *file, unsigned long line,
		  unsigned long col, const char *reason, const char *detail);

/* tally_reject with a position already written as FILE:LINE:COL: line 0. */
#define tally_reject_where(t, where, reason, detail) \
	tally_reject((t), (where), 0, 0, (reason), (detail))

/* Count one missing item with its reason (no message). */
void tally_missing(tally *t, const char *reason);

/* Add the counts of src into dst, first printing src's kept messages
 * (with line_offset added to their lines) as far as dst's per-reason limit
 * allows: how the tallies of a file read in parts become one. */
void tally_merge(tally *dst, const tally *src, unsigned long line_offset);

/* "wagestat: rows read R = used U + filtered F + missing M + rejected J"
 * and one line per reason, on stream.  what names the things counted
 * ("rows", "figures"). */
void tally_print(const tally *t, const char *what, FILE *stream);

#endif
