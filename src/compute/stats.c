#include "compute/stats.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "compute/sketch.h"

/* R's mad() constant: makes the MAD estimate the sd of a normal sample. */
#define MAD_SCALE 1.4826

static const struct stat_def {
	const char *name;
	stat_kind kind;
	double p;
	int columns;
	int needs_values;
	const char *help;
} stat_defs[] = {
	{"count", STAT_COUNT, 0, 1, 0, "number of values used"},
	{"missing", STAT_MISSING, 0, 1, 0, "rows of the group with no value"},
	{"sum", STAT_SUM, 0, 1, 0, "sum of values (with -w: sum of weight x value)"},
	{"mean", STAT_MEAN, 0, 1, 0, "arithmetic mean (with -w: weighted mean)"},
	{"sd", STAT_SD, 0, 1, 0, "sample standard deviation, n-1 (with -w: GSL's weighted sd)"},
	{"min", STAT_MIN, 0, 1, 0, "smallest value"},
	{"max", STAT_MAX, 0, 1, 0, "largest value"},
	{"median", STAT_QUANTILE, 0.5, 1, 1, "50th percentile"},
	{"pN", STAT_QUANTILE, 0, 1, 1, "Nth percentile, N = 1..99 (R type 7; weighted: see README)"},
	{"iqr", STAT_IQR, 0, 1, 1, "interquartile range, p75 - p25"},
	{"mad", STAT_MAD, 0, 1, 1, "median absolute deviation x 1.4826 (as R's mad())"},
	{"madraw", STAT_MADRAW, 0, 1, 1, "median absolute deviation, unscaled"},
	{"median_ci", STAT_MEDIAN_CI, 0, 2, 1, "95% interval for the median from order statistics (n >= 6; not with -w)"},
	{"mean_ci", STAT_MEAN_CI, 0, 2, 0, "95% t interval for the mean (n >= 2; not with -w)"},
	{"weight_sum", STAT_WEIGHT_SUM, 0, 1, 0, "sum of weights (count without -w)"},
};
#define NDEFS (sizeof stat_defs / sizeof stat_defs[0])

static const struct stat_def *find_def(const char *name, double *p)
{
	size_t i;

	if (name[0] == 'p' && name[1] >= '1' && name[1] <= '9') {
		char *end;
		long n = strtol(name + 1, &end, 10);
		if (*end == '\0' && n >= 1 && n <= 99) {
			*p = (double)n / 100;
			for (i = 0; i < NDEFS; i++)
				if (strcmp(stat_defs[i].name, "pN") == 0)
					return &stat_defs[i];
		}
		return NULL;
	}
	for (i = 0; i < NDEFS; i++)
		if (strcmp(stat_defs[i].name, name) == 0 &&
		    strcmp(name, "pN") != 0) {
			*p = stat_defs[i].p;
			return &stat_defs[i];
		}
	return NULL;
}

int stats_plan_parse(stats_plan *plan, const char *list, int weighted,
		     char *err, size_t errsize)
{
	const char *s = list;

	memset(plan, 0, sizeof *plan);
	plan->weighted = weighted;
	plan->keep_values = weighted; /* weighted sd is two-pass */
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t n = comma ? (size_t)(comma - s) : strlen(s);
		const struct stat_def *def;
		stat_spec spec;
		size_t alloc = plan->nspec;

		memset(&spec, 0, sizeof spec);
		if (n == 0 || n >= sizeof spec.name) {
			snprintf(err, errsize, "unknown statistic '%.*s'",
				 (int)(n < 40 ? n : 40), s);
			stats_plan_free(plan);
			return -1;
		}
		memcpy(spec.name, s, n);
		def = find_def(spec.name, &spec.p);
		if (!def) {
			snprintf(err, errsize, "unknown statistic '%s'", spec.name);
			stats_plan_free(plan);
			return -1;
		}
		if (weighted && (def->kind == STAT_MEDIAN_CI ||
				 def->kind == STAT_MEAN_CI)) {
			snprintf(err, errsize, "%s is not defined with weights (-w)",
				 spec.name);
			stats_plan_free(plan);
			return -1;
		}
		spec.kind = def->kind;
		xgrow(&plan->spec, &alloc, plan->nspec + 1, sizeof *plan->spec);
		plan->spec[plan->nspec++] = spec;
		plan->ncolumns += (size_t)def->columns;
		plan->keep_values |= def->needs_values;
		if (!comma)
			return 0;
		s = comma + 1;
	}
}

