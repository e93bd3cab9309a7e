/* reconcile: claims from several sources, normalized (one unit, one
 * year's dollars, SOC code and area code), grouped by key (soc_code, area,
 * scope, period, stat), a consensus per key, and every claim judged with flags
 * and the reason in words and numbers.  wagestat reconcile prints it;
 * wagestat check judges an article's claims by the same rules. */
#ifndef WAGESTAT_RECONCILE_H
#define WAGESTAT_RECONCILE_H

#include <stddef.h>

#include "model/claim.h"
#include "compute/consensus.h"

enum {
	FLAG_OUTLIER = 1 << 0,
	FLAG_SELF_CONTRADICTION = 1 << 1,
	FLAG_HOURLY_ANNUAL = 1 << 2,
	FLAG_PERCENTILE_ORDER = 1 << 3,
	FLAG_MEAN_MEDIAN = 1 << 4,
	FLAG_TOP_CODED = 1 << 5,
	FLAG_STALE = 1 << 6,
	FLAG_UNRESOLVED = 1 << 7,
};
#define FLAG_COUNT 8

typedef struct reconcile_opts {
	int to_year;          /* restate dollars in this year's (0: keep) */
	unit unit;            /* the unit figures are compared in */
	double tolerance;     /* a fraction: 0.10 */
	int window;           /* periods within this many years meet */
	const char *ref;      /* reference source (name prefix), or NULL */
	double kind_weight[KIND_COMPUTED + 1]; /* weighted median, by kind */
	char **weight_source; /* ... by source name, overriding the kind */
	double *weight_value;
	size_t nweights;
} reconcile_opts;

/* The default weights: official 4, survey 3, microdata and computed 2,
 * article 1; unit annual; tolerance 10%. */
void reconcile_opts_init(reconcile_opts *o);

typedef struct rc_item {
	claim c;            /* normalized: value in the compared unit and dollars */
	double written;     /* the value and unit as the source wrote them */
	unit written_unit;
	int year;           /* of the period; 0 when none */
	long key;           /* index of its key, -1 when unresolved */
	int used;           /* its figure is in the consensus */
	unsigned flags;
	double deviation;   /* percent from the consensus, NaN when none */
	char *reason;       /* "; "-separated phrases */
} rc_item;

typedef struct rc_key {
	const char *soc_code, *area, *scope; /* the first member's */
	int year;
	int stat;
	unit unit;
	size_t n_sources;
	consensus cs;
} rc_key;

typedef struct reconciler reconciler;

reconciler *reconcile_new(const reconcile_opts *o);
void reconcile_free(reconciler **r);
/* Take a copy of c. */
void reconcile_add(reconciler *r, const claim *c);
/* Group, compute the consensus of every key, flag every claim. */
void reconcile_run(reconciler *r);

size_t reconcile_nitems(const reconciler *r);
const rc_item *reconcile_item(const reconciler *r, size_t i);
size_t reconcile_nkeys(const reconciler *r);
const rc_key *reconcile_key(const reconciler *r, size_t i);

/* "outlier stale" (the names of the flags set, space-separated). */
const char *reconcile_flag_names(unsigned flags, char *buf, size_t size);
/* FLAG_... for a name, 0 if none. */
unsigned reconcile_flag_parse(const char *name);

#endif
