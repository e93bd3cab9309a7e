/* rowcopy: a CSV row kept past its callback (csvin's fields are valid
 * during the callback only), to be read again later as a csvin_row. */
#ifndef WAGESTAT_ROWCOPY_H
#define WAGESTAT_ROWCOPY_H

#include "input/csvin.h"

typedef struct rowcopy {
	char **field;
	size_t *len, n, field_alloc, len_alloc;
	unsigned long line;
} rowcopy;

/* Make c a copy of row (c zeroed before first use). */
void rowcopy_set(rowcopy *c, const csvin_row *row);
/* Replace field i (below c->n) with a copy of s. */
void rowcopy_replace(rowcopy *c, size_t i, const char *s);
/* The copy as a row, valid until the next set, replace or free. */
void rowcopy_view(const rowcopy *c, csvin_row *row);
void rowcopy_free(rowcopy *c);

#endif
