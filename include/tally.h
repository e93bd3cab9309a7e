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
	const char *reason; /* static string: also the key */
	unsigned long long count;
};

typedef struct tally {
	unsigned long long read, used, filtered, missing, rejected;
	struct tally_reason *reasons;
	size_t nreasons, alloc;
	int quiet; /* no per-row messages */
} tally;

void tally_init(tally *t);
void tally_free(tally *t);

/* Count one rejected row.  reason is a static string naming the class of
 * problem; detail (may be NULL) says what exactly, e.g. "'abc'". */
void tally_reject(tally *t, const char *file, unsigned long line,
		  unsigned long col, const char *reason, const char *detail);

/* Add the counts of src into dst (for merging per-file or per-thread
 * tallies). */
void tally_merge(tally *dst, const tally *src);

/* "wagestat: rows read R = used U + filtered F + missing M + rejected J"
 * and one line per rejection reason, on stream. */
void tally_print(const tally *t, FILE *stream);

#endif
