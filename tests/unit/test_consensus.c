/* Consensus methods against published and hand-worked answers. */
#include "compute/consensus.h"

#include "check.h"

/* The BCG vaccine trials (Colditz et al. 1994, JAMA 271:698-702; metafor's
 * dat.bcg): vaccinated TB cases and non-cases, control cases and
 * non-cases.  Log relative risks and their variances as in
 * escalc(measure = "RR"). */
static const double bcg[13][4] = {
	{4, 119, 11, 128},       {6, 300, 29, 274},       {3, 228, 11, 209},
	{62, 13536, 248, 12619}, {33, 5036, 47, 5761},    {180, 1361, 372, 1079},
	{8, 2537, 10, 619},      {505, 87886, 499, 87892}, {29, 7470, 45, 7232},
	{17, 1699, 65, 1600},    {186, 50448, 141, 27197}, {5, 2493, 3, 2338},
	{27, 16886, 29, 17825},
};

int main(void)
{
	double y[13], se[13];
	consensus c;
	size_t i;

	for (i = 0; i < 13; i++) {
		double a = bcg[i][0], b = bcg[i][1], cc = bcg[i][2], d = bcg[i][3];
		y[i] = log((a / (a + b)) / (cc / (cc + d)));
		se[i] = sqrt(1 / a - 1 / (a + b) + 1 / cc - 1 / (cc + d));
	}
	/* Published for this data (metafor rma(method = "DL"), agreeing with
	 * Stata's metan): fixed effect -0.4303, Q = 152.2330; DerSimonian-Laird
	 * -0.7141 with 95% CI -1.0644 to -0.3638 and tau^2 = 0.3088. */
	consensus_inverse_variance(y, se, 13, &c);
	CHECK(c.method == METHOD_RANDOM_EFFECTS, "method %d", c.method);
	CHECK_NEAR(c.q, 152.2330, 1e-5);
	CHECK_NEAR(c.value, -0.7141, 1e-4);
	CHECK_NEAR(c.low, -1.0644, 1e-4);
	CHECK_NEAR(c.high, -0.3638, 2e-4);
	CHECK_NEAR(c.tau2, 0.3088, 2e-4);

	/* By hand: 10, 12, 20 with se 1, 1, 2.  Weights 1, 1, 1/4; mean 27 /
	 * 2.25 = 12; Q = 4 + 0 + 16 = 20 > 2; C = 2.25 - 2.0625 / 2.25 = 4/3;
	 * tau^2 = 18 / (4/3) = 13.5; weights 2/29, 2/29, 2/35; mean = (44/29 +
	 * 8/7) / (198/1015) = 150/11; se = sqrt(1015/198). */
	{
		double x[] = {10, 12, 20}, s[] = {1, 1, 2};
		consensus_inverse_variance(x, s, 3, &c);
		CHECK_NEAR(c.q, 20, 1e-12);
		CHECK_NEAR(c.tau2, 13.5, 1e-12);
		CHECK_NEAR(c.value, 150.0 / 11, 1e-12);
		CHECK_NEAR(c.se, sqrt(1015.0 / 198), 1e-12);
	}
	/* By hand, no heterogeneity: 100 and 102 with se 1 and 2.  Weights 1 and
	 * 1/4: mean (100 + 25.5) / 1.25 = 100.4; Q = 0.16 + 2.56 / 4 = 0.8 < 1;
	 * se = sqrt(1 / 1.25) = 0.894427; interval 100.4 -/+ 1.959964 x se. */
	{
		double x[] = {100, 102}, s[] = {1, 2};
		consensus_inverse_variance(x, s, 2, &c);
		CHECK(c.method == METHOD_INVERSE_VARIANCE, "method %d", c.method);
		CHECK_NEAR(c.value, 100.4, 1e-12);
		CHECK_NEAR(c.q, 0.8, 1e-12);
		CHECK_NEAR(c.se, 0.894427191, 1e-9);
		CHECK_NEAR(c.low, 100.4 - 1.959963985 * 0.894427191, 1e-9);
		CHECK(!(c.tau2 > 0), "tau2 %g", c.tau2);
	}

	/* Weighted median by hand: 40000 (w 5), 41000 (3), 80000 (1): total 9,
	 * running 5 passes half at the first value.  Landing exactly on half
	 * gives the mean of the two values there. */
	{
		double x[] = {80000, 40000, 41000}, w[] = {1, 5, 3};
		consensus_weighted_median(x, w, 3, &c);
		CHECK_NEAR(c.value, 40000, 0);
		/* median 41000; deviations 39000, 1000, 0 -> MAD 1000 */
		CHECK_NEAR(c.mad, 1000, 0);
		CHECK_NEAR(c.high, 40000 + 1482.6, 1e-12);
		double x2[] = {30, 50}, w2[] = {2, 2};
		consensus_weighted_median(x2, w2, 2, &c);
		CHECK_NEAR(c.value, 40, 0);
		double x3[] = {30, 50, 70}, w3[] = {1, 1, 3};
		consensus_weighted_median(x3, w3, 3, &c);
		CHECK_NEAR(c.value, 70, 0);
	}

	/* Written precision: half a unit of the last digit written. */
	CHECK_NEAR(consensus_precision(60780), 5, 0);
	CHECK_NEAR(consensus_precision(42000), 500, 0);
	CHECK_NEAR(consensus_precision(21.25), 0.005, 1e-12);
	CHECK_NEAR(consensus_precision(21), 0.5, 0);
	CHECK_NEAR(consensus_precision(15.4), 0.05, 1e-12);
	CHECK_NEAR(consensus_precision(0), 0.5, 0);

	printf("consensus: %d passed, %d failed\n", check_passed, check_failed);
	return check_failed != 0;
}
