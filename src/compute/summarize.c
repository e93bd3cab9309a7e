#include "compute/summarize.h"

#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/infile.h"
#include "base/xalloc.h"
#include "compute/groupnum.h"
#include "compute/summary.h"
#include "input/csvin.h"
#include "input/stdinblk.h"

_Static_assert(CSVIN_PAD >= GROUPNUM_READ, "a group value is read past its end");

/* A row read whose value is not yet added (on_row). */
#define PIPE 16
typedef struct pending {
	size_t acc; /* its group's number in groups */
	double value, weight;
	unsigned char from, missing;
} pending;

/* What reading rows builds: for the whole run, or for one part of a file
 * read by its own thread.  Group g of numbers (groupnum) is acc_of[g] of
 * groups, which merges may have added to. */
typedef struct part {
	const stats_plan *plan;
	size_t ngroups;
	summary *groups;
	stats_slab slab;     /* the groups' kept values */
	tally tally;
	microdata_sink sink;
	groupnum *numbers;   /* the rows' groups */
	size_t *acc_of;      /* group g's number in groups */
	int acc_same;        /* 1 while acc_of[g] is g for every g: a part's
			      * own groups, before any merge (a row's group is
			      * then found with one memory read fewer) */
	size_t acc_alloc;
	char *key; /* a new group's key being built */
	size_t key_alloc;
	pending pipe[PIPE]; /* rows waiting to be added, oldest at
			     * (next - npending) mod PIPE */
	size_t next, npending;
} part;

struct summarizer {
	const stats_plan *plan;
	microdata *in;
	size_t ngroups;
	int quiet;
	int keep;        /* keep the values after finishing */
	part total;
	char **names;    /* the group columns' names, without microdata */
	size_t jobs;     /* threads to read and finish with */
	const char *how; /* how the last file was read */
	char how_text[96];
};

static int on_row(void *ctx, const microdata_row *r);
static void part_flush(struct part *p);

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
	p->numbers = groupnum_new(p->ngroups);
	p->acc_same = 1;
}

static void part_free(part *p)
{
	groupnum_free(&p->numbers);
	free(p->acc_of);
	p->acc_of = NULL;
	free(p->key);
	p->key = NULL;
	summary_free(&p->groups);
	stats_slab_free(&p->slab);
	tally_free(&p->tally);
}

/* Add src's groups (in their first-seen order), counts and messages into
 * dst; src's lines are line_offset further down the file.  With copy, the
 * kept values are copied into dst's slab, and src's slab can be freed at
 * once (many small parts: standard input's blocks); else src's blocks are
 * linked and its slab given to dst (a few large ones). */
static void part_merge(part *dst, part *src, unsigned long line_offset, int copy)
{
	size_t g;

	part_flush(dst);
	part_flush(src);
	for (g = 0; g < summary_count(src->groups); g++) {
		size_t keylen;
		const char *key = summary_key(src->groups, g, &keylen);
		stats_acc_merge(summary_group(dst->groups, key, keylen), summary_acc(src->groups, g),
				copy ? &dst->slab : NULL);
	}
	if (!copy)
		stats_slab_move(&dst->slab, &src->slab);
	tally_merge(&dst->tally, &src->tally, line_offset);
	microdata_sink_merge(&dst->sink, &src->sink);
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
	if (p->acc_of[g] != g)
		p->acc_same = 0;
}

/* The number in groups of this row's group. */
static size_t row_group(part *p, const microdata_row *r)
{
	size_t i, g;
	int added;

	for (i = 0; i < p->ngroups; i++) {
		size_t n;
		const char *field = microdata_group(r, i, &n);
		groupnum_value(p->numbers, i, field, n);
	}
	g = groupnum_find(p->numbers, &added);
	if (added)
		new_group(p, r, g);
	return p->acc_same ? g : p->acc_of[g];
}

static void add_row(part *p, const pending *e)
{
	stats_acc *a = summary_acc(p->groups, e->acc);

	if (e->missing) {
		a->missing++;
	} else {
		stats_acc_add(a, p->plan, &p->slab, e->value, e->weight);
		a->per_unit[e->from]++;
	}
}