void stats_plan_free(stats_plan *plan)
{
	free(plan->spec);
	memset(plan, 0, sizeof *plan);
}

int stats_plan_approx(stats_plan *plan, double alpha, char *err, size_t errsize)
{
	size_t k;

	if (plan->weighted) {
		snprintf(err, errsize, "--approx is not defined with weights (-w)");
		return -1;
	}
	for (k = 0; k < plan->nspec; k++)
		if (plan->spec[k].kind == STAT_MAD || plan->spec[k].kind == STAT_MADRAW ||
		    plan->spec[k].kind == STAT_MEDIAN_CI) {
			snprintf(err, errsize, "%s needs every value, not --approx's sketch",
				 plan->spec[k].name);
			return -1;
		}
	plan->approx = alpha;
	plan->keep_values = 0;
	return 0;
}

void stats_plan_list(const stats_plan *plan, char *buf, size_t size)
{
	size_t k, len = 0;

	buf[0] = '\0';
	for (k = 0; k < plan->nspec && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", k ? "," : "",
					plan->spec[k].name);
}

/* The spec behind output column i, and which of its columns i is. */
static const stat_spec *column_spec(const stats_plan *plan, size_t i, int *second)
{
	size_t k;

	for (k = 0; k < plan->nspec; k++) {
		int two = plan->spec[k].kind == STAT_MEDIAN_CI ||
			  plan->spec[k].kind == STAT_MEAN_CI;
		if (i == 0 || (two && i == 1)) {
			*second = i == 1;
			return &plan->spec[k];
		}
		i -= two ? 2 : 1;
	}
	return NULL;
}

const char *stats_plan_column(const stats_plan *plan, size_t i, char *buf,
			      size_t size)
{
	int second = 0;
	const stat_spec *spec = column_spec(plan, i, &second);

	if (!spec)
		snprintf(buf, size, "?");
	else if (spec->kind == STAT_MEDIAN_CI || spec->kind == STAT_MEAN_CI)
		snprintf(buf, size, "%s_%s", spec->name, second ? "high" : "low");
	else
		snprintf(buf, size, "%s", spec->name);
	return buf;
}

int stats_plan_column_is_count(const stats_plan *plan, size_t i)
{
	int second = 0;
	const stat_spec *spec = column_spec(plan, i, &second);

	return spec && (spec->kind == STAT_COUNT || spec->kind == STAT_MISSING);
}

void stats_print_help(FILE *out)
{
	size_t i;

	for (i = 0; i < NDEFS; i++)
		fprintf(out, "  %-11s %s\n", stat_defs[i].name, stat_defs[i].help);
}

/* --- accumulator ------------------------------------------------------- */

void stats_acc_init(stats_acc *a)
{
	memset(a, 0, sizeof *a);
	a->min = INFINITY;
	a->max = -INFINITY;
}

/* The chunks of a slab: blocks one after another.  The first SMALL_CHUNKS
 * are small pages (a block of standard input's part costs what it holds),
 * the later ones huge pages (xhuge): with small pages, every group's tail
 * block is on a page of its own, and adding a value waited on a page walk. */
#define CHUNK_BYTES ((size_t)1 << 20)
#define SMALL_CHUNKS 4
struct stats_chunk {
	struct stats_chunk *next;
	size_t huge; /* its bytes when from xhuge, else 0 */
	double data[];
};

void stats_slab_free(stats_slab *s)
{
	while (s->chunks) {
		struct stats_chunk *next = s->chunks->next;
		if (s->chunks->huge)
			xhuge_free(s->chunks, s->chunks->huge);
		else
			free(s->chunks);
		s->chunks = next;
	}
	s->pos = NULL;
	s->left = 0;
	s->nchunks = 0;
}

void stats_slab_move(stats_slab *dst, stats_slab *src)
{
	struct stats_chunk **end = &dst->chunks;

	/* dst keeps allocating from its newest chunk, the first */
	if (*end)
		end = &(*end)->next;
	while (*end)
		end = &(*end)->next;
	*end = src->chunks;
	dst->nchunks += src->nchunks;
	src->chunks = NULL;
	src->pos = NULL;
	src->left = 0;
	src->nchunks = 0;
}

