#include "extract/figure.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "extract/segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract/attr.h"
#include "model/cue.h"
#include "extract/words.h"

/* the bytes a money figure begins with */
static const unsigned char figure_start[256] = {
	['$'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
	['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/* The first byte in t[i, e) a money figure may begin with, or e: sixteen
 * bytes a step, most of a text being no figure. */
static size_t next_start(const char *t, size_t i, size_t e)
{
#ifdef __SSE2__
	const __m128i below0 = _mm_set1_epi8('0' - 1), above9 = _mm_set1_epi8('9' + 1);
	const __m128i dollar = _mm_set1_epi8('$');

	for (; i + 16 <= e; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		__m128i hit = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, below0), _mm_cmpgt_epi8(above9, v)),
					   _mm_cmpeq_epi8(v, dollar));
		int m = _mm_movemask_epi8(hit);
		if (m)
			return i + (size_t)__builtin_ctz((unsigned)m);
	}
#endif
	while (i < e && !figure_start[(unsigned char)t[i]])
		i++;
	return i;
}

/* A number at t[i]: digits with thousands commas and a decimal part;
 * returns its end, or i if none. */
/* A run of more digits than any pay has, [i, j): its whole size as a
 * double (never its first digits alone), and no fraction read. */
static size_t long_number(const char *t, size_t i, size_t j, double *v)
{
	double x = 0;

	for (; i < j; i++)
		if (t[i] != ',')
			x = x * 10 + (t[i] - '0');
	*v = x;
	return j;
}

size_t figure_number(const char *t, size_t i, size_t e, double *v)
{
	size_t j = i, digits = 0;
	char buf[64];
	size_t o = 0;
	int long_run = 0;

	while (j < e && (doc_is_digit(t[j]) ||
			 (t[j] == ',' && j + 3 < e + 1 && j > i && doc_is_digit(t[j + 1]) &&
			  j + 3 <= e && doc_is_digit(t[j + 2]) &&
			  doc_is_digit(t[j + 3]) &&
			  (j + 4 >= e || !doc_is_digit(t[j + 4]))))) {
		if (t[j] != ',' && o < sizeof buf - 1) {
			buf[o++] = t[j];
			digits++;
		} else if (t[j] != ',') {
			long_run = 1;
		}
		j++;
	}
	if (!digits)
		return i;
	if (long_run)
		return long_number(t, i, j, v);
	if (j + 1 < e && t[j] == '.' && doc_is_digit(t[j + 1]) && o < sizeof buf - 2) {
		buf[o++] = '.';
		j++;
		while (j < e && doc_is_digit(t[j]) && o < sizeof buf - 1)
			buf[o++] = t[j++];
	}
	buf[o] = '\0';
	{
		/* up to 15 digits, N / 10^k is the double nearest the decimal
		 * (both are exact and IEEE division rounds once), as strtod
		 * gives, without its cost */
		static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
		uint64_t n = 0;
		size_t q, decimals = 0, seen = 0;
		int point = 0;
		for (q = 0; q < o; q++) {
			if (buf[q] == '.') {
				point = 1;
				continue;
			}
			n = n * 10 + (uint64_t)(buf[q] - '0');
			seen++;
			decimals += point;
		}
		if (seen <= 15 && decimals < sizeof pow10 / sizeof pow10[0])
			*v = (double)n / pow10[decimals];
		else
			*v = strtod(buf, NULL);
	}
	return j;
}

/* A multiplier written after a number: k, K, "thousand"; million and
 * billion are marked by a negative return (not pay of one person). */
size_t figure_suffix(const doc *d, size_t j, size_t e, double *mult)
{
	*mult = 1;
	if (j < e && (d->t[j] == 'k' || d->t[j] == 'K') && (j + 1 >= e || !doc_is_word(d->t[j + 1]))) {
		*mult = 1000;
		return j + 1;
	}
	if (j + 1 < e && (d->t[j] == ' ' || d->t[j] == '\n')) { /* "$270\nmillion" too */
		if (doc_word_at(d, j + 1, e, "thousand")) {
			*mult = 1000;
			return j + 9;
		}
		if (doc_word_at(d, j + 1, e, "grand")) {
			*mult = 1000;
			return j + 6;
		}
		if (doc_word_at(d, j + 1, e, "million") || doc_word_at(d, j + 1, e, "billion") ||
		    doc_word_at(d, j + 1, e, "trillion")) {
			*mult = -1;
			return j + 8;
		}
	}
	return j;
}

