/* The claims reader over memory, on small tables written for the test:
 * the figures are read off the text by hand. */
#include "model/claimin.h"

#include <math.h>

#include "check.h"

typedef struct seen {
	size_t n;
	double value[8];
	int stat[8];
	char period[8][16];
	char level[8][16];
} seen;

static int keep(void *ctx, const claim *c)
{
	seen *s = ctx;

	if (s->n < 8) {
		s->value[s->n] = c->value;
		s->stat[s->n] = c->stat;
		snprintf(s->period[s->n], sizeof s->period[0], "%s", c->period);
		snprintf(s->level[s->n], sizeof s->level[0], "%s", c->level);
	}
	s->n++;
	return 0;
}

int main(void)
{
	static const char wide[] = "OCC_CODE,OCC_TITLE,A_MEDIAN,H_MEAN\n"
				   "29-1141,Registered Nurses,\"81,220\",*\n";
	/* a twin broad row first, then one after its detailed row (held to
	 * the end of the input), and a group row */
	static const char twins[] = "OCC_CODE,OCC_TITLE,O_GROUP,A_MEDIAN\n"
				    "29-0000,Healthcare,major,80000\n"
				    "29-2010,Clinical Lab,broad,60780\n"
				    "29-2010,Clinical Lab,detailed,60780\n"
				    "31-9092,Medical Assistants,detailed,42000\n"
				    "31-9092,Medical Assistants,broad,42000\n";
	static const char claims[] = CLAIM_HEADER "\n"
				     "BLS,official,Nurse,29-1141,US,2023-05,median,81220,annual,exact,,,,\n";
	claimin_opts o = {0};
	tally rows, figures;
	seen s = {0};
	int r;

	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = 1;
	o.quiet = 1;
	o.require_soc = 1;
	/* the period from the name, the '*' a missing figure */
	r = claimin_read_memory("national_M2023_dl.csv", wide, sizeof wide - 1, &o, &rows,
				&figures, keep, &s);
	CHECK(r == 0, "wide table: returned %d", r);
	CHECK(s.n == 1, "wide table: %zu claims, want 1", s.n);
	CHECK(s.stat[0] == CSTAT_MEDIAN && !islessgreater(s.value[0], 81220),
	      "wide table: stat %d value %g", s.stat[0], s.value[0]);
	CHECK_STR(s.period[0], "2023-05");
	CHECK(figures.used == 1 && figures.missing == 1, "figures used %llu missing %llu",
	      figures.used, figures.missing);
	tally_free(&rows);
	tally_free(&figures);

	/* twins: one claim each, detailed; the group filtered by level */
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = 1;
	s.n = 0;
	o.levels = CLAIM_LEVEL_DETAILED;
	r = claimin_read_memory("national_M2023_dl.csv", twins, sizeof twins - 1, &o, &rows,
				&figures, keep, &s);
	CHECK(r == 0 && s.n == 2, "twins: returned %d, %zu claims, want 2", r, s.n);
	CHECK(!islessgreater(s.value[0], 60780) && !islessgreater(s.value[1], 42000),
	      "twins: values %g %g", s.value[0], s.value[1]);
	CHECK_STR(s.level[0], "detailed");
	CHECK_STR(s.level[1], "detailed");
	CHECK(rows.read == 5 && rows.used == 2 && rows.filtered == 3,
	      "twins: rows read %llu used %llu filtered %llu", rows.read, rows.used,
	      rows.filtered);
	o.levels = 0;
	tally_free(&rows);
	tally_free(&figures);

	/* the claims form, and no data at all */
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = 1;
	s.n = 0;
	r = claimin_read_memory("claims.csv", claims, sizeof claims - 1, &o, &rows, &figures,
				keep, &s);
	CHECK(r == 0 && s.n == 1 && !islessgreater(s.value[0], 81220),
	      "claims: returned %d, %zu claims", r, s.n);
	r = claimin_read_memory("empty.csv", claims, 0, &o, &rows, &figures, keep, &s);
	CHECK(r == -1, "empty: returned %d, want -1", r);
	tally_free(&rows);
	tally_free(&figures);
	return check_done("claimin");
}
