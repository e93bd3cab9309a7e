#include "compute/summarize.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/keymap.h"
#include "base/xalloc.h"
#include "compute/summary.h"
#include "input/csvin.h"

/* The most cells the grid of groups may have (4 MiB of it). */
#define GRID_MAX ((size_t)1 << 20)

/* A group column's dictionary: each value a small number, in first-seen
 * order; the previous row's value is tried before the table. */
typedef struct column_dict {
	keymap *values;
	const char *prev; /* the previous row's value (the map's copy) */
	size_t prev_len;
	uint32_t prev_id;
} column_dict;

/* What reading rows builds: for the whole run, or for one part of a file
 * read by its own thread.  A group is found by its columns' numbers
 * (tuples: the numbers as bytes; group g of the grid or tuples is
 * acc_of[g] of groups, which merges may have added to); the previous
 * row's group is tried first. */
typedef struct part {
	const stats_plan *plan;
	size_t ngroups;
	summary *groups;
	stats_slab slab;     /* the groups' kept values */
	tally tally;
	microdata_sink sink;
	column_dict *dict;   /* one a group column */
	uint32_t *grid;      /* group + 1 (0: none) at the cell of its numbers,
			      * each column's below its cap; NULL: past
			      * GRID_MAX cells, tuples used instead */
	size_t *cap;         /* each column's cap: a power of two */
	uint32_t *tuple_of;  /* group g's numbers at [g * ngroups] */
	size_t *acc_of;      /* group g's number in groups */
	size_t ntuples, tuple_alloc, acc_alloc;
	keymap *tuples;
	uint32_t *ids;       /* this row's numbers */
	uint32_t *prev_ids;  /* the previous row's */
	size_t prev_group;   /* SIZE_MAX: none yet */
	char *key; /* a new group's key being built */
	size_t key_alloc;
} part;

struct summarizer {
	const stats_plan *plan;
	microdata *in;
	size_t ngroups;
	int quiet;
	int keep;        /* keep the values after finishing */
	part total;
	const char *how; /* how the last file was read */
};

static int on_row(void *ctx, const microdata_row *r);

/* The cells of the grid at the columns' caps; 0 past GRID_MAX. */
static size_t grid_cells(const part *p)
{
	size_t i, cells = 1;

	for (i = 0; i < p->ngroups; i++) {
		if (p->cap[i] > GRID_MAX / cells)
			return 0;
		cells *= p->cap[i];
	}
	return cells;
}

/* The cell of numbers ids. */
static size_t grid_cell(const part *p, const uint32_t *ids)
{
	size_t i, cell = 0;

	for (i = 0; i < p->ngroups; i++)
		cell = cell * p->cap[i] + ids[i];
	return cell;
}

/* A grid at the caps holding the groups so far; NULL, and every group put
 * in tuples in its order, when it would pass GRID_MAX cells. */
static uint32_t *grid_new(part *p)
{
	size_t g, n = p->ntuples, cells = grid_cells(p);
	uint32_t *grid;

	if (!cells) {
		for (g = 0; g < n; g++)
			keymap_put(p->tuples, (const char *)(p->tuple_of + g * p->ngroups),
				   p->ngroups * sizeof *p->tuple_of, NULL);
		return NULL;
	}
	grid = xcalloc(cells, sizeof *grid);
	for (g = 0; g < n; g++)
		grid[grid_cell(p, p->tuple_of + g * p->ngroups)] = (uint32_t)g + 1;
	return grid;
}

static void part_init(part *p, const summarizer *s, int defer)
{
	size_t i;

	memset(p, 0, sizeof *p);
	p->plan = s->plan;
	p->ngroups = s->ngroups;
	p->groups = summary_new();
	tally_init(&p->tally);
	p->tally.quiet = s->quiet;
	p->tally.defer = defer;
	p->sink.t = &p->tally;
	p->sink.fn = on_row;
	p->sink.ctx = p;
	p->dict = xcalloc(p->ngroups + 1, sizeof *p->dict);
	for (i = 0; i < p->ngroups; i++)
		p->dict[i].values = keymap_new();
	p->tuples = keymap_new();
	p->cap = xcalloc(p->ngroups + 1, sizeof *p->cap);
	for (i = 0; i < p->ngroups; i++)
		p->cap[i] = 64;
	p->grid = grid_new(p);
	p->ids = xcalloc(p->ngroups + 1, sizeof *p->ids);
	p->prev_ids = xcalloc(p->ngroups + 1, sizeof *p->prev_ids);
	p->prev_group = SIZE_MAX;
}

static void part_free(part *p)
{
	size_t i;

	for (i = 0; p->dict && i < p->ngroups; i++)
		keymap_free(&p->dict[i].values);
	free(p->dict);
	p->dict = NULL;
	keymap_free(&p->tuples);
	free(p->grid);
	free(p->cap);
	free(p->tuple_of);
	free(p->acc_of);
	p->acc_of = NULL;
	p->grid = NULL;
	p->cap = NULL;
	p->tuple_of = NULL;
	free(p->ids);
	free(p->prev_ids);
	p->ids = p->prev_ids = NULL;
	free(p->key);
	p->key = NULL;
	summary_free(&p->groups);
	stats_slab_free(&p->slab);
	tally_free(&p->tally);
}

