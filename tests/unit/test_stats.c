/* Statistics against values worked by hand (the working is in comments). */
#include "compute/stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_statistics.h>

#include "check.h"

static stats_plan plan_for(const char *list, int weighted)
{
	stats_plan plan;
	char err[128];

	if (stats_plan_parse(&plan, list, weighted, err, sizeof err) != 0) {
		printf("cannot parse '%s': %s\n", list, err);
		exit(1);
	}
	return plan;
}

static void run(const char *list, int weighted, const double *x,
		const double *w, size_t n, double *out)
{
	stats_plan plan = plan_for(list, weighted);
	stats_acc acc;
	size_t i;

	stats_acc_init(&acc);
	for (i = 0; i < n; i++)
		stats_acc_add(&acc, &plan, NULL, x[i], w ? w[i] : 1);
	stats_acc_finish(&acc, &plan, out);
	stats_acc_free(&acc);
	stats_plan_free(&plan);
}

/* As run(), but the values arrive in two parts, x[0..k) and x[k..n), each
 * in its own accumulator (as the two threads of a split file read them;
 * the first part's blocks in a slab, the second's each on its own),
 * merged as summarize merges them: both into an empty total, in order. */
static void run_merged(const char *list, int weighted, const double *x,
		       const double *w, size_t n, size_t k, double *out)
{
	stats_plan plan = plan_for(list, weighted);
	stats_acc total, part[2];
	stats_slab slab = {0};
	size_t i;

	stats_acc_init(&total);
	stats_acc_init(&part[0]);
	stats_acc_init(&part[1]);
	for (i = 0; i < n; i++)
		stats_acc_add(&part[i >= k], &plan, i >= k ? NULL : &slab, x[i], w ? w[i] : 1);
	part[0].missing = 1; /* blank rows are counted in the parts too */
	part[1].missing = 2;
	stats_acc_merge(&total, &part[0], NULL);
	stats_acc_merge(&total, &part[1], NULL);
	CHECK(part[1].n == 0 && part[1].head == NULL, "the merged part is left empty");
	CHECK(total.missing == 3, "missing %llu, want 1 + 2", total.missing);
	stats_acc_finish(&total, &plan, out);
	stats_acc_free(&total);
	stats_acc_free(&part[0]);
	stats_acc_free(&part[1]);
	stats_slab_free(&slab);
	stats_plan_free(&plan);
}

/* x5 (below) in two parts at every split point k = 0..5 gives what one
 * accumulator fed all five gives (worked by hand in main): count 5, mean
 * 41,600, sd sqrt(144,300,000), min 30,000, max 60,000, p10 30,800,
 * median 41,000, p90 54,000.  The running statistics (no kept values: the
 * parts' means and sums of squares are merged by Chan's update) and the
 * kept values (the parts' blocks are linked) are both checked.  Worked
 * for k = 2, {30000, 45000} and {32000, 60000, 41000}: means 37,500 and
 * 44,333.33; sums of squares 112,500,000 and 408,666,666.67; delta
 * 6,833.33, delta^2 x 2 x 3 / 5 = 56,033,333.33; total 577,200,000, as
 * one pass gives. */
