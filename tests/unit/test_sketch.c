/* The quantile sketch (compute/sketch.h): the bucket of a value, zeros and
 * negative values counted, merging, and quantiles within alpha of type 7
 * worked by hand. */
#include "check.h"

#include <math.h>
#include <stdlib.h>

#include "compute/sketch.h"

/* |got - want| <= alpha |want|, with 1e-12 for rounding at a bucket's edge. */
#define CHECK_WITHIN(got, want, alpha)                                        \
	CHECK(fabs((got) - (want)) <= (alpha) * (1 + 1e-12) * fabs(want),     \
	      "got %.17g, want %.17g within %g", (got), (want), (alpha))

int main(void)
{
	sketch *s = sketch_new(0.01), *t = sketch_new(0.01);
	double gamma = 1.01 / 0.99;
	int i;

	/* 1 is gamma^0: bucket 0, standing for 2 / (gamma + 1) = 0.99 */
	sketch_add(s, 1);
	sketch_settle(s);
	CHECK(s->pos.min == 0 && s->pos.max == 0, "bucket %ld", s->pos.min);
	CHECK_NEAR(sketch_quantile(s, 0.5, -INFINITY, INFINITY), 0.99, 1e-12);
	/* kept within [min, max]: the one value exactly */
	CHECK_NEAR(sketch_quantile(s, 0.5, 1, 1), 1, 0);
	/* gamma^2 * 1.001 is just above gamma^2: bucket 3 */
	sketch_add(s, gamma * gamma * 1.001);
	sketch_settle(s);
	CHECK(s->pos.max == 3, "bucket %ld", s->pos.max);
	sketch_free(&s);

	/* -4 -2 0 0 3 5: type 7 median h = 2.5, between 0 and 0: 0; p25: h =
	 * 1.25, -2 + 0.25 * 2 = -1.5; p90: h = 4.5, 3 + 0.5 * 2 = 4 */
	s = sketch_new(0.01);
	sketch_add(s, 3);
	sketch_add(s, -4);
	sketch_add(s, 0);
	sketch_add(s, 5);
	sketch_add(s, -2);
	sketch_add(s, 0);
	CHECK(s->n == 6 && s->zeros == 0, "the batch is counted in n at once, in the buckets later");
	sketch_settle(s);
	CHECK(s->n == 6 && s->zeros == 2, "n %llu zeros %llu", (unsigned long long)s->n,
	      (unsigned long long)s->zeros);
	CHECK_NEAR(sketch_quantile(s, 0.5, -4, 5), 0, 0);
	CHECK_WITHIN(sketch_quantile(s, 0.25, -4, 5), -1.5, 0.01);
	CHECK_WITHIN(sketch_quantile(s, 0.9, -4, 5), 4.0, 0.01);
	CHECK_NEAR(sketch_quantile(s, 0, -4, 5), -4, 0);
	CHECK_NEAR(sketch_quantile(s, 1, -4, 5), 5, 0);

	/* merged: the counts add, the quantiles are those of all the values */
	for (i = 1; i <= 100; i++)
		sketch_add(t, i);
	sketch_merge(t, s);
	CHECK(t->n == 106 && t->zeros == 2, "n %llu", (unsigned long long)t->n);
	/* sorted: -4 -2 0 0 1 2 3 3 4 5 5 6 7 ... 100, so rank k >= 11
	 * (0-based) holds k - 5; median h = 105 / 2 = 52.5: ranks 52 and 53
	 * hold 47 and 48, type 7 gives 47.5 */
	CHECK_WITHIN(sketch_quantile(t, 0.5, -4, 100), 47.5, 0.01);
	sketch_free(&s);
	sketch_free(&t);

	/* empty: NaN */
	s = sketch_new(SKETCH_ALPHA_DEFAULT);
	CHECK(isnan(sketch_quantile(s, 0.5, INFINITY, -INFINITY)), "not NaN");
	/* a value far from the first grows the buckets to it */
	sketch_add(s, 1e-3);
	sketch_add(s, 1e7);
	sketch_add(s, 5);
	CHECK_WITHIN(sketch_quantile(s, 0.5, 1e-3, 1e7), 5.0, SKETCH_ALPHA_DEFAULT);
	sketch_free(&s);
	CHECK(s == NULL, "not nulled");

	/* values past a batch, and a batch not yet full: 1 .. 2 * SKETCH_BATCH
	 * + 5, median (n + 1) / 2, p90 at h = 0.9 (n - 1) interpolated, max n,
	 * each within alpha; every value in a bucket once settled */
	s = sketch_new(0.01);
	for (i = 1; i <= 2 * SKETCH_BATCH + 5; i++)
		sketch_add(s, i);
	{
		double n = 2 * SKETCH_BATCH + 5, h = 0.9 * (n - 1);
		uint64_t counted = 0;
		long b;
		CHECK_WITHIN(sketch_quantile(s, 0.5, 1, n), (n + 1) / 2, 0.01);
		CHECK_WITHIN(sketch_quantile(s, 0.9, 1, n), 1 + h, 0.01);
		CHECK_WITHIN(sketch_quantile(s, 1, 1, n), n, 0.01);
		for (b = s->pos.min; b <= s->pos.max; b++)
			counted += s->pos.c32[b - s->pos.lo];
		CHECK(s->n == (uint64_t)n && counted == s->n && s->nbatch == 0,
		      "n %llu, %llu in buckets", (unsigned long long)s->n,
		      (unsigned long long)counted);
	}
	sketch_free(&s);

	/* counts are 32-bit until one would pass 2^32 - 1: bucket 5 gets
	 * 4,294,967,295 then 10 (4,294,967,305, past it), bucket 7 one; merged
	 * into an empty sketch, and written, every count is whole */
	s = sketch_new(0.01);
	sketch_put(s, 1, 5, UINT32_MAX);
	sketch_put(s, 1, 7, 1);
	sketch_put(s, 1, 5, 10);
	t = sketch_new(0.01);
	sketch_merge(t, s);
	{
		char *text = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&text, &len);
		sketch_write(t, f);
		fclose(f);
		CHECK_STR(text, "zeros 0\npos 5 3 4294967305 0 1\nneg 0 0\n");
		free(text);
	}
	CHECK(t->n == 4294967306ull, "n %llu", (unsigned long long)t->n);
	/* rank n - 1 is bucket 7's one value; the median is in bucket 5:
	 * 2 gamma^i / (gamma + 1), gamma = 1.01 / 0.99 */
	CHECK_NEAR(sketch_quantile(t, 1, 0, 1e9), 2 * pow(1.01 / 0.99, 7) / (1.01 / 0.99 + 1), 1e-12);
	CHECK_NEAR(sketch_quantile(t, 0.5, 0, 1e9), 2 * pow(1.01 / 0.99, 5) / (1.01 / 0.99 + 1), 1e-12);
	sketch_free(&s);
	sketch_free(&t);
	return check_done("sketch");
}