/* Start a new chunk in slab. */
static void chunk_new(stats_slab *slab)
{
	struct stats_chunk *c = slab->nchunks < SMALL_CHUNKS ? NULL : xhuge(XHUGE_PAGE);
	size_t size = c ? XHUGE_PAGE : CHUNK_BYTES;

	if (!c)
		c = xmalloc(size);
	c->huge = size == XHUGE_PAGE ? size : 0;
	c->next = slab->chunks;
	slab->chunks = c;
	slab->nchunks++;
	slab->pos = (char *)c->data;
	slab->left = size - sizeof *c;
}

/* A block of cap slots, in slab if given. */
static stats_block *block_new(stats_slab *slab, unsigned cap)
{
	size_t size = sizeof(stats_block) + cap * sizeof(double);
	stats_block *b;

	if (!slab) {
		b = xmalloc(size);
		b->own = 1;
	} else {
		if (slab->left < size)
			chunk_new(slab);
		b = (stats_block *)(void *)slab->pos;
		slab->pos += size;
		slab->left -= size;
		b->own = 0;
	}
	b->next = NULL;
	b->n = 0;
	b->cap = cap;
	return b;
}

/* A new tail block, the full one before it counted; the write position
 * is kept in a, so that adding does not touch the block's header. */
static void next_block(stats_acc *a, stats_slab *slab)
{
	unsigned cap = a->tail && a->tail->cap < BLOCK_VALUES ? a->tail->cap * 2
		       : a->tail ? BLOCK_VALUES : 8;
	stats_block *b = block_new(slab, cap);

	if (a->tail) {
		a->tail->n = a->tail->cap;
		a->tail->next = b;
	} else {
		a->head = b;
	}
	a->tail = b;
	a->wp = b->v;
	a->left = cap;
}

void stats_acc_add(stats_acc *a, const stats_plan *plan, stats_slab *slab, double x, double w)
{
	a->n++;
	a->sum += plan->weighted ? w * x : x;
	a->weight_sum += w;
	if (x < a->min)
		a->min = x;
	if (x > a->max)
		a->max = x;
	if (plan->approx > 0) {
		if (!a->sk)
			a->sk = sketch_new(plan->approx);
		a->wp = sketch_add(a->sk, x); /* for the caller's prefetch */
	}
	if (!plan->keep_values) {
		/* Welford's running mean and sum of squares; with the values
		 * kept, GSL computes both from them at the end instead */
		double delta = x - a->mean;
		a->mean += delta / (double)a->n;
		a->m2 += delta * (x - a->mean);
		return;
	}
	if (!a->left)
		next_block(a, slab);
	*a->wp++ = x;
	a->left--;
	if (plan->weighted) {
		*a->wp++ = w;
		a->left--;
	}
}

void stats_acc_seal(const stats_acc *a)
{
	if (a->tail)
		a->tail->n = a->tail->cap - a->left;
}

/* Link src's blocks after dst's: no value is copied. */
static void link_blocks(stats_acc *dst, stats_acc *src)
{
	if (!src->head)
		return;
	if (dst->tail)
		dst->tail->next = src->head;
	else
		dst->head = src->head;
	dst->tail = src->tail;
	dst->wp = src->wp;
	dst->left = src->left;
	src->head = src->tail = NULL;
}

/* Append src's kept values to dst's blocks in slab, as adding them would. */
static void copy_values(stats_acc *dst, stats_slab *slab, const stats_acc *src)
{
	const stats_block *b;
	unsigned k;

	stats_acc_seal(src);
	for (b = src->head; b; b = b->next)
		for (k = 0; k < b->n; k++) {
			if (!dst->left)
				next_block(dst, slab);
			*dst->wp++ = b->v[k];
			dst->left--;
		}
}

