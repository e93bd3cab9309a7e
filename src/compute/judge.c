#include "compute/judge.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fmt.h"
#include "model/claimin.h"
#include "compute/consensus.h"
#include "model/dict.h"
#include "base/xalloc.h"

/* --- the reference ----------------------------------------------------- */

typedef struct ref_fig {
	char soc[8], area[4];
	int year, stat;
	unit unit;
	double value;
	char *source;
} ref_fig;

struct reference {
	ref_fig *f;
	size_t n, alloc;
};

static int ref_add(void *ctx, const claim *c)
{
	reference *r = ctx;
	ref_fig *f;

	if (strlen(c->soc_code) >= sizeof f->soc || strlen(c->area) >= sizeof f->area ||
	    c->qual != QUAL_EXACT || c->stat == CSTAT_COUNT)
		return 0;
	xgrow(&r->f, &r->alloc, r->n + 1, sizeof *r->f);
	f = &r->f[r->n++];
	strcpy(f->soc, c->soc_code);
	strcpy(f->area, c->area);
	f->year = atoi(c->period);
	f->stat = c->stat;
	f->unit = c->unit;
	f->value = c->value;
	f->source = xstrdup(c->source);
	return 0;
}

reference *reference_load(const char *path)
{
	reference *r = xcalloc(1, sizeof *r);
	claimin_opts o;
	tally rows, figures;
	int res;

	memset(&o, 0, sizeof o);
	o.quiet = 1;
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = 1;
	res = claimin_read(path, &o, &rows, &figures, ref_add, r);
	tally_free(&rows);
	tally_free(&figures);
	if (res != 0) {
		reference_free(&r);
		return NULL;
	}
	return r;
}

void reference_free(reference **rp)
{
	reference *r = *rp;
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->n; i++)
		free(r->f[i].source);
	free(r->f);
	free(r);
	*rp = NULL;
}

/* The reference figure for soc, area, stat and unit nearest to year (the
 * latest when year is 0); NULL if none. */
static const ref_fig *ref_find(const reference *r, const char *soc, const char *where, int stat,
			       unit u, int year)
{
	const ref_fig *best = NULL;
	size_t i;

	for (i = 0; i < r->n; i++) {
		const ref_fig *f = &r->f[i];
		if (f->stat != stat || f->unit != u || strcmp(f->soc, soc) != 0 ||
		    strcmp(f->area, where) != 0)
			continue;
		if (!best)
			best = f;
		else if (year ? abs(f->year - year) < abs(best->year - year) ||
					(abs(f->year - year) == abs(best->year - year) && f->year > best->year)
			      : f->year > best->year)
			best = f;
	}
	return best;
}

/* --- the checker ------------------------------------------------------- */

typedef struct pending {
	claim c;
	int same_as;
} pending;

struct checker {
	const reference *ref;
	size_t ncmp; /* findings before this index are comparisons */
	check_opts o;
	pending *p;
	size_t np, palloc;
	finding *f;
	size_t nf, falloc;
};

checker *checker_new(const reference *ref, const check_opts *o)
{
	checker *k = xcalloc(1, sizeof *k);

	k->ref = ref;
	k->o = *o;
	return k;
}

static void clear(checker *k)
{
	size_t i;

	for (i = 0; i < k->np; i++)
		claim_free(&k->p[i].c);
	for (i = 0; i < k->nf; i++) {
		claim_free(&k->f[i].c);
		free(k->f[i].ref_source);
		free(k->f[i].reason);
	}
	k->np = k->nf = 0;
}

void checker_free(checker **kp)
{
	checker *k = *kp;

	if (!k)
		return;
	clear(k);
	free(k->p);
	free(k->f);
	free(k);
	*kp = NULL;
}

size_t checker_count(const checker *k) { return k->nf; }
const finding *checker_finding(const checker *k, size_t i) { return &k->f[i]; }

