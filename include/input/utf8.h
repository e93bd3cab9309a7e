/* utf8: the byte checks every CSV field passes: valid UTF-8 and no NUL. */
#ifndef WAGESTAT_UTF8_H
#define WAGESTAT_UTF8_H

#include <stddef.h>

/* Check s[0..len): valid UTF-8, no NUL; add the line ends it holds to
 * *lines (a quoted field may span lines; a CRLF is one).  Returns 1 if
 * good, else 0 with *bad set to the offset of the first bad byte. */
int utf8_scan(const unsigned char *s, size_t len, unsigned long *lines, size_t *bad);

/* 1 if s[0..len) is valid UTF-8 with no NUL byte; else 0 and *bad (if
 * not NULL) set to the offset of the first bad byte. */
int utf8_valid(const char *s, size_t len, size_t *bad);

#endif
