/* slurp: a whole (small) input file in memory, for the article commands. */
#ifndef WAGESTAT_SLURP_H
#define WAGESTAT_SLURP_H

#include <stddef.h>

/* The bytes of path ("-": standard input), NUL-terminated, length in
 * *len; NULL after saying why.  Articles are read whole: sentences and
 * tables need their neighbours. */
char *slurp(const char *path, size_t *len);

#endif
