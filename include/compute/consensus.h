/* consensus: one figure from several sources' figures for the same thing,
 * and the measures used to judge each source against it. */
#ifndef WAGESTAT_CONSENSUS_H
#define WAGESTAT_CONSENSUS_H

#include <stddef.h>

typedef enum consensus_method {
	METHOD_NONE,
	METHOD_SINGLE,          /* one source: its figure */
	METHOD_INVERSE_VARIANCE,
	METHOD_RANDOM_EFFECTS,  /* DerSimonian-Laird */
	METHOD_WEIGHTED_MEDIAN,
	METHOD_REFERENCE,       /* the figure of the source named as reference */
} consensus_method;

typedef struct consensus {
	consensus_method method;
	size_t n;
	double value;
	double se;        /* NaN unless from standard errors */
	double low, high; /* 95% interval, or value -/+ 1.4826 MAD */
	double q;         /* Cochran's Q (standard-error methods) */
	double tau2;      /* between-source variance (random effects) */
	double mad;       /* median absolute deviation from the median, unscaled */
} consensus;

const char *consensus_method_name(consensus_method m);

/* Inverse-variance weighted mean of x with standard errors se (all > 0),
 * n >= 1: fixed effect, or DerSimonian-Laird random effects when Cochran's
 * Q exceeds its degrees of freedom (tau^2 = (Q - df) / (S1 - S2 / S1)). */
void consensus_inverse_variance(const double *x, const double *se, size_t n, consensus *out);

/* Weighted median of x (weights > 0): the value where the running weight,
 * in order of value, first reaches half the total; the mean of two values
 * when it lands exactly on half.  low/high are value -/+ 1.4826 MAD. */
void consensus_weighted_median(const double *x, const double *w, size_t n, consensus *out);

/* Median and unscaled median absolute deviation of x (n >= 1). */
double consensus_median(const double *x, size_t n);
double consensus_mad(const double *x, size_t n, double median);

/* Half a unit of the last digit a figure is written to: 60780 -> 5,
 * 42000 -> 500, 21.25 -> 0.005, 21 -> 0.5.  What a rounded figure covers. */
double consensus_precision(double written);

/* Do an hourly and an annual figure given as the same thing disagree?
 * Yes when hourly x 2080 and annual are apart by more than both their
 * written precision and 0.5% of the annual figure.  Sets *apart and
 * *rounding (what the two figures' precision covers). */
int consensus_hourly_annual_apart(double hourly, double annual, double *apart, double *rounding);

#endif
