/* slurp: a whole (small) input file in memory, for the article commands. */
#ifndef WAGESTAT_SLURP_H
#define WAGESTAT_SLURP_H

#include <stddef.h>

/* The bytes of path ("-": standard input, see infile.h), NUL-terminated,
 * length in *len; NULL after saying why, with *code EXIT_USAGE (the file
 * cannot be read) or EXIT_DATA (longer than infile_max_input).  Articles
 * are read whole: sentences and tables need their neighbours. */
char *slurp(const char *path, size_t *len, int *code);

#endif
