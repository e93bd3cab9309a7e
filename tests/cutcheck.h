/* The promise of stdinblk's cuts, checked from the outside by the unit
 * test and the fuzz target alike: does a block (of a stream whose earlier
 * blocks ended at record ends) end just after a line end at which the
 * quotes since the last cut are even, or hold no such line end at all? */
#ifndef WAGESTAT_TESTS_CUTCHECK_H
#define WAGESTAT_TESTS_CUTCHECK_H

#include <stddef.h>

static inline int good_cut(const char *b, size_t len)
{
	size_t i, quotes = 0, last_even = 0;
	int any = 0;

	for (i = 0; i < len; i++) {
		quotes += b[i] == '"';
		if (b[i] == '\n' && quotes % 2 == 0) {
			last_even = i + 1;
			any = 1;
		}
	}
	return !any || last_even == len;
}

#endif
