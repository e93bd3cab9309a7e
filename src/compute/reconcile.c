#include "compute/reconcile.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fmt.h"
#include "model/claimin.h"
#include "model/resolve.h"
#include "base/xalloc.h"

/* A robust z beyond this marks an outlier (Iglewicz and Hoaglin), if the
 * figure is also more than MIN_OUTLIER_PCT from the consensus: among close
 * sources a tiny MAD would make any rounding difference "unusual". */
#define OUTLIER_Z 3.5
#define MIN_OUTLIER_PCT 1.0
/* a plausible mean is this many times the median */
#define MEAN_MEDIAN_LOW 0.8
#define MEAN_MEDIAN_HIGH 1.6

struct reconciler {
	reconcile_opts o;
	rc_item *items;
	size_t n, alloc;
	rc_key *keys;
	size_t nkeys, kalloc;
};

static const char *const flag_names[FLAG_COUNT] = {
	"outlier", "self_contradiction", "hourly_annual_mismatch", "percentile_order",
	"mean_median_implausible", "top_coded", "stale", "unresolved",
};

const char *reconcile_flag_names(unsigned flags, char *buf, size_t size)
{
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < FLAG_COUNT; i++)
		if (flags & (1u << i))
			o += (size_t)snprintf(buf + o, o < size ? size - o : 0, "%s%s",
					      o ? " " : "", flag_names[i]);
	return buf;
}

unsigned reconcile_flag_parse(const char *name)
{
	size_t i;

	for (i = 0; i < FLAG_COUNT; i++)
		if (strcmp(name, flag_names[i]) == 0)
			return 1u << i;
	return 0;
}

void reconcile_opts_init(reconcile_opts *o)
{
	memset(o, 0, sizeof *o);
	o->unit = UNIT_ANNUAL;
	o->tolerance = 0.10;
	o->kind_weight[KIND_NONE] = 1;
	o->kind_weight[KIND_OFFICIAL] = 4;
	o->kind_weight[KIND_SURVEY] = 3;
	o->kind_weight[KIND_MICRODATA] = 2;
	o->kind_weight[KIND_COMPUTED] = 2;
	o->kind_weight[KIND_ARTICLE] = 1;
}

reconciler *reconcile_new(const reconcile_opts *o)
{
	reconciler *r = xcalloc(1, sizeof *r);

	r->o = *o;
	return r;
}

void reconcile_free(reconciler **rp)
{
	reconciler *r = *rp;
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		claim_free(&r->items[i].c);
		free(r->items[i].reason);
	}
	free(r->items);
	free(r->keys);
	free(r);
	*rp = NULL;
}

size_t reconcile_nitems(const reconciler *r) { return r->n; }
const rc_item *reconcile_item(const reconciler *r, size_t i) { return &r->items[i]; }
size_t reconcile_nkeys(const reconciler *r) { return r->nkeys; }
const rc_key *reconcile_key(const reconciler *r, size_t i) { return &r->keys[i]; }

void reconcile_add(reconciler *r, const claim *c)
{
	rc_item *it;

	xgrow(&r->items, &r->alloc, r->n + 1, sizeof *r->items);
	it = &r->items[r->n++];
	memset(it, 0, sizeof *it);
	claim_copy(&it->c, c);
	it->written = c->value;
	it->written_unit = c->unit;
	it->year = atoi(c->period);
	it->key = -1;
	it->deviation = NAN;
	it->reason = xstrdup("");
}

/* Append a phrase to the rc_item's reason. */
#define say(x, ...) xappendf(&(x)->reason, "; ", __VA_ARGS__)

static void unresolved(rc_item *it, const char *why)
{
	it->flags |= FLAG_UNRESOLVED;
	say(it, "not compared: %s", why);
}

