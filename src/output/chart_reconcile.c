#include "output/chart_reconcile.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"

#define MAX_KEYS 40

/* The row names from columns 5 and 6, on two lines when there are two. */
#define YTIC_RC ":ytic(strcol(6) eq '-' ? strcol(5) : strcol(5).\"\\n\".strcol(6))"

typedef struct rkey {
	size_t key;
	const rc_item *first; /* its first claim: the role's name */
} rkey;

/* The keys drawn, and each key's row (-1: not drawn). */
typedef struct picture {
	reconciler *r;
	rkey *keys;
	size_t nk;
	long *rowof;
	size_t unresolved; /* claims with no key */
} picture;

static int by_consensus(const void *a, const void *b, void *ctx)
{
	const reconciler *r = ctx;
	double x = reconcile_key(r, ((const rkey *)a)->key)->cs.value;
	double y = reconcile_key(r, ((const rkey *)b)->key)->cs.value;

	return (x > y) - (x < y);
}

/* Source kinds, each its own colour and row offset within a key. */
static int kind_lt(source_kind k)
{
	return k == KIND_NONE ? 8 : (int)k;
}

static double kind_offset(int lt)
{
	return lt == 8 ? 0 : (lt - 3) * 0.08;
}

/* Is the key of this claim one asked for? */
static int wanted_key(const chart_opts *o, const rc_key *key, const rc_item *it)
{
	size_t n;

	if (o->nroles) {
		for (n = 0; n < o->nroles && !chart_role_matches(key->soc_code, it->c.role,
								  o->roles[n]); n++)
			;
		if (n == o->nroles)
			return 0;
	}
	return !(key->stat == CSTAT_COUNT || key->stat == CSTAT_NONE ||
		 (o->area && strcmp(key->area, chart_area_code(o->area)) != 0) ||
		 (o->stat != CSTAT_NONE && key->stat != o->stat) ||
		 (o->period && key->year != chart_year_of(o->period)));
}

/* The keys asked for, each with its first claim. */
static void pick_keys(picture *p, const chart_opts *o)
{
	size_t i;

	for (i = 0; i < reconcile_nkeys(p->r); i++)
		p->rowof[i] = -1;
	for (i = 0; i < reconcile_nitems(p->r); i++) {
		const rc_item *it = reconcile_item(p->r, i);
		if (it->key < 0) {
			p->unresolved++;
			continue;
		}
		if (p->rowof[it->key] >= 0 ||
		    !wanted_key(o, reconcile_key(p->r, (size_t)it->key), it))
			continue;
		p->rowof[it->key] = 0;
		p->keys[p->nk].key = (size_t)it->key;
		p->keys[p->nk++].first = it;
	}
}

/* The MAX_KEYS highest by consensus, lowest first, and their rows. */
static void keep_top(picture *p, const chart_opts *o)
{
	size_t i, m;

	qsort_r(p->keys, p->nk, sizeof *p->keys, by_consensus, p->r);
	if (p->nk > MAX_KEYS) {
		if (!o->quiet)
			diag("%zu keys: the %d with the highest consensus are drawn (choose with "
			     "--roles, --area, --stat, --period)", p->nk, MAX_KEYS);
		memmove(p->keys, p->keys + (p->nk - MAX_KEYS), MAX_KEYS * sizeof *p->keys);
		p->nk = MAX_KEYS;
	}
	for (i = 0; i < reconcile_nkeys(p->r); i++)
		p->rowof[i] = -1;
	for (m = 0; m < p->nk; m++)
		p->rowof[p->keys[m].key] = (long)m;
}

/* Block 0 of plot.dat: a line a key, "y low high consensus name_line1
 * name_line2 consensus_label"; returns the highest value. */
static double write_keys(FILE *dat, const picture *p)
{
	char text[160], st[16], money[64], l1[256], l2[256];
	double top = 0;
	size_t m;

	for (m = 0; m < p->nk; m++) {
		const rc_key *key = reconcile_key(p->r, p->keys[m].key);
		snprintf(text, sizeof text, "%s, %s %d %s", p->keys[m].first->c.role, key->area,
			 key->year, claim_stat_name(key->stat, st, sizeof st));
		plot_wrap(text, CHART_LABEL_WIDTH, l1, l2, sizeof l1);
		fprintf(dat, "%zu\t%.10g\t%.10g\t%.10g\t", m, key->cs.low, key->cs.high,
			key->cs.value);
		plot_field(dat, l1);
		fputc('\t', dat);
		plot_field(dat, l2);
		fputc('\t', dat);
		plot_field(dat, plot_money(key->cs.value, money, sizeof money));
		fputc('\n', dat);
		top = fmax(top, fmax(key->cs.high, key->cs.value));
	}
	return top;
}

/* Block 1 (every figure) or 2 (the flagged ones): "y value kind"; the
 * kinds seen into *kinds and the highest value into *top.  Returns how
 * many were written. */
