#include "input/stdinblk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/infile.h"
#include "base/xalloc.h"

struct stdinblk {
	int fd;
	const char *name;
	size_t size;
	char *carry; /* read past the last cut */
	size_t carry_len, carry_alloc;
	size_t nread, nblocks;
	int eof;
};

stdinblk *stdinblk_new(int fd, const char *name, size_t size)
{
	stdinblk *b = xcalloc(1, sizeof *b);

	b->fd = fd;
	b->name = name;
	b->size = size ? size : 1;
	return b;
}

void stdinblk_free(stdinblk **pb)
{
	if (!*pb)
		return;
	free((*pb)->carry);
	free(*pb);
	*pb = NULL;
}

/* Fill buf[*len..want) from the stream, or to its end; -1 past the
 * limit, -2 after a read error (said). */
static int fill(stdinblk *b, char *buf, size_t *len, size_t want)
{
	while (*len < want && !b->eof) {
		ssize_t got = read(b->fd, buf + *len, want - *len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			diag("%s: read error: %s", b->name, strerror(errno));
			return -2;
		}
		if (got == 0) {
			b->eof = 1;
			break;
		}
		*len += (size_t)got;
		if ((b->nread += (size_t)got) > infile_max_input) {
			char lim[32];
			diag("%s: input longer than %s (raise it with --max-input)", b->name,
			     infile_size_text(infile_max_input, lim, sizeof lim));
			return -1;
		}
	}
	return 0;
}

/* Where buf[0..n) is cut: after its last line end with even quotes
 * before it, else after its last line end; 0 if it has none. */
static size_t cut_at(const char *buf, size_t n)
{
	const char *q = buf, *end = buf + n, *seg, *nl;
	int odd = 0;
	size_t nquotes = 0;

	while ((q = memchr(q, '"', (size_t)(end - q))) != NULL)
		q++, nquotes++;
	odd = (int)(nquotes & 1);
	/* back from the end, segment by segment between quotes */
	seg = end;
	for (;;) {
		const char *lo = memrchr(buf, '"', (size_t)(seg - buf));
		const char *from = lo ? lo + 1 : buf;
		if (!odd && (nl = memrchr(from, '\n', (size_t)(seg - from))) != NULL)
			return (size_t)(nl - buf) + 1;
		if (!lo)
			break;
		seg = lo;
		odd = !odd;
	}
	nl = memrchr(buf, '\n', n);
	return nl ? (size_t)(nl - buf) + 1 : 0;
}

int stdinblk_next(stdinblk *b, char **data, size_t *len, int *last)
{
	size_t n = b->carry_len, want = n > b->size ? n : b->size, cut;
	char *buf = xmalloc(want + 1);

	/* what was read past the last cut: less than a block, but after a
	 * first block that grew to hold the header, maybe more */
	if (n)
		memcpy(buf, b->carry, n);
	b->carry_len = 0;
	for (;;) {
		int r = fill(b, buf, &n, want);
		if (r != 0) {
			free(buf);
			return r;
		}
		if (b->eof) {
			cut = n;
			break;
		}
		if ((cut = cut_at(buf, n)) == 0 && b->nblocks == 0 && want <= infile_max_field) {
			want *= 2; /* the header is read from the first block whole */
			buf = xrealloc(buf, want + 1);
			continue;
		}
		if (cut == 0)
			cut = n; /* a line longer than the block: cut inside it */
		break;
	}
	b->nblocks++;
	if (n == 0) {
		free(buf);
		return 0;
	}
	xgrow(&b->carry, &b->carry_alloc, n - cut + 1, 1);
	memcpy(b->carry, buf + cut, n - cut);
	b->carry_len = n - cut;
	*data = buf;
	*len = cut;
	*last = b->eof && b->carry_len == 0;
	return 1;
}

const char *stdinblk_rest(const stdinblk *b, size_t *len, size_t *nread, int *eof)
{
	*len = b->carry_len;
	*nread = b->nread;
	*eof = b->eof;
	return b->carry;
}
