/* findings: check's verdicts as a table. */
#include "output/findings.h"

#include <string.h>

#include "output/claimrows.h"

table *findings_new(void)
{
	table *t = table_new();

	claimrows_columns(t);
	table_add_column(t, "ref_value", CELL_AMOUNT);
	table_add_column(t, "ref_source", CELL_TEXT);
	table_add_column(t, "deviation_pct", CELL_AMOUNT);
	table_add_column(t, "verdict", CELL_TEXT);
	table_add_column(t, "reason", CELL_TEXT);
	return t;
}

static void put(table *t, const char *s)
{
	table_put_text(t, s, strlen(s));
}

void findings_add(table *t, const check_ctx *k)
{
	size_t i;
	char buf[256];

	for (i = 0; i < check_count(k); i++) {
		const check_finding *f = check_result(k, i);
		table_add_row(t);
		claimrows_cells(t, &f->c);
		claimrows_figure(t, f->c.stat, f->ref_value);
		put(t, f->ref_source);
		table_put_number(t, f->deviation);
		put(t, check_verdict_names(f->verdict, buf, sizeof buf));
		put(t, f->reason);
	}
}


void findings_summary(const char *name, const check_ctx *k, FILE *out)
{
	size_t i, ok = 0, unver = 0, bad = 0;

	for (i = 0; i < check_count(k); i++) {
		unsigned v = check_result(k, i)->verdict;
		ok += (v & CHECK_OK) != 0;
		unver += (v & CHECK_UNVERIFIABLE) != 0;
		bad += (v & CHECK_INCONSISTENT) != 0;
	}
	fprintf(out, "%s: %zu findings: %zu ok, %zu unverifiable, %zu inconsistent\n", name,
		check_count(k), ok, unver, bad);
}
