/* change: a figure that is a change, a difference or a part of another
 * figure, not pay ("gained well over $10,000", "$2 to $4 an hour more",
 * "bumps that by $2", "a $4.75 raise", "$7,000 of that"), and pay by
 * some other measure ("$65 per visit").  The words are cue classes:
 * difference_before, change, difference, part_of, per_other. */
#ifndef WAGESTAT_CHANGE_H
#define WAGESTAT_CHANGE_H

#include <stddef.h>

#include "extract/doc.h"

/* Does a word of difference begin at a, past spaces ("apart", "more")? */
int change_difference_at(const doc *d, size_t a, size_t e);

/* Is figure k of the sentence's figures f[0..n) (the sentence from s to e)
 * no claim because of what stands around it?  f[k - 1].change must be set
 * for the figure before it. */
int change_figure(const doc *d, const doc_fig *f, size_t n, size_t k, size_t s, size_t e);

/* Is figure k set against the one before it, in a few words: "$1,700 a
 * month, compared with roughly $1,250", "$1.50 an hour, up from 75 cents"?
 * It is then what that one is (a cost, a bonus). */
int change_set_against(const doc *d, const doc_fig *f, size_t k);

#endif
