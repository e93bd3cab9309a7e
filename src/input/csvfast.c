#include "input/csvfast.h"

#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The special bytes of s[i..i+64) as bits, bit k for s[i + k]; bytes at
 * or past n count as special.  i <= n, and s[i..i+64) is readable (the
 * CSVFAST_PAD bytes past n are).  With SSE2 16 bytes a compare. */
static uint64_t special_bits(const unsigned char *s, size_t i, size_t n, unsigned char delim)
{
	uint64_t bits = 0;
	size_t k;
#ifdef __SSE2__
	const __m128i vd = _mm_set1_epi8((char)delim), vq = _mm_set1_epi8('"');
	const __m128i vs = _mm_set1_epi8(0x20);

	for (k = 0; k < 64; k += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i + k));
		/* signed: the bytes above 0x7F are below 0x20 too */
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vd), _mm_cmpeq_epi8(v, vq)),
					 _mm_cmplt_epi8(v, vs));
		bits |= (uint64_t)(unsigned)_mm_movemask_epi8(m) << k;
	}
#else
	/* the delimiter, a quote, a control byte (line ends, tab, NUL) or
	 * one above 0x7F */
	for (k = 0; k < 64; k++)
		bits |= (uint64_t)(s[i + k] == delim || s[i + k] == '"' || s[i + k] < 0x20 ||
				   s[i + k] >= 0x80) << k;
#endif
	if (n - i < 64)
		bits |= ~UINT64_C(0) << (n - i);
	return bits;
}

static const unsigned char blank_byte[256] = {['\t'] = 1, [' '] = 1};

static int blank(unsigned char c)
{
	return blank_byte[c];
}

/* The start and the end of s[a..b) between its leading and trailing
 * blanks (returned, not written through pointers, so that the caller's
 * field bounds stay in registers). */
static size_t past_blanks(const unsigned char *s, size_t a, size_t b)
{
	while (a < b && blank(s[a]))
		a++;
	return a;
}

static size_t before_blanks(const unsigned char *s, size_t a, size_t b)
{
	while (b > a && blank(s[b - 1]))
		b--;
	return b;
}

/* 1 if s[a..b) holds only blanks. */
static int blanks(const unsigned char *s, size_t a, size_t b)
{
	return past_blanks(s, a, b) == b;
}

#define NONE ((size_t)-1)

/* Go on from buf[pos]: the special bytes of its block of 64 at or past it. */
static void seek(csvfast *f, size_t pos)
{
	f->pos = pos;
	f->base = pos & ~(size_t)63;
	f->bits = special_bits(f->s, f->base, f->n, f->delim) & (~UINT64_C(0) << (pos - f->base));
}

void csvfast_start(csvfast *f, char *buf, size_t n, int delim)
{
	f->buf = buf;
	f->s = (const unsigned char *)buf;
	f->n = n;
	f->delim = (unsigned char)delim;
	f->terminate = 1;
	seek(f, 0);
}

/* The field being split: where it starts, and its quotes (NONE: not met). */
typedef struct cut {
	size_t start, open, close;
} cut;

/* What a special byte does, when it is no delimiter or LF ending a field
 * with no quote (csvfast_next). */
enum { GO_ON, NOT_PLAIN, FIELD_ENDS };

static int odd_byte(const unsigned char *s, size_t n, unsigned char d, size_t j, cut *k)
{
	unsigned char c = s[j];

	if (k->open != NONE && k->close == NONE) {
		if (c == '"')
			k->close = j;
		else if (c != d && c != '\t')
			return NOT_PLAIN; /* a line end, a control or high byte quoted */
		return GO_ON;
	}
	if (c == '\t' && c != d)
		return GO_ON; /* a blank inside the field, or around it */
	if (c == '"') {
		if (k->open != NONE || !blanks(s, k->start, j))
			return NOT_PLAIN; /* a doubled quote, or one after text */
		k->open = j;
		return GO_ON;
	}
	if (c != d && c != '\n' && c != '\r')
		return NOT_PLAIN; /* a control byte, a high byte */
	if (c == '\r' && (j + 1 >= n || s[j + 1] != '\n'))
		return NOT_PLAIN; /* a lone CR, or a CR whose LF is not here yet */
	if (k->open != NONE && !blanks(s, k->close + 1, j))
		return NOT_PLAIN; /* text after the closing quote */
	return FIELD_ENDS;
}

