#include "extract/compare.h"

#include <stdio.h>
#include <string.h>

#include "model/cue.h"
#include "extract/occupation.h"
#include "extract/words.h"

/* A side of a comparison: an umbrella name ("medical technicians") is its
 * occupations' codes, '|' between, titled as written; else the role. */
static void umbrella(const doc *d, const doc_mention *m, const char **code, const char **title,
		     const role *r)
{
	int which;

	*code = r->code;
	*title = r->title;
	if (!words_here(d, words_of(cue_words(CUE_UMBRELLA)), (size_t)m->pos, d->len, &which))
		return;
	*code = cue_values(CUE_UMBRELLA)[which];
	*title = cue_words(CUE_UMBRELLA)[which]; /* the cues live as long as the program */
}

void compare_sentence(doc *d, doc_span sp, doc_mention *m, size_t *nm, int *looked)
{
	size_t n, k;
	long at;
	int higher_first;
	extract_comparison cmp = {0};
	char where[512], quote[600];

	if (!d->cmp_fn || (!memmem(d->lc + sp.s, sp.e - sp.s, "than", 4) &&
			   !memmem(d->lc + sp.s, sp.e - sp.s, "earn", 4)) ||
	    (!words_any(d, sp.s, sp.e, cue_words(CUE_COMPARE_MORE)) && !words_any(d, sp.s, sp.e, cue_words(CUE_COMPARE_LESS))))
		return;
	if (!*looked) {
		*nm = occupation_find(d, sp.s, sp.e, m, 16);
		*looked = 1;
	}
	n = *nm;
	if (n < 2 || !words_any(d, sp.s, sp.e, cue_words(CUE_PAY)))
		return;
	for (k = 0; k + 1 < n; k++) {
		const role *a = m[k].what, *b = m[k + 1].what;
		const char *a_code, *a_title, *b_code, *b_title;
		size_t gs = (size_t)m[k].pos, ge = (size_t)m[k + 1].pos;
		if (strcmp(a->code, b->code) == 0)
			continue;
		int which = 0;
		size_t after;
		if ((at = words_last(d, gs, ge, cue_words(CUE_COMPARE_MORE), &which)) >= 0)
			higher_first = 1;
		else if ((at = words_last(d, gs, ge, cue_words(CUE_COMPARE_LESS), &which)) >= 0)
			higher_first = 0;
		else
			continue;
		/* "earn more than clinical laboratory technologists": the second
		 * name follows the comparison closely; "more than $50,000" is a
		 * bound, not a comparison */
		after = (size_t)at + strlen((higher_first ? cue_words(CUE_COMPARE_MORE) : cue_words(CUE_COMPARE_LESS))[which]);
		if (ge - after > 12 || memchr(d->t + after, '$', ge - after))
			continue;
		umbrella(d, &m[k], &a_code, &a_title, a);
		umbrella(d, &m[k + 1], &b_code, &b_title, b);
		cmp.higher_soc = higher_first ? a_code : b_code;
		cmp.lower_soc = higher_first ? b_code : a_code;
		cmp.higher_role = higher_first ? a_title : b_title;
		cmp.lower_role = higher_first ? b_title : a_title;
		doc_where(d, (size_t)at, where, sizeof where);
		doc_quote(d, sp.s, sp.e, quote, sizeof quote);
		cmp.where = where;
		cmp.quote = quote;
		d->cmp_fn(d->ctx, &cmp);
	}
}

/* Is the state of figure f (named in the sentence) ranked by a word of
 * rank before it: 1 + the states named since "the highest" ("followed by
 * Massachusetts"), -1 for "the lowest"; 0 if not.  A word of rank before a
 * number ("the highest 10 percent") is a percentile's. */
static int rank_of(const doc *d, doc_span sp, const doc_fig *f, size_t k, const doc_fig *all,
		   const area *const *areas)
{
	int which_h = 0, which_l = 0, rank = 1;
	long h = words_last(d, sp.s, f->s, cue_words(CUE_RANK_HIGH), &which_h);
	long l = words_last(d, sp.s, f->s, cue_words(CUE_RANK_LOW), &which_l);
	long at = h > l ? h : l;
	size_t j, after;

	if (at < 0)
		return 0;
	after = (size_t)at + strlen((h > l ? cue_words(CUE_RANK_HIGH) : cue_words(CUE_RANK_LOW))[h > l ? which_h : which_l]);
	while (after < f->s && d->t[after] == ' ')
		after++;
	/* "the highest 10 percent" is a percentile's; "the most jobs" ranks
	 * by a count, not by pay */
	if (after < f->s && (doc_is_digit(d->t[after]) ||
			     words_here(d, words_of(cue_words(CUE_COUNT)), after, f->s, NULL)))
		return 0;
	for (j = 0; j < k; j++)
		if (all[j].s > (size_t)at && areas[j] && areas[j] != areas[k])
			rank++;
	return h > l ? rank : (rank == 1 ? -1 : 0);
}

void compare_rank(doc *d, doc_span sp, const doc_fig *f, size_t k, const doc_context *cx,
		  const area *const *areas)
{
	const role *r = cx->role;
	extract_comparison cmp = {0};
	char where[512], quote[600];
	size_t j;

	/* (a ranking by a job board's figures is not the reference's to
	 * judge, nor one of cities a ranking of their states) */
	if (!d->cmp_fn || !r || !areas[k] || strcmp(areas[k]->code, "US") == 0 ||
	    strstr(cx->scope, "metro:") ||
	    (cx->source && cx->source[0] && strcmp(cx->source, "BLS") != 0))
		return;
	for (j = 0; j < k; j++)
		if (areas[j] == areas[k])
			return; /* the state's second figure: ranked at its first */
	cmp.rank = rank_of(d, sp, &f[k], k, f, areas);
	if (!cmp.rank)
		return;
	cmp.higher_soc = r->code;
	cmp.higher_role = r->title;
	cmp.lower_soc = cmp.lower_role = "";
	cmp.area = areas[k]->code;
	cmp.year = cx->year;
	cmp.value = f[k].value;
	cmp.unit = f[k].unit;
	doc_where(d, f[k].s, where, sizeof where);
	doc_quote(d, sp.s, sp.e, quote, sizeof quote);
	cmp.where = where;
	cmp.quote = quote;
	d->cmp_fn(d->ctx, &cmp);
}
