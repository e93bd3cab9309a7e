#include "input/csvfast.h"

#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* A byte the splitter must look at: the delimiter, a quote, a control
 * byte (line ends, tab, NUL) or one above 0x7F. */
static int special(unsigned char c, unsigned char delim)
{
	return c == delim || c == '"' || c < 0x20 || c >= 0x80;
}

/* The special bytes of s[i..i+64) as bits, bit k for s[i + k]; bytes at
 * or past n count as special.  With SSE2 16 bytes a compare. */
static uint64_t special_bits(const unsigned char *s, size_t i, size_t n, unsigned char delim)
{
	uint64_t bits = 0;
	size_t k = 0;
#ifdef __SSE2__
	const __m128i vd = _mm_set1_epi8((char)delim), vq = _mm_set1_epi8('"');
	const __m128i vs = _mm_set1_epi8(0x20);

	for (; k < 64 && i + k + 16 <= n; k += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i + k));
		/* signed: the bytes above 0x7F are below 0x20 too */
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vd), _mm_cmpeq_epi8(v, vq)),
					 _mm_cmplt_epi8(v, vs));
		bits |= (uint64_t)(unsigned)_mm_movemask_epi8(m) << k;
	}
#endif
	for (; k < 64; k++)
		if (i + k >= n || special(s[i + k], delim))
			bits |= (uint64_t)1 << k;
	return bits;
}

/* 1 if s[a..b) holds only blanks. */
static int blanks(const unsigned char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] != ' ' && s[a] != '\t')
			return 0;
	return 1;
}

#define NONE ((size_t)-1)

size_t csvfast_record(char *buf, size_t n, int delim, size_t want, size_t maxlen,
		      const char **field, size_t *len, size_t *nfields)
{
	const unsigned char *s = (const unsigned char *)buf;
	unsigned char d = (unsigned char)delim;
	size_t base = 0, start = 0, nf = 0, end, k;
	size_t open = NONE, close = NONE; /* the field's quotes */
	int quoted = 0;
	uint64_t bits = special_bits(s, 0, n, d);

	for (;;) {
		size_t j, a, b;
		unsigned char c;

		while (!bits) {
			base += 64;
			bits = special_bits(s, base, n, d);
		}
		j = base + (size_t)__builtin_ctzll(bits);
		bits &= bits - 1;
		if (j >= n)
			return 0; /* the record goes on past the buffer */
		c = s[j];
		if (open != NONE && close == NONE) {
			if (c == '"')
				close = j;
			else if (c != d && c != '\t')
				return 0; /* a line end, a control or high byte quoted */
			continue;
		}
		if (c == '\t' && c != d)
			continue; /* a blank inside the field, or around it */
		if (c == '"') {
			if (open != NONE || !blanks(s, start, j))
				return 0; /* a doubled quote, or one after text */
			open = j;
			continue;
		}
		if (c != d && c != '\n' && c != '\r')
			return 0; /* a control byte, a high byte */
		if (c == '\r' && (j + 1 >= n || s[j + 1] != '\n'))
			return 0; /* a lone CR, or a CR whose LF is not here yet */
		if (nf == want)
			return 0; /* too many fields */
		if (open != NONE) {
			if (!blanks(s, close + 1, j))
				return 0; /* text after the closing quote */
			a = open + 1;
			b = close;
			quoted = 1;
		} else {
			a = start;
			b = j;
			while (a < b && (s[a] == ' ' || s[a] == '\t'))
				a++;
			while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
				b--;
		}
		if (b - a > maxlen)
			return 0;
		field[nf] = buf + a;
		len[nf++] = b - a;
		open = close = NONE;
		if (c == d) {
			start = j + 1;
			continue;
		}
		end = j + (c == '\r' ? 2 : 1);
		break;
	}
	if (nf == 1 && len[0] == 0 && !quoted) {
		*nfields = 0; /* a line of blanks: no record */
		return end;
	}
	if (nf != want)
		return 0;
	for (k = 0; k < nf; k++)
		buf[field[k] - buf + (ptrdiff_t)len[k]] = '\0';
	*nfields = nf;
	return end;
}
