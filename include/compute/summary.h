/* summary: groups of rows, found by their key in the one hash table (keymap), each with
 * a stats accumulator.  A key is the group columns' values, each followed
 * by a NUL (input fields never hold NUL bytes), so comparing keys as bytes
 * orders groups column by column. */
#ifndef WAGESTAT_SUMMARY_H
#define WAGESTAT_SUMMARY_H

#include <stddef.h>

#include "compute/stats.h"

typedef struct summary summary;

summary *summary_new(void);
void summary_free(summary **s);

/* The accumulator of the group with this key, created (in first-seen
 * order) if new.  Valid until the next summary_group call. */
stats_acc *summary_group(summary *s, const char *key, size_t keylen);

/* The number of the group with this key, created if new. */
size_t summary_index(summary *s, const char *key, size_t keylen);

size_t summary_count(const summary *s);
/* Group i's key (NUL-separated values) and accumulator. */
const char *summary_key(const summary *s, size_t i, size_t *keylen);
stats_acc *summary_acc(summary *s, size_t i);

/* Order the groups by key bytes instead of first-seen order. */
void summary_sort(summary *s);

#endif
