/* stdin in blocks: on random CSV-like text (quoted fields holding commas,
 * quotes and line ends, CRLF, blank lines) read through a pipe at block
 * sizes from 1 byte up, the blocks and what is left after them are the
 * input byte for byte, and every block but the first and the last ends
 * just after a line end at which the quotes since the last cut are even,
 * or holds no such line end at all (checked on the block by a second,
 * plain count). */
#include "input/stdinblk.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "../cutcheck.h"

/* random text: header, then rows, some fields quoted with "" and \n in them */
static size_t make_text(char *t, size_t cap, unsigned seed)
{
	size_t n = 0;
	srand(seed);
	n += (size_t)snprintf(t, cap, "role,pay\n");
	while (n + 64 < cap) {
		int k = rand() % 10;
		if (k == 0)
			n += (size_t)snprintf(t + n, cap - n, "\"a \"\"q\"\",\nb\",%d\n", rand() % 1000);
		else if (k == 1)
			n += (size_t)snprintf(t + n, cap - n, "r%d,%d\r\n", rand() % 9, rand());
		else if (k == 2)
			n += (size_t)snprintf(t + n, cap - n, "\n");
		else
			n += (size_t)snprintf(t + n, cap - n, "r%d,%d\n", rand() % 9, rand() % 99999);
	}
	return n;
}

static void one(const char *text, size_t n, size_t size)
{
	int fds[2], last = 0, r;
	stdinblk *b;
	char *got = malloc(n + 1), *data;
	size_t at = 0, len, rest_len, nread, k = 0;
	const char *rest;
	int eof, cuts_ok = 1;

	if (pipe(fds) != 0 || !got)
		exit(2);
	if (fork() == 0) {
		close(fds[0]);
		if (write(fds[1], text, n) != (ssize_t)n)
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	b = stdinblk_new(fds[0], "<pipe>", size);
	while ((r = stdinblk_next(b, &data, &len, &last)) == 1) {
		if (at + len <= n)
			memcpy(got + at, data, len);
		if (k > 0 && !last && !good_cut(data, len))
			cuts_ok = 0;
		at += len;
		k++;
		free(data);
	}
	rest = stdinblk_rest(b, &rest_len, &nread, &eof);
	if (at + rest_len <= n)
		memcpy(got + at, rest, rest_len);
	CHECK(r == 0, "size %zu: ended with %d", size, r);
	CHECK(at + rest_len == n && memcmp(got, text, n) == 0,
	      "size %zu: the blocks are not the input (%zu + %zu of %zu bytes)", size, at,
	      rest_len, n);
	CHECK(cuts_ok, "size %zu: a block cut inside a record", size);
	stdinblk_free(&b);
	close(fds[0]);
	free(got);
}

int main(void)
{
	static char text[20000];
	static const size_t sizes[] = {1, 2, 7, 16, 64, 100, 1000, 4096, 65536};
	unsigned seed;
	size_t i;

	for (seed = 1; seed <= 6; seed++) {
		size_t n = make_text(text, sizeof text, seed);
		for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
			one(text, n, sizes[i]);
	}
	return check_done("stdinblk");
}