static void check_merge(const double *x5)
{
	double out[16];
	size_t k;

	for (k = 0; k <= 5; k++) {
		run_merged("count,mean,sd,min,max,sum", 0, x5, NULL, 5, k, out);
		CHECK_NEAR(out[0], 5, 0);
		CHECK_NEAR(out[1], 41600, 1e-14);
		CHECK_NEAR(out[2], sqrt(144300000.0), 1e-14);
		CHECK_NEAR(out[3], 30000, 0);
		CHECK_NEAR(out[4], 60000, 0);
		CHECK_NEAR(out[5], 208000, 0);
		run_merged("count,min,p10,median,p90,max,mean,sd", 0, x5, NULL, 5, k, out);
		CHECK_NEAR(out[0], 5, 0);
		CHECK_NEAR(out[1], 30000, 0);
		CHECK_NEAR(out[2], 30800, 1e-15);
		CHECK_NEAR(out[3], 41000, 1e-15);
		CHECK_NEAR(out[4], 54000, 1e-15);
		CHECK_NEAR(out[5], 60000, 0);
		CHECK_NEAR(out[6], 41600, 1e-15);
		CHECK_NEAR(out[7], sqrt(144300000.0), 1e-15);
	}
	/* the smallest and the largest value in the second part only, and
	 * then in the first only: {41000, 45000} + {30000, 60000} */
	{
		static const double lo_hi[] = {41000, 45000, 30000, 60000};
		static const double hi_lo[] = {30000, 60000, 41000, 45000};
		/* mean 176000 / 4 = 44000; squared deviations 9,000,000 +
		 * 1,000,000 + 196,000,000 + 256,000,000 = 462,000,000; / 3 */
		run_merged("count,mean,sd,min,max", 0, lo_hi, NULL, 4, 2, out);
		CHECK_NEAR(out[1], 44000, 1e-15);
		CHECK_NEAR(out[2], sqrt(154000000.0), 1e-14);
		CHECK_NEAR(out[3], 30000, 0);
		CHECK_NEAR(out[4], 60000, 0);
		run_merged("count,mean,sd,min,max", 0, hi_lo, NULL, 4, 2, out);
		CHECK_NEAR(out[1], 44000, 1e-15);
		CHECK_NEAR(out[2], sqrt(154000000.0), 1e-14);
		CHECK_NEAR(out[3], 30000, 0);
		CHECK_NEAR(out[4], 60000, 0);
	}
	/* with weights, the pairs move whole: x 40 10 | 30 20, w 3 1 | 1 1
	 * gives the weighted figures worked in main (mean 30, median 30,
	 * p90 38, weight sum 6) */
	{
		static const double xw[] = {40, 10, 30, 20}, ww[] = {3, 1, 1, 1};
		run_merged("count,mean,sd,median,p90,weight_sum,sum", 1, xw, ww, 4, 2, out);
		CHECK_NEAR(out[0], 4, 0);
		CHECK_NEAR(out[1], 30, 1e-15);
		CHECK_NEAR(out[2], sqrt(200.0), 1e-15);
		CHECK_NEAR(out[3], 30, 1e-15);
		CHECK_NEAR(out[4], 38, 1e-15);
		CHECK_NEAR(out[5], 6, 0);
		CHECK_NEAR(out[6], 180, 0);
	}
}

/* Adding goes on after a merge (an accumulator keeps its tail block's
 * write position, and the block's count is set from it when blocks are
 * read): 1..1000, values 1..300 in a part merged into the total, 301..700
 * added to the total itself (past block ends: blocks hold 8, 16, ... 512),
 * then 701..1000 in a second part merged, weighted and not, the parts'
 * blocks linked or their values copied (then the parts' own slab is freed
 * before finishing).  Worked by
 * hand for 1..1000: count 1000, mean 500.5, min 1, max 1000, type-7 p10 =
 * 1 + 0.1 x 999 = 100.9, median 500.5, p90 = 1 + 0.9 x 999 = 900.1; with
 * every weight 1 the weighted mean is 500.5 too. */
static void check_add_after_merge(int weighted, int copy)
{
	stats_plan plan = plan_for(weighted ? "count,mean,min,max" : "count,mean,min,p10,median,p90,max",
				   weighted);
	stats_acc total, part;
	stats_slab slab = {0}, part_slab = {0};
	double out[8];
	int i;

	stats_acc_init(&total);
	stats_acc_init(&part);
	for (i = 1; i <= 300; i++)
		stats_acc_add(&part, &plan, copy ? &part_slab : &slab, i, 1);
	stats_acc_merge(&total, &part, copy ? &slab : NULL);
	for (i = 301; i <= 700; i++)
		stats_acc_add(&total, &plan, &slab, i, 1);
	for (i = 701; i <= 1000; i++)
		stats_acc_add(&part, &plan, copy ? &part_slab : NULL, i, 1);
	stats_acc_merge(&total, &part, copy ? &slab : NULL);
	stats_slab_free(&part_slab);
	stats_acc_finish(&total, &plan, out);
	CHECK_NEAR(out[0], 1000, 0);
	CHECK_NEAR(out[1], 500.5, 1e-15);
	CHECK_NEAR(out[2], 1, 0);
	if (weighted) {
		CHECK_NEAR(out[3], 1000, 0);
	} else {
		CHECK_NEAR(out[3], 100.9, 1e-14);
		CHECK_NEAR(out[4], 500.5, 1e-15);
		CHECK_NEAR(out[5], 900.1, 1e-15);
		CHECK_NEAR(out[6], 1000, 0);
	}
	stats_acc_free(&total);
	stats_acc_free(&part);
	stats_slab_free(&slab);
	stats_plan_free(&plan);
}

