#include "compute/contra.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

int contra_same_subject(const claim *a, const claim *b)
{
	return a->soc_code[0] && strcmp(a->soc_code, b->soc_code) == 0 && a->stat == b->stat &&
	       a->unit == b->unit && strcmp(a->area, b->area) == 0 &&
	       strcmp(a->period, b->period) == 0 && strcmp(a->scope, b->scope) == 0;
}


/* The CONTRA_NAMED smallest of a and b (each sorted, na and nb long). */
static size_t merge_first(const size_t *a, size_t na, const size_t *b, size_t nb, size_t *out)
{
	size_t n = 0;

	while (n < CONTRA_NAMED && (na || nb)) {
		if (nb == 0 || (na && *a < *b))
			out[n++] = *a++, na--;
		else
			out[n++] = *b++, nb--;
	}
	return n;
}

static const claim *const *sorting; /* the claims qsort's comparison reads */

static int by_subject_value(const void *pa, const void *pb)
{
	const claim *a = sorting[*(const size_t *)pa], *b = sorting[*(const size_t *)pb];
	int c = strcmp(a->soc_code, b->soc_code);

	if (!c)
		c = (a->stat > b->stat) - (a->stat < b->stat);
	if (!c)
		c = (a->unit > b->unit) - (a->unit < b->unit);
	if (!c)
		c = strcmp(a->area, b->area);
	if (!c)
		c = strcmp(a->period, b->period);
	if (!c)
		c = strcmp(a->scope, b->scope);
	if (!c)
		c = (a->value > b->value) - (a->value < b->value);
	if (!c)
		c = (*(const size_t *)pa > *(const size_t *)pb) - (*(const size_t *)pa < *(const size_t *)pb);
	return c;
}

static int apart(double tol, double a, double b)
{
	return fabs(a - b) / fmin(a, b) > tol;
}

/* The contradictions of one subject's run r[0..n), sorted by value. */
static void plan_run(const claim *const *cl, double tol, const size_t *r, size_t n, contra *plan)
{
	size_t (*pre)[CONTRA_NAMED] = xmalloc((n + 1) * sizeof *pre);
	size_t (*suf)[CONTRA_NAMED] = xmalloc((n + 1) * sizeof *suf);
	size_t *npre = xmalloc((n + 1) * sizeof *npre), *nsuf = xmalloc((n + 1) * sizeof *nsuf);
	size_t p, one[1];

	npre[0] = nsuf[n] = 0;
	for (p = 0; p < n; p++) {
		one[0] = r[p];
		npre[p + 1] = merge_first(pre[p], npre[p], one, 1, pre[p + 1]);
		one[0] = r[n - 1 - p];
		nsuf[n - 1 - p] = merge_first(suf[n - p], nsuf[n - p], one, 1, suf[n - 1 - p]);
	}
	for (p = 0; p < n; p++) {
		double v = cl[r[p]]->value;
		size_t lo = 0, hi = p, a, b;
		contra *c = &plan[r[p]];
		while (lo < hi) { /* a: the first value not below v's reach */
			size_t mid = lo + (hi - lo) / 2;
			if (apart(tol, v, cl[r[mid]]->value))
				lo = mid + 1;
			else
				hi = mid;
		}
		a = lo;
		lo = p + 1, hi = n;
		while (lo < hi) { /* b: the first value beyond it */
			size_t mid = lo + (hi - lo) / 2;
			if (apart(tol, v, cl[r[mid]]->value))
				hi = mid;
			else
				lo = mid + 1;
		}
		b = lo;
		c->total = a + (n - b);
		c->nnamed = merge_first(pre[a], npre[a], suf[b], nsuf[b], c->named);
	}
	free(pre);
	free(suf);
	free(npre);
	free(nsuf);
}

contra *contra_plan(const claim *const *cl, const unsigned char *part, size_t n, double tol)
{
	size_t m = 0, i, s;
	size_t *r = xmalloc((n + 1) * sizeof *r);
	contra *plan = xcalloc(n + 1, sizeof *plan);

	for (i = 0; i < n; i++)
		if (part[i])
			r[m++] = i;
	sorting = cl;
	qsort(r, m, sizeof *r, by_subject_value);
	for (s = 0; s < m; s = i) {
		for (i = s + 1; i < m && contra_same_subject(cl[r[s]], cl[r[i]]); i++)
			;
		plan_run(cl, tol, r + s, i - s, plan);
	}
	free(r);
	return plan;
}

contra_by contra_invert(const contra *plan, size_t n)
{
	contra_by nb;
	size_t i, t, *fill;

	nb.at = xcalloc(n + 2, sizeof *nb.at);
	for (i = 0; i < n; i++)
		for (t = 0; t < plan[i].nnamed; t++)
			if (plan[i].named[t] > i)
				nb.at[plan[i].named[t] + 1]++;
	for (i = 0; i < n; i++)
		nb.at[i + 1] += nb.at[i];
	nb.by = xmalloc((nb.at[n] + 1) * sizeof *nb.by);
	fill = xmalloc((n + 1) * sizeof *fill);
	memcpy(fill, nb.at, (n + 1) * sizeof *fill);
	for (i = 0; i < n; i++)
		for (t = 0; t < plan[i].nnamed; t++)
			if (plan[i].named[t] > i)
				nb.by[fill[plan[i].named[t]]++] = i;
	free(fill);
	return nb;
}

void contra_by_free(contra_by *nb)
{
	free(nb->at);
	free(nb->by);
	nb->at = nb->by = NULL;
}
