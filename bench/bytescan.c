/* The floor of make bench: read a file once and look at every byte for the
 * ones a CSV reader must find (line ends, commas, quotes), as fast as plain
 * C at -O3 goes.  No parsing, no numbers, no groups: what is left of
 * wagestat's time above this is the work, not the reading.  Not part of the
 * tool; bench/run.sh compiles and runs it.
 *
 *     bytescan FILE     prints "lines N commas N quotes N bytes N"
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { BLOCK = 1 << 20 };

static unsigned char buf[BLOCK];

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: bytescan FILE\n");
		return 2;
	}
	int fd = open(argv[1], O_RDONLY);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	unsigned long long lines = 0, commas = 0, quotes = 0, bytes = 0;
	for (;;) {
		ssize_t n = read(fd, buf, BLOCK);
		if (n < 0) {
			perror(argv[1]);
			return 1;
		}
		if (n == 0)
			break;
		/* Counted in 32-bit lanes a block (at most 1 MiB each), which
		 * the compiler turns into vector compares. */
		unsigned l = 0, c = 0, q = 0;
		for (ssize_t i = 0; i < n; i++) {
			l += buf[i] == '\n';
			c += buf[i] == ',';
			q += buf[i] == '"';
		}
		lines += l;
		commas += c;
		quotes += q;
		bytes += (unsigned long long)n;
	}
	close(fd);
	printf("lines %llu commas %llu quotes %llu bytes %llu\n", lines, commas, quotes, bytes);
	return 0;
}
