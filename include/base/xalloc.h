/* xalloc: allocation that never returns NULL.  On failure the process
 * prints one line and exits 2, so callers need no error path for memory. */
#ifndef WAGESTAT_XALLOC_H
#define WAGESTAT_XALLOC_H

#include <stddef.h>
#include <stdio.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);

/* Memory the system is advised to back with huge pages: size bytes (a
 * multiple of XHUGE_PAGE) at a multiple of XHUGE_PAGE, or NULL when it
 * will not map them (the caller falls back to xmalloc).  Fewer pages for
 * the processor to keep track of, where a run writes all over tens of
 * megabytes; each page is resident (and zeroed) as a whole once written.
 * Give it back with xhuge_free. */
#define XHUGE_PAGE ((size_t)2 << 20)
void *xhuge(size_t size);
void xhuge_free(void *p, size_t size);

/* Grow *ptr (an array of elem_size items with *alloc slots) so that it holds
 * at least need items.  Growth is geometric (x1.5) to keep peak memory near
 * what is used. */
void xgrow(void *ptr, size_t *alloc, size_t need, size_t elem_size);

/* A stream writing into memory (open_memstream): *buf, *size set by each
 * fflush and by fclose, when the caller takes *buf (and frees it). */
FILE *xmemstream(char **buf, size_t *size);

/* Append a phrase (printf-style, cut at 511 bytes) to the string *s,
 * which may be NULL or "", with sep before it when *s was not empty. */
void xappendf(char **s, const char *sep, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
