/* judge: an article's claims judged against each other and against
 * reference claims (the BLS figures shipped in datasets/), each with
 * verdicts and the reason in words and numbers. */
#ifndef WAGESTAT_JUDGE_H
#define WAGESTAT_JUDGE_H

#include <stddef.h>

#include "model/claim.h"
#include "extract/extract.h"

enum {
	VERDICT_OK = 1 << 0,
	VERDICT_UNVERIFIABLE = 1 << 1,
	VERDICT_SELF_CONTRADICTION = 1 << 2,
	VERDICT_HOURLY_ANNUAL = 1 << 3,
	VERDICT_PERCENTILE_ORDER = 1 << 4,
	VERDICT_DISAGREES = 1 << 5,
	VERDICT_MISLABELED = 1 << 6,
	VERDICT_COMPARISON_WRONG = 1 << 7,
};
#define VERDICT_COUNT 8
/* Everything but ok and unverifiable. */
#define VERDICT_INCONSISTENT (~(unsigned)(VERDICT_OK | VERDICT_UNVERIFIABLE))

typedef struct reference reference;

/* Reference claims from a claims file; NULL after saying why. */
reference *reference_load(const char *path);
void reference_free(reference **r);

typedef struct check_opts {
	double tolerance;       /* a fraction (0.15) for figures not cited to the BLS */
	double cited_tolerance; /* for BLS-cited figures of a matching period (0.01) */
	int year;               /* period of claims that give none (0: nearest) */
} check_opts;

typedef struct finding {
	claim c;          /* the claim (a comparison has stat CSTAT_NONE) */
	double ref_value; /* NaN when none */
	char *ref_source;
	double deviation; /* percent, NaN when none */
	unsigned verdict;
	char *reason;
} finding;

typedef struct checker checker;

checker *checker_new(const reference *ref, const check_opts *o);
void checker_free(checker **k);
/* Extract and judge one article (text is changed, as extract_text does);
 * its findings replace the last one's. */
void checker_article(checker *k, const char *name, char *text, size_t len);
size_t checker_count(const checker *k);
const finding *checker_finding(const checker *k, size_t i);

/* "ok", "self_contradiction disagrees_with_ref" ... */
const char *check_verdict_names(unsigned v, char *buf, size_t size);

#endif
