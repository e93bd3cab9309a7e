/* words: finding the words of a list in a document.  A list is a
 * NULL-terminated array of lower-case phrases ("per hour", "take-home");
 * a phrase matches where it stands as whole words in d->lc.  Each list is
 * made ready once (words_of) and found again by its address, so a list
 * must live as long as the program: a static array, or one built once
 * (cue.h). */
#ifndef WAGESTAT_EXTRACT_WORDS_H
#define WAGESTAT_EXTRACT_WORDS_H

#include "extract/doc.h"
#include "model/cue.h"

/* A word list made ready for searching: lengths, and the words by their
 * first letter. */
#define WORDS_MAX CUE_MAX_PHRASES /* the most phrases a list may hold */
typedef struct words_set {
	const char *const *words;
	size_t n, len[WORDS_MAX];
	int odd_starts;                    /* some word starts with a non-word byte */
	unsigned char by_first[WORDS_MAX]; /* word indices, grouped by first letter */
	unsigned char start[257];          /* the group of letter c: start[c]..start[c+1] */
	uint32_t second[256]; /* bit words_second(b) set: some word is c then b; 0: none is c... */
} words_set;

/* The bit of byte b as a word's second byte: a letter's own, one for
 * digits, one for the rest. */
static inline unsigned words_second(unsigned char b)
{
	return b >= 'a' && b <= 'z' ? (unsigned)(b - 'a') : b >= '0' && b <= '9' ? 26u : 27u;
}

/* The list made ready for searching (at most WORDS_MAX phrases). */
const words_set *words_of(const char *const *words);

/* Does word k of w stand at i, ending before e? */
static inline int words_here(const doc *d, const words_set *w, size_t i, size_t e, int *which)
{
	size_t g;

	for (g = w->start[(unsigned char)d->lc[i]]; g < w->start[(unsigned char)d->lc[i] + 1];
	     g++) {
		size_t k = w->by_first[g], n = w->len[k];
		if (i + n <= e && (n < 2 || d->lc[i + 1] == w->words[k][1]) && /* most fail here */
		    memcmp(d->lc + i, w->words[k], n) == 0 &&
		    (i + n >= d->len || !doc_is_word(d->lc[i + n]))) {
			if (which)
				*which = (int)k;
			return 1;
		}
	}
	return 0;
}

/* The last place in [s, e) where any of words stands (only as a word
 * written with a capital when capitals is set), or -1; *which, if given,
 * is set to the phrase's index. */
long words_find_last(const doc *d, size_t s, size_t e, const char *const *words, int *which,
		     int capitals);

static inline long words_last(const doc *d, size_t s, size_t e, const char *const *words, int *which)
{
	return words_find_last(d, s, e, words, which, 0);
}

/* words_last for proper names: only words written with a capital. */
static inline long words_last_capital(const doc *d, size_t s, size_t e, const char *const *words,
			      int *which)
{
	return words_find_last(d, s, e, words, which, 1);
}

static inline int words_any(const doc *d, size_t s, size_t e, const char *const *words)
{
	return words_last(d, s, e, words, NULL) >= 0;
}

/* Where the last of words ends in [s, e), if only filler ("of", "just",
 * spaces) stands between it and e; -1 otherwise.  Only the last
 * WORDS_JUST_BEFORE bytes before e are looked at: a phrase and fillers
 * are shorter. */
#define WORDS_JUST_BEFORE 64
long words_just_before(const doc *d, size_t s, size_t e, const char *const *words);

#endif
