/* sketch: a mergeable quantile sketch with a relative error bound
 * (DDSketch's log buckets).  A positive value x is counted in bucket
 * i = ceil(log_gamma(x)), gamma = (1 + alpha) / (1 - alpha), which holds
 * (gamma^(i-1), gamma^i] and stands for 2 gamma^i / (gamma + 1): within
 * alpha of every value in it, relative.  A negative value is counted the
 * same way by its size in a second set of buckets, and zeros on their own,
 * so every value is counted.  Memory grows with the range of a group's
 * values (about log(max/min) / (2 alpha) buckets of 4 bytes; 8 once a
 * bucket passes 2^32 - 1), never with their number; two sketches of the
 * same alpha merge by adding counts.
 *
 * Lifecycle: sketch_new -> sketch_add / sketch_merge -> sketch_quantile
 * -> sketch_free. */
#ifndef WAGESTAT_SKETCH_H
#define WAGESTAT_SKETCH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The alpha --approx takes without one, and the range it accepts. */
#define SKETCH_ALPHA_DEFAULT 0.001
#define SKETCH_ALPHA_MIN 1e-5
#define SKETCH_ALPHA_MAX 0.5

/* One sign's buckets: counts of buckets lo .. lo + cap - 1, those from
 * min to max used (min > max: none); 32-bit counts (c32) until one would
 * pass UINT32_MAX, then 64-bit (c64): one of the two is set. */
typedef struct sketch_store {
	uint32_t *c32;
	uint64_t *c64;
	size_t cap;
	long lo, min, max;
} sketch_store;

/* Values added wait in a batch of SKETCH_BATCH before they are counted:
 * a group's buckets span kilobytes, and among thousands of groups counting
 * each value as it comes waits on memory nearly every time; a batch is
 * one sequential write a value, and counting it keeps the buckets in the
 * cache for a run of values. */
#define SKETCH_BATCH 64

typedef struct sketch {
	double alpha, gamma, inv_log_gamma;
	uint64_t n, zeros;     /* n: every value, the batch's too */
	sketch_store pos, neg; /* neg: negative values by their size */
	unsigned nbatch;
	double batch[SKETCH_BATCH];
} sketch;

/* A new empty sketch (alpha in [SKETCH_ALPHA_MIN, SKETCH_ALPHA_MAX]); the
 * caller frees it with sketch_free. */
sketch *sketch_new(double alpha);
void sketch_free(sketch **s);

/* Count x (finite).  Returns where the next value will go, for the
 * caller to fetch into the cache ahead of it. */
double *sketch_add(sketch *s, double x);
/* Count the batch's values now; every function below does it first, and
 * whoever reads the buckets directly must. */
void sketch_settle(sketch *s);
/* Add src's counts into dst (the same alpha). */
void sketch_merge(sketch *dst, sketch *src);

/* The type-7 quantile p of the values counted, from the buckets: the
 * values at ranks floor(h) and floor(h) + 1, h = p (n - 1), each estimated
 * within alpha and kept within [min, max], then interpolated as type 7
 * does; so within alpha of the exact type-7 quantile when the two ranks'
 * values have the same sign.  NaN when empty. */
double sketch_quantile(sketch *s, double p, double min, double max);

/* Count n in bucket i of the positive (sign > 0) or negative buckets, or
 * of the zeros (sign 0): how a partial file restores a sketch. */
void sketch_put(sketch *s, int sign, long i, uint64_t n);

/* One line each for the zeros and the used buckets of each sign:
 *   zeros N
 *   pos MIN K C1 .. CK    (buckets MIN .. MIN + K - 1; K 0: none)
 *   neg MIN K C1 .. CK */
void sketch_write(sketch *s, FILE *out);

#endif
