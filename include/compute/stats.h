/* stats: the statistics wagestat computes, in one table that parsing,
 * computing and help all read, and the accumulator every group keeps.
 *
 * Lifecycle: stats_acc_init -> stats_acc_add (per value) -> stats_acc_finish
 * -> stats_acc_free.  Values are kept (one double each, two with weights)
 * only when an order statistic or a weight needs them; otherwise count, sum,
 * mean, sd, min and max are running scalars. */
#ifndef WAGESTAT_STATS_H
#define WAGESTAT_STATS_H

#include <stddef.h>
#include <stdio.h>

#include "base/units.h"

typedef enum stat_kind {
	STAT_COUNT,
	STAT_MISSING,
	STAT_SUM,
	STAT_MEAN,
	STAT_SD,
	STAT_MIN,
	STAT_MAX,
	STAT_QUANTILE, /* median, pN */
	STAT_IQR,
	STAT_MAD,
	STAT_MADRAW,
	STAT_MEDIAN_CI,
	STAT_MEAN_CI,
	STAT_WEIGHT_SUM,
} stat_kind;

typedef struct stat_spec {
	stat_kind kind;
	double p;      /* quantile probability for STAT_QUANTILE */
	char name[16]; /* as the user wrote it: "median", "p90" */
} stat_spec;

typedef struct stats_plan {
	stat_spec *spec;
	size_t nspec;
	size_t ncolumns;  /* output columns: the CIs take two */
	int keep_values;  /* some statistic needs the values themselves */
	int weighted;
	double approx;    /* > 0: quantiles from a sketch within this
			   * relative error (stats_plan_approx) */
} stats_plan;

#define STATS_DEFAULT "count,mean,sd,min,p10,p25,median,p75,p90,max"

/* Parse a comma-separated list.  Returns 0, or -1 with a message in err. */
int stats_plan_parse(stats_plan *plan, const char *list, int weighted,
		     char *err, size_t errsize);
void stats_plan_free(stats_plan *plan);
/* Take the quantiles from a sketch of relative error alpha (sketch.h)
 * instead of keeping the values; the statistics that need the values
 * themselves (mad, madraw, median_ci) and weights cannot.  Returns 0, or
 * -1 with a message in err. */
int stats_plan_approx(stats_plan *plan, double alpha, char *err, size_t errsize);
/* The plan's statistics as the comma-separated list that parses to it. */
void stats_plan_list(const stats_plan *plan, char *buf, size_t size);

/* Name of output column i (e.g. "median_ci_low"), written into buf. */
const char *stats_plan_column(const stats_plan *plan, size_t i, char *buf,
			      size_t size);
/* 1 if output column i is a count of rows rather than an amount. */
int stats_plan_column_is_count(const stats_plan *plan, size_t i);

/* One line per statistic for help texts. */
void stats_print_help(FILE *out);

/* Kept values live in blocks while rows are read: no array is ever copied
 * to grow, and merging two accumulators links their blocks.  A group's
 * first block holds 8 slots, each next one twice as many up to 512, so a
 * group of one value costs 88 bytes, not 4 KiB.  Blocks are appended to a
 * slab (1 MiB chunks, freed together) when one is given, else each is
 * allocated on its own. */
#define BLOCK_VALUES 512
typedef struct stats_block {
	struct stats_block *next;
	unsigned n, cap;     /* slots used and held: values, or value-weight pairs */
	int own;             /* allocated on its own, not in a slab */
	double v[];
} stats_block;

typedef struct stats_slab {
	struct stats_chunk *chunks;
	char *pos;   /* the free bytes of the newest chunk */
	size_t left;
	size_t nchunks; /* made: the later ones are huge pages (stats.c) */
} stats_slab;

/* Free every chunk (the blocks in them go too). */
void stats_slab_free(stats_slab *s);
/* Give src's chunks to dst (accumulators merged from src into dst keep
 * their blocks there); src is left empty. */
void stats_slab_move(stats_slab *dst, stats_slab *src);

typedef struct stats_acc {
	/* what adding a value touches, first (one or two cache lines) */
	unsigned long long n;
	double sum, min, max;
	double weight_sum;
	double *wp;     /* the tail block's next free slot; with a sketch,
			 * its batch's (only to fetch it ahead) */
	unsigned left;  /* its free slots; its n is set from them when the
			 * blocks are read (stats_acc_seal) */
	unsigned long long per_unit[UNIT_COUNT]; /* values by the unit they
						  * were written in (kept by
						  * the caller) */
	unsigned long long missing;
	double mean, m2; /* running (Welford) */
	stats_block *head, *tail; /* kept values while adding */
	double *x, *w; /* the kept values gathered by stats_acc_finish */
	struct sketch *sk; /* with plan->approx: the values' sketch */
} stats_acc;

void stats_acc_init(stats_acc *a);
/* Add x (weight w); kept values go into blocks of slab (NULL: blocks of
 * their own), which must outlive the accumulator's blocks. */
void stats_acc_add(stats_acc *a, const stats_plan *plan, stats_slab *slab, double x,
		   double w);
/* Set the tail block's count from the write position: call before reading
 * a's blocks. */
void stats_acc_seal(const stats_acc *a);
/* Move src's values into dst (src is left empty): with slab NULL src's
 * blocks are linked after dst's (they must live as long as dst's), else
 * its values are copied into new blocks of dst's in slab, so that the
 * slab src's blocks are in can be freed at once. */
void stats_acc_merge(stats_acc *dst, stats_acc *src, stats_slab *slab);
/* Compute every column of plan into out[0..plan->ncolumns); undefined
 * results (sd of one value, too few values for an interval) are NaN.
 * Reorders the kept values. */
void stats_acc_finish(stats_acc *a, const stats_plan *plan, double *out);
void stats_acc_free(stats_acc *a);

/* Exposed for tests: type-7 quantile of sorted x[0..n), and the weighted
 * quantile (definition in the README) of x sorted with weights w. */
double stats_quantile_sorted(const double *x, size_t n, double p);
double stats_wquantile_sorted(const double *x, const double *w, size_t n,
			      double p);
/* 1-based rank l of the lower end of the distribution-free 95% interval
 * for the median of n values (upper end: n - l + 1); 0 when n is too small. */
size_t stats_median_ci_rank(size_t n);

#endif
