/* keymap: the program's one hash table.  It numbers byte strings (keys,
 * which may hold NUL bytes) 0, 1, 2 ... in the order they were first put,
 * so that a caller keeps what it knows of each key in a plain array
 * indexed by that number.  Open addressing with linear probing; the table
 * doubles when half full. */
#ifndef WAGESTAT_KEYMAP_H
#define WAGESTAT_KEYMAP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct keymap keymap;

keymap *keymap_new(void);
void keymap_free(keymap **m);

/* The number of key[0..len), given it if new (*added is then 1). */
size_t keymap_put(keymap *m, const char *key, size_t len, int *added);
/* The number of key[0..len), or -1 if it was never put. */
long keymap_get(const keymap *m, const char *key, size_t len);

/* The n (0..7) bytes of s as a word, read with fixed-size copies (a copy
 * of variable size is a call). */
static inline uint64_t keymap_tail_word(const char *s, size_t n)
{
	uint64_t w = 0;
	uint32_t w4;
	uint16_t w2;

	if (n & 4) {
		memcpy(&w4, s, 4);
		w = w4;
		s += 4;
	}
	if (n & 2) {
		memcpy(&w2, s, 2);
		w = (w << 16) | w2;
		s += 2;
	}
	if (n & 1)
		w = (w << 8) | (unsigned char)*s;
	return w;
}

/* The first min(n, 8) bytes of s as a word (the rest zero). */
static inline uint64_t keymap_word(const char *s, size_t n)
{
	uint64_t w;

	if (n < 8)
		return keymap_tail_word(s, n);
	memcpy(&w, s, 8);
	return w;
}

/* a[0..n) == b[0..n), for short keys faster than memcmp: words compared,
 * the last one overlapping (inline: a lookup's compare is most of it). */
static inline int keymap_same(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	size_t i;

	if (n < 8)
		return keymap_tail_word(a, n) == keymap_tail_word(b, n);
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	memcpy(&x, a + n - 8, 8);
	memcpy(&y, b + n - 8, 8);
	return x == y;
}

size_t keymap_count(const keymap *m);
/* Key i (a copy owned by the map, NUL-terminated) and its length; valid
 * until the map is freed. */
const char *keymap_key(const keymap *m, size_t i, size_t *len);

/* Number the keys again in byte order (a shorter key before a longer one
 * that begins with it).  old_of[i] is set to the former number of what is
 * now key i (an array of keymap_count entries, owned by the caller). */
void keymap_sort(keymap *m, size_t *old_of);

#endif
