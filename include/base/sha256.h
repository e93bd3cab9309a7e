/* sha256: the SHA-256 digest (FIPS 180-4) of a file, as sha256sum prints
 * it, so that a report's reader can tell the inputs it was made from. */
#ifndef WAGESTAT_SHA256_H
#define WAGESTAT_SHA256_H

#include <stddef.h>

typedef struct sha256 {
	unsigned int h[8];
	unsigned char block[64];
	size_t fill;              /* bytes in block */
	unsigned long long bytes; /* hashed so far */
} sha256;

/* Nonzero: never the x86 SHA extensions (for tests of the C version). */
extern int sha256_without_ni;

void sha256_init(sha256 *s);
void sha256_add(sha256 *s, const void *data, size_t len);
/* The digest as 64 lowercase hex digits and a NUL into hex. */
void sha256_hex(sha256 *s, char hex[65]);

/* The digest of the file at path into hex and its size into *size;
 * 0, or -1 (errno set) when it cannot be read. */
int sha256_file(const char *path, char hex[65], unsigned long long *size);

#endif