/* Add src's groups (in their first-seen order), counts and messages into
 * dst; src's lines are line_offset further down the file. */
static void part_merge(part *dst, part *src, unsigned long line_offset)
{
	size_t g;

	for (g = 0; g < summary_count(src->groups); g++) {
		size_t keylen;
		const char *key = summary_key(src->groups, g, &keylen);
		stats_acc_merge(summary_group(dst->groups, key, keylen), dst->plan,
				summary_acc(src->groups, g));
	}
	stats_slab_move(&dst->slab, &src->slab);
	tally_merge(&dst->tally, &src->tally, line_offset);
	microdata_sink_merge(&dst->sink, &src->sink);
}

/* The number of the value field[0..n) in column dictionary d. */
static uint32_t value_id(column_dict *d, const char *field, size_t n)
{
	int added;

	if (d->prev && n == d->prev_len && memcmp(field, d->prev, n) == 0)
		return d->prev_id;
	d->prev_id = (uint32_t)keymap_put(d->values, field, n, &added);
	d->prev = keymap_key(d->values, d->prev_id, &d->prev_len);
	return d->prev_id;
}

/* A new group g: its key, the group columns' values each followed by a
 * NUL, found or made in the summary. */
static void new_group(part *p, const microdata_row *r, size_t g)
{
	size_t i, keylen = 0;

	for (i = 0; i < p->ngroups; i++) {
		size_t n;
		const char *field = microdata_group(r, i, &n);
		xgrow(&p->key, &p->key_alloc, keylen + n + 1, 1);
		memcpy(p->key + keylen, field, n);
		keylen += n;
		p->key[keylen++] = '\0';
	}
	xgrow(&p->acc_of, &p->acc_alloc, g + 1, sizeof *p->acc_of);
	p->acc_of[g] = summary_index(p->groups, p->key ? p->key : "", keylen);
}

/* The group of this row's numbers (*added 1 if new): in the grid, which
 * grows a column's cap when a number passes it, or in tuples. */
static size_t group_of(part *p, int *added)
{
	size_t i, g = p->ntuples, cell;

	if (p->grid) {
		for (i = 0; i < p->ngroups; i++)
			if (p->ids[i] >= p->cap[i]) {
				while (p->ids[i] >= p->cap[i])
					p->cap[i] *= 2;
				free(p->grid);
				p->grid = grid_new(p);
				return group_of(p, added);
			}
		cell = grid_cell(p, p->ids);
		*added = !p->grid[cell];
		if (*added)
			p->grid[cell] = (uint32_t)g + 1;
		else
			g = p->grid[cell] - 1;
	} else {
		g = keymap_put(p->tuples, (const char *)p->ids, p->ngroups * sizeof *p->ids, added);
	}
	if (*added) {
		xgrow(&p->tuple_of, &p->tuple_alloc, (g + 1) * p->ngroups + 1, sizeof *p->tuple_of);
		memcpy(p->tuple_of + g * p->ngroups, p->ids, p->ngroups * sizeof *p->ids);
		p->ntuples++;
	}
	return g;
}

static stats_acc *row_group(part *p, const microdata_row *r)
{
	size_t i, g, bytes = p->ngroups * sizeof *p->ids;
	uint32_t *swap;
	int added;

	for (i = 0; i < p->ngroups; i++) {
		size_t n;
		const char *field = microdata_group(r, i, &n);
		p->ids[i] = value_id(&p->dict[i], field, n);
	}
	if (p->prev_group != SIZE_MAX && memcmp(p->ids, p->prev_ids, bytes) == 0)
		return summary_acc(p->groups, p->acc_of[p->prev_group]);
	g = group_of(p, &added);
	if (added)
		new_group(p, r, g);
	swap = p->prev_ids;
	p->prev_ids = p->ids;
	p->ids = swap;
	p->prev_group = g;
	return summary_acc(p->groups, p->acc_of[g]);
}

static int on_row(void *ctx, const microdata_row *r)
{
	part *p = ctx;

	stats_acc *a = row_group(p, r);

	if (r->missing) {
		a->missing++;
	} else {
		stats_acc_add(a, p->plan, &p->slab, r->value, r->weight);
		a->per_unit[r->from]++;
	}
	return 0;
}

summarizer *summarize_new(const microdata_opts *in, const stats_plan *plan, int quiet)
{
	summarizer *s = xcalloc(1, sizeof *s);

	s->plan = plan;
	s->in = microdata_new(in);
	s->ngroups = in->ngroups;
	s->quiet = quiet;
	part_init(&s->total, s, 0);
	if (s->ngroups == 0)
		summary_group(s->total.groups, "", 0); /* the one group shows even if empty */
	return s;
}

