/* infile: opening the files the user names, the same way for every
 * reader, and the limits every reader keeps.
 *
 * "-" is standard input; a directory, a missing file or a closed standard
 * input is said once and is a usage error (exit 2).  No input is read past
 * infile_max_input bytes (infile_max_article for an article, which is held
 * whole) and no field grows past infile_max_field bytes:
 * a reader that meets either says so (FILE:LINE:COL) and stops with exit
 * 1, instead of growing until the machine runs out of memory on an
 * endless stream such as /dev/zero. */
#ifndef WAGESTAT_INFILE_H
#define WAGESTAT_INFILE_H

#include <stddef.h>

#define INFILE_MAX_INPUT_DEFAULT ((size_t)1 << 30) /* 1 GiB */
#define INFILE_MAX_ARTICLE_DEFAULT ((size_t)64 << 20) /* 64 MiB */
#define INFILE_MAX_FIELD_DEFAULT ((size_t)16 << 20) /* 16 MiB */

extern size_t infile_max_input, infile_max_article, infile_max_field;

/* At start: descriptors 0, 1 and 2 that are closed are opened on
 * /dev/null, so that no file the program opens takes their place; a
 * closed standard input is remembered, and reading "-" then fails. */
void infile_guard_std_fds(void);

/* An open descriptor for path ("-": standard input), or -1 after saying
 * why. */
int infile_open(const char *path);

/* "64M", "1G", "4096", "16k" as bytes; 0 if not a size. */
size_t infile_parse_size(const char *s);
/* "1 GiB", "16 MiB", "4096 bytes": a limit as people read it. */
const char *infile_size_text(size_t n, char *buf, size_t size);

#endif
