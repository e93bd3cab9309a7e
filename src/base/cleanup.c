#include "base/cleanup.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#define CLEANUP_PATHS 8

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
