#include "extract/doc.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/xalloc.h"
#include "extract/clean.h"
#include "model/cue.h"
#include "extract/words.h"

/* Letters, digits and the bytes of UTF-8 sequences (a table: this is
 * asked for nearly every byte). */
const unsigned char doc_word_chars[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1,
	['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
	['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
	['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	[0x80 ... 0xFF] = 1,
};

/* isdigit() calls into the C library for every byte it is asked about; a
 * digit is a range */

void doc_where(const doc *d, size_t off, char *buf, size_t size)
{
	size_t lo = 0, hi = d->nlines;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (d->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	{
		/* written by hand: snprintf was a tenth of the time of emitting */
		size_t numbers[2] = {lo + 1, off - d->lines[lo] + 1}, o, k;
		o = strlen(d->name);
		if (o >= size)
			o = size - 1;
		memcpy(buf, d->name, o);
		for (k = 0; k < 2 && o + 22 < size; k++) {
			char digits[21];
			size_t n = 0, v = numbers[k];
			do
				digits[n++] = (char)('0' + v % 10);
			while ((v /= 10) > 0);
			buf[o++] = ':';
			while (n > 0)
				buf[o++] = digits[--n];
		}
		buf[o < size ? o : size - 1] = '\0';
	}
}

void doc_quote(const doc *d, size_t s, size_t e, char *buf, size_t size)
{
	/* the bytes that part words in a quote: spaces and a table's marks */
	static const unsigned char gap[256] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1,
					       ['\r'] = 1, [' '] = 1,  ['|'] = 1,  ['*'] = 1,
					       ['#'] = 1};
	size_t o = 0, i;
	int space = 0;

	while (s < e && isspace((unsigned char)d->t[s]))
		s++;
	if (s + 1 < e && (d->t[s] == '-' || d->t[s] == '+') && d->t[s + 1] == ' ')
		s += 2; /* a list item's mark is not its text */
	for (i = s; i < e && o + 4 < size; i++) {
		char c = d->t[i];
		if (gap[(unsigned char)c]) {
			space = o > 0;
			continue;
		}
		if (space)
			buf[o++] = ' ';
		space = 0;
		buf[o++] = c;
	}
	if (i < e && o + 4 >= size)
		memcpy(buf + o - 3, "...", 3);
	buf[o] = '\0';
}

void doc_emit(doc *d, const doc_fig *f, const doc_context *cx, long *index_of_pair)
{
	/* the claim lends its text from here: it lives for the call only,
	 * and a copy per claim was a fifth of the time of extracting */
	static char empty[1];
	claim c;
	char where[512], year[12];
	extract_link link;

	if (d->stopped)
		return;
	memset(&c, 0, sizeof c);
	c.source = (char *)(cx->source ? cx->source : d->name);
	c.kind = KIND_ARTICLE;
	c.role = cx->role ? cx->role->title : empty;
	c.soc_code = cx->role ? (char *)cx->role->code : empty;
	c.area = cx->area ? (char *)cx->area->code : empty;
	c.period = empty;
	c.scope = (char *)cx->scope;
	c.level = empty;
	c.guessed = cx->guessed;
	if (cx->year) {
		snprintf(year, sizeof year, "%d", cx->year);
		c.period = year;
	}
	c.stat = f->stat == CSTAT_NONE ? CSTAT_UNSPECIFIED : f->stat;
	c.value = f->value;
	c.unit = f->unit;
	c.qual = f->qual;
	c.n = NAN;
	c.se = NAN;
	doc_where(d, f->s, where, sizeof where);
	c.where = where;
	if (d->quote_s != cx->qs || d->quote_e != cx->qe || !d->quote[0]) {
		doc_quote(d, cx->qs, cx->qe, d->quote, sizeof d->quote);
		d->quote_s = cx->qs;
		d->quote_e = cx->qe;
	}
	c.quote = d->quote;
	link.same_as = f->pair >= 0 ? (int)index_of_pair[f->pair] : (int)f->pair_claim;
	if (d->fn(d->ctx, &c, (size_t)d->nclaims, &link) != 0)
		d->stopped = 1;
	d->last_claim = d->nclaims;
	d->last_stat = c.stat;
	d->last_unit = c.unit;
	d->last_year = cx->year;
	d->par_claims++;
	d->nclaims++;
}

/* The mention nearest before pos, else the first after it; NULL if none. */
const void *doc_nearest(const doc_mention *m, size_t n, size_t pos)
{
	const void *w = NULL;
	size_t k;

	for (k = 0; k < n; k++)
		if ((size_t)m[k].pos < pos || !w)
			w = m[k].what;
	return w;
}

/* The offset of each line start, read before cleaning, which may join a
 * table row's lines. */
static void find_lines(doc *d, const char *text, size_t len)
{
	size_t i, alloc = 0;

	xgrow(&d->lines, &alloc, 1, sizeof *d->lines);
	d->lines[d->nlines++] = 0;
	for (i = 0; i < len; i++) {
		const char *nl = memchr(text + i, '\n', len - i);
		if (!nl)
			break;
		i = (size_t)(nl - text);
		xgrow(&d->lines, &alloc, d->nlines + 1, sizeof *d->lines);
		d->lines[d->nlines++] = i + 1;
	}
}

/* lower_case sixty-four bytes a step, sixteen at a time, as the table
 * below would (the "C" locale): A-Z to a-z, \t \n \v \f \r to ' ',
 * every other byte as it is; a word is a letter, a digit or a byte of
 * 0x80 and up.  How far it went. */
static size_t lower_case_fast(doc *d, const char *lower)
{
	size_t i = 0;
#ifdef __SSE2__
	int c;

	for (c = 0; c < 256; c++) /* the table is the C library's: a locale may differ */
		if (lower[c] != (char)(c == ' ' || (c >= '\t' && c <= '\r') ? ' '
				       : c >= 'A' && c <= 'Z' ? c + 0x20 : c))
			return 0;
	const __m128i at = _mm_set1_epi8('A' - 1), zp = _mm_set1_epi8('Z' + 1);
	const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1);
	const __m128i d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
	const __m128i s0 = _mm_set1_epi8('\t' - 1), s1 = _mm_set1_epi8('\r' + 1);
	const __m128i sp = _mm_set1_epi8(' '), up = _mm_set1_epi8(0x20);
	uint64_t prev = 0; /* was the byte before a word's? */

	for (; i + 64 <= d->len; i += 64) {
		uint64_t word = 0, caps = 0;
		int b;
		for (b = 0; b < 4; b++) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(d->t + i + 16 * b));
			__m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, at), _mm_cmpgt_epi8(zp, v));
			__m128i space = _mm_or_si128(_mm_cmpeq_epi8(v, sp),
						     _mm_and_si128(_mm_cmpgt_epi8(v, s0), _mm_cmpgt_epi8(s1, v)));
			__m128i lc = _mm_add_epi8(v, _mm_and_si128(upper, up));
			__m128i w;
			lc = _mm_or_si128(_mm_and_si128(space, sp), _mm_andnot_si128(space, lc));
			_mm_storeu_si128((__m128i *)(void *)(d->lc + i + 16 * b), lc);
			/* signed: bytes of 0x80 and up are below every letter */
			w = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(lc, a1), _mm_cmpgt_epi8(z1, lc)),
					 _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmpgt_epi8(d9, v)));
			word |= (uint64_t)(unsigned)(_mm_movemask_epi8(w) | _mm_movemask_epi8(v)) << (16 * b);
			caps |= (uint64_t)(unsigned)_mm_movemask_epi8(upper) << (16 * b);
		}
		d->word_starts[i / 64] = word & ~((word << 1) | prev);
		d->cap_starts[i / 64] = d->word_starts[i / 64] & caps;
		prev = word >> 63;
	}
