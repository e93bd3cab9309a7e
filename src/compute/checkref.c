#include "compute/checkref.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/claimin.h"
#include "base/xalloc.h"


struct check_ref {
	unsigned levels; /* CLAIM_LEVEL_ bits asked for, 0: all */
	checkref_fig *f;
	size_t n, alloc;
	size_t *by_key;   /* f's indices by soc, area, scope, stat, unit, then file order */
	size_t *by_value; /* ... by unit, area, scope, value, then file order */
};

static int ref_add(void *ctx, const claim *c)
{
	check_ref *r = ctx;
	checkref_fig *f;

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
	f->scope = c->scope[0] ? xstrdup(c->scope) : "";
	f->other_level = !claim_level_wanted(c->level, r->levels);
	return 0;
}

/* --- the reference's indices ------------------------------------------- */

static const checkref_fig *sorting; /* the figures qsort's comparisons read */

static int cmp_int(long a, long b) { return (a > b) - (a < b); }

static int cmp_key(const checkref_fig *a, const checkref_fig *b)
{
	int c = strcmp(a->soc, b->soc);

	if (!c)
		c = strcmp(a->area, b->area);
	if (!c)
		c = strcmp(a->scope, b->scope);
	if (!c)
		c = cmp_int(a->stat, b->stat);
	return c ? c : cmp_int(a->unit, b->unit);
}

static int cmp_value(const checkref_fig *a, const checkref_fig *b)
{
	int c = cmp_int(a->unit, b->unit);

	if (!c)
		c = strcmp(a->area, b->area);
	if (!c)
		c = strcmp(a->scope, b->scope);
	return c ? c : (a->value > b->value) - (a->value < b->value);
}

static int by_key(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	int c = cmp_key(&sorting[a], &sorting[b]);

	return c ? c : cmp_int((long)a, (long)b);
}

static int by_value(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	int c = cmp_value(&sorting[a], &sorting[b]);

	return c ? c : cmp_int((long)a, (long)b);
}

static void ref_index(check_ref *r)
{
	size_t i;

	r->by_key = xmalloc((r->n + 1) * sizeof *r->by_key);
	r->by_value = xmalloc((r->n + 1) * sizeof *r->by_value);
	for (i = 0; i < r->n; i++)
		r->by_key[i] = r->by_value[i] = i;
	sorting = r->f;
	qsort(r->by_key, r->n, sizeof *r->by_key, by_key);
	qsort(r->by_value, r->n, sizeof *r->by_value, by_value);
}

