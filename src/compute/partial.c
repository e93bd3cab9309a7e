#include "compute/partial.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/tally.h"
#include "base/xalloc.h"
#include "compute/sketch.h"

/* --- writing ----------------------------------------------------------- */

static void put_escaped(FILE *out, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= ' ' || c == '%' || c == 0x7f)
			fprintf(out, "%%%02X", c);
		else
			fputc(c, out);
	}
}

static void write_acc(const stats_acc *a, const stats_plan *plan, FILE *out)
{
	const stats_block *b;
	unsigned i;
	int u;

	fprintf(out, "acc %llu %llu %.17g %.17g %.17g %.17g %.17g %.17g", a->n, a->missing,
		a->sum, a->min, a->max, a->mean, a->m2, a->weight_sum);
	for (u = 0; u < UNIT_COUNT; u++)
		fprintf(out, " %llu", a->per_unit[u]);
	fputc('\n', out);
	if (plan->approx > 0) {
		sketch *empty = a->sk ? NULL : sketch_new(plan->approx);
		sketch_write(a->sk ? a->sk : empty, out);
		sketch_free(&empty);
		return;
	}
	if (!plan->keep_values)
		return;
	fprintf(out, "values %llu\n", a->n);
	stats_acc_seal(a);
	for (b = a->head; b; b = b->next)
		for (i = 0; i < b->n; i += plan->weighted ? 2 : 1)
			if (plan->weighted)
				fprintf(out, "%.17g %.17g\n", b->v[i], b->v[i + 1]);
			else
				fprintf(out, "%.17g\n", b->v[i]);
}

