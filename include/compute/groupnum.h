/* groupnum: rows' groups numbered by the values of their group columns.
 *
 * Each group column has a dictionary that numbers its values in
 * first-seen order; a row's group is found by its columns' numbers (a
 * grid of them while it stays small, else a table of the numbers as
 * bytes), the previous row's group tried first.  Groups are numbered
 * 0, 1, 2 ... in first-seen order.  Summarize finds every row's group
 * this way instead of hashing and comparing the joined key.
 *
 * Use: groupnum_value for each column of a row, then groupnum_find. */
#ifndef WAGESTAT_GROUPNUM_H
#define WAGESTAT_GROUPNUM_H

#include <stddef.h>

typedef struct groupnum groupnum;

groupnum *groupnum_new(size_t ncolumns);
void groupnum_free(groupnum **gn);

/* The bytes of a value groupnum_value may read, past its end too. */
#define GROUPNUM_READ 64

/* This row's value of column i is field[0..n); field[0..GROUPNUM_READ)
 * must be readable (csvin's rows are: CSVIN_PAD), whatever lies past n. */
void groupnum_value(groupnum *gn, size_t i, const char *field, size_t n);
/* The group of this row's values; *added 1 if it is new. */
size_t groupnum_find(groupnum *gn, int *added);

#endif
