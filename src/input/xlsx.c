#include "input/xlsx.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/xalloc.h"

int xlsx_named(const char *path)
{
	size_t n = strlen(path);

	return n >= 5 && strcasecmp(path + n - 5, ".xlsx") == 0;
}

char *xlsx_to_csv(const char *path, int *code)
{
	const char *dir = getenv("TMPDIR");
	char *tmp;
	int fd, status = 0;
	pid_t pid;

	*code = EXIT_USAGE;
	if (access(path, R_OK) != 0) {
		diag("%s: %s", path, strerror(errno));
		return NULL;
	}
	tmp = xmalloc(strlen(dir && *dir ? dir : "/tmp") + 32);
	sprintf(tmp, "%s/wagestat-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(tmp);
	if (fd < 0) {
		diag("cannot make a temporary file: %s", strerror(errno));
		free(tmp);
		return NULL;
	}
	pid = fork();
	if (pid == 0) {
		char *argv[] = {"xlsx2csv", "--sheet", "1", "--", (char *)path, NULL};
		int null = open("/dev/null", O_WRONLY);
		dup2(fd, STDOUT_FILENO);
		if (null >= 0)
			dup2(null, STDERR_FILENO);
		execvp("xlsx2csv", argv);
		_exit(127);
	}
	close(fd);
	if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 127) {
			diag("%s: reading .xlsx needs xlsx2csv (Debian package "
			     "xlsx2csv), which is not installed", path);
		} else {
			diag("%s: not a workbook xlsx2csv can read", path);
			*code = EXIT_DATA;
		}
		unlink(tmp);
		free(tmp);
		return NULL;
	}
	return tmp;
}