/* 1 if a field of len[0..nf) is longer than maxlen. */
static int too_long(const size_t *len, size_t nf, size_t maxlen)
{
	size_t k;

	for (k = 0; k < nf; k++)
		if (len[k] > maxlen)
			return 1;
	return 0;
}

/* Move f past a record of nf fields ending at end (a CRLF's when crlf),
 * its fields NUL-terminated when f->terminate; returns the bytes it took. */
static size_t took(csvfast *f, size_t base, uint64_t bits, size_t end, int crlf,
		   const char **field, const size_t *len, size_t nf)
{
	size_t k, used = end - f->pos;

	for (k = 0; f->terminate && k < nf; k++)
		((char *)(uintptr_t)field[k])[len[k]] = '\0'; /* in f->buf */
	if (crlf) {
		seek(f, end); /* past the LF, which is among the bits */
	} else {
		f->pos = end;
		f->base = base;
		f->bits = bits;
	}
	return used;
}

size_t csvfast_next(csvfast *f, size_t want, size_t maxlen, const char **field, size_t *len,
		    size_t *nfields)
{
	const unsigned char *s = f->s;
	char *buf = f->buf; /* a local: a store to field[] might change f->buf */
	unsigned char d = f->delim, c;
	size_t base = f->base, nf = 0, n = f->n, j, a, b;
	cut k = {f->pos, NONE, NONE};
	int quoted = 0;
	uint64_t bits = f->bits;

	for (;;) {
		while (!bits) {
			base += 64;
			bits = special_bits(s, base, n, d);
		}
		j = base + (size_t)__builtin_ctzll(bits);
		bits &= bits - 1;
		if (j >= n)
			return 0; /* the record goes on past the buffer */
		c = s[j];
		a = k.start;
		b = j;
		if (k.open == NONE && (c == d || c == '\n')) {
			/* the field's bytes are not special, or tabs: only
			 * blanks are at or below a space */
			if (a < b && ((s[a] <= ' ') | (s[b - 1] <= ' '))) {
				a = past_blanks(s, a, b);
				b = before_blanks(s, a, b);
			}
		} else {
			int what = odd_byte(s, n, d, j, &k);
			if (what == GO_ON)
				continue;
			if (what == NOT_PLAIN)
				return 0;
			if (k.open != NONE)
				a = k.open + 1, b = k.close, quoted = 1, k.open = k.close = NONE;
			else
				a = past_blanks(s, a, b), b = before_blanks(s, a, b);
		}
		if (nf == want)
			return 0; /* too many fields */
		field[nf] = buf + a;
		len[nf++] = b - a;
		if (c != d)
			break;
		k.start = j + 1;
	}
	if (j - f->pos > maxlen && too_long(len, nf, maxlen))
		return 0;
	if (nf == 1 && len[0] == 0 && !quoted) {
		*nfields = 0; /* a line of blanks: no record */
		return took(f, base, bits, j + 1 + (c == '\r'), c == '\r', field, len, 0);
	}
	if (nf != want)
		return 0;
	*nfields = nf;
	return took(f, base, bits, j + 1 + (c == '\r'), c == '\r', field, len, nf);
}

size_t csvfast_record(char *buf, size_t n, int delim, size_t want, size_t maxlen,
		      const char **field, size_t *len, size_t *nfields)
{
	csvfast f;

	csvfast_start(&f, buf, n, delim);
	return csvfast_next(&f, want, maxlen, field, len, nfields);
}
