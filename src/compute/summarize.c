#include "compute/summarize.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "compute/summary.h"
#include "input/csvin.h"

/* What reading rows builds: for the whole run, or for one part of a file
 * read by its own thread. */
typedef struct part {
	const stats_plan *plan;
	size_t ngroups;
	summary *groups;
	tally tally;
	microdata_sink sink;
	char *key; /* the group key being built */
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

static void part_init(part *p, const summarizer *s, int defer)
{
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
}

static void part_free(part *p)
{
	free(p->key);
	p->key = NULL;
	summary_free(&p->groups);
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
	tally_merge(&dst->tally, &src->tally, line_offset);
	microdata_sink_merge(&dst->sink, &src->sink);
}

static stats_acc *row_group(part *p, const microdata_row *r)
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
	return summary_group(p->groups, p->key ? p->key : "", keylen);
}

static int on_row(void *ctx, const microdata_row *r)
{
	part *p = ctx;

	stats_acc *a = row_group(p, r);

	if (r->missing) {
		a->missing++;
	} else {
		stats_acc_add(a, p->plan, r->value, r->weight);
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