/* One unit, one year's dollars; or the reason the claim cannot be compared. */
static void normalize(reconciler *r, rc_item *it)
{
	claim *c = &it->c;
	unit to = c->stat == CSTAT_COUNT ? UNIT_NONE : r->o.unit;
	double factor, from_cpi, to_cpi;
	const char *why;
	char a[64];

	if (!c->soc_code[0]) {
		unresolved(it, c->role[0] ? "the role is not in the dictionary" : "no occupation");
		return;
	}
	if (!c->area[0]) {
		unresolved(it, "no area");
		return;
	}
	if (c->stat == CSTAT_UNSPECIFIED || c->stat == CSTAT_NONE) {
		unresolved(it, "no statistic (median, mean, ...)");
		return;
	}
	if (c->stat == CSTAT_BONUS) {
		unresolved(it, "a bonus, not a salary");
		return;
	}
	if (to != UNIT_NONE && c->unit == UNIT_NONE) {
		unresolved(it, "no unit (annual, hourly, ...)");
		return;
	}
	why = resolve_restate(c, r->o.to_year, to, &factor, &from_cpi, &to_cpi);
	if (why) {
		unresolved(it, why);
		return;
	}
	if (!isnan(from_cpi))
		say(it, "restated from %s %s in %d dollars (CPI-U %g/%g)", fmt_amount(c->value, a, 64),
		    unit_name(c->unit), it->year, to_cpi, from_cpi);
	else if (c->unit != to && to != UNIT_NONE)
		say(it, "restated from %s %s", fmt_amount(c->value, a, 64), unit_name(c->unit));
	c->value *= factor;
	c->se *= factor;
	if (to != UNIT_NONE)
		c->unit = to;
	it->key = 0; /* resolved: given its real key below */
}

/* --- keys -------------------------------------------------------------- */

static const reconciler *sorting; /* qsort has no context argument */

static int family_cmp(const rc_item *a, const rc_item *b)
{
	int d = strcmp(a->c.soc_code, b->c.soc_code);
	if (!d)
		d = strcmp(a->c.area, b->c.area);
	if (!d)
		d = strcmp(a->c.scope, b->c.scope);
	if (!d)
		d = (a->c.stat > b->c.stat) - (a->c.stat < b->c.stat);
	if (!d)
		d = (a->c.unit > b->c.unit) - (a->c.unit < b->c.unit);
	return d;
}

static int by_family_year(const void *x, const void *y)
{
	const rc_item *a = &sorting->items[*(const size_t *)x];
	const rc_item *b = &sorting->items[*(const size_t *)y];
	int d = family_cmp(a, b);

	if (!d)
		d = (a->year < b->year) - (a->year > b->year); /* newest first */
	if (!d)
		d = (a > b) - (a < b);
	return d;
}

static int is_ref(const reconciler *r, const rc_item *it)
{
	return r->o.ref && strncasecmp(it->c.source, r->o.ref, strlen(r->o.ref)) == 0;
}

/* Give the items of one family (order[0..n), newest first) their keys:
 * each key's period is the reference source's newest unplaced year, or
 * else the newest, and takes the years within the window of it. */
static void place_family(reconciler *r, const size_t *order, size_t n)
{
	size_t i, placed = 0;

	for (i = 0; i < n; i++)
		r->items[order[i]].key = -2; /* not yet placed */
	while (placed < n) {
		int anchor = -1;
		rc_key *k;

		for (i = 0; i < n && anchor < 0; i++)
			if (r->items[order[i]].key == -2 && is_ref(r, &r->items[order[i]]))
				anchor = r->items[order[i]].year;
		for (i = 0; i < n && anchor < 0; i++)
			if (r->items[order[i]].key == -2)
				anchor = r->items[order[i]].year;
		xgrow(&r->keys, &r->kalloc, r->nkeys + 1, sizeof *r->keys);
		k = &r->keys[r->nkeys];
		memset(k, 0, sizeof *k);
		k->year = anchor;
		for (i = 0; i < n; i++) {
			rc_item *it = &r->items[order[i]];
			int gap = abs(it->year - anchor);
			if (it->key != -2 ||
			    (anchor == 0) != (it->year == 0) || gap > r->o.window)
				continue;
			it->key = (long)r->nkeys;
			placed++;
			if (!k->soc_code) {
				k->soc_code = it->c.soc_code;
				k->area = it->c.area;
				k->scope = it->c.scope;
				k->stat = it->c.stat;
				k->unit = it->c.unit;
			}
		}
		r->nkeys++;
	}
}

static void make_keys(reconciler *r, size_t *order, size_t n)
{
	size_t i, start;

	sorting = r;
	qsort(order, n, sizeof *order, by_family_year);
	for (start = 0; start < n; start = i) {
		for (i = start + 1; i < n; i++)
			if (family_cmp(&r->items[order[start]], &r->items[order[i]]) != 0)
				break;
		place_family(r, order + start, i - start);
	}
}

/* --- consensus and flags per key --------------------------------------- */

