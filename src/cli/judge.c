/* judge: one article extracted and judged. */
#include "cli/judge.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/slurp.h"
#include "base/xalloc.h"
#include "extract/extract.h"

/* The extractor hands each claim and comparison to the check_ctx. */
static int on_claim(void *ctx, const claim *c, size_t index, const extract_link *link)
{
	(void)index;
	check_add_claim(ctx, c, link->same_as);
	return 0;
}

static void on_comparison(void *ctx, const extract_comparison *cmp)
{
	check_add_comparison(ctx, cmp);
}

int judge_file(check_ctx *k, const char *path, unsigned long *dropped)
{
	size_t len;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	int why;
	extract_dropped d;
	char *body = slurp(path, &len, &why);

	*dropped = 0;
	if (!body)
		return why;
	check_begin(k);
	/* the text is changed, as extract_text does */
	extract_text(name, body, len, on_claim, on_comparison, k, &d);
	check_judge(k);
	free(body);
	*dropped = extract_say_dropped(name, &d);
	return 0;
}

char *judge_default_ref(void)
{
	const char *env = getenv("WAGESTAT_REF");
	char exe[PATH_MAX], *path = xmalloc(PATH_MAX + 64), *slash;
	ssize_t n;

	if (env && *env) {
		snprintf(path, PATH_MAX + 64, "%s", env);
		return path;
	}
	snprintf(path, PATH_MAX + 64, "datasets/%s", JUDGE_SHIPPED_REF);
	if (access(path, R_OK) == 0)
		return path;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		snprintf(path, PATH_MAX + 64, "%s/datasets/%s", exe, JUDGE_SHIPPED_REF);
		if (access(path, R_OK) == 0)
			return path;
		snprintf(path, PATH_MAX + 64, "%s/../share/wagestat/%s", exe, JUDGE_SHIPPED_REF);
		if (access(path, R_OK) == 0)
			return path;
	}
	free(path);
	return NULL;
}

