/* rctable: reconcile's findings as tables. */
#include "output/rctable.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "output/claimrows.h"

static void put(table *t, const char *s)
{
	table_put_text(t, s, strlen(s));
}

table *rctable_claims(const reconciler *r, rctable_keep keep, void *ctx)
{
	table *t = table_new();
	size_t i;
	char buf[256];

	claimrows_columns(t);
	table_add_column(t, "consensus", CELL_AMOUNT);
	table_add_column(t, "deviation_pct", CELL_AMOUNT);
	table_add_column(t, "flags", CELL_TEXT);
	table_add_column(t, "reason", CELL_TEXT);
	for (i = 0; i < reconcile_nitems(r); i++) {
		const rc_item *it = reconcile_item(r, i);
		if (keep && (it->key < 0 || !keep(reconcile_key(r, (size_t)it->key), ctx)))
			continue;
		table_add_row(t);
		claimrows_cells(t, &it->c);
		claimrows_figure(t, it->c.stat,
				 it->key >= 0 ? reconcile_key(r, (size_t)it->key)->cs.value : NAN);
		table_put_number(t, it->deviation);
		put(t, reconcile_flag_names(it->flags, buf, sizeof buf));
		put(t, it->reason);
	}
	return t;
}

void rctable_method(const rc_key *k, char *buf, size_t size)
{
	if (k->cs.method == METHOD_RANDOM_EFFECTS)
		snprintf(buf, size, "%s, tau^2 %.6g", consensus_method_name(k->cs.method),
			 k->cs.tau2);
	else
		snprintf(buf, size, "%s", consensus_method_name(k->cs.method));
}

table *rctable_keys(const reconciler *r, rctable_keep keep, void *ctx)
{
	static const char *const names[] = {"soc_code", "area", "scope", "period", "stat",
					    "unit", "n_sources", "consensus", "low", "high",
					    "spread_pct", "method"};
	table *t = table_new();
	size_t i;
	char buf[128];

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		table_add_column(t, names[i], i < 6 || i == 11 ? CELL_TEXT
					      : i == 6		 ? CELL_COUNT
								 : CELL_AMOUNT);
	for (i = 0; i < reconcile_nkeys(r); i++) {
		const rc_key *k = reconcile_key(r, i);
		if (keep && !keep(k, ctx))
			continue;
		table_add_row(t);
		put(t, k->soc_code);
		put(t, k->area);
		put(t, k->scope);
		snprintf(buf, sizeof buf, "%d", k->year);
		put(t, k->year ? buf : "");
		put(t, claim_stat_name(k->stat, buf, sizeof buf));
		put(t, unit_name(k->unit));
		table_put_number(t, (double)k->n_sources);
		claimrows_figure(t, k->stat, k->cs.value);
		claimrows_figure(t, k->stat, k->cs.low);
		claimrows_figure(t, k->stat, k->cs.high);
		table_put_number(t, fabs(k->cs.value) > 0 ? 100 * 1.4826 * k->cs.mad / fabs(k->cs.value)
							   : NAN);
		rctable_method(k, buf, sizeof buf);
		put(t, buf);
	}
	return t;
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

table *rctable_scorecard(const reconciler *r)
{
	size_t n = reconcile_nitems(r), i, j, nsrc = 0;
	char **src = xmalloc((n + 1) * sizeof *src);
	double *dev = xmalloc((n + 1) * sizeof *dev);
	table *t = table_new();

	table_add_column(t, "source", CELL_TEXT);
	table_add_column(t, "claims", CELL_COUNT);
	table_add_column(t, "flagged", CELL_COUNT);
	table_add_column(t, "median_abs_deviation_pct", CELL_AMOUNT);
	for (i = 0; i < n; i++)
		src[i] = reconcile_item(r, i)->c.source;
	qsort(src, n, sizeof *src, by_text);
	for (i = 0; i < n; i = j) {
		size_t claims = 0, flagged = 0, nd = 0;
		for (j = i; j < n && strcmp(src[j], src[i]) == 0; j++)
			;
		nsrc++;
		for (size_t k = 0; k < n; k++) {
			const rc_item *it = reconcile_item(r, k);
			if (strcmp(it->c.source, src[i]) != 0)
				continue;
			claims++;
			flagged += it->flags != 0;
			/* a key with one source says nothing of how far it is */
			if (!isnan(it->deviation) && it->key >= 0 &&
			    reconcile_key(r, (size_t)it->key)->n_sources >= 2)
				dev[nd++] = fabs(it->deviation);
		}
		qsort(dev, nd, sizeof *dev, by_double);
		table_add_row(t);
		put(t, src[i]);
		table_put_number(t, (double)claims);
		table_put_number(t, (double)flagged);
		table_put_number(t, nd == 0 ? NAN
				  : nd % 2 ? dev[nd / 2]
					   : (dev[nd / 2 - 1] + dev[nd / 2]) / 2);
	}
	free(src);
	free(dev);
	return t;
}