/* Is any bit of [s, e) set? */
static int any_bit(const uint64_t *bits, size_t s, size_t e)
{
	size_t w;

	for (w = s / 64; w * 64 < e; w++) {
		uint64_t word = bits[w];
		if (w == s / 64)
			word &= ~(uint64_t)0 << (s % 64);
		if (w == (e - 1) / 64 && e % 64)
			word &= ~(uint64_t)0 >> (64 - e % 64);
		if (word)
			return 1;
	}
	return 0;
}

/* A number in words at i: "forty-two thousand", "fifteen", "sixty-five
 * thousand five hundred"; returns its end, or i if none. */
static size_t spelled_number(const doc *d, size_t i, size_t e, double *v)
{
	const char *const *small = cue_words(CUE_NUMBER_SMALL), *const *tens = cue_words(CUE_NUMBER_TENS);
	const char *const *small_value = cue_values(CUE_NUMBER_SMALL);
	double total = 0, group = 0;
	size_t j = i, end = i;
	int which, words = 0;

	for (;;) {
		size_t w = j;
		if (words_here(d, words_of(tens), w, e, &which)) {
			int ones;
			group += atoi(cue_values(CUE_NUMBER_TENS)[which]);
			w += strlen(tens[which]);
			if (w + 1 < e && d->t[w] == '-' && words_here(d, words_of(small), w + 1, e, &which) &&
			    (ones = atoi(small_value[which])) >= 1 && ones <= 9) {
				group += ones; /* "forty-two" */
				w += 1 + strlen(small[which]);
			}
		} else if (words_here(d, words_of(small), w, e, &which)) {
			group += atoi(small_value[which]);
			w += strlen(small[which]);
		} else if (words && doc_word_at(d, w, e, "hundred")) {
			group = (group > 0 ? group : 1) * 100;
			w += 7;
		} else if (words && doc_word_at(d, w, e, "thousand")) {
			total += (group > 0 ? group : 1) * 1000;
			group = 0;
			w += 8;
		} else {
			break;
		}
		words++;
		end = w;
		j = w;
		/* "seventy-one thousand, five hundred", "ten-thousand-dollar",
		 * words parted by a line break */
		if (j < e && d->t[j] == ',' && group < 1 && total > 0)
			j++;
		while (j < e && (d->lc[j] == ' ' || d->t[j] == '-'))
			j++;
		if (doc_word_at(d, j, e, "and")) { /* "two hundred and ten" */
			j += 3;
			while (j < e && d->lc[j] == ' ')
				j++;
		}
	}
	*v = total + group;
	return words ? end : i;
}

/* Does "dollars" (or "dollar", "bucks") follow k: "three dollars"? */
static int money_word_after(const doc *d, size_t k, size_t e)
{
	while (k < e && (d->lc[k] == ' ' || d->t[k] == '-'))
		k++;
	return doc_word_at(d, k, e, "dollars") || doc_word_at(d, k, e, "dollar") || doc_word_at(d, k, e, "bucks") ||
	       doc_word_at(d, k, e, "grand");
}

/* Is the number [start, k) without a dollar sign pay?  "earn 41,810 a
 * year", "20.10 per hour", "a median wage of 41,810": a pay word shortly
 * before it, and either a unit phrase right after it with a value that
 * unit can have, or thousands or cents written and no noun after it
 * ("3,000 certifications" is a count). */