static const char *const verdict_names[VERDICT_COUNT] = {
	"ok", "unverifiable", "self_contradiction", "hourly_annual_mismatch", "percentile_order",
	"disagrees_with_ref", "mislabeled", "comparison_wrong",
};

const char *check_verdict_names(unsigned v, char *buf, size_t size)
{
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < VERDICT_COUNT; i++)
		if (v & (1u << i))
			o += (size_t)snprintf(buf + o, o < size ? size - o : 0, "%s%s", o ? " " : "",
					      verdict_names[i]);
	return buf;
}

static void say(finding *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(finding *f, const char *fmt, ...)
{
	char buf[512];
	size_t old = f->reason ? strlen(f->reason) : 0;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	f->reason = xrealloc(f->reason, old + strlen(buf) + 3);
	sprintf(f->reason + old, "%s%s", old ? "; " : "", buf);
}

static const char *money(double v, char *buf)
{
	return fmt_amount(v, buf, 64);
}

static int on_claim(void *ctx, const claim *c, size_t index, const extract_link *link)
{
	checker *k = ctx;
	pending *p;

	(void)index;
	xgrow(&k->p, &k->palloc, k->np + 1, sizeof *k->p);
	p = &k->p[k->np++];
	claim_copy(&p->c, c);
	p->same_as = link->same_as;
	return 0;
}

static finding *new_finding(checker *k)
{
	finding *f;

	xgrow(&k->f, &k->falloc, k->nf + 1, sizeof *k->f);
	f = &k->f[k->nf++];
	memset(f, 0, sizeof *f);
	f->ref_value = NAN;
	f->deviation = NAN;
	f->ref_source = xstrdup("");
	f->reason = xstrdup("");
	return f;
}

/* The median a comparison is judged on: annual, national, newest year. */
static void on_comparison(void *ctx, const extract_comparison *cmp)
{
	checker *k = ctx;
	finding *f = new_finding(k);
	const ref_fig *hi, *lo;
	char a[64], b[64], pair[256], soc[32];

	claim_init(&f->c);
	claim_set(&f->c.source, "comparison", 10);
	f->c.kind = KIND_ARTICLE;
	snprintf(pair, sizeof pair, "%s > %s", cmp->higher_role, cmp->lower_role);
	snprintf(soc, sizeof soc, "%s > %s", cmp->higher_soc, cmp->lower_soc);
	claim_set(&f->c.role, pair, strlen(pair));
	claim_set(&f->c.soc_code, soc, strlen(soc));
	claim_set(&f->c.area, "US", 2);
	claim_set(&f->c.where, cmp->where, strlen(cmp->where));
	claim_set(&f->c.quote, cmp->quote, strlen(cmp->quote));
	f->c.stat = CSTAT_NONE;
	hi = ref_find(k->ref, cmp->higher_soc, "US", CSTAT_MEDIAN, UNIT_ANNUAL, k->o.year);
	lo = ref_find(k->ref, cmp->lower_soc, "US", CSTAT_MEDIAN, UNIT_ANNUAL, k->o.year);
	if (!hi || !lo) {
		f->verdict = VERDICT_UNVERIFIABLE;
		say(f, "no reference median for %s", !hi ? cmp->higher_role : cmp->lower_role);
		return;
	}
	f->c.value = hi->value;
	f->c.unit = UNIT_ANNUAL;
	f->ref_value = lo->value;
	free(f->ref_source);
	f->ref_source = xstrdup(hi->source);
	if (hi->value > lo->value) {
		f->verdict = VERDICT_OK;
		say(f, "%s median %s is above %s median %s (%s)", cmp->higher_role,
		    money(hi->value, a), cmp->lower_role, money(lo->value, b), hi->source);
	} else {
		f->verdict = VERDICT_COMPARISON_WRONG;
		say(f, "says %s earn more than %s, but their median is %s against %s (%s)",
		    cmp->higher_role, cmp->lower_role, money(hi->value, a), money(lo->value, b),
		    hi->source);
	}
}

/* "12" of "FILE:12:5". */
static const char *line_of(const char *where, char *buf)
{
	const char *end = strrchr(where, ':'), *start = end;

	while (start && start > where && start[-1] != ':')
		start--;
	if (!end || !start || start == where) {
		snprintf(buf, 64, "?");
		return buf;
	}
	snprintf(buf, 64, "%.*s", (int)(end - start), start);
	return buf;
}

static int judged(const claim *c)
{
	return (c->qual == QUAL_EXACT || c->qual == QUAL_ABOUT) && c->stat != CSTAT_BONUS &&
	       c->stat != CSTAT_RANGE_LOW && c->stat != CSTAT_RANGE_HIGH &&
	       c->stat != CSTAT_UNSPECIFIED;
}

static int same_subject(const claim *a, const claim *b)
{
	return a->soc_code[0] && strcmp(a->soc_code, b->soc_code) == 0 && a->stat == b->stat &&
	       a->unit == b->unit && strcmp(a->area, b->area) == 0 &&
	       strcmp(a->period, b->period) == 0;
}

static const char *stat_text(int stat, char *buf)
{
	return stat == CSTAT_UNSPECIFIED ? "figure" : claim_stat_name(stat, buf, 16);
}

/* Against the reference: the figure itself, then (when it misses) whether
 * it is another statistic's, year's or occupation's figure. */
static void against_reference(checker *k, finding *f)
{
	const claim *c = &f->c;
	int range = c->stat == CSTAT_RANGE_LOW || c->stat == CSTAT_RANGE_HIGH;
	int stat = c->stat == CSTAT_UNSPECIFIED || range ? CSTAT_MEDIAN : c->stat;
	int year = atoi(c->period), cited = strcmp(c->source, "BLS") == 0;
	const ref_fig *r;
	double tol, dev;
	char a[64], b[64], s1[16];
	size_t i;

	if (!year)
		year = k->o.year;
	if (!c->soc_code[0]) {
		f->verdict |= VERDICT_UNVERIFIABLE;
		say(f, c->role[0] ? "the role is not in the dictionary" : "no occupation named");
		return;
	}
	if (c->stat == CSTAT_BONUS) {
		f->verdict |= VERDICT_UNVERIFIABLE;
		say(f, "a bonus, not a salary");
		return;
	}
	r = ref_find(k->ref, c->soc_code, c->area, stat, c->unit, year);
	if (!r) {
		f->verdict |= VERDICT_UNVERIFIABLE;
		say(f, "no reference %s %s for %s in %s", stat_text(stat, s1), unit_name(c->unit),
		    c->soc_code, c->area);
		return;
	}
	f->ref_value = r->value;
	free(f->ref_source);
	f->ref_source = xstrdup(r->source);
	dev = 100 * (c->value - r->value) / r->value;
	f->deviation = dev;
	tol = cited && year && r->year == year ? k->o.cited_tolerance : k->o.tolerance;
	if (year && r->year != year)
		say(f, "the reference has no %d figure; nearest is %d (%d %s apart)", year,
		    r->year, abs(r->year - year), abs(r->year - year) == 1 ? "year" : "years");
	else if (!year)
		say(f, "no period given: compared with %d", r->year);
	if (c->stat == CSTAT_UNSPECIFIED)
		say(f, "no statistic named: compared with the median");
	if (range) {
		/* a range should hold the median */
		int low = c->stat == CSTAT_RANGE_LOW;
		if (low ? r->value < c->value * (1 - tol) : r->value > c->value * (1 + tol)) {
			f->verdict |= VERDICT_DISAGREES;
			say(f, "the range %s at %s, but %s's median is %s", low ? "starts" : "ends",
			    money(c->value, a), r->source, money(r->value, b));
		} else {
			say(f, "%s's median %s is %s the range's %s end", r->source, money(r->value, b),
			    low ? "above" : "below", low ? "low" : "high");
		}
		return;
	}
	if (c->qual == QUAL_LESS_THAN) {
		if (r->value > c->value * (1 + tol)) {
			f->verdict |= VERDICT_DISAGREES;
			say(f, "says less than %s, but %s gives %s %s", money(c->value, a), r->source,
			    stat_text(stat, s1), money(r->value, b));
		}
	} else if (c->qual == QUAL_MORE_THAN) {
		if (r->value < c->value * (1 - tol)) {
			f->verdict |= VERDICT_DISAGREES;
			say(f, "says more than %s, but %s gives %s %s", money(c->value, a), r->source,
			    stat_text(stat, s1), money(r->value, b));
		}
	} else if (fabs(dev) > 100 * tol) {
		f->verdict |= VERDICT_DISAGREES;
		say(f, "%.1f%% %s %s's %s %s (tolerance %g%%)", fabs(dev), dev > 0 ? "above" : "below",
		    r->source, stat_text(stat, s1), money(r->value, b), 100 * tol);
	}
	/* the exact figure of something else: another statistic, year or
	 * occupation */
	if (c->qual != QUAL_EXACT || fabs(c->value - r->value) < 0.005)
		return;
	for (i = 0; i < k->ref->n; i++) {
		const ref_fig *o = &k->ref->f[i];
		int same_soc = strcmp(o->soc, c->soc_code) == 0, same_stat = o->stat == stat;
		const role *ro;
		if (o->unit != c->unit || strcmp(o->area, c->area) != 0 ||
		    fabs(o->value - c->value) >= (c->unit == UNIT_HOURLY ? 0.005 : 0.5) ||
		    o == r)
			continue;
		if (same_soc && !same_stat && o->year == r->year) {
			f->verdict |= VERDICT_MISLABELED;
			say(f, "%s is exactly the %s %s, not its %s", money(c->value, a), o->source,
			    claim_stat_name(o->stat, s1, sizeof s1), stat_text(stat, b));
			return;
		}
		if (same_soc && same_stat && o->year != r->year) {
			f->verdict |= VERDICT_MISLABELED;
			say(f, "%s is exactly the %s %s of %d, not of %d", money(c->value, a), o->source,
			    stat_text(stat, s1), o->year, r->year);
			return;
		}
		if (!same_soc && same_stat && o->year == r->year &&
		    (ro = dict_role(o->soc, strlen(o->soc))) != NULL) {
			f->verdict |= VERDICT_MISLABELED;
			say(f, "%s is exactly the %s %s of %s (%s)", money(c->value, a), o->source,
			    stat_text(stat, s1), ro->title, o->soc);
			return;
		}
	}
}

void checker_article(checker *k, const char *name, char *text, size_t len)
{
	size_t i, j, first;
	char a[64], b[64], c2[64], s1[16], s2[16];

	clear(k);
	extract_text(name, text, len, on_claim, on_comparison, k);
	first = k->nf; /* comparisons came first, as found */
	for (i = 0; i < k->np; i++) {
		finding *f = new_finding(k);
		claim_copy(&f->c, &k->p[i].c);
		if (!f->c.period[0] && k->o.year) {
			char y[8];
			snprintf(y, sizeof y, "%d", k->o.year);
			claim_set(&f->c.period, y, strlen(y));
		}
	}
	/* within the article */
	for (i = first; i < k->nf; i++) {
		finding *f = &k->f[i];
		const pending *p = &k->p[i - first];
		if (p->same_as >= 0) {
			finding *g = &k->f[first + (size_t)p->same_as];
			finding *h = f->c.unit == UNIT_HOURLY ? f : g, *y = f->c.unit == UNIT_HOURLY ? g : f;
			if (h->c.unit == UNIT_HOURLY && y->c.unit == UNIT_ANNUAL) {
				double diff, allowed;
				if (consensus_hourly_annual_apart(h->c.value, y->c.value, &diff,
								  &allowed)) {
					money(h->c.value, a);
					money(h->c.value * HOURS_PER_YEAR, b);
					money(y->c.value, c2);
					f->verdict |= VERDICT_HOURLY_ANNUAL;
					g->verdict |= VERDICT_HOURLY_ANNUAL;
					say(h, "%s an hour x 2080 = %s a year, but given with %s a year", a,
					    b, c2);
					say(y, "given with %s an hour, which is %s a year", a, b);
				}
			}
		}
		if (!judged(&f->c))
			continue;
		for (j = first; j < i; j++) {
			finding *g = &k->f[j];
			double dev;
			if (!judged(&g->c) || !same_subject(&f->c, &g->c))
				continue;
			dev = fabs(f->c.value - g->c.value) / fmin(f->c.value, g->c.value);
			if (dev <= k->o.tolerance)
				continue;
			f->verdict |= VERDICT_SELF_CONTRADICTION;
			g->verdict |= VERDICT_SELF_CONTRADICTION;
			say(f, "vs $%s at line %s", money(g->c.value, b), line_of(g->c.where, a));
			say(g, "vs $%s at line %s", money(f->c.value, b), line_of(f->c.where, a));
		}
	}
	/* the article's own percentiles and ranges in order */
	for (i = first; i < k->nf; i++)
		for (j = first; j < k->nf; j++) {
			finding *p = &k->f[i], *q = &k->f[j];
			int pct = p->c.stat >= 1 && p->c.stat <= 99 && q->c.stat >= 1 && q->c.stat <= 99 &&
				  p->c.stat < q->c.stat;
			int range = p->c.stat == CSTAT_RANGE_LOW && q->c.stat == CSTAT_RANGE_HIGH &&
				    j == i + 1;
			if (!(pct || range) || strcmp(p->c.soc_code, q->c.soc_code) != 0 ||
			    strcmp(p->c.area, q->c.area) != 0 || strcmp(p->c.period, q->c.period) != 0 ||
			    p->c.unit != q->c.unit || !(p->c.value > q->c.value))
				continue;
			p->verdict |= VERDICT_PERCENTILE_ORDER;
			q->verdict |= VERDICT_PERCENTILE_ORDER;
			claim_stat_name(p->c.stat, s1, sizeof s1);
			claim_stat_name(q->c.stat, s2, sizeof s2);
			say(p, "the %s %s is above the %s %s", claim_stat_name(p->c.stat, s1, sizeof s1),
			    money(p->c.value, a), claim_stat_name(q->c.stat, s2, sizeof s2),
			    money(q->c.value, b));
			say(q, "the %s %s is below the %s %s", claim_stat_name(q->c.stat, s2, sizeof s2),
			    money(q->c.value, a), claim_stat_name(p->c.stat, s1, sizeof s1),
			    money(p->c.value, b));
		}
	/* a claim in a sentence whose comparison is wrong shares the verdict */
	for (i = 0; i < first; i++) {
		const finding *cmp = &k->f[i];
		if (!(cmp->verdict & VERDICT_COMPARISON_WRONG))
			continue;
		for (j = first; j < k->nf; j++) {
			finding *f = &k->f[j];
			if (strcmp(f->c.quote, cmp->c.quote) != 0 || !f->c.soc_code[0] ||
			    !strstr(cmp->c.soc_code, f->c.soc_code))
				continue;
			f->verdict |= VERDICT_COMPARISON_WRONG;
			say(f, "%s", cmp->reason);
		}
	}
	for (i = first; i < k->nf; i++) {
		finding *f = &k->f[i];
		against_reference(k, f);
		if (!(f->verdict & ~(unsigned)VERDICT_UNVERIFIABLE) &&
		    !(f->verdict & VERDICT_UNVERIFIABLE))
			f->verdict = VERDICT_OK;
		if ((f->verdict & VERDICT_INCONSISTENT) || (f->verdict & VERDICT_OK))
			f->verdict &= ~(unsigned)VERDICT_UNVERIFIABLE;
	}
}