/* Add the rows still in the pipe, in their order. */
static void part_flush(part *p)
{
	for (; p->npending; p->npending--)
		add_row(p, &p->pipe[(p->next + PIPE - p->npending) % PIPE]);
}

/* A row is added PIPE rows after its group is found: its accumulator is
 * fetched into the cache when it enters the pipe, and the block its value
 * goes to (or its sketch and the sketch's batch) half way along, so that
 * adding it does not wait on memory (the groups' accumulators and blocks
 * do not stay in the cache when rows stream through it). */
static int on_row(void *ctx, const microdata_row *r)
{
	part *p = ctx;
	pending *e = &p->pipe[p->next];
	size_t half = (p->next + PIPE / 2) % PIPE;
	const stats_acc *acc;

	if (p->npending == PIPE)
		add_row(p, e);
	else
		p->npending++;
	e->acc = row_group(p, r);
	e->missing = r->missing;
	e->value = r->value;
	e->weight = r->weight;
	e->from = (unsigned char)r->from;
	acc = summary_acc(p->groups, e->acc);
	/* what adding touches (stats.h) is its first 64 bytes, which lie
	 * across two cache lines as often as not */
	__builtin_prefetch(acc, 1);
	__builtin_prefetch((const char *)acc + 63, 1);
	if (p->npending > PIPE / 2) {
		const stats_acc *a = summary_acc(p->groups, p->pipe[half].acc);
		__builtin_prefetch(a->wp, 1);
		/* a->sk lies past the lines fetched above: read it only
		 * when there is one (a missed read a row) */
		if (p->plan->approx > 0)
			__builtin_prefetch(a->sk, 1);
	}
	p->next = (p->next + 1) % PIPE;
	return 0;
}

summarizer *summarize_new(const microdata_opts *in, const stats_plan *plan, int quiet)
{
	summarizer *s = xcalloc(1, sizeof *s);

	s->plan = plan;
	s->in = microdata_new(in);
	s->ngroups = in->ngroups;
	s->quiet = quiet;
	s->jobs = summarize_cores();
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
	if (s->in)
		microdata_free(&s->in);
	for (size_t i = 0; s->names && i < s->ngroups; i++)
		free(s->names[i]);
	free(s->names);
	free(s);
	*ps = NULL;
}

size_t summarize_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (size_t)n : 1;
}

void summarize_set_jobs(summarizer *s, size_t jobs)
{
	s->jobs = jobs ? jobs : 1;
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
	return s->in ? microdata_group_name(s->in, i) : s->names[i];
}

summarizer *summarize_new_merged(const stats_plan *plan, size_t ngroups,
				 char *const *names)
{
	summarizer *s = xcalloc(1, sizeof *s);
	size_t i;

	s->plan = plan;
	s->ngroups = ngroups;
	s->quiet = 1;
	s->jobs = summarize_cores();
	s->names = xcalloc(ngroups + 1, sizeof *s->names);
	for (i = 0; i < ngroups; i++)
		s->names[i] = xstrdup(names[i]);
	part_init(&s->total, s, 0);
	return s;
}

size_t summarize_groups(const summarizer *s)
{
	return summary_count(s->total.groups);
}

stats_acc *summarize_acc(summarizer *s, size_t g)
{
	return summary_acc(s->total.groups, g);
}

stats_acc *summarize_group(summarizer *s, const char *key, size_t keylen)
{
	return summary_group(s->total.groups, key, keylen);
}

