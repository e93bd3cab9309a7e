/* sumtable: summarize's grouped statistics as a table. */
#include "output/sumtable.h"

#include <stdlib.h>
#include <string.h>

table *sumtable_new(summarizer *s, const stats_plan *plan, size_t ngroups, int sort)
{
	table *t = table_new();
	size_t i, g, cols = plan->ncolumns, n;
	double *out;
	char name[48];

	for (i = 0; i < ngroups; i++)
		table_add_column(t, summarize_group_name(s, i), CELL_TEXT);
	for (i = 0; i < cols; i++)
		table_add_column(t, stats_plan_column(plan, i, name, sizeof name),
				 stats_plan_column_is_count(plan, i) ? CELL_COUNT : CELL_AMOUNT);
	if (plan->approx > 0) /* 0.001 for everyone, not an amount of money */
		table_add_column(t, SUMTABLE_APPROX_COLUMN, CELL_EXACT);
	n = summarize_finish(s, sort, &out);
	for (g = 0; g < n; g++) {
		const char *key = summarize_key(s, g);
		table_add_row(t);
		for (i = 0; i < ngroups; i++) {
			size_t len = strlen(key);
			table_put_text(t, key, len);
			key += len + 1;
		}
		for (i = 0; i < cols; i++)
			table_put_number(t, out[g * cols + i]);
		if (plan->approx > 0)
			table_put_number(t, plan->approx);
	}
	free(out);
	return t;
}

const unsigned long long *sumtable_mixed(const summarizer *s, size_t g)
{
	const unsigned long long *n = summarize_units(s, g);
	int u, kinds = 0;

	for (u = 0; u < UNIT_COUNT; u++)
		kinds += n[u] > 0;
	return kinds > 1 ? n : NULL;
}

void sumtable_label(const summarizer *s, size_t ngroups, size_t g, char *buf, size_t size)
{
	const char *key = summarize_key(s, g);
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < ngroups && len < size; i++) {
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " / " : "", key);
		key += strlen(key) + 1;
	}
}

void sumtable_print_mixed(const summarizer *s, size_t ngroups, size_t nrows, const char *basis,
			  FILE *out)
{
	size_t g;
	int u;
	char label[512];

	for (g = 0; g < nrows; g++) {
		const unsigned long long *n = sumtable_mixed(s, g);
		const char *sep = "";
		if (!n)
			continue;
		sumtable_label(s, ngroups, g, label, sizeof label);
		if (ngroups)
			fprintf(out, "wagestat:   group '%s' mixes", label);
		else
			fputs("wagestat:   the rows mix", out);
		for (u = 0; u < UNIT_COUNT; u++)
			if (n[u]) {
				fprintf(out, "%s %llu %s", sep, n[u],
					u == UNIT_NONE ? "unstated" : unit_name((unit)u));
				sep = " and";
			}
		fprintf(out, " values (basis %s)\n", basis);
	}
}
