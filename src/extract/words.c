#include "extract/words.h"

#include <ctype.h>

#include "model/cue.h"

/* Make w ready for the list words. */
static __attribute__((noinline)) void words_make(words_set *w, const char *const *words)
{
	size_t i, c, o = 0;

	memset(w, 0, sizeof *w);
	w->words = words;
	for (w->n = 0; words[w->n] && w->n < WORDS_MAX; w->n++) {
		w->len[w->n] = strlen(words[w->n]);
		w->odd_starts |= !doc_is_word(words[w->n][0]);
	}
	for (c = 0; c < 256; c++) {
		w->start[c] = (unsigned char)o;
		for (i = 0; i < w->n; i++)
			if ((unsigned char)words[i][0] == c)
				w->by_first[o++] = (unsigned char)i;
	}
	w->start[256] = (unsigned char)o;
	for (i = 0; i < w->n; i++) /* a word of one letter: any byte after it */
		w->second[(unsigned char)words[i][0]] |=
			words[i][1] ? (uint32_t)1 << words_second((unsigned char)words[i][1]) : ~(uint32_t)0;
}

const words_set *words_of(const char *const *words)
{
	/* made once per list, found by its address: the lists are static
	 * (the making is out of line: a search looks a list up every time) */
	static words_set cache[128];
	size_t i, h = ((uintptr_t)words >> 3) % 128;

	for (i = 0; i < 128; i++, h = (h + 1) % 128)
		if (cache[h].words == words || !cache[h].words)
			break;
	if (cache[h].words != words)
		words_make(&cache[h], words);
	return &cache[h];
}

long words_find_last(const doc *d, size_t s, size_t e, const char *const *words, int *which,
		      int capitals)
{
	const words_set *w = words_of(words);
	size_t i;

	if (!w->odd_starts) {
		/* the word starts from the last back, sixty-four a word of the
		 * bit map (of those with a capital for names), and only those
		 * whose first letter begins a phrase */
		const uint64_t *starts = capitals ? d->cap_starts : d->word_starts;
		size_t k;
		uint64_t m;
		if (e <= s)
			return -1;
		k = (e - 1) / 64;
		m = starts[k] & (~(uint64_t)0 >> (63 - (e - 1) % 64));
		for (;;) {
			while (m) {
				unsigned char c;
				i = k * 64 + 63 - (size_t)__builtin_clzll(m);
				if (i < s)
					return -1;
				m &= ~((uint64_t)1 << (i % 64));
				c = (unsigned char)d->lc[i];
				if ((w->second[c] >> words_second((unsigned char)d->lc[i + 1]) & 1) &&
				    words_here(d, w, i, e, which))
					return (long)i;
			}
			if (k * 64 <= s)
				return -1;
			m = starts[--k];
		}
	}
	for (i = e; i-- > s;) {
		unsigned char c = (unsigned char)d->lc[i];
		if (w->start[c] == w->start[c + 1] || (i > 0 && doc_is_word(d->lc[i - 1]) && doc_is_word((char)c)) ||
		    (capitals && !isupper((unsigned char)d->t[i])))
			continue;
		if (words_here(d, w, i, e, which))
			return (long)i;
	}
	return -1;
}

long words_just_before(const doc *d, size_t s, size_t e, const char *const *words)
{
	int which = 0;
	/* a phrase and the fillers after it fit in the last bytes before e */
	long at = words_last(d, e - s > WORDS_JUST_BEFORE ? e - WORDS_JUST_BEFORE : s, e, words, &which);
	size_t j;

	if (at < 0)
		return -1;
	j = (size_t)at + strlen(words[which]);
	for (;;) {
		size_t k;
		int moved = 0;
		while (j < e && (d->t[j] == ' ' || d->t[j] == '\n'))
			j++;
		for (k = 0; cue_words(CUE_FILLER)[k] && j < e; k++)
			if (doc_word_at(d, j, e, cue_words(CUE_FILLER)[k])) {
				j += strlen(cue_words(CUE_FILLER)[k]);
				moved = 1;
				break;
			}
		if (!moved)
			break;
	}
	return j == e ? at : -1;
}