static size_t write_figures(FILE *dat, const picture *p, int flagged, int *kinds, double *top)
{
	size_t i, n = 0;

	fputs("\n\n", dat);
	for (i = 0; i < reconcile_nitems(p->r); i++) {
		const rc_item *it = reconcile_item(p->r, i);
		int lt = kind_lt(it->c.kind);
		if (it->key < 0 || p->rowof[it->key] < 0 || (flagged && !it->flags))
			continue;
		fprintf(dat, "%.3f\t%.10g\t%d\n", (double)p->rowof[it->key] + kind_offset(lt),
			it->c.value, lt);
		*kinds |= 1 << lt;
		*top = fmax(*top, it->c.value);
		n++;
	}
	return n;
}

/* The sources of the figures drawn. */
static void source_line(plot_job *j, const picture *p)
{
	const char **names = xmalloc((reconcile_nitems(p->r) + 1) * sizeof *names);
	size_t i, n = 0;

	for (i = 0; i < reconcile_nitems(p->r); i++) {
		const rc_item *it = reconcile_item(p->r, i);
		if (it->key >= 0 && p->rowof[it->key] >= 0)
			names[n++] = it->c.source;
	}
	chart_source_names(j, names, n);
	free(names);
}

static void draw_script(FILE *gp, const chart_opts *o, size_t nk, double top, int kinds,
			size_t nflagged)
{
	double k = plot_money_scale(o->unit);
	int m;

	fprintf(gp, "k = %g\n", k);
	fprintf(gp, "set format x %s\nset grid xtics\n", plot_money_format(o->unit));
	fprintf(gp, "set xrange [0:%.10g]\n", top / k * 1.15 + 1e-9);
	fprintf(gp, "set yrange [-0.6:%zu.6]\nset ytics scale 0 font ',8'\n", nk - 1);
	fputs("set tmargin 6\nset bmargin 4\nset title offset 0,2.6\n"
	      "set key at graph 0.5, graph 1 center bottom horizontal\n", gp);
	fputs("plot 'plot.dat' index 0 using ($4/k):1:($2/k):($3/k):($1-0.35):($1+0.35)" YTIC_RC
	      " with boxxyerror fc rgb c_box title 'consensus interval', \\\n"
	      "     'plot.dat' index 0 using ($4/k):($1-0.35):(0):(0.7) with vectors nohead lw 2 "
	      "lc rgb c_line notitle", gp);
	for (m = 1; m <= 8; m++)
		if (kinds & (1 << m))
			fprintf(gp, ", \\\n     keyentry with points pt 7 lt %d title '%s'", m,
				m == 8 ? "unknown" : claim_kind_name((source_kind)m));
	fputs(", \\\n     'plot.dat' index 1 using ($2/k):1:3 with points pt 7 ps 0.8 lc variable "
	      "notitle", gp);
	if (nflagged)
		fputs(", \\\n     'plot.dat' index 2 using ($2/k):1 with points pt 6 ps 1.8 lw 1.5 "
		      "lc rgb c_mean title 'flagged'", gp);
	fputc('\n', gp);
}

static int draw(plot_job *j, const chart_opts *o, const picture *p)
{
	char axis[64];
	double top, ignored = 0;
	int kinds = 0, ignored_kinds = 0, code = chart_open(j, o, chart_default_height(p->nk, 1));
	size_t nflagged;

	if (code)
		return code;
	top = write_keys(j->dat, p);
	write_figures(j->dat, p, 0, &kinds, &top);
	nflagged = write_figures(j->dat, p, 1, &ignored_kinds, &ignored);
	plot_titles(j, "Each source's figure and the consensus (band: its interval)",
		    plot_pay_title(o->unit, o->to_year, axis, sizeof axis), NULL);
	source_line(j, p);
	draw_script(j->gp, o, p->nk, top, kinds, nflagged);
	code = plot_render(j);
	if (p->unresolved && !o->quiet)
		diag("%zu claims unresolved (no code, area, unit or CPI) are not drawn",
		     p->unresolved);
	return code;
}

int chart_reconcile_draw(plot_job *j, const chart_opts *o, reconciler *r)
{
	picture p;
	int code;

	memset(&p, 0, sizeof p);
	p.r = r;
	reconcile_run(r);
	p.keys = xmalloc((reconcile_nkeys(r) + 1) * sizeof *p.keys);
	p.rowof = xmalloc((reconcile_nkeys(r) + 1) * sizeof *p.rowof);
	pick_keys(&p, o);
	if (p.nk == 0) {
		diag("no keys to draw (of %zu)", reconcile_nkeys(r));
		code = EXIT_DATA;
	} else {
		keep_top(&p, o);
		code = draw(j, o, &p);
	}
	free(p.keys);
	free(p.rowof);
	return code;
}
