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

/* The offset of the first special byte of s[i..n), or n: 16 bytes at a
 * time with SSE2, else 8 at a time in a word. */
static size_t next_special(const unsigned char *s, size_t i, size_t n, unsigned char delim)
{
#ifdef __SSE2__
	const __m128i vd = _mm_set1_epi8((char)delim), vq = _mm_set1_epi8('"');
	const __m128i vs = _mm_set1_epi8(0x20);

	while (i + 16 <= n) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* signed: the bytes above 0x7F are below 0x20 too */
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vd), _mm_cmpeq_epi8(v, vq)),
					 _mm_cmplt_epi8(v, vs));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz(bits);
		i += 16;
	}
#else
	const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;

	while (i + 8 <= n) {
		uint64_t w, d, q;
		memcpy(&w, s + i, 8);
		d = w ^ (ones * delim);
		q = w ^ (ones * '"');
		/* a zero byte in d or q, a byte below 0x20, or a high bit */
		if ((((d - ones) & ~d) | ((q - ones) & ~q) | ((w - 0x20 * ones) & ~w) | w) & highs)
			break;
		i += 8;
	}
#endif
	for (; i < n; i++)
		if (special(s[i], delim))
			return i;
	return n;
}

size_t csvfast_record(char *buf, size_t n, int delim, size_t want, size_t maxlen,
		      const char **field, size_t *len, size_t *nfields)
{
	const unsigned char *s = (const unsigned char *)buf;
	unsigned char d = (unsigned char)delim;
	size_t i = 0, start = 0, nf = 0, end, k;

	for (;;) {
		size_t j = next_special(s, i, n, d), a, b;
		unsigned char c;

		if (j >= n)
			return 0; /* the record goes on past the buffer */
		c = s[j];
		if (c == '\t' && c != d) {
			i = j + 1; /* a blank inside the field, or around it */
			continue;
		}
		if (c != d && c != '\n' && c != '\r')
			return 0; /* a quote, a control byte, a high byte */
		if (c == '\r' && (j + 1 >= n || s[j + 1] != '\n'))
			return 0; /* a lone CR, or a CR whose LF is not here yet */
		if (nf == want)
			return 0; /* too many fields */
		a = start;
		b = j;
		while (a < b && (s[a] == ' ' || s[a] == '\t'))
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
			b--;
		if (b - a > maxlen)
			return 0;
		field[nf] = buf + a;
		len[nf++] = b - a;
		if (c == d) {
			i = start = j + 1;
			continue;
		}
		end = j + (c == '\r' ? 2 : 1);
		break;
	}
	if (nf == 1 && len[0] == 0) {
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