void stats_acc_merge(stats_acc *dst, stats_acc *src, stats_slab *slab)
{
	unsigned long long n = dst->n + src->n;
	double delta = src->mean - dst->mean;
	int u;

	dst->missing += src->missing;
	for (u = 0; u < UNIT_COUNT; u++)
		dst->per_unit[u] += src->per_unit[u];
	if (src->n == 0)
		return;
	/* Chan et al.'s pairwise update of mean and sum of squares */
	if (n > 0) {
		dst->m2 += src->m2 + delta * delta * (double)dst->n *
						   (double)src->n / (double)n;
		dst->mean += delta * (double)src->n / (double)n;
	}
	dst->sum += src->sum;
	dst->weight_sum += src->weight_sum;
	if (src->min < dst->min)
		dst->min = src->min;
	if (src->max > dst->max)
		dst->max = src->max;
	if (src->sk) {
		if (dst->sk)
			sketch_merge(dst->sk, src->sk);
		else {
			dst->sk = src->sk;
			src->sk = NULL;
		}
	}
	if (slab) {
		copy_values(dst, slab, src);
	} else {
		/* the kept values move as whole blocks; dst's tail is no longer
		 * the tail (src's, still open, becomes it) */
		stats_acc_seal(dst);
		link_blocks(dst, src);
	}
	dst->n = n;
	stats_acc_free(src);
	stats_acc_init(src);
}

void stats_acc_free(stats_acc *a)
{
	stats_block *b = a->head;

	while (b) {
		stats_block *next = b->next;
		if (b->own)
			free(b);
		b = next;
	}
	a->head = a->tail = NULL;
	a->wp = NULL;
	a->left = 0;
	sketch_free(&a->sk);
	free(a->x);
	free(a->w);
	a->x = a->w = NULL;
}

/* Copy the kept values (and weights) out of their blocks into x and w,
 * freeing the blocks that are not in a slab. */
static void gather(stats_acc *a, const stats_plan *plan)
{
	size_t i = 0, k;
	stats_block *b;

	stats_acc_seal(a);
	b = a->head;
	a->x = xmalloc((size_t)a->n * sizeof *a->x + 1);
	if (plan->weighted)
		a->w = xmalloc((size_t)a->n * sizeof *a->w + 1);
	while (b) {
		stats_block *next = b->next;
		if (plan->weighted) {
			for (k = 0; k < b->n; k += 2, i++) {
				a->x[i] = b->v[k];
				a->w[i] = b->v[k + 1];
			}
		} else {
			memcpy(a->x + i, b->v, b->n * sizeof *b->v);
			i += b->n;
		}
		if (b->own)
			free(b);
		b = next;
	}
	a->head = a->tail = NULL;
	a->wp = NULL;
	a->left = 0;
}

/* --- order statistics -------------------------------------------------- */

/* Doubles as unsigned keys in the same order: flip all bits of negatives,
 * only the sign bit of the rest. */
static uint64_t order_key(double v)
{
	uint64_t u;

	memcpy(&u, &v, sizeof u);
	return (u >> 63) ? ~u : u | (UINT64_C(1) << 63);
}

static double key_value(uint64_t u)
{
	double v;

	u = (u >> 63) ? u & ~(UINT64_C(1) << 63) : ~u;
	memcpy(&v, &u, sizeof v);
	return v;
}

/* Sort keys a[0..n) by their low bytes bytes, one byte a pass (b has room
 * for n keys), skipping a byte all keys share; returns a or b, whichever
 * holds the sorted keys. */