static double weight_of(const reconciler *r, const rc_item *it)
{
	size_t i;

	for (i = 0; i < r->o.nweights; i++)
		if (strcasecmp(r->o.weight_source[i], it->c.source) == 0)
			return r->o.weight_value[i];
	return r->o.kind_weight[it->c.kind];
}

static int countable(const rc_item *it)
{
	return it->c.qual == QUAL_EXACT || it->c.qual == QUAL_ABOUT;
}

/* Choose one figure per source (the one written in the compared unit, else
 * the first), work out the consensus, then judge every member. */
static void settle_key(reconciler *r, rc_key *k, size_t *m, size_t n)
{
	double *x = xmalloc(n * sizeof *x), *w = xmalloc(n * sizeof *w);
	double *se = xmalloc(n * sizeof *se), med = NAN;
	size_t i, j, used = 0, ref = (size_t)-1;
	int all_se = 1;
	char a[64], b[64];

	for (i = 0; i < n; i++) {
		rc_item *it = &r->items[m[i]];
		size_t same = (size_t)-1;
		if (!countable(it)) {
			if (it->c.qual == QUAL_TOP_CODED)
				say(it, "top-coded: at least %s, not in the consensus",
				    fmt_amount(it->c.value, a, 64));
			continue;
		}
		for (j = 0; j < i; j++)
			if (r->items[m[j]].used && strcmp(r->items[m[j]].c.source, it->c.source) == 0)
				same = j;
		if (same != (size_t)-1) {
			/* a figure in the compared unit as written replaces a converted one */
			rc_item *other = &r->items[m[same]];
			if (other->written_unit == k->unit || it->written_unit != k->unit)
				continue;
			other->used = 0;
		}
		it->used = 1;
	}
	for (i = 0; i < n; i++) {
		rc_item *it = &r->items[m[i]];
		if (!it->used)
			continue;
		x[used] = it->c.value;
		w[used] = weight_of(r, it);
		se[used] = it->c.se;
		if (!(it->c.se > 0) || !isfinite(it->c.se))
			all_se = 0;
		if (is_ref(r, it) && (ref == (size_t)-1 || it->year == k->year))
			ref = i;
		used++;
	}
	k->n_sources = used;
	if (used == 0) {
		k->cs.method = METHOD_NONE;
		k->cs.value = k->cs.low = k->cs.high = k->cs.se = NAN;
	} else if (ref != (size_t)-1) {
		consensus_weighted_median(x, w, used, &k->cs);
		k->cs.value = r->items[m[ref]].c.value;
		k->cs.low = k->cs.value - 1.4826 * k->cs.mad;
		k->cs.high = k->cs.value + 1.4826 * k->cs.mad;
		k->cs.method = METHOD_REFERENCE;
	} else if (all_se) {
		consensus_inverse_variance(x, se, used, &k->cs);
	} else {
		consensus_weighted_median(x, w, used, &k->cs);
	}
	if (used)
		med = consensus_median(x, used);

	for (i = 0; i < n; i++) {
		rc_item *it = &r->items[m[i]];
		double cons = k->cs.value, dev;
		if (isnan(cons) || !(fabs(cons) > 0))
			continue;
		dev = 100 * (it->c.value - cons) / cons;
		it->deviation = dev;
		if (it->year != k->year) {
			int gap = it->year - k->year;
			it->flags |= FLAG_STALE;
			say(it, "%d %s %s than the key's period %d", abs(gap),
			    abs(gap) == 1 ? "year" : "years", gap < 0 ? "older" : "newer", k->year);
		}
		if (it->c.qual == QUAL_LESS_THAN && cons > it->c.value * (1 + r->o.tolerance)) {
			it->flags |= FLAG_OUTLIER;
			say(it, "says less than %s, the consensus is %s", fmt_amount(it->c.value, a, 64),
			    fmt_amount(cons, b, 64));
		} else if (it->c.qual == QUAL_MORE_THAN && cons < it->c.value * (1 - r->o.tolerance)) {
			it->flags |= FLAG_OUTLIER;
			say(it, "says more than %s, the consensus is %s", fmt_amount(it->c.value, a, 64),
			    fmt_amount(cons, b, 64));
		} else if (countable(it) && used >= 3 && k->cs.mad > 0 &&
			   k->cs.method != METHOD_REFERENCE) {
			double z = 0.6745 * fabs(it->c.value - med) / k->cs.mad;
			if (z > OUTLIER_Z && fabs(dev) > MIN_OUTLIER_PCT) {
				it->flags |= FLAG_OUTLIER;
				say(it, "robust z %.1f from the sources' median %s (MAD %s)", z,
				    fmt_amount(med, a, 64), fmt_amount(k->cs.mad, b, 64));
			}
		} else if (countable(it) && used >= 2 && fabs(dev) > 100 * r->o.tolerance &&
			   !(k->cs.method == METHOD_REFERENCE && i == ref)) {
			it->flags |= FLAG_OUTLIER;
			say(it, "%.1f%% %s the consensus %s (tolerance %g%%)", fabs(dev),
			    dev > 0 ? "above" : "below", fmt_amount(cons, a, 64), 100 * r->o.tolerance);
		}
	}
	free(x);
	free(w);
	free(se);
}

