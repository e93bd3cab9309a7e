#include "base/xalloc.h"

#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static void die_nomem(size_t size)
{
	fprintf(stderr, "wagestat: out of memory (asked for %zu bytes)\n", size);
	exit(2);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		die_nomem(size);
	return p;
}

void *xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		die_nomem(count * size);
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);
	if (!p)
		die_nomem(size);
	return p;
}

char *xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void xgrow(void *ptr, size_t *alloc, size_t need, size_t elem_size)
{
	void **p = ptr;
	size_t n = *alloc;

	if (need <= n)
		return;
	while (n < need)
		n = n < 8 ? 8 : n + n / 2;
	if (n > SIZE_MAX / elem_size)
		die_nomem(SIZE_MAX);
	*p = xrealloc(*p, n * elem_size);
	*alloc = n;
}

void xappendf(char **s, const char *sep, const char *fmt, ...)
{
	char buf[512];
	size_t old = *s ? strlen(*s) : 0;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	*s = xrealloc(*s, old + strlen(sep) + strlen(buf) + 1);
	sprintf(*s + old, "%s%s", old ? sep : "", buf);
}

FILE *xmemstream(char **buf, size_t *size)
{
	FILE *f;

	*buf = NULL;
	*size = 0;
	if (!(f = open_memstream(buf, size)))
		die_nomem(0);
	return f;
}

void *xhuge(size_t size)
{
	char *p = mmap(NULL, size + XHUGE_PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	size_t lead;

	if (p == MAP_FAILED)
		return NULL;
	lead = (XHUGE_PAGE - (uintptr_t)p % XHUGE_PAGE) % XHUGE_PAGE;
	if (lead)
		munmap(p, lead);
	munmap(p + lead + size, XHUGE_PAGE - lead);
#ifdef MADV_HUGEPAGE
	madvise(p + lead, size, MADV_HUGEPAGE); /* only advice */
#endif
	return p + lead;
}

void xhuge_free(void *p, size_t size)
{
	if (p)
		munmap(p, size);
}