static uint64_t *radix_passes(uint64_t *a, uint64_t *b, size_t n, unsigned bytes)
{
	size_t count[8][256], i;
	unsigned pass;
	uint64_t *t;

	memset(count, 0, bytes * sizeof *count); /* only the passes made */
	for (i = 0; i < n; i++)
		for (pass = 0; pass < bytes; pass++)
			count[pass][(a[i] >> (8 * pass)) & 0xFF]++;
	for (pass = 0; pass < bytes; pass++) {
		size_t *c = count[pass], sum = 0, j;
		if (c[(a[0] >> (8 * pass)) & 0xFF] == n)
			continue; /* every key has this byte */
		for (j = 0; j < 256; j++) {
			size_t here = c[j];
			c[j] = sum;
			sum += here;
		}
		for (i = 0; i < n; i++)
			b[c[(a[i] >> (8 * pass)) & 0xFF]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	return a;
}

/* The common case of pay: every value a whole number of cents from 0 to
 * $42,949,672.95.  Then the cents are sorted as 4-byte keys (at most four
 * passes, not eight) and turned back into the very same doubles: a value
 * read from "52341.17" is 5234117 / 100 correctly rounded, as the cents
 * divided by 100 are.  Returns 0, sorting nothing, when a value is not
 * so (a fraction of a cent, a negative value or -0). */
static int cents_keys(const double *x, size_t n, uint64_t *a)
{
	size_t i;

	for (i = 0; i < n; i++) {
		double v = x[i], back;
		uint32_t c;
		if (!(v >= 0 && v < 42949672.0) || signbit(v))
			return 0;
		c = (uint32_t)(v * 100 + 0.5);
		back = (double)c / 100;
		if (memcmp(&back, &v, sizeof v) != 0) /* bit for bit */
			return 0;
		a[i] = c;
	}
	return 1;
}

/* Sort n doubles (no NaN) ascending, in place: least-significant-digit
 * radix sort of the whole cents when they all are, else of the order keys.
 * Order statistics are most of summarize's work after parsing, and this is
 * several times faster than qsort's comparisons. */
static void sort_doubles(double *x, size_t n)
{
	uint64_t *a, *b, *sorted;
	size_t i;

	if (n < 2)
		return;
	a = xmalloc(n * sizeof *a);
	b = xmalloc(n * sizeof *b);
	if (cents_keys(x, n, a)) {
		sorted = radix_passes(a, b, n, 4);
		for (i = 0; i < n; i++)
			x[i] = (double)sorted[i] / 100;
	} else {
		for (i = 0; i < n; i++)
			a[i] = order_key(x[i]);
		sorted = radix_passes(a, b, n, 8);
		for (i = 0; i < n; i++)
			x[i] = key_value(sorted[i]);
	}
	free(a);
	free(b);
}

typedef struct pair {
	double x, w;
} pair;

static int cmp_pair(const void *pa, const void *pb)
{
	double a = ((const pair *)pa)->x, b = ((const pair *)pb)->x;
	return (a > b) - (a < b);
}

double stats_quantile_sorted(const double *x, size_t n, double p)
{
	if (n == 0)
		return NAN;
	return gsl_stats_quantile_from_sorted_data(x, 1, n, p);
}

double stats_wquantile_sorted(const double *x, const double *w, size_t n,
			      double p)
{
	double total = 0, target, c, next;
	size_t k;

	if (n == 0)
		return NAN;
	if (n == 1)
		return x[0];
	/* value k sits at the middle of its weight, c_k = (weight before k)
	 * + w_k / 2; interpolate at c_0 + p (c_last - c_0).  Equal weights
	 * give R's type 7; symmetric weights give symmetric answers. */
	for (k = 0; k < n; k++)
		total += w[k];
	target = w[0] / 2 + p * (total - w[0] / 2 - w[n - 1] / 2);
	c = w[0] / 2;
	for (k = 0; k + 1 < n; k++) {
		next = c + (w[k] + w[k + 1]) / 2;
		if (target < next)
			return x[k] + (target - c) / (next - c) * (x[k + 1] - x[k]);
		c = next;
	}
	return x[n - 1];
}

size_t stats_median_ci_rank(size_t n)
{
	/* largest l with P(B <= l-1) <= 0.025, B ~ Binomial(n, 1/2) */
	double guess;
	size_t l;

	if (n < 6)
		return 0;
	guess = (double)n / 2 - 1.959964 * sqrt((double)n) / 2;
	l = guess > 3 ? (size_t)guess - 2 : 1;
	while (l > 1 && gsl_cdf_binomial_P((unsigned)(l - 1), 0.5, (unsigned)n) > 0.025)
		l--;
	while (gsl_cdf_binomial_P((unsigned)l, 0.5, (unsigned)n) <= 0.025)
		l++;
	return l;
}

/* Sort the kept values (and weights) once, dropping zero weights from the
 * weighted order statistics.  Returns how many remain. */
static size_t sort_values(stats_acc *a, const stats_plan *plan)
{
	size_t i, m = 0;
	pair *pairs;

	if (!plan->weighted) {
		sort_doubles(a->x, (size_t)a->n);
		return (size_t)a->n;
	}
	pairs = xmalloc((size_t)a->n * sizeof *pairs + 1);
	for (i = 0; i < a->n; i++)
		if (a->w[i] > 0) {
			pairs[m].x = a->x[i];
			pairs[m].w = a->w[i];
			m++;
		}
	qsort(pairs, m, sizeof *pairs, cmp_pair);
	for (i = 0; i < m; i++) {
		a->x[i] = pairs[i].x;
		a->w[i] = pairs[i].w;
	}
	free(pairs);
	return m;
}

static double quantile(const stats_acc *a, const stats_plan *plan, size_t m,
		       double p)
{
	if (plan->approx > 0)
		return a->sk ? sketch_quantile(a->sk, p, a->min, a->max) : NAN;
	return plan->weighted ? stats_wquantile_sorted(a->x, a->w, m, p)
			      : stats_quantile_sorted(a->x, m, p);
}

/* Median absolute deviation about the median. */
static double mad(const stats_acc *a, const stats_plan *plan, size_t m)
{
	double med = quantile(a, plan, m, 0.5), result;
	stats_acc dev;
	stats_plan dev_plan = *plan;
	size_t i;

	if (m == 0)
		return NAN;
	stats_acc_init(&dev);
	dev.n = m;
	dev.x = xmalloc(m * sizeof *dev.x);
	for (i = 0; i < m; i++)
		dev.x[i] = fabs(a->x[i] - med);
	if (plan->weighted) {
		dev.w = xmalloc(m * sizeof *dev.w);
		memcpy(dev.w, a->w, m * sizeof *dev.w);
	}
	dev_plan.keep_values = 1;
	m = sort_values(&dev, &dev_plan);
	result = quantile(&dev, plan, m, 0.5);
	stats_acc_free(&dev);
	return result;
}

void stats_acc_finish(stats_acc *a, const stats_plan *plan, double *out)
{
	size_t n = (size_t)a->n, m = 0, k, col = 0;
	double mean = a->n ? a->mean : NAN;
	double sd = a->n > 1 ? sqrt(a->m2 / (double)(a->n - 1)) : NAN;

	if (plan->keep_values && n > 0) {
		gather(a, plan);
		if (plan->weighted) {
			mean = gsl_stats_wmean(a->w, 1, a->x, 1, n);
			sd = NAN;
			if (n > 1) {
				double s = gsl_stats_wsd_m(a->w, 1, a->x, 1, n, mean);
				sd = isfinite(s) ? s : NAN;
			}
			if (!(a->weight_sum > 0))
				mean = NAN;
		} else {
			mean = gsl_stats_mean(a->x, 1, n);
			/* the sum of squares about the mean over n - 1: what
			 * gsl_stats_sd_m computes, without its division a
			 * value (a chain of them, 5% of a large run) */
			sd = n > 1 ? sqrt(gsl_stats_tss_m(a->x, 1, n, mean) / (double)(n - 1)) : NAN;
		}
		m = sort_values(a, plan);
	}

	for (k = 0; k < plan->nspec; k++) {
		const stat_spec *s = &plan->spec[k];
		switch (s->kind) {
		case STAT_COUNT:
			out[col++] = (double)a->n;
			break;
		case STAT_MISSING:
			out[col++] = (double)a->missing;
			break;
		case STAT_SUM:
			out[col++] = a->sum;
			break;
		case STAT_MEAN:
			out[col++] = mean;
			break;
		case STAT_SD:
			out[col++] = sd;
			break;
		case STAT_MIN:
			out[col++] = a->n ? a->min : NAN;
			break;
		case STAT_MAX:
			out[col++] = a->n ? a->max : NAN;
			break;
		case STAT_QUANTILE:
			out[col++] = quantile(a, plan, m, s->p);
			break;
		case STAT_IQR:
			out[col++] = quantile(a, plan, m, 0.75) -
				     quantile(a, plan, m, 0.25);
			break;
		case STAT_MAD:
			out[col++] = MAD_SCALE * mad(a, plan, m);
			break;
		case STAT_MADRAW:
			out[col++] = mad(a, plan, m);
			break;
		case STAT_MEDIAN_CI: {
			size_t l = stats_median_ci_rank(m);
			out[col++] = l ? a->x[l - 1] : NAN;
			out[col++] = l ? a->x[m - l] : NAN;
			break;
		}
		case STAT_MEAN_CI: {
			double half = NAN;
			if (a->n > 1)
				half = gsl_cdf_tdist_Pinv(0.975, (double)(a->n - 1)) *
				       sd / sqrt((double)a->n);
			out[col++] = mean - half;
			out[col++] = mean + half;
			break;
		}
		case STAT_WEIGHT_SUM:
			out[col++] = a->weight_sum;
			break;
		}
	}
}