/* The same source twice for one key: two values beyond their rounding in
 * one unit is a contradiction; an hourly and an annual figure are checked
 * by the BLS rule (annual = hourly x 2080). */
static void same_source_pairs(reconciler *r, size_t *m, size_t n)
{
	size_t i, j;
	char a[64], m1[64], m2[64], m3[64], m4[64], m5[64];

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			rc_item *p = &r->items[m[i]], *q = &r->items[m[j]];
			double diff, allowed;
			if (strcmp(p->c.source, q->c.source) != 0 || p->year != q->year ||
			    !countable(p) || !countable(q))
				continue;
			if (p->written_unit == q->written_unit) {
				diff = fabs(p->written - q->written);
				if (diff <= consensus_precision(p->written) +
						    consensus_precision(q->written))
					continue;
				p->flags |= FLAG_SELF_CONTRADICTION;
				q->flags |= FLAG_SELF_CONTRADICTION;
				say(p, "the same source also gives %s (%s)", fmt_amount(q->written, a, 64),
				    q->c.where);
				say(q, "the same source also gives %s (%s)", fmt_amount(p->written, a, 64),
				    p->c.where);
				continue;
			}
			if (p->written_unit == UNIT_ANNUAL && q->written_unit == UNIT_HOURLY) {
				rc_item *t = p;
				p = q;
				q = t;
			}
			if (p->written_unit != UNIT_HOURLY || q->written_unit != UNIT_ANNUAL)
				continue;
			if (!consensus_hourly_annual_apart(p->written, q->written, &diff, &allowed))
				continue;
			p->flags |= FLAG_HOURLY_ANNUAL;
			q->flags |= FLAG_HOURLY_ANNUAL;
			fmt_amount(p->written, m1, 64);
			fmt_amount(p->written * HOURS_PER_YEAR, m2, 64);
			fmt_amount(q->written, m3, 64);
			fmt_amount(diff, m4, 64);
			fmt_amount(allowed, m5, 64);
			fmt_amount(0.005 * q->written, a, 64);
			say(p, "%s an hour x 2080 = %s a year, but the same source gives %s a year: "
			       "%s apart, more than their rounding (%s) and 0.5%% (%s)",
			    m1, m2, m3, m4, m5, a);
			say(q, "the same source gives %s an hour, %s a year: %s apart, more than "
			       "their rounding (%s) and 0.5%% (%s)",
			    m1, m2, m4, m5, a);
		}
}

static void top_codes(reconciler *r, size_t *m, size_t n)
{
	size_t i;
	char a[64];

	for (i = 0; i < n; i++) {
		rc_item *it = &r->items[m[i]];
		double cap = claimin_oews_cap(it->year, it->written_unit);
		if (cap > 0 && countable(it) && !islessgreater(it->written, cap)) {
			it->flags |= FLAG_TOP_CODED;
			say(it, "%s is the BLS top-code for %d: a floor, not the figure",
			    fmt_amount(it->written, a, 64), it->year);
		}
	}
}

/* --- one source's figures for one occupation, area and year ------------ */

static int source_cmp(const void *x, const void *y)
{
	const rc_item *a = &sorting->items[*(const size_t *)x];
	const rc_item *b = &sorting->items[*(const size_t *)y];
	int d = strcmp(a->c.source, b->c.source);

	if (!d)
		d = strcmp(a->c.soc_code, b->c.soc_code);
	if (!d)
		d = strcmp(a->c.area, b->c.area);
	if (!d)
		d = (a->year > b->year) - (a->year < b->year);
	if (!d)
		d = (a->c.stat > b->c.stat) - (a->c.stat < b->c.stat);
	if (!d)
		d = (a > b) - (a < b);
	return d;
}

