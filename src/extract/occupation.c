#include "extract/occupation.h"

#include <ctype.h>
#include <string.h>

#include "base/names.h"
#include "model/cue.h"
#include "extract/attr.h"
#include "extract/scope.h"
#include "extract/words.h"

#define OCCUPATION_NGRAM 7

/* Occupations named in [s, e): the longest name at each word. */
size_t occupation_find(const doc *d, size_t s, size_t e, doc_mention *out, size_t max)
{
	size_t i = s, n = 0;

	while (i < e && n < max) {
		size_t k = 0, j = i;
		const role *r = NULL;
		size_t matched = 0;
		if (!isalpha((unsigned char)d->t[i]) || (i > s && doc_is_word(d->t[i - 1]))) {
			i++;
			continue;
		}
		/* the ends of up to ROLE_NGRAM words from i */
		while (j < e && (doc_is_word(d->t[j]) || d->t[j] == '-' || d->t[j] == '\''))
			j++;
		if (!dict_role_starts(d->t + i, j - i)) {
			i = j;
			continue;
		}
		/* word by word while some name goes on; the longest name wins */
		j = i;
		while (k < OCCUPATION_NGRAM && j < e) {
			int longer;
			const role *here;
			while (j < e && (doc_is_word(d->t[j]) || d->t[j] == '-' || d->t[j] == '\''))
				j++;
			here = dict_role_phrase(d->t + i, j - i, &longer);
			/* one lower-case word of two letters or less is not a name */
			if (here && k == 0 && j - i <= 3 && islower((unsigned char)d->t[i]))
				here = NULL;
			if (here && k == 0 && strcmp(here->code, "00-0000") == 0)
				here = NULL;
			if (here) {
				r = here;
				matched = j;
			}
			k++;
			if (!longer)
				break;
			while (j < e && (d->t[j] == ' ' || d->t[j] == ',' || d->t[j] == '\n'))
				j++;
			if (j < e && !isalnum((unsigned char)d->t[j]))
				break;
		}
		/* "Medical Assistant Technician": a title that goes on past an
		 * occupation's name is a job title no occupation has */
		if (r && isupper((unsigned char)d->t[i]) && matched + 1 < e && d->t[matched] == ' ' &&
		    isupper((unsigned char)d->t[matched + 1]) &&
		    words_here(d, words_of(cue_words(CUE_TITLE_NOUN)), matched + 1, e, NULL)) {
			size_t end = matched + 1;
			const role *t;
			while (end < e && doc_is_word(d->t[end]))
				end++;
			if ((t = dict_role_title(d->t + i, end - i)) != NULL) {
				r = t;
				matched = end;
			}
		}
		/* "offices of physicians" is where, not who */
		if (r && scope_covers(d, s, e, i, matched))
			r = NULL;
		if (r) {
			doc_mention_set(&out[n++], i, r, matched - i, 0);
			i = matched;
		} else {
			while (i < e && doc_is_word(d->t[i]))
				i++;
		}
	}
	return n;
}

const role *occupation_of_sentence(const doc *d, doc_span sp, size_t before, int *found_here)
{
	doc_mention m[16];
	size_t n = occupation_find(d, sp.s, sp.e, m, 16), k;
	const role *r = NULL;

	*found_here = n > 0;
	for (k = 0; k < n; k++)
		if ((size_t)m[k].pos < before || !r)
			r = m[k].what;
	return r;
}

/* Does a title hold the word w[0..n) (lower case), plural or not? */
static int title_has_word(const char *title, const char *w, size_t n)
{
	char a[256], b[64];

	names_fold(title, strlen(title), a, sizeof a);
	names_fold(w, n, b, sizeof b);
	n = strlen(b);
	for (const char *p = strstr(a, b); p; p = strstr(p + 1, b))
		if ((p == a || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* The role a figure is about: named in its sentence (roles, nroles: found
 * once per sentence) before it, else after it, else in the nearest earlier
 * sentence of the section that names one, else the section's heading. */
const role *occupation_for(doc *d, size_t si, const doc_mention *roles, size_t nroles,
			    const doc_fig *f, size_t next_s)
{
	int here;
	size_t fig_s = f ? f->s : 0, k;
	const role *r = doc_nearest(roles, nroles, fig_s), *before = NULL;
	const doc_mention *m = NULL;

	for (k = 0; f && k < nroles; k++)
		if ((size_t)roles[k].pos < next_s && attr_linked_after(d, f->unit_e, (size_t)roles[k].pos))
			return roles[k].what;

	/* the mention nearest picked: the last before the figure, else the first */
	for (k = 0; k < nroles; k++)
		if ((size_t)roles[k].pos < fig_s || !m)
			m = &roles[k];
	/* "$43,660 a year, which is more than medical assistants make": the
	 * occupation after "than" is the one compared with */
	if (m && (size_t)m->pos > fig_s &&
	    words_any(d, fig_s, (size_t)m->pos, cue_words(CUE_THAN))) {
		r = NULL;
		m = NULL;
	}
	/* "Therapists in the top 10 percent" after "respiratory therapists"
	 * are still respiratory therapists: one word of the earlier name */
	if (r && !(m && m->len < 32 && !memchr(d->t + m->pos, ' ', m->len)))
		return r;
	for (k = si; k-- > 0 && si - k <= DOC_BACK_SENTENCES && !before;) {
		if (!d->sent_looked[k]) {
			d->sent_role[k] = occupation_of_sentence(d, d->sent[k], d->sent[k].e, &here);
			d->sent_looked[k] = 1;
		}
		before = d->sent_role[k];
	}
	if (!before)
		before = d->head_role;
	if (r && before != r && (!before || !title_has_word(before->title, d->lc + m->pos, m->len)))
		return r;
	return before ? before : r;
}
