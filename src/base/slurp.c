#include "base/slurp.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/infile.h"
#include "base/xalloc.h"

char *slurp(const char *path, size_t *len, int *code)
{
	int fd = infile_open(path);
	size_t n = 0, alloc = 0;
	char *buf = NULL;
	char lim[32];

	*code = EXIT_USAGE;
	if (fd < 0)
		return NULL;
	{
		/* a file's size, when known, saves growing the buffer */
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
		    (size_t)st.st_size <= infile_max_article)
			xgrow(&buf, &alloc, (size_t)st.st_size + 65536 + 1, 1);
	}
	for (;;) {
		ssize_t got;
		xgrow(&buf, &alloc, n + 65536 + 1, 1);
		got = read(fd, buf + n, alloc - n - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			diag("%s: %s", path, strerror(errno));
			free(buf);
			if (fd != STDIN_FILENO)
				close(fd);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t)got;
		if (n > infile_max_article) {
			diag("%s: input longer than %s (raise it with --max-input)",
			     fd == STDIN_FILENO ? "<stdin>" : path,
			     infile_size_text(infile_max_article, lim, sizeof lim));
			free(buf);
			if (fd != STDIN_FILENO)
				close(fd);
			*len = 0;
			*code = EXIT_DATA;
			return NULL;
		}
	}
	if (fd != STDIN_FILENO)
		close(fd);
	buf[n] = '\0';
	*len = n;
	return buf;
}
