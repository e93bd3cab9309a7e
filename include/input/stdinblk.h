/* stdinblk: a stream (standard input) read in blocks that end between
 * records, so that threads can parse them while it is read.
 *
 * A block is about size bytes and ends just after a line end at which the
 * quotes since the last cut are even (a line end inside a quoted field is
 * no record end); when there is no such line end, after the block's last
 * line end, or inside a line longer than the block (the parser then says
 * whether the block ended between records, csvin_between_records, and the
 * caller reads on some other way: stdinblk_rest); but the first block,
 * which holds the header, grows to a line end or past infile_max_field.
 * The last block holds what is left.  The stream is read no further than
 * infile_max_input bytes, as csvin reads it. */
#ifndef WAGESTAT_STDINBLK_H
#define WAGESTAT_STDINBLK_H

#include <stddef.h>

typedef struct stdinblk stdinblk;

/* A reader of fd, named name in messages, in blocks of about size bytes. */
stdinblk *stdinblk_new(int fd, const char *name, size_t size);
void stdinblk_free(stdinblk **b);

/* The next block in *data (allocated; the caller frees it) of *len bytes;
 * *last is 1 when the stream ended with it.  Returns 1 for a block, 0 at
 * the end of the stream, -1 past the input limit, -2 after a read error
 * (both said). */
int stdinblk_next(stdinblk *b, char **data, size_t *len, int *last);

/* What was read past the last block (less than a block, valid until the
 * next call), the bytes read from the stream so far, and whether it
 * ended: what a reader of the rest of fd starts with. */
const char *stdinblk_rest(const stdinblk *b, size_t *len, size_t *nread, int *eof);

#endif