static void shape_checks(reconciler *r, size_t *m, size_t n)
{
	size_t i, j;
	char a[64], b[64], sa[16], sb[16];

	for (i = 0; i < n; i++) {
		rc_item *p = &r->items[m[i]];
		if (!countable(p) || p->c.stat == CSTAT_COUNT)
			continue;
		for (j = i + 1; j < n; j++) {
			rc_item *q = &r->items[m[j]];
			int pct = p->c.stat < CSTAT_COUNT && q->c.stat < CSTAT_COUNT &&
				  p->c.stat < q->c.stat;
			int range = p->c.stat == CSTAT_RANGE_LOW && q->c.stat == CSTAT_RANGE_HIGH;
			if (!countable(q))
				continue;
			if ((pct || range) && p->c.value > q->c.value * (1 + 1e-9)) {
				p->flags |= FLAG_PERCENTILE_ORDER;
				q->flags |= FLAG_PERCENTILE_ORDER;
				const char *np = claim_stat_name(p->c.stat, sa, sizeof sa);
				const char *nq = claim_stat_name(q->c.stat, sb, sizeof sb);
				fmt_amount(p->c.value, a, 64);
				fmt_amount(q->c.value, b, 64);
				say(p, "the %s %s is above the %s %s", np, a, nq, b);
				say(q, "the %s %s is below the %s %s", nq, b, np, a);
			}
		}
	}
	for (i = 0; i < n; i++) {
		rc_item *mean = &r->items[m[i]];
		if (mean->c.stat != CSTAT_MEAN || !countable(mean))
			continue;
		for (j = 0; j < n; j++) {
			rc_item *med = &r->items[m[j]];
			double ratio;
			if (med->c.stat != CSTAT_MEDIAN || !countable(med) || !(med->c.value > 0) ||
			    med->c.unit != mean->c.unit)
				continue;
			ratio = mean->c.value / med->c.value;
			if (ratio >= MEAN_MEDIAN_LOW && ratio <= MEAN_MEDIAN_HIGH)
				continue;
			mean->flags |= FLAG_MEAN_MEDIAN;
			say(mean, "the mean %s is %.2fx the median %s (plausible: %gx to %gx)",
			    fmt_amount(mean->c.value, a, 64), ratio, fmt_amount(med->c.value, b, 64),
			    MEAN_MEDIAN_LOW, MEAN_MEDIAN_HIGH);
			break;
		}
	}
}

static int same_source_group(const rc_item *a, const rc_item *b)
{
	return strcmp(a->c.source, b->c.source) == 0 &&
	       strcmp(a->c.soc_code, b->c.soc_code) == 0 &&
	       strcmp(a->c.area, b->c.area) == 0 && a->year == b->year;
}

void reconcile_run(reconciler *r)
{
	size_t *order = xmalloc((r->n + 1) * sizeof *order), n = 0, i, start;
	size_t *members, *first, *fill;

	for (i = 0; i < r->n; i++) {
		normalize(r, &r->items[i]);
		if (r->items[i].key == 0)
			order[n++] = i;
	}
	make_keys(r, order, n);

	/* each key's members, by a counting sort on the key index */
	first = xcalloc(r->nkeys + 1, sizeof *first);
	members = xmalloc((n + 1) * sizeof *members);
	for (i = 0; i < n; i++)
		first[r->items[order[i]].key + 1]++;
	for (i = 0; i < r->nkeys; i++)
		first[i + 1] += first[i];
	fill = xmalloc((r->nkeys + 1) * sizeof *fill);
	memcpy(fill, first, (r->nkeys + 1) * sizeof *fill);
	for (i = 0; i < n; i++)
		members[fill[r->items[order[i]].key]++] = order[i];
	for (i = 0; i < r->nkeys; i++) {
		size_t *m = members + first[i], k = first[i + 1] - first[i];
		settle_key(r, &r->keys[i], m, k);
		same_source_pairs(r, m, k);
		top_codes(r, m, k);
	}
	free(first);
	free(fill);
	free(members);

	sorting = r;
	qsort(order, n, sizeof *order, source_cmp);
	for (start = 0; start < n; start = i) {
		for (i = start + 1; i < n && same_source_group(&r->items[order[start]], &r->items[order[i]]); i++)
			;
		shape_checks(r, order + start, i - start);
	}
	free(order);
}
