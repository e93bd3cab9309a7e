/* Contradictions within an article, found in n log n, against the
 * definition applied to every pair (a second method). */
#include "compute/contra.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* The definition: every other claim of the same subject more than tol
 * apart, in the order of the text. */
static void brute(const claim *const *cl, const unsigned char *part, size_t n, double tol,
		  size_t i, size_t *named, size_t *nnamed, size_t *total)
{
	size_t j;

	*nnamed = *total = 0;
	if (!part[i])
		return;
	for (j = 0; j < n; j++) {
		if (j == i || !part[j] || !contra_same_subject(cl[i], cl[j]))
			continue;
		if (!(fabs(cl[i]->value - cl[j]->value) / fmin(cl[i]->value, cl[j]->value) > tol))
			continue;
		if (*nnamed < CONTRA_NAMED)
			named[(*nnamed)++] = j;
		(*total)++;
	}
}

static void one_round(unsigned seed, size_t n)
{
	static const char *const socs[] = {"31-9092", "29-2061", ""};
	static const double values[] = {40000, 42000, 46000, 46001, 60000, 20.5, 23.58};
	claim *c = calloc(n, sizeof *c);
	const claim **cl = calloc(n, sizeof *cl);
	unsigned char *part = calloc(n, 1);
	contra *plan;
	contra_by by;
	size_t i, t, named[CONTRA_NAMED], nnamed, total, bad = 0, later;

	srand(seed);
	for (i = 0; i < n; i++) {
		claim_init(&c[i]);
		{ const char *soc = socs[rand() % 3]; claim_set(&c[i].soc_code, soc, strlen(soc)); }
		claim_set(&c[i].area, "US", 2);
		claim_set(&c[i].period, rand() % 4 ? "2023" : "2024", 4);
		c[i].stat = rand() % 3 ? CSTAT_MEDIAN : CSTAT_MEAN;
		if (rand() % 4 == 0) /* another scope: no subject shared with the rest */
			claim_set(&c[i].scope, "industry:622100", 15);
		c[i].unit = UNIT_ANNUAL;
		c[i].value = values[rand() % 7];
		cl[i] = &c[i];
		part[i] = rand() % 5 != 0;
	}
	plan = contra_plan(cl, part, n, 0.15);
	by = contra_invert(plan, n);
	for (i = 0; i < n; i++) {
		brute(cl, part, n, 0.15, i, named, &nnamed, &total);
		bad += plan[i].total != total || plan[i].nnamed != nnamed;
		for (t = 0; t < nnamed && t < plan[i].nnamed; t++)
			bad += plan[i].named[t] != named[t];
		/* i is named by the earlier claims that list it, and only by them */
		for (t = by.at[i]; t < by.at[i + 1]; t++)
			bad += by.by[t] >= i;
	}
	for (i = 0, later = 0; i < n; i++)
		for (t = 0; t < plan[i].nnamed; t++)
			later += plan[i].named[t] > i;
	CHECK(bad == 0, "seed %u, n %zu: %zu differences from the definition", seed, n, bad);
	CHECK(by.at[n] == later, "inverse holds %zu of %zu", by.at[n], later);
	contra_by_free(&by);
	free(plan);
	for (i = 0; i < n; i++)
		claim_free(&c[i]);
	free(c);
	free(cl);
	free(part);
}

int main(void)
{
	unsigned seed;
	claim a, b;

	for (seed = 1; seed <= 40; seed++)
		one_round(seed, 1 + seed * 7);
	/* by hand: 40,000 and 46,001 are 15.0025% apart (more than 15%),
	 * 40,000 and 46,000 exactly 15% (not more) */
	claim_init(&a);
	claim_init(&b);
	claim_set(&a.soc_code, "31-9092", 7);
	claim_set(&b.soc_code, "31-9092", 7);
	a.stat = b.stat = CSTAT_MEDIAN;
	a.unit = b.unit = UNIT_ANNUAL;
	CHECK(contra_same_subject(&a, &b), "same subject");
	claim_set(&b.scope, "industry:622100", 15);
	CHECK(!contra_same_subject(&a, &b), "another scope");
	claim_set(&b.scope, "", 0);
	b.stat = CSTAT_MEAN;
	CHECK(!contra_same_subject(&a, &b), "another statistic");
	claim_free(&a);
	claim_free(&b);
	{
		claim c[3];
		const claim *cl[3] = {&c[0], &c[1], &c[2]};
		unsigned char part[3] = {1, 1, 1};
		contra *plan;
		static const double v[3] = {40000, 46000, 46001};
		size_t i;
		for (i = 0; i < 3; i++) {
			claim_init(&c[i]);
			claim_set(&c[i].soc_code, "31-9092", 7);
			c[i].stat = CSTAT_MEDIAN;
			c[i].unit = UNIT_ANNUAL;
			c[i].value = v[i];
		}
		plan = contra_plan(cl, part, 3, 0.15);
		CHECK(plan[0].total == 1 && plan[0].named[0] == 2, "40,000 contradicts 46,001 only");
		CHECK(plan[1].total == 0, "46,000 is within 15%% of both");
		CHECK(plan[2].total == 1 && plan[2].named[0] == 0, "46,001 contradicts 40,000");
		free(plan);
		for (i = 0; i < 3; i++)
			claim_free(&c[i]);
	}
	return check_done("contra");
}