static int bare_pay(const doc *d, size_t s, size_t start, size_t k, size_t e, double v)
{
	/* a unit that is an adjective ("20 hourly workers") says nothing
	 * of a number without a dollar sign */
	size_t j = k, q, from = start > s + 80 ? start - 80 : s, unit_end;
	int written = memchr(d->t + start, ',', k - start) != NULL ||
		      (k >= start + 3 && d->t[k - 3] == '.') || d->lc[k - 1] == 'k'; /* "58k" */
	unit u;

	if (k - start == 4 && v >= 1990 && v <= 2039)
		return 0; /* a year */
	if (words_just_before(d, start > s + 8 ? start - 8 : s, start, cue_words(CUE_TIMES)) >= 0)
		return 0; /* a multiplier: "hourly x 2,080" */
	while (j < e && (d->t[j] == ' ' || d->t[j] == '\n'))
		j++;
	/* the cheap tests first: most bare numbers are counts and years */
	u = attr_unit_after_to(d, j, e, &unit_end);
	if (u != UNIT_NONE && !words_here(d, words_of(cue_words(CUE_UNIT_ADJECTIVE)), j, e, NULL))
		return (u == UNIT_HOURLY   ? v >= 5 && v <= 500
			: u == UNIT_ANNUAL ? v >= 5000
			: u == UNIT_WEEKLY ? v >= 100
					   : v >= 400) &&
		       words_any(d, from, start, cue_words(CUE_PAY));
	if (!written || v < 5)
		return 0;
	/* no unit: a written amount in the clause of a pay word ("a median
	 * wage of", "averages", "the median pay of RNs is"), no other figure
	 * between, and no noun after it */
	{
		int which;
		long at = words_last(d, from, start, cue_words(CUE_PAY), &which);
		size_t g;
		if (at < 0 || start - (size_t)at > 60)
			return 0;
		for (g = (size_t)at; g < start; g++) {
			size_t h = g + 1;
			while (h < start && d->t[h] == ' ')
				h++;
			if (d->t[g] == ':' && h == start)
				break; /* a label: "Annual salary: 41,500" */
			if (doc_is_digit(d->t[g]) || strchr("$,;:()", d->t[g]))
				return 0;
		}
	}
	for (q = j; q < e && isalpha((unsigned char)d->t[q]); q++)
		;
	return q == j || d->lc[k - 1] == 'k' || doc_word_at(d, j, e, "in") || doc_word_at(d, j, e, "for") ||
	       doc_word_at(d, j, e, "and") || doc_word_at(d, j, e, "or");
}

/* A figure being read: its text [start, k), its digits from j, its value
 * v times mult, and whether it is money (1: '$' or "dollars"; 2: the end
 * of a range). */
typedef struct reading {
	size_t start, j, k;
	double v, mult;
	int dollar;
} reading;

/* A bare number written as money ("35,460", "11.34") in a list item under
 * an intro whose items before it gave '$' claims (doc.h: money_items). */
static int item_money(const doc *d, size_t s, const reading *r)
{
	int written = memchr(d->t + r->start, ',', r->k - r->start) != NULL ||
		      (r->k >= r->start + 3 && d->t[r->k - 3] == '.');

	return written && d->intro_active && d->money_items && segment_list_item(d, s, d->len);
}

static void put_figure(doc_fig *f, size_t s, size_t e, double value, int dollar)
{
	memset(f, 0, sizeof *f);
	f->s = s;
	f->e = e;
	f->unit_e = e;
	f->value = value;
	f->dollar = dollar;
	f->pair = -1;
	f->pair_claim = -1;
	f->stat = CSTAT_NONE;
}

/* The currency signs other than '$' that a figure can follow, as UTF-8,
 * with their ISO codes (figure_other_currencies counts by this order). */
