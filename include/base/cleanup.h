/* cleanup: what a signal must not leave behind.  While a command writes
 * temporary files (a chart's script directory, the chart before it is
 * renamed into place) or waits for a child (gnuplot), they are listed
 * here; SIGINT, SIGTERM and SIGHUP then kill the child, remove the files
 * and directories listed, and end the program by the same signal.  A path
 * is copied (at most PATH_MAX bytes); the lists are small and fixed, so
 * the handler does only what is safe in a signal handler. */
#ifndef WAGESTAT_CLEANUP_H
#define WAGESTAT_CLEANUP_H

#include <stdio.h>

#include <sys/types.h>

/* Remove path (a file, or an empty directory once its files are gone) on
 * a signal; 0, or -1 when the list is full. */
int cleanup_add(const char *path);
/* No longer: it was renamed into place or removed already. */
void cleanup_forget(const char *path);
/* A new empty file beside output, ".NAME.XXXXXX.EXT", with a new file's
 * mode and listed here: written in full, then renamed onto output, so that
 * a failed or stopped command leaves the file that was there.  The caller
 * frees the path (and forgets it once renamed or removed).  NULL after
 * saying why. */
char *cleanup_temp_beside(const char *output);
/* Write output whole or not at all: fill writes into a temporary file
 * beside it (0, or nonzero when it could not), which then takes output's
 * name.  0, or -1 with the reason said. */
int cleanup_write_beside(const char *output, int (*fill)(void *ctx, FILE *f), void *ctx);
/* Kill pid (0: none) on a signal. */
void cleanup_child(pid_t pid);

#endif