microdata_sink *summarize_sink(summarizer *s)
{
	return &s->total.sink;
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

/* One part of a file, read by its own thread. */
typedef struct piece {
	part part;
	const microdata *in;
	const char *path;
	microdata_part range;
	int result;
	pthread_t thread;
} piece;

static void *read_piece(void *arg)
{
	piece *h = arg;

	h->result = microdata_read_part(h->in, h->path, &h->range, &h->part.sink);
	return NULL;
}

static void start_thread(pthread_t *t, void *(*fn)(void *), void *arg)
{
	if (pthread_create(t, NULL, fn, arg) != 0) {
		diag("cannot start a thread");
		exit(EXIT_USAGE);
	}
}

/* Read the parts starting at start[0..n) on n threads (the last on this
 * one), and merge them in order if each but the last ended between
 * records: 1 if so, else 0. */
static int read_pieces(summarizer *s, const char *path, const off_t *start, size_t n)
{
	piece *h = xcalloc(n, sizeof *h);
	unsigned long line_offset = 0;
	size_t i;
	int ok = 1;

	for (i = 0; i < n; i++) {
		part_init(&h[i].part, s, 1);
		h[i].in = s->in;
		h[i].path = path;
		h[i].range.start = start[i];
		h[i].range.end = i + 1 < n ? start[i + 1] : -1;
		if (i + 1 < n)
			start_thread(&h[i].thread, read_piece, &h[i]);
	}
	read_piece(&h[n - 1]);
	for (i = 0; i + 1 < n; i++)
		pthread_join(h[i].thread, NULL);
	for (i = 0; i < n; i++)
		ok &= h[i].result == 0 && (i + 1 == n || h[i].range.between_records);
	for (i = 0; ok && i < n; i++) {
		part_merge(&s->total, &h[i].part, line_offset, 0);
		line_offset += h[i].range.end_line - 1;
	}
	for (i = 0; i < n; i++)
		part_free(&h[i].part);
	free(h);
	return ok;
}

/* Read a large file in parts on as many threads as jobs (parsing is most
 * of the time), split at line starts with no pass over the file first.
 * Returns 1 if done, 0 if the file must be read whole instead (small, not
 * a regular file, one job, or a part ended inside a record: a quoted line
 * end at a split), EXIT_USAGE if the header lacks a column, -1 if it is
 * unreadable. */
static int read_split(summarizer *s, const char *path)
{
	off_t *start = xmalloc(s->jobs * sizeof *start);
	size_t n = csvin_split(path, s->jobs, start);
	int r = 0;

	s->how = "read whole (under 8 MiB, not a regular file, one job, or no line end to split at)";
	if (n > 1 && (r = microdata_read_header(s->in, path, &s->total.sink)) == 0) {
		r = read_pieces(s, path, start, n);
		snprintf(s->how_text, sizeof s->how_text, "read in %zu parts on %zu threads", n, n);
		s->how = r ? s->how_text
			   : "read whole: the parts did not meet between records (a quoted line end at a split?)";
	}
	free(start);
	return r;
}

/* --- standard input in blocks ------------------------------------------ */

/* Standard input is read by this thread in blocks cut at record ends
 * (stdinblk.h) and parsed by jobs threads, each block into its own part;
 * the parts are merged in order as they are done, at most 2 x jobs blocks
 * read ahead of the merge.  A block that did not end between records (a
 * stray quote fooled the cut) stops it: that block and the ones after it
 * are read together, with the rest of the input, by this thread. */
#define STDIN_BLOCK ((size_t)8 << 20)

typedef struct sblock {
	char *data;
	part part;
	microdata_part range;
	int result, done;
} sblock;

typedef struct stdin_run {
	summarizer *s;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	sblock **b;
	size_t nblocks, alloc, next, merged, failed;
	unsigned long line_offset;
	int eof, stop;
} stdin_run;

static void *parse_blocks(void *arg)
{
	stdin_run *run = arg;

	for (;;) {
		sblock *b;
		pthread_mutex_lock(&run->mu);
		while (run->next == run->nblocks && !run->eof && !run->stop)
			pthread_cond_wait(&run->cv, &run->mu);
		if (run->stop || run->next == run->nblocks) {
			pthread_mutex_unlock(&run->mu);
			return NULL;
		}
		b = run->b[run->next++];
		pthread_mutex_unlock(&run->mu);
		b->result = microdata_read_part(run->s->in, "<stdin>", &b->range, &b->part.sink);
		pthread_mutex_lock(&run->mu);
		b->done = 1;
		pthread_cond_broadcast(&run->cv);
		pthread_mutex_unlock(&run->mu);
	}
}

/* Add a block read (the lock held). */
static void push_block(stdin_run *run, char *data, size_t len, int last)
{
	sblock *b = xcalloc(1, sizeof *b);

	part_init(&b->part, run->s, 1);
	b->data = data;
	b->range.data = data;
	b->range.len = len;
	b->range.first = run->nblocks == 0;
	b->range.last = last;
	xgrow(&run->b, &run->alloc, run->nblocks + 1, sizeof *run->b);
	run->b[run->nblocks++] = b;
	run->eof |= last;
	pthread_cond_broadcast(&run->cv);
}

static void drop_block(stdin_run *run, size_t k)
{
	part_free(&run->b[k]->part);
	free(run->b[k]->data);
	free(run->b[k]);
	run->b[k] = NULL;
}

/* Merge the blocks done, in order (the lock held); stop at one that did
 * not end between records. */
static void merge_done(stdin_run *run)
{
	while (!run->stop && run->merged < run->nblocks && run->b[run->merged]->done) {
		sblock *b = run->b[run->merged];
		if (b->result != 0 || !(b->range.last || b->range.between_records)) {
			run->stop = 1;
			run->failed = run->merged;
			pthread_cond_broadcast(&run->cv);
			return;
		}
		part_merge(&run->s->total, &b->part, run->line_offset, 1);
		run->line_offset += b->range.end_line - 1;
		drop_block(run, run->merged++);
	}
}

/* Read blocks ahead of the merge until the input ends; 0, or as
 * stdinblk_next's error. */
static int feed_blocks(stdin_run *run, stdinblk *in, size_t ahead)
{
	for (;;) {
		char *data;
		size_t len;
		int last, got, stop;

		pthread_mutex_lock(&run->mu);
		merge_done(run);
		while (!run->stop && run->nblocks - run->merged >= ahead) {
			pthread_cond_wait(&run->cv, &run->mu);
			merge_done(run);
		}
		stop = run->stop;
		pthread_mutex_unlock(&run->mu);
		if (stop)
			return 0;
		got = stdinblk_next(in, &data, &len, &last);
		pthread_mutex_lock(&run->mu);
		if (got == 1)
			push_block(run, data, len, last);
		else
			run->eof = 1;
		pthread_cond_broadcast(&run->cv);
		pthread_mutex_unlock(&run->mu);
		if (got <= 0 || last)
			return got < 0 ? got : 0;
	}
}

/* After a block that did not end between records: it, the blocks after
 * it and the rest of the input, read as one stream by this thread into
 * the total (the parsers stopped, the blocks before merged, so that its
 * messages come in order), holding no more than the blocks it had. */
static int read_rest(stdin_run *run, stdinblk *in)
{
	size_t k, len = 0, alloc = 0, n;
	char *all = NULL;
	int eof, r;
	microdata_part rest = {.last = 1, .then_stdin = 1};
	const char *carry = stdinblk_rest(in, &n, &rest.stdin_read, &eof);

	for (k = run->failed; k < run->nblocks; k++) {
		xgrow(&all, &alloc, len + run->b[k]->range.len + 1, 1);
		memcpy(all + len, run->b[k]->data, run->b[k]->range.len);
		len += run->b[k]->range.len;
		drop_block(run, k);
	}
	run->nblocks = run->failed;
	xgrow(&all, &alloc, len + n + 1, 1);
	if (n)
		memcpy(all + len, carry, n);
	rest.data = all;
	rest.len = len + n;
	rest.first = run->failed == 0;
	rest.then_stdin = !eof;
	rest.first_line = run->line_offset + 1;
	r = microdata_read_part(run->s->in, "<stdin>", &rest, &run->s->total.sink);
	free(all);
	return r;
}

/* Standard input on jobs threads, fd open on it: 1 if done, 0 if it must
 * be read whole instead (empty), else as microdata_read. */
static int read_stdin(summarizer *s, int fd)
{
	stdinblk *in = stdinblk_new(fd, "<stdin>", STDIN_BLOCK);
	stdin_run run = {.s = s};
	pthread_t *t;
	char *data;
	size_t len, i;
	int last, r = stdinblk_next(in, &data, &len, &last);

	if (r <= 0) {
		stdinblk_free(&in);
		return r == 0 ? 0 : r == -1 ? -1 : EXIT_USAGE;
	}
	if ((r = microdata_read_header_block(s->in, "<stdin>", data, len, &s->total.sink)) != 0) {
		free(data);
		stdinblk_free(&in);
		return r;
	}
	if (last) { /* one block: read whole here, as before */
		microdata_part whole = {.data = data, .len = len, .first = 1, .last = 1};
		r = microdata_read_part(s->in, "<stdin>", &whole, &s->total.sink);
		free(data);
		stdinblk_free(&in);
		return r == 0 ? 1 : r;
	}
	pthread_mutex_init(&run.mu, NULL);
	pthread_cond_init(&run.cv, NULL);
	push_block(&run, data, len, last);
	t = xcalloc(s->jobs, sizeof *t);
	for (i = 0; i < s->jobs; i++)
		start_thread(&t[i], parse_blocks, &run);
	r = feed_blocks(&run, in, 2 * s->jobs);
	for (i = 0; i < s->jobs; i++)
		pthread_join(t[i], NULL);
	merge_done(&run);
	snprintf(s->how_text, sizeof s->how_text, "read from standard input in %zu blocks on %zu threads",
		 run.nblocks, s->jobs);
	s->how = s->how_text;
	if (r == 0 && run.stop) {
		s->how = "read from standard input in blocks, then by one thread from a block that "
			 "did not end between records";
		r = read_rest(&run, in);
	}
	for (i = run.merged; i < run.nblocks; i++)
		if (run.b[i])
			drop_block(&run, i);
	free(run.b);
	free(t);
	pthread_cond_destroy(&run.cv);
	pthread_mutex_destroy(&run.mu);
	stdinblk_free(&in);
	return r == 0 ? 1 : r == -1 ? -1 : r == -2 ? EXIT_USAGE : r;
}

/* Standard input: in blocks on threads when it is a pipe or a socket
 * and jobs is more than one (a file given as standard input is read
 * whole, as a small or one-job input is); as read_split returns.  Not
 * when a field may be longer than --max-field within one block: a
 * parser's message would come out of order (and again from read_rest). */
static int stdin_split(summarizer *s)
{
	struct stat st;

	if (s->jobs < 2 || infile_max_field < STDIN_BLOCK || fstat(STDIN_FILENO, &st) != 0 ||
	    !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
		return 0;
	return read_stdin(s, STDIN_FILENO);
}

int summarize_read(summarizer *s, const char *path)
{
	int r;

	s->how = "read whole (standard input)";
	r = strcmp(path, "-") == 0 ? stdin_split(s) : read_split(s, path);

	if (r == 0)
		r = microdata_read(s->in, path, &s->total.sink);
	part_flush(&s->total);
	return r == 1 ? 0 : r;
}

/* --- finishing --------------------------------------------------------- */

/* Finishing the groups (sorting their values) is the last big piece of
 * work; the threads (as many as jobs) take every jobs-th group. */
typedef struct finisher {
	const stats_plan *plan;
	summary *groups;
	double *out; /* ngroups x ncolumns */
	size_t first, step;
	int keep;
	pthread_t thread;
} finisher;

static void *finish_groups(void *arg)
{
	finisher *f = arg;
	size_t g, n = summary_count(f->groups), cols = f->plan->ncolumns;

	for (g = f->first; g < n; g += f->step) {
		stats_acc_finish(summary_acc(f->groups, g), f->plan, f->out + g * cols);
		if (!f->keep)
			stats_acc_free(summary_acc(f->groups, g));
	}
	return NULL;
}

size_t summarize_finish(summarizer *s, int sort, double **out)
{
	summary *groups = s->total.groups;
	size_t i, n, nf;
	finisher *f;

	if (sort)
		summary_sort(groups);
	n = summary_count(groups);
	nf = n < s->jobs ? (n ? n : 1) : s->jobs;
	f = xcalloc(nf, sizeof *f);
	*out = xmalloc((n * s->plan->ncolumns + 1) * sizeof **out);
	for (i = 0; i < nf; i++) {
		f[i].plan = s->plan;
		f[i].groups = groups;
		f[i].out = *out;
		f[i].first = i;
		f[i].step = nf;
		f[i].keep = s->keep;
		if (i > 0)
			start_thread(&f[i].thread, finish_groups, &f[i]);
	}
	finish_groups(&f[0]);
	for (i = 1; i < nf; i++)
		pthread_join(f[i].thread, NULL);
	free(f);
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