/* A slab past its first chunks, which are small pages, into the huge
 * page ones: three groups of 400,000 values each (29 MB of blocks in all),
 * added in turn, each group's values a permutation of k x 10^6 + 0 ..
 * 399,999 (i x 104729 mod 400,000: 104729 is prime to 400,000).  By
 * hand: count 400,000, min k x 10^6, max k x 10^6 + 399,999, mean and
 * median k x 10^6 + 199,999.5. */
static void check_big_slab(void)
{
	enum { N = 400000, G = 3 };
	stats_plan plan = plan_for("count,mean,min,median,max", 0);
	stats_acc acc[G];
	stats_slab slab = {0};
	double out[5];
	long i, k;

	for (k = 0; k < G; k++)
		stats_acc_init(&acc[k]);
	for (i = 0; i < N; i++)
		for (k = 0; k < G; k++)
			stats_acc_add(&acc[k], &plan, &slab, (double)(k * 1000000 + i * 104729 % N), 1);
	for (k = 0; k < G; k++) {
		double base = (double)k * 1e6;
		stats_acc_finish(&acc[k], &plan, out);
		CHECK_NEAR(out[0], N, 0);
		CHECK_NEAR(out[1], base + 199999.5, 1e-6);
		CHECK_NEAR(out[2], base, 0);
		CHECK_NEAR(out[3], base + 199999.5, 0);
		CHECK_NEAR(out[4], base + N - 1, 0);
		stats_acc_free(&acc[k]);
	}
	stats_slab_free(&slab);
	stats_plan_free(&plan);
}

/* The sd with values kept (GSL's sum of squares about the mean over
 * n - 1) against gsl_stats_sd_m's running variance, a second method, on
 * 2 to 5,000 random values: pay (whole cents up to $300,000) and values
 * of 10^6 plus a few cents, where the two differ most.  They round
 * differently, so to 4e-16 relative, not bit for bit. */
static void check_sd_second_method(void)
{
	static double x[5000];
	unsigned seed = 7;
	size_t n, i;
	int shape;
	double out[3], worst = 0;

	for (shape = 0; shape < 2; shape++)
		for (n = 2; n <= 5000; n = n * 3 + 1) {
			double want;
			for (i = 0; i < n; i++) {
				seed = seed * 1103515245u + 12345u;
				x[i] = shape ? 1e6 + (double)((seed >> 16) % 500) / 100
					     : (double)((seed >> 4) % 30000000) / 100;
			}
			run("mean,sd,median", 0, x, NULL, n, out);
			want = gsl_stats_sd_m(x, 1, n, gsl_stats_mean(x, 1, n));
			if (fabs(out[1] - want) / want > worst)
				worst = fabs(out[1] - want) / want;
		}
	CHECK(worst < 4e-16, "sd differs from gsl_stats_sd_m by %g relative", worst);
}

static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return (a > b) - (a < b);
}

/* The order statistics against a second method, values sorted by qsort
 * (and GSL's type-7 quantile of them: the sort is what is checked), on
 * 20,000 random values: whole cents (sorted as 32-bit cents), then the
 * same with one value of a fraction of a cent, one negative and one -0
 * (sorted as doubles); the results must be equal bit for bit. */
static void check_sorts(void)
{
	enum { N = 20000 };
	static double x[N], sorted[N];
	static const double ps[] = {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99};
	static const char *const kinds[] = {"cents", "a fraction of a cent", "a negative", "-0"};
	unsigned seed = 7;
	size_t i, k, q;
	int bad = 0;

	for (k = 0; k < 4; k++) {
		stats_plan plan = plan_for("p1,p10,p25,median,p75,p90,p99", 0);
		stats_acc acc;
		double out[8];
		stats_acc_init(&acc);
		for (i = 0; i < N; i++) {
			seed = seed * 1103515245u + 12345u;
			x[i] = (double)(seed >> 8 & 0xFFFFFF) / 100; /* 0 .. $167,772.15 */
		}
		if (k == 1)
			x[17] = 41810.005;
		if (k == 2)
			x[18] = -12.5;
		if (k == 3)
			x[19] = -0.0;
		for (i = 0; i < N; i++)
			stats_acc_add(&acc, &plan, NULL, x[i], 1);
		memcpy(sorted, x, sizeof x);
		qsort(sorted, N, sizeof *sorted, cmp_double);
		stats_acc_finish(&acc, &plan, out);
		for (q = 0, bad = 0; q < sizeof ps / sizeof *ps; q++) {
			double want = gsl_stats_quantile_from_sorted_data(sorted, 1, N, ps[q]);
			bad += memcmp(&out[q], &want, sizeof want) != 0;
		}
		CHECK(bad == 0, "%s: %d quantiles differ from qsort's", kinds[k], bad);
		stats_acc_free(&acc);
		stats_plan_free(&plan);
	}
}

