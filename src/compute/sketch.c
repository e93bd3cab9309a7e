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
	free((*ps)->pos.c);
	free((*ps)->neg.c);
	free(*ps);
	*ps = NULL;
}

/* Make room for bucket i, growing toward it by at least half again. */
static void store_reach(sketch_store *st, long i)
{
	long lo, hi;
	size_t cap;
	uint64_t *c;

	if (st->c && i >= st->lo && i < st->lo + (long)st->cap)
		return;
	if (!st->c) {
		st->cap = 64;
		st->lo = i - 32;
		st->c = xcalloc(st->cap, sizeof *st->c);
		return;
	}
	lo = i < st->lo ? i : st->lo;
	hi = i > st->lo + (long)st->cap - 1 ? i : st->lo + (long)st->cap - 1;
	cap = (size_t)(hi - lo + 1);
	if (cap < st->cap + st->cap / 2)
		cap = st->cap + st->cap / 2;
	if (i < st->lo)
		lo = hi - (long)cap + 1;
	c = xcalloc(cap, sizeof *c);
	memcpy(c + (st->lo - lo), st->c, st->cap * sizeof *c);
	free(st->c);
	st->c = c;
	st->cap = cap;
	st->lo = lo;
}

static void store_add(sketch_store *st, long i, uint64_t n)
{
	store_reach(st, i);
	st->c[i - st->lo] += n;
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

void sketch_add(sketch *s, double x)
{
	double size = fabs(x);

	if (!(size > 0)) {
		sketch_put(s, 0, 0, 1);
		return;
	}
	sketch_put(s, x > 0 ? 1 : -1, (long)ceil(log(size) * s->inv_log_gamma), 1);
}

void sketch_merge(sketch *dst, const sketch *src)
{
	long i;

	sketch_put(dst, 0, 0, src->zeros);
	for (i = src->pos.min; i <= src->pos.max; i++)
		sketch_put(dst, 1, i, src->pos.c[i - src->pos.lo]);
	for (i = src->neg.min; i <= src->neg.max; i++)
		sketch_put(dst, -1, i, src->neg.c[i - src->neg.lo]);
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
		seen += s->neg.c[i - s->neg.lo];
		if (r < seen)
			return -bucket_value(s, i);
	}
	seen += s->zeros;
	if (r < seen)
		return 0;
	for (i = s->pos.min; i <= s->pos.max; i++) {
		seen += s->pos.c[i - s->pos.lo];
		if (r < seen)
			return bucket_value(s, i);
	}
	return s->pos.max >= s->pos.min ? bucket_value(s, s->pos.max) : 0;
}

static double clamp(double v, double min, double max)
{
	return v < min ? min : v > max ? max : v;
}

double sketch_quantile(const sketch *s, double p, double min, double max)
{
	double h, frac, lo, hi;
	uint64_t r;

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
		fprintf(out, " %llu", (unsigned long long)st->c[i - st->lo]);
	fputc('\n', out);
}

void sketch_write(const sketch *s, FILE *out)
{
	fprintf(out, "zeros %llu\n", (unsigned long long)s->zeros);
	store_write(&s->pos, "pos", out);
	store_write(&s->neg, "neg", out);
}