/* The first position in idx[0..r->n) whose figure is not below want. */
static size_t lower_bound(const check_ref *r, const size_t *idx, const checkref_fig *want,
			  int (*cmp)(const checkref_fig *, const checkref_fig *))
{
	size_t lo = 0, hi = r->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp(&r->f[idx[mid]], want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

check_ref *check_ref_load(const char *path, unsigned levels)
{
	check_ref *r = xcalloc(1, sizeof *r);
	claimin_opts o;
	tally rows, figures;
	int res;

	memset(&o, 0, sizeof o);
	o.quiet = 1;
	r->levels = levels;
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = 1;
	res = claimin_read(path, &o, &rows, &figures, ref_add, r);
	tally_free(&rows);
	tally_free(&figures);
	if (res != 0) {
		check_ref_free(&r);
		return NULL;
	}
	ref_index(r);
	return r;
}

void check_ref_free(check_ref **rp)
{
	check_ref *r = *rp;
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		free(r->f[i].source);
		if (r->f[i].scope[0])
			free((char *)r->f[i].scope);
	}
	free(r->f);
	free(r->by_key);
	free(r->by_value);
	free(r);
	*rp = NULL;
}

/* The reference figure for soc, area, scope, stat and unit nearest to
 * year (the latest when year is 0); NULL if none.  Only a figure of the
 * same scope counts: an industry's figure is not the occupation's, nor
 * is a sector's that of an industry within it. */
const checkref_fig *checkref_find(const check_ref *r, const char *soc, const char *where,
				  const char *scope, int stat, unit u, int year)
{
	const checkref_fig *best = NULL;
	checkref_fig want;
	size_t i;

	if (strlen(soc) >= sizeof want.soc || strlen(where) >= sizeof want.area)
		return NULL;
	strcpy(want.soc, soc);
	strcpy(want.area, where);
	want.scope = scope;
	want.stat = stat;
	want.unit = u;
	for (i = lower_bound(r, r->by_key, &want, cmp_key);
	     i < r->n && cmp_key(&r->f[r->by_key[i]], &want) == 0; i++) {
		const checkref_fig *f = &r->f[r->by_key[i]];
		if (!best)
			best = f;
		else if (year ? abs(f->year - year) < abs(best->year - year) ||
					(abs(f->year - year) == abs(best->year - year) && f->year > best->year)
			      : f->year > best->year)
			best = f;
	}
	return best;
}

size_t checkref_equal(const check_ref *ref, const claim *c, const checkref_fig **out, size_t max)
{
	double eps = c->unit == UNIT_HOURLY ? 0.005 : 0.5;
	checkref_fig want;
	size_t i, n = 0;

	if (strlen(c->area) >= sizeof want.area)
		return 0;
	strcpy(want.area, c->area);
	want.scope = c->scope;
	want.unit = c->unit;
	want.value = c->value - eps;
	for (i = lower_bound(ref, ref->by_value, &want, cmp_value); i < ref->n && n < max; i++) {
		const checkref_fig *x = &ref->f[ref->by_value[i]];
		if (x->unit != c->unit || strcmp(x->area, c->area) != 0 ||
		    strcmp(x->scope, c->scope) != 0 || x->value >= c->value + eps)
			break;
		if (fabs(x->value - c->value) < eps && !x->other_level)
			out[n++] = x;
	}
	return n;
}

/* Is x a state's figure of soc, stat and unit, of the whole occupation? */
static int state_figure(const checkref_fig *x, const char *soc, int stat, unit u)
{
	return strcmp(x->soc, soc) == 0 && x->stat == stat && x->unit == u && !x->scope[0] &&
	       strlen(x->area) == 2 && strcmp(x->area, "US") != 0;
}

size_t checkref_rank(const check_ref *r, const char *soc, const char *area, int stat, unit u,
		     size_t *of, const checkref_fig **mine, const checkref_fig **top)
{
	checkref_fig want;
	size_t i, first, above = 0;
	int year = 0;

	*of = 0;
	*mine = *top = NULL;
	if (strlen(soc) >= sizeof want.soc)
		return 0;
	memset(&want, 0, sizeof want);
	strcpy(want.soc, soc);
	want.scope = "";
	first = lower_bound(r, r->by_key, &want, cmp_key);
	/* the newest year the states have, then where area stands in it */
	for (i = first; i < r->n && strcmp(r->f[r->by_key[i]].soc, soc) == 0; i++)
		if (state_figure(&r->f[r->by_key[i]], soc, stat, u) && r->f[r->by_key[i]].year > year)
			year = r->f[r->by_key[i]].year;
	for (i = first; i < r->n && strcmp(r->f[r->by_key[i]].soc, soc) == 0; i++) {
		const checkref_fig *x = &r->f[r->by_key[i]];
		if (!state_figure(x, soc, stat, u) || x->year != year)
			continue;
		(*of)++;
		if (!*top || x->value > (*top)->value)
			*top = x;
		if (strcmp(x->area, area) == 0)
			*mine = x;
	}
	if (!*mine)
		return 0;
	for (i = first; i < r->n && strcmp(r->f[r->by_key[i]].soc, soc) == 0; i++) {
		const checkref_fig *x = &r->f[r->by_key[i]];
		above += state_figure(x, soc, stat, u) && x->year == year && x->value > (*mine)->value;
	}
	return above + 1;
}
