/* check end to end: the extractor feeding the judge, as wagestat check
 * does (src/cli/cmd_check.c), against the shipped BLS reference, loaded
 * once from $WAGESTAT_REF or datasets/ two folders above the binary
 * (build/fuzz/).  Every claim and comparison comes back as one finding
 * with at least one verdict. */
#include <limits.h>
#include <unistd.h>

#include "compute/check.h"
#include "extract/extract.h"

#include "fuzz.h"

static check_ref *ref;
static check_ctx *judge;

typedef struct seen {
	check_ctx *k;
	size_t claims, comparisons;
} seen;

static int on_claim(void *ctx, const claim *c, size_t index, const extract_link *link)
{
	seen *s = ctx;

	FUZZ_ASSERT(link->same_as >= -1 && link->same_as < (long)index);
	check_add_claim(s->k, c, link->same_as);
	s->claims++;
	return 0;
}

static void on_comparison(void *ctx, const extract_comparison *cmp)
{
	seen *s = ctx;

	check_add_comparison(s->k, cmp);
	s->comparisons++;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *env = getenv("WAGESTAT_REF");
	char path[PATH_MAX + 64], exe[PATH_MAX], *slash;
	ssize_t n;
	check_opts o = {0.15, 0.01, 0};

	(void)argc;
	(void)argv;
	if (env && *env) {
		snprintf(path, sizeof path, "%s", env);
	} else {
		n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		exe[n > 0 ? n : 0] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		snprintf(path, sizeof path, "%s/../../datasets/oews_healthcare.csv", exe);
	}
	ref = check_ref_load(path, CLAIM_LEVEL_DETAILED);
	if (!ref) {
		fprintf(stderr, "fuzz_check: no reference at %s (set WAGESTAT_REF)\n", path);
		exit(2);
	}
	judge = check_new(ref, &o);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text, names[256];
	seen s = {judge, 0, 0};
	size_t i;

	if (fuzz_open_bug(data, size))
		return 0;
	text = malloc(size + 1);
	memcpy(text, data, size);
	check_begin(judge);
	extract_text("article.txt", text, size, on_claim, on_comparison, &s, NULL);
	check_judge(judge);
	FUZZ_ASSERT(check_count(judge) == s.claims + s.comparisons);
	for (i = 0; i < check_count(judge); i++) {
		const check_finding *f = check_result(judge, i);
		FUZZ_ASSERT(f->verdict != 0 && f->ref_source && f->reason);
		FUZZ_ASSERT(check_verdict_names(f->verdict, names, sizeof names)[0]);
		fuzz_touch_claim(&f->c);
		(void)(strlen(f->ref_source) + strlen(f->reason));
	}
	free(text);
	return 0;
}