int main(void)
{
	/* five salaries, unsorted; sorted: 30000 32000 41000 45000 60000 */
	static const double x5[] = {30000, 45000, 32000, 60000, 41000};
	double out[16];
	char name[32];
	stats_plan plan;

	check_sorts();
	check_add_after_merge(0, 0);
	check_add_after_merge(1, 0);
	check_add_after_merge(0, 1);
	check_add_after_merge(1, 1);
	check_big_slab();
	check_sd_second_method();
	run("count,mean,sd,min,p10,p25,median,p75,p90,max,iqr,madraw,mad,sum",
	    0, x5, NULL, 5, out);
	CHECK_NEAR(out[0], 5, 0);
	CHECK_NEAR(out[1], 41600, 1e-15);           /* 208000 / 5 */
	/* squared deviations 134560000 + 92160000 + 360000 + 11560000
	 * + 338560000 = 577200000; / 4 = 144300000 */
	CHECK_NEAR(out[2], sqrt(144300000.0), 1e-15);
	CHECK_NEAR(out[3], 30000, 0);
	CHECK_NEAR(out[4], 30800, 1e-15);           /* h = 0.4: 30000 + 0.4 * 2000 */
	CHECK_NEAR(out[5], 32000, 1e-15);           /* h = 1 */
	CHECK_NEAR(out[6], 41000, 1e-15);           /* h = 2 */
	CHECK_NEAR(out[7], 45000, 1e-15);           /* h = 3 */
	CHECK_NEAR(out[8], 54000, 1e-15);           /* h = 3.6: 45000 + 0.6 * 15000 */
	CHECK_NEAR(out[9], 60000, 0);
	CHECK_NEAR(out[10], 13000, 1e-15);          /* 45000 - 32000 */
	/* |x - 41000| = 11000 4000 9000 19000 0 -> median 9000 */
	CHECK_NEAR(out[11], 9000, 1e-15);
	CHECK_NEAR(out[12], 9000 * 1.4826, 1e-15);
	CHECK_NEAR(out[13], 208000, 0);

	check_merge(x5);

	/* one value: no sd, no intervals */
	run("count,sd,median,median_ci,mean_ci", 0, x5, NULL, 1, out);
	CHECK_NEAR(out[0], 1, 0);
	CHECK(isnan(out[1]), "sd of one value: %g", out[1]);
	CHECK_NEAR(out[2], 30000, 0);
	CHECK(isnan(out[3]) && isnan(out[4]), "median_ci of one value");
	CHECK(isnan(out[5]) && isnan(out[6]), "mean_ci of one value");

	/* no values at all */
	run("count,mean,min,median", 0, x5, NULL, 0, out);
	CHECK_NEAR(out[0], 0, 0);
	CHECK(isnan(out[1]) && isnan(out[2]) && isnan(out[3]), "empty group");

	/* mean_ci: t(0.975, 4) = 2.7764451052 (t table) */
	run("mean_ci", 0, x5, NULL, 5, out);
	CHECK_NEAR(out[0], 41600 - 2.7764451052 * sqrt(144300000.0 / 5), 1e-9);
	CHECK_NEAR(out[1], 41600 + 2.7764451052 * sqrt(144300000.0 / 5), 1e-9);

	/* median_ci ranks from the binomial tables: n=6 -> 1, n=10 -> 2
	 * (P(B<=1) = 11/1024 <= .025 < P(B<=2) = 56/1024), n=20 -> 6,
	 * n=100 -> 40; n=5 has none (P(B<=0) = 1/32 > .025) */
	CHECK(stats_median_ci_rank(5) == 0, "n=5: %zu", stats_median_ci_rank(5));
	CHECK(stats_median_ci_rank(6) == 1, "n=6: %zu", stats_median_ci_rank(6));
	CHECK(stats_median_ci_rank(10) == 2, "n=10: %zu", stats_median_ci_rank(10));
	CHECK(stats_median_ci_rank(20) == 6, "n=20: %zu", stats_median_ci_rank(20));
	CHECK(stats_median_ci_rank(100) == 40, "n=100: %zu", stats_median_ci_rank(100));
	{
		static const double x10[] = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
		run("median_ci", 0, x10, NULL, 10, out);
		CHECK_NEAR(out[0], 2, 0); /* 2nd smallest */
		CHECK_NEAR(out[1], 9, 0); /* 9th smallest */
	}

	/* weighted: x 10 20 30 40, w 1 1 1 3.  Midpoints of the weights
	 * 0.5 1.5 2.5 4.5; span 4.  median at 0.5 + 2 = 2.5 -> 30; p25 at
	 * 1.5 -> 20; p90 at 4.1 -> 30 + (4.1 - 2.5) / 2 * 10 = 38.
	 * mean 180 / 6 = 30; sum w (x-m)^2 = 400 + 100 + 0 + 300 = 800,
	 * GSL's factor sum w / ((sum w)^2 - sum w^2) = 6 / (36 - 12). */
	{
		static const double xw[] = {40, 10, 30, 20}, ww[] = {3, 1, 1, 1};
		run("count,mean,sd,median,p25,p90,weight_sum,sum", 1, xw, ww, 4, out);
		CHECK_NEAR(out[0], 4, 0);
		CHECK_NEAR(out[1], 30, 1e-15);
		CHECK_NEAR(out[2], sqrt(200.0), 1e-15);
		CHECK_NEAR(out[3], 30, 1e-15);
		CHECK_NEAR(out[4], 20, 1e-15);
		CHECK_NEAR(out[5], 38, 1e-15);
		CHECK_NEAR(out[6], 6, 0);
		CHECK_NEAR(out[7], 180, 0);
	}
	/* symmetric weights give the symmetric answer */
	{
		static const double xs[] = {10, 20, 30}, ws[] = {1, 2, 1};
		run("median", 1, xs, ws, 3, out);
		CHECK_NEAR(out[0], 20, 1e-15);
	}
	/* equal weights reproduce the unweighted type-7 figures */
	{
		static const double w2[] = {2.5, 2.5, 2.5, 2.5, 2.5};
		run("p10,p25,median,p90", 1, x5, w2, 5, out);
		CHECK_NEAR(out[0], 30800, 1e-15);
		CHECK_NEAR(out[1], 32000, 1e-15);
		CHECK_NEAR(out[2], 41000, 1e-15);
		CHECK_NEAR(out[3], 54000, 1e-15);
	}
	/* zero weights weigh nothing in the order statistics */
	{
		static const double xz[] = {10, 20, 1000}, wz[] = {1, 1, 0};
		run("median", 1, xz, wz, 3, out);
		CHECK_NEAR(out[0], 15, 1e-15);
	}

	/* the plan: names, column names and errors */
	plan = plan_for("count,median_ci,p5", 0);
	CHECK(plan.ncolumns == 4, "columns %zu", plan.ncolumns);
	CHECK_STR(stats_plan_column(&plan, 1, name, sizeof name), "median_ci_low");
	CHECK_STR(stats_plan_column(&plan, 2, name, sizeof name), "median_ci_high");
	CHECK_STR(stats_plan_column(&plan, 3, name, sizeof name), "p5");
	CHECK(stats_plan_column_is_count(&plan, 0) && !stats_plan_column_is_count(&plan, 3),
	      "count column kinds");
	stats_plan_free(&plan);
	{
		static const char *bad[] = {"p0", "p100", "pN", "median,", "bogus", "p1x", ",count",
					    ""};
		size_t i;
		char err[128];
		for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
			int r = stats_plan_parse(&plan, bad[i], 0, err, sizeof err);
			CHECK(r != 0, "'%s' accepted", bad[i]);
			if (r == 0)
				stats_plan_free(&plan);
		}
		CHECK(stats_plan_parse(&plan, "median_ci", 1, err, sizeof err) != 0,
		      "median_ci accepted with weights");
	}
	return check_done("stats");
}
