/* rctable: what wagestat reconcile found, as tables (one row per claim,
 * per key or per source), for the reconcile command and the report alike. */
#ifndef WAGESTAT_RCTABLE_H
#define WAGESTAT_RCTABLE_H

#include <stddef.h>

#include "compute/reconcile.h"
#include "output/table.h"

/* Which keys to show: nonzero to keep key k; NULL keeps every key. */
typedef int (*rctable_keep)(const rc_key *k, void *ctx);

/* One row per claim: its fields, then consensus, deviation_pct, flags and
 * reason.  With keep, only the claims of the keys it keeps (none without
 * a key).  The caller frees the table. */
table *rctable_claims(const reconciler *r, rctable_keep keep, void *ctx);
/* One row per key (soc_code, area, period, stat, unit, n_sources,
 * consensus, low, high, spread_pct, method), those keep keeps. */
table *rctable_keys(const reconciler *r, rctable_keep keep, void *ctx);
/* One row per source: its claims, how many are flagged, and the median of
 * its absolute deviations from the consensus. */
table *rctable_scorecard(const reconciler *r);

/* The key's method in words ("random effects, tau^2 12.5"). */
void rctable_method(const rc_key *k, char *buf, size_t size);

#endif