int partial_write(summarizer *s, const stats_plan *plan, size_t ngroups, FILE *out)
{
	const microdata_sink *k = summarize_counts(s);
	const tally *t = k->t;
	size_t i, g, n = summarize_groups(s);
	char list[1024];
	int from, to;

	fprintf(out, "%s %d\ngroups %zu\n", PARTIAL_MAGIC, PARTIAL_VERSION, ngroups);
	for (i = 0; i < ngroups; i++) {
		const char *name = summarize_group_name(s, i);
		fputs("group ", out);
		put_escaped(out, name, strlen(name));
		fputc('\n', out);
	}
	stats_plan_list(plan, list, sizeof list);
	fprintf(out, "stats %s\nweighted %d\napprox %.17g\n", list, plan->weighted, plan->approx);
	fprintf(out, "rows %llu %llu %llu %llu %llu\n", t->read, t->used, t->filtered, t->missing,
		t->rejected);
	for (i = 0; i < t->nreasons; i++) {
		fprintf(out, "reason %llu %d ", t->reasons[i].count, t->reasons[i].missing);
		put_escaped(out, t->reasons[i].reason, strlen(t->reasons[i].reason));
		fputc('\n', out);
	}
	for (from = 0; from < UNIT_COUNT; from++)
		for (to = 0; to < UNIT_COUNT; to++)
			if (k->converted[from][to])
				fprintf(out, "converted %d %d %llu\n", from, to, k->converted[from][to]);
	fprintf(out, "sink %llu %llu %llu\n", k->basis_rows, k->other_hours, k->top_coded);
	for (g = 0; g < n; g++) {
		const char *key = summarize_key(s, g);
		fputs("key", out);
		for (i = 0; i < ngroups; i++) {
			size_t len = strlen(key);
			fputs(" =", out);
			put_escaped(out, key, len);
			key += len + 1;
		}
		fputc('\n', out);
		write_acc(summarize_acc(s, g), plan, out);
	}
	fprintf(out, "end %zu\n", n);
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

/* --- reading ----------------------------------------------------------- */

/* One partial file being read: its current line split into tokens. */
typedef struct reader {
	const char *path;
	FILE *f;
	char *line;
	size_t alloc;
	unsigned long lineno;
	char **tok;
	size_t *col; /* each token's column, 1-based */
	size_t ntok, tok_alloc, col_alloc;
} reader;

struct partial_set {
	stats_plan plan;
	summarizer *sum;
	size_t ngroups;
	char **names;
	char stats[1024];
	int weighted;
	double approx;
	char *first; /* the first file's name */
};

static int fail(const reader *r, size_t tok, const char *fmt, const char *what)
{
	diag_at(r->path, r->lineno, tok < r->ntok ? (unsigned long)r->col[tok] : 1, fmt, what);
	return EXIT_DATA;
}

/* Read the next line and split it; 0, or EXIT_DATA when the file ends
 * early or the line is not the keyword expected. */
static int next(reader *r, const char *keyword)
{
	ssize_t len = getline(&r->line, &r->alloc, r->f);
	char *p;

	r->ntok = 0;
	r->lineno++;
	if (len < 0 || (len > 0 && r->line[len - 1] != '\n')) {
		return fail(r, 0, "cut short: '%s' expected (no 'end' line)", keyword);
	}
	r->line[len - 1] = '\0';
	for (p = r->line; *p;) {
		xgrow(&r->tok, &r->tok_alloc, r->ntok + 1, sizeof *r->tok);
		xgrow(&r->col, &r->col_alloc, r->ntok + 1, sizeof *r->col);
		r->tok[r->ntok] = p;
		r->col[r->ntok++] = (size_t)(p - r->line) + 1;
		p += strcspn(p, " ");
		if (*p)
			*p++ = '\0';
	}
	if (keyword && (r->ntok == 0 || strcmp(r->tok[0], keyword) != 0))
		return fail(r, 0, "'%s' expected", keyword);
	return 0;
}

/* Token i as a number; *bad set (after saying why) when it is none. */
static unsigned long long ull_at(reader *r, size_t i, int *bad)
{
	char *end;
	unsigned long long v;

	if (*bad)
		return 0;
	if (i >= r->ntok) {
		*bad = fail(r, r->ntok ? r->ntok - 1 : 0, "%s: a number is missing", "count");
		return 0;
	}
	errno = 0;
	v = strtoull(r->tok[i], &end, 10);
	if (end == r->tok[i] || *end || errno || r->tok[i][0] == '-')
		*bad = fail(r, i, "not a count: '%s'", r->tok[i]);
	return v;
}

static double dbl_at(reader *r, size_t i, int *bad)
{
	char *end;
	double v;

	if (*bad)
		return 0;
	if (i >= r->ntok) {
		*bad = fail(r, r->ntok ? r->ntok - 1 : 0, "%s: a number is missing", "value");
		return 0;
	}
	v = strtod(r->tok[i], &end);
	if (end == r->tok[i] || *end || isnan(v))
		*bad = fail(r, i, "not a number: '%s'", r->tok[i]);
	return v;
}

/* Undo put_escaped in place; the new length. */
static size_t unescape(char *s)
{
	char *w = s, *p = s;

	while (*p) {
		unsigned v;
		if (p[0] == '%' && p[1] && p[2] && sscanf(p + 1, "%2x", &v) == 1) {
			*w++ = (char)v;
			p += 3;
		} else
			*w++ = *p++;
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* The header: the magic, group columns, statistics, mode; the first file
 * sets them, every other must match. */
static int read_header(partial_set *ps, reader *r)
{
	int bad = 0, first = ps->sum == NULL;
	size_t i, ng;
	char err[160];

	if (next(r, PARTIAL_MAGIC))
		return EXIT_DATA;
	if (r->ntok != 2 || strcmp(r->tok[1], "1") != 0)
		return fail(r, r->ntok > 1 ? 1 : 0, "not a partial result of version 1: '%s'",
			    r->ntok > 1 ? r->tok[1] : "");
	if (next(r, "groups"))
		return EXIT_DATA;
	ng = (size_t)ull_at(r, 1, &bad);
	if (bad)
		return bad;
	if (!first && ng != ps->ngroups)
		return fail(r, 1, "group columns differ from the first partial's (%s)", ps->first);
	if (first) {
		ps->ngroups = ng;
		ps->names = xcalloc(ng + 1, sizeof *ps->names);
	}
	for (i = 0; i < ng; i++) {
		if (next(r, "group"))
			return EXIT_DATA;
		if (r->ntok != 2)
			return fail(r, 0, "%s: one name expected", "group");
		unescape(r->tok[1]);
		if (first)
			ps->names[i] = xstrdup(r->tok[1]);
		else if (strcmp(ps->names[i], r->tok[1]) != 0)
			return fail(r, 1, "group columns differ from the first partial's (%s)",
				    ps->first);
	}
	if (next(r, "stats") || r->ntok != 2)
		return bad ? bad : r->ntok != 2 ? fail(r, 0, "%s: one list expected", "stats") : EXIT_DATA;
	if (first)
		snprintf(ps->stats, sizeof ps->stats, "%s", r->tok[1]);
	else if (strcmp(ps->stats, r->tok[1]) != 0)
		return fail(r, 1, "statistics differ from the first partial's (%s)", ps->first);
	if (next(r, "weighted"))
		return EXIT_DATA;
	i = (size_t)ull_at(r, 1, &bad);
	if (bad || i > 1 || (!first && (int)i != ps->weighted))
		return bad ? bad : fail(r, 1, "weights differ from the first partial's (%s)", ps->first);
	ps->weighted = (int)i;
	if (next(r, "approx"))
		return EXIT_DATA;
	{
		double a = dbl_at(r, 1, &bad);
		if (bad)
			return bad;
		if (!first && memcmp(&a, &ps->approx, sizeof a) != 0)
			return fail(r, 1, "approx (0: exact) differs from the first partial's (%s)",
				    ps->first);
		if (first) {
			if (a < 0 || (a > 0 && (a < SKETCH_ALPHA_MIN || a > SKETCH_ALPHA_MAX)))
				return fail(r, 1, "not a relative error: '%s'", r->tok[1]);
			ps->approx = a;
			if (stats_plan_parse(&ps->plan, ps->stats, ps->weighted, err, sizeof err) ||
			    (a > 0 && stats_plan_approx(&ps->plan, a, err, sizeof err)))
				return fail(r, 1, "%s", err);
			ps->sum = summarize_new_merged(&ps->plan, ng, ps->names);
		}
	}
	return 0;
}

/* The accounting lines, added into the set's. */
static int read_accounting(partial_set *ps, reader *r)
{
	microdata_sink *k = summarize_sink(ps->sum);
	tally t;
	int bad = 0;

	tally_init(&t);
	if (next(r, "rows"))
		return EXIT_DATA;
	t.read = ull_at(r, 1, &bad);
	t.used = ull_at(r, 2, &bad);
	t.filtered = ull_at(r, 3, &bad);
	t.missing = ull_at(r, 4, &bad);
	t.rejected = ull_at(r, 5, &bad);
	if (!bad && t.read != t.used + t.filtered + t.missing + t.rejected)
		bad = fail(r, 1, "rows read %s differ from used + filtered + missing + rejected",
			   r->tok[1]);
	while (!bad && !(bad = next(r, NULL)) && r->ntok > 0 && strcmp(r->tok[0], "reason") == 0) {
		struct tally_reason *x;
		size_t alloc = t.nreasons;
		xgrow(&t.reasons, &alloc, t.nreasons + 1, sizeof *t.reasons);
		t.alloc = alloc;
		x = &t.reasons[t.nreasons];
		memset(x, 0, sizeof *x);
		x->count = ull_at(r, 1, &bad);
		x->missing = (int)ull_at(r, 2, &bad);
		if (bad || r->ntok != 4) {
			bad = bad ? bad : fail(r, 0, "%s: count, 0 or 1, and text expected", "reason");
			break;
		}
		unescape(r->tok[3]);
		x->reason = xstrdup(r->tok[3]);
		x->shown = TALLY_SHOWN_PER_REASON;
		t.nreasons++;
	}
	while (!bad && r->ntok > 0 && strcmp(r->tok[0], "converted") == 0) {
		unsigned long long from = ull_at(r, 1, &bad), to = ull_at(r, 2, &bad);
		unsigned long long n = ull_at(r, 3, &bad);
		if (!bad && (from >= UNIT_COUNT || to >= UNIT_COUNT))
			bad = fail(r, 1, "not a unit number: '%s'", r->tok[1]);
		if (!bad)
			k->converted[from][to] += n;
		if (!bad)
			bad = next(r, NULL);
	}
	if (!bad && (r->ntok == 0 || strcmp(r->tok[0], "sink") != 0))
		bad = fail(r, 0, "'%s' expected", "sink");
	if (!bad) {
		k->basis_rows += ull_at(r, 1, &bad);
		k->other_hours += ull_at(r, 2, &bad);
		k->top_coded += ull_at(r, 3, &bad);
	}
	if (!bad)
		tally_merge(k->t, &t, 0);
	tally_free(&t);
	return bad;
}

/* One sign's buckets: "pos MIN K C1 .. CK". */
static int read_store(reader *r, sketch *sk, int sign)
{
	int bad = 0;
	long min;
	unsigned long long k, i;

	if (next(r, sign > 0 ? "pos" : "neg"))
		return EXIT_DATA;
	min = (long)dbl_at(r, 1, &bad);
	k = ull_at(r, 2, &bad);
	if (!bad && r->ntok != k + 3)
		return fail(r, 0, "%s: as many counts as it says expected", r->tok[0]);
	if (!bad && (min < -100000000L || min > 100000000L))
		return fail(r, 1, "not a bucket: '%s'", r->tok[1]);
	for (i = 0; i < k && !bad; i++)
		sketch_put(sk, sign, min + (long)i, ull_at(r, 3 + i, &bad));
	return bad;
}

/* Group values or sketch into a; how many values they hold, or -1. */
static long long read_kept(const stats_plan *plan, reader *r, stats_acc *a, int *bad)
{
	unsigned long long n, kept = 0;

	if (plan->approx > 0) {
		a->sk = sketch_new(plan->approx);
		if ((*bad = next(r, "zeros")))
			return -1;
		sketch_put(a->sk, 0, 0, ull_at(r, 1, bad));
		if (!*bad && !(*bad = read_store(r, a->sk, 1)))
			*bad = read_store(r, a->sk, -1);
		return (long long)a->sk->n;
	}
	if (!plan->keep_values)
		return -1;
	if ((*bad = next(r, "values")))
		return -1;
	n = ull_at(r, 1, bad);
	for (kept = 0; kept < n && !*bad; kept++) {
		if ((*bad = next(r, NULL)))
			break;
		if (r->ntok != (plan->weighted ? 2u : 1u)) {
			*bad = fail(r, 0, "%s expected", plan->weighted ? "a value and a weight" : "a value");
			break;
		}
		stats_acc_add(a, plan, NULL, dbl_at(r, 0, bad), plan->weighted ? dbl_at(r, 1, bad) : 1);
	}
	return (long long)kept;
}

/* One group: its key, accumulator and values or sketch, merged in. */
static int read_group(partial_set *ps, reader *r, char **key, size_t *key_alloc)
{
	stats_acc a, s;
	size_t i, len = 0;
	unsigned long acc_line;
	long long kept;
	int bad = 0, u;

	for (i = 1; i < r->ntok; i++) {
		size_t m;
		if (r->tok[i][0] != '=')
			return fail(r, i, "not a =VALUE: '%s'", r->tok[i]);
		m = unescape(r->tok[i] + 1);
		xgrow(key, key_alloc, len + m + 2, 1);
		memcpy(*key + len, r->tok[i] + 1, m + 1);
		len += m + 1;
	}
	if (r->ntok != ps->ngroups + 1)
		return fail(r, 0, "key: %s values expected, one a group column", "=VALUE");
	if (next(r, "acc"))
		return EXIT_DATA;
	if (r->ntok != 9 + UNIT_COUNT)
		return fail(r, 0, "acc: %s numbers expected", "8 + units");
	stats_acc_init(&s);
	s.n = ull_at(r, 1, &bad);
	s.missing = ull_at(r, 2, &bad);
	s.sum = dbl_at(r, 3, &bad);
	s.min = dbl_at(r, 4, &bad);
	s.max = dbl_at(r, 5, &bad);
	s.mean = dbl_at(r, 6, &bad);
	s.m2 = dbl_at(r, 7, &bad);
	s.weight_sum = dbl_at(r, 8, &bad);
	for (u = 0; u < UNIT_COUNT; u++)
		s.per_unit[u] = ull_at(r, 9 + (size_t)u, &bad);
	if (bad)
		return bad;
	acc_line = r->lineno;
	stats_acc_init(&a);
	kept = read_kept(&ps->plan, r, &a, &bad);
	if (!bad && kept >= 0 && (unsigned long long)kept != s.n) {
		r->lineno = acc_line;
		r->ntok = 0;
		bad = fail(r, 0, "acc: the count differs from the %s that follow", "values");
	}
	if (bad) {
		stats_acc_free(&a);
		return bad;
	}
	/* the scalars as the partial kept them: its sums, in its order */
	s.head = a.head;
	s.tail = a.tail;
	s.wp = a.wp;
	s.left = a.left;
	s.sk = a.sk;
	stats_acc_merge(summarize_group(ps->sum, *key, len), &s, NULL);
	stats_acc_free(&s);
	return 0;
}

partial_set *partial_set_new(void)
{
	return xcalloc(1, sizeof(partial_set));
}

void partial_set_free(partial_set **pps)
{
	partial_set *ps = *pps;
	size_t i;

	if (!ps)
		return;
	summarize_free(&ps->sum);
	for (i = 0; ps->names && i < ps->ngroups; i++)
		free(ps->names[i]);
	free(ps->names);
	stats_plan_free(&ps->plan);
	free(ps->first);
	free(ps);
	*pps = NULL;
}

int partial_set_add(partial_set *ps, const char *path)
{
	reader r;
	char *key = NULL;
	size_t key_alloc = 0;
	unsigned long long groups = 0;
	int bad;

	memset(&r, 0, sizeof r);
	r.path = path;
	if (!(r.f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r"))) {
		diag("cannot open %s: %s", path, strerror(errno));
		return EXIT_USAGE;
	}
	if (!ps->first)
		ps->first = xstrdup(path);
	if (!(bad = read_header(ps, &r)))
		bad = read_accounting(ps, &r);
	while (!bad && !(bad = next(&r, NULL))) {
		if (r.ntok > 0 && strcmp(r.tok[0], "end") == 0) {
			if (ull_at(&r, 1, &bad) != groups && !bad)
				bad = fail(&r, 1, "end: %s groups expected", "as many");
			if (!bad && getc(r.f) != EOF)
				bad = fail(&r, 0, "%s: more after the end", "partial");
			break;
		}
		if (r.ntok == 0 || strcmp(r.tok[0], "key") != 0) {
			bad = fail(&r, 0, "'%s' expected", "key");
			break;
		}
		bad = read_group(ps, &r, &key, &key_alloc);
		groups++;
	}
	if (r.f != stdin)
		fclose(r.f);
	free(key);
	free(r.line);
	free(r.tok);
	free(r.col);
	return bad;
}

summarizer *partial_set_summarizer(partial_set *ps)
{
	return ps->sum;
}

const stats_plan *partial_set_plan(const partial_set *ps)
{
	return &ps->plan;
}

size_t partial_set_ngroups(const partial_set *ps)
{
	return ps->ngroups;
}
