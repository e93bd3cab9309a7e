#include "compute/sketch.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

sketch *sketch_new(double alpha)
{
	sketch *s = xcalloc(1, sizeof *s);

	s->alpha = alpha;
	s->gamma = (1 + alpha) / (1 - alpha);
	s->inv_log_gamma = 1 / log(s->gamma);
	s->pos.min = s->neg.min = 1;
	s->pos.max = s->neg.max = 0;
	return s;
}

void sketch_free(sketch **ps)
{
	if (!*ps)
		return;
	free((*ps)->pos.c32);
	free((*ps)->pos.c64);
	free((*ps)->neg.c32);
	free((*ps)->neg.c64);
	free(*ps);
	*ps = NULL;
}

/* The count of bucket i (within the store's range). */
static uint64_t count_at(const sketch_store *st, long i)
{
	return st->c32 ? st->c32[i - st->lo] : st->c64[i - st->lo];
}

/* Counts of buckets lo .. lo + cap - 1 in a new array of the store's
 * width (64-bit if wide), the old ones copied in. */
static void store_move(sketch_store *st, long lo, size_t cap, int wide)
{
	size_t k, from = (size_t)(st->lo - lo);

	if (wide) {
		uint64_t *c = xcalloc(cap, sizeof *c);
		for (k = 0; k < st->cap; k++)
			c[from + k] = count_at(st, st->lo + (long)k);
		free(st->c64);
		st->c64 = c;
		free(st->c32);
		st->c32 = NULL;
	} else {
		uint32_t *c = xcalloc(cap, sizeof *c);
		memcpy(c + from, st->c32, st->cap * sizeof *c);
		free(st->c32);
		st->c32 = c;
	}
	st->cap = cap;
	st->lo = lo;
}

/* Make room for bucket i, growing toward it by at least half again. */
static void store_reach(sketch_store *st, long i)
{
	long lo, hi;
	size_t cap;

	if ((st->c32 || st->c64) && i >= st->lo && i < st->lo + (long)st->cap)
		return;
	if (!st->c32 && !st->c64) {
		st->cap = 64;
		st->lo = i - 32;
		st->c32 = xcalloc(st->cap, sizeof *st->c32);
		return;
	}
	lo = i < st->lo ? i : st->lo;
	hi = i > st->lo + (long)st->cap - 1 ? i : st->lo + (long)st->cap - 1;
	cap = (size_t)(hi - lo + 1);
	if (cap < st->cap + st->cap / 2)
		cap = st->cap + st->cap / 2;
	if (i < st->lo)
		lo = hi - (long)cap + 1;
	store_move(st, lo, cap, st->c64 != NULL);
}

static void store_add(sketch_store *st, long i, uint64_t n)
{
	store_reach(st, i);
	if (st->c32 && n > UINT32_MAX - st->c32[i - st->lo])
		store_move(st, st->lo, st->cap, 1); /* widen, in place */
	if (st->c32)
		st->c32[i - st->lo] += (uint32_t)n;
	else
		st->c64[i - st->lo] += n;
	if (st->min > st->max)
		st->min = st->max = i;
	else if (i < st->min)
		st->min = i;
	else if (i > st->max)
		st->max = i;
}

void sketch_put(sketch *s, int sign, long i, uint64_t n)
{
	if (n == 0)
		return;
	s->n += n;
	if (sign == 0)
		s->zeros += n;
	else
		store_add(sign > 0 ? &s->pos : &s->neg, i, n);
}

/* Count x in its bucket, s->n aside. */
static void count(sketch *s, double x)
{
	double size = fabs(x);

	if (!(size > 0))
		s->zeros++;
	else
		store_add(x > 0 ? &s->pos : &s->neg, (long)ceil(log(size) * s->inv_log_gamma), 1);
}

void sketch_settle(sketch *s)
{
	unsigned k;

	for (k = 0; k < s->nbatch; k++)
		count(s, s->batch[k]);
	s->nbatch = 0;
}

double *sketch_add(sketch *s, double x)
{
	s->n++;
	s->batch[s->nbatch++] = x;
	if (s->nbatch == SKETCH_BATCH)
		sketch_settle(s);
	return s->batch + s->nbatch;
}

void sketch_merge(sketch *dst, sketch *src)
{
	long i;

	sketch_settle(src);
	sketch_put(dst, 0, 0, src->zeros);
	for (i = src->pos.min; i <= src->pos.max; i++)
		sketch_put(dst, 1, i, count_at(&src->pos, i));
	for (i = src->neg.min; i <= src->neg.max; i++)
		sketch_put(dst, -1, i, count_at(&src->neg, i));
}

/* The value bucket i stands for. */
static double bucket_value(const sketch *s, long i)
{
	return 2 * pow(s->gamma, (double)i) / (s->gamma + 1);
}

/* The estimate of the value of 0-based rank r: the most negative values
 * first (the largest sizes), then the zeros, then the positive ones. */
static double value_at(const sketch *s, uint64_t r)
{
	uint64_t seen = 0;
	long i;

	for (i = s->neg.max; i >= s->neg.min; i--) {
		seen += count_at(&s->neg, i);
		if (r < seen)
			return -bucket_value(s, i);
	}
	seen += s->zeros;
	if (r < seen)
		return 0;
	for (i = s->pos.min; i <= s->pos.max; i++) {
		seen += count_at(&s->pos, i);
		if (r < seen)
			return bucket_value(s, i);
	}
	return s->pos.max >= s->pos.min ? bucket_value(s, s->pos.max) : 0;
}

static double clamp(double v, double min, double max)
{
	return v < min ? min : v > max ? max : v;
}

double sketch_quantile(sketch *s, double p, double min, double max)
{
	double h, frac, lo, hi;
	uint64_t r;

	sketch_settle(s);
	if (s->n == 0)
		return NAN;
	h = p * (double)(s->n - 1);
	r = (uint64_t)floor(h);
	frac = h - (double)r;
	lo = clamp(value_at(s, r), min, max);
	if (frac <= 0 || r + 1 >= s->n)
		return lo;
	hi = clamp(value_at(s, r + 1), min, max);
	return lo + frac * (hi - lo);
}

static void store_write(const sketch_store *st, const char *name, FILE *out)
{
	long i;

	if (st->min > st->max) {
		fprintf(out, "%s 0 0\n", name);
		return;
	}
	fprintf(out, "%s %ld %ld", name, st->min, st->max - st->min + 1);
	for (i = st->min; i <= st->max; i++)
		fprintf(out, " %llu", (unsigned long long)count_at(st, i));
	fputc('\n', out);
}

void sketch_write(sketch *s, FILE *out)
{
	sketch_settle(s);
	fprintf(out, "zeros %llu\n", (unsigned long long)s->zeros);
	store_write(&s->pos, "pos", out);
	store_write(&s->neg, "neg", out);
}
