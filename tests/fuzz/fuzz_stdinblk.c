/* Standard input cut into blocks at record ends (stdinblk.h).  The first
 * byte picks the block size (1 to 256 bytes) and how the writer feeds the
 * pipe (pieces of 1 to 8 bytes, or all at once: short reads); the rest is
 * the stream, written into a pipe by a thread and read by stdinblk.  The
 * blocks and the rest after them must be the stream byte for byte, and
 * every block but the last must end just after a line end at which the
 * quotes since the last cut are even, or hold no such line end. */
#include "input/stdinblk.h"

#include <pthread.h>
#include <unistd.h>

#include "fuzz.h"
#include "../cutcheck.h"

typedef struct feed {
	int fd;
	const uint8_t *data;
	size_t size, piece;
} feed;

static void *write_all(void *arg)
{
	feed *f = arg;
	size_t at = 0;

	while (at < f->size) {
		size_t n = f->piece && f->piece < f->size - at ? f->piece : f->size - at;
		ssize_t w = write(f->fd, f->data + at, n);
		if (w <= 0)
			break;
		at += (size_t)w;
	}
	close(f->fd);
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fds[2], last = 0, r, eof;
	feed f;
	pthread_t t;
	stdinblk *b;
	char *block;
	const char *rest;
	size_t at = 0, len, rest_len, nread, k = 0;

	if (size == 0 || pipe(fds) != 0)
		return 0;
	f.fd = fds[1];
	f.data = data + 1;
	f.size = size - 1;
	f.piece = (data[0] >> 5) ? (size_t)(data[0] >> 5) : 0;
	if (pthread_create(&t, NULL, write_all, &f) != 0)
		abort();
	b = stdinblk_new(fds[0], "<pipe>", (size_t)(data[0] & 31) * 8 + 1);
	while ((r = stdinblk_next(b, &block, &len, &last)) == 1) {
		FUZZ_ASSERT(at + len <= f.size && memcmp(block, f.data + at, len) == 0);
		FUZZ_ASSERT(k == 0 || last || good_cut(block, len));
		at += len;
		k++;
		free(block);
	}
	FUZZ_ASSERT(r == 0);
	rest = stdinblk_rest(b, &rest_len, &nread, &eof);
	FUZZ_ASSERT(at + rest_len == f.size && (rest_len == 0 || memcmp(rest, f.data + at, rest_len) == 0));
	stdinblk_free(&b);
	pthread_join(t, NULL);
	close(fds[0]);
	return 0;
}