static const struct {
	const char *sign, *code;
} other_signs[FIGURE_CURRENCIES] = {
	{"\xC2\xA3", "GBP"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"},
};

/* Which other currency's sign ends t[s..b) (1 + its index), or 0? */
static int sign_before(const unsigned char *t, size_t s, size_t b)
{
	int k;

	for (k = 0; k < FIGURE_CURRENCIES; k++) {
		size_t n = strlen(other_signs[k].sign);

		if (b >= s + n && !memcmp(t + b - n, other_signs[k].sign, n))
			return k + 1;
	}
	return 0;
}

/* Is the number at i written in another currency: after '£', '€', '¥' or
 * '₹' (and the spaces an HTML entity's character leaves, "&pound;32,000")?
 * A claim is in US dollars, so such a figure is no claim; the driver
 * counts it as dropped (figure_other_currencies). */
static int other_currency(const doc *d, size_t s, size_t i)
{
	const unsigned char *t = (const unsigned char *)d->t;
	size_t b = i;

	while (b > s && t[b - 1] == ' ')
		b--;
	return sign_before(t, s, b);
}

const char *figure_currency_code(int k)
{
	return other_signs[k].code;
}

void figure_other_currencies(const doc *d, unsigned long counts[FIGURE_CURRENCIES])
{
	const char *t = d->t, *end = d->t + d->len;
	int k;

	for (k = 0; k < FIGURE_CURRENCIES; k++) {
		const char *sign = other_signs[k].sign, *p = t;
		size_t n = strlen(sign);

		while ((p = memchr(p, sign[0], (size_t)(end - p))) != NULL) {
			const char *q = p + n;

			if (q <= end && !memcmp(p, sign, n)) {
				while (q < end && *q == ' ')
					q++;
				counts[k] += q < end && doc_is_digit(*q);
			}
			p++;
		}
	}
}

/* Does a figure begin at i: '$', a number that starts a word, or (where
 * money words are) a number in words that is money? */
static int figure_begins(const doc *d, size_t s, size_t e, size_t i, int words, reading *r)
{
	r->start = r->k = i;
	r->mult = 1;
	r->dollar = 0;
	if (d->t[i] == '$') {
		r->j = i + 1;
		while (r->j < e && d->t[r->j] == ' ')
			r->j++;
		r->dollar = 1;
		return 1;
	}
	if (doc_is_digit(d->t[i]) && (i == s || !doc_is_word(d->t[i - 1])) &&
	    (i == s || d->t[i - 1] != '.') && !other_currency(d, s, i)) {
		r->j = i;
		return 1;
	}
	if (words && (i == s || !doc_is_word(d->t[i - 1])) &&
	    (r->k = spelled_number(d, i, e, &r->v)) > i &&
	    (r->v >= 5 || money_word_after(d, r->k, e))) {
		r->j = i; /* "forty-two thousand dollars" */
		return 1;
	}
	return 0;
}

/* The value of the figure begun, with its multiplier ("45k", "sixty-three
 * grand"); 0 if no number stands there. */
static int read_value(const doc *d, size_t e, reading *r)
{
	if (r->k == r->start) {
		r->k = figure_number(d->t, r->j, e, &r->v);
		if (r->k == r->j)
			return 0;
		r->k = figure_suffix(d, r->k, e, &r->mult);
	} else if (r->k < e && d->lc[r->k] == ' ' && doc_word_at(d, r->k + 1, e, "grand")) {
		r->v *= 1000; /* "sixty-three grand" */
		r->k += 6;
	}
	if (r->k >= r->start + 6 && !memcmp(d->lc + r->k - 6, " grand", 6))
		r->dollar = 1; /* "41 grand" */
	return 1;
}

/* "twenty-one dollars and sixty cents": the cents after the dollars. */
static void cents_after(const doc *d, size_t e, reading *r)
{
	size_t a = r->k, ce;
	double cents;

	while (a < e && d->lc[a] == ' ')
		a++;
	if (!doc_word_at(d, a, e, "and"))
		return;
	a += 3;
	while (a < e && d->lc[a] == ' ')
		a++;
	ce = spelled_number(d, a, e, &cents);
	if (ce == a)
		ce = figure_number(d->t, a, e, &cents);
	if (ce > a && ce + 6 <= e && doc_word_at(d, ce + 1, e, "cents") && cents < 100) {
		r->v += cents / 100;
		r->k = ce + 6;
	}
}

/* "between 40 and 50 thousand dollars": the first number shares the
 * second's scale, and is a figure of its own; returns the figure count. */
static size_t range_low(const doc *d, size_t s, reading *r, doc_fig *f, size_t n, size_t max)
{
	size_t b = r->start, ns;
	double lowv;

	while (b > s && d->t[b - 1] == ' ')
		b--;
	if (!(b >= s + 3 && (!memcmp(d->lc + b - 3, "and", 3) || !memcmp(d->lc + b - 2, "to", 2) ||
			     d->t[b - 1] == '-')))
		return n;
	b -= d->t[b - 1] == '-' ? 1 : !memcmp(d->lc + b - 2, "to", 2) ? 2 : 3;
	while (b > s && d->t[b - 1] == ' ')
		b--;
	ns = b;
	while (ns > s && (doc_is_digit(d->t[ns - 1]) || d->t[ns - 1] == ',' || d->t[ns - 1] == '.'))
		ns--;
	if (ns < b && figure_number(d->t, ns, b, &lowv) == b && n + 1 < max &&
	    (ns == s || !doc_is_word(d->t[ns - 1]))) {
		put_figure(&f[n], ns, b, lowv * (r->mult > 0 ? r->mult : 1), 1);
		n++;
		r->dollar = 2;
	}
	return n;
}

/* "$40-50k", "$40,000 to 50,000": a bare number that ends a range begun by
 * the dollar figure prev; not "$38.65   41", the next column of a row. */
static void range_end(const doc *d, reading *r, doc_fig *prev)
{
	size_t g = prev->e;
	int dash = 0;

	while (g < r->start && (d->lc[g] == ' ' || d->t[g] == '-'))
		dash |= d->t[g++] == '-';
	if ((g == r->start && dash) || doc_word_at(d, g, r->start, "to")) {
		r->dollar = 2; /* the end of a range */
		if (r->mult > 1 && !(prev->value >= 1000))
			prev->value *= r->mult; /* "$40-50k" */
	}
}

/* Is the bare number read money: "USD 86,070", "75 cents", "45,000
 * dollars", the end of a range?  Sets r->dollar; returns the figure count
 * (the start of a range in words may be added). */
static size_t bare_money(const doc *d, size_t s, size_t e, reading *r, doc_fig *f, size_t n,
			 size_t max)
{
	size_t w = r->k, start = r->start;

	while (w < e && (d->lc[w] == ' ' || (d->t[w] == '-' && w == r->k)))
		w++; /* "twenty-nine\ndollars", "ten-thousand-dollar" */
	if (start >= s + 4 && memcmp(d->lc + start - 4, "usd ", 4) == 0 &&
	    (start == s + 4 || !doc_is_word(d->lc[start - 5]))) {
		r->dollar = 1; /* "USD 86,070" */
	} else if (doc_word_at(d, w, e, "cents") && r->v < 100 && w > r->k) {
		r->dollar = 1; /* "75 cents an hour" */
		r->v /= 100;
		r->k = w + 5;
	} else if (doc_word_at(d, w, e, "dollars") || doc_word_at(d, w, e, "usd") ||
		   doc_word_at(d, w, e, "bucks") || doc_word_at(d, w, e, "dollar")) {
		r->dollar = 1;
		r->k = w + (doc_word_at(d, w, e, "dollar") ? 6
			    : d->lc[w] == 'd'		   ? 7
			    : d->lc[w] == 'b'		   ? 5
							   : 3);
		cents_after(d, e, r);
		n = range_low(d, s, r, f, n, max);
	} else if (n > 0 && f[n - 1].e + 6 >= start && f[n - 1].dollar) {
		range_end(d, r, &f[n - 1]);
	}
	return n;
}

/* "$38,000 (median)": a statistic in brackets right after the figure is
 * its own; returns it (r->k moves past the bracket), or 0. */
static int bracket_cue(const doc *d, size_t e, reading *r)
{
	size_t b = r->k, close;
	const char *paren;

	while (b < e && d->t[b] == ' ')
		b++;
	paren = b < e && d->t[b] == '(' ? memchr(d->t + b, ')', e - b) : NULL;
	if (paren && (close = (size_t)(paren - d->t)) - b < 24) {
		attr_found c = attr_stat(d, b + 1, close);
		if (c.value != CSTAT_NONE && c.value != CSTAT_RANGE_LOW) {
			r->k = close + 1;
			return c.value;
		}
	}
	return 0;
}

size_t figure_find(const doc *d, size_t s, size_t e, doc_fig *f, size_t max)
{
	size_t n = 0, i = s;
	/* numbers in words are looked for only where money words are */
	int words = any_bit(d->money_words, s, e);
	reading r;

	while (i < e && n < max) {
		int cue;
		if (!words) {
			i = next_start(d->t, i, e); /* most bytes: the tight loop */
			if (i == e)
				break;
		}
		if (!figure_begins(d, s, e, i, words, &r)) {
			i++;
			continue;
		}
		if (!read_value(d, e, &r)) {
			i = r.j + 1;
			continue;
		}
		if (!r.dollar) {
			/* bare numbers are money when "dollars" follows, when they
			 * end a range begun by a dollar figure, or when they read as
			 * pay */
			n = bare_money(d, s, e, &r, f, n, max);
			if (!r.dollar && (bare_pay(d, s, r.start, r.k, e, r.v * (r.mult > 0 ? r.mult : 1)) ||
					  item_money(d, s, &r)))
				r.dollar = 1;
			if (!r.dollar) {
				i = r.k > i ? r.k : i + 1;
				continue;
			}
		}
		cue = bracket_cue(d, e, &r);
		put_figure(&f[n], r.start, r.k, r.mult < 0 ? -1 : r.v * r.mult, r.dollar);
		f[n].after_cue = cue;
		n++;
		i = r.k;
	}
	return n;
}

/* Is there a money figure, '$' and a digit, in [s, e)? */
int figure_money_in(const doc *d, size_t s, size_t e)
{
	const char *p;

	for (p = memchr(d->t + s, '$', e - s); p && (size_t)(p - d->t) + 1 < e;
	     p = memchr(p + 1, '$', e - (size_t)(p + 1 - d->t)))
		if (doc_is_digit(p[1]))
			return 1;
	return 0;
}

/* Figures of a row: "California $44,650 $35,370 $68,670". */
size_t figure_row(const doc *d, size_t s, size_t e, doc_span *cells, size_t max)
{
	size_t n = 0, i = s;

	while (i < e && n < max) {
		size_t j, k;
		double v, mult;
		i = next_start(d->t, i, e);
		if (i == e)
			break;
		j = i;
		if (d->t[i] == '$')
			j++;
		else if (!doc_is_digit(d->t[i]) || (i > s && doc_is_word(d->t[i - 1]))) {
			i++;
			continue;
		}
		k = figure_number(d->t, j, e, &v);
		if (k == j) {
			i = j + 1;
			continue;
		}
		k = figure_suffix(d, k, e, &mult);
		if (d->t[i] != '$' && k < e &&
		    (d->t[k] == '%' || isalpha((unsigned char)d->t[k]) || doc_word_at(d, k + 1, e, "percent"))) {
			i = k; /* 10%, 10th, 10 percent: not money */
			continue;
		}
		if (d->t[i] != '$' && k - i == 4 && v >= 1990 && v <= 2039) {
			i = k; /* a year, as in a header "2022   2023" */
			continue;
		}
		if (d->t[i] != '$' && v <= 31 &&
		    words_just_before(d, i > s + 12 ? i - 12 : s, i, cue_words(CUE_MONTH)) >= 0) {
			i = k; /* a day: "October 16, 2025" */
			continue;
		}
		if (d->t[i] != '$' && k < e &&
		    ((d->t[k] == ' ' && k + 1 < e && isalpha((unsigned char)d->t[k + 1])) ||
		     d->t[k] == '+' || (d->t[k] == '-' && k + 1 < e && doc_is_digit(d->t[k + 1])))) {
			i = k; /* a label: "1 year", "10+ years", "1-4 years" */
			continue;
		}
		cells[n].s = i;
		cells[n].e = k;
		n++;
		i = k;
	}
	return n;
}
