#include "compute/payrules.h"

#include <string.h>

#include "base/fmt.h"
#include "base/xalloc.h"

/* Append a phrase to the finding's reason. */
#define say(x, ...) xappendf(&(x)->reason, "; ", __VA_ARGS__)

int payrules_same_pay(const claim *a, const claim *b)
{
	return a->soc_code[0] && strcmp(a->soc_code, b->soc_code) == 0 &&
	       strcmp(a->area, b->area) == 0 && strcmp(a->period, b->period) == 0 &&
	       a->unit == b->unit && strcmp(a->scope, b->scope) == 0;
}

/* The article's own percentiles and ranges in order: p before q. */
static void order(check_finding *p, check_finding *q, int next)
{
	char a[64], b[64], s1[16], s2[16];
	int pct = p->c.stat >= 1 && p->c.stat <= 99 && q->c.stat >= 1 && q->c.stat <= 99 &&
		  p->c.stat < q->c.stat;
	int range = p->c.stat == CSTAT_RANGE_LOW && q->c.stat == CSTAT_RANGE_HIGH && next;

	if (!(pct || range) || !payrules_same_pay(&p->c, &q->c) || !(p->c.value > q->c.value))
		return;
	p->verdict |= CHECK_PERCENTILE_ORDER;
	q->verdict |= CHECK_PERCENTILE_ORDER;
	say(p, "the %s %s is above the %s %s", claim_stat_name(p->c.stat, s1, sizeof s1),
	    fmt_amount(p->c.value, a, 64), claim_stat_name(q->c.stat, s2, sizeof s2),
	    fmt_amount(q->c.value, b, 64));
	say(q, "the %s %s is below the %s %s", claim_stat_name(q->c.stat, s2, sizeof s2),
	    fmt_amount(q->c.value, a, 64), claim_stat_name(p->c.stat, s1, sizeof s1),
	    fmt_amount(p->c.value, b, 64));
}

void payrules_order(check_finding *f, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			order(&f[i], &f[j], j == i + 1);
}

const payrules_tenth payrules_tenths[] = {
	{CSTAT_TOP10_MEAN, 90, +1, "top 10%", "a top tenth's mean is at least its p90"},
	{CSTAT_BOTTOM10_MEAN, 10, -1, "bottom 10%", "a bottom tenth's mean is at most its p10"},
};
const size_t payrules_ntenths = sizeof payrules_tenths / sizeof payrules_tenths[0];

int payrules_tenth_breaks(const payrules_tenth *t, double mean, double pct)
{
	return t->sign > 0 ? mean < pct : mean > pct;
}

/* The tenth's mean f against the percentile g of the same pay. */
static void tenth_against(const payrules_tenth *t, check_finding *f, check_finding *g)
{
	char a[64], b[64];

	if (!payrules_same_pay(&f->c, &g->c) || !payrules_tenth_breaks(t, f->c.value, g->c.value))
		return;
	f->verdict |= CHECK_PERCENTILE_ORDER;
	g->verdict |= CHECK_PERCENTILE_ORDER;
	say(f, "the %s's mean %s is %s the p%d %s: %s", t->name, fmt_amount(f->c.value, a, 64),
	    t->sign > 0 ? "below" : "above", t->pct, fmt_amount(g->c.value, b, 64), t->rule);
	say(g, "the p%d %s is %s the %s's mean %s: %s", t->pct, fmt_amount(g->c.value, b, 64),
	    t->sign > 0 ? "above" : "below", t->name, fmt_amount(f->c.value, a, 64), t->rule);
}

void payrules_tenth_article(const payrules_tenth *t, check_finding *f, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		if (f[i].c.stat == t->stat)
			for (j = 0; j < n; j++)
				if (f[j].c.stat == t->pct)
					tenth_against(t, &f[i], &f[j]);
}

/* A range and the median of its pay stated with it, lo and hi its ends. */
static void range_holds(check_finding *lo, check_finding *hi, check_finding *f)
{
	char a[64], b[64], m[64];

	if (f->c.stat != CSTAT_MEDIAN || !payrules_same_pay(&f->c, &lo->c) ||
	    strcmp(f->c.quote, lo->c.quote) != 0 ||
	    (f->c.value >= lo->c.value * 0.99 && f->c.value <= hi->c.value * 1.01))
		return;
	fmt_amount(lo->c.value, a, 64);
	fmt_amount(hi->c.value, b, 64);
	fmt_amount(f->c.value, m, 64);
	f->verdict |= CHECK_PERCENTILE_ORDER;
	lo->verdict |= CHECK_PERCENTILE_ORDER;
	hi->verdict |= CHECK_PERCENTILE_ORDER;
	say(f, "the median %s is outside the range %s to %s the article gives: a range of pay "
	       "holds its median", m, a, b);
	say(lo, "the range %s to %s does not hold the median %s: a range of pay holds its median",
	    a, b, m);
	say(hi, "the range %s to %s does not hold the median %s: a range of pay holds its median",
	    a, b, m);
}

void payrules_ranges(check_finding *f, size_t n)
{
	size_t i, j;

	for (i = 0; i + 1 < n; i++) {
		if (f[i].c.stat != CSTAT_RANGE_LOW || f[i + 1].c.stat != CSTAT_RANGE_HIGH ||
		    !payrules_same_pay(&f[i].c, &f[i + 1].c))
			continue;
		for (j = 0; j < n; j++)
			range_holds(&f[i], &f[i + 1], &f[j]);
	}
}