void summarize_free(summarizer **ps)
{
	summarizer *s = *ps;

	if (!s)
		return;
	part_free(&s->total);
	microdata_free(&s->in);
	free(s);
	*ps = NULL;
}

const char *summarize_how_read(const summarizer *s)
{
	return s->how;
}

const microdata_sink *summarize_counts(const summarizer *s)
{
	return &s->total.sink;
}

const char *summarize_group_name(const summarizer *s, size_t i)
{
	return microdata_group_name(s->in, i);
}

const char *summarize_key(const summarizer *s, size_t g)
{
	return summary_key(s->total.groups, g, NULL);
}

const unsigned long long *summarize_units(const summarizer *s, size_t g)
{
	return summary_acc(s->total.groups, g)->per_unit;
}

/* --- reading ----------------------------------------------------------- */

/* One half of a file, read by its own thread. */
typedef struct half {
	part part;
	const microdata *in;
	const char *path;
	microdata_part range;
	int result;
	pthread_t thread;
} half;

static void *read_half(void *arg)
{
	half *h = arg;

	h->result = microdata_read_part(h->in, h->path, &h->range, &h->part.sink);
	return NULL;
}

/* Read a large file in two halves on two threads (parsing is most of the
 * time).  Returns 1 if done, 0 if the file must be read whole instead
 * (small, not a regular file, or the split point fell inside a record),
 * EXIT_USAGE if the header lacks a column, -1 if it is unreadable. */
static int read_split(summarizer *s, const char *path)
{
	off_t split = csvin_split_point(path);
	half h[2];
	int r, i, ok;

	s->how = "read whole (under 8 MiB, not a regular file, or no line end past its middle)";
	if (split <= 0)
		return 0;
	r = microdata_read_header(s->in, path, &s->total.sink);
	if (r != 0)
		return r;
	for (i = 0; i < 2; i++) {
		part_init(&h[i].part, s, 1);
		h[i].in = s->in;
		h[i].path = path;
		h[i].range.start = i ? split : 0;
		h[i].range.end = i ? -1 : split;
		if (pthread_create(&h[i].thread, NULL, read_half, &h[i]) != 0) {
			diag("cannot start a thread");
			exit(EXIT_USAGE);
		}
	}
	for (i = 0; i < 2; i++)
		pthread_join(h[i].thread, NULL);
	ok = h[0].result == 0 && h[1].result == 0 && h[0].range.between_records;
	s->how = "read whole: the two parts did not meet between records (stray quotes?)";
	if (ok) {
		s->how = "read in 2 parts on 2 threads";
		part_merge(&s->total, &h[0].part, 0);
		part_merge(&s->total, &h[1].part, h[0].range.end_line - 1);
	}
	for (i = 0; i < 2; i++)
		part_free(&h[i].part);
	return ok;
}

int summarize_read(summarizer *s, const char *path)
{
	int r;

	s->how = "read whole (standard input)";
	r = strcmp(path, "-") == 0 ? 0 : read_split(s, path);

	if (r == 1)
		return 0;
	if (r == 0)
		r = microdata_read(s->in, path, &s->total.sink);
	return r;
}

/* --- finishing --------------------------------------------------------- */

/* Finishing the groups (sorting their values) is the last big piece of
 * work; two threads take alternate groups. */
typedef struct finisher {
	const stats_plan *plan;
	summary *groups;
	double *out; /* ngroups x ncolumns */
	size_t first;
	int keep;
	pthread_t thread;
} finisher;

static void *finish_groups(void *arg)
{
	finisher *f = arg;
	size_t g, n = summary_count(f->groups), cols = f->plan->ncolumns;

	for (g = f->first; g < n; g += 2) {
		stats_acc_finish(summary_acc(f->groups, g), f->plan, f->out + g * cols);
		if (!f->keep)
			stats_acc_free(summary_acc(f->groups, g));
	}
	return NULL;
}

size_t summarize_finish(summarizer *s, int sort, double **out)
{
	summary *groups = s->total.groups;
	size_t i, n;
	finisher f[2];

	if (sort)
		summary_sort(groups);
	n = summary_count(groups);
	*out = xmalloc((n * s->plan->ncolumns + 1) * sizeof **out);
	for (i = 0; i < 2; i++) {
		f[i].plan = s->plan;
		f[i].groups = groups;
		f[i].out = *out;
		f[i].first = i;
		f[i].keep = s->keep;
	}
	if (n < 2 || pthread_create(&f[1].thread, NULL, finish_groups, &f[1]) != 0) {
		finish_groups(&f[0]);
		finish_groups(&f[1]);
	} else {
		finish_groups(&f[0]);
		pthread_join(f[1].thread, NULL);
	}
	stats_slab_free(&s->total.slab); /* every group's values gathered */
	return n;
}

void summarize_keep_values(summarizer *s)
{
	s->keep = 1;
}

const double *summarize_values(summarizer *s, size_t g, size_t *n)
{
	stats_acc *a = summary_acc(s->total.groups, g);

	*n = a->x ? (size_t)a->n : 0;
	return a->x;
}
