#include "output/claimrows.h"

#include <string.h>

void claimrows_columns(table *t)
{
	static const char *const names[] = {"source", "source_kind", "role", "soc_code", "area",
					    "period", "stat", "value", "unit", "qualifier", "n",
					    "se", "where", "quote", "scope", "level"};
	size_t j;

	for (j = 0; j < sizeof names / sizeof names[0]; j++)
		table_add_column(t, names[j], j == 7	? CELL_AMOUNT
					      : j == 10 ? CELL_COUNT
					      : j == 11 ? CELL_SE
							: CELL_TEXT);
}

void claimrows_figure(table *t, int stat, double v)
{
	if (stat == CSTAT_COUNT) /* employment: a count, not money */
		table_put_count(t, v);
	else
		table_put_number(t, v);
}

static void put_text(table *t, const char *s)
{
	table_put_text(t, s, strlen(s));
}

void claimrows_cells(table *t, const claim *c)
{
	char buf[32];

	put_text(t, c->source);
	put_text(t, claim_kind_name(c->kind));
	put_text(t, c->role);
	put_text(t, c->soc_code);
	put_text(t, c->area);
	put_text(t, c->period);
	put_text(t, c->stat == CSTAT_NONE ? "" : claim_stat_name(c->stat, buf, sizeof buf));
	claimrows_figure(t, c->stat, c->value);
	put_text(t, unit_name(c->unit));
	put_text(t, claim_qual_name(c->qual));
	table_put_number(t, c->n);
	table_put_number(t, c->se);
	put_text(t, c->where);
	put_text(t, c->quote);
	put_text(t, c->scope);
	put_text(t, c->level);
}
