#include "base/cleanup.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/xalloc.h"

#define CLEANUP_PATHS 16

static char paths[CLEANUP_PATHS][PATH_MAX];
static volatile sig_atomic_t used[CLEANUP_PATHS];
static volatile pid_t child;
static int installed;

static void on_signal(int sig)
{
	int i;

	if (child > 0)
		kill(child, SIGTERM);
	/* files first, then the directories they were in */
	for (i = 0; i < CLEANUP_PATHS; i++)
		if (used[i] && unlink(paths[i]) == 0)
			used[i] = 0;
	for (i = 0; i < CLEANUP_PATHS; i++)
		if (used[i])
			rmdir(paths[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa;
	size_t i;

	if (installed)
		return;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaddset(&sa.sa_mask, sigs[i]);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
	installed = 1;
}

int cleanup_add(const char *path)
{
	int i;

	install();
	if (strlen(path) >= PATH_MAX)
		return -1;
	for (i = 0; i < CLEANUP_PATHS; i++)
		if (!used[i]) {
			strcpy(paths[i], path);
			used[i] = 1;
			return 0;
		}
	return -1;
}

void cleanup_forget(const char *path)
{
	int i;

	for (i = 0; i < CLEANUP_PATHS; i++)
		if (used[i] && strcmp(paths[i], path) == 0)
			used[i] = 0;
}

void cleanup_child(pid_t pid)
{
	install();
	child = pid;
}

char *cleanup_temp_beside(const char *output)
{
	const char *slash = strrchr(output, '/'), *base = slash ? slash + 1 : output;
	const char *dot = strrchr(base, '.');
	size_t baselen = dot ? (size_t)(dot - base) : strlen(base);
	size_t dirlen = (size_t)(base - output), n = strlen(output) + 16;
	char *tmp = xmalloc(n);
	mode_t mask;
	int fd;

	if (!dot)
		dot = "";
	snprintf(tmp, n, "%.*s.%.*s.XXXXXX%s", (int)dirlen, output, (int)baselen, base, dot);
	if ((fd = mkstemps(tmp, (int)strlen(dot))) < 0) {
		diag("cannot write beside %s: %s", output, strerror(errno));
		free(tmp);
		return NULL;
	}
	/* the file's mode is a new file's, not a temporary file's 0600 */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	close(fd);
	cleanup_add(tmp);
	return tmp;
}

int cleanup_write_beside(const char *output, int (*fill)(void *ctx, FILE *f), void *ctx)
{
	char *tmp = cleanup_temp_beside(output);
	FILE *f;
	int bad;

	if (!tmp)
		return -1;
	f = fopen(tmp, "wb");
	bad = !f || fill(ctx, f) != 0;
	if (f && fclose(f) != 0)
		bad = 1;
	if (bad || rename(tmp, output) != 0) {
		diag("cannot write %s: %s", output, strerror(errno));
		unlink(tmp);
		bad = 1;
	}
	cleanup_forget(tmp);
	free(tmp);
	return bad ? -1 : 0;
}
