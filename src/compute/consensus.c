#include "compute/consensus.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

const char *consensus_method_name(consensus_method m)
{
	switch (m) {
	case METHOD_SINGLE: return "single source";
	case METHOD_INVERSE_VARIANCE: return "inverse-variance";
	case METHOD_RANDOM_EFFECTS: return "random effects (DerSimonian-Laird)";
	case METHOD_WEIGHTED_MEDIAN: return "weighted median";
	case METHOD_REFERENCE: return "reference source";
	case METHOD_NONE: break;
	}
	return "none";
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double consensus_median(const double *x, size_t n)
{
	double *s = xmalloc(n * sizeof *s), m;

	memcpy(s, x, n * sizeof *s);
	qsort(s, n, sizeof *s, by_value);
	m = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	free(s);
	return m;
}

double consensus_mad(const double *x, size_t n, double median)
{
	double *d = xmalloc(n * sizeof *d), m;
	size_t i;

	for (i = 0; i < n; i++)
		d[i] = fabs(x[i] - median);
	m = consensus_median(d, n);
	free(d);
	return m;
}

void consensus_inverse_variance(const double *x, const double *se, size_t n, consensus *out)
{
	double s1 = 0, s2 = 0, sx = 0, q = 0, mean, tau2 = 0, df = (double)n - 1;
	size_t i;

	memset(out, 0, sizeof *out);
	for (i = 0; i < n; i++) {
		double w = 1 / (se[i] * se[i]);
		s1 += w;
		s2 += w * w;
		sx += w * x[i];
	}
	mean = sx / s1;
	for (i = 0; i < n; i++)
		q += (x[i] - mean) * (x[i] - mean) / (se[i] * se[i]);
	out->method = n == 1 ? METHOD_SINGLE : METHOD_INVERSE_VARIANCE;
	out->q = q;
	out->se = sqrt(1 / s1);
	if (n > 1 && q > df) {
		tau2 = (q - df) / (s1 - s2 / s1);
		s1 = sx = 0;
		for (i = 0; i < n; i++) {
			double w = 1 / (se[i] * se[i] + tau2);
			s1 += w;
			sx += w * x[i];
		}
		mean = sx / s1;
		out->se = sqrt(1 / s1);
		out->method = METHOD_RANDOM_EFFECTS;
	}
	out->n = n;
	out->value = mean;
	out->tau2 = tau2;
	out->low = mean - 1.959963984540054 * out->se;
	out->high = mean + 1.959963984540054 * out->se;
	out->mad = consensus_mad(x, n, consensus_median(x, n));
}

typedef struct weighted {
	double x, w;
} weighted;

static int by_x(const void *a, const void *b)
{
	return by_value(&((const weighted *)a)->x, &((const weighted *)b)->x);
}

void consensus_weighted_median(const double *x, const double *w, size_t n, consensus *out)
{
	weighted *v = xmalloc(n * sizeof *v);
	double total = 0, run = 0;
	size_t i;

	memset(out, 0, sizeof *out);
	for (i = 0; i < n; i++) {
		v[i].x = x[i];
		v[i].w = w[i];
		total += w[i];
	}
	qsort(v, n, sizeof *v, by_x);
	for (i = 0; i < n; i++) {
		run += v[i].w;
		if (run >= total / 2)
			break;
	}
	/* exactly half below (compared with a relative margin for rounding) */
	if (i + 1 < n && fabs(run - total / 2) <= 1e-12 * total)
		out->value = (v[i].x + v[i + 1].x) / 2;
	else
		out->value = v[i < n ? i : n - 1].x;
	free(v);
	out->method = n == 1 ? METHOD_SINGLE : METHOD_WEIGHTED_MEDIAN;
	out->n = n;
	out->se = NAN;
	out->mad = consensus_mad(x, n, consensus_median(x, n));
	out->low = out->value - 1.4826 * out->mad;
	out->high = out->value + 1.4826 * out->mad;
}

double consensus_precision(double written)
{
	char buf[64], *dot, *end;
	double unit = 1;

	written = fabs(written);
	/* %.10g gives the digits as written (15.61, 42000, 1e+06) */
	snprintf(buf, sizeof buf, "%.10g", written);
	if (strchr(buf, 'e'))
		return 0.5 * pow(10, floor(log10(written)));
	dot = strchr(buf, '.');
	if (dot) {
		size_t decimals = strlen(dot + 1);
		return 0.5 * pow(10, -(double)decimals);
	}
	/* trailing zeros of a whole number: 42000 is written to the thousand */
	end = buf + strlen(buf);
	while (end > buf + 1 && end[-1] == '0') {
		end--;
		unit *= 10;
	}
	return 0.5 * unit;
}

int consensus_hourly_annual_apart(double hourly, double annual, double *apart, double *rounding)
{
	*apart = fabs(hourly * 2080 - annual);
	*rounding = consensus_precision(annual) + consensus_precision(hourly) * 2080;
	return *apart > *rounding && *apart > 0.005 * annual;
}
