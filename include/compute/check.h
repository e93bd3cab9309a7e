/* check: an article's claims judged against each other and against
 * reference claims (the BLS figures shipped in datasets/), each with
 * verdicts and the reason in words and numbers. */
#ifndef WAGESTAT_CHECK_H
#define WAGESTAT_CHECK_H

#include <stddef.h>

#include "model/claim.h"
#include "compute/checkref.h"

enum {
	CHECK_OK = 1 << 0,
	CHECK_UNVERIFIABLE = 1 << 1,
	CHECK_SELF_CONTRADICTION = 1 << 2,
	CHECK_HOURLY_ANNUAL = 1 << 3,
	CHECK_PERCENTILE_ORDER = 1 << 4,
	CHECK_DISAGREES = 1 << 5,
	CHECK_MISLABELED = 1 << 6,
	CHECK_COMPARISON_WRONG = 1 << 7,
	/* two figures that would contradict each other, one of whose
	 * occupation or year the text did not say beside it: said, not
	 * counted as inconsistent */
	CHECK_POSSIBLE_CONTRADICTION = 1 << 8,
};
#define CHECK_VERDICTS 9
/* Everything but ok, unverifiable and possible_contradiction. */
#define CHECK_INCONSISTENT \
	(~(unsigned)(CHECK_OK | CHECK_UNVERIFIABLE | CHECK_POSSIBLE_CONTRADICTION))

typedef struct check_opts {
	double tolerance;       /* a fraction (0.15) for figures not cited to the BLS */
	double cited_tolerance; /* for BLS-cited figures of a matching period (0.01) */
	int year;               /* period of claims that give none (0: nearest) */
} check_opts;

typedef struct check_finding {
	claim c;          /* the claim (a comparison has stat CSTAT_NONE) */
	double ref_value; /* NaN when none */
	char *ref_source;
	double deviation; /* percent, NaN when none */
	unsigned verdict;
	char *reason;
	int article_year; /* an undated claim judged against the reference in the
			     article's data year (the year of all its dated BLS
			     figures): that year; 0 if none */
} check_finding;

typedef struct check_ctx check_ctx;

check_ctx *check_new(const check_ref *ref, const check_opts *o);
void check_free(check_ctx **k);
/* One article at a time: begin, add its claims and comparisons in the
 * order of the text, then judge them; the findings replace the last
 * article's.  same_as is the index of an earlier claim of the article that
 * this one restates ("or $20 an hour"), or -1. */
void check_begin(check_ctx *k);
void check_add_claim(check_ctx *k, const claim *c, int same_as);
void check_add_comparison(check_ctx *k, const claim_comparison *cmp);
void check_judge(check_ctx *k);
size_t check_count(const check_ctx *k);
const check_finding *check_result(const check_ctx *k, size_t i);

/* "ok", "self_contradiction disagrees_with_ref" ... */
const char *check_verdict_names(unsigned v, char *buf, size_t size);

#endif
