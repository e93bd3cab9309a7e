/* The claims reader over memory, for the claims and OEWS harnesses: every
 * claim delivered is looked at, and every row and figure is accounted
 * for - read = used + filtered + missing + rejected - so that none is
 * dropped without a count. */
#ifndef WAGESTAT_FUZZ_CLAIMS_H
#define WAGESTAT_FUZZ_CLAIMS_H

#include "model/claimin.h"

#include "fuzz.h"

static int fuzz_on_claim(void *ctx, const claim *c)
{
	(*(unsigned long long *)ctx)++;
	fuzz_touch_claim(c);
	return 0;
}

static void fuzz_claims(const uint8_t *data, size_t size, claimin_opts *o)
{
	unsigned long long claims = 0;
	resolver names;
	tally rows, figures;
	int res;

	memset(&names, 0, sizeof names);
	names.quiet = 1;
	o->resolve = &names;
	o->quiet = 1;
	tally_init(&rows);
	tally_init(&figures);
	rows.quiet = figures.quiet = 1;
	res = claimin_read_memory(o->name, (const char *)data, size, o, &rows, &figures,
				  fuzz_on_claim, &claims);
	FUZZ_ASSERT(res == 0 || res == -1 || res == 2);
	FUZZ_ASSERT(figures.used == claims);
	if (res == 0) {
		FUZZ_ASSERT(rows.read ==
			    rows.used + rows.filtered + rows.missing + rows.rejected);
		FUZZ_ASSERT(figures.read ==
			    figures.used + figures.filtered + figures.missing + figures.rejected);
	}
	tally_free(&rows);
	tally_free(&figures);
}

#endif