#else
	(void)d;
	(void)lower;
#endif
	return i;
}

/* lc, the lower case of t, where every kind of space is one space (for
 * matching words), and the bit maps of word starts and of those written
 * with a capital. */
static void lower_case(doc *d)
{
	size_t i, len = d->len;
	char lower[256];
	int was_word = 0;

	d->lc = xmalloc(len + 1);
	for (i = 0; i < 256; i++)
		lower[i] = isspace((int)i) ? ' ' : (char)tolower((int)i);
	d->word_starts = xcalloc(len / 64 + 1, sizeof *d->word_starts);
	d->cap_starts = xcalloc(len / 64 + 1, sizeof *d->cap_starts);
	i = lower_case_fast(d, lower);
	was_word = i > 0 && doc_is_word(d->lc[i - 1]);
	for (; i < len; i += 64) {
		uint64_t starts = 0, caps = 0;
		size_t b, n = len - i < 64 ? len - i : 64;
		for (b = 0; b < n; b++) {
			int here = doc_is_word(d->lc[i + b] = lower[(unsigned char)d->t[i + b]]);
			starts |= (uint64_t)(here & !was_word) << b;
			caps |= (uint64_t)(isupper((unsigned char)d->t[i + b]) != 0) << b;
			was_word = here;
		}
		d->word_starts[i / 64] = starts;
		d->cap_starts[i / 64] = starts & caps;
	}
	d->lc[len] = '\0';
}

/* Where the words that make a number in words money are, found once for
 * the text rather than in every sentence. */
static void find_money_words(doc *d)
{
	const words_set *ws = words_of(cue_words(CUE_MONEY_WORD));
	size_t i, len = d->len;

	d->money_words = xcalloc(len / 64 + 1, sizeof *d->money_words);
	for (i = 0; i < len / 64 + 1; i++) {
		uint64_t starts = d->word_starts[i];
		while (starts) {
			size_t at = i * 64 + (size_t)__builtin_ctzll(starts);
			starts &= starts - 1;
			if ((d->lc[at] == 'd' || d->lc[at] == 't' || d->lc[at] == 'b' || d->lc[at] == 'g') &&
			    words_here(d, ws, at, len, NULL))
				d->money_words[i] |= (uint64_t)1 << (at % 64);
		}
	}
}

void doc_open(doc *d, const char *name, char *text, size_t len)
{
	memset(d, 0, sizeof *d);
	d->name = name;
	d->len = len;
	d->last_claim = -1;
	find_lines(d, text, len);
	d->t = text; /* cleaned in place: every offset keeps its line and column */
	d->t[len] = '\0';
	/* where the tabs were is kept, since they part the columns of a table */
	d->tabs = xcalloc(len / 64 + 1, sizeof *d->tabs);
	clean_blanks(d->t, len, d->tabs);
	d->html = clean_looks_html(d->t, len);
	if (d->html)
		clean_html(d->t, len);
	clean_unicode(d->t, len);
	lower_case(d);
	find_money_words(d);
}

void doc_close(doc *d)
{
	free(d->lc);
	free(d->word_starts);
	free(d->cap_starts);
	free(d->tabs);
	free(d->money_words);
	free(d->lines);
	free(d->sent);
	free(d->sent_role);
	free(d->sent_looked);
}
