#include "base/infile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"

size_t infile_max_input = INFILE_MAX_INPUT_DEFAULT;
size_t infile_max_article = INFILE_MAX_ARTICLE_DEFAULT;
size_t infile_max_field = INFILE_MAX_FIELD_DEFAULT;

static int stdin_closed;

void infile_guard_std_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		if (fd == 0)
			stdin_closed = 1;
		/* open returns the lowest free descriptor: this one */
		if (open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd)
			_exit(EXIT_USAGE);
	}
}

int infile_open(const char *path)
{
	struct stat st;
	int fd;

	if (strcmp(path, "-") == 0) {
		if (stdin_closed) {
			diag("-: standard input is closed");
			return -1;
		}
		fd = STDIN_FILENO;
	} else if ((fd = open(path, O_RDONLY)) < 0) {
		diag("%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		diag("%s: is a directory, not a file", path);
		if (fd != STDIN_FILENO)
			close(fd);
		return -1;
	}
	return fd;
}

size_t infile_parse_size(const char *s)
{
	char *end;
	unsigned long long n;
	int shift = 0;

	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno || end == s)
		return 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	if (*end == 'i' && shift)
		end++;
	if ((*end == 'b' || *end == 'B') && shift)
		end++;
	if (*end || n == 0 || n > (~0ull >> shift) || (n << shift) > (size_t)-1 / 2)
		return 0;
	return (size_t)(n << shift);
}

const char *infile_size_text(size_t n, char *buf, size_t size)
{
	if (n % ((size_t)1 << 30) == 0)
		snprintf(buf, size, "%zu GiB", n >> 30);
	else if (n % ((size_t)1 << 20) == 0)
		snprintf(buf, size, "%zu MiB", n >> 20);
	else if (n % 1024 == 0)
		snprintf(buf, size, "%zu KiB", n >> 10);
	else
		snprintf(buf, size, "%zu bytes", n);
	return buf;
}
